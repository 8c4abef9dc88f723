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

#define G_LOG_DOMAIN "ta-match"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-assignment.h"
#include "ta-match-private.h"
#include "ta-reporting-lines.h"

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

#define TOPIC_SATURATION        3
#define REVERSE_FULL_LEVELS     3
#define AVAILABILITY_FULL_SLOTS 2

/* Progress: scoring is most of the work before the solver. */
#define PROGRESS_SCORED 0.5
#define PROGRESS_SOLVED 0.9

enum
{
  PERSON_ACTIVE    = 1 << 0,
  PERSON_MENTOR    = 1 << 1,  /* role mentor or both */
  PERSON_MENTEE    = 1 << 2,  /* role mentee or both */
  PERSON_LANGUAGES = 1 << 3,  /* lists at least one language */
};

typedef struct
{
  TaParticipant *participant;   /* owned by TaMatcher.participants */
  gint64 id;
  guint32 department;           /* interned, 0 when not set */
  guint32 tin;                  /* reporting forest, depth-first numbers */
  guint32 tout;
  TaAvailability availability;
  float seeks_inverse;          /* 1 / min (wanted, TOPIC_SATURATION), or 0 */
  guint16 n_seeks;
  guint8 level;                 /* 0 when not set */
  guint8 flags;
  int places;                   /* capacity minus open pairings as mentor */
  gboolean open_as_mentee;
} Person;

/* Blocks, pins and earlier pairings, as person indices. */
typedef enum
{
  RULE_BLOCK,
  RULE_PIN,
  RULE_EARLIER_COMPLETED,
  RULE_EARLIER_ENDED,
} RuleKind;

typedef struct
{
  guint32 mentee;
  guint32 mentor;
  guint32 kind;
} Rule;

/* Why a pair is forbidden, in the order checked. */
typedef enum
{
  EXCLUSION_NONE,
  EXCLUSION_SELF,
  EXCLUSION_NOT_MENTOR,
  EXCLUSION_NOT_MENTEE,
  EXCLUSION_BLOCKED,
  EXCLUSION_REPORTING,
  EXCLUSION_EARLIER,
  EXCLUSION_LANGUAGE,
  EXCLUSION_SAME_DEPARTMENT,
  EXCLUSION_REVERSE,
  /* Not forbidden, but never suggested: see suggest_value(). */
  EXCLUSION_NO_TOPIC,
  EXCLUSION_NOTHING_IN_COMMON,
  N_EXCLUSIONS
} Exclusion;

struct _TaMatcher
{
  GObject parent_instance;

  TaMatchSettings settings;
  /* weight / Σ weights × 100, per criterion */
  double max_points[TA_N_CRITERIA];
  /* Points of the reverse direction by (level e − level m) + 6. */
  float reverse_points[2 * (TA_CAREER_LEVEL_MAX - TA_CAREER_LEVEL_MIN) + 1];
  /* Points of availability by shared half-days, saturated. */
  float availability_points[AVAILABILITY_FULL_SLOTS + 1];

  /* Owned references */
  GPtrArray *participants;  /* TaParticipant, in the order of people */
  Person *people;           /* by id */
  guint n_people;
  TaReportingLines *lines;      /* indices as people's */
  guint64 *bits;            /* per person: offers, seeks, languages */
  guint n_topic_words;
  guint n_language_words;
  guint stride;
  GHashTable *terms;        /* folded topic → index + 1 */
  Rule *rules;              /* by mentee, mentor, kind */
  guint n_rules;
};

G_DEFINE_FINAL_TYPE (TaMatcher, ta_matcher, G_TYPE_OBJECT)

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

/* --- Scores and explanations --------------------------------------- */

/**
 * ta_score_clear:
 * @score: a #TaScore
 *
 * Frees the texts of @score and zeroes it.
 */
void
ta_score_clear (TaScore *score)
{
  g_return_if_fail (score != NULL);

  g_clear_pointer (&score->forbidden_reason, g_free);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    g_clear_pointer (&score->parts[i].reason, g_free);
  memset (score, 0, sizeof *score);
}

/* Reasons are one line, but they come from people's names and topics:
 * escape what would break the line format. */
static void
append_escaped (GString    *text,
                const char *value)
{
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (text, "\\\\");
          break;
        case '\t':
          g_string_append (text, "\\t");
          break;
        case '\n':
          g_string_append (text, "\\n");
          break;
        case '\r':
          g_string_append (text, "\\r");
          break;
        default:
          g_string_append_c (text, *p);
        }
    }
}

