/* ta-record-list.c
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

#define G_LOG_DOMAIN "turnabout-record-list"

#include "config.h"

#include "ta-record-list-private.h"
#include "ta-store.h"

typedef struct
{
  /* Owned references */
  TaStore *store;
  GPtrArray *items;  /* of the item type, sorted by id unless overridden */
  GArray *handlers;  /* gulong, on store */
} TaRecordListPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (TaRecordList, ta_record_list, G_TYPE_OBJECT,
                                  G_ADD_PRIVATE (TaRecordList)
                                  G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ta_record_list_get_item_type (GListModel *model)
{
  return TA_RECORD_LIST_GET_CLASS (model)->item_type;
}

/* GListModel calls these with our own instances only, and views call
 * them per row: a plain cast, not a checked one, which for a subclass
 * walks the type's ancestry. */
static guint
ta_record_list_get_n_items (GListModel *model)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private ((TaRecordList *) model);

  return priv->items->len;
}

static gpointer
ta_record_list_get_item (GListModel *model,
                         guint       position)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private ((TaRecordList *) model);

  if (position >= priv->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (priv->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ta_record_list_get_item_type;
  iface->get_n_items = ta_record_list_get_n_items;
  iface->get_item = ta_record_list_get_item;
}

/**
 * _ta_record_list_items_changed:
 * @self: a #TaRecordList
 * @position: where the change starts
 * @removed: how many items went
 * @added: how many items came
 *
 * Announces a change a subclass made to the items, once the items
 * reflect it: items-changed, and notify::n-items when the count moved.
 */
void
_ta_record_list_items_changed (TaRecordList *self,
                               guint         position,
                               guint         removed,
                               guint         added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* The position of @id in the items, or where it would go to keep them
 * sorted by id. */
static guint
search_id (TaRecordList *self,
           gint64        id,
           gboolean     *out_found)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  glong id_offset = TA_RECORD_LIST_GET_CLASS (self)->id_offset;
  GPtrArray *items = priv->items;
  guint low = 0;
  guint high = items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (TA_RECORD_FIELD (g_ptr_array_index (items, middle), id_offset) < id)
        low = middle + 1;
      else
        high = middle;
    }

  *out_found = low < items->len &&
               TA_RECORD_FIELD (g_ptr_array_index (items, low), id_offset) == id;
  return low;
}

static gpointer
lookup_by_id (TaRecordList *self,
              gint64        id)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  gboolean found;
  guint position = search_id (self, id, &found);

  return found ? g_ptr_array_index (priv->items, position) : NULL;
}

static void
remove_by_id (TaRecordList *self,
              gint64        id)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  gboolean found;
  guint position = search_id (self, id, &found);

  if (!found)
    return;

  g_ptr_array_remove_index (priv->items, position);
  _ta_record_list_items_changed (self, position, 1, 0);
}

static void
add_by_id (TaRecordList *self,
           gpointer      record)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  TaRecordListClass *klass = TA_RECORD_LIST_GET_CLASS (self);
  gboolean found;
  guint position;

  /* Changed so that it no longer belongs (moved out of the range shown):
   * gone from this list. */
  if (klass->accepts != NULL && !klass->accepts (self, record))
    {
      remove_by_id (self, TA_RECORD_FIELD (record, klass->id_offset));
      return;
    }

  position = search_id (self, TA_RECORD_FIELD (record, klass->id_offset), &found);
  if (found)
    {
      klass->assign (g_ptr_array_index (priv->items, position), record);
      _ta_record_list_items_changed (self, position, 1, 1);
      return;
    }

  g_ptr_array_insert (priv->items, (int) position, klass->copy (record));
  _ta_record_list_items_changed (self, position, 0, 1);
}

