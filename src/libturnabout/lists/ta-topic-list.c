/* ta-topic-list.c
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

#define G_LOG_DOMAIN "turnabout-topic-list"

#include "config.h"

#include <string.h>

#include "ta-topic-list.h"
#include "ta-topic-private.h"
#include "ta-record-list-private.h"
#include "ta-store.h"

/* The board's order is by stage, then position, not by id: the list
 * overrides the base's change handling, and keeps an index by id. */
struct _TaTopicList
{
  TaRecordList parent_instance;

  GPtrArray *items;   /* the base's: TaTopic, by stage, then position */
  GHashTable *by_id;  /* gint64 id → TaTopic of items */

  /* Cards per stage: the first card of stage s is at the sum of the
   * counts of the stages before it, so a card's index is computed, not
   * searched. */
  guint counts[TA_N_TOPIC_STAGES];
};

TA_RECORD_LIST_DEFINE (TaTopicList, ta_topic_list, TaTopic)

static void
items_changed (TaTopicList *self,
               guint        position,
               guint        removed,
               guint        added)
{
  _ta_record_list_items_changed (TA_RECORD_LIST (self), position, removed, added);
}

static guint
stage_offset (TaTopicList  *self,
              TaTopicStage  stage)
{
  guint offset = 0;

  for (guint s = 0; s < stage; s++)
    offset += self->counts[s];
  return offset;
}

/* Where @topic is in items, or G_MAXUINT when the list lost track of it. */
static guint
index_of (TaTopicList *self,
          TaTopic     *topic)
{
  guint index = stage_offset (self, topic->stage) + (guint) topic->position;

  if (index < self->items->len && g_ptr_array_index (self->items, index) == topic)
    return index;
  if (g_ptr_array_find (self->items, topic, &index))
    return index;
  return G_MAXUINT;
}

/* Adds @delta to the positions of the cards of @stage from @from on. */
static void
shift_stage (TaTopicList  *self,
             TaTopicStage  stage,
             int           from,
             int           delta,
             TaTopic      *except)
{
  guint offset = stage_offset (self, stage);

  for (guint i = offset; i < offset + self->counts[stage]; i++)
    {
      TaTopic *topic = g_ptr_array_index (self->items, i);

      if (topic != except && topic->position >= from)
        ta_topic_set_position (topic, topic->position + delta);
    }
}

static void
warn_and_reload (TaTopicList *self)
{
  _ta_record_list_reload_or_warn (TA_RECORD_LIST (self));
}

static void topic_updated (TaRecordList *list,
                           gpointer      record);

static void
topic_added (TaRecordList *list,
             gpointer      record)
{
  TaTopicList *self = TA_TOPIC_LIST (list);
  TaTopic *topic = record;
  TaTopic *copy;
  guint index;

  if (g_hash_table_contains (self->by_id, &topic->id))
    {
      topic_updated (list, topic);
      return;
    }

  if ((guint) topic->position > self->counts[topic->stage])
    {
      /* Not where the store says: we missed something. */
      warn_and_reload (self);
      return;
    }

  /* Our own object, so later edits of the store's copy cannot reach views;
   * a restored card pushes those after it down one. */
  copy = ta_topic_copy (topic);
  shift_stage (self, topic->stage, topic->position, 1, NULL);
  index = stage_offset (self, topic->stage) + (guint) topic->position;
  g_ptr_array_insert (self->items, (int) index, copy);
  g_hash_table_insert (self->by_id, &copy->id, copy);
  self->counts[topic->stage]++;
  items_changed (self, index, 0, 1);
}

static void
topic_updated (TaRecordList *list,
               gpointer      record)
{
  TaTopicList *self = TA_TOPIC_LIST (list);
  TaTopic *topic = record;
  TaTopic *ours = g_hash_table_lookup (self->by_id, &topic->id);
  guint index;

  if (ours == NULL)
    {
      topic_added (list, topic);
      return;
    }

  if (ours->stage != topic->stage || ours->position != topic->position ||
      (index = index_of (self, ours)) == G_MAXUINT)
    {
      warn_and_reload (self);
      return;
    }

  /* Keep the object views hold and update it in place, then tell filter
   * and sort models to look at it again. */
  _ta_topic_assign (ours, topic);
  items_changed (self, index, 1, 1);
}

