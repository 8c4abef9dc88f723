/* ta-store-pairings.c
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

/* The pairing part of TaStore: pairings and their goals, the
 * facilitator's blocks and pins, and the programme's match settings. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-pairing-private.h"
#include "ta-participant-private.h"
#include "ta-store-private.h"

#define PAIRING_COLUMNS \
  "id, mentor_id, mentee_id, status, score, explanation, started_on, ended_on, end_reason"

static TaPairing *
pairing_from_row (sqlite3_stmt *stmt)
{
  TaPairing *pairing = ta_pairing_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2));
  const char *status = (const char *) sqlite3_column_text (stmt, 3);

  pairing->id = sqlite3_column_int64 (stmt, 0);
  pairing->revision = sqlite3_column_int64 (stmt, 9);
  if (status == NULL || !ta_pairing_status_from_string (status, &pairing->status))
    pairing->status = TA_PAIRING_STATUS_PROPOSED;
  pairing->score = CLAMP (sqlite3_column_double (stmt, 4), 0, 100);
  pairing->explanation = _ta_store_column_text (stmt, 5);
  pairing->started_on = _ta_store_column_text (stmt, 6);
  pairing->ended_on = _ta_store_column_text (stmt, 7);
  pairing->end_reason = _ta_store_column_text (stmt, 8);

  return pairing;
}

/* Goals of @pairings (sorted by id), in one ordered scan. */
static gboolean
load_goals (TaStore    *self,
            GPtrArray  *pairings,
            gint64      only_id,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint index = 0;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT pairing_id, title, done FROM pairing_goals "
                            "WHERE pairing_id BETWEEN ?1 AND ?2 ORDER BY pairing_id, position",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  sqlite3_bind_int64 (stmt, 2, only_id != 0 ? only_id : G_MAXINT64);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pairing_id = sqlite3_column_int64 (stmt, 0);
      TaPairing *pairing;
      g_autoptr(TaGoal) goal = NULL;

      while (index < pairings->len &&
             TA_PAIRING (g_ptr_array_index (pairings, index))->id < pairing_id)
        index++;
      if (index == pairings->len)
        break;

      pairing = g_ptr_array_index (pairings, index);
      if (pairing->id != pairing_id)
        continue;

      goal = ta_goal_new ((const char *) sqlite3_column_text (stmt, 1),
                          sqlite3_column_int (stmt, 2) != 0);
      g_list_store_append (pairing->goals, goal);
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The goals could not be read"));

  return TRUE;
}

static GPtrArray *
query_pairings (TaStore     *self,
                const char  *where,
                gint64       id,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT " PAIRING_COLUMNS ", pairings.revision FROM pairings %s ORDER BY id", where);
  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (pairings, pairing_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairings could not be read"));
      return NULL;
    }

  if (pairings->len > 0 &&
      !load_goals (self, pairings, pairings->len == 1 ? TA_PAIRING (pairings->pdata[0])->id : 0, error))
    return NULL;

  return g_steal_pointer (&pairings);
}

/**
 * ta_store_list_pairings:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaPairing): every pairing, by id
 */
GPtrArray *
ta_store_list_pairings (TaStore  *self,
                        GError  **error)
{
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return query_pairings (self, "", 0, error);
}

TaPairing *
_ta_store_get_pairing (TaStore  *self,
             gint64    id,
             GError  **error)
{
  g_autoptr(GPtrArray) found = query_pairings (self, "WHERE id = ?1", id, error);

  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This pairing is no longer in the programme"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ta_store_get_pairing:
 * @self: a #TaStore
 * @id: the pairing's id
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): a fresh copy of the pairing
 */
TaPairing *
ta_store_get_pairing (TaStore  *self,
                      gint64    id,
                      GError  **error)
{
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (id > 0, NULL);

  return _ta_store_get_pairing (self, id, error);
}

/* Consistency with the rest of the programme */

static gint64
count_rows (TaStore     *self,
            const char  *sql,
            gint64       first,
            gint64       second,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, first);
  sqlite3_bind_int64 (stmt, 2, second);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairings could not be read"));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}


/* What a pairing must agree with: who the two people are, and for an open
 * pairing that the mentee has no other one and the mentor a place left. */
