/* ta-demo-pairings.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme's pairings over its year: formed by the matcher
 * (greedily for large cohorts), with goals, and some paused, completed
 * or ended early. */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo-private.h"
#include "ta-match-private.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-store-private.h"

/* --- Pairings --------------------------------------------------------- */

/* What a mentee sets out to do when they learn a topic: the objectives
 * that, the field says, keep a pair going. */
static const struct
{
  const char *topic;
  const char *goal;
} topic_goals[] = {
  { "AI tools", "Use an AI assistant to summarise a long report" },
  { "Prompt writing", "Write prompts that give a usable first draft" },
  { "TikTok and Instagram", "Understand what the brand posts on TikTok, and why" },
  { "LinkedIn personal branding", "Publish a first LinkedIn post" },
  { "Slack and Teams", "Run a meeting with Teams breakout rooms" },
  { "Data visualisation", "Turn the monthly figures into one clear chart" },
  { "Power BI dashboards", "Build a Power BI dashboard for the team" },
  { "Inclusive language", "Review a job advert for inclusive language" },
  { "Gen Z expectations", "Ask three new graduates what makes them stay" },
  { "Hybrid work", "Agree on hybrid working habits with the team" },
  { "No-code automation", "Automate one weekly report without code" },
  { "Cybersecurity hygiene", "Set up a password manager and two-step sign-in" },
  { "Video editing", "Edit a one-minute video update for the team" },
  { "Notion", "Move the team's meeting notes to Notion" },
  { "Generative AI for writing", "Draft a newsletter with generative AI, then edit it" },
  { "Excel power tips", "Replace a manual spreadsheet with a pivot table" },
  { "Podcasting", "Record a short internal podcast episode" },
  { "Accessibility basics", "Check a presentation with the accessibility checker" },
  { "Social listening", "Set up alerts for what customers say about us online" },
  { "Remote facilitation", "Facilitate a remote workshop on an online whiteboard" },
};

static const char * const general_goals[] = {
  "Agree on a monthly meeting rhythm",
  "Present what we learned at a lunch-and-learn",
  "Try one new tool in a real meeting",
};

static const char * const end_reasons[] = {
  "Schedules did not match",
  "Sessions kept being cancelled; both agreed to stop",
  "Mentee moved to another team with less time for it",
  "Goals reached early",
  "Parental leave",
  "Schedules did not match",
};

/* Bigger programmes are paired with a cheap greedy rule instead of the
 * exact solver: a sample of this many mentors for each mentee. */
#define GREEDY_CANDIDATES 24

typedef struct
{
  gint64 mentor_id;
  gint64 mentee_id;
} DemoPair;

/* Small programmes: the exact suggestions of the matcher, so that the
 * pairs are the ones the programme's rules allow and the best of them. */
static gboolean
pairs_from_suggestions (TaMatcher  *matcher,
                        GArray     *pairs,
                        GError    **error)
{
  g_autoptr(TaSuggestions) suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, error);

  if (suggestions == NULL)
    return FALSE;

  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);
      DemoPair pair = { suggestion->mentor_id, suggestion->mentee_id };

      g_array_append_val (pairs, pair);
    }

  return TRUE;
}

/* Large programmes: for each mentee, in a random order, the best of a few
 * mentors picked at random among those with a place left, if any of them
 * may be paired with them at all.  Fast, and still only allowed pairs. */
static void
pairs_greedy (TaMatcher *matcher,
              GRand     *rand,
              GPtrArray *participants,
              guint      max_pairs,
              GArray    *pairs)
{
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) mentees = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree int *places = g_new0 (int, MAX (participants->len, 1));

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      TaRole role = ta_participant_get_role (participant);

      if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_ACTIVE)
        continue;
      if (role != TA_ROLE_MENTEE)
        {
          places[i] = ta_participant_get_capacity (participant);
          g_array_append_val (mentors, i);
        }
      if (role != TA_ROLE_MENTOR)
        g_array_append_val (mentees, i);
    }

  for (guint k = 0; k < mentees->len && mentors->len > 0 && pairs->len < max_pairs; k++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) k, (gint32) mentees->len);
      guint mentee = g_array_index (mentees, guint, j);
      gint64 mentee_id = ta_participant_get_id (g_ptr_array_index (participants, mentee));
      float best_value = 0;
      gint32 best = -1;

      g_array_index (mentees, guint, j) = g_array_index (mentees, guint, k);
      g_array_index (mentees, guint, k) = mentee;

      for (guint c = 0; c < GREEDY_CANDIDATES; c++)
        {
          guint mentor = g_array_index (mentors, guint,
                                        g_rand_int_range (rand, 0, (gint32) mentors->len));
          float value;

          if (places[mentor] <= 0)
            continue;

          value = _ta_matcher_pair_value (matcher, mentor, mentee);
          if (value > best_value)
            {
              best_value = value;
              best = (gint32) mentor;
            }
        }

      if (best >= 0)
        {
          DemoPair pair = { ta_participant_get_id (g_ptr_array_index (participants, best)), mentee_id };

          places[best]--;
          g_array_append_val (pairs, pair);
        }
    }
}

