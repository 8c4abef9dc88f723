/* ta-insights-board.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The research board and momentum sections of Insights. */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ta-insights-private.h"
#include "ta-momentum.h"
#include "ta-store.h"
#include "ta-topic-idea.h"

#define N_TOP_IDEAS 10
#define N_TOPIC_STAGES (TA_TOPIC_STAGE_PRESENTED + 1)

static gboolean
topic_in_group (TaInsightsContext  *ctx,
                TaInsightsTopicRow *topic)
{
  if (ctx->query->group == TA_INSIGHTS_GROUP_ALL)
    return TRUE;

  for (guint i = 0; i < topic->n_researchers; i++)
    {
      TaInsightsPersonRow *person =
        _ta_insights_person (ctx, g_array_index (ctx->rows.researchers, gint64, topic->first_researcher + i));

      if (person != NULL && _ta_insights_person_in_group (ctx, person))
        return TRUE;
    }

  return FALSE;
}

static void
add_researchers (TaInsightsContext  *ctx,
                 TaInsightsTopicRow *topic)
{
  for (guint i = 0; i < topic->n_researchers; i++)
    _ta_insights_people_add (ctx, g_array_index (ctx->rows.researchers, gint64, topic->first_researcher + i));
}

static gboolean
add_ideas_table (TaInsightsContext  *ctx,
                 GError            **error)
{
  const char *columns[] = { _("Topic"), _("Mentees asking"), NULL };
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(TaInsightsTable) table = NULL;
  guint n = 0;

  ideas = ta_store_list_topic_ideas (ctx->store, error);
  if (ideas == NULL)
    return FALSE;

  table = ta_insights_table_new ("topic-ideas", TA_INSIGHTS_SECTION_BOARD, _("Unmet demand"), columns);
  ta_insights_table_set_note (table, _("What mentees want to learn that no topic on the board covers yet, most asked first."));
  ta_insights_table_set_numeric (table, 1, TRUE);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < ideas->len && n < N_TOP_IDEAS; i++)
    {
      TaTopicIdea *idea = g_ptr_array_index (ideas, i);
      guint n_ids, asking = 0;
      const gint64 *ids = ta_topic_idea_get_mentee_ids (idea, &n_ids);
      g_autofree char *count = NULL;
      const char *cells[3];

      for (guint k = 0; k < n_ids; k++)
        {
          TaInsightsPersonRow *person = _ta_insights_person (ctx, ids[k]);

          if (person != NULL && _ta_insights_person_in_group (ctx, person))
            {
              asking++;
              _ta_insights_people_add (ctx, ids[k]);
            }
        }
      if (asking == 0)
        continue;
      count = g_strdup_printf ("%u", asking);
      cells[0] = ta_topic_idea_get_term (idea);
      cells[1] = count;
      cells[2] = NULL;
      ta_insights_table_add_row (table, cells, TA_SUBJECT_NONE, 0);
      n++;
    }
  ta_insights_table_set_small (table, _ta_insights_people_count (ctx) > 0 &&
                                      _ta_insights_people_count (ctx) < TA_FIGURE_MIN_PEOPLE);
  _ta_insights_take_table (ctx->insights, g_steal_pointer (&table));

  return TRUE;
}