static char *
unescape (const char *value)
{
  GString *text = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (text, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 't':
          g_string_append_c (text, '\t');
          break;
        case 'n':
          g_string_append_c (text, '\n');
          break;
        case 'r':
          g_string_append_c (text, '\r');
          break;
        default:
          g_string_append_c (text, *p);
        }
    }

  return g_string_free (text, FALSE);
}

static void
append_number (GString *text,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Shortest text that reads back as the same double, in any locale. */
  g_string_append (text, g_ascii_dtostr (buffer, sizeof buffer, value));
}

/**
 * ta_score_to_explanation:
 * @score: a #TaScore
 *
 * The text kept in #TaPairing:explanation: one line per criterion,
 * "criterion<TAB>points<TAB>max_points<TAB>reason", preceded by
 * "forbidden<TAB>reason" for a forbidden pair.  Numbers are written so
 * that they read back exactly; tabs, line breaks and backslashes in
 * reasons are escaped with a backslash.
 *
 * Returns: (transfer full): the explanation
 */
char *
ta_score_to_explanation (const TaScore *score)
{
  GString *text;

  g_return_val_if_fail (score != NULL, NULL);

  text = g_string_new (NULL);

  if (score->forbidden)
    {
      g_string_append (text, "forbidden\t");
      append_escaped (text, score->forbidden_reason);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      const TaScorePart *part = &score->parts[i];

      g_string_append (text, ta_criterion_to_string ((TaCriterion) i));
      g_string_append_c (text, '\t');
      append_number (text, part->points);
      g_string_append_c (text, '\t');
      append_number (text, part->max_points);
      g_string_append_c (text, '\t');
      append_escaped (text, part->reason);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static gboolean
parse_number (const char *text,
              double     *out_value)
{
  char *end = NULL;
  double value;

  if (*text == '\0')
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !isfinite (value) || value < 0 || value > 100)
    return FALSE;

  *out_value = value;
  return TRUE;
}

/**
 * ta_score_from_explanation:
 * @explanation: the text of ta_score_to_explanation()
 * @out_score: (out caller-allocates): the score read back; cleared with
 *   ta_score_clear() when done
 *
 * Lines of criteria this version does not know are skipped, so that an
 * explanation written by a newer Turnabout still shows what it can.  The
 * total is the sum of the points.
 *
 * Returns: %FALSE if @explanation is not such a text (@out_score is then
 *   left empty)
 */
gboolean
ta_score_from_explanation (const char *explanation,
                           TaScore    *out_score)
{
  g_auto(GStrv) lines = NULL;
  TaScore score = { 0 };
  gboolean seen[TA_N_CRITERIA] = { FALSE };

  g_return_val_if_fail (explanation != NULL, FALSE);
  g_return_val_if_fail (out_score != NULL, FALSE);

  memset (out_score, 0, sizeof *out_score);

  lines = g_strsplit (explanation, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n_fields;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      n_fields = g_strv_length (fields);

      if (g_str_equal (fields[0], "forbidden"))
        {
          if (n_fields != 2 || score.forbidden)
            goto malformed;
          score.forbidden = TRUE;
          score.forbidden_reason = unescape (fields[1]);
          continue;
        }

      if (n_fields != 4)
        goto malformed;

      for (guint c = 0; c < TA_N_CRITERIA; c++)
        {
          TaScorePart *part = &score.parts[c];

          if (!g_str_equal (fields[0], ta_criterion_to_string ((TaCriterion) c)))
            continue;

          if (seen[c] ||
              !parse_number (fields[1], &part->points) ||
              !parse_number (fields[2], &part->max_points) ||
              part->points > part->max_points + 1e-9)
            goto malformed;

          seen[c] = TRUE;
          part->criterion = (TaCriterion) c;
          part->reason = unescape (fields[3]);
          score.total += part->points;
        }
      /* A criterion of a newer version matches none: not an error. */
    }

  for (guint c = 0; c < TA_N_CRITERIA; c++)
    {
      if (!seen[c])
        goto malformed;
    }

  *out_score = score;
  return TRUE;

malformed:
  ta_score_clear (&score);
  return FALSE;
}

/* --- Building the snapshot ------------------------------------------ */

static char *
fold_term (const char *term)
{
  g_autofree char *stripped = g_strstrip (g_strdup (term));

  return g_utf8_casefold (stripped, -1);
}

static guint
intern (GHashTable *table,
        const char *text)
{
  g_autofree char *folded = NULL;
  gpointer value;

  if (text == NULL)
    return 0;

  folded = fold_term (text);
  if (*folded == '\0')
    return 0;

  if (g_hash_table_lookup_extended (table, folded, NULL, &value))
    return GPOINTER_TO_UINT (value);

  value = GUINT_TO_POINTER (g_hash_table_size (table) + 1);
  g_hash_table_insert (table, g_steal_pointer (&folded), value);
  return GPOINTER_TO_UINT (value);
}

static inline guint64 *
person_offers (const TaMatcher *self,
               guint            index)
{
  return self->bits + (gsize) index * self->stride;
}

static inline guint64 *
person_seeks (const TaMatcher *self,
              guint            index)
{
  return self->bits + (gsize) index * self->stride + self->n_topic_words;
}

static inline guint64 *
person_languages (const TaMatcher *self,
                  guint            index)
{
  return self->bits + (gsize) index * self->stride + 2 * self->n_topic_words;
}

static inline void
set_bit (guint64 *words,
         guint    bit)
{
  words[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static inline gboolean
has_bit (const guint64 *words,
         guint          bit)
{
  return (words[bit / 64] >> (bit % 64)) & 1;
}

static int
compare_participant_ids (gconstpointer a,
                         gconstpointer b)
{
  gint64 id_a = ta_participant_get_id (*(TaParticipant **) a);
  gint64 id_b = ta_participant_get_id (*(TaParticipant **) b);

  return id_a < id_b ? -1 : id_a > id_b;
}

static gint32
find_person (const TaMatcher *self,
             gint64           id)
{
  guint low = 0;
  guint high = self->n_people;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->people[middle].id < id)
        low = middle + 1;
      else
        high = middle;
    }

  if (low < self->n_people && self->people[low].id == id)
    return (gint32) low;

  return -1;
}

static int
compare_rules (gconstpointer a,
               gconstpointer b)
{
  const Rule *rule_a = a;
  const Rule *rule_b = b;

  if (rule_a->mentee != rule_b->mentee)
    return rule_a->mentee < rule_b->mentee ? -1 : 1;
  if (rule_a->mentor != rule_b->mentor)
    return rule_a->mentor < rule_b->mentor ? -1 : 1;
  return (int) rule_a->kind - (int) rule_b->kind;
}

/* The first rule of @mentee, or n_rules. */
static guint
first_rule_of (const TaMatcher *self,
               guint            mentee)
{
  guint low = 0;
  guint high = self->n_rules;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->rules[middle].mentee < mentee)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static gboolean
has_rule (const TaMatcher *self,
          guint            mentor,
          guint            mentee,
          RuleKind         kind)
{
  for (guint r = first_rule_of (self, mentee);
       r < self->n_rules && self->rules[r].mentee == mentee; r++)
    {
      if (self->rules[r].mentor == mentor && self->rules[r].kind == kind)
        return TRUE;
    }

  return FALSE;
}

static void
compute_points (TaMatcher *self)
{
  double sum = 0;

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    sum += self->settings.weights[i];

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    self->max_points[i] = sum > 0 ? self->settings.weights[i] / sum * 100.0 : 0;

  for (int d = -6; d <= 6; d++)
    {
      double fraction = CLAMP ((double) d / REVERSE_FULL_LEVELS, 0.0, 1.0);

      self->reverse_points[d + 6] = (float) (self->max_points[TA_CRITERION_REVERSE] * fraction);
    }

  for (guint s = 0; s <= AVAILABILITY_FULL_SLOTS; s++)
    self->availability_points[s] =
      (float) (self->max_points[TA_CRITERION_AVAILABILITY] * s / AVAILABILITY_FULL_SLOTS);
}

/**
 * ta_matcher_new:
 * @participants: (element-type TaParticipant): everyone, with their ids
 * @pairings: (element-type TaPairing) (nullable): every pairing
 * @rules: (element-type TaPairRule) (nullable): blocks and pins
 * @settings: how to score
 *
 * A snapshot of a programme given in memory, as ta_matcher_new_from_store()
 * makes from a store.  The participants are kept (by reference) and must
 * not change afterwards; pairings and rules naming someone not in
 * @participants are ignored.
 *
 * Returns: (transfer full): the matcher
 */
TaMatcher *
ta_matcher_new (GPtrArray             *participants,
                GPtrArray             *pairings,
                GArray                *rules,
                const TaMatchSettings *settings)
{
  g_autoptr(TaMatcher) self = NULL;
  g_autoptr(GHashTable) languages = NULL;
  g_autoptr(GHashTable) departments = NULL;
  g_autoptr(GArray) rule_array = NULL;
  guint n_terms;
  guint n_languages;

  g_return_val_if_fail (participants != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  self = g_object_new (TA_TYPE_MATCHER, NULL);
  self->settings = *settings;
  compute_points (self);

  self->participants = g_ptr_array_new_full (participants->len, g_object_unref);
  for (guint i = 0; i < participants->len; i++)
    g_ptr_array_add (self->participants, g_object_ref (g_ptr_array_index (participants, i)));
  g_ptr_array_sort (self->participants, compare_participant_ids);

  self->n_people = self->participants->len;
  self->people = g_new0 (Person, MAX (self->n_people, 1));

  /* First the vocabularies, to know how many words a bit set needs. */
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->n_people; i++)
    {
      TaParticipant *participant = g_ptr_array_index (self->participants, i);
      const char * const *offers = ta_participant_get_offers (participant);
      const char * const *seeks = ta_participant_get_seeks (participant);
      const char * const *spoken = ta_participant_get_languages (participant);

      for (guint t = 0; offers != NULL && offers[t] != NULL; t++)
        intern (self->terms, offers[t]);
      for (guint t = 0; seeks != NULL && seeks[t] != NULL; t++)
        intern (self->terms, seeks[t]);
      for (guint t = 0; spoken != NULL && spoken[t] != NULL; t++)
        intern (languages, spoken[t]);
    }

  n_terms = g_hash_table_size (self->terms);
  n_languages = g_hash_table_size (languages);
  self->n_topic_words = MAX ((n_terms + 63) / 64, 1);
  self->n_language_words = MAX ((n_languages + 63) / 64, 1);
  self->stride = 2 * self->n_topic_words + self->n_language_words;
  self->bits = g_new0 (guint64, (gsize) MAX (self->n_people, 1) * self->stride);

  for (guint i = 0; i < self->n_people; i++)
    {
      TaParticipant *participant = g_ptr_array_index (self->participants, i);
      Person *person = &self->people[i];
      const char * const *offers = ta_participant_get_offers (participant);
      const char * const *seeks = ta_participant_get_seeks (participant);
      const char * const *spoken = ta_participant_get_languages (participant);
      guint64 *seek_bits = person_seeks (self, i);
      TaRole role = ta_participant_get_role (participant);
      int level = ta_participant_get_career_level (participant);
      guint n_seeks = 0;

      person->participant = participant;
      person->id = ta_participant_get_id (participant);
      person->level = level >= TA_CAREER_LEVEL_MIN && level <= TA_CAREER_LEVEL_MAX ? (guint8) level : 0;
      person->availability = ta_participant_get_availability (participant) & TA_AVAILABILITY_ALL;
      person->department = intern (departments, ta_participant_get_department (participant));
      person->places = MAX (ta_participant_get_capacity (participant), 0);

      if (ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE)
        person->flags |= PERSON_ACTIVE;
      if (role == TA_ROLE_MENTOR || role == TA_ROLE_BOTH)
        person->flags |= PERSON_MENTOR;
      if (role == TA_ROLE_MENTEE || role == TA_ROLE_BOTH)
        person->flags |= PERSON_MENTEE;

      for (guint t = 0; offers != NULL && offers[t] != NULL; t++)
        {
          guint term = intern (self->terms, offers[t]);

          if (term > 0)
            set_bit (person_offers (self, i), term - 1);
        }
      for (guint t = 0; seeks != NULL && seeks[t] != NULL; t++)
        {
          guint term = intern (self->terms, seeks[t]);

          /* Count each wanted topic once, however often it is listed. */
          if (term > 0 && !has_bit (seek_bits, term - 1))
            {
              set_bit (seek_bits, term - 1);
              n_seeks++;
            }
        }
      for (guint t = 0; spoken != NULL && spoken[t] != NULL; t++)
        {
          guint language = intern (languages, spoken[t]);

          if (language > 0)
            {
              set_bit (person_languages (self, i), language - 1);
              person->flags |= PERSON_LANGUAGES;
            }
        }

      person->n_seeks = (guint16) MIN (n_seeks, G_MAXUINT16);
      person->seeks_inverse = n_seeks > 0 ? 1.0f / (float) MIN (n_seeks, TOPIC_SATURATION) : 0.0f;
    }

  /* The lines' indices are the people's; the hot loop reads the
   * depth-first numbers from Person, next to the rest. */
  self->lines = ta_reporting_lines_new (self->n_people);
  for (guint i = 0; i < self->n_people; i++)
    {
      gint64 manager_id = ta_participant_get_reports_to (self->people[i].participant);

      ta_reporting_lines_add (self->lines, self->people[i].id,
                              manager_id > 0 && manager_id != self->people[i].id ? manager_id : 0);
    }
  for (guint i = 0; i < self->n_people; i++)
    ta_reporting_lines_get_span (self->lines, i, &self->people[i].tin, &self->people[i].tout);

  /* Open pairings hold places; closed ones are the history. */
  rule_array = g_array_new (FALSE, FALSE, sizeof (Rule));
  for (guint i = 0; pairings != NULL && i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      TaPairingStatus status = ta_pairing_get_status (pairing);
      gint32 mentor = find_person (self, ta_pairing_get_mentor_id (pairing));
      gint32 mentee = find_person (self, ta_pairing_get_mentee_id (pairing));

      if (mentor < 0 || mentee < 0)
        continue;

      if (ta_pairing_status_is_open (status))
        {
          self->people[mentor].places--;
          self->people[mentee].open_as_mentee = TRUE;
        }
      else
        {
          Rule rule = { (guint32) mentee, (guint32) mentor,
                        status == TA_PAIRING_STATUS_COMPLETED ? RULE_EARLIER_COMPLETED
                                                              : RULE_EARLIER_ENDED };

          g_array_append_val (rule_array, rule);
        }
    }

  for (guint i = 0; i < self->n_people; i++)
    self->people[i].places = MAX (self->people[i].places, 0);

  for (guint i = 0; rules != NULL && i < rules->len; i++)
    {
      const TaPairRule *pair_rule = &g_array_index (rules, TaPairRule, i);
      gint32 mentor = find_person (self, pair_rule->mentor_id);
      gint32 mentee = find_person (self, pair_rule->mentee_id);
      Rule rule;

      if (mentor < 0 || mentee < 0)
        continue;

      rule.mentee = (guint32) mentee;
      rule.mentor = (guint32) mentor;
      rule.kind = pair_rule->kind == TA_PAIR_RULE_PIN ? RULE_PIN : RULE_BLOCK;
      g_array_append_val (rule_array, rule);
    }

  g_array_sort (rule_array, compare_rules);
  self->n_rules = rule_array->len;
  self->rules = (Rule *) g_array_free (g_steal_pointer (&rule_array), FALSE);

  return g_steal_pointer (&self);
}

/**
 * ta_matcher_new_from_store:
 * @store: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Reads everyone, every pairing, the blocks and pins and the settings of
 * @store into a snapshot.  Call it on the store's thread; the matcher can
 * then be used from any thread.
 *
 * Returns: (transfer full) (nullable): the matcher
 */
TaMatcher *
ta_matcher_new_from_store (TaStore  *store,
                           GError  **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) rules = NULL;
  TaMatchSettings settings;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((participants = ta_store_list_participants (store, error)) == NULL ||
      (pairings = ta_store_list_pairings (store, error)) == NULL ||
      (rules = ta_store_list_pair_rules (store, error)) == NULL ||
      !ta_store_get_match_settings (store, &settings, error))
    return NULL;

  return ta_matcher_new (participants, pairings, rules, &settings);
}

