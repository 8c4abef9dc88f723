/* ta-match-snapshot-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-match-private.h"
#include "ta-reporting-lines.h"

G_BEGIN_DECLS

/* The matcher's snapshot as its pieces share it: ta-match.c (the type,
 * scoring, suggest, partners), ta-match-index.c (building it),
 * ta-match-reasons.c (the words), ta-match-score.c (explanations as
 * text).  The scoring helpers are inline: suggest's hot loop calls them
 * 6.25 million times for a programme of 5,000. */

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

char     *_ta_match_fold_term         (const char      *term);
gint32    _ta_match_find_person       (const TaMatcher *self,
                                       gint64           id);
guint     _ta_match_first_rule_of     (const TaMatcher *self,
                                       guint            mentee);
gboolean  _ta_match_has_rule          (const TaMatcher *self,
                                       guint            mentor,
                                       guint            mentee,
                                       RuleKind         kind);

/* Every exclusion, in the documented order: the first is the reason. */
static inline Exclusion
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
  if (_ta_match_has_rule (self, mentor, mentee, RULE_BLOCK))
    return EXCLUSION_BLOCKED;
  if (is_above (m, e) || is_above (e, m))
    return EXCLUSION_REPORTING;
  if (self->settings.exclude_earlier_pairs &&
      (_ta_match_has_rule (self, mentor, mentee, RULE_EARLIER_COMPLETED) ||
       _ta_match_has_rule (self, mentor, mentee, RULE_EARLIER_ENDED)))
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
static inline Exclusion
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

/* ta-match-reasons.c: the words a person reads. */
const char *_ta_match_name_of          (const TaMatcher *self,
                                        guint            index);
char       *_ta_match_reporting_text   (const TaMatcher *self,
                                        guint            upper,
                                        guint            lower);
char       *_ta_match_exclusion_reason (const TaMatcher *self,
                                        Exclusion        exclusion,
                                        guint            mentor,
                                        guint            mentee);
void        _ta_match_score_pair       (TaMatcher       *self,
                                        guint            mentor,
                                        guint            mentee,
                                        TaScore         *score);
char       *_ta_match_capacity_reason  (const TaMatcher *self,
                                        guint            mentor);
char       *_ta_match_unpaired_reason  (const TaMatcher *self,
                                        guint            index,
                                        gboolean         as_mentor,
                                        int              places);

G_END_DECLS