gboolean
_ta_insights_add_board (TaInsightsContext  *ctx,
                        GError            **error)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_BOARD;
  const char *stage_columns[] = { _("Stage"), _("Topics"), NULL };
  const char *presented_columns[] = { _("Topic"), _("Presented on"), _("Attendance"), _("Outcome"), NULL };
  g_autoptr(GArray) presented = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TaInsightsTable) stages = NULL;
  g_autoptr(TaInsightsTable) talks = NULL;
  guint per_stage[N_TOPIC_STAGES] = { 0 };
  GArray *topics = ctx->rows.topics;
  TaFigure *figure;

  talks = ta_insights_table_new ("presented-topics", section, _("Topics presented"), presented_columns);
  ta_insights_table_set_numeric (talks, 2, TRUE);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < topics->len; i++)
    {
      TaInsightsTopicRow *topic = &g_array_index (topics, TaInsightsTopicRow, i);
      TaInsightsSessionRow *session;
      g_autofree char *date = NULL;
      g_autofree char *attendance = NULL;
      const char *cells[5];

      if (!topic_in_group (ctx, topic))
        continue;
      per_stage[MIN (topic->stage, N_TOPIC_STAGES - 1)]++;

      session = topic->session_id != 0 ? g_hash_table_lookup (ctx->session_by_id, &topic->session_id) : NULL;
      if (session == NULL || session->status != TA_SESSION_STATUS_HELD ||
          !_ta_insights_session_in_period (ctx, session))
        continue;

      g_array_append_val (presented, topic->id);
      add_researchers (ctx, topic);
      date = _ta_insights_format_instant (ctx, session->starts_at);
      attendance = g_strdup_printf ("%u", session->pairing_id != 0 ? 2 : session->n_attendees);
      cells[0] = topic->title != NULL ? topic->title : "";
      cells[1] = date;
      cells[2] = attendance;
      cells[3] = topic->outcome != NULL ? topic->outcome : "";
      cells[4] = NULL;
      ta_insights_table_add_row (talks, cells, TA_SUBJECT_TOPICS, topic->id);
    }

  figure = _ta_insights_add_count (ctx, "topics-presented", section, TA_FIGURE_UNIT_COUNT, _("Topics presented"),
                                   _("Topics on the board whose presentation session started in the period and is marked held."),
                                   presented->len, _ta_insights_people_count (ctx), TA_SUBJECT_TOPICS, presented);
  _ta_insights_explain (figure, ngettext ("%u topic was presented in the period.",
                                          "%u topics were presented in the period.", presented->len),
                        presented->len);

  stages = ta_insights_table_new ("topics-by-stage", section, _("Topics on the board"), stage_columns);
  ta_insights_table_set_note (stages, _("Every topic on the board today, by stage."));
  ta_insights_table_set_numeric (stages, 1, TRUE);
  for (guint s = 0; s < N_TOPIC_STAGES; s++)
    {
      g_autofree char *count = g_strdup_printf ("%u", per_stage[s]);
      const char *cells[] = { ta_topic_stage_get_label (s), count, NULL };

      ta_insights_table_add_row (stages, cells, TA_SUBJECT_NONE, 0);
    }

  _ta_insights_take_table (ctx->insights, g_steal_pointer (&stages));
  _ta_insights_take_table (ctx->insights, g_steal_pointer (&talks));

  return add_ideas_table (ctx, error);
}

/* At the end of each month (or now, for the month under way): the pairs
 * running then that had held nothing in the momentum window before it,
 * given that window from their start, as the "Needs Attention" list
 * judges them. */
static void
add_attention_over_time (TaInsightsContext *ctx)
{
  g_autoptr(TaChart) chart = NULL;
  g_autofree double *values = g_new0 (double, MAX (ctx->n_months, 1));
  g_autofree gint64 *moments = g_new0 (gint64, MAX (ctx->n_months, 1));
  g_autofree guint8 *fresh = NULL;
  GArray *pairs = ctx->rows.pairs;
  GArray *sessions = ctx->rows.sessions;
  gint64 window = (gint64) ctx->rows.momentum_weeks * 7 * 86400;
  guint n_months = ctx->n_months;

  fresh = g_new0 (guint8, MAX ((gsize) pairs->len * n_months, 1));
  for (guint m = 0; m < n_months; m++)
    moments[m] = MIN (ctx->month_starts[m + 1], ctx->now);

  for (guint i = 0; i < sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);
      TaInsightsPairRow *pair;
      guint index;

      if (session->pairing_id == 0 || session->status != TA_SESSION_STATUS_HELD)
        continue;
      pair = _ta_insights_pair (ctx, session->pairing_id);
      if (pair == NULL)
        continue;
      index = (guint) (pair - (TaInsightsPairRow *) (gpointer) pairs->data);
      for (guint m = 0; m < n_months; m++)
        if (session->starts_at < moments[m] && session->starts_at >= moments[m] - window)
          fresh[(gsize) index * n_months + m] = 1;
    }

  chart = ta_chart_new ("attention-over-time", TA_INSIGHTS_SECTION_MOMENTUM, TA_CHART_LINE,
                        TA_FIGURE_UNIT_COUNT, _("Pairs needing attention at the end of each month"));
  for (guint m = 0; m < n_months; m++)
    {
      guint32 day;

      ta_chart_add_category (chart, ctx->month_labels[m]);
      if (ctx->month_starts[m] >= ctx->now)
        {
          values[m] = NAN;
          continue;
        }
      day = _ta_insights_local_day (ctx, moments[m] - 1);
      for (guint i = 0; i < pairs->len; i++)
        {
          TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);

          if (!_ta_insights_pair_in_group (ctx, pair) || !_ta_insights_pair_live_on (pair, day) ||
              pair->started_day + (guint32) ctx->rows.momentum_weeks * 7 > day)
            continue;
          if (!fresh[(gsize) i * n_months + m])
            values[m]++;
        }
    }
  ta_chart_add_series (chart, _("Pairs"), TA_CHART_COLOUR_ORANGE, values);
  _ta_insights_take_chart (ctx->insights, g_steal_pointer (&chart));
}

