/* ta-chart-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-chart.h"

G_BEGIN_DECLS

#define TA_TYPE_CHART_VIEW (ta_chart_view_get_type ())

/*
 * One chart of Insights: its title, a toggle between the drawing
 * (ta_chart_paint() into the snapshot, in the widget's font, light or
 * dark with libadwaita's style) and the same numbers as a table.  The
 * drawing is an image whose accessible description reads every number.
 */
G_DECLARE_FINAL_TYPE (TaChartView, ta_chart_view, TA, CHART_VIEW, GtkWidget)

GtkWidget       *ta_chart_view_new              (TaChart     *chart);
TaChart         *ta_chart_view_get_chart        (TaChartView *self);
gboolean         ta_chart_view_get_show_table   (TaChartView *self);
void             ta_chart_view_set_show_table   (TaChartView *self,
                                                 gboolean     show_table);
/* For the tests: the drawing, the toggle. */
GtkWidget       *ta_chart_view_get_canvas       (TaChartView *self);
GtkToggleButton *ta_chart_view_get_table_toggle (TaChartView *self);

G_END_DECLS
