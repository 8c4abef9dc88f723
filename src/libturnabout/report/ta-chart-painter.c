/* ta-chart-painter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ta-chart-painter.h"

/*
 * One painter for the screen, the PDF and paper: plain cairo and
 * pangocairo, no GTK.  The box is laid out top to bottom as the legend
 * (series and the target, so that the target's name never sits on a
 * bar), the plot with its value axis on the left, and the category
 * labels under it, straight, thinned out or slanted, whichever fits
 * without two labels touching.
 */

#define GAP 6.0

typedef struct
{
  double red, green, blue;
} Rgb;

/* The libadwaita palette: the darker shade reads on a light background,
 * the lighter one on a dark background. */
static const Rgb palette_light[] = {
  { 0x35 / 255., 0x84 / 255., 0xe4 / 255. },  /* blue 3 */
  { 0x2e / 255., 0xc2 / 255., 0x7e / 255. },  /* green 4 */
  { 0xe5 / 255., 0xa5 / 255., 0x0a / 255. },  /* yellow 5 */
  { 0xe6 / 255., 0x61 / 255., 0x00 / 255. },  /* orange 4 */
  { 0xc0 / 255., 0x1c / 255., 0x28 / 255. },  /* red 4 */
  { 0x91 / 255., 0x41 / 255., 0xac / 255. },  /* purple 3 */
  { 0x98 / 255., 0x6a / 255., 0x44 / 255. },  /* brown 3 */
  { 0x77 / 255., 0x76 / 255., 0x7b / 255. },  /* grey (dark 1) */
};

static const Rgb palette_dark[] = {
  { 0x62 / 255., 0xa0 / 255., 0xea / 255. },  /* blue 2 */
  { 0x33 / 255., 0xd1 / 255., 0x7a / 255. },  /* green 3 */
  { 0xf6 / 255., 0xd3 / 255., 0x2d / 255. },  /* yellow 3 */
  { 0xff / 255., 0x78 / 255., 0x00 / 255. },  /* orange 3 */
  { 0xe0 / 255., 0x1b / 255., 0x24 / 255. },  /* red 3 */
  { 0xc0 / 255., 0x61 / 255., 0xcb / 255. },  /* purple 2 */
  { 0xb5 / 255., 0x83 / 255., 0x5a / 255. },  /* brown 2 */
  { 0x9a / 255., 0x99 / 255., 0x96 / 255. },  /* light 5 */
};

G_STATIC_ASSERT (G_N_ELEMENTS (palette_light) == TA_CHART_COLOUR_GREY + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (palette_dark) == TA_CHART_COLOUR_GREY + 1);

/**
 * ta_chart_colour_to_rgb:
 * @colour: a hue of the palette
 * @dark: for a dark background
 * @red: (out): 0–1
 * @green: (out): 0–1
 * @blue: (out): 0–1
 *
 * The shade of @colour that reads on a light or a dark background.
 */
void
ta_chart_colour_to_rgb (TaChartColour  colour,
                        gboolean       dark,
                        double        *red,
                        double        *green,
                        double        *blue)
{
  const Rgb *rgb;

  g_return_if_fail (red != NULL && green != NULL && blue != NULL);

  if ((guint) colour > TA_CHART_COLOUR_GREY)
    colour = TA_CHART_COLOUR_GREY;
  rgb = dark ? &palette_dark[colour] : &palette_light[colour];
  *red = rgb->red;
  *green = rgb->green;
  *blue = rgb->blue;
}

typedef struct
{
  TaChart              *chart;
  cairo_t              *cr;
  const TaChartStyle   *style;
  PangoLayout          *layout;
  double                width;
  double                height;
  double                line_height;

  /* The plot: the area inside the axes. */
  double                plot_x, plot_y, plot_w, plot_h;
  /* The value axis, from 0 to top in steps of step. */
  double                top;
  double                step;
} Painter;

/* The text colour of the style: GNOME's foreground, white-ish on dark,
 * black at 80 % on light. */
