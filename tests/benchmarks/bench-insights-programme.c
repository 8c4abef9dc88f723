/* bench-insights-programme.c - the programme Insights is measured on
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-insights"

#include <sqlite3.h>

#include "bench-insights-programme.h"
#include "ta-demo.h"
#include "ta-store-private.h"

/*
 * The demo programme of @n_participants people with its pairings, and
 * @n_sessions sessions spread evenly over a year eleven months in
 * (bench_insights_year(): as a programme about to finish its first year,
 * whatever day the demo's people were added), on weekdays
 * between 09:00 and 17:00 local time: one in twenty a group discussion or
 * a lunch & learn with six attendees, the rest one-on-ones of the started
 * pairings.  Past sessions are mostly held (most rated by each side, many
 * with what each side learned), some cancelled by the mentor, the mentee
 * or the facilitator, some missed, some not yet marked; future ones are
 * planned.  As bench-calendar.c does, they are written with prepared
 * INSERTs in one transaction: the point is to read them.
 */

static const char * const learned[] = {
  "How the quarterly budget is decided", "Keyboard shortcuts in the spreadsheet",
  "Writing prompts that give sources", "Why the board asks for three options",
  "Short videos for the intranet", "How procurement chooses suppliers",
  "Passkeys instead of passwords", "Reading a profit and loss statement",
};

static const int durations[] = { 30, 45, 60, 60, 90 };

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *insert;
  sqlite3_stmt *attend;
  GRand        *rand;
  GDateTime    *now;
} Maker;

static gboolean
step (Maker         *maker,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, maker->db, rc, "insert");

  return TRUE;
}

