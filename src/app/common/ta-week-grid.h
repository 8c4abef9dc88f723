/* ta-week-grid.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-availability.h"

G_BEGIN_DECLS

#define TA_TYPE_WEEK_GRID (ta_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (TaWeekGrid, ta_week_grid, TA, WEEK_GRID, GtkWidget)

GtkWidget      *ta_week_grid_new              (void);
TaAvailability  ta_week_grid_get_availability (TaWeekGrid     *self);
void            ta_week_grid_set_availability (TaWeekGrid     *self,
                                               TaAvailability  availability);
gboolean        ta_week_grid_get_editable     (TaWeekGrid     *self);
void            ta_week_grid_set_editable     (TaWeekGrid     *self,
                                               gboolean        editable);

G_END_DECLS
