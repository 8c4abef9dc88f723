/* ta-match-reasons.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words of a score and of a refusal: each criterion's reason, why a
 * pair is forbidden, why someone stays unpaired.  Made for the pairs a
 * person will see only, never in the hot loop. */

#define G_LOG_DOMAIN "turnabout-match"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-match-snapshot-private.h"

/* Half-days as a person reads them; the slot names of files are not
 * translated, these are. */
static const char * const slot_labels[TA_AVAILABILITY_N_SLOTS] = {
  N_("Monday morning"), N_("Monday afternoon"),
  N_("Tuesday morning"), N_("Tuesday afternoon"),
  N_("Wednesday morning"), N_("Wednesday afternoon"),
  N_("Thursday morning"), N_("Thursday afternoon"),
  N_("Friday morning"), N_("Friday afternoon"),
  N_("Saturday morning"), N_("Saturday afternoon"),
  N_("Sunday morning"), N_("Sunday afternoon"),
};

/* --- Scoring, in words ---------------------------------------------- */

const char *
_ta_match_name_of (const TaMatcher *self,
                   guint            index)
{
  return ta_participant_get_name (self->people[index].participant);
}

static char *
join_texts (GPtrArray *texts)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        /* Translators: between the items of a list, as in “AI tools, Notion” */
        g_string_append (joined, C_("list separator", ", "));
      g_string_append (joined, g_ptr_array_index (texts, i));
    }

  return g_string_free (joined, FALSE);
}

/* The topics @wanter wants that @offerer offers, in @wanter's words and
 * order.  Returns how many topics @wanter wants (each counted once). */
static guint
shared_topics (const TaMatcher *self,
               guint            offerer,
               guint            wanter,
               GPtrArray       *out_shared)
{
  const char * const *seeks = ta_participant_get_seeks (self->people[wanter].participant);
  const guint64 *offers = person_offers (self, offerer);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint t = 0; seeks != NULL && seeks[t] != NULL; t++)
    {
      g_autofree char *folded = _ta_match_fold_term (seeks[t]);
      guint term = GPOINTER_TO_UINT (g_hash_table_lookup (self->terms, folded));

      if (term == 0 || !g_hash_table_add (seen, GUINT_TO_POINTER (term)))
        continue;
      if (has_bit (offers, term - 1))
        g_ptr_array_add (out_shared, (gpointer) seeks[t]);
    }

  return g_hash_table_size (seen);
}

static void
set_part (TaMatcher   *self,
          TaScore     *score,
          TaCriterion  criterion,
          double       fraction,
          char        *reason)
{
  TaScorePart *part = &score->parts[criterion];

  part->criterion = criterion;
  part->max_points = self->max_points[criterion];
  part->points = part->max_points * CLAMP (fraction, 0.0, 1.0);
  part->reason = reason;
  score->total += part->points;
}

/* What @offerer offers that @wanter wants; @for_mentor says whose wishes
 * they are, for the words. */
