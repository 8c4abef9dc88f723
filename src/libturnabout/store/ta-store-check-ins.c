/* ta-store-check-ins.c
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

/* The check_ins table (migration 8): a pair's answers to the check-ins,
 * added and deleted (never edited), and what is due, computed by the pure
 * rules of ta-check-in-due.c from one read of the pairs, their held
 * one-on-ones and their answers. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-check-in-due.h"
#include "ta-store-check-ins.h"
#include "ta-store-private.h"

#define CHECK_IN_COLUMNS \
  "id, uid, pairing_id, kind, side, answered_at, source, fit, quality, works, not_working, " \
  "changed, recommend, keep, confidence"

static void
bind_nullable_int (sqlite3_stmt *stmt,
                   int           column,
                   int           value,
                   int           unanswered)
{
  if (value == unanswered)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, value);
}

static int
column_int_or (sqlite3_stmt *stmt,
               int           column,
               int           unanswered)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? unanswered : sqlite3_column_int (stmt, column);
}

/* A row of CHECK_IN_COLUMNS; NULL (with a warning) for a row whose names
 * this version does not know, which the table's CHECKs rule out. */
static TaCheckIn *
read_check_in (sqlite3_stmt *stmt)
{
  TaCheckInKind kind;
  TaPairSide side;
  TaCheckInSource source = TA_CHECK_IN_SOURCE_APP;
  TaCheckInFit fit = TA_CHECK_IN_FIT_NONE;
  g_autoptr(TaCheckIn) check_in = NULL;
  g_autoptr(GDateTime) answered_at = NULL;
  g_autofree char *works = _ta_store_column_text (stmt, 9);
  g_autofree char *not_working = _ta_store_column_text (stmt, 10);
  g_autofree char *changed = _ta_store_column_text (stmt, 11);
  g_autofree char *keep = _ta_store_column_text (stmt, 13);

  if (!ta_check_in_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &kind) ||
      !ta_pair_side_from_string ((const char *) sqlite3_column_text (stmt, 4), &side))
    {
      g_warning ("Check-in %" G_GINT64_FORMAT " has an unknown kind or side", (gint64) sqlite3_column_int64 (stmt, 0));
      return NULL;
    }
  ta_check_in_source_from_string ((const char *) sqlite3_column_text (stmt, 6), &source);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    ta_check_in_fit_from_string ((const char *) sqlite3_column_text (stmt, 7), &fit);

  check_in = ta_check_in_new (sqlite3_column_int64 (stmt, 2), kind, side);
  ta_check_in_set_id (check_in, sqlite3_column_int64 (stmt, 0));
  ta_check_in_set_uid (check_in, (const char *) sqlite3_column_text (stmt, 1));
  answered_at = ta_database_column_date_time (stmt, 5);
  ta_check_in_set_answered_at (check_in, answered_at);
  ta_check_in_set_source (check_in, source);
  ta_check_in_set_fit (check_in, fit);
  ta_check_in_set_quality (check_in, column_int_or (stmt, 8, 0));
  ta_check_in_set_works (check_in, works);
  ta_check_in_set_not_working (check_in, not_working);
  ta_check_in_set_changed (check_in, changed);
  ta_check_in_set_recommend (check_in, column_int_or (stmt, 12, -1));
  ta_check_in_set_keep (check_in, keep);
  ta_check_in_set_confidence (check_in, column_int_or (stmt, 14, 0));

  return g_steal_pointer (&check_in);
}

