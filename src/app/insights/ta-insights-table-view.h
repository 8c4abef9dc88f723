/* ta-insights-table-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-insights-table.h"

G_BEGIN_DECLS

#define TA_TYPE_INSIGHTS_TABLE_VIEW (ta_insights_table_view_get_type ())

/*
 * One TaInsightsTable on screen: a grid of rows with the column titles
 * above them where it fits, each row as its first cell over the others'
 * "title value" pairs where it does not (a narrow window).  A row that
 * stands for a record opens it when activated.
 */
G_DECLARE_FINAL_TYPE (TaInsightsTableView, ta_insights_table_view, TA, INSIGHTS_TABLE_VIEW, GtkWidget)

GtkWidget       *ta_insights_table_view_new        (TaInsightsTable     *table);
TaInsightsTable *ta_insights_table_view_get_table  (TaInsightsTableView *self);
/* Whether the rows are stacked (the narrow layout) now. */
gboolean         ta_insights_table_view_is_stacked (TaInsightsTableView *self);
/* The list of the layout shown (tests): its rows are the table's. */
GtkListBox      *ta_insights_table_view_get_list   (TaInsightsTableView *self);

G_END_DECLS
