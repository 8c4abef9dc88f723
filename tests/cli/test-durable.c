/* test-durable.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-durable"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "ta-store.h"
#include "cli-fixture.h"
#include "test-tmpfs.h"

/*
 * What turnabout-cli leaves behind when things go wrong: exports onto a
 * full disk keep the old file byte for byte and leave no temporary file,
 * every file it writes is 0600, and `demo` killed at any moment or out of
 * disk leaves either nothing or the whole sample programme.
 */

typedef struct
{
  Fixture  base;
  char    *small;    /* a small tmpfs in the fixture's folder, when mounted */
  gboolean mounted;
} Durable;

static void
durable_setup (Durable       *fixture,
               gconstpointer  data)
{
  fixture_setup (&fixture->base, data);
  fixture->small = g_build_filename (fixture->base.dir, "small", NULL);
}

static void
durable_teardown (Durable       *fixture,
                  gconstpointer  data)
{
  if (fixture->mounted)
    test_tmpfs_unmount (fixture->small);
  g_clear_pointer (&fixture->small, g_free);
  fixture_teardown (&fixture->base, data);
}

static gboolean
mount_small (Durable    *fixture,
             const char *size)
{
  g_autofree char *reason = NULL;

  fixture->mounted = test_tmpfs_mount (fixture->small, size, &reason);
  if (!fixture->mounted)
    g_test_skip (reason);
  return fixture->mounted;
}

static void
assert_run (Run *run,
            int  status)
{
  if (run->status != status)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, status);
}

static char *
read_file (Durable    *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static guint
mode_of (Durable    *fixture,
         const char *name)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, name, NULL);
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 07777;
}

static void
make_demo (Durable    *fixture,
           const char *database,
           const char *participants)
{
  g_auto(Run) run = run_cli (&fixture->base, "demo", "--participants", participants,
                             "--seed", "4", "--database", database, NULL);

  assert_run (&run, 0);
}

/* Exports */

/* New files, and files someone else made readable by all, are 0600. */
static void
test_export_private (Durable       *fixture,
                     gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (fixture->base.dir, "old.csv", NULL);
  g_autofree char *ics_path = g_build_filename (fixture->base.dir, "old.ics", NULL);

  make_demo (fixture, "programme.db", "30");

  {
    g_auto(Run) csv = run_cli (&fixture->base, "export", "participants", "new.csv",
                               "-d", "programme.db", NULL);
    g_auto(Run) ics = run_cli (&fixture->base, "ics", "new.ics", "-d", "programme.db", NULL);

    assert_run (&csv, 0);
    assert_run (&ics, 0);
    g_assert_cmpuint (mode_of (fixture, "new.csv"), ==, 0600);
    g_assert_cmpuint (mode_of (fixture, "new.ics"), ==, 0600);
  }

  g_assert_true (g_file_set_contents (csv_path, "old", 3, NULL));
  g_assert_true (g_file_set_contents (ics_path, "old", 3, NULL));
  g_assert_cmpint (g_chmod (csv_path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (ics_path, 0644), ==, 0);

  {
    g_auto(Run) csv = run_cli (&fixture->base, "export", "participants", "old.csv",
                               "-d", "programme.db", NULL);
    g_auto(Run) ics = run_cli (&fixture->base, "ics", "old.ics", "-d", "programme.db", NULL);
    g_autofree char *new_csv = read_file (fixture, "new.csv");
    g_autofree char *old_csv = read_file (fixture, "old.csv");

    assert_run (&csv, 0);
    assert_run (&ics, 0);
    g_assert_cmpstr (old_csv, ==, new_csv);
    g_assert_cmpuint (mode_of (fixture, "old.csv"), ==, 0600);
    g_assert_cmpuint (mode_of (fixture, "old.ics"), ==, 0600);
  }
}

/* Runs an export onto the full disk: it fails with exit status 1, says
 * which file and that the old one is unchanged, and prints no success. */
static void
assert_export_fails (Durable    *fixture,
                     const char *what,
                     const char *file,
                     const char *old_contents)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, file, NULL);
  g_auto(Run) run = { 0 };

  if (g_str_equal (what, "ics"))
    run = run_cli (&fixture->base, "ics", file, "-d", "programme.db", NULL);
  else
    run = run_cli (&fixture->base, "export", "participants", file, "-d", "programme.db", NULL);

  assert_run (&run, 1);
  g_assert_cmpstr (run.out, ==, "");

  /* The old file byte for byte, or still no file. */
  if (old_contents != NULL)
    {
      g_autofree char *after = read_file (fixture, file);

      g_assert_cmpuint (strlen (after), ==, strlen (old_contents));
      g_assert_true (g_str_equal (after, old_contents));
      g_assert_cmpuint (mode_of (fixture, file), ==, 0600);
    }
  else
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_nonnull (strstr (run.err, file));
  g_assert_nonnull (strstr (run.err, "No space left on device"));
  if (old_contents != NULL)
    g_assert_nonnull (strstr (run.err, "the previous file is unchanged"));
}

