/* test-cli-exchange-roundtrip.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-exchange-roundtrip"

#include <json-glib/json-glib.h>

#include "cli-fixture.h"
#include "ta-programme.h"
#include "test-db-dump.h"

/*
 * The round trip of docs/exchange.md through the real turnabout-cli: a
 * facilitator's demo programme writes a kit (`exchange export`), a new
 * programme takes it (`exchange import`, first with --dry-run) and becomes
 * the pair's personal one, the pair's records are made with the library
 * (the CLI has no session editor), its update goes back the same way and
 * again, and files that must be refused are, with status 1 and the
 * programme unchanged row for row.
 */

#define SHARED_LEARNING  "Shared-learning-C3P: a shared drive beats e-mail attachments"
#define PRIVATE_LEARNING "Private-learning-V8N: I was afraid of the video call button"
#define PRIVATE_NOTES    "Private-notes-J6D: my manager does not know about this"

static void
assert_run (Run        *run,
            int         status)
{
  if (run->status != status)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, status);
}

/* Whether a line of @out begins with @prefix: the preview's lines are
 * marked "+ " (ADD), "~ " (UPDATE) and "= " (KEEP). */
static gboolean
has_line (const char *out,
          const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return TRUE;
  return FALSE;
}

static char *
in_fixture (Fixture    *fixture,
            const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static TaProgramme *
open_programme (const char *path)
{
  g_autoptr(GError) error = NULL;
  TaProgramme *programme = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (programme);
  return programme;
}

static GDateTime *
three_days_ago (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -3);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 7, 15, 0);
}

/* The facilitator's side, made with the library: the first active pair,
 * with a planned session three days ago that the pair will hold, and the
 * facilitator's address.  Returns the pair's id. */
static gint64
prepare_facilitator (const char *path,
                     gint64     *out_session)
{
  g_autoptr(TaProgramme) programme = open_programme (path);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GDateTime) start = three_days_ago ();
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pairing = 0;

  g_assert_true (ta_programme_set_facilitator_email (programme, "facilitator@example.org", &error));
  g_assert_no_error (error);
  pairings = ta_programme_list_pairings (programme, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len && pairing == 0; i++)
    if (ta_pairing_get_status (g_ptr_array_index (pairings, i)) == TA_PAIRING_STATUS_ACTIVE)
      pairing = ta_pairing_get_id (g_ptr_array_index (pairings, i));
  g_assert_cmpint (pairing, >, 0);

  session = ta_session_new_one_on_one (pairing, start, 60);
  ta_session_set_location (session, "Room CLI");
  g_assert_true (ta_programme_add_session (programme, session, &error));
  g_assert_no_error (error);
  *out_session = ta_session_get_id (session);
  return pairing;
}

/* The pair's side: the session held, the mentor's learning shared, the
 * mentee's kept, private notes, and a relationship check answered. */
static gint64
record_on_personal_side (const char *path)
{
  g_autoptr(TaProgramme) programme = open_programme (path);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) start = three_days_ago ();
  g_autoptr(TaCheckIn) check_in = NULL;
  g_autoptr(GError) error = NULL;
  TaSession *held = NULL;
  gint64 pairing;
  gint64 me;

  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  me = ta_programme_get_me (programme);
  pairings = ta_programme_list_pairings (programme, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 1);
  pairing = ta_pairing_get_id (g_ptr_array_index (pairings, 0));

  sessions = ta_programme_list_sessions_of_pairing (programme, pairing, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    if (g_date_time_equal (ta_session_get_starts_at (g_ptr_array_index (sessions, i)), start))
      held = g_ptr_array_index (sessions, i);
  g_assert_nonnull (held);
  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_notes (held, PRIVATE_NOTES);
  ta_session_set_mentor_learned (held, SHARED_LEARNING);
  ta_session_set_mentee_learned (held, PRIVATE_LEARNING);
  ta_session_set_mentor_rating (held, 5);
  ta_session_set_mentor_learned_shared (held, TRUE);
  g_assert_true (ta_programme_update_session (programme, held, &error));
  g_assert_no_error (error);

  check_in = ta_check_in_new (pairing, TA_CHECK_IN_RELATIONSHIP,
                              me == ta_pairing_get_mentor_id (g_ptr_array_index (pairings, 0))
                              ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE);
  ta_check_in_set_quality (check_in, 3);
  g_assert_true (ta_programme_add_check_in (programme, check_in, &error));
  g_assert_no_error (error);
  return pairing;
}

/* `exchange import` of a file that must be refused: status 1, a message,
 * and the programme unchanged. */
