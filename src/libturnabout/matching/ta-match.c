/* ta-match.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-match"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-assignment.h"
#include "ta-match-snapshot-private.h"

/*
 * The compatibility score of a mentor m and a mentee e.
 *
 * Each criterion gives a fraction f in 0–1; its points are
 * max_points × f, where max_points = weight / Σ weights × 100, so the
 * score is always 0–100 whatever the weights.  The fractions:
 *
 *   topic fit     shared / min (wanted, 3), at most 1: shared = topics m
 *                 offers that e wants, wanted = topics e wants.  A pairing
 *                 of a few months works on a few topics: a mentor who
 *                 covers three of them is as good as it gets.
 *   reverse       (level e − level m) / 3, clamped to 0–1: a mentor three
 *                 career levels below the mentee is the full reverse
 *                 mentoring; same level or above gives 0; an unknown level
 *                 gives 0 (and says so).
 *   reciprocity   as topic fit, the other way: what e offers that m wants.
 *   availability  min (shared half-days, 2) / 2: one shared half-day makes
 *                 a monthly one-on-one possible, a second one makes it
 *                 possible to move a session instead of cancelling it.
 *   department    1 if both have a department and they differ, else 0.
 *
 * Hard exclusions make a pair forbidden whatever its score, checked in
 * this order (the first one found is the reason given): the same person;
 * m not an active mentor or e not an active mentee; a facilitator's block;
 * either in the other's reporting line (reports-to, at any depth); paired
 * before (when the settings exclude earlier pairs); no language in common
 * (when both list languages); the same department (when the settings
 * forbid it); the reverse-direction rule (when the settings require it).
 *
 * Speed: suggest scores every mentee against every mentor, 6.25 million
 * pairs for a programme of 5,000, so that loop sees numbers only: topics
 * and languages are bit sets over the programme's own vocabulary (as many
 * 64-bit words as it needs), availability a 14-bit mask, departments
 * small integers, and the reporting lines a forest numbered in depth-first
 * order, so that "m is above e" is two comparisons (m.tin < e.tin < m.tout)
 * however deep the line.  Words a person can read are made afterwards,
 * for the pairs chosen only.
 */

G_DEFINE_FINAL_TYPE (TaMatcher, ta_matcher, G_TYPE_OBJECT)

static void
ta_matcher_finalize (GObject *object)
{
  TaMatcher *self = (TaMatcher *)object;

  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_free);
  g_clear_pointer (&self->bits, g_free);
  g_clear_pointer (&self->terms, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_free);
  g_clear_pointer (&self->lines, ta_reporting_lines_free);

  G_OBJECT_CLASS (ta_matcher_parent_class)->finalize (object);
}

static void
ta_matcher_class_init (TaMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ta_matcher_finalize;
}

static void
ta_matcher_init (TaMatcher *self)
{
}

static gboolean
lookup_person (TaMatcher  *self,
               gint64      id,
               guint      *out_index,
               GError    **error)
{
  gint32 index = _ta_match_find_person (self, id);

  if (index < 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is the number of a participant */
                   _("Participant %s is not in the programme (any more)"), number);
      return FALSE;
    }

  *out_index = (guint) index;
  return TRUE;
}

/**
 * ta_matcher_get_participant:
 * @self: a #TaMatcher
 * @id: a participant's id
 *
 * The participant as the snapshot has them, to show names beside
 * suggestions without going back to the store.
 *
 * Returns: (transfer none) (nullable): the participant, or %NULL
 */
TaParticipant *
ta_matcher_get_participant (TaMatcher *self,
                            gint64     id)
{
  gint32 index;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);

  index = _ta_match_find_person (self, id);
  return index >= 0 ? self->people[index].participant : NULL;
}

/**
 * ta_matcher_score:
 * @self: a #TaMatcher
 * @mentor_id: the mentor
 * @mentee_id: the mentee
 * @out_score: (out caller-allocates): the score, with a reason per
 *   criterion; clear it with ta_score_clear()
 * @error: %TA_STORE_ERROR_NOT_FOUND if either is not in the snapshot
 *
 * A forbidden pair still gets its points, so that a person can see what
 * the pair would have had.  Places left and open pairings are not
 * looked at: this is how well two people fit, not whether they are free.
 *
 * Returns: %TRUE if @out_score was set
 */
