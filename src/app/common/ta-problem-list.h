/* ta-problem-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TA_TYPE_PROBLEM_LIST (ta_problem_list_get_type ())

G_DECLARE_FINAL_TYPE (TaProblemList, ta_problem_list, TA, PROBLEM_LIST, GtkWidget)

GtkWidget  *ta_problem_list_new           (const char    *file_name,
                                           GPtrArray     *problems);
const char *ta_problem_list_get_file_name (TaProblemList *self);
void        ta_problem_list_set_file_name (TaProblemList *self,
                                           const char    *file_name);
GListModel *ta_problem_list_get_problems  (TaProblemList *self);
void        ta_problem_list_set_problems  (TaProblemList *self,
                                           GPtrArray     *problems);
char       *ta_problem_list_dup_text      (TaProblemList *self);

G_END_DECLS
