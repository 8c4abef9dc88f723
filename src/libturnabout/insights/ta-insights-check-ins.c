/* ta-insights-check-ins.c
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
 * Insights, "Check-ins" (docs/exchange.md): what the pairs answered.
 *
 * One person of a pair may answer a check-in more than once (a
 * relationship check every 60 days, a fit check again after "still
 * deciding", a facilitator correcting an answer on paper); each figure
 * takes the latest answer of each person of each pair, so nobody counts
 * twice.  Answers "in the period" are those given from its first local day
 * to its last; fit and the "before" self-rating are taken as they stood at
 * the end of the period, whenever given.
 */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-check-in.h"
#include "ta-insights-private.h"

/* One pair's latest answers of one kind, by side, among those chosen. */
typedef struct
{
  TaInsightsPairRow    *pair;
  TaInsightsCheckInRow *latest[2];
} PairAnswers;

typedef gboolean (*AnswerFilter) (TaInsightsContext    *ctx,
                                  TaInsightsCheckInRow *row);

static gboolean
in_period (TaInsightsContext    *ctx,
           TaInsightsCheckInRow *row)
{
  return row->answered_at >= ctx->period_start && row->answered_at < ctx->period_end;
}

static gboolean
by_end (TaInsightsContext    *ctx,
        TaInsightsCheckInRow *row)
{
  return row->answered_at < ctx->period_end;
}

/* The latest answer of @kind of each side of each pair in the group that
 * @filter accepts (and, for a scale, that answers @scale: "quality",
 * "confidence" or "recommend", or NULL), in the pairs' id order. */
static GArray *
gather (TaInsightsContext *ctx,
        TaCheckInKind      kind,
        AnswerFilter       filter,
        const char        *scale)
{
  GArray *rows = ctx->rows.check_ins;
  g_autoptr(GHashTable) index = g_hash_table_new (g_int64_hash, g_int64_equal);
  GArray *pairs = g_array_new (FALSE, TRUE, sizeof (PairAnswers));

  for (guint i = 0; i < rows->len; i++)
    {
      TaInsightsCheckInRow *row = &g_array_index (rows, TaInsightsCheckInRow, i);
      TaInsightsPairRow *pair;
      gpointer found;
      guint at;

      if (row->kind != kind || row->side > TA_PAIR_SIDE_MENTEE || !filter (ctx, row))
        continue;
      if ((g_strcmp0 (scale, "quality") == 0 && row->quality == 0) ||
          (g_strcmp0 (scale, "confidence") == 0 && row->confidence == 0) ||
          (g_strcmp0 (scale, "recommend") == 0 && row->recommend < 0))
        continue;
      pair = _ta_insights_pair (ctx, row->pairing_id);
      if (pair == NULL || !_ta_insights_pair_in_group (ctx, pair))
        continue;

      if (g_hash_table_lookup_extended (index, &pair->id, NULL, &found))
        at = GPOINTER_TO_UINT (found);
      else
        {
          PairAnswers answers = { pair, { NULL, NULL } };

          at = pairs->len;
          g_array_append_val (pairs, answers);
          g_hash_table_insert (index, &pair->id, GUINT_TO_POINTER (at));
        }
      /* The rows come oldest first: the last one seen is the latest. */
      g_array_index (pairs, PairAnswers, at).latest[row->side] = row;
    }

  return pairs;
}

static void
add_person (TaInsightsContext *ctx,
            TaInsightsPairRow *pair,
            guint              side)
{
  _ta_insights_people_add (ctx, side == TA_PAIR_SIDE_MENTOR ? pair->mentor_id : pair->mentee_id);
}