gboolean
ta_matcher_score (TaMatcher  *self,
                  gint64      mentor_id,
                  gint64      mentee_id,
                  TaScore    *out_score,
                  GError    **error)
{
  guint mentor;
  guint mentee;

  g_return_val_if_fail (TA_IS_MATCHER (self), FALSE);
  g_return_val_if_fail (out_score != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!lookup_person (self, mentor_id, &mentor, error) ||
      !lookup_person (self, mentee_id, &mentee, error))
    return FALSE;

  _ta_match_score_pair (self, mentor, mentee, out_score);
  return TRUE;
}

/* --- Suggestions ---------------------------------------------------- */

static void
suggestion_clear (gpointer data)
{
  TaSuggestion *suggestion = data;

  ta_score_clear (&suggestion->score);
}

static void
unpaired_clear (gpointer data)
{
  TaUnpaired *unpaired = data;

  g_clear_pointer (&unpaired->reason, g_free);
}

static GArray *
suggestion_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (TaSuggestion));

  g_array_set_clear_func (array, suggestion_clear);
  return array;
}

/**
 * ta_suggestions_free:
 * @suggestions: (transfer full): a #TaSuggestions
 */
void
ta_suggestions_free (TaSuggestions *suggestions)
{
  if (suggestions == NULL)
    return;

  g_clear_pointer (&suggestions->suggestions, g_array_unref);
  g_clear_pointer (&suggestions->unpaired, g_array_unref);
  g_free (suggestions);
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  TaMatcher *self = user_data;
  const TaSuggestion *sa = a;
  const TaSuggestion *sb = b;
  TaParticipant *pa = self->people[_ta_match_find_person (self, sa->mentee_id)].participant;
  TaParticipant *pb = self->people[_ta_match_find_person (self, sb->mentee_id)].participant;
  int order = strcmp (ta_participant_get_sort_key (pa), ta_participant_get_sort_key (pb));

  if (order != 0)
    return order;
  if (sa->mentee_id != sb->mentee_id)
    return sa->mentee_id < sb->mentee_id ? -1 : 1;
  return sa->mentor_id < sb->mentor_id ? -1 : sa->mentor_id > sb->mentor_id;
}

static int
compare_unpaired (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  TaMatcher *self = user_data;
  const TaUnpaired *ua = a;
  const TaUnpaired *ub = b;
  int order;

  /* Mentees first: they are the ones the programme is for. */
  if (ua->as_mentor != ub->as_mentor)
    return ua->as_mentor ? 1 : -1;

  order = strcmp (ta_participant_get_sort_key (self->people[_ta_match_find_person (self, ua->participant_id)].participant),
                  ta_participant_get_sort_key (self->people[_ta_match_find_person (self, ub->participant_id)].participant));
  if (order != 0)
    return order;

  return ua->participant_id < ub->participant_id ? -1 : ua->participant_id > ub->participant_id;
}

static void
add_suggestion (TaMatcher     *self,
                TaSuggestions *result,
                guint          mentor,
                guint          mentee,
                gboolean       pinned)
{
  TaSuggestion suggestion = { 0 };

  suggestion.mentor_id = self->people[mentor].id;
  suggestion.mentee_id = self->people[mentee].id;
  suggestion.pinned = pinned;
  _ta_match_score_pair (self, mentor, mentee, &suggestion.score);
  result->total += suggestion.score.total;
  g_array_append_val (result->suggestions, suggestion);
}

static inline void
report_progress (TaMatchProgress callback,
                 gpointer        data,
                 double          fraction)
{
  if (callback != NULL)
    callback (CLAMP (fraction, 0.0, 1.0), data);
}

