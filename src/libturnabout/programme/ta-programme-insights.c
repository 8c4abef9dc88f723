/* ta-programme-insights.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Insights through the front door: the figures of a period, here or in
 * a worker thread (the store's lock keeps it apart from the window's own
 * reads), the programme year, the groups and the data export. */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-programme-private.h"

/**
 * ta_programme_compute_insights:
 * @self: a #TaProgramme
 * @query: the period and the group
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full): the figures, or %NULL on error
 */
TaInsights *
ta_programme_compute_insights (TaProgramme            *self,
                               const TaInsightsQuery  *query,
                               GError                **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_compute_insights (self->store, query, error);
}

/* The query travels into the thread as a copy of its own: the caller's
 * group value and moment may not outlive the call. */
typedef struct
{
  TaInsightsQuery  query;
  char            *group_value;
} InsightsJob;

static void
insights_job_free (InsightsJob *job)
{
  g_free (job->group_value);
  g_clear_pointer (&job->query.now, g_date_time_unref);
  g_free (job);
}

static void
insights_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TaProgramme *self = TA_PROGRAMME (source_object);
  InsightsJob *job = task_data;
  GError *error = NULL;
  TaInsights *insights;

  if (g_task_return_error_if_cancelled (task))
    return;

  insights = ta_store_compute_insights (self->store, &job->query, &error);
  if (insights == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, insights, g_object_unref);
}

/**
 * ta_programme_compute_insights_async:
 * @self: a #TaProgramme
 * @query: the period and the group (copied)
 * @cancellable: (nullable): to give up on the result
 * @callback: called on the caller's thread when done
 * @user_data: data for @callback
 *
 * Computes the figures in a worker thread.
 */
void
ta_programme_compute_insights_async (TaProgramme            *self,
                                     const TaInsightsQuery  *query,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  InsightsJob *job;

  g_return_if_fail (TA_IS_PROGRAMME (self));
  g_return_if_fail (query != NULL);

  job = g_new0 (InsightsJob, 1);
  job->query = *query;
  job->group_value = g_strdup (query->group_value);
  job->query.group_value = job->group_value;
  job->query.now = query->now != NULL ? g_date_time_ref (query->now) : NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ta_programme_compute_insights_async);
  g_task_set_task_data (task, job, (GDestroyNotify) insights_job_free);
  g_task_run_in_thread (task, insights_thread);
}

/**
 * ta_programme_compute_insights_finish:
 * @self: a #TaProgramme
 * @result: the result given to the callback
 * @error: a #TA_STORE_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the figures, or %NULL on error
 */
TaInsights *
ta_programme_compute_insights_finish (TaProgramme   *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ta_programme_compute_insights_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
ta_programme_get_programme_year (TaProgramme  *self,
                                 const GDate  *today,
                                 GDate        *out_from,
                                 GDate        *out_to,
                                 GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_get_programme_year (self->store, today, out_from, out_to, error);
}

GStrv
ta_programme_list_insights_groups (TaProgramme      *self,
                                   TaInsightsGroup   group,
                                   GError          **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_insights_groups (self->store, group, error);
}

gboolean
ta_programme_export_insights_data (TaProgramme            *self,
                                   const TaInsightsQuery  *query,
                                   const char             *directory,
                                   GError                **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_export_insights_data (self->store, query, directory, error);
}
