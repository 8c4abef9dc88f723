/* ta-insights-export.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* Insights out of the window (the page's menu): the report as a PDF
 * file, on paper, and the data behind it as CSV files.  Each asks where,
 * then says how it went in a toast near @widget. */
void  ta_insights_export_report       (GtkWidget             *widget,
                                       TaInsights            *insights,
                                       const char            *programme_name);
void  ta_insights_print_report        (GtkWidget             *widget,
                                       TaInsights            *insights,
                                       const char            *programme_name);
void  ta_insights_export_data         (GtkWidget             *widget,
                                       TaProgramme           *programme,
                                       const TaInsightsQuery *query);
/* "Turnabout report 2026-12-06.pdf" (transfer full). */
char *ta_insights_report_file_name    (GDateTime             *today);

G_END_DECLS
