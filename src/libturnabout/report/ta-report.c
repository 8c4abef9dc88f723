/* ta-report.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ta-chart-painter.h"
#include "ta-file.h"
#include "ta-report-layout.h"
#include "ta-report.h"

/*
 * The report is a list of blocks (a line of the title page, a section's
 * heading, one figure, one chart, a table's head or one of its rows), each
 * measured and drawn by the same function (ta-report-layout.c), so that
 * what was measured is what is drawn.  Paginating places the blocks on
 * pages; a heading goes to the next page with what follows it rather than
 * stay alone at the bottom of one.
 */

/* A4 in points, and the margins of the PDF. */
#define A4_WIDTH   595.276
#define A4_HEIGHT  841.890
#define PDF_MARGIN 50.0

struct _TaReport
{
  GObject     parent_instance;

  TaInsights *insights;
  char       *programme_name;
  char       *period;
  char       *made_on;

  /* The last layout: blocks with their page and place. */
  GArray     *blocks;       /* TaReportBlock */
  double      width;
  double      height;
  guint       n_pages;
};

G_DEFINE_FINAL_TYPE (TaReport, ta_report, G_TYPE_OBJECT)

static void
ta_report_finalize (GObject *object)
{
  TaReport *self = TA_REPORT (object);

  g_clear_object (&self->insights);
  g_free (self->programme_name);
  g_free (self->period);
  g_free (self->made_on);
  g_array_unref (self->blocks);

  G_OBJECT_CLASS (ta_report_parent_class)->finalize (object);
}

static void
ta_report_class_init (TaReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_report_finalize;
}

static void
ta_report_init (TaReport *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (TaReportBlock));
  g_array_set_clear_func (self->blocks, _ta_report_block_clear);
}

/**
 * ta_report_new:
 * @insights: the figures to report
 * @programme_name: the programme's name, for the title
 *
 * The report of @insights, dated today in the locale's format.
 *
 * Returns: (transfer full): a report, laid out by ta_report_paginate()
 */
TaReport *
ta_report_new (TaInsights *insights,
               const char *programme_name)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = NULL;
  TaReport *self;

  g_return_val_if_fail (TA_IS_INSIGHTS (insights), NULL);

  self = g_object_new (TA_TYPE_REPORT, NULL);
  self->insights = g_object_ref (insights);
  self->programme_name = g_strdup (programme_name != NULL && *programme_name != '\0'
                                   ? programme_name : "Turnabout");
  self->period = ta_insights_describe_period (insights);
  /* The locale's own way of writing a date. */
  date = g_date_time_format (now, "%x");
  /* Translators: under the title of the Insights report; %s is today's
   * date in the locale's format. */
  self->made_on = g_strdup_printf (_("Made on %s"), date != NULL ? date : "");

  return self;
}

static void
add_block (TaReport          *self,
           TaReportBlockKind  kind,
           const char        *text,
           gpointer           object,
           guint              row,
           gboolean           keep_with_next,
           double             space_before)
{
  TaReportBlock block = { 0 };

  block.kind = kind;
  block.text = g_strdup (text);
  block.object = object != NULL ? g_object_ref (object) : NULL;
  block.row = row;
  block.keep_with_next = keep_with_next;
  block.space_before = space_before;
  g_array_append_val (self->blocks, block);
}

/* TRUE when the people of the report are so few that its charts and
 * tables would show what the figures hide: a chart of a group of three
 * people's sessions names them as surely as a figure would. */
static gboolean
population_is_small (TaReport *self)
{
  TaFigure *people = ta_insights_lookup_figure (self->insights, "active-participants");

  return people != NULL && ta_figure_is_small (people);
}