/* What "Needs Attention" looks at, per pair, gathered from the rows
 * newest session first (see ta_momentum_judge()). */
typedef struct
{
  gint64   last_held;     /* the newest held session not after now */
  guint16  missed;
  gboolean streak_closed;
  gboolean planned_ahead;
} AttentionFacts;

gboolean
_ta_insights_add_momentum (TaInsightsContext  *ctx,
                           GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree AttentionFacts *facts = g_new0 (AttentionFacts, MAX (ctx->rows.pairs->len, 1));
  GArray *pairs = ctx->rows.pairs;
  GArray *sessions = ctx->rows.sessions;
  gint64 cutoff = ctx->now - (gint64) ctx->rows.momentum_weeks * 7 * 86400;
  /* The store compares a pair's start day with the cutoff's UTC day. */
  gint64 cutoff_utc_day = (cutoff >= 0 ? cutoff / 86400 : (cutoff - 86399) / 86400) + 719163;
  TaFigure *figure;

  /* The same facts ta_store_evaluate_momentum() reads through SQL, from
   * the rows already in memory: that query was a fifth of the time. */
  for (guint i = sessions->len; i > 0; i--)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i - 1);
      TaInsightsPairRow *pair;
      AttentionFacts *fact;

      if (session->pairing_id == 0)
        continue;
      pair = _ta_insights_pair (ctx, session->pairing_id);
      if (pair == NULL)
        continue;
      fact = &facts[pair - (TaInsightsPairRow *) (gpointer) pairs->data];

      if (session->starts_at > ctx->now)
        {
          if (session->status == TA_SESSION_STATUS_PLANNED)
            fact->planned_ahead = TRUE;
        }
      else if (session->status == TA_SESSION_STATUS_HELD)
        {
          if (fact->last_held == 0)
            fact->last_held = session->starts_at;
          fact->streak_closed = TRUE;
        }
      else if ((session->status == TA_SESSION_STATUS_CANCELLED || session->status == TA_SESSION_STATUS_NO_SHOW) &&
               !fact->streak_closed)
        fact->missed++;
    }

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      AttentionFacts *fact = &facts[i];

      if (pair->status != TA_PAIRING_STATUS_ACTIVE || !_ta_insights_pair_in_group (ctx, pair))
        continue;
      if (ta_momentum_judge (fact->missed, fact->last_held != 0 && fact->last_held >= cutoff,
                             pair->since_day != 0 && (gint64) pair->since_day < cutoff_utc_day,
                             fact->planned_ahead) == TA_MOMENTUM_NONE)
        continue;
      g_array_append_val (ids, pair->id);
      _ta_insights_people_add_pair (ctx, pair);
    }

  figure = _ta_insights_add_count (ctx, "pairs-needing-attention", TA_INSIGHTS_SECTION_MOMENTUM,
                                   TA_FIGURE_UNIT_COUNT, _("Pairs needing attention"),
                                   _("Active pairs whose last two sessions were cancelled or missed, that held nothing in the last weeks (the Calendar's “Needs Attention” setting), or that have nothing planned."),
                                   ids->len, _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, ids);
  _ta_insights_explain (figure, ngettext ("%u pair needs attention now, as the Calendar's “Needs Attention” list shows.",
                                          "%u pairs need attention now, as the Calendar's “Needs Attention” list shows.",
                                          ids->len), ids->len);

  add_attention_over_time (ctx);

  return TRUE;
}
