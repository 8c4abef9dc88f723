/* ta-store-sessions-slots.c
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

/* The calendar's questions about time: which sessions clash with one (conflicts) and the next slot free for a pair (ta_store_propose_next_slot()). */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-availability.h"
#include "ta-session-private.h"
#include "ta-store-private.h"

/* Conflicts */

/* The people of @session: the pair of a one-on-one, the attendees of a
 * group session; as a JSON array for json_each(). */
static char *
people_of (TaStore    *self,
           TaSession  *session,
           GError    **error)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < session->attendees->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, json->len > 1 ? "," : "",
                            g_array_index (session->attendees, gint64, i));

  if (session->pairing_id > 0)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      stmt = _ta_store_prepare (self, "SELECT mentor_id, mentee_id FROM pairings WHERE id = ?1", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, session->pairing_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                json->len > 1 ? "," : "",
                                (gint64) sqlite3_column_int64 (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1));
      else if (rc != SQLITE_DONE)
        {
          _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairing could not be read"));
          return NULL;
        }
    }

  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

/**
 * ta_store_find_conflicts:
 * @self: a #TaStore
 * @session: a session to be saved (new or edited), with a start
 * @error: a #TA_STORE_ERROR
 *
 * The sessions, other than @session itself and those cancelled, that
 * overlap it in time and share one of its people (the pair of a
 * one-on-one, the attendees of a group session): what to warn about
 * before saving, so nobody is double-booked unknowingly.
 *
 * Returns: (transfer full) (element-type TaSession): the conflicting
 *   sessions, by start
 */
GPtrArray *
ta_store_find_conflicts (TaStore    *self,
                         TaSession  *session,
                         GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  g_return_val_if_fail (session->starts_at != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _ta_store_find_conflicts (self, session, error);
}

/* ta_store_find_conflicts(), also inside a transaction (the lock is
 * recursive): an import checks each new session against the calendar as
 * its own transaction sees it. */
GPtrArray *
_ta_store_find_conflicts (TaStore    *self,
                          TaSession  *session,
                          GError    **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GDateTime) earliest = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *earliest_text = NULL;

  g_assert (TA_IS_STORE (self));
  g_assert (TA_IS_SESSION (session));

  ends_at = ta_session_get_ends_at (session);
  /* No session lasts longer than this: the bound keeps the scan on the
   * starts_at index. */
  earliest = g_date_time_add_minutes (session->starts_at, -TA_SESSION_MAX_DURATION);
  start_text = ta_time_to_utc_string (session->starts_at);
  end_text = ta_time_to_utc_string (ends_at);
  earliest_text = ta_time_to_utc_string (earliest);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_autofree char *people = NULL;
    int rc;
    STORE_LOCKED (self);

    people = people_of (self, session, error);
    if (people == NULL)
      return NULL;

    stmt = _ta_store_prepare (self,
                              "SELECT s.id FROM sessions s LEFT JOIN pairings p ON p.id = s.pairing_id "
                              "WHERE s.id <> ?1 AND s.status <> 'cancelled' "
                              "AND s.starts_at >= ?2 AND s.starts_at < ?3 "
                              "AND julianday (s.starts_at) + s.duration_minutes / 1440.0 > julianday (?4) "
                              "AND (p.mentor_id IN (SELECT value FROM json_each (?5)) "
                              "  OR p.mentee_id IN (SELECT value FROM json_each (?5)) "
                              "  OR EXISTS (SELECT 1 FROM session_attendees a WHERE a.session_id = s.id "
                              "             AND a.participant_id IN (SELECT value FROM json_each (?5)))) "
                              "ORDER BY s.starts_at, s.id",
                              error);
    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, session->id);
    _ta_store_bind_text (stmt, 2, earliest_text);
    _ta_store_bind_text (stmt, 3, end_text);
    _ta_store_bind_text (stmt, 4, start_text);
    _ta_store_bind_text (stmt, 5, people);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        TaSession *other = _ta_store_get_session (self, sqlite3_column_int64 (stmt, 0), error);

        if (other == NULL)
          return NULL;
        g_ptr_array_add (conflicts, other);
      }

    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, self->db, rc, _("The sessions could not be read"));
        return NULL;
      }
  }

  return g_steal_pointer (&conflicts);
}

/**
 * _ta_store_describe_people:
 * @self: a #TaStore
 * @session: a session
 *
 * Who a session is for, to name it in a message: “Ann Peeters and Bob
 * Martin” for a one-on-one, its title for a group session.
 *
 * Returns: (transfer full): the names, or “?” when they cannot be read
 */