static char *
julian_text (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return _ta_demo_date_text (&date);
}

/* A start @first to @first + @spread days into the programme year, but
 * not before both people had been there a week, and three weeks ago at
 * the latest. */
static guint32
pick_start (DemoYear       *year,
            GRand          *rand,
            const DemoPair *pair,
            guint           first,
            guint           spread)
{
  guint32 day = g_date_get_julian (&year->start) + first + (guint32) g_rand_int_range (rand, 0, (gint32) spread + 1);
  day = MAX (day, _ta_demo_year_joined (year, pair->mentor_id) + 7);
  day = MAX (day, _ta_demo_year_joined (year, pair->mentee_id) + 7);
  return MIN (day, g_date_get_julian (&year->today) - 21);
}

/* One to three goals from what the mentor teaches, done or not. */
static void
add_goals (TaPairing     *pairing,
           GRand         *rand,
           TaParticipant *mentor,
           TaParticipant *mentee,
           guint          n_done_max)
{
  const char * const *offers = ta_participant_get_offers (mentor);
  const char * const *seeks = ta_participant_get_seeks (mentee);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint n_goals = (guint) g_rand_int_range (rand, 1, 4);

  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    {
      if (offers == NULL || !g_strv_contains (offers, seeks[i]))
        continue;
      for (guint t = 0; t < G_N_ELEMENTS (topic_goals); t++)
        {
          if (g_str_equal (topic_goals[t].topic, seeks[i]))
            g_ptr_array_add (titles, (gpointer) topic_goals[t].goal);
        }
    }
  g_ptr_array_add (titles, (gpointer) general_goals[g_rand_int_range (rand, 0, G_N_ELEMENTS (general_goals))]);

  for (guint i = 0; i < MIN (n_goals, titles->len); i++)
    {
      g_autoptr(TaGoal) goal = ta_goal_new (g_ptr_array_index (titles, i), i < n_done_max);

      g_list_store_append (ta_pairing_get_goals (pairing), goal);
    }
}

/*
 * A programme about eleven months into its year: about half the active
 * mentees paired.  Of those pairings, in a random order, about one in ten
 * ended early (with a reason) after one to seven months and one in twelve
 * completed after six months or more, both now history; one in twelve is
 * paused, one in six only proposed (never started), the rest active:
 * most since the programme's first two months, a quarter started later
 * in the year.  No pair starts before both its people joined
 * (ta-demo-dates.c).  Dates count back from today, so that the sample
 * always looks current; the same seed on the same day gives the same
 * programme.
 *
 * Up to TA_DEMO_MAX_MATCHED people the pairs are the matcher's exact
 * suggestions; above, a cheap greedy rule forms them (pairs_greedy()),
 * since solving 50,000 × 50,000 for sample data would take minutes.
 */
