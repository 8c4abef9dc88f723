/* ta-report-layout.c
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
#include "ta-insights.h"
#include "ta-report-layout.h"

/*
 * How each block of the report looks.  Sizes are in points (the PDF's
 * and the printer's unit), set as absolute sizes so that they do not
 * depend on the resolution pango assumes for the surface.
 */

/* The left column of a figure: its value. */
#define VALUE_COLUMN 112.0
#define CELL_PAD 4.0
#define CHART_MAX_HEIGHT 210.0

typedef enum
{
  INK_TEXT,
  INK_GREY,
  INK_ACCENT,
} Ink;

static void
set_ink (cairo_t *cr,
         Ink      ink)
{
  switch (ink)
    {
    case INK_GREY:
      cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
      break;
    case INK_ACCENT:
      /* libadwaita's blue 5: a heading that reads in black and white too. */
      cairo_set_source_rgb (cr, 0x1a / 255., 0x5f / 255., 0xb4 / 255.);
      break;
    case INK_TEXT:
    default:
      cairo_set_source_rgba (cr, 0, 0, 0, 0.87);
      break;
    }
}

static PangoFontDescription *
font_new (double   size,
          gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

/* A wrapped paragraph of @width. */
static PangoLayout *
paragraph_new (cairo_t        *cr,
               const char     *text,
               double          size,
               gboolean        bold,
               double          width,
               PangoAlignment  alignment)
{
  g_autoptr(PangoFontDescription) font = font_new (size, bold);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return ceil ((double) logical.height / PANGO_SCALE);
}

/* Runs one paragraph at @x, @y: returns its height. */
static double
run_text (cairo_t    *cr,
          const char *text,
          double      size,
          gboolean    bold,
          Ink         ink,
          double      x,
          double      y,
          double      width,
          gboolean    draw)
{
  g_autoptr(PangoLayout) layout = paragraph_new (cr, text, size, bold, width, PANGO_ALIGN_LEFT);

  if (draw)
    {
      set_ink (cr, ink);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return layout_height (layout);
}

const char *
_ta_report_small_sentence (void)
{
  /* Translators: in the report, instead of the numbers of a figure or a
   * table based on so few people that they could be recognised. */
  return _("Based on fewer than 5 people.");
}

static char *
describe_target (TaFigure *figure)
{
  g_autofree char *value = ta_figure_format_number (ta_figure_get_unit (figure),
                                                    ta_figure_get_target (figure));
  const char *label = ta_figure_get_target_label (figure);

  if (label == NULL || *label == '\0')
    /* Translators: a figure's published target, "Target: 70 %". */
    label = _("Target");

  if (ta_figure_is_small (figure) || isnan (ta_figure_get_value (figure)))
    /* Translators: %1$s is who published a target, %2$s its value. */
    return g_strdup_printf (_("%1$s: %2$s."), label, value);
  if (ta_figure_meets_target (figure))
    /* Translators: %1$s is who published a target, %2$s its value. */
    return g_strdup_printf (_("%1$s: %2$s, met."), label, value);
  /* Translators: %1$s is who published a target, %2$s its value. */
  return g_strdup_printf (_("%1$s: %2$s, not met."), label, value);
}

/* The value on the left; on the right the title, the definition, how it
 * was computed (without its numbers for a small figure) and the target. */
static double
run_figure (TaFigure *figure,
            cairo_t  *cr,
            double    width,
            double    y,
            gboolean  draw)
{
  g_autofree char *value = ta_figure_format_value (figure, TRUE);
  double right_x = VALUE_COLUMN + 12;
  double right_w = width - right_x;
  const char *computation = ta_figure_get_computation (figure);
  gboolean small = ta_figure_is_small (figure);
  double left_h, right_h = 0;

  /* "fewer than 5" is words, not a number: smaller, so it fits. */
  left_h = run_text (cr, value, small ? 12 : 17, TRUE, INK_ACCENT, 0, y, VALUE_COLUMN, draw);

  right_h += run_text (cr, ta_figure_get_title (figure), 10.5, TRUE, INK_TEXT,
                       right_x, y + right_h, right_w, draw);
  right_h += 1;
  right_h += run_text (cr, ta_figure_get_definition (figure), 9.5, FALSE, INK_TEXT,
                       right_x, y + right_h, right_w, draw);
  if (small)
    computation = _ta_report_small_sentence ();
  if (computation != NULL && *computation != '\0')
    {
      right_h += 1;
      right_h += run_text (cr, computation, 9.5, FALSE, INK_GREY,
                           right_x, y + right_h, right_w, draw);
    }
  if (!isnan (ta_figure_get_target (figure)))
    {
      g_autofree char *target = describe_target (figure);

      right_h += 1;
      right_h += run_text (cr, target, 9, FALSE, INK_GREY, right_x, y + right_h, right_w, draw);
    }

  return MAX (left_h, right_h);
}

static double
run_chart (TaChart  *chart,
           cairo_t  *cr,
           double    width,
           double    y,
           gboolean  draw)
{
  double height = MIN (round (width * 0.4), CHART_MAX_HEIGHT);

  if (draw)
    {
      g_autoptr(PangoFontDescription) font = font_new (8, FALSE);
      TaChartStyle style = { FALSE, font };

      cairo_save (cr);
      cairo_translate (cr, 0, y);
      ta_chart_paint (chart, cr, width, height, &style);
      cairo_restore (cr);
    }

  return height;
}

/* Tables: numbers keep their natural width, text columns share the
 * rest of the page in proportion to what they hold. */
#define TABLE_SIZE 8.5

static double
natural_width (cairo_t    *cr,
               const char *text,
               gboolean    bold)
{
  g_autoptr(PangoLayout) layout = paragraph_new (cr, text, TABLE_SIZE, bold, 1, PANGO_ALIGN_LEFT);
  PangoRectangle logical;

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return ceil ((double) logical.width / PANGO_SCALE) + 2 * CELL_PAD;
}

/* Numbers and short columns (dates, names) keep their natural width
 * when the table is too wide; the long texts wrap. */
static gboolean
is_fixed (TaInsightsTable *table,
          guint            column,
          double           natural,
          double           width)
{
  return ta_insights_table_is_numeric (table, column) || natural <= width * 0.2;
}

static double *
table_widths (TaInsightsTable *table,
              cairo_t         *cr,
              double           width)
{
  guint n_columns = ta_insights_table_get_n_columns (table);
  guint n_rows = ta_insights_table_get_n_rows (table);
  double *widths = g_new0 (double, MAX (n_columns, 1));
  double fixed = 0, flexible = 0, total = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = natural_width (cr, ta_insights_table_get_column (table, c), TRUE);
      for (guint r = 0; r < n_rows; r++)
        widths[c] = MAX (widths[c], natural_width (cr, ta_insights_table_get_cell (table, r, c), FALSE));
      total += widths[c];
      if (is_fixed (table, c, widths[c], width))
        fixed += widths[c];
      else
        flexible += widths[c];
    }

  if (total > width && (flexible <= 0 || fixed >= width * 0.8))
    {
      /* Nothing long to wrap: every column gives up its share. */
      for (guint c = 0; c < n_columns; c++)
        widths[c] *= width / total;
      return widths;
    }

  if (total <= width)
    {
      /* Room to spare: the widest text column takes it, so that the
       * rules run across and the numbers stand at the right. */
      guint widest = n_columns - 1;

      for (guint c = 0; c < n_columns; c++)
        if (!ta_insights_table_is_numeric (table, c) &&
            (ta_insights_table_is_numeric (table, widest) || widths[c] > widths[widest]))
          widest = c;
      widths[widest] += width - total;
      return widths;
    }

  for (guint c = 0; c < n_columns; c++)
    if (!is_fixed (table, c, widths[c], width))
      widths[c] = MAX ((width - fixed) * widths[c] / flexible, 40.0);

  return widths;
}

static double
run_table_row (TaInsightsTable *table,
               cairo_t         *cr,
               double           width,
               double           y,
               gboolean         head,
               guint            row,
               gboolean         draw)
{
  g_autofree double *widths = table_widths (table, cr, width);
  guint n_columns = ta_insights_table_get_n_columns (table);
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double height = 0, x = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = head ? ta_insights_table_get_column (table, c)
                              : ta_insights_table_get_cell (table, row, c);
      PangoAlignment alignment = ta_insights_table_is_numeric (table, c) ? PANGO_ALIGN_RIGHT
                                                                         : PANGO_ALIGN_LEFT;
      PangoLayout *layout = paragraph_new (cr, text, TABLE_SIZE, head,
                                           widths[c] - 2 * CELL_PAD, alignment);

      g_ptr_array_add (layouts, layout);
      height = MAX (height, layout_height (layout));
    }
  height += 2 * CELL_PAD;

  if (!draw)
    return height;

  set_ink (cr, INK_TEXT);
  for (guint c = 0; c < n_columns; c++)
    {
      cairo_move_to (cr, x + CELL_PAD, y + CELL_PAD);
      pango_cairo_show_layout (cr, g_ptr_array_index (layouts, c));
      x += widths[c];
    }

  /* A rule under each row; a stronger one under the column titles. */
  cairo_set_line_width (cr, head ? 0.8 : 0.4);
  if (head)
    cairo_set_source_rgba (cr, 0, 0, 0, 0.6);
  else
    cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
  cairo_move_to (cr, 0, y + height - 0.5);
  cairo_line_to (cr, MIN (x, width), y + height - 0.5);
  cairo_stroke (cr);

  return height;
}