static void
set_foreground (Painter *p,
                double   alpha)
{
  if (p->style->dark)
    cairo_set_source_rgba (p->cr, 1.0, 1.0, 1.0, 0.9 * alpha);
  else
    cairo_set_source_rgba (p->cr, 0.0, 0.0, 0.0, 0.8 * alpha);
}

static void
set_colour (Painter       *p,
            TaChartColour  colour)
{
  double red, green, blue;

  ta_chart_colour_to_rgb (colour, p->style->dark, &red, &green, &blue);
  cairo_set_source_rgb (p->cr, red, green, blue);
}

static void
set_text (Painter    *p,
          const char *text,
          double      max_width)
{
  pango_layout_set_text (p->layout, text, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (p->layout, (int) (MAX (max_width, 1.0) * PANGO_SCALE));
      pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (p->layout, -1);
      pango_layout_set_ellipsize (p->layout, PANGO_ELLIPSIZE_NONE);
    }
}

static double
text_width (Painter    *p,
            const char *text)
{
  PangoRectangle logical;

  set_text (p, text, -1);
  pango_layout_get_pixel_extents (p->layout, NULL, &logical);
  return logical.width;
}

/* Shows the layout as set, its top left corner at @x, @y. */
static void
show_at (Painter *p,
         double   x,
         double   y)
{
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->layout);
}

static gboolean
chart_is_empty (TaChart *chart)
{
  guint n_categories = ta_chart_get_n_categories (chart);
  guint n_series = ta_chart_get_n_series (chart);

  for (guint s = 0; s < n_series; s++)
    for (guint c = 0; c < n_categories; c++)
      if (!isnan (ta_chart_get_value (chart, s, c)))
        return FALSE;

  return TRUE;
}

static void
paint_empty (Painter *p)
{
  PangoRectangle logical;

  set_text (p, _("No data in this period."), p->width - 2 * GAP);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_extents (p->layout, NULL, &logical);
  set_foreground (p, 0.55);
  show_at (p, GAP, (p->height - logical.height) / 2.0);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
}

/* A round step (1, 2, 2.5 or 5 times a power of ten) of about @raw;
 * whole numbers for a count. */
static double
round_step (double   raw,
            gboolean whole)
{
  double magnitude, fraction, step;

  if (raw <= 0 || !isfinite (raw))
    return 1.0;

  magnitude = pow (10.0, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1.0)
    step = 1.0;
  else if (fraction <= 2.0)
    step = 2.0;
  else if (fraction <= 2.5 && !(whole && magnitude < 10.0))
    step = 2.5;
  else if (fraction <= 5.0)
    step = 5.0;
  else
    step = 10.0;
  step *= magnitude;

  return whole ? MAX (step, 1.0) : step;
}

static void
choose_ticks (Painter *p,
              double   plot_height)
{
  TaFigureUnit unit = ta_chart_get_unit (p->chart);
  gboolean whole = unit == TA_FIGURE_UNIT_COUNT || unit == TA_FIGURE_UNIT_DAYS;
  double max = ta_chart_get_max (p->chart);
  int intervals;

  if (!(max > 0))
    max = unit == TA_FIGURE_UNIT_SHARE ? 1.0 : whole ? 4.0 : 1.0;

  /* A tick label every two lines or so: 2 to 5 intervals. */
  intervals = CLAMP ((int) (plot_height / (p->line_height * 2.2)), 2, 5);
  p->step = round_step (max / intervals, whole);
  p->top = p->step * ceil (max / p->step - 1e-9);
  if (p->top <= 0)
    p->top = p->step;
}

static double
widest_tick_label (Painter *p)
{
  TaFigureUnit unit = ta_chart_get_unit (p->chart);
  double widest = 0;

  for (double value = 0; value <= p->top + p->step / 2; value += p->step)
    {
      g_autofree char *label = ta_figure_format_number (unit, value);

      widest = MAX (widest, text_width (p, label));
    }

  return widest;
}

