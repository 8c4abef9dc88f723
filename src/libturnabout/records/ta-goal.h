/* ta-goal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TA_GOAL_MAX_TITLE_CHARS 200

#define TA_TYPE_GOAL (ta_goal_get_type ())

/* One objective of a pairing ("Publish a first LinkedIn post"), done or
 * not: the field says clear objectives are what keeps a pair going. */
G_DECLARE_FINAL_TYPE (TaGoal, ta_goal, TA, GOAL, GObject)

TaGoal     *ta_goal_new       (const char *title,
                               gboolean    done);
const char *ta_goal_get_title (TaGoal     *self);
void        ta_goal_set_title (TaGoal     *self,
                               const char *title);
gboolean    ta_goal_get_done  (TaGoal     *self);
void        ta_goal_set_done  (TaGoal     *self,
                               gboolean    done);

G_END_DECLS
