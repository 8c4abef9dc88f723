/* test-insights.c - every figure of Insights on programmes whose answers
 * are worked out by hand from /work/insights-definitions.md
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights"

#include <json-glib/json-glib.h>
#include <math.h>

#include "ta-insights.h"
#include "ta-momentum.h"
#include "ta-test-insights.h"

/*
 * Each test builds a small programme and states the figures it expects,
 * computed by hand in the comments (the sessions, their edges in time,
 * learning and the board are in test-insights-sessions.c).  Local time is
 * Europe/Brussels (ta_test_insights_init()).
 *
 * People are stamped with the real time when they are added (created_at),
 * and a person who leaves with today's date: figures about people are
 * measured over periods around today.  Everything else uses fixed dates
 * in 2025–2026 and an explicit query.now.
 */

typedef TaTestInsightsFixture Fixture;

/* Every figure, chart and table the definitions list. */
static const char * const figure_keys[] = {
  "active-participants", "active-mentors", "active-mentees", "active-both", "mentor-mentee-ratio",
  "participants-new", "participants-left",
  "match-rate", "match-rate-mentors", "match-rate-mentees", "time-to-match",
  "pairs-activated", "pairs-without-session",
  "engagement-rate", "sessions-per-pair-month",
  "sessions-held", "sessions-cancelled", "sessions-no-show", "sessions-planned",
  "sessions-cancelled-by-mentor", "sessions-cancelled-by-mentee", "sessions-cancelled-by-facilitator",
  "senior-cancellation-share", "completion-rate", "mentoring-hours",
  "reflections-by-mentors", "reflections-by-mentees", "average-rating-by-mentors",
  "average-rating-by-mentees", "pairs-rating-gap",
  "goals-set", "goals-done", "pairs-with-goals",
  "pairs-completed", "pairs-ended-early", "retention-rate",
  "topics-presented",
  "pairs-needing-attention",
};

static const char * const chart_keys[] = {
  "held-per-pair", "sessions-per-month", "ratings-by-side", "attention-over-time", "match-rate-over-time",
};

static const char * const table_keys[] = {
  "formats", "recent-reflections", "end-reasons", "topics-by-stage", "presented-topics", "topic-ideas",
};

/* Counts of nothing are 0; shares, ratios, averages and medians of
 * nothing are NAN. */
static const char * const zero_when_empty[] = {
  "active-participants", "active-mentors", "active-mentees", "active-both", "participants-new",
  "participants-left", "pairs-without-session", "sessions-held", "sessions-cancelled",
  "sessions-no-show", "sessions-planned", "sessions-cancelled-by-mentor", "sessions-cancelled-by-mentee",
  "sessions-cancelled-by-facilitator", "mentoring-hours", "reflections-by-mentors",
  "reflections-by-mentees", "pairs-rating-gap", "goals-set", "goals-done", "pairs-completed",
  "pairs-ended-early", "topics-presented", "pairs-needing-attention",
};