static double
value_to_y (Painter *p,
            double   value)
{
  return p->plot_y + p->plot_h - (value / p->top) * p->plot_h;
}

/* The legend: one entry per series when there are several, and the
 * target with its name. */
typedef struct
{
  char          *text;
  TaChartColour  colour;
  gboolean       target;
} LegendEntry;

static void
legend_entry_clear (gpointer data)
{
  g_free (((LegendEntry *) data)->text);
}

static GArray *
legend_entries (Painter *p)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  guint n_series = ta_chart_get_n_series (p->chart);
  double target = ta_chart_get_target (p->chart);

  g_array_set_clear_func (entries, legend_entry_clear);

  if (n_series > 1)
    for (guint s = 0; s < n_series; s++)
      {
        LegendEntry entry = {
          g_strdup (ta_chart_get_series_name (p->chart, s)),
          ta_chart_get_series_colour (p->chart, s),
          FALSE,
        };
        g_array_append_val (entries, entry);
      }

  if (!isnan (target))
    {
      g_autofree char *value = ta_figure_format_number (ta_chart_get_unit (p->chart), target);
      const char *label = ta_chart_get_target_label (p->chart);
      LegendEntry entry = { NULL, TA_CHART_COLOUR_GREY, TRUE };

      if (label != NULL && *label != '\0')
        /* Translators: the target line's entry in a chart's legend:
         * %1$s is who published it, %2$s its value ("70 %"). */
        entry.text = g_strdup_printf (_("%1$s (%2$s)"), label, value);
      else
        /* Translators: the target line's entry in a chart's legend. */
        entry.text = g_strdup_printf (_("Target (%s)"), value);
      g_array_append_val (entries, entry);
    }

  return entries;
}

