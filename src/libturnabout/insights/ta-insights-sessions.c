/* ta-insights-sessions.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sections about sessions: engagement, what happened to the
 * sessions, the formats compared and what each side learned. */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-insights-private.h"
#include "ta-store.h"

#define ACTIVATION_DAYS 30
#define ENGAGEMENT_DAYS 30
#define DAYS_PER_MONTH 30.4375
#define RATING_GAP 2.0
#define N_RECENT_REFLECTIONS 10
#define HELD_PER_PAIR_BINS 7

static GArray *
new_ids (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * _ta_insights_gather_pair_stats:
 * @ctx: the computation
 *
 * One pass over the one-on-ones: for each pair, its last held session
 * before now, whether it held one before the period's end and within 30
 * days of starting, and its held sessions and ratings in the period.
 */
void
_ta_insights_gather_pair_stats (TaInsightsContext *ctx)
{
  GArray *sessions = ctx->rows.sessions;

  ctx->pair_stats = g_new0 (TaInsightsPairStats, MAX (ctx->rows.pairs->len, 1));

  for (guint i = 0; i < sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);
      TaInsightsPairRow *pair;
      TaInsightsPairStats *stats;
      guint32 day;

      if (session->pairing_id == 0 || session->status != TA_SESSION_STATUS_HELD)
        continue;
      pair = _ta_insights_pair (ctx, session->pairing_id);
      if (pair == NULL)
        continue;
      stats = _ta_insights_pair_stats (ctx, pair);

      if (session->starts_at < ctx->now)
        stats->last_held = MAX (stats->last_held, session->starts_at);
      if (session->starts_at < ctx->period_end)
        stats->held_before_end = TRUE;

      if (pair->started_day != 0)
        {
          day = _ta_insights_local_day (ctx, session->starts_at);
          if (day >= pair->started_day && day < pair->started_day + ACTIVATION_DAYS)
            stats->activated = TRUE;
        }

      if (!_ta_insights_session_in_period (ctx, session))
        continue;
      stats->held_in_period++;
      if (session->mentor_rating > 0)
        {
          stats->mentor_ratings++;
          stats->mentor_rating_sum += session->mentor_rating;
        }
      if (session->mentee_rating > 0)
        {
          stats->mentee_ratings++;
          stats->mentee_rating_sum += session->mentee_rating;
        }
    }
}

/* Days of the period the pair was running: from its start (or the
 * period's) to the day before it ended (or the period's last day). */
static guint
running_days (TaInsightsContext *ctx,
              TaInsightsPairRow *pair)
{
  guint32 first, last;

  if (pair->status == TA_PAIRING_STATUS_PROPOSED || pair->started_day == 0)
    return 0;
  first = MAX (pair->started_day, ctx->from_day);
  if (pair->ended_day != 0)
    last = MIN (pair->ended_day - 1, ctx->to_day);
  else if (pair->status == TA_PAIRING_STATUS_ACTIVE || pair->status == TA_PAIRING_STATUS_PAUSED)
    last = ctx->to_day;
  else
    return 0;

  return last >= first ? last - first + 1 : 0;
}