static char *
topics_reason (TaMatcher *self,
               guint      offerer,
               guint      wanter,
               gboolean   for_mentor,
               double    *out_fraction)
{
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autofree char *list = NULL;
  guint n_wanted = shared_topics (self, offerer, wanter, shared);

  if (n_wanted == 0)
    {
      *out_fraction = 0;
      /* Translators: %s is a person's name */
      return g_strdup_printf (_("%s has not listed topics to learn"), _ta_match_name_of (self, wanter));
    }

  *out_fraction = MIN ((double) shared->len / MIN (n_wanted, TOPIC_SATURATION), 1.0);
  list = join_texts (shared);

  /* One topic wanted: name it, whether it is offered or not. */
  if (n_wanted == 1)
    {
      const char * const *seeks = ta_participant_get_seeks (self->people[wanter].participant);
      const char *topic = shared->len > 0 ? g_ptr_array_index (shared, 0) : seeks[0];

      if (for_mentor)
        return g_strdup_printf (shared->len > 0
                                /* Translators: %s is a topic */
                                ? _("Teaches back the topic the mentor wants: %s")
                                /* Translators: %s is a topic */
                                : _("Cannot teach back the topic the mentor wants: %s"),
                                topic);
      return g_strdup_printf (shared->len > 0
                              /* Translators: %s is a topic */
                              ? _("Offers the topic wanted: %s")
                              /* Translators: %s is a topic */
                              : _("Does not offer the topic wanted: %s"),
                              topic);
    }

  if (shared->len == 0)
    {
      if (for_mentor)
        return g_strdup_printf (ngettext ("Teaches back none of the %d topic the mentor wants",
                                          "Teaches back none of the %d topics the mentor wants",
                                          n_wanted),
                                n_wanted);
      return g_strdup_printf (ngettext ("Offers none of the %d topic wanted",
                                        "Offers none of the %d topics wanted",
                                        n_wanted),
                              n_wanted);
    }

  if (for_mentor)
    /* Translators: what the mentee can teach the mentor in return;
     * %1$d and %2$d are counts, %3$s the list of topics */
    return g_strdup_printf (ngettext ("Teaches back %1$d of the %2$d topic the mentor wants: %3$s",
                                      "Teaches back %1$d of the %2$d topics the mentor wants: %3$s",
                                      n_wanted),
                            shared->len, n_wanted, list);

  /* Translators: %1$d and %2$d are counts, %3$s the list of topics, as in
   * “Offers 2 of the 3 topics wanted: AI tools, Prompt writing” */
  return g_strdup_printf (ngettext ("Offers %1$d of the %2$d topic wanted: %3$s",
                                    "Offers %1$d of the %2$d topics wanted: %3$s",
                                    n_wanted),
                          shared->len, n_wanted, list);
}

static char *
reverse_reason (TaMatcher *self,
                guint      mentor,
                guint      mentee,
                double    *out_fraction)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];
  int d;

  *out_fraction = 0;

  if (m->level == 0 && e->level == 0)
    return g_strdup (_("Career levels not set"));
  if (m->level == 0 || e->level == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("Career level of %s not set"),
                            _ta_match_name_of (self, m->level == 0 ? mentor : mentee));

  d = (int) e->level - (int) m->level;
  *out_fraction = CLAMP ((double) d / REVERSE_FULL_LEVELS, 0.0, 1.0);

  if (d == 0)
    /* Translators: %s is a career level such as “Senior” */
    return g_strdup_printf (_("Same level (%s)"), ta_career_level_get_label (m->level));

  if (d > 0)
    /* Translators: the mentor is %1$d career levels below the mentee;
     * %2$s is the mentor's level, %3$s the mentee's, as in
     * “3 levels below (Junior → Director)” */
    return g_strdup_printf (ngettext ("%1$d level below (%2$s → %3$s)",
                                      "%1$d levels below (%2$s → %3$s)", d),
                            d, ta_career_level_get_label (m->level),
                            ta_career_level_get_label (e->level));

  /* Translators: the mentor is %1$d career levels above the mentee;
   * %2$s is the mentor's level, %3$s the mentee's */
  return g_strdup_printf (ngettext ("%1$d level above (%2$s → %3$s)",
                                    "%1$d levels above (%2$s → %3$s)", -d),
                          -d, ta_career_level_get_label (m->level),
                          ta_career_level_get_label (e->level));
}

static char *
availability_reason (TaMatcher *self,
                     guint      mentor,
                     guint      mentee,
                     double    *out_fraction)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];
  TaAvailability shared = m->availability & e->availability;
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *list = NULL;
  guint n = ta_availability_count (shared);

  *out_fraction = (double) MIN (n, AVAILABILITY_FULL_SLOTS) / AVAILABILITY_FULL_SLOTS;

  if (m->availability == 0 || e->availability == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s has not given their free half-days"),
                            _ta_match_name_of (self, m->availability == 0 ? mentor : mentee));
  if (n == 0)
    return g_strdup (_("No shared half-day"));

  labels = g_ptr_array_new ();
  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    {
      if (shared & (1u << slot))
        g_ptr_array_add (labels, (gpointer) _(slot_labels[slot]));
    }
  list = join_texts (labels);

  /* Translators: %1$d is a count, %2$s the list, as in
   * “2 shared half-days: Monday morning, Thursday afternoon” */
  return g_strdup_printf (ngettext ("%1$d shared half-day: %2$s",
                                    "%1$d shared half-days: %2$s", n),
                          n, list);
}

