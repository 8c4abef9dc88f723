/* ta-store-open.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "ta-store-private.h"

/*
 * Opening a programme: everything that can be decided without SQLite is
 * decided before SQLite sees the file, because SQLite's first read of a
 * WAL database already makes the -wal and -shm files beside it.
 *
 *  1. Where is it?  A missing or empty file is an error unless the caller
 *     asked to create one (only the window, `demo` and `import` do), and
 *     nothing is made for a read-only command.
 *  2. What is it?  The 100-byte SQLite header, read through SQLite's own
 *     file layer (see read_header()), tells a text file, another
 *     program's database, a newer Turnabout's and a truncated file apart.
 *  3. May we write it?  Read-only media, the file's and the folder's
 *     permissions, and the file's write bits (root ignores permissions, but
 *     a programme its owner made read-only stays read-only), decided here.
 *     A programme we may not write is refused, or, for a caller that only
 *     reads, opened read-only or immutable so that nothing is made beside
 *     it.  The 0400 -wal and -shm files a read-only look left behind used
 *     to break every later write.
 *  4. Permissions: a programme readable by others is tightened to 0600
 *     before SQLite opens it, so its -wal and -shm (which SQLite makes with
 *     the programme's mode) are private too.
 *  5. Set-up: the application id and every migration in one BEGIN
 *     IMMEDIATE transaction that reads the version again once it holds the
 *     lock, so that two processes creating the same programme at once both
 *     succeed and the steps run once.
 */

#define DEFAULT_BUSY_TIMEOUT_MS 5000
#define SQLITE_HEADER_SIZE      100
/* Reads map the file instead of copying every page through pread():
 * Insights reads a whole 100,000-person programme at once, and the copies
 * were a third of its time.  Writes still go through the WAL. */
#define READ_THROUGH_MMAP "PRAGMA mmap_size = 268435456"

/* How often a busy PRAGMA journal_mode is tried again (it does not always
 * go through the busy handler). */
#define WAL_RETRY_INTERVAL_US   (10 * G_TIME_SPAN_MILLISECOND)

static int busy_timeout_ms = -1;

int
_ta_store_get_busy_timeout (void)
{
  int value = g_atomic_int_get (&busy_timeout_ms);

  if (value < 0)
    {
      const char *text = g_getenv ("TURNABOUT_BUSY_TIMEOUT_MS");
      guint64 parsed = DEFAULT_BUSY_TIMEOUT_MS;

      if (text != NULL && !g_ascii_string_to_unsigned (text, 10, 0, 10 * 60 * 1000, &parsed, NULL))
        {
          g_warning ("Ignoring TURNABOUT_BUSY_TIMEOUT_MS=%s: not a number of milliseconds", text);
          parsed = DEFAULT_BUSY_TIMEOUT_MS;
        }

      g_atomic_int_compare_and_exchange (&busy_timeout_ms, -1, (int) parsed);
      value = g_atomic_int_get (&busy_timeout_ms);
    }

  return value;
}

void
_ta_store_set_busy_timeout (int milliseconds)
{
  g_atomic_int_set (&busy_timeout_ms, milliseconds < 0 ? -1 : milliseconds);
}

/**
 * ta_store_get_default_path:
 *
 * Returns: (transfer full): the programme file the app and the CLI use
 *   when no `--database` is given
 */
char *
ta_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "turnabout", "programme.db", NULL);
}

/* What is known of the file before SQLite opens it. */
typedef struct
{
  const char *path;         /* as given, for messages */
  char *real_path;          /* symlinks resolved: SQLite keeps -wal and -shm beside it */
  char *dir;
  GStatBuf info;
  gboolean media_read_only; /* mounted read-only */
  gboolean writable;
} Probe;

