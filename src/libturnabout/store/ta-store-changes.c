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

#define G_LOG_DOMAIN "ta-store"

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
 * topics-reset, pair-rules-changed, match-settings-changed), through which
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

  return TRUE;
}
