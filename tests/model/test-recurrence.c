/* test-recurrence.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-recurrence"

#include <sqlite3.h>
#include <string.h>

#include "ta-ical.h"
#include "ta-recurrence.h"
#include "ta-session-list.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

#define BRUSSELS "Europe/Brussels"

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static GPtrArray *
expand (const TaRecurrence *rule,
        int                 from_year,
        int                 to_year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = utc (from_year, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (to_year, 1, 1, 0, 0);
  GPtrArray *starts = ta_recurrence_expand (rule, from, to, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (starts);
  return starts;
}

static void
assert_start (GPtrArray  *starts,
              guint       index,
              const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, starts->len);
  text = ta_time_to_utc_string (g_ptr_array_index (starts, index));
  g_assert_cmpstr (text, ==, expected);
}

/* Weekly at 18:00 in Brussels over the last Sunday of March 2026
 * (29 March) and of October 2026 (25 October): the wall time stays. */
static void
test_weekly_across_dst_2026 (void)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2026-03-17", 1, "18:00", BRUSSELS);
  g_autoptr(GPtrArray) starts = NULL;

  rule->count = 34;
  starts = expand (rule, 2026, 2027);
  g_assert_cmpuint (starts->len, ==, 34);
  assert_start (starts, 0, "2026-03-17T17:00:00Z");  /* CET, UTC+1 */
  assert_start (starts, 1, "2026-03-24T17:00:00Z");
  assert_start (starts, 2, "2026-03-31T16:00:00Z");  /* CEST, UTC+2 */
  assert_start (starts, 31, "2026-10-20T16:00:00Z");
  assert_start (starts, 32, "2026-10-27T17:00:00Z"); /* CET again */
  assert_start (starts, 33, "2026-11-03T17:00:00Z");

  for (guint i = 0; i < starts->len; i++)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (BRUSSELS);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (g_ptr_array_index (starts, i), zone);

      g_assert_cmpint (g_date_time_get_hour (local), ==, 18);
      g_assert_cmpint (g_date_time_get_minute (local), ==, 0);
      g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 2);
    }
}

/* Every 2 weeks over the 2027 changes (28 March, 31 October). */
static void
test_every_two_weeks_2027 (void)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2027-03-21", 2, "09:30", BRUSSELS);
  g_autoptr(GPtrArray) starts = NULL;

  rule->until_date = g_strdup ("2027-11-14");
  starts = expand (rule, 2027, 2028);
  /* 21 March to 14 November: 34 weeks, so 18 occurrences. */
  g_assert_cmpuint (starts->len, ==, 18);
  assert_start (starts, 0, "2027-03-21T08:30:00Z");
  assert_start (starts, 1, "2027-04-04T07:30:00Z");
  assert_start (starts, 15, "2027-10-17T07:30:00Z");
  assert_start (starts, 16, "2027-10-31T08:30:00Z");  /* the day the clocks go back */
  assert_start (starts, 17, "2027-11-14T08:30:00Z");
}

/* The 2nd Tuesday of every month of 2026 at 18:00 in Brussels. */
static void
test_second_tuesday_2026 (void)
{
  static const int days[12] = { 13, 10, 10, 14, 12, 9, 14, 11, 8, 13, 10, 8 };
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", BRUSSELS);
  g_autoptr(GPtrArray) starts = expand (rule, 2026, 2027);

  g_assert_cmpuint (starts->len, ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      gboolean summer = i >= 3 && i <= 9;

      g_assert_cmpint (g_date_time_get_month (start), ==, (int) i + 1);
      g_assert_cmpint (g_date_time_get_day_of_month (start), ==, days[i]);
      g_assert_cmpint (g_date_time_get_hour (start), ==, summer ? 16 : 17);
    }
}

/* "Last Friday" (-1, and 5 taken as last) in 2027. */
static void
test_last_weekday (void)
{
  static const int days[12] = { 29, 26, 26, 30, 28, 25, 30, 27, 24, 29, 26, 31 };
  g_autoptr(TaRecurrence) last = ta_recurrence_new_monthly ("2027-01-01", TA_RECURRENCE_LAST_WEEK,
                                                            "18:00", BRUSSELS);
  g_autoptr(TaRecurrence) fifth = ta_recurrence_new_monthly ("2027-01-01", 5, "18:00", BRUSSELS);
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GPtrArray) fifth_starts = NULL;

  /* 1 January 2027 is a Friday: the weekday of the series. */
  starts = expand (last, 2027, 2028);
  fifth_starts = expand (fifth, 2027, 2028);
  g_assert_cmpuint (starts->len, ==, 12);
  g_assert_cmpuint (fifth_starts->len, ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      g_assert_cmpint (g_date_time_get_day_of_month (g_ptr_array_index (starts, i)), ==, days[i]);
      g_assert_true (g_date_time_equal (g_ptr_array_index (starts, i), g_ptr_array_index (fifth_starts, i)));
    }
}

