/* test-match.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-match"

#include <math.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-match-private.h"
#include "ta-test-programme.h"

/*
 * The compatibility score criterion by criterion, the hard exclusions,
 * and suggestions: pins, blocks, capacity, stability, and the reasons
 * given to those left unpaired.  Most tests build a programme in memory
 * (ta_matcher_new()); those about the store's pairings, rules and
 * settings go through a real store in a temporary folder.
 */

#define STRV(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define EPSILON 1e-9

typedef struct
{
  GPtrArray *people;
  GPtrArray *pairings;
  GArray *rules;
  TaMatchSettings settings;
} Programme;

static void
programme_init (Programme *programme)
{
  programme->people = g_ptr_array_new_with_free_func (g_object_unref);
  programme->pairings = g_ptr_array_new_with_free_func (g_object_unref);
  programme->rules = g_array_new (FALSE, FALSE, sizeof (TaPairRule));
  ta_match_settings_init_defaults (&programme->settings);
}

static void
programme_clear (Programme *programme)
{
  g_clear_pointer (&programme->people, g_ptr_array_unref);
  g_clear_pointer (&programme->pairings, g_ptr_array_unref);
  g_clear_pointer (&programme->rules, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Programme, programme_clear)

/* Someone active who shares English and Monday morning with everyone,
 * with no topics: each test adds what it is about. */
static TaParticipant *
add_person (Programme  *programme,
            gint64      id,
            const char *name,
            TaRole      role,
            int         level,
            const char *department)
{
  g_autofree char *email = g_strdup_printf ("person%" G_GINT64_FORMAT "@example.org", id);
  TaParticipant *participant = ta_test_make_participant (name, email);

  ta_participant_set_id (participant, id);
  ta_participant_set_role (participant, role);
  ta_participant_set_career_level (participant, level);
  ta_participant_set_department (participant, department);
  ta_participant_set_languages (participant, STRV ("en"));
  ta_participant_set_availability (participant, 1u << ta_availability_slot (0, 0));
  ta_participant_set_capacity (participant, role == TA_ROLE_MENTEE ? 0 : 1);
  g_ptr_array_add (programme->people, participant);

  return participant;
}

static void
only_weight (TaMatchSettings *settings,
             TaCriterion      criterion)
{
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    settings->weights[i] = i == criterion ? 1 : 0;
}

static void
add_pairing (Programme       *programme,
             gint64           mentor_id,
             gint64           mentee_id,
             TaPairingStatus  status)
{
  TaPairing *pairing = ta_pairing_new (mentor_id, mentee_id);

  ta_pairing_set_status (pairing, status);
  g_ptr_array_add (programme->pairings, pairing);
}

static void
add_rule (Programme      *programme,
          gint64          mentor_id,
          gint64          mentee_id,
          TaPairRuleKind  kind)
{
  TaPairRule rule = { mentor_id, mentee_id, kind };

  g_array_append_val (programme->rules, rule);
}

static TaMatcher *
programme_matcher (Programme *programme)
{
  return ta_matcher_new (programme->people, programme->pairings, programme->rules,
                         &programme->settings);
}

static void
score_of (Programme *programme,
          gint64     mentor_id,
          gint64     mentee_id,
          TaScore   *score)
{
  g_autoptr(TaMatcher) matcher = programme_matcher (programme);
  g_autoptr(GError) error = NULL;

  /* Tests score several pairs into the same variable. */
  ta_score_clear (score);
  g_assert_true (ta_matcher_score (matcher, mentor_id, mentee_id, score, &error));
  g_assert_no_error (error);
}

static TaSuggestions *
suggest (Programme *programme)
{
  g_autoptr(TaMatcher) matcher = programme_matcher (programme);
  g_autoptr(GError) error = NULL;
  TaSuggestions *suggestions;

  suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (suggestions);

  return suggestions;
}

static const TaSuggestion *
find_suggestion (TaSuggestions *suggestions,
                 gint64         mentee_id)
{
  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);

      if (suggestion->mentee_id == mentee_id)
        return suggestion;
    }

  return NULL;
}

static const TaUnpaired *
find_unpaired (TaSuggestions *suggestions,
               gint64         participant_id,
               gboolean       as_mentor)
{
  for (guint i = 0; i < suggestions->unpaired->len; i++)
    {
      const TaUnpaired *unpaired = &g_array_index (suggestions->unpaired, TaUnpaired, i);

      if (unpaired->participant_id == participant_id && unpaired->as_mentor == as_mentor)
        return unpaired;
    }

  return NULL;
}

static void
assert_part (const TaScore *score,
             TaCriterion    criterion,
             double         fraction,
             const char    *reason_pattern)
{
  const TaScorePart *part = &score->parts[criterion];

  g_assert_cmpint (part->criterion, ==, criterion);
  g_assert_cmpfloat_with_epsilon (part->points, part->max_points * fraction, EPSILON);
  if (reason_pattern != NULL && !g_pattern_match_simple (reason_pattern, part->reason))
    g_error ("reason “%s” does not match “%s”", part->reason, reason_pattern);
}

static void
assert_forbidden (const TaScore *score,
                  const char    *reason_pattern)
{
  g_assert_true (score->forbidden);
  g_assert_nonnull (score->forbidden_reason);
  if (!g_pattern_match_simple (reason_pattern, score->forbidden_reason))
    g_error ("reason “%s” does not match “%s”", score->forbidden_reason, reason_pattern);
}

/* --- Criteria -------------------------------------------------------- */

static void
test_topic_fit (void)
{
  g_auto(Programme) programme = { 0 };
  TaParticipant *mentor, *mentee, *broad, *picky;

  programme_init (&programme);
  only_weight (&programme.settings, TA_CRITERION_TOPIC_FIT);
  mentor = add_person (&programme, 1, "Lotte Peeters", TA_ROLE_MENTOR, 2, "IT");
  ta_participant_set_offers (mentor, STRV ("AI tools", "Prompt writing", "Notion"));
  mentee = add_person (&programme, 2, "Marc Dubois", TA_ROLE_MENTEE, 6, "Finance");
  ta_participant_set_seeks (mentee, STRV ("AI tools", "prompt WRITING", "Podcasting"));
  broad = add_person (&programme, 3, "Anna Weber", TA_ROLE_MENTEE, 6, "Finance");
  ta_participant_set_seeks (broad, STRV ("AI tools", "Prompt writing", "Notion", "Podcasting", "Excel"));
  picky = add_person (&programme, 4, "Emre Kaya", TA_ROLE_MENTEE, 6, "Finance");
  ta_participant_set_seeks (picky, STRV ("Negotiation", "Budgeting"));
  add_person (&programme, 5, "Sofie Maes", TA_ROLE_MENTEE, 6, "Finance");

  {
    g_auto(TaScore) score = { 0 };

    /* Two of three, matched without regard to case. */
    score_of (&programme, 1, 2, &score);
    g_assert_false (score.forbidden);
    assert_part (&score, TA_CRITERION_TOPIC_FIT, 2.0 / 3.0,
                 "Offers 2 of the 3 topics wanted: AI tools, prompt WRITING");
    g_assert_cmpfloat_with_epsilon (score.parts[TA_CRITERION_TOPIC_FIT].max_points, 100, EPSILON);
    g_assert_cmpfloat_with_epsilon (score.total, 100 * 2.0 / 3.0, EPSILON);
  }
  {
    g_auto(TaScore) score = { 0 };

    /* Three topics covered is full marks, however many more are wanted. */
    score_of (&programme, 1, 3, &score);
    assert_part (&score, TA_CRITERION_TOPIC_FIT, 1, "Offers 3 of the 5 topics wanted: *");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 4, &score);
    assert_part (&score, TA_CRITERION_TOPIC_FIT, 0, "Offers none of the 2 topics wanted");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 5, &score);
    assert_part (&score, TA_CRITERION_TOPIC_FIT, 0, "Sofie Maes has not listed topics to learn");
  }
}

