/* ta-problem-list-private.h - for the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-problem-list.h"

G_BEGIN_DECLS

GtkLabel    *_ta_problem_list_get_count_label (TaProblemList *self);
GtkButton   *_ta_problem_list_get_copy_button (TaProblemList *self);
GtkListView *_ta_problem_list_get_list_view   (TaProblemList *self);

G_END_DECLS