void
_ta_insights_add_engagement (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_ENGAGEMENT;
  static const char * const bins[HELD_PER_PAIR_BINS] = { "0", "1", "2", "3", "4", "5", "6+" };
  g_autoptr(GArray) quiet = new_ids ();
  g_autoptr(TaChart) chart = NULL;
  double histogram[HELD_PER_PAIR_BINS] = { 0 };
  GArray *pairs = ctx->rows.pairs;
  guint n_live = 0, n_recent = 0, n_people_live, n_people_running;
  guint held = 0;
  double pair_days = 0;
  TaFigure *figure;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      TaInsightsPairStats *stats = _ta_insights_pair_stats (ctx, pair);

      if (!_ta_insights_pair_in_group (ctx, pair) || !_ta_insights_pair_live_on (pair, ctx->to_day))
        continue;
      n_live++;
      _ta_insights_people_add_pair (ctx, pair);
      if (stats->last_held != 0 && stats->last_held >= ctx->now - ENGAGEMENT_DAYS * 86400)
        n_recent++;
      else
        g_array_append_val (quiet, pair->id);
      histogram[MIN (stats->held_in_period, HELD_PER_PAIR_BINS - 1)]++;
    }
  n_people_live = _ta_insights_people_count (ctx);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      guint days;

      if (!_ta_insights_pair_in_group (ctx, pair))
        continue;
      days = running_days (ctx, pair);
      if (days == 0)
        continue;
      pair_days += days;
      held += _ta_insights_pair_stats (ctx, pair)->held_in_period;
      _ta_insights_people_add_pair (ctx, pair);
    }
  n_people_running = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_ratio (ctx, "engagement-rate", section, TA_FIGURE_UNIT_SHARE, _("Pairs meeting"),
                                   _("Active or paused pairs that held a session in the last 30 days, divided by the active or paused pairs."),
                                   n_recent, n_live, n_people_live, TA_SUBJECT_PAIRINGS, quiet);
  _ta_insights_explain (figure, ngettext ("%1$u of %2$u pair held a session in the last 30 days.",
                                          "%1$u of %2$u pairs held a session in the last 30 days.", n_live),
                        n_recent, n_live);

  figure = _ta_insights_add_ratio (ctx, "sessions-per-pair-month", section, TA_FIGURE_UNIT_PER_MONTH,
                                   _("Sessions per pair"),
                                   _("Held one-on-ones in the period, divided by the months the pairs were running in the period (each pair counts the days it ran; a month is 30.44 days)."),
                                   held, pair_days / DAYS_PER_MONTH, n_people_running, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u held one-on-ones over %2$.1f pair-months."), held, pair_days / DAYS_PER_MONTH);

  chart = ta_chart_new ("held-per-pair", section, TA_CHART_BARS, TA_FIGURE_UNIT_COUNT,
                        _("Active pairs by sessions held in the period"));
  for (guint b = 0; b < HELD_PER_PAIR_BINS; b++)
    ta_chart_add_category (chart, bins[b]);
  ta_chart_add_series (chart, _("Pairs"), TA_CHART_COLOUR_BLUE, histogram);
  _ta_insights_take_chart (ctx->insights, g_steal_pointer (&chart));
}

typedef enum
{
  CANCELLED_BY_MENTOR,
  CANCELLED_BY_MENTEE,
  CANCELLED_BY_FACILITATOR,
  CANCELLED_BY_OTHER,
} CancelledBy;

static CancelledBy
cancelled_by (TaInsightsContext    *ctx,
              TaInsightsSessionRow *session)
{
  TaInsightsPersonRow *person;

  if (session->cancelled_by == TA_SESSION_CANCELLED_BY_FACILITATOR)
    return CANCELLED_BY_FACILITATOR;

  if (session->pairing_id != 0)
    {
      TaInsightsPairRow *pair = _ta_insights_pair (ctx, session->pairing_id);

      if (pair != NULL && session->cancelled_by == pair->mentor_id)
        return CANCELLED_BY_MENTOR;
      if (pair != NULL && session->cancelled_by == pair->mentee_id)
        return CANCELLED_BY_MENTEE;
      return CANCELLED_BY_OTHER;
    }

  person = _ta_insights_person (ctx, session->cancelled_by);
  if (person == NULL)
    return CANCELLED_BY_OTHER;

  return person->role == TA_ROLE_MENTEE ? CANCELLED_BY_MENTEE : CANCELLED_BY_MENTOR;
}