char *
_ta_store_describe_people (TaStore    *self,
                           TaSession  *session)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  STORE_LOCKED (self);

  g_assert (TA_IS_STORE (self));
  g_assert (TA_IS_SESSION (session));

  if (session->pairing_id <= 0)
    return g_utf8_make_valid (session->title != NULL ? session->title : "?", -1);

  stmt = _ta_store_prepare (self,
                            "SELECT m.name, e.name FROM pairings g "
                            "JOIN participants m ON m.id = g.mentor_id "
                            "JOIN participants e ON e.id = g.mentee_id WHERE g.id = ?1",
                            NULL);
  if (stmt == NULL)
    return g_strdup ("?");
  sqlite3_bind_int64 (stmt, 1, session->pairing_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("?");

  {
    g_autofree char *mentor = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
    g_autofree char *mentee = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 1), -1);

    /* Translators: the two people of a one-on-one, mentor first */
    return g_strdup_printf (_("%1$s and %2$s"), mentor, mentee);
  }
}

/* Propose next slot */

/* The half-days of TaAvailability, in local wall-clock hours. */
static const struct
{
  int from_hour;
  int to_hour;
} half_days[2] = {
  { 9, 12 },  /* morning */
  { 13, 17 }, /* afternoon */
};

typedef struct
{
  gint64 start;   /* seconds since the epoch */
  gint64 end;
} Busy;

/* The non-cancelled sessions of @mentor or @mentee that may overlap
 * [@from, @to), as Busy intervals by start. */
static GArray *
busy_times (TaStore    *self,
            gint64      mentor,
            gint64      mentee,
            GDateTime  *from,
            GDateTime  *to,
            GError    **error)
{
  g_autoptr(GArray) busy = g_array_new (FALSE, FALSE, sizeof (Busy));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) earliest = g_date_time_add_minutes (from, -TA_SESSION_MAX_DURATION);
  g_autofree char *earliest_text = ta_time_to_utc_string (earliest);
  g_autofree char *to_text = ta_time_to_utc_string (to);
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT unixepoch (s.starts_at), s.duration_minutes FROM sessions s "
                            "LEFT JOIN pairings p ON p.id = s.pairing_id "
                            "WHERE s.status <> 'cancelled' AND s.starts_at >= ?1 AND s.starts_at < ?2 "
                            "AND (p.mentor_id IN (?3, ?4) OR p.mentee_id IN (?3, ?4) "
                            "  OR EXISTS (SELECT 1 FROM session_attendees a WHERE a.session_id = s.id "
                            "             AND a.participant_id IN (?3, ?4))) "
                            "ORDER BY s.starts_at",
                            error);
  if (stmt == NULL)
    return NULL;
  _ta_store_bind_text (stmt, 1, earliest_text);
  _ta_store_bind_text (stmt, 2, to_text);
  sqlite3_bind_int64 (stmt, 3, mentor);
  sqlite3_bind_int64 (stmt, 4, mentee);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Busy interval;

      interval.start = sqlite3_column_int64 (stmt, 0);
      interval.end = interval.start + 60 * (gint64) sqlite3_column_int (stmt, 1);
      g_array_append_val (busy, interval);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The sessions could not be read"));
      return NULL;
    }

  return g_steal_pointer (&busy);
}

/* The first moment in [@from, @to) with @length seconds free of @busy
 * (sorted by start), or -1. */
static gint64
first_free (GArray *busy,
            gint64  from,
            gint64  to,
            gint64  length)
{
  gint64 t = from;

  for (guint i = 0; i < busy->len; i++)
    {
      const Busy *interval = &g_array_index (busy, Busy, i);

      if (interval->start >= t + length)
        break;
      if (interval->end > t)
        t = interval->end;
    }

  return t + length <= to ? t : -1;
}

/**
 * ta_store_propose_next_slot:
 * @self: a #TaStore
 * @pairing_id: a pairing
 * @after: (nullable): search from this moment; %NULL for now
 * @duration_minutes: how long the session is, %TA_SESSION_MIN_DURATION or more
 * @out_start: (out) (transfer full): the proposed start, in UTC
 * @error: %TA_STORE_ERROR_NOT_FOUND for an unknown pairing,
 *   %TA_STORE_ERROR_INVALID when no half-day fits
 *
 * "Propose next slot": the next half-day that both the mentor and the
 * mentee have marked available in their weekly availability, and where
 * neither has another session (cancelled ones aside), within
 * %TA_STORE_PROPOSE_WEEKS weeks.  A morning runs from 09:00 to 12:00 and
 * an afternoon from 13:00 to 17:00, in the local time zone of this
 * computer (the one the calendar shows).  The proposal is the start of
 * the half-day, or the first moment inside it, after @after and after
 * any session already there, from which @duration_minutes fit.
 *
 * Returns: %TRUE if a slot was found
 */