static void
probe_clear (Probe *probe)
{
  g_clear_pointer (&probe->real_path, free);
  g_clear_pointer (&probe->dir, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Probe, probe_clear)

/* The programme's state as SQLite sees it, read in one statement so that
 * the three values come from one snapshot. */
typedef struct
{
  int application_id;
  int user_version;
  int n_tables;
} State;

static gboolean
set_error_from_errno (GError     **error,
                      const char  *path,
                      int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:
      ta_database_set_permission_error (error, path);
      break;
    case EROFS:
      ta_database_set_read_only_error (error, path, TRUE);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_MISSING,
                   /* Translators: %s is a file name */
                   _("There is no Turnabout programme at “%s”; nothing was created. Check the file name and its folder."),
                   display);
      break;
    default:
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("The programme file “%1$s” cannot be opened: %2$s"),
                   display, g_strerror (saved_errno));
      break;
    }

  return FALSE;
}

static gboolean
set_empty_error (GError     **error,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_MISSING,
               /* Translators: %s is a file name */
               _("“%s” is an empty file, not a Turnabout programme; it was not changed."),
               display);
  return FALSE;
}

static gboolean
set_not_turnabout_error (GError     **error,
                         const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_TURNABOUT,
               _("“%s” is not a Turnabout programme file. Choose another file; this one was not changed."),
               display);
  return FALSE;
}

static gboolean
set_other_program_error (GError     **error,
                         const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_TURNABOUT,
               _("“%s” is a database of another program, not a Turnabout programme. Choose another file; this one was not changed."),
               display);
  return FALSE;
}

static gboolean
set_too_new_error (GError     **error,
                   const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_TOO_NEW,
               _("“%s” was saved by a newer version of Turnabout. Update Turnabout to open it; the file was not changed."),
               display);
  return FALSE;
}

