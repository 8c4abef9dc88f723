/* ta-store-sessions-bulk.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-store"

#include "config.h"

#include "ta-session-private.h"
#include "ta-store-private.h"

/**
 * ta_store_add_sessions:
 * @self: a #TaStore
 * @sessions: (element-type TaSession): new sessions; their ids are set on
 *   success
 * @error: %TA_STORE_ERROR_INVALID says which rule the first bad one breaks
 *
 * Adds all of @sessions in one transaction, or none of them (an import of
 * an .ics file), then emits #TaStore::sessions-reset once.  Sessions added
 * this way belong to no series.
 */
gboolean
ta_store_add_sessions (TaStore    *self,
                       GPtrArray  *sessions,
                       GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (sessions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < sessions->len; i++)
    g_return_val_if_fail (TA_IS_SESSION (g_ptr_array_index (sessions, i)), FALSE);

  if (sessions->len == 0)
    return TRUE;

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    for (guint i = 0; i < sessions->len; i++)
      {
        TaSession *session = g_ptr_array_index (sessions, i);

        session->id = 0;
        _ta_session_set_series (session, 0, NULL);
        if (!_ta_store_insert_session (self, session, error))
          {
            _ta_store_rollback (self);
            for (guint j = 0; j < sessions->len; j++)
              ((TaSession *) g_ptr_array_index (sessions, j))->id = 0;
            return FALSE;
          }
      }

    if (!_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        for (guint j = 0; j < sessions->len; j++)
          ((TaSession *) g_ptr_array_index (sessions, j))->id = 0;
        return FALSE;
      }
  }

  for (guint i = 0; i < sessions->len; i++)
    g_object_notify (g_ptr_array_index (sessions, i), "id");
  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return TRUE;
}
