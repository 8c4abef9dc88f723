/* ta-database.c
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

/* TaDatabase: one SQLite connection and what every store file needs
 * around it.  Modelled on epiphany's EphySQLiteConnection: the store
 * never keeps a second copy of a bind, column or transaction helper.
 *
 * - Errors: SQLite's result codes become TA_STORE_ERROR codes with a
 *   sentence a facilitator can act on (a full disk, a read-only mount and
 *   a closed folder all come back from SQLite as CANTOPEN or IOERR).
 * - Statements: ta_database_prepare() makes one the caller finalizes;
 *   ta_database_get_statement() keeps one per SQL text for the life of
 *   the connection and hands it back reset, for statements run often
 *   (one per imported row).  A cached statement must not be used twice at
 *   once: never ask for the same SQL while stepping it.
 * - Transactions: ta_database_begin() is BEGIN IMMEDIATE (the write lock
 *   is taken up front, so a busy programme fails before anything was
 *   done); TaTransaction is the same as a guard that rolls back unless
 *   committed, for g_autoptr.  The store adds its SAVEPOINTs for batches
 *   on top (ta-store.c).
 */

#define G_LOG_DOMAIN "turnabout-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>

#include "ta-database.h"
#include "ta-error.h"

struct _TaDatabase
{
  GObject parent_instance;

  sqlite3 *db;
  /* SQL text → sqlite3_stmt, see ta_database_get_statement() */
  GHashTable *statements;
};

G_DEFINE_FINAL_TYPE (TaDatabase, ta_database, G_TYPE_OBJECT)

/* Errors */

/* The busy message is one sentence, without SQLite's wording: it is what
 * a facilitator sees when two Turnabouts write at once. */
void
ta_database_set_busy_error (GError **error)
{
  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_BUSY,
                       _("The programme is busy: another Turnabout is writing to it; try again."));
}

void
ta_database_set_damaged_error (GError     **error,
                             const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DAMAGED,
               /* Translators: %s is a file name */
               _("“%s” is damaged; Turnabout did not change it. "
                 "Restore a copy, or run “turnabout-cli check”."),
               display);
}

/* @media: the file system is mounted read-only, rather than the file or
 * its folder being closed to us. */
void
ta_database_set_read_only_error (GError     **error,
                               const char  *path,
                               gboolean     media)
{
  g_autofree char *display = g_filename_display_name (path);

  if (media)
    g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY,
                 /* Translators: %s is a file name */
                 _("“%s” is on read-only media. Copy it to a folder of your own to change it; it was not changed."),
                 display);
  else
    g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY,
                 _("The programme file “%s” is read-only. Ask for write access or copy it to a folder of your own; it was not changed."),
                 display);
}

void
ta_database_set_permission_error (GError     **error,
                                const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_PERMISSION,
               /* Translators: %s is a file name */
               _("You do not have permission to read “%s” or its folder. Ask its owner for access; it was not changed."),
               display);
}

gboolean
ta_database_set_error_from_code (GError     **error,
                                 sqlite3     *db,
                                 int          rc,
                                 const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  /* What the system said, for the codes SQLite uses for several causes:
   * a read-only mount, a closed folder and a full disk all come back as
   * CANTOPEN or IOERR. */
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;
  TaStoreError code;
  const char *advice;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      ta_database_set_busy_error (error);
      return FALSE;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      if (path != NULL && *path != '\0')
        {
          ta_database_set_damaged_error (error, path);
          return FALSE;
        }
      code = TA_STORE_ERROR_DAMAGED;
      advice = _("The programme file is damaged; restore a copy, or run “turnabout-cli check”.");
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = TA_STORE_ERROR_READ_ONLY;
      advice = system_errno == EROFS
               ? _("The programme file is on read-only media. Copy it to a folder of your own to change it.")
               : _("The programme file cannot be written. Check its permissions or save a copy elsewhere.");
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      if (system_errno == EROFS)
        {
          code = TA_STORE_ERROR_READ_ONLY;
          advice = _("The programme file is on read-only media. Copy it to a folder of your own to change it.");
        }
      else if (system_errno == EACCES || system_errno == EPERM)
        {
          code = TA_STORE_ERROR_PERMISSION;
          advice = _("You do not have permission to use the programme file or its folder. Ask its owner for access.");
        }
      else
        {
          code = TA_STORE_ERROR_OPEN;
          advice = _("Check that the folder exists, that there is free disk space and that you may write there.");
        }
      break;
    case SQLITE_CONSTRAINT:
      code = TA_STORE_ERROR_INVALID;
      advice = _("A value was refused; nothing was changed.");
      break;
    default:
      code = TA_STORE_ERROR_FAILED;
      advice = _("Nothing was changed.");
      break;
    }

  /* Translators: %1$s says what was being done, %2$s what to do about it,
   * %3$s is SQLite's own (English) description */
  g_set_error (error, TA_STORE_ERROR, code, _("%1$s: %2$s (%3$s)"), what, advice, detail);
  return FALSE;
}


