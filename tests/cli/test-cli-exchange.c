/* test-cli-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-exchange"

#include <string.h>

#include "cli-fixture.h"
#include "ta-store.h"

/*
 * turnabout-cli exchange export|import, run as a user would: a kit out of
 * a facilitator's programme built here, into a new --database (which
 * becomes personal), an update back with a shared learning, --dry-run,
 * the same update twice, refusals (exit 1, the programme unchanged) and
 * the usage errors (exit 2).
 */

static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

static char *
in_dir (Fixture    *fixture,
        const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* fac.db: one active pair with a session yesterday and one next week,
 * and another pair; returns the pair's id. */
static gint64
make_facilitator (Fixture *fixture)
{
  g_autofree char *path = in_dir (fixture, "fac.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open_full (path, TA_STORE_OPEN_CREATE, &error);
  g_autoptr(GDateTime) yesterday = days_from_now (-1, 10);
  g_autoptr(GDateTime) next_week = days_from_now (7, 10);
  gint64 mentor, mentee, pairing;

  g_assert_no_error (error);
  mentor = ta_test_add_person (store, "Anna Peeters", "anna@example.org", TA_ROLE_MENTOR, "capacity", 1,
                               "department", "Hidden Department", NULL);
  mentee = ta_test_add_person (store, "Marc Dubois", "marc@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (store, mentor, mentee, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  ta_test_add_session (store, pairing, yesterday, 60, "location", "Room 4", NULL);
  ta_test_add_session (store, pairing, next_week, 60, "location", "Room 5", NULL);
  ta_test_add_pairing (store,
                       ta_test_add_person (store, "Zoë Outsider", "zoe@example.org", TA_ROLE_MENTOR,
                                           "capacity", 1, NULL),
                       ta_test_add_person (store, "Yves Stranger", "yves@example.org", TA_ROLE_MENTEE, NULL),
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  return pairing;
}

/* In the personal programme: yesterday's session held, with a shared
 * and a private learning. */
static gint64
hold_in_personal (Fixture *fixture)
{
  g_autofree char *path = in_dir (fixture, "me.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (path, &error);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  TaSession *session;
  gint64 pairing;

  g_assert_no_error (error);
  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 1);
  pairing = ta_pairing_get_id (g_ptr_array_index (pairings, 0));
  sessions = ta_store_list_sessions_of_pairing (store, pairing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  session = g_ptr_array_index (sessions, 0);
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (session, "Shared: seniors read twice");
  ta_session_set_mentor_learned_shared (session, TRUE);
  ta_session_set_mentee_learned (session, "Private: I fear the drive");
  ta_session_set_notes (session, "Private notes");
  g_assert_true (ta_store_update_session (store, session, &error));
  g_assert_no_error (error);

  return pairing;
}

static char *
read_text (const char *path)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  return data;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 pairing = make_facilitator (fixture);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pairing);
  g_autofree char *me_db = in_dir (fixture, "me.db");
  g_autofree char *fac_db = in_dir (fixture, "fac.db");
  g_autofree char *update_path = in_dir (fixture, "update.turnabout");
  g_autofree char *update = NULL;
  g_autofree char *personal_id = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "export", "--pairing", id,
                               "kit.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Pair kit for Anna Peeters and Marc Dubois"));
    g_assert_nonnull (strstr (run.out, "Written to kit.turnabout."));
  }

  /* A dry run into a programme not made yet: the preview, and no file. */
  {
    g_auto(Run) run = run_cli (fixture, "--database", "me.db", "exchange", "import", "kit.turnabout",
                               "--dry-run", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Pair: Anna Peeters and Marc Dubois"));
    g_assert_nonnull (strstr (run.out, "+ Anna Peeters (mentor) added."));
    g_assert_nonnull (strstr (run.out, "Dry run: nothing was changed."));
    g_assert_false (g_file_test (me_db, G_FILE_TEST_EXISTS));
  }

  /* Into a new programme: personal, with exactly the pair. */
  {
    g_auto(Run) run = run_cli (fixture, "--database", "me.db", "exchange", "import", "kit.turnabout", NULL);
    g_auto(Run) list = run_cli (fixture, "--database", "me.db", "list", "participants", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Applied."));
    g_assert_nonnull (strstr (list.out, "Anna Peeters"));
    g_assert_nonnull (strstr (list.out, "Marc Dubois"));
    g_assert_null (strstr (list.out, "Zoë"));
  }

  personal_id = g_strdup_printf ("%" G_GINT64_FORMAT, hold_in_personal (fixture));
  {
    g_auto(Run) run = run_cli (fixture, "--database", "me.db", "exchange", "export", "--pairing", personal_id,
                               "update.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Your shared learning of"));
    g_assert_nonnull (strstr (run.out, "Not included: private notes and 1 unshared learning."));
  }
  update = read_text (update_path);
  g_assert_nonnull (strstr (update, "Shared: seniors read twice"));
  g_assert_null (strstr (update, "Private"));

  /* --dry-run says what changes and changes nothing. */
  before = ta_test_file_checksum (fac_db);
  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "import", "update.turnabout",
                               "--dry-run", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "~ Session on"));
    g_assert_nonnull (strstr (run.out, "Shared: seniors read twice"));
  }
  after = ta_test_file_checksum (fac_db);
  g_assert_cmpstr (before, ==, after);

  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "import", "update.turnabout", NULL);
    g_auto(Run) again = run_cli (fixture, "--database", "fac.db", "exchange", "import", "update.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Applied."));
    g_assert_cmpint (again.status, ==, 0);
    g_assert_nonnull (strstr (again.out, "Already applied"));
    g_assert_nonnull (strstr (again.out, "Nothing changes."));
  }

  /* The facilitator sees the held session and the shared learning. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TaStore) store = ta_store_open (fac_db, &error);
    g_autoptr(GPtrArray) sessions = NULL;

    g_assert_no_error (error);
    sessions = ta_store_list_sessions_of_pairing (store, pairing, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ta_session_get_status (g_ptr_array_index (sessions, 0)), ==, TA_SESSION_STATUS_HELD);
    g_assert_cmpstr (ta_session_get_mentor_learned (g_ptr_array_index (sessions, 0)), ==,
                     "Shared: seniors read twice");
    g_assert_null (ta_session_get_mentee_learned (g_ptr_array_index (sessions, 0)));
  }
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 pairing = make_facilitator (fixture);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pairing);
  g_autofree char *fac_db = in_dir (fixture, "fac.db");
  g_autofree char *kit_path = in_dir (fixture, "kit.turnabout");
  g_autofree char *bad_path = in_dir (fixture, "bad.turnabout");
  g_autofree char *me_db = in_dir (fixture, "me.db");
  g_autofree char *kit = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GString) tampered = NULL;

  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "export", "--pairing", id,
                               "kit.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 0);
  }
  kit = read_text (kit_path);
  before = ta_test_file_checksum (fac_db);

  /* A kit is not for the facilitator's programme. */
  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "import", "kit.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "is a pair kit"));
  }

  /* A changed byte of the content. */
  tampered = g_string_new (kit);
  g_string_replace (tampered, "Marc Dubois", "Marc Duboys", 1);
  g_assert_true (g_file_set_contents (bad_path, tampered->str, -1, NULL));
  {
    g_auto(Run) run = run_cli (fixture, "--database", "me.db", "exchange", "import", "bad.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "was changed after Turnabout wrote it"));
    /* Nothing made for a refused file. */
    g_assert_false (g_file_test (me_db, G_FILE_TEST_EXISTS));
  }

  /* Not an exchange file at all. */
  g_assert_true (g_file_set_contents (bad_path, "name,email\n", -1, NULL));
  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "import", "bad.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "is not a Turnabout exchange file"));
  }

  /* A newer version. */
  g_string_assign (tampered, kit);
  g_string_replace (tampered, "\"version\":1", "\"version\":7", 1);
  g_assert_true (g_file_set_contents (bad_path, tampered->str, -1, NULL));
  {
    g_auto(Run) run = run_cli (fixture, "--database", "fac.db", "exchange", "import", "bad.turnabout", NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "newer Turnabout"));
  }

  after = ta_test_file_checksum (fac_db);
  g_assert_cmpstr (before, ==, after);
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) none = run_cli (fixture, "exchange", NULL);
  g_auto(Run) what = run_cli (fixture, "exchange", "send", "x.turnabout", NULL);
  g_auto(Run) no_file = run_cli (fixture, "exchange", "import", NULL);
  g_auto(Run) no_pairing = run_cli (fixture, "exchange", "export", "x.turnabout", NULL);
  g_auto(Run) pairing_on_import = run_cli (fixture, "exchange", "import", "--pairing", "3", "x.turnabout", NULL);
  g_auto(Run) bad_me = run_cli (fixture, "exchange", "import", "--me", "boss", "x.turnabout", NULL);
  g_auto(Run) extra = run_cli (fixture, "exchange", "import", "x.turnabout", "y.turnabout", NULL);
  g_auto(Run) help = run_cli (fixture, "--help", NULL);
  g_auto(Run) missing = run_cli (fixture, "--database", "fac.db", "exchange", "import", "nothing.turnabout", NULL);
  g_autofree char *fac_db = in_dir (fixture, "fac.db");

  g_assert_cmpint (none.status, ==, 2);
  g_assert_cmpint (what.status, ==, 2);
  g_assert_cmpint (no_file.status, ==, 2);
  g_assert_cmpint (no_pairing.status, ==, 2);
  g_assert_nonnull (strstr (no_pairing.err, "--pairing"));
  g_assert_cmpint (pairing_on_import.status, ==, 2);
  g_assert_cmpint (bad_me.status, ==, 2);
  g_assert_cmpint (extra.status, ==, 2);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "exchange"));
  /* A file that is not there makes no programme. */
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_false (g_file_test (fac_db, G_FILE_TEST_EXISTS));
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

  ADD ("/cli-exchange/round-trip", test_round_trip);
  ADD ("/cli-exchange/refusals", test_refusals);
  ADD ("/cli-exchange/usage-errors", test_usage_errors);

#undef ADD

  return g_test_run ();
}
