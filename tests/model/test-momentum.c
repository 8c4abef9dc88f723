/* test-momentum.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-momentum"

#include <sqlite3.h>

#include "ta-store-queries.h"
#include "ta-momentum.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 mentor;
  guint n_people;
  GDateTime *now;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Lina Haddad", "lina@example.com");

  fixture->store = ta_test_open_programme (&fixture->dir);
  ta_participant_set_role (mentor, TA_ROLE_MENTOR);
  ta_participant_set_capacity (mentor, 20);
  g_assert_true (ta_store_add_participant (fixture->store, mentor, &error));
  fixture->mentor = ta_participant_get_id (mentor);
  fixture->now = g_date_time_new_utc (2026, 6, 15, 12, 0, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->now, g_date_time_unref);
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static gint64
add_pairing (Fixture         *fixture,
             const char      *started_on,
             TaPairingStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("Mentee %u", fixture->n_people);
  g_autofree char *email = g_strdup_printf ("mentee%u@example.com", fixture->n_people++);
  g_autoptr(TaParticipant) mentee = ta_test_make_participant (name, email);
  g_autoptr(TaPairing) pairing = NULL;

  ta_participant_set_role (mentee, TA_ROLE_MENTEE);
  g_assert_true (ta_store_add_participant (fixture->store, mentee, &error));
  g_assert_no_error (error);
  pairing = ta_pairing_new (fixture->mentor, ta_participant_get_id (mentee));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  ta_pairing_set_started_on (pairing, started_on);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);
  if (status != TA_PAIRING_STATUS_ACTIVE)
    {
      ta_pairing_set_status (pairing, status);
      g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
      g_assert_no_error (error);
    }
  return ta_pairing_get_id (pairing);
}

/* A session @days from the fixture's "now" (negative: in the past). */
static void
add_session (Fixture         *fixture,
             gint64           pairing,
             int              days,
             TaSessionStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = g_date_time_add_days (fixture->now, days);
  g_autoptr(TaSession) session = ta_session_new_one_on_one (pairing, start, 60);

  ta_session_set_status (session, status);
  if (status == TA_SESSION_STATUS_CANCELLED)
    {
      ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
      ta_session_set_cancel_reason (session, "Reorganisation");
    }
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);
}

static TaMomentumAlert *
alert_of (GPtrArray *alerts,
          gint64     pairing)
{
  for (guint i = 0; i < alerts->len; i++)
    if (ta_momentum_alert_get_pairing_id (g_ptr_array_index (alerts, i)) == pairing)
      return g_ptr_array_index (alerts, i);

  return NULL;
}

static GPtrArray *
evaluate (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *alerts = ta_store_evaluate_momentum (fixture->store, fixture->now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (alerts);
  return alerts;
}

static void
test_missed_in_a_row (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 stalling = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_ACTIVE);
  gint64 recovered = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(GPtrArray) alerts = NULL;
  TaMomentumAlert *alert;

  add_session (fixture, stalling, -21, TA_SESSION_STATUS_HELD);
  add_session (fixture, stalling, -14, TA_SESSION_STATUS_CANCELLED);
  add_session (fixture, stalling, -7, TA_SESSION_STATUS_NO_SHOW);
  add_session (fixture, stalling, -1, TA_SESSION_STATUS_PLANNED); /* not marked: skipped */
  add_session (fixture, stalling, 7, TA_SESSION_STATUS_PLANNED);

  /* A held session between two cancellations breaks the streak. */
  add_session (fixture, recovered, -21, TA_SESSION_STATUS_CANCELLED);
  add_session (fixture, recovered, -14, TA_SESSION_STATUS_HELD);
  add_session (fixture, recovered, -7, TA_SESSION_STATUS_CANCELLED);
  add_session (fixture, recovered, 7, TA_SESSION_STATUS_PLANNED);

  alerts = evaluate (fixture);
  g_assert_cmpuint (alerts->len, ==, 1);
  alert = alert_of (alerts, stalling);
  g_assert_nonnull (alert);
  g_assert_cmpint (ta_momentum_alert_get_reasons (alert), ==, TA_MOMENTUM_MISSED_IN_A_ROW);
  g_assert_cmpuint (ta_momentum_alert_get_missed_in_a_row (alert), ==, 2);
  g_assert_cmpstr (ta_momentum_alert_get_explanation (alert), ==,
                   "The last 2 sessions were cancelled or missed");
  g_assert_nonnull (ta_momentum_alert_get_last_held (alert));
}

