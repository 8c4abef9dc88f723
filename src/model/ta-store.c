/* ta-store.c
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

#define G_LOG_DOMAIN "ta-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ta-participant-private.h"
#include "ta-store-private.h"

#define BUSY_TIMEOUT_MS 5000



G_DEFINE_FINAL_TYPE (TaStore, ta_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ta-store-error-quark, ta_store_error)


guint _ta_store_signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];



/* Errors */

gboolean
_ta_store_set_error_from_sqlite (GError     **error,
                                 sqlite3     *db,
                                 int          rc,
                                 const char  *what)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  TaStoreError code;
  const char *advice;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = TA_STORE_ERROR_BUSY;
      advice = _("Another application is using the programme file. Close it and try again.");
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = TA_STORE_ERROR_READ_ONLY;
      advice = _("The programme file cannot be written. Check its permissions or save a copy elsewhere.");
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      code = TA_STORE_ERROR_NOT_TURNABOUT;
      advice = _("The file is not a Turnabout programme, or it is damaged.");
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      code = TA_STORE_ERROR_OPEN;
      advice = _("Check that the folder exists, that there is free disk space and that you may write there.");
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

gboolean
_ta_store_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _ta_store_set_error_from_sqlite (error, db, rc, _("The programme file could not be updated"));

  return TRUE;
}

sqlite3_stmt *
_ta_store_prepare (TaStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));
      return NULL;
    }

  return stmt;
}

/* Typed helpers: empty strings are stored as NULL, 0 ids as NULL. */

void
_ta_store_bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

void
_ta_store_bind_id (sqlite3_stmt *stmt,
         int           column,
         gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, id);
}

char *
_ta_store_column_text (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup ((const char *) text) : NULL;
}

GStrv
_ta_store_split_list (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;

  return g_strsplit (text, ";", -1);
}

char *
_ta_store_join_list (const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return NULL;

  return g_strjoinv (";", (GStrv) items);
}

gboolean
_ta_store_step_done (TaStore      *self,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, what);

  return TRUE;
}

/* Transactions */

gboolean
_ta_store_begin (TaStore  *self,
       GError  **error)
{
  /* IMMEDIATE takes the write lock up front, so a busy database fails here
   * and not halfway through. */
  return _ta_store_exec (self->db, "BEGIN IMMEDIATE", error);
}

