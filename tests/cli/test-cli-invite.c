/* test-cli-invite.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-invite"

#include <sqlite3.h>
#include <string.h>

#include "cli-fixture.h"
#include "ta-store.h"
#include "ta-store-invitations.h"

/* turnabout-cli invite SESSION_ID FILE.ics [--organizer EMAIL] [--series]
 * [--cancel], and turnabout-cli import REPLY.ics. */

/* The programme id of the REPLY fixtures' UIDs (tests/model/data) */
#define PROGRAMME_ID "5f0c6a52-3d1e-4b8a-9c2f-0a1b2c3d4e5f"

/* Ada mentors Grace; session 1 on 2027-03-10 09:00 UTC; series 1 of four
 * weekly sessions from 2027-04-06.  @facilitator: the address in
 * Preferences, or NULL. */
static char *
make_programme (Fixture    *fixture,
                const char *facilitator)
{
  char *database = g_build_filename (fixture->dir, "programme.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (database, &error);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 3, 10, 9, 0, 0);
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2027-04-06", 1, "10:00", "Europe/Brussels");
  g_autofree char *id = NULL;
  sqlite3 *db = NULL;
  gint64 ada, grace, pairing;

  g_assert_no_error (error);
  ada = ta_test_add_person (store, "Ada Lovelace", "ada@example.org", TA_ROLE_MENTOR, "capacity", 2, NULL);
  grace = ta_test_add_person (store, "Grace Hopper", "grace@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (store, ada, grace, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  g_assert_cmpint (ta_test_add_session (store, pairing, start, 60, "location", "Room 4", NULL), ==, 1);
  rule->count = 4;
  g_assert_cmpint (ta_store_add_series (store, pairing, rule, 60, "Room 4", NULL, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (ta_store_set_facilitator_email (store, facilitator, &error));
  g_assert_no_error (error);
  id = ta_store_get_programme_id (store, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (database, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE settings SET value = '" PROGRAMME_ID "' "
                                     "WHERE key = 'programme-id'", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return database;
}

static char *
read_text (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static Run
run_english (Fixture    *fixture,
             const char *first,
             ...)
{
  const RunOptions options = { .english = TRUE };
  va_list args;
  Run run;

  va_start (args, first);
  run = run_cli_valist (fixture, &options, first, args);
  va_end (args);
  return run;
}

static void
test_without_organizer (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "invitation.ics", NULL);
  g_auto(Run) run = run_english (fixture, "invite", "1", "invitation.ics", "--database", database, NULL);

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "Set the facilitator’s e-mail address in Preferences, or give --organizer"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_with_organizer (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture, NULL);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "invitation.ics", NULL);
  GStatBuf buf;
  g_auto(Run) run = run_english (fixture, "invite", "1", "invitation.ics", "--organizer", "org@example.org",
                                 "--database", database, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "invitation.ics"));
  text = read_text (fixture, "invitation.ics");
  g_assert_nonnull (strstr (text, "\r\nMETHOD:REQUEST\r\n"));
  g_assert_nonnull (strstr (text, "\r\nORGANIZER;CN=org@example.org:mailto:org@example.org\r\n"));
  g_assert_nonnull (strstr (text, "\r\nUID:session-1-" PROGRAMME_ID "@turnabout\r\n"));
  g_assert_nonnull (strstr (text, "\r\nSEQUENCE:0\r\n"));
  g_assert_nonnull (strstr (text, "RSVP=TRUE"));
  /* Who meets whom, and when: for its owner only */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
}

static void
test_with_preferences (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture, "fac@example.org");
  g_autofree char *first = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *cancel = NULL;
  g_autofree char *series = NULL;

  {
    g_auto(Run) run = run_cli (fixture, "invite", "1", "invitation.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    first = read_text (fixture, "invitation.ics");
    g_assert_nonnull (strstr (first, "\r\nORGANIZER;CN=fac@example.org:mailto:fac@example.org\r\n"));
    g_assert_nonnull (strstr (first, "\r\nSEQUENCE:0\r\n"));
  }

  /* Moved: the next one is SEQUENCE 1 */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TaStore) store = ta_store_open (database, &error);
    g_autoptr(TaSession) session = ta_store_get_session (store, 1, &error);
    g_autoptr(GDateTime) later = g_date_time_new_utc (2027, 3, 11, 9, 0, 0);
    gboolean outdated = FALSE;

    g_assert_no_error (error);
    ta_session_set_starts_at (session, later);
    g_assert_true (ta_store_update_session (store, session, &error));
    g_assert_no_error (error);
    g_assert_true (ta_store_invitation_is_outdated (store, 1, &outdated, &error));
    g_assert_true (outdated);
  }
  {
    g_auto(Run) run = run_cli (fixture, "invite", "1", "invitation.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    moved = read_text (fixture, "invitation.ics");
    g_assert_nonnull (strstr (moved, "\r\nSEQUENCE:1\r\n"));
    g_assert_nonnull (strstr (moved, "\r\nDTSTART;TZID=Europe/Brussels:20270311T100000\r\n"));
  }

  /* --cancel */
  {
    g_auto(Run) run = run_cli (fixture, "invite", "1", "cancel.ics", "--cancel", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    cancel = read_text (fixture, "cancel.ics");
    g_assert_nonnull (strstr (cancel, "\r\nMETHOD:CANCEL\r\n"));
    g_assert_nonnull (strstr (cancel, "\r\nSTATUS:CANCELLED\r\n"));
    g_assert_nonnull (strstr (cancel, "\r\nSEQUENCE:2\r\n"));
  }

  /* --series: the series' UID and its RRULE */
  {
    g_auto(Run) run = run_cli (fixture, "invite", "3", "series.ics", "--series", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    series = read_text (fixture, "series.ics");
    g_assert_nonnull (strstr (series, "\r\nUID:series-1-" PROGRAMME_ID "@turnabout\r\n"));
    g_assert_nonnull (strstr (series, "\r\nRRULE:FREQ=WEEKLY;COUNT=4"));
  }
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture, "fac@example.org");
  g_autofree char *written = g_build_filename (fixture->dir, "a.ics", NULL);
  const char *cases[][4] = {
    { "invite", NULL },
    { "invite", "1", NULL },
    { "invite", "one", "a.ics", NULL },
    { "invite", "0", "a.ics", NULL },
    { "invite", "1", "a.ics", "extra" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[8] = { 0 };
      guint n = 0;

      for (guint j = 0; j < 4 && cases[i][j] != NULL; j++)
        args[n++] = cases[i][j];
      args[n++] = "--database";
      args[n++] = database;

      {
        const RunOptions options = { 0 };
        g_auto(Run) run = run_cli_argv (fixture, &options, args);

        g_assert_cmpint (run.status, ==, 2);
        g_assert_cmpstr (run.out, ==, "");
        g_assert_cmpstr (run.err, !=, "");
      }
    }

  {
    g_auto(Run) run = run_cli (fixture, "invite", "1", "a.ics", "--organizer", "nobody",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    /* No such session: the command ran and failed */
    g_auto(Run) run = run_cli (fixture, "invite", "99", "a.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (written, G_FILE_TEST_EXISTS));
  }
}

static void
test_import_reply (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture, "fac@example.org");
  g_autofree char *google = g_test_build_filename (G_TEST_DIST, "model", "data", "reply-google.ics", NULL);
  g_autofree char *unknown = g_build_filename (fixture->dir, "unknown.ics", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_auto(Run) run = run_cli (fixture, "invite", "1", "invitation.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = run_english (fixture, "import", google, "--database", database, NULL);
    g_autofree char *expected = g_strdup_printf ("%s:12: session-1-" PROGRAMME_ID "@turnabout: "
                                                 "grace@example.org: accepted\n", google);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_str_has_prefix (run.out, expected));
    g_assert_nonnull (strstr (run.out, "Recorded 1 answer; 0 skipped."));
  }
  {
    g_autoptr(TaStore) store = ta_store_open (database, &error);
    g_autoptr(GPtrArray) responses = ta_store_list_session_responses (store, 1, &error);
    gboolean grace = FALSE;

    g_assert_no_error (error);
    g_assert_cmpuint (responses->len, ==, 2);
    for (guint i = 0; i < responses->len; i++)
      {
        TaStoreSessionResponse *response = g_ptr_array_index (responses, i);

        if (g_str_equal (response->email, "grace@example.org"))
          {
            g_assert_cmpstr (response->response, ==, "accepted");
            grace = TRUE;
          }
        else
          g_assert_null (response->response);
      }
    g_assert_true (grace);
  }

  /* An unknown UID: said where, and nothing recorded */
  g_file_set_contents (unknown,
                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\n"
                       "BEGIN:VEVENT\r\nUID:abc@example.org\r\nDTSTAMP:20270301T100000Z\r\n"
                       "ATTENDEE;PARTSTAT=DECLINED:mailto:ada@example.org\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n", -1, &error);
  g_assert_no_error (error);
  {
    g_auto(Run) run = run_english (fixture, "import", "unknown.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.err, "unknown.ics:8: abc@example.org: "));
    g_assert_nonnull (strstr (run.out, "Recorded 0 answers; 1 skipped."));
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/invite/without-organizer", test_without_organizer);
  ADD ("/invite/with-organizer", test_with_organizer);
  ADD ("/invite/with-preferences", test_with_preferences);
  ADD ("/invite/usage-errors", test_usage_errors);
  ADD ("/invite/import-reply", test_import_reply);

#undef ADD

  return g_test_run ();
}