double
_ta_report_block_run (TaReportBlock *block,
                      cairo_t       *cr,
                      double         width,
                      double         y,
                      gboolean       draw)
{
  switch (block->kind)
    {
    case TA_REPORT_BLOCK_TITLE:
      return run_text (cr, block->text, 22, TRUE, INK_TEXT, 0, y, width, draw);
    case TA_REPORT_BLOCK_SUBTITLE:
      return run_text (cr, block->text, 15, FALSE, INK_ACCENT, 0, y, width, draw);
    case TA_REPORT_BLOCK_HEADING:
      return run_text (cr, block->text, 15, TRUE, INK_ACCENT, 0, y, width, draw);
    case TA_REPORT_BLOCK_SUBHEADING:
      return run_text (cr, block->text, 10.5, TRUE, INK_TEXT, 0, y, width, draw);
    case TA_REPORT_BLOCK_DESCRIPTION:
      return run_text (cr, block->text, 10.5, FALSE, INK_TEXT, 0, y, width, draw);
    case TA_REPORT_BLOCK_NOTE:
      return run_text (cr, block->text, 9, FALSE, INK_GREY, 0, y, width, draw);
    case TA_REPORT_BLOCK_FIGURE:
      return run_figure (block->object, cr, width, y, draw);
    case TA_REPORT_BLOCK_CHART:
      return run_chart (block->object, cr, width, y, draw);
    case TA_REPORT_BLOCK_TABLE_HEAD:
      return run_table_row (block->object, cr, width, y, TRUE, 0, draw);
    case TA_REPORT_BLOCK_TABLE_ROW:
      if (draw && block->head_above > 0)
        run_table_row (block->object, cr, width, y - block->head_above, TRUE, 0, TRUE);
      return run_table_row (block->object, cr, width, y, FALSE, block->row, draw);
    default:
      g_return_val_if_reached (0);
    }
}

