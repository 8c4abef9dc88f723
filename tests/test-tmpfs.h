/* test-tmpfs.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#ifdef __linux__
#include <sched.h>
#include <sys/mount.h>
#endif

/*
 * A small file system the tests can fill, to see what a full disk does: a
 * tmpfs mounted on a folder of the test's temporary folder.  Mounting needs
 * root on Linux (the tests run so in CI); where it fails, the test is
 * skipped with the reason.  Shared by tests/model and tests/cli.
 */

/* Mounts made from here on belong to the test process alone, and vanish
 * with it even when a failed assertion aborts it before its teardown
 * unmounts them.  The programs it runs (turnabout-cli) see them too. */
static inline void
test_tmpfs_private_namespace (void)
{
#ifdef __linux__
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (unshare (CLONE_NEWNS) == 0)
        mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
      g_once_init_leave (&done, 1);
    }
#endif
}

/* Mounts a tmpfs of @size (as mount(8) reads it: "64k") on @dir, which is
 * created.  Returns FALSE with why in @out_reason when it cannot. */
static inline gboolean
test_tmpfs_mount (const char  *dir,
                  const char  *size,
                  char       **out_reason)
{
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0700", size);
  const char *argv[] = { "mount", "-t", "tmpfs", "-o", options, "tmpfs", dir, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  test_tmpfs_private_namespace ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      /* One line, for TAP. */
      if (err != NULL)
        g_strdelimit (g_strstrip (err), "\r\n", ' ');
      *out_reason = g_strdup_printf ("cannot mount a small tmpfs to fill (needs root on Linux): "
                                     "%s %s", error->message, err != NULL ? err : "");
      return FALSE;
    }

  return TRUE;
}

static inline void
test_tmpfs_unmount (const char *dir)
{
  const char *argv[] = { "umount", dir, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("cannot unmount the test's tmpfs on %s: %s", dir, error->message);
}

/* Fills the file system of @dir with @dir/filler until it takes no more
 * byte, then frees @leave bytes of it again (whole pages, on a tmpfs). */
static inline void
test_tmpfs_fill (const char *dir,
                 gsize       leave)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);
  char block[4096];
  GStatBuf info;
  int fd;

  memset (block, 'f', sizeof block);
  fd = g_open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);

  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  while (write (fd, block, 1) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);

  if (leave > 0)
    {
      g_assert_cmpint (fstat (fd, &info), ==, 0);
      g_assert_cmpint ((gsize) info.st_size, >, leave);
      g_assert_cmpint (ftruncate (fd, info.st_size - (off_t) leave), ==, 0);
    }
  g_assert_cmpint (close (fd), ==, 0);
}

/* Gives the space of test_tmpfs_fill() back. */
static inline void
test_tmpfs_unfill (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static inline int
test_compare_names (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces, hidden ones included:
 * what a test compares to see that no temporary file was left behind. */
static inline char *
test_list_folder (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, test_compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}
