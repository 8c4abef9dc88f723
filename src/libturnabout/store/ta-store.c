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

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

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

/* The helpers every store file uses, on the store's TaDatabase
 * (db/ta-database.c): kept under their store names for the files above
 * the store that still prepare their own statements. */

gboolean
_ta_store_exec (sqlite3     *db,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return ta_database_set_error_from_code (error, db, rc, _("The programme file could not be updated"));

  return TRUE;
}

gboolean
_ta_store_set_error_from_sqlite (GError     **error,
                                 sqlite3     *db,
                                 int          rc,
                                 const char  *what)
{
  return ta_database_set_error_from_code (error, db, rc, what);
}

sqlite3_stmt *
_ta_store_prepare (TaStore     *self,
                   const char  *sql,
                   GError     **error)
{
  return ta_database_prepare (self->database, sql, error);
}

void
_ta_store_bind_text (sqlite3_stmt *stmt,
                     int           column,
                     const char   *text)
{
  ta_database_bind_nullable_text (stmt, column, text);
}

void
_ta_store_bind_id (sqlite3_stmt *stmt,
                   int           column,
                   gint64        id)
{
  ta_database_bind_id (stmt, column, id);
}

char *
_ta_store_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  return ta_database_column_nullable_text (stmt, column);
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
  return ta_database_step_done (self->database, stmt, what, error);
}

/* Whether @sql (?1 bound to @id) finds a row. */
gboolean
_ta_store_row_exists (TaStore     *self,
                      const char  *sql,
                      gint64       id,
                      gboolean    *out_exists,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));

  *out_exists = rc == SQLITE_ROW;
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

typedef struct _PendingSignal PendingSignal;

static void pending_signal_free (gpointer       data);
static void dispatch_now        (TaStore       *self,
                                 PendingSignal *pending);

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
      ta_database_set_read_only_error (error, self->path, self->read_only_media);
      return FALSE;
    }

  if (in_batch (self))
    {
      /* After some failures (a full disk) SQLite rolls the whole
       * transaction back; a SAVEPOINT now would start a new one, and its
       * RELEASE would commit part of the batch on its own. */
      if (!ta_database_in_transaction (self->database))
        return set_batch_lost_error (error);
      if (!_ta_store_exec (self->db, "SAVEPOINT ta_step", error))
        return FALSE;
      self->batch_steps++;
      return TRUE;
    }

  /* IMMEDIATE takes the write lock up front, so a busy database fails here
   * (after the busy timeout) and not halfway through. */
  if (!ta_database_begin (self->database, error))
    return FALSE;

  /* What this transaction changes is announced after its COMMIT. */
  g_clear_pointer (&self->txn_signals, g_ptr_array_unref);
  self->txn_signals = g_ptr_array_new_with_free_func (pending_signal_free);
  g_atomic_pointer_set (&self->txn_thread, g_thread_self ());
  return TRUE;
}

/* Ends the plain transaction's hold on its signals: emitted if
 * @committed, else dropped. */
static void
end_transaction (TaStore  *self,
                 gboolean  committed)
{
  g_autoptr(GPtrArray) signals = g_steal_pointer (&self->txn_signals);

  g_atomic_pointer_set (&self->txn_thread, NULL);
  if (signals == NULL || !committed)
    return;

  /* The array gives each one up to dispatch_now(), which frees it. */
  g_ptr_array_set_free_func (signals, NULL);
  for (guint i = 0; i < signals->len; i++)
    dispatch_now (self, g_ptr_array_index (signals, i));
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

  if (!ta_database_commit (self->database, error))
    {
      end_transaction (self, FALSE);
      return FALSE;
    }

  end_transaction (self, TRUE);
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

  ta_database_rollback (self->database);
  end_transaction (self, FALSE);
}

/* Signals */

struct _PendingSignal
{
  TaStore *store;
  guint signal_id;
  GObject *object;
  gint64 id;
  int moved[4]; /* topic-moved: old stage, old position, new stage, new position */
};

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
  /* Nobody hears of a transaction's changes before they are committed. */
  if (in_batch (self))
    g_ptr_array_add (self->batch_signals, pending);
  else if (g_atomic_pointer_get (&self->txn_thread) == (gpointer) g_thread_self () &&
           self->txn_signals != NULL)
    g_ptr_array_add (self->txn_signals, pending);
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

  /* Closing the connection folds the WAL back into the main file. */
  self->db = NULL;
  g_clear_object (&self->database);
  g_clear_pointer (&self->txn_signals, g_ptr_array_unref);

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

/* "<one>-added", "<one>-updated", "<one>-removed" at @first and the two
 * after it, "<many>-reset" at @reset. */
static void
add_kind_signals (TaStoreClass *klass,
                  const char   *one,
                  const char   *many,
                  GType         type,
                  guint         first,
                  guint         reset)
{
  static const char * const suffixes[] = { "added", "updated", "removed" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", one, suffixes[i]);

      _ta_store_signals[first + i] =
        g_signal_new (name, G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, i < 2 ? type : G_TYPE_INT64);
    }

  {
    g_autofree char *name = g_strdup_printf ("%s-reset", many);

    _ta_store_signals[reset] =
      g_signal_new (name, G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
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

  /* Each kind: added and updated with the record, removed with its id,
   * and a reset when many changed. */
  add_kind_signals (klass, "participant", "participants", TA_TYPE_PARTICIPANT,
                    PARTICIPANT_ADDED, PARTICIPANTS_RESET);
  add_kind_signals (klass, "pairing", "pairings", TA_TYPE_PAIRING, PAIRING_ADDED, PAIRINGS_RESET);
  add_kind_signals (klass, "session", "sessions", TA_TYPE_SESSION, SESSION_ADDED, SESSIONS_RESET);
  add_kind_signals (klass, "topic", "topics", TA_TYPE_TOPIC, TOPIC_ADDED, TOPICS_RESET);
  _ta_store_signals[PAIR_RULES_CHANGED] =
    g_signal_new ("pair-rules-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _ta_store_signals[MATCH_SETTINGS_CHANGED] =
    g_signal_new ("match-settings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* id, old stage, old position, new stage, new position */
  _ta_store_signals[TOPIC_MOVED] =
    g_signal_new ("topic-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_INT64, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);
  /* A check-in answer was added or deleted (no live list follows them:
   * the views that show them read them again) */
  _ta_store_signals[CHECK_INS_CHANGED] =
    g_signal_new ("check-ins-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
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