static void
add_quality (TaInsightsContext *ctx)
{
  g_autoptr(GArray) answers = gather (ctx, TA_CHECK_IN_RELATIONSHIP, in_period, "quality");
  g_autoptr(GArray) subjects = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint sum = 0, n = 0;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < answers->len; i++)
    {
      PairAnswers *pair = &g_array_index (answers, PairAnswers, i);

      for (guint side = 0; side < 2; side++)
        if (pair->latest[side] != NULL)
          {
            sum += pair->latest[side]->quality;
            n++;
            add_person (ctx, pair->pair, side);
          }
      g_array_append_val (subjects, pair->pair->id);
    }

  figure = _ta_insights_add_ratio (ctx, "checkin-quality", TA_INSIGHTS_SECTION_CHECK_INS, TA_FIGURE_UNIT_RATING,
                                   _("Relationship quality"),
                                   _("The average of the 1–5 relationship ratings given in check-ins in the period, taking each person's latest rating of each of their pairs."),
                                   sum, n, _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, subjects);
  _ta_insights_explain (figure, ngettext ("%1$u point over %2$u rating.", "%1$u points over %2$u ratings.", sum),
                        sum, n);
}

/* Fit as it stood at the end of the period. */
static void
add_fit (TaInsightsContext *ctx)
{
  g_autoptr(GArray) answers = gather (ctx, TA_CHECK_IN_FIT, by_end, NULL);
  g_autoptr(GArray) good = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) not_a_fit = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_people_all, n_people_flagged;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < answers->len; i++)
    {
      PairAnswers *pair = &g_array_index (answers, PairAnswers, i);
      gboolean all_good = TRUE;

      for (guint side = 0; side < 2; side++)
        if (pair->latest[side] != NULL && pair->latest[side]->fit != TA_CHECK_IN_FIT_GOOD)
          all_good = FALSE;
      if (all_good)
        g_array_append_val (good, pair->pair->id);
      _ta_insights_people_add_pair (ctx, pair->pair);
    }
  n_people_all = _ta_insights_people_count (ctx);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < answers->len; i++)
    {
      PairAnswers *pair = &g_array_index (answers, PairAnswers, i);

      for (guint side = 0; side < 2; side++)
        if (pair->latest[side] != NULL && pair->latest[side]->fit == TA_CHECK_IN_FIT_NOT_A_FIT)
          {
            g_array_append_val (not_a_fit, pair->pair->id);
            _ta_insights_people_add_pair (ctx, pair->pair);
            break;
          }
    }
  n_people_flagged = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_ratio (ctx, "fit-good-share", TA_INSIGHTS_SECTION_CHECK_INS, TA_FIGURE_UNIT_SHARE,
                                   _("Good fit"),
                                   _("Of the pairs that answered the fit check by the end of the period, the share whose latest answers, on each side that answered, are all “good fit”."),
                                   good->len, answers->len, n_people_all, TA_SUBJECT_PAIRINGS, good);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u pair that answered.", "%1$u of %2$u pairs that answered.",
                                          answers->len),
                        good->len, answers->len);

  figure = _ta_insights_add_count (ctx, "pairs-not-a-fit", TA_INSIGHTS_SECTION_CHECK_INS, TA_FIGURE_UNIT_COUNT,
                                   _("Pairs flagged “not a fit”"),
                                   _("Pairs where the latest fit answer of the mentor or of the mentee, at the end of the period, is “not a fit”: the facilitator should talk to them."),
                                   not_a_fit->len, n_people_flagged, TA_SUBJECT_PAIRINGS, not_a_fit);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u pair that answered.", "%1$u of %2$u pairs that answered.",
                                          answers->len),
                        not_a_fit->len, answers->len);
}

