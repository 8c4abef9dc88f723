/* ta-store-sessions.c
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

/* The calendar part of TaStore: one-on-ones and group sessions with their
 * attendees. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-availability.h"
#include "ta-session-private.h"
#include "ta-store-private.h"

#define SESSION_COLUMNS \
  "id, kind, pairing_id, title, starts_at, duration_minutes, location, status, cancelled_by, " \
  "cancel_reason, notes, mentor_learned, mentee_learned, mentor_rating, mentee_rating, " \
  "series_id, occurrence_start, mentor_learned_shared, mentee_learned_shared"

static TaSession *
session_from_row (sqlite3_stmt *stmt)
{
  TaSessionKind kind;
  TaSession *session;

  if (!ta_session_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind))
    kind = TA_SESSION_KIND_ONE_ON_ONE;

  session = ta_session_new (kind);
  session->id = sqlite3_column_int64 (stmt, 0);
  session->revision = sqlite3_column_int64 (stmt, 19);
  session->pairing_id = sqlite3_column_int64 (stmt, 2);
  session->title = _ta_store_column_text (stmt, 3);
  session->starts_at = ta_time_from_utc_string ((const char *) sqlite3_column_text (stmt, 4));
  session->duration = sqlite3_column_int (stmt, 5);
  session->location = _ta_store_column_text (stmt, 6);
  if (!ta_session_status_from_string ((const char *) sqlite3_column_text (stmt, 7), &session->status))
    session->status = TA_SESSION_STATUS_PLANNED;
  session->cancelled_by = sqlite3_column_type (stmt, 8) == SQLITE_NULL
                          ? TA_SESSION_CANCELLED_BY_NOBODY : sqlite3_column_int64 (stmt, 8);
  session->cancel_reason = _ta_store_column_text (stmt, 9);
  session->notes = _ta_store_column_text (stmt, 10);
  session->mentor_learned = _ta_store_column_text (stmt, 11);
  session->mentee_learned = _ta_store_column_text (stmt, 12);
  session->mentor_rating = sqlite3_column_int (stmt, 13);
  session->mentee_rating = sqlite3_column_int (stmt, 14);
  session->series_id = sqlite3_column_int64 (stmt, 15);
  session->occurrence_start = ta_time_from_utc_string ((const char *) sqlite3_column_text (stmt, 16));
  session->mentor_learned_shared = sqlite3_column_int (stmt, 17) != 0;
  session->mentee_learned_shared = sqlite3_column_int (stmt, 18) != 0;

  return session;
}

/* Attendees of the sessions of @by_id, in one scan. */
static gboolean
load_attendees (TaStore     *self,
                GHashTable  *by_id,
                const char  *where,
                const char  *from,
                const char  *to,
                gint64       id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT a.session_id, a.participant_id FROM session_attendees a "
                         "JOIN sessions s ON s.id = a.session_id %s "
                         "ORDER BY a.session_id, a.participant_id", where);
  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (from != NULL)
    {
      _ta_store_bind_text (stmt, 1, from);
      _ta_store_bind_text (stmt, 2, to);
    }
  else if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 session_id = sqlite3_column_int64 (stmt, 0);
      gint64 participant_id = sqlite3_column_int64 (stmt, 1);
      TaSession *session = g_hash_table_lookup (by_id, &session_id);

      if (session != NULL)
        g_array_append_val (session->attendees, participant_id);
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The attendees could not be read"));

  return TRUE;
}

