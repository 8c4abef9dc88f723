/* exchange-check-ins.c - the check-ins of test-exchange-roundtrip: what a
 * kit says is due, and what the pair's answer does to Insights
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-roundtrip"

#include "exchange-scenario.h"

static char *
format_day (const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day), g_date_get_day (day));
}

/* Whether the facilitator holds an answer of @kind and @side dated on or
 * after @since ("YYYY-MM-DD"; NULL: any). */
static gboolean
answered_since (GPtrArray     *check_ins,
                TaCheckInKind  kind,
                TaPairSide     side,
                const char    *since)
{
  for (guint i = 0; i < check_ins->len; i++)
    {
      TaCheckIn *check_in = g_ptr_array_index (check_ins, i);
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *day = NULL;

      if (ta_check_in_get_kind (check_in) != kind || ta_check_in_get_side (check_in) != side)
        continue;
      local = g_date_time_to_local (ta_check_in_get_answered_at (check_in));
      day = g_date_time_format (local, "%Y-%m-%d");
      if (since == NULL || g_strcmp0 (day, since) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* After step 1: the kit's due check-ins are what the due rules give for
 * the pair, open ones only; and, counted here from docs/exchange.md, each
 * side's baseline (due at the start) and latest relationship check (day
 * 30, then every 60 days) are in the kit unless the facilitator holds
 * their answer. */
void
test_kit_check_ins_due (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GPtrArray) due_here = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autofree char *relationship = NULL;
  JsonArray *due;
  guint n_open = 0;

  if (scenario.step != 2)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  root = parse_exchange_file (scenario.kit_path, "pair-kit");
  due = json_object_get_array_member (content_of (root), "check_ins_due");
  pairing = get_pairing (scenario.facilitator, scenario.pairing);
  due_here = ta_programme_list_due_check_ins (scenario.facilitator, scenario.pairing, NULL, &error);
  g_assert_no_error (error);
  answers = ta_programme_list_check_ins (scenario.facilitator, scenario.pairing, &error);
  g_assert_no_error (error);
  relationship = latest_relationship_due (ta_pairing_get_started_on (pairing));
  g_test_message ("%u due check-ins in the kit, %u due or answered here, %u answers; "
                  "the latest relationship check was due on %s",
                  json_array_get_length (due), due_here->len, answers->len,
                  relationship != NULL ? relationship : "not yet");

  for (guint i = 0; i < due_here->len; i++)
    {
      TaCheckInDue *one = g_ptr_array_index (due_here, i);
      const char *kind = ta_check_in_kind_to_string (one->kind);
      const char *side = ta_pair_side_to_string (one->side);
      JsonObject *in_kit = find_due (due, kind, side);
      g_autofree char *day = format_day (&one->due_on);

      if (one->answered)
        continue;
      n_open++;
      SOFT_CHECK (in_kit != NULL, "the %s check of the %s, due on %s, is not in the kit", kind, side, day);
      SOFT_CHECK (g_strcmp0 (json_object_get_string_member (in_kit, "due"), day) == 0,
                  "the kit has the %s check of the %s due on %s, the due rules on %s", kind, side,
                  json_object_get_string_member (in_kit, "due"), day);
    }
  SOFT_CHECK (json_array_get_length (due) == n_open, "the kit has %u due check-ins, the due rules %u open ones",
              json_array_get_length (due), n_open);

  for (TaPairSide side = TA_PAIR_SIDE_MENTOR; side <= TA_PAIR_SIDE_MENTEE; side++)
    {
      const char *name = ta_pair_side_to_string (side);
      JsonObject *baseline = find_due (due, "baseline", name);
      JsonObject *check = find_due (due, "relationship", name);

      if (!answered_since (answers, TA_CHECK_IN_BASELINE, side, NULL))
        {
          SOFT_CHECK (baseline != NULL, "no baseline due for the %s", name);
          SOFT_CHECK (g_strcmp0 (json_object_get_string_member (baseline, "due"),
                                 ta_pairing_get_started_on (pairing)) == 0,
                      "the %s's baseline is due on %s, not on the pair's start %s", name,
                      json_object_get_string_member (baseline, "due"), ta_pairing_get_started_on (pairing));
        }
      if (relationship != NULL && !answered_since (answers, TA_CHECK_IN_RELATIONSHIP, side, relationship))
        {
          SOFT_CHECK (check != NULL, "no relationship check due for the %s", name);
          SOFT_CHECK (g_strcmp0 (json_object_get_string_member (check, "due"), relationship) == 0,
                      "the %s's relationship check is due on %s, not %s", name,
                      json_object_get_string_member (check, "due"), relationship);
        }
    }
}

/* The quality of the latest relationship answer of "me"'s side in the
 * Insights period (today − 30 … today + 30) among @check_ins, or NAN:
 * the one the pair's answer replaces in the mean of the latest quality
 * per person and pair. */
double
latest_quality_in_period (GPtrArray *check_ins)
{
  /* The local days today − 30 … today + 30, as compute_insights() asks */
  g_autoptr(GDateTime) from = local_at (-30, 0, 0);
  g_autoptr(GDateTime) to = local_at (31, 0, 0);
  TaCheckIn *latest = NULL;

  for (guint i = 0; i < check_ins->len; i++)
    {
      TaCheckIn *check_in = g_ptr_array_index (check_ins, i);
      GDateTime *answered = ta_check_in_get_answered_at (check_in);

      if (ta_check_in_get_kind (check_in) != TA_CHECK_IN_RELATIONSHIP ||
          ta_check_in_get_side (check_in) != (scenario.me_is_mentor ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE) ||
          ta_check_in_get_quality (check_in) == 0 ||
          g_date_time_compare (answered, from) < 0 || g_date_time_compare (answered, to) >= 0)
        continue;
      if (latest == NULL || g_date_time_compare (answered, ta_check_in_get_answered_at (latest)) > 0)
        latest = check_in;
    }
  if (latest != NULL)
    g_test_message ("The pair's answer replaces one of quality %d", ta_check_in_get_quality (latest));
  return latest != NULL ? ta_check_in_get_quality (latest) : NAN;
}

static gboolean
same_figure (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* After step 5: the check-ins section of Insights, before and after the
 * update, over the same period.  A relationship check moves the quality
 * and nothing else of the section. */
void
test_check_in_figures (void)
{
  static const char * const unmoved[] = {
    "fit-good-share", "pairs-not-a-fit", "nps", "confidence-change-mentee", "confidence-change-mentor",
  };
  TaInsights *before = scenario.insights_before;
  TaInsights *after = scenario.insights_after;
  double quality_before;

  if (scenario.step != 6)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  /* A missing figure fails this test alone; the scenario goes on. */
  if (ta_insights_lookup_figure (after, "checkin-quality") == NULL)
    {
      g_test_message ("Insights has no figure “checkin-quality”");
      g_test_fail ();
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (unmoved); i++)
    if (ta_insights_lookup_figure (after, unmoved[i]) == NULL)
      {
        g_test_message ("Insights has no figure “%s”", unmoved[i]);
        g_test_fail ();
        return;
      }

  quality_before = figure_value (before, "checkin-quality");
  g_test_message ("checkin-quality: %g before, %g after", quality_before, figure_value (after, "checkin-quality"));
  if (isnan (quality_before))
    {
      /* No other answer in the period: the only quality is the pair's 4. */
      SOFT_CHECK (figure_value (after, "checkin-quality") == 4, "checkin-quality is not 4");
    }
  else
    {
      /* The sample's answers too: one more person and pair is averaged,
       * or the pair's answer replaces that person's earlier one. */
      TaFigure *before_figure = ta_insights_lookup_figure (before, "checkin-quality");
      TaFigure *after_figure = ta_insights_lookup_figure (after, "checkin-quality");
      gboolean replaces = !isnan (scenario.quality_replaced);
      double added = replaces ? 4 - scenario.quality_replaced : 4;

      SOFT_CHECK (ta_figure_get_denominator (after_figure) == ta_figure_get_denominator (before_figure) + !replaces &&
                  ta_figure_get_numerator (after_figure) == ta_figure_get_numerator (before_figure) + added,
                  "checkin-quality went from %g/%g to %g/%g", ta_figure_get_numerator (before_figure),
                  ta_figure_get_denominator (before_figure), ta_figure_get_numerator (after_figure),
                  ta_figure_get_denominator (after_figure));
    }
  for (guint i = 0; i < G_N_ELEMENTS (unmoved); i++)
    {
      double was = figure_value (before, unmoved[i]);
      double is = figure_value (after, unmoved[i]);

      SOFT_CHECK (same_figure (was, is), "%s moved from %g to %g with a relationship check", unmoved[i], was, is);
    }
}

/* Step 8: the pair says it is not a fit, in a second update: the
 * facilitator's pair is flagged, and Insights counts it. */
void
test_second_update_not_a_fit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaCheckIn) fit = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(TaInsights) before = NULL;
  g_autoptr(TaInsights) after = NULL;
  g_autoptr(GPtrArray) check_ins = NULL;
  g_autofree char *update = scenario_file ("update-2.turnabout");
  g_autofree char *fit_uid = NULL;
  gboolean flagged_before;
  gboolean found = FALSE;

  if (!step_begins (8))
    return;

  fit = ta_check_in_new (scenario.personal_pairing, TA_CHECK_IN_FIT,
                         scenario.me_is_mentor ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE);
  ta_check_in_set_fit (fit, TA_CHECK_IN_FIT_NOT_A_FIT);
  g_assert_true (ta_programme_add_check_in (scenario.personal, fit, &error));
  g_assert_no_error (error);
  fit_uid = g_strdup (ta_check_in_get_uid (fit));
  g_assert_true (ta_programme_is_pairing_flagged (scenario.personal, scenario.personal_pairing));
  g_assert_true (ta_programme_exchange_export (scenario.personal, scenario.personal_pairing, update, &error));
  g_assert_no_error (error);

  flagged_before = ta_programme_is_pairing_flagged (scenario.facilitator, scenario.pairing);
  before = compute_insights (scenario.facilitator);
  preview = read_file (scenario.facilitator, update);
  /* The answer, and whatever else the pair has changed since its update. */
  g_assert_cmpuint (count_changes (preview, TA_EXCHANGE_CHANGE_ADD), >=, 1);
  apply_file (scenario.facilitator, preview);

  g_assert_true (ta_programme_is_pairing_flagged (scenario.facilitator, scenario.pairing));
  {
    /* The session the facilitator deleted, still with the pair, is not
     * brought back. */
    g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (scenario.facilitator, scenario.pairing,
                                                                           &error);
    g_autoptr(GDateTime) dropped_start = local_at (25, 13, 0);

    g_assert_no_error (error);
    g_assert_null (find_session_at (sessions, dropped_start));
  }
  check_ins = ta_programme_list_check_ins (scenario.facilitator, scenario.pairing, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < check_ins->len; i++)
    {
      TaCheckIn *check_in = g_ptr_array_index (check_ins, i);

      if (g_strcmp0 (ta_check_in_get_uid (check_in), fit_uid) == 0)
        {
          g_assert_cmpint (ta_check_in_get_kind (check_in), ==, TA_CHECK_IN_FIT);
          g_assert_cmpint (ta_check_in_get_fit (check_in), ==, TA_CHECK_IN_FIT_NOT_A_FIT);
          found = TRUE;
        }
    }
  g_assert_true (found);

  /* The scenario goes on whatever Insights says. */
  step_ends (8);

  after = compute_insights (scenario.facilitator);
  SOFT_CHECK (ta_insights_lookup_figure (after, "pairs-not-a-fit") != NULL,
              "Insights has no figure “pairs-not-a-fit”");
  SOFT_CHECK (figure_value (after, "pairs-not-a-fit") == figure_value (before, "pairs-not-a-fit") + !flagged_before,
              "pairs-not-a-fit went from %g to %g", figure_value (before, "pairs-not-a-fit"),
              figure_value (after, "pairs-not-a-fit"));
}