static void
test_count_window_and_removed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", BRUSSELS);
  g_autoptr(GDateTime) from = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 7, 1, 0, 0);
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GPtrArray) starts = NULL;

  /* Counting starts at the first date, not at the window. */
  rule->count = 4;
  g_ptr_array_add (removed, utc (2026, 3, 10, 17, 0));
  starts = ta_recurrence_expand (rule, from, to, removed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (starts->len, ==, 1);
  assert_start (starts, 0, "2026-04-14T16:00:00Z");
}

static void
test_invalid_rules (void)
{
  const struct {
    const char *first;
    const char *time;
    const char *zone;
    int interval;
  } cases[] = {
    { "2026-02-30", "18:00", BRUSSELS, 1 },
    { "2026-02-03", "25:00", BRUSSELS, 1 },
    { "2026-02-03", "6pm", BRUSSELS, 1 },
    { "2026-02-03", "18:00", "Europe/Atlantis", 1 },
    { "2026-02-03", "18:00", "../../etc/passwd", 1 },
    { "2026-02-03", "18:00", BRUSSELS, 0 },
    { "2026-02-03", "18:00", BRUSSELS, 53 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly (cases[i].first, cases[i].interval,
                                                               cases[i].time, cases[i].zone);
      g_autoptr(GError) error = NULL;

      g_assert_false (ta_recurrence_validate (rule, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
    }
}

/* The store: a series materialised, one vs. this-and-future edits. */

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 pairing;
  gint64 mentee;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  gint64 mentor;

  fixture->store = ta_test_open_programme (&fixture->dir);
  mentor = ta_test_add_person (fixture->store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR,
                               "capacity", 2, NULL);
  fixture->mentee = ta_test_add_person (fixture->store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  pairing = ta_pairing_new (mentor, fixture->mentee);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);
  fixture->pairing = ta_pairing_get_id (pairing);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static void
on_reset (TaStore *store,
          guint   *count)
{
  (*count)++;
}

static GPtrArray *
list_all (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = ta_store_list_sessions (fixture->store, &error);

  g_assert_no_error (error);
  return sessions;
}

static void
test_store_series (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", BRUSSELS);
  g_autoptr(TaRecurrence) stored_rule = NULL;
  g_autoptr(GDateTime) horizon = utc (2027, 1, 1, 0, 0);
  g_autoptr(GDateTime) later = utc (2027, 7, 1, 0, 0);
  g_autoptr(GDateTime) march = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) april = utc (2026, 4, 1, 0, 0);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *location = NULL;
  gint64 series, pairing_id = 0;
  guint resets = 0, added = 0;
  int duration = 0;

  g_autoptr(TaSessionList) list = ta_session_list_new_between (fixture->store, march, april, &error);

  g_assert_no_error (error);
  g_signal_connect (fixture->store, "sessions-reset", G_CALLBACK (on_reset), &resets);
  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 45, "Room 4.12", horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);
  g_assert_cmpuint (resets, ==, 1);
  /* A month of the grid follows the new series. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 12);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (ta_session_get_series_id (session), ==, series);
      g_assert_true (g_date_time_equal (ta_session_get_occurrence_start (session),
                                        ta_session_get_starts_at (session)));
      g_assert_cmpint (ta_session_get_duration (session), ==, 45);
      g_assert_cmpstr (ta_session_get_location (session), ==, "Room 4.12");
    }

  stored_rule = ta_store_get_series (fixture->store, series, &pairing_id, &duration, &location, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored_rule->time_zone, ==, BRUSSELS);
  g_assert_cmpint (stored_rule->week_of_month, ==, 2);
  g_assert_cmpint (pairing_id, ==, fixture->pairing);
  g_assert_cmpint (duration, ==, 45);
  g_assert_cmpstr (location, ==, "Room 4.12");

  /* Extending twice makes each occurrence once. */
  g_assert_true (ta_store_extend_series (fixture->store, later, &added, &error));
  g_assert_cmpuint (added, ==, 6);
  g_assert_true (ta_store_extend_series (fixture->store, later, &added, &error));
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 18);

  /* An invalid rule changes nothing. */
  g_free (rule->time_zone);
  rule->time_zone = g_strdup ("Mars/Olympus_Mons");
  g_assert_cmpint (ta_store_add_series (fixture->store, fixture->pairing, rule, 45, NULL, horizon, &error), ==, 0);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 18);

  g_signal_handlers_disconnect_by_data (fixture->store, &resets);
}