/* --- Scoring, numbers only ------------------------------------------ */

static inline guint
count_common (const guint64 *a,
              const guint64 *b,
              guint          n_words)
{
  guint n = 0;

  for (guint w = 0; w < n_words; w++)
    n += (guint) __builtin_popcountll (a[w] & b[w]);

  return n;
}

static inline gboolean
any_common (const guint64 *a,
            const guint64 *b,
            guint          n_words)
{
  for (guint w = 0; w < n_words; w++)
    {
      if ((a[w] & b[w]) != 0)
        return TRUE;
    }

  return FALSE;
}

/* @upper is somewhere above @lower in the reporting line. */
static inline gboolean
is_above (const Person *upper,
          const Person *lower)
{
  return upper->tin < lower->tin && lower->tin < upper->tout;
}

/* The exclusions that depend on the two people only, not on rules or
 * roles: the hot loop of suggest checks these and nothing more. */
static inline Exclusion
pair_exclusion (const TaMatcher *self,
                guint            mentor,
                guint            mentee)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];

  if (mentor == mentee)
    return EXCLUSION_SELF;
  if (is_above (m, e) || is_above (e, m))
    return EXCLUSION_REPORTING;
  if ((m->flags & e->flags & PERSON_LANGUAGES) != 0 &&
      !any_common (person_languages (self, mentor), person_languages (self, mentee),
                   self->n_language_words))
    return EXCLUSION_LANGUAGE;
  if (self->settings.forbid_same_department && m->department != 0 &&
      m->department == e->department)
    return EXCLUSION_SAME_DEPARTMENT;
  if (self->settings.reverse_rule == TA_REVERSE_REQUIRE &&
      (m->level == 0 || e->level == 0 ||
       (int) e->level - (int) m->level < self->settings.min_levels_below))
    return EXCLUSION_REVERSE;

  return EXCLUSION_NONE;
}

