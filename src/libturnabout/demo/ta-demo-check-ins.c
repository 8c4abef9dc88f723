/* ta-demo-check-ins.c
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

/* The sample programme's check-ins: most of what the due rules ask of the
 * pairs with a calendar is answered a few days after it became due, some
 * is still open, and a few pairs say they are "not a fit", so the pair
 * detail and Insights' "Check-ins" section have something to show. */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include "ta-demo-private.h"
#include "ta-store-check-ins.h"

/* As many pairs as have a calendar (ta-demo-calendar.c). */
#define DEMO_CHECK_IN_PAIRS 1000

static const char * const works_pool[] = {
  "Meeting at the same time every week.",
  "Trying things out together on my own laptop.",
  "We start with a question from real work.",
  "Short notes after each session.",
  "Being able to ask anything without feeling silly.",
};

static const char * const not_working_pool[] = {
  "We move our sessions too often.",
  "Too little time between meetings to practise.",
  "Sessions run over.",
};

static const char * const changed_pool[] = {
  "I use the team's shared documents instead of e-mail attachments.",
  "I speak up earlier in meetings with the management team.",
  "I understand why our customers expect a chat channel.",
  "I am less afraid of trying a new tool.",
};

static const char * const keep_pool[] = {
  "Asking \"why\" before \"how\".",
  "A monthly coffee with someone from another generation.",
  "Writing down what I learned.",
};

static const char *
pick (GRand              *rand,
      const char * const *pool,
      guint               n)
{
  return pool[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, pool) pick ((rand), (pool), G_N_ELEMENTS (pool))

/* The sample is the same for a seed: its uids too. */
static char *
draw_uid (GRand *rand)
{
  guint32 a = g_rand_int (rand), b = g_rand_int (rand), c = g_rand_int (rand), d = g_rand_int (rand);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16, b & 0xfff,
                          0x8000 | (c >> 18), c & 0xffff, d);
}

static int
clamp_rating (int value)
{
  return CLAMP (value, 1, 5);
}

