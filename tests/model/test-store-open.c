/* test-store-open.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store-open"

#include <errno.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ta-store-private.h"
#include "ta-test-programme.h"
#include "../tmpfs-mount.h"

/*
 * How a programme is opened and created: open modes, permissions,
 * read-only programmes (by their mode bits and on read-only media),
 * concurrent creation, the busy timeout and damaged files.
 */

typedef struct
{
  TaTestDir test;
  char *mount;  /* a tmpfs mounted for the test, or NULL */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  ta_test_dir_init (&fixture->test);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->mount != NULL)
    test_tmpfs_unmount (fixture->mount);
  g_clear_pointer (&fixture->mount, g_free);
  _ta_store_set_busy_timeout (-1);

  g_chmod (fixture->test.dir, 0700);
  remove_tree (fixture->test.dir);
  g_clear_pointer (&fixture->test.dir, g_free);
  g_clear_pointer (&fixture->test.path, g_free);
}

static char *
companion (const char *path,
           const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static gboolean
exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static mode_t
mode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 07777;
}

static gsize
size_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return (gsize) info.st_size;
}

/* A programme at @path holding @n people. */
static void
make_programme (const char *path,
                guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autofree char *email = g_strdup_printf ("person%u@example.com", i);

      ta_test_add_person (store, name, email, TA_ROLE_MENTOR, NULL);
    }
}

static gint64
count_people (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 count = ta_store_count_participants (store, &error);

  g_assert_no_error (error);
  return count;
}

/* A missing path, or a missing folder, is an error naming the path for
 * every mode but CREATE, and nothing is made. */
static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *in_folder = g_build_filename (fixture->test.dir, "no-such-folder", "programme.db", NULL);
  const char * const paths[] = { fixture->test.path, in_folder };
  const TaStoreOpenFlags modes[] = { TA_STORE_OPEN_FLAGS_NONE, TA_STORE_OPEN_READ_ONLY };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    for (guint j = 0; j < G_N_ELEMENTS (modes); j++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(TaStore) store = ta_store_open_full (paths[i], modes[j], &error);
        g_autofree char *listing = test_list_dir (fixture->test.dir);

        g_assert_null (store);
        g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_MISSING);
        g_assert_nonnull (strstr (error->message, paths[i]));
        g_assert_cmpstr (listing, ==, "");
      }
}

/* An empty file is not a programme, except for a caller that creates
 * one: then it becomes one, private. */
static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;

  g_assert_true (g_file_set_contents (fixture->test.path, "", 0, NULL));
  g_assert_cmpint (g_chmod (fixture->test.path, 0644), ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *listing = NULL;

      store = ta_store_open_full (fixture->test.path,
                                  i == 0 ? TA_STORE_OPEN_FLAGS_NONE : TA_STORE_OPEN_READ_ONLY, &error);
      g_assert_null (store);
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_MISSING);
      g_assert_nonnull (strstr (error->message, fixture->test.path));
      g_clear_error (&error);
      g_assert_cmpuint (size_of (fixture->test.path), ==, 0);
      listing = test_list_dir (fixture->test.dir);
      g_assert_cmpstr (listing, ==, "programme.db");
    }

  store = ta_store_open_full (fixture->test.path, TA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_store_get_schema_version (store), ==, TA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (mode_of (fixture->test.path), ==, 0600);
  ta_test_add_person (store, "Ada", "ada@example.com", TA_ROLE_MENTOR, NULL);
}

/* A programme others may read is made private when opened, before SQLite
 * makes its -wal and -shm, which take its mode; a read-only command does
 * it too.  Companion files left 0400 beside a writable programme are made
 * writable again. */
