/* ta-session-list.c
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

#define G_LOG_DOMAIN "ta-session-list"

#include "config.h"

#include "ta-session-list.h"
#include "ta-session-private.h"
#include "ta-list-private.h"

struct _TaSessionList
{
  GObject parent_instance;

  /* Owned references */
  TaStore *store;
  GPtrArray *items; /* TaSession, sorted by id */

  gulong added_handler;
  gulong updated_handler;
  gulong removed_handler;
  gulong reset_handler;
  gulong pairing_removed_handler;
  gulong pairings_reset_handler;
  gulong participant_removed_handler;
  gulong participants_reset_handler;

  /* The range shown, in UTC; NULL for every session. */
  GDateTime *from;
  GDateTime *to;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TaSessionList, ta_session_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ta_session_list_get_item_type (GListModel *model)
{
  return TA_TYPE_SESSION;
}

static guint
ta_session_list_get_n_items (GListModel *model)
{
  TaSessionList *self = TA_SESSION_LIST (model);

  return self->items->len;
}

static gpointer
ta_session_list_get_item (GListModel *model,
                          guint       position)
{
  TaSessionList *self = TA_SESSION_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ta_session_list_get_item_type;
  iface->get_n_items = ta_session_list_get_n_items;
  iface->get_item = ta_session_list_get_item;
}

static guint
search_position (TaSessionList *self,
                 gint64         id,
                 gboolean      *out_found)
{
  return _ta_list_search_id (self->items, id, (TaIdGetter) ta_session_get_id, out_found);
}

static void
items_changed (TaSessionList *self,
               guint          position,
               guint          removed,
               guint          added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gint64
get_revision (gpointer item)
{
  return ((TaSession *) item)->revision;
}

static void
assign (gpointer ours,
        gpointer theirs)
{
  _ta_session_assign (ours, theirs);
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
  (TaIdGetter) ta_session_get_id,
  get_revision,
  assign,
  announce_change,
};

static gboolean
in_range (TaSessionList *self,
          TaSession     *session)
{
  if (self->from == NULL)
    return TRUE;
  if (session->starts_at == NULL)
    return FALSE;

  return g_date_time_compare (session->starts_at, self->from) >= 0 &&
         g_date_time_compare (session->starts_at, self->to) < 0;
}

static void on_session_removed (TaSessionList *self,
                                gint64         id,
                                TaStore       *store);

static void
on_session_added (TaSessionList *self,
                  TaSession     *session,
                  TaStore       *store)
{
  gboolean found;
  guint position;

  /* Moved out of the range shown: gone from this list. */
  if (!in_range (self, session))
    {
      on_session_removed (self, session->id, store);
      return;
    }

  position = search_position (self, session->id, &found);
  if (found)
    {
      _ta_session_assign (g_ptr_array_index (self->items, position), session);
      items_changed (self, position, 1, 1);
      return;
    }

  /* Our own object, so later edits of the store's copy cannot reach views. */
  g_ptr_array_insert (self->items, (int) position, ta_session_copy (session));
  items_changed (self, position, 0, 1);
}

static void
on_session_updated (TaSessionList *self,
                    TaSession     *session,
                    TaStore       *store)
{
  gboolean found;
  guint position = search_position (self, session->id, &found);

  if (!found || !in_range (self, session))
    {
      on_session_added (self, session, store);
      return;
    }

  /* Keep the object views hold and update it in place, then tell filter
   * and sort models to look at it again. */
  _ta_session_assign (g_ptr_array_index (self->items, position), session);
  items_changed (self, position, 1, 1);
}

static void
on_session_removed (TaSessionList *self,
                    gint64         id,
                    TaStore       *store)
{
  gboolean found;
  guint position = search_position (self, id, &found);

  if (!found)
    return;

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);
}

static void
on_sessions_reset (TaSessionList *self,
                   TaStore       *store)
{
  g_autoptr(GError) error = NULL;

  if (!ta_session_list_reload (self, &error))
    g_warning ("Could not reload the sessions: %s", error->message);
}

/* A pairing or participant deleted took its sessions or attendance along. */
static void
on_cascade_removed (TaSessionList *self,
                    gint64         id,
                    TaStore       *store)
{
  on_sessions_reset (self, store);
}

static void
ta_session_list_dispose (GObject *object)
{
  TaSessionList *self = (TaSessionList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->added_handler, self->store);
      g_clear_signal_handler (&self->updated_handler, self->store);
      g_clear_signal_handler (&self->removed_handler, self->store);
      g_clear_signal_handler (&self->reset_handler, self->store);
      g_clear_signal_handler (&self->pairing_removed_handler, self->store);
      g_clear_signal_handler (&self->pairings_reset_handler, self->store);
      g_clear_signal_handler (&self->participant_removed_handler, self->store);
      g_clear_signal_handler (&self->participants_reset_handler, self->store);
      g_clear_object (&self->store);
    }

  G_OBJECT_CLASS (ta_session_list_parent_class)->dispose (object);
}

static void
ta_session_list_finalize (GObject *object)
{
  TaSessionList *self = (TaSessionList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);

  G_OBJECT_CLASS (ta_session_list_parent_class)->finalize (object);
}

