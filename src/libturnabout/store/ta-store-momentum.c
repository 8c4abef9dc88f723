/* ta-store-momentum.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the "Needs Attention" evaluation (matching/ta-momentum.c) reads:
 * the momentum-weeks setting and the sessions of the active pairings.
 * The judging itself stays there; only the SQL is here. */

#define G_LOG_DOMAIN "ta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-private.h"
#include "ta-store-queries.h"

#define MOMENTUM_WEEKS_KEY "momentum-weeks"

static int
read_weeks (TaStore  *self,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 weeks = TA_MOMENTUM_DEFAULT_WEEKS;
  int rc;

  stmt = _ta_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", error);
  if (stmt == NULL)
    return -1;
  _ta_store_bind_text (stmt, 1, MOMENTUM_WEEKS_KEY);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      /* A file edited by hand must not break the evaluation. */
      if (!g_ascii_string_to_unsigned ((const char *) sqlite3_column_text (stmt, 0), 10,
                                       1, TA_MOMENTUM_MAX_WEEKS, &weeks, NULL))
        weeks = TA_MOMENTUM_DEFAULT_WEEKS;
    }
  else if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, _ta_store_get_db (self), rc, _("The settings could not be read"));
      return -1;
    }

  return (int) weeks;
}

/**
 * ta_store_get_momentum_weeks:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: after how many weeks without a held session a pair needs
 *   attention (6 unless set), or -1 on error
 */
int
ta_store_get_momentum_weeks (TaStore  *self,
                             GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), -1);

  {
    STORE_LOCKED (self);
    return read_weeks (self, error);
  }
}

/**
 * ta_store_set_momentum_weeks:
 * @self: a #TaStore
 * @weeks: 1 to %TA_MOMENTUM_MAX_WEEKS
 * @error: %TA_STORE_ERROR_INVALID when out of range
 */
gboolean
ta_store_set_momentum_weeks (TaStore  *self,
                             int       weeks,
                             GError  **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (weeks < 1 || weeks > TA_MOMENTUM_MAX_WEEKS)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("Choose from 1 to %d weeks"), TA_MOMENTUM_MAX_WEEKS);
      return FALSE;
    }

  value = g_strdup_printf ("%d", weeks);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;
    _ta_store_bind_text (stmt, 1, MOMENTUM_WEEKS_KEY);
    _ta_store_bind_text (stmt, 2, value);
    if (!_ta_store_step_done (self, stmt, _("The setting could not be saved"), error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  /* One of the programme's settings, like those of matching: the
   * "Needs Attention" list evaluates again on it. */
  _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);

  return TRUE;
}

/* The text as it is: unlike _ta_store_column_text(), "" stays "", which
 * the evaluation tells from NULL (no session). */
static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
momentum_row_clear (gpointer data)
{
  TaStoreMomentumRow *row = data;

  g_free (row->started_on);
  g_free (row->starts_at);
  g_free (row->status);
}

/**
 * ta_store_read_momentum_rows:
 * @self: a #TaStore
 * @out_weeks: (out): the momentum-weeks setting, read at the same time
 * @error: a #TA_STORE_ERROR
 *
 * Every active pairing with each of its sessions, ordered by pairing id
 * and then newest session first (the (pairing_id, starts_at) index serves
 * the order); a pairing without sessions has one row, without a session.
 *
 * Returns: (transfer full) (element-type TaStoreMomentumRow): the rows,
 *   or %NULL on error
 */
GArray *
ta_store_read_momentum_rows (TaStore  *self,
                             int      *out_weeks,
                             GError  **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (TaStoreMomentumRow));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (out_weeks != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_array_set_clear_func (rows, momentum_row_clear);

  {
    STORE_LOCKED (self);

    *out_weeks = read_weeks (self, error);
    if (*out_weeks < 0)
      return NULL;

    stmt = _ta_store_prepare (self,
                              "SELECT p.id, coalesce (p.started_on, substr (p.created_at, 1, 10)), "
                              "s.starts_at, s.status "
                              "FROM pairings p LEFT JOIN sessions s ON s.pairing_id = p.id "
                              "WHERE p.status = 'active' "
                              "ORDER BY p.id, s.starts_at DESC",
                              error);
    if (stmt == NULL)
      return NULL;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        TaStoreMomentumRow row = {
          sqlite3_column_int64 (stmt, 0),
          column_dup (stmt, 1),
          column_dup (stmt, 2),
          column_dup (stmt, 3),
        };

        g_array_append_val (rows, row);
      }

    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, _ta_store_get_db (self), rc, _("The sessions could not be read"));
        return NULL;
      }
  }

  return g_steal_pointer (&rows);
}