static void
add_nps (TaInsightsContext *ctx)
{
  g_autoptr(GArray) answers = gather (ctx, TA_CHECK_IN_CLOSING, in_period, "recommend");
  g_autoptr(GArray) subjects = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint promoters = 0, detractors = 0, n = 0;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < answers->len; i++)
    {
      PairAnswers *pair = &g_array_index (answers, PairAnswers, i);

      for (guint side = 0; side < 2; side++)
        {
          TaInsightsCheckInRow *row = pair->latest[side];

          if (row == NULL)
            continue;
          n++;
          promoters += row->recommend >= 9;
          detractors += row->recommend <= 6;
          add_person (ctx, pair->pair, side);
        }
      g_array_append_val (subjects, pair->pair->id);
    }

  figure = _ta_insights_add_ratio (ctx, "nps", TA_INSIGHTS_SECTION_CHECK_INS, TA_FIGURE_UNIT_SCORE,
                                   /* Translators: the Net Promoter Score */
                                   _("Would recommend it"),
                                   _("Net promoter score of the closing check-ins answered in the period: the percentage who would recommend reverse mentoring (9 or 10 out of 10) minus the percentage who would not (0 to 6), from −100 to 100."),
                                   (double) promoters - (double) detractors, n,
                                   _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, subjects);
  if (n > 0)
    ta_figure_set_value (figure, 100.0 * ((double) promoters - (double) detractors) / n);
  _ta_insights_explain (figure, ngettext ("%1$u promoters and %2$u detractors among %3$u answer.",
                                          "%1$u promoters and %2$u detractors among %3$u answers.", n),
                        promoters, detractors, n);
}

/* After − before for each person of a pair with both: the "before" as it
 * stood at the end of the period, the "after" given in the period. */
static void
add_confidence_change (TaInsightsContext *ctx,
                       TaPairSide         side)
{
  g_autoptr(GArray) before = gather (ctx, TA_CHECK_IN_BASELINE, by_end, "confidence");
  g_autoptr(GArray) after = gather (ctx, TA_CHECK_IN_CLOSING, in_period, "confidence");
  g_autoptr(GHashTable) before_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) subjects = g_array_new (FALSE, FALSE, sizeof (gint64));
  int sum = 0;
  guint n = 0;
  TaFigure *figure;

  for (guint i = 0; i < before->len; i++)
    {
      PairAnswers *pair = &g_array_index (before, PairAnswers, i);

      if (pair->latest[side] != NULL)
        g_hash_table_insert (before_of, &pair->pair->id, pair->latest[side]);
    }

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < after->len; i++)
    {
      PairAnswers *pair = &g_array_index (after, PairAnswers, i);
      TaInsightsCheckInRow *first = g_hash_table_lookup (before_of, &pair->pair->id);

      if (pair->latest[side] == NULL || first == NULL)
        continue;
      sum += (int) pair->latest[side]->confidence - (int) first->confidence;
      n++;
      add_person (ctx, pair->pair, side);
      g_array_append_val (subjects, pair->pair->id);
    }

  if (side == TA_PAIR_SIDE_MENTEE)
    figure = _ta_insights_add_ratio (ctx, "confidence-change-mentee", TA_INSIGHTS_SECTION_CHECK_INS,
                                     TA_FIGURE_UNIT_CHANGE,
                                     _("Mentees’ digital confidence"),
                                     _("How much the mentees’ 1–5 self-rating of their confidence with digital tools changed: the closing check-in answered in the period minus the rating given at the start, averaged over the mentees who gave both."),
                                     sum, n, _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, subjects);
  else
    figure = _ta_insights_add_ratio (ctx, "confidence-change-mentor", TA_INSIGHTS_SECTION_CHECK_INS,
                                     TA_FIGURE_UNIT_CHANGE,
                                     _("Mentors’ confidence speaking up"),
                                     _("How much the mentors’ 1–5 self-rating of their confidence speaking up to senior colleagues changed: the closing check-in answered in the period minus the rating given at the start, averaged over the mentors who gave both."),
                                     sum, n, _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, subjects);
  /* Translators: %1$+d is a signed sum of rating points ("+7") */
  _ta_insights_explain (figure, ngettext ("%1$+d points over %2$u person with both ratings.",
                                          "%1$+d points over %2$u people with both ratings.", n),
                        sum, n);
}

void
_ta_insights_add_check_ins (TaInsightsContext *ctx)
{
  add_quality (ctx);
  add_fit (ctx);
  add_nps (ctx);
  add_confidence_change (ctx, TA_PAIR_SIDE_MENTEE);
  add_confidence_change (ctx, TA_PAIR_SIDE_MENTOR);
}
