/* test-ical-clash.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A calendar import never double-books anyone silently: each event (or
 * occurrence) that overlaps another session of one of its people, in the
 * calendar or earlier in the file, is refused, naming the other session;
 * the other events are imported (ta_ical_import_events()), or, all or
 * nothing, none (ta_ical_import()).  The file is data/calendar-clash.ics. */

#define G_LOG_DOMAIN "test-ical-clash"

#include <string.h>

#include "ta-ical.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 ann_bob;
  gint64 ann_cem;
  char *text;
  gsize length;
} Fixture;

static TaSession *
new_session (gint64 pairing,
             int    day,
             int    hour,
             int    minute,
             int    minutes)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 9, day, hour, minute, 0);

  return ta_session_new_one_on_one (pairing, start, minutes);
}

static gint64
add_session (TaStore *store,
             gint64   pairing,
             int      day,
             int      hour,
             int      minute)
{
  g_autoptr(TaSession) session = new_session (pairing, day, hour, minute, 60);
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);
  return ta_session_get_id (session);
}

static guint
count_sessions (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (store, &error);

  g_assert_no_error (error);
  return sessions->len;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) cancelled = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", "calendar-clash.ics", NULL);
  gint64 ann;
  gint64 dan;
  gint64 id;

  fixture->store = ta_test_open_programme (&fixture->dir);

  ann = ta_test_add_person (fixture->store, "Ann", "ann@example.com", TA_ROLE_MENTOR, "capacity", 3, NULL);
  dan = ta_test_add_person (fixture->store, "Dan", "dan@example.com", TA_ROLE_MENTOR, "capacity", 3, NULL);
  fixture->ann_bob = ta_test_add_pairing (fixture->store, ann,
                                          ta_test_add_person (fixture->store, "Bob", "bob@example.com",
                                                              TA_ROLE_MENTEE, "capacity", 0, NULL),
                                          "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  fixture->ann_cem = ta_test_add_pairing (fixture->store, ann,
                                          ta_test_add_person (fixture->store, "Cem", "cem@example.com",
                                                              TA_ROLE_MENTEE, "capacity", 0, NULL),
                                          "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  ta_test_add_pairing (fixture->store, dan,
                       ta_test_add_person (fixture->store, "Eve", "eve@example.com",
                                           TA_ROLE_MENTEE, "capacity", 0, NULL),
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);

  /* Ann is busy on the 15th at 10:00 and the 29th at 10:30; her session
   * of the 17th is cancelled. */
  add_session (fixture->store, fixture->ann_bob, 15, 10, 0);
  add_session (fixture->store, fixture->ann_cem, 29, 10, 30);
  id = add_session (fixture->store, fixture->ann_bob, 17, 10, 0);
  cancelled = ta_store_get_session (fixture->store, id, &error);
  g_assert_no_error (error);
  ta_session_set_status (cancelled, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (cancelled, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (cancelled, "Ill");
  g_assert_true (ta_store_update_session (fixture->store, cancelled, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &fixture->text, &fixture->length, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->text, g_free);
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/* What both the preview and the import say of the fixture file: the
 * line of the clashing event's DTSTART, its UID, and whom it overlaps. */
static const char * const expected[] = {
  "8: clash-store@test: DTSTART: on 2026-09-15 10:30 it overlaps the session on "
  "2026-09-15 10:00 of Ann and Bob, already in the calendar",
  "26: clash-file@test: DTSTART: on 2026-09-16 10:30 it overlaps the event at line 13 "
  "(UID free@test), on 2026-09-16 10:00 of Ann and Cem",
  "72: series@test (occurrence of 2026-09-29 10:00): DTSTART: on 2026-09-29 10:00 it overlaps "
  "the session on 2026-09-29 10:30 of Ann and Cem, already in the calendar",
};

static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint skipped = 0;

  sessions = ta_ical_read_sessions (fixture->store, fixture->text, fixture->length,
                                    &problems, &skipped, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", (const char *) g_ptr_array_index (problems, i));

  /* Not the cancelled event, the one over a cancelled session, the one of
   * other people at the same time, nor the one that starts as the others
   * end; of the series, only the occurrence that clashes. */
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (problems, i), ==, expected[i]);
  g_assert_cmpuint (skipped, ==, 1);
}

static void
test_import_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) check = NULL;
  guint before = count_sessions (fixture->store);
  guint added = 0;

  g_assert_false (ta_ical_import (fixture->store, fixture->text, fixture->length, &added, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (strstr (error->message, expected[i]));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before);
  g_clear_error (&error);

  check = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->len, ==, 0);
}

