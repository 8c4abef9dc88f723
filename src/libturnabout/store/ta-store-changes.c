/* ta-store-changes.c
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

/*
 * Changes made elsewhere: by another window's store on the same file, or by
 * another process (turnabout-cli import, a second Turnabout).
 *
 * Two mechanisms keep what is on screen and what is written honest:
 *
 * - Every record carries a revision (migration 5) that any UPDATE bumps.
 *   An edit saved from a copy checks, inside its write transaction, that
 *   the stored revision is still the one the copy was read with; if not,
 *   nothing is written and the caller gets TA_STORE_ERROR_CHANGED, so a
 *   stale copy never overwrites what another process recorded.
 *
 * - PRAGMA data_version changes when another connection commits.  The app
 *   asks ta_store_check_for_changes() now and then (and when its window
 *   becomes active); when it changed, the store announces every kind as
 *   reset, and the live lists reload in place, replacing only the records
 *   whose revision moved (so selections and scroll positions stay).
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-private.h"

static const char *
changed_message (const char *table)
{
  if (g_str_equal (table, "participants"))
    return _("This participant was changed in another window or by another program since it was read here. Nothing was saved: reload to see the current version.");
  if (g_str_equal (table, "pairings"))
    return _("This pair was changed in another window or by another program since it was read here. Nothing was saved: reload to see the current version.");
  if (g_str_equal (table, "sessions"))
    return _("This session was changed in another window or by another program since it was read here. Nothing was saved: reload to see the current version.");
  if (g_str_equal (table, "topics"))
    return _("This topic was changed in another window or by another program since it was read here. Nothing was saved: reload to see the current version.");

  g_assert_not_reached ();
}

/* @table is one of ours, never user input: it is part of the SQL text. */
gboolean
_ta_store_read_revision (TaStore     *self,
                         const char  *table,
                         gint64       id,
                         gint64      *out_revision,
                         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT revision FROM %s WHERE id = ?1", table);
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This record was deleted in another window or by another program. Nothing was saved."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));

  *out_revision = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * _ta_store_check_revision:
 * @self: a #TaStore, locked, inside the write transaction
 * @table: "participants", "pairings", "sessions" or "topics"
 * @id: the record
 * @expected: the revision the caller's copy was read with; 0 (a record
 *   made by hand, as an import's) checks nothing
 * @error: %TA_STORE_ERROR_CHANGED or %TA_STORE_ERROR_NOT_FOUND
 *
 * Returns: whether the stored record is still the one the copy came from
 */
gboolean
_ta_store_check_revision (TaStore     *self,
                          const char  *table,
                          gint64       id,
                          gint64       expected,
                          GError     **error)
{
  gint64 stored = 0;

  if (expected == 0)
    return TRUE;

  return _ta_store_read_revision (self, table, id, &stored, error) &&
         _ta_store_check_unchanged (table, stored, expected, error);
}

/* The same, for a caller that read the stored record already. */
gboolean
_ta_store_check_unchanged (const char  *table,
                           gint64       stored_revision,
                           gint64       expected,
                           GError     **error)
{
  if (expected != 0 && stored_revision != expected)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED, changed_message (table));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_data_version (TaStore *self,
                   gint64  *out_version)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA data_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  *out_version = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

void
_ta_store_remember_data_version (TaStore *self)
{
  gint64 version;

  if (read_data_version (self, &version))
    self->data_version = version;
}

/* The one change path
 *
 * Every change reaches the signals through _ta_store_emit() (ta-store.c):
 * inside a write transaction it is held, and emitted once after the
 * COMMIT (never, after a ROLLBACK).  A delete whose ON DELETE actions take
 * rows of other kinds with it says so in those kinds' own signals, so a
 * list of one kind only listens to its own: the ids a cascade will take
 * are read before the DELETE (_ta_store_select_ids()), and announced with
 * _ta_store_emit_ids() (-removed, or -updated for rows a SET NULL
 * changes) inside the transaction.  Past
 * TA_STORE_CASCADE_RESET_AT rows of one kind the kind's reset is emitted
 * instead: one reload is cheaper than hundreds of removals. */

/* The ids @sql selects, with @id bound to ?1.  Inside the transaction. */
GArray *
_ta_store_select_ids (TaStore     *self,
                      const char  *sql,
                      gint64       id,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 value = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, value);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* @signal is a -removed one (emitted with each id) or an -updated one
 * (each record read back as it is now, still inside the transaction). */
void
_ta_store_emit_ids (TaStore *self,
                    guint    signal,
                    guint    reset_signal,
                    GArray  *ids)
{
  gboolean removed = signal == PARTICIPANT_REMOVED || signal == PAIRING_REMOVED ||
                     signal == SESSION_REMOVED || signal == TOPIC_REMOVED;

  if (ids == NULL || ids->len == 0)
    return;

  if (ids->len > TA_STORE_CASCADE_RESET_AT)
    {
      _ta_store_emit (self, reset_signal, NULL, 0);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (removed)
        _ta_store_emit (self, signal, NULL, id);
      else
        _ta_store_emit_fresh (self, signal, id);
    }
}

/* What deleting sessions takes along: the sessions themselves, the
 * topics presented at them (session_id SET NULL), and with a person the
 * group sessions they attended.  @sessions_sql selects the ids of the
 * sessions the DELETE will take, with ?1; @attendee: ?1 is a participant
 * whose attendance goes too.  Appends, so one cascade can gather several
 * deletes. */
gboolean
_ta_store_cascade_collect (TaStore         *self,
                           TaStoreCascade  *cascade,
                           const char      *sessions_sql,
                           gint64           id,
                           gboolean         attendee,
                           GError         **error)
{
  g_autofree char *topics_sql = g_strdup_printf ("SELECT id FROM topics WHERE session_id IN (%s)", sessions_sql);
  g_autoptr(GArray) removed = NULL;
  g_autoptr(GArray) topics = NULL;
  g_autoptr(GArray) attended = NULL;

  removed = _ta_store_select_ids (self, sessions_sql, id, error);
  if (removed == NULL)
    return FALSE;
  topics = _ta_store_select_ids (self, topics_sql, id, error);
  if (topics == NULL)
    return FALSE;
  if (attendee)
    {
      g_autofree char *attended_sql =
        g_strdup_printf ("SELECT DISTINCT session_id FROM session_attendees "
                         "WHERE participant_id = ?1 AND session_id NOT IN (%s)", sessions_sql);

      attended = _ta_store_select_ids (self, attended_sql, id, error);
      if (attended == NULL)
        return FALSE;
    }

  if (cascade->sessions_removed == NULL)
    {
      cascade->sessions_removed = g_array_new (FALSE, FALSE, sizeof (gint64));
      cascade->sessions_updated = g_array_new (FALSE, FALSE, sizeof (gint64));
      cascade->topics_updated = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  g_array_append_vals (cascade->sessions_removed, removed->data, removed->len);
  g_array_append_vals (cascade->topics_updated, topics->data, topics->len);
  if (attended != NULL)
    g_array_append_vals (cascade->sessions_updated, attended->data, attended->len);

  return TRUE;
}

/* After the DELETE, inside its transaction: announced at the COMMIT. */
void
_ta_store_cascade_emit (TaStore        *self,
                        TaStoreCascade *cascade)
{
  _ta_store_emit_ids (self, SESSION_REMOVED, SESSIONS_RESET, cascade->sessions_removed);
  _ta_store_emit_ids (self, SESSION_UPDATED, SESSIONS_RESET, cascade->sessions_updated);
  _ta_store_emit_ids (self, TOPIC_UPDATED, TOPICS_RESET, cascade->topics_updated);
}

void
_ta_store_cascade_clear (TaStoreCascade *cascade)
{
  g_clear_pointer (&cascade->sessions_removed, g_array_unref);
  g_clear_pointer (&cascade->sessions_updated, g_array_unref);
  g_clear_pointer (&cascade->topics_updated, g_array_unref);
}

/* Read back and emit: one place for every kind */

void
_ta_store_emit_fresh (TaStore *self,
                      guint    signal,
                      gint64   id)
{
  g_autoptr(GObject) fresh = NULL;
  g_autoptr(GError) error = NULL;
  const char *kind;

  {
    STORE_LOCKED (self);

    switch (signal)
      {
      case PARTICIPANT_ADDED:
      case PARTICIPANT_UPDATED:
        kind = "participant";
        fresh = (GObject *) _ta_store_get_participant (self, id, &error);
        break;
      case PAIRING_ADDED:
      case PAIRING_UPDATED:
        kind = "pairing";
        fresh = (GObject *) _ta_store_get_pairing (self, id, &error);
        break;
      case SESSION_ADDED:
      case SESSION_UPDATED:
        kind = "session";
        fresh = (GObject *) _ta_store_get_session (self, id, &error);
        break;
      case TOPIC_ADDED:
      case TOPIC_UPDATED:
        kind = "topic";
        fresh = (GObject *) _ta_store_get_topic (self, id, &error);
        break;
      default:
        g_assert_not_reached ();
      }
  }

  if (fresh == NULL)
    g_warning ("Could not read back %s %" G_GINT64_FORMAT ": %s", kind, id, error->message);
  else
    _ta_store_emit (self, signal, fresh, 0);
}

/**
 * ta_store_check_for_changes:
 * @self: a #TaStore
 *
 * Looks whether another connection (another process, or another store on
 * the same file) committed since the last look; if so, emits every kind's
 * reset signal (participants-reset, pairings-reset, sessions-reset,
 * topics-reset, pair-rules-changed, match-settings-changed,
 * check-ins-changed), through which
 * the live lists reload what changed.  Cheap: one pragma.  When the store
 * is busy on another thread it does nothing and says so; ask again later.
 *
 * Returns: %TRUE if changes were found and announced
 */
gboolean
ta_store_check_for_changes (TaStore *self)
{
  gint64 version = 0;
  gboolean changed;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);

  /* Never wait for a long operation of a worker thread: the main loop
   * asks again soon. */
  if (!g_rec_mutex_trylock (&self->lock))
    return FALSE;
  changed = read_data_version (self, &version) && version != self->data_version;
  if (changed)
    self->data_version = version;
  g_rec_mutex_unlock (&self->lock);

  if (!changed)
    return FALSE;

  g_debug ("Another connection changed %s", self->path);
  _ta_store_emit (self, PARTICIPANTS_RESET, NULL, 0);
  _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
  _ta_store_emit (self, PAIR_RULES_CHANGED, NULL, 0);
  _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);
  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  _ta_store_emit (self, TOPICS_RESET, NULL, 0);
  _ta_store_emit (self, CHECK_INS_CHANGED, NULL, 0);

  return TRUE;
}
