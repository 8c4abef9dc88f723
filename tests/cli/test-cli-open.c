/* test-cli-open.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-open"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "ta-store-private.h"
#include "cli-fixture.h"
#include "../tmpfs-mount.h"

/*
 * turnabout-cli and the programme file: which commands may create one,
 * what a read-only, damaged or busy programme gives, standard output that
 * cannot be written, long problem lists, and --database before the
 * command.
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

static mode_t
mode_of (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = path_in (fixture, name);
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 07777;
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
           const char *participants)
{
  g_auto(Run) run = run_cli (fixture, "demo", "--database", database,
                             "--participants", participants, NULL);

  assert_run (&run, 0, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

/* check, export, suggest, ics and import --dry-run on a path where there
 * is no programme (also in a folder that does not exist): exit status 1, a
 * message naming the path, and not a file or folder made. */
static void
test_read_only_commands_create_nothing (Fixture       *fixture,
                                        gconstpointer  data)
{
  const char * const databases[] = { "missing.db", "no-such-folder/programme.db" };

  write_file (fixture, "people.csv", "name,email\nAda,ada@example.com\n", -1);

  for (guint i = 0; i < G_N_ELEMENTS (databases); i++)
    {
      const char *db = databases[i];
      Run runs[] = {
        run_cli (fixture, "check", "--database", db, NULL),
        run_cli (fixture, "export", "participants", "out.csv", "--database", db, NULL),
        run_cli (fixture, "suggest", "--database", db, NULL),
        run_cli (fixture, "suggest", "--json", "--database", db, NULL),
        run_cli (fixture, "ics", "out.ics", "--database", db, NULL),
        run_cli (fixture, "ics", "-", "--database", db, NULL),
        run_cli (fixture, "import", "--dry-run", "people.csv", "--database", db, NULL),
      };

      for (guint j = 0; j < G_N_ELEMENTS (runs); j++)
        {
          g_autofree char *listing = test_list_dir (fixture->dir);

          assert_run (&runs[j], 1, "");
          g_assert_nonnull (strstr (runs[j].err, db));
          g_assert_nonnull (strstr (runs[j].err, "nothing was created"));
          g_assert_cmpstr (listing, ==, "people.csv");
          run_clear (&runs[j]);
        }
    }
}

/* An empty file is not a programme for a command that reads; it stays
 * empty.  demo turns it into one, private. */
static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "empty.db");

  write_file (fixture, "empty.db", "", 0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  {
    g_auto(Run) run = run_cli (fixture, "check", "--database", "empty.db", NULL);
    g_autofree char *listing = test_list_dir (fixture->dir);
    g_autofree char *sum = checksum (fixture, "empty.db");

    assert_run (&run, 1, "");
    g_assert_nonnull (strstr (run.err, "“empty.db” is an empty file"));
    g_assert_cmpstr (listing, ==, "empty.db");
    g_assert_cmpstr (sum, ==,
                     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
  {
    g_auto(Run) demo = run_cli (fixture, "demo", "--database", "empty.db", "--participants", "10", NULL);
    g_auto(Run) check = run_cli (fixture, "check", "--database", "empty.db", NULL);

    assert_run (&demo, 0, "Created a sample programme of 10 participants in empty.db.\n");
    g_assert_cmpint (mode_of (fixture, "empty.db"), ==, 0600);
    assert_run (&check, 0, "No problems found.\n");
  }
}

/* A programme others may read is made private by any command. */
static void
test_tightens_permissions (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "programme.db");

  make_demo (fixture, "programme.db", "10");
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  {
    g_auto(Run) run = run_cli (fixture, "check", "--database", "programme.db", NULL);

    assert_run (&run, 0, "No problems found.\n");
    g_assert_cmpint (mode_of (fixture, "programme.db"), ==, 0600);
  }
}

/* A failed write to standard output is an error, exit status 1, for every
 * command that prints. */
static void
test_output_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full here");
      return;
    }

  make_demo (fixture, "programme.db", "40");
  write_file (fixture, "people.csv", "name,email\nAda,ada@example.com\n", -1);

  {
    Run runs[] = {
      run_cli_to_full (fixture, "check", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "suggest", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "suggest", "--json", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "ics", "-", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "export", "participants", "out.csv", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "import", "--dry-run", "people.csv", "--database", "programme.db", NULL),
      run_cli_to_full (fixture, "check", "--help", NULL),
      run_cli_to_full (fixture, "--version", NULL),
    };

    for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
      {
        assert_run (&runs[i], 1, NULL);
        g_assert_nonnull (strstr (runs[i].err, "Could not write to standard output: No space left on device"));
        run_clear (&runs[i]);
      }
  }
}

