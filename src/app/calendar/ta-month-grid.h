/* ta-month-grid.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_MONTH_GRID (ta_month_grid_get_type ())

/*
 * The weeks of a month, seven days a row, each day showing its first
 * sessions.  One TaSessionList of the programme, its range set to the
 * visible weeks, feeds every cell (TaMonthCell); a session is named from
 * the programme's live lists (ta-describe.h).  Emits day-activated (GDateTime *, local midnight) on a
 * double click or Enter.
 */
G_DECLARE_FINAL_TYPE (TaMonthGrid, ta_month_grid, TA, MONTH_GRID, GtkWidget)

GtkWidget *ta_month_grid_new              (void);
void       ta_month_grid_set_programme    (TaMonthGrid       *self,
                                           TaProgramme       *programme);
/* (transfer none): local midnight of the focused day */
void       ta_month_grid_set_filter       (TaMonthGrid       *self,
                                           GtkFilter         *filter);
GDateTime *ta_month_grid_get_date         (TaMonthGrid       *self);
void       ta_month_grid_set_date         (TaMonthGrid       *self,
                                           GDateTime         *date);

G_END_DECLS