static gboolean
check_pairing (TaStore    *self,
               TaPairing  *pairing,
               GError    **error)
{
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  gint64 n;

  if (!ta_pairing_validate (pairing, error))
    return FALSE;

  mentor = ta_store_get_participant (self, pairing->mentor_id, NULL);
  mentee = ta_store_get_participant (self, pairing->mentee_id, NULL);

  if (mentor == NULL || mentee == NULL)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("The mentor or the mentee is no longer in the programme"));
      return FALSE;
    }

  if (mentor->role == TA_ROLE_MENTEE)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("%s takes part as a mentee only, not as a mentor"), ta_participant_get_name (mentor));
      return FALSE;
    }

  if (mentee->role == TA_ROLE_MENTOR)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("%s takes part as a mentor only, not as a mentee"), ta_participant_get_name (mentee));
      return FALSE;
    }

  if (!ta_pairing_status_is_open (pairing->status))
    return TRUE;

  n = count_rows (self,
                  "SELECT count(*) FROM pairings WHERE mentee_id = ?1 AND id <> ?2 AND " OPEN_STATUS,
                  pairing->mentee_id, pairing->id, error);
  if (n < 0)
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("%s already has a mentor"), ta_participant_get_name (mentee));
      return FALSE;
    }

  n = count_rows (self,
                  "SELECT count(*) FROM pairings WHERE mentor_id = ?1 AND id <> ?2 AND " OPEN_STATUS,
                  pairing->mentor_id, pairing->id, error);
  if (n < 0)
    return FALSE;
  if (n >= mentor->capacity)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   ngettext ("%s has no place left: they mentor at most %d person",
                             "%s has no place left: they mentor at most %d people",
                             mentor->capacity),
                   ta_participant_get_name (mentor), mentor->capacity);
      return FALSE;
    }

  return TRUE;
}

/* Writing pairings */

static gboolean
save_goals (TaStore    *self,
            TaPairing  *pairing,
            GError    **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pairing->goals));

  clear = _ta_store_prepare (self, "DELETE FROM pairing_goals WHERE pairing_id = ?1", error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, pairing->id);
  if (!_ta_store_step_done (self, clear, _("The goals could not be saved"), error))
    return FALSE;

  insert = _ta_store_prepare (self,
                              "INSERT INTO pairing_goals (pairing_id, position, title, done) "
                              "VALUES (?1, ?2, ?3, ?4)",
                              error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (pairing->goals), i);
      g_autofree char *title = g_strstrip (g_strdup (ta_goal_get_title (goal)));

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, pairing->id);
      sqlite3_bind_int (insert, 2, (int) i);
      sqlite3_bind_text (insert, 3, title, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 4, ta_goal_get_done (goal) ? 1 : 0);
      if (!_ta_store_step_done (self, insert, _("The goals could not be saved"), error))
        return FALSE;
    }

  return TRUE;
}

/* The sessions a pairing's delete takes with it (ON DELETE CASCADE). */
#define PAIRING_SESSIONS_SQL "SELECT id FROM sessions WHERE pairing_id = ?1"