/**
 * ta_matcher_suggest:
 * @self: a #TaMatcher
 * @cancellable: (nullable): a #GCancellable
 * @progress_callback: (nullable) (scope call): called with 0.0–1.0, from
 *   the thread this runs in
 * @progress_data: for @progress_callback
 * @error: %G_IO_ERROR_CANCELLED, or a #TA_ASSIGNMENT_ERROR
 *
 * Who to pair, among the active mentors with places left and the active
 * mentees without an open pairing:
 *
 * 1. Pins, in the order of the mentees' ids: a pinned pair that is not
 *    forbidden is taken (even if it scores 0) and uses a place.
 * 2. An exact assignment of everyone else (rows: mentees, columns:
 *    mentors with as many places as they have left), forbidden pairs
 *    excluded.  A pair that scores 0 has nothing going for it (no topic,
 *    no level, no time, no department) and is treated as forbidden: it is
 *    left for a facilitator to form by hand.  The assignment pairs as
 *    many people as can be paired, and among those pairings takes the one
 *    with the highest total score: each pair is worth its score plus a
 *    constant larger than any total the other pairs could lose, so that
 *    nobody is left out to raise the score of others.
 *
 * The same snapshot gives the same suggestions: people are taken in the
 * order of their ids and the solver breaks ties the same way every time.
 *
 * Returns: (transfer full) (nullable): the suggestions, by mentee name,
 *   and everyone left unpaired with the reason
 */