static void
ta_session_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TaSessionList *self = TA_SESSION_LIST (object);

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
ta_session_list_class_init (TaSessionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_session_list_dispose;
  object_class->finalize = ta_session_list_finalize;
  object_class->get_property = ta_session_list_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TA_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_session_list_init (TaSessionList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ta_session_list_new:
 * @store: the programme
 * @error: a #TA_STORE_ERROR if the sessions cannot be read
 *
 * Returns: (transfer full) (nullable): a list of every session that
 *   follows @store from now on
 */
TaSessionList *
ta_session_list_new (TaStore  *store,
                     GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ta_session_list_new_between (store, NULL, NULL, error);
}

/**
 * ta_session_list_new_between:
 * @store: the programme
 * @from: (nullable): the first instant
 * @to: (nullable): the instant after the last one
 * @error: a #TA_STORE_ERROR if the sessions cannot be read
 *
 * Returns: (transfer full) (nullable): a list of the sessions starting in
 *   [@from, @to), or of all when both are %NULL, that follows @store
 */
TaSessionList *
ta_session_list_new_between (TaStore    *store,
                             GDateTime  *from,
                             GDateTime  *to,
                             GError    **error)
{
  g_autoptr(TaSessionList) self = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail ((from == NULL) == (to == NULL), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (TA_TYPE_SESSION_LIST, NULL);
  self->store = g_object_ref (store);

  if (!ta_session_list_set_range (self, from, to, error))
    return NULL;

  self->added_handler =
    g_signal_connect_object (store, "session-added",
                             G_CALLBACK (on_session_added), self, G_CONNECT_SWAPPED);
  self->updated_handler =
    g_signal_connect_object (store, "session-updated",
                             G_CALLBACK (on_session_updated), self, G_CONNECT_SWAPPED);
  self->removed_handler =
    g_signal_connect_object (store, "session-removed",
                             G_CALLBACK (on_session_removed), self, G_CONNECT_SWAPPED);
  self->reset_handler =
    g_signal_connect_object (store, "sessions-reset",
                             G_CALLBACK (on_sessions_reset), self, G_CONNECT_SWAPPED);
  /* Their sessions or attendance went with them, without a signal of ours. */
  self->pairing_removed_handler =
    g_signal_connect_object (store, "pairing-removed",
                             G_CALLBACK (on_cascade_removed), self, G_CONNECT_SWAPPED);
  self->pairings_reset_handler =
    g_signal_connect_object (store, "pairings-reset",
                             G_CALLBACK (on_sessions_reset), self, G_CONNECT_SWAPPED);
  self->participant_removed_handler =
    g_signal_connect_object (store, "participant-removed",
                             G_CALLBACK (on_cascade_removed), self, G_CONNECT_SWAPPED);
  self->participants_reset_handler =
    g_signal_connect_object (store, "participants-reset",
                             G_CALLBACK (on_sessions_reset), self, G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

/**
 * ta_session_list_set_range:
 * @self: a #TaSessionList
 * @from: (nullable): the first instant
 * @to: (nullable): the instant after the last one
 * @error: a #TA_STORE_ERROR
 *
 * Shows the sessions starting in [@from, @to) from now on, or all when
 * both are %NULL.  On error the list keeps what it had.
 */
gboolean
ta_session_list_set_range (TaSessionList  *self,
                           GDateTime      *from,
                           GDateTime      *to,
                           GError        **error)
{
  g_autoptr(GDateTime) old_from = NULL;
  g_autoptr(GDateTime) old_to = NULL;

  g_return_val_if_fail (TA_IS_SESSION_LIST (self), FALSE);
  g_return_val_if_fail ((from == NULL) == (to == NULL), FALSE);

  old_from = g_steal_pointer (&self->from);
  old_to = g_steal_pointer (&self->to);
  if (from != NULL)
    {
      self->from = g_date_time_to_utc (from);
      self->to = g_date_time_to_utc (to);
    }

  if (!ta_session_list_reload (self, error))
    {
      g_clear_pointer (&self->from, g_date_time_unref);
      g_clear_pointer (&self->to, g_date_time_unref);
      self->from = g_steal_pointer (&old_from);
      self->to = g_steal_pointer (&old_to);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_session_list_get_store:
 * @self: a #TaSessionList
 *
 * Returns: (transfer none): the store the list follows
 */
TaStore *
ta_session_list_get_store (TaSessionList *self)
{
  g_return_val_if_fail (TA_IS_SESSION_LIST (self), NULL);

  return self->store;
}

/**
 * ta_session_list_lookup:
 * @self: a #TaSessionList
 * @id: a session id
 *
 * Returns: (transfer none) (nullable): the session in the list, or
 *   %NULL
 */
TaSession *
ta_session_list_lookup (TaSessionList *self,
                        gint64         id)
{
  gboolean found;
  guint position;

  g_return_val_if_fail (TA_IS_SESSION_LIST (self), NULL);

  position = search_position (self, id, &found);
  return found ? g_ptr_array_index (self->items, position) : NULL;
}

/**
 * ta_session_list_reload:
 * @self: a #TaSessionList
 * @error: a #TA_STORE_ERROR
 *
 * Reads the sessions again; used after a bulk change such as a new
 * series.  On error the list keeps what it had.
 */
gboolean
ta_session_list_reload (TaSessionList  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_return_val_if_fail (TA_IS_SESSION_LIST (self), FALSE);

  if (self->from != NULL)
    fresh = ta_store_list_sessions_between (self->store, self->from, self->to, error);
  else
    fresh = ta_store_list_sessions (self->store, error);
  if (fresh == NULL)
    return FALSE;

  _ta_list_merge_by_id (self, self->items, fresh, &merge_functions);

  return TRUE;
}