gboolean
ta_store_propose_next_slot (TaStore    *self,
                            gint64      pairing_id,
                            GDateTime  *after,
                            int         duration_minutes,
                            GDateTime **out_start,
                            GError    **error)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) until = NULL;
  g_autoptr(GArray) busy = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  gint64 mentor = 0, mentee = 0;
  TaAvailability common = 0;
  gint64 length = 60 * (gint64) duration_minutes;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (pairing_id > 0, FALSE);
  g_return_val_if_fail (out_start != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_start = NULL;

  if (duration_minutes < TA_SESSION_MIN_DURATION ||
      duration_minutes > 60 * (half_days[1].to_hour - half_days[1].from_hour))
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %1$d and %2$d are numbers of minutes. */
                   _("A proposed session lasts from %1$d to %2$d minutes"),
                   TA_SESSION_MIN_DURATION, 60 * (half_days[1].to_hour - half_days[1].from_hour));
      return FALSE;
    }

  from = after != NULL ? g_date_time_to_timezone (after, zone) : g_date_time_new_now (zone);
  until = g_date_time_add_weeks (from, TA_STORE_PROPOSE_WEEKS);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    int rc;
    STORE_LOCKED (self);

    stmt = _ta_store_prepare (self,
                              "SELECT g.mentor_id, g.mentee_id, a.availability & b.availability "
                              "FROM pairings g JOIN participants a ON a.id = g.mentor_id "
                              "JOIN participants b ON b.id = g.mentee_id WHERE g.id = ?1",
                              error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, pairing_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                             _("This pairing is no longer in the programme"));
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairing could not be read"));
    mentor = sqlite3_column_int64 (stmt, 0);
    mentee = sqlite3_column_int64 (stmt, 1);
    common = (TaAvailability) sqlite3_column_int64 (stmt, 2);

    if (common == 0)
      {
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                             _("The mentor and the mentee have no half-day of the week in common: "
                               "ask them to update their availability"));
        return FALSE;
      }

    busy = busy_times (self, mentor, mentee, from, until, error);
    if (busy == NULL)
      return FALSE;
  }

  for (int day = 0; day <= 7 * TA_STORE_PROPOSE_WEEKS; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (from, day);
      guint weekday = (guint) g_date_time_get_day_of_week (date) - 1;   /* Monday = 0 */

      for (guint half = 0; half < G_N_ELEMENTS (half_days); half++)
        {
          g_autoptr(GDateTime) opens = NULL;
          g_autoptr(GDateTime) closes = NULL;
          gint64 start;

          if ((common & (1u << ta_availability_slot (weekday, half))) == 0)
            continue;

          opens = g_date_time_new (zone, g_date_time_get_year (date), g_date_time_get_month (date),
                                   g_date_time_get_day_of_month (date), half_days[half].from_hour, 0, 0);
          closes = g_date_time_new (zone, g_date_time_get_year (date), g_date_time_get_month (date),
                                    g_date_time_get_day_of_month (date), half_days[half].to_hour, 0, 0);
          if (opens == NULL || closes == NULL || g_date_time_compare (closes, until) > 0)
            continue;

          start = first_free (busy, MAX (g_date_time_to_unix (opens), g_date_time_to_unix (from)),
                              g_date_time_to_unix (closes), length);
          if (start < 0)
            continue;

          /* Whole minutes, rounded up, as people write them down. */
          if (start % 60 != 0)
            start += 60 - start % 60;
          if (start + length > g_date_time_to_unix (closes))
            continue;
          if (first_free (busy, start, g_date_time_to_unix (closes), length) != start)
            continue;

          *out_start = g_date_time_new_from_unix_utc (start);
          return TRUE;
        }
    }

  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
               ngettext ("No half-day in the next %d week suits both the mentor and the mentee",
                         "No half-day in the next %d weeks suits both the mentor and the mentee",
                         TA_STORE_PROPOSE_WEEKS),
               TA_STORE_PROPOSE_WEEKS);
  return FALSE;
}
