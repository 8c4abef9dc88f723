/* test-file.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-file"

#include <string.h>
#include <sys/stat.h>

#include "ta-file.h"
#include "ta-test-programme.h"
#include "test-tmpfs.h"

/* ta_file_write_atomic() and ta_file_replace_contents(): new files are
 * 0600, and a write that fails (a full disk, a cancel) leaves the old file
 * byte for byte and no temporary file beside it. */

typedef struct
{
  TaTestDir  dir;
  char    *small;    /* a 64 KiB tmpfs, mounted by the full-disk tests */
  gboolean mounted;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  ta_test_dir_init (&fixture->dir);
  fixture->small = g_build_filename (fixture->dir.dir, "small", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->mounted)
    test_tmpfs_unmount (fixture->small);
  g_rmdir (fixture->small);
  g_clear_pointer (&fixture->small, g_free);
  ta_test_dir_clear (&fixture->dir);
}

static gboolean
mount_small (Fixture *fixture)
{
  g_autofree char *reason = NULL;

  fixture->mounted = test_tmpfs_mount (fixture->small, "64k", &reason);
  if (!fixture->mounted)
    g_test_skip (reason);
  return fixture->mounted;
}

static void
assert_contents (const char *path,
                 const char *expected,
                 gsize       expected_length)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, expected, expected_length);
}

static guint
mode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 07777;
}

/* Text of @length bytes, different for each @seed. */
static char *
make_text (gsize length,
           char  seed)
{
  char *text = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    text[i] = (i % 64 == 63) ? '\n' : (char) ('a' + (seed + i) % 26);
  text[length] = '\0';
  return text;
}

static void
test_write_new (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "new.csv", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_file_write_atomic (path, "name,email\n", 11, &error));
  g_assert_no_error (error);
  assert_contents (path, "name,email\n", 11);
  g_assert_cmpuint (mode_of (path), ==, 0600);

  listing = test_list_folder (fixture->dir.dir);
  g_assert_cmpstr (listing, ==, "new.csv");

  /* Nothing at all is a file too. */
  g_assert_true (ta_file_write_atomic (path, NULL, 0, &error));
  assert_contents (path, "", 0);
}

/* A file someone made readable by all is private once Turnabout has
 * written it. */
static void
test_replace_mode (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "old.ics", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", 3, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);

  g_assert_true (ta_file_write_atomic (path, "new contents", 12, &error));
  g_assert_no_error (error);
  assert_contents (path, "new contents", 12);
  g_assert_cmpuint (mode_of (path), ==, 0600);

  listing = test_list_folder (fixture->dir.dir);
  g_assert_cmpstr (listing, ==, "old.ics");
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "no", "such", "out.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ta_file_write_atomic (path, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The heart of it: on a full disk the old file stays, whole. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *old = make_text (6000, 0);
  g_autofree char *new = make_text (20000, 1);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  if (!mount_small (fixture))
    return;

  path = g_build_filename (fixture->small, "participants.csv", NULL);
  fresh = g_build_filename (fixture->small, "fresh.csv", NULL);
  g_assert_true (ta_file_write_atomic (path, old, strlen (old), &error));
  g_assert_no_error (error);

  test_tmpfs_fill (fixture->small, 0);

  g_assert_false (ta_file_write_atomic (path, new, strlen (new), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  /* What, where, and that the old file is still there. */
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "the previous file is unchanged"));
  g_clear_error (&error);

  assert_contents (path, old, strlen (old));
  g_assert_cmpuint (mode_of (path), ==, 0600);

  /* A new file: none is left behind, and nothing is said of an old one. */
  g_assert_false (ta_file_write_atomic (fresh, new, strlen (new), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_null (strstr (error->message, "previous"));

  listing = test_list_folder (fixture->small);
  g_assert_cmpstr (listing, ==, "filler participants.csv");

  /* With room again, it works. */
  g_clear_error (&error);
  test_tmpfs_unfill (fixture->small);
  g_assert_true (ta_file_write_atomic (path, new, strlen (new), &error));
  g_assert_no_error (error);
  assert_contents (path, new, strlen (new));
}

/* The GFile way, as the window's file chooser hands it over. */
static void
test_gfile_full_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *old = make_text (3000, 2);
  g_autofree char *new = make_text (30000, 3);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (!mount_small (fixture))
    return;

  path = g_build_filename (fixture->small, "sessions.ics", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (ta_file_replace_contents (file, old, strlen (old), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (path), ==, 0600);

  test_tmpfs_fill (fixture->small, 0);

  g_assert_false (ta_file_replace_contents (file, new, strlen (new), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, path));
  assert_contents (path, old, strlen (old));

  listing = test_list_folder (fixture->small);
  g_assert_cmpstr (listing, ==, "filler sessions.ics");
}

/* A cancel before the new file is complete keeps the old one. */
static void
test_gfile_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "out.csv", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_file_replace_contents (file, "old", 3, NULL, &error));
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  g_assert_false (ta_file_replace_contents (file, "new", 3, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_contents (path, "old", 3);

  listing = test_list_folder (fixture->dir.dir);
  g_assert_cmpstr (listing, ==, "out.csv");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/file/write/new", test_write_new);
  ADD ("/file/write/replace-mode", test_replace_mode);
  ADD ("/file/write/missing-folder", test_missing_folder);
  ADD ("/file/write/full-disk", test_full_disk);
  ADD ("/file/replace/full-disk", test_gfile_full_disk);
  ADD ("/file/replace/cancelled", test_gfile_cancelled);

#undef ADD

  return g_test_run ();
}
