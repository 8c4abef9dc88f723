/* ta-store-topics.c
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

/* The research board part of TaStore: topics with their researchers,
 * interested people and sources, their order on the board, the
 * lunch-and-learn that presents them, and the topics mentees want that
 * the board does not cover yet. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant.h"
#include "ta-session-private.h"
#include "ta-store-private.h"
#include "ta-topic-private.h"

#define TOPIC_COLUMNS \
  "id, title, description, tags, stage, position, due_date, session_id, outcome, follow_up_id"

void
_ta_store_set_topic_not_found (GError **error)
{
  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                       _("This topic is no longer on the board"));
}

/* Writing */

/* Whether every id of @ids is a participant; @out_missing gets the first
 * one that is not. */
static gboolean
people_exist (TaStore     *self,
              GArray      *ids,
              gint64      *out_missing,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  *out_missing = 0;
  if (ids->len == 0)
    return TRUE;

  stmt = _ta_store_prepare (self, "SELECT 1 FROM participants WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      int rc;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          *out_missing = g_array_index (ids, gint64, i);
          return TRUE;
        }
      if (rc != SQLITE_ROW)
        return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));
    }

  return TRUE;
}

/* ta_topic_validate(), then what depends on the rest of the programme. */
static gboolean
check_topic (TaStore  *self,
             TaTopic  *topic,
             GError  **error)
{
  gboolean exists = FALSE;
  gint64 missing = 0;

  if (!ta_topic_validate (topic, error))
    return FALSE;

  if (!people_exist (self, topic->researchers, &missing, error))
    return FALSE;
  if (missing != 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A researcher of this topic is no longer in the programme"));
      return FALSE;
    }

  if (!people_exist (self, topic->interested, &missing, error))
    return FALSE;
  if (missing != 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Somebody interested in this topic is no longer in the programme"));
      return FALSE;
    }

  if (topic->follow_up_id != 0)
    {
      if (!_ta_store_row_exists (self, "SELECT 1 FROM participants WHERE id = ?1", topic->follow_up_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("The person who follows up on this topic is no longer in the programme"));
          return FALSE;
        }
    }

  if (topic->session_id != 0)
    {
      if (!_ta_store_row_exists (self, "SELECT 1 FROM sessions WHERE id = ?1 AND kind <> 'one-on-one'",
                       topic->session_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("The session presenting this topic is no longer in the calendar"));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
write_ids (TaStore     *self,
           const char  *table,
           gint64       topic_id,
           GArray      *ids,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *clear_sql = g_strdup_printf ("DELETE FROM %s WHERE topic_id = ?1", table);
  g_autofree char *insert_sql = g_strdup_printf ("INSERT INTO %s (topic_id, participant_id) VALUES (?1, ?2)",
                                                 table);

  clear = _ta_store_prepare (self, clear_sql, error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, topic_id);
  if (!_ta_store_step_done (self, clear, _("The topic could not be saved"), error))
    return FALSE;

  if (ids->len == 0)
    return TRUE;

  insert = _ta_store_prepare (self, insert_sql, error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, topic_id);
      sqlite3_bind_int64 (insert, 2, g_array_index (ids, gint64, i));
      if (!_ta_store_step_done (self, insert, _("The topic could not be saved"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_sources (TaStore  *self,
               TaTopic  *topic,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  clear = _ta_store_prepare (self, "DELETE FROM topic_sources WHERE topic_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, topic->id);
  if (!_ta_store_step_done (self, clear, _("The sources could not be saved"), error))
    return FALSE;

  if (topic->sources->len == 0)
    return TRUE;

  insert = _ta_store_prepare (self,
                              "INSERT INTO topic_sources (topic_id, position, url, note) VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < topic->sources->len; i++)
    {
      TaTopicSource *source = g_ptr_array_index (topic->sources, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, topic->id);
      sqlite3_bind_int (insert, 2, (int) i);
      sqlite3_bind_text (insert, 3, source->url, -1, SQLITE_TRANSIENT);
      _ta_store_bind_text (insert, 4, source->note);
      if (!_ta_store_step_done (self, insert, _("The sources could not be saved"), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_children (TaStore  *self,
                TaTopic  *topic,
                GError  **error)
{
  return write_ids (self, "topic_researchers", topic->id, topic->researchers, error) &&
         write_ids (self, "topic_interest", topic->id, topic->interested, error) &&
         write_sources (self, topic, error);
}

/* ?1 id, ?2 title, ?3 description, ?4 tags, ?5 stage, ?6 position,
 * ?7 due date, ?8 session, ?9 outcome, ?10 follow-up, ?11 now; a
 * statement may leave some out (SQLite counts up to the highest used). */
static void
bind_topic (sqlite3_stmt *stmt,
            TaTopic      *topic,
            const char   *now)
{
  g_autofree char *tags = _ta_store_join_list ((const char * const *) topic->tags);

  _ta_store_bind_id (stmt, 1, topic->id);
  _ta_store_bind_text (stmt, 2, topic->title);
  _ta_store_bind_text (stmt, 3, topic->description);
  _ta_store_bind_text (stmt, 4, tags);
  sqlite3_bind_int (stmt, 5, (int) topic->stage);
  sqlite3_bind_int (stmt, 6, topic->position);
  _ta_store_bind_text (stmt, 7, topic->due_date);
  _ta_store_bind_id (stmt, 8, topic->session_id);
  _ta_store_bind_text (stmt, 9, topic->outcome);
  _ta_store_bind_id (stmt, 10, topic->follow_up_id);
  _ta_store_bind_text (stmt, 11, now);
}

static gboolean
count_in_stage (TaStore       *self,
                TaTopicStage   stage,
                int           *out_count,
                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, "SELECT count(*) FROM topics WHERE stage = ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) stage);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));

  *out_count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* Moves the cards of @stage from @from on (to @to, exclusive; -1: the
 * end) by @delta, in one statement that the (stage, position) index
 * serves. */
static gboolean
shift_positions (TaStore       *self,
                 TaTopicStage   stage,
                 int            from,
                 int            to,
                 int            delta,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _ta_store_prepare (self,
                            "UPDATE topics SET position = position + ?4 "
                            "WHERE stage = ?1 AND position >= ?2 AND (?3 < 0 OR position < ?3)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) stage);
  sqlite3_bind_int (stmt, 2, from);
  sqlite3_bind_int (stmt, 3, to);
  sqlite3_bind_int (stmt, 4, delta);
  return _ta_store_step_done (self, stmt, _("The research board could not be saved"), error);
}

/* Inserts @topic at its stage and position (its id kept when it has one). */
static gboolean
insert_topic (TaStore  *self,
              TaTopic  *topic,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_text ();

  stmt = _ta_store_prepare (self,
                            "INSERT INTO topics (" TOPIC_COLUMNS ", created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                            error);
  if (stmt == NULL)
    return FALSE;

  bind_topic (stmt, topic, now);
  if (!_ta_store_step_done (self, stmt, _("The topic could not be saved"), error))
    return FALSE;

  topic->id = sqlite3_last_insert_rowid (self->db);
  return write_children (self, topic, error);
}

/**
 * ta_store_add_topic:
 * @self: a #TaStore
 * @topic: a new topic; its id and position are set on success
 * @error: %TA_STORE_ERROR_INVALID says which field is wrong and why
 *
 * Adds @topic at the end of its stage (its position is ignored), then
 * emits #TaStore::topic-added.
 */
gboolean
ta_store_add_topic (TaStore  *self,
                    TaTopic  *topic,
                    GError  **error)
{
  int old_position;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  old_position = topic->position;

  {
    STORE_LOCKED (self);

    if (!check_topic (self, topic, error) || !_ta_store_begin (self, error))
      return FALSE;

    topic->id = 0;
    if (!count_in_stage (self, topic->stage, &topic->position, error) ||
        !insert_topic (self, topic, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        topic->id = 0;
        topic->position = old_position;
        return FALSE;
      }
  }

  g_object_notify (G_OBJECT (topic), "id");
  if (topic->position != old_position)
    g_object_notify (G_OBJECT (topic), "position");
  _ta_store_emit_fresh (self, TOPIC_ADDED, topic->id);
  return TRUE;
}

/**
 * ta_store_update_topic:
 * @self: a #TaStore
 * @topic: a topic of the store, edited
 * @error: %TA_STORE_ERROR_INVALID says which field is wrong and why;
 *   %TA_STORE_ERROR_NOT_FOUND if it is gone
 *
 * Saves everything of @topic but its stage and position, which stay what
 * the store has (ta_store_move_topic() changes them; @topic gets them
 * back), then emits #TaStore::topic-updated.
 */
gboolean
ta_store_update_topic (TaStore  *self,
                       TaTopic  *topic,
                       GError  **error)
{
  g_autoptr(TaTopic) stored = NULL;
  gint64 revision = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (topic->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_autofree char *now = ta_database_now_text ();
    STORE_LOCKED (self);

    if (!check_topic (self, topic, error) || !_ta_store_begin (self, error))
      return FALSE;

    stored = _ta_store_get_topic (self, topic->id, error);
    if (stored == NULL ||
        !_ta_store_check_unchanged ("topics", stored->revision, topic->revision, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    stmt = _ta_store_prepare (self,
                              "UPDATE topics SET title = ?2, description = ?3, tags = ?4, due_date = ?7, "
                              "session_id = ?8, outcome = ?9, follow_up_id = ?10, updated_at = ?11, "
                              "revision = revision + 1 WHERE id = ?1",
                              error);
    if (stmt == NULL)
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    bind_topic (stmt, topic, now);
    if (!_ta_store_step_done (self, stmt, _("The topic could not be saved"), error) ||
        !write_children (self, topic, error) ||
        !_ta_store_read_revision (self, "topics", topic->id, &revision, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  topic->revision = revision;
  ta_topic_set_stage (topic, stored->stage);
  ta_topic_set_position (topic, stored->position);
  _ta_store_emit_fresh (self, TOPIC_UPDATED, topic->id);
  return TRUE;
}

/* The stage and position of @id. */
static gboolean
locate (TaStore       *self,
        gint64         id,
        TaTopicStage  *out_stage,
        int           *out_position,
        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, "SELECT stage, position FROM topics WHERE id = ?1",
                                                    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      _ta_store_set_topic_not_found (error);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));

  *out_stage = (TaTopicStage) CLAMP (sqlite3_column_int (stmt, 0), 0, TA_N_TOPIC_STAGES - 1);
  *out_position = sqlite3_column_int (stmt, 1);
  return TRUE;
}

/**
 * ta_store_delete_topic:
 * @self: a #TaStore
 * @id: the topic
 * @error: %TA_STORE_ERROR_NOT_FOUND if it is gone already
 *
 * Deletes a topic, closing the gap in its stage, then emits
 * #TaStore::topic-removed.  Keep a copy for ta_store_restore_topic().
 */
gboolean
ta_store_delete_topic (TaStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    TaTopicStage stage;
    int position;
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "DELETE FROM topics WHERE id = ?1", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, id);
    if (!locate (self, id, &stage, &position, error) ||
        !_ta_store_step_done (self, stmt, _("The topic could not be deleted"), error) ||
        !shift_positions (self, stage, position + 1, -1, -1, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit (self, TOPIC_REMOVED, NULL, id);
  return TRUE;
}

/* Drops from @ids the people who are no longer in the programme. */
static gboolean
keep_existing (TaStore  *self,
               GArray   *ids,
               GError  **error)
{
  for (;;)
    {
      gint64 missing = 0;

      if (!people_exist (self, ids, &missing, error))
        return FALSE;
      if (missing == 0)
        return TRUE;
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == missing)
          {
            g_array_remove_index (ids, i);
            break;
          }
    }
}

/**
 * ta_store_restore_topic:
 * @self: a #TaStore
 * @topic: a deleted topic, as it was: same id, stage and position
 * @error: a #TA_STORE_ERROR
 *
 * Undoes a delete: the topic comes back where it was (the cards from its
 * position on move down one), then #TaStore::topic-added is emitted.
 * People, a session or a follow-up person deleted meanwhile do not come
 * back with it.
 */
gboolean
ta_store_restore_topic (TaStore  *self,
                        TaTopic  *topic,
                        GError  **error)
{
  g_autoptr(TaTopic) restored = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (topic->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  restored = ta_topic_copy (topic);

  {
    gboolean exists = FALSE;
    int count = 0;
    STORE_LOCKED (self);

    if (!keep_existing (self, restored->researchers, error) ||
        !keep_existing (self, restored->interested, error))
      return FALSE;
    if (restored->follow_up_id != 0)
      {
        if (!_ta_store_row_exists (self, "SELECT 1 FROM participants WHERE id = ?1", restored->follow_up_id, &exists, error))
          return FALSE;
        if (!exists)
          restored->follow_up_id = 0;
      }
    if (restored->session_id != 0)
      {
        if (!_ta_store_row_exists (self, "SELECT 1 FROM sessions WHERE id = ?1", restored->session_id, &exists, error))
          return FALSE;
        if (!exists)
          restored->session_id = 0;
      }

    if (!check_topic (self, restored, error) || !_ta_store_begin (self, error))
      return FALSE;

    if (!_ta_store_row_exists (self, "SELECT 1 FROM topics WHERE id = ?1", restored->id, &exists, error) ||
        !count_in_stage (self, restored->stage, &count, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    if (exists)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE,
                             _("This topic is already on the board"));
        return FALSE;
      }

    restored->position = CLAMP (restored->position, 0, count);
    if (!shift_positions (self, restored->stage, restored->position, -1, 1, error) ||
        !insert_topic (self, restored, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_topic_assign (topic, restored);
  _ta_store_emit_fresh (self, TOPIC_ADDED, topic->id);
  return TRUE;
}

/**
 * ta_store_move_topic:
 * @self: a #TaStore
 * @id: the topic
 * @stage: the stage it goes to
 * @position: where in that stage; clamped to the cards there
 * @error: %TA_STORE_ERROR_NOT_FOUND if it is gone
 *
 * Moves a card on the board, keeping the positions of both stages dense,
 * in one transaction, then emits #TaStore::topic-moved (unless it stayed
 * where it was).
 */
gboolean
ta_store_move_topic (TaStore       *self,
                     gint64         id,
                     TaTopicStage   stage,
                     int            position,
                     GError       **error)
{
  TaTopicStage old_stage = TA_TOPIC_STAGE_PROPOSED;
  int old_position = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (stage < TA_N_TOPIC_STAGES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) place = NULL;
    g_autofree char *now = ta_database_now_text ();
    int count = 0;
    gboolean ok;
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    if (!locate (self, id, &old_stage, &old_position, error) ||
        !count_in_stage (self, stage, &count, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    /* Within its own stage, the card's own slot does not count. */
    position = CLAMP (position, 0, stage == old_stage ? count - 1 : count);
    if (stage == old_stage && position == old_position)
      {
        _ta_store_rollback (self);
        return TRUE;
      }

    if (stage == old_stage && position < old_position)
      ok = shift_positions (self, stage, position, old_position, 1, error);
    else if (stage == old_stage)
      ok = shift_positions (self, stage, old_position + 1, position + 1, -1, error);
    else
      ok = shift_positions (self, old_stage, old_position + 1, -1, -1, error) &&
           shift_positions (self, stage, position, -1, 1, error);

    if (ok)
      {
        place = _ta_store_prepare (self,
                                   "UPDATE topics SET stage = ?2, position = ?3, updated_at = ?4 WHERE id = ?1",
                                   error);
        ok = place != NULL;
      }
    if (ok)
      {
        sqlite3_bind_int64 (place, 1, id);
        sqlite3_bind_int (place, 2, (int) stage);
        sqlite3_bind_int (place, 3, position);
        sqlite3_bind_text (place, 4, now, -1, SQLITE_TRANSIENT);
        ok = _ta_store_step_done (self, place, _("The research board could not be saved"), error);
      }
    if (!ok || !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit_topic_moved (self, id, (int) old_stage, old_position, (int) stage, position);
  return TRUE;
}

/**
 * ta_store_set_topic_interest:
 * @self: a #TaStore
 * @topic_id: the topic
 * @participant_id: who
 * @interested: %TRUE for "I want to learn this", %FALSE to take it back
 * @error: %TA_STORE_ERROR_NOT_FOUND if the topic is gone,
 *   %TA_STORE_ERROR_INVALID if the person is
 *
 * Emits #TaStore::topic-updated when it changed something.
 */
gboolean
ta_store_set_topic_interest (TaStore   *self,
                             gint64     topic_id,
                             gint64     participant_id,
                             gboolean   interested,
                             GError   **error)
{
  gboolean changed;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (topic_id > 0, FALSE);
  g_return_val_if_fail (participant_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_autoptr(sqlite3_stmt) touch = NULL;
    g_autofree char *now = ta_database_now_text ();
    gboolean exists = FALSE;
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    if (!_ta_store_row_exists (self, "SELECT 1 FROM topics WHERE id = ?1", topic_id, &exists, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    if (!exists)
      {
        _ta_store_rollback (self);
        _ta_store_set_topic_not_found (error);
        return FALSE;
      }
    if (!_ta_store_row_exists (self, "SELECT 1 FROM participants WHERE id = ?1", participant_id, &exists, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    if (!exists)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                             _("This person is no longer in the programme"));
        return FALSE;
      }

    stmt = _ta_store_prepare (self,
                              interested
                              ? "INSERT OR IGNORE INTO topic_interest (topic_id, participant_id) VALUES (?1, ?2)"
                              : "DELETE FROM topic_interest WHERE topic_id = ?1 AND participant_id = ?2",
                              error);
    if (stmt == NULL)
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    sqlite3_bind_int64 (stmt, 1, topic_id);
    sqlite3_bind_int64 (stmt, 2, participant_id);
    if (!_ta_store_step_done (self, stmt, _("The topic could not be saved"), error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    changed = sqlite3_changes (self->db) > 0;

    touch = _ta_store_prepare (self, "UPDATE topics SET updated_at = ?2 WHERE id = ?1", error);
    if (touch == NULL)
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    sqlite3_bind_int64 (touch, 1, topic_id);
    sqlite3_bind_text (touch, 2, now, -1, SQLITE_TRANSIENT);
    if ((changed && !_ta_store_step_done (self, touch, _("The topic could not be saved"), error)) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  if (changed)
    _ta_store_emit_fresh (self, TOPIC_UPDATED, topic_id);
  return TRUE;
}

/**
 * ta_store_schedule_topic_presentation:
 * @self: a #TaStore
 * @topic_id: the topic to present
 * @starts_at: when
 * @duration_minutes: how long
 * @location: (nullable): a place or a video link
 * @error: %TA_STORE_ERROR_INVALID says what the session cannot be;
 *   %TA_STORE_ERROR_NOT_FOUND if the topic is gone
 *
 * "Schedule Presentation": creates a lunch-and-learn titled like the
 * topic, with its researchers and the people interested in it as
 * attendees, and makes it the topic's presenting session, in one
 * transaction; then emits #TaStore::session-added and
 * #TaStore::topic-updated.  A session that presented it before stays in
 * the calendar; only the link moves to the new one.  The stage does not
 * change.
 *
 * Returns: (transfer full) (nullable): the new session
 */
TaSession *
ta_store_schedule_topic_presentation (TaStore     *self,
                                      gint64       topic_id,
                                      GDateTime   *starts_at,
                                      int          duration_minutes,
                                      const char  *location,
                                      GError     **error)
{
  g_autoptr(TaSession) session = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (topic_id > 0, NULL);
  g_return_val_if_fail (starts_at != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    g_autoptr(TaTopic) topic = NULL;
    g_autoptr(GArray) attendees = NULL;
    g_autoptr(sqlite3_stmt) link = NULL;
    g_autofree char *now = ta_database_now_text ();
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return NULL;

    topic = _ta_store_get_topic (self, topic_id, error);
    if (topic == NULL)
      {
        _ta_store_rollback (self);
        return NULL;
      }

    attendees = g_array_copy (topic->researchers);
    g_array_append_vals (attendees, topic->interested->data, topic->interested->len);

    session = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
    ta_session_set_title (session, topic->title);
    ta_session_set_starts_at (session, starts_at);
    ta_session_set_duration (session, duration_minutes);
    ta_session_set_location (session, location);
    ta_session_set_attendees (session, (const gint64 *) (gpointer) attendees->data, attendees->len);

    link = _ta_store_prepare (self, "UPDATE topics SET session_id = ?2, updated_at = ?3 WHERE id = ?1", error);
    if (link == NULL || !_ta_store_insert_session (self, session, error))
      {
        _ta_store_rollback (self);
        return NULL;
      }

    sqlite3_bind_int64 (link, 1, topic_id);
    sqlite3_bind_int64 (link, 2, session->id);
    sqlite3_bind_text (link, 3, now, -1, SQLITE_TRANSIENT);
    if (!_ta_store_step_done (self, link, _("The topic could not be saved"), error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return NULL;
      }
  }

  _ta_store_emit_fresh (self, SESSION_ADDED, session->id);
  _ta_store_emit_fresh (self, TOPIC_UPDATED, topic_id);
  return g_steal_pointer (&session);
}

/* Checks */

/* ta_store_check() for the board: one line per problem.  A presented
 * topic without an outcome is not one: the outcome often comes later. */
gboolean
_ta_store_check_topics (TaStore    *self,
                        GPtrArray  *problems,
                        GError    **error)
{
  g_autoptr(sqlite3_stmt) order = NULL;
  g_autoptr(sqlite3_stmt) left = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  int rc;

  g_assert (TA_IS_STORE (self));
  g_assert (problems != NULL);

  order = _ta_store_prepare (self,
                             "SELECT stage, count(*) FROM topics GROUP BY stage "
                             "HAVING min (position) <> 0 OR max (position) <> count(*) - 1 "
                             "OR count (DISTINCT position) <> count(*) ORDER BY stage",
                             error);
  if (order == NULL)
    return FALSE;
  while ((rc = sqlite3_step (order)) == SQLITE_ROW)
    {
      int stage = sqlite3_column_int (order, 0);
      const char *label = stage >= 0 && stage < TA_N_TOPIC_STAGES
                          ? ta_topic_stage_get_label ((TaTopicStage) stage) : "?";

      g_ptr_array_add (problems,
                       /* Translators: %s is a stage of the research board, e.g. “Proposed” */
                       g_strdup_printf (_("Research board, “%s”: the cards are out of order "
                                          "(gaps or duplicate positions)"), label));
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be checked"));

  left = _ta_store_prepare (self,
                            "SELECT t.title, p.email FROM topic_researchers r "
                            "JOIN topics t ON t.id = r.topic_id JOIN participants p ON p.id = r.participant_id "
                            "WHERE p.status = 'left' ORDER BY t.stage, t.position, p.email",
                            error);
  if (left == NULL)
    return FALSE;
  while ((rc = sqlite3_step (left)) == SQLITE_ROW)
    {
      g_autofree char *title = g_utf8_make_valid ((const char *) sqlite3_column_text (left, 0), -1);
      g_autofree char *email = g_utf8_make_valid ((const char *) sqlite3_column_text (left, 1), -1);

      g_ptr_array_add (problems,
                       /* Translators: %1$s is a topic title, %2$s an e-mail address */
                       g_strdup_printf (_("Topic “%1$s”: researcher %2$s has left the programme"),
                                        title, email));
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be checked"));

  topics = _ta_store_query_topics (self, 0, error);
  if (topics == NULL)
    return FALSE;
  for (guint i = 0; i < topics->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (topics, i);
      g_autoptr(GError) invalid = NULL;

      if (!ta_topic_validate (topic, &invalid))
        {
          g_autofree char *title = g_utf8_make_valid (topic->title != NULL ? topic->title : "?", -1);

          g_ptr_array_add (problems,
                           /* Translators: %1$s is a topic title, %2$s what is wrong with it */
                           g_strdup_printf (_("Topic “%1$s”: %2$s"), title, invalid->message));
        }
    }

  return TRUE;
}
