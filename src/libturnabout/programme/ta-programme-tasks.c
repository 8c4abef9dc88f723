/* ta-programme-tasks.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-demo.h"
#include "ta-programme-private.h"

/*
 * What a programme does that is more than one store call: composite edits
 * (one transaction each, so a failure leaves nothing half done), files in
 * and out, and the operations long enough to run as _async/_finish pairs
 * with a source tag and a cancellable.
 */

/**
 * ta_programme_update_series:
 * @self: a #TaProgramme
 * @session: the edited copy of a session of a recurring series
 * @scope: what the edit applies to
 * @rule: (nullable): with %TA_SERIES_SCOPE_THIS_AND_FUTURE, how the series
 *   repeats from @session on; %NULL when it no longer repeats
 * @error: a #TA_STORE_ERROR
 *
 * Saves an edit of a session of a series as one transaction: only the
 * session (it keeps its revision check), or the session and every later
 * one.  With a @rule the series is split and carries on from @session with
 * @session's duration and place; without, the series ends before @session,
 * which stays as a single session with what the form said.
 *
 * Returns: whether it was saved
 */
gboolean
ta_programme_update_series (TaProgramme         *self,
                            TaSession           *session,
                            TaSeriesScope        scope,
                            const TaRecurrence  *rule,
                            GError             **error)
{
  g_autoptr(TaSession) single = NULL;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (TA_IS_SESSION (session), FALSE);

  if (scope == TA_SERIES_SCOPE_THIS)
    return ta_store_update_session (self->store, session, error);

  if (rule != NULL)
    return ta_store_split_series (self->store, ta_session_get_id (session), rule,
                                  ta_session_get_duration (session),
                                  ta_session_get_location (session), NULL, error) != 0;

  single = ta_session_new_one_on_one (ta_session_get_pairing_id (session),
                                      ta_session_get_starts_at (session),
                                      ta_session_get_duration (session));
  ta_session_set_location (single, ta_session_get_location (session));
  ta_session_set_notes (single, ta_session_get_notes (session));

  return ta_store_end_series_with_session (self->store, ta_session_get_id (session), single, error);
}

/**
 * ta_programme_fill_sample:
 * @self: a #TaProgramme
 * @n_participants: how many people
 * @seed: the same seed makes the same people
 * @error: a #TA_STORE_ERROR
 *
 * Fills an empty programme with a sample one, in one transaction.
 *
 * Returns: whether it was filled
 */
gboolean
ta_programme_fill_sample (TaProgramme  *self,
                          guint         n_participants,
                          guint32       seed,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_demo_fill (self->store, n_participants, seed, error);
}

/* Importing a table */

static void
import_csv_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  /* The store's result carries the problems even on failure: hand it on
   * whole and let _finish read it. */
  g_task_return_pointer (task, g_object_ref (result), g_object_unref);
}

/**
 * ta_programme_import_csv_async:
 * @self: a #TaProgramme
 * @data: the file's bytes
 * @display_name: the file's name in messages
 * @format: (nullable): the encoding and separator, or %NULL to detect
 * @flags: %TA_CSV_IMPORT_DRY_RUN to check only
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * Reads and checks the table in a worker thread and writes it, all rows
 * or none, on the caller's thread (see ta_csv_import_async()).
 */
void
ta_programme_import_csv_async (TaProgramme         *self,
                               GBytes              *data,
                               const char          *display_name,
                               const TaCsvFormat   *format,
                               TaCsvImportFlags     flags,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (TA_IS_PROGRAMME (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ta_programme_import_csv_async);
  ta_csv_import_async (self->store, data, display_name, format, flags,
                       cancellable, import_csv_cb, task);
}

/**
 * ta_programme_import_csv_finish:
 * @self: a #TaProgramme
 * @result: the #GAsyncResult given to the callback
 * @out_result: (out) (optional) (transfer full): what was read and
 *   imported, and the problems; set on failure too
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE if every row was imported (or would be, with a dry run)
 */
gboolean
ta_programme_import_csv_finish (TaProgramme     *self,
                                GAsyncResult    *result,
                                TaImportResult **out_result,
                                GError         **error)
{
  g_autoptr(GAsyncResult) store_result = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ta_programme_import_csv_async), FALSE);

  store_result = g_task_propagate_pointer (G_TASK (result), error);
  if (store_result == NULL)
    return FALSE;

  return ta_csv_import_finish (self->store, store_result, out_result, error);
}

/* Files out, and calendars in */

/**
 * ta_programme_export_participants:
 * @self: a #TaProgramme
 * @file: where to write
 * @flags: which columns
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Writes the directory as CSV, atomically (see
 * ta_participants_export_file_full()).
 *
 * Returns: whether it was written
 */
gboolean
ta_programme_export_participants (TaProgramme       *self,
                                  GFile             *file,
                                  TaCsvExportFlags   flags,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_participants_export_file_full (self->store, file, flags, cancellable, error);
}

