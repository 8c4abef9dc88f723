/* ta-goal-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-pairing.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_GOAL_LIST (ta_goal_list_get_type ())

G_DECLARE_FINAL_TYPE (TaGoalList, ta_goal_list, TA, GOAL_LIST, GtkWidget)

GtkWidget         *ta_goal_list_new              (void);
TaPairing         *ta_goal_list_get_pairing      (TaGoalList        *self);
void               ta_goal_list_set_pairing      (TaGoalList        *self,
                                                  TaPairing         *pairing);
TaProgramme       *ta_goal_list_get_programme    (TaGoalList        *self);
void               ta_goal_list_set_programme    (TaGoalList        *self,
                                                  TaProgramme       *programme);

G_END_DECLS