static gboolean
insert_check_in (TaStore     *self,
                 TaCheckIn   *check_in,
                 const char  *uid,
                 GDateTime   *answered_at,
                 gint64      *out_id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_text ();
  gboolean exists = FALSE;
  TaCheckInFit fit = ta_check_in_get_fit (check_in);

  if (!_ta_store_row_exists (self, "SELECT 1 FROM pairings WHERE id = ?1",
                             ta_check_in_get_pairing_id (check_in), &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This pair was deleted in another window or by another program. The answer was not saved."));
      return FALSE;
    }

  stmt = _ta_store_prepare (self,
                            "INSERT INTO check_ins (uid, pairing_id, kind, side, answered_at, source, fit, "
                            "quality, works, not_working, changed, recommend, keep, confidence, "
                            "created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
                            error);
  if (stmt == NULL)
    return FALSE;

  ta_database_bind_text (stmt, 1, uid);
  sqlite3_bind_int64 (stmt, 2, ta_check_in_get_pairing_id (check_in));
  ta_database_bind_text (stmt, 3, ta_check_in_kind_to_string (ta_check_in_get_kind (check_in)));
  ta_database_bind_text (stmt, 4, ta_pair_side_to_string (ta_check_in_get_side (check_in)));
  ta_database_bind_date_time (stmt, 5, answered_at);
  ta_database_bind_text (stmt, 6, ta_check_in_source_to_string (ta_check_in_get_source (check_in)));
  ta_database_bind_nullable_text (stmt, 7, fit != TA_CHECK_IN_FIT_NONE ? ta_check_in_fit_to_string (fit) : NULL);
  bind_nullable_int (stmt, 8, ta_check_in_get_quality (check_in), 0);
  ta_database_bind_nullable_text (stmt, 9, ta_check_in_get_works (check_in));
  ta_database_bind_nullable_text (stmt, 10, ta_check_in_get_not_working (check_in));
  ta_database_bind_nullable_text (stmt, 11, ta_check_in_get_changed (check_in));
  bind_nullable_int (stmt, 12, ta_check_in_get_recommend (check_in), -1);
  ta_database_bind_nullable_text (stmt, 13, ta_check_in_get_keep (check_in));
  bind_nullable_int (stmt, 14, ta_check_in_get_confidence (check_in), 0);
  ta_database_bind_text (stmt, 15, now);

  if (!_ta_store_step_done (self, stmt, _("The answer could not be saved"), error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/**
 * ta_store_add_check_in:
 * @self: a #TaStore
 * @check_in: the answer; gets its id, and its uid and answered_at when
 *   they were unset
 * @error: %TA_STORE_ERROR_INVALID (naming the question),
 *   %TA_STORE_ERROR_NOT_FOUND (the pair is gone), or another
 *   #TA_STORE_ERROR
 *
 * Validates and saves one answer in one transaction, then emits
 * #TaStore::check-ins-changed.  A uid already stored is refused (the
 * exchange files look before they add).
 */
gboolean
ta_store_add_check_in (TaStore    *self,
                       TaCheckIn  *check_in,
                       GError    **error)
{
  g_autofree char *uid = NULL;
  g_autoptr(GDateTime) answered_at = NULL;
  gint64 id = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_CHECK_IN (check_in), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ta_check_in_validate (check_in, error))
    return FALSE;

  uid = g_strdup (ta_check_in_get_uid (check_in));
  if (uid == NULL)
    uid = g_uuid_string_random ();
  answered_at = ta_check_in_get_answered_at (check_in) != NULL
                  ? g_date_time_ref (ta_check_in_get_answered_at (check_in))
                  : g_date_time_new_now_utc ();

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;
    if (!insert_check_in (self, check_in, uid, answered_at, &id, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  ta_check_in_set_id (check_in, id);
  ta_check_in_set_uid (check_in, uid);
  ta_check_in_set_answered_at (check_in, answered_at);
  _ta_store_emit (self, CHECK_INS_CHANGED, NULL, 0);

  return TRUE;
}

/**
 * ta_store_delete_check_in:
 * @self: a #TaStore
 * @check_in_id: the answer
 * @error: %TA_STORE_ERROR_NOT_FOUND when it is gone, or another #TA_STORE_ERROR
 *
 * Deletes one answer in one transaction, then emits
 * #TaStore::check-ins-changed.
 */
gboolean
ta_store_delete_check_in (TaStore  *self,
                          gint64    check_in_id,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "DELETE FROM check_ins WHERE id = ?1", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, check_in_id);
    if (!_ta_store_step_done (self, stmt, _("The answer could not be deleted"), error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
    if (sqlite3_changes (self->db) == 0)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                             _("This answer was deleted in another window or by another program."));
        return FALSE;
      }
    if (!_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit (self, CHECK_INS_CHANGED, NULL, 0);
  return TRUE;
}

/* With the lock held. */
static GPtrArray *
query_check_ins (TaStore  *self,
                 gint64    pairing_id,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) check_ins = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  /* Two statements rather than "?1 = 0 OR pairing_id = ?1", which SQLite
   * cannot answer from the pairing index: one pair's list is read often
   * (the pair's detail, My Pairs), on the window's thread. */
  stmt = _ta_store_prepare (self,
                            pairing_id != 0
                            ? "SELECT " CHECK_IN_COLUMNS " FROM check_ins "
                              "WHERE pairing_id = ?1 ORDER BY answered_at, id"
                            : "SELECT " CHECK_IN_COLUMNS " FROM check_ins WHERE ?1 = 0 ORDER BY answered_at, id",
                            error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaCheckIn *check_in = read_check_in (stmt);

      if (check_in != NULL)
        g_ptr_array_add (check_ins, check_in);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The check-ins could not be read"));
      return NULL;
    }

  return g_steal_pointer (&check_ins);
}

/**
 * ta_store_list_check_ins:
 * @self: a #TaStore
 * @pairing_id: a pair, or 0 for every pair
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaCheckIn): the answers, oldest first
 */
GPtrArray *
ta_store_list_check_ins (TaStore  *self,
                         gint64    pairing_id,
                         GError  **error)
{
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return query_check_ins (self, pairing_id, error);
}

/* One pair's inputs to the due rules, gathered by pairing id. */
typedef struct
{
  TaCheckInDueInput input;
  char *started_on;
  char *ended_on;
} DuePair;

static void
due_pair_free (gpointer data)
{
  DuePair *pair = data;

  g_free (pair->started_on);
  g_free (pair->ended_on);
  g_ptr_array_unref (pair->input.held_starts);
  g_ptr_array_unref (pair->input.answers);
  g_free (pair);
}

static gboolean
read_due_pairs (TaStore     *self,
                gint64       pairing_id,
                GPtrArray   *pairs,
                GHashTable  *by_id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            pairing_id != 0
                            ? "SELECT id, status, started_on, ended_on FROM pairings "
                              "WHERE id = ?1 AND status <> 'proposed' AND started_on IS NOT NULL"
                            : "SELECT id, status, started_on, ended_on FROM pairings "
                              "WHERE ?1 = 0 AND status <> 'proposed' AND started_on IS NOT NULL ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DuePair *pair = g_new0 (DuePair, 1);

      pair->input.pairing_id = sqlite3_column_int64 (stmt, 0);
      if (!ta_pairing_status_from_string ((const char *) sqlite3_column_text (stmt, 1), &pair->input.status))
        pair->input.status = TA_PAIRING_STATUS_PROPOSED;
      pair->started_on = _ta_store_column_text (stmt, 2);
      pair->ended_on = _ta_store_column_text (stmt, 3);
      pair->input.started_on = pair->started_on;
      pair->input.ended_on = pair->ended_on;
      pair->input.held_starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
      pair->input.answers = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (pairs, pair);
      g_hash_table_insert (by_id, &pair->input.pairing_id, pair);
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairs could not be read"));

  return TRUE;
}

static gboolean
read_held_starts (TaStore     *self,
                  gint64       pairing_id,
                  GHashTable  *by_id,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            pairing_id != 0
                            ? "SELECT pairing_id, starts_at FROM sessions "
                              "WHERE pairing_id = ?1 AND status = 'held' AND kind = 'one-on-one'"
                            : "SELECT pairing_id, starts_at FROM sessions "
                              "WHERE ?1 = 0 AND status = 'held' AND kind = 'one-on-one'",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      DuePair *pair = g_hash_table_lookup (by_id, &id);
      GDateTime *starts_at;

      if (pair == NULL)
        continue;
      starts_at = ta_database_column_date_time (stmt, 1);
      if (starts_at != NULL)
        g_ptr_array_add (pair->input.held_starts, starts_at);
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The sessions could not be read"));

  return TRUE;
}

/**
 * ta_store_list_due_check_ins:
 * @self: a #TaStore
 * @pairing_id: a pair, or 0 for every pair
 * @now: the moment to compute for
 * @zone: the zone whose days count (the local one in the app)
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaCheckInDue): what is due or was
 *   answered, by pair, then kind, then side
 */
GPtrArray *
ta_store_list_due_check_ins (TaStore    *self,
                             gint64      pairing_id,
                             GDateTime  *now,
                             GTimeZone  *zone,
                             GError    **error)
{
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (due_pair_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL && zone != NULL, NULL);

  {
    STORE_LOCKED (self);

    if (!read_due_pairs (self, pairing_id, pairs, by_id, error) ||
        !read_held_starts (self, pairing_id, by_id, error))
      return NULL;
    answers = query_check_ins (self, pairing_id, error);
    if (answers == NULL)
      return NULL;
  }

  for (guint i = 0; i < answers->len; i++)
    {
      TaCheckIn *answer = g_ptr_array_index (answers, i);
      gint64 id = ta_check_in_get_pairing_id (answer);
      DuePair *pair = g_hash_table_lookup (by_id, &id);

      if (pair != NULL)
        g_ptr_array_add (pair->input.answers, g_object_ref (answer));
    }

  for (guint i = 0; i < pairs->len; i++)
    ta_check_in_compute_due (&((DuePair *) g_ptr_array_index (pairs, i))->input, now, zone, due);

  return g_steal_pointer (&due);
}

/**
 * ta_store_is_pairing_flagged:
 * @self: a #TaStore
 * @pairing_id: a pair
 * @out_flagged: (out): whether either side's latest fit answer is "not a fit"
 * @error: a #TA_STORE_ERROR
 */
gboolean
ta_store_is_pairing_flagged (TaStore   *self,
                             gint64     pairing_id,
                             gboolean  *out_flagged,
                             GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_flagged != NULL, FALSE);

  /* Each side's latest fit answer (the later id breaks a tie). */
  stmt = _ta_store_prepare (self,
                            "SELECT 1 FROM check_ins c WHERE c.pairing_id = ?1 AND c.kind = 'fit' "
                            "AND c.fit = 'not-a-fit' AND NOT EXISTS (SELECT 1 FROM check_ins d "
                            "WHERE d.pairing_id = c.pairing_id AND d.kind = 'fit' AND d.side = c.side "
                            "AND (d.answered_at > c.answered_at OR (d.answered_at = c.answered_at AND d.id > c.id))) "
                            "LIMIT 1",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pairing_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The check-ins could not be read"));

  *out_flagged = rc == SQLITE_ROW;
  return TRUE;
}