void
_ta_report_block_clear (gpointer data)
{
  TaReportBlock *block = data;

  g_free (block->text);
  g_clear_object (&block->object);
}

#define FOOTER_SIZE 8.0

double
_ta_report_footer_height (cairo_t *cr)
{
  g_autoptr(PangoLayout) layout = paragraph_new (cr, "Xg", FOOTER_SIZE, FALSE, 100, PANGO_ALIGN_LEFT);

  return layout_height (layout) + 12;
}

/* A hairline, @left (the programme) and @right (the page number). */
void
_ta_report_draw_footer (cairo_t    *cr,
                        double      width,
                        double      height,
                        const char *left,
                        const char *right)
{
  g_autoptr(PangoLayout) right_layout = paragraph_new (cr, right, FOOTER_SIZE, FALSE,
                                                       width, PANGO_ALIGN_RIGHT);
  g_autoptr(PangoLayout) left_layout = NULL;
  double line_h = layout_height (right_layout);
  double y = height - line_h;
  PangoRectangle logical;

  pango_layout_get_extents (right_layout, NULL, &logical);
  left_layout = paragraph_new (cr, left, FOOTER_SIZE, FALSE,
                               width - (double) logical.width / PANGO_SCALE - 12, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left_layout, PANGO_ELLIPSIZE_END);

  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, y - 5.5);
  cairo_line_to (cr, width, y - 5.5);
  cairo_stroke (cr);

  set_ink (cr, INK_GREY);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, left_layout);
  cairo_move_to (cr, 0, y);
  pango_cairo_show_layout (cr, right_layout);
}