static void
add_section (TaReport          *self,
             TaInsightsSection  section,
             gboolean           hide_details)
{
  GPtrArray *figures = ta_insights_get_figures (self->insights);
  GPtrArray *charts = ta_insights_get_charts (self->insights);
  GPtrArray *tables = ta_insights_get_tables (self->insights);

  add_block (self, TA_REPORT_BLOCK_HEADING, ta_insights_section_get_title (section),
             NULL, 0, TRUE, 22);
  add_block (self, TA_REPORT_BLOCK_DESCRIPTION, ta_insights_section_get_description (section),
             NULL, 0, TRUE, 2);

  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);

      if (ta_figure_get_section (figure) == section)
        add_block (self, TA_REPORT_BLOCK_FIGURE, NULL, figure, 0, FALSE, 10);
    }

  for (guint i = 0; i < charts->len; i++)
    {
      TaChart *chart = g_ptr_array_index (charts, i);

      if (ta_chart_get_section (chart) != section)
        continue;
      add_block (self, TA_REPORT_BLOCK_SUBHEADING, ta_chart_get_title (chart), NULL, 0, TRUE, 14);
      if (hide_details)
        add_block (self, TA_REPORT_BLOCK_NOTE, _ta_report_small_sentence (), NULL, 0, FALSE, 2);
      else
        add_block (self, TA_REPORT_BLOCK_CHART, NULL, chart, 0, FALSE, 4);
    }

  for (guint i = 0; i < tables->len; i++)
    {
      TaInsightsTable *table = g_ptr_array_index (tables, i);
      guint n_rows = ta_insights_table_get_n_rows (table);

      if (ta_insights_table_get_section (table) != section)
        continue;

      add_block (self, TA_REPORT_BLOCK_SUBHEADING, ta_insights_table_get_title (table), NULL, 0, TRUE, 14);
      if (hide_details || ta_insights_table_is_small (table))
        {
          add_block (self, TA_REPORT_BLOCK_NOTE, _ta_report_small_sentence (), NULL, 0, FALSE, 2);
          continue;
        }
      if (ta_insights_table_get_note (table) != NULL)
        add_block (self, TA_REPORT_BLOCK_NOTE, ta_insights_table_get_note (table), NULL, 0, TRUE, 2);
      if (n_rows == 0)
        {
          add_block (self, TA_REPORT_BLOCK_NOTE, _("No data in this period."), NULL, 0, FALSE, 2);
          continue;
        }
      /* The column titles stay with the first row. */
      add_block (self, TA_REPORT_BLOCK_TABLE_HEAD, NULL, table, 0, TRUE, 4);
      for (guint r = 0; r < n_rows; r++)
        add_block (self, TA_REPORT_BLOCK_TABLE_ROW, NULL, table, r, FALSE, 0);
    }
}

static void
build_blocks (TaReport *self)
{
  gboolean hide_details = population_is_small (self);

  g_array_set_size (self->blocks, 0);

  add_block (self, TA_REPORT_BLOCK_TITLE, self->programme_name, NULL, 0, TRUE, 0);
  add_block (self, TA_REPORT_BLOCK_SUBTITLE, _("Insights report"), NULL, 0, TRUE, 2);
  add_block (self, TA_REPORT_BLOCK_DESCRIPTION, self->period, NULL, 0, TRUE, 8);
  add_block (self, TA_REPORT_BLOCK_NOTE, self->made_on, NULL, 0, FALSE, 2);
  if (hide_details)
    add_block (self, TA_REPORT_BLOCK_NOTE,
               /* Translators: at the top of a report on very few people. */
               _("This report is about fewer than 5 people: its charts and tables are left out, "
                 "so that no one can be recognised."),
               NULL, 0, FALSE, 8);

  for (guint section = 0; section < TA_N_INSIGHTS_SECTIONS; section++)
    add_section (self, section, hide_details);
}

/* The height from block @i through the blocks it keeps with, as far as
 * a page would hold. */
static double
kept_height (TaReport *self,
             guint     i,
             double    usable)
{
  TaReportBlock *block = &g_array_index (self->blocks, TaReportBlock, i);
  double height = block->height;

  while (block->keep_with_next && i + 1 < self->blocks->len && height < usable)
    {
      block = &g_array_index (self->blocks, TaReportBlock, ++i);
      height += block->space_before + block->height;
    }

  return height;
}

/**
 * ta_report_paginate:
 * @self: a #TaReport
 * @cr: a context of the surface the pages go to, to measure text with
 * @width: the printable width, in @cr's units (points)
 * @height: the printable height
 *
 * Lays the report out on pages of @width × @height, the page number at
 * the bottom of each; a heading is never left alone at the bottom of a
 * page.
 *
 * Returns: the number of pages
 */
