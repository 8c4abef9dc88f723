/* tmpfs-mount.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sys/mount.h>

/*
 * Read-only media for tests: a small tmpfs mounted in the test's own
 * folder, then remounted read-only.  Mounting needs root (CAP_SYS_ADMIN),
 * as the tests and CI have; elsewhere the functions return FALSE with the
 * reason, for g_test_skip().  As root, access(2) ignores permission bits,
 * so a read-only mount is the one way to make a file root cannot write.
 */

/* Where it can, the test process moves into a mount namespace of its own
 * (its children follow): the tmpfs it mounts are seen by nobody else and
 * go away with it, even when a failed assertion skips the unmount. */
static inline void
test_tmpfs_private_namespace (void)
{
  if (unshare (CLONE_NEWNS) != 0)
    return;
  if (mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    g_test_message ("mounts stay shared: %s", g_strerror (errno));
}

static inline gboolean
test_tmpfs_run (const char * const  *argv,
                char               **out_reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      *out_reason = g_strdup_printf ("cannot run %s: %s", argv[0], error->message);
      return FALSE;
    }

  if (!g_spawn_check_wait_status (status, &error))
    {
      *out_reason = g_strdup_printf ("%s failed (needs root and CAP_SYS_ADMIN): %s",
                                     argv[0], g_strstrip (err));
      return FALSE;
    }

  return TRUE;
}

/* Mounts a 4 MB tmpfs on @dir, making @dir first. */
static inline gboolean
test_tmpfs_mount (const char  *dir,
                  char       **out_reason)
{
  const char * const argv[] = { "mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", dir, NULL };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return test_tmpfs_run (argv, out_reason);
}

static inline gboolean
test_tmpfs_remount_read_only (const char  *dir,
                              char       **out_reason)
{
  const char * const argv[] = { "mount", "-o", "remount,ro", dir, NULL };

  return test_tmpfs_run (argv, out_reason);
}

/* Every file in it must be closed first. */
static inline void
test_tmpfs_unmount (const char *dir)
{
  const char * const argv[] = { "umount", dir, NULL };
  const char * const lazy[] = { "umount", "-l", dir, NULL };
  g_autofree char *reason = NULL;

  if (!test_tmpfs_run (argv, &reason))
    {
      g_test_message ("%s; unmounting lazily", reason);
      g_clear_pointer (&reason, g_free);
      test_tmpfs_run (lazy, &reason);
    }
  g_rmdir (dir);
}

static inline int
test_compare_names (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: what a test compares to
 * see that nothing was made or left behind. */
static inline char *
test_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, test_compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}
