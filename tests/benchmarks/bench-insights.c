/* bench-insights.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-insights"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "bench-insights-programme.h"
#include "ta-programme.h"
#include "ta-report.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * Insights on a large programme, as issue 13 measures it:
 *
 *   insights_year        ta_programme_compute_insights() of every figure
 *                        for the year of the sessions, on the caller's
 *                        thread (median of 7 after a warm-up)
 *   insights_department  the same for the largest department (median of 7)
 *   report_pdf           ta_report_new() and ta_report_write_pdf() of the
 *                        year's figures (median of 3)
 *
 * The programme: the 100,000-participant demo with its pairings and
 * 100,000 sessions over a year, eleven months of it past
 * (bench-insights-programme.c).
 * Everything happens in a temporary folder that is removed afterwards.
 */

static int n_participants = BENCH_INSIGHTS_PARTICIPANTS;
static int n_sessions = BENCH_INSIGHTS_SESSIONS;
static char *make_only;
static char *database;
static gboolean keep;

static const GOptionEntry entries[] = {
  { "participants", 'p', 0, G_OPTION_ARG_INT, &n_participants,
    "Size of the programme (default: 100000)", "N" },
  { "sessions", 'n', 0, G_OPTION_ARG_INT, &n_sessions,
    "How many sessions (default: 100000)", "N" },
  { "make-only", 0, 0, G_OPTION_ARG_FILENAME, &make_only,
    "Only make the programme at DATABASE (a new file), for bench-insights-page", "DATABASE" },
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
    "Measure on this programme (made by --keep or --make-only) instead of making one", "DATABASE" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
    "Keep the temporary folder and say where it is", NULL },
  { NULL }
};

static void
report (const char *name,
        double      value,
        const char *unit,
        const char *target)
{
  g_print ("%s %.*f %s (%s)\n", name, value < 10 ? 3 : 1, value, unit, target);
}

/* The median time of @n computations of @query, in ms, after a warm-up. */
static gboolean
time_insights (TaProgramme            *programme,
               const TaInsightsQuery  *query,
               guint                   n,
               double                 *out_ms,
               TaInsights            **out_insights,
               GError                **error)
{
  g_autofree double *times = g_new (double, n);

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(TaInsights) insights = NULL;
      gint64 start = g_get_monotonic_time ();

      insights = ta_programme_compute_insights (programme, query, error);
      if (insights == NULL)
        return FALSE;
      if (i > 0)
        times[i - 1] = (g_get_monotonic_time () - start) / 1000.0;
      if (i == n && out_insights != NULL)
        *out_insights = g_steal_pointer (&insights);
    }

  *out_ms = ta_bench_median (times, n);
  return TRUE;
}

static double
value_of (TaInsights *insights,
          const char *key)
{
  TaFigure *figure = ta_insights_lookup_figure (insights, key);

  return figure != NULL ? ta_figure_get_value (figure) : -1;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaInsights) insights = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) departments = NULL;
  TaInsightsQuery query;
  GDate from, to;
  double ms;
  int status = 1;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Measure Insights and its report on a large programme.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_sessions < 0 || n_participants < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--participants must be 1 or more, --sessions 0 or more");
      return 2;
    }

  if (make_only != NULL)
    {
      if (!bench_insights_make_programme (make_only, (guint) n_participants, (guint) n_sessions, &error))
        {
          g_printerr ("bench-insights: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  dir = ta_test_make_dir ("turnabout-bench-XXXXXX");
  path = database != NULL ? g_strdup (database) : g_build_filename (dir, "programme.db", NULL);
  if (database == NULL)
    {
      gint64 start = g_get_monotonic_time ();

      if (!bench_insights_make_programme (path, (guint) n_participants, (guint) n_sessions, &error))
        goto out;
      report ("make_programme", ta_bench_seconds_since (start), "s", "no target: the demo and the sessions");
    }

  /* A fresh programme, as the window opens it. */
  programme = ta_programme_open (path, TA_PROGRAMME_OPEN_FLAGS_NONE, &error);
  if (programme == NULL)
    goto out;

  bench_insights_year (&from, &to);
  ta_insights_query_init (&query, &from, &to);

  if (!time_insights (programme, &query, 7, &ms, &insights, &error))
    goto out;
  g_print ("# %d participants, %d sessions added; the year: %.0f active, %.0f held, %.0f cancelled, "
           "%.0f pairs needing attention\n", n_participants, n_sessions,
           value_of (insights, "active-participants"), value_of (insights, "sessions-held"),
           value_of (insights, "sessions-cancelled"), value_of (insights, "pairs-needing-attention"));
  report ("insights_year", ms, "ms", "target ≤ 100 ms");

  departments = ta_programme_list_insights_groups (programme, TA_INSIGHTS_GROUP_DEPARTMENT, &error);
  if (departments == NULL)
    goto out;
  if (departments[0] != NULL)
    {
      TaInsightsQuery group = query;

      group.group = TA_INSIGHTS_GROUP_DEPARTMENT;
      group.group_value = departments[0];
      if (!time_insights (programme, &group, 7, &ms, NULL, &error))
        goto out;
      g_print ("# department “%s” of %u\n", departments[0], g_strv_length (departments));
      report ("insights_department", ms, "ms", "no target");
    }

  {
    g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
    double times[3];
    GStatBuf info;

    for (guint i = 0; i < G_N_ELEMENTS (times); i++)
      {
        g_autoptr(TaReport) report_ = NULL;
        gint64 start = g_get_monotonic_time ();

        report_ = ta_report_new (insights, "Turnabout demo");
        if (!ta_report_write_pdf (report_, pdf, &error))
          goto out;
        times[i] = ta_bench_seconds_since (start);
      }
    if (g_stat (pdf, &info) == 0)
      g_print ("# report.pdf: %lld bytes\n", (long long) info.st_size);
    report ("report_pdf", ta_bench_median (times, G_N_ELEMENTS (times)), "s", "target ≤ 2 s");
  }

  status = 0;

out:
  if (error != NULL)
    g_printerr ("bench-insights: %s\n", error->message);
  g_clear_object (&insights);
  g_clear_object (&programme);
  if (dir != NULL && keep)
    g_print ("# kept %s\n", dir);
  else if (dir != NULL)
    ta_test_remove_dir (dir);

  return status;
}