static void
test_tightens_permissions (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *wal = companion (fixture->test.path, "-wal");
  g_autofree char *shm = companion (fixture->test.path, "-shm");
  const TaStoreOpenFlags modes[] = { TA_STORE_OPEN_CREATE, TA_STORE_OPEN_FLAGS_NONE, TA_STORE_OPEN_READ_ONLY };

  make_programme (fixture->test.path, 1);

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TaStore) store = NULL;

      g_assert_cmpint (g_chmod (fixture->test.path, 0644), ==, 0);
      store = ta_store_open_full (fixture->test.path, modes[i], &error);
      g_assert_no_error (error);
      g_assert_false (ta_store_is_read_only (store));
      g_assert_cmpint (mode_of (fixture->test.path), ==, 0600);
      g_assert_cmpint (count_people (store), ==, 1);
      g_assert_true (exists (wal));
      g_assert_cmpint (mode_of (wal), ==, 0600);
      g_assert_cmpint (mode_of (shm), ==, 0600);
    }

  /* What an older Turnabout's read-only look left behind. */
  g_assert_true (g_file_set_contents (wal, "", 0, NULL));
  g_assert_true (g_file_set_contents (shm, "", 0, NULL));
  g_assert_cmpint (g_chmod (wal, 0400), ==, 0);
  g_assert_cmpint (g_chmod (shm, 0444), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TaStore) store = ta_store_open (fixture->test.path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (mode_of (wal), ==, 0600);
    g_assert_cmpint (mode_of (shm), ==, 0600);
    ta_test_add_person (store, "Ben", "ben@example.com", TA_ROLE_MENTOR, NULL);
  }
}

/* Children that create the same new programme at the same moment: every
 * one succeeds, and the file is one programme at the current schema.
 * They wait on a pipe that the parent closes once all are forked. */
static void
test_concurrent_create (Fixture       *fixture,
                        gconstpointer  data)
{
  const guint n_rounds = 20;
  const guint n_children = 4;

  for (guint round = 0; round < n_rounds; round++)
    {
      g_autofree char *folder = g_strdup_printf ("%s/round-%u", fixture->test.dir, round);
      g_autofree char *path = g_build_filename (folder, "programme.db", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(TaStore) store = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      pid_t children[8];
      int gate[2];

      g_assert_cmpint (pipe (gate), ==, 0);
      for (guint i = 0; i < n_children; i++)
        {
          children[i] = fork ();
          g_assert_cmpint (children[i], >=, 0);
          if (children[i] == 0)
            {
              char byte;
              g_autoptr(GError) child_error = NULL;
              TaStore *child_store;

              close (gate[1]);
              /* Returns 0 (end of file) when the parent closes its end. */
              while (read (gate[0], &byte, 1) < 0 && errno == EINTR)
                ;
              child_store = ta_store_open (path, &child_error);
              if (child_store == NULL)
                {
                  g_printerr ("child %u: %s\n", i, child_error->message);
                  _exit (1);
                }
              g_object_unref (child_store);
              _exit (0);
            }
        }
      close (gate[0]);
      close (gate[1]);

      for (guint i = 0; i < n_children; i++)
        {
          int status = 0;

          g_assert_cmpint (waitpid (children[i], &status, 0), ==, children[i]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
        }

      store = ta_store_open_full (path, TA_STORE_OPEN_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (mode_of (path), ==, 0600);
      problems = ta_store_check (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      {
        sqlite3_stmt *stmt = NULL;
        sqlite3 *db = _ta_store_get_db (store);

        g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT application_id FROM pragma_application_id),"
                                                 " (SELECT user_version FROM pragma_user_version),"
                                                 " (SELECT count(*) FROM sqlite_schema WHERE name = 'topics')",
                                             -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, TA_STORE_APPLICATION_ID);
        g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, TA_STORE_SCHEMA_VERSION);
        g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 1);
        sqlite3_finalize (stmt);
      }
      ta_test_add_person (store, "Ada", "ada@example.com", TA_ROLE_MENTOR, NULL);
    }
}

/* A writer that cannot get the lock waits the busy timeout and gets the
 * one message that says so; nothing is written. */
