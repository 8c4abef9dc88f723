/* test-demo-year.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme covers its programme year (issue 13): pairs
 * started over the year, sessions month by month, group sessions all
 * year, ratings far apart in some pairs, one department of three. */

#define G_LOG_DOMAIN "test-demo-year"

#include <string.h>

#include "ta-demo.h"
#include "ta-insights.h"
#include "ta-session.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir  dir;
  TaStore   *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/* "YYYY-MM" of a session's start, local time. */
static char *
month_of (TaSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));

  return g_date_time_format (local, "%Y-%m");
}

static void
test_small_department (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = ta_store_list_participants (fixture->store, &error);
  guint legal = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    legal += g_strcmp0 (ta_participant_get_department (g_ptr_array_index (participants, i)), "Legal") == 0;

  /* Fewer than 5: what reports must show as "fewer than 5". */
  g_assert_cmpuint (legal, ==, 3);
}

static void
test_pairings_over_the_year (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (fixture->store, &error);
  g_autoptr(GHashTable) reasons = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) year_ago = g_date_time_add_days (now, -340);
  g_autoptr(GDateTime) early = g_date_time_add_days (now, -335 + 75);
  g_autofree char *year_ago_text = g_date_time_format (year_ago, "%Y-%m-%d");
  g_autofree char *early_text = g_date_time_format (early, "%Y-%m-%d");
  guint started = 0, started_early = 0, started_late = 0, never = 0;
  guint completed = 0, ended = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      const char *started_on = ta_pairing_get_started_on (pairing);

      if (started_on == NULL)
        {
          never++;
          continue;
        }
      /* Not before the programme year began. */
      g_assert_cmpstr (started_on, >, year_ago_text);
      started++;
      if (strcmp (started_on, early_text) < 0)
        started_early++;
      else
        started_late++;
      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_COMPLETED)
        completed++;
      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ENDED)
        {
          ended++;
          g_hash_table_add (reasons, (gpointer) ta_pairing_get_end_reason (pairing));
        }
    }

  /* Most in the first two months, some later, a few never activated. */
  g_assert_cmpuint (started_early * 2, >, started);
  g_assert_cmpuint (started_late, >=, 1);
  g_assert_cmpuint (never, >=, 1);
  g_assert_cmpuint (completed, >=, 1);
  g_assert_cmpuint (ended, >=, 1);
  g_assert_cmpuint (g_hash_table_size (reasons), ==, ended);
}

static void
test_sessions_over_the_year (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (fixture->store, &error);
  g_autoptr(GHashTable) held_months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) group_months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* pairing id → its rated sessions' sums: n, mentors', mentees' */
  g_autoptr(GHashTable) sums = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  guint by[2] = { 0 };
  guint no_show = 0, planned = 0, rated_groups = 0;
  guint gaps = 0;
  GHashTableIter iter;
  gpointer value;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      TaSessionStatus status = ta_session_get_status (session);
      gboolean one_on_one = ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE;

      no_show += status == TA_SESSION_STATUS_NO_SHOW;
      planned += status == TA_SESSION_STATUS_PLANNED;
      if (status == TA_SESSION_STATUS_CANCELLED)
        {
          gint64 who = ta_session_get_cancelled_by (session);

          by[who == TA_SESSION_CANCELLED_BY_FACILITATOR ? 0 : 1]++;
        }
      if (status != TA_SESSION_STATUS_HELD)
        continue;

      if (!one_on_one)
        {
          g_hash_table_add (group_months, month_of (session));
          rated_groups += ta_session_get_mentor_rating (session) > 0;
          continue;
        }
      g_hash_table_add (held_months, month_of (session));
      if (ta_session_get_mentor_rating (session) > 0 && ta_session_get_mentee_rating (session) > 0)
        {
          gpointer id = GSIZE_TO_POINTER ((gsize) ta_session_get_pairing_id (session));
          int *sum = g_hash_table_lookup (sums, id);

          if (sum == NULL)
            {
              sum = g_new0 (int, 3);
              g_hash_table_insert (sums, id, sum);
            }
          sum[0]++;
          sum[1] += ta_session_get_mentor_rating (session);
          sum[2] += ta_session_get_mentee_rating (session);
        }
    }

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const int *sum = value;
      double gap = (double) (sum[1] - sum[2]) / sum[0];

      gaps += gap >= 2 || gap <= -2;
    }

  /* One-on-ones month by month: eleven months in, at least ten months
   * with a held one; group sessions in many months, rated. */
  g_assert_cmpuint (g_hash_table_size (held_months), >=, 10);
  g_assert_cmpuint (g_hash_table_size (group_months), >=, 6);
  g_assert_cmpuint (rated_groups, >=, 6);
  g_assert_cmpuint (gaps, >=, 1);
  g_assert_cmpuint (no_show, >=, 2);
  g_assert_cmpuint (planned, >=, 5);
  /* Cancelled by the facilitator and by people. */
  g_assert_cmpuint (by[0], >=, 1);
  g_assert_cmpuint (by[1], >=, 5);
}