static void
assert_import_refused (Fixture    *fixture,
                       const char *file,
                       const char *database)
{
  g_autofree char *path = in_fixture (fixture, database);
  g_autofree char *before = ta_test_db_dump (path);
  g_autofree char *after = NULL;
  g_auto(Run) run = run_cli (fixture, "exchange", "import", file, "-d", database, NULL);

  assert_run (&run, 1);
  g_assert_cmpstr (run.err, !=, "");
  g_test_message ("%s refused: %s", file, run.err);
  after = ta_test_db_dump (path);
  g_assert_cmpstr (after, ==, before);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *facilitator = in_fixture (fixture, "facilitator.db");
  g_autofree char *personal = in_fixture (fixture, "personal.db");
  g_autofree char *kit = in_fixture (fixture, "kit.turnabout");
  g_autofree char *update = in_fixture (fixture, "update.turnabout");
  g_autofree char *pairing_text = NULL;
  g_autofree char *personal_pairing_text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pairing;
  gint64 session = 0;

  {
    g_auto(Run) run = run_cli (fixture, "demo", "--participants", "60", "--seed", "1", "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
  }
  pairing = prepare_facilitator (facilitator, &session);
  pairing_text = g_strdup_printf ("%" G_GINT64_FORMAT, pairing);

  /* Kit out: writing reads only. */
  before = ta_test_db_dump (facilitator);
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "export", "--pairing", pairing_text, "kit.turnabout",
                               "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
  }
  after = ta_test_db_dump (facilitator);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (kit, G_FILE_TEST_IS_REGULAR));
  text = ta_test_db_query_text (facilitator, "SELECT value FROM settings WHERE key = 'programme-id'");
  {
    g_autofree char *kit_text = NULL;

    g_assert_true (g_file_get_contents (kit, &kit_text, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (kit_text, "{\"format\":\"turnabout-exchange\""));
    g_assert_nonnull (strstr (kit_text, text));
  }
  g_clear_pointer (&text, g_free);

  /* Kit in, first as a dry run into an empty programme: nothing changes. */
  g_object_unref (open_programme (personal));
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = ta_test_db_dump (personal);
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "kit.turnabout", "--dry-run", "-d", "personal.db", NULL);

    assert_run (&run, 0);
    g_assert_true (has_line (run.out, "+ "));
  }
  after = ta_test_db_dump (personal);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (ta_test_db_query_int (personal, "SELECT count(*) FROM participants"), ==, 0);

  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "kit.turnabout", "-d", "personal.db", NULL);

    assert_run (&run, 0);
  }
  g_assert_cmpint (ta_test_db_query_int (personal, "SELECT count(*) FROM participants"), ==, 2);
  g_assert_cmpint (ta_test_db_query_int (personal, "SELECT count(*) FROM pairings"), ==, 1);
  text = ta_test_db_query_text (personal, "SELECT value FROM settings WHERE key = 'programme-side'");
  g_assert_cmpstr (text, ==, "personal");
  g_clear_pointer (&text, g_free);

  /* The pair's records, then the update out. */
  personal_pairing_text = g_strdup_printf ("%" G_GINT64_FORMAT, record_on_personal_side (personal));
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "export", "--pairing", personal_pairing_text, "update.turnabout",
                               "-d", "personal.db", NULL);

    assert_run (&run, 0);
  }
  g_assert_true (g_file_get_contents (update, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, SHARED_LEARNING));
  g_assert_null (strstr (text, PRIVATE_LEARNING));
  g_assert_null (strstr (text, PRIVATE_NOTES));
  g_assert_nonnull (strstr (text, "\"pair-update\""));

  /* Update in: a dry run first changes nothing and says what would. */
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = ta_test_db_dump (facilitator);
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "update.turnabout", "--dry-run",
                               "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
    g_assert_true (has_line (run.out, "~ "));
    g_assert_null (strstr (run.out, PRIVATE_LEARNING));
  }
  after = ta_test_db_dump (facilitator);
  g_assert_cmpstr (after, ==, before);

  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "update.turnabout", "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
  }
  sql = g_strdup_printf ("SELECT status || '|' || coalesce (mentor_learned, '') || '|' || "
                         "coalesce (mentee_learned, '') || '|' || coalesce (notes, '') "
                         "FROM sessions WHERE id = %" G_GINT64_FORMAT, session);
  g_clear_pointer (&text, g_free);
  text = ta_test_db_query_text (facilitator, sql);
  g_assert_cmpstr (text, ==, "held|" SHARED_LEARNING "||");
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count(*) FROM check_ins WHERE pairing_id = %" G_GINT64_FORMAT
                         " AND quality = 3 AND source = 'exchange'", pairing);
  g_assert_cmpint (ta_test_db_query_int (facilitator, sql), ==, 1);

  /* The same update again: status 0, nothing changes. */
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);
  before = ta_test_db_dump (facilitator);
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "update.turnabout", "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
    g_assert_true (has_line (run.out, "= Already applied; nothing changes."));
    g_assert_false (has_line (run.out, "+ "));
    g_assert_false (has_line (run.out, "~ "));
  }
  after = ta_test_db_dump (facilitator);
  g_assert_cmpstr (after, ==, before);

  /* Refused: a tampered update, a kit at the facilitator's, an update at
   * the pair's, a file that is not one. */
  {
    g_autofree char *tampered = in_fixture (fixture, "tampered.turnabout");
    g_autofree char *garbage = in_fixture (fixture, "garbage.turnabout");
    char *found;

    g_clear_pointer (&text, g_free);
    g_assert_true (g_file_get_contents (update, &text, NULL, &error));
    g_assert_no_error (error);
    found = strstr (text, "Shared-learning-C3P");
    g_assert_nonnull (found);
    found[strlen ("Shared-learning-C3")] = 'Q';
    g_assert_true (g_file_set_contents (tampered, text, -1, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (garbage, "not JSON at all\n", -1, &error));
    g_assert_no_error (error);

    assert_import_refused (fixture, "tampered.turnabout", "facilitator.db");
    assert_import_refused (fixture, "kit.turnabout", "facilitator.db");
    assert_import_refused (fixture, "update.turnabout", "personal.db");
    assert_import_refused (fixture, "garbage.turnabout", "facilitator.db");
  }
}

