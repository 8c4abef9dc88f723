/* ta-report.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ta-insights.h"

G_BEGIN_DECLS

#define TA_TYPE_REPORT (ta_report_get_type ())

/*
 * The Insights report as pages: the programme's name, the period, every
 * section with its figures (value, definition, how it was computed),
 * charts and tables, page numbers, in the locale's formats and language.
 * Figures based on fewer than 5 people read "fewer than 5": a report
 * leaves the machine.  The same pages go to a PDF file
 * (ta_report_write_pdf()) and to a printer (the window's
 * GtkPrintOperation calls ta_report_paginate() and ta_report_draw_page()).
 */
G_DECLARE_FINAL_TYPE (TaReport, ta_report, TA, REPORT, GObject)

TaReport *ta_report_new        (TaInsights  *insights,
                                const char  *programme_name);

/* Lays the report out on pages of @width × @height points (the
 * printable area: margins are the caller's), measuring text with @cr;
 * returns the number of pages. */
guint     ta_report_paginate   (TaReport    *self,
                                cairo_t     *cr,
                                double       width,
                                double       height);
/* Draws page @page (0-based) of the last layout at the origin of @cr. */
void      ta_report_draw_page  (TaReport    *self,
                                cairo_t     *cr,
                                guint        page);

/* Writes the report as an A4 PDF to @path, atomically, mode 0600. */
gboolean  ta_report_write_pdf  (TaReport    *self,
                                const char  *path,
                                GError     **error);

G_END_DECLS
