/* ta-store-momentum.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the "Needs Attention" evaluation (matching/ta-momentum.c) reads:
 * the momentum-weeks setting and the sessions of the active pairings.
 * The judging itself stays there; only the SQL is here. */

#define G_LOG_DOMAIN "turnabout-store"

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

/**
 * ta_store_foreach_momentum_row:
 * @self: a #TaStore
 * @out_weeks: (out): the momentum-weeks setting, read at the same time
 * @func: called for each row
 * @user_data: data for @func
 * @error: a #TA_STORE_ERROR
 *
 * Every active pairing with each of its sessions, ordered by pairing id
 * and then newest session first (the (pairing_id, starts_at) index serves
 * the order); a pairing without sessions has one row, without a session.
 * The rows are handed over as they are read, not copied: a programme has
 * a hundred thousand of them.  @out_weeks is set before the first call.
 * The text is as stored ("" stays "").
 *
 * Returns: whether every row was read
 */
gboolean
ta_store_foreach_momentum_row (TaStore              *self,
                               int                  *out_weeks,
                               TaStoreMomentumFunc   func,
                               gpointer              user_data,
                               GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_weeks != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    *out_weeks = read_weeks (self, error);
    if (*out_weeks < 0)
      return FALSE;

    stmt = _ta_store_prepare (self,
                              "SELECT p.id, coalesce (p.started_on, substr (p.created_at, 1, 10)), "
                              "s.starts_at, s.status "
                              "FROM pairings p LEFT JOIN sessions s ON s.pairing_id = p.id "
                              "WHERE p.status = 'active' "
                              "ORDER BY p.id, s.starts_at DESC",
                              error);
    if (stmt == NULL)
      return FALSE;

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        TaStoreMomentumRow row = {
          sqlite3_column_int64 (stmt, 0),
          (const char *) sqlite3_column_text (stmt, 1),
          (const char *) sqlite3_column_text (stmt, 2),
          (const char *) sqlite3_column_text (stmt, 3),
        };

        func (&row, user_data);
      }

    if (rc != SQLITE_DONE)
      return _ta_store_set_error_from_sqlite (error, _ta_store_get_db (self), rc, _("The sessions could not be read"));
  }

  return TRUE;
}
