/* ta-store-series.c
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

/* Recurring series of one-on-ones.
 *
 * A series is materialised: its occurrences up to a horizon (a year ahead
 * by default) are ordinary session rows that remember their series and
 * the start the rule gave them (occurrence_start).  Why not generate them
 * on the fly: every reader (the month grid, the agenda, momentum, conflict
 * checks, the iCalendar export, the command line) then sees one kind of
 * row, queried by index over 100,000 sessions, and marking one occurrence
 * held or cancelled, or moving it, is a plain session update (an override)
 * with no special case.  Removed occurrences are kept as exceptions
 * (EXDATE), so extending the horizon (ta_store_extend_series(), e.g. once
 * at start-up) never brings them back. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-recurrence.h"
#include "ta-session-private.h"
#include "ta-store-private.h"
#include "ta-store-series-private.h"

#define SERIES_COLUMNS \
  "frequency, interval, week_of_month, local_time, time_zone, first_date, until_date, count, " \
  "pairing_id, duration_minutes, location"

typedef struct
{
  TaRecurrence *rule;
  gint64 pairing_id;
  int duration;
  char *location;
} SeriesRow;

static void
series_row_clear (SeriesRow *row)
{
  g_clear_pointer (&row->rule, ta_recurrence_free);
  g_clear_pointer (&row->location, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SeriesRow, series_row_clear)

static gboolean
load_series (TaStore    *self,
             gint64      series_id,
             SeriesRow  *out_row,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  TaRecurrence *rule;
  int rc;

  stmt = _ta_store_prepare (self, "SELECT " SERIES_COLUMNS " FROM session_series WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This series of sessions is no longer in the calendar"));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The series could not be read"));

  rule = g_new0 (TaRecurrence, 1);
  rule->frequency = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "weekly") == 0
                    ? TA_RECURRENCE_WEEKLY : TA_RECURRENCE_MONTHLY;
  rule->interval = sqlite3_column_int (stmt, 1);
  rule->week_of_month = sqlite3_column_int (stmt, 2);
  rule->local_time = _ta_store_column_text (stmt, 3);
  rule->time_zone = _ta_store_column_text (stmt, 4);
  rule->first_date = _ta_store_column_text (stmt, 5);
  rule->until_date = _ta_store_column_text (stmt, 6);
  rule->count = sqlite3_column_int (stmt, 7);

  out_row->rule = rule;
  out_row->pairing_id = sqlite3_column_int64 (stmt, 8);
  out_row->duration = sqlite3_column_int (stmt, 9);
  out_row->location = _ta_store_column_text (stmt, 10);
  return TRUE;
}

/* Text instants of @series_id from @sql (?1 = the series). */
static GHashTable *
load_starts (TaStore     *self,
             const char  *sql,
             gint64       series_id,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);
  g_autoptr(GHashTable) starts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, series_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (text != NULL)
        g_hash_table_add (starts, g_strdup (text));
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The series could not be read"));
      return NULL;
    }

  return g_steal_pointer (&starts);
}

/* Adds the occurrences of @series_id before @horizon that have neither a
 * session nor an exception yet; inside a transaction. */
static gboolean
materialise (TaStore    *self,
             gint64      series_id,
             GDateTime  *horizon,
             guint      *out_added,
             GError    **error)
{
  g_auto(SeriesRow) row = { 0, };
  g_autoptr(GHashTable) taken = NULL;
  g_autoptr(GHashTable) removed = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GDateTime) beginning = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);

  if (!load_series (self, series_id, &row, error))
    return FALSE;

  taken = load_starts (self, "SELECT occurrence_start FROM sessions WHERE series_id = ?1", series_id, error);
  if (taken == NULL)
    return FALSE;
  removed = load_starts (self, "SELECT occurrence_start FROM series_exceptions WHERE series_id = ?1",
                         series_id, error);
  if (removed == NULL)
    return FALSE;

  starts = ta_recurrence_expand (row.rule, beginning, horizon, NULL, error);
  if (starts == NULL)
    return FALSE;

  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      g_autofree char *text = ta_time_to_utc_string (start);
      g_autoptr(TaSession) session = NULL;

      if (g_hash_table_contains (taken, text) || g_hash_table_contains (removed, text))
        continue;

      session = ta_session_new_one_on_one (row.pairing_id, start, row.duration);
      ta_session_set_location (session, row.location);
      _ta_session_set_series (session, series_id, start);
      if (!_ta_store_insert_session (self, session, error))
        return FALSE;
      if (out_added != NULL)
        (*out_added)++;
    }

  return TRUE;
}