static char *
department_reason (TaMatcher *self,
                   guint      mentor,
                   guint      mentee,
                   double    *out_fraction)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];

  *out_fraction = 0;

  if (m->department == 0 && e->department == 0)
    return g_strdup (_("Departments not set"));
  if (m->department == 0 || e->department == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("Department of %s not set"),
                            _ta_match_name_of (self, m->department == 0 ? mentor : mentee));
  if (m->department == e->department)
    /* Translators: %s is a department */
    return g_strdup_printf (_("Both in %s"), ta_participant_get_department (m->participant));

  *out_fraction = 1;
  /* Translators: the mentor's department → the mentee's, as in “Marketing → Finance” */
  return g_strdup_printf (_("%1$s → %2$s"),
                          ta_participant_get_department (m->participant),
                          ta_participant_get_department (e->participant));
}

char *
_ta_match_reporting_text (const TaMatcher *self,
                          guint            upper,
                          guint            lower)
{
  guint steps = ta_reporting_lines_levels_up (self->lines, lower, upper);

  if (steps <= 1)
    /* Translators: %1$s and %2$s are people's names */
    return g_strdup_printf (_("%1$s reports to %2$s"),
                            _ta_match_name_of (self, lower), _ta_match_name_of (self, upper));

  /* Translators: %1$s and %2$s are people's names; %3$d is how many
   * levels up the reporting line %2$s is, as in
   * “Ana reports to Marc (2 levels up)” */
  return g_strdup_printf (ngettext ("%1$s reports to %2$s (%3$d level up)",
                                    "%1$s reports to %2$s (%3$d levels up)", steps),
                          _ta_match_name_of (self, lower), _ta_match_name_of (self, upper), steps);
}

static char *
not_active_reason (const TaMatcher *self,
                   guint            index,
                   gboolean         as_mentor)
{
  const Person *person = &self->people[index];

  if (as_mentor && (person->flags & PERSON_MENTOR) == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s is not a mentor"), _ta_match_name_of (self, index));
  if (!as_mentor && (person->flags & PERSON_MENTEE) == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s is not a mentee"), _ta_match_name_of (self, index));
  if (ta_participant_get_status (person->participant) == TA_PARTICIPANT_STATUS_LEFT)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s has left the programme"), _ta_match_name_of (self, index));

  /* Translators: %s is a person's name */
  return g_strdup_printf (_("%s is paused"), _ta_match_name_of (self, index));
}

static char *
languages_text (const TaMatcher *self,
                guint            index)
{
  const char * const *spoken = ta_participant_get_languages (self->people[index].participant);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; spoken != NULL && spoken[i] != NULL; i++)
    g_ptr_array_add (list, (gpointer) spoken[i]);

  return join_texts (list);
}

char *
_ta_match_exclusion_reason (const TaMatcher *self,
                            Exclusion        exclusion,
                            guint            mentor,
                            guint            mentee)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];

  switch (exclusion)
    {
    case EXCLUSION_SELF:
      /* Translators: %s is a person's name */
      return g_strdup_printf (_("%s cannot mentor themself"), _ta_match_name_of (self, mentor));

    case EXCLUSION_NOT_MENTOR:
      return not_active_reason (self, mentor, TRUE);

    case EXCLUSION_NOT_MENTEE:
      return not_active_reason (self, mentee, FALSE);

    case EXCLUSION_BLOCKED:
      return g_strdup (_("The facilitator blocked this pair"));

    case EXCLUSION_REPORTING:
      return is_above (m, e) ? _ta_match_reporting_text (self, mentor, mentee)
                             : _ta_match_reporting_text (self, mentee, mentor);

    case EXCLUSION_EARLIER:
      if (_ta_match_has_rule (self, mentor, mentee, RULE_EARLIER_COMPLETED))
        return g_strdup (_("Paired before: that pairing was completed"));
      return g_strdup (_("Paired before: that pairing ended"));

    case EXCLUSION_LANGUAGE:
      {
        g_autofree char *mentor_languages = languages_text (self, mentor);
        g_autofree char *mentee_languages = languages_text (self, mentee);

        /* Translators: %1$s and %3$s are names, %2$s and %4$s the
         * languages they speak */
        return g_strdup_printf (_("No language in common: %1$s speaks %2$s, %3$s speaks %4$s"),
                                _ta_match_name_of (self, mentor), mentor_languages,
                                _ta_match_name_of (self, mentee), mentee_languages);
      }

    case EXCLUSION_SAME_DEPARTMENT:
      /* Translators: %s is a department */
      return g_strdup_printf (_("Both in %s, and the programme pairs across departments only"),
                              ta_participant_get_department (m->participant));

    case EXCLUSION_REVERSE:
      if (m->level == 0 || e->level == 0)
        /* Translators: %s is a person's name */
        return g_strdup_printf (_("Career level of %s not set, and the programme requires the "
                                  "mentor to be below the mentee"),
                                _ta_match_name_of (self, m->level == 0 ? mentor : mentee));
      /* Translators: %1$d is a number of career levels; %2$s is the
       * mentor's level, %3$s the mentee's */
      return g_strdup_printf (ngettext ("The programme requires a mentor at least %1$d level "
                                        "below the mentee (here %2$s → %3$s)",
                                        "The programme requires a mentor at least %1$d levels "
                                        "below the mentee (here %2$s → %3$s)",
                                        self->settings.min_levels_below),
                              self->settings.min_levels_below,
                              ta_career_level_get_label (m->level),
                              ta_career_level_get_label (e->level));

    case EXCLUSION_NONE:
    case EXCLUSION_NO_TOPIC:
    case EXCLUSION_NOTHING_IN_COMMON:
    case N_EXCLUSIONS:
    default:
      g_assert_not_reached ();
    }
}

