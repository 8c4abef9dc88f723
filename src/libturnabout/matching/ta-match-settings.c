/* ta-match-settings.c
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

#include "ta-match-settings.h"
#include "ta-store.h"

static const char * const criterion_names[TA_N_CRITERIA] = {
  "topic-fit", "reverse-direction", "reciprocity", "availability", "cross-department",
};

const char *
ta_criterion_to_string (TaCriterion criterion)
{
  g_return_val_if_fail (criterion < TA_N_CRITERIA, NULL);

  return criterion_names[criterion];
}

const char *
ta_criterion_get_label (TaCriterion criterion)
{
  switch (criterion)
    {
    case TA_CRITERION_TOPIC_FIT:
      /* Translators: a criterion of the compatibility score: what the
       * mentor offers that the mentee wants to learn */
      return _("Topic fit");
    case TA_CRITERION_REVERSE:
      /* Translators: a criterion: the mentor is more junior than the mentee */
      return _("Reverse direction");
    case TA_CRITERION_RECIPROCITY:
      /* Translators: a criterion: what the mentee can teach the mentor in return */
      return _("Reciprocity");
    case TA_CRITERION_AVAILABILITY:
      return _("Shared availability");
    case TA_CRITERION_CROSS_DEPARTMENT:
      return _("Cross-department");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ta_match_settings_init_defaults:
 * @settings: (out caller-allocates): the settings to fill
 *
 * What a programme starts with: topic fit matters most, reverse direction
 * is preferred but not required, learning both ways and a shared free
 * half-day count, and other departments are a bonus.
 */
void
ta_match_settings_init_defaults (TaMatchSettings *settings)
{
  g_return_if_fail (settings != NULL);

  settings->weights[TA_CRITERION_TOPIC_FIT] = 5;
  settings->weights[TA_CRITERION_REVERSE] = 3;
  settings->weights[TA_CRITERION_RECIPROCITY] = 2;
  settings->weights[TA_CRITERION_AVAILABILITY] = 2;
  settings->weights[TA_CRITERION_CROSS_DEPARTMENT] = 1;
  settings->reverse_rule = TA_REVERSE_PREFER;
  settings->min_levels_below = 1;
  settings->forbid_same_department = FALSE;
  settings->exclude_earlier_pairs = TRUE;
}

gboolean
ta_match_settings_validate (const TaMatchSettings  *settings,
                            GError                **error)
{
  double sum = 0;

  g_return_val_if_fail (settings != NULL, FALSE);

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      if (!isfinite (settings->weights[i]) || settings->weights[i] < 0 || settings->weights[i] > 10)
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                       /* Translators: %s is a criterion such as “Topic fit” */
                       _("The weight of “%s” must be between 0 and 10"),
                       ta_criterion_get_label ((TaCriterion) i));
          return FALSE;
        }
      sum += settings->weights[i];
    }

  if (sum <= 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("At least one criterion must have a weight above 0"));
      return FALSE;
    }

  if (settings->reverse_rule != TA_REVERSE_PREFER && settings->reverse_rule != TA_REVERSE_REQUIRE)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The reverse-direction rule is not known"));
      return FALSE;
    }

  if (settings->min_levels_below < 1 || settings->min_levels_below > 6)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The mentor must be between 1 and 6 career levels below the mentee"));
      return FALSE;
    }

  return TRUE;
}
