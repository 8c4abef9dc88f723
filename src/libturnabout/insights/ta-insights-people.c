/* ta-insights-people.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sections about people and pairs: participation, matching,
 * activation, goals and retention (see /docs of ta-insights.h and the
 * README's "Insights figures" for every definition). */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "ta-insights-private.h"

#define ACTIVATION_DAYS 30
#define UNSTARTED_DAYS 21

static GArray *
new_ids (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static gboolean
person_counts (TaInsightsContext   *ctx,
               TaInsightsPersonRow *person)
{
  return _ta_insights_person_in_group (ctx, person);
}

static gboolean
is_mentor_side (TaInsightsPersonRow *person)
{
  return person->role == TA_ROLE_MENTOR || person->role == TA_ROLE_BOTH;
}

static gboolean
is_mentee_side (TaInsightsPersonRow *person)
{
  return person->role == TA_ROLE_MENTEE || person->role == TA_ROLE_BOTH;
}

void
_ta_insights_add_participation (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_PARTICIPATION;
  g_autoptr(GArray) active = new_ids ();
  g_autoptr(GArray) joined = new_ids ();
  g_autoptr(GArray) left = new_ids ();
  GArray *by_role[TA_N_ROLES] = { new_ids (), new_ids (), new_ids () };
  GArray *people = ctx->rows.people;
  TaFigure *figure;
  guint mentor_side, mentee_side;

  for (guint i = 0; i < people->len; i++)
    {
      TaInsightsPersonRow *person = &g_array_index (people, TaInsightsPersonRow, i);

      if (!person_counts (ctx, person))
        continue;

      if (_ta_insights_person_active_on (ctx, person, ctx->period_end, ctx->to_day))
        {
          g_array_append_val (active, person->id);
          g_array_append_val (by_role[MIN (person->role, TA_N_ROLES - 1)], person->id);
        }
      if (person->created_at >= ctx->period_start && person->created_at < ctx->period_end)
        g_array_append_val (joined, person->id);
      if (person->status == TA_PARTICIPANT_STATUS_LEFT &&
          person->left_day >= ctx->from_day && person->left_day <= ctx->to_day)
        g_array_append_val (left, person->id);
    }

  figure = _ta_insights_add_count (ctx, "active-participants", section, TA_FIGURE_UNIT_COUNT,
                                   _("Active participants"),
                                   _("People who had joined by the end of the period and had not left by then. Paused people count: they are still in the programme."),
                                   active->len, active->len, TA_SUBJECT_PARTICIPANTS, active);
  _ta_insights_explain (figure, ngettext ("%u person was in the programme at the end of the period.",
                                          "%u people were in the programme at the end of the period.",
                                          active->len), active->len);

  figure = _ta_insights_add_count (ctx, "active-mentors", section, TA_FIGURE_UNIT_COUNT,
                                   _("Mentors"),
                                   _("Active participants whose role is mentor (usually the juniors)."),
                                   by_role[TA_ROLE_MENTOR]->len, by_role[TA_ROLE_MENTOR]->len,
                                   TA_SUBJECT_PARTICIPANTS, by_role[TA_ROLE_MENTOR]);
  _ta_insights_explain (figure, _("%1$u of %2$u active participants mentor."),
                        by_role[TA_ROLE_MENTOR]->len, active->len);

  figure = _ta_insights_add_count (ctx, "active-mentees", section, TA_FIGURE_UNIT_COUNT,
                                   _("Mentees"),
                                   _("Active participants whose role is mentee (usually the seniors)."),
                                   by_role[TA_ROLE_MENTEE]->len, by_role[TA_ROLE_MENTEE]->len,
                                   TA_SUBJECT_PARTICIPANTS, by_role[TA_ROLE_MENTEE]);
  _ta_insights_explain (figure, _("%1$u of %2$u active participants are mentored."),
                        by_role[TA_ROLE_MENTEE]->len, active->len);

  figure = _ta_insights_add_count (ctx, "active-both", section, TA_FIGURE_UNIT_COUNT,
                                   _("Mentor and mentee"),
                                   _("Active participants who both mentor and are mentored."),
                                   by_role[TA_ROLE_BOTH]->len, by_role[TA_ROLE_BOTH]->len,
                                   TA_SUBJECT_PARTICIPANTS, by_role[TA_ROLE_BOTH]);
  _ta_insights_explain (figure, _("%1$u of %2$u active participants do both."),
                        by_role[TA_ROLE_BOTH]->len, active->len);

  mentor_side = by_role[TA_ROLE_MENTOR]->len + by_role[TA_ROLE_BOTH]->len;
  mentee_side = by_role[TA_ROLE_MENTEE]->len + by_role[TA_ROLE_BOTH]->len;
  figure = _ta_insights_add_ratio (ctx, "mentor-mentee-ratio", section, TA_FIGURE_UNIT_RATIO,
                                   _("Mentors per mentee"),
                                   _("Active people who can mentor, divided by active people who can be mentored; people who do both count on each side."),
                                   mentor_side, mentee_side, active->len, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u who can mentor for %2$u who can be mentored."), mentor_side, mentee_side);

  figure = _ta_insights_add_count (ctx, "participants-new", section, TA_FIGURE_UNIT_COUNT,
                                   _("Joined"),
                                   _("People added to the programme during the period."),
                                   joined->len, joined->len, TA_SUBJECT_PARTICIPANTS, joined);
  _ta_insights_explain (figure, ngettext ("%u person joined during the period.",
                                          "%u people joined during the period.", joined->len), joined->len);

  figure = _ta_insights_add_count (ctx, "participants-left", section, TA_FIGURE_UNIT_COUNT,
                                   _("Left"),
                                   _("People whose status became “left” during the period."),
                                   left->len, left->len, TA_SUBJECT_PARTICIPANTS, left);
  _ta_insights_explain (figure, ngettext ("%u person left during the period.",
                                          "%u people left during the period.", left->len), left->len);

  for (guint r = 0; r < TA_N_ROLES; r++)
    g_array_unref (by_role[r]);
}

typedef struct
{
  guint matched;
  guint total;
} Share;

/* Who is matched at @end / @day: marks the people of pairs running then
 * (the context's people stamp), then counts the active ones. */
static void
mark_matched (TaInsightsContext *ctx,
              guint32            day)
{
  GArray *pairs = ctx->rows.pairs;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);

      if (_ta_insights_pair_live_on (pair, day))
        _ta_insights_people_add_pair (ctx, pair);
    }
}

