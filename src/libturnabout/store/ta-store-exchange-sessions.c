/* ta-store-exchange-sessions.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-exchange-private.h"

/*
 * A pair's one-on-ones and goals as both merges see them: read once per
 * file (by the pair's index), found by uid or by the occurrence of a
 * series they stand for, and written with cached statements, so that a
 * file costs a few indexed statements and never a scan of a table.
 */

static void
local_session_free (gpointer data)
{
  TaExLocalSession *session = data;

  g_free (session->uid);
  g_free (session->exchange_uid);
  g_free (session->starts);
  g_free (session->occurrence);
  g_free (session->location);
  g_free (session->title);
  g_free (session->cancel_reason);
  for (guint side = 0; side < TA_EX_SIDES; side++)
    g_free (session->learned[side]);
  g_free (session);
}

void
_ta_ex_local_clear (TaExLocal *local)
{
  g_clear_pointer (&local->sessions, g_ptr_array_unref);
  g_clear_pointer (&local->by_uid, g_hash_table_unref);
  g_clear_pointer (&local->by_occurrence, g_hash_table_unref);
  g_clear_pointer (&local->goals, g_ptr_array_unref);
  g_clear_pointer (&local->positions, g_array_unref);
}

static char *
occurrence_key (gint64      series_id,
                const char *occurrence)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "|%s", series_id, occurrence);
}

static gboolean
load_sessions (TaExMerge  *merge,
               TaExLocal  *local,
               GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (merge->store,
                           "SELECT id, exchange_uid, series_id, starts_at, occurrence_start, duration_minutes, "
                           "location, status, title, cancelled_by, cancel_reason, mentor_learned, "
                           "mentee_learned, mentor_learned_shared, mentee_learned_shared, mentor_rating, "
                           "mentee_rating FROM sessions "
                           "WHERE pairing_id = ?1 AND kind = 'one-on-one' ORDER BY starts_at, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExLocalSession *session = g_new0 (TaExLocalSession, 1);

      session->id = sqlite3_column_int64 (stmt, 0);
      session->exchange_uid = _ta_store_column_text (stmt, 1);
      session->uid = _ta_ex_uid (merge->programme_id, "session", session->id, session->exchange_uid);
      session->series_id = sqlite3_column_int64 (stmt, 2);
      session->starts = _ta_store_column_text (stmt, 3);
      session->occurrence = _ta_store_column_text (stmt, 4);
      session->duration = sqlite3_column_int (stmt, 5);
      session->location = _ta_store_column_text (stmt, 6);
      if (!ta_session_status_from_string ((const char *) sqlite3_column_text (stmt, 7), &session->status))
        session->status = TA_SESSION_STATUS_PLANNED;
      session->title = _ta_store_column_text (stmt, 8);
      session->cancelled_by = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 9);
      session->cancel_reason = _ta_store_column_text (stmt, 10);
      for (guint side = 0; side < TA_EX_SIDES; side++)
        {
          session->learned[side] = _ta_store_column_text (stmt, 11 + side);
          session->shared[side] = sqlite3_column_int (stmt, 13 + side) != 0;
          session->rating[side] = sqlite3_column_int (stmt, 15 + side);
        }

      g_ptr_array_add (local->sessions, session);
      g_hash_table_insert (local->by_uid, session->uid, session);
      if (session->series_id > 0 && session->occurrence != NULL)
        g_hash_table_insert (local->by_occurrence, occurrence_key (session->series_id, session->occurrence), session);
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (merge->store, rc, error);

  return TRUE;
}

static gboolean
load_goals (TaExMerge  *merge,
            TaExLocal  *local,
            GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (merge->store,
                           "SELECT position, title, done FROM pairing_goals WHERE pairing_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExGoal *goal = ta_ex_goal_new ((const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int (stmt, 2) != 0);
      int position = sqlite3_column_int (stmt, 0);

      g_ptr_array_add (local->goals, goal);
      local->next_position = MAX (local->next_position, position + 1);
      g_array_append_val (local->positions, position);
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (merge->store, rc, error);

  return TRUE;
}

/* The pair's sessions and goals; none while the pair is new. */
gboolean
_ta_ex_local_load (TaExMerge  *merge,
                   TaExLocal  *local,
                   GError    **error)
{
  local->sessions = g_ptr_array_new_with_free_func (local_session_free);
  local->by_uid = g_hash_table_new (g_str_hash, g_str_equal);
  local->by_occurrence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  local->goals = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_ex_goal_free);
  local->positions = g_array_new (FALSE, FALSE, sizeof (int));

  if (merge->pairing_id == 0)
    return TRUE;

  return load_sessions (merge, local, error) && load_goals (merge, local, error);
}