static const char * const nan_when_empty[] = {
  "mentor-mentee-ratio", "match-rate", "match-rate-mentors", "match-rate-mentees", "time-to-match",
  "pairs-activated", "engagement-rate", "sessions-per-pair-month", "senior-cancellation-share",
  "completion-rate", "average-rating-by-mentors", "average-rating-by-mentees", "pairs-with-goals",
  "retention-rate",
};

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 15, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  g_auto(GStrv) departments = NULL;
  GDate from, to;

  insights = ta_test_insights (fixture->store, "2026-01-01", "2026-12-31", now, TA_INSIGHTS_GROUP_ALL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (figure_keys); i++)
    {
      TaFigure *figure = ta_test_insights_figure (insights, figure_keys[i]);

      if (figure != NULL)
        g_assert_nonnull (ta_figure_get_definition (figure));
    }
  for (guint i = 0; i < G_N_ELEMENTS (zero_when_empty); i++)
    ta_test_insights_assert_value (insights, zero_when_empty[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (nan_when_empty); i++)
    ta_test_insights_assert_value (insights, nan_when_empty[i], NAN);
  ta_test_insights_assert_subjects (insights, "match-rate", NULL, 0);
  ta_test_insights_assert_subjects (insights, "pairs-without-session", NULL, 0);

  /* Charts: their categories, and nothing in them. */
  for (guint i = 0; i < G_N_ELEMENTS (chart_keys); i++)
    {
      TaChart *chart = ta_insights_lookup_chart (insights, chart_keys[i]);

      g_assert_nonnull (chart);
      if (chart == NULL)
        continue;
      for (guint s = 0; s < ta_chart_get_n_series (chart); s++)
        for (guint c = 0; c < ta_chart_get_n_categories (chart); c++)
          {
            double value = ta_chart_get_value (chart, s, c);

            if (!isnan (value) && value != 0)
              g_test_message ("%s: series %u, category %u is %g in an empty programme", chart_keys[i], s, c, value);
            g_assert_true (isnan (value) || value == 0);
          }
    }
  ta_test_insights_assert_chart_categories (insights, "sessions-per-month", 12);
  ta_test_insights_assert_chart_categories (insights, "held-per-pair", 7);
  ta_test_insights_assert_chart_categories (insights, "ratings-by-side", 5);
  for (guint i = 0; i < G_N_ELEMENTS (table_keys); i++)
    g_assert_nonnull (ta_insights_lookup_table (insights, table_keys[i]));
  ta_test_insights_assert_rows (insights, "recent-reflections", 0);
  ta_test_insights_assert_rows (insights, "end-reasons", 0);
  ta_test_insights_assert_rows (insights, "presented-topics", 0);
  ta_test_insights_assert_rows (insights, "topic-ideas", 0);

  /* The JSON of nothing is still JSON. */
  json_node_unref (ta_test_insights_parse_json (insights, TRUE));

  /* An empty programme's year is the calendar year. */
  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  {
    GDate today;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, 15, G_DATE_JUNE, 2026);
    g_assert_true (ta_store_get_programme_year (fixture->store, &today, &from, &to, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_date_get_year (&from), ==, 2026);
    g_assert_cmpint (g_date_get_month (&from), ==, G_DATE_JANUARY);
    g_assert_cmpint (g_date_get_day (&from), ==, 1);
    g_assert_cmpint (g_date_get_year (&to), ==, 2026);
    g_assert_cmpint (g_date_get_month (&to), ==, G_DATE_DECEMBER);
    g_assert_cmpint (g_date_get_day (&to), ==, 31);
  }
  departments = ta_store_list_insights_groups (fixture->store, TA_INSIGHTS_GROUP_DEPARTMENT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (departments);
  g_assert_cmpuint (g_strv_length (departments), ==, 0);
}

/*
 * Participation, measured around today (people are created now):
 *   mentors M1, M2; mentees E1, E2, E3; E4 paused (still a participant);
 *   B1 both; L1 a mentor who leaves today.
 * Period today-30 … today+30: active 7 (2 mentors, 4 mentees, 1 both),
 *   ratio (2+1)/(4+1) = 0.6, new 8 (everyone, L1 too), left 1 (L1).
 * Period today+1 … today+60: active 7, new 0, left 0.
 * Period today-30 … today-1 and 2020: nobody had joined: all 0.
 */
static void
test_participation (Fixture       *fixture,
                    gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = ta_test_local_day (0, 12);
  g_autoptr(TaParticipant) leaver = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *day_minus_30 = ta_test_local_date (-30);
  g_autofree char *day_minus_1 = ta_test_local_date (-1);
  g_autofree char *day_plus_1 = ta_test_local_date (1);
  g_autofree char *day_plus_30 = ta_test_local_date (30);
  g_autofree char *day_plus_60 = ta_test_local_date (60);
  gint64 l1;

  ta_test_add_person (store, "Mina Mentor", "m1@example.com", TA_ROLE_MENTOR, NULL);
  ta_test_add_person (store, "Marc Mentor", "m2@example.com", TA_ROLE_MENTOR, NULL);
  ta_test_add_person (store, "Eva Mentee", "e1@example.com", TA_ROLE_MENTEE, NULL);
  ta_test_add_person (store, "Emil Mentee", "e2@example.com", TA_ROLE_MENTEE, NULL);
  ta_test_add_person (store, "Ella Mentee", "e3@example.com", TA_ROLE_MENTEE, NULL);
  ta_test_add_person (store, "Egon Mentee", "e4@example.com", TA_ROLE_MENTEE,
                      "status", TA_PARTICIPANT_STATUS_PAUSED, NULL);
  ta_test_add_person (store, "Bo Both", "b1@example.com", TA_ROLE_BOTH, NULL);
  leaver = ta_test_add_participant (store, "Lea Leaver", "l1@example.com", TA_ROLE_MENTOR, NULL);
  l1 = ta_participant_get_id (leaver);

  /* Leaving is an edit of the person, as the programme makes it. */
  ta_participant_set_status (leaver, TA_PARTICIPANT_STATUS_LEFT);
  g_assert_true (ta_store_update_participant (store, leaver, &error));
  g_assert_no_error (error);

  {
    g_autoptr(TaInsights) insights = ta_test_insights (store, day_minus_30, day_plus_30, now,
                                                       TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_value (insights, "active-participants", 7);
    ta_test_insights_assert_value (insights, "active-mentors", 2);
    ta_test_insights_assert_value (insights, "active-mentees", 4);
    ta_test_insights_assert_value (insights, "active-both", 1);
    ta_test_insights_assert_value (insights, "mentor-mentee-ratio", 0.6);
    ta_test_insights_assert_value (insights, "participants-new", 8);
    ta_test_insights_assert_value (insights, "participants-left", 1);
    ta_test_insights_assert_subjects (insights, "participants-left", (const gint64[]) { l1 }, 1);
    ta_test_insights_assert_n_people (insights, "active-participants", 7);
  }

  {
    g_autoptr(TaInsights) insights = ta_test_insights (store, day_plus_1, day_plus_60, now,
                                                       TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_value (insights, "active-participants", 7);
    ta_test_insights_assert_value (insights, "participants-new", 0);
    ta_test_insights_assert_value (insights, "participants-left", 0);
  }

  {
    g_autoptr(TaInsights) insights = ta_test_insights (store, day_minus_30, day_minus_1, now,
                                                       TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_value (insights, "active-participants", 0);
    ta_test_insights_assert_value (insights, "participants-new", 0);
    ta_test_insights_assert_value (insights, "participants-left", 0);
    ta_test_insights_assert_value (insights, "mentor-mentee-ratio", NAN);
  }

  /* The programme began today, with its first participant: its year runs
   * from today to the day before the anniversary; a day 400 days on is
   * in its second year. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) year_error = NULL;
      GDate day, from, to, expected_from, expected_to;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
      expected_from = day;
      g_date_add_years (&expected_from, i);
      expected_to = expected_from;
      g_date_add_years (&expected_to, 1);
      g_date_subtract_days (&expected_to, 1);
      g_date_add_days (&day, i == 0 ? 0 : 400);
      g_assert_true (ta_store_get_programme_year (store, &day, &from, &to, &year_error));
      g_assert_no_error (year_error);
      ta_test_insights_assert_same_day (&from, &expected_from);
      ta_test_insights_assert_same_day (&to, &expected_to);
    }

  /* Asked for by name, the programme year is found with the figures,
   * whatever days the query carried. */
  {
    g_autoptr(GError) year_error = NULL;
    g_autoptr(TaInsights) insights = NULL;
    TaInsightsQuery query;
    GDate today, expected_from, expected_to;

    g_date_clear (&today, 1);
    g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
    ta_insights_query_init (&query, &today, &today);
    g_date_subtract_days (&query.from, 3000);
    query.programme_year = TRUE;
    insights = ta_store_compute_insights (store, &query, &year_error);
    g_assert_no_error (year_error);
    g_assert_nonnull (insights);
    g_assert_true (ta_store_get_programme_year (store, &today, &expected_from, &expected_to, &year_error));
    ta_test_insights_assert_same_day (ta_insights_get_from (insights), &expected_from);
    ta_test_insights_assert_same_day (ta_insights_get_to (insights), &expected_to);
  }

  {
    g_autoptr(GDateTime) then = g_date_time_new_local (2020, 12, 31, 12, 0, 0);
    g_autoptr(TaInsights) insights = ta_test_insights (store, "2020-01-01", "2020-12-31", then,
                                                       TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_value (insights, "active-participants", 0);
    ta_test_insights_assert_value (insights, "participants-new", 0);
    ta_test_insights_assert_value (insights, "participants-left", 0);
  }
}

/*
 * Match rate, around today: ten active people.
 *   mentors R1–R4, R5 both; mentees E1–E5.
 *   P1 R1–E1 active since today-20; P2 R2–E2 paused since today+4;
 *   P3 R5–E3 active since today+10; P4 R3–E4 completed (today-100 …
 *   today-40); P5 R4–E5 proposed.
 * Period today-30 … today+30:
 *   match-rate 6/10 (R1 E1 R2 E2 R5 E3), the rest (R3 R4 E4 E5) behind it;
 *   mentors (R1–R5) 3/5; mentees (E1–E5, R5) 4/6.
 *   time-to-match: pairs started in the period P1 P2 P3, days from each
 *   person's creation (today): 0 0 (clamped) 4 4 10 10 -> median 4.
 */
static void
test_match_rate (Fixture       *fixture,
                 gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = ta_test_local_day (0, 12);
  g_autofree char *day_minus_100 = ta_test_local_date (-100);
  g_autofree char *day_minus_40 = ta_test_local_date (-40);
  g_autofree char *day_minus_30 = ta_test_local_date (-30);
  g_autofree char *day_minus_20 = ta_test_local_date (-20);
  g_autofree char *day_plus_4 = ta_test_local_date (4);
  g_autofree char *day_plus_10 = ta_test_local_date (10);
  g_autofree char *day_plus_30 = ta_test_local_date (30);
  g_autoptr(TaInsights) insights = NULL;
  gint64 r[6], e[6];

  for (int i = 1; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Mentor %d", i);
      g_autofree char *email = g_strdup_printf ("r%d@example.com", i);
      g_autofree char *mentee_name = g_strdup_printf ("Mentee %d", i);
      g_autofree char *mentee_email = g_strdup_printf ("e%d@example.com", i);

      r[i] = ta_test_add_person (store, name, email, i == 5 ? TA_ROLE_BOTH : TA_ROLE_MENTOR, NULL);
      e[i] = ta_test_add_person (store, mentee_name, mentee_email, TA_ROLE_MENTEE, NULL);
    }

  ta_test_add_pairing (store, r[1], e[1], "status", TA_PAIRING_STATUS_ACTIVE, "started-on", day_minus_20, NULL);
  ta_test_add_pairing (store, r[2], e[2], "status", TA_PAIRING_STATUS_PAUSED, "started-on", day_plus_4, NULL);
  ta_test_add_pairing (store, r[5], e[3], "status", TA_PAIRING_STATUS_ACTIVE, "started-on", day_plus_10, NULL);
  ta_test_add_pairing (store, r[3], e[4], "status", TA_PAIRING_STATUS_COMPLETED,
                       "started-on", day_minus_100, "ended-on", day_minus_40, NULL);
  ta_test_add_pairing (store, r[4], e[5], NULL);

  insights = ta_test_insights (store, day_minus_30, day_plus_30, now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_ratio (insights, "match-rate", 0.6, 6, 10);
  ta_test_insights_assert_subjects (insights, "match-rate", (const gint64[]) { r[3], r[4], e[4], e[5] }, 4);
  ta_test_insights_assert_n_people (insights, "match-rate", 10);
  ta_test_insights_assert_ratio (insights, "match-rate-mentors", 0.6, 3, 5);
  ta_test_insights_assert_ratio (insights, "match-rate-mentees", 4.0 / 6.0, 4, 6);
  ta_test_insights_assert_value (insights, "time-to-match", 4);
  {
    TaFigure *figure = ta_test_insights_figure (insights, "match-rate");

    if (figure != NULL)
      {
        g_assert_cmpfloat_with_epsilon (ta_figure_get_target (figure), 0.7, 1e-9);
        g_assert_nonnull (ta_figure_get_target_label (figure));
        g_assert_false (ta_figure_meets_target (figure));
      }
  }
  }

/*
 * Pairs that start and end, 2026-01-01 … 2026-06-30:
 *   Q1 completed 02-01 … 05-15, goals 2 (1 done)
 *   Q2 ended early 02-10 … 04-01 "Moved to another country", goal 1 (done)
 *   Q3 ended early 2025-11-01 … 2026-01-01 (on `from`) "Moved to another country"
 *   Q4 ended early 01-05 … 06-30 (on `to`) "Workload"
 *   Q5 completed 2025-06-01 … 2025-12-31: before the period, goals 3
 *   Q6 completed 03-01 … 07-15: still running at the end, goal 1
 *   Q7 active since 01-10
 *   Q8 proposed, goals 2
 *   Q9 ended early 02-01 … 07-02 "Other": after the period
 * Retention: completed 1 (Q1), ended early 3 (Q2 Q3 Q4), rate 1/4;
 *   reasons: "Moved to another country" 2, "Workload" 1.
 * Goals of the pairs running in the period (Q1 Q2 Q3 Q4 Q6 Q7 Q9):
 *   set 4, done 2, pairs with goals 3/7.
 */
static void
test_retention_and_goals (Fixture       *fixture,
                          gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 18, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  gint64 mentor = ta_test_add_person (store, "Busy Mentor", "busy@example.com", TA_ROLE_MENTOR,
                                      "capacity", 20, NULL);
  static const struct
  {
    TaPairingStatus  status;
    const char      *started_on;
    const char      *ended_on;
    const char      *reason;
    guint            n_goals;
    guint            n_done;
  } pairs[] = {
    { TA_PAIRING_STATUS_COMPLETED, "2026-02-01", "2026-05-15", NULL, 2, 1 },
    { TA_PAIRING_STATUS_ENDED, "2026-02-10", "2026-04-01", "Moved to another country", 1, 1 },
    { TA_PAIRING_STATUS_ENDED, "2025-11-01", "2026-01-01", "Moved to another country", 0, 0 },
    { TA_PAIRING_STATUS_ENDED, "2026-01-05", "2026-06-30", "Workload", 0, 0 },
    { TA_PAIRING_STATUS_COMPLETED, "2025-06-01", "2025-12-31", NULL, 3, 3 },
    { TA_PAIRING_STATUS_COMPLETED, "2026-03-01", "2026-07-15", NULL, 1, 0 },
    { TA_PAIRING_STATUS_ACTIVE, "2026-01-10", NULL, NULL, 0, 0 },
    { TA_PAIRING_STATUS_PROPOSED, NULL, NULL, NULL, 2, 0 },
    { TA_PAIRING_STATUS_ENDED, "2026-02-01", "2026-07-02", "Other", 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *name = g_strdup_printf ("Mentee %u", i + 1);
      g_autofree char *email = g_strdup_printf ("q%u@example.com", i + 1);
      gint64 mentee = ta_test_add_person (store, name, email, TA_ROLE_MENTEE, NULL);
      g_autoptr(TaPairing) pairing = ta_pairing_new (mentor, mentee);
      g_autoptr(GError) error = NULL;

      ta_pairing_set_status (pairing, pairs[i].status);
      ta_pairing_set_started_on (pairing, pairs[i].started_on);
      ta_pairing_set_ended_on (pairing, pairs[i].ended_on);
      ta_pairing_set_end_reason (pairing, pairs[i].reason);
      for (guint g = 0; g < pairs[i].n_goals; g++)
        {
          g_autofree char *title = g_strdup_printf ("Goal %u", g + 1);
          g_autoptr(TaGoal) goal = ta_goal_new (title, g < pairs[i].n_done);

          g_list_store_append (ta_pairing_get_goals (pairing), goal);
        }
      g_assert_true (ta_store_add_pairing (store, pairing, &error));
      g_assert_no_error (error);
    }

  insights = ta_test_insights (store, "2026-01-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_value (insights, "pairs-completed", 1);
  ta_test_insights_assert_value (insights, "pairs-ended-early", 3);
  ta_test_insights_assert_ratio (insights, "retention-rate", 0.25, 1, 4);
  ta_test_insights_assert_rows (insights, "end-reasons", 2);
  ta_test_insights_assert_cell (insights, "end-reasons", 0, 0, "Moved to another country");
  ta_test_insights_assert_cell (insights, "end-reasons", 0, 1, "2");
  ta_test_insights_assert_cell (insights, "end-reasons", 1, 0, "Workload");
  ta_test_insights_assert_cell (insights, "end-reasons", 1, 1, "1");
  ta_test_insights_assert_value (insights, "goals-set", 4);
  ta_test_insights_assert_value (insights, "goals-done", 2);
  ta_test_insights_assert_ratio (insights, "pairs-with-goals", 3.0 / 7.0, 3, 7);
}

/*
 * Activation and engagement, 2026-01-01 … 2026-06-30, now 06-30 12:00:
 *   A1 active from 01-10: held 02-08 (day 29), 03-01, 03-15, 04-01, 04-15,
 *      05-01, 06-15                      -> activated, engaged, 7 held
 *   A2 active from 01-10: held 02-09 10:00 (day 30: too late), 05-31
 *      11:59 (a minute before the last 30 days), 06-30 13:00 (after now)
 *                                        -> not activated, not engaged, 3
 *   A3 active from 06-01: planned 06-20  -> without a session, 0
 *   A4 active from 06-15: nothing        -> too young to be listed, 0
 *   A5 active from 2025-10-01: held 2025-10-20, 2026-05-31 12:00
 *                                        -> engaged (the window's first instant), 1
 *   A6 completed 2025-09-01 … 2026-03-01: held 02-15   -> not live
 *   A7 completed 02-01 … 07-15: held 02-01 10:00, 06-25 -> live, activated, engaged, 2
 *   A8 paused from 03-01: nothing        -> without a session, 0
 *   A9 proposed
 * pairs-activated: started in the period A1 A2 A3 A4 A7 A8: 2/6.
 * pairs-without-session: live and started by 06-09: A3 A8.
 * engagement: live A1 A2 A3 A4 A5 A7 A8: engaged A1 A5 A7: 3/7.
 * held per pair: 0: 3 (A3 A4 A8), 1: 1, 2: 1, 3: 1, 6+: 1.
 * per pair-month: 14 held one-on-ones over 903 pair-days / 30.4375.
 */
static void
test_activation_engagement (Fixture       *fixture,
                            gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(GPtrArray) alerts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor = ta_test_add_person (store, "Many Pairs", "many@example.com", TA_ROLE_MENTOR,
                                      "capacity", 20, NULL);
  gint64 a[10];
  static const struct
  {
    TaPairingStatus  status;
    const char      *started_on;
    const char      *ended_on;
  } pairs[] = {
    { TA_PAIRING_STATUS_ACTIVE, "2026-01-10", NULL },
    { TA_PAIRING_STATUS_ACTIVE, "2026-01-10", NULL },
    { TA_PAIRING_STATUS_ACTIVE, "2026-06-01", NULL },
    { TA_PAIRING_STATUS_ACTIVE, "2026-06-15", NULL },
    { TA_PAIRING_STATUS_ACTIVE, "2025-10-01", NULL },
    { TA_PAIRING_STATUS_COMPLETED, "2025-09-01", "2026-03-01" },
    { TA_PAIRING_STATUS_COMPLETED, "2026-02-01", "2026-07-15" },
    { TA_PAIRING_STATUS_PAUSED, "2026-03-01", NULL },
    { TA_PAIRING_STATUS_PROPOSED, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *email = g_strdup_printf ("a%u@example.com", i + 1);
      gint64 mentee = ta_test_add_person (store, "Activation Mentee", email, TA_ROLE_MENTEE, NULL);

      a[i + 1] = ta_test_add_pairing (store, mentor, mentee, "status", pairs[i].status,
                                      "started-on", pairs[i].started_on, "ended-on", pairs[i].ended_on, NULL);
    }

  ta_test_add_held (store, a[1], 2026, 2, 8, 23, 0, 60);
  ta_test_add_held (store, a[1], 2026, 3, 1, 10, 0, 60);
  ta_test_add_held (store, a[1], 2026, 3, 15, 10, 0, 60);
  ta_test_add_held (store, a[1], 2026, 4, 1, 10, 0, 60);
  ta_test_add_held (store, a[1], 2026, 4, 15, 10, 0, 60);
  ta_test_add_held (store, a[1], 2026, 5, 1, 10, 0, 60);
  ta_test_add_held (store, a[1], 2026, 6, 15, 10, 0, 60);
  ta_test_add_held (store, a[2], 2026, 2, 9, 10, 0, 60);
  ta_test_add_held (store, a[2], 2026, 5, 31, 11, 59, 60);
  ta_test_add_held (store, a[2], 2026, 6, 30, 13, 0, 60);
  ta_test_add_status (store, a[3], 2026, 6, 20, TA_SESSION_STATUS_PLANNED);
  ta_test_add_held (store, a[5], 2025, 10, 20, 10, 0, 60);
  ta_test_add_held (store, a[5], 2026, 5, 31, 12, 0, 60);
  ta_test_add_held (store, a[6], 2026, 2, 15, 10, 0, 60);
  ta_test_add_held (store, a[7], 2026, 2, 1, 10, 0, 60);
  ta_test_add_held (store, a[7], 2026, 6, 25, 10, 0, 60);

  insights = ta_test_insights (store, "2026-01-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  ta_test_insights_assert_ratio (insights, "pairs-activated", 2.0 / 6.0, 2, 6);
  ta_test_insights_assert_subjects (insights, "pairs-activated", (const gint64[]) { a[2], a[3], a[4], a[8] }, 4);
  ta_test_insights_assert_value (insights, "pairs-without-session", 2);
  ta_test_insights_assert_subjects (insights, "pairs-without-session", (const gint64[]) { a[3], a[8] }, 2);
  ta_test_insights_assert_ratio (insights, "engagement-rate", 3.0 / 7.0, 3, 7);
  ta_test_insights_assert_chart (insights, "held-per-pair", 0, (const double[]) { 3, 1, 1, 1, 0, 0, 1 }, 7);
  /* 903 pair-days counting both ends (A6's last day or not: 0.4719–0.4724). */
  {
    TaFigure *figure = ta_test_insights_figure (insights, "sessions-per-pair-month");

    if (figure != NULL)
      {
        g_test_message ("sessions-per-pair-month: %g", ta_figure_get_value (figure));
        g_assert_cmpfloat_with_epsilon (ta_figure_get_value (figure), 14 / (903 / 30.4375), 0.001);
      }
  }

  /* Live pairs without a held session in the 6 weeks before the end of
   * each month (now in June), started at least 6 weeks before:
   *   January (to 1 Feb): A5, A6 (live until 1 March)       2
   *   February (to 1 Mar): A5 (A1 A2 held; A7 too young)     1
   *   March (to 1 Apr): A2, A5, A7 (A8 too young)            3
   *   April (to 1 May): A2, A5, A7, A8                       4
   *   May (to 1 Jun): A7, A8 (A2 and A5 held on 31 May)      2
   *   June (to now): A8 (A3 A4 too young)                    1 */
  ta_test_insights_assert_chart (insights, "attention-over-time", 0, (const double[]) { 2, 1, 3, 4, 2, 1 }, 6);

  /* Momentum: the same alerts as the store's own evaluation at `now`. */
  alerts = ta_store_evaluate_momentum (store, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (alerts);
  if (alerts != NULL)
    ta_test_insights_assert_value (insights, "pairs-needing-attention", alerts->len);
}

/*
 * Whose figures, around today: Legal has 3 people (mentor L1, mentees
 * L2 L3, born 1999: Gen Z); Sales has S1 S2 (mentors, born 1970: Gen X),
 * S3 (mentee, 1970), S4 S5 (mentees, 1990: Millennials).
 * Pairs L1–L2, S1–L3, S2–S3; held one-on-ones 2, 1, 3; group discussions
 * held with S4+L2 and with S4+S5.
 *   everyone: 8 active, 8 held.
 *   Legal: 3 active (small), match 3/3, held 2 + 1 + 1 (S4+L2) = 4.
 *   Gen X: S1 S2 S3: 3 active (small), held 1 + 3 = 4.
 */
typedef struct
{
  gint64 legal[3];
  gint64 sales[5];
} Groups;

static void
add_groups (TaStore *store,
            Groups  *groups)
{
  g_autofree char *day_minus_20 = ta_test_local_date (-20);
  gint64 pairs[3];

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *email = g_strdup_printf ("legal%u@example.com", i);

      groups->legal[i] = ta_test_add_person (store, "Legal Person", email, i == 0 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                                             "department", "Legal", "birth-year", 1999, NULL);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *email = g_strdup_printf ("sales%u@example.com", i);

      groups->sales[i] = ta_test_add_person (store, "Sales Person", email, i < 2 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                                             "department", "Sales", "birth-year", i < 3 ? 1970 : 1990, NULL);
    }
  pairs[0] = ta_test_add_pairing (store, groups->legal[0], groups->legal[1], "status", TA_PAIRING_STATUS_ACTIVE,
                                  "started-on", day_minus_20, NULL);
  pairs[1] = ta_test_add_pairing (store, groups->sales[0], groups->legal[2], "status", TA_PAIRING_STATUS_ACTIVE,
                                  "started-on", day_minus_20, NULL);
  pairs[2] = ta_test_add_pairing (store, groups->sales[1], groups->sales[2], "status", TA_PAIRING_STATUS_ACTIVE,
                                  "started-on", day_minus_20, NULL);
  for (int day = -10; day < -8; day++)
    ta_test_add_held_near_today (store, pairs[0], day, TA_SESSION_KIND_ONE_ON_ONE, NULL, 0);
  ta_test_add_held_near_today (store, pairs[1], -7, TA_SESSION_KIND_ONE_ON_ONE, NULL, 0);
  for (int day = -6; day < -3; day++)
    ta_test_add_held_near_today (store, pairs[2], day, TA_SESSION_KIND_ONE_ON_ONE, NULL, 0);
  ta_test_add_held_near_today (store, 0, -2, TA_SESSION_KIND_GROUP_DISCUSSION,
                             (const gint64[]) { groups->sales[3], groups->legal[1] }, 2);
  ta_test_add_held_near_today (store, 0, -1, TA_SESSION_KIND_GROUP_DISCUSSION,
                             (const gint64[]) { groups->sales[3], groups->sales[4] }, 2);
}

static void
test_groups (Fixture       *fixture,
             gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = ta_test_local_day (0, 12);
  g_autofree char *from = ta_test_local_date (-30);
  g_autofree char *to = ta_test_local_date (30);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) departments = NULL;
  g_auto(GStrv) generations = NULL;
  Groups groups;

  add_groups (store, &groups);

  {
    g_autoptr(TaInsights) everyone = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_ALL, NULL);

    ta_test_insights_assert_value (everyone, "active-participants", 8);
    ta_test_insights_assert_value (everyone, "sessions-held", 8);
    ta_test_insights_assert_small (everyone, "active-participants", FALSE);
  }

  {
    g_autoptr(TaInsights) legal = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_DEPARTMENT, "Legal");

    g_assert_cmpstr (ta_insights_get_group_value (legal), ==, "Legal");
    ta_test_insights_assert_value (legal, "active-participants", 3);
    ta_test_insights_assert_value (legal, "active-mentors", 1);
    ta_test_insights_assert_value (legal, "active-mentees", 2);
    ta_test_insights_assert_small (legal, "active-participants", TRUE);
    ta_test_insights_assert_ratio (legal, "match-rate", 1, 3, 3);
    ta_test_insights_assert_small (legal, "match-rate", TRUE);
    ta_test_insights_assert_value (legal, "sessions-held", 4);
  }

  {
    g_autoptr(TaInsights) gen_x = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_GENERATION,
                                                    ta_generation_to_string (TA_GENERATION_GEN_X));

    ta_test_insights_assert_value (gen_x, "active-participants", 3);
    ta_test_insights_assert_small (gen_x, "active-participants", TRUE);
    ta_test_insights_assert_value (gen_x, "sessions-held", 4);
  }

  departments = ta_store_list_insights_groups (store, TA_INSIGHTS_GROUP_DEPARTMENT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (departments);
  if (departments != NULL)
    {
      g_assert_cmpuint (g_strv_length (departments), ==, 2);
      g_assert_cmpstr (departments[0], ==, "Legal");
      g_assert_cmpstr (departments[1], ==, "Sales");
    }
  generations = ta_store_list_insights_groups (store, TA_INSIGHTS_GROUP_GENERATION, &error);
  g_assert_no_error (error);
  g_assert_nonnull (generations);
  if (generations != NULL)
    {
      g_assert_cmpuint (g_strv_length (generations), ==, 3);
      g_assert_true (g_strv_contains ((const char * const *) generations,
                                      ta_generation_to_string (TA_GENERATION_GEN_X)));
      g_assert_true (g_strv_contains ((const char * const *) generations,
                                      ta_generation_to_string (TA_GENERATION_GEN_Z)));
    }
}

/* The figures for other tools: every key of the issue, NAN as null, and
 * the numbers of small groups left out when they leave the machine. */
static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = ta_test_local_day (0, 12);
  g_autofree char *from = ta_test_local_date (-30);
  g_autofree char *to = ta_test_local_date (30);
  static const char * const issue_keys[] = {
    "active-participants", "active-mentors", "active-mentees", "match-rate", "sessions-held",
    "sessions-cancelled", "sessions-no-show", "sessions-planned", "completion-rate", "mentoring-hours",
    "goals-set", "goals-done", "pairs-completed", "pairs-ended-early", "topics-presented",
    "average-rating-by-mentors", "average-rating-by-mentees",
  };
  Groups groups;

  add_groups (store, &groups);

  {
    g_autoptr(TaInsights) everyone = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_ALL, NULL);
    g_autoptr(JsonNode) root = ta_test_insights_parse_json (everyone, TRUE);
    JsonObject *object = json_node_get_object (root);
    JsonObject *figure;

    g_assert_cmpstr (json_object_get_string_member (object, "programme"), ==, "Test programme");
    g_assert_cmpstr (json_object_get_string_member (object, "from"), ==, from);
    g_assert_cmpstr (json_object_get_string_member (object, "to"), ==, to);
    g_assert_true (json_object_has_member (object, "group"));
    g_assert_true (json_object_get_null_member (object, "group"));
    for (guint i = 0; i < G_N_ELEMENTS (issue_keys); i++)
      {
        figure = ta_test_json_figure (root, issue_keys[i]);
        g_assert_nonnull (figure);
        if (figure == NULL)
          continue;
        for (guint m = 0; m < 7; m++)
          {
            static const char * const members[] = {
              "key", "title", "value", "numerator", "denominator", "definition", "unit",
            };

            if (!json_object_has_member (figure, members[m]))
              g_test_message ("%s has no %s", issue_keys[i], members[m]);
            g_assert_true (json_object_has_member (figure, members[m]));
          }
        /* How it was computed quotes the numbers: not for fewer than 5 people. */
        if (json_object_get_boolean_member_with_default (figure, "small", FALSE))
          g_assert_null (json_object_get_string_member_with_default (figure, "computation", NULL));
        else
          g_assert_nonnull (json_object_get_string_member_with_default (figure, "computation", NULL));
      }

    /* 8 people: not small. */
    figure = ta_test_json_figure (root, "active-participants");
    if (figure != NULL)
      {
        g_assert_cmpfloat (json_object_get_double_member (figure, "value"), ==, 8);
        g_assert_false (json_object_has_member (figure, "small") &&
                        json_object_get_boolean_member (figure, "small"));
      }
    /* 3 mentors (L1 S1 S2): "fewer than 5" outside the machine. */
    figure = ta_test_json_figure (root, "active-mentors");
    if (figure != NULL)
      {
        g_assert_true (json_object_get_boolean_member_with_default (figure, "small", FALSE));
        g_assert_true (json_object_get_null_member (figure, "value"));
      }
    /* A count has no denominator (NAN): null. */
    figure = ta_test_json_figure (root, "sessions-held");
    if (figure != NULL)
      {
        g_assert_cmpfloat (json_object_get_double_member (figure, "value"), ==, 8);
        g_assert_true (json_object_get_null_member (figure, "denominator"));
      }
    /* Nothing cancelled: the senior side's share of nothing is null. */
    figure = ta_test_json_figure (root, "senior-cancellation-share");
    if (figure != NULL)
      g_assert_true (json_object_get_null_member (figure, "value"));
    /* A published target. */
    figure = ta_test_json_figure (root, "match-rate");
    if (figure != NULL)
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (figure, "target"), 0.7, 1e-9);
  }

  {
    g_autoptr(TaInsights) legal = ta_test_insights (store, from, to, now, TA_INSIGHTS_GROUP_DEPARTMENT, "Legal");
    g_autoptr(JsonNode) outside = ta_test_insights_parse_json (legal, TRUE);
    g_autoptr(JsonNode) inside = ta_test_insights_parse_json (legal, FALSE);
    JsonObject *group = json_object_get_object_member (json_node_get_object (outside), "group");
    JsonObject *figure;

    g_assert_nonnull (group);
    if (group != NULL)
      g_assert_cmpstr (json_object_get_string_member (group, "value"), ==, "Legal");

    /* 3 people: "fewer than 5" outside the machine. */
    figure = ta_test_json_figure (outside, "active-participants");
    if (figure != NULL)
      {
        g_assert_true (json_object_get_boolean_member_with_default (figure, "small", FALSE));
        g_assert_true (json_object_get_null_member (figure, "value"));
        g_assert_true (json_object_get_null_member (figure, "numerator"));
        g_assert_true (json_object_get_null_member (figure, "denominator"));
        g_assert_nonnull (json_object_get_string_member (figure, "definition"));
      }
    figure = ta_test_json_figure (outside, "match-rate");
    if (figure != NULL)
      {
        g_assert_true (json_object_get_boolean_member_with_default (figure, "small", FALSE));
        g_assert_true (json_object_get_null_member (figure, "value"));
      }
    /* The same figures for the window: exact. */
    figure = ta_test_json_figure (inside, "active-participants");
    if (figure != NULL)
      {
        g_assert_false (json_object_get_boolean_member_with_default (figure, "small", FALSE));
        g_assert_cmpfloat (json_object_get_double_member (figure, "value"), ==, 3);
      }
    figure = ta_test_json_figure (inside, "match-rate");
    if (figure != NULL)
      {
        g_assert_cmpfloat (json_object_get_double_member (figure, "value"), ==, 1);
        g_assert_cmpfloat (json_object_get_double_member (figure, "numerator"), ==, 3);
        g_assert_cmpfloat (json_object_get_double_member (figure, "denominator"), ==, 3);
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  ta_test_insights_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/insights/" path, Fixture, NULL, ta_test_insights_fixture_set_up, func, \
              ta_test_insights_fixture_tear_down)

  ADD ("empty", test_empty);
  ADD ("participation", test_participation);
  ADD ("match-rate", test_match_rate);
  ADD ("retention-and-goals", test_retention_and_goals);
  ADD ("activation-engagement", test_activation_engagement);
  ADD ("groups", test_groups);
  ADD ("json", test_json);

#undef ADD

  return g_test_run ();
}