static void
topic_removed (TaRecordList *list,
               gint64        id)
{
  TaTopicList *self = TA_TOPIC_LIST (list);
  g_autoptr(TaTopic) topic = NULL;
  TaTopic *ours = g_hash_table_lookup (self->by_id, &id);
  guint index;

  if (ours == NULL)
    return;

  index = index_of (self, ours);
  if (index == G_MAXUINT)
    {
      warn_and_reload (self);
      return;
    }

  topic = g_object_ref (ours);
  g_hash_table_remove (self->by_id, &id);
  g_ptr_array_remove_index (self->items, index);
  self->counts[topic->stage]--;
  shift_stage (self, topic->stage, topic->position + 1, -1, NULL);
  items_changed (self, index, 1, 0);
}

static void
on_topic_moved (TaTopicList *self,
                gint64       id,
                int          old_stage,
                int          old_position,
                int          new_stage,
                int          new_position,
                TaStore     *store)
{
  g_autoptr(TaTopic) topic = NULL;
  TaTopic *ours = g_hash_table_lookup (self->by_id, &id);
  guint old_index;
  guint new_index;

  if (ours == NULL || old_stage < 0 || old_stage >= TA_N_TOPIC_STAGES ||
      new_stage < 0 || new_stage >= TA_N_TOPIC_STAGES ||
      (int) ours->stage != old_stage || ours->position != old_position ||
      (old_index = index_of (self, ours)) == G_MAXUINT ||
      new_position < 0 ||
      (guint) new_position > self->counts[new_stage] - (old_stage == new_stage ? 1 : 0))
    {
      warn_and_reload (self);
      return;
    }

  topic = g_object_ref (ours);

  /* Take the card out (closing its gap), make room where it goes, put it
   * there: the same steps as the store's, so positions stay dense. */
  g_ptr_array_remove_index (self->items, old_index);
  self->counts[old_stage]--;
  shift_stage (self, (TaTopicStage) old_stage, old_position + 1, -1, topic);
  items_changed (self, old_index, 1, 0);

  shift_stage (self, (TaTopicStage) new_stage, new_position, 1, topic);
  g_object_freeze_notify (G_OBJECT (topic));
  ta_topic_set_stage (topic, (TaTopicStage) new_stage);
  ta_topic_set_position (topic, new_position);
  g_object_thaw_notify (G_OBJECT (topic));
  new_index = stage_offset (self, (TaTopicStage) new_stage) + (guint) new_position;
  g_ptr_array_insert (self->items, (int) new_index, g_steal_pointer (&topic));
  self->counts[new_stage]++;
  items_changed (self, new_index, 0, 1);
}

/* The store cleared the link (ON DELETE SET NULL) without a signal of ours. */
static void
on_session_removed (TaTopicList *self,
                    gint64       session_id,
                    TaStore     *store)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (self->items, i);

      if (topic->session_id == session_id)
        {
          ta_topic_set_session_id (topic, 0);
          items_changed (self, i, 1, 1);
        }
    }
}

static gpointer
topic_lookup (TaRecordList *list,
              gint64        id)
{
  return g_hash_table_lookup (TA_TOPIC_LIST (list)->by_id, &id);
}

static void merge (TaRecordList *list,
                   GPtrArray    *fresh);

/* Many sessions changed at once: the links may have too. */
static const char * const links[] = {
  "sessions-reset",
  NULL
};

static const TaRecordListSignal board_signals[] = {
  { "topic-moved", G_CALLBACK (on_topic_moved) },
  { "session-removed", G_CALLBACK (on_session_removed) },
  { NULL, NULL }
};

