/* ta-check-in-due.c
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

/*
 * When a check-in is due (docs/exchange.md, "Check-ins"), as a pure
 * function of the pair's status and days, its held one-on-ones and its
 * answers, so that the rules are tested at their edges without a store.
 *
 * Days are local days in the zone given: a relationship check due "30
 * days after the start" is due from the first minute of that local day,
 * and an answer counts for a check due that day whatever its hour.
 *
 * Decisions the document leaves open:
 * - nothing is due before the pair's start day, nor for a proposed pair;
 * - once a pair completes or ends only the closing check is still asked:
 *   the others are listed when they were answered, and dropped when not;
 * - relationship checks count up to the end day, so an ended pair keeps
 *   the answered one it had;
 * - a fit check answered "still deciding" with no held one-on-one after
 *   the answer is answered (by that answer) until the next one is held.
 */

#define G_LOG_DOMAIN "turnabout-check-in"

#include "config.h"

#include <stdio.h>

#include "ta-check-in-due.h"

#define FIRST_RELATIONSHIP_DAY 30
#define RELATIONSHIP_EVERY 60

static gboolean
parse_day (const char *text,
           GDate      *out_day)
{
  unsigned year, month, day;
  char end;

  g_date_clear (out_day, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (out_day, day, month, year);
  return TRUE;
}

static void
local_day (GDateTime *time,
           GTimeZone *zone,
           GDate     *out_day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, zone);

  g_date_clear (out_day, 1);
  g_date_set_dmy (out_day, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  return g_date_time_compare (*(GDateTime * const *) a, *(GDateTime * const *) b);
}

/* The latest answer of @kind and @side; with @since, only those answered
 * on @since or later. */
static TaCheckIn *
latest_answer (GPtrArray     *answers,
               TaCheckInKind  kind,
               TaPairSide     side,
               const GDate   *since,
               GTimeZone     *zone)
{
  TaCheckIn *latest = NULL;

  for (guint i = 0; answers != NULL && i < answers->len; i++)
    {
      TaCheckIn *answer = g_ptr_array_index (answers, i);
      GDateTime *at = ta_check_in_get_answered_at (answer);

      if (ta_check_in_get_kind (answer) != kind || ta_check_in_get_side (answer) != side || at == NULL)
        continue;
      if (since != NULL)
        {
          GDate day;

          local_day (at, zone, &day);
          if (g_date_compare (&day, since) < 0)
            continue;
        }
      if (latest == NULL || g_date_time_compare (at, ta_check_in_get_answered_at (latest)) >= 0)
        latest = answer;
    }

  return latest;
}

static void
append (GPtrArray     *out,
        gint64         pairing_id,
        TaCheckInKind  kind,
        TaPairSide     side,
        const GDate   *due_on,
        TaCheckIn     *answer,
        gboolean       finished)
{
  TaCheckInDue *due;

  /* After the end, only what was answered stays on the list (and the
   * closing check, which the caller passes with finished FALSE). */
  if (answer == NULL && finished)
    return;

  due = g_new0 (TaCheckInDue, 1);
  due->pairing_id = pairing_id;
  due->kind = kind;
  due->side = side;
  due->due_on = *due_on;
  due->answered = answer != NULL;
  due->check_in_id = answer != NULL ? ta_check_in_get_id (answer) : 0;
  g_ptr_array_add (out, due);
}

/* The fit check: due on the day of the first held one-on-one; an answer
 * on or after it answers it, unless it was "still deciding" and another
 * one-on-one was held after it: then it is due again from that day. */
static void
append_fit (const TaCheckInDueInput *input,
            GPtrArray               *held,
            TaPairSide               side,
            GTimeZone               *zone,
            gboolean                 finished,
            GPtrArray               *out)
{
  TaCheckIn *latest;
  GDateTime *due_at;
  GDate due_on;

  if (held->len == 0)
    return;

  due_at = g_ptr_array_index (held, 0);
  local_day (due_at, zone, &due_on);
  latest = latest_answer (input->answers, TA_CHECK_IN_FIT, side, &due_on, zone);

  if (latest != NULL)
    {
      GDateTime *answered_at = ta_check_in_get_answered_at (latest);
      GDateTime *next = NULL;

      for (guint i = 0; i < held->len; i++)
        {
          GDateTime *start = g_ptr_array_index (held, i);

          if (g_date_time_compare (start, answered_at) > 0)
            {
              next = start;
              break;
            }
          due_at = start;
        }

      if (ta_check_in_get_fit (latest) == TA_CHECK_IN_FIT_DECIDING && next != NULL)
        {
          latest = NULL;
          due_at = next;
        }
      local_day (due_at, zone, &due_on);
    }

  append (out, input->pairing_id, TA_CHECK_IN_FIT, side, &due_on, latest, finished);
}

/**
 * ta_check_in_compute_due:
 * @input: the pair
 * @now: the moment to compute for
 * @zone: the zone whose days count
 * @out: (element-type TaCheckInDue): where to append
 *
 * Appends what is due or was answered for @input's pair, by the due rules
 * of docs/exchange.md ("Check-ins").
 */
void
ta_check_in_compute_due (const TaCheckInDueInput *input,
                         GDateTime               *now,
                         GTimeZone               *zone,
                         GPtrArray               *out)
{
  static const TaPairSide sides[] = { TA_PAIR_SIDE_MENTOR, TA_PAIR_SIDE_MENTEE };
  g_autoptr(GPtrArray) held = g_ptr_array_new ();
  gboolean finished;
  GDate today, start, end;

  g_return_if_fail (input != NULL);
  g_return_if_fail (now != NULL && zone != NULL && out != NULL);

  local_day (now, zone, &today);
  if (input->status == TA_PAIRING_STATUS_PROPOSED || !parse_day (input->started_on, &start) ||
      g_date_compare (&start, &today) > 0)
    return;

  finished = input->status == TA_PAIRING_STATUS_COMPLETED || input->status == TA_PAIRING_STATUS_ENDED;
  end = today;
  if (finished)
    {
      GDate ended;

      if (parse_day (input->ended_on, &ended) && g_date_compare (&ended, &today) < 0)
        end = ended;
    }

  for (guint i = 0; input->held_starts != NULL && i < input->held_starts->len; i++)
    {
      GDateTime *held_at = g_ptr_array_index (input->held_starts, i);

      if (g_date_time_compare (held_at, now) <= 0)
        g_ptr_array_add (held, held_at);
    }
  g_ptr_array_sort (held, compare_times);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    append (out, input->pairing_id, TA_CHECK_IN_BASELINE, sides[s], &start,
            latest_answer (input->answers, TA_CHECK_IN_BASELINE, sides[s], NULL, zone), finished);

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    append_fit (input, held, sides[s], zone, finished, out);

  /* Days 30, 90, 150, …: only the latest one due is listed. */
  if (g_date_days_between (&start, &end) >= FIRST_RELATIONSHIP_DAY)
    {
      int days = g_date_days_between (&start, &end) - FIRST_RELATIONSHIP_DAY;
      GDate due_on = start;

      g_date_add_days (&due_on, FIRST_RELATIONSHIP_DAY + (days / RELATIONSHIP_EVERY) * RELATIONSHIP_EVERY);
      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        append (out, input->pairing_id, TA_CHECK_IN_RELATIONSHIP, sides[s], &due_on,
                latest_answer (input->answers, TA_CHECK_IN_RELATIONSHIP, sides[s], &due_on, zone),
                finished);
    }

  /* The closing check: due on the end day, answered by any closing answer. */
  if (finished)
    {
      GDate due_on;

      if (!parse_day (input->ended_on, &due_on))
        due_on = today;
      if (g_date_compare (&due_on, &today) > 0)
        return;

      for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
        append (out, input->pairing_id, TA_CHECK_IN_CLOSING, sides[s], &due_on,
                latest_answer (input->answers, TA_CHECK_IN_CLOSING, sides[s], NULL, zone), FALSE);
    }
}

/**
 * ta_check_in_answers_flag_pair:
 * @answers: (element-type TaCheckIn): a pair's answers
 *
 * Returns: whether the latest fit answer of either side is "not a fit"
 */
gboolean
ta_check_in_answers_flag_pair (GPtrArray *answers)
{
  static const TaPairSide sides[] = { TA_PAIR_SIDE_MENTOR, TA_PAIR_SIDE_MENTEE };

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      TaCheckIn *latest = latest_answer (answers, TA_CHECK_IN_FIT, sides[s], NULL, NULL);

      if (latest != NULL && ta_check_in_get_fit (latest) == TA_CHECK_IN_FIT_NOT_A_FIT)
        return TRUE;
    }

  return FALSE;
}
