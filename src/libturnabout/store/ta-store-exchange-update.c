/* ta-store-exchange-update.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-exchange-private.h"

/*
 * A pair update, applied by the facilitator (docs/exchange.md, "Merge
 * rules"): the pair owns what happened in its sessions, the facilitator
 * owns the pairing.  A session is taken from the update (status, who
 * cancelled and why, shared learnings, ratings, and its time and place:
 * the pair moved it); a session the facilitator lacks is added; one the
 * update lacks is kept.  Notes are never touched; the pairing itself
 * (status, dates, score, people) is never changed.
 */

static void
say (TaExMerge            *merge,
     TaExchangeChangeKind  kind,
     char                 *text)
{
  _ta_exchange_preview_add (merge->preview, kind, text);
  g_free (text);
}

/* The preview's sentences of a side's learning and rating. */
static char *
say_learning (TaPairSide  side,
              const char *name,
              const char *text)
{
  if (side == TA_PAIR_SIDE_MENTOR)
    /* Translators: %1$s is a session ("Session on 9 February 2026 at 14:00"), %2$s what was learned */
    return g_strdup_printf (_("%1$s: the mentor's shared learning: “%2$s”."), name, text);

  /* Translators: %1$s is a session ("Session on 9 February 2026 at 14:00"), %2$s what was learned */
  return g_strdup_printf (_("%1$s: the mentee's shared learning: “%2$s”."), name, text);
}

static char *
say_rating (TaPairSide  side,
            const char *name,
            int         rating)
{
  if (side == TA_PAIR_SIDE_MENTOR)
    /* Translators: %1$s is a session ("Session on 9 February 2026 at 14:00"), %2$d a number from 1 to 5 */
    return g_strdup_printf (_("%1$s: the mentor's rating: %2$d of 5."), name, rating);

  /* Translators: %1$s is a session ("Session on 9 February 2026 at 14:00"), %2$d a number from 1 to 5 */
  return g_strdup_printf (_("%1$s: the mentee's rating: %2$d of 5."), name, rating);
}

static const char *
status_label (TaSessionStatus status)
{
  return ta_session_status_get_label (status);
}

/* Compares the stored @stored with the update's @session; says every
 * difference and fills @values with what is written. */
static gboolean
compare_session (TaExMerge        *merge,
                 TaExLocalSession *stored,
                 TaExLocalSession *values,
                 TaExSession      *session)
{
  g_autofree char *name = _ta_ex_describe_local (stored);
  g_autofree char *starts = ta_time_to_utc_string (session->starts);
  gboolean changed = FALSE;
  gint64 cancelled_by;

  if (g_strcmp0 (stored->starts, starts) != 0)
    {
      g_autofree char *when = ta_exchange_format_moment (session->starts);

      /* Translators: %1$s is a session ("Session on 9 February 2026 at 14:00"), %2$s a day and time */
      say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%1$s: moved to %2$s."), name, when));
      g_free (values->starts);
      values->starts = g_strdup (starts);
      changed = TRUE;
    }
  if (stored->duration != session->duration && session->duration >= 5 && session->duration <= 600)
    {
      /* Translators: %1$s is a session, %2$d a number of minutes */
      say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%1$s: now %2$d minutes."), name, session->duration));
      values->duration = session->duration;
      changed = TRUE;
    }
  if (g_strcmp0 (stored->location, session->location) != 0)
    {
      if (session->location != NULL)
        /* Translators: %1$s is a session, %2$s a place */
        say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%1$s: now at “%2$s”."), name, session->location));
      else
        /* Translators: %s is a session */
        say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%s: no place any more."), name));
      g_free (values->location);
      values->location = g_strdup (session->location);
      changed = TRUE;
    }
  if (stored->status != session->status)
    {
      say (merge, TA_EXCHANGE_CHANGE_UPDATE,
           /* Translators: %1$s is a session, %2$s and %3$s statuses ("Held", "Planned") */
           g_strdup_printf (_("%1$s: now “%2$s” (was “%3$s”)."), name,
                            status_label (session->status), status_label (stored->status)));
      values->status = session->status;
      changed = TRUE;
    }

  /* Who cancelled: the side the update names, else what the facilitator
   * had (or nobody). */
  cancelled_by = session->cancelled_by >= 0 ? merge->person[session->cancelled_by] : stored->cancelled_by;
  if (values->status != TA_SESSION_STATUS_CANCELLED)
    cancelled_by = -1;
  if (cancelled_by != stored->cancelled_by || g_strcmp0 (stored->cancel_reason, session->cancel_reason) != 0)
    {
      if (values->status == TA_SESSION_STATUS_CANCELLED && session->cancel_reason != NULL)
        /* Translators: %1$s is a session, %2$s why it was cancelled */
        say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%1$s: cancelled because “%2$s”."),
                                                                name, session->cancel_reason));
      values->cancelled_by = cancelled_by;
      g_free (values->cancel_reason);
      values->cancel_reason = g_strdup (session->cancel_reason);
      changed = TRUE;
    }

  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      int rating = values->status == TA_SESSION_STATUS_HELD
                   ? (session->rating[side] > 0 ? session->rating[side] : stored->rating[side]) : 0;

      if (session->learned[side] != NULL &&
          (g_strcmp0 (stored->learned[side], session->learned[side]) != 0 || !stored->shared[side]))
        {
          say (merge, TA_EXCHANGE_CHANGE_UPDATE, say_learning (side, name, session->learned[side]));
          g_free (values->learned[side]);
          values->learned[side] = g_strdup (session->learned[side]);
          values->shared[side] = TRUE;
          changed = TRUE;
        }
      if (rating != stored->rating[side])
        {
          if (rating > 0)
            say (merge, TA_EXCHANGE_CHANGE_UPDATE, say_rating (side, name, rating));
          values->rating[side] = rating;
          changed = TRUE;
        }
    }

  return changed;
}