/* The full score with its reasons: for the pairs a person will see. */
void
_ta_match_score_pair (TaMatcher *self,
                      guint      mentor,
                      guint      mentee,
                      TaScore   *score)
{
  Exclusion exclusion = full_exclusion (self, mentor, mentee);
  double fraction;
  char *reason;

  memset (score, 0, sizeof *score);

  reason = topics_reason (self, mentor, mentee, FALSE, &fraction);
  set_part (self, score, TA_CRITERION_TOPIC_FIT, fraction, reason);
  reason = reverse_reason (self, mentor, mentee, &fraction);
  set_part (self, score, TA_CRITERION_REVERSE, fraction, reason);
  reason = topics_reason (self, mentee, mentor, TRUE, &fraction);
  set_part (self, score, TA_CRITERION_RECIPROCITY, fraction, reason);
  reason = availability_reason (self, mentor, mentee, &fraction);
  set_part (self, score, TA_CRITERION_AVAILABILITY, fraction, reason);
  reason = department_reason (self, mentor, mentee, &fraction);
  set_part (self, score, TA_CRITERION_CROSS_DEPARTMENT, fraction, reason);

  score->total = CLAMP (score->total, 0.0, 100.0);

  if (exclusion != EXCLUSION_NONE)
    {
      score->forbidden = TRUE;
      score->forbidden_reason = _ta_match_exclusion_reason (self, exclusion, mentor, mentee);
    }
}

/* A mentor who cannot take one more mentee, in words that name the
 * capacity: a facilitator who reads it knows what to change. */
