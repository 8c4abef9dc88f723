/* ta-chart.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-figure.h"
#include "ta-insights-table.h"

G_BEGIN_DECLS

/**
 * TaChartKind:
 * @TA_CHART_STACKED_BARS: one bar per category, series stacked
 * @TA_CHART_BARS: one bar per category, one series
 * @TA_CHART_GROUPED_BARS: one bar per series side by side per category
 * @TA_CHART_LINE: one line per series over the categories
 */
typedef enum
{
  TA_CHART_STACKED_BARS,
  TA_CHART_BARS,
  TA_CHART_GROUPED_BARS,
  TA_CHART_LINE,
} TaChartKind;

/**
 * TaChartColour:
 *
 * The libadwaita palette's hues (blue 3, green 4, …): the painter picks
 * the shade that reads on a light or a dark background.
 */
typedef enum
{
  TA_CHART_COLOUR_BLUE,
  TA_CHART_COLOUR_GREEN,
  TA_CHART_COLOUR_YELLOW,
  TA_CHART_COLOUR_ORANGE,
  TA_CHART_COLOUR_RED,
  TA_CHART_COLOUR_PURPLE,
  TA_CHART_COLOUR_BROWN,
  TA_CHART_COLOUR_GREY,
} TaChartColour;

#define TA_TYPE_CHART (ta_chart_get_type ())

/*
 * The numbers of one chart of Insights, without any drawing: categories
 * along the x axis (months, "0 sessions", "1", …), one or more series of
 * values, an optional target line.  Painted by ta-chart-painter.h on
 * screen, in the PDF and on paper alike.
 */
G_DECLARE_FINAL_TYPE (TaChart, ta_chart, TA, CHART, GObject)

TaChart           *ta_chart_new               (const char        *key,
                                               TaInsightsSection  section,
                                               TaChartKind        kind,
                                               TaFigureUnit       unit,
                                               const char        *title);

const char        *ta_chart_get_key           (TaChart           *self);
TaInsightsSection  ta_chart_get_section       (TaChart           *self);
TaChartKind        ta_chart_get_kind          (TaChart           *self);
/* The unit of the values (the y axis). */
TaFigureUnit       ta_chart_get_unit          (TaChart           *self);
const char        *ta_chart_get_title         (TaChart           *self);

/* Categories are added first, then series with one value per category. */
void               ta_chart_add_category      (TaChart           *self,
                                               const char        *label);
guint              ta_chart_get_n_categories  (TaChart           *self);
const char        *ta_chart_get_category      (TaChart           *self,
                                               guint              index);
void               ta_chart_add_series        (TaChart           *self,
                                               const char        *name,
                                               TaChartColour      colour,
                                               const double      *values);
guint              ta_chart_get_n_series      (TaChart           *self);
const char        *ta_chart_get_series_name   (TaChart           *self,
                                               guint              series);
TaChartColour      ta_chart_get_series_colour (TaChart           *self,
                                               guint              series);
double             ta_chart_get_value         (TaChart           *self,
                                               guint              series,
                                               guint              category);
/* The largest value drawn (the sum of a stack for stacked bars). */
double             ta_chart_get_max           (TaChart           *self);

/* A horizontal target line (NAN: none) and who published it. */
double             ta_chart_get_target        (TaChart           *self);
const char        *ta_chart_get_target_label  (TaChart           *self);
void               ta_chart_set_target        (TaChart           *self,
                                               double             target,
                                               const char        *label);

/* What a screen reader announces: the title and every number, in
 * words ("Sessions per month. January: 12 held, 2 cancelled; …"). */
char              *ta_chart_describe          (TaChart           *self);
/* The same numbers as a table: one row per category, one column per
 * series (the "table view" of the chart). */
TaInsightsTable   *ta_chart_to_table          (TaChart           *self);

G_END_DECLS
