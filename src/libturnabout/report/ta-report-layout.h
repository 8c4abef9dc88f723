/* ta-report-layout.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The blocks the report is made of (ta-report.c places them on pages;
 * ta-report-layout.c measures and draws them).  Private to report/.
 */
typedef enum
{
  TA_REPORT_BLOCK_TITLE,        /* the programme's name */
  TA_REPORT_BLOCK_SUBTITLE,     /* "Insights report" */
  TA_REPORT_BLOCK_HEADING,      /* a section's title */
  TA_REPORT_BLOCK_SUBHEADING,   /* a chart's or a table's title */
  TA_REPORT_BLOCK_DESCRIPTION,  /* a section's sentence, the period */
  TA_REPORT_BLOCK_NOTE,         /* small grey text */
  TA_REPORT_BLOCK_FIGURE,       /* @object: a TaFigure */
  TA_REPORT_BLOCK_CHART,        /* @object: a TaChart */
  TA_REPORT_BLOCK_TABLE_HEAD,   /* @object: a TaInsightsTable */
  TA_REPORT_BLOCK_TABLE_ROW,    /* @object: a TaInsightsTable, @row */
} TaReportBlockKind;

typedef struct
{
  TaReportBlockKind  kind;
  char              *text;
  gpointer           object;
  guint              row;
  /* Goes to the next page with the block after it (a heading). */
  gboolean           keep_with_next;
  double             space_before;

  /* Set by paginating. */
  double             height;
  guint              page;
  double             y;
  /* A table's row at the top of a page: the column titles again, this
   * high, above it. */
  double             head_above;
} TaReportBlock;

void        _ta_report_block_clear    (gpointer        data);
/* Measures @block at @width and, with @draw, draws it at @y; returns
 * its height.  The same code does both, so the layout never drifts from
 * the drawing. */
double      _ta_report_block_run      (TaReportBlock  *block,
                                       cairo_t        *cr,
                                       double          width,
                                       double          y,
                                       gboolean        draw);
double      _ta_report_footer_height  (cairo_t        *cr);
void        _ta_report_draw_footer    (cairo_t        *cr,
                                       double          width,
                                       double          height,
                                       const char     *left,
                                       const char     *right);
/* "Based on fewer than 5 people.": what the report says instead of a
 * small figure's numbers, or a small table's rows. */
const char *_ta_report_small_sentence (void);

G_END_DECLS
