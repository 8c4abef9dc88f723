/* ta-file.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ta-file.h"

/*
 * Every file Turnabout writes goes through here.  The new contents go to a
 * temporary file in the target's own folder (a rename is only atomic
 * within one file system), created 0600, written, flushed to the disk with
 * fsync(), closed, and only then renamed over the target.  A full disk, a
 * failed write or a cancel before the rename removes the temporary file
 * and leaves the target as it was; a kill leaves at worst a hidden
 * temporary file beside it, never a half-written target.
 *
 * This does what g_file_set_contents_full() with
 * G_FILE_SET_CONTENTS_CONSISTENT and mode 0600 does, and also honours a
 * GCancellable and says which file could not be written and whether the
 * old one is still there, instead of naming the temporary file.
 */

/* Longer names would leave no room for the temporary file's suffix
 * within NAME_MAX (255 bytes on Linux). */
#define MAX_BASENAME_IN_TEMPORARY 200

static void
set_write_error (GError     **error,
                 int          saved_errno,
                 const char  *path,
                 gboolean     existed)
{
  g_autofree char *display = g_filename_display_name (path);
  const char *reason = g_strerror (saved_errno);

  if (existed)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: %1$s is a file name, %2$s the system's reason,
                  * such as “No space left on device” */
                 _("Could not write “%1$s”: %2$s; the previous file is unchanged"),
                 display, reason);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 /* Translators: %1$s is a file name, %2$s the system's reason,
                  * such as “No space left on device” */
                 _("Could not write “%1$s”: %2$s"),
                 display, reason);
}

static char *
temporary_template (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;

  /* Hidden, and named after the target so that one left behind by a
   * crash can be recognised. */
  if (strlen (base) <= MAX_BASENAME_IN_TEMPORARY)
    name = g_strdup_printf (".%s.XXXXXX", base);
  else
    name = g_strdup (".turnabout-XXXXXX");

  return g_build_filename (folder, name, NULL);
}

/* Makes the rename itself survive a power cut.  Best effort: the new file
 * is in place already, so a failure here is no reason to report one. */
static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  fsync (fd);
  g_close (fd, NULL);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      if (written == 0)
        {
          /* A write that takes nothing without saying why: the disk is full. */
          errno = ENOSPC;
          return FALSE;
        }

      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

static gboolean
write_atomic (const char    *path,
              const char    *data,
              gsize          length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *temporary = temporary_template (path);
  GStatBuf info;
  gboolean existed;
  int saved_errno;
  int fd;

  existed = g_lstat (path, &info) == 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_write_error (error, errno, path, existed);
      return FALSE;
    }

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      goto failed;
    }

  /* close() is where some file systems (NFS) report a failed write. */
  if (close (fd) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_unlink (temporary);
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return FALSE;
    }

  if (g_rename (temporary, path) != 0)
    {
      saved_errno = errno;
      goto failed;
    }

  sync_folder (path);
  return TRUE;

failed:
  g_unlink (temporary);
  set_write_error (error, saved_errno, path, existed);
  return FALSE;
}

/**
 * ta_file_write_atomic:
 * @path: the file to write, in the GLib file name encoding
 * @data: (array length=length): what to write
 * @length: how many bytes of @data
 * @error: a #G_IO_ERROR whose message names @path and says whether the
 *   previous file is unchanged
 *
 * Replaces the contents of @path, or creates it, atomically: until the new
 * contents are completely on the disk, @path stays the old file, byte for
 * byte; after, it is the new one.  The file is readable by its owner only
 * (0600), whatever the old one's mode was.  A symbolic link at @path is
 * replaced by the file, as with g_file_set_contents().
 *
 * Returns: %TRUE if @path now holds @data
 */
gboolean
ta_file_write_atomic (const char  *path,
                      const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_atomic (path, data, length, NULL, error);
}

/* A file that is not on a local (or FUSE) path: GIO's replace stream, which
 * writes to a temporary file where the backend can.  Closing it with a
 * cancelled GCancellable tells it to drop what it wrote instead of putting
 * it in place; whether the old file survives is up to the backend, so the
 * message promises nothing about it. */
static gboolean
replace_by_stream (GFile         *file,
                   const char    *data,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  stream = g_file_replace (file, NULL, FALSE,
                           G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream != NULL &&
      g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL,
                                 cancellable, &local_error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    return TRUE;

  if (stream != NULL && !g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
    }

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_parse_name (file);
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: %1$s is a file name, %2$s the system's reason,
                * such as “No space left on device” */
               _("Could not write “%1$s”: %2$s"), name, local_error->message);
  return FALSE;
}

/**
 * ta_file_replace_contents:
 * @file: the file to write
 * @data: (array length=length): what to write
 * @length: how many bytes of @data
 * @cancellable: (nullable): a #GCancellable; a cancel before the new file
 *   is complete leaves the old one
 * @error: a #G_IO_ERROR whose message names @file
 *
 * ta_file_write_atomic() for a #GFile, as a file chooser gives it.  A file
 * with no local path (a remote location) is written through GIO's replace
 * stream, which keeps the old file until the new one is closed where the
 * backend can.
 *
 * Returns: %TRUE if @file now holds @data
 */
gboolean
ta_file_replace_contents (GFile         *file,
                          const char    *data,
                          gsize          length,
                          GCancellable  *cancellable,
                          GError       **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_peek_path (file);
  if (path != NULL)
    return write_atomic (path, data, length, cancellable, error);

  return replace_by_stream (file, data, length, cancellable, error);
}
