/* ta-month-cell.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-session.h"

G_BEGIN_DECLS

/* How many sessions a day shows as chips; the rest are "+N more". */
#define TA_MONTH_CELL_MAX_CHIPS 3

#define TA_TYPE_MONTH_CELL (ta_month_cell_get_type ())

/*
 * A day of the month grid: its number and its first sessions as chips,
 * each a button that emits session-activated.  The grid fills it with
 * clear(), add() for each session in order, then finish().
 */
G_DECLARE_FINAL_TYPE (TaMonthCell, ta_month_cell, TA, MONTH_CELL, GtkWidget)

TaMonthCell *ta_month_cell_new            (int          index);
int          ta_month_cell_get_index      (TaMonthCell *self);
void         ta_month_cell_set_day_number (TaMonthCell *self,
                                           const char  *number);
void         ta_month_cell_clear          (TaMonthCell *self);
void         ta_month_cell_add            (TaMonthCell *self,
                                           const char  *text,
                                           TaSession   *session);
void         ta_month_cell_finish         (TaMonthCell *self);
char       **ta_month_cell_dup_labels     (TaMonthCell *self);

G_END_DECLS
