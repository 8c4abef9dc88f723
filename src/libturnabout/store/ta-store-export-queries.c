/* ta-store-export-queries.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the iCalendar export (formats/ta-ical-export.c) reads that the
 * records do not carry: when each session and series last changed. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-private.h"
#include "ta-store-queries.h"

static void
stamp_clear (gpointer data)
{
  TaStoreStamp *stamp = data;

  g_free (stamp->created_at);
  g_free (stamp->updated_at);
}

/* Rows of (id, [created_at,] updated_at) as TaStoreStamps, text as it is. */
static GArray *
read_stamps (TaStore     *self,
             const char  *sql,
             gboolean     with_created,
             GError     **error)
{
  g_autoptr(GArray) stamps = g_array_new (FALSE, FALSE, sizeof (TaStoreStamp));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_array_set_clear_func (stamps, stamp_clear);

  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaStoreStamp stamp = { sqlite3_column_int64 (stmt, 0), NULL, NULL };
      int column = 1;

      if (with_created)
        stamp.created_at = g_strdup ((const char *) sqlite3_column_text (stmt, column++));
      stamp.updated_at = g_strdup ((const char *) sqlite3_column_text (stmt, column));
      g_array_append_val (stamps, stamp);
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, _ta_store_get_db (self), rc,
                                       _("The sessions could not be read"));
      return NULL;
    }

  return g_steal_pointer (&stamps);
}

/**
 * ta_store_read_export_stamps:
 * @self: a #TaStore
 * @out_sessions: (out) (transfer full) (element-type TaStoreStamp): every
 *   session's updated_at, by id (created_at is %NULL)
 * @out_series: (out) (transfer full) (element-type TaStoreStamp): every
 *   series' created_at and updated_at
 * @error: a #TA_STORE_ERROR
 *
 * When each session and series last changed, read together.
 *
 * Returns: %FALSE on error, with both out arguments %NULL
 */
gboolean
ta_store_read_export_stamps (TaStore  *self,
                             GArray  **out_sessions,
                             GArray  **out_series,
                             GError  **error)
{
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GArray) series = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_sessions != NULL && out_series != NULL, FALSE);

  *out_sessions = *out_series = NULL;

  {
    STORE_LOCKED (self);

    sessions = read_stamps (self, "SELECT id, updated_at FROM sessions ORDER BY id", FALSE, error);
    if (sessions == NULL)
      return FALSE;
    series = read_stamps (self, "SELECT id, created_at, updated_at FROM session_series", TRUE, error);
    if (series == NULL)
      return FALSE;
  }

  *out_sessions = g_steal_pointer (&sessions);
  *out_series = g_steal_pointer (&series);
  return TRUE;
}