/* A truncated programme is called damaged, and left byte for byte, by
 * reading and writing commands alike. */
static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "programme.db");
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  gsize length = 0;

  make_demo (fixture, "programme.db", "60");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  write_file (fixture, "programme.db", contents, length / 2);
  write_file (fixture, "people.csv", "name,email\nAda,ada@example.com\n", -1);
  before = checksum (fixture, "programme.db");

  {
    Run runs[] = {
      run_cli (fixture, "check", "--database", "programme.db", NULL),
      run_cli (fixture, "suggest", "--database", "programme.db", NULL),
      run_cli (fixture, "demo", "--database", "programme.db", NULL),
      run_cli (fixture, "import", "people.csv", "--database", "programme.db", NULL),
    };

    for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
      {
        g_autofree char *after = checksum (fixture, "programme.db");
        g_autofree char *listing = test_list_dir (fixture->dir);

        assert_run (&runs[i], 1, "");
        g_assert_nonnull (strstr (runs[i].err, "“programme.db” is damaged; Turnabout did not change it. "
                                               "Restore a copy, or run “turnabout-cli check”."));
        g_assert_null (strstr (runs[i].err, "not a Turnabout"));
        g_assert_cmpstr (before, ==, after);
        g_assert_cmpstr (listing, ==, "people.csv programme.db");
        run_clear (&runs[i]);
      }
  }
}

/* A second writer waits the busy timeout (100 ms here, see main()) and
 * then says the programme is busy. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "programme.db");
  sqlite3 *other = NULL;

  make_demo (fixture, "programme.db", "10");
  write_file (fixture, "people.csv", "name,email\nAda Newcomer,ada.newcomer@example.com\n", -1);

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  {
    g_auto(Run) import = run_cli (fixture, "import", "people.csv", "--database", "programme.db", NULL);
    g_auto(Run) check = run_cli (fixture, "check", "--database", "programme.db", NULL);

    assert_run (&import, 1, "");
    g_assert_nonnull (strstr (import.err, "The programme is busy: another Turnabout is writing to it; try again."));
    /* Readers are not held up by a writer. */
    assert_run (&check, 0, "No problems found.\n");
  }

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  {
    g_auto(Run) import = run_cli (fixture, "import", "people.csv", "--database", "programme.db", NULL);

    assert_run (&import, 0, "Imported 1 participant: 1 added, 0 updated.\n");
  }
}

/* A programme on read-only media: the reading commands work, the writing
 * ones say "read-only media", and not a file is made beside it. */
static void
test_read_only_media (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *mount = path_in (fixture, "media");
  g_autofree char *reason = NULL;
  g_autofree char *listing = NULL;

  write_file (fixture, "people.csv", "name,email\nAda,ada@example.com\n", -1);
  if (!test_tmpfs_mount (mount, &reason))
    {
      g_test_skip (reason);
      return;
    }

  make_demo (fixture, "media/programme.db", "40");
  if (!test_tmpfs_remount_read_only (mount, &reason))
    {
      test_tmpfs_unmount (mount);
      g_test_skip (reason);
      return;
    }

  {
    g_auto(Run) check = run_cli (fixture, "check", "--database", "media/programme.db", NULL);
    g_auto(Run) suggest = run_cli (fixture, "suggest", "--json", "--database", "media/programme.db", NULL);
    g_auto(Run) export = run_cli (fixture, "export", "participants", "out.csv",
                                  "--database", "media/programme.db", NULL);
    g_auto(Run) dry_run = run_cli (fixture, "import", "--dry-run", "people.csv",
                                   "--database", "media/programme.db", NULL);
    g_auto(Run) import = run_cli (fixture, "import", "people.csv", "--database", "media/programme.db", NULL);
    g_auto(Run) demo = run_cli (fixture, "demo", "--database", "media/programme.db", NULL);

    assert_run (&check, 0, "No problems found.\n");
    assert_run (&suggest, 0, NULL);
    g_assert_true (g_str_has_prefix (suggest.out, "{"));
    assert_run (&export, 0, "Exported 40 participants to out.csv.\n");
    assert_run (&dry_run, 0, NULL);
    assert_run (&import, 1, "");
    g_assert_nonnull (strstr (import.err, "read-only media"));
    assert_run (&demo, 1, "");
    g_assert_nonnull (strstr (demo.err, "read-only media"));
  }

  listing = test_list_dir (mount);
  g_assert_cmpstr (listing, ==, "programme.db");
  test_tmpfs_unmount (mount);
}

/* A programme its owner made read-only (0400) in a writable folder: the
 * same, even for root; no -wal or -shm is left to break later writes. */
