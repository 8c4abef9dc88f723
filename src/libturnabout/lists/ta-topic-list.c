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

#define G_LOG_DOMAIN "ta-topic-list"

#include "config.h"

#include <string.h>

#include "ta-topic-list.h"
#include "ta-topic-private.h"

struct _TaTopicList
{
  GObject parent_instance;

  /* Owned references */
  TaStore *store;
  GPtrArray *items;   /* TaTopic, by stage, then position */
  GHashTable *by_id;  /* gint64 id → TaTopic of items */

  /* Cards per stage: the first card of stage s is at the sum of the
   * counts of the stages before it, so a card's index is computed, not
   * searched. */
  guint counts[TA_N_TOPIC_STAGES];

  gulong added_handler;
  gulong updated_handler;
  gulong removed_handler;
  gulong moved_handler;
  gulong reset_handler;
  gulong session_removed_handler;
  gulong sessions_reset_handler;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TaTopicList, ta_topic_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ta_topic_list_get_item_type (GListModel *model)
{
  return TA_TYPE_TOPIC;
}

static guint
ta_topic_list_get_n_items (GListModel *model)
{
  TaTopicList *self = TA_TOPIC_LIST (model);

  return self->items->len;
}

static gpointer
ta_topic_list_get_item (GListModel *model,
                        guint       position)
{
  TaTopicList *self = TA_TOPIC_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ta_topic_list_get_item_type;
  iface->get_n_items = ta_topic_list_get_n_items;
  iface->get_item = ta_topic_list_get_item;
}

static void
items_changed (TaTopicList *self,
               guint        position,
               guint        removed,
               guint        added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
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
  g_autoptr(GError) error = NULL;

  if (!ta_topic_list_reload (self, &error))
    g_warning ("Could not reload the research board: %s", error->message);
}

static void on_topic_updated (TaTopicList *self,
                              TaTopic     *topic,
                              TaStore     *store);

static void
on_topic_added (TaTopicList *self,
                TaTopic     *topic,
                TaStore     *store)
{
  TaTopic *copy;
  guint index;

  if (g_hash_table_contains (self->by_id, &topic->id))
    {
      on_topic_updated (self, topic, store);
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
on_topic_updated (TaTopicList *self,
                  TaTopic     *topic,
                  TaStore     *store)
{
  TaTopic *ours = g_hash_table_lookup (self->by_id, &topic->id);
  guint index;

  if (ours == NULL)
    {
      on_topic_added (self, topic, store);
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
on_topic_removed (TaTopicList *self,
                  gint64       id,
                  TaStore     *store)
{
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

static void
on_topics_reset (TaTopicList *self,
                 TaStore     *store)
{
  warn_and_reload (self);
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

static void
ta_topic_list_dispose (GObject *object)
{
  TaTopicList *self = (TaTopicList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->added_handler, self->store);
      g_clear_signal_handler (&self->updated_handler, self->store);
      g_clear_signal_handler (&self->removed_handler, self->store);
      g_clear_signal_handler (&self->moved_handler, self->store);
      g_clear_signal_handler (&self->reset_handler, self->store);
      g_clear_signal_handler (&self->session_removed_handler, self->store);
      g_clear_signal_handler (&self->sessions_reset_handler, self->store);
      g_clear_object (&self->store);
    }

  G_OBJECT_CLASS (ta_topic_list_parent_class)->dispose (object);
}

static void
ta_topic_list_finalize (GObject *object)
{
  TaTopicList *self = (TaTopicList *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_topic_list_parent_class)->finalize (object);
}

static void
ta_topic_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TaTopicList *self = TA_TOPIC_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_topic_list_class_init (TaTopicListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_topic_list_dispose;
  object_class->finalize = ta_topic_list_finalize;
  object_class->get_property = ta_topic_list_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TA_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_topic_list_init (TaTopicList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
}

/**
 * ta_topic_list_new:
 * @store: the programme
 * @error: a #TA_STORE_ERROR if the board cannot be read
 *
 * Returns: (transfer full) (nullable): the research board, following
 *   @store from now on
 */
TaTopicList *
ta_topic_list_new (TaStore  *store,
                   GError  **error)
{
  g_autoptr(TaTopicList) self = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TA_TYPE_TOPIC_LIST, NULL);
  self->store = g_object_ref (store);

  if (!ta_topic_list_reload (self, error))
    return NULL;

  self->added_handler =
    g_signal_connect_object (store, "topic-added",
                             G_CALLBACK (on_topic_added), self, G_CONNECT_SWAPPED);
  self->updated_handler =
    g_signal_connect_object (store, "topic-updated",
                             G_CALLBACK (on_topic_updated), self, G_CONNECT_SWAPPED);
  self->removed_handler =
    g_signal_connect_object (store, "topic-removed",
                             G_CALLBACK (on_topic_removed), self, G_CONNECT_SWAPPED);
  self->moved_handler =
    g_signal_connect_object (store, "topic-moved",
                             G_CALLBACK (on_topic_moved), self, G_CONNECT_SWAPPED);
  self->reset_handler =
    g_signal_connect_object (store, "topics-reset",
                             G_CALLBACK (on_topics_reset), self, G_CONNECT_SWAPPED);
  self->session_removed_handler =
    g_signal_connect_object (store, "session-removed",
                             G_CALLBACK (on_session_removed), self, G_CONNECT_SWAPPED);
  /* Many sessions changed at once: the links may have too. */
  self->sessions_reset_handler =
    g_signal_connect_object (store, "sessions-reset",
                             G_CALLBACK (on_topics_reset), self, G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

/**
 * ta_topic_list_get_store:
 * @self: a #TaTopicList
 *
 * Returns: (transfer none): the store the list follows
 */
TaStore *
ta_topic_list_get_store (TaTopicList *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_LIST (self), NULL);

  return self->store;
}

/**
 * ta_topic_list_lookup:
 * @self: a #TaTopicList
 * @id: a topic id
 *
 * Returns: (transfer none) (nullable): the topic in the list, or %NULL
 */
TaTopic *
ta_topic_list_lookup (TaTopicList *self,
                      gint64       id)
{
  g_return_val_if_fail (TA_IS_TOPIC_LIST (self), NULL);

  return g_hash_table_lookup (self->by_id, &id);
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

/**
 * ta_topic_list_reload:
 * @self: a #TaTopicList
 * @error: a #TA_STORE_ERROR
 *
 * Reads the board again, updating the objects views hold in place.  On
 * error the list keeps what it had.
 */
gboolean
ta_topic_list_reload (TaTopicList  *self,
                      GError      **error)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GHashTable) old_by_id = NULL;
  guint old_len;

  g_return_val_if_fail (TA_IS_TOPIC_LIST (self), FALSE);

  fresh = ta_store_list_topics (self->store, error);
  if (fresh == NULL)
    return FALSE;

  /* The usual case after another process wrote: the same cards in the
   * same places, a few of them edited.  Announce only those, so the board
   * keeps its focus and scroll position. */
  if (same_cards (self->items, fresh))
    {
      update_cards_in_place (self, fresh);
      return TRUE;
    }

  old_len = self->items->len;
  old_items = g_steal_pointer (&self->items);
  old_by_id = g_steal_pointer (&self->by_id);
  self->items = g_ptr_array_new_full (fresh->len, g_object_unref);
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

      g_ptr_array_add (self->items, topic);
      g_hash_table_insert (self->by_id, &topic->id, topic);
      self->counts[topic->stage]++;
    }

  if (old_len > 0 || self->items->len > 0)
    items_changed (self, 0, old_len, self->items->len);

  return TRUE;
}