static void
test_reverse_prefer (void)
{
  g_auto(Programme) programme = { 0 };
  struct
  {
    int mentor_level;
    int mentee_level;
    double fraction;
    const char *reason;
  } cases[] = {
    { 2, 6, 1.0, "4 levels below (Junior → Director)" },
    { 2, 5, 1.0, "3 levels below (Junior → Manager)" },
    { 3, 5, 2.0 / 3.0, "2 levels below (Professional → Manager)" },
    { 3, 4, 1.0 / 3.0, "1 level below (Professional → Senior)" },
    { 4, 4, 0.0, "Same level (Senior)" },
    { 5, 3, 0.0, "2 levels above (Manager → Professional)" },
    { 0, 3, 0.0, "Career level of Mentor not set" },
    { 0, 0, 0.0, "Career levels not set" },
  };

  programme_init (&programme);
  only_weight (&programme.settings, TA_CRITERION_REVERSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TaScore) score = { 0 };
      gint64 mentor_id = 100 + i * 2;

      add_person (&programme, mentor_id, "Mentor", TA_ROLE_MENTOR, cases[i].mentor_level, "IT");
      add_person (&programme, mentor_id + 1, "Mentee", TA_ROLE_MENTEE, cases[i].mentee_level, "HR");
      score_of (&programme, mentor_id, mentor_id + 1, &score);
      g_assert_false (score.forbidden);
      assert_part (&score, TA_CRITERION_REVERSE, cases[i].fraction, cases[i].reason);
    }
}

static void
test_reverse_require (void)
{
  g_auto(Programme) programme = { 0 };

  programme_init (&programme);
  programme.settings.reverse_rule = TA_REVERSE_REQUIRE;
  programme.settings.min_levels_below = 2;
  add_person (&programme, 1, "Junior", TA_ROLE_MENTOR, 2, "IT");
  add_person (&programme, 2, "Professional", TA_ROLE_MENTOR, 3, "IT");
  add_person (&programme, 3, "Unknown", TA_ROLE_MENTOR, 0, "IT");
  add_person (&programme, 4, "Senior", TA_ROLE_MENTEE, 4, "HR");

  {
    g_auto(TaScore) score = { 0 };

    /* Exactly the levels required. */
    score_of (&programme, 1, 4, &score);
    g_assert_false (score.forbidden);
    assert_part (&score, TA_CRITERION_REVERSE, 2.0 / 3.0, "2 levels below (Junior → Senior)");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* One level short: forbidden, and the points are still shown. */
    score_of (&programme, 2, 4, &score);
    assert_forbidden (&score, "*at least 2 levels below*Professional → Senior*");
    assert_part (&score, TA_CRITERION_REVERSE, 1.0 / 3.0, NULL);
  }
  {
    g_auto(TaScore) score = { 0 };

    /* A hard rule cannot be checked without the level. */
    score_of (&programme, 3, 4, &score);
    assert_forbidden (&score, "Career level of Unknown not set*");
  }

  /* The same pairs are fine when it is only a preference. */
  programme.settings.reverse_rule = TA_REVERSE_PREFER;
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 2, 4, &score);
    g_assert_false (score.forbidden);
  }
}

static void
test_reciprocity (void)
{
  g_auto(Programme) programme = { 0 };
  TaParticipant *mentor, *mentee, *other;

  programme_init (&programme);
  only_weight (&programme.settings, TA_CRITERION_RECIPROCITY);
  mentor = add_person (&programme, 1, "Lotte Peeters", TA_ROLE_MENTOR, 2, "IT");
  ta_participant_set_seeks (mentor, STRV ("Negotiation", "Public speaking"));
  mentee = add_person (&programme, 2, "Marc Dubois", TA_ROLE_MENTEE, 6, "Finance");
  ta_participant_set_offers (mentee, STRV ("Negotiation", "Budgeting"));
  other = add_person (&programme, 3, "Anna Weber", TA_ROLE_MENTEE, 6, "Finance");
  ta_participant_set_offers (other, STRV ("Budgeting"));

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 2, &score);
    assert_part (&score, TA_CRITERION_RECIPROCITY, 0.5,
                 "Teaches back 1 of the 2 topics the mentor wants: Negotiation");
    /* Only the direction asked for counts. */
    assert_part (&score, TA_CRITERION_TOPIC_FIT, 0, NULL);
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 3, &score);
    assert_part (&score, TA_CRITERION_RECIPROCITY, 0, "Teaches back none of the 2 topics the mentor wants");
  }
}

static void
test_availability (void)
{
  g_auto(Programme) programme = { 0 };
  TaParticipant *mentor, *one, *three, *none, *unknown;
  TaAvailability monday_morning = 1u << ta_availability_slot (0, 0);
  TaAvailability thursday_afternoon = 1u << ta_availability_slot (3, 1);
  TaAvailability friday_morning = 1u << ta_availability_slot (4, 0);

  programme_init (&programme);
  only_weight (&programme.settings, TA_CRITERION_AVAILABILITY);
  mentor = add_person (&programme, 1, "Mentor", TA_ROLE_MENTOR, 2, "IT");
  ta_participant_set_availability (mentor, monday_morning | thursday_afternoon | friday_morning);
  one = add_person (&programme, 2, "One", TA_ROLE_MENTEE, 6, "HR");
  ta_participant_set_availability (one, thursday_afternoon);
  three = add_person (&programme, 3, "Three", TA_ROLE_MENTEE, 6, "HR");
  ta_participant_set_availability (three, TA_AVAILABILITY_ALL);
  none = add_person (&programme, 4, "None", TA_ROLE_MENTEE, 6, "HR");
  ta_participant_set_availability (none, 1u << ta_availability_slot (2, 1));
  unknown = add_person (&programme, 5, "Unknown", TA_ROLE_MENTEE, 6, "HR");
  ta_participant_set_availability (unknown, 0);

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 2, &score);
    assert_part (&score, TA_CRITERION_AVAILABILITY, 0.5, "1 shared half-day: Thursday afternoon");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 3, &score);
    assert_part (&score, TA_CRITERION_AVAILABILITY, 1,
                 "3 shared half-days: Monday morning, Thursday afternoon, Friday morning");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 4, &score);
    assert_part (&score, TA_CRITERION_AVAILABILITY, 0, "No shared half-day");
    g_assert_false (score.forbidden);
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 5, &score);
    assert_part (&score, TA_CRITERION_AVAILABILITY, 0, "Unknown has not given their free half-days");
  }
}

