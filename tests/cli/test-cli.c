/* test-cli.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ta-participant-csv.h"
#include "ta-store-private.h"
#include "cli-fixture.h"

/*
 * Runs the real turnabout-cli, as a facilitator or a script would: in a
 * temporary folder, always with --database, and with XDG_DATA_HOME pointing
 * into that folder so that nothing can reach a real programme.
 *
 * The binary comes as the first argument (meson passes the built target),
 * or from TURNABOUT_CLI.
 */

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static char *
read_file (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The checksum of a file, or "absent". */
static char *
checksum (Fixture    *fixture,
          const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("absent");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* The database and its write-ahead log, as one fingerprint. */
static char *
database_state (Fixture    *fixture,
                const char *name)
{
  g_autofree char *wal_name = g_strconcat (name, "-wal", NULL);
  g_autofree char *db = checksum (fixture, name);
  g_autofree char *wal = checksum (fixture, wal_name);

  return g_strconcat (db, " ", wal, NULL);
}

static TaStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  TaStore *store = ta_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
assert_run (Run        *run,
            int         status,
            const char *out)
{
  if (run->status != status)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, status);
  if (out != NULL)
    g_assert_cmpstr (run->out, ==, out);
}

static void
make_demo (Fixture    *fixture,
           const char *database,
           const char *participants,
           const char *seed)
{
  g_auto(Run) run = run_cli (fixture, "demo", "--database", database,
                             "--participants", participants, "--seed", seed, NULL);
  g_autofree char *expected = g_strdup_printf ("Created a sample programme of %s participants in %s.\n",
                                               participants, database);

  assert_run (&run, 0, expected);
}

static void
export_to (Fixture    *fixture,
           const char *database,
           const char *file)
{
  g_auto(Run) run = run_cli (fixture, "export", "participants", file, "--database", database, NULL);

  assert_run (&run, 0, NULL);
  g_assert_true (g_str_has_prefix (run.out, "Exported "));
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  const char * const commands[] = { "demo", "import", "export", "check" };

  {
    g_auto(Run) run = run_cli (fixture, "--help", NULL);

    assert_run (&run, 0, NULL);
    g_assert_nonnull (strstr (run.out, "Usage:"));
    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      g_assert_nonnull (strstr (run.out, commands[i]));
  }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = run_cli (fixture, commands[i], "--help", NULL);
      g_autofree char *usage = g_strdup_printf ("turnabout-cli %s", commands[i]);

      assert_run (&run, 0, NULL);
      g_assert_nonnull (strstr (run.out, usage));
      g_assert_nonnull (strstr (run.out, "--database"));
      g_assert_cmpstr (run.err, ==, "");
    }

  {
    g_auto(Run) run = run_cli (fixture, "--version", NULL);

    assert_run (&run, 0, NULL);
    g_assert_true (g_str_has_prefix (run.out, "turnabout-cli "));
  }

  /* Help never touched a database. */
  {
    g_autofree char *data_home = path_in (fixture, "data-home");

    g_assert_false (g_file_test (data_home, G_FILE_TEST_EXISTS));
  }
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const cases[][5] = {
    { NULL },
    { "frobnicate", NULL },
    { "--bogus", NULL },
    { "demo", "--bogus", NULL },
    { "demo", "--participants", "abc", NULL },
    { "demo", "--participants", "0", "-d", "x.db" },
    { "demo", "--participants", "100001", "-d", "x.db" },
    { "demo", "--seed", "-1", "-d", "x.db" },
    { "import", "-d", "x.db", NULL },
    { "import", "a.csv", "b.csv", "-d", "x.db" },
    { "export", "-d", "x.db", NULL },
    { "export", "pairings", "out.csv", "-d", "x.db" },
    { "check", "extra", "-d", "x.db", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = run_cli (fixture, cases[i][0], cases[i][1], cases[i][2], cases[i][3],
                                 cases[i][4], NULL);

      g_test_message ("case %u: %s", i, run.err);
      assert_run (&run, 2, "");
      g_assert_cmpstr (run.err, !=, "");
    }

  /* None of them created a database. */
  {
    g_autofree char *path = path_in (fixture, "x.db");

    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  make_demo (fixture, "programme.db", "150", "9");
  export_to (fixture, "programme.db", "first.csv");

  {
    g_auto(Run) run = run_cli (fixture, "import", "first.csv", "--database", "fresh.db", NULL);

    assert_run (&run, 0, "Imported 150 participants: 150 added, 0 updated.\n");
    g_assert_cmpstr (run.err, ==, "");
  }
  export_to (fixture, "fresh.db", "second.csv");

  first = read_file (fixture, "first.csv");
  second = read_file (fixture, "second.csv");
  g_assert_true (g_str_has_prefix (first,
                                   "name,email,role,department,job_title,career_level,birth_year,"
                                   "location,languages,offers,seeks,availability,capacity,"
                                   "reports_to,status,notes\r\n"));
  g_assert_cmpstr (first, ==, second);

  /* Importing it again updates everyone and changes nothing. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "first.csv", "--database", "fresh.db", NULL);

    assert_run (&run, 0, "Imported 150 participants: 0 added, 150 updated.\n");
  }
  export_to (fixture, "fresh.db", "third.csv");
  third = read_file (fixture, "third.csv");
  g_assert_cmpstr (first, ==, third);
}

static void
test_demo_deterministic (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(TaStore) store = NULL;

  make_demo (fixture, "a.db", "80", "5");
  make_demo (fixture, "b.db", "80", "5");
  make_demo (fixture, "c.db", "80", "6");
  export_to (fixture, "a.db", "a.csv");
  export_to (fixture, "b.db", "b.csv");
  export_to (fixture, "c.db", "c.csv");

  a = read_file (fixture, "a.csv");
  b = read_file (fixture, "b.csv");
  c = read_file (fixture, "c.csv");
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);

  /* Without options: the default size, and refused on a full database. */
  {
    g_auto(Run) run = run_cli (fixture, "demo", "--database", "d.db", NULL);

    assert_run (&run, 0, "Created a sample programme of 60 participants in d.db.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "demo", "--database", "d.db", NULL);

    assert_run (&run, 1, "");
    g_assert_nonnull (strstr (run.err, "already has participants"));
  }
  store = open_store (fixture, "d.db");
  g_assert_cmpint (ta_store_count_participants (store, NULL), ==, 60);
}

static void
test_bad_csv (Fixture       *fixture,
              gconstpointer  data)
{
  static const char bad[] =
    "name,email,birth_year,notes\n"
    "Ann,ann@example.com,abc,fine\n"          /* 2: wrong type */
    "Bob,bob@,1980,\n"                        /* 3: invalid e-mail */
    "Cem,cem@example.com,1990,\"two\n"        /* 4 */
    "lines \xFF\"\n"                          /* 5: invalid UTF-8 */
    "Dan,ANN@example.com,1985,\n"             /* 6: duplicate e-mail */
    "Eve,eve@example.com,1991,ok\n";
  g_autoptr(GError) email_error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *state_before = NULL;
  g_autofree char *state_after = NULL;
  g_autofree char *export_before = NULL;
  g_autofree char *export_after = NULL;

  g_assert_false (ta_validate_email ("bob@", &email_error));
  /* Read as UTF-8 on purpose: detected, a stray byte makes it Windows-1252
   * (test-cli-csv), and the cell is imported. */
  expected = g_strdup_printf ("Read bad.csv as UTF-8 with “,” as separator.\n"
                              "bad.csv:2: birth_year: “abc” is not a year\n"
                              "bad.csv:3: email: %s\n"
                              "bad.csv:5: notes: The text is not valid UTF-8 "
                              "(save the file as “CSV UTF-8”)\n"
                              "bad.csv:6: email: “ANN@example.com” is already used on line 2\n"
                              "turnabout-cli import: bad.csv has 4 problems; nothing was imported\n",
                              email_error->message);

  make_demo (fixture, "programme.db", "40", "1");
  export_to (fixture, "programme.db", "before.csv");
  state_before = database_state (fixture, "programme.db");
  write_file (fixture, "bad.csv", bad, sizeof bad - 1);

  {
    g_auto(Run) run = run_cli (fixture, "import", "bad.csv", "--encoding", "UTF-8",
                               "--database", "programme.db", NULL);

    assert_run (&run, 1, "");
    g_assert_cmpstr (run.err, ==, expected);
  }

  /* The same file, byte for byte, and the same participants. */
  state_after = database_state (fixture, "programme.db");
  g_assert_cmpstr (state_before, ==, state_after);

  export_to (fixture, "programme.db", "after.csv");
  export_before = read_file (fixture, "before.csv");
  export_after = read_file (fixture, "after.csv");
  g_assert_cmpstr (export_before, ==, export_after);

  {
    g_auto(Run) run = run_cli (fixture, "check", "--database", "programme.db", NULL);

    assert_run (&run, 0, "No problems found.\n");
  }

  /* A file that cannot be read. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "missing.csv", "--database", "programme.db", NULL);

    assert_run (&run, 1, "");
    g_assert_nonnull (strstr (run.err, "missing.csv"));
  }
}

static void
test_formulas (Fixture       *fixture,
               gconstpointer  data)
{
  const char *csv =
    "name,email,department,job_title,location,offers,notes\n"
    "Mallory,mallory@example.com,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
    "+1,-1,@SUM(A1:A9),\"=1+1\"\n";
  g_autofree char *exported = NULL;

  write_file (fixture, "formulas.csv", csv, -1);
  {
    g_auto(Run) run = run_cli (fixture, "import", "formulas.csv", "-d", "programme.db", NULL);

    assert_run (&run, 0, "Imported 1 participant: 1 added, 0 updated.\n");
  }
  export_to (fixture, "programme.db", "out.csv");
  exported = read_file (fixture, "out.csv");

  g_assert_cmpstr (exported, ==,
                   "name,email,role,department,job_title,career_level,birth_year,location,"
                   "languages,offers,seeks,availability,capacity,reports_to,status,notes\r\n"
                   "Mallory,mallory@example.com,mentor,"
                   "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","
                   "'+1,,,'-1,,'@SUM(A1:A9),,,1,,active,'=1+1\r\n");
}

static void
test_rfc4180 (Fixture       *fixture,
              gconstpointer  data)
{
  /* BOM, CRLF, columns in another order and case, an unknown column,
   * quoted commas, quotes and line breaks. */
  const char *csv =
    "\xEF\xBB\xBF" "Notes, EMAIL ,Shoe_Size,name,DEPARTMENT,Languages\r\n"
    "\"Line one\r\nLine \"\"two\"\"\",ann@example.com,42,\"Peeters, Ann\",\"Sales, EMEA\",nl; fr\r\n"
    ",bob@example.com,,Bob,IT,\r\n";
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autoptr(TaParticipant) bob = NULL;
  g_autofree char *exported = NULL;

  write_file (fixture, "people.csv", csv, -1);
  {
    g_auto(Run) run = run_cli (fixture, "import", "people.csv", "-d", "programme.db", NULL);

    assert_run (&run, 0, "Imported 2 participants: 2 added, 0 updated.\n");
    g_assert_cmpstr (run.err, ==,
                     "people.csv: warning: the column “Shoe_Size” is not known and was ignored\n");
  }

  store = open_store (fixture, "programme.db");
  ann = ta_store_find_participant_by_email (store, "ann@example.com", NULL);
  g_assert_nonnull (ann);
  g_assert_cmpstr (ta_participant_get_name (ann), ==, "Peeters, Ann");
  g_assert_cmpstr (ta_participant_get_department (ann), ==, "Sales, EMEA");
  g_assert_cmpstr (ta_participant_get_notes (ann), ==, "Line one\r\nLine \"two\"");
  g_assert_cmpstrv (ta_participant_get_languages (ann), ((const char * const[]) { "nl", "fr", NULL }));
  bob = ta_store_find_participant_by_email (store, "bob@example.com", NULL);
  g_assert_nonnull (bob);
  g_assert_cmpstr (ta_participant_get_department (bob), ==, "IT");
  g_clear_object (&store);

  export_to (fixture, "programme.db", "out.csv");
  exported = read_file (fixture, "out.csv");
  g_assert_nonnull (strstr (exported,
                            "\"Peeters, Ann\",ann@example.com,mentor,\"Sales, EMEA\",,,,,nl; fr,,,,1,,"
                            "active,\"Line one\r\nLine \"\"two\"\"\"\r\n"));
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TaStore) store = NULL;

  make_demo (fixture, "programme.db", "60", "2");
  export_to (fixture, "programme.db", "all.csv");
  write_file (fixture, "new.csv",
              "name,email\nNew One,new.one@example.com\nNew Two,new.two@example.com\n", -1);
  before = database_state (fixture, "programme.db");

  {
    g_auto(Run) run = run_cli (fixture, "import", "--dry-run", "all.csv", "-d", "programme.db", NULL);

    assert_run (&run, 0, "60 participants would be imported: 0 added, 60 updated. "
                         "Nothing was changed (dry run).\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "new.csv", "-d", "programme.db", "--dry-run", NULL);

    assert_run (&run, 0, "2 participants would be imported: 2 added, 0 updated. "
                         "Nothing was changed (dry run).\n");
  }

  after = database_state (fixture, "programme.db");
  g_assert_cmpstr (before, ==, after);
  store = open_store (fixture, "programme.db");
  g_assert_cmpint (ta_store_count_participants (store, NULL), ==, 60);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  make_demo (fixture, "programme.db", "60", "3");

  {
    g_auto(Run) run = run_cli (fixture, "check", "--database", "programme.db", NULL);

    assert_run (&run, 0, "No problems found.\n");
    g_assert_cmpstr (run.err, ==, "");
  }
}

static void
write_raw_database (Fixture    *fixture,
                    const char *name,
                    const char *sql)
{
  g_autofree char *path = path_in (fixture, name);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_unusable_database (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 999;"
                                          "CREATE TABLE future (x);",
                                          TA_STORE_APPLICATION_ID);
  const char * const names[] = { "newer.db", "notes.txt" };

  write_raw_database (fixture, "newer.db", sql);
  write_file (fixture, "notes.txt", "Just some notes, not a database at all.\n", -1);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *before = database_state (fixture, names[i]);
      g_autofree char *after = NULL;
      g_auto(Run) check = run_cli (fixture, "check", "--database", names[i], NULL);
      g_auto(Run) demo = run_cli (fixture, "demo", "--database", names[i], NULL);

      assert_run (&check, 1, "");
      g_assert_true (g_str_has_prefix (check.err, "turnabout-cli check: "));
      g_assert_nonnull (strstr (check.err, names[i]));
      assert_run (&demo, 1, "");

      after = database_state (fixture, names[i]);
      g_assert_cmpstr (before, ==, after);
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

  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/round-trip", test_round_trip);
  ADD ("/cli/demo/deterministic", test_demo_deterministic);
  ADD ("/cli/import/bad-csv", test_bad_csv);
  ADD ("/cli/import/rfc4180", test_rfc4180);
  ADD ("/cli/import/dry-run", test_dry_run);
  ADD ("/cli/export/formulas", test_formulas);
  ADD ("/cli/check", test_check);
  ADD ("/cli/unusable-database", test_unusable_database);

#undef ADD

  return g_test_run ();
}