static GDateTime *
default_horizon (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add_months (now, 12);
}

/* Inserts the series row; inside a transaction. */
static gint64
insert_series (TaStore             *self,
               gint64               pairing_id,
               const TaRecurrence  *rule,
               int                  duration,
               const char          *location,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_text ();

  if (!ta_recurrence_validate (rule, error))
    return 0;

  stmt = _ta_store_prepare (self,
                            "INSERT INTO session_series (" SERIES_COLUMNS ", created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                            error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, rule->frequency == TA_RECURRENCE_WEEKLY ? "weekly" : "monthly", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, rule->interval);
  sqlite3_bind_int (stmt, 3, rule->frequency == TA_RECURRENCE_MONTHLY
                             ? (rule->week_of_month == 5 ? TA_RECURRENCE_LAST_WEEK : rule->week_of_month)
                             : 0);
  _ta_store_bind_text (stmt, 4, rule->local_time);
  _ta_store_bind_text (stmt, 5, rule->time_zone);
  _ta_store_bind_text (stmt, 6, rule->first_date);
  _ta_store_bind_text (stmt, 7, rule->until_date);
  sqlite3_bind_int (stmt, 8, rule->count);
  sqlite3_bind_int64 (stmt, 9, pairing_id);
  sqlite3_bind_int (stmt, 10, duration);
  _ta_store_bind_text (stmt, 11, location);
  _ta_store_bind_text (stmt, 12, now);

  if (!_ta_store_step_done (self, stmt, _("The series could not be saved"), error))
    return 0;

  return sqlite3_last_insert_rowid (self->db);
}

/* What every session of the series will carry, checked once up front so
 * the error names the field rather than an occurrence. */
static gboolean
check_series_values (gint64       pairing_id,
                     int          duration,
                     const char  *location,
                     GError     **error)
{
  g_autoptr(GDateTime) some_time = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(TaSession) sample = ta_session_new_one_on_one (pairing_id, some_time, duration);

  ta_session_set_location (sample, location);
  return ta_session_validate (sample, error);
}

/**
 * ta_store_add_series:
 * @self: a #TaStore
 * @pairing_id: the pairing that meets
 * @rule: when
 * @duration_minutes: how long each session lasts
 * @location: (nullable): a place or a video link
 * @horizon: (nullable): sessions are made up to this instant; %NULL for
 *   a year from now
 * @error: %TA_STORE_ERROR_INVALID says what is wrong
 *
 * Creates a series and its sessions up to @horizon, in one transaction,
 * then emits #TaStore::sessions-reset.
 *
 * Returns: the new series' id, or 0 on error
 */
gint64
ta_store_add_series (TaStore             *self,
                     gint64               pairing_id,
                     const TaRecurrence  *rule,
                     int                  duration_minutes,
                     const char          *location,
                     GDateTime           *horizon,
                     GError             **error)
{
  g_autoptr(GDateTime) until = NULL;
  gint64 series_id;

  g_return_val_if_fail (TA_IS_STORE (self), 0);
  g_return_val_if_fail (pairing_id > 0, 0);
  g_return_val_if_fail (rule != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_series_values (pairing_id, duration_minutes, location, error))
    return 0;
  until = horizon != NULL ? g_date_time_ref (horizon) : default_horizon ();

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return 0;

    series_id = insert_series (self, pairing_id, rule, duration_minutes, location, error);
    if (series_id == 0 ||
        !materialise (self, series_id, until, NULL, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return 0;
      }
  }

  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return series_id;
}

/**
 * ta_store_get_series:
 * @self: a #TaStore
 * @series_id: a series
 * @out_pairing_id: (out) (optional): its pairing
 * @out_duration: (out) (optional): minutes per session
 * @out_location: (out) (optional) (transfer full): its place or link
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): the series' rule
 */
TaRecurrence *
ta_store_get_series (TaStore   *self,
                     gint64     series_id,
                     gint64    *out_pairing_id,
                     int       *out_duration,
                     char     **out_location,
                     GError   **error)
{
  g_auto(SeriesRow) row = { 0, };

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (series_id > 0, NULL);

  {
    STORE_LOCKED (self);
    if (!load_series (self, series_id, &row, error))
      return NULL;
  }

  if (out_pairing_id != NULL)
    *out_pairing_id = row.pairing_id;
  if (out_duration != NULL)
    *out_duration = row.duration;
  if (out_location != NULL)
    *out_location = g_steal_pointer (&row.location);
  return g_steal_pointer (&row.rule);
}

/**
 * ta_store_extend_series:
 * @self: a #TaStore
 * @horizon: (nullable): make sessions up to this instant; %NULL for a
 *   year from now
 * @out_added: (out) (optional): how many sessions were made
 * @error: a #TA_STORE_ERROR
 *
 * Makes the sessions of every series up to @horizon (removed occurrences
 * stay removed); emits #TaStore::sessions-reset when it made any.
 */
gboolean
ta_store_extend_series (TaStore    *self,
                        GDateTime  *horizon,
                        guint      *out_added,
                        GError    **error)
{
  g_autoptr(GDateTime) until = NULL;
  guint added = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  until = horizon != NULL ? g_date_time_ref (horizon) : default_horizon ();

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    int rc;
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self, "SELECT id FROM session_series ORDER BY id", error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, self->db, rc, _("The series could not be read"));
        _ta_store_rollback (self);
        return FALSE;
      }

    for (guint i = 0; i < ids->len; i++)
      {
        if (!materialise (self, g_array_index (ids, gint64, i), until, &added, error))
          {
            _ta_store_rollback (self);
            return FALSE;
          }
      }

    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  if (out_added != NULL)
    *out_added = added;
  if (added > 0)
    _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return TRUE;
}