static void
test_department (void)
{
  g_auto(Programme) programme = { 0 };

  programme_init (&programme);
  only_weight (&programme.settings, TA_CRITERION_CROSS_DEPARTMENT);
  add_person (&programme, 1, "Mentor", TA_ROLE_MENTOR, 2, "Marketing");
  add_person (&programme, 2, "Other", TA_ROLE_MENTEE, 6, "Finance");
  add_person (&programme, 3, "Same", TA_ROLE_MENTEE, 6, "marketing");
  add_person (&programme, 4, "Nowhere", TA_ROLE_MENTEE, 6, NULL);

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 2, &score);
    assert_part (&score, TA_CRITERION_CROSS_DEPARTMENT, 1, "Marketing → Finance");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* Departments are compared without regard to case. */
    score_of (&programme, 1, 3, &score);
    assert_part (&score, TA_CRITERION_CROSS_DEPARTMENT, 0, "Both in Marketing");
    g_assert_false (score.forbidden);
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 4, &score);
    assert_part (&score, TA_CRITERION_CROSS_DEPARTMENT, 0, "Department of Nowhere not set");
  }

  programme.settings.forbid_same_department = TRUE;
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 3, &score);
    assert_forbidden (&score, "Both in Marketing, and the programme pairs across departments only");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* Not knowing the department is not the same department. */
    score_of (&programme, 1, 4, &score);
    g_assert_false (score.forbidden);
    score_of (&programme, 1, 2, &score);
    g_assert_false (score.forbidden);
  }
}

static void
test_weights (void)
{
  g_auto(Programme) programme = { 0 };
  g_auto(TaScore) score = { 0 };
  TaParticipant *mentor, *mentee;
  double weights[TA_N_CRITERIA] = { 5, 3, 2, 2, 1 };
  double max_sum = 0;
  double sum = 0;

  programme_init (&programme);
  memcpy (programme.settings.weights, weights, sizeof weights);
  mentor = add_person (&programme, 1, "Mentor", TA_ROLE_MENTOR, 2, "IT");
  ta_participant_set_offers (mentor, STRV ("AI tools"));
  ta_participant_set_seeks (mentor, STRV ("Budgeting", "Negotiation"));
  mentee = add_person (&programme, 2, "Mentee", TA_ROLE_MENTEE, 4, "Finance");
  ta_participant_set_seeks (mentee, STRV ("AI tools"));
  ta_participant_set_offers (mentee, STRV ("Budgeting"));

  score_of (&programme, 1, 2, &score);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      g_assert_cmpfloat_with_epsilon (score.parts[i].max_points, weights[i] / 13 * 100, EPSILON);
      g_assert_cmpfloat (score.parts[i].points, >=, 0);
      g_assert_cmpfloat (score.parts[i].points, <=, score.parts[i].max_points + EPSILON);
      max_sum += score.parts[i].max_points;
      sum += score.parts[i].points;
    }
  g_assert_cmpfloat_with_epsilon (max_sum, 100, EPSILON);
  g_assert_cmpfloat_with_epsilon (score.total, sum, EPSILON);
  /* 5 + 3 × 2/3 + 2 × 1/2 + 2 × 1/2 + 1, out of 13 */
  g_assert_cmpfloat_with_epsilon (score.total, (5 + 2 + 1 + 1 + 1) / 13.0 * 100, EPSILON);
}

/* --- Exclusions ------------------------------------------------------ */

static void
test_reporting_chain (void)
{
  g_auto(Programme) programme = { 0 };
  TaParticipant *ceo, *director, *manager, *junior;

  /* junior → manager → director → ceo: the ceo is 3 levels up. */
  programme_init (&programme);
  ceo = add_person (&programme, 10, "Ceo", TA_ROLE_BOTH, 7, "Board");
  director = add_person (&programme, 20, "Director", TA_ROLE_BOTH, 6, "Sales");
  manager = add_person (&programme, 30, "Manager", TA_ROLE_BOTH, 5, "Sales");
  junior = add_person (&programme, 5, "Junior", TA_ROLE_BOTH, 2, "Sales");
  add_person (&programme, 40, "Outsider", TA_ROLE_BOTH, 2, "IT");
  ta_participant_set_reports_to (junior, 30);
  ta_participant_set_reports_to (manager, 20);
  ta_participant_set_reports_to (director, 10);
  (void) ceo;

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 5, 10, &score);
    assert_forbidden (&score, "Junior reports to Ceo (3 levels up)");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* The other way round as well. */
    score_of (&programme, 10, 5, &score);
    assert_forbidden (&score, "Junior reports to Ceo (3 levels up)");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 5, 30, &score);
    assert_forbidden (&score, "Junior reports to Manager");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 30, 10, &score);
    assert_forbidden (&score, "Manager reports to Ceo (2 levels up)");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* Outside the line is fine, at any level. */
    score_of (&programme, 40, 10, &score);
    g_assert_false (score.forbidden);
    score_of (&programme, 10, 40, &score);
    g_assert_false (score.forbidden);
  }
}

static void
test_language (void)
{
  g_auto(Programme) programme = { 0 };

  programme_init (&programme);
  ta_participant_set_languages (add_person (&programme, 1, "Lotte", TA_ROLE_MENTOR, 2, "IT"),
                                STRV ("nl", "EN"));
  ta_participant_set_languages (add_person (&programme, 2, "Camille", TA_ROLE_MENTEE, 6, "HR"),
                                STRV ("fr"));
  ta_participant_set_languages (add_person (&programme, 3, "Marc", TA_ROLE_MENTEE, 6, "HR"),
                                STRV ("fr", "en"));
  ta_participant_set_languages (add_person (&programme, 4, "Silent", TA_ROLE_MENTEE, 6, "HR"),
                                NULL);

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 2, &score);
    assert_forbidden (&score, "No language in common: Lotte speaks nl, EN, Camille speaks fr");
  }
  {
    g_auto(TaScore) score = { 0 };

    /* "EN" and "en" are the same language. */
    score_of (&programme, 1, 3, &score);
    g_assert_false (score.forbidden);
  }
  {
    g_auto(TaScore) score = { 0 };

    /* Only when both list languages. */
    score_of (&programme, 1, 4, &score);
    g_assert_false (score.forbidden);
  }
}