static double
value_of (TaInsights *insights,
          const char *key)
{
  TaFigure *figure = ta_insights_lookup_figure (insights, key);

  g_assert_nonnull (figure);
  return ta_figure_get_value (figure);
}

/* Every section of Insights has something to show over the programme
 * year, which began about eleven months ago with the first person. */
static void
test_insights (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const nonzero[] = {
    "active-participants", "active-mentors", "active-mentees", "active-both", "participants-new",
    "participants-left", "match-rate", "time-to-match", "pairs-activated", "pairs-without-session",
    "engagement-rate",
    "sessions-per-pair-month", "sessions-held", "sessions-cancelled", "sessions-cancelled-by-mentor",
    "sessions-cancelled-by-mentee", "sessions-cancelled-by-facilitator", "sessions-no-show",
    "sessions-planned", "completion-rate", "mentoring-hours", "reflections-by-mentors",
    "reflections-by-mentees", "average-rating-by-mentors", "average-rating-by-mentees",
    "pairs-rating-gap", "goals-set", "goals-done", "pairs-with-goals", "pairs-completed",
    "pairs-ended-early", "topics-presented", "pairs-needing-attention",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(TaInsights) legal = NULL;
  TaInsightsQuery query;
  TaChart *months;
  GDate today, from, to, began;
  guint n_months = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  g_assert_true (ta_store_get_programme_year (fixture->store, &today, &from, &to, &error));
  g_assert_no_error (error);
  began = today;
  g_date_subtract_days (&began, 335);
  g_assert_cmpint (g_date_compare (&from, &began), ==, 0);

  ta_insights_query_init (&query, &from, &to);
  insights = ta_store_compute_insights (fixture->store, &query, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (nonzero); i++)
    {
      g_test_message ("%s", nonzero[i]);
      g_assert_cmpfloat (value_of (insights, nonzero[i]), >, 0);
    }
  /* Most joined with the cohort, some later. */
  g_assert_cmpfloat (value_of (insights, "participants-new"), ==, TA_DEMO_DEFAULT_PARTICIPANTS);

  /* Sessions held in every month up to this one. */
  months = ta_insights_lookup_chart (insights, "sessions-per-month");
  g_assert_nonnull (months);
  for (guint m = 0; m < ta_chart_get_n_categories (months); m++)
    n_months += ta_chart_get_value (months, 0, m) > 0;
  g_assert_cmpuint (n_months, >=, 11);

  /* Legal: three people, "fewer than 5" outside. */
  query.group = TA_INSIGHTS_GROUP_DEPARTMENT;
  query.group_value = "Legal";
  legal = ta_store_compute_insights (fixture->store, &query, &error);
  g_assert_no_error (error);
  g_assert_true (ta_figure_is_small (ta_insights_lookup_figure (legal, "active-participants")));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/demo-year/small-department", test_small_department);
  ADD ("/demo-year/pairings", test_pairings_over_the_year);
  ADD ("/demo-year/sessions", test_sessions_over_the_year);
  ADD ("/demo-year/insights", test_insights);

  return g_test_run ();
}