static void
draw_answer (TaCheckIn *check_in,
             GRand     *rand)
{
  int roll = g_rand_int_range (rand, 0, 100);
  /* Seniors start less sure of digital tools than juniors of speaking up. */
  int before = ta_check_in_get_side (check_in) == TA_PAIR_SIDE_MENTEE ? g_rand_int_range (rand, 1, 4)
                                                                       : g_rand_int_range (rand, 2, 5);

  switch (ta_check_in_get_kind (check_in))
    {
    case TA_CHECK_IN_BASELINE:
      ta_check_in_set_confidence (check_in, before);
      break;
    case TA_CHECK_IN_FIT:
      ta_check_in_set_fit (check_in, roll < 80 ? TA_CHECK_IN_FIT_GOOD
                                     : roll < 93 ? TA_CHECK_IN_FIT_DECIDING : TA_CHECK_IN_FIT_NOT_A_FIT);
      break;
    case TA_CHECK_IN_RELATIONSHIP:
      ta_check_in_set_quality (check_in, clamp_rating (roll < 10 ? 2 : roll < 35 ? 3 : roll < 80 ? 4 : 5));
      if (g_rand_boolean (rand))
        ta_check_in_set_works (check_in, PICK (rand, works_pool));
      if (roll < 30)
        ta_check_in_set_not_working (check_in, PICK (rand, not_working_pool));
      break;
    case TA_CHECK_IN_CLOSING:
      ta_check_in_set_recommend (check_in, roll < 15 ? g_rand_int_range (rand, 3, 7)
                                           : roll < 45 ? g_rand_int_range (rand, 7, 9)
                                           : g_rand_int_range (rand, 9, 11));
      ta_check_in_set_confidence (check_in, clamp_rating (before + g_rand_int_range (rand, 0, 3)));
      ta_check_in_set_changed (check_in, PICK (rand, changed_pool));
      ta_check_in_set_keep (check_in, PICK (rand, keep_pool));
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
add_answer (TaStore        *store,
            GRand          *rand,
            gint64          pairing_id,
            TaCheckInKind   kind,
            TaPairSide      side,
            GDateTime      *answered_at,
            GError        **error)
{
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (pairing_id, kind, side);
  g_autofree char *uid = draw_uid (rand);

  ta_check_in_set_uid (check_in, uid);
  ta_check_in_set_answered_at (check_in, answered_at);
  ta_check_in_set_source (check_in, g_rand_int_range (rand, 0, 5) == 0 ? TA_CHECK_IN_SOURCE_PAPER
                                                                      : TA_CHECK_IN_SOURCE_APP);
  draw_answer (check_in, rand);

  return ta_store_add_check_in (store, check_in, error);
}

/* A pair that finished no longer lists the starting self-rating it was
 * never given: the sample gives it, on the first day, to whoever answers
 * the closing check, so that Insights has a "before" and an "after". */
static gboolean
add_baseline (TaStore     *store,
              GRand       *rand,
              DemoYear    *year,
              gint64       pairing_id,
              TaPairSide   side,
              GError     **error)
{
  g_autoptr(TaPairing) pairing = ta_store_get_pairing (store, pairing_id, error);
  g_autoptr(GDateTime) answered_at = NULL;
  GDate start;

  if (pairing == NULL)
    return FALSE;

  g_date_clear (&start, 1);
  g_date_set_parse (&start, ta_pairing_get_started_on (pairing));
  if (!g_date_valid (&start))
    return TRUE;

  answered_at = g_date_time_new (year->zone, g_date_get_year (&start), g_date_get_month (&start),
                                 g_date_get_day (&start), 10, 0, 0);
  return add_answer (store, rand, pairing_id, TA_CHECK_IN_BASELINE, side, answered_at, error);
}

/**
 * _ta_demo_answer_check_ins:
 * @store: the sample's store, inside its transaction
 * @rand: the sample's random numbers
 * @year: the programme year
 * @error: a #TA_STORE_ERROR
 *
 * Answers about four in five of the check-ins due for the first
 * %DEMO_CHECK_IN_PAIRS pairs, each one to six days after it became due
 * (never later than now), on paper for one in five.
 */
gboolean
_ta_demo_answer_check_ins (TaStore   *store,
                           GRand     *rand,
                           DemoYear  *year,
                           GError   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) due = ta_store_list_due_check_ins (store, 0, now, year->zone, error);
  gint64 last_pair = 0;
  guint n_pairs = 0;
  gboolean has_baseline[2] = { FALSE, FALSE };

  if (due == NULL)
    return FALSE;

  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);
      g_autoptr(GDateTime) answered_at = NULL;
      int late = g_rand_int_range (rand, 0, 7);

      if (item->pairing_id != last_pair)
        {
          last_pair = item->pairing_id;
          has_baseline[0] = has_baseline[1] = FALSE;
          if (++n_pairs > DEMO_CHECK_IN_PAIRS)
            break;
        }
      if (item->kind == TA_CHECK_IN_BASELINE)
        has_baseline[item->side] = TRUE;
      if (item->answered || g_rand_int_range (rand, 0, 100) >= 80)
        continue;

      answered_at = g_date_time_new (year->zone, g_date_get_year (&item->due_on), g_date_get_month (&item->due_on),
                                     g_date_get_day (&item->due_on), g_rand_int_range (rand, 9, 18), 0, 0);
      if (answered_at == NULL)
        continue;
      {
        GDateTime *later = g_date_time_add_days (answered_at, late);

        g_date_time_unref (answered_at);
        answered_at = later;
      }
      if (g_date_time_compare (answered_at, now) > 0)
        continue;

      if (item->kind == TA_CHECK_IN_CLOSING && !has_baseline[item->side] &&
          !add_baseline (store, rand, year, item->pairing_id, item->side, error))
        return FALSE;
      if (!add_answer (store, rand, item->pairing_id, item->kind, item->side, answered_at, error))
        return FALSE;
    }

  return TRUE;
}
