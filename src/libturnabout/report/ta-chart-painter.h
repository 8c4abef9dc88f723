/* ta-chart-painter.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ta-chart.h"

G_BEGIN_DECLS

/**
 * TaChartStyle:
 * @dark: draw for a dark background (libadwaita's dark style)
 * @font: (nullable): the font of labels; NULL: the default sans
 *
 * How a chart is painted where it goes.
 */
typedef struct
{
  gboolean                    dark;
  const PangoFontDescription *font;
} TaChartStyle;

/* Paints @chart into the @width × @height box at the origin of @cr: axes
 * with a few round ticks, the bars or lines in the libadwaita palette,
 * the target line with its name, category labels and a legend.  Used by
 * the Insights page (GtkSnapshot's cairo node), the PDF and printing. */
void ta_chart_paint          (TaChart            *chart,
                              cairo_t            *cr,
                              double              width,
                              double              height,
                              const TaChartStyle *style);

/* The colour of @colour in the palette, for a legend swatch. */
void ta_chart_colour_to_rgb  (TaChartColour       colour,
                              gboolean            dark,
                              double             *red,
                              double             *green,
                              double             *blue);

G_END_DECLS