static void
test_export_full_disk (Durable       *fixture,
                       gconstpointer  data)
{
  g_autofree char *csv = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *listing = NULL;

  if (!mount_small (fixture, "128k"))
    return;

  make_demo (fixture, "programme.db", "60");

  {
    g_auto(Run) first_csv = run_cli (&fixture->base, "export", "participants",
                                     "small/participants.csv", "-d", "programme.db", NULL);
    g_auto(Run) first_ics = run_cli (&fixture->base, "ics", "small/sessions.ics",
                                     "-d", "programme.db", NULL);

    assert_run (&first_csv, 0);
    assert_run (&first_ics, 0);
  }
  csv = read_file (fixture, "small/participants.csv");
  ics = read_file (fixture, "small/sessions.ics");
  g_assert_cmpuint (strlen (csv), >, 4096);
  g_assert_cmpuint (strlen (ics), >, 4096);

  /* Something changes, so that the next export differs from the old one. */
  {
    g_autofree char *more = g_build_filename (fixture->base.dir, "more.csv", NULL);
    g_auto(Run) import = { 0 };

    g_assert_true (g_file_set_contents (more, "name,email\nZoe Late,zoe.late@example.org\n", -1, NULL));
    import = run_cli (&fixture->base, "import", "more.csv", "-d", "programme.db", NULL);
    assert_run (&import, 0);
  }

  test_tmpfs_fill (fixture->small, 0);

  assert_export_fails (fixture, "participants", "small/participants.csv", csv);
  assert_export_fails (fixture, "ics", "small/sessions.ics", ics);
  assert_export_fails (fixture, "participants", "small/fresh.csv", NULL);
  assert_export_fails (fixture, "ics", "small/fresh.ics", NULL);

  /* No temporary file, no half-made new one. */
  listing = test_list_folder (fixture->small);
  g_assert_cmpstr (listing, ==, "filler participants.csv sessions.ics");

  /* With room again, the export replaces the old file. */
  test_tmpfs_unfill (fixture->small);
  {
    g_auto(Run) again = run_cli (&fixture->base, "export", "participants",
                                 "small/participants.csv", "-d", "programme.db", NULL);
    g_autofree char *replaced = NULL;

    assert_run (&again, 0);
    replaced = read_file (fixture, "small/participants.csv");
    g_assert_nonnull (strstr (replaced, "zoe.late@example.org"));
  }
}

/* demo */

typedef struct
{
  gint64 participants;
  gint64 pairings;
  gint64 sessions;
  gint64 topics;
} Counts;