/* Without the clashing events the same file imports, and check agrees. */
static void
test_import_without_clashes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) check = NULL;
  g_autoptr(GString) text = g_string_new_len (fixture->text, fixture->length);
  const char *uids[] = { "clash-store@test", "clash-file@test", "series@test" };
  guint before = count_sessions (fixture->store);
  guint added = 0;

  /* Each clashing event, moved a month earlier, when nobody is busy. */
  for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
    {
      g_autofree char *uid_line = g_strdup_printf ("UID:%s\r\n", uids[i]);
      char *event = strstr (text->str, uid_line);
      char *start;

      g_assert_nonnull (event);
      start = strstr (event, "DTSTART:202609");
      g_assert_nonnull (start);
      start[strlen ("DTSTART:20260")] = '8';
    }

  g_assert_true (ta_ical_import (fixture->store, text->str, text->len, &added, &error));
  g_assert_no_error (error);
  /* free, back-to-back, over-cancelled, other-pair, the moved three (the
   * series with its three occurrences). */
  g_assert_cmpuint (added, ==, 9);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before + 9);

  check = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < check->len; i++)
    g_test_message ("check: %s", (const char *) g_ptr_array_index (check, i));
  g_assert_cmpuint (check->len, ==, 0);
}

/* Event by event: the clashing three are refused, the rest imported,
 * and check agrees. */
static void
test_import_per_event (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) check = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 9, 1, 0, 0, 0);
  g_autoptr(TaIcalResult) result = NULL;
  guint before = count_sessions (fixture->store);
  guint refused = 0;

  result = ta_ical_import_events (fixture->store, fixture->text, fixture->length, from, &error);
  g_assert_no_error (error);
  g_assert_true (ta_ical_result_get_committed (result));
  /* free, back-to-back, over-cancelled, other-pair, and two of the
   * series' three occurrences */
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 6);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED), ==, 3);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 1);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before + 6);

  for (guint i = 0; i < ta_ical_result_get_n_entries (result); i++)
    {
      const TaIcalEntry *entry = ta_ical_result_get_entry (result, i);
      g_autofree char *line = ta_ical_entry_format (entry, NULL);

      if (entry->outcome != TA_ICAL_OUTCOME_REFUSED)
        continue;
      g_assert_cmpstr (line, ==, expected[refused]);
      refused++;
    }
  g_assert_cmpuint (refused, ==, G_N_ELEMENTS (expected));

  check = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check->len, ==, 0);
}

/* The store refuses a double-booking itself, inside its transaction:
 * sessions read in a preview may meet one written since. */
static void
test_add_sessions_refuses_clash (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint before = count_sessions (fixture->store);

  /* Back to back: fine. */
  g_ptr_array_add (sessions, new_session (fixture->ann_bob, 20, 9, 0, 60));
  g_ptr_array_add (sessions, new_session (fixture->ann_cem, 20, 10, 0, 60));
  g_assert_true (ta_store_add_sessions (fixture->store, sessions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before + 2);
  g_ptr_array_set_size (sessions, 0);

  /* Overlapping one another, or the calendar: neither is written. */
  g_ptr_array_add (sessions, new_session (fixture->ann_bob, 21, 9, 0, 60));
  g_ptr_array_add (sessions, new_session (fixture->ann_cem, 21, 9, 30, 60));
  g_assert_false (ta_store_add_sessions (fixture->store, sessions, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "overlap"));
  g_assert_nonnull (strstr (error->message, "Ann and Bob"));
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (sessions, 0)), ==, 0);
  g_clear_error (&error);
  g_ptr_array_set_size (sessions, 0);

  g_ptr_array_add (sessions, new_session (fixture->ann_cem, 15, 10, 59, 30));
  g_assert_false (ta_store_add_sessions (fixture->store, sessions, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before + 2);
}

int
main (int   argc,
      char *argv[])
{
  /* Problems name times in local time: make it UTC for the expected text. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ical/clash/preview", test_preview);
  ADD ("/ical/clash/import-refused", test_import_refused);
  ADD ("/ical/clash/import-without-clashes", test_import_without_clashes);
  ADD ("/ical/clash/import-per-event", test_import_per_event);
  ADD ("/ical/clash/add-sessions", test_add_sessions_refuses_clash);
#undef ADD

  return g_test_run ();
}