TaSuggestions *
ta_matcher_suggest (TaMatcher        *self,
                    GCancellable     *cancellable,
                    TaMatchProgress   progress_callback,
                    gpointer          progress_data,
                    GError          **error)
{
  g_autoptr(TaSuggestions) result = NULL;
  g_autoptr(TaAssignmentProblem) problem = NULL;
  g_autofree int *places = NULL;
  g_autofree gboolean *paired = NULL;
  g_autofree guint *rows = NULL;
  g_autofree guint *cols = NULL;
  g_autofree gint32 *col_of_person = NULL;
  g_autofree int *col_of_row = NULL;
  g_autofree float *row_values = NULL;
  guint n_rows = 0;
  guint n_cols = 0;
  guint64 n_places = 0;
  double bonus;
  double solver_total;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = g_new0 (TaSuggestions, 1);
  result->suggestions = suggestion_array_new ();
  result->unpaired = g_array_new (FALSE, TRUE, sizeof (TaUnpaired));
  g_array_set_clear_func (result->unpaired, unpaired_clear);

  report_progress (progress_callback, progress_data, 0);

  places = g_new0 (int, MAX (self->n_people, 1));
  paired = g_new0 (gboolean, MAX (self->n_people, 1));
  for (guint i = 0; i < self->n_people; i++)
    places[i] = can_mentor (&self->people[i]) ? self->people[i].places : 0;

  /* 1. Pins: the rules are sorted by mentee, so by mentee id. */
  for (guint r = 0; r < self->n_rules; r++)
    {
      const Rule *rule = &self->rules[r];
      const Person *mentee = &self->people[rule->mentee];

      if (rule->kind != RULE_PIN || paired[rule->mentee] || places[rule->mentor] <= 0 ||
          !can_be_mentee (mentee) || mentee->open_as_mentee ||
          full_exclusion (self, rule->mentor, rule->mentee) != EXCLUSION_NONE)
        continue;

      paired[rule->mentee] = TRUE;
      places[rule->mentor]--;
      add_suggestion (self, result, rule->mentor, rule->mentee, TRUE);
    }

  /* 2. Everyone else, by id. */
  rows = g_new (guint, MAX (self->n_people, 1));
  cols = g_new (guint, MAX (self->n_people, 1));
  col_of_person = g_new (gint32, MAX (self->n_people, 1));
  for (guint i = 0; i < self->n_people; i++)
    {
      const Person *person = &self->people[i];

      col_of_person[i] = -1;
      if (can_be_mentee (person) && !person->open_as_mentee && !paired[i])
        rows[n_rows++] = i;
      if (places[i] > 0)
        {
          col_of_person[i] = (gint32) n_cols;
          cols[n_cols++] = i;
          n_places += (guint) places[i];
        }
    }

  if (n_rows > 0 && n_cols > 0)
    {
      if (n_rows > TA_ASSIGNMENT_MAX_DIMENSION || n_cols > TA_ASSIGNMENT_MAX_DIMENSION ||
          (guint64) n_rows * n_cols > TA_ASSIGNMENT_MAX_VALUES)
        {
          g_set_error (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_TOO_LARGE,
                       /* Translators: %1$u and %2$u are numbers of people */
                       _("Too many people to pair at once (%1$u mentees and %2$u mentors); "
                         "pair the programme in smaller groups"),
                       n_rows, n_cols);
          return NULL;
        }

      /* Every pair more is worth more than all the score the others could
       * give up for it: at most 100 each. */
      bonus = 100.0 * ((double) MIN ((guint64) n_rows, n_places) + 1);

      problem = ta_assignment_problem_new (n_rows, n_cols);
      for (guint c = 0; c < n_cols; c++)
        ta_assignment_problem_set_capacity (problem, c, (guint) places[cols[c]]);

      row_values = g_new (float, n_cols);
      for (guint r = 0; r < n_rows; r++)
        {
          guint mentee = rows[r];

          if (r % 64 == 0)
            {
              if (g_cancellable_set_error_if_cancelled (cancellable, error))
                return NULL;
              report_progress (progress_callback, progress_data,
                               PROGRESS_SCORED * r / n_rows);
            }

          /* Roles and activity were checked when choosing rows and
           * columns; the rules of this mentee are applied below. */
          for (guint c = 0; c < n_cols; c++)
            {
              guint mentor = cols[c];

              if (pair_exclusion (self, mentor, mentee) != EXCLUSION_NONE)
                row_values[c] = 0;
              else
                row_values[c] = suggest_value (self, mentor, mentee);
            }

          for (guint k = _ta_match_first_rule_of (self, mentee);
               k < self->n_rules && self->rules[k].mentee == mentee; k++)
            {
              const Rule *rule = &self->rules[k];
              gint32 c = col_of_person[rule->mentor];

              if (c >= 0 &&
                  (rule->kind == RULE_BLOCK ||
                   (self->settings.exclude_earlier_pairs &&
                    (rule->kind == RULE_EARLIER_COMPLETED || rule->kind == RULE_EARLIER_ENDED))))
                row_values[c] = 0;
            }

          for (guint c = 0; c < n_cols; c++)
            {
              if (row_values[c] > 0)
                ta_assignment_problem_set (problem, r, c, bonus + row_values[c]);
              else
                ta_assignment_problem_forbid (problem, r, c);
            }
        }

      report_progress (progress_callback, progress_data, PROGRESS_SCORED);

      col_of_row = g_new (int, n_rows);
      if (!ta_assignment_problem_solve (problem, cancellable, col_of_row, &solver_total, error))
        return NULL;
      g_clear_pointer (&problem, ta_assignment_problem_free);

      report_progress (progress_callback, progress_data, PROGRESS_SOLVED);

      for (guint r = 0; r < n_rows; r++)
        {
          guint mentor;

          if (col_of_row[r] < 0)
            continue;

          g_assert ((guint) col_of_row[r] < n_cols);
          mentor = cols[col_of_row[r]];
          g_assert (places[mentor] > 0);
          places[mentor]--;
          paired[rows[r]] = TRUE;
          add_suggestion (self, result, mentor, rows[r], FALSE);
        }
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* 3. Who is left, and why: numbers first, words for them only. */
  for (guint r = 0; r < n_rows; r++)
    {
      TaUnpaired unpaired = { 0 };

      if (paired[rows[r]])
        continue;

      unpaired.participant_id = self->people[rows[r]].id;
      unpaired.as_mentor = FALSE;
      unpaired.reason = _ta_match_unpaired_reason (self, rows[r], FALSE, 0);
      g_array_append_val (result->unpaired, unpaired);
    }

  for (guint i = 0; i < self->n_people; i++)
    {
      TaUnpaired unpaired = { 0 };

      /* A mentor who takes nobody (capacity 0, as a new one may) is
       * listed too, with that as the reason: otherwise they would seem
       * forgotten. */
      if (places[i] <= 0 &&
          !(can_mentor (&self->people[i]) &&
            ta_participant_get_capacity (self->people[i].participant) <= 0))
        continue;

      unpaired.participant_id = self->people[i].id;
      unpaired.as_mentor = TRUE;
      unpaired.reason = places[i] > 0 ? _ta_match_unpaired_reason (self, i, TRUE, places[i])
                                      : _ta_match_capacity_reason (self, i);
      g_array_append_val (result->unpaired, unpaired);
    }

  g_array_sort_with_data (result->suggestions, compare_suggestions, self);
  g_array_sort_with_data (result->unpaired, compare_unpaired, self);

  report_progress (progress_callback, progress_data, 1.0);

  return g_steal_pointer (&result);
}

GPtrArray *
_ta_matcher_get_participants (TaMatcher *self)
{
  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);

  return self->participants;
}