static void
update_by_id (TaRecordList *self,
              gpointer      record)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  TaRecordListClass *klass = TA_RECORD_LIST_GET_CLASS (self);
  gboolean found;
  guint position = search_id (self, TA_RECORD_FIELD (record, klass->id_offset), &found);

  if (!found || (klass->accepts != NULL && !klass->accepts (self, record)))
    {
      add_by_id (self, record);
      return;
    }

  /* Keep the object views hold and update it in place, then tell filter
   * and sort models to look at it again. */
  klass->assign (g_ptr_array_index (priv->items, position), record);
  _ta_record_list_items_changed (self, position, 1, 1);
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  glong id_offset = *(glong *) user_data;
  gint64 id_a = TA_RECORD_FIELD (*(gpointer *) a, id_offset);
  gint64 id_b = TA_RECORD_FIELD (*(gpointer *) b, id_offset);

  return (id_a > id_b) - (id_a < id_b);
}

static gboolean
is_sorted_by_id (GPtrArray *items,
                 glong      id_offset)
{
  for (guint i = 1; i < items->len; i++)
    {
      if (TA_RECORD_FIELD (g_ptr_array_index (items, i - 1), id_offset) >=
          TA_RECORD_FIELD (g_ptr_array_index (items, i), id_offset))
        return FALSE;
    }

  return TRUE;
}

/* Brings the items to what @fresh says while keeping the objects that
 * views hold: a record still there is updated in place (only when its
 * revision moved), a new one is inserted, a gone one removed.  Each run
 * of neighbouring changes is announced once, after the items reflect it,
 * so a model in front of the list always sees a consistent state; records
 * that did not change are not announced at all, so a selection or a
 * scroll position on them stays where it was. */
static void
merge_by_id (TaRecordList *self,
             GPtrArray    *fresh)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  TaRecordListClass *klass = TA_RECORD_LIST_GET_CLASS (self);
  GPtrArray *items = priv->items;
  guint position = 0;
  guint next = 0;

  if (!is_sorted_by_id (fresh, klass->id_offset))
    g_ptr_array_sort_with_data (fresh, compare_by_id, &klass->id_offset);

  while (position < items->len || next < fresh->len)
    {
      guint run_start = position;
      guint removed = 0;
      guint added = 0;
      gboolean same_unchanged = FALSE;

      while (position < items->len || next < fresh->len)
        {
          gpointer ours = position < items->len ? g_ptr_array_index (items, position) : NULL;
          gpointer theirs = next < fresh->len ? g_ptr_array_index (fresh, next) : NULL;
          gint64 our_id = ours != NULL ? TA_RECORD_FIELD (ours, klass->id_offset) : G_MAXINT64;
          gint64 their_id = theirs != NULL ? TA_RECORD_FIELD (theirs, klass->id_offset) : G_MAXINT64;

          if (ours != NULL && theirs != NULL && our_id == their_id)
            {
              gint64 revision = TA_RECORD_FIELD (theirs, klass->revision_offset);

              if (revision != 0 && revision == TA_RECORD_FIELD (ours, klass->revision_offset))
                {
                  same_unchanged = TRUE;
                  break;
                }

              klass->assign (ours, theirs);
              position++;
              next++;
              removed++;
              added++;
            }
          else if (ours != NULL && our_id < their_id)
            {
              g_ptr_array_remove_index (items, position);
              removed++;
            }
          else
            {
              g_ptr_array_insert (items, (int) position, g_object_ref (theirs));
              position++;
              next++;
              added++;
            }
        }

      if (removed > 0 || added > 0)
        _ta_record_list_items_changed (self, run_start, removed, added);

      if (same_unchanged)
        {
          position++;
          next++;
        }
    }
}

/**
 * _ta_record_list_reload_or_warn:
 * @self: a #TaRecordList
 *
 * Reloads after a change the list cannot apply by itself (a reset, a
 * cascade, a signal that does not match what it has); a failure to read
 * leaves the list as it was and is logged, as a signal handler has no one
 * to report it to.
 */
void
_ta_record_list_reload_or_warn (TaRecordList *self)
{
  g_autoptr(GError) error = NULL;

  if (!ta_record_list_reload (self, &error))
    g_warning ("Could not reload the %s list: %s",
               TA_RECORD_LIST_GET_CLASS (self)->kind, error->message);
}