/* Whether @uid names a session of this programme ("<programme-id>:session:…"). */
static gboolean
is_own_session (TaExMerge  *merge,
                const char *uid)
{
  g_autofree char *prefix = g_strconcat (merge->programme_id, ":session:", NULL);

  return g_str_has_prefix (uid, prefix);
}

static gboolean
merge_sessions (TaExMerge  *merge,
                TaExLocal  *local,
                GError    **error)
{
  for (guint i = 0; i < merge->content->sessions->len; i++)
    {
      TaExSession *session = g_ptr_array_index (merge->content->sessions, i);
      gint64 series_id = 0;
      TaExLocalSession *stored;

      if (session->series != NULL &&
          !_ta_ex_resolve (merge, "session_series", "series", session->series, &series_id, error))
        return FALSE;

      stored = _ta_ex_local_find (local, session, series_id);
      if (stored != NULL && !stored->matched)
        {
          g_autoptr(TaExLocalSession) values = _ta_ex_local_copy (stored);

          stored->matched = TRUE;
          if (compare_session (merge, stored, values, session) && merge->write &&
              !_ta_ex_write_session (merge, values, error))
            return FALSE;
        }
      else if (is_own_session (merge, session->uid))
        {
          g_autofree char *what = ta_exchange_describe_session (session);

          /* One of ours that is gone: the facilitator deleted it, and the
           * facilitator decides. */
          say (merge, TA_EXCHANGE_CHANGE_KEEP,
               /* Translators: %s says the session, "Session on 9 February 2026 at 14:00: planned." */
               g_strdup_printf (_("Deleted here, so not added again: %s"), what));
        }
      else
        {
          g_autoptr(TaExLocalSession) values = _ta_ex_local_new (merge, session, series_id);
          g_autofree char *what = ta_exchange_describe_session (session);

          /* Translators: %s says the session, "Session on 9 February 2026 at 14:00: held." */
          say (merge, TA_EXCHANGE_CHANGE_ADD, g_strdup_printf (_("Added, planned by the pair: %s"), what));
          /* What comes with it is said too: the facilitator sees the
           * shared learnings before applying, as the pair saw them before
           * sending. */
          for (guint side = 0; side < TA_EX_SIDES; side++)
            {
              g_autofree char *name = NULL;

              if (session->learned[side] == NULL)
                continue;
              name = _ta_ex_describe_local (values);
              say (merge, TA_EXCHANGE_CHANGE_ADD, say_learning (side, name, session->learned[side]));
            }
          if (merge->write && !_ta_ex_write_session (merge, values, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < local->sessions->len; i++)
    {
      TaExLocalSession *stored = g_ptr_array_index (local->sessions, i);
      g_autofree char *name = NULL;

      /* The pair knows the planned ones (from a kit) and its own; what the
       * facilitator recorded of the past is no conflict. */
      if (stored->matched || (stored->status != TA_SESSION_STATUS_PLANNED && stored->exchange_uid == NULL))
        continue;
      name = _ta_ex_describe_local (stored);
      /* Translators: %s is a session ("Session on 9 February 2026 at 14:00") */
      say (merge, TA_EXCHANGE_CHANGE_KEEP, g_strdup_printf (_("%s is not in the update; it is kept."), name));
    }

  return TRUE;
}

static gboolean
merge_goals (TaExMerge  *merge,
             TaExLocal  *local,
             GError    **error)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_array_set_size (seen, local->goals->len);
  for (guint i = 0; i < merge->content->goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (merge->content->goals, i);
      int index = _ta_ex_local_find_goal (local, goal->title);

      if (index >= 0)
        {
          TaExGoal *stored = g_ptr_array_index (local->goals, index);

          g_array_index (seen, gboolean, index) = TRUE;
          if (stored->done == goal->done)
            continue;
          say (merge, TA_EXCHANGE_CHANGE_UPDATE,
               goal->done ? g_strdup_printf (_("Goal “%s”: done."), stored->title)
                          : g_strdup_printf (_("Goal “%s”: not done any more."), stored->title));
          stored->done = goal->done;
        }
      else
        {
          /* Translators: %s is a goal */
          say (merge, TA_EXCHANGE_CHANGE_ADD, g_strdup_printf (_("Goal “%s” added."), goal->title));
          g_ptr_array_add (local->goals, ta_ex_goal_new (goal->title, goal->done));
          g_array_append_val (local->positions, local->next_position);
          g_array_set_size (seen, local->goals->len);
          g_array_index (seen, gboolean, local->goals->len - 1) = TRUE;
          index = -1;
        }
      if (merge->write && !_ta_ex_write_goal (merge, local, index, goal, error))
        return FALSE;
    }

  for (guint i = 0; i < local->goals->len; i++)
    {
      TaExGoal *stored = g_ptr_array_index (local->goals, i);

      if (!g_array_index (seen, gboolean, i))
        /* Translators: %s is a goal */
        say (merge, TA_EXCHANGE_CHANGE_KEEP, g_strdup_printf (_("Goal “%s” is not in the update; it is kept."),
                                                              stored->title));
    }

  return TRUE;
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               int           value,
               int           none)
{
  if (value == none)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int (stmt, column, value);
}

static gboolean
insert_check_in (TaExMerge    *merge,
                 TaExCheckIn  *check_in,
                 GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;

  stmt = _ta_ex_statement (merge->store,
                           "INSERT INTO check_ins (uid, pairing_id, kind, side, answered_at, source, fit, quality, "
                           "works, not_working, changed, recommend, keep, confidence, created_at, updated_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, 'exchange', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
                           error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_text (stmt, 1, check_in->uid);
  sqlite3_bind_int64 (stmt, 2, merge->pairing_id);
  _ta_store_bind_text (stmt, 3, ta_check_in_kind_to_string (check_in->kind));
  _ta_store_bind_text (stmt, 4, ta_pair_side_to_string (check_in->side));
  _ta_store_bind_text (stmt, 5, check_in->answered);
  _ta_store_bind_text (stmt, 6, ta_check_in_fit_to_string (check_in->fit));
  bind_optional (stmt, 7, check_in->quality, 0);
  _ta_store_bind_text (stmt, 8, check_in->works);
  _ta_store_bind_text (stmt, 9, check_in->not_working);
  _ta_store_bind_text (stmt, 10, check_in->changed);
  bind_optional (stmt, 11, check_in->recommend, -1);
  _ta_store_bind_text (stmt, 12, check_in->keep);
  bind_optional (stmt, 13, check_in->confidence, 0);
  _ta_store_bind_text (stmt, 14, merge->now);

  if (!_ta_store_step_done (merge->store, stmt, _("The check-in could not be saved"), error))
    return FALSE;
  merge->check_ins_added++;
  return TRUE;
}

/* Check-ins are added by uid; one already here is left as it is. */
static gboolean
merge_check_ins (TaExMerge  *merge,
                 GError    **error)
{
  for (guint i = 0; i < merge->content->check_ins->len; i++)
    {
      TaExCheckIn *check_in = g_ptr_array_index (merge->content->check_ins, i);
      TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (merge->store, "SELECT 1 FROM check_ins WHERE uid = ?1",
                                                          error);
      g_autofree char *what = NULL;
      int rc;

      if (stmt == NULL)
        return FALSE;
      _ta_store_bind_text (stmt, 1, check_in->uid);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        continue;
      if (rc != SQLITE_DONE)
        return _ta_ex_sql_error (merge->store, rc, error);

      what = ta_exchange_describe_check_in_full (check_in, TRUE);
      say (merge, TA_EXCHANGE_CHANGE_ADD, g_steal_pointer (&what));
      if (merge->write && !insert_check_in (merge, check_in, error))
        return FALSE;
    }

  return TRUE;
}

/* The update's walk, after the checks. */
gboolean
_ta_ex_merge_update (TaExMerge  *merge,
                     GError    **error)
{
  g_auto(TaExLocal) local = { 0 };

  if (!_ta_ex_local_load (merge, &local, error) ||
      !merge_sessions (merge, &local, error) ||
      !merge_goals (merge, &local, error) ||
      !merge_check_ins (merge, error))
    return FALSE;

  if (merge->write && merge->goals_changed)
    return _ta_ex_touch_pairing (merge, error);

  return TRUE;
}