static gboolean
is_marked (TaInsightsContext   *ctx,
           TaInsightsPersonRow *person)
{
  guint index = (guint) (person - (TaInsightsPersonRow *) (gpointer) ctx->rows.people->data);

  return ctx->person_mark[index] == ctx->stamp;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
add_match_rate_over_time (TaInsightsContext *ctx)
{
  g_autoptr(TaChart) chart = NULL;
  g_autofree double *values = g_new0 (double, MAX (ctx->n_months, 1));
  GArray *people = ctx->rows.people;

  chart = ta_chart_new ("match-rate-over-time", TA_INSIGHTS_SECTION_MATCHING, TA_CHART_LINE,
                        TA_FIGURE_UNIT_SHARE, _("Match rate at the end of each month"));
  for (guint m = 0; m < ctx->n_months; m++)
    {
      guint32 day = _ta_insights_month_last_day (ctx, m);
      gint64 end = ctx->month_starts[m + 1];
      Share share = { 0 };

      ta_chart_add_category (chart, ctx->month_labels[m]);
      if (ctx->month_starts[m] >= ctx->now)
        {
          /* A month still ahead has nothing to measure yet. */
          values[m] = NAN;
          continue;
        }
      if (end > ctx->now)
        {
          /* The month under way: as it stands now. */
          end = ctx->now;
          day = ctx->now_day;
        }
      mark_matched (ctx, day);
      for (guint i = 0; i < people->len; i++)
        {
          TaInsightsPersonRow *person = &g_array_index (people, TaInsightsPersonRow, i);

          if (!person_counts (ctx, person) || !_ta_insights_person_active_on (ctx, person, end, day))
            continue;
          share.total++;
          share.matched += is_marked (ctx, person);
        }
      values[m] = share.total > 0 ? (double) share.matched / share.total : NAN;
    }
  ta_chart_add_series (chart, _("Match rate"), TA_CHART_COLOUR_BLUE, values);
  ta_chart_set_target (chart, 0.7, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_take_chart (ctx->insights, g_steal_pointer (&chart));
}

void
_ta_insights_add_matching (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_MATCHING;
  g_autoptr(GArray) unmatched = new_ids ();
  g_autoptr(GArray) unmatched_mentors = new_ids ();
  g_autoptr(GArray) unmatched_mentees = new_ids ();
  g_autoptr(GArray) started = new_ids ();
  g_autoptr(GArray) waits = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *people = ctx->rows.people;
  GArray *pairs = ctx->rows.pairs;
  Share all = { 0 }, mentors = { 0 }, mentees = { 0 };
  TaFigure *figure;
  double median = NAN;

  mark_matched (ctx, ctx->to_day);
  for (guint i = 0; i < people->len; i++)
    {
      TaInsightsPersonRow *person = &g_array_index (people, TaInsightsPersonRow, i);
      gboolean matched;

      if (!person_counts (ctx, person) || !_ta_insights_person_active_on (ctx, person, ctx->period_end, ctx->to_day))
        continue;

      matched = is_marked (ctx, person);
      all.total++;
      all.matched += matched;
      if (!matched)
        g_array_append_val (unmatched, person->id);
      if (is_mentor_side (person))
        {
          mentors.total++;
          mentors.matched += matched;
          if (!matched)
            g_array_append_val (unmatched_mentors, person->id);
        }
      if (is_mentee_side (person))
        {
          mentees.total++;
          mentees.matched += matched;
          if (!matched)
            g_array_append_val (unmatched_mentees, person->id);
        }
    }

  figure = _ta_insights_add_ratio (ctx, "match-rate", section, TA_FIGURE_UNIT_SHARE, _("Match rate"),
                                   _("Active participants in an active or paused pair at the end of the period, divided by the active participants."),
                                   all.matched, all.total, all.total, TA_SUBJECT_PARTICIPANTS, unmatched);
  ta_figure_set_target (figure, 0.7, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u active participant is in an active or paused pair.",
                                          "%1$u of %2$u active participants are in an active or paused pair.",
                                          all.total), all.matched, all.total);

  figure = _ta_insights_add_ratio (ctx, "match-rate-mentors", section, TA_FIGURE_UNIT_SHARE,
                                   _("Match rate of mentors"),
                                   _("Active people who can mentor and are in an active or paused pair, divided by the active people who can mentor."),
                                   mentors.matched, mentors.total, mentors.total, TA_SUBJECT_PARTICIPANTS,
                                   unmatched_mentors);
  ta_figure_set_target (figure, 0.7, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_explain (figure, _("%1$u of %2$u people who can mentor have a pair."), mentors.matched, mentors.total);

  figure = _ta_insights_add_ratio (ctx, "match-rate-mentees", section, TA_FIGURE_UNIT_SHARE,
                                   _("Match rate of mentees"),
                                   _("Active people who can be mentored and are in an active or paused pair, divided by the active people who can be mentored."),
                                   mentees.matched, mentees.total, mentees.total, TA_SUBJECT_PARTICIPANTS,
                                   unmatched_mentees);
  ta_figure_set_target (figure, 0.7, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_explain (figure, _("%1$u of %2$u people who can be mentored have a pair."), mentees.matched, mentees.total);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      gint64 sides[2] = { pair->mentor_id, pair->mentee_id };

      if (!_ta_insights_pair_in_group (ctx, pair) || pair->status == TA_PAIRING_STATUS_PROPOSED ||
          pair->started_day < ctx->from_day || pair->started_day > ctx->to_day)
        continue;

      g_array_append_val (started, pair->id);
      _ta_insights_people_add_pair (ctx, pair);
      for (guint s = 0; s < 2; s++)
        {
          TaInsightsPersonRow *person = _ta_insights_person (ctx, sides[s]);
          double wait;

          if (person == NULL)
            continue;
          wait = (double) pair->started_day - (double) _ta_insights_local_day (ctx, person->created_at);
          wait = MAX (wait, 0);
          g_array_append_val (waits, wait);
        }
    }
  if (waits->len > 0)
    {
      g_array_sort (waits, compare_double);
      if (waits->len % 2 == 1)
        median = g_array_index (waits, double, waits->len / 2);
      else
        median = (g_array_index (waits, double, waits->len / 2 - 1) +
                  g_array_index (waits, double, waits->len / 2)) / 2.0;
    }

  figure = _ta_insights_add_count (ctx, "time-to-match", section, TA_FIGURE_UNIT_DAYS, _("Time to match"),
                                   _("The median number of days from the day a person was added to the start of their pair, over both people of every pair that started in the period."),
                                   median, _ta_insights_people_count (ctx), TA_SUBJECT_PAIRINGS, started);
  if (waits->len > 0)
    _ta_insights_explain (figure, ngettext ("The median wait of the %1$u person in the %2$u pairs that started in the period.",
                                            "The median wait of the %1$u people in the %2$u pairs that started in the period.",
                                            waits->len), waits->len, started->len);
  else
    _ta_insights_explain (figure, "%s", _("No pair started in the period."));

  add_match_rate_over_time (ctx);
}

void
_ta_insights_add_activation (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_ACTIVATION;
  g_autoptr(GArray) not_activated = new_ids ();
  g_autoptr(GArray) silent = new_ids ();
  GArray *pairs = ctx->rows.pairs;
  guint n_started = 0, n_activated = 0;
  guint n_people_started, n_people_silent;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);

      if (!_ta_insights_pair_in_group (ctx, pair) || pair->status == TA_PAIRING_STATUS_PROPOSED ||
          pair->started_day < ctx->from_day || pair->started_day > ctx->to_day)
        continue;
      n_started++;
      _ta_insights_people_add_pair (ctx, pair);
      if (_ta_insights_pair_stats (ctx, pair)->activated)
        n_activated++;
      else
        g_array_append_val (not_activated, pair->id);
    }
  n_people_started = _ta_insights_people_count (ctx);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);

      if (!_ta_insights_pair_in_group (ctx, pair) || !_ta_insights_pair_live_on (pair, ctx->to_day) ||
          pair->started_day + UNSTARTED_DAYS > ctx->to_day ||
          _ta_insights_pair_stats (ctx, pair)->held_before_end)
        continue;
      g_array_append_val (silent, pair->id);
      _ta_insights_people_add_pair (ctx, pair);
    }
  n_people_silent = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_ratio (ctx, "pairs-activated", section, TA_FIGURE_UNIT_SHARE, _("Pairs off to a start"),
                                   _("Pairs that started in the period and held a session within 30 days of starting, divided by the pairs that started in the period."),
                                   n_activated, n_started, n_people_started, TA_SUBJECT_PAIRINGS, not_activated);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u pair that started held a session within 30 days.",
                                          "%1$u of %2$u pairs that started held a session within 30 days.",
                                          n_started), n_activated, n_started);

  figure = _ta_insights_add_count (ctx, "pairs-without-session", section, TA_FIGURE_UNIT_COUNT,
                                   _("Pairs yet to meet"),
                                   _("Active or paused pairs that started more than 21 days before the end of the period and have not held a session yet."),
                                   silent->len, n_people_silent, TA_SUBJECT_PAIRINGS, silent);
  _ta_insights_explain (figure, ngettext ("%u pair older than 21 days has not held a session.",
                                          "%u pairs older than 21 days have not held a session.",
                                          silent->len), silent->len);
}