/* @where uses ?1 and ?2 for @from and @to, or ?1 for @id. */
static GPtrArray *
query_sessions (TaStore     *self,
                const char  *where,
                const char  *from,
                const char  *to,
                gint64       id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree char *sql = NULL;
  gboolean any_group = FALSE;
  int rc;

  sql = g_strdup_printf ("SELECT " SESSION_COLUMNS ", s.revision FROM sessions s %s ORDER BY starts_at, id", where);
  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (from != NULL)
    {
      _ta_store_bind_text (stmt, 1, from);
      _ta_store_bind_text (stmt, 2, to);
    }
  else if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaSession *session = session_from_row (stmt);

      any_group |= session->kind != TA_SESSION_KIND_ONE_ON_ONE;
      g_ptr_array_add (sessions, session);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The sessions could not be read"));
      return NULL;
    }

  /* Only group sessions have attendees: skip the scan for a month of
   * one-on-ones. */
  if (any_group)
    {
      by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < sessions->len; i++)
        {
          TaSession *session = g_ptr_array_index (sessions, i);

          g_hash_table_insert (by_id, &session->id, session);
        }
      if (!load_attendees (self, by_id, where, from, to, id, error))
        return NULL;
    }

  return g_steal_pointer (&sessions);
}

/**
 * ta_store_list_sessions:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaSession): every session, by
 *   start
 */
GPtrArray *
ta_store_list_sessions (TaStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  {
    STORE_LOCKED (self);
    return query_sessions (self, "", NULL, NULL, 0, error);
  }
}

/**
 * ta_store_list_sessions_between:
 * @self: a #TaStore
 * @from: the first instant
 * @to: the instant after the last one
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaSession): the sessions that
 *   start at or after @from and before @to, by start
 */
GPtrArray *
ta_store_list_sessions_between (TaStore    *self,
                                GDateTime  *from,
                                GDateTime  *to,
                                GError    **error)
{
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  from_text = ta_time_to_utc_string (from);
  to_text = ta_time_to_utc_string (to);

  {
    STORE_LOCKED (self);
    return query_sessions (self, "WHERE s.starts_at >= ?1 AND s.starts_at < ?2",
                           from_text, to_text, 0, error);
  }
}

/**
 * ta_store_list_sessions_of_pairing:
 * @self: a #TaStore
 * @pairing_id: a pairing
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaSession): the one-on-ones of
 *   the pairing, by start
 */
GPtrArray *
ta_store_list_sessions_of_pairing (TaStore  *self,
                                   gint64    pairing_id,
                                   GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (pairing_id > 0, NULL);

  {
    STORE_LOCKED (self);
    return query_sessions (self, "WHERE s.pairing_id = ?1", NULL, NULL, pairing_id, error);
  }
}

TaSession *
_ta_store_get_session (TaStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GPtrArray) found = query_sessions (self, "WHERE s.id = ?1", NULL, NULL, id, error);

  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This session is no longer in the calendar"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ta_store_get_session:
 * @self: a #TaStore
 * @id: the session's id
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): a fresh copy of the session
 */
TaSession *
ta_store_get_session (TaStore  *self,
                      gint64    id,
                      GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (id > 0, NULL);

  {
    STORE_LOCKED (self);
    return _ta_store_get_session (self, id, error);
  }
}

/* Consistency with the rest of the programme */

/* @known_cancelled_by: what the store has; a person who cancelled and
 * left the programme since does not block other edits of the session. */