gboolean
_ta_store_commit (TaStore  *self,
        GError  **error)
{
  if (!_ta_store_exec (self->db, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

void
_ta_store_rollback (TaStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Signals */

typedef struct
{
  TaStore *store;
  guint signal_id;
  GObject *object;
  gint64 id;
  int moved[4]; /* topic-moved: old stage, old position, new stage, new position */
} PendingSignal;

static gboolean
emit_pending (gpointer data)
{
  PendingSignal *pending = data;

  if (pending->signal_id == _ta_store_signals[TOPIC_MOVED])
    g_signal_emit (pending->store, pending->signal_id, 0, pending->id,
                   pending->moved[0], pending->moved[1], pending->moved[2], pending->moved[3]);
  else if (pending->signal_id == _ta_store_signals[PARTICIPANT_REMOVED] ||
           pending->signal_id == _ta_store_signals[PAIRING_REMOVED] ||
           pending->signal_id == _ta_store_signals[SESSION_REMOVED] ||
           pending->signal_id == _ta_store_signals[TOPIC_REMOVED])
    g_signal_emit (pending->store, pending->signal_id, 0, pending->id);
  else if (pending->object != NULL)
    g_signal_emit (pending->store, pending->signal_id, 0, pending->object);
  else
    g_signal_emit (pending->store, pending->signal_id, 0);

  g_clear_object (&pending->object);
  g_clear_object (&pending->store);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

static void
dispatch (TaStore       *self,
          PendingSignal *pending)
{
  if (g_thread_self () == self->owner_thread)
    emit_pending (pending);
  else
    g_main_context_invoke (self->owner_context, emit_pending, pending);
}

/* Emits now on the owner thread; from a worker thread, hands the emission
 * to the owner's main context so views only ever hear from their thread. */
void
_ta_store_emit (TaStore  *self,
                guint     signal,
                gpointer  object,
                gint64    id)
{
  PendingSignal *pending = g_new0 (PendingSignal, 1);

  pending->store = g_object_ref (self);
  pending->signal_id = _ta_store_signals[signal];
  pending->object = object != NULL ? g_object_ref (object) : NULL;
  pending->id = id;

  dispatch (self, pending);
}

void
_ta_store_emit_topic_moved (TaStore *self,
                            gint64   id,
                            int      old_stage,
                            int      old_position,
                            int      new_stage,
                            int      new_position)
{
  PendingSignal *pending = g_new0 (PendingSignal, 1);

  pending->store = g_object_ref (self);
  pending->signal_id = _ta_store_signals[TOPIC_MOVED];
  pending->id = id;
  pending->moved[0] = old_stage;
  pending->moved[1] = old_position;
  pending->moved[2] = new_stage;
  pending->moved[3] = new_position;

  dispatch (self, pending);
}

/* GObject */

static void
ta_store_finalize (GObject *object)
{
  TaStore *self = (TaStore *)object;

  if (self->db != NULL)
    {
      /* Folds the WAL back into the main file, so a closed programme is
       * one file a facilitator can copy. */
      g_clear_pointer (&self->find_email, sqlite3_finalize);
      g_clear_pointer (&self->find_manager, sqlite3_finalize);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  g_clear_pointer (&self->deleted_links, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->owner_context, g_main_context_unref);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ta_store_parent_class)->finalize (object);
}

static void
ta_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TaStore *self = TA_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_store_class_init (TaStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ta_store_finalize;
  object_class->get_property = ta_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _ta_store_signals[PARTICIPANT_ADDED] =
    g_signal_new ("participant-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_PARTICIPANT);
  _ta_store_signals[PARTICIPANT_UPDATED] =
    g_signal_new ("participant-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_PARTICIPANT);
  _ta_store_signals[PARTICIPANT_REMOVED] =
    g_signal_new ("participant-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  _ta_store_signals[PARTICIPANTS_RESET] =
    g_signal_new ("participants-reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[PAIRING_ADDED] =
    g_signal_new ("pairing-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_PAIRING);
  _ta_store_signals[PAIRING_UPDATED] =
    g_signal_new ("pairing-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_PAIRING);
  _ta_store_signals[PAIRING_REMOVED] =
    g_signal_new ("pairing-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  _ta_store_signals[PAIRINGS_RESET] =
    g_signal_new ("pairings-reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[PAIR_RULES_CHANGED] =
    g_signal_new ("pair-rules-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[MATCH_SETTINGS_CHANGED] =
    g_signal_new ("match-settings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[SESSION_ADDED] =
    g_signal_new ("session-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_SESSION);
  _ta_store_signals[SESSION_UPDATED] =
    g_signal_new ("session-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_SESSION);
  _ta_store_signals[SESSION_REMOVED] =
    g_signal_new ("session-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  _ta_store_signals[SESSIONS_RESET] =
    g_signal_new ("sessions-reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[TOPIC_ADDED] =
    g_signal_new ("topic-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_TOPIC);
  _ta_store_signals[TOPIC_UPDATED] =
    g_signal_new ("topic-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TA_TYPE_TOPIC);
  _ta_store_signals[TOPIC_REMOVED] =
    g_signal_new ("topic-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* id, old stage, old position, new stage, new position */
  _ta_store_signals[TOPIC_MOVED] =
    g_signal_new ("topic-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_INT64, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);
  _ta_store_signals[TOPICS_RESET] =
    g_signal_new ("topics-reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ta_store_init (TaStore *self)
{
  g_rec_mutex_init (&self->lock);
  self->owner_thread = g_thread_self ();
  self->owner_context = g_main_context_ref_thread_default ();
}

/* Opening */

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

static gboolean
read_int_pragma (sqlite3     *db,
                 const char  *sql,
                 int         *out_value,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, db, rc, _("The programme file could not be read"));

  *out_value = sqlite3_column_int (stmt, 0);
  return TRUE;
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

      g_set_error (error, TA_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS ? TA_STORE_ERROR_READ_ONLY
                                                                 : TA_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a folder, %2$s the system's reason */
                   _("The folder “%1$s” cannot be created: %2$s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        return TRUE;
      g_set_error (error, TA_STORE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS ? TA_STORE_ERROR_READ_ONLY
                                                                 : TA_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a file, %2$s the system's reason */
                   _("The programme file “%1$s” cannot be created: %2$s"), path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* WAL mode needs to create files beside the database, so the folder must
   * be writable as well as the file. */
  if (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_READ_ONLY,
                   _("The programme file “%s” is read-only. Ask for write access or copy it to a folder of your own; it was not changed."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (TaStore     *self,
                 GError     **error)
{
  int application_id = 0;
  int user_version = 0;
  int n_tables = 0;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                            _("The programme file could not be opened"));

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Look before touching anything: a file that is not ours, or is from a
   * newer Turnabout, must be left exactly as it is. */
  if (!read_int_pragma (self->db, "PRAGMA application_id", &application_id, error) ||
      !read_int_pragma (self->db, "PRAGMA user_version", &user_version, error) ||
      !read_int_pragma (self->db, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    {
      if (error != NULL && *error != NULL && (*error)->domain == TA_STORE_ERROR &&
          (*error)->code == TA_STORE_ERROR_NOT_TURNABOUT)
        {
          g_clear_error (error);
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_TURNABOUT,
                       _("“%s” is not a Turnabout programme file. Choose another file; this one was not changed."),
                       self->path);
        }
      return FALSE;
    }

  if (application_id != TA_STORE_APPLICATION_ID &&
      (application_id != 0 || n_tables > 0))
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_TURNABOUT,
                   _("“%s” is a database of another program, not a Turnabout programme. Choose another file; this one was not changed."),
                   self->path);
      return FALSE;
    }

  if (user_version > TA_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Turnabout. Update Turnabout to open it; the file was not changed."),
                   self->path);
      return FALSE;
    }

  if (!check_writable (self->path, error))
    return FALSE;

  /* Larger pages for a new file (only possible before the first table
   * and before WAL): fewer page splits in a large import. */
  if (n_tables == 0 && !_ta_store_exec (self->db, "PRAGMA page_size = 8192", error))
    return FALSE;

  if (!_ta_store_exec (self->db, "PRAGMA journal_mode = WAL", error) ||
      !_ta_store_exec (self->db, "PRAGMA synchronous = NORMAL", error) ||
      !_ta_store_exec (self->db, "PRAGMA foreign_keys = ON", error) ||
      !_ta_store_exec (self->db, "PRAGMA temp_store = MEMORY", error))
    return FALSE;

  if (application_id == 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);

      if (!_ta_store_exec (self->db, sql, error))
        return FALSE;
    }

  if (!_ta_store_migrate (self->db, user_version, TA_STORE_SCHEMA_VERSION, error))
    return FALSE;

  self->schema_version = TA_STORE_SCHEMA_VERSION;
  return TRUE;
}

/**
 * ta_store_open:
 * @path: the programme file; created (mode 0600) if missing
 * @error: a #TA_STORE_ERROR a facilitator can act on
 *
 * Opens a programme, bringing its schema up to date.  A file from a newer
 * Turnabout, or not from Turnabout at all, is refused without being
 * touched.
 *
 * Returns: (transfer full) (nullable): the store
 */
TaStore *
ta_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(TaStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TA_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!create_private_file (path, error) ||
      !open_connection (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
ta_store_get_path (TaStore *self)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return self->path;
}

int
ta_store_get_schema_version (TaStore *self)
{
  g_return_val_if_fail (TA_IS_STORE (self), 0);

  return self->schema_version;
}

sqlite3 *
_ta_store_get_db (TaStore *self)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return self->db;
}

