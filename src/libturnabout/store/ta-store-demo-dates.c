/* ta-store-demo-dates.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme is about eleven months into its programme year:
 * its people joined over the year, not all on the day it was loaded.
 * Nothing else writes created_at after the INSERT, so this is the
 * demo's own door to it. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-demo-dates.h"
#include "ta-store-private.h"

/*
 * _ta_store_set_demo_dates:
 * @ids: (array length=n): participants
 * @created_at: (array length=n): when each joined, as the created_at
 *   column keeps it (ISO 8601, UTC)
 * @left_on: (array length=n) (nullable): the day ("YYYY-MM-DD") each
 *   one with status left left, NULL for the others
 *
 * Inside the demo's transaction (_ta_store_run_in_transaction()): the
 * rows are fresh, so no signal is owed beyond the demo's own.  left_on
 * is not among the columns that count as an edit (the revision trigger),
 * and a NULL keeps what the status triggers set.
 */
gboolean
_ta_store_set_demo_dates (TaStore            *self,
                          const gint64       *ids,
                          const char * const *created_at,
                          const char * const *left_on,
                          guint               n,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);

  stmt = _ta_store_prepare (self, "UPDATE participants SET created_at = ?2, left_on = coalesce (?3, left_on) "
                            "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      _ta_store_bind_id (stmt, 1, ids[i]);
      _ta_store_bind_text (stmt, 2, created_at[i]);
      _ta_store_bind_text (stmt, 3, left_on != NULL ? left_on[i] : NULL);
      if (!_ta_store_step_done (self, stmt, _("The participant could not be saved"), error))
        return FALSE;
      sqlite3_reset (stmt);
    }

  return TRUE;
}