static void
on_record_added (TaRecordList *self,
                 gpointer      record,
                 TaStore      *store)
{
  TA_RECORD_LIST_GET_CLASS (self)->record_added (self, record);
}

static void
on_record_updated (TaRecordList *self,
                   gpointer      record,
                   TaStore      *store)
{
  TA_RECORD_LIST_GET_CLASS (self)->record_updated (self, record);
}

static void
on_record_removed (TaRecordList *self,
                   gint64        id,
                   TaStore      *store)
{
  TA_RECORD_LIST_GET_CLASS (self)->record_removed (self, id);
}

/* Connected swapped to signals of any signature: only @self is read. */
static void
on_reload_needed (TaRecordList *self)
{
  _ta_record_list_reload_or_warn (self);
}

/**
 * _ta_record_list_connect:
 * @self: a #TaRecordList
 * @signal: a signal of the store
 * @callback: called with @self first (swapped), then the signal's
 *   arguments, then the store
 *
 * Follows a further store signal for as long as the list follows the
 * store.  Call after _ta_record_list_start().
 */
void
_ta_record_list_connect (TaRecordList *self,
                         const char   *signal,
                         GCallback     callback)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  gulong handler;

  g_return_if_fail (TA_IS_RECORD_LIST (self));
  g_return_if_fail (priv->store != NULL);

  handler = g_signal_connect_object (priv->store, signal, callback, self, G_CONNECT_SWAPPED);
  g_array_append_val (priv->handlers, handler);
}

static GPtrArray *
load_all (TaRecordList  *self,
          GError       **error)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  return TA_RECORD_LIST_GET_CLASS (self)->list_all (priv->store, error);
}

static void
ta_record_list_dispose (GObject *object)
{
  TaRecordList *self = TA_RECORD_LIST (object);
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  if (priv->store != NULL)
    {
      for (guint i = 0; i < priv->handlers->len; i++)
        g_signal_handler_disconnect (priv->store, g_array_index (priv->handlers, gulong, i));
      g_array_set_size (priv->handlers, 0);
      g_clear_object (&priv->store);
    }

  G_OBJECT_CLASS (ta_record_list_parent_class)->dispose (object);
}

static void
ta_record_list_finalize (GObject *object)
{
  TaRecordList *self = TA_RECORD_LIST (object);
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  g_clear_pointer (&priv->items, g_ptr_array_unref);
  g_clear_pointer (&priv->handlers, g_array_unref);

  G_OBJECT_CLASS (ta_record_list_parent_class)->finalize (object);
}

static void
ta_record_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TaRecordList *self = TA_RECORD_LIST (object);
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, priv->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_record_list_class_init (TaRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_record_list_dispose;
  object_class->finalize = ta_record_list_finalize;
  object_class->get_property = ta_record_list_get_property;

  klass->item_type = G_TYPE_OBJECT;
  klass->load = load_all;
  klass->lookup = lookup_by_id;
  klass->record_added = add_by_id;
  klass->record_updated = update_by_id;
  klass->record_removed = remove_by_id;
  klass->merge = merge_by_id;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TA_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_record_list_init (TaRecordList *self)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  priv->items = g_ptr_array_new_with_free_func (g_object_unref);
  priv->handlers = g_array_new (FALSE, FALSE, sizeof (gulong));
}

/**
 * _ta_record_list_start:
 * @self: a new #TaRecordList
 * @store: the programme
 * @error: a #TA_STORE_ERROR if the records cannot be read
 *
 * Loads the records and follows @store from now on: the signals of the
 * class's kind, a reload on each of its reload_on signals, and its
 * follows.
 *
 * Returns: %FALSE on error; then @self follows nothing
 */