char *
_ta_match_capacity_reason (const TaMatcher *self,
                           guint            mentor)
{
  int capacity = MAX (ta_participant_get_capacity (self->people[mentor].participant), 0);

  if (capacity == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s takes no mentees: their capacity is 0"), _ta_match_name_of (self, mentor));

  /* Translators: %1$s is a person's name, %2$d their capacity, as in
   * “Alex Martin already mentors 1 person, their capacity” */
  return g_strdup_printf (ngettext ("%1$s already mentors %2$d person, which is their capacity",
                                    "%1$s already mentors %2$d people, which is their capacity",
                                    capacity),
                          _ta_match_name_of (self, mentor), capacity);
}

/* Why a mentee with compatible mentors was left out: when those mentors
 * were full before this round, their capacity is the reason (the best of
 * them named); when this round gave their places to others, they are
 * taken. */
static char *
mentors_full_reason (const TaMatcher *self,
                     guint            mentee)
{
  guint n_full = 0;
  guint n_compatible = 0;
  gint64 best = -1;
  float best_value = -1;

  for (guint other = 0; other < self->n_people; other++)
    {
      const Person *person = &self->people[other];
      float value;

      if (other == mentee || !can_mentor (person) ||
          suggestable (self, other, mentee) != EXCLUSION_NONE)
        continue;

      n_compatible++;
      if (person->places > 0)
        continue;

      n_full++;
      value = suggest_value (self, other, mentee);
      if (value > best_value)
        {
          best_value = value;
          best = other;
        }
    }

  if (n_compatible == 0 || n_full < n_compatible || best < 0)
    return g_strdup (_("Compatible mentors are all taken"));

  if (n_full == 1)
    return _ta_match_capacity_reason (self, (guint) best);

  /* Translators: %1$s is a mentor's name, %2$d how many other mentors */
  return g_strdup_printf (ngettext ("%1$s and %2$d other compatible mentor are all at their capacity",
                                    "%1$s and %2$d other compatible mentors are all at their capacity",
                                    n_full - 1),
                          _ta_match_name_of (self, (guint) best), (int) n_full - 1);
}

/* Why someone was left out.  @index is the person, @as_mentor their side.
 * If someone on the other side would suit them, those are all taken;
 * otherwise the exclusion that rules out most of the other side. */
char *
_ta_match_unpaired_reason (const TaMatcher *self,
                           guint            index,
                           gboolean         as_mentor,
                           int              places_left)
{
  guint counts[N_EXCLUSIONS] = { 0 };
  guint n_others = 0;
  gboolean compatible = FALSE;
  Exclusion most = EXCLUSION_NONE;

  for (guint other = 0; other < self->n_people; other++)
    {
      const Person *person = &self->people[other];
      Exclusion exclusion;

      if (other == index || !(as_mentor ? can_be_mentee (person) : can_mentor (person)))
        continue;

      n_others++;
      exclusion = as_mentor ? suggestable (self, index, other) : suggestable (self, other, index);
      if (exclusion == EXCLUSION_NONE)
        {
          /* One is enough to know the answer. */
          compatible = TRUE;
          break;
        }
      counts[exclusion]++;
    }

  if (compatible)
    {
      if (as_mentor)
        /* Translators: %d is how many more mentees the mentor could take */
        return g_strdup_printf (ngettext ("%d place left: compatible mentees all have a mentor",
                                          "%d places left: compatible mentees all have a mentor",
                                          places_left),
                                places_left);
      return mentors_full_reason (self, index);
    }

  if (n_others == 0)
    return g_strdup (as_mentor ? _("No compatible mentee: there are no active mentees")
                               : _("No compatible mentor: there are no active mentors"));

  for (guint e = EXCLUSION_NONE + 1; e < N_EXCLUSIONS; e++)
    {
      if (most == EXCLUSION_NONE || counts[e] > counts[most])
        most = (Exclusion) e;
    }

  switch (most)
    {
    case EXCLUSION_BLOCKED:
      return g_strdup (as_mentor ? _("No compatible mentee: the facilitator blocked most of them")
                                 : _("No compatible mentor: the facilitator blocked most of them"));
    case EXCLUSION_REPORTING:
      return g_strdup (as_mentor ? _("No compatible mentee: most are in their reporting line")
                                 : _("No compatible mentor: most are in their reporting line"));
    case EXCLUSION_EARLIER:
      return g_strdup (as_mentor ? _("No compatible mentee: most were paired with them before")
                                 : _("No compatible mentor: most were paired with them before"));
    case EXCLUSION_LANGUAGE:
      return g_strdup (as_mentor ? _("No compatible mentee: most share no language with them")
                                 : _("No compatible mentor: most share no language with them"));
    case EXCLUSION_SAME_DEPARTMENT:
      return g_strdup (as_mentor ? _("No compatible mentee: most work in the same department")
                                 : _("No compatible mentor: most work in the same department"));
    case EXCLUSION_REVERSE:
      return g_strdup (as_mentor ? _("No compatible mentee: the programme requires mentors "
                                     "further below their mentees")
                                 : _("No compatible mentor: the programme requires mentors "
                                     "further below their mentees"));
    case EXCLUSION_NO_TOPIC:
      return g_strdup (as_mentor ? _("No compatible mentee: most want to learn nothing they offer")
                                 : _("No compatible mentor: most offer nothing they want to learn"));
    case EXCLUSION_NOTHING_IN_COMMON:
    default:
      return g_strdup (as_mentor ? _("No compatible mentee: most have nothing in common with them")
                                 : _("No compatible mentor: most have nothing in common with them"));
    }
}