/* Every exclusion, in the documented order: the first is the reason. */
static Exclusion
full_exclusion (const TaMatcher *self,
                guint            mentor,
                guint            mentee)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];
  Exclusion exclusion;

  if (mentor == mentee)
    return EXCLUSION_SELF;
  if ((m->flags & (PERSON_ACTIVE | PERSON_MENTOR)) != (PERSON_ACTIVE | PERSON_MENTOR))
    return EXCLUSION_NOT_MENTOR;
  if ((e->flags & (PERSON_ACTIVE | PERSON_MENTEE)) != (PERSON_ACTIVE | PERSON_MENTEE))
    return EXCLUSION_NOT_MENTEE;
  if (has_rule (self, mentor, mentee, RULE_BLOCK))
    return EXCLUSION_BLOCKED;
  if (is_above (m, e) || is_above (e, m))
    return EXCLUSION_REPORTING;
  if (self->settings.exclude_earlier_pairs &&
      (has_rule (self, mentor, mentee, RULE_EARLIER_COMPLETED) ||
       has_rule (self, mentor, mentee, RULE_EARLIER_ENDED)))
    return EXCLUSION_EARLIER;

  exclusion = pair_exclusion (self, mentor, mentee);
  g_assert (exclusion != EXCLUSION_SELF && exclusion != EXCLUSION_REPORTING);

  return exclusion;
}