/**
 * _ta_matcher_reporting_reason:
 * @self: a #TaMatcher
 * @mentor_id: a participant
 * @mentee_id: another
 *
 * The matcher's rule that nobody is paired within their own reporting
 * line, for a pair formed elsewhere (a pairs CSV).
 *
 * Returns: (transfer full) (nullable): why the two may not be paired
 *   (“Ana reports to Marc (2 levels up)”), or %NULL when neither is in
 *   the other's reporting line (or either is unknown)
 */
char *
_ta_matcher_reporting_reason (TaMatcher *self,
                              gint64     mentor_id,
                              gint64     mentee_id)
{
  gint32 mentor;
  gint32 mentee;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);

  mentor = _ta_match_find_person (self, mentor_id);
  mentee = _ta_match_find_person (self, mentee_id);
  if (mentor < 0 || mentee < 0 || mentor == mentee)
    return NULL;

  if (is_above (&self->people[mentor], &self->people[mentee]))
    return _ta_match_reporting_text (self, mentor, mentee);
  if (is_above (&self->people[mentee], &self->people[mentor]))
    return _ta_match_reporting_text (self, mentee, mentor);

  return NULL;
}

/**
 * _ta_matcher_pair_problem:
 * @self: a #TaMatcher
 * @mentor_id: a participant
 * @mentee_id: another
 *
 * What stops a facilitator from forming this pair by hand now: the
 * mentee already has a mentor, the mentor is at their capacity, or one
 * is in the other's reporting line.  Topics and scores are no reason:
 * the facilitator chose the two.
 *
 * Returns: (transfer full) (nullable): the reason, or %NULL
 */
char *
_ta_matcher_pair_problem (TaMatcher *self,
                          gint64     mentor_id,
                          gint64     mentee_id)
{
  gint32 mentor;
  gint32 mentee;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);

  mentor = _ta_match_find_person (self, mentor_id);
  mentee = _ta_match_find_person (self, mentee_id);
  if (mentor < 0 || mentee < 0)
    return NULL;

  if (mentor == mentee)
    return _ta_match_exclusion_reason (self, EXCLUSION_SELF, (guint) mentor, (guint) mentee);
  if (self->people[mentee].open_as_mentee)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s already has a mentor"), _ta_match_name_of (self, (guint) mentee));
  if (self->people[mentor].places <= 0)
    return _ta_match_capacity_reason (self, (guint) mentor);

  return _ta_matcher_reporting_reason (self, mentor_id, mentee_id);
}

/**
 * _ta_matcher_capacity_problem:
 * @self: a #TaMatcher
 * @mentor_id: a participant
 *
 * Returns: (transfer full) (nullable): why @mentor_id can take no more
 *   mentees (“Alex Martin already mentors 1 person, their capacity”), or
 *   %NULL when they have a place left
 */
char *
_ta_matcher_capacity_problem (TaMatcher *self,
                              gint64     mentor_id)
{
  gint32 mentor;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);

  mentor = _ta_match_find_person (self, mentor_id);
  if (mentor < 0 || self->people[mentor].places > 0)
    return NULL;

  return _ta_match_capacity_reason (self, (guint) mentor);
}

/**
 * _ta_matcher_has_mentor:
 * @self: a #TaMatcher
 * @mentee_id: a participant
 *
 * Returns: whether @mentee_id has an open pairing as a mentee
 */
gboolean
_ta_matcher_has_mentor (TaMatcher *self,
                        gint64     mentee_id)
{
  gint32 mentee;

  g_return_val_if_fail (TA_IS_MATCHER (self), FALSE);

  mentee = _ta_match_find_person (self, mentee_id);

  return mentee >= 0 && self->people[mentee].open_as_mentee;
}