/* The local session @session of a file stands for: by uid, else the same
 * occurrence of the same series. */
TaExLocalSession *
_ta_ex_local_find (TaExLocal   *local,
                   TaExSession *session,
                   gint64       series_id)
{
  TaExLocalSession *found = g_hash_table_lookup (local->by_uid, session->uid);

  if (found == NULL && series_id > 0 && session->occurrence != NULL)
    {
      g_autofree char *occurrence = ta_time_to_utc_string (session->occurrence);
      g_autofree char *key = occurrence_key (series_id, occurrence);

      found = g_hash_table_lookup (local->by_occurrence, key);
    }

  return found;
}

/* The goal titled @title, case aside, or -1. */
int
_ta_ex_local_find_goal (TaExLocal  *local,
                        const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);

  for (guint i = 0; i < local->goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (local->goals, i);
      g_autofree char *other = g_utf8_casefold (goal->title, -1);

      if (g_str_equal (folded, other))
        return (int) i;
    }

  return -1;
}

gboolean
_ta_ex_write_goal (TaExMerge   *merge,
                   TaExLocal   *local,
                   int          index,
                   TaExGoal    *goal,
                   GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;

  if (index >= 0)
    {
      stmt = _ta_ex_statement (merge->store,
                               "UPDATE pairing_goals SET done = ?3 WHERE pairing_id = ?1 AND position = ?2", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 2, g_array_index (local->positions, int, index));
    }
  else
    {
      stmt = _ta_ex_statement (merge->store,
                               "INSERT INTO pairing_goals (pairing_id, position, title, done) VALUES (?1, ?2, ?4, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 2, local->next_position++);
      _ta_store_bind_text (stmt, 4, goal->title);
    }
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  sqlite3_bind_int (stmt, 3, goal->done ? 1 : 0);
  merge->goals_changed = TRUE;

  return _ta_store_step_done (merge->store, stmt, _("The goals could not be saved"), error);
}

/* A session's length as the table takes it. */
static int
duration_of (int duration)
{
  return duration >= 5 && duration <= 600 ? duration : 60;
}

static void
bind_nullable_int (sqlite3_stmt *stmt,
                   int           column,
                   gboolean      present,
                   gint64        value)
{
  if (present)
    sqlite3_bind_int64 (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

/* Writes @values (a local session's new values) over the row @values->id,
 * or as a new row of the pair when its id is 0 (then it is set). */
gboolean
_ta_ex_write_session (TaExMerge        *merge,
                      TaExLocalSession *values,
                      GError          **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  gboolean held = values->status == TA_SESSION_STATUS_HELD;
  gboolean added = values->id == 0;

  if (added)
    stmt = _ta_ex_statement (merge->store,
                             "INSERT INTO sessions (kind, pairing_id, starts_at, duration_minutes, location, status, "
                             "cancelled_by, cancel_reason, mentor_learned, mentee_learned, mentor_learned_shared, "
                             "mentee_learned_shared, mentor_rating, mentee_rating, series_id, occurrence_start, "
                             "title, exchange_uid, created_at, updated_at) VALUES ('one-on-one', ?1, ?2, ?3, ?4, "
                             "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
                             error);
  else
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE sessions SET starts_at = ?2, duration_minutes = ?3, location = ?4, status = ?5, "
                             "cancelled_by = ?6, cancel_reason = ?7, mentor_learned = ?8, mentee_learned = ?9, "
                             "mentor_learned_shared = ?10, mentee_learned_shared = ?11, mentor_rating = ?12, "
                             "mentee_rating = ?13, exchange_uid = ?17, updated_at = ?18, revision = revision + 1 "
                             "WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, added ? merge->pairing_id : values->id);
  _ta_store_bind_text (stmt, 2, values->starts);
  sqlite3_bind_int (stmt, 3, duration_of (values->duration));
  _ta_store_bind_text (stmt, 4, values->location);
  _ta_store_bind_text (stmt, 5, ta_session_status_to_string (values->status));
  bind_nullable_int (stmt, 6, values->status == TA_SESSION_STATUS_CANCELLED && values->cancelled_by >= 0,
                     values->cancelled_by);
  _ta_store_bind_text (stmt, 7, values->cancel_reason);
  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      _ta_store_bind_text (stmt, 8 + side, values->learned[side]);
      sqlite3_bind_int (stmt, 10 + side, values->shared[side] ? 1 : 0);
      bind_nullable_int (stmt, 12 + side, held && values->rating[side] > 0, values->rating[side]);
    }
  if (added)
    {
      bind_nullable_int (stmt, 14, values->series_id > 0, values->series_id);
      _ta_store_bind_text (stmt, 15, values->series_id > 0 ? values->occurrence : NULL);
      _ta_store_bind_text (stmt, 16, values->title);
    }
  _ta_store_bind_text (stmt, 17, values->exchange_uid);
  _ta_store_bind_text (stmt, 18, merge->now);

  if (!_ta_store_step_done (merge->store, stmt, _("The session could not be saved"), error))
    return FALSE;

  if (added)
    {
      values->id = sqlite3_last_insert_rowid (merge->store->db);
      g_array_append_val (merge->sessions_added, values->id);
    }
  else
    g_array_append_val (merge->sessions_updated, values->id);

  return TRUE;
}

/* A copy of @session's values to change. */
TaExLocalSession *
_ta_ex_local_copy (TaExLocalSession *session)
{
  TaExLocalSession *copy = g_memdup2 (session, sizeof *session);

  copy->uid = g_strdup (session->uid);
  copy->exchange_uid = g_strdup (session->exchange_uid);
  copy->starts = g_strdup (session->starts);
  copy->occurrence = g_strdup (session->occurrence);
  copy->location = g_strdup (session->location);
  copy->title = g_strdup (session->title);
  copy->cancel_reason = g_strdup (session->cancel_reason);
  for (guint side = 0; side < TA_EX_SIDES; side++)
    copy->learned[side] = g_strdup (session->learned[side]);

  return copy;
}

/* A new local session of the pair from the file's @session. */
TaExLocalSession *
_ta_ex_local_new (TaExMerge   *merge,
                  TaExSession *session,
                  gint64       series_id)
{
  TaExLocalSession *local = g_new0 (TaExLocalSession, 1);

  local->uid = g_strdup (session->uid);
  /* A uid of our own names a session deleted here since: it comes back
   * under the same name. */
  local->exchange_uid = g_strdup (session->uid);
  local->series_id = series_id;
  local->starts = ta_time_to_utc_string (session->starts);
  if (series_id > 0)
    local->occurrence = session->occurrence != NULL ? ta_time_to_utc_string (session->occurrence)
                                                    : g_strdup (local->starts);
  local->duration = duration_of (session->duration);
  local->location = g_strdup (session->location);
  local->status = session->status;
  local->title = g_strdup (session->title);
  local->cancelled_by = -1;
  local->cancel_reason = g_strdup (session->cancel_reason);
  if (session->status == TA_SESSION_STATUS_CANCELLED && session->cancelled_by >= 0)
    local->cancelled_by = merge->person[session->cancelled_by];
  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      local->learned[side] = g_strdup (session->learned[side]);
      local->shared[side] = session->learned[side] != NULL;
      local->rating[side] = session->status == TA_SESSION_STATUS_HELD ? session->rating[side] : 0;
    }

  return local;
}

void
_ta_ex_local_session_free (TaExLocalSession *session)
{
  local_session_free (session);
}

/* "Session on 9 February 2026 at 14:00" of a stored UTC start. */
char *
_ta_ex_describe_local (TaExLocalSession *session)
{
  g_autoptr(GDateTime) starts = ta_time_from_utc_string (session->starts);
  g_autofree char *when = starts != NULL ? ta_exchange_format_moment (starts) : g_strdup (session->starts);

  /* Translators: %s is a day and time ("9 February 2026 at 14:00") */
  return g_strdup_printf (_("Session on %s"), when);
}

gboolean
_ta_ex_touch_pairing (TaExMerge  *merge,
                      GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;

  stmt = _ta_ex_statement (merge->store,
                           "UPDATE pairings SET updated_at = ?2, revision = revision + 1 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  _ta_store_bind_text (stmt, 2, merge->now);
  merge->pairing_updated = TRUE;

  return _ta_store_step_done (merge->store, stmt, _("The pair could not be saved"), error);
}