/* Creates the file ourselves so that it is private from the first byte:
 * participants' notes are confidential. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, TA_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS ? TA_STORE_ERROR_READ_ONLY
                                                                 : TA_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a folder, %2$s the system's reason */
                   _("The folder “%1$s” cannot be created: %2$s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *display = NULL;

      /* Another process made it first: it is set up under the lock below. */
      if (saved_errno == EEXIST)
        return TRUE;

      display = g_filename_display_name (path);
      g_set_error (error, TA_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS ? TA_STORE_ERROR_READ_ONLY
                                                                 : TA_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("The programme file “%1$s” cannot be created: %2$s"), display,
                   g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/*
 * Reads the first bytes of the file through SQLite's own file layer, not
 * with open() and close(): closing any descriptor of a file drops every
 * POSIX lock this process holds on it, which would silently take the
 * locks of another connection to the same programme in this process (the
 * window and a worker, or a test's two stores).  SQLite's layer shares
 * one descriptor per file among its connections and defers the close.
 */
static gboolean
read_header (const char *path,
             guint8     *buffer,
             gsize      *out_length,
             gint64     *out_size)
{
  sqlite3_vfs *vfs = sqlite3_vfs_find (NULL);
  g_autofree char *full_path = NULL;
  g_autofree char *journal = NULL;
  g_autofree char *wal = NULL;
  g_autofree sqlite3_file *file = NULL;
  sqlite3_filename name = NULL;
  sqlite3_int64 size = 0;
  gboolean ok = FALSE;
  int out_flags = 0;
  int rc;

  if (vfs == NULL)
    return FALSE;

  full_path = g_malloc0 (vfs->mxPathname + 1);
  if (vfs->xFullPathname (vfs, path, vfs->mxPathname + 1, full_path) != SQLITE_OK)
    return FALSE;

  /* The file layer expects the name of a main database in the form
   * SQLite itself hands over, with room for URI parameters after it. */
  journal = g_strconcat (full_path, "-journal", NULL);
  wal = g_strconcat (full_path, "-wal", NULL);
  name = sqlite3_create_filename (full_path, journal, wal, 0, NULL);
  if (name == NULL)
    return FALSE;

  file = g_malloc0 (vfs->szOsFile);
  rc = vfs->xOpen (vfs, name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &out_flags);
  if (rc == SQLITE_OK && file->pMethods->xFileSize (file, &size) == SQLITE_OK)
    {
      gsize length = (gsize) MIN (size, (sqlite3_int64) SQLITE_HEADER_SIZE);

      rc = file->pMethods->xRead (file, buffer, (int) length, 0);
      if (rc == SQLITE_OK)
        {
          *out_length = length;
          *out_size = size;
          ok = TRUE;
        }
    }

  if (file->pMethods != NULL)
    file->pMethods->xClose (file);
  sqlite3_free_filename (name);

  return ok;
}

static guint32
read_be32 (const guint8 *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/*
 * A header that says the file is longer than it is, read without a lock,
 * may be a checkpoint in progress in another process (it writes page 1
 * first and then the pages that make the file longer).  That process has
 * the -wal and -shm files: then SQLite, taking its read locks, decides.
 * Without them nobody is writing, and the file is truncated.
 */
static gboolean
truncation_confirmed (Probe *probe)
{
  g_autofree char *wal = g_strconcat (probe->real_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (probe->real_path, "-shm", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (!g_file_test (wal, G_FILE_TEST_EXISTS) || !g_file_test (shm, G_FILE_TEST_EXISTS))
    return TRUE;

  /* Read-only, with the existing shared memory opened read-only: nothing
   * is created or changed. */
  escaped = g_uri_escape_string (probe->real_path, "/", FALSE);
  uri = g_strdup_printf ("file:%s?mode=ro&readonly_shm=1", escaped);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, _ta_store_get_busy_timeout ());
      rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
    }
  sqlite3_close_v2 (db);

  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

/* What the header says; SQLite checks the same again once it has the file
 * open, with its locks, since a WAL may hold a newer page 1. */
static gboolean
check_header (Probe   *probe,
              GError **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[SQLITE_HEADER_SIZE] = { 0 };
  gsize length = 0;
  gint64 size = 0;
  guint32 application_id;
  guint32 page_size;
  guint32 n_pages;

  if (!read_header (probe->real_path, header, &length, &size))
    {
      if (g_access (probe->real_path, R_OK) != 0)
        return set_error_from_errno (error, probe->path, errno);
      return set_error_from_errno (error, probe->path, EIO);
    }

  if (length < sizeof magic || memcmp (header, magic, sizeof magic) != 0)
    return set_not_turnabout_error (error, probe->path);

  if (length < SQLITE_HEADER_SIZE)
    {
      ta_database_set_damaged_error (error, probe->path);
      return FALSE;
    }

  application_id = read_be32 (header + 68);
  if (application_id != 0 && application_id != TA_STORE_APPLICATION_ID)
    return set_other_program_error (error, probe->path);

  page_size = (guint32) header[16] << 8 | header[17];
  if (page_size == 1)
    page_size = 65536;
  n_pages = read_be32 (header + 28);

  /* The size in the header counts only when the two change counters
   * agree (SQLite's file format, section 1.3.7). */
  if (page_size < 512 || page_size > 65536 || (page_size & (page_size - 1)) != 0 ||
      (n_pages != 0 && memcmp (header + 24, header + 92, 4) == 0 &&
       (guint64) size < (guint64) n_pages * page_size && truncation_confirmed (probe)))
    {
      ta_database_set_damaged_error (error, probe->path);
      return FALSE;
    }

  if (application_id == TA_STORE_APPLICATION_ID && read_be32 (header + 60) > TA_STORE_SCHEMA_VERSION)
    return set_too_new_error (error, probe->path);

  return TRUE;
}

/* Steps 1 to 3 of the comment at the top. */
static gboolean
find_programme (const char        *path,
                TaStoreOpenFlags   flags,
                Probe             *probe,
                GError           **error)
{
  struct statvfs fs;

  probe->path = path;

  if (g_stat (path, &probe->info) != 0)
    {
      int saved_errno = errno;

      if ((saved_errno != ENOENT && saved_errno != ENOTDIR) || (flags & TA_STORE_OPEN_CREATE) == 0)
        return set_error_from_errno (error, path, saved_errno);

      if (!create_private_file (path, error))
        return FALSE;
      if (g_stat (path, &probe->info) != 0)
        return set_error_from_errno (error, path, errno);
    }

  if (!S_ISREG (probe->info.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_TURNABOUT,
                   /* Translators: %s is a path */
                   _("“%s” is a folder or a device, not a programme file. Choose a file; nothing was changed."),
                   display);
      return FALSE;
    }

  probe->real_path = realpath (path, NULL);
  if (probe->real_path == NULL)
    return set_error_from_errno (error, path, errno);
  probe->dir = g_path_get_dirname (probe->real_path);

  if (statvfs (probe->dir, &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0)
    probe->media_read_only = TRUE;

  if (g_access (probe->real_path, R_OK) != 0)
    return set_error_from_errno (error, path, errno);

  if (probe->info.st_size == 0)
    {
      if ((flags & TA_STORE_OPEN_CREATE) == 0)
        return set_empty_error (error, path);
    }
  else if (!check_header (probe, error))
    {
      return FALSE;
    }

  /* The write bits count even for root, whom access() lets write
   * anything: a programme its owner made read-only is not written.  The
   * folder must be writable too, for the -wal and -shm files. */
  probe->writable = !probe->media_read_only && (probe->info.st_mode & 0222) != 0;
  if (probe->writable &&
      (g_access (probe->real_path, W_OK) != 0 || g_access (probe->dir, W_OK) != 0))
    {
      if (errno == EROFS)
        probe->media_read_only = TRUE;
      probe->writable = FALSE;
    }

  return TRUE;
}

/* Changes the mode of @path to @mode if it differs; a file of someone else
 * keeps its mode (the system refuses), which is only worth a debug line. */
static void
set_mode (const char *path,
          GStatBuf   *info,
          mode_t      mode)
{
  if ((info->st_mode & 07777) == mode)
    return;

  if (g_chmod (path, mode) == 0)
    info->st_mode = (info->st_mode & ~07777) | mode;
  else
    g_debug ("Could not change the mode of %s to %04o: %s", path, (guint) mode, g_strerror (errno));
}

/* Step 4: the programme keeps only its owner's read and write bits.  The
 * -wal and -shm files follow: group and others lose theirs, and beside a
 * programme we may write they are made writable again (a read-only look by
 * an older Turnabout left them 0400, which broke every later write). */
static void
tighten_permissions (Probe *probe)
{
  static const char * const suffixes[] = { "-wal", "-shm" };

  if (probe->media_read_only)
    return;

  if ((probe->info.st_mode & 0177) != 0)
    set_mode (probe->real_path, &probe->info, probe->info.st_mode & 0600);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (probe->real_path, suffixes[i], NULL);
      GStatBuf info;
      mode_t mode;

      if (g_lstat (companion, &info) != 0 || !S_ISREG (info.st_mode) ||
          info.st_uid != probe->info.st_uid)
        continue;

      mode = info.st_mode & 0600;
      if (probe->writable)
        mode = 0600;
      set_mode (companion, &info, mode);
    }
}

/* The store owns the connection from here; @db stays its borrowed
 * handle for the store files' own statements. */
static gboolean
connect (TaStore     *self,
         const char  *filename,
         int          flags,
         GError     **error)
{
  self->database = ta_database_open (filename, flags | SQLITE_OPEN_NOMUTEX, error);
  if (self->database == NULL)
    return FALSE;

  self->db = ta_database_get_handle (self->database);
  ta_database_set_busy_timeout (self->database, _ta_store_get_busy_timeout ());
  return TRUE;
}

static gboolean
read_state (TaStore  *self,
            State    *state,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT (SELECT application_id FROM pragma_application_id),"
                           "       (SELECT user_version FROM pragma_user_version),"
                           "       (SELECT count(*) FROM sqlite_schema)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      /* The header was SQLite's and not another program's: what SQLite
       * cannot read beyond it is damage. */
      if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        {
          ta_database_set_damaged_error (error, self->path);
          return FALSE;
        }
      return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));
    }

  state->application_id = sqlite3_column_int (stmt, 0);
  state->user_version = sqlite3_column_int (stmt, 1);
  state->n_tables = sqlite3_column_int (stmt, 2);
  return TRUE;
}

/* A file that is not ours, or is from a newer Turnabout, is left exactly
 * as it is. */
static gboolean
check_state (TaStore      *self,
             const State  *state,
             GError      **error)
{
  if (state->application_id != TA_STORE_APPLICATION_ID &&
      (state->application_id != 0 || state->n_tables > 0))
    return set_other_program_error (error, self->path);

  if (state->user_version > TA_STORE_SCHEMA_VERSION)
    return set_too_new_error (error, self->path);

  return TRUE;
}

/*
 * Switching to WAL needs an exclusive lock, and while another process sets
 * up the same new file SQLite may answer SQLITE_BUSY, or the old mode,
 * without waiting in the busy handler: try again until the busy timeout.
 */
static gboolean
set_wal_mode (TaStore  *self,
              GError  **error)
{
  gint64 deadline = g_get_monotonic_time () + _ta_store_get_busy_timeout () * G_TIME_SPAN_MILLISECOND;

  for (;;)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);

      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);

      if (rc == SQLITE_ROW &&
          g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0)
        return TRUE;

      if (rc != SQLITE_ROW && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                                _("The programme file could not be opened"));

      if (g_get_monotonic_time () >= deadline)
        {
          if (rc == SQLITE_ROW)
            return _ta_store_set_error_from_sqlite (error, self->db, SQLITE_CANTOPEN,
                                                    _("The programme file could not be opened"));
          ta_database_set_busy_error (error);
          return FALSE;
        }

      g_clear_pointer (&stmt, sqlite3_finalize);
      g_usleep (WAL_RETRY_INTERVAL_US);
    }
}

