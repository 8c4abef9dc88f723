/* test-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-list"

#include <string.h>

#include "cli-fixture.h"
#include "ta-store.h"

/* turnabout-cli list participants|pairings [--json], and text that stays
 * UTF-8 when no locale is set. */

#define HOSTILE_NAME "Chloé \"Clo\" D'Haese \\ 🎉"

/* A programme of three people, one pairing between the first two. */
static char *
make_programme (Fixture *fixture)
{
  char *database = g_build_filename (fixture->dir, "programme.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (database, &error);
  const struct { const char *name; const char *email; TaRole role; } people[] = {
    { HOSTILE_NAME, "chloe@example.be", TA_ROLE_MENTOR },
    { "Ruben Desmet", "ruben@example.be", TA_ROLE_MENTEE },
    { "Ana Lopes", "ana@example.be", TA_ROLE_MENTEE },
  };
  gint64 ids[G_N_ELEMENTS (people)];
  g_autoptr(TaPairing) pairing = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    ids[i] = ta_test_add_person (store, people[i].name, people[i].email, people[i].role,
                                 "capacity", people[i].role == TA_ROLE_MENTOR ? 2 : 0, NULL);
  pairing = ta_test_add_pairing_record (store, ids[0], ids[1], "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  g_assert_cmpint (ids[0], ==, 1);
  g_assert_cmpint (ta_pairing_get_id (pairing), ==, 1);

  return database;
}

/* run_cli() with no locale at all in the environment, as under cron. */
static Run
run_cli_without_locale (Fixture    *fixture,
                        const char *first,
                        ...)
{
  const RunOptions options = { .no_locale = TRUE };
  va_list args;
  Run run;

  va_start (args, first);
  run = run_cli_valist (fixture, &options, first, args);
  va_end (args);
  return run;
}

static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_auto(Run) run = run_cli (fixture, "list", "participants", "--database", database, NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "1  " HOSTILE_NAME " <chloe@example.be>\n"
                   "2  Ruben Desmet <ruben@example.be>\n"
                   "3  Ana Lopes <ana@example.be>\n");
}

static void
test_pairings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  /* --database before the command, as the tool's own option. */
  g_auto(Run) run = run_cli (fixture, "--database", database, "list", "pairings", NULL);

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==,
                   "1  " HOSTILE_NAME " <chloe@example.be> → Ruben Desmet <ruben@example.be> (Active)\n");
}

/* The JSON, exactly; and, when a Python is at hand, read back by its
 * json module to the same names. */
static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *python = g_find_program_in_path ("python3");
  g_auto(Run) people = run_cli (fixture, "list", "participants", "--json", "--database", database, NULL);
  g_auto(Run) pairs = run_cli (fixture, "list", "pairings", "--json", "--database", database, NULL);

  g_assert_cmpint (people.status, ==, 0);
  g_assert_cmpstr (people.out, ==,
                   "[\n"
                   "  {\"id\": 1, \"name\": \"Chloé \\\"Clo\\\" D'Haese \\\\ 🎉\", \"email\": \"chloe@example.be\"},\n"
                   "  {\"id\": 2, \"name\": \"Ruben Desmet\", \"email\": \"ruben@example.be\"},\n"
                   "  {\"id\": 3, \"name\": \"Ana Lopes\", \"email\": \"ana@example.be\"}\n"
                   "]\n");
  g_assert_cmpint (pairs.status, ==, 0);
  g_assert_cmpstr (pairs.out, ==,
                   "[\n"
                   "  {\"id\": 1, \"mentor\": {\"id\": 1, \"name\": \"Chloé \\\"Clo\\\" D'Haese \\\\ 🎉\", "
                   "\"email\": \"chloe@example.be\"}, \"mentee\": {\"id\": 2, \"name\": \"Ruben Desmet\", "
                   "\"email\": \"ruben@example.be\"}, \"status\": \"active\"}\n"
                   "]\n");

  if (python != NULL)
    {
      const char *script = "import json, sys\n"
                           "data = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                           "sys.stdout.buffer.write((data[0]['mentor']['name'] + '|' + data[0]['status']).encode())\n";
      g_autofree char *path = g_build_filename (fixture->dir, "pairs.json", NULL);
      const char *argv[] = { python, "-c", script, path, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_assert_true (g_file_set_contents (path, pairs.out, -1, NULL));
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpstr (out, ==, HOSTILE_NAME "|active");
    }
}

/* With LANG and LC_ALL unset (the C locale), names still come out as
 * UTF-8, on standard output and in error messages, never as "?". */
static void
test_utf8_without_locale (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *missing = g_build_filename (fixture->dir, "Chloé", "programme.db", NULL);

  {
    g_auto(Run) run = run_cli_without_locale (fixture, "list", "participants", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Chlo\xc3\xa9 "));
    g_assert_nonnull (strstr (run.out, "\xf0\x9f\x8e\x89"));
    g_assert_null (strchr (run.out, '?'));
  }
  {
    g_auto(Run) run = run_cli_without_locale (fixture, "list", "pairings", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Chlo\xc3\xa9 "));
    g_assert_nonnull (strstr (run.out, " \xe2\x86\x92 "));  /* → */
  }
  {
    g_auto(Run) run = run_cli_without_locale (fixture, "list", "participants", "--database", missing, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "Chlo\xc3\xa9"));
    g_assert_null (strstr (run.err, "Chlo?"));
  }
}

/* Only reads: a programme nobody may write is listed, and left as it was. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *contents = NULL;
  g_autofree char *after = NULL;
  gsize length = 0;
  gsize after_length = 0;

  g_assert_true (g_file_get_contents (database, &contents, &length, NULL));
  g_assert_cmpint (g_chmod (database, 0400), ==, 0);

  {
    g_auto(Run) run = run_cli (fixture, "list", "pairings", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Ruben Desmet"));
  }

  g_assert_true (g_file_get_contents (database, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);
  g_chmod (database, 0600);
}

/* Output that cannot be written (a full disk) is a failure. */
static void
test_output_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *database = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full here");
      return;
    }

  database = make_programme (fixture);
  {
    Run runs[] = {
      run_cli_to_full (fixture, "list", "participants", "--database", database, NULL),
      run_cli_to_full (fixture, "list", "pairings", "--json", "--database", database, NULL),
    };

    for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
      {
        g_assert_cmpint (runs[i].status, ==, 1);
        g_assert_nonnull (strstr (runs[i].err, "Could not write to standard output: No space left on device"));
        run_clear (&runs[i]);
      }
  }
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *absent = g_build_filename (fixture->dir, "absent.db", NULL);

  {
    g_auto(Run) run = run_cli (fixture, "list", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "participants or pairings"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "list", "sessions", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "Cannot list “sessions”"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "list", "participants", "extra", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "list", "--help", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--json"));
  }
  /* Listing never makes a programme. */
  {
    g_auto(Run) run = run_cli (fixture, "list", "participants", "--database", absent, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_false (g_file_test (absent, G_FILE_TEST_EXISTS));
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

  ADD ("/list/participants", test_participants);
  ADD ("/list/pairings", test_pairings);
  ADD ("/list/json", test_json);
  ADD ("/list/utf8-without-locale", test_utf8_without_locale);
  ADD ("/list/read-only", test_read_only);
  ADD ("/list/output-errors", test_output_errors);
  ADD ("/list/usage-errors", test_usage_errors);

#undef ADD

  return g_test_run ();
}