static void
test_busy (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaParticipant) participant = ta_test_make_participant ("Ada", "ada@example.com");
  sqlite3 *other = NULL;

  make_programme (fixture->test.path, 0);
  _ta_store_set_busy_timeout (100);
  store = ta_store_open (fixture->test.path, &error);
  g_assert_no_error (error);

  /* Another connection, standing for another Turnabout, holds the lock. */
  g_assert_cmpint (sqlite3_open (fixture->test.path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (ta_store_add_participant (store, participant, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_BUSY);
  g_assert_cmpstr (error->message, ==, "The programme is busy: another Turnabout is writing to it; try again.");
  g_clear_error (&error);

  /* Opening waits for the lock only when it has something to set up. */
  {
    g_autoptr(TaStore) second = ta_store_open (fixture->test.path, &error);

    g_assert_no_error (error);
    g_assert_cmpint (count_people (second), ==, 0);
  }

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_people (store), ==, 1);
}

static void
assert_damaged (const char       *path,
                TaStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = ta_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *expected = g_strdup_printf ("“%s” is damaged; Turnabout did not change it. "
                                               "Restore a copy, or run “turnabout-cli check”.", path);
  g_autofree char *wal = companion (path, "-wal");
  g_autofree char *shm = companion (path, "-shm");
  g_autoptr(TaStore) store = ta_store_open_full (path, flags, &error);

  g_assert_null (store);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (strstr (error->message, "not a Turnabout"));
  after = ta_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (exists (wal));
  g_assert_false (exists (shm));
}

/* A programme cut short (a copy that stopped half way, a full disk) is
 * called damaged, not "not a Turnabout file", and is left byte for byte. */
static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const gsize cuts[] = { 0, 50 };

  make_programme (fixture->test.path, 20);
  g_assert_true (g_file_get_contents (fixture->test.path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192 * 4);

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      gsize kept = cuts[i] != 0 ? cuts[i] : length / 2;

      g_assert_true (g_file_set_contents (fixture->test.path, contents, kept, NULL));
      assert_damaged (fixture->test.path, TA_STORE_OPEN_CREATE);
      assert_damaged (fixture->test.path, TA_STORE_OPEN_FLAGS_NONE);
      assert_damaged (fixture->test.path, TA_STORE_OPEN_READ_ONLY);
    }
}

/* Fork a child that writes a person and dies without closing: its -wal
 * (with the person) and -shm stay, as after a crash. */
static void
leave_hot_wal (const char *path,
               const char *email)
{
  pid_t child = fork ();
  int status = 0;

  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TaParticipant) participant = ta_test_make_participant ("Wal Person", email);
      TaStore *store = ta_store_open (path, &error);

      if (store == NULL || !ta_store_add_participant (store, participant, &error))
        _exit (1);
      _exit (0);
    }

  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

/* Reads @path read-only and checks that a write is refused. */
static void
assert_readable_not_writable (const char *path,
                              gint64      n_people,
                              const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open_full (path, TA_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(TaParticipant) participant = ta_test_make_participant ("Ada", "ada@example.com");

  g_assert_no_error (error);
  g_assert_true (ta_store_is_read_only (store));
  g_assert_cmpint (count_people (store), ==, n_people);

  g_assert_false (ta_store_add_participant (store, participant, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, message_part));
}

/* A programme whose owner took its write bits away is read-only, even for
 * root (whom access(2) lets write anything): a write open is refused, a
 * read-only one reads it; neither leaves -wal or -shm files, and writes
 * work again once the bits are back. */
static void
test_read_only_mode (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *wal = companion (fixture->test.path, "-wal");
  g_autofree char *shm = companion (fixture->test.path, "-shm");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;

  make_programme (fixture->test.path, 2);
  g_assert_false (exists (wal));
  g_assert_cmpint (g_chmod (fixture->test.path, 0400), ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *listing = NULL;

      store = ta_store_open_full (fixture->test.path,
                                  i == 0 ? TA_STORE_OPEN_CREATE : TA_STORE_OPEN_FLAGS_NONE, &error);
      g_assert_null (store);
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "is read-only"));
      g_clear_error (&error);
      listing = test_list_dir (fixture->test.dir);
      g_assert_cmpstr (listing, ==, "programme.db");
    }

  assert_readable_not_writable (fixture->test.path, 2, "is read-only");
  {
    g_autofree char *listing = test_list_dir (fixture->test.dir);

    g_assert_cmpstr (listing, ==, "programme.db");
  }
  g_assert_cmpint (mode_of (fixture->test.path), ==, 0400);

  /* Write access back: nothing stands in the way. */
  g_assert_cmpint (g_chmod (fixture->test.path, 0600), ==, 0);
  store = ta_store_open (fixture->test.path, &error);
  g_assert_no_error (error);
  ta_test_add_person (store, "Ada", "ada@example.com", TA_ROLE_MENTOR, NULL);
  g_assert_cmpint (count_people (store), ==, 3);
  g_clear_object (&store);

  /* A crashed writer's WAL is read through its -shm, and nothing is
   * added; without the -shm it cannot be read and says why. */
  leave_hot_wal (fixture->test.path, "wal@example.com");
  g_assert_true (exists (wal) && exists (shm));
  g_assert_cmpint (g_chmod (fixture->test.path, 0400), ==, 0);
  {
    g_autofree char *before = test_list_dir (fixture->test.dir);
    g_autofree char *after = NULL;

    assert_readable_not_writable (fixture->test.path, 4, "is read-only");
    after = test_list_dir (fixture->test.dir);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpint (g_unlink (shm), ==, 0);
  store = ta_store_open_full (fixture->test.path, TA_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "-wal"));
  g_assert_false (exists (shm));
}

