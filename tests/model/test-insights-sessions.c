/* test-insights-sessions.c - the figures of sessions, learning and the
 * research board on programmes whose answers are worked out by hand from
 * /work/insights-definitions.md
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights"

#include "ta-insights.h"
#include "ta-test-insights.h"

/*
 * Sessions are placed in local time in Europe/Brussels
 * (ta_test_insights_init()), so that the edges of a period and the
 * changes of daylight saving time are where the definitions put them.
 * Everything here has fixed dates and an explicit query.now.
 */

typedef TaTestInsightsFixture Fixture;

/*
 * Sessions of one pair (mentor M, mentee E) and group sessions,
 * 2026-04-01 … 2026-06-30:
 *   April: held 04-02 (60 min); cancelled by M 04-09, by E 04-16
 *   May:   held 05-05 (90 min); cancelled by E 05-12, by the facilitator
 *          05-19; group discussion held 05-20 (30 min, M E X); group
 *          discussion cancelled by M 05-21; lunch & learn cancelled by the
 *          facilitator 05-22; group discussion cancelled by B (both) 05-25
 *   June:  held 06-10 (45 min); no-show 06-02; planned 06-20
 *   outside: held 2026-03-31 23:30 and 2026-07-01 00:00 (local)
 * held 4, cancelled 7 (by mentor M, M, B = 3; by mentee E, E = 2; by the
 * facilitator 2), no-show 1, planned 1; completion 4/12; senior share 2/7;
 * hours (60+90+45+30)/60 = 3.75.
 */