gboolean
_ta_record_list_start (TaRecordList  *self,
                       TaStore       *store,
                       GError       **error)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);
  TaRecordListClass *klass = TA_RECORD_LIST_GET_CLASS (self);
  const char *kind = klass->kind;
  g_autofree char *added = g_strconcat (kind, "-added", NULL);
  g_autofree char *updated = g_strconcat (kind, "-updated", NULL);
  g_autofree char *removed = g_strconcat (kind, "-removed", NULL);
  g_autofree char *reset = g_strconcat (kind, "s-reset", NULL);

  g_return_val_if_fail (TA_IS_RECORD_LIST (self), FALSE);
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (priv->store == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  priv->store = g_object_ref (store);
  if (!ta_record_list_reload (self, error))
    return FALSE;

  _ta_record_list_connect (self, added, G_CALLBACK (on_record_added));
  _ta_record_list_connect (self, updated, G_CALLBACK (on_record_updated));
  _ta_record_list_connect (self, removed, G_CALLBACK (on_record_removed));
  _ta_record_list_connect (self, reset, G_CALLBACK (on_reload_needed));
  for (guint i = 0; klass->reload_on != NULL && klass->reload_on[i] != NULL; i++)
    _ta_record_list_connect (self, klass->reload_on[i], G_CALLBACK (on_reload_needed));
  for (guint i = 0; klass->follows != NULL && klass->follows[i].signal != NULL; i++)
    _ta_record_list_connect (self, klass->follows[i].signal, klass->follows[i].callback);

  return TRUE;
}

/**
 * _ta_record_list_new:
 * @type: a subclass of #TaRecordList
 * @store: the programme
 * @error: a #TA_STORE_ERROR if the records cannot be read
 *
 * Returns: (transfer full) (nullable): a list of @type that follows
 *   @store from now on
 */
gpointer
_ta_record_list_new (GType     type,
                     TaStore  *store,
                     GError  **error)
{
  g_autoptr(TaRecordList) self = NULL;

  g_return_val_if_fail (g_type_is_a (type, TA_TYPE_RECORD_LIST), NULL);
  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (type, NULL);
  if (!_ta_record_list_start (self, store, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * _ta_record_list_get_items:
 * @self: a #TaRecordList
 *
 * For a subclass that orders the items itself: it changes them, then
 * calls _ta_record_list_items_changed().
 *
 * Returns: (transfer none) (element-type the item type): the items
 */
GPtrArray *
_ta_record_list_get_items (TaRecordList *self)
{
  TaRecordListPrivate *priv = ta_record_list_get_instance_private (self);

  return priv->items;
}

/**
 * ta_record_list_get_store:
 * @self: a #TaRecordList
 *
 * Returns: (transfer none): the store the list follows
 */
TaStore *
ta_record_list_get_store (TaRecordList *self)
{
  TaRecordListPrivate *priv;

  g_return_val_if_fail (TA_IS_RECORD_LIST (self), NULL);

  priv = ta_record_list_get_instance_private (self);
  return priv->store;
}

/**
 * ta_record_list_lookup:
 * @self: a #TaRecordList
 * @id: a record id
 *
 * Returns: (transfer none) (nullable) (type GObject): the record in the
 *   list, or %NULL
 */
gpointer
ta_record_list_lookup (TaRecordList *self,
                       gint64        id)
{
  g_return_val_if_fail (TA_IS_RECORD_LIST (self), NULL);

  return TA_RECORD_LIST_GET_CLASS (self)->lookup (self, id);
}

/**
 * ta_record_list_reload:
 * @self: a #TaRecordList
 * @error: a #TA_STORE_ERROR
 *
 * Reads the records again, updating the objects views hold in place;
 * used after a bulk change such as an import.  On error the list keeps
 * what it had.
 */
gboolean
ta_record_list_reload (TaRecordList  *self,
                       GError       **error)
{
  TaRecordListClass *klass;
  g_autoptr(GPtrArray) fresh = NULL;

  g_return_val_if_fail (TA_IS_RECORD_LIST (self), FALSE);

  klass = TA_RECORD_LIST_GET_CLASS (self);
  fresh = klass->load (self, error);
  if (fresh == NULL)
    return FALSE;

  klass->merge (self, fresh);

  return TRUE;
}
