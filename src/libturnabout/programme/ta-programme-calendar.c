/* ta-programme-calendar.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-programme-private.h"

/*
 * What the calendar and the board ask of the programme beyond one call of
 * ta-programme-edits.c: the board's topics with the reason when they
 * cannot be read, and iCalendar files read, imported and exported in a
 * worker thread (100,000 sessions take more than a second), each an
 * _async/_finish pair with its own source tag.  The work itself is the
 * synchronous ta_programme_read_calendar(), _import_calendar() and
 * _export_calendar(); a job only carries their arguments into the thread.
 */

typedef enum
{
  CALENDAR_READ,
  CALENDAR_IMPORT,
  CALENDAR_EXPORT,
} CalendarJobKind;

typedef struct
{
  CalendarJobKind kind;
  GBytes         *contents;  /* read and import */
  GDateTime      *from;      /* read and import, nullable */
  GFile          *file;      /* export */
  gint64          pairing_id;
  gint64          participant_id;
  guint           count;     /* export: how many were written */
} CalendarJob;

static void
calendar_job_free (CalendarJob *job)
{
  g_clear_pointer (&job->contents, g_bytes_unref);
  g_clear_pointer (&job->from, g_date_time_unref);
  g_clear_object (&job->file);
  g_free (job);
}

static void
calendar_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TaProgramme *self = TA_PROGRAMME (source_object);
  CalendarJob *job = task_data;
  GError *error = NULL;
  TaIcalResult *result;
  gsize length = 0;
  const char *text;

  if (job->kind == CALENDAR_EXPORT)
    {
      if (!ta_programme_export_calendar (self, job->file, job->pairing_id, job->participant_id,
                                         &job->count, cancellable, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  text = g_bytes_get_data (job->contents, &length);
  if (job->kind == CALENDAR_READ)
    result = ta_programme_read_calendar (self, text, length, job->from, &error);
  else
    result = ta_programme_import_calendar (self, text, length, job->from, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

static void
run_calendar_job (TaProgramme         *self,
                  CalendarJob         *job,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) calendar_job_free);
  /* A reading given up for another start date is not waited for. */
  g_task_set_return_on_cancel (task, job->kind == CALENDAR_READ);
  g_task_run_in_thread (task, calendar_thread);
}

static CalendarJob *
calendar_job_new (CalendarJobKind  kind,
                  GBytes          *contents,
                  GDateTime       *from)
{
  CalendarJob *job = g_new0 (CalendarJob, 1);

  job->kind = kind;
  job->contents = g_bytes_ref (contents);
  job->from = from != NULL ? g_date_time_ref (from) : NULL;

  return job;
}

/**
 * ta_programme_read_calendar_async:
 * @self: a #TaProgramme
 * @contents: an iCalendar file's bytes
 * @from: (nullable): events before this are counted, not read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * ta_programme_read_calendar() in a worker thread: writes nothing.
 */
void
ta_programme_read_calendar_async (TaProgramme         *self,
                                  GBytes              *contents,
                                  GDateTime           *from,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (TA_IS_PROGRAMME (self));
  g_return_if_fail (contents != NULL);

  run_calendar_job (self, calendar_job_new (CALENDAR_READ, contents, from),
                    ta_programme_read_calendar_async, cancellable, callback, user_data);
}

/**
 * ta_programme_read_calendar_finish:
 * @self: a #TaProgramme
 * @result: the #GAsyncResult
 * @error: a #TA_ICAL_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): what each event would become
 */
TaIcalResult *
ta_programme_read_calendar_finish (TaProgramme   *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ta_programme_read_calendar_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ta_programme_import_calendar_async:
 * @self: a #TaProgramme
 * @contents: an iCalendar file's bytes
 * @from: (nullable): events before this are left out
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * ta_programme_import_calendar() in a worker thread: the file is read
 * again inside the import's transaction, so what is written is what the
 * programme allows then, whatever changed since a preview.
 */
void
ta_programme_import_calendar_async (TaProgramme         *self,
                                    GBytes              *contents,
                                    GDateTime           *from,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (TA_IS_PROGRAMME (self));
  g_return_if_fail (contents != NULL);

  run_calendar_job (self, calendar_job_new (CALENDAR_IMPORT, contents, from),
                    ta_programme_import_calendar_async, cancellable, callback, user_data);
}

/**
 * ta_programme_import_calendar_finish:
 * @self: a #TaProgramme
 * @result: the #GAsyncResult
 * @error: a #TA_ICAL_ERROR or #TA_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): what became of each event
 */
TaIcalResult *
ta_programme_import_calendar_finish (TaProgramme   *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ta_programme_import_calendar_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ta_programme_export_calendar_async:
 * @self: a #TaProgramme
 * @file: where to write
 * @pairing_id: only this pair's sessions, or 0
 * @participant_id: only this person's sessions, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context
 * @user_data: data for @callback
 *
 * ta_programme_export_calendar() in a worker thread.
 */
void
ta_programme_export_calendar_async (TaProgramme         *self,
                                    GFile               *file,
                                    gint64               pairing_id,
                                    gint64               participant_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  CalendarJob *job;

  g_return_if_fail (TA_IS_PROGRAMME (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (CalendarJob, 1);
  job->kind = CALENDAR_EXPORT;
  job->file = g_object_ref (file);
  job->pairing_id = pairing_id;
  job->participant_id = participant_id;
  run_calendar_job (self, job, ta_programme_export_calendar_async, cancellable, callback, user_data);
}

/**
 * ta_programme_export_calendar_finish:
 * @self: a #TaProgramme
 * @result: the #GAsyncResult
 * @out_count: (out) (optional): how many sessions were written
 * @error: a #GError
 *
 * Returns: whether the file was written
 */
gboolean
ta_programme_export_calendar_finish (TaProgramme   *self,
                                     GAsyncResult  *result,
                                     guint         *out_count,
                                     GError       **error)
{
  CalendarJob *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ta_programme_export_calendar_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  if (out_count != NULL)
    *out_count = job->count;

  return TRUE;
}

/**
 * ta_programme_load_topics:
 * @self: a #TaProgramme
 * @error: a #TA_STORE_ERROR
 *
 * The shared list of ta_programme_get_topics(), read now if it was not
 * yet, saying why when it cannot be: the board shows the reason.
 *
 * Returns: (transfer none) (nullable): every topic of the board, live
 */
TaTopicList *
ta_programme_load_topics (TaProgramme  *self,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  if (self->topics == NULL)
    self->topics = ta_topic_list_new (self->store, error);

  return self->topics;
}