static gint64
count_rows (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* What the programme holds, read directly from the file. */
static Counts
counts_of (Durable    *fixture,
           const char *database)
{
  g_autofree char *path = g_build_filename (fixture->base.dir, database, NULL);
  sqlite3 *db = NULL;
  Counts counts;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  counts.participants = count_rows (db, "participants");
  counts.pairings = count_rows (db, "pairings");
  counts.sessions = count_rows (db, "sessions");
  counts.topics = count_rows (db, "topics");
  sqlite3_close (db);
  return counts;
}

static void
assert_counts (const Counts *counts,
               const Counts *expected)
{
  g_assert_cmpint (counts->participants, ==, expected->participants);
  g_assert_cmpint (counts->pairings, ==, expected->pairings);
  g_assert_cmpint (counts->sessions, ==, expected->sessions);
  g_assert_cmpint (counts->topics, ==, expected->topics);
}

static const Counts nothing = { 0 };

#define KILLED_PEOPLE "150"

/* The programme `demo` makes when it is left alone, and how long it takes
 * (only to spread the kills over it: nothing asserts a time). */
static Counts
make_reference (Durable  *fixture,
                char    **out_export,
                gint64   *out_duration)
{
  gint64 start = g_get_monotonic_time ();
  Counts counts;

  make_demo (fixture, "reference.db", KILLED_PEOPLE);
  *out_duration = g_get_monotonic_time () - start;

  {
    g_auto(Run) run = run_cli (&fixture->base, "export", "participants", "reference.csv",
                               "-d", "reference.db", NULL);

    assert_run (&run, 0);
  }
  *out_export = read_file (fixture, "reference.csv");

  counts = counts_of (fixture, "reference.db");
  g_assert_cmpint (counts.participants, ==, 150);
  g_assert_cmpint (counts.pairings, >, 0);
  g_assert_cmpint (counts.sessions, >, 0);
  g_assert_cmpint (counts.topics, >, 0);
  return counts;
}

/* The programme in @database is the reference, whole: `check` finds no
 * problem and the participants export is the reference's, byte for byte. */
static void
assert_complete (Durable      *fixture,
                 const char   *database,
                 const Counts *reference,
                 const char   *reference_export)
{
  g_autofree char *export_name = g_strconcat (database, ".csv", NULL);
  g_autofree char *exported = NULL;
  g_auto(Run) export = { 0 };
  Counts counts = counts_of (fixture, database);

  assert_counts (&counts, reference);
  export = run_cli (&fixture->base, "export", "participants", export_name, "-d", database, NULL);
  assert_run (&export, 0);
  exported = read_file (fixture, export_name);
  g_assert_cmpstr (exported, ==, reference_export);
}

static void
assert_check_fine (Durable    *fixture,
                   const char *database)
{
  g_auto(Run) check = run_cli (&fixture->base, "check", "-d", database, NULL);

  assert_run (&check, 0);
}

/* Killed at any moment, demo leaves nothing or all of it; after nothing,
 * the next demo succeeds. */
static void
test_demo_killed (Durable       *fixture,
                  gconstpointer  data)
{
  const guint n_kills = 16;
  g_autofree char *data_home = g_build_filename (fixture->base.dir, "data-home", NULL);
  g_autofree char *reference_export = NULL;
  gint64 duration;
  Counts reference = make_reference (fixture, &reference_export, &duration);
  guint n_nothing = 0;
  guint n_complete = 0;

  for (guint i = 0; i < n_kills; i++)
    {
      g_autofree char *database = g_strdup_printf ("killed-%u.db", i);
      g_autofree char *path = g_build_filename (fixture->base.dir, database, NULL);
      g_autoptr(GSubprocessLauncher) launcher = NULL;
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GError) error = NULL;
      /* Spread over the run and a little past it, at a random point of
       * each slice. */
      gint64 delay = (gint64) ((double) duration * 1.2 * (i + g_test_rand_double ()) / n_kills);
      GStatBuf info;
      Counts counts;

      launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                            G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_subprocess_launcher_set_cwd (launcher, fixture->base.dir);
      g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
      process = g_subprocess_launcher_spawn (launcher, &error, cli_path,
                                             "demo", "--participants", KILLED_PEOPLE, "--seed", "4",
                                             "--database", database, NULL);
      g_assert_no_error (error);

      g_usleep ((gulong) delay);
      g_subprocess_send_signal (process, SIGKILL);
      g_assert_true (g_subprocess_wait (process, NULL, &error));
      g_assert_no_error (error);

      /* Killed before SQLite wrote a byte: no programme at all. */
      if (g_stat (path, &info) != 0 || info.st_size == 0)
        {
          g_test_message ("kill %u after %" G_GINT64_FORMAT " us: no programme file", i, delay);
          n_nothing++;
          make_demo (fixture, database, KILLED_PEOPLE);
          assert_complete (fixture, database, &reference, reference_export);
          continue;
        }

      /* `check` opens it as the next program would (recovering the
       * journal) and must find it sound. */
      assert_check_fine (fixture, database);
      counts = counts_of (fixture, database);

      if (counts.participants == 0)
        {
          g_test_message ("kill %u after %" G_GINT64_FORMAT " us: nothing", i, delay);
          assert_counts (&counts, &nothing);
          n_nothing++;
          make_demo (fixture, database, KILLED_PEOPLE);
          assert_complete (fixture, database, &reference, reference_export);
        }
      else
        {
          g_test_message ("kill %u after %" G_GINT64_FORMAT " us: complete", i, delay);
          assert_complete (fixture, database, &reference, reference_export);
          n_complete++;
        }
    }

  g_test_message ("%u kills: %u left nothing, %u a complete programme",
                  n_kills, n_nothing, n_complete);
  g_assert_cmpuint (n_nothing + n_complete, ==, n_kills);
}

