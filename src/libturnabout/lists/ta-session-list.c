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

#define G_LOG_DOMAIN "turnabout-session-list"

#include "config.h"

#include "ta-session-list.h"
#include "ta-session-private.h"
#include "ta-record-list-private.h"
#include "ta-store.h"

struct _TaSessionList
{
  TaRecordList parent_instance;

  /* The range shown, in UTC; NULL for every session. */
  GDateTime *from;
  GDateTime *to;
};

TA_RECORD_LIST_DEFINE (TaSessionList, ta_session_list, TaSession)

static GPtrArray *
load (TaRecordList  *list,
      GError       **error)
{
  TaSessionList *self = TA_SESSION_LIST (list);
  TaStore *store = ta_record_list_get_store (list);

  if (self->from != NULL)
    return ta_store_list_sessions_between (store, self->from, self->to, error);
  return ta_store_list_sessions (store, error);
}

static gboolean
in_range (TaRecordList *list,
          gpointer      record)
{
  TaSessionList *self = TA_SESSION_LIST (list);
  TaSession *session = record;

  if (self->from == NULL)
    return TRUE;
  if (session->starts_at == NULL)
    return FALSE;

  return g_date_time_compare (session->starts_at, self->from) >= 0 &&
         g_date_time_compare (session->starts_at, self->to) < 0;
}

static void
ta_session_list_finalize (GObject *object)
{
  TaSessionList *self = (TaSessionList *)object;

  g_clear_pointer (&self->from, g_date_time_unref);
  g_clear_pointer (&self->to, g_date_time_unref);

  G_OBJECT_CLASS (ta_session_list_parent_class)->finalize (object);
}

static void
ta_session_list_class_init (TaSessionListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_session_list_finalize;

  klass->item_type = TA_TYPE_SESSION;
  klass->kind = "session";
  klass->id_offset = G_STRUCT_OFFSET (TaSession, id);
  klass->revision_offset = G_STRUCT_OFFSET (TaSession, revision);
  klass->copy = (TaRecordCopyFunc) ta_session_copy;
  klass->assign = (TaRecordAssignFunc) _ta_session_assign;
  klass->load = load;
  klass->accepts = in_range;
}

static void
ta_session_list_init (TaSessionList *self)
{
}

/* Sets the range without reading; the old one goes to @old_from and
 * @old_to, so a failed read can put it back. */
static void
swap_range (TaSessionList *self,
            GDateTime     *from,
            GDateTime     *to,
            GDateTime    **old_from,
            GDateTime    **old_to)
{
  *old_from = g_steal_pointer (&self->from);
  *old_to = g_steal_pointer (&self->to);
  if (from != NULL)
    {
      self->from = g_date_time_to_utc (from);
      self->to = g_date_time_to_utc (to);
    }
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
  g_autoptr(GDateTime) no_from = NULL;
  g_autoptr(GDateTime) no_to = NULL;

  g_return_val_if_fail ((from == NULL) == (to == NULL), NULL);

  self = g_object_new (TA_TYPE_SESSION_LIST, NULL);
  swap_range (self, from, to, &no_from, &no_to);
  if (!_ta_record_list_start (TA_RECORD_LIST (self), store, error))
    return NULL;

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

  swap_range (self, from, to, &old_from, &old_to);
  if (!ta_record_list_reload (TA_RECORD_LIST (self), error))
    {
      g_autoptr(GDateTime) new_from = NULL;
      g_autoptr(GDateTime) new_to = NULL;

      swap_range (self, old_from, old_to, &new_from, &new_to);
      return FALSE;
    }

  return TRUE;
}