/* Ends @series before the occurrence of @session: the rule stops the day
 * before (or the series goes when nothing is left before it), and its
 * planned sessions from that occurrence on are deleted; sessions already
 * held, cancelled or missed stay, as history.  Inside a transaction. */
gboolean
_ta_store_end_series_before (TaStore    *self,
                             TaSession  *session,
                             GError    **error)
{
  g_auto(SeriesRow) row = { 0, };
  g_autoptr(sqlite3_stmt) remove = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autofree char *occurrence_text = NULL;
  g_autofree char *local_date = NULL;
  GDateTime *occurrence;
  GDate day;
  char until[11];

  if (session->series_id == 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("This session does not belong to a series"));
      return FALSE;
    }

  if (!load_series (self, session->series_id, &row, error))
    return FALSE;

  occurrence = session->occurrence_start != NULL ? session->occurrence_start : session->starts_at;
  occurrence_text = ta_time_to_utc_string (occurrence);
  local_date = ta_recurrence_local_date (row.rule, occurrence);

  remove = _ta_store_prepare (self,
                              "DELETE FROM sessions WHERE series_id = ?1 AND status = 'planned' "
                              "AND occurrence_start >= ?2",
                              error);
  if (remove == NULL)
    return FALSE;
  sqlite3_bind_int64 (remove, 1, session->series_id);
  _ta_store_bind_text (remove, 2, occurrence_text);
  if (!_ta_store_step_done (self, remove, _("The series could not be changed"), error))
    return FALSE;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day,
                  (GDateDay) g_ascii_strtoull (local_date + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoull (local_date + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoull (local_date, NULL, 10));
  g_date_subtract_days (&day, 1);
  g_date_strftime (until, sizeof until, "%Y-%m-%d", &day);

  if (strcmp (until, row.rule->first_date) < 0)
    update = _ta_store_prepare (self, "DELETE FROM session_series WHERE id = ?1", error);
  else
    update = _ta_store_prepare (self,
                                "UPDATE session_series SET until_date = ?2, count = 0, updated_at = ?3 "
                                "WHERE id = ?1",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_int64 (update, 1, session->series_id);
  if (sqlite3_bind_parameter_count (update) >= 2)
    {
      g_autofree char *now = ta_database_now_text ();

      _ta_store_bind_text (update, 2, until);
      _ta_store_bind_text (update, 3, now);
    }

  return _ta_store_step_done (self, update, _("The series could not be changed"), error);
}

/**
 * ta_store_cancel_series_from:
 * @self: a #TaStore
 * @session_id: an occurrence of a series
 * @error: %TA_STORE_ERROR_INVALID if it belongs to no series
 *
 * "This and all future sessions": the series stops before this
 * occurrence and its planned sessions from there on are deleted.  (One
 * occurrence alone: mark it cancelled with ta_store_update_session(), or
 * take it out with ta_store_delete_session().)  Emits
 * #TaStore::sessions-reset.
 */
gboolean
ta_store_cancel_series_from (TaStore  *self,
                             gint64    session_id,
                             GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (session_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(TaSession) session = NULL;
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    session = _ta_store_get_session (self, session_id, error);
    if (session == NULL ||
        !_ta_store_end_series_before (self, session, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return TRUE;
}

/**
 * ta_store_split_series:
 * @self: a #TaStore
 * @session_id: an occurrence of a series
 * @rule: the rule from this occurrence on; its first date is normally
 *   the day of this occurrence
 * @duration_minutes: how long each session lasts from now on
 * @location: (nullable): where, from now on
 * @horizon: (nullable): as for ta_store_add_series()
 * @error: %TA_STORE_ERROR_INVALID says what is wrong; nothing changed
 *
 * "Edit this and all future sessions": the series ends before this
 * occurrence (as ta_store_cancel_series_from()) and a new series of the
 * same pairing carries on with @rule; sessions before it keep the old
 * rule.  One transaction; emits #TaStore::sessions-reset.
 *
 * Returns: the new series' id, or 0 on error
 */
gint64
ta_store_split_series (TaStore             *self,
                       gint64               session_id,
                       const TaRecurrence  *rule,
                       int                  duration_minutes,
                       const char          *location,
                       GDateTime           *horizon,
                       GError             **error)
{
  g_autoptr(GDateTime) until = NULL;
  gint64 series_id = 0;

  g_return_val_if_fail (TA_IS_STORE (self), 0);
  g_return_val_if_fail (session_id > 0, 0);
  g_return_val_if_fail (rule != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  until = horizon != NULL ? g_date_time_ref (horizon) : default_horizon ();

  {
    g_autoptr(TaSession) session = NULL;
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return 0;

    session = _ta_store_get_session (self, session_id, error);
    if (session == NULL ||
        !check_series_values (session->pairing_id, duration_minutes, location, error) ||
        !_ta_store_end_series_before (self, session, error) ||
        (series_id = insert_series (self, session->pairing_id, rule, duration_minutes, location, error)) == 0 ||
        !materialise (self, series_id, until, NULL, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return 0;
      }
  }

  _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return series_id;
}

/**
 * ta_store_list_series_exceptions:
 * @self: a #TaStore
 * @series_id: a series
 * @error: a #TA_STORE_ERROR
 *
 * The occurrences taken out of @series_id (its EXDATEs), by the start
 * the rule gave them, in time order.
 *
 * Returns: (transfer full) (element-type GDateTime): UTC instants, or
 *   %NULL on @error
 */
GPtrArray *
ta_store_list_series_exceptions (TaStore  *self,
                                 gint64    series_id,
                                 GError  **error)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (series_id > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self,
                              "SELECT occurrence_start FROM series_exceptions WHERE series_id = ?1 "
                              "ORDER BY occurrence_start",
                              error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, series_id);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        const char *text = (const char *) sqlite3_column_text (stmt, 0);
        GDateTime *start = text != NULL ? ta_time_from_utc_string (text) : NULL;

        if (start != NULL)
          g_ptr_array_add (starts, start);
      }
    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, self->db, rc, _("The series could not be read"));
        return NULL;
      }
  }

  return g_steal_pointer (&starts);
}