/* Out of disk, demo fails with exit status 1 and leaves nothing.  The
 * disk is full with more and more room left, until the whole programme
 * fits: before that, the demo's first steps fit but not the rest, which
 * left participants without pairings or pairings without sessions. */
static void
test_demo_full_disk (Durable       *fixture,
                     gconstpointer  data)
{
  const gsize step = 32 * 1024;
  g_autofree char *reference_export = NULL;
  gint64 duration;
  Counts reference = make_reference (fixture, &reference_export, &duration);
  gboolean done = FALSE;
  guint n_failed = 0;

  if (!mount_small (fixture, "4m"))
    return;

  /* An empty programme, made as the window makes one, so that the demo
   * itself runs out of space. */
  {
    g_autofree char *path = g_build_filename (fixture->small, "programme.db", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(TaStore) store = ta_store_open (path, &error);

    g_assert_no_error (error);
  }

  for (gsize room = 0; !done && room <= 2 * 1024 * 1024; room += step)
    {
      g_auto(Run) run = { 0 };
      Counts counts;

      test_tmpfs_fill (fixture->small, room);
      run = run_cli (&fixture->base, "demo", "--participants", KILLED_PEOPLE, "--seed", "4",
                     "--database", "small/programme.db", NULL);
      test_tmpfs_unfill (fixture->small);
      g_test_message ("%" G_GSIZE_FORMAT " bytes free: exit %d %s", room, run.status, run.err);

      assert_check_fine (fixture, "small/programme.db");
      if (run.status == 0)
        {
          assert_complete (fixture, "small/programme.db", &reference, reference_export);
          done = TRUE;
        }
      else
        {
          assert_run (&run, 1);
          g_assert_cmpstr (run.out, ==, "");
          counts = counts_of (fixture, "small/programme.db");
          assert_counts (&counts, &nothing);
          n_failed++;
        }
    }

  /* It did run out of space, and did complete once there was room. */
  g_assert_cmpuint (n_failed, >, 0);
  g_assert_true (done);
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
  g_test_add (path, Durable, NULL, durable_setup, func, durable_teardown)

  ADD ("/cli/export/private", test_export_private);
  ADD ("/cli/export/full-disk", test_export_full_disk);
  ADD ("/cli/demo/killed", test_demo_killed);
  ADD ("/cli/demo/full-disk", test_demo_full_disk);

#undef ADD

  return g_test_run ();
}