static void
test_roles_and_status (void)
{
  g_auto(Programme) programme = { 0 };
  TaParticipant *both;

  programme_init (&programme);
  both = add_person (&programme, 1, "Both", TA_ROLE_BOTH, 3, "IT");
  ta_participant_set_offers (both, STRV ("AI tools"));
  ta_participant_set_seeks (both, STRV ("AI tools"));
  add_person (&programme, 2, "Mentee", TA_ROLE_MENTEE, 6, "HR");
  add_person (&programme, 3, "Mentor", TA_ROLE_MENTOR, 2, "HR");
  ta_participant_set_status (add_person (&programme, 4, "Paused", TA_ROLE_MENTOR, 2, "HR"),
                             TA_PARTICIPANT_STATUS_PAUSED);
  ta_participant_set_status (add_person (&programme, 5, "Gone", TA_ROLE_MENTEE, 6, "HR"),
                             TA_PARTICIPANT_STATUS_LEFT);

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 1, &score);
    assert_forbidden (&score, "Both cannot mentor themself");
  }
  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 2, 1, &score);
    assert_forbidden (&score, "Mentee is not a mentor");
    ta_score_clear (&score);
    score_of (&programme, 1, 3, &score);
    assert_forbidden (&score, "Mentor is not a mentee");
    ta_score_clear (&score);
    score_of (&programme, 4, 2, &score);
    assert_forbidden (&score, "Paused is paused");
    ta_score_clear (&score);
    score_of (&programme, 3, 5, &score);
    assert_forbidden (&score, "Gone has left the programme");
  }
}

/* --- Suggestions ----------------------------------------------------- */

/* Mentors offer "AI tools", mentees want it: every pair has substance. */
static TaParticipant *
add_mentor (Programme  *programme,
            gint64      id,
            const char *name,
            int         capacity)
{
  TaParticipant *mentor = add_person (programme, id, name, TA_ROLE_MENTOR, 2, "IT");

  ta_participant_set_offers (mentor, STRV ("AI tools"));
  ta_participant_set_capacity (mentor, capacity);
  return mentor;
}

static TaParticipant *
add_mentee (Programme  *programme,
            gint64      id,
            const char *name)
{
  TaParticipant *mentee = add_person (programme, id, name, TA_ROLE_MENTEE, 6, "Finance");

  ta_participant_set_seeks (mentee, STRV ("AI tools"));
  return mentee;
}

static void
test_capacity (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;
  guint for_mentor = 0;

  programme_init (&programme);
  add_mentor (&programme, 1, "Mentor", 2);
  for (gint64 id = 10; id < 15; id++)
    add_mentee (&programme, id, "Mentee");

  /* Capacity 2, none taken: two of the five. */
  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 2);
  g_assert_cmpuint (suggestions->unpaired->len, ==, 3);
  for (guint i = 0; i < suggestions->unpaired->len; i++)
    {
      const TaUnpaired *unpaired = &g_array_index (suggestions->unpaired, TaUnpaired, i);

      g_assert_false (unpaired->as_mentor);
      g_assert_cmpstr (unpaired->reason, ==, "Compatible mentors are all taken");
    }
  g_assert_null (find_unpaired (suggestions, 1, TRUE));
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* An open pairing holds a place and its mentee; a closed one neither. */
  add_pairing (&programme, 1, 10, TA_PAIRING_STATUS_ACTIVE);
  add_pairing (&programme, 1, 11, TA_PAIRING_STATUS_COMPLETED);
  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 1);
  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);

      for_mentor += suggestion->mentor_id == 1;
      g_assert_cmpint (suggestion->mentee_id, !=, 10);
      /* Earlier pairs are excluded by default. */
      g_assert_cmpint (suggestion->mentee_id, !=, 11);
    }
  g_assert_cmpuint (for_mentor, ==, 1);
  g_assert_null (find_unpaired (suggestions, 10, FALSE));
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* Full: nothing more for them, and they are not listed as free. */
  add_pairing (&programme, 1, 12, TA_PAIRING_STATUS_PAUSED);
  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  g_assert_null (find_unpaired (suggestions, 1, TRUE));
  /* Full before this round: their capacity is the reason (issue 11). */
  g_assert_cmpstr (find_unpaired (suggestions, 13, FALSE)->reason, ==,
                   "Mentor already mentors 2 people, which is their capacity");
}

/* A new mentor who takes nobody yet, or who is full: the reasons a
 * facilitator reads name the capacity, never the topics. */
static void
test_capacity_reasons (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GError) error = NULL;

  programme_init (&programme);
  add_mentor (&programme, 1, "Alex Martin", 0);
  add_mentee (&programme, 10, "Bea Janssens");

  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  g_assert_cmpstr (find_unpaired (suggestions, 10, FALSE)->reason, ==,
                   "Alex Martin takes no mentees: their capacity is 0");
  /* And the mentor is listed, so that nobody seems forgotten. */
  g_assert_cmpstr (find_unpaired (suggestions, 1, TRUE)->reason, ==,
                   "Alex Martin takes no mentees: their capacity is 0");
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* Find a Partner, either way round, says the same. */
  matcher = ta_matcher_new (programme.people, programme.pairings, programme.rules, &programme.settings);
  ranked = ta_matcher_rank_partners (matcher, 10, FALSE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, 1);
  g_assert_true (g_array_index (ranked, TaSuggestion, 0).score.forbidden);
  g_assert_cmpstr (g_array_index (ranked, TaSuggestion, 0).score.forbidden_reason, ==,
                   "Alex Martin takes no mentees: their capacity is 0");
  g_clear_pointer (&ranked, g_array_unref);
  ranked = ta_matcher_rank_partners (matcher, 1, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_array_index (ranked, TaSuggestion, 0).score.forbidden_reason, ==,
                   "Alex Martin takes no mentees: their capacity is 0");
  g_clear_pointer (&ranked, g_array_unref);
  g_clear_object (&matcher);

  /* Capacity 1, taken: "already mentors 1 person". */
  ta_participant_set_capacity (g_ptr_array_index (programme.people, 0), 1);
  add_mentee (&programme, 11, "Chris Peeters");
  add_pairing (&programme, 1, 11, TA_PAIRING_STATUS_ACTIVE);
  suggestions = suggest (&programme);
  g_assert_cmpstr (find_unpaired (suggestions, 10, FALSE)->reason, ==,
                   "Alex Martin already mentors 1 person, which is their capacity");
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* The reasons New Pair gives. */
  matcher = ta_matcher_new (programme.people, programme.pairings, programme.rules, &programme.settings);
  {
    g_autofree char *full = _ta_matcher_pair_problem (matcher, 1, 10);
    g_autofree char *paired = _ta_matcher_pair_problem (matcher, 1, 11);
    g_autofree char *capacity = _ta_matcher_capacity_problem (matcher, 1);

    g_assert_cmpstr (full, ==, "Alex Martin already mentors 1 person, which is their capacity");
    g_assert_cmpstr (paired, ==, "Chris Peeters already has a mentor");
    g_assert_cmpstr (capacity, ==, full);
    g_assert_true (_ta_matcher_has_mentor (matcher, 11));
    g_assert_false (_ta_matcher_has_mentor (matcher, 10));
  }

  /* Two full mentors: the best named, the other counted. */
  g_clear_object (&matcher);
  add_mentor (&programme, 2, "Dana Wouters", 1);
  add_mentee (&programme, 12, "Eli Maes");
  add_pairing (&programme, 2, 12, TA_PAIRING_STATUS_PROPOSED);
  suggestions = suggest (&programme);
  g_assert_true (g_str_has_suffix (find_unpaired (suggestions, 10, FALSE)->reason,
                                   " and 1 other compatible mentor are all at their capacity"));
}

