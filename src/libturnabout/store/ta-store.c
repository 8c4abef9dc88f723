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
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant-private.h"
#include "ta-store-private.h"

G_DEFINE_FINAL_TYPE (TaStore, ta_store, G_TYPE_OBJECT)

guint _ta_store_signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];



/* Errors */

/* The busy message is one sentence, without SQLite's wording: it is what
 * a facilitator sees when two Turnabouts write at once. */
void
_ta_store_set_busy_error (GError **error)
{
  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_BUSY,
                       _("The programme is busy: another Turnabout is writing to it; try again."));
}

void
_ta_store_set_damaged_error (GError     **error,
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
_ta_store_set_read_only_error (GError     **error,
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
_ta_store_set_permission_error (GError     **error,
                                const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_PERMISSION,
               /* Translators: %s is a file name */
               _("You do not have permission to read “%s” or its folder. Ask its owner for access; it was not changed."),
               display);
}

gboolean
_ta_store_set_error_from_sqlite (GError     **error,
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
      _ta_store_set_busy_error (error);
      return FALSE;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      if (path != NULL && *path != '\0')
        {
          _ta_store_set_damaged_error (error, path);
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

/* Transactions
 *
 * Outside a batch every store operation is one BEGIN IMMEDIATE … COMMIT.
 * Inside _ta_store_run_in_transaction() the batch holds the one
 * transaction and each operation is a SAVEPOINT in it: a failed operation
 * undoes only itself, and nothing is on the disk before the batch's
 * COMMIT.  Operations run with the lock held, and the batch holds it
 * throughout, so only the batch's own thread ever finds batch_thread set
 * to itself. */

static gboolean
in_batch (TaStore *self)
{
  return g_atomic_pointer_get (&self->batch_thread) == (gpointer) g_thread_self ();
}

static gboolean
set_batch_lost_error (GError **error)
{
  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_FAILED,
                       _("The programme file could not be updated: an earlier failure "
                         "undid the changes; nothing was changed"));
  return FALSE;
}

gboolean
_ta_store_begin (TaStore  *self,
       GError  **error)
{
  /* Said before SQLite is asked, in the same words as a refused open:
   * a programme opened only to look at it was opened read-only or
   * immutable, where a write would fail with a vaguer message. */
  if (self->read_only)
    {
      _ta_store_set_read_only_error (error, self->path, self->read_only_media);
      return FALSE;
    }

  if (in_batch (self))
    {
      /* After some failures (a full disk) SQLite rolls the whole
       * transaction back; a SAVEPOINT now would start a new one, and its
       * RELEASE would commit part of the batch on its own. */
      if (sqlite3_get_autocommit (self->db))
        return set_batch_lost_error (error);
      if (!_ta_store_exec (self->db, "SAVEPOINT ta_step", error))
        return FALSE;
      self->batch_steps++;
      return TRUE;
    }

  /* IMMEDIATE takes the write lock up front, so a busy database fails here
   * (after the busy timeout) and not halfway through. */
  return _ta_store_exec (self->db, "BEGIN IMMEDIATE", error);
}

gboolean
_ta_store_commit (TaStore  *self,
        GError  **error)
{
  if (in_batch (self))
    {
      g_assert (self->batch_steps > 0);
      if (!_ta_store_exec (self->db, "RELEASE ta_step", error))
        {
          _ta_store_rollback (self);
          return FALSE;
        }
      self->batch_steps--;
      return TRUE;
    }

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
  if (in_batch (self))
    {
      if (self->batch_steps > 0)
        {
          sqlite3_exec (self->db, "ROLLBACK TO ta_step", NULL, NULL, NULL);
          sqlite3_exec (self->db, "RELEASE ta_step", NULL, NULL, NULL);
          self->batch_steps--;
        }
      return;
    }

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

static void
pending_signal_free (gpointer data)
{
  PendingSignal *pending = data;

  g_clear_object (&pending->object);
  g_clear_object (&pending->store);
  g_free (pending);
}

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

  pending_signal_free (pending);

  return G_SOURCE_REMOVE;
}

static void
dispatch_now (TaStore       *self,
              PendingSignal *pending)
{
  if (g_thread_self () == self->owner_thread)
    emit_pending (pending);
  else
    g_main_context_invoke (self->owner_context, emit_pending, pending);
}

static void
dispatch (TaStore       *self,
          PendingSignal *pending)
{
  /* Nobody hears of a batch's changes before they are committed. */
  if (in_batch (self))
    g_ptr_array_add (self->batch_signals, pending);
  else
    dispatch_now (self, pending);
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

/* One transaction for many operations */

static gboolean
check_foreign_keys (TaStore  *self,
                    GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, "PRAGMA foreign_key_check", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      /* A bug, not the user's doing: say where, for the report. */
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_FAILED,
                   /* Translators: %s is the name of a database table */
                   _("The changes were not saved: a row of “%s” refers to a record "
                     "that does not exist; nothing was changed"),
                   (const char *) sqlite3_column_text (stmt, 0));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                            _("The programme file could not be updated"));

  return TRUE;
}

gboolean
_ta_store_run_in_transaction (TaStore                 *self,
                              TaStoreTransactionFunc   func,
                              gpointer                 user_data,
                              GError                 **error)
{
  g_autoptr(GPtrArray) signals = NULL;
  gboolean ok;

  g_assert (TA_IS_STORE (self));
  g_assert (func != NULL);

  {
    STORE_LOCKED (self);

    /* Inside a batch already: part of it. */
    if (in_batch (self))
      return func (self, user_data, error);

    /* An import writes rows before the managers they refer to, with
     * foreign keys off for its own transaction; inside the batch that
     * pragma would be a no-op, so the batch does the same, and checks every
     * key once before the COMMIT (deferred keys would search the
     * unindexed reports_to column at every insert: hours for 100,000
     * people). */
    if (!_ta_store_exec (self->db, "PRAGMA foreign_keys = OFF", error))
      return FALSE;
    if (!_ta_store_begin (self, error))
      {
        _ta_store_exec (self->db, "PRAGMA foreign_keys = ON", NULL);
        return FALSE;
      }

    self->batch_steps = 0;
    self->batch_signals = g_ptr_array_new_with_free_func (pending_signal_free);
    g_atomic_pointer_set (&self->batch_thread, g_thread_self ());

    ok = func (self, user_data, error);
    g_warn_if_fail (!ok || self->batch_steps == 0);

    g_atomic_pointer_set (&self->batch_thread, NULL);
    signals = g_steal_pointer (&self->batch_signals);
    self->batch_steps = 0;

    if (ok && sqlite3_get_autocommit (self->db))
      ok = set_batch_lost_error (error);
    if (ok)
      ok = check_foreign_keys (self, error);
    if (ok)
      ok = _ta_store_commit (self, error);
    else
      _ta_store_rollback (self);

    if (!_ta_store_exec (self->db, "PRAGMA foreign_keys = ON", ok ? error : NULL))
      ok = FALSE;
  }

  if (!ok)
    return FALSE;

  /* The array gives each one up to dispatch_now(), which frees it. */
  g_ptr_array_set_free_func (signals, NULL);
  for (guint i = 0; i < signals->len; i++)
    dispatch_now (self, g_ptr_array_index (signals, i));

  return TRUE;
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

const char *
ta_store_get_path (TaStore *self)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return self->path;
}

/**
 * ta_store_is_read_only:
 * @self: a #TaStore
 *
 * Returns: %TRUE if the programme was opened only for reading (see
 *   %TA_STORE_OPEN_READ_ONLY): every write is refused with
 *   %TA_STORE_ERROR_READ_ONLY
 */
gboolean
ta_store_is_read_only (TaStore *self)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);

  return self->read_only;
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