static gboolean
check_session (TaStore    *self,
               TaSession  *session,
               gint64      known_cancelled_by,
               GError    **error)
{
  gboolean exists = FALSE;

  if (!ta_session_validate (session, error))
    return FALSE;

  if (session->pairing_id > 0)
    {
      if (!_ta_store_row_exists (self, "SELECT 1 FROM pairings WHERE id = ?1", session->pairing_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("The pairing of this session is no longer in the programme"));
          return FALSE;
        }
    }

  if (session->cancelled_by > 0 && session->cancelled_by != known_cancelled_by)
    {
      if (!_ta_store_row_exists (self, "SELECT 1 FROM participants WHERE id = ?1", session->cancelled_by, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("The person who cancelled the session is no longer in the programme"));
          return FALSE;
        }
    }

  for (guint i = 0; i < session->attendees->len; i++)
    {
      if (!_ta_store_row_exists (self, "SELECT 1 FROM participants WHERE id = ?1",
                       g_array_index (session->attendees, gint64, i), &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("An attendee of this session is no longer in the programme"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
save_attendees (TaStore    *self,
                TaSession  *session,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  clear = _ta_store_prepare (self, "DELETE FROM session_attendees WHERE session_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, session->id);
  if (!_ta_store_step_done (self, clear, _("The attendees could not be saved"), error))
    return FALSE;

  if (session->attendees->len == 0)
    return TRUE;

  insert = _ta_store_prepare (self,
                              "INSERT INTO session_attendees (session_id, participant_id) VALUES (?1, ?2)",
                              error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < session->attendees->len; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, session->id);
      sqlite3_bind_int64 (insert, 2, g_array_index (session->attendees, gint64, i));
      if (!_ta_store_step_done (self, insert, _("The attendees could not be saved"), error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_session (sqlite3_stmt *stmt,
              TaSession    *session,
              const char   *now)
{
  g_autofree char *starts_at = ta_time_to_utc_string (session->starts_at);
  g_autofree char *occurrence_start = NULL;

  if (session->occurrence_start != NULL)
    occurrence_start = ta_time_to_utc_string (session->occurrence_start);

  _ta_store_bind_id (stmt, 1, session->id);
  sqlite3_bind_text (stmt, 2, ta_session_kind_to_string (session->kind), -1, SQLITE_STATIC);
  _ta_store_bind_id (stmt, 3, session->pairing_id);
  _ta_store_bind_text (stmt, 4, session->title);
  sqlite3_bind_text (stmt, 5, starts_at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, session->duration);
  _ta_store_bind_text (stmt, 7, session->location);
  sqlite3_bind_text (stmt, 8, ta_session_status_to_string (session->status), -1, SQLITE_STATIC);
  if (session->cancelled_by == TA_SESSION_CANCELLED_BY_NOBODY)
    sqlite3_bind_null (stmt, 9);
  else
    sqlite3_bind_int64 (stmt, 9, session->cancelled_by);
  _ta_store_bind_text (stmt, 10, session->cancel_reason);
  _ta_store_bind_text (stmt, 11, session->notes);
  _ta_store_bind_text (stmt, 12, session->mentor_learned);
  _ta_store_bind_text (stmt, 13, session->mentee_learned);
  if (session->mentor_rating > 0)
    sqlite3_bind_int (stmt, 14, session->mentor_rating);
  else
    sqlite3_bind_null (stmt, 14);
  if (session->mentee_rating > 0)
    sqlite3_bind_int (stmt, 15, session->mentee_rating);
  else
    sqlite3_bind_null (stmt, 15);
  _ta_store_bind_id (stmt, 16, session->series_id);
  if (occurrence_start != NULL)
    sqlite3_bind_text (stmt, 17, occurrence_start, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 17);
  sqlite3_bind_int (stmt, 18, session->mentor_learned_shared ? 1 : 0);
  sqlite3_bind_int (stmt, 19, session->mentee_learned_shared ? 1 : 0);
  _ta_store_bind_text (stmt, 20, now);
}

/* Inserts @session (keeping its id when it has one) with its attendees;
 * inside a transaction. */
gboolean
_ta_store_insert_session (TaStore    *self,
                          TaSession  *session,
                          GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_text ();

  if (!check_session (self, session, TA_SESSION_CANCELLED_BY_NOBODY, error))
    return FALSE;

  stmt = _ta_store_prepare (self,
                            "INSERT INTO sessions (" SESSION_COLUMNS ", created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                            "?15, ?16, ?17, ?18, ?19, ?20, ?20)",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_session (stmt, session, now);
  if (!_ta_store_step_done (self, stmt, _("The session could not be saved"), error))
    return FALSE;

  session->id = sqlite3_last_insert_rowid (self->db);
  return save_attendees (self, session, error);
}

/* Writes @session over its row, @stored; inside a transaction. */
gboolean
_ta_store_write_session (TaStore    *self,
                         TaSession  *session,
                         TaSession  *stored,
                         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_text ();

  if (!check_session (self, session, stored->cancelled_by, error))
    return FALSE;

  stmt = _ta_store_prepare (self,
                            "UPDATE sessions SET kind = ?2, pairing_id = ?3, title = ?4, starts_at = ?5, "
                            "duration_minutes = ?6, location = ?7, status = ?8, cancelled_by = ?9, "
                            "cancel_reason = ?10, notes = ?11, mentor_learned = ?12, mentee_learned = ?13, "
                            "mentor_rating = ?14, mentee_rating = ?15, series_id = ?16, "
                            "occurrence_start = ?17, mentor_learned_shared = ?18, mentee_learned_shared = ?19, "
                            "updated_at = ?20, revision = revision + 1 WHERE id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_session (stmt, session, now);
  return _ta_store_step_done (self, stmt, _("The session could not be saved"), error) &&
         save_attendees (self, session, error);
}

/**
 * ta_store_add_session:
 * @self: a #TaStore
 * @session: a new session; its id is set on success
 * @error: %TA_STORE_ERROR_INVALID says which rule it breaks
 *
 * Adds @session with its attendees, then emits #TaStore::session-added.
 * A session added this way belongs to no series.
 */
gboolean
ta_store_add_session (TaStore    *self,
                      TaSession  *session,
                      GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    session->id = 0;
    _ta_session_set_series (session, 0, NULL);
    if (!_ta_store_begin (self, error))
      return FALSE;
    if (!_ta_store_insert_session (self, session, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        session->id = 0;
        return FALSE;
      }
  }

  g_object_notify (G_OBJECT (session), "id");
  _ta_store_emit_fresh (self, SESSION_ADDED, session->id);
  return TRUE;
}

/* Held and no-show are facts about a meeting that began, of a pair that
 * really started: a mark on a session still ahead, or of a pair that is
 * only proposed, would make the history and the momentum lie.  Checked
 * when the status changes to one of them; a correction of what was
 * recorded (a held session's notes) is not a new mark. */
static gboolean
check_begun (TaStore    *self,
             TaSession  *session,
             TaSession  *stored,
             GError    **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  gboolean proposed = FALSE;

  if (session->status != TA_SESSION_STATUS_HELD && session->status != TA_SESSION_STATUS_NO_SHOW)
    return TRUE;
  if (stored->status == session->status)
    return TRUE;

  local = g_date_time_to_local (session->starts_at);
  /* Translators: a session's date and time in an error message, see
   * g_date_time_format() (%x is the locale's date) */
  when = g_date_time_format (local, C_("session error", "%x %H:%M"));

  now = g_date_time_new_now_utc ();
  if (g_date_time_compare (session->starts_at, now) > 0)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %s is the session's date and time */
                   _("The session of %s has not begun yet: only a session that has started can be marked held or no-show"),
                   when);
      return FALSE;
    }

  if (session->pairing_id > 0 &&
      !_ta_store_row_exists (self, "SELECT 1 FROM pairings WHERE id = ?1 AND status = 'proposed'",
                   session->pairing_id, &proposed, error))
    return FALSE;
  if (proposed)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %s is the session's date and time */
                   _("The session of %s belongs to a pair that is only proposed: make the pair active before marking its sessions held or no-show"),
                   when);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_update_session:
 * @self: a #TaStore
 * @session: a session of the store, edited
 * @error: %TA_STORE_ERROR_INVALID says which rule it breaks;
 *   %TA_STORE_ERROR_NOT_FOUND if it is gone
 *
 * Saves @session, then emits #TaStore::session-updated.  Its status
 * follows ta_session_status_can_change(); a cancelled one says who
 * cancelled it and why.  Its series and occurrence stay what the store
 * has: moving one occurrence of a series keeps it in the series, as an
 * override.  A session is marked held or no-show only once it has begun,
 * and not while its pair is proposed (%TA_STORE_ERROR_INVALID, naming its
 * date; nothing is written).
 */
gboolean
ta_store_update_session (TaStore    *self,
                         TaSession  *session,
                         GError    **error)
{
  gint64 revision = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_SESSION (session), FALSE);
  g_return_val_if_fail (session->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(TaSession) stored = NULL;
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    stored = _ta_store_get_session (self, session->id, error);
    if (stored == NULL)
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    /* A copy read before another window or process changed the session
     * (marked it held, say) must not write its stale values back. */
    if (!_ta_store_check_unchanged ("sessions", stored->revision, session->revision, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (!ta_session_status_can_change (stored->status, session->status))
      {
        _ta_store_rollback (self);
        g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                     /* Translators: both are session statuses, e.g. “Held” and “Cancelled” */
                     _("A session that is “%1$s” cannot become “%2$s”; mark it planned first"),
                     ta_session_status_get_label (stored->status),
                     ta_session_status_get_label (session->status));
        return FALSE;
      }

    if (!check_begun (self, session, stored, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    _ta_session_set_series (session, stored->series_id, stored->occurrence_start);
    if (!_ta_store_write_session (self, session, stored, error) ||
        !_ta_store_read_revision (self, "sessions", session->id, &revision, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  session->revision = revision;
  _ta_store_emit_fresh (self, SESSION_UPDATED, session->id);
  return TRUE;
}

/**
 * ta_store_delete_session:
 * @self: a #TaStore
 * @id: the session
 * @error: %TA_STORE_ERROR_NOT_FOUND if it is gone already
 *
 * Deletes a session, then emits #TaStore::session-removed.  An occurrence
 * of a series is remembered as removed from it (an EXDATE), so extending
 * the series never brings it back.  A session that did not take place is
 * better marked cancelled: the history, and the momentum, stay true.
 */
gboolean
ta_store_delete_session (TaStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) exception = NULL;
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_autoptr(GArray) topics = NULL;
    STORE_LOCKED (self);

    exception = _ta_store_prepare (self,
                                   "INSERT OR IGNORE INTO series_exceptions (series_id, occurrence_start) "
                                   "SELECT series_id, occurrence_start FROM sessions "
                                   "WHERE id = ?1 AND series_id IS NOT NULL",
                                   error);
    if (exception == NULL)
      return FALSE;
    stmt = _ta_store_prepare (self, "DELETE FROM sessions WHERE id = ?1", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    sqlite3_bind_int64 (exception, 1, id);
    sqlite3_bind_int64 (stmt, 1, id);
    /* A topic presented at it loses its session (ON DELETE SET NULL). */
    topics = _ta_store_select_ids (self, "SELECT id FROM topics WHERE session_id = ?1", id, error);
    if (topics == NULL ||
        !_ta_store_step_done (self, exception, _("The session could not be deleted"), error) ||
        !_ta_store_step_done (self, stmt, _("The session could not be deleted"), error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (sqlite3_changes (self->db) == 0)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                             _("This session is no longer in the calendar"));
        return FALSE;
      }

    _ta_store_emit_ids (self, TOPIC_UPDATED, TOPICS_RESET, topics);
    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  _ta_store_emit (self, SESSION_REMOVED, NULL, id);
  return TRUE;
}

/* Undo of a participant's delete (see ta-store-pairings.c)
 *
 * Deleting a person cascades away their pairings' series and sessions and
 * their attendance of group sessions.  Those rows are copied, before the
 * delete, into TEMP tables of this connection (gone when the programme is
 * closed, like the rest of the undo) and copied back on restore, for the
 * pairings that came back. */

/* The rows are kept in the trash (ta-store-trash.c), every column. */

#define OF_THEIR_PAIRINGS "pairing_id IN (SELECT id FROM main.pairings WHERE mentor_id = ?1 OR mentee_id = ?1)"

/* Inside the delete's transaction, before the participant's row goes. */
gboolean
_ta_store_save_sessions_of (TaStore   *self,
                            gint64     participant_id,
                            gboolean  *out_had_any,
                            GError   **error)
{
  guint changes = 0;

  if (!_ta_store_trash_rows (self, "session_series", OF_THEIR_PAIRINGS, participant_id, &changes, error) ||
      !_ta_store_trash_rows (self, "series_exceptions",
                             "series_id IN (SELECT id FROM temp.trash_session_series WHERE owner = ?1)",
                             participant_id, &changes, error) ||
      !_ta_store_trash_rows (self, "sessions", OF_THEIR_PAIRINGS, participant_id, &changes, error) ||
      /* issue 14: their pairs' check-in answers */
      !_ta_store_trash_rows (self, "check_ins", OF_THEIR_PAIRINGS, participant_id, &changes, error) ||
      !_ta_store_trash_rows (self, "session_attendees",
                             "participant_id = ?1 OR session_id IN "
                             "(SELECT id FROM temp.trash_sessions WHERE owner = ?1)",
                             participant_id, &changes, error))
    return FALSE;

  *out_had_any = changes > 0;
  return TRUE;
}

/* Inside the restore's transaction, after the pairings came back: what
 * came back with them, as it was.  A session's canceller deleted meanwhile
 * becomes the facilitator (0), a series deleted meanwhile no series. */
gboolean
_ta_store_restore_sessions_of (TaStore   *self,
                               gint64     participant_id,
                               GError   **error)
{
  return _ta_store_untrash_rows (self, "session_series", "pairing_id IN (SELECT id FROM main.pairings)",
                                 participant_id, error) &&
         _ta_store_untrash_rows (self, "series_exceptions", "series_id IN (SELECT id FROM main.session_series)",
                                 participant_id, error) &&
         _ta_store_trash_fix (self, "sessions",
                              "cancelled_by = 0 WHERE cancelled_by <> 0 "
                              "AND cancelled_by NOT IN (SELECT id FROM main.participants)",
                              participant_id, error) &&
         _ta_store_trash_fix (self, "sessions",
                              "series_id = NULL WHERE series_id NOT IN (SELECT id FROM main.session_series)",
                              participant_id, error) &&
         _ta_store_untrash_rows (self, "sessions", "pairing_id IN (SELECT id FROM main.pairings)",
                                 participant_id, error) &&
         _ta_store_untrash_rows (self, "check_ins", "pairing_id IN (SELECT id FROM main.pairings)",
                                 participant_id, error) &&
         _ta_store_untrash_rows (self, "session_attendees",
                                 "session_id IN (SELECT id FROM main.sessions) "
                                 "AND participant_id IN (SELECT id FROM main.participants)",
                                 participant_id, error);
}

/* Checks */

/* "2026-03-10 14:00", local time, of a stored UTC start. */
static char *
local_start (const char *utc)
{
  g_autoptr(GDateTime) start = utc != NULL ? ta_time_from_utc_string (utc) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (start == NULL)
    return g_utf8_make_valid (utc != NULL ? utc : "?", -1);
  local = g_date_time_to_local (start);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
describe_session_problem (guint        rule,
                          const char  *id,
                          const char  *when,
                          const char  *who,
                          const char  *other_id)
{
  switch (rule)
    {
    case 0:
      /* Translators: %1$s is a session number, %2$s its date and time. */
      return g_strdup_printf (_("Session %1$s on %2$s: held, with a rating outside 1 to 5"), id, when);
    case 1:
      /* Translators: %1$s is a session number, %2$s its date and time. */
      return g_strdup_printf (_("Session %1$s on %2$s: cancelled without a reason"), id, when);
    case 2:
      /* Translators: %1$s is a session number, %2$s its date and time. */
      return g_strdup_printf (_("Session %1$s on %2$s: a one-on-one whose pairing is no longer in the programme"),
                              id, when);
    case 3:
      /* Translators: %1$s is an e-mail address, %2$s a date and time,
       * %3$s and %4$s session numbers. */
      return g_strdup_printf (_("%1$s: double-booked on %2$s (sessions %3$s and %4$s overlap)"),
                              who, when, other_id, id);
    default:
      g_assert_not_reached ();
    }
}

/* Each row: session id, its UTC start, and for the double-booking rule
 * the person's e-mail and the id of the session it overlaps.  Cancelled
 * sessions take nobody's time.  The double-booking rule walks each
 * person's sessions in time order once (a window), so it stays linear
 * in the number of sessions rather than comparing every pair. */
static const char * const session_rules[] = {
  "SELECT id, starts_at, NULL, NULL FROM sessions WHERE status = 'held' "
  "AND ((mentor_rating IS NOT NULL AND mentor_rating NOT BETWEEN 1 AND 5) "
  "  OR (mentee_rating IS NOT NULL AND mentee_rating NOT BETWEEN 1 AND 5)) ORDER BY starts_at, id",
  "SELECT id, starts_at, NULL, NULL FROM sessions WHERE status = 'cancelled' "
  "AND (cancel_reason IS NULL OR length (trim (cancel_reason)) = 0) ORDER BY starts_at, id",
  "SELECT s.id, s.starts_at, NULL, NULL FROM sessions s WHERE s.kind = 'one-on-one' "
  "AND (s.pairing_id IS NULL OR NOT EXISTS (SELECT 1 FROM pairings p WHERE p.id = s.pairing_id)) "
  "ORDER BY s.starts_at, s.id",
  "WITH busy (person, session, start, stop) AS ("
  "  SELECT p.mentor_id, s.id, unixepoch (s.starts_at), unixepoch (s.starts_at) + 60 * s.duration_minutes "
  "  FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE s.status <> 'cancelled' "
  "  UNION ALL "
  "  SELECT p.mentee_id, s.id, unixepoch (s.starts_at), unixepoch (s.starts_at) + 60 * s.duration_minutes "
  "  FROM sessions s JOIN pairings p ON p.id = s.pairing_id WHERE s.status <> 'cancelled' "
  "  UNION ALL "
  "  SELECT a.participant_id, s.id, unixepoch (s.starts_at), unixepoch (s.starts_at) + 60 * s.duration_minutes "
  "  FROM sessions s JOIN session_attendees a ON a.session_id = s.id WHERE s.status <> 'cancelled'), "
  "ordered AS ("
  "  SELECT person, session, start, stop, "
  "    lag (session) OVER w AS previous, lag (stop) OVER w AS previous_stop "
  "  FROM busy WINDOW w AS (PARTITION BY person ORDER BY start, session)) "
  "SELECT o.session, s.starts_at, p.email, o.previous FROM ordered o "
  "JOIN sessions s ON s.id = o.session JOIN participants p ON p.id = o.person "
  "WHERE o.previous IS NOT NULL AND o.previous <> o.session AND o.previous_stop > o.start "
  "ORDER BY s.starts_at, o.session, p.email",
};

/* ta_store_check() for the calendar: one line per problem. */
gboolean
_ta_store_check_sessions (TaStore    *self,
                          GPtrArray  *problems,
                          GError    **error)
{
  g_assert (TA_IS_STORE (self));
  g_assert (problems != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (session_rules); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, session_rules[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
          g_autofree char *when = local_start ((const char *) sqlite3_column_text (stmt, 1));
          g_autofree char *who = NULL;
          g_autofree char *other = NULL;

          if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
            who = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 2), -1);
          if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
            other = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 3));

          g_ptr_array_add (problems, describe_session_problem (i, id, when, who, other));
        }

      if (rc != SQLITE_DONE)
        return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                                _("The programme file could not be checked"));
    }

  return TRUE;
}