gboolean
_ta_demo_form_pairings (TaStore   *store,
                        GRand     *rand,
                        DemoYear  *year,
                        GError   **error)
{
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) mentor_uses = NULL;
  TaParticipant *leaving = NULL;
  guint32 today = g_date_get_julian (&year->today);
  guint n_mentees = 0;
  guint n_paired;
  guint n_ended, n_completed, n_paused, n_proposed;

  matcher = ta_matcher_new_from_store (store, error);
  if (matcher == NULL)
    return FALSE;

  participants = g_ptr_array_ref (_ta_matcher_get_participants (matcher));

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      n_mentees += ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE &&
                   ta_participant_get_role (participant) != TA_ROLE_MENTOR;
    }

  pairs = g_array_new (FALSE, FALSE, sizeof (DemoPair));
  if (participants->len <= TA_DEMO_MAX_MATCHED)
    {
      if (!pairs_from_suggestions (matcher, pairs, error))
        return FALSE;
    }
  else
    pairs_greedy (matcher, rand, participants, (n_mentees + 1) / 2, pairs);

  /* A random half of the mentees, in a random order. */
  for (guint k = 0; k < pairs->len; k++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) k, (gint32) pairs->len);
      DemoPair swap = g_array_index (pairs, DemoPair, k);

      g_array_index (pairs, DemoPair, k) = g_array_index (pairs, DemoPair, j);
      g_array_index (pairs, DemoPair, j) = swap;
    }
  n_paired = MIN (pairs->len, (n_mentees + 1) / 2);

  n_ended = n_paired >= 8 ? MAX (n_paired / 10, 1) : 0;
  n_completed = n_paired >= 8 ? MAX (n_paired / 12, 1) : 0;
  n_paused = n_paired >= 6 ? MAX (n_paired / 12, 1) : 0;
  n_proposed = n_paired >= 3 ? MAX (n_paired / 6, 1) : 0;

  /* How often each mentor appears, to find one whose leaving ends only
   * the one pairing. */
  mentor_uses = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint k = 0; k < n_paired; k++)
    {
      DemoPair *pair = &g_array_index (pairs, DemoPair, k);
      guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (mentor_uses, &pair->mentor_id));

      g_hash_table_insert (mentor_uses, g_memdup2 (&pair->mentor_id, sizeof (gint64)), GUINT_TO_POINTER (uses + 1));
      /* Someone who does both may be a mentee elsewhere: never let them go. */
      g_hash_table_insert (mentor_uses, g_memdup2 (&pair->mentee_id, sizeof (gint64)), GUINT_TO_POINTER (2));
    }

  /* The first pairing, which ends early, is one whose mentor has no
   * other: then the mentor may leave the company (below). */
  for (guint k = 0; k < n_paired && n_ended > 0; k++)
    {
      DemoPair *pair = &g_array_index (pairs, DemoPair, k);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (mentor_uses, &pair->mentor_id)) == 1)
        {
          DemoPair swap = *pair;

          *pair = g_array_index (pairs, DemoPair, 0);
          g_array_index (pairs, DemoPair, 0) = swap;
          break;
        }
    }

  pairings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < n_paired; k++)
    {
      const DemoPair *pair = &g_array_index (pairs, DemoPair, k);
      g_autoptr(TaPairing) pairing = ta_pairing_new (pair->mentor_id, pair->mentee_id);
      g_auto(TaScore) score = { 0 };
      g_autofree char *explanation = NULL;
      g_autofree char *started = NULL;
      g_autofree char *ended = NULL;
      TaParticipant *mentor = ta_matcher_get_participant (matcher, pair->mentor_id);
      TaParticipant *mentee = ta_matcher_get_participant (matcher, pair->mentee_id);
      guint32 start;
      guint32 end;

      if (!ta_matcher_score (matcher, pair->mentor_id, pair->mentee_id, &score, error))
        return FALSE;
      explanation = ta_score_to_explanation (&score);
      ta_pairing_set_score (pairing, score.total);
      ta_pairing_set_explanation (pairing, explanation);

      if (k < n_ended)
        {
          start = pick_start (year, rand, pair, 14, 60);
          /* In two steps: MIN () would draw twice. */
          end = start + (guint32) g_rand_int_range (rand, 30, 211);
          end = MIN (end, today - 3);
          started = julian_text (start);
          ended = julian_text (end);
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ENDED);
          add_goals (pairing, rand, mentor, mentee, (guint) g_rand_int_range (rand, 0, 2));

          /* The first one ended because the mentor left, if that leaves
           * no other pairing of theirs behind. */
          if (leaving == NULL &&
              GPOINTER_TO_UINT (g_hash_table_lookup (mentor_uses, &pair->mentor_id)) == 1)
            {
              GDate left_on;

              g_date_clear (&left_on, 1);
              g_date_set_julian (&left_on, end);
              _ta_demo_year_leave (year, pair->mentor_id, &left_on);
              leaving = mentor;
              ta_pairing_set_end_reason (pairing, "Mentor left the company");
            }
          else
            ta_pairing_set_end_reason (pairing,
                                       end_reasons[g_rand_int_range (rand, 0, G_N_ELEMENTS (end_reasons))]);
        }
      else if (k < n_ended + n_completed)
        {
          start = pick_start (year, rand, pair, 14, 30);
          end = start + (guint32) g_rand_int_range (rand, 180, 301);
          end = MIN (end, today - 1);
          started = julian_text (start);
          ended = julian_text (end);
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_COMPLETED);
          add_goals (pairing, rand, mentor, mentee, G_MAXUINT);
        }
      else if (k < n_ended + n_completed + n_paused)
        {
          started = julian_text (pick_start (year, rand, pair, 14, 100));
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PAUSED);
          add_goals (pairing, rand, mentor, mentee, (guint) g_rand_int_range (rand, 0, 2));
        }
      else if (k < n_ended + n_completed + n_paused + n_proposed)
        {
          /* Not started yet: no date, one goal to talk about. */
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
          add_goals (pairing, rand, mentor, mentee, 0);
        }
      else
        {
          /* Most since the programme's first two months, some later. */
          if (g_rand_int_range (rand, 0, 4) > 0)
            start = pick_start (year, rand, pair, 14, 45);
          else
            start = pick_start (year, rand, pair, 60, DEMO_DAYS_IN - 60 - 30);
          started = julian_text (start);
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
          /* Roughly a goal done for every three months together. */
          add_goals (pairing, rand, mentor, mentee, (today - start) / 91);
        }

      ta_pairing_set_started_on (pairing, started);
      ta_pairing_set_ended_on (pairing, ended);
      g_ptr_array_add (pairings, g_steal_pointer (&pairing));
    }

  if (pairings->len > 0 && !ta_store_add_pairings (store, pairings, error))
    return FALSE;

  if (leaving != NULL)
    {
      g_autoptr(TaParticipant) copy = ta_participant_copy (leaving);

      ta_participant_set_status (copy, TA_PARTICIPANT_STATUS_LEFT);
      if (!ta_store_update_participant (store, copy, error))
        return FALSE;
    }

  return TRUE;
}

/* The calendar */

/* At most this many pairings get sessions: above, a 100,000-person demo
 * would spend its time writing made-up meetings nobody looks at.  The
 * other pairings have none (the momentum list shows them as "nothing
 * planned"), which is what a programme that never used the calendar
 * looks like. */