#define ME_IS_MENTOR "SELECT count(*) FROM pairings WHERE mentor_id = " \
                     "(SELECT value FROM settings WHERE key = 'me')"
#define ME_IS_MENTEE "SELECT count(*) FROM pairings WHERE mentee_id = " \
                     "(SELECT value FROM settings WHERE key = 'me')"

/* A kit into a database that does not exist yet: the dry run says what
 * the import would do and leaves no file; the import makes the file a
 * personal programme of the pair, "me" the mentor or, with --me, the
 * mentee. */
static void
test_new_database (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *facilitator = in_fixture (fixture, "facilitator.db");
  g_autofree char *fresh = in_fixture (fixture, "fresh.db");
  g_autofree char *mentee = in_fixture (fixture, "mentee.db");
  g_autofree char *pairing_text = NULL;
  g_autofree char *side = NULL;
  gint64 session = 0;

  {
    g_auto(Run) run = run_cli (fixture, "demo", "--participants", "60", "--seed", "1", "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
  }
  pairing_text = g_strdup_printf ("%" G_GINT64_FORMAT, prepare_facilitator (facilitator, &session));
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "export", "--pairing", pairing_text, "kit.turnabout",
                               "-d", "facilitator.db", NULL);

    assert_run (&run, 0);
  }

  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "kit.turnabout", "--dry-run", "-d", "fresh.db", NULL);

    assert_run (&run, 0);
    g_assert_cmpstr (run.out, !=, "");
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "kit.turnabout", "-d", "fresh.db", NULL);

    assert_run (&run, 0);
  }
  g_assert_cmpint (ta_test_db_query_int (fresh, "SELECT count(*) FROM participants"), ==, 2);
  side = ta_test_db_query_text (fresh, "SELECT value FROM settings WHERE key = 'programme-side'");
  g_assert_cmpstr (side, ==, "personal");
  /* A kit for both: "me" is the mentor unless --me says otherwise. */
  g_assert_cmpint (ta_test_db_query_int (fresh, ME_IS_MENTOR), ==, 1);
  {
    g_auto(Run) run = run_cli (fixture, "exchange", "import", "kit.turnabout", "--me", "mentee", "-d", "mentee.db",
                               NULL);

    assert_run (&run, 0);
  }
  g_assert_cmpint (ta_test_db_query_int (mentee, ME_IS_MENTOR), ==, 0);
  g_assert_cmpint (ta_test_db_query_int (mentee, ME_IS_MENTEE), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  g_setenv ("TZ", "Europe/Brussels", TRUE);
  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

  g_test_add ("/cli/exchange/round-trip", Fixture, NULL, fixture_setup, test_round_trip, fixture_teardown);
  g_test_add ("/cli/exchange/new-database", Fixture, NULL, fixture_setup, test_new_database, fixture_teardown);

  return g_test_run ();
}