float
_ta_matcher_pair_value (TaMatcher *self,
                        guint      mentor,
                        guint      mentee)
{
  g_return_val_if_fail (TA_IS_MATCHER (self), 0);
  g_return_val_if_fail (mentor < self->n_people && mentee < self->n_people, 0);

  if (full_exclusion (self, mentor, mentee) != EXCLUSION_NONE)
    return 0;

  return suggest_value (self, mentor, mentee);
}

/* --- Finding a partner ---------------------------------------------- */

typedef struct
{
  TaMatcher *self;
  gboolean as_mentor;
} RankData;

static int
compare_ranked (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  RankData *data = user_data;
  const TaSuggestion *sa = a;
  const TaSuggestion *sb = b;
  gint64 id_a = data->as_mentor ? sa->mentee_id : sa->mentor_id;
  gint64 id_b = data->as_mentor ? sb->mentee_id : sb->mentor_id;
  int order;

  if (sa->score.forbidden != sb->score.forbidden)
    return sa->score.forbidden ? 1 : -1;
  if (sa->score.total != sb->score.total)
    return sa->score.total > sb->score.total ? -1 : 1;

  order = strcmp (ta_participant_get_sort_key (data->self->people[_ta_match_find_person (data->self, id_a)].participant),
                  ta_participant_get_sort_key (data->self->people[_ta_match_find_person (data->self, id_b)].participant));
  if (order != 0)
    return order;

  return id_a < id_b ? -1 : id_a > id_b;
}

/**
 * ta_matcher_rank_partners:
 * @self: a #TaMatcher
 * @participant_id: whose partner to find
 * @as_mentor: %TRUE to find mentees for @participant_id as a mentor,
 *   %FALSE to find mentors for them as a mentee
 * @limit: the most to return, 0 for all
 * @error: %TA_STORE_ERROR_NOT_FOUND if @participant_id is not in the
 *   snapshot
 *
 * Everyone on the other side (role mentor or both, or mentee or both),
 * whatever their status, with their score: first the pairs that can be
 * formed, best first, then the forbidden ones, each with the reason, so
 * that a facilitator sees why someone is not offered.  A mentor with no
 * place left and a mentee who already has a mentor count as forbidden
 * here (the pair cannot be formed now), with that as the reason, unless
 * a harder rule comes first.
 *
 * Returns: (transfer full) (element-type TaSuggestion): the candidates;
 *   the array clears its elements
 */
GArray *
ta_matcher_rank_partners (TaMatcher  *self,
                          gint64      participant_id,
                          gboolean    as_mentor,
                          guint       limit,
                          GError    **error)
{
  g_autoptr(GArray) ranked = NULL;
  RankData data = { self, as_mentor };
  guint index;

  g_return_val_if_fail (TA_IS_MATCHER (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!lookup_person (self, participant_id, &index, error))
    return NULL;

  ranked = suggestion_array_new ();
  for (guint other = 0; other < self->n_people; other++)
    {
      const Person *person = &self->people[other];
      guint mentor = as_mentor ? index : other;
      guint mentee = as_mentor ? other : index;
      TaSuggestion suggestion = { 0 };

      if (other == index || (person->flags & (as_mentor ? PERSON_MENTEE : PERSON_MENTOR)) == 0)
        continue;

      suggestion.mentor_id = self->people[mentor].id;
      suggestion.mentee_id = self->people[mentee].id;
      suggestion.pinned = _ta_match_has_rule (self, mentor, mentee, RULE_PIN);
      _ta_match_score_pair (self, mentor, mentee, &suggestion.score);

      if (!suggestion.score.forbidden)
        {
          if (self->people[mentor].places <= 0)
            {
              suggestion.score.forbidden = TRUE;
              suggestion.score.forbidden_reason = _ta_match_capacity_reason (self, mentor);
            }
          else if (as_mentor && self->people[mentee].open_as_mentee)
            {
              suggestion.score.forbidden = TRUE;
              /* Translators: %s is a person's name */
              suggestion.score.forbidden_reason =
                g_strdup_printf (_("%s already has a mentor"), _ta_match_name_of (self, mentee));
            }
        }

      g_array_append_val (ranked, suggestion);
    }

  g_array_sort_with_data (ranked, compare_ranked, &data);
  if (limit > 0 && ranked->len > limit)
    g_array_set_size (ranked, limit);

  return g_steal_pointer (&ranked);
}