static void
test_sessions (Fixture       *fixture,
               gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  gint64 m = ta_test_add_person (store, "Mo Mentor", "mo@example.com", TA_ROLE_MENTOR, NULL);
  gint64 e = ta_test_add_person (store, "Ed Mentee", "ed@example.com", TA_ROLE_MENTEE, NULL);
  gint64 x = ta_test_add_person (store, "Xia Mentee", "xia@example.com", TA_ROLE_MENTEE, NULL);
  gint64 b = ta_test_add_person (store, "Bea Both", "bea@example.com", TA_ROLE_BOTH, NULL);
  gint64 pair = ta_test_add_pairing (store, m, e, "status", TA_PAIRING_STATUS_ACTIVE,
                                     "started-on", "2026-03-01", NULL);
  const gint64 group[] = { m, e, x };
  TaChart *chart;

  ta_test_add_held (store, pair, 2026, 4, 2, 10, 0, 60);
  ta_test_add_cancelled (store, pair, 2026, 4, 9, m);
  ta_test_add_cancelled (store, pair, 2026, 4, 16, e);
  ta_test_add_held (store, pair, 2026, 5, 5, 14, 0, 90);
  ta_test_add_cancelled (store, pair, 2026, 5, 12, e);
  ta_test_add_cancelled (store, pair, 2026, 5, 19, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_test_add_group (store, TA_SESSION_KIND_GROUP_DISCUSSION, 2026, 5, 20, 30,
                     TA_SESSION_STATUS_HELD, TA_SESSION_CANCELLED_BY_NOBODY, group, 3);
  ta_test_add_group (store, TA_SESSION_KIND_GROUP_DISCUSSION, 2026, 5, 21, 60,
                     TA_SESSION_STATUS_CANCELLED, m, group, 3);
  ta_test_add_group (store, TA_SESSION_KIND_LUNCH_AND_LEARN, 2026, 5, 22, 60,
                     TA_SESSION_STATUS_CANCELLED, TA_SESSION_CANCELLED_BY_FACILITATOR, group, 3);
  ta_test_add_group (store, TA_SESSION_KIND_GROUP_DISCUSSION, 2026, 5, 25, 60,
                     TA_SESSION_STATUS_CANCELLED, b, group, 3);
  ta_test_add_held (store, pair, 2026, 6, 10, 9, 0, 45);
  ta_test_add_status (store, pair, 2026, 6, 2, TA_SESSION_STATUS_NO_SHOW);
  ta_test_add_status (store, pair, 2026, 6, 20, TA_SESSION_STATUS_PLANNED);
  ta_test_add_held (store, pair, 2026, 3, 31, 23, 30, 60);
  ta_test_add_held (store, pair, 2026, 7, 1, 0, 0, 60);

  insights = ta_test_insights (store, "2026-04-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_value (insights, "sessions-held", 4);
  ta_test_insights_assert_value (insights, "sessions-cancelled", 7);
  ta_test_insights_assert_value (insights, "sessions-cancelled-by-mentor", 3);
  ta_test_insights_assert_value (insights, "sessions-cancelled-by-mentee", 2);
  ta_test_insights_assert_value (insights, "sessions-cancelled-by-facilitator", 2);
  ta_test_insights_assert_value (insights, "sessions-no-show", 1);
  ta_test_insights_assert_value (insights, "sessions-planned", 1);
  ta_test_insights_assert_ratio (insights, "completion-rate", 4.0 / 12.0, 4, 12);
  ta_test_insights_assert_ratio (insights, "senior-cancellation-share", 2.0 / 7.0, 2, 7);
  ta_test_insights_assert_value (insights, "mentoring-hours", 3.75);

  /* Stacked by status, one bar per month: held, cancelled, no-show, planned. */
  ta_test_insights_assert_chart_categories (insights, "sessions-per-month", 3);
  chart = ta_insights_lookup_chart (insights, "sessions-per-month");
  if (chart != NULL)
    {
      static const double expected[4][3] = {
        { 1, 2, 1 },    /* held */
        { 2, 5, 0 },    /* cancelled */
        { 0, 0, 1 },    /* no-show */
        { 0, 0, 1 },    /* planned */
      };

      g_assert_cmpuint (ta_chart_get_kind (chart), ==, TA_CHART_STACKED_BARS);
      g_assert_cmpuint (ta_chart_get_n_series (chart), ==, 4);
      for (guint s = 0; s < 4 && s < ta_chart_get_n_series (chart); s++)
        for (guint c = 0; c < 3; c++)
          ta_test_insights_check ("sessions-per-month", "value", ta_chart_get_value (chart, s, c), expected[s][c]);
      ta_test_insights_check ("sessions-per-month", "max", ta_chart_get_max (chart), 7);
    }

  /* Formats compared: held one-on-ones 3, group discussions 1, lunch & learns 0. */
  ta_test_insights_assert_rows (insights, "formats", 3);
  ta_test_insights_assert_cell (insights, "formats", 0, 1, "3");
  ta_test_insights_assert_cell (insights, "formats", 1, 1, "1");
  ta_test_insights_assert_cell (insights, "formats", 2, 1, "0");
}

/* Held one-on-ones of one pair at these local times (Europe/Brussels). */
static const struct
{
  int year, month, day, hour, minute;
} edge_sessions[] = {
  { 2026, 2, 28, 23, 59 },  /* s1 */
  { 2026, 3, 1, 0, 0 },     /* s2: on `from` */
  { 2026, 3, 28, 23, 59 },  /* s3: last minute of the day before the change */
  { 2026, 3, 29, 0, 0 },    /* s4: the day of the change to summer time */
  { 2026, 3, 29, 23, 30 },  /* s5 */
  { 2026, 3, 30, 0, 30 },   /* s6: 00:30 on the day after the change */
  { 2026, 3, 31, 23, 59 },  /* s7 */
  { 2026, 4, 1, 0, 0 },     /* s8 */
  { 2026, 10, 25, 23, 30 }, /* s9: the day winter time comes back */
  { 2026, 10, 26, 0, 0 },   /* s10 */
  { 2026, 10, 26, 0, 30 },  /* s11: 00:30 on the day after the change */
};

static void
assert_held_between (TaStore    *store,
                     const char *from,
                     const char *to,
                     double      expected)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 31, 12, 0, 0);
  g_autoptr(TaInsights) insights = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_ALL, NULL);

  g_test_message ("period %s … %s", from, to);
  ta_test_insights_assert_value (insights, "sessions-held", expected);
  ta_test_insights_assert_value (insights, "mentoring-hours", expected);
}

/*
 * The edges of a period are local midnights, whatever the offset that
 * day: a session at 00:00 on `from` counts, one at 23:59 on `to` counts,
 * one at 00:00 the day after `to` does not; across both changes of
 * daylight saving time in 2026 (29 March, 25 October).
 */
