/* ta-match-settings.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TaCriterion:
 * @TA_CRITERION_TOPIC_FIT: what the mentor offers that the mentee wants
 * @TA_CRITERION_REVERSE: the mentor's career level below the mentee's
 * @TA_CRITERION_RECIPROCITY: what the mentee offers that the mentor wants
 * @TA_CRITERION_AVAILABILITY: half-day slots both have free
 * @TA_CRITERION_CROSS_DEPARTMENT: different departments widen perspective
 *
 * The weighted parts of a compatibility score.
 */
typedef enum
{
  TA_CRITERION_TOPIC_FIT,
  TA_CRITERION_REVERSE,
  TA_CRITERION_RECIPROCITY,
  TA_CRITERION_AVAILABILITY,
  TA_CRITERION_CROSS_DEPARTMENT,
} TaCriterion;

#define TA_N_CRITERIA 5

const char *ta_criterion_to_string (TaCriterion criterion);  /* "topic-fit", … */
const char *ta_criterion_get_label (TaCriterion criterion);  /* translated */

/**
 * TaReverseRule:
 * @TA_REVERSE_PREFER: a mentor below the mentee scores higher; others allowed
 * @TA_REVERSE_REQUIRE: the mentor must be at least
 *   #TaMatchSettings.min_levels_below levels below the mentee
 */
typedef enum
{
  TA_REVERSE_PREFER,
  TA_REVERSE_REQUIRE,
} TaReverseRule;

/**
 * TaMatchSettings:
 * @weights: the weight of each #TaCriterion, 0–10
 * @reverse_rule: how strict the reverse direction is
 * @min_levels_below: with %TA_REVERSE_REQUIRE, 1–6
 * @forbid_same_department: never pair within a department
 * @exclude_earlier_pairs: never suggest two people who were paired before
 *
 * Kept with the programme, in the database.
 */
typedef struct
{
  double weights[TA_N_CRITERIA];
  TaReverseRule reverse_rule;
  int min_levels_below;
  gboolean forbid_same_department;
  gboolean exclude_earlier_pairs;
} TaMatchSettings;

void     ta_match_settings_init_defaults (TaMatchSettings       *settings);
gboolean ta_match_settings_validate      (const TaMatchSettings *settings,
                                          GError               **error);

G_END_DECLS