void
_ta_insights_add_sessions (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_SESSIONS;
  static const TaChartColour colours[TA_N_SESSION_STATUSES] = {
    [TA_SESSION_STATUS_PLANNED] = TA_CHART_COLOUR_GREY,
    [TA_SESSION_STATUS_HELD] = TA_CHART_COLOUR_GREEN,
    [TA_SESSION_STATUS_CANCELLED] = TA_CHART_COLOUR_ORANGE,
    [TA_SESSION_STATUS_NO_SHOW] = TA_CHART_COLOUR_RED,
  };
  static const TaSessionStatus stack_order[] = {
    TA_SESSION_STATUS_HELD, TA_SESSION_STATUS_CANCELLED, TA_SESSION_STATUS_NO_SHOW, TA_SESSION_STATUS_PLANNED,
  };
  GArray *by_status[TA_N_SESSION_STATUSES] = { new_ids (), new_ids (), new_ids (), new_ids () };
  g_autoptr(GArray) by_mentee = new_ids ();
  double *per_month[TA_N_SESSION_STATUSES] = { NULL };
  g_autoptr(TaChart) chart = NULL;
  guint cancelled[CANCELLED_BY_OTHER + 1] = { 0 };
  guint n_people[TA_N_SESSION_STATUSES] = { 0 };
  guint n_people_all, n_people_mentee;
  guint minutes = 0;
  guint held, n_cancelled, no_show, planned;
  GArray *sessions = ctx->rows.sessions;
  TaFigure *figure;

  for (guint s = 0; s < TA_N_SESSION_STATUSES; s++)
    per_month[s] = g_new0 (double, MAX (ctx->n_months, 1));

  for (guint s = 0; s < TA_N_SESSION_STATUSES; s++)
    {
      _ta_insights_people_begin (ctx);
      for (guint i = 0; i < sessions->len; i++)
        {
          TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);
          int month;

          if (session->status != s || !_ta_insights_session_in_period (ctx, session) ||
              !_ta_insights_session_in_group (ctx, session))
            continue;

          g_array_append_val (by_status[s], session->id);
          _ta_insights_people_add_session (ctx, session);
          month = _ta_insights_month_of (ctx, session->starts_at);
          if (month >= 0)
            per_month[s][month]++;
          if (s == TA_SESSION_STATUS_HELD)
            minutes += session->duration;
          if (s == TA_SESSION_STATUS_CANCELLED)
            {
              CancelledBy by = cancelled_by (ctx, session);

              cancelled[by]++;
              if (by == CANCELLED_BY_MENTEE)
                g_array_append_val (by_mentee, session->id);
            }
        }
      n_people[s] = _ta_insights_people_count (ctx);
    }

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);

      if (_ta_insights_session_in_period (ctx, session) && _ta_insights_session_in_group (ctx, session))
        _ta_insights_people_add_session (ctx, session);
    }
  n_people_all = _ta_insights_people_count (ctx);
  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < by_mentee->len; i++)
    _ta_insights_people_add_session (ctx, g_hash_table_lookup (ctx->session_by_id,
                                                               &g_array_index (by_mentee, gint64, i)));
  n_people_mentee = _ta_insights_people_count (ctx);

  held = by_status[TA_SESSION_STATUS_HELD]->len;
  n_cancelled = by_status[TA_SESSION_STATUS_CANCELLED]->len;
  no_show = by_status[TA_SESSION_STATUS_NO_SHOW]->len;
  planned = by_status[TA_SESSION_STATUS_PLANNED]->len;

  figure = _ta_insights_add_count (ctx, "sessions-held", section, TA_FIGURE_UNIT_COUNT, _("Sessions held"),
                                   _("Sessions of every kind that started in the period and are marked held."),
                                   held, n_people[TA_SESSION_STATUS_HELD], TA_SUBJECT_SESSIONS,
                                   by_status[TA_SESSION_STATUS_HELD]);
  _ta_insights_explain (figure, ngettext ("%u session in the period was held.", "%u sessions in the period were held.",
                                          held), held);

  figure = _ta_insights_add_count (ctx, "sessions-cancelled", section, TA_FIGURE_UNIT_COUNT, _("Cancelled"),
                                   _("Sessions that started in the period and are marked cancelled, by whoever cancelled them."),
                                   n_cancelled, n_people[TA_SESSION_STATUS_CANCELLED], TA_SUBJECT_SESSIONS,
                                   by_status[TA_SESSION_STATUS_CANCELLED]);
  _ta_insights_explain (figure, _("%1$u cancelled: %2$u by the mentor, %3$u by the mentee, %4$u by the facilitator."),
                        n_cancelled, cancelled[CANCELLED_BY_MENTOR], cancelled[CANCELLED_BY_MENTEE],
                        cancelled[CANCELLED_BY_FACILITATOR]);

  figure = _ta_insights_add_count (ctx, "sessions-cancelled-by-mentor", section, TA_FIGURE_UNIT_COUNT,
                                   _("Cancelled by the mentor"),
                                   _("Cancelled sessions that the pair's mentor called off (for a group session: a person whose role is not mentee)."),
                                   cancelled[CANCELLED_BY_MENTOR], n_people[TA_SESSION_STATUS_CANCELLED],
                                   TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u of %2$u cancellations."), cancelled[CANCELLED_BY_MENTOR], n_cancelled);

  figure = _ta_insights_add_count (ctx, "sessions-cancelled-by-mentee", section, TA_FIGURE_UNIT_COUNT,
                                   _("Cancelled by the mentee"),
                                   _("Cancelled sessions that the pair's mentee called off: in reverse mentoring the senior side, whose cancellations are the first cause of failure."),
                                   cancelled[CANCELLED_BY_MENTEE], n_people_mentee, TA_SUBJECT_SESSIONS, by_mentee);
  _ta_insights_explain (figure, _("%1$u of %2$u cancellations."), cancelled[CANCELLED_BY_MENTEE], n_cancelled);

  figure = _ta_insights_add_count (ctx, "sessions-cancelled-by-facilitator", section, TA_FIGURE_UNIT_COUNT,
                                   _("Cancelled by the facilitator"),
                                   _("Cancelled sessions that the facilitator called off."),
                                   cancelled[CANCELLED_BY_FACILITATOR], n_people[TA_SESSION_STATUS_CANCELLED],
                                   TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u of %2$u cancellations."), cancelled[CANCELLED_BY_FACILITATOR], n_cancelled);

  figure = _ta_insights_add_ratio (ctx, "senior-cancellation-share", section, TA_FIGURE_UNIT_SHARE,
                                   _("Cancelled by the senior side"),
                                   _("Cancellations by the mentee (the senior), divided by all cancellations. Seniors calling off sessions is the most common way a reverse mentoring pair fails."),
                                   cancelled[CANCELLED_BY_MENTEE], n_cancelled, n_people_mentee,
                                   TA_SUBJECT_SESSIONS, by_mentee);
  _ta_insights_explain (figure, _("%1$u of %2$u cancellations came from the mentee."),
                        cancelled[CANCELLED_BY_MENTEE], n_cancelled);

  figure = _ta_insights_add_count (ctx, "sessions-no-show", section, TA_FIGURE_UNIT_COUNT, _("No-shows"),
                                   _("Sessions that started in the period where somebody did not come."),
                                   no_show, n_people[TA_SESSION_STATUS_NO_SHOW], TA_SUBJECT_SESSIONS,
                                   by_status[TA_SESSION_STATUS_NO_SHOW]);
  _ta_insights_explain (figure, ngettext ("%u session was missed.", "%u sessions were missed.", no_show), no_show);

  figure = _ta_insights_add_count (ctx, "sessions-planned", section, TA_FIGURE_UNIT_COUNT, _("Planned"),
                                   _("Sessions in the period not marked yet: still ahead, or not recorded."),
                                   planned, n_people[TA_SESSION_STATUS_PLANNED], TA_SUBJECT_SESSIONS,
                                   by_status[TA_SESSION_STATUS_PLANNED]);
  _ta_insights_explain (figure, ngettext ("%u session is planned or not recorded yet.",
                                          "%u sessions are planned or not recorded yet.", planned), planned);

  figure = _ta_insights_add_ratio (ctx, "completion-rate", section, TA_FIGURE_UNIT_SHARE, _("Completion rate"),
                                   _("Held sessions, divided by the sessions held, cancelled or missed (planned ones are not counted yet)."),
                                   held, held + n_cancelled + no_show, n_people_all, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u held of %2$u held, cancelled or missed."), held, held + n_cancelled + no_show);

  figure = _ta_insights_add_count (ctx, "mentoring-hours", section, TA_FIGURE_UNIT_HOURS, _("Mentoring hours"),
                                   _("The durations of the held sessions, added up."),
                                   minutes / 60.0, n_people[TA_SESSION_STATUS_HELD], TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, ngettext ("%1$u minute over %2$u held session.",
                                          "%1$u minutes over %2$u held sessions.", minutes), minutes, held);

  chart = ta_chart_new ("sessions-per-month", section, TA_CHART_STACKED_BARS, TA_FIGURE_UNIT_COUNT,
                        _("Sessions per month"));
  for (guint m = 0; m < ctx->n_months; m++)
    ta_chart_add_category (chart, ctx->month_labels[m]);
  for (guint k = 0; k < G_N_ELEMENTS (stack_order); k++)
    {
      TaSessionStatus s = stack_order[k];
      ta_chart_add_series (chart, ta_session_status_get_label (s), colours[s], per_month[s]);
    }
  _ta_insights_take_chart (ctx->insights, g_steal_pointer (&chart));

  for (guint s = 0; s < TA_N_SESSION_STATUSES; s++)
    {
      g_free (per_month[s]);
      g_array_unref (by_status[s]);
    }
}

typedef struct
{
  guint held;
  guint attendance;
  guint ratings;
  guint rating_sum;
} Format;

void
_ta_insights_add_formats (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_FORMATS;
  const char *columns[] = { _("Format"), _("Held"), _("Average attendance"), _("Average rating"), NULL };
  g_autoptr(TaInsightsTable) table = NULL;
  Format formats[TA_N_SESSION_KINDS] = { { 0 } };
  GArray *sessions = ctx->rows.sessions;

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);
      Format *format;

      if (session->status != TA_SESSION_STATUS_HELD || session->kind >= TA_N_SESSION_KINDS ||
          !_ta_insights_session_in_period (ctx, session) || !_ta_insights_session_in_group (ctx, session))
        continue;
      format = &formats[session->kind];
      format->held++;
      format->attendance += session->pairing_id != 0 ? 2 : session->n_attendees;
      _ta_insights_people_add_session (ctx, session);
      if (session->mentor_rating > 0)
        {
          format->ratings++;
          format->rating_sum += session->mentor_rating;
        }
      if (session->mentee_rating > 0)
        {
          format->ratings++;
          format->rating_sum += session->mentee_rating;
        }
    }

  table = ta_insights_table_new ("formats", section, _("Formats compared"), columns);
  ta_insights_table_set_note (table, _("Held sessions in the period. A one-on-one has two attendees; the average rating takes every rating given, by either side."));
  for (guint c = 1; c < 4; c++)
    ta_insights_table_set_numeric (table, c, TRUE);
  for (guint k = 0; k < TA_N_SESSION_KINDS; k++)
    {
      Format *format = &formats[k];
      g_autofree char *held = g_strdup_printf ("%u", format->held);
      g_autofree char *attendance = NULL;
      g_autofree char *rating = ta_figure_format_number (TA_FIGURE_UNIT_RATING,
                                                         format->ratings > 0 ? (double) format->rating_sum / format->ratings : NAN);
      const char *cells[5];

      attendance = format->held > 0 ? g_strdup_printf ("%.1f", (double) format->attendance / format->held)
                                    : ta_figure_format_number (TA_FIGURE_UNIT_COUNT, NAN);
      cells[0] = ta_session_kind_get_label (k);
      cells[1] = held;
      cells[2] = attendance;
      cells[3] = rating;
      cells[4] = NULL;
      ta_insights_table_add_row (table, cells, TA_SUBJECT_NONE, 0);
    }
  ta_insights_table_set_small (table, _ta_insights_people_count (ctx) > 0 &&
                                      _ta_insights_people_count (ctx) < TA_FIGURE_MIN_PEOPLE);
  _ta_insights_take_table (ctx->insights, g_steal_pointer (&table));
}