/* Inserts @pairing (keeping its id when it has one: undo) with its goals. */
static gboolean
insert_pairing (TaStore    *self,
                TaPairing  *pairing,
                GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_precise_text ();

  stmt = _ta_store_prepare (self,
                            "INSERT INTO pairings (id, mentor_id, mentee_id, status, score, explanation, "
                            "started_on, ended_on, end_reason, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                            error);
  if (stmt == NULL)
    return FALSE;

  _ta_store_bind_id (stmt, 1, pairing->id);
  sqlite3_bind_int64 (stmt, 2, pairing->mentor_id);
  sqlite3_bind_int64 (stmt, 3, pairing->mentee_id);
  sqlite3_bind_text (stmt, 4, ta_pairing_status_to_string (pairing->status), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 5, pairing->score);
  _ta_store_bind_text (stmt, 6, pairing->explanation);
  _ta_store_bind_text (stmt, 7, pairing->started_on);
  _ta_store_bind_text (stmt, 8, pairing->ended_on);
  _ta_store_bind_text (stmt, 9, pairing->end_reason);
  _ta_store_bind_text (stmt, 10, now);

  if (!_ta_store_step_done (self, stmt, _("The pairing could not be saved"), error))
    return FALSE;

  pairing->id = sqlite3_last_insert_rowid (self->db);
  return save_goals (self, pairing, error);
}

static gboolean
add_pairings_locked (TaStore    *self,
                     GPtrArray  *pairings,
                     GError    **error)
{
  if (!_ta_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      pairing->id = 0;
      if (!check_pairing (self, pairing, error) ||
          !insert_pairing (self, pairing, error))
        {
          _ta_store_rollback (self);
          for (guint j = 0; j <= i; j++)
            TA_PAIRING (g_ptr_array_index (pairings, j))->id = 0;
          return FALSE;
        }
    }

  if (!_ta_store_commit (self, error))
    {
      for (guint i = 0; i < pairings->len; i++)
        TA_PAIRING (g_ptr_array_index (pairings, i))->id = 0;
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_add_pairing:
 * @self: a #TaStore
 * @pairing: a new pairing; its id is set on success
 * @error: %TA_STORE_ERROR_INVALID says which rule it breaks
 *
 * Adds @pairing with its goals, then emits #TaStore::pairing-added.
 */
gboolean
ta_store_add_pairing (TaStore    *self,
                      TaPairing  *pairing,
                      GError    **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PAIRING (pairing), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_ptr_array_add (one, pairing);
  {
    STORE_LOCKED (self);
    if (!add_pairings_locked (self, one, error))
      return FALSE;
  }

  g_object_notify (G_OBJECT (pairing), "id");
  _ta_store_emit_fresh (self, PAIRING_ADDED, pairing->id);
  return TRUE;
}

/**
 * ta_store_add_pairings:
 * @self: a #TaStore
 * @pairings: (element-type TaPairing): new pairings
 * @error: the first rule broken; then none was added
 *
 * Adds all of @pairings in one transaction (Accept All), then emits
 * #TaStore::pairings-reset.
 */
gboolean
ta_store_add_pairings (TaStore    *self,
                       GPtrArray  *pairings,
                       GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (pairings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);
    if (!add_pairings_locked (self, pairings, error))
      return FALSE;
  }

  _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
  return TRUE;
}

/* The update of ta_store_update_pairing(), inside a transaction with the
 * lock held: every rule checked again against what is stored now. */
static gboolean
update_pairing_locked (TaStore    *self,
                       TaPairing  *pairing,
                       gint64     *out_revision,
                       GError    **error)
{
  g_autoptr(TaPairing) stored = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_precise_text ();

  stored = _ta_store_get_pairing (self, pairing->id, error);
  if (stored == NULL)
    return FALSE;

  if (!_ta_store_check_unchanged ("pairings", stored->revision, pairing->revision, error))
    return FALSE;

  if (stored->mentor_id != pairing->mentor_id || stored->mentee_id != pairing->mentee_id)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The mentor and mentee of a pairing cannot change; form a new pairing instead"));
      return FALSE;
    }

  if (stored->status != pairing->status &&
      !ta_pairing_status_can_change (stored->status, pairing->status))
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: both are pairing statuses, e.g. “Completed” and “Active” */
                   _("A pairing that is “%1$s” cannot become “%2$s”"),
                   ta_pairing_status_get_label (stored->status),
                   ta_pairing_status_get_label (pairing->status));
      return FALSE;
    }

  stmt = _ta_store_prepare (self,
                            "UPDATE pairings SET status = ?2, score = ?3, explanation = ?4, "
                            "started_on = ?5, ended_on = ?6, end_reason = ?7, updated_at = ?8, "
                            "revision = revision + 1 WHERE id = ?1",
                            error);
  if (stmt == NULL || !check_pairing (self, pairing, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pairing->id);
  sqlite3_bind_text (stmt, 2, ta_pairing_status_to_string (pairing->status), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 3, pairing->score);
  _ta_store_bind_text (stmt, 4, pairing->explanation);
  _ta_store_bind_text (stmt, 5, pairing->started_on);
  _ta_store_bind_text (stmt, 6, pairing->ended_on);
  _ta_store_bind_text (stmt, 7, pairing->end_reason);
  _ta_store_bind_text (stmt, 8, now);

  return _ta_store_step_done (self, stmt, _("The pairing could not be saved"), error) &&
         save_goals (self, pairing, error) &&
         _ta_store_read_revision (self, "pairings", pairing->id, out_revision, error);
}

/**
 * ta_store_update_pairing:
 * @self: a #TaStore
 * @pairing: a pairing in the store, with new values and goals
 * @error: %TA_STORE_ERROR_INVALID when the status cannot change that way
 *
 * Saves status, dates, reason and goals (the two people never change),
 * then emits #TaStore::pairing-updated.
 */
