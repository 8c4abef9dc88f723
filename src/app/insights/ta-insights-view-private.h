/* ta-insights-view-private.h - for the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-chart-view.h"
#include "ta-figure-card.h"
#include "ta-insights-view.h"

G_BEGIN_DECLS

/* The card or chart of @key on the page, or NULL (transfer none). */
TaFigureCard *_ta_insights_view_find_card         (TaInsightsView *self,
                                                   const char     *key);
TaChartView  *_ta_insights_view_find_chart        (TaInsightsView *self,
                                                   const char     *key);
GtkDropDown  *_ta_insights_view_get_period_dropdown (TaInsightsView *self);
GtkDropDown  *_ta_insights_view_get_group_dropdown  (TaInsightsView *self);
GtkDropDown  *_ta_insights_view_get_value_dropdown  (TaInsightsView *self);
/* "loading", "empty", "error" or "content" */
const char   *_ta_insights_view_get_state         (TaInsightsView *self);
/* What activating @card does: the window listing its records (transfer none). */
GtkWindow    *_ta_insights_view_list_subjects     (TaInsightsView *self,
                                                   TaFigureCard   *card);

G_END_DECLS