static void
test_both_never_self (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;
  TaParticipant *both;

  programme_init (&programme);
  both = add_person (&programme, 1, "Both", TA_ROLE_BOTH, 4, "IT");
  ta_participant_set_offers (both, STRV ("AI tools"));
  ta_participant_set_seeks (both, STRV ("AI tools"));
  ta_participant_set_capacity (both, 3);

  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  g_assert_cmpstr (find_unpaired (suggestions, 1, FALSE)->reason, ==,
                   "No compatible mentor: there are no active mentors");
  g_assert_cmpstr (find_unpaired (suggestions, 1, TRUE)->reason, ==,
                   "No compatible mentee: there are no active mentees");
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* With a second one, each mentors the other. */
  both = add_person (&programme, 2, "Other", TA_ROLE_BOTH, 4, "HR");
  ta_participant_set_offers (both, STRV ("AI tools"));
  ta_participant_set_seeks (both, STRV ("AI tools"));
  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 2);
  g_assert_cmpint (find_suggestion (suggestions, 1)->mentor_id, ==, 2);
  g_assert_cmpint (find_suggestion (suggestions, 2)->mentor_id, ==, 1);
}

static void
test_inactive_ignored (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;

  programme_init (&programme);
  ta_participant_set_status (add_mentor (&programme, 1, "Paused mentor", 3),
                             TA_PARTICIPANT_STATUS_PAUSED);
  ta_participant_set_status (add_mentee (&programme, 2, "Gone mentee"),
                             TA_PARTICIPANT_STATUS_LEFT);
  add_mentee (&programme, 3, "Active mentee");

  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  /* Only the active mentee is listed, as having nobody. */
  g_assert_cmpuint (suggestions->unpaired->len, ==, 1);
  g_assert_cmpstr (find_unpaired (suggestions, 3, FALSE)->reason, ==,
                   "No compatible mentor: there are no active mentors");
}

static void
test_pin_and_block (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;
  TaParticipant *best, *weak;

  /* Left alone, the best mentor goes to mentee 10. */
  programme_init (&programme);
  best = add_mentor (&programme, 1, "Best", 1);
  ta_participant_set_availability (best, TA_AVAILABILITY_ALL);
  weak = add_mentor (&programme, 2, "Weak", 1);
  ta_participant_set_availability (weak, 0);
  add_mentee (&programme, 10, "Ten");

  suggestions = suggest (&programme);
  g_assert_cmpint (find_suggestion (suggestions, 10)->mentor_id, ==, 1);
  g_assert_false (find_suggestion (suggestions, 10)->pinned);
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* Pinned to the weaker one: that comes first. */
  add_rule (&programme, 2, 10, TA_PAIR_RULE_PIN);
  suggestions = suggest (&programme);
  g_assert_cmpint (find_suggestion (suggestions, 10)->mentor_id, ==, 2);
  g_assert_true (find_suggestion (suggestions, 10)->pinned);
  g_assert_nonnull (find_unpaired (suggestions, 1, TRUE));
  g_clear_pointer (&suggestions, ta_suggestions_free);

  /* Blocked from the best one: the other one. */
  g_array_set_size (programme.rules, 0);
  add_rule (&programme, 1, 10, TA_PAIR_RULE_BLOCK);
  suggestions = suggest (&programme);
  g_assert_cmpint (find_suggestion (suggestions, 10)->mentor_id, ==, 2);
  g_assert_false (find_suggestion (suggestions, 10)->pinned);
  g_clear_pointer (&suggestions, ta_suggestions_free);

  {
    g_autoptr(TaMatcher) matcher = programme_matcher (&programme);
    g_auto(TaScore) score = { 0 };

    g_assert_true (ta_matcher_score (matcher, 1, 10, &score, NULL));
    assert_forbidden (&score, "The facilitator blocked this pair");
  }

  /* A pin of a forbidden pair is not taken. */
  g_array_set_size (programme.rules, 0);
  ta_participant_set_reports_to (weak, 10);
  add_rule (&programme, 2, 10, TA_PAIR_RULE_PIN);
  suggestions = suggest (&programme);
  g_assert_cmpint (find_suggestion (suggestions, 10)->mentor_id, ==, 1);
  g_assert_false (find_suggestion (suggestions, 10)->pinned);
}

static void
test_earlier_pairs (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;

  programme_init (&programme);
  add_mentor (&programme, 1, "Mentor", 1);
  add_mentee (&programme, 2, "Mentee");
  add_pairing (&programme, 1, 2, TA_PAIRING_STATUS_ENDED);

  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  g_assert_cmpstr (find_unpaired (suggestions, 2, FALSE)->reason, ==,
                   "No compatible mentor: most were paired with them before");
  g_assert_cmpstr (find_unpaired (suggestions, 1, TRUE)->reason, ==,
                   "No compatible mentee: most were paired with them before");
  g_clear_pointer (&suggestions, ta_suggestions_free);

  {
    g_auto(TaScore) score = { 0 };

    score_of (&programme, 1, 2, &score);
    assert_forbidden (&score, "Paired before: that pairing ended");
  }

  programme.settings.exclude_earlier_pairs = FALSE;
  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 1);
}