/* An older schema cannot be brought up to date without write access: a
 * read-only open says so instead of failing on a missing table. */
static void
test_read_only_older (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL",
                                             TA_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->test.path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (_ta_store_migrate (db, 0, 2, &error));
  g_assert_no_error (error);
  sqlite3_close (db);
  g_assert_cmpint (g_chmod (fixture->test.path, 0400), ==, 0);

  store = ta_store_open_full (fixture->test.path, TA_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "older version"));
  {
    g_autofree char *listing = test_list_dir (fixture->test.dir);

    g_assert_cmpstr (listing, ==, "programme.db");
  }
}

/* Read-only media, the one thing even root cannot write: a tmpfs
 * remounted read-only.  Reading works (also through a crashed writer's
 * WAL), writing says "read-only media", and nothing is made there. */
static void
test_read_only_media (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *mount = g_build_filename (fixture->test.dir, "media", NULL);
  g_autofree char *path = g_build_filename (mount, "programme.db", NULL);
  g_autofree char *reason = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;

  if (!test_tmpfs_mount (mount, &reason))
    {
      g_test_skip (reason);
      return;
    }
  fixture->mount = g_strdup (mount);

  make_programme (path, 3);
  leave_hot_wal (path, "wal@example.com");
  if (!test_tmpfs_remount_read_only (mount, &reason))
    {
      g_test_skip (reason);
      return;
    }
  before = test_list_dir (mount);
  g_assert_cmpstr (before, ==, "programme.db programme.db-shm programme.db-wal");

  store = ta_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only media"));
  g_clear_error (&error);

  assert_readable_not_writable (path, 4, "read-only media");
  after = test_list_dir (mount);
  g_assert_cmpstr (before, ==, after);

  /* Without a WAL: opened immutable, nothing made. */
  test_tmpfs_unmount (mount);
  g_clear_pointer (&fixture->mount, g_free);
  g_assert_true (test_tmpfs_mount (mount, &reason));
  fixture->mount = g_strdup (mount);
  make_programme (path, 5);
  g_assert_true (test_tmpfs_remount_read_only (mount, &reason));
  assert_readable_not_writable (path, 5, "read-only media");
  g_clear_pointer (&after, g_free);
  after = test_list_dir (mount);
  g_assert_cmpstr (after, ==, "programme.db");
}

/* A file we may not read says so, not "check the free disk space".  As
 * root, a child process gives itself up to nobody's identity to try. */
static void
test_no_permission (Fixture       *fixture,
                    gconstpointer  data)
{
  pid_t child;
  int status = 0;

  make_programme (fixture->test.path, 1);
  /* Others may pass through the folder, not read the file. */
  g_assert_cmpint (g_chmod (fixture->test.dir, 0711), ==, 0);
  g_assert_cmpint (g_chmod (fixture->test.path, geteuid () == 0 ? 0600 : 0000), ==, 0);

  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(GError) error = NULL;
      TaStore *store;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (2);
      store = ta_store_open_full (fixture->test.path, TA_STORE_OPEN_READ_ONLY, &error);
      if (store != NULL)
        _exit (3);
      if (!g_error_matches (error, TA_STORE_ERROR, TA_STORE_ERROR_PERMISSION) ||
          strstr (error->message, "permission") == NULL ||
          strstr (error->message, fixture->test.path) == NULL)
        {
          g_printerr ("%s\n", error->message);
          _exit (4);
        }
      _exit (0);
    }

  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == 2)
    {
      g_test_skip ("cannot take another user's identity");
      return;
    }
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  test_tmpfs_private_namespace ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store/open/missing", test_missing);
  ADD ("/store/open/empty-file", test_empty_file);
  ADD ("/store/open/tightens-permissions", test_tightens_permissions);
  ADD ("/store/open/concurrent-create", test_concurrent_create);
  ADD ("/store/open/busy", test_busy);
  ADD ("/store/open/truncated", test_truncated);
  ADD ("/store/open/read-only-mode", test_read_only_mode);
  ADD ("/store/open/read-only-older", test_read_only_older);
  ADD ("/store/open/read-only-media", test_read_only_media);
  ADD ("/store/open/no-permission", test_no_permission);

#undef ADD

  return g_test_run ();
}