/* What a pair is worth to suggest, as the hot loop computes it: the
 * score, with the same formulas as score_pair() in floats and without
 * words; or 0 when the mentor offers nothing the mentee wants to learn
 * (while topic fit counts at all), since a pair without substance is not
 * one to suggest, however well the rest fits. */
static inline float
suggest_value (const TaMatcher *self,
               guint            mentor,
               guint            mentee)
{
  const Person *m = &self->people[mentor];
  const Person *e = &self->people[mentee];
  float points = 0;
  guint shared;

  shared = count_common (person_offers (self, mentor), person_seeks (self, mentee),
                         self->n_topic_words);
  if (shared == 0 && self->max_points[TA_CRITERION_TOPIC_FIT] > 0)
    return 0;
  points += (float) self->max_points[TA_CRITERION_TOPIC_FIT] *
            MIN ((float) shared * e->seeks_inverse, 1.0f);

  if (m->level != 0 && e->level != 0)
    points += self->reverse_points[(int) e->level - (int) m->level + 6];

  shared = count_common (person_offers (self, mentee), person_seeks (self, mentor),
                         self->n_topic_words);
  points += (float) self->max_points[TA_CRITERION_RECIPROCITY] *
            MIN ((float) shared * m->seeks_inverse, 1.0f);

  shared = (guint) __builtin_popcount (m->availability & e->availability);
  points += self->availability_points[MIN (shared, AVAILABILITY_FULL_SLOTS)];

  if (m->department != 0 && e->department != 0 && m->department != e->department)
    points += (float) self->max_points[TA_CRITERION_CROSS_DEPARTMENT];

  return points;
}

