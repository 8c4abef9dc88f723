/* test-insights-check-ins.c: Insights' "Check-ins" section, by hand
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights-check-ins"

#include "config.h"

#include <math.h>

#include "ta-insights.h"
#include "ta-store-check-ins.h"
#include "ta-test-insights.h"

typedef TaTestInsightsFixture Fixture;

typedef struct
{
  int fit;          /* TaCheckInFit, 0 for none */
  int quality;      /* 0 for none */
  int recommend;    /* -1 for none */
  int confidence;   /* 0 for none */
} Answer;

static void
add (TaStore       *store,
     gint64         pairing,
     TaCheckInKind  kind,
     TaPairSide     side,
     int            month,
     int            day,
     Answer         values)
{
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (pairing, kind, side);
  g_autoptr(GDateTime) at = g_date_time_new_local (2026, month, day, 9, 30, 0);
  g_autoptr(GError) error = NULL;

  ta_check_in_set_answered_at (check_in, at);
  ta_check_in_set_fit (check_in, values.fit);
  ta_check_in_set_quality (check_in, values.quality);
  ta_check_in_set_recommend (check_in, values.recommend);
  ta_check_in_set_confidence (check_in, values.confidence);
  if (!ta_store_add_check_in (store, check_in, &error))
    g_error ("Could not add a check-in: %s", error->message);
}

#define FIT(f) ((Answer) { f, 0, -1, 0 })
#define QUALITY(q) ((Answer) { 0, q, -1, 0 })
#define CLOSING(r, c) ((Answer) { 0, 0, r, c })
#define BASELINE(c) ((Answer) { 0, 0, -1, c })

/*
 * Three pairs started on 5 January 2026; the period is April to June.
 *
 * Quality (latest relationship rating per person and pair in the period):
 *   P1 mentor 2 (04-10) then 4 (05-10); P1 mentee 5; P2 mentee 1;
 *   P2 mentor 3 on 03-20 and P3 mentor 3 on 07-02 are outside.
 *   (4 + 5 + 1) / 3, three people: small.
 * Fit (latest per side by 30 June): P1 good + good (mentee "deciding"
 *   first); P2 not a fit + good; P3 mentor not a fit then good, its
 *   mentee's "not a fit" of 5 July comes after.  Good: P1, P3 of 3;
 *   flagged: P2.
 * NPS (latest closing per person and pair in the period): P1 10 and 9,
 *   P2 7 and 3, P3 mentor 6 then 8; P3 mentee's 10 of 15 March is outside.
 *   Promoters 2, detractors 1 of 5: +20.
 * Confidence: mentees e1 2 → 4, e2 3 → 2 (e3's closing is outside):
 *   (+2 − 1) / 2 = +0.5; mentors m1 3 → 5 (m2 has no "before", m3's comes
 *   after the period): +2.
 */