static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "programme.db");

  make_demo (fixture, "programme.db", "30");
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);

  {
    g_auto(Run) check = run_cli (fixture, "check", "--database", "programme.db", NULL);
    g_auto(Run) suggest = run_cli (fixture, "suggest", "--database", "programme.db", NULL);
    g_auto(Run) demo = run_cli (fixture, "demo", "--database", "programme.db", NULL);
    g_autofree char *listing = test_list_dir (fixture->dir);

    assert_run (&check, 0, "No problems found.\n");
    assert_run (&suggest, 0, NULL);
    assert_run (&demo, 1, "");
    g_assert_nonnull (strstr (demo.err, "is read-only"));
    g_assert_cmpstr (listing, ==, "programme.db");
  }

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  write_file (fixture, "people.csv", "name,email\nAda Newcomer,ada.newcomer@example.com\n", -1);
  {
    g_auto(Run) import = run_cli (fixture, "import", "people.csv", "--database", "programme.db", NULL);

    assert_run (&import, 0, "Imported 1 participant: 1 added, 0 updated.\n");
  }
}

/* --database before the command works as after it; two different ones
 * are a usage error. */
static void
test_database_before_command (Fixture       *fixture,
                              gconstpointer  data)
{
  {
    g_auto(Run) run = run_cli (fixture, "--database", "first.db", "demo", "--participants", "8", NULL);

    assert_run (&run, 0, "Created a sample programme of 8 participants in first.db.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "-d", "first.db", "check", NULL);

    assert_run (&run, 0, "No problems found.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "--database=first.db", "check", "--database", "first.db", NULL);

    assert_run (&run, 0, "No problems found.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "--database", "first.db", "check", "--database", "other.db", NULL);
    g_autofree char *listing = test_list_dir (fixture->dir);

    assert_run (&run, 2, "");
    g_assert_nonnull (strstr (run.err, "--database"));
    g_assert_cmpstr (listing, ==, "first.db");
  }
}

/* A failed import and a check print the first 100 problems and then how
 * many more there are. */
static void
test_long_problem_lists (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("name,email\n");
  g_autofree char *path = path_in (fixture, "programme.db");
  sqlite3 *db = NULL;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (csv, "Person %u,not-an-address-%u\n", i, i);
  write_file (fixture, "people.csv", csv->str, (gssize) csv->len);
  make_demo (fixture, "programme.db", "10");

  {
    g_auto(Run) run = run_cli (fixture, "import", "people.csv", "--database", "programme.db", NULL);

    assert_run (&run, 1, "");
    g_assert_nonnull (strstr (run.err, "people.csv:101:"));
    g_assert_null (strstr (run.err, "people.csv:102:"));
    g_assert_nonnull (strstr (run.err, "\n…and 50 more problems\n"));
    /* 100 problems, the count line, and the summary */
    g_assert_cmpuint (count_lines (run.err), ==, 102);
  }

  /* Written behind Turnabout's back: 150 people the checks refuse. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150) "
                                 "INSERT INTO participants (name, email, role, created_at, updated_at) "
                                 "SELECT 'Broken ' || i, 'broken-' || i, 'mentee', '2026-01-01T00:00:00Z', "
                                 "'2026-01-01T00:00:00Z' FROM n",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  {
    g_auto(Run) run = run_cli (fixture, "check", "--database", "programme.db", NULL);

    assert_run (&run, 1, NULL);
    g_assert_cmpuint (count_lines (run.out), ==, 101);
    g_assert_true (g_str_has_suffix (run.out, "\n…and 50 more problems\n"));
    g_assert_cmpstr (run.err, ==, "150 problems found.\n");
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
  test_tmpfs_private_namespace ();
  /* The commands inherit it: a busy programme is reported after 100 ms
   * instead of 5 s.  Set before any thread exists. */
  g_setenv ("TURNABOUT_BUSY_TIMEOUT_MS", "100", TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/cli/open/read-only-commands-create-nothing", test_read_only_commands_create_nothing);
  ADD ("/cli/open/empty-file", test_empty_file);
  ADD ("/cli/open/tightens-permissions", test_tightens_permissions);
  ADD ("/cli/open/damaged", test_damaged);
  ADD ("/cli/open/busy", test_busy);
  ADD ("/cli/open/read-only-media", test_read_only_media);
  ADD ("/cli/open/read-only-file", test_read_only_file);
  ADD ("/cli/database-before-command", test_database_before_command);
  ADD ("/cli/output/errors", test_output_errors);
  ADD ("/cli/problems/at-most-100", test_long_problem_lists);

#undef ADD

  return g_test_run ();
}