static TaSession *
find_session_on (GPtrArray *sessions,
                 int        year,
                 int        month)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      GDateTime *start = ta_session_get_occurrence_start (session);

      if (start != NULL && g_date_time_get_year (start) == year && g_date_time_get_month (start) == month)
        return session;
    }

  return NULL;
}

static void
test_edit_one_vs_future (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", BRUSSELS);
  g_autoptr(TaRecurrence) weekly = NULL;
  g_autoptr(TaRecurrence) old_rule = NULL;
  g_autoptr(GDateTime) horizon = utc (2027, 1, 1, 0, 0);
  g_autoptr(GDateTime) moved = utc (2026, 3, 12, 12, 0);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaSession) march = NULL;
  TaSession *april, *june;
  gint64 series, new_series, april_id;
  guint added = 0;

  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  sessions = list_all (fixture);

  /* One occurrence moved: it stays in the series, as an override. */
  march = ta_session_copy (find_session_on (sessions, 2026, 3));
  ta_session_set_starts_at (march, moved);
  g_assert_true (ta_store_update_session (fixture->store, march, &error));
  g_assert_no_error (error);

  /* One occurrence removed: extending never brings it back. */
  april = find_session_on (sessions, 2026, 4);
  april_id = ta_session_get_id (april);
  g_assert_true (ta_store_delete_session (fixture->store, april_id, &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_extend_series (fixture->store, horizon, &added, &error));
  g_assert_cmpuint (added, ==, 0);

  /* One occurrence cancelled: the others stay planned. */
  june = find_session_on (sessions, 2026, 6);
  ta_session_set_status (june, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (june, fixture->mentee);
  ta_session_set_cancel_reason (june, "Holiday");
  g_assert_true (ta_store_update_session (fixture->store, june, &error));
  g_assert_no_error (error);

  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 11);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (find_session_on (sessions, 2026, 3)), moved));
  g_assert_cmpint (ta_session_get_series_id (find_session_on (sessions, 2026, 3)), ==, series);
  g_assert_null (find_session_on (sessions, 2026, 4));
  g_assert_cmpint (ta_session_get_status (find_session_on (sessions, 2026, 6)), ==, TA_SESSION_STATUS_CANCELLED);

  /* This and all future: every 2 weeks on Thursdays at 12:00 from
   * 10 September. */
  weekly = ta_recurrence_new_weekly ("2026-09-10", 2, "12:00", BRUSSELS);
  new_series = ta_store_split_series (fixture->store,
                                      ta_session_get_id (find_session_on (sessions, 2026, 9)),
                                      weekly, 30, "https://meet.example.com/x", horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_series, >, series);

  old_rule = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (old_rule->until_date, ==, "2026-09-07");

  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  {
    guint old_count = 0, new_count = 0;

    for (guint i = 0; i < sessions->len; i++)
      {
        TaSession *session = g_ptr_array_index (sessions, i);

        if (ta_session_get_series_id (session) == series)
          old_count++;
        else if (ta_session_get_series_id (session) == new_series)
          {
            g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (BRUSSELS);
            g_autoptr(GDateTime) local = g_date_time_to_timezone (ta_session_get_starts_at (session), zone);

            g_assert_cmpint (g_date_time_get_hour (local), ==, 12);
            g_assert_cmpint (g_date_time_get_day_of_week (local), ==, 4);
            g_assert_cmpint (ta_session_get_duration (session), ==, 30);
            new_count++;
          }
      }
    /* January to August minus April: 7; 10 September to 31 December
     * every 2 weeks: 9. */
    g_assert_cmpuint (old_count, ==, 7);
    g_assert_cmpuint (new_count, ==, 9);
  }

  /* Cancel this and all future of the new series from November on. */
  {
    TaSession *november = find_session_on (sessions, 2026, 11);

    g_assert_nonnull (november);
    g_assert_cmpint (ta_session_get_series_id (november), ==, new_series);
    g_assert_true (ta_store_cancel_series_from (fixture->store, ta_session_get_id (november), &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  g_assert_null (find_session_on (sessions, 2026, 11));
  g_assert_null (find_session_on (sessions, 2026, 12));
  g_assert_nonnull (find_session_on (sessions, 2026, 10));

  /* A session outside any series cannot be split. */
  {
    g_autoptr(GDateTime) start = utc (2026, 10, 1, 9, 0);
    g_autoptr(TaSession) single = ta_session_new_one_on_one (fixture->pairing, start, 30);

    g_assert_true (ta_store_add_session (fixture->store, single, &error));
    g_assert_false (ta_store_cancel_series_from (fixture->store, ta_session_get_id (single), &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  }
}

/* Deleting a person takes their pair's series and sessions and their
 * attendance along; the undo brings them all back. */
static void
test_delete_participant_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2026-03-03", 2, "18:00", BRUSSELS);
  g_autoptr(GDateTime) horizon = utc (2026, 6, 1, 0, 0);
  g_autoptr(GDateTime) start = utc (2026, 4, 1, 11, 0);
  g_autoptr(TaSession) group = ta_session_new (TA_SESSION_KIND_GROUP_DISCUSSION);
  g_autoptr(TaSessionList) list = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(TaSession) back = NULL;
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaRecurrence) rule_back = NULL;
  gint64 series;
  gint64 attendee = fixture->mentee;
  const gint64 *attendees;
  guint n_sessions, n = 0;

  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  sessions = list_all (fixture);
  ta_session_set_status (g_ptr_array_index (sessions, 0), TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (g_ptr_array_index (sessions, 0), fixture->mentee);
  ta_session_set_cancel_reason (g_ptr_array_index (sessions, 0), "Flu");
  g_assert_true (ta_store_update_session (fixture->store, g_ptr_array_index (sessions, 0), &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_delete_session (fixture->store, ta_session_get_id (g_ptr_array_index (sessions, 1)), &error));
  ta_session_set_title (group, "Social media for leaders");
  ta_session_set_starts_at (group, start);
  ta_session_set_attendees (group, &attendee, 1);
  g_assert_true (ta_store_add_session (fixture->store, group, &error));
  g_assert_no_error (error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_all (fixture);
  n_sessions = sessions->len;
  list = ta_session_list_new (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_sessions);

  mentee = ta_store_get_participant (fixture->store, fixture->mentee, &error);
  g_assert_true (ta_store_delete_participant (fixture->store, fixture->mentee, &reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  g_assert_true (ta_store_restore_participant (fixture->store, mentee, reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_sessions);
  rule_back = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  back = ta_store_get_session (fixture->store, ta_session_get_id (g_ptr_array_index (sessions, 0)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_cancelled_by (back), ==, fixture->mentee);
  g_assert_cmpint (ta_session_get_series_id (back), ==, series);
  g_clear_object (&back);
  back = ta_store_get_session (fixture->store, ta_session_get_id (group), &error);
  attendees = ta_session_get_attendees (back, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (attendees[0], ==, fixture->mentee);

  /* The removed occurrence stays removed. */
  {
    guint added = 0;

    g_assert_true (ta_store_extend_series (fixture->store, horizon, &added, &error));
    g_assert_cmpuint (added, ==, 0);
  }
}

/* A series with an end exports it: COUNT as it is, UNTIL in UTC (RFC
 * 5545 3.3.10, as DTSTART has a zone). */
static void
test_export_series_end (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaRecurrence) counted = ta_recurrence_new_weekly ("2026-03-17", 1, "18:00", BRUSSELS);
  g_autoptr(TaRecurrence) until = NULL;
  g_autoptr(TaRecurrence) stored = NULL;
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 6, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 series;
  guint n_rules = 0;
  gboolean saw_count = FALSE, saw_until = FALSE;

  counted->count = 6;
  series = ta_store_add_series (fixture->store, fixture->pairing, counted, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  stored = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->count, ==, 6);

  until = ta_recurrence_new_monthly ("2026-09-08", 2, "10:00", BRUSSELS);
  until->until_date = g_strdup ("2027-01-31");
  ta_store_add_series (fixture->store, fixture->pairing, until, 60, NULL, horizon, &error);
  g_assert_no_error (error);

  text = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!g_str_has_prefix (lines[i], "RRULE:"))
        continue;
      n_rules++;
      if (strstr (lines[i], "FREQ=WEEKLY") != NULL)
        {
          g_assert_nonnull (strstr (lines[i], ";COUNT=6"));
          g_assert_null (strstr (lines[i], "UNTIL="));
          saw_count = TRUE;
        }
      else
        {
          /* The second Tuesday of January 2027, 10:00 in Brussels, is
           * 09:00 UTC; the rule may stop at the end of the last day. */
          const char *value = strstr (lines[i], "UNTIL=");

          g_assert_nonnull (value);
          g_assert_true (g_str_has_prefix (value, "UNTIL=202701"));
          g_assert_cmpint (value[strlen ("UNTIL=20270131T000000")], ==, 'Z');
          g_assert_null (strstr (lines[i], "COUNT="));
          saw_until = TRUE;
        }
    }
  g_assert_cmpuint (n_rules, ==, 2);
  g_assert_true (saw_count);
  g_assert_true (saw_until);
}

/* "This and all future sessions" no longer repeat: one transaction, so a
 * session the store refuses leaves the series as it was. */
static void
test_end_series_with_session (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2026-03-17", 1, "18:00", BRUSSELS);
  g_autoptr(TaRecurrence) after = NULL;
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2026, 5, 1, 0, 0, 0);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaSession) refused = NULL;
  g_autoptr(TaSession) single = NULL;
  g_autoptr(GError) error = NULL;
  TaSession *third;
  guint resets = 0;
  gint64 series;

  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  before = list_all (fixture);
  g_assert_cmpuint (before->len, ==, 7);
  third = g_ptr_array_index (before, 2);
  g_signal_connect (fixture->store, "sessions-reset", G_CALLBACK (on_reset), &resets);

  /* A group session with no title is refused: nothing changes. */
  refused = ta_session_new (TA_SESSION_KIND_GROUP_DISCUSSION);
  ta_session_set_starts_at (refused, ta_session_get_starts_at (third));
  ta_session_set_duration (refused, 60);
  g_assert_false (ta_store_end_series_with_session (fixture->store, ta_session_get_id (third), refused, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 7);
  after = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (after->until_date);
  g_clear_pointer (&after, ta_recurrence_free);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_assert_cmpuint (resets, ==, 0);

  single = ta_session_new_one_on_one (fixture->pairing, ta_session_get_starts_at (third), 45);
  ta_session_set_notes (single, "Last one for now");
  g_assert_true (ta_store_end_series_with_session (fixture->store, ta_session_get_id (third), single, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_id (single), >, 0);
  g_assert_cmpuint (resets, ==, 1);

  sessions = list_all (fixture);
  g_assert_cmpuint (sessions->len, ==, 3);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (ta_session_get_id (session) == ta_session_get_id (single))
        {
          g_assert_cmpint (ta_session_get_series_id (session), ==, 0);
          g_assert_cmpint (ta_session_get_duration (session), ==, 45);
          g_assert_cmpstr (ta_session_get_notes (session), ==, "Last one for now");
        }
      else
        g_assert_cmpint (ta_session_get_series_id (session), ==, series);
    }
  after = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->until_date, ==, "2026-03-30");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recurrence/weekly-across-dst-2026", test_weekly_across_dst_2026);
  g_test_add_func ("/recurrence/every-two-weeks-2027", test_every_two_weeks_2027);
  g_test_add_func ("/recurrence/second-tuesday-2026", test_second_tuesday_2026);
  g_test_add_func ("/recurrence/last-weekday", test_last_weekday);
  g_test_add_func ("/recurrence/count-window-removed", test_count_window_and_removed);
  g_test_add_func ("/recurrence/invalid", test_invalid_rules);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/recurrence/store/series", test_store_series);
  ADD ("/recurrence/store/one-vs-future", test_edit_one_vs_future);
  ADD ("/recurrence/store/delete-participant-undo", test_delete_participant_undo);
  ADD ("/recurrence/store/export-series-end", test_export_series_end);
  ADD ("/recurrence/store/end-series-with-session", test_end_series_with_session);

#undef ADD

  return g_test_run ();
}