/* The one who gave a side's rating: the pair's mentor or mentee, or for
 * a group session its attendees of that side. */
static void
add_rater (TaInsightsContext    *ctx,
           TaInsightsSessionRow *session,
           gboolean              mentor_side)
{
  if (session->pairing_id != 0)
    {
      TaInsightsPairRow *pair = _ta_insights_pair (ctx, session->pairing_id);

      if (pair != NULL)
        _ta_insights_people_add (ctx, mentor_side ? pair->mentor_id : pair->mentee_id);
      return;
    }
  _ta_insights_people_add_session (ctx, session);
}

static void
add_reflections_table (TaInsightsContext *ctx,
                        guint              n_people)
{
  const char *columns[] = { _("Date"), _("Who"), _("What they learned"), NULL };
  g_autoptr(TaInsightsTable) table = NULL;
  GArray *sessions = ctx->rows.sessions;
  guint n = 0;

  table = ta_insights_table_new ("recent-reflections", TA_INSIGHTS_SECTION_LEARNING,
                                 _("Most recent reflections"), columns);
  for (guint i = sessions->len; i > 0 && n < N_RECENT_REFLECTIONS; i--)
    {
      TaInsightsSessionRow *row = &g_array_index (sessions, TaInsightsSessionRow, i - 1);
      g_autoptr(TaSession) session = NULL;
      g_autofree char *date = NULL;

      if (row->status != TA_SESSION_STATUS_HELD || !(row->mentor_learned || row->mentee_learned) ||
          !_ta_insights_session_in_period (ctx, row) || !_ta_insights_session_in_group (ctx, row))
        continue;
      /* Ten texts, read on their own: the rows do not carry them. */
      session = ta_store_get_session (ctx->store, row->id, NULL);
      if (session == NULL)
        continue;
      date = _ta_insights_format_instant (ctx, row->starts_at);
      for (guint side = 0; side < 2 && n < N_RECENT_REFLECTIONS; side++)
        {
          const char *text = side == 0 ? ta_session_get_mentee_learned (session)
                                       : ta_session_get_mentor_learned (session);
          g_autofree char *quoted = NULL;
          const char *cells[4];

          if (text == NULL || text[strspn (text, " \t\r\n")] == '\0')
            continue;
          /* Translators: a quotation of what a participant learned. */
          quoted = g_strdup_printf (_("“%s”"), text);
          cells[0] = date;
          cells[1] = side == 0 ? _("The mentee") : _("The mentor");
          cells[2] = quoted;
          cells[3] = NULL;
          ta_insights_table_add_row (table, cells, TA_SUBJECT_SESSIONS, row->id);
          n++;
        }
    }
  ta_insights_table_set_note (table, _("What each side wrote down after a held session, newest first."));
  ta_insights_table_set_small (table, n_people > 0 && n_people < TA_FIGURE_MIN_PEOPLE);
  _ta_insights_take_table (ctx->insights, g_steal_pointer (&table));
}