static void
test_period_edges (Fixture       *fixture,
                   gconstpointer  data)
{
  TaStore *store = fixture->store;
  gint64 m = ta_test_add_person (store, "Edge Mentor", "edge-m@example.com", TA_ROLE_MENTOR, NULL);
  gint64 e = ta_test_add_person (store, "Edge Mentee", "edge-e@example.com", TA_ROLE_MENTEE, NULL);
  gint64 pair = ta_test_add_pairing (store, m, e, "status", TA_PAIRING_STATUS_ACTIVE,
                                     "started-on", "2026-01-01", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 31, 12, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (edge_sessions); i++)
    ta_test_add_held (store, pair, edge_sessions[i].year, edge_sessions[i].month, edge_sessions[i].day,
                      edge_sessions[i].hour, edge_sessions[i].minute, 60);

  assert_held_between (store, "2026-02-01", "2026-02-28", 1);   /* s1 */
  assert_held_between (store, "2026-03-01", "2026-03-28", 2);   /* s2 s3 */
  assert_held_between (store, "2026-03-30", "2026-04-05", 3);   /* s6 s7 s8 */
  assert_held_between (store, "2026-03-01", "2026-03-31", 6);   /* s2 … s7 */
  assert_held_between (store, "2026-03-29", "2026-03-29", 2);   /* s4 s5 */
  assert_held_between (store, "2026-10-01", "2026-10-25", 1);   /* s9 */
  assert_held_between (store, "2026-10-26", "2026-10-31", 2);   /* s10 s11 */

  /* Months are local months: s8 is April's although it is 31 March in UTC. */
  {
    g_autoptr(TaInsights) insights = ta_test_insights (store, "2026-03-15", "2026-04-30", now,
                                                       TA_INSIGHTS_GROUP_ALL, NULL);
    TaChart *chart = ta_insights_lookup_chart (insights, "sessions-per-month");

    ta_test_insights_assert_chart_categories (insights, "sessions-per-month", 2);
    if (chart != NULL && ta_chart_get_n_categories (chart) == 2)
      {
        ta_test_insights_check ("sessions-per-month", "March held", ta_chart_get_value (chart, 0, 0), 5);
        ta_test_insights_check ("sessions-per-month", "April held", ta_chart_get_value (chart, 0, 1), 1);
      }
  }

  /* A year: twelve months; one day: one month. */
  {
    g_autoptr(TaInsights) year = ta_test_insights (store, "2026-01-01", "2026-12-31", now,
                                                   TA_INSIGHTS_GROUP_ALL, NULL);
    g_autoptr(TaInsights) day = ta_test_insights (store, "2026-10-26", "2026-10-26", now,
                                                  TA_INSIGHTS_GROUP_ALL, NULL);
    g_autoptr(TaInsights) across = ta_test_insights (store, "2025-11-15", "2026-02-14", now,
                                                     TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_chart_categories (year, "sessions-per-month", 12);
    ta_test_insights_assert_value (year, "sessions-held", G_N_ELEMENTS (edge_sessions));
    ta_test_insights_assert_chart_categories (day, "sessions-per-month", 1);
    ta_test_insights_assert_chart_categories (across, "sessions-per-month", 4);
    ta_test_insights_assert_chart_categories (year, "match-rate-over-time", 12);
    ta_test_insights_assert_chart_categories (year, "attention-over-time", 12);
  }
}

/*
 * Learning, 2026-01-01 … 2026-06-30 (ratings mentor/mentee):
 *   L1 A–X: held 5/2 (learned: mentor "How the budget cycle works", mentee
 *           "Keyboard shortcuts"), held 4/2 (mentee "Prompting"), held
 *           unrated, a cancelled one with a mentor text (not held: no)
 *   L2 B–Y: held 3/4, held 3/- (mentor "Stakeholders"); outside the period
 *           held 1/5 (mentor "Old news")
 *   L3 C–Z: held 5/-, 4/-: the mentee never rated
 *   L4 D–W: held 1/3 (mentor "Procurement rules"), the latest
 * Mentors: 5 4 3 3 5 4 1 = 25/7 by 4 raters; mentees: 2 2 4 3 = 11/4 by 3.
 * Gap >= 2: L1 (4.5 vs 2), L4 (1 vs 3); not L2 (3 vs 4), not L3.
 * Reflections: mentors 3, mentees 2; five texts quoted, the latest first.
 */
static void
test_learning (Fixture       *fixture,
               gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  gint64 pair[5];
  TaChart *chart;

  for (int i = 1; i <= 4; i++)
    {
      g_autofree char *mentor_email = g_strdup_printf ("learn-m%d@example.com", i);
      g_autofree char *mentee_email = g_strdup_printf ("learn-e%d@example.com", i);
      gint64 mentor = ta_test_add_person (store, "Learning Mentor", mentor_email, TA_ROLE_MENTOR, NULL);
      gint64 mentee = ta_test_add_person (store, "Learning Mentee", mentee_email, TA_ROLE_MENTEE, NULL);

      pair[i] = ta_test_add_pairing (store, mentor, mentee, "status", TA_PAIRING_STATUS_ACTIVE,
                                     "started-on", "2025-09-01", NULL);
    }

  ta_test_add_rated (store, pair[1], 2026, 1, 10, 5, 2, "How the budget cycle works", "Keyboard shortcuts");
  ta_test_add_rated (store, pair[1], 2026, 2, 10, 4, 2, NULL, "Prompting");
  ta_test_add_rated (store, pair[1], 2026, 3, 10, 0, 0, NULL, NULL);
  {
    g_autoptr(GDateTime) start = g_date_time_new_local (2026, 3, 17, 10, 0, 0);

    ta_test_add_session (store, pair[1], start, 60, "status", TA_SESSION_STATUS_CANCELLED,
                         "cancelled-by", (gint64) TA_SESSION_CANCELLED_BY_FACILITATOR,
                         "cancel-reason", "Snow", "mentor-learned", "Not held, not counted", NULL);
  }
  ta_test_add_rated (store, pair[2], 2026, 1, 12, 3, 4, NULL, NULL);
  ta_test_add_rated (store, pair[2], 2026, 4, 12, 3, 0, "Stakeholders", NULL);
  ta_test_add_rated (store, pair[2], 2025, 12, 31, 1, 5, "Old news", NULL);
  ta_test_add_rated (store, pair[3], 2026, 2, 3, 5, 0, NULL, NULL);
  ta_test_add_rated (store, pair[3], 2026, 3, 3, 4, 0, NULL, NULL);
  ta_test_add_rated (store, pair[4], 2026, 6, 1, 1, 3, "Procurement rules", NULL);

  insights = ta_test_insights (store, "2026-01-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_ratio (insights, "average-rating-by-mentors", 25.0 / 7.0, 25, 7);
  ta_test_insights_assert_n_people (insights, "average-rating-by-mentors", 4);
  ta_test_insights_assert_ratio (insights, "average-rating-by-mentees", 11.0 / 4.0, 11, 4);
  ta_test_insights_assert_n_people (insights, "average-rating-by-mentees", 3);
  ta_test_insights_assert_value (insights, "pairs-rating-gap", 2);
  ta_test_insights_assert_subjects (insights, "pairs-rating-gap", (const gint64[]) { pair[1], pair[4] }, 2);
  ta_test_insights_assert_value (insights, "reflections-by-mentors", 3);
  ta_test_insights_assert_value (insights, "reflections-by-mentees", 2);
  {
    TaFigure *figure = ta_test_insights_figure (insights, "average-rating-by-mentors");

    if (figure != NULL)
      g_assert_cmpfloat_with_epsilon (ta_figure_get_target (figure), 4.0, 1e-9);
  }

  chart = ta_insights_lookup_chart (insights, "ratings-by-side");
  ta_test_insights_assert_chart_categories (insights, "ratings-by-side", 5);
  if (chart != NULL && ta_chart_get_n_series (chart) == 2 && ta_chart_get_n_categories (chart) == 5)
    {
      static const double mentors[] = { 1, 0, 2, 2, 2 };
      static const double mentees[] = { 0, 2, 1, 1, 0 };

      for (guint c = 0; c < 5; c++)
        {
          ta_test_insights_check ("ratings-by-side", "mentors", ta_chart_get_value (chart, 0, c), mentors[c]);
          ta_test_insights_check ("ratings-by-side", "mentees", ta_chart_get_value (chart, 1, c), mentees[c]);
        }
    }
  else
    g_assert_cmpuint (chart != NULL ? ta_chart_get_n_series (chart) : 0, ==, 2);

  /* Quoted: the texts of held sessions in the period, the latest first. */
  ta_test_insights_assert_rows (insights, "recent-reflections", 5);
  ta_test_insights_assert_cell_quotes (insights, "recent-reflections", 0, 2, "Procurement rules");
  ta_test_insights_assert_cell_quotes (insights, "recent-reflections", 1, 2, "Stakeholders");
  ta_test_insights_assert_cell_quotes (insights, "recent-reflections", 2, 2, "Prompting");
  ta_test_insights_assert_column_lacks (insights, "recent-reflections", 2, "Old news");
  ta_test_insights_assert_column_lacks (insights, "recent-reflections", 2, "Not held, not counted");
}


/*
 * The research board, 2026-01-01 … 2026-06-30: T1 presented at a held
 * lunch & learn on 03-10 (4 attendees), T2 at a planned one on 04-10, T3
 * at a held one in 2025, T4 never scheduled: topics-presented 1 (T1).
 */
static void
test_board (Fixture       *fixture,
            gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  gint64 people[4];
  gint64 topics[5];
  gint64 sessions[4];
  guint n_topics = 0;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *email = g_strdup_printf ("board%u@example.com", i);

      people[i] = ta_test_add_person (store, "Board Person", email, i < 2 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE, NULL);
    }
  sessions[1] = ta_test_add_group (store, TA_SESSION_KIND_LUNCH_AND_LEARN, 2026, 3, 10, 60,
                                   TA_SESSION_STATUS_HELD, TA_SESSION_CANCELLED_BY_NOBODY, people, 4);
  sessions[2] = ta_test_add_group (store, TA_SESSION_KIND_LUNCH_AND_LEARN, 2026, 4, 10, 60,
                                   TA_SESSION_STATUS_PLANNED, TA_SESSION_CANCELLED_BY_NOBODY, people, 4);
  sessions[3] = ta_test_add_group (store, TA_SESSION_KIND_LUNCH_AND_LEARN, 2025, 11, 10, 60,
                                   TA_SESSION_STATUS_HELD, TA_SESSION_CANCELLED_BY_NOBODY, people, 4);

  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *title = g_strdup_printf ("Topic %u", i);
      g_autoptr(TaTopic) topic = ta_topic_new (title);
      g_autoptr(GError) error = NULL;

      ta_topic_set_stage (topic, i == 4 ? TA_TOPIC_STAGE_RESEARCHING : TA_TOPIC_STAGE_PRESENTED);
      ta_topic_set_researchers (topic, &people[0], 1);
      if (i < 4)
        ta_topic_set_session_id (topic, sessions[i]);
      if (i == 1)
        ta_topic_set_outcome (topic, "IT will pilot passkeys");
      g_assert_true (ta_store_add_topic (store, topic, &error));
      g_assert_no_error (error);
      topics[i] = ta_topic_get_id (topic);
      n_topics++;
    }

  insights = ta_test_insights (store, "2026-01-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_value (insights, "topics-presented", 1);
  ta_test_insights_assert_subjects (insights, "topics-presented", (const gint64[]) { topics[1] }, 1);
  ta_test_insights_assert_rows (insights, "presented-topics", 1);
  ta_test_insights_assert_cell (insights, "presented-topics", 0, 0, "Topic 1");
  ta_test_insights_assert_row_has (insights, "presented-topics", 0, "4");
  ta_test_insights_assert_row_has (insights, "presented-topics", 0, "IT will pilot passkeys");
  g_assert_cmpuint (ta_test_insights_table_sum (insights, "topics-by-stage", 1), ==, n_topics);
}

int
main (int   argc,
      char *argv[])
{
  ta_test_insights_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/insights/" path, Fixture, NULL, ta_test_insights_fixture_set_up, func, \
              ta_test_insights_fixture_tear_down)

  ADD ("sessions", test_sessions);
  ADD ("period-edges", test_period_edges);
  ADD ("learning", test_learning);
  ADD ("board", test_board);

#undef ADD

  return g_test_run ();
}