/* Running at some time during the period. */
static gboolean
pair_ran_in_period (TaInsightsContext *ctx,
                    TaInsightsPairRow *pair)
{
  if (pair->status == TA_PAIRING_STATUS_PROPOSED || pair->started_day == 0 || pair->started_day > ctx->to_day)
    return FALSE;
  if (pair->ended_day != 0)
    return pair->ended_day >= ctx->from_day;

  return pair->status == TA_PAIRING_STATUS_ACTIVE || pair->status == TA_PAIRING_STATUS_PAUSED;
}

void
_ta_insights_add_goals (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_GOALS;
  g_autoptr(GArray) without = new_ids ();
  g_autoptr(GArray) ran = new_ids ();
  GArray *pairs = ctx->rows.pairs;
  guint n_goals = 0, n_done = 0, n_with = 0;
  guint n_people;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);

      if (!_ta_insights_pair_in_group (ctx, pair) || !pair_ran_in_period (ctx, pair))
        continue;
      g_array_append_val (ran, pair->id);
      _ta_insights_people_add_pair (ctx, pair);
      n_goals += pair->n_goals;
      n_done += pair->n_goals_done;
      if (pair->n_goals > 0)
        n_with++;
      else
        g_array_append_val (without, pair->id);
    }
  n_people = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_count (ctx, "goals-set", section, TA_FIGURE_UNIT_COUNT, _("Goals set"),
                                   _("The goals of the pairs that ran at some time during the period."),
                                   n_goals, n_people, TA_SUBJECT_PAIRINGS, ran);
  _ta_insights_explain (figure, ngettext ("%1$u goal across %2$u pair that ran in the period.",
                                          "%1$u goals across %2$u pairs that ran in the period.",
                                          n_goals), n_goals, ran->len);

  figure = _ta_insights_add_count (ctx, "goals-done", section, TA_FIGURE_UNIT_COUNT, _("Goals done"),
                                   _("Of those goals, the ones ticked as done."),
                                   n_done, n_people, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u goal is done.", "%1$u of %2$u goals are done.", n_goals),
                        n_done, n_goals);

  figure = _ta_insights_add_ratio (ctx, "pairs-with-goals", section, TA_FIGURE_UNIT_SHARE, _("Pairs with goals"),
                                   _("Pairs that ran in the period with at least one goal, divided by the pairs that ran in the period."),
                                   n_with, ran->len, n_people, TA_SUBJECT_PAIRINGS, without);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u pair has at least one goal.",
                                          "%1$u of %2$u pairs have at least one goal.", ran->len),
                        n_with, ran->len);
}