guint
ta_report_paginate (TaReport *self,
                    cairo_t  *cr,
                    double    width,
                    double    height)
{
  double usable, y = 0;
  guint page = 0;

  g_return_val_if_fail (TA_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  self->width = MAX (width, 100.0);
  self->height = MAX (height, 100.0);
  usable = self->height - _ta_report_footer_height (cr);

  build_blocks (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      TaReportBlock *block = &g_array_index (self->blocks, TaReportBlock, i);

      block->height = _ta_report_block_run (block, cr, self->width, 0, FALSE);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      TaReportBlock *block = &g_array_index (self->blocks, TaReportBlock, i);
      double before = y > 0 ? block->space_before : 0;

      block->head_above = 0;
      if (y > 0 && y + before + kept_height (self, i, usable) > usable)
        {
          page++;
          y = 0;
          before = 0;
          /* A table carried over: its column titles again. */
          if (block->kind == TA_REPORT_BLOCK_TABLE_ROW)
            {
              TaReportBlock head = { .kind = TA_REPORT_BLOCK_TABLE_HEAD, .object = block->object };

              block->head_above = _ta_report_block_run (&head, cr, self->width, 0, FALSE);
              y = block->head_above;
            }
        }
      block->page = page;
      block->y = y + before;
      y = block->y + block->height;
    }

  self->n_pages = page + 1;
  return self->n_pages;
}

/**
 * ta_report_draw_page:
 * @self: a #TaReport laid out by ta_report_paginate()
 * @cr: where to draw, the page's printable area at its origin
 * @page: 0-based
 *
 * Draws one page of the last layout, with "Page 2 of 7" at its foot.
 */
void
ta_report_draw_page (TaReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  g_autofree char *footer = NULL;

  g_return_if_fail (TA_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      TaReportBlock *block = &g_array_index (self->blocks, TaReportBlock, i);

      if (block->page == page)
        _ta_report_block_run (block, cr, self->width, block->y, TRUE);
      else if (block->page > page)
        break;
    }

  /* Translators: at the foot of every page of the report; %1$u is this
   * page's number, %2$u how many there are. */
  footer = g_strdup_printf (_("Page %1$u of %2$u"), page + 1, self->n_pages);
  _ta_report_draw_footer (cr, self->width, self->height, self->programme_name, footer);
}

static cairo_status_t
append_to_bytes (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (TaReport         *self,
              cairo_surface_t  *surface)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *title = NULL;
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  /* Translators: the PDF's title; %s is the programme's name. */
  title = g_strdup_printf (_("%s — Insights report"), self->programme_name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Turnabout");
  if (date != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static gboolean
check_cairo (cairo_status_t   status,
             const char      *path,
             GError         **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  display = g_filename_display_name (path);
  g_set_error (error, G_IO_ERROR,
               status == CAIRO_STATUS_NO_MEMORY ? G_IO_ERROR_NO_SPACE : G_IO_ERROR_FAILED,
               /* Translators: %1$s is a file name, %2$s cairo's reason (in
                * English). */
               _("The report “%1$s” could not be drawn (%2$s); nothing was written. "
                 "Close other programs and try again."),
               display, cairo_status_to_string (status));
  return FALSE;
}

/**
 * ta_report_write_pdf:
 * @self: a #TaReport
 * @path: where to write the PDF
 * @error: a #G_IO_ERROR that names @path
 *
 * Draws the report on A4 pages with 50 pt margins into memory, then
 * writes it to @path with ta_file_write_atomic(): @path is the old file
 * or the whole new one, readable by its owner only (0600), since the
 * report holds the programme's figures.
 *
 * Returns: %TRUE if @path now holds the report
 */
gboolean
ta_report_write_pdf (TaReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (TA_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (append_to_bytes, bytes, A4_WIDTH, A4_HEIGHT);
  set_metadata (self, surface);
  cr = cairo_create (surface);

  n_pages = ta_report_paginate (self, cr, A4_WIDTH - 2 * PDF_MARGIN, A4_HEIGHT - 2 * PDF_MARGIN);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PDF_MARGIN, PDF_MARGIN);
      ta_report_draw_page (self, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_cairo (status, path, error))
    return FALSE;

  return ta_file_write_atomic (path, (const char *) bytes->data, bytes->len, error);
}