static void
test_unpaired_reasons (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaSuggestions) suggestions = NULL;
  TaParticipant *mentee;

  programme_init (&programme);
  add_mentor (&programme, 1, "Boss's junior", 1);
  add_mentor (&programme, 2, "Another junior", 1);
  ta_participant_set_languages (add_mentor (&programme, 3, "Dutch only", 1), STRV ("nl"));
  mentee = add_mentee (&programme, 10, "Boss");
  ta_participant_set_reports_to (g_ptr_array_index (programme.people, 0), 10);
  ta_participant_set_reports_to (g_ptr_array_index (programme.people, 1), 10);
  (void) mentee;
  ta_participant_set_seeks (add_mentee (&programme, 11, "Wants other things"), STRV ("Podcasting"));

  suggestions = suggest (&programme);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);
  g_assert_cmpstr (find_unpaired (suggestions, 10, FALSE)->reason, ==,
                   "No compatible mentor: most are in their reporting line");
  g_assert_cmpstr (find_unpaired (suggestions, 11, FALSE)->reason, ==,
                   "No compatible mentor: most offer nothing they want to learn");
  g_assert_cmpstr (find_unpaired (suggestions, 3, TRUE)->reason, ==,
                   "No compatible mentee: most share no language with them");

  /* Mentees first, then mentors, each by name. */
  g_assert_cmpuint (suggestions->unpaired->len, ==, 5);
  g_assert_false (g_array_index (suggestions->unpaired, TaUnpaired, 0).as_mentor);
  g_assert_cmpint (g_array_index (suggestions->unpaired, TaUnpaired, 0).participant_id, ==, 10);
  g_assert_false (g_array_index (suggestions->unpaired, TaUnpaired, 1).as_mentor);
  g_assert_true (g_array_index (suggestions->unpaired, TaUnpaired, 2).as_mentor);
  g_assert_cmpint (g_array_index (suggestions->unpaired, TaUnpaired, 2).participant_id, ==, 2);
  g_assert_cmpint (g_array_index (suggestions->unpaired, TaUnpaired, 3).participant_id, ==, 1);
}

/* Everyone paired who can be, then the highest total: compared with
 * every way of pairing a small programme. */
static void
brute_force (const double *values,
             guint         n_rows,
             guint         n_cols,
             guint         row,
             guint         used,
             guint         pairs,
             double        total,
             guint        *best_pairs,
             double       *best_total)
{
  if (row == n_rows)
    {
      if (pairs > *best_pairs || (pairs == *best_pairs && total > *best_total))
        {
          *best_pairs = pairs;
          *best_total = total;
        }
      return;
    }

  brute_force (values, n_rows, n_cols, row + 1, used, pairs, total, best_pairs, best_total);
  for (guint c = 0; c < n_cols; c++)
    {
      double value = values[row * n_cols + c];

      if ((used & (1u << c)) == 0 && value > 0)
        brute_force (values, n_rows, n_cols, row + 1, used | (1u << c), pairs + 1,
                     total + value, best_pairs, best_total);
    }
}

static void
test_optimal (void)
{
  static const char * const topics[] = { "AI tools", "Notion", "Podcasting", "Excel", "TikTok" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 60; round++)
    {
      g_auto(Programme) programme = { 0 };
      g_autoptr(TaSuggestions) suggestions = NULL;
      g_autoptr(TaMatcher) matcher = NULL;
      guint n_mentors = (guint) g_rand_int_range (rand, 1, 6);
      guint n_mentees = (guint) g_rand_int_range (rand, 1, 6);
      double values[5 * 5];
      guint best_pairs = 0;
      double best_total = 0;

      programme_init (&programme);
      for (guint i = 0; i < n_mentors + n_mentees; i++)
        {
          gboolean mentor = i < n_mentors;
          TaParticipant *person = add_person (&programme, i + 1, mentor ? "M" : "E",
                                              mentor ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                                              g_rand_int_range (rand, 1, 8), NULL);
          const char *list[3] = {
            topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))],
            topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))],
            NULL
          };

          ta_participant_set_availability (person, (TaAvailability) g_rand_int_range (rand, 0, 16));
          if (mentor)
            ta_participant_set_offers (person, list);
          else
            ta_participant_set_seeks (person, list);
        }

      matcher = programme_matcher (&programme);
      for (guint m = 0; m < n_mentors; m++)
        for (guint e = 0; e < n_mentees; e++)
          {
            g_auto(TaScore) score = { 0 };

            g_assert_true (ta_matcher_score (matcher, m + 1, n_mentors + e + 1, &score, NULL));
            /* Suggested pairs must have a topic in common. */
            values[e * n_mentors + m] =
              score.parts[TA_CRITERION_TOPIC_FIT].points > 0 ? score.total : 0;
          }

      brute_force (values, n_mentees, n_mentors, 0, 0, 0, 0, &best_pairs, &best_total);
      suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, NULL);
      g_assert_nonnull (suggestions);
      g_assert_cmpuint (suggestions->suggestions->len, ==, best_pairs);
      g_assert_cmpfloat_with_epsilon (suggestions->total, best_total, 1e-3);
    }
}

static void
test_stable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaSuggestions) first = NULL;
  g_autoptr(TaSuggestions) again = NULL;
  TaTestDir dir;

  ta_test_dir_init (&dir);
  store = ta_store_open (dir.path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill_full (store, 300, 11, TA_DEMO_NO_PAIRINGS, &error));
  g_assert_no_error (error);

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(TaMatcher) matcher = ta_matcher_new_from_store (store, &error);

      g_assert_no_error (error);
      if (run == 0)
        first = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
      else
        again = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  g_assert_cmpuint (first->suggestions->len, >, 100);
  g_assert_cmpuint (first->suggestions->len, ==, again->suggestions->len);
  g_assert_cmpuint (first->unpaired->len, ==, again->unpaired->len);
  g_assert_cmpfloat (first->total, ==, again->total);
  for (guint i = 0; i < first->suggestions->len; i++)
    {
      const TaSuggestion *a = &g_array_index (first->suggestions, TaSuggestion, i);
      const TaSuggestion *b = &g_array_index (again->suggestions, TaSuggestion, i);
      g_autofree char *text_a = ta_score_to_explanation (&a->score);
      g_autofree char *text_b = ta_score_to_explanation (&b->score);

      g_assert_cmpint (a->mentor_id, ==, b->mentor_id);
      g_assert_cmpint (a->mentee_id, ==, b->mentee_id);
      g_assert_cmpstr (text_a, ==, text_b);
      g_assert_false (a->score.forbidden);
    }
  for (guint i = 0; i < first->unpaired->len; i++)
    {
      const TaUnpaired *a = &g_array_index (first->unpaired, TaUnpaired, i);
      const TaUnpaired *b = &g_array_index (again->unpaired, TaUnpaired, i);

      g_assert_cmpint (a->participant_id, ==, b->participant_id);
      g_assert_cmpstr (a->reason, ==, b->reason);
    }

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

