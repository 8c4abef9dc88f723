/* ta-store-session-series.c - edits of a series that span its sessions
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include "ta-session-private.h"
#include "ta-store-series-private.h"

/**
 * ta_store_end_series_with_session:
 * @self: a #TaStore
 * @session_id: an occurrence of a series
 * @single: the session that takes its place, outside any series
 * @error: %TA_STORE_ERROR_INVALID says what is wrong; nothing changed
 *
 * "This and all future sessions" no longer repeat: the series stops
 * before the occurrence @session_id (as ta_store_cancel_series_from())
 * and @single, usually that occurrence as the form changed it, is added
 * as a session of its own.  One transaction, so that a refused @single
 * leaves the series whole.  Sets @single's id; emits
 * #TaStore::sessions-reset.
 *
 * Returns: %TRUE on success
 */
gboolean
ta_store_end_series_with_session (TaStore    *self,
                                  gint64      session_id,
                                  TaSession  *single,
                                  GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (session_id > 0, FALSE);
  g_return_val_if_fail (TA_IS_SESSION (single), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(TaSession) occurrence = NULL;
    STORE_LOCKED (self);

    single->id = 0;
    _ta_session_set_series (single, 0, NULL);
    if (!_ta_store_begin (self, error))
      return FALSE;

    occurrence = _ta_store_get_session (self, session_id, error);
    if (occurrence == NULL ||
        !_ta_store_end_series_before (self, occurrence, error) ||
        !_ta_store_insert_session (self, single, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        single->id = 0;
        return FALSE;
      }
  }

  g_object_notify (G_OBJECT (single), "id");
  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return TRUE;
}