/* Connection */

static void
ta_database_finalize (GObject *object)
{
  TaDatabase *self = (TaDatabase *)object;

  /* Statements first: a connection with live statements would stay open
   * (close_v2 makes it a zombie) and keep its WAL. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Folds the WAL back into the main file, so a closed programme is
       * one file a facilitator can copy. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  G_OBJECT_CLASS (ta_database_parent_class)->finalize (object);
}

static void
ta_database_class_init (TaDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_database_finalize;
}

static void
ta_database_init (TaDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

/**
 * ta_database_open:
 * @filename: a file name, or a `file:` URI with %SQLITE_OPEN_URI
 * @flags: flags for sqlite3_open_v2()
 * @error: a #TA_STORE_ERROR
 *
 * Opens a connection with extended result codes.  Nothing is created
 * unless @flags has %SQLITE_OPEN_CREATE.
 *
 * Returns: (transfer full) (nullable): the connection
 */
TaDatabase *
ta_database_open (const char  *filename,
                  int          flags,
                  GError     **error)
{
  g_autoptr(TaDatabase) self = g_object_new (TA_TYPE_DATABASE, NULL);
  int rc;

  g_return_val_if_fail (filename != NULL, NULL);

  /* SQLite gives a handle even when it fails: the error is read from it,
   * and finalize closes it. */
  rc = sqlite3_open_v2 (filename, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      ta_database_set_error_from_code (error, self->db, rc, _("The programme file could not be opened"));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  return g_steal_pointer (&self);
}

sqlite3 *
ta_database_get_handle (TaDatabase *self)
{
  g_return_val_if_fail (TA_IS_DATABASE (self), NULL);

  return self->db;
}

void
ta_database_set_busy_timeout (TaDatabase *self,
                              int         milliseconds)
{
  g_return_if_fail (TA_IS_DATABASE (self));

  sqlite3_busy_timeout (self->db, milliseconds);
}

/* Always returns %FALSE, for `return ta_database_set_error (…)`. */
gboolean
ta_database_set_error (TaDatabase  *self,
                       int          rc,
                       const char  *what,
                       GError     **error)
{
  return ta_database_set_error_from_code (error, self != NULL ? self->db : NULL, rc, what);
}

gboolean
ta_database_exec (TaDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (TA_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return ta_database_set_error (self, rc, _("The programme file could not be updated"), error);

  return TRUE;
}

/**
 * ta_database_prepare:
 * @self: a #TaDatabase
 * @sql: one statement
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): a new statement, for the caller
 *   to finalize (g_autoptr(sqlite3_stmt))
 */
sqlite3_stmt *
ta_database_prepare (TaDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_DATABASE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ta_database_set_error (self, rc, _("The programme file could not be read"), error);
      return NULL;
    }

  return stmt;
}

/**
 * ta_database_get_statement:
 * @self: a #TaDatabase
 * @sql: one statement; its text is the key
 * @error: a #TA_STORE_ERROR
 *
 * A statement prepared once per connection: the first call prepares it,
 * later ones hand back the same statement reset, with its bindings
 * cleared.  The caller must not finalize it, nor ask for the same @sql
 * again while stepping it.
 *
 * Returns: (transfer none) (nullable): the statement
 */
sqlite3_stmt *
ta_database_get_statement (TaDatabase  *self,
                           const char  *sql,
                           GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TA_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  stmt = ta_database_prepare (self, sql, error);
  if (stmt != NULL)
    g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/* One step of a statement whose rows (if any) the caller does not want. */
gboolean
ta_database_step_done (TaDatabase    *self,
                       sqlite3_stmt  *stmt,
                       const char    *what,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return ta_database_set_error (self, rc, what, error);

  return TRUE;
}

gint64
ta_database_changes (TaDatabase *self)
{
  g_return_val_if_fail (TA_IS_DATABASE (self), 0);

  return sqlite3_changes64 (self->db);
}

gint64
ta_database_last_insert_id (TaDatabase *self)
{
  g_return_val_if_fail (TA_IS_DATABASE (self), 0);

  return sqlite3_last_insert_rowid (self->db);
}

gboolean
ta_database_in_transaction (TaDatabase *self)
{
  g_return_val_if_fail (TA_IS_DATABASE (self), FALSE);

  return !sqlite3_get_autocommit (self->db);
}

/* Transactions */

gboolean
ta_database_begin (TaDatabase  *self,
                   GError     **error)
{
  return ta_database_exec (self, "BEGIN IMMEDIATE", error);
}

/* A COMMIT that fails (a full disk, a busy reader on an old file) leaves
 * the transaction open: it is rolled back here, so nothing half-written
 * stays pending on the connection. */
gboolean
ta_database_commit (TaDatabase  *self,
                    GError     **error)
{
  if (!ta_database_exec (self, "COMMIT", error))
    {
      ta_database_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* Safe when SQLite rolled back already (some failures end the
 * transaction on their own). */
void
ta_database_rollback (TaDatabase *self)
{
  g_return_if_fail (TA_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

struct _TaTransaction
{
  TaDatabase *database;
  gboolean done;
};

/**
 * ta_transaction_begin:
 * @database: a #TaDatabase outside any transaction
 * @error: %TA_STORE_ERROR_BUSY when another connection writes
 *
 * BEGIN IMMEDIATE as a guard: unless ta_transaction_commit() is called
 * and succeeds, freeing it rolls back.
 *
 *     g_autoptr(TaTransaction) txn = ta_transaction_begin (db, error);
 *     if (txn == NULL || !write_things (db, error))
 *       return FALSE;
 *     return ta_transaction_commit (txn, error);
 *
 * Returns: (transfer full) (nullable): the open transaction
 */
TaTransaction *
ta_transaction_begin (TaDatabase  *database,
                      GError     **error)
{
  TaTransaction *self;

  g_return_val_if_fail (TA_IS_DATABASE (database), NULL);

  if (!ta_database_begin (database, error))
    return NULL;

  self = g_new0 (TaTransaction, 1);
  self->database = g_object_ref (database);
  return self;
}

gboolean
ta_transaction_commit (TaTransaction  *self,
                       GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->done, FALSE);

  self->done = TRUE;
  return ta_database_commit (self->database, error);
}

void
ta_transaction_free (TaTransaction *self)
{
  if (self == NULL)
    return;

  if (!self->done)
    ta_database_rollback (self->database);
  g_object_unref (self->database);
  g_free (self);
}

/* Typed binds and columns */

/* NULL binds NULL; the text is copied. */
void
ta_database_bind_text (sqlite3_stmt *stmt,
                       int           column,
                       const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

/* An empty string is stored as NULL: a field left blank is no value. */
void
ta_database_bind_nullable_text (sqlite3_stmt *stmt,
                                int           column,
                                const char   *text)
{
  ta_database_bind_text (stmt, column, text != NULL && *text != '\0' ? text : NULL);
}

void
ta_database_bind_int64 (sqlite3_stmt *stmt,
                        int           column,
                        gint64        value)
{
  sqlite3_bind_int64 (stmt, column, value);
}

/* Id 0 is "none", stored as NULL (a foreign key that points nowhere). */
void
ta_database_bind_id (sqlite3_stmt *stmt,
                     int           column,
                     gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, id);
}

/* Times are stored as ISO 8601 in UTC to the second ("…T09:30:00Z", as
 * ta_time_to_utc_string() writes them): they sort as text, and SQLite's
 * own date functions read them. */
void
ta_database_bind_date_time (sqlite3_stmt *stmt,
                            int           column,
                            GDateTime    *date_time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (date_time == NULL)
    {
      sqlite3_bind_null (stmt, column);
      return;
    }

  utc = g_date_time_to_utc (date_time);
  text = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

char *
ta_database_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* NULL for NULL and for an empty string. */
char *
ta_database_column_nullable_text (sqlite3_stmt *stmt,
                                  int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup ((const char *) text) : NULL;
}

gint64
ta_database_column_int64 (sqlite3_stmt *stmt,
                          int           column)
{
  return sqlite3_column_int64 (stmt, column);
}

/* NULL for NULL or text that is not ISO 8601 (a value typed in by hand
 * in another tool): the caller decides what a missing time means. */
GDateTime *
ta_database_column_date_time (sqlite3_stmt *stmt,
                              int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (text, utc);
}

/* The time of a change, as the created_at and updated_at columns of
 * sessions, series and topics keep it: to the second, in UTC. */
char *
ta_database_now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* The same to the microsecond, as participants, pairings and pair rules
 * have kept it since their first version. */
char *
ta_database_now_precise_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format_iso8601 (now);
}
