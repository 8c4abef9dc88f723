/* ta-ical-import.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "ta-ical-import-private.h"
#include "ta-store-private.h"

/*
 * Import of sessions from iCalendar, event by event.
 *
 * The file is tidied (ta-ical-text.c), parsed by libical, and its events
 * read into meetings, each occurrence of a repeating event on its own
 * (ta-ical-events.c, ta-ical-series.c); each meeting is then matched
 * with the programme (ta-ical-match.c): new, an update of a session it
 * has, unchanged, skipped or refused.  The result (ta-ical-result.c) says
 * which and why, for each.
 *
 * An import reads the programme and writes in one transaction
 * (_ta_store_import_sessions()), so what it checked is what it writes
 * over.  The file itself is read before, outside the lock.
 */

/* The file, tidied and parsed. */
typedef struct
{
  icalcomponent *root;
  TaIcalEvents events;
  guint n_converted;
  GDateTime *from;
} ParsedFile;

static void
parsed_file_clear (ParsedFile *file)
{
  _ta_ical_events_clear (&file->events);
  g_clear_pointer (&file->root, icalcomponent_free);
  g_clear_pointer (&file->from, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParsedFile, parsed_file_clear)

static gboolean
parse_file (ParsedFile  *file,
            const char  *text,
            gsize        length,
            GDateTime   *from,
            GError     **error)
{
  g_auto(TaIcalText) tidy = { NULL, 0, NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  file->from = from != NULL ? g_date_time_ref (from) : ta_ical_default_from ();

  if (!_ta_ical_text_prepare (text, length, &tidy, error))
    return FALSE;
  file->n_converted = tidy.n_converted;

  file->root = icalparser_parse_string (tidy.text);
  return _ta_ical_events_read (&file->events, file->root, &tidy, file->from, now, error);
}

/**
 * ta_ical_default_from:
 *
 * The start date of an import when none is chosen: today, from midnight
 * in this computer's zone.
 *
 * Returns: (transfer full): the start of today
 */
GDateTime *
ta_ical_default_from (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 0, 0, 0);
}

/**
 * ta_ical_read_events:
 * @store: a #TaStore: its participants, pairings and sessions
 * @text: an iCalendar file
 * @length: its length in bytes
 * @from: (nullable): the start date: events and occurrences before it are
 *   skipped (%NULL: ta_ical_default_from())
 * @error: %TA_ICAL_ERROR_PARSE when @text is not iCalendar at all; a
 *   #TA_STORE_ERROR when the programme cannot be read
 *
 * What importing @text would do, event by event, without writing
 * anything: the preview of an import.  The file is read as calendars
 * write it (see ta-ical-text.c, ta-ical-events.c); each event, and each
 * occurrence of a repeating one, is new, an update of a session an
 * earlier import (or this programme's export) made, unchanged, skipped
 * or refused, with the reason.  A repeating event gives at most
 * %TA_ICAL_MAX_OCCURRENCES sessions, the first ones from @from on; one
 * without an end is followed a year ahead.  Imported sessions are plain
 * one-on-ones, not a series.
 *
 * Returns: (transfer full): what the import would do, or %NULL on @error
 */
TaIcalResult *
ta_ical_read_events (TaStore     *store,
                     const char  *text,
                     gsize        length,
                     GDateTime   *from,
                     GError     **error)
{
  g_auto(ParsedFile) file = { NULL, };
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!parse_file (&file, text != NULL ? text : "", length, from, error))
    return NULL;

  {
    /* One consistent look at the programme. */
    STORE_LOCKED (store);

    entries = g_steal_pointer (&file.events.entries);
    if (!_ta_ical_match (store, &file.events, entries, NULL, error))
      return NULL;
  }

  return _ta_ical_result_new (g_steal_pointer (&entries), file.from, file.n_converted,
                              file.events.n_earlier, FALSE);
}

typedef struct
{
  ParsedFile *file;
  GPtrArray *entries;    /* out */
  gboolean all_or_none;  /* refuse the import when any event is refused */
} ImportJob;

/* Inside the import's transaction: the file read against the programme
 * as it is while the import holds the write lock. */
static gboolean
read_in_transaction (TaStore            *store,
                     gpointer            user_data,
                     TaStoreImportPlan  *plan,
                     GError            **error)
{
  ImportJob *job = user_data;
  g_autoptr(GPtrArray) entries = NULL;

  /* The file's own entries stay with the file until the import is
   * through: a failed transaction may be tried again by the caller. */
  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _ta_ical_entry_free);
  if (!_ta_ical_match (store, &job->file->events, entries, plan, error))
    return FALSE;

  if (job->all_or_none)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < job->file->events.entries->len; i++)
        {
          TaIcalEntry *entry = g_ptr_array_index (job->file->events.entries, i);

          if (entry->outcome == TA_ICAL_OUTCOME_REFUSED)
            g_ptr_array_add (lines, ta_ical_entry_format (entry, NULL));
        }
      for (guint i = 0; i < entries->len; i++)
        {
          TaIcalEntry *entry = g_ptr_array_index (entries, i);

          if (entry->outcome == TA_ICAL_OUTCOME_REFUSED)
            g_ptr_array_add (lines, ta_ical_entry_format (entry, NULL));
        }
      if (lines->len > 0)
        {
          g_autofree char *text = NULL;

          g_ptr_array_add (lines, NULL);
          text = g_strjoinv ("\n", (char **) lines->pdata);
          g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID, "%s", text);
          return FALSE;
        }
    }

  job->entries = g_steal_pointer (&entries);
  return TRUE;
}

