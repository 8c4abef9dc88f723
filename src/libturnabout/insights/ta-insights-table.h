/* ta-insights-table.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-figure.h"

G_BEGIN_DECLS

#define TA_TYPE_INSIGHTS_TABLE (ta_insights_table_get_type ())

/*
 * A small table of Insights (formats compared, end reasons ranked,
 * topics presented, recent reflections, …): translated column titles and
 * rows of already formatted text, each row optionally standing for one
 * record that clicking it opens.
 */
G_DECLARE_FINAL_TYPE (TaInsightsTable, ta_insights_table, TA, INSIGHTS_TABLE, GObject)

/* @columns: NULL-terminated translated titles */
TaInsightsTable   *ta_insights_table_new            (const char         *key,
                                                     TaInsightsSection   section,
                                                     const char         *title,
                                                     const char * const *columns);

const char        *ta_insights_table_get_key        (TaInsightsTable    *self);
TaInsightsSection  ta_insights_table_get_section    (TaInsightsTable    *self);
const char        *ta_insights_table_get_title      (TaInsightsTable    *self);
/* Translated sentence shown under the title (may be NULL). */
const char        *ta_insights_table_get_note       (TaInsightsTable    *self);
void               ta_insights_table_set_note       (TaInsightsTable    *self,
                                                     const char         *note);
guint              ta_insights_table_get_n_columns  (TaInsightsTable    *self);
const char        *ta_insights_table_get_column     (TaInsightsTable    *self,
                                                     guint               column);
/* Columns right-aligned because they hold numbers. */
gboolean           ta_insights_table_is_numeric     (TaInsightsTable    *self,
                                                     guint               column);
void               ta_insights_table_set_numeric    (TaInsightsTable    *self,
                                                     guint               column,
                                                     gboolean            numeric);

/* @cells: one per column (NULL-terminated, copied); @subject_id 0 when
 * the row stands for no record. */
void               ta_insights_table_add_row        (TaInsightsTable    *self,
                                                     const char * const *cells,
                                                     TaSubjectKind       subject_kind,
                                                     gint64              subject_id);
guint              ta_insights_table_get_n_rows     (TaInsightsTable    *self);
const char        *ta_insights_table_get_cell       (TaInsightsTable    *self,
                                                     guint               row,
                                                     guint               column);
TaSubjectKind      ta_insights_table_get_row_kind   (TaInsightsTable    *self,
                                                     guint               row);
gint64             ta_insights_table_get_row_id     (TaInsightsTable    *self,
                                                     guint               row);
/* TRUE when the rows quote or count so few people that the report
 * leaves them out ("fewer than 5"). */
gboolean           ta_insights_table_is_small       (TaInsightsTable    *self);
void               ta_insights_table_set_small      (TaInsightsTable    *self,
                                                     gboolean            small);

G_END_DECLS