/* Step 5: the application id and the migrations, in one transaction that
 * looks again once it holds the write lock: another process may have set
 * the file up since we first read it. */
static gboolean
set_up (TaStore  *self,
        GError  **error)
{
  State state;

  if (!_ta_store_exec (self->db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!read_state (self, &state, error) || !check_state (self, &state, error))
    goto failed;

  if (state.application_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);

      if (!_ta_store_exec (self->db, sql, error))
        goto failed;
    }

  if (state.user_version < TA_STORE_SCHEMA_VERSION &&
      !_ta_store_migrate_in_transaction (self->db, state.user_version, TA_STORE_SCHEMA_VERSION, error))
    goto failed;

  if (!_ta_store_exec (self->db, "COMMIT", error))
    goto failed;

  return TRUE;

failed:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
open_for_writing (TaStore  *self,
                  Probe    *probe,
                  GError  **error)
{
  State state;

  /* The file exists by now: SQLite is not asked to create anything. */
  if (!connect (self, probe->real_path, SQLITE_OPEN_READWRITE, error))
    return FALSE;

  if (!read_state (self, &state, error) || !check_state (self, &state, error))
    return FALSE;

  /* Larger pages for a new file (only possible before the first table
   * and before WAL): fewer page splits in a large import. */
  if (state.n_tables == 0 && !_ta_store_exec (self->db, "PRAGMA page_size = 8192", error))
    return FALSE;

  if (!set_wal_mode (self, error) ||
      !_ta_store_exec (self->db, "PRAGMA synchronous = NORMAL", error) ||
      !_ta_store_exec (self->db, "PRAGMA foreign_keys = ON", error) ||
      !_ta_store_exec (self->db, "PRAGMA temp_store = MEMORY", error) ||
      !_ta_store_exec (self->db, READ_THROUGH_MMAP, error))
    return FALSE;

  if ((state.application_id == 0 || state.user_version < TA_STORE_SCHEMA_VERSION) &&
      !set_up (self, error))
    return FALSE;

  self->schema_version = TA_STORE_SCHEMA_VERSION;

  /* Made here rather than at first use, so that a copy later opened only
   * to be read (a share, a backup) exports the same UIDs. */
  if (!_ta_store_ensure_programme_id (self, error))
    return FALSE;
  return TRUE;
}

/*
 * A programme we may not write, opened for a caller that only reads,
 * without making any file: with its -wal and -shm when a writer left them
 * (read-only, its shared memory opened read-only: SQLite then reads the WAL
 * itself), else immutable, which opens nothing beside it and takes no lock.
 * A WAL with content but without its -shm cannot be read that way.
 */
static gboolean
open_for_reading (TaStore  *self,
                  Probe    *probe,
                  GError  **error)
{
  g_autofree char *wal = g_strconcat (probe->real_path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (probe->real_path, "-shm", NULL);
  g_autofree char *escaped = g_uri_escape_string (probe->real_path, "/", FALSE);
  g_autofree char *uri = NULL;
  GStatBuf wal_info;
  gboolean has_wal = g_stat (wal, &wal_info) == 0;
  gboolean has_shm = g_file_test (shm, G_FILE_TEST_EXISTS);
  State state;

  if (has_wal && has_shm)
    uri = g_strdup_printf ("file:%s?mode=ro&readonly_shm=1", escaped);
  else if (has_wal && wal_info.st_size > 0)
    {
      g_autofree char *display = g_filename_display_name (probe->path);

      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a file name; “-wal” is the suffix of SQLite's log file */
                   _("“%s” has recent changes in its “-wal” file that only a Turnabout allowed to write it can fold in. "
                     "Open it once where you may write to it; it was not changed."),
                   display);
      return FALSE;
    }
  else
    uri = g_strdup_printf ("file:%s?immutable=1", escaped);

  if (!connect (self, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, error))
    return FALSE;

  if (!read_state (self, &state, error) || !check_state (self, &state, error))
    return FALSE;

  if (state.n_tables == 0 && state.user_version == 0)
    return set_empty_error (error, self->path);

  if (state.user_version < TA_STORE_SCHEMA_VERSION)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is a file name */
                   _("“%s” was saved by an older version of Turnabout and must be updated, which needs write access. "
                     "Open it once where you may write to it; it was not changed."),
                   display);
      return FALSE;
    }

  if (!_ta_store_exec (self->db, "PRAGMA foreign_keys = ON", error) ||
      !_ta_store_exec (self->db, "PRAGMA temp_store = MEMORY", error) ||
      !_ta_store_exec (self->db, READ_THROUGH_MMAP, error))
    return FALSE;

  self->read_only = TRUE;
  self->read_only_media = probe->media_read_only;
  self->schema_version = state.user_version;
  return TRUE;
}