static void
ta_topic_list_finalize (GObject *object)
{
  TaTopicList *self = (TaTopicList *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (ta_topic_list_parent_class)->finalize (object);
}

static void
ta_topic_list_class_init (TaTopicListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_topic_list_finalize;

  klass->item_type = TA_TYPE_TOPIC;
  klass->kind = "topic";
  klass->reload_on = links;
  klass->follows = board_signals;
  klass->list_all = ta_store_list_topics;
  /* By stage and position, not by id: */
  klass->lookup = topic_lookup;
  klass->record_added = topic_added;
  klass->record_updated = topic_updated;
  klass->record_removed = topic_removed;
  klass->merge = merge;
}

static void
ta_topic_list_init (TaTopicList *self)
{
  self->items = _ta_record_list_get_items (TA_RECORD_LIST (self));
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
}

/**
 * ta_topic_list_count_in_stage:
 * @self: a #TaTopicList
 * @stage: a stage of the board
 *
 * Returns: how many cards the stage has
 */
guint
ta_topic_list_count_in_stage (TaTopicList  *self,
                              TaTopicStage  stage)
{
  g_return_val_if_fail (TA_IS_TOPIC_LIST (self), 0);
  g_return_val_if_fail (stage < TA_N_TOPIC_STAGES, 0);

  return self->counts[stage];
}

static gboolean
same_cards (GPtrArray *ours,
            GPtrArray *theirs)
{
  if (ours->len != theirs->len)
    return FALSE;

  for (guint i = 0; i < ours->len; i++)
    {
      TaTopic *a = g_ptr_array_index (ours, i);
      TaTopic *b = g_ptr_array_index (theirs, i);

      if (a->id != b->id || a->stage != b->stage || a->position != b->position)
        return FALSE;
    }

  return TRUE;
}

static void
update_cards_in_place (TaTopicList *self,
                       GPtrArray   *fresh)
{
  guint i = 0;

  while (i < fresh->len)
    {
      guint start = i;

      while (i < fresh->len)
        {
          TaTopic *ours = g_ptr_array_index (self->items, i);
          TaTopic *theirs = g_ptr_array_index (fresh, i);

          if (theirs->revision != 0 && theirs->revision == ours->revision)
            break;
          _ta_topic_assign (ours, theirs);
          i++;
        }

      if (i > start)
        items_changed (self, start, i - start, i - start);
      else
        i++;
    }
}

/* The board as the store has it (by stage, then position), keeping the
 * objects views hold. */
static void
merge (TaRecordList *list,
       GPtrArray    *fresh)
{
  TaTopicList *self = TA_TOPIC_LIST (list);
  g_autoptr(GHashTable) old_by_id = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  guint old_len;

  /* The usual case after another process wrote: the same cards in the
   * same places, a few of them edited.  Announce only those, so the board
   * keeps its focus and scroll position. */
  if (same_cards (self->items, fresh))
    {
      update_cards_in_place (self, fresh);
      return;
    }

  old_len = self->items->len;
  old_by_id = g_steal_pointer (&self->by_id);
  cards = g_ptr_array_new_full (fresh->len, g_object_unref);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  memset (self->counts, 0, sizeof self->counts);

  for (guint i = 0; i < fresh->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (fresh, i);
      TaTopic *ours = g_hash_table_lookup (old_by_id, &topic->id);

      if (ours != NULL)
        {
          _ta_topic_assign (ours, topic);
          topic = g_object_ref (ours);
        }
      else
        topic = g_object_ref (topic);

      g_ptr_array_add (cards, topic);
      g_hash_table_insert (self->by_id, &topic->id, topic);
      self->counts[topic->stage]++;
    }

  /* The cards kept have a reference in @cards; the others go. */
  g_ptr_array_set_size (self->items, 0);
  g_ptr_array_extend_and_steal (self->items, g_steal_pointer (&cards));

  if (old_len > 0 || self->items->len > 0)
    items_changed (self, 0, old_len, self->items->len);
}
