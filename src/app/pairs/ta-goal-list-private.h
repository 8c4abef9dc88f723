/* ta-goal-list-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-goal-list.h"

G_BEGIN_DECLS

/* For the widget tests. */
AdwEntryRow    *_ta_goal_list_get_new_goal_row (TaGoalList *self);
const char     *_ta_goal_list_get_error        (TaGoalList *self);
GtkWidget      *_ta_goal_list_get_row          (TaGoalList *self,
                                                guint       position);
GtkCheckButton *_ta_goal_list_get_check        (TaGoalList *self,
                                                guint       position);
GtkButton      *_ta_goal_list_get_edit_button  (TaGoalList *self,
                                                guint       position);

G_END_DECLS
