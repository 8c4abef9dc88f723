/* ta-store-topics-read.c
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

/* Reading the research board: topics with their researchers, interested people and sources, each list in one scan. */

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

/* Reading */

static TaTopic *
topic_from_row (sqlite3_stmt *stmt)
{
  TaTopic *topic = ta_topic_new (NULL);
  int stage = sqlite3_column_int (stmt, 4);

  topic->id = sqlite3_column_int64 (stmt, 0);
  topic->title = _ta_store_column_text (stmt, 1);
  topic->description = _ta_store_column_text (stmt, 2);
  topic->tags = _ta_store_split_list ((const char *) sqlite3_column_text (stmt, 3));
  topic->stage = stage >= 0 && stage < TA_N_TOPIC_STAGES ? (TaTopicStage) stage : TA_TOPIC_STAGE_PROPOSED;
  topic->position = MAX (sqlite3_column_int (stmt, 5), 0);
  topic->due_date = _ta_store_column_text (stmt, 6);
  topic->session_id = sqlite3_column_int64 (stmt, 7);
  topic->outcome = _ta_store_column_text (stmt, 8);
  topic->follow_up_id = sqlite3_column_int64 (stmt, 9);
  topic->revision = sqlite3_column_int64 (stmt, 10);

  return topic;
}

typedef enum
{
  CHILD_RESEARCHERS,
  CHILD_INTEREST,
  CHILD_SOURCES,
} ChildKind;

/* Each: topic id, then the values; by topic (the primary key's order);
 * for the whole board, then for one topic (?1). */
static const char * const child_queries[][2] = {
  { "SELECT topic_id, participant_id FROM topic_researchers ORDER BY topic_id, participant_id",
    "SELECT topic_id, participant_id FROM topic_researchers WHERE topic_id = ?1 ORDER BY participant_id" },
  { "SELECT topic_id, participant_id FROM topic_interest ORDER BY topic_id, participant_id",
    "SELECT topic_id, participant_id FROM topic_interest WHERE topic_id = ?1 ORDER BY participant_id" },
  { "SELECT topic_id, url, note FROM topic_sources ORDER BY topic_id, position",
    "SELECT topic_id, url, note FROM topic_sources WHERE topic_id = ?1 ORDER BY position" },
};

/* The researchers, interest or sources of the topics of @by_id, in one
 * scan of their table: a board of 5,000 topics loads in four queries. */
static gboolean
load_children (TaStore     *self,
               GHashTable  *by_id,
               ChildKind    kind,
               gint64       id,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  TaTopic *topic = NULL;
  gint64 topic_id = 0;
  int rc;

  stmt = _ta_store_prepare (self, child_queries[kind][id != 0], error);
  if (stmt == NULL)
    return FALSE;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_topic = sqlite3_column_int64 (stmt, 0);

      /* Rows come grouped by topic: one lookup per topic, not per row. */
      if (topic == NULL || row_topic != topic_id)
        {
          topic_id = row_topic;
          topic = g_hash_table_lookup (by_id, &topic_id);
          if (topic == NULL)
            continue;
        }

      switch (kind)
        {
        case CHILD_RESEARCHERS:
        case CHILD_INTEREST:
          {
            gint64 participant_id = sqlite3_column_int64 (stmt, 1);

            g_array_append_val (kind == CHILD_RESEARCHERS ? topic->researchers : topic->interested,
                                participant_id);
          }
          break;
        case CHILD_SOURCES:
          g_ptr_array_add (topic->sources,
                           ta_topic_source_new ((const char *) sqlite3_column_text (stmt, 1),
                                                (const char *) sqlite3_column_text (stmt, 2)));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));

  return TRUE;
}

/* Every topic (@id 0) or one, by stage and position. */
GPtrArray *
_ta_store_query_topics (TaStore  *self,
              gint64    id,
              GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  int rc;

  stmt = _ta_store_prepare (self,
                            id != 0
                            ? "SELECT " TOPIC_COLUMNS ", revision FROM topics WHERE id = ?1"
                            : "SELECT " TOPIC_COLUMNS ", revision FROM topics ORDER BY stage, position, id",
                            error);
  if (stmt == NULL)
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaTopic *topic = topic_from_row (stmt);

      g_ptr_array_add (topics, topic);
      g_hash_table_insert (by_id, &topic->id, topic);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));
      return NULL;
    }

  if (topics->len > 0 &&
      (!load_children (self, by_id, CHILD_RESEARCHERS, id, error) ||
       !load_children (self, by_id, CHILD_INTEREST, id, error) ||
       !load_children (self, by_id, CHILD_SOURCES, id, error)))
    return NULL;

  return g_steal_pointer (&topics);
}

TaTopic *
_ta_store_get_topic (TaStore  *self,
           gint64    id,
           GError  **error)
{
  g_autoptr(GPtrArray) found = _ta_store_query_topics (self, id, error);

  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      _ta_store_set_topic_not_found (error);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ta_store_list_topics:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaTopic): every topic of the
 *   board, by stage, then position
 */
GPtrArray *
ta_store_list_topics (TaStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  {
    STORE_LOCKED (self);
    return _ta_store_query_topics (self, 0, error);
  }
}

/**
 * ta_store_get_topic:
 * @self: a #TaStore
 * @id: the topic's id
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): a fresh copy of the topic
 */
TaTopic *
ta_store_get_topic (TaStore  *self,
                    gint64    id,
                    GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (id > 0, NULL);

  {
    STORE_LOCKED (self);
    return _ta_store_get_topic (self, id, error);
  }
}

void
_ta_store_emit_topics_updated (TaStore *self,
                               GArray  *topic_ids)
{
  for (guint i = 0; topic_ids != NULL && i < topic_ids->len; i++)
    _ta_store_emit_fresh (self, TOPIC_UPDATED, g_array_index (topic_ids, gint64, i));
}