static void
draw_swatch (Painter           *p,
             const LegendEntry *entry,
             double             x,
             double             y,
             double             size)
{
  cairo_t *cr = p->cr;

  if (entry->target)
    {
      double dash[] = { 3.0, 2.0 };

      set_foreground (p, 0.8);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, x, y + size / 2);
      cairo_line_to (cr, x + size * 1.6, y + size / 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }

  set_colour (p, entry->colour);
  if (ta_chart_get_kind (p->chart) == TA_CHART_LINE)
    {
      cairo_set_line_width (cr, 2.0);
      cairo_move_to (cr, x, y + size / 2);
      cairo_line_to (cr, x + size * 1.6, y + size / 2);
      cairo_stroke (cr);
      cairo_arc (cr, x + size * 0.8, y + size / 2, size / 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  else
    {
      cairo_rectangle (cr, x + size * 0.3, y, size, size);
      cairo_fill (cr);
    }
}

/* Lays the legend out in rows; returns the height used.  Draws only
 * when @draw, so that measuring and drawing cannot disagree. */
static double
layout_legend (Painter  *p,
               GArray   *entries,
               gboolean  draw)
{
  double swatch = MAX (6.0, floor (p->line_height * 0.6));
  double swatch_w = swatch * 1.6 + 4.0;
  double x = 0, y = 0;

  if (entries->len == 0)
    return 0;

  for (guint i = 0; i < entries->len; i++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, i);
      double max_text = p->width - swatch_w;
      double w = MIN (text_width (p, entry->text), max_text);

      if (x > 0 && x + swatch_w + w > p->width)
        {
          x = 0;
          y += p->line_height;
        }

      if (draw)
        {
          draw_swatch (p, entry, x, y + (p->line_height - swatch) / 2, swatch);
          set_text (p, entry->text, max_text);
          set_foreground (p, 1.0);
          show_at (p, x + swatch_w, y);
        }
      x += swatch_w + w + 2 * GAP;
    }

  return y + p->line_height + GAP / 2;
}

/* How category labels go under the plot. */
typedef struct
{
  guint    every;      /* a label every this many categories */
  gboolean slanted;    /* at 45° */
  double   height;     /* of the band under the plot */
  double   widest;     /* the widest label, straight */
} Categories;

static Categories
plan_categories (Painter *p,
                 double   plot_w,
                 double   max_band)
{
  guint n = ta_chart_get_n_categories (p->chart);
  double slot = plot_w / MAX (n, 1);
  Categories plan = { 1, FALSE, p->line_height + GAP / 2, 0 };

  for (guint c = 0; c < n; c++)
    plan.widest = MAX (plan.widest, text_width (p, ta_chart_get_category (p->chart, c)));

  if (plan.widest + GAP <= slot)
    return plan;

  /* Every other label, or every third, still reads as a sequence
   * (months, counts), as long as a few are left. */
  guint straight_every = (guint) ceil ((plan.widest + GAP) / slot);
  guint n_straight = (n + straight_every - 1) / straight_every;
  double room;

  plan.every = straight_every;
  if (straight_every <= 2 || n_straight >= 3)
    return plan;

  /* Slanted: neighbours are a line's height apart across the slant. */
  plan.slanted = TRUE;
  plan.every = MAX (1, (guint) ceil (p->line_height * G_SQRT2 / slot));
  plan.height = MIN ((plan.widest + p->line_height) * G_SQRT2 / 2 + GAP / 2, max_band);

  /* A small box cuts slanted labels short ("Sep…"): two whole ones
   * straight read better. */
  room = (plan.height - GAP / 2) * G_SQRT2 - p->line_height;
  if (room < plan.widest * 0.75 && n_straight >= 2)
    {
      plan.slanted = FALSE;
      plan.every = straight_every;
      plan.height = p->line_height + GAP / 2;
    }
  return plan;
}

static void
draw_categories (Painter          *p,
                 const Categories *plan)
{
  guint n = ta_chart_get_n_categories (p->chart);
  double slot = p->plot_w / n;
  double base = p->plot_y + p->plot_h + GAP / 2;
  double last_right = -G_MAXDOUBLE;
  guint every = plan->every;

  /* The plan was made on a plot about this wide; on the final one the
   * widest label must still fit its share. */
  if (!plan->slanted)
    every = MAX (every, (guint) ceil ((plan->widest + GAP) / slot));

  set_foreground (p, 0.8);
  for (guint c = 0; c < n; c += every)
    {
      const char *label = ta_chart_get_category (p->chart, c);
      double centre = p->plot_x + slot * (c + 0.5);
      PangoRectangle logical;

      if (plan->slanted)
        {
          /* The label ends at its tick and runs down to the left; as long
           * as the band and the box's left edge allow. */
          double room = MIN ((plan->height - GAP / 2) * G_SQRT2 - p->line_height,
                             centre * G_SQRT2 - p->line_height);

          if (room < p->line_height)
            continue;
          set_text (p, label, room);
          pango_layout_set_alignment (p->layout, PANGO_ALIGN_RIGHT);
          pango_layout_get_pixel_extents (p->layout, NULL, &logical);
          cairo_save (p->cr);
          cairo_translate (p->cr, centre - p->line_height * G_SQRT2 / 4, base);
          cairo_rotate (p->cr, -G_PI / 4);
          cairo_move_to (p->cr, -room, 0);
          set_foreground (p, 0.8);
          pango_cairo_show_layout (p->cr, p->layout);
          cairo_restore (p->cr);
          pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
          continue;
        }

      set_text (p, label, slot * every - GAP);
      pango_layout_get_pixel_extents (p->layout, NULL, &logical);
      {
        double x = centre - logical.width / 2.0;

        /* Inside the box at either end, and never on the one before. */
        x = CLAMP (x, 0, MAX (0, p->width - logical.width));
        if (x < last_right + GAP / 2)
          continue;
        show_at (p, x, base);
        last_right = x + logical.width;
      }
    }
}

static void
draw_value_axis (Painter *p)
{
  TaFigureUnit unit = ta_chart_get_unit (p->chart);
  cairo_t *cr = p->cr;

  cairo_set_line_width (cr, 1.0);
  for (double value = 0; value <= p->top + p->step / 2; value += p->step)
    {
      g_autofree char *label = ta_figure_format_number (unit, value);
      double y = round (value_to_y (p, value)) + 0.5;
      PangoRectangle logical;
      double label_y;

      set_foreground (p, value == 0 ? 0.45 : 0.12);
      cairo_move_to (cr, p->plot_x, y);
      cairo_line_to (cr, p->plot_x + p->plot_w, y);
      cairo_stroke (cr);

      set_text (p, label, -1);
      pango_layout_get_pixel_extents (p->layout, NULL, &logical);
      /* Centred on its line, but the lowest one sits on the axis so
       * that it never meets the category labels under it. */
      label_y = value == 0 ? y - logical.height : y - logical.height / 2.0;
      set_foreground (p, 0.7);
      show_at (p, p->plot_x - GAP - logical.width, label_y);
    }
}

static void
draw_bars (Painter *p)
{
  TaChartKind kind = ta_chart_get_kind (p->chart);
  guint n = ta_chart_get_n_categories (p->chart);
  guint n_series = ta_chart_get_n_series (p->chart);
  double slot = p->plot_w / n;
  double group = MIN (slot * (kind == TA_CHART_GROUPED_BARS ? 0.8 : 0.65),
                      kind == TA_CHART_GROUPED_BARS ? 28.0 * n_series : 40.0);
  double base = value_to_y (p, 0);

  for (guint c = 0; c < n; c++)
    {
      double left = p->plot_x + slot * c + (slot - group) / 2;
      double stack = 0;

      for (guint s = 0; s < n_series; s++)
        {
          double value = ta_chart_get_value (p->chart, s, c);
          double x, w, y0, y1;

          if (isnan (value) || value <= 0)
            continue;

          if (kind == TA_CHART_GROUPED_BARS)
            {
              double each = group / n_series;

              x = left + each * s;
              w = MAX (each - (each > 4 ? 1.0 : 0.0), 1.0);
              y0 = base;
              y1 = value_to_y (p, value);
            }
          else
            {
              x = left;
              w = group;
              y0 = value_to_y (p, stack);
              stack += kind == TA_CHART_STACKED_BARS ? value : 0;
              y1 = value_to_y (p, kind == TA_CHART_STACKED_BARS ? stack : value);
            }

          set_colour (p, ta_chart_get_series_colour (p->chart, s));
          cairo_rectangle (p->cr, x, y1, w, MAX (y0 - y1, 0.5));
          cairo_fill (p->cr);
          if (kind != TA_CHART_STACKED_BARS)
            stack = 0;
        }
    }
}

static void
draw_lines (Painter *p)
{
  guint n = ta_chart_get_n_categories (p->chart);
  guint n_series = ta_chart_get_n_series (p->chart);
  double slot = p->plot_w / n;
  double radius = p->plot_w < 300 ? 2.5 : 3.0;
  cairo_t *cr = p->cr;

  cairo_set_line_width (cr, 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint s = 0; s < n_series; s++)
    {
      gboolean pen_down = FALSE;

      set_colour (p, ta_chart_get_series_colour (p->chart, s));
      /* A month without a value breaks the line. */
      for (guint c = 0; c < n; c++)
        {
          double value = ta_chart_get_value (p->chart, s, c);
          double x = p->plot_x + slot * (c + 0.5);

          if (isnan (value))
            {
              pen_down = FALSE;
              continue;
            }
          if (pen_down)
            cairo_line_to (cr, x, value_to_y (p, value));
          else
            cairo_move_to (cr, x, value_to_y (p, value));
          pen_down = TRUE;
        }
      cairo_stroke (cr);

      for (guint c = 0; c < n; c++)
        {
          double value = ta_chart_get_value (p->chart, s, c);

          if (isnan (value))
            continue;
          cairo_arc (cr, p->plot_x + slot * (c + 0.5), value_to_y (p, value), radius, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

static void
draw_target (Painter *p)
{
  double target = ta_chart_get_target (p->chart);
  double dash[] = { 5.0, 3.0 };
  double y;

  if (isnan (target) || target < 0 || target > p->top)
    return;

  y = round (value_to_y (p, target)) + 0.5;
  set_foreground (p, 0.85);
  cairo_set_line_width (p->cr, 1.5);
  cairo_set_dash (p->cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (p->cr, p->plot_x, y);
  cairo_line_to (p->cr, p->plot_x + p->plot_w, y);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

static void
paint_chart (Painter *p)
{
  g_autoptr(GArray) entries = legend_entries (p);
  double legend_h = layout_legend (p, entries, FALSE);
  double plot_top = legend_h + p->line_height / 2 + 2;
  double left, right_pad;
  Categories plan;

  /* The ticks depend on the plot's height and the left margin on the
   * ticks' labels: settle them on the height without the category band,
   * then again once the band is known. */
  choose_ticks (p, p->height - plot_top - p->line_height * 1.5);
  left = widest_tick_label (p) + GAP;
  right_pad = GAP / 2;
  plan = plan_categories (p, p->width - left - right_pad, (p->height - plot_top) * 0.4);
  if (!plan.slanted)
    {
      /* Room for the last label to be centred on its bar. */
      double slot = (p->width - left) / ta_chart_get_n_categories (p->chart);

      right_pad = MAX (right_pad, (plan.widest - slot) / 2.0);
      right_pad = MIN (right_pad, p->width / 6.0);
    }

  choose_ticks (p, p->height - plot_top - plan.height);
  left = widest_tick_label (p) + GAP;

  p->plot_x = left;
  p->plot_y = plot_top;
  p->plot_w = MAX (p->width - left - right_pad, 1.0);
  p->plot_h = MAX (p->height - plot_top - plan.height, 1.0);

  layout_legend (p, entries, TRUE);
  draw_value_axis (p);
  if (ta_chart_get_kind (p->chart) == TA_CHART_LINE)
    draw_lines (p);
  else
    draw_bars (p);
  draw_target (p);
  draw_categories (p, &plan);
}

/**
 * ta_chart_paint:
 * @chart: the numbers
 * @cr: where to paint; its state is left as it was
 * @width: the box's width, in @cr's units
 * @height: the box's height
 * @style: light or dark, and the labels' font
 *
 * Paints @chart into the @width × @height box at the origin of @cr,
 * clipped to it: the legend on top (the series, and the target line's
 * name), the value axis with a few round ticks, the bars or lines, the
 * dashed target line and the category labels.  A chart without values
 * says "No data in this period." instead.  Reads from 280 × 160 up.
 */
void
ta_chart_paint (TaChart            *chart,
                cairo_t            *cr,
                double              width,
                double              height,
                const TaChartStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoRectangle logical;
  TaChartStyle default_style = { FALSE, NULL };
  Painter p = { 0 };

  g_return_if_fail (TA_IS_CHART (chart));
  g_return_if_fail (cr != NULL);

  if (width < 1 || height < 1)
    return;
  if (style == NULL)
    style = &default_style;

  if (style->font != NULL)
    font = pango_font_description_copy (style->font);
  else
    font = pango_font_description_from_string ("Sans 9");
  if (pango_font_description_get_size (font) == 0)
    pango_font_description_set_size (font, 9 * PANGO_SCALE);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_new_path (cr);

  layout = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, "Xg", -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  p.chart = chart;
  p.cr = cr;
  p.style = style;
  p.layout = layout;
  p.width = width;
  p.height = height;
  p.line_height = MAX (logical.height, 1);

  if (ta_chart_get_n_categories (chart) == 0 || ta_chart_get_n_series (chart) == 0 ||
      chart_is_empty (chart) || height < 3 * p.line_height)
    paint_empty (&p);
  else
    paint_chart (&p);

  cairo_restore (cr);
}