/* Pairings, rules and settings as the store keeps them. */
static void
test_from_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(TaSuggestions) suggestions = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(TaParticipant) other = NULL;
  g_autoptr(TaParticipant) blocked = NULL;
  TaMatchSettings settings;
  TaTestDir dir;

  ta_test_dir_init (&dir);
  store = ta_store_open (dir.path, &error);
  g_assert_no_error (error);

  mentor = ta_test_make_participant ("Lotte Peeters", "lotte@example.org");
  ta_participant_set_role (mentor, TA_ROLE_MENTOR);
  ta_participant_set_capacity (mentor, 2);
  ta_participant_set_offers (mentor, STRV ("AI tools"));
  mentee = ta_test_make_participant ("Marc Dubois", "marc@example.org");
  ta_participant_set_role (mentee, TA_ROLE_MENTEE);
  ta_participant_set_seeks (mentee, STRV ("AI tools"));
  other = ta_test_make_participant ("Anna Weber", "anna@example.org");
  ta_participant_set_role (other, TA_ROLE_MENTEE);
  ta_participant_set_seeks (other, STRV ("AI tools"));
  blocked = ta_test_make_participant ("Emre Kaya", "emre@example.org");
  ta_participant_set_role (blocked, TA_ROLE_MENTEE);
  ta_participant_set_seeks (blocked, STRV ("AI tools"));
  g_assert_true (ta_store_add_participant (store, mentor, &error));
  g_assert_true (ta_store_add_participant (store, mentee, &error));
  g_assert_true (ta_store_add_participant (store, other, &error));
  g_assert_true (ta_store_add_participant (store, blocked, &error));
  g_assert_no_error (error);

  pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_true (ta_store_set_pair_rule (store, ta_participant_get_id (mentor),
                                         ta_participant_get_id (blocked),
                                         TA_PAIR_RULE_BLOCK, &error));
  g_assert_no_error (error);

  matcher = ta_matcher_new_from_store (store, &error);
  g_assert_no_error (error);
  suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* One place left, the paired mentee not again, the blocked one never. */
  g_assert_cmpuint (suggestions->suggestions->len, ==, 1);
  g_assert_cmpint (g_array_index (suggestions->suggestions, TaSuggestion, 0).mentee_id, ==,
                   ta_participant_get_id (other));
  g_assert_cmpstr (find_unpaired (suggestions, ta_participant_get_id (blocked), FALSE)->reason, ==,
                   "No compatible mentor: the facilitator blocked most of them");
  g_clear_pointer (&suggestions, ta_suggestions_free);
  g_clear_object (&matcher);

  /* Settings come from the store too. */
  g_assert_true (ta_store_get_match_settings (store, &settings, &error));
  settings.reverse_rule = TA_REVERSE_REQUIRE;
  g_assert_true (ta_store_set_match_settings (store, &settings, &error));
  g_assert_no_error (error);
  matcher = ta_matcher_new_from_store (store, &error);
  g_assert_no_error (error);
  suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 0);

  g_clear_pointer (&suggestions, ta_suggestions_free);
  g_clear_object (&matcher);
  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_progress_and_cancel (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(TaSuggestions) suggestions = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  double last = 0;

  programme_init (&programme);
  for (gint64 id = 1; id <= 100; id++)
    {
      if (id % 2 == 0)
        add_mentor (&programme, id, "Mentor", 1);
      else
        add_mentee (&programme, id, "Mentee");
    }
  matcher = programme_matcher (&programme);

  suggestions = ta_matcher_suggest (matcher, NULL, on_progress, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 50);

  g_cancellable_cancel (cancellable);
  g_assert_null (ta_matcher_suggest (matcher, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_rank_partners (void)
{
  g_auto(Programme) programme = { 0 };
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GError) error = NULL;
  TaParticipant *person;

  programme_init (&programme);
  ta_participant_set_availability (add_mentee (&programme, 1, "Mentee"), TA_AVAILABILITY_ALL);
  person = add_mentor (&programme, 2, "Good", 1);
  ta_participant_set_availability (person, TA_AVAILABILITY_ALL);
  add_mentor (&programme, 3, "Fine", 1);
  ta_participant_set_availability (add_mentor (&programme, 4, "Weak", 1), 0);
  ta_participant_set_languages (add_mentor (&programme, 5, "Dutch", 1), STRV ("nl"));
  add_mentor (&programme, 6, "Full", 1);
  add_mentee (&programme, 7, "Their mentee");
  add_pairing (&programme, 6, 7, TA_PAIRING_STATUS_ACTIVE);
  add_person (&programme, 8, "Another mentee", TA_ROLE_MENTEE, 6, "HR");

  matcher = programme_matcher (&programme);
  ranked = ta_matcher_rank_partners (matcher, 1, FALSE, 0, &error);
  g_assert_no_error (error);

  /* Mentors only: the allowed ones best first, then the others. */
  g_assert_cmpuint (ranked->len, ==, 5);
  g_assert_cmpint (g_array_index (ranked, TaSuggestion, 0).mentor_id, ==, 2);
  g_assert_false (g_array_index (ranked, TaSuggestion, 0).score.forbidden);
  g_assert_false (g_array_index (ranked, TaSuggestion, 1).score.forbidden);
  g_assert_false (g_array_index (ranked, TaSuggestion, 2).score.forbidden);
  g_assert_cmpint (g_array_index (ranked, TaSuggestion, 2).mentor_id, ==, 4);
  g_assert_cmpfloat (g_array_index (ranked, TaSuggestion, 0).score.total, >=,
                     g_array_index (ranked, TaSuggestion, 1).score.total);
  for (guint i = 3; i < 5; i++)
    {
      const TaSuggestion *candidate = &g_array_index (ranked, TaSuggestion, i);

      g_assert_true (candidate->score.forbidden);
      if (candidate->mentor_id == 6)
        g_assert_cmpstr (candidate->score.forbidden_reason, ==, "Full already mentors 1 person, which is their capacity");
      else
        g_assert_true (g_str_has_prefix (candidate->score.forbidden_reason, "No language in common"));
    }
  g_clear_pointer (&ranked, g_array_unref);

  ranked = ta_matcher_rank_partners (matcher, 1, FALSE, 2, &error);
  g_assert_cmpuint (ranked->len, ==, 2);
  g_clear_pointer (&ranked, g_array_unref);

  /* As a mentor: mentees, a paired one says so. */
  ranked = ta_matcher_rank_partners (matcher, 3, TRUE, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, 3);
  g_assert_cmpint (g_array_index (ranked, TaSuggestion, 0).mentee_id, ==, 1);
  for (guint i = 0; i < ranked->len; i++)
    {
      const TaSuggestion *candidate = &g_array_index (ranked, TaSuggestion, i);

      if (candidate->mentee_id == 7)
        g_assert_cmpstr (candidate->score.forbidden_reason, ==, "Their mentee already has a mentor");
    }
  g_clear_pointer (&ranked, g_array_unref);

  g_assert_null (ta_matcher_rank_partners (matcher, 999, FALSE, 0, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
}

/* --- Explanations ---------------------------------------------------- */

static void
assert_scores_equal (const TaScore *a,
                     const TaScore *b)
{
  g_assert_cmpint (a->forbidden, ==, b->forbidden);
  g_assert_cmpstr (a->forbidden_reason, ==, b->forbidden_reason);
  g_assert_cmpfloat_with_epsilon (a->total, b->total, EPSILON);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      g_assert_cmpint (a->parts[i].criterion, ==, b->parts[i].criterion);
      g_assert_cmpfloat (a->parts[i].points, ==, b->parts[i].points);
      g_assert_cmpfloat (a->parts[i].max_points, ==, b->parts[i].max_points);
      g_assert_cmpstr (a->parts[i].reason, ==, b->parts[i].reason);
    }
}

static void
test_explanation_round_trip (void)
{
  g_auto(Programme) programme = { 0 };
  g_auto(TaScore) score = { 0 };
  g_auto(TaScore) read_back = { 0 };
  g_autofree char *text = NULL;
  TaParticipant *mentor, *mentee;

  programme_init (&programme);
  mentor = add_mentor (&programme, 1, "Lotte Peeters", 1);
  ta_participant_set_seeks (mentor, STRV ("Negotiation"));
  mentee = add_mentee (&programme, 2, "Marc Dubois");
  ta_participant_set_offers (mentee, STRV ("Negotiation"));
  ta_participant_set_reports_to (mentor, 2);

  score_of (&programme, 1, 2, &score);
  g_assert_true (score.forbidden);
  text = ta_score_to_explanation (&score);
  g_assert_true (g_str_has_prefix (text, "forbidden\tLotte Peeters reports to Marc Dubois\n"));
  g_assert_true (ta_score_from_explanation (text, &read_back));
  assert_scores_equal (&score, &read_back);
  ta_score_clear (&read_back);

  /* A criterion of a newer version is skipped, not an error. */
  {
    g_autofree char *newer = g_strconcat (text, "chemistry\t1\t2\tGets on well\n", NULL);

    g_assert_true (ta_score_from_explanation (newer, &read_back));
    assert_scores_equal (&score, &read_back);
    ta_score_clear (&read_back);
  }

  /* Not an explanation. */
  {
    const char * const bad[] = {
      "",
      "hello",
      "topic-fit\t1\t2\n",
      "topic-fit\tx\t2\treason\n",
      "topic-fit\t3\t2\treason\n",
      "topic-fit\t-1\t2\treason\n",
      "topic-fit\tnan\t2\treason\n",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_false (ta_score_from_explanation (bad[i], &read_back));
        g_assert_null (read_back.parts[0].reason);
      }
  }
}

static void
test_hostile_text (void)
{
  g_auto(Programme) programme = { 0 };
  g_auto(TaScore) score = { 0 };
  g_auto(TaScore) read_back = { 0 };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  TaParticipant *mentor, *mentee;

  /* Names and topics as a hostile file could make them in memory: the
   * explanation keeps one line per part and reads back the same. */
  programme_init (&programme);
  mentor = add_person (&programme, 1, "Tab\there \"quoted\" back\\slash", TA_ROLE_MENTOR, 0, "IT\n");
  ta_participant_set_offers (mentor, STRV ("AI\ttools\n\\n", "\xe2\x80\xae" "rtl"));
  mentee = add_person (&programme, 2, "Line\nbreak\r\n", TA_ROLE_MENTEE, 5, NULL);
  ta_participant_set_seeks (mentee, STRV ("ai\ttools\n\\n", "\xe2\x80\xae" "rtl"));

  score_of (&programme, 1, 2, &score);
  g_assert_true (strstr (score.parts[TA_CRITERION_TOPIC_FIT].reason, "ai\ttools\n\\n") != NULL);
  text = ta_score_to_explanation (&score);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, TA_N_CRITERIA + 1);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
    }
  g_assert_true (ta_score_from_explanation (text, &read_back));
  assert_scores_equal (&score, &read_back);
}

static void
test_criticals (void)
{
  g_auto(TaScore) score = { 0 };

  if (g_test_undefined ())
    {
      g_test_expect_message ("turnabout-match", G_LOG_LEVEL_CRITICAL, "*TA_IS_MATCHER*");
      g_assert_false (ta_matcher_score (NULL, 1, 2, &score, NULL));
      g_test_assert_expected_messages ();

      g_test_expect_message ("turnabout-match", G_LOG_LEVEL_CRITICAL, "*explanation != NULL*");
      g_assert_false (ta_score_from_explanation (NULL, &score));
      g_test_assert_expected_messages ();
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/match/criterion/topic-fit", test_topic_fit);
  g_test_add_func ("/match/criterion/reverse-prefer", test_reverse_prefer);
  g_test_add_func ("/match/criterion/reverse-require", test_reverse_require);
  g_test_add_func ("/match/criterion/reciprocity", test_reciprocity);
  g_test_add_func ("/match/criterion/availability", test_availability);
  g_test_add_func ("/match/criterion/department", test_department);
  g_test_add_func ("/match/criterion/weights", test_weights);
  g_test_add_func ("/match/exclude/reporting-chain", test_reporting_chain);
  g_test_add_func ("/match/exclude/language", test_language);
  g_test_add_func ("/match/exclude/roles-and-status", test_roles_and_status);
  g_test_add_func ("/match/exclude/earlier-pairs", test_earlier_pairs);
  g_test_add_func ("/match/suggest/capacity", test_capacity);
  g_test_add_func ("/match/suggest/capacity-reasons", test_capacity_reasons);
  g_test_add_func ("/match/suggest/both-never-self", test_both_never_self);
  g_test_add_func ("/match/suggest/inactive-ignored", test_inactive_ignored);
  g_test_add_func ("/match/suggest/pin-and-block", test_pin_and_block);
  g_test_add_func ("/match/suggest/unpaired-reasons", test_unpaired_reasons);
  g_test_add_func ("/match/suggest/optimal", test_optimal);
  g_test_add_func ("/match/suggest/stable", test_stable);
  g_test_add_func ("/match/suggest/from-store", test_from_store);
  g_test_add_func ("/match/suggest/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/match/rank-partners", test_rank_partners);
  g_test_add_func ("/match/explanation/round-trip", test_explanation_round_trip);
  g_test_add_func ("/match/explanation/hostile-text", test_hostile_text);
  g_test_add_func ("/match/criticals", test_criticals);

  return g_test_run ();
}