/* --- Scoring, in words ---------------------------------------------- */

static const char *
name_of (const TaMatcher *self,
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
      g_autofree char *folded = fold_term (seeks[t]);
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
      return g_strdup_printf (_("%s has not listed topics to learn"), name_of (self, wanter));
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
                            name_of (self, m->level == 0 ? mentor : mentee));

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
                            name_of (self, m->availability == 0 ? mentor : mentee));
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
                            name_of (self, m->department == 0 ? mentor : mentee));
  if (m->department == e->department)
    /* Translators: %s is a department */
    return g_strdup_printf (_("Both in %s"), ta_participant_get_department (m->participant));

  *out_fraction = 1;
  /* Translators: the mentor's department → the mentee's, as in “Marketing → Finance” */
  return g_strdup_printf (_("%1$s → %2$s"),
                          ta_participant_get_department (m->participant),
                          ta_participant_get_department (e->participant));
}

static char *
reporting_reason (const TaMatcher *self,
                  guint            upper,
                  guint            lower)
{
  guint steps = ta_reporting_lines_levels_up (self->lines, lower, upper);

  if (steps <= 1)
    /* Translators: %1$s and %2$s are people's names */
    return g_strdup_printf (_("%1$s reports to %2$s"),
                            name_of (self, lower), name_of (self, upper));

  /* Translators: %1$s and %2$s are people's names; %3$d is how many
   * levels up the reporting line %2$s is, as in
   * “Ana reports to Marc (2 levels up)” */
  return g_strdup_printf (ngettext ("%1$s reports to %2$s (%3$d level up)",
                                    "%1$s reports to %2$s (%3$d levels up)", steps),
                          name_of (self, lower), name_of (self, upper), steps);
}