/**
 * ta_store_open_full:
 * @path: the programme file
 * @flags: whether to create a missing programme, or to accept one that can
 *   only be read
 * @error: a #TA_STORE_ERROR a facilitator can act on
 *
 * Opens a programme, bringing its schema up to date.  A missing or empty
 * file is %TA_STORE_ERROR_MISSING unless @flags has %TA_STORE_OPEN_CREATE,
 * and then nothing is created; a file from a newer Turnabout, another
 * program or a damaged one is refused without being touched.  A programme
 * Turnabout may not write is %TA_STORE_ERROR_READ_ONLY, unless @flags has
 * %TA_STORE_OPEN_READ_ONLY: then it is opened to be read, without any file
 * being made beside it (see ta_store_is_read_only()).
 *
 * A programme that others may read is made private (mode 0600, or 0400
 * if its owner made it read-only) before anything is read from it.
 *
 * Returns: (transfer full) (nullable): the store
 */
TaStore *
ta_store_open_full (const char        *path,
                    TaStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(TaStore) self = NULL;
  g_auto(Probe) probe = { 0 };

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail ((flags & TA_STORE_OPEN_CREATE) == 0 || (flags & TA_STORE_OPEN_READ_ONLY) == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TA_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!find_programme (path, flags, &probe, error))
    return NULL;

  tighten_permissions (&probe);

  if (probe.writable)
    {
      if (!open_for_writing (self, &probe, error))
        return NULL;
    }
  else if ((flags & TA_STORE_OPEN_READ_ONLY) != 0)
    {
      if (!open_for_reading (self, &probe, error))
        return NULL;
    }
  else
    {
      ta_database_set_read_only_error (error, path, probe.media_read_only);
      return NULL;
    }

  /* Changes by other connections are counted from here. */
  _ta_store_remember_data_version (self);

  return g_steal_pointer (&self);
}

/**
 * ta_store_open:
 * @path: the programme file; created (mode 0600) if missing or empty
 * @error: a #TA_STORE_ERROR a facilitator can act on
 *
 * ta_store_open_full() with %TA_STORE_OPEN_CREATE: what the window,
 * `demo` and `import` do.
 *
 * Returns: (transfer full) (nullable): the store
 */
TaStore *
ta_store_open (const char  *path,
               GError     **error)
{
  return ta_store_open_full (path, TA_STORE_OPEN_CREATE, error);
}
