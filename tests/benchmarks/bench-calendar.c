/* bench-calendar.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-calendar"

#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-ical.h"
#include "ta-momentum.h"
#include "ta-store-private.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * The calendar on a large programme, as issue 4 measures it:
 *
 *   month_grid     ta_store_list_sessions_between() for the current
 *                  month: what the month grid reads (median of 5)
 *   momentum       ta_store_evaluate_momentum() over 2,500 active
 *                  pairings (median of 5)
 *   export_ics     ta_ical_export() of every session (once)
 *
 * The programme: a 5,000-person demo cohort (TA_DEMO_NO_PAIRINGS), the
 * i-th mentor paired with the i-th mentee (2,500 active pairings), and
 * 100,000 one-on-ones spread evenly from about 20 months ago to 4 months
 * ahead, on weekdays between 09:00 and 17:00: past ones mostly held (with
 * ratings), some cancelled or missed, future ones planned.  They are
 * written with one prepared INSERT in one transaction, since the point is
 * to read them, not to time the writing.  Everything happens in a
 * temporary folder that is removed afterwards.
 */

#define N_PEOPLE 5000

static int n_sessions = 100000;
static gboolean keep;

static const GOptionEntry entries[] = {
  { "sessions", 'n', 0, G_OPTION_ARG_INT, &n_sessions,
    "How many sessions (default: 100000)", "N" },
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

static gboolean
make_sessions (TaStore  *store,
               GError  **error)
{
  sqlite3 *db = _ta_store_get_db (store);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) first = g_date_time_add_months (now, -20);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  sqlite3_stmt *stmt = NULL;
  gint64 first_day = g_date_time_to_unix (first) / 86400;
  /* 24 months of weekdays, about 520 of them, shared out evenly among
   * each pairing's sessions. */
  guint n_days = 520;
  guint n_rounds;
  guint step;
  int rc;

  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;
  g_assert (pairings->len > 0);
  n_rounds = ((guint) n_sessions + pairings->len - 1) / pairings->len;
  step = MAX (n_days / n_rounds, 1);

  if (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db,
                          "INSERT INTO sessions (kind, pairing_id, starts_at, duration_minutes, location, "
                          "status, cancelled_by, cancel_reason, mentor_rating, mentee_rating, "
                          "created_at, updated_at) "
                          "VALUES ('one-on-one', ?1, ?2, 60, 'Meeting room 3.14', ?3, ?4, ?5, ?6, ?7, ?2, ?2)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return _ta_store_set_error_from_sqlite (error, db, sqlite3_errcode (db), "prepare");

  for (int i = 0; i < n_sessions; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, (guint) i % pairings->len);
      /* Each pairing meets every @step weekdays, on a day and at an hour
       * of its own; its people are in no other pairing. */
      guint round = (guint) i / pairings->len;
      guint weekday = (round * step + (guint) i % pairings->len % MIN (step, 5)) % n_days;
      gint64 day = first_day + weekday / 5 * 7 + weekday % 5;
      int hour = 9 + (int) ((guint) i % pairings->len / 5 % 8);
      g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (day * 86400 + hour * 3600);
      g_autofree char *start_text = ta_time_to_utc_string (start);
      gboolean past = g_date_time_compare (start, now) < 0;
      guint roll = (guint) g_rand_int_range (rand, 0, 100);

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_int64 (stmt, 1, ta_pairing_get_id (pairing));
      sqlite3_bind_text (stmt, 2, start_text, -1, SQLITE_TRANSIENT);
      if (!past)
        sqlite3_bind_text (stmt, 3, "planned", -1, SQLITE_STATIC);
      else if (roll < 10)
        {
          sqlite3_bind_text (stmt, 3, "cancelled", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 4, ta_pairing_get_mentee_id (pairing));
          sqlite3_bind_text (stmt, 5, "Board meeting moved", -1, SQLITE_STATIC);
        }
      else if (roll < 14)
        sqlite3_bind_text (stmt, 3, "no-show", -1, SQLITE_STATIC);
      else
        {
          sqlite3_bind_text (stmt, 3, "held", -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 6, g_rand_int_range (rand, 1, 6));
          sqlite3_bind_int (stmt, 7, g_rand_int_range (rand, 1, 6));
        }

      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        {
          _ta_store_set_error_from_sqlite (error, db, rc, "insert");
          sqlite3_finalize (stmt);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  sqlite3_finalize (stmt);
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return _ta_store_set_error_from_sqlite (error, db, sqlite3_errcode (db), "commit");

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) month_start = NULL;
  g_autoptr(GDateTime) month_end = NULL;
  double times[5];
  guint n_month = 0;
  guint n_alerts = 0;
  int status = 1;

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Measure the calendar on a programme with many sessions.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_sessions < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--sessions must be 1 or more");
      return 2;
    }

  dir = ta_test_make_dir ("turnabout-bench-XXXXXX");
  path = g_build_filename (dir, "programme.db", NULL);
  store = ta_store_open (path, &error);
  if (store == NULL ||
      !ta_demo_fill_full (store, N_PEOPLE, 1, TA_DEMO_NO_PAIRINGS, &error) ||
      !ta_bench_pair_everyone (store, "2025-01-06", &error) ||
      !make_sessions (store, &error))
    goto out;
  g_clear_object (&store);

  /* A fresh store, as the window opens it. */
  store = ta_store_open (path, &error);
  if (store == NULL)
    goto out;

  month_start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 1, 0, 0, 0);
  month_end = g_date_time_add_months (month_start, 1);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GPtrArray) sessions = NULL;
      gint64 start = g_get_monotonic_time ();

      sessions = ta_store_list_sessions_between (store, month_start, month_end, &error);
      if (sessions == NULL)
        goto out;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      n_month = sessions->len;
    }
  g_print ("# %d sessions, %u in this month\n", n_sessions, n_month);
  report ("month_grid", ta_bench_median (times, G_N_ELEMENTS (times)), "ms", "target ≤ 50 ms");

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GPtrArray) alerts = NULL;
      gint64 start = g_get_monotonic_time ();

      alerts = ta_store_evaluate_momentum (store, NULL, &error);
      if (alerts == NULL)
        goto out;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      n_alerts = alerts->len;
    }
  g_print ("# 2500 active pairings, %u needing attention\n", n_alerts);
  report ("momentum", ta_bench_median (times, G_N_ELEMENTS (times)), "ms", "target ≤ 100 ms");

  {
    g_autofree char *text = NULL;
    gint64 start = g_get_monotonic_time ();
    guint n_exported = 0;

    text = ta_ical_export (store, 0, 0, &n_exported, &error);
    if (text == NULL)
      goto out;
    g_print ("# %u sessions exported, %zu bytes\n", n_exported, strlen (text));
    report ("export_ics", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, "s", "target ≤ 2 s");
  }

  status = 0;

out:
  if (error != NULL)
    g_printerr ("bench-calendar: %s\n", error->message);
  g_clear_object (&store);
  if (dir != NULL && keep)
    g_print ("# kept %s\n", dir);
  else if (dir != NULL)
    ta_test_remove_dir (dir);

  return status;
}