static char *
not_active_reason (const TaMatcher *self,
                   guint            index,
                   gboolean         as_mentor)
{
  const Person *person = &self->people[index];

  if (as_mentor && (person->flags & PERSON_MENTOR) == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s is not a mentor"), name_of (self, index));
  if (!as_mentor && (person->flags & PERSON_MENTEE) == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s is not a mentee"), name_of (self, index));
  if (ta_participant_get_status (person->participant) == TA_PARTICIPANT_STATUS_LEFT)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s has left the programme"), name_of (self, index));

  /* Translators: %s is a person's name */
  return g_strdup_printf (_("%s is paused"), name_of (self, index));
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

static char *
exclusion_reason (const TaMatcher *self,
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
      return g_strdup_printf (_("%s cannot mentor themself"), name_of (self, mentor));

    case EXCLUSION_NOT_MENTOR:
      return not_active_reason (self, mentor, TRUE);

    case EXCLUSION_NOT_MENTEE:
      return not_active_reason (self, mentee, FALSE);

    case EXCLUSION_BLOCKED:
      return g_strdup (_("The facilitator blocked this pair"));

    case EXCLUSION_REPORTING:
      return is_above (m, e) ? reporting_reason (self, mentor, mentee)
                             : reporting_reason (self, mentee, mentor);

    case EXCLUSION_EARLIER:
      if (has_rule (self, mentor, mentee, RULE_EARLIER_COMPLETED))
        return g_strdup (_("Paired before: that pairing was completed"));
      return g_strdup (_("Paired before: that pairing ended"));

    case EXCLUSION_LANGUAGE:
      {
        g_autofree char *mentor_languages = languages_text (self, mentor);
        g_autofree char *mentee_languages = languages_text (self, mentee);

        /* Translators: %1$s and %3$s are names, %2$s and %4$s the
         * languages they speak */
        return g_strdup_printf (_("No language in common: %1$s speaks %2$s, %3$s speaks %4$s"),
                                name_of (self, mentor), mentor_languages,
                                name_of (self, mentee), mentee_languages);
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
                                name_of (self, m->level == 0 ? mentor : mentee));
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
static void
score_pair (TaMatcher *self,
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
      score->forbidden_reason = exclusion_reason (self, exclusion, mentor, mentee);
    }
}

static gboolean
lookup_person (TaMatcher  *self,
               gint64      id,
               guint      *out_index,
               GError    **error)
{
  gint32 index = find_person (self, id);

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

  index = find_person (self, id);
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

  score_pair (self, mentor, mentee, out_score);
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

static inline gboolean
can_mentor (const Person *person)
{
  return (person->flags & (PERSON_ACTIVE | PERSON_MENTOR)) == (PERSON_ACTIVE | PERSON_MENTOR);
}

static inline gboolean
can_be_mentee (const Person *person)
{
  return (person->flags & (PERSON_ACTIVE | PERSON_MENTEE)) == (PERSON_ACTIVE | PERSON_MENTEE);
}

/* Forbidden, or worth nothing: either way never suggested. */
static Exclusion
suggestable (const TaMatcher *self,
             guint            mentor,
             guint            mentee)
{
  Exclusion exclusion = full_exclusion (self, mentor, mentee);

  if (exclusion == EXCLUSION_NONE && suggest_value (self, mentor, mentee) <= 0)
    return count_common (person_offers (self, mentor), person_seeks (self, mentee),
                         self->n_topic_words) == 0 ? EXCLUSION_NO_TOPIC
                                                   : EXCLUSION_NOTHING_IN_COMMON;

  return exclusion;
}

/* A mentor who cannot take one more mentee, in words that name the
 * capacity: a facilitator who reads it knows what to change. */
static char *
capacity_reason (const TaMatcher *self,
                 guint            mentor)
{
  int capacity = MAX (ta_participant_get_capacity (self->people[mentor].participant), 0);

  if (capacity == 0)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s takes no mentees: their capacity is 0"), name_of (self, mentor));

  /* Translators: %1$s is a person's name, %2$d their capacity, as in
   * “Alex Martin already mentors 1 person, their capacity” */
  return g_strdup_printf (ngettext ("%1$s already mentors %2$d person, which is their capacity",
                                    "%1$s already mentors %2$d people, which is their capacity",
                                    capacity),
                          name_of (self, mentor), capacity);
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
    return capacity_reason (self, (guint) best);

  /* Translators: %1$s is a mentor's name, %2$d how many other mentors */
  return g_strdup_printf (ngettext ("%1$s and %2$d other compatible mentor are all at their capacity",
                                    "%1$s and %2$d other compatible mentors are all at their capacity",
                                    n_full - 1),
                          name_of (self, (guint) best), (int) n_full - 1);
}

/* Why someone was left out.  @index is the person, @as_mentor their side.
 * If someone on the other side would suit them, those are all taken;
 * otherwise the exclusion that rules out most of the other side. */
static char *
unpaired_reason (const TaMatcher *self,
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

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  TaMatcher *self = user_data;
  const TaSuggestion *sa = a;
  const TaSuggestion *sb = b;
  TaParticipant *pa = self->people[find_person (self, sa->mentee_id)].participant;
  TaParticipant *pb = self->people[find_person (self, sb->mentee_id)].participant;
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

  order = strcmp (ta_participant_get_sort_key (self->people[find_person (self, ua->participant_id)].participant),
                  ta_participant_get_sort_key (self->people[find_person (self, ub->participant_id)].participant));
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
  score_pair (self, mentor, mentee, &suggestion.score);
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

          for (guint k = first_rule_of (self, mentee);
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
      unpaired.reason = unpaired_reason (self, rows[r], FALSE, 0);
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
      unpaired.reason = places[i] > 0 ? unpaired_reason (self, i, TRUE, places[i])
                                      : capacity_reason (self, i);
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

  mentor = find_person (self, mentor_id);
  mentee = find_person (self, mentee_id);
  if (mentor < 0 || mentee < 0 || mentor == mentee)
    return NULL;

  if (is_above (&self->people[mentor], &self->people[mentee]))
    return reporting_reason (self, mentor, mentee);
  if (is_above (&self->people[mentee], &self->people[mentor]))
    return reporting_reason (self, mentee, mentor);

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

  mentor = find_person (self, mentor_id);
  mentee = find_person (self, mentee_id);
  if (mentor < 0 || mentee < 0)
    return NULL;

  if (mentor == mentee)
    return exclusion_reason (self, EXCLUSION_SELF, (guint) mentor, (guint) mentee);
  if (self->people[mentee].open_as_mentee)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s already has a mentor"), name_of (self, (guint) mentee));
  if (self->people[mentor].places <= 0)
    return capacity_reason (self, (guint) mentor);

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

  mentor = find_person (self, mentor_id);
  if (mentor < 0 || self->people[mentor].places > 0)
    return NULL;

  return capacity_reason (self, (guint) mentor);
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

  mentee = find_person (self, mentee_id);

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

  order = strcmp (ta_participant_get_sort_key (data->self->people[find_person (data->self, id_a)].participant),
                  ta_participant_get_sort_key (data->self->people[find_person (data->self, id_b)].participant));
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
      suggestion.pinned = has_rule (self, mentor, mentee, RULE_PIN);
      score_pair (self, mentor, mentee, &suggestion.score);

      if (!suggestion.score.forbidden)
        {
          if (self->people[mentor].places <= 0)
            {
              suggestion.score.forbidden = TRUE;
              suggestion.score.forbidden_reason = capacity_reason (self, mentor);
            }
          else if (as_mentor && self->people[mentee].open_as_mentee)
            {
              suggestion.score.forbidden = TRUE;
              /* Translators: %s is a person's name */
              suggestion.score.forbidden_reason =
                g_strdup_printf (_("%s already has a mentor"), name_of (self, mentee));
            }
        }

      g_array_append_val (ranked, suggestion);
    }

  g_array_sort_with_data (ranked, compare_ranked, &data);
  if (limit > 0 && ranked->len > limit)
    g_array_set_size (ranked, limit);

  return g_steal_pointer (&ranked);
}
