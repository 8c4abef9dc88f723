/* ta-pairing-list.c
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

#define G_LOG_DOMAIN "ta-pairing-list"

#include "config.h"

#include "ta-pairing-list.h"
#include "ta-pairing-private.h"
#include "ta-list-private.h"

struct _TaPairingList
{
  GObject parent_instance;

  /* Owned references */
  TaStore *store;
  GPtrArray *items; /* TaPairing, sorted by id */

  gulong added_handler;
  gulong updated_handler;
  gulong removed_handler;
  gulong reset_handler;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TaPairingList, ta_pairing_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ta_pairing_list_get_item_type (GListModel *model)
{
  return TA_TYPE_PAIRING;
}

static guint
ta_pairing_list_get_n_items (GListModel *model)
{
  TaPairingList *self = TA_PAIRING_LIST (model);

  return self->items->len;
}

static gpointer
ta_pairing_list_get_item (GListModel *model,
                              guint       position)
{
  TaPairingList *self = TA_PAIRING_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ta_pairing_list_get_item_type;
  iface->get_n_items = ta_pairing_list_get_n_items;
  iface->get_item = ta_pairing_list_get_item;
}

static guint
search_position (TaPairingList *self,
                 gint64         id,
                 gboolean      *out_found)
{
  return _ta_list_search_id (self->items, id, (TaIdGetter) ta_pairing_get_id, out_found);
}

static void
items_changed (TaPairingList *self,
               guint              position,
               guint              removed,
               guint              added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gint64
get_revision (gpointer item)
{
  return ((TaPairing *) item)->revision;
}

static void
assign (gpointer ours,
        gpointer theirs)
{
  _ta_pairing_assign (ours, theirs);
}

static void
announce_change (gpointer list,
                 guint    position,
                 guint    removed,
                 guint    added)
{
  items_changed (list, position, removed, added);
}

/* A reload replaces only what changed, in place (see ta-list.c). */
static const TaListMergeFunctions merge_functions = {
  (TaIdGetter) ta_pairing_get_id,
  get_revision,
  assign,
  announce_change,
};

static void
on_pairing_added (TaPairingList *self,
                      TaPairing     *pairing,
                      TaStore           *store)
{
  gboolean found;
  guint position = search_position (self, pairing->id, &found);

  if (found)
    {
      _ta_pairing_assign (g_ptr_array_index (self->items, position), pairing);
      items_changed (self, position, 1, 1);
      return;
    }

  /* Our own object, so later edits of the store's copy cannot reach views. */
  g_ptr_array_insert (self->items, (int) position, ta_pairing_copy (pairing));
  items_changed (self, position, 0, 1);
}

static void
on_pairing_updated (TaPairingList *self,
                        TaPairing     *pairing,
                        TaStore           *store)
{
  gboolean found;
  guint position = search_position (self, pairing->id, &found);

  if (!found)
    {
      on_pairing_added (self, pairing, store);
      return;
    }

  /* Keep the object views hold and update it in place, then tell filter
   * and sort models to look at it again. */
  _ta_pairing_assign (g_ptr_array_index (self->items, position), pairing);
  items_changed (self, position, 1, 1);
}

static void
on_pairing_removed (TaPairingList *self,
                        gint64             id,
                        TaStore           *store)
{
  gboolean found;
  guint position = search_position (self, id, &found);

  if (!found)
    return;

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);
}

static void
on_pairings_reset (TaPairingList *self,
                       TaStore           *store)
{
  g_autoptr(GError) error = NULL;

  if (!ta_pairing_list_reload (self, &error))
    g_warning ("Could not reload the pairings: %s", error->message);
}

static void
ta_pairing_list_dispose (GObject *object)
{
  TaPairingList *self = (TaPairingList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->added_handler, self->store);
      g_clear_signal_handler (&self->updated_handler, self->store);
      g_clear_signal_handler (&self->removed_handler, self->store);
      g_clear_signal_handler (&self->reset_handler, self->store);
      g_clear_object (&self->store);
    }

  G_OBJECT_CLASS (ta_pairing_list_parent_class)->dispose (object);
}

static void
ta_pairing_list_finalize (GObject *object)
{
  TaPairingList *self = (TaPairingList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_pairing_list_parent_class)->finalize (object);
}

static void
ta_pairing_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TaPairingList *self = TA_PAIRING_LIST (object);

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
ta_pairing_list_class_init (TaPairingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_pairing_list_dispose;
  object_class->finalize = ta_pairing_list_finalize;
  object_class->get_property = ta_pairing_list_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TA_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_pairing_list_init (TaPairingList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ta_pairing_list_new:
 * @store: the programme
 * @error: a #TA_STORE_ERROR if the pairings cannot be read
 *
 * Returns: (transfer full) (nullable): a list of every pairing that
 *   follows @store from now on
 */
TaPairingList *
ta_pairing_list_new (TaStore  *store,
                         GError  **error)
{
  g_autoptr(TaPairingList) self = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TA_TYPE_PAIRING_LIST, NULL);
  self->store = g_object_ref (store);

  if (!ta_pairing_list_reload (self, error))
    return NULL;

  self->added_handler =
    g_signal_connect_object (store, "pairing-added",
                             G_CALLBACK (on_pairing_added), self, G_CONNECT_SWAPPED);
  self->updated_handler =
    g_signal_connect_object (store, "pairing-updated",
                             G_CALLBACK (on_pairing_updated), self, G_CONNECT_SWAPPED);
  self->removed_handler =
    g_signal_connect_object (store, "pairing-removed",
                             G_CALLBACK (on_pairing_removed), self, G_CONNECT_SWAPPED);
  self->reset_handler =
    g_signal_connect_object (store, "pairings-reset",
                             G_CALLBACK (on_pairings_reset), self, G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

/**
 * ta_pairing_list_get_store:
 * @self: a #TaPairingList
 *
 * Returns: (transfer none): the store the list follows
 */
TaStore *
ta_pairing_list_get_store (TaPairingList *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_LIST (self), NULL);

  return self->store;
}

/**
 * ta_pairing_list_lookup:
 * @self: a #TaPairingList
 * @id: a pairing id
 *
 * Returns: (transfer none) (nullable): the pairing in the list, or
 *   %NULL
 */
TaPairing *
ta_pairing_list_lookup (TaPairingList *self,
                            gint64             id)
{
  gboolean found;
  guint position;

  g_return_val_if_fail (TA_IS_PAIRING_LIST (self), NULL);

  position = search_position (self, id, &found);
  return found ? g_ptr_array_index (self->items, position) : NULL;
}

/**
 * ta_pairing_list_reload:
 * @self: a #TaPairingList
 * @error: a #TA_STORE_ERROR
 *
 * Reads every pairing again; used after a bulk change such as an
 * import.  On error the list keeps what it had.
 */
gboolean
ta_pairing_list_reload (TaPairingList  *self,
                            GError            **error)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_return_val_if_fail (TA_IS_PAIRING_LIST (self), FALSE);

  fresh = ta_store_list_pairings (self->store, error);
  if (fresh == NULL)
    return FALSE;

  _ta_list_merge_by_id (self, self->items, fresh, &merge_functions);

  return TRUE;
}
