/* ta-insights-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_INSIGHTS_VIEW (ta_insights_view_get_type ())

G_DECLARE_FINAL_TYPE (TaInsightsView, ta_insights_view, TA, INSIGHTS_VIEW, GtkWidget)

void        ta_insights_view_set_programme (TaInsightsView *self,
                                            TaProgramme    *programme);
/* (transfer none) (nullable): the figures shown */
TaInsights *ta_insights_view_get_insights  (TaInsightsView *self);
/* TRUE while figures are being computed. */
gboolean    ta_insights_view_get_busy      (TaInsightsView *self);

G_END_DECLS