void
_ta_insights_add_learning (TaInsightsContext *ctx)
{
  const TaInsightsSection section = TA_INSIGHTS_SECTION_LEARNING;
  g_autoptr(GArray) gaps = new_ids ();
  g_autoptr(TaChart) chart = NULL;
  double counts[2][5] = { { 0 } };
  guint reflections[2] = { 0 }, ratings[2] = { 0 }, sums[2] = { 0 }, raters[2];
  guint n_people_held, n_people_gaps, n_held = 0;
  GArray *sessions = ctx->rows.sessions;
  GArray *pairs = ctx->rows.pairs;
  TaFigure *figure;

  for (guint side = 0; side < 2; side++)
    {
      _ta_insights_people_begin (ctx);
      for (guint i = 0; i < sessions->len; i++)
        {
          TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);
          guint8 rating = side == 0 ? session->mentor_rating : session->mentee_rating;

          if (session->status != TA_SESSION_STATUS_HELD || !_ta_insights_session_in_period (ctx, session) ||
              !_ta_insights_session_in_group (ctx, session))
            continue;
          if (side == 0 ? session->mentor_learned : session->mentee_learned)
            reflections[side]++;
          if (rating == 0)
            continue;
          ratings[side]++;
          sums[side] += rating;
          counts[side][rating - 1]++;
          add_rater (ctx, session, side == 0);
        }
      raters[side] = _ta_insights_people_count (ctx);
    }

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (sessions, TaInsightsSessionRow, i);

      if (session->status == TA_SESSION_STATUS_HELD && _ta_insights_session_in_period (ctx, session) &&
          _ta_insights_session_in_group (ctx, session))
        {
          _ta_insights_people_add_session (ctx, session);
          n_held++;
        }
    }
  n_people_held = _ta_insights_people_count (ctx);

  _ta_insights_people_begin (ctx);
  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      TaInsightsPairStats *stats = _ta_insights_pair_stats (ctx, pair);

      if (!_ta_insights_pair_in_group (ctx, pair) || stats->mentor_ratings == 0 || stats->mentee_ratings == 0)
        continue;
      if (fabs ((double) stats->mentor_rating_sum / stats->mentor_ratings -
                (double) stats->mentee_rating_sum / stats->mentee_ratings) >= RATING_GAP - 1e-9)
        {
          g_array_append_val (gaps, pair->id);
          _ta_insights_people_add_pair (ctx, pair);
        }
    }
  n_people_gaps = _ta_insights_people_count (ctx);

  figure = _ta_insights_add_count (ctx, "reflections-by-mentors", section, TA_FIGURE_UNIT_COUNT,
                                   _("Reflections by mentors"),
                                   _("Held sessions in the period where the mentor wrote down what they learned."),
                                   reflections[0], n_people_held, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u of %2$u held sessions."), reflections[0], n_held);

  figure = _ta_insights_add_count (ctx, "reflections-by-mentees", section, TA_FIGURE_UNIT_COUNT,
                                   _("Reflections by mentees"),
                                   _("Held sessions in the period where the mentee wrote down what they learned."),
                                   reflections[1], n_people_held, TA_SUBJECT_NONE, NULL);
  _ta_insights_explain (figure, _("%1$u of %2$u held sessions."), reflections[1], n_held);

  figure = _ta_insights_add_ratio (ctx, "average-rating-by-mentors", section, TA_FIGURE_UNIT_RATING,
                                   _("Rating by mentors"),
                                   _("The average of the ratings mentors gave held sessions in the period; sessions they did not rate are left out."),
                                   sums[0], ratings[0], raters[0], TA_SUBJECT_NONE, NULL);
  ta_figure_set_target (figure, 4.0, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_explain (figure, ngettext ("%1$u point over %2$u rated session.", "%1$u points over %2$u rated sessions.",
                                          sums[0]), sums[0], ratings[0]);

  figure = _ta_insights_add_ratio (ctx, "average-rating-by-mentees", section, TA_FIGURE_UNIT_RATING,
                                   _("Rating by mentees"),
                                   _("The average of the ratings mentees gave held sessions in the period; sessions they did not rate are left out."),
                                   sums[1], ratings[1], raters[1], TA_SUBJECT_NONE, NULL);
  ta_figure_set_target (figure, 4.0, TA_INSIGHTS_MENTORLOOP_TARGET);
  _ta_insights_explain (figure, ngettext ("%1$u point over %2$u rated session.", "%1$u points over %2$u rated sessions.",
                                          sums[1]), sums[1], ratings[1]);

  figure = _ta_insights_add_count (ctx, "pairs-rating-gap", section, TA_FIGURE_UNIT_COUNT,
                                   _("Pairs that see it differently"),
                                   _("Pairs whose mentor's and mentee's average ratings in the period differ by 2 or more: worth a conversation."),
                                   gaps->len, n_people_gaps, TA_SUBJECT_PAIRINGS, gaps);
  _ta_insights_explain (figure, ngettext ("%u pair's two sides differ by 2 or more on average.",
                                          "%u pairs' two sides differ by 2 or more on average.", gaps->len),
                        gaps->len);

  chart = ta_chart_new ("ratings-by-side", section, TA_CHART_GROUPED_BARS, TA_FIGURE_UNIT_COUNT,
                        _("Ratings given, by side"));
  for (guint r = 1; r <= 5; r++)
    {
      g_autofree char *label = g_strdup_printf ("%u", r);
      ta_chart_add_category (chart, label);
    }
  ta_chart_add_series (chart, _("By mentors"), TA_CHART_COLOUR_BLUE, counts[0]);
  ta_chart_add_series (chart, _("By mentees"), TA_CHART_COLOUR_PURPLE, counts[1]);
  _ta_insights_take_chart (ctx->insights, g_steal_pointer (&chart));

  add_reflections_table (ctx, n_people_held);
}