static TaIcalResult *
import_events (TaStore     *store,
               const char  *text,
               gsize        length,
               GDateTime   *from,
               gboolean     all_or_none,
               GError     **error)
{
  g_auto(ParsedFile) file = { NULL, };
  g_autoptr(GPtrArray) entries = NULL;
  ImportJob job = { &file, NULL, all_or_none };

  if (!parse_file (&file, text != NULL ? text : "", length, from, error))
    return NULL;

  if (!_ta_store_import_sessions (store, read_in_transaction, &job, error))
    {
      g_clear_pointer (&job.entries, g_ptr_array_unref);
      return NULL;
    }

  entries = g_steal_pointer (&file.events.entries);
  g_ptr_array_extend_and_steal (entries, g_steal_pointer (&job.entries));
  return _ta_ical_result_new (g_steal_pointer (&entries), file.from, file.n_converted,
                              file.events.n_earlier, TRUE);
}

/**
 * ta_ical_import_events:
 * @store: a #TaStore
 * @text: an iCalendar file
 * @length: its length in bytes
 * @from: (nullable): the start date (%NULL: ta_ical_default_from())
 * @error: %TA_ICAL_ERROR_PARSE when @text is not iCalendar at all; a
 *   #TA_STORE_ERROR (%TA_STORE_ERROR_BUSY when another process keeps the
 *   programme locked), and then nothing was written
 *
 * Imports what ta_ical_read_events() finds importable: new sessions are
 * added, sessions an earlier import made are updated where the file is
 * newer; skipped and refused events are left out.  The file is read
 * against the programme, double-bookings checked, and everything
 * written, in one transaction; then #TaStore::sessions-reset once.
 *
 * Returns: (transfer full): what was done, or %NULL on @error
 */
TaIcalResult *
ta_ical_import_events (TaStore     *store,
                       const char  *text,
                       gsize        length,
                       GDateTime   *from,
                       GError     **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return import_events (store, text, length, from, FALSE, error);
}

/* All or nothing, and no start date: the whole file. */
static GDateTime *
beginning_of_time (void)
{
  return g_date_time_new_utc (1, 1, 1, 0, 0, 0);
}

/**
 * ta_ical_read_sessions:
 * @store: a #TaStore: its participants, pairings and sessions
 * @text: an iCalendar file
 * @length: the length of @text in bytes
 * @out_problems: (out) (element-type utf8) (transfer full): one line per
 *   event (or occurrence) that is refused, as ta_ical_entry_format()
 *   without a file name
 * @out_skipped: (out) (optional): how many events and occurrences are
 *   skipped (cancelled, nobody's pair…)
 * @error: %TA_ICAL_ERROR_PARSE when @text is not iCalendar at all
 *
 * ta_ical_read_events() with no start date, as a list of sessions: those
 * it would add and those it would update.
 *
 * Returns: (transfer full) (element-type TaSession): the sessions, or
 *   %NULL on @error
 */
GPtrArray *
ta_ical_read_sessions (TaStore     *store,
                       const char  *text,
                       gsize        length,
                       GPtrArray  **out_problems,
                       guint       *out_skipped,
                       GError     **error)
{
  g_autoptr(GDateTime) from = beginning_of_time ();
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (out_problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *out_problems = NULL;
  result = ta_ical_read_events (store, text, length, from, error);
  if (result == NULL)
    return NULL;

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  problems = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ta_ical_result_get_n_entries (result); i++)
    {
      const TaIcalEntry *entry = ta_ical_result_get_entry (result, i);

      if (entry->outcome == TA_ICAL_OUTCOME_NEW || entry->outcome == TA_ICAL_OUTCOME_UPDATED)
        g_ptr_array_add (sessions, g_object_ref (entry->session));
      else if (entry->outcome == TA_ICAL_OUTCOME_REFUSED)
        g_ptr_array_add (problems, ta_ical_entry_format (entry, NULL));
    }

  if (out_skipped != NULL)
    *out_skipped = ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED);
  *out_problems = g_steal_pointer (&problems);
  return g_steal_pointer (&sessions);
}

/**
 * ta_ical_import:
 * @store: a #TaStore
 * @text: an iCalendar file
 * @length: the length of @text in bytes
 * @out_added: (out) (optional): how many sessions were added
 * @error: %TA_ICAL_ERROR_INVALID lists the events that are refused, one
 *   per line; a #TA_STORE_ERROR
 *
 * ta_ical_import_events() with no start date, all or nothing: when any
 * event is refused (a double-booking among them), nothing is written.
 */
gboolean
ta_ical_import (TaStore     *store,
                const char  *text,
                gsize        length,
                guint       *out_added,
                GError     **error)
{
  g_autoptr(GDateTime) from = beginning_of_time ();
  g_autoptr(TaIcalResult) result = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_added != NULL)
    *out_added = 0;
  result = import_events (store, text, length, from, TRUE, error);
  if (result == NULL)
    return FALSE;

  if (out_added != NULL)
    *out_added = ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW);
  return TRUE;
}
