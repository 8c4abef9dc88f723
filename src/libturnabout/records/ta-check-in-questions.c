/* ta-check-in-questions.c
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

/* The reverse-mentoring question bank (docs/exchange.md, "Check-ins"):
 * the questions the app, the printed form and the validation share. */

#define G_LOG_DOMAIN "turnabout-check-in"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-check-in.h"

/* Translators: the check-in questions are read by the people of a pair,
 * a senior (the mentee, learning digital tools from a junior colleague)
 * and a junior (the mentor).  Keep them plain and friendly. */

#define SELF_RATING_MENTEE \
  /* Translators: the senior's (mentee's) self-rating, 1 to 5 */ \
  N_("How confident do you feel using digital tools at work?")
#define SELF_RATING_MENTOR \
  /* Translators: the junior's (mentor's) self-rating, 1 to 5 */ \
  N_("How confident do you feel speaking up to senior colleagues?")
/* Translators: the low end of the 1–5 self-rating */
#define CONFIDENCE_LOW N_("Not at all confident")
/* Translators: the high end of the 1–5 self-rating */
#define CONFIDENCE_HIGH N_("Very confident")

/* One bank per kind and side; texts untranslated (msgids). */
static const TaCheckInQuestion baseline_mentee[] = {
  { "confidence", TA_CHECK_IN_QUESTION_SCALE, SELF_RATING_MENTEE, CONFIDENCE_LOW, CONFIDENCE_HIGH, 1, 5, TRUE },
};
static const TaCheckInQuestion baseline_mentor[] = {
  { "confidence", TA_CHECK_IN_QUESTION_SCALE, SELF_RATING_MENTOR, CONFIDENCE_LOW, CONFIDENCE_HIGH, 1, 5, TRUE },
};
static const TaCheckInQuestion fit[] = {
  /* Translators: asked after the pair's first meeting; answered with
   * "Good fit", "Still deciding" or "Not a fit" */
  { "fit", TA_CHECK_IN_QUESTION_FIT, N_("Is this pairing a good fit?"), NULL, NULL, 0, 0, TRUE },
};
static const TaCheckInQuestion relationship[] = {
  { "quality", TA_CHECK_IN_QUESTION_SCALE,
    /* Translators: a 1–5 rating of the mentoring pair's relationship */
    N_("How would you rate your mentoring relationship?"),
    /* Translators: the low end (1) of the relationship rating */
    N_("Poor"),
    /* Translators: the high end (5) of the relationship rating */
    N_("Excellent"), 1, 5, TRUE },
  { "works", TA_CHECK_IN_QUESTION_TEXT,
    /* Translators: a free-text question of the relationship check */
    N_("What is working well?"), NULL, NULL, 0, 0, FALSE },
  { "not_working", TA_CHECK_IN_QUESTION_TEXT,
    /* Translators: a free-text question of the relationship check */
    N_("What is not working?"), NULL, NULL, 0, 0, FALSE },
};
#define CLOSING_QUESTIONS(self_rating)                                             \
  { "changed", TA_CHECK_IN_QUESTION_TEXT,                                          \
    /* Translators: a free-text question when the pair completes or ends */       \
    N_("What changed for you?"), NULL, NULL, 0, 0, FALSE },                        \
  { "recommend", TA_CHECK_IN_QUESTION_SCALE,                                       \
    /* Translators: 0 to 10, the "net promoter" question */                       \
    N_("How likely are you to recommend reverse mentoring to a colleague?"),      \
    /* Translators: the low end (0) of the recommendation scale */                \
    N_("Not at all likely"),                                                       \
    /* Translators: the high end (10) of the recommendation scale */              \
    N_("Extremely likely"), 0, 10, TRUE },                                         \
  { "keep", TA_CHECK_IN_QUESTION_TEXT,                                             \
    /* Translators: a free-text question when the pair completes or ends */       \
    N_("What is one thing you will keep doing?"), NULL, NULL, 0, 0, FALSE },       \
  { "confidence", TA_CHECK_IN_QUESTION_SCALE, self_rating, CONFIDENCE_LOW, CONFIDENCE_HIGH, 1, 5, FALSE }
static const TaCheckInQuestion closing_mentee[] = { CLOSING_QUESTIONS (SELF_RATING_MENTEE) };
static const TaCheckInQuestion closing_mentor[] = { CLOSING_QUESTIONS (SELF_RATING_MENTOR) };

static const struct
{
  const TaCheckInQuestion *questions;
  guint n_questions;
} banks[TA_CHECK_IN_N_KINDS][2] = {
  [TA_CHECK_IN_BASELINE] = { { baseline_mentor, G_N_ELEMENTS (baseline_mentor) },
                             { baseline_mentee, G_N_ELEMENTS (baseline_mentee) } },
  [TA_CHECK_IN_FIT] = { { fit, G_N_ELEMENTS (fit) }, { fit, G_N_ELEMENTS (fit) } },
  [TA_CHECK_IN_RELATIONSHIP] = { { relationship, G_N_ELEMENTS (relationship) },
                                 { relationship, G_N_ELEMENTS (relationship) } },
  [TA_CHECK_IN_CLOSING] = { { closing_mentor, G_N_ELEMENTS (closing_mentor) },
                            { closing_mentee, G_N_ELEMENTS (closing_mentee) } },
};

static const char *
translate (const char *msgid)
{
  return msgid != NULL ? _(msgid) : NULL;
}

/* Translated copies, made once per bank and language (the UI tests switch
 * languages in one process) and kept: a handful of small arrays. */
static GMutex cache_lock;
static GHashTable *cache;

/**
 * ta_check_in_get_questions:
 * @kind: which check-in
 * @side: who answers it (the self-rating's wording depends on it)
 * @out_n_questions: (out): how many questions there are
 *
 * Returns: (transfer none) (array length=out_n_questions): the
 *   questions, translated into the current language, in the order they
 *   are asked
 */
const TaCheckInQuestion *
ta_check_in_get_questions (TaCheckInKind  kind,
                           TaPairSide     side,
                           guint         *out_n_questions)
{
  const TaCheckInQuestion *bank;
  guint n_questions;
  g_autofree char *key = NULL;
  TaCheckInQuestion *translated;

  g_return_val_if_fail ((guint) kind < TA_CHECK_IN_N_KINDS, NULL);
  g_return_val_if_fail (side == TA_PAIR_SIDE_MENTOR || side == TA_PAIR_SIDE_MENTEE, NULL);
  g_return_val_if_fail (out_n_questions != NULL, NULL);

  bank = banks[kind][side].questions;
  n_questions = banks[kind][side].n_questions;
  *out_n_questions = n_questions;

  /* The first question's translation tells the languages apart. */
  key = g_strdup_printf ("%d:%d:%s", kind, side, translate (bank[0].text));

  g_mutex_lock (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  translated = g_hash_table_lookup (cache, key);
  if (translated == NULL)
    {
      translated = g_memdup2 (bank, sizeof (TaCheckInQuestion) * n_questions);
      for (guint i = 0; i < n_questions; i++)
        {
          translated[i].text = translate (bank[i].text);
          translated[i].low_label = translate (bank[i].low_label);
          translated[i].high_label = translate (bank[i].high_label);
        }
      g_hash_table_insert (cache, g_steal_pointer (&key), translated);
    }
  g_mutex_unlock (&cache_lock);

  return translated;
}
