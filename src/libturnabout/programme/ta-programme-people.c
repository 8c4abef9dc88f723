/* ta-programme-people.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-programme-private.h"

/*
 * What the Directory and the Pairs pages need beyond the plain edits of
 * ta-programme-edits.c: taking back pairs that were proposed a moment ago.
 */

/**
 * ta_programme_take_back_pairings:
 * @self: a #TaProgramme
 * @ids: (element-type gint64): pairings proposed a moment ago
 * @error: a #TA_STORE_ERROR
 *
 * Undoes proposing pairs: deletes those of @ids that are still proposed,
 * all in one transaction.  A pair started (or deleted) meanwhile is left
 * as it is: somebody acted on it.
 *
 * Returns: whether the proposed ones were deleted
 */
gboolean
ta_programme_take_back_pairings (TaProgramme  *self,
                                 GArray       *ids,
                                 GError      **error)
{
  g_autoptr(GArray) proposed = NULL;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  proposed = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(TaPairing) pairing = ta_store_get_pairing (self->store, id, NULL);

      if (pairing != NULL && ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_PROPOSED)
        g_array_append_val (proposed, id);
    }

  return ta_store_delete_pairings (self->store, proposed, error);
}