static gboolean
add_group_session (Maker      *maker,
                   GPtrArray  *pairings,
                   guint       i,
                   const char *start,
                   const char *status,
                   GError    **error)
{
  gboolean lunch = i / 20 % 2 == 0;
  gint64 id;

  sqlite3_bind_text (maker->insert, 1, lunch ? "lunch-and-learn" : "group-discussion", -1, SQLITE_STATIC);
  sqlite3_bind_text (maker->insert, 3, lunch ? "Lunch & learn" : "Group discussion", -1, SQLITE_STATIC);
  sqlite3_bind_text (maker->insert, 4, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (maker->insert, 5, 60);
  sqlite3_bind_text (maker->insert, 6, status, -1, SQLITE_STATIC);
  if (g_str_equal (status, "cancelled"))
    {
      sqlite3_bind_int64 (maker->insert, 7, 0);
      sqlite3_bind_text (maker->insert, 8, "Room not available", -1, SQLITE_STATIC);
    }
  if (!step (maker, maker->insert, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (maker->db);
  for (guint a = 0; a < 3; a++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, (guint) g_rand_int_range (maker->rand, 0, (gint32) pairings->len));

      for (guint side = 0; side < 2; side++)
        {
          sqlite3_bind_int64 (maker->attend, 1, id);
          sqlite3_bind_int64 (maker->attend, 2, side == 0 ? ta_pairing_get_mentor_id (pairing)
                                                          : ta_pairing_get_mentee_id (pairing));
          if (!step (maker, maker->attend, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_one_on_one (Maker      *maker,
                TaPairing  *pairing,
                const char *start,
                const char *status,
                GError    **error)
{
  GRand *rand = maker->rand;

  sqlite3_bind_text (maker->insert, 1, "one-on-one", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (maker->insert, 2, ta_pairing_get_id (pairing));
  sqlite3_bind_text (maker->insert, 4, start, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (maker->insert, 5, durations[g_rand_int_range (rand, 0, G_N_ELEMENTS (durations))]);
  sqlite3_bind_text (maker->insert, 6, status, -1, SQLITE_STATIC);
  if (g_str_equal (status, "cancelled"))
    {
      int who = g_rand_int_range (rand, 0, 10);

      /* Half by the mentee (the senior side), the rest by the mentor or
       * the facilitator. */
      sqlite3_bind_int64 (maker->insert, 7, who < 5 ? ta_pairing_get_mentee_id (pairing)
                                            : who < 8 ? ta_pairing_get_mentor_id (pairing) : 0);
      sqlite3_bind_text (maker->insert, 8, "Board meeting moved", -1, SQLITE_STATIC);
    }
  else if (g_str_equal (status, "held"))
    {
      if (g_rand_int_range (rand, 0, 10) < 8)
        sqlite3_bind_int (maker->insert, 9, g_rand_int_range (rand, 2, 6));
      if (g_rand_int_range (rand, 0, 10) < 7)
        sqlite3_bind_int (maker->insert, 10, g_rand_int_range (rand, 1, 6));
      if (g_rand_int_range (rand, 0, 10) < 4)
        sqlite3_bind_text (maker->insert, 11, learned[g_rand_int_range (rand, 0, G_N_ELEMENTS (learned))],
                           -1, SQLITE_STATIC);
      if (g_rand_int_range (rand, 0, 10) < 3)
        sqlite3_bind_text (maker->insert, 12, learned[g_rand_int_range (rand, 0, G_N_ELEMENTS (learned))],
                           -1, SQLITE_STATIC);
    }

  return step (maker, maker->insert, error);
}

/* A past session's status: mostly held. */
static const char *
past_status (GRand *rand)
{
  int roll = g_rand_int_range (rand, 0, 100);

  if (roll < 12)
    return "cancelled";
  if (roll < 17)
    return "no-show";
  if (roll < 22)
    return "planned";
  return "held";
}

/**
 * bench_insights_year:
 * @out_from: (out caller-allocates): eleven months before today
 * @out_to: (out caller-allocates): the day before a month after today
 *
 * The year the sessions are spread over and the figures measured for.
 */
void
bench_insights_year (GDate *out_from,
                     GDate *out_to)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (out_from, 1);
  g_date_set_dmy (out_from, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  *out_to = *out_from;
  g_date_subtract_months (out_from, 11);
  g_date_add_months (out_to, 1);
  g_date_subtract_days (out_to, 1);
}

static gboolean
add_sessions (TaStore   *store,
              guint      n_sessions,
              GError   **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) pairings = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate from, to;
  Maker maker = { _ta_store_get_db (store), NULL, NULL, g_rand_new_with_seed (7), now };
  guint n_days;
  gboolean ok = FALSE;

  bench_insights_year (&from, &to);
  n_days = g_date_days_between (&from, &to) + 1;

  all = ta_store_list_pairings (store, error);
  if (all == NULL)
    goto out;
  for (guint i = 0; i < all->len; i++)
    if (ta_pairing_get_started_on (g_ptr_array_index (all, i)) != NULL)
      g_ptr_array_add (pairings, g_ptr_array_index (all, i));
  if (pairings->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the demo started no pairings");
      goto out;
    }
  g_print ("# %u started pairings; sessions from %04d-%02d-%02d to %04d-%02d-%02d\n", pairings->len,
           g_date_get_year (&from), g_date_get_month (&from), g_date_get_day (&from),
           g_date_get_year (&to), g_date_get_month (&to), g_date_get_day (&to));

  if (sqlite3_exec (maker.db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (maker.db,
                          "INSERT INTO sessions (kind, pairing_id, title, starts_at, duration_minutes, location, "
                          "status, cancelled_by, cancel_reason, mentor_rating, mentee_rating, "
                          "mentor_learned, mentee_learned, created_at, updated_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, 'Meeting room 3.14', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?4, ?4)",
                          -1, &maker.insert, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (maker.db,
                          "INSERT OR IGNORE INTO session_attendees (session_id, participant_id) VALUES (?1, ?2)",
                          -1, &maker.attend, NULL) != SQLITE_OK)
    {
      _ta_store_set_error_from_sqlite (error, maker.db, sqlite3_errcode (maker.db), "prepare");
      goto out;
    }

  for (guint i = 0; i < n_sessions; i++)
    {
      /* Evenly over the year, on weekdays, 09:00 to 16:00 local. */
      GDate day = from;
      g_autoptr(GDateTime) start = NULL;
      g_autofree char *start_text = NULL;
      const char *status;

      g_date_add_days (&day, (guint) ((guint64) i * n_days / n_sessions));
      while (g_date_get_weekday (&day) >= G_DATE_SATURDAY)
        g_date_subtract_days (&day, 2);
      start = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                                     9 + (int) (i % 8), 0, 0);
      start_text = ta_time_to_utc_string (start);
      status = g_date_time_compare (start, maker.now) < 0 ? past_status (maker.rand) : "planned";

      if (i % 20 == 19 ? !add_group_session (&maker, pairings, i, start_text, status, error)
                       : !add_one_on_one (&maker, g_ptr_array_index (pairings, (guint) g_rand_int_range (maker.rand, 0, (gint32) pairings->len)),
                                          start_text, status, error))
        {
          sqlite3_exec (maker.db, "ROLLBACK", NULL, NULL, NULL);
          goto out;
        }
    }

  if (sqlite3_exec (maker.db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      _ta_store_set_error_from_sqlite (error, maker.db, sqlite3_errcode (maker.db), "commit");
      goto out;
    }
  ok = TRUE;

out:
  sqlite3_finalize (maker.insert);
  sqlite3_finalize (maker.attend);
  g_rand_free (maker.rand);
  return ok;
}

/**
 * bench_insights_make_programme:
 * @path: where to make the programme (a new file)
 * @n_participants: how many people the demo has
 * @n_sessions: how many sessions to add over bench_insights_year()
 * @error: where to say why it could not be made
 *
 * Makes the programme the Insights benchmarks measure.
 */
gboolean
bench_insights_make_programme (const char  *path,
                               guint        n_participants,
                               guint        n_sessions,
                               GError     **error)
{
  g_autoptr(TaStore) store = ta_store_open (path, error);

  return store != NULL &&
         ta_demo_fill (store, n_participants, 1, error) &&
         add_sessions (store, n_sessions, error);
}