gboolean
ta_store_update_pairing (TaStore    *self,
                         TaPairing  *pairing,
                         GError    **error)
{
  gint64 revision = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PAIRING (pairing), FALSE);
  g_return_val_if_fail (pairing->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    if (!update_pairing_locked (self, pairing, &revision, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  pairing->revision = revision;
  _ta_store_emit_fresh (self, PAIRING_UPDATED, pairing->id);
  return TRUE;
}

/**
 * _ta_store_import_pairings:
 * @self: a #TaStore
 * @read: reads what to write, inside the transaction
 * @read_data: for @read
 * @dry_run: only read (in a read transaction: a programme opened read-only
 *   can be checked against)
 * @error: what @read refused, or the first rule a pairing breaks
 *
 * The pairs CSV import: @read looks at the programme with the write lock
 * held (BEGIN IMMEDIATE), so what it finds (who is paired, who has a
 * place left) is still true when the pairings are written.  The changed
 * ones are written first, since a change can only free a mentee or a
 * place (closed pairings never open again), then the new ones; each goes
 * through the rules of ta_store_update_pairing() and
 * ta_store_add_pairing() once more.  All or nothing; then
 * #TaStore::pairings-reset, once.
 */
gboolean
_ta_store_import_pairings (TaStore              *self,
                           TaStorePairingsRead   read,
                           gpointer              read_data,
                           gboolean              dry_run,
                           GError              **error)
{
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) changed = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (read != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    if (!(dry_run ? _ta_store_exec (self->db, "BEGIN DEFERRED", error) : _ta_store_begin (self, error)))
      return FALSE;

    if (!read (self, read_data, &added, &changed, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (dry_run)
      {
        _ta_store_rollback (self);
        return TRUE;
      }

    for (guint i = 0; i < changed->len; i++)
      {
        TaPairing *pairing = g_ptr_array_index (changed, i);
        gint64 revision;

        if (!update_pairing_locked (self, pairing, &revision, error))
          {
            _ta_store_rollback (self);
            return FALSE;
          }
      }

    for (guint i = 0; i < added->len; i++)
      {
        TaPairing *pairing = g_ptr_array_index (added, i);

        pairing->id = 0;
        if (!check_pairing (self, pairing, error) ||
            !insert_pairing (self, pairing, error))
          {
            _ta_store_rollback (self);
            for (guint j = 0; j <= i; j++)
              TA_PAIRING (g_ptr_array_index (added, j))->id = 0;
            return FALSE;
          }
      }

    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  if (added->len + changed->len > 0)
    _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
  return TRUE;
}

/**
 * ta_store_delete_pairing:
 * @self: a #TaStore
 * @id: the pairing
 * @error: %TA_STORE_ERROR_NOT_FOUND if it is gone already
 *
 * Deletes a pairing and its goals: for one formed by mistake.  A pairing
 * that stopped is ended, not deleted, so the history stays true.
 */
gboolean
ta_store_delete_pairing (TaStore  *self,
                         gint64    id,
                         GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_auto(TaStoreCascade) cascade = { 0 };
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "DELETE FROM pairings WHERE id = ?1", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    sqlite3_bind_int64 (stmt, 1, id);
    if (!_ta_store_cascade_collect (self, &cascade, PAIRING_SESSIONS_SQL, id, FALSE, error) ||
        !_ta_store_step_done (self, stmt, _("The pairing could not be deleted"), error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (sqlite3_changes (self->db) == 0)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                             _("This pairing is no longer in the programme"));
        return FALSE;
      }

    /* Its sessions went with it. */
    _ta_store_cascade_emit (self, &cascade);
    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  _ta_store_emit (self, PAIRING_REMOVED, NULL, id);
  return TRUE;
}

/**
 * ta_store_delete_pairings:
 * @self: a #TaStore
 * @ids: (element-type gint64): the pairings
 * @error: %TA_STORE_ERROR_NOT_FOUND if one is gone already; then none
 *   was deleted
 *
 * Deletes several pairings in one transaction, then emits
 * #TaStore::pairings-reset once.
 */
gboolean
ta_store_delete_pairings (TaStore  *self,
                          GArray   *ids,
                          GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ids->len == 0)
    return TRUE;

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_auto(TaStoreCascade) cascade = { 0 };
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "DELETE FROM pairings WHERE id = ?1", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    for (guint i = 0; i < ids->len; i++)
      {
        sqlite3_reset (stmt);
        sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
        if (!_ta_store_cascade_collect (self, &cascade, PAIRING_SESSIONS_SQL,
                                        g_array_index (ids, gint64, i), FALSE, error) ||
            !_ta_store_step_done (self, stmt, _("The pairing could not be deleted"), error))
          {
            _ta_store_rollback (self);
            return FALSE;
          }
        if (sqlite3_changes (self->db) == 0)
          {
            _ta_store_rollback (self);
            g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                                 _("This pairing is no longer in the programme"));
            return FALSE;
          }
      }

    _ta_store_cascade_emit (self, &cascade);
    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
  return TRUE;
}

/* What a participant's delete takes away, kept for an undo */

typedef struct
{
  GPtrArray *pairings; /* TaPairing */
  GArray *rules;       /* TaPairRule */
  gboolean had_sessions; /* kept in TEMP tables, see ta-store-sessions.c */
} DeletedLinks;

static void
deleted_links_free (gpointer data)
{
  DeletedLinks *links = data;

  g_clear_pointer (&links->pairings, g_ptr_array_unref);
  g_clear_pointer (&links->rules, g_array_unref);
  g_free (links);
}

/* Called inside the delete's transaction, before the row goes. */
gboolean
_ta_store_save_links_of (TaStore   *self,
                         gint64     participant_id,
                         gboolean  *out_had_links,
                         GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean had_sessions = FALSE;
  DeletedLinks *links;
  int rc;

  links = g_new0 (DeletedLinks, 1);
  links->pairings = query_pairings (self, "WHERE mentor_id = ?1 OR mentee_id = ?1", participant_id, error);
  links->rules = g_array_new (FALSE, FALSE, sizeof (TaPairRule));
  if (links->pairings == NULL)
    {
      deleted_links_free (links);
      return FALSE;
    }

  stmt = _ta_store_prepare (self,
                            "SELECT mentor_id, mentee_id, kind FROM pair_rules "
                            "WHERE mentor_id = ?1 OR mentee_id = ?1",
                            error);
  if (stmt == NULL)
    {
      deleted_links_free (links);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaPairRule rule = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int64 (stmt, 1),
        g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "pin") == 0 ? TA_PAIR_RULE_PIN
                                                                           : TA_PAIR_RULE_BLOCK,
      };

      g_array_append_val (links->rules, rule);
    }

  if (rc != SQLITE_DONE)
    {
      deleted_links_free (links);
      return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairings could not be read"));
    }

  if (self->deleted_links == NULL)
    self->deleted_links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, deleted_links_free);

  if (!_ta_store_save_sessions_of (self, participant_id, &had_sessions, error))
    {
      deleted_links_free (links);
      return FALSE;
    }

  *out_had_links = links->pairings->len > 0 || links->rules->len > 0 || had_sessions;
  links->had_sessions = had_sessions;
  g_hash_table_insert (self->deleted_links, g_memdup2 (&participant_id, sizeof participant_id), links);
  return TRUE;
}