static void
test_nothing_held (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 quiet = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_ACTIVE);
  gint64 fresh = add_pairing (fixture, "2026-06-08", TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(GPtrArray) alerts = NULL;
  TaMomentumAlert *alert;

  g_assert_cmpint (ta_store_get_momentum_weeks (fixture->store, &error), ==, TA_MOMENTUM_DEFAULT_WEEKS);
  add_session (fixture, quiet, -56, TA_SESSION_STATUS_HELD);
  add_session (fixture, quiet, 10, TA_SESSION_STATUS_PLANNED);
  /* Started a week ago: it has six weeks to hold its first session. */
  add_session (fixture, fresh, 3, TA_SESSION_STATUS_PLANNED);

  alerts = evaluate (fixture);
  g_assert_cmpuint (alerts->len, ==, 1);
  alert = alert_of (alerts, quiet);
  g_assert_cmpint (ta_momentum_alert_get_reasons (alert), ==, TA_MOMENTUM_NOTHING_HELD);
  g_assert_cmpstr (ta_momentum_alert_get_explanation (alert), ==, "No session was held in the last 6 weeks");

  /* The setting: ten weeks, and the pair is fine. */
  g_assert_false (ta_store_set_momentum_weeks (fixture->store, 0, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ta_store_set_momentum_weeks (fixture->store, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_store_get_momentum_weeks (fixture->store, &error), ==, 10);
  g_clear_pointer (&alerts, g_ptr_array_unref);
  alerts = evaluate (fixture);
  g_assert_cmpuint (alerts->len, ==, 0);
}

static void
test_nothing_planned (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 idle = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_ACTIVE);
  gint64 paused = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_PAUSED);
  gint64 empty = add_pairing (fixture, "2026-01-05", TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(GPtrArray) alerts = NULL;
  TaMomentumAlert *alert;

  add_session (fixture, idle, -7, TA_SESSION_STATUS_HELD);
  /* A cancelled session ahead is not a plan. */
  add_session (fixture, idle, 7, TA_SESSION_STATUS_CANCELLED);
  add_session (fixture, paused, -70, TA_SESSION_STATUS_HELD);

  alerts = evaluate (fixture);
  g_assert_cmpuint (alerts->len, ==, 2);
  alert = alert_of (alerts, idle);
  g_assert_cmpint (ta_momentum_alert_get_reasons (alert), ==, TA_MOMENTUM_NOTHING_PLANNED);
  g_assert_cmpstr (ta_momentum_alert_get_explanation (alert), ==, "No session is planned ahead");
  g_assert_null (alert_of (alerts, paused));

  /* A pair that never met: both rules, one line each. */
  alert = alert_of (alerts, empty);
  g_assert_cmpint (ta_momentum_alert_get_reasons (alert), ==,
                   TA_MOMENTUM_NOTHING_HELD | TA_MOMENTUM_NOTHING_PLANNED);
  g_assert_cmpstr (ta_momentum_alert_get_explanation (alert), ==,
                   "No session was held in the last 6 weeks\nNo session is planned ahead");
  g_assert_null (ta_momentum_alert_get_last_held (alert));
}

/* 2,500 pairings and 100,000 sessions, written directly. */
static void
test_large_programme (Fixture       *fixture,
                      gconstpointer  data)
{
  sqlite3 *db = _ta_store_get_db (fixture->store);
  sqlite3_stmt *person = NULL, *pairing = NULL, *session = NULL;
  g_autoptr(GPtrArray) alerts = NULL;

  g_assert_cmpint (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO participants (id, name, email, role, created_at, updated_at) "
                                       "VALUES (?1, 'P', 'p' || ?1 || '@example.com', 'both', 'x', 'x')",
                                       -1, &person, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO pairings (id, mentor_id, mentee_id, status, started_on, "
                                       "created_at, updated_at) VALUES (?1, ?2, ?3, 'active', '2025-01-01', 'x', 'x')",
                                       -1, &pairing, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO sessions (pairing_id, starts_at, duration_minutes, status, "
                                       "cancelled_by, cancel_reason, created_at, updated_at) "
                                       "VALUES (?1, ?2, 60, ?3, ?4, ?5, 'x', 'x')",
                                       -1, &session, NULL), ==, SQLITE_OK);

  for (int i = 0; i < 2500; i++)
    {
      for (int side = 0; side < 2; side++)
        {
          sqlite3_reset (person);
          sqlite3_bind_int64 (person, 1, 1000 + 2 * i + side);
          g_assert_cmpint (sqlite3_step (person), ==, SQLITE_DONE);
        }
      sqlite3_reset (pairing);
      sqlite3_bind_int64 (pairing, 1, 1000 + i);
      sqlite3_bind_int64 (pairing, 2, 1000 + 2 * i);
      sqlite3_bind_int64 (pairing, 3, 1000 + 2 * i + 1);
      g_assert_cmpint (sqlite3_step (pairing), ==, SQLITE_DONE);

      /* 40 sessions each, a fortnight apart, around the fixture's now. */
      for (int k = 0; k < 40; k++)
        {
          g_autoptr(GDateTime) start = g_date_time_add_days (fixture->now, (k - 30) * 14 + i % 7);
          g_autofree char *text = ta_time_to_utc_string (start);
          gboolean past = k < 30;
          gboolean cancelled = past && (k + i) % 5 == 0;

          sqlite3_reset (session);
          sqlite3_bind_int64 (session, 1, 1000 + i);
          sqlite3_bind_text (session, 2, text, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (session, 3, !past ? "planned" : cancelled ? "cancelled" : "held", -1, SQLITE_STATIC);
          if (cancelled)
            {
              sqlite3_bind_int (session, 4, 0);
              sqlite3_bind_text (session, 5, "busy", -1, SQLITE_STATIC);
            }
          else
            {
              sqlite3_bind_null (session, 4);
              sqlite3_bind_null (session, 5);
            }
          g_assert_cmpint (sqlite3_step (session), ==, SQLITE_DONE);
        }
    }
  sqlite3_finalize (person);
  sqlite3_finalize (pairing);
  sqlite3_finalize (session);
  g_assert_cmpint (sqlite3_exec (db, "COMMIT; ANALYZE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* Correct at the size of a large programme; how fast is a benchmark's
   * business, never a test's. */
  alerts = evaluate (fixture);
  g_assert_cmpuint (alerts->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/momentum/missed-in-a-row", test_missed_in_a_row);
  ADD ("/momentum/nothing-held", test_nothing_held);
  ADD ("/momentum/nothing-planned", test_nothing_planned);
  ADD ("/momentum/large-programme", test_large_programme);

#undef ADD

  return g_test_run ();
}
