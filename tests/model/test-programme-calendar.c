/* test-programme-calendar.c - iCalendar files through the front door, in a thread
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ta-programme.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir      from_dir;
  TaTestDir      to_dir;
  TaProgramme *from;   /* where the sessions are */
  TaProgramme *to;     /* the same people and pair, no sessions */
} Fixture;

static gint64
add_pair (TaProgramme *programme)
{
  g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Lina Haddad", "lina@example.com");
  g_autoptr(TaParticipant) mentee = ta_test_make_participant ("Marc Dubois", "marc@example.com");
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;

  ta_participant_set_role (mentor, TA_ROLE_MENTOR);
  ta_participant_set_capacity (mentor, 1);
  ta_participant_set_role (mentee, TA_ROLE_MENTEE);
  g_assert_true (ta_programme_add_participant (programme, mentor, &error));
  g_assert_true (ta_programme_add_participant (programme, mentee, &error));
  g_assert_no_error (error);

  pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_programme_add_pairing (programme, pairing, &error));
  g_assert_no_error (error);

  return ta_pairing_get_id (pairing);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, 7);
  g_autoptr(TaSession) session = NULL;
  gint64 pairing;

  ta_test_dir_init (&fixture->from_dir);
  ta_test_dir_init (&fixture->to_dir);
  fixture->from = ta_programme_open (fixture->from_dir.path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->to = ta_programme_open (fixture->to_dir.path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);

  pairing = add_pair (fixture->from);
  add_pair (fixture->to);
  session = ta_session_new_one_on_one (pairing, start, 45);
  g_assert_true (ta_programme_add_session (fixture->from, session, &error));
  g_assert_no_error (error);
}

/* A worker thread lets go of its task, and so of the programme, a moment
 * after the callback has run on the main context. */
static void
wait_for_threads (TaProgramme *programme)
{
  while (g_atomic_int_get (&G_OBJECT (programme)->ref_count) > 1)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  wait_for_threads (fixture->from);
  wait_for_threads (fixture->to);
  g_assert_finalize_object (fixture->from);
  g_assert_finalize_object (fixture->to);
  ta_test_dir_clear (&fixture->from_dir);
  ta_test_dir_clear (&fixture->to_dir);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
ready_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static guint
count_sessions (TaProgramme *programme)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_weeks (now, 4);
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_between (programme, now, later, NULL);

  g_assert_nonnull (sessions);
  return sessions->len;
}

/* Exported in a thread, then read (writing nothing) and imported in a
 * thread by another programme with the same people. */
static void
test_export_read_import (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->from_dir.dir, "sessions.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) exported = NULL;
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(GAsyncResult) imported = NULL;
  g_autoptr(TaIcalResult) preview = NULL;
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length = 0;
  guint count = 0;

  ta_programme_export_calendar_async (fixture->from, file, 0, 0, NULL, ready_cb, &exported);
  g_assert_true (ta_programme_export_calendar_finish (fixture->from, wait_for (&exported), &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);

  g_assert_true (g_file_get_contents (path, &bytes, &length, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (bytes, "BEGIN:VEVENT"));
  /* From another calendar, not this programme's own. */
  text = g_string_new_len (bytes, length);
  g_assert_cmpuint (g_string_replace (text, "@turnabout\r\n", "@example.org\r\n", 0), ==, 1);
  contents = g_bytes_new (text->str, text->len);

  ta_programme_read_calendar_async (fixture->to, contents, NULL, NULL, ready_cb, &read);
  preview = ta_programme_read_calendar_finish (fixture->to, wait_for (&read), &error);
  g_assert_no_error (error);
  g_assert_nonnull (preview);
  g_assert_cmpuint (ta_ical_result_count (preview, TA_ICAL_OUTCOME_NEW), ==, 1);
  g_assert_cmpuint (count_sessions (fixture->to), ==, 0);

  ta_programme_import_calendar_async (fixture->to, contents, NULL, NULL, ready_cb, &imported);
  result = ta_programme_import_calendar_finish (fixture->to, wait_for (&imported), &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 1);
  g_assert_cmpuint (count_sessions (fixture->to), ==, 1);
}

/* Text that is not iCalendar: the reading fails, in the finish. */
static void
test_read_error (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GBytes) contents = g_bytes_new_static ("name,email\n", 11);
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(TaIcalResult) preview = NULL;
  g_autoptr(GError) error = NULL;

  ta_programme_read_calendar_async (fixture->to, contents, NULL, NULL, ready_cb, &read);
  preview = ta_programme_read_calendar_finish (fixture->to, wait_for (&read), &error);
  g_assert_null (preview);
  g_assert_nonnull (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/programme-calendar/export-read-import", Fixture, NULL,
              fixture_setup, test_export_read_import, fixture_teardown);
  g_test_add ("/programme-calendar/read-error", Fixture, NULL,
              fixture_setup, test_read_error, fixture_teardown);

  return g_test_run ();
}