/**
 * ta_programme_export_pairings:
 * @self: a #TaProgramme
 * @file: where to write
 * @flags: which columns
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Writes the pairs as CSV, atomically (see ta_pairings_export_file()).
 *
 * Returns: whether it was written
 */
gboolean
ta_programme_export_pairings (TaProgramme       *self,
                              GFile             *file,
                              TaCsvExportFlags   flags,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_pairings_export_file (self->store, file, flags, cancellable, error);
}

/**
 * ta_programme_export_calendar:
 * @self: a #TaProgramme
 * @file: where to write the .ics
 * @pairing_id: one pair's sessions, or 0
 * @participant_id: one person's sessions, or 0
 * @out_count: (out) (optional): how many events were written
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * See ta_ical_export_file().
 *
 * Returns: whether it was written
 */
gboolean
ta_programme_export_calendar (TaProgramme   *self,
                              GFile         *file,
                              gint64         pairing_id,
                              gint64         participant_id,
                              guint         *out_count,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_ical_export_file (self->store, file, pairing_id, participant_id,
                              out_count, cancellable, error);
}

/**
 * ta_programme_read_calendar:
 * @self: a #TaProgramme
 * @text: an iCalendar file's text
 * @length: its length
 * @from: (nullable): events before this are counted, not read
 * @error: a #TA_ICAL_ERROR
 *
 * Reads the events and matches them with the programme, writing nothing
 * (see ta_ical_read_events()).
 *
 * Returns: (transfer full) (nullable): what each event would become
 */
TaIcalResult *
ta_programme_read_calendar (TaProgramme  *self,
                            const char   *text,
                            gsize         length,
                            GDateTime    *from,
                            GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_ical_read_events (self->store, text, length, from, error);
}

/**
 * ta_programme_import_calendar:
 * @self: a #TaProgramme
 * @text: an iCalendar file's text
 * @length: its length
 * @from: (nullable): events before this are left out
 * @error: a #TA_ICAL_ERROR or #TA_STORE_ERROR
 *
 * Imports the events that can be, in one transaction (see
 * ta_ical_import_events()).
 *
 * Returns: (transfer full) (nullable): what became of each event
 */
TaIcalResult *
ta_programme_import_calendar (TaProgramme  *self,
                              const char   *text,
                              gsize         length,
                              GDateTime    *from,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_ical_import_events (self->store, text, length, from, error);
}

/* Matching */

/**
 * ta_programme_new_matcher:
 * @self: a #TaProgramme
 * @error: a #TA_STORE_ERROR
 *
 * A snapshot of the people, pairs, rules and settings, read in one
 * transaction: the matcher works on it, in a thread if need be, while the
 * programme changes.
 *
 * Returns: (transfer full) (nullable): the matcher
 */
TaMatcher *
ta_programme_new_matcher (TaProgramme  *self,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_matcher_new_from_store (self->store, error);
}

static void
suggest_progress (double   fraction,
                  gpointer user_data)
{
  gint *progress = user_data;

  /* From the thread: the window reads it when it draws. */
  if (progress != NULL)
    g_atomic_int_set (progress, (gint) CLAMP (fraction * 1000, 0, 1000));
}

static void
suggest_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  TaMatcher *matcher = g_object_get_data (G_OBJECT (task), "matcher");
  TaSuggestions *suggestions;
  GError *error = NULL;

  suggestions = ta_matcher_suggest (matcher, cancellable, suggest_progress, task_data, &error);
  if (suggestions == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, suggestions, (GDestroyNotify) ta_suggestions_free);
}

/**
 * ta_programme_suggest_async:
 * @self: a #TaProgramme
 * @matcher: a snapshot from ta_programme_new_matcher()
 * @progress: (nullable): a g_atomic_rc_box() of a #gint the thread sets to
 *   the fraction done, in thousandths
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * Suggests pairs in a worker thread.
 */
void
ta_programme_suggest_async (TaProgramme         *self,
                            TaMatcher           *matcher,
                            gint                *progress,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (TA_IS_PROGRAMME (self));
  g_return_if_fail (TA_IS_MATCHER (matcher));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ta_programme_suggest_async);
  g_object_set_data_full (G_OBJECT (task), "matcher", g_object_ref (matcher), g_object_unref);
  if (progress != NULL)
    g_task_set_task_data (task, g_atomic_rc_box_acquire (progress),
                          (GDestroyNotify) g_atomic_rc_box_release);
  /* The matcher is the thread's own snapshot: let it finish its pass. */
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, suggest_thread);
}

/**
 * ta_programme_suggest_finish:
 * @self: a #TaProgramme
 * @result: the #GAsyncResult given to the callback
 * @error: a #GError, %G_IO_ERROR_CANCELLED when cancelled
 *
 * Returns: (transfer full) (nullable): the suggestions
 */
TaSuggestions *
ta_programme_suggest_finish (TaProgramme   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, ta_programme_suggest_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