static void
test_check_ins (Fixture       *fixture,
                gconstpointer  data)
{
  TaStore *store = fixture->store;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 6, 30, 12, 0, 0);
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(TaInsights) empty = NULL;
  g_autoptr(JsonNode) json = NULL;
  gint64 pairs[3];
  const TaPairSide MENTOR = TA_PAIR_SIDE_MENTOR, MENTEE = TA_PAIR_SIDE_MENTEE;
  JsonObject *nps;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *mentor_name = g_strdup_printf ("Mentor %u", i);
      g_autofree char *mentor_email = g_strdup_printf ("mentor%u@example.com", i);
      g_autofree char *mentee_name = g_strdup_printf ("Mentee %u", i);
      g_autofree char *mentee_email = g_strdup_printf ("mentee%u@example.com", i);
      gint64 m = ta_test_add_person (store, mentor_name, mentor_email, TA_ROLE_MENTOR, NULL);
      gint64 e = ta_test_add_person (store, mentee_name, mentee_email, TA_ROLE_MENTEE, NULL);

      pairs[i] = ta_test_add_pairing (store, m, e, "status", TA_PAIRING_STATUS_ACTIVE,
                                      "started-on", "2026-01-05", NULL);
    }

  empty = ta_test_insights (store, "2026-04-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);
  g_assert_true (isnan (ta_figure_get_value (ta_test_insights_figure (empty, "nps"))));
  ta_test_insights_assert_value (empty, "pairs-not-a-fit", 0);

  add (store, pairs[0], TA_CHECK_IN_RELATIONSHIP, MENTOR, 4, 10, QUALITY (2));
  add (store, pairs[0], TA_CHECK_IN_RELATIONSHIP, MENTOR, 5, 10, QUALITY (4));
  add (store, pairs[0], TA_CHECK_IN_RELATIONSHIP, MENTEE, 5, 11, QUALITY (5));
  add (store, pairs[1], TA_CHECK_IN_RELATIONSHIP, MENTOR, 3, 20, QUALITY (3));
  add (store, pairs[1], TA_CHECK_IN_RELATIONSHIP, MENTEE, 6, 1, QUALITY (1));
  add (store, pairs[2], TA_CHECK_IN_RELATIONSHIP, MENTOR, 7, 2, QUALITY (3));

  add (store, pairs[0], TA_CHECK_IN_FIT, MENTOR, 2, 1, FIT (TA_CHECK_IN_FIT_GOOD));
  add (store, pairs[0], TA_CHECK_IN_FIT, MENTEE, 2, 1, FIT (TA_CHECK_IN_FIT_DECIDING));
  add (store, pairs[0], TA_CHECK_IN_FIT, MENTEE, 4, 5, FIT (TA_CHECK_IN_FIT_GOOD));
  add (store, pairs[1], TA_CHECK_IN_FIT, MENTOR, 3, 1, FIT (TA_CHECK_IN_FIT_NOT_A_FIT));
  add (store, pairs[1], TA_CHECK_IN_FIT, MENTEE, 3, 1, FIT (TA_CHECK_IN_FIT_GOOD));
  add (store, pairs[2], TA_CHECK_IN_FIT, MENTOR, 3, 1, FIT (TA_CHECK_IN_FIT_NOT_A_FIT));
  add (store, pairs[2], TA_CHECK_IN_FIT, MENTOR, 5, 1, FIT (TA_CHECK_IN_FIT_GOOD));
  add (store, pairs[2], TA_CHECK_IN_FIT, MENTEE, 7, 5, FIT (TA_CHECK_IN_FIT_NOT_A_FIT));

  add (store, pairs[0], TA_CHECK_IN_BASELINE, MENTOR, 1, 5, BASELINE (3));
  add (store, pairs[0], TA_CHECK_IN_BASELINE, MENTEE, 1, 5, BASELINE (2));
  add (store, pairs[1], TA_CHECK_IN_BASELINE, MENTEE, 1, 5, BASELINE (3));
  add (store, pairs[2], TA_CHECK_IN_BASELINE, MENTEE, 1, 5, BASELINE (4));
  add (store, pairs[2], TA_CHECK_IN_BASELINE, MENTOR, 7, 10, BASELINE (1));

  add (store, pairs[0], TA_CHECK_IN_CLOSING, MENTOR, 6, 1, CLOSING (10, 5));
  add (store, pairs[0], TA_CHECK_IN_CLOSING, MENTEE, 6, 1, CLOSING (9, 4));
  add (store, pairs[1], TA_CHECK_IN_CLOSING, MENTOR, 6, 2, CLOSING (7, 4));
  add (store, pairs[1], TA_CHECK_IN_CLOSING, MENTEE, 4, 2, CLOSING (3, 2));
  add (store, pairs[2], TA_CHECK_IN_CLOSING, MENTOR, 5, 2, CLOSING (6, 0));
  add (store, pairs[2], TA_CHECK_IN_CLOSING, MENTOR, 6, 3, CLOSING (8, 3));
  add (store, pairs[2], TA_CHECK_IN_CLOSING, MENTEE, 3, 15, CLOSING (10, 5));

  insights = ta_test_insights (store, "2026-04-01", "2026-06-30", now, TA_INSIGHTS_GROUP_ALL, NULL);

  ta_test_insights_assert_ratio (insights, "checkin-quality", 10.0 / 3, 10, 3);
  ta_test_insights_assert_n_people (insights, "checkin-quality", 3);
  ta_test_insights_assert_small (insights, "checkin-quality", TRUE);
  ta_test_insights_assert_subjects (insights, "checkin-quality", (gint64[]) { pairs[0], pairs[1] }, 2);

  ta_test_insights_assert_ratio (insights, "fit-good-share", 2.0 / 3, 2, 3);
  ta_test_insights_assert_n_people (insights, "fit-good-share", 6);
  ta_test_insights_assert_small (insights, "fit-good-share", FALSE);
  ta_test_insights_assert_subjects (insights, "fit-good-share", (gint64[]) { pairs[0], pairs[2] }, 2);

  ta_test_insights_assert_value (insights, "pairs-not-a-fit", 1);
  ta_test_insights_assert_n_people (insights, "pairs-not-a-fit", 2);
  ta_test_insights_assert_subjects (insights, "pairs-not-a-fit", (gint64[]) { pairs[1] }, 1);

  ta_test_insights_assert_value (insights, "nps", 20);
  ta_test_insights_assert_n_people (insights, "nps", 5);
  ta_test_insights_assert_small (insights, "nps", FALSE);

  ta_test_insights_assert_ratio (insights, "confidence-change-mentee", 0.5, 1, 2);
  ta_test_insights_assert_n_people (insights, "confidence-change-mentee", 2);
  ta_test_insights_assert_ratio (insights, "confidence-change-mentor", 2, 2, 1);
  ta_test_insights_assert_subjects (insights, "confidence-change-mentor", (gint64[]) { pairs[0] }, 1);

  /* The section, the units and their text. */
  g_assert_cmpint (ta_figure_get_section (ta_test_insights_figure (insights, "nps")), ==,
                   TA_INSIGHTS_SECTION_CHECK_INS);
  g_assert_cmpstr (ta_insights_section_get_title (TA_INSIGHTS_SECTION_CHECK_INS), ==, "Check-ins");
  g_assert_cmpstr (ta_figure_get_computation (ta_test_insights_figure (insights, "nps")), ==,
                   "2 promoters and 1 detractors among 5 answers.");
  g_assert_cmpstr (ta_figure_get_computation (ta_test_insights_figure (insights, "confidence-change-mentee")), ==,
                   "+1 points over 2 people with both ratings.");
  {
    g_autofree char *score = ta_figure_format_number (TA_FIGURE_UNIT_SCORE, 20);
    g_autofree char *change = ta_figure_format_number (TA_FIGURE_UNIT_CHANGE, -0.5);

    g_assert_cmpstr (score, ==, "+20");
    g_assert_cmpstr (change, ==, "-0.5");
  }
  json = ta_test_insights_parse_json (insights, TRUE);
  nps = ta_test_json_figure (json, "nps");
  g_assert_cmpstr (json_object_get_string_member (nps, "unit"), ==, "score");
  g_assert_cmpfloat (json_object_get_double_member (nps, "value"), ==, 20);
}

int
main (int   argc,
      char *argv[])
{
  ta_test_insights_init (&argc, &argv);

  g_test_add ("/insights/check-ins", Fixture, NULL,
              ta_test_insights_fixture_set_up, test_check_ins, ta_test_insights_fixture_tear_down);

  return g_test_run ();
}