typedef struct
{
  const char *reason;
  guint       count;
} Reason;

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const Reason *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;

  return g_utf8_collate (x->reason, y->reason);
}

void
_ta_insights_add_retention (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_RETENTION;
  static const char * const columns[] = { N_("Reason"), N_("Pairs"), NULL };
  const char *translated[3] = { _(columns[0]), _(columns[1]), NULL };
  g_autoptr(GArray) completed = new_ids ();
  g_autoptr(GArray) ended = new_ids ();
  g_autoptr(GHashTable) reasons = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Reason));
  g_autoptr(TaInsightsTable) table = NULL;
  GArray *pairs = ctx->rows.pairs;
  const char *none = _("No reason given");
  guint n_people;
  TaFigure *figure;
  GHashTableIter iter;
  gpointer key, value;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      const char *reason;

      if (!_ta_insights_pair_in_group (ctx, pair) || pair->ended_day < ctx->from_day || pair->ended_day > ctx->to_day)
        continue;
      if (pair->status == TA_PAIRING_STATUS_COMPLETED)
        g_array_append_val (completed, pair->id);
      else if (pair->status == TA_PAIRING_STATUS_ENDED)
        g_array_append_val (ended, pair->id);
      else
        continue;
      _ta_insights_people_add_pair (ctx, pair);
      if (pair->status != TA_PAIRING_STATUS_ENDED)
        continue;
      reason = pair->end_reason != NULL ? pair->end_reason : none;
      g_hash_table_insert (reasons, (gpointer) reason,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (reasons, reason)) + 1));
    }
  n_people = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_count (ctx, "pairs-completed", section, TA_FIGURE_UNIT_COUNT, _("Pairs completed"),
                                   _("Pairs that ran their course: marked completed, with an end day in the period."),
                                   completed->len, n_people, TA_SUBJECT_PAIRINGS, completed);
  _ta_insights_explain (figure, ngettext ("%u pair completed in the period.", "%u pairs completed in the period.",
                                          completed->len), completed->len);

  figure = _ta_insights_add_count (ctx, "pairs-ended-early", section, TA_FIGURE_UNIT_COUNT, _("Pairs ended early"),
                                   _("Pairs stopped before their time: marked ended, with an end day in the period."),
                                   ended->len, n_people, TA_SUBJECT_PAIRINGS, ended);
  _ta_insights_explain (figure, ngettext ("%u pair ended early in the period.", "%u pairs ended early in the period.",
                                          ended->len), ended->len);

  figure = _ta_insights_add_ratio (ctx, "retention-rate", section, TA_FIGURE_UNIT_SHARE, _("Retention"),
                                   _("Pairs completed, divided by the pairs that completed or ended early in the period."),
                                   completed->len, completed->len + ended->len, n_people, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u of %2$u pairs that finished in the period completed."),
                        completed->len, completed->len + ended->len);

  g_hash_table_iter_init (&iter, reasons);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Reason reason = { key, GPOINTER_TO_UINT (value) };
      g_array_append_val (ranked, reason);
    }
  g_array_sort (ranked, compare_reasons);

  table = ta_insights_table_new ("end-reasons", section, _("Why pairs ended early"), translated);
  ta_insights_table_set_numeric (table, 1, TRUE);
  for (guint i = 0; i < ranked->len; i++)
    {
      Reason *reason = &g_array_index (ranked, Reason, i);
      g_autofree char *count = g_strdup_printf ("%u", reason->count);
      const char *cells[] = { reason->reason, count, NULL };

      ta_insights_table_add_row (table, cells, TA_SUBJECT_NONE, 0);
    }
  /* Reasons are written by people about people. */
  ta_insights_table_set_small (table, n_people > 0 && n_people < TA_FIGURE_MIN_PEOPLE);
  _ta_insights_take_table (ctx->insights, g_steal_pointer (&table));
}
