/* ta-store-exchange-topics.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store-exchange-private.h"

/*
 * The topics of a pair kit (docs/exchange.md): added or updated (title,
 * description, stage, due) on the pair's board.  A new one goes at the
 * end of its stage, researched by the pair's mentor; one that changes
 * stage leaves its old column closed up, so positions stay dense.
 */

typedef struct
{
  char *title;
  char *description;
  char *due;
  int stage;
  int position;
} TopicRow;

static void
topic_row_clear (TopicRow *row)
{
  g_free (row->title);
  g_free (row->description);
  g_free (row->due);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TopicRow, topic_row_clear)

static gboolean
read_topic (TaExMerge  *merge,
            gint64      id,
            TopicRow   *row,
            GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (merge->store,
                           "SELECT title, description, due_date, stage, position FROM topics WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);
  row->title = _ta_store_column_text (stmt, 0);
  row->description = _ta_store_column_text (stmt, 1);
  row->due = _ta_store_column_text (stmt, 2);
  row->stage = sqlite3_column_int (stmt, 3);
  row->position = sqlite3_column_int (stmt, 4);
  return TRUE;
}

static gboolean
run (TaExMerge   *merge,
     const char  *sql,
     gint64       first,
     gint64       second,
     GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (merge->store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, second);
  return _ta_store_step_done (merge->store, stmt, _("The topic could not be saved"), error);
}

static gboolean
count_stage (TaExMerge  *merge,
             int         stage,
             int        *out_count,
             GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (merge->store, "SELECT count (*) FROM topics WHERE stage = ?1",
                                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, stage);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);
  *out_count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

static gboolean
write_topic (TaExMerge   *merge,
             TaExTopic   *topic,
             gint64       id,
             TopicRow    *row,
             GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  const char *due = topic->due != NULL && strlen (topic->due) == 10 ? topic->due : NULL;
  int position = row != NULL ? row->position : 0;

  if (row == NULL || row->stage != (int) topic->stage)
    {
      /* Out of its old column, to the end of the new one. */
      if (row != NULL &&
          !run (merge, "UPDATE topics SET position = position - 1 WHERE stage = ?1 AND position > ?2",
                row->stage, row->position, error))
        return FALSE;
      if (!count_stage (merge, topic->stage, &position, error))
        return FALSE;
      merge->topics_moved |= row != NULL;
    }

  if (id == 0)
    stmt = _ta_ex_statement (merge->store,
                             "INSERT INTO topics (title, description, stage, position, due_date, exchange_uid, "
                             "created_at, updated_at) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                             error);
  else
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE topics SET title = ?2, description = ?3, stage = ?4, position = ?5, "
                             "due_date = ?6, exchange_uid = coalesce (exchange_uid, ?7), updated_at = ?8 "
                             "WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  _ta_store_bind_text (stmt, 2, topic->title);
  _ta_store_bind_text (stmt, 3, topic->description);
  sqlite3_bind_int (stmt, 4, topic->stage);
  sqlite3_bind_int (stmt, 5, position);
  _ta_store_bind_text (stmt, 6, due);
  _ta_store_bind_text (stmt, 7, topic->uid);
  _ta_store_bind_text (stmt, 8, merge->now);
  if (!_ta_store_step_done (merge->store, stmt, _("The topic could not be saved"), error))
    return FALSE;

  if (id != 0)
    {
      g_array_append_val (merge->topics_updated, id);
      return TRUE;
    }

  id = sqlite3_last_insert_rowid (merge->store->db);
  g_array_append_val (merge->topics_added, id);
  if (merge->person[TA_PAIR_SIDE_MENTOR] == 0)
    return TRUE;
  return run (merge, "INSERT OR IGNORE INTO topic_researchers (topic_id, participant_id) VALUES (?1, ?2)",
              id, merge->person[TA_PAIR_SIDE_MENTOR], error);
}

/* The kit's topics: added, or updated to the facilitator's. */
gboolean
_ta_ex_merge_topics (TaExMerge  *merge,
                     GError    **error)
{
  for (guint i = 0; i < merge->content->topics->len; i++)
    {
      TaExTopic *topic = g_ptr_array_index (merge->content->topics, i);
      g_auto(TopicRow) row = { 0 };
      gint64 id = 0;

      if (!_ta_ex_resolve (merge, "topics", "topic", topic->uid, &id, error))
        return FALSE;
      if (id == 0)
        {
          /* Translators: %s is the title of a topic */
          _ta_exchange_preview_add_printf (merge->preview, TA_EXCHANGE_CHANGE_ADD, _("Topic “%s” added."),
                                           topic->title);
          if (merge->write && !write_topic (merge, topic, 0, NULL, error))
            return FALSE;
          continue;
        }

      if (!read_topic (merge, id, &row, error))
        return FALSE;
      if (g_strcmp0 (row.title, topic->title) == 0 && g_strcmp0 (row.description, topic->description) == 0 &&
          g_strcmp0 (row.due, topic->due) == 0 && row.stage == (int) topic->stage)
        continue;

      /* Translators: %s is the title of a topic */
      _ta_exchange_preview_add_printf (merge->preview, TA_EXCHANGE_CHANGE_UPDATE,
                                       _("Topic “%s” updated as the facilitator has it."), topic->title);
      if (merge->write && !write_topic (merge, topic, id, &row, error))
        return FALSE;
    }

  return TRUE;
}