/* Called inside the restore's transaction, after the participant is back.
 * A pairing or rule whose other person was deleted meanwhile, or that
 * would now break a rule (the mentee was paired again), stays gone. */
gboolean
_ta_store_restore_links_of (TaStore   *self,
                            gint64     participant_id,
                            GError   **error)
{
  DeletedLinks *links;

  if (self->deleted_links == NULL ||
      (links = g_hash_table_lookup (self->deleted_links, &participant_id)) == NULL)
    return TRUE;

  for (guint i = 0; i < links->pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (links->pairings, i);
      g_autoptr(GError) local_error = NULL;

      if (!check_pairing (self, pairing, &local_error))
        {
          g_debug ("Not restoring pairing %" G_GINT64_FORMAT ": %s", pairing->id, local_error->message);
          continue;
        }
      if (!insert_pairing (self, pairing, error))
        return FALSE;
    }

  for (guint i = 0; i < links->rules->len; i++)
    {
      TaPairRule *rule = &g_array_index (links->rules, TaPairRule, i);
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *now = ta_database_now_precise_text ();

      stmt = _ta_store_prepare (self,
                                "INSERT OR IGNORE INTO pair_rules (mentor_id, mentee_id, kind, created_at) "
                                "SELECT ?1, ?2, ?3, ?4 WHERE "
                                "(SELECT count(*) FROM participants WHERE id = ?1 OR id = ?2) = 2",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rule->mentor_id);
      sqlite3_bind_int64 (stmt, 2, rule->mentee_id);
      sqlite3_bind_text (stmt, 3, rule->kind == TA_PAIR_RULE_PIN ? "pin" : "block", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
      if (!_ta_store_step_done (self, stmt, _("The block or pin could not be saved"), error))
        return FALSE;
    }

  return _ta_store_restore_sessions_of (self, participant_id, error);
}

/* After the restore committed: the links are back, views reload them. */
void
_ta_store_emit_links_restored (TaStore *self,
                               gint64   participant_id)
{
  gboolean had_links = FALSE;
  gboolean had_sessions = FALSE;

  {
    STORE_LOCKED (self);
    if (self->deleted_links != NULL)
      {
        DeletedLinks *links = g_hash_table_lookup (self->deleted_links, &participant_id);

        had_sessions = links != NULL && links->had_sessions;
        had_links = g_hash_table_remove (self->deleted_links, &participant_id);
      }
  }

  if (had_links)
    {
      _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
      _ta_store_emit (self, PAIR_RULES_CHANGED, NULL, 0);
    }
  if (had_sessions)
    _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
}

