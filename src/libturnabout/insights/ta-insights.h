/* ta-insights.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-chart.h"
#include "ta-error.h"
#include "ta-figure.h"
#include "ta-insights-table.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;

G_BEGIN_DECLS

/**
 * TaInsightsGroup:
 * @TA_INSIGHTS_GROUP_ALL: everyone
 * @TA_INSIGHTS_GROUP_DEPARTMENT: one department
 * @TA_INSIGHTS_GROUP_GENERATION: one generation (its machine name,
 *   ta_generation_to_string())
 * @TA_INSIGHTS_GROUP_LOCATION: one location
 *
 * Whose figures: a pair belongs to a group when its mentor or its mentee
 * does, a session when its pair does (a group session when one of its
 * attendees does).
 */
typedef enum
{
  TA_INSIGHTS_GROUP_ALL,
  TA_INSIGHTS_GROUP_DEPARTMENT,
  TA_INSIGHTS_GROUP_GENERATION,
  TA_INSIGHTS_GROUP_LOCATION,
} TaInsightsGroup;

/**
 * TaInsightsQuery:
 * @from: the first day of the period, local time
 * @to: the last day of the period, local time (inclusive)
 * @group: whose figures
 * @group_value: (nullable): the department, generation or location
 * @now: (nullable): the moment "now" figures are measured at (the
 *   momentum, the last 30 days); NULL: the current time, or the end of
 *   @to when that is earlier
 * @programme_year: ignore @from and @to and take the programme year
 *   containing today (ta_store_get_programme_year()), found with the
 *   figures, so that a window asking for it does not read the programme
 *   on its own thread
 *
 * What to compute.  Sessions count when their start falls in the
 * period, in the local time zone; people and pairs count as they are at
 * the end of @to (who had joined, who had left, which pairs had started
 * and not yet ended by then).
 */
typedef struct
{
  GDate            from;
  GDate            to;
  TaInsightsGroup  group;
  const char      *group_value;
  GDateTime       *now;
  gboolean         programme_year;
} TaInsightsQuery;

/* Fills @query for everyone over @from…@to (inclusive). */
void ta_insights_query_init (TaInsightsQuery *query,
                             const GDate     *from,
                             const GDate     *to);

#define TA_TYPE_INSIGHTS (ta_insights_get_type ())

/*
 * Everything Insights shows for one period: the figures (with their
 * definitions and the records behind them), the charts and the tables,
 * each belonging to a section.  Computed in one read transaction of the
 * store by ta_store_compute_insights(); read-only.
 */
G_DECLARE_FINAL_TYPE (TaInsights, ta_insights, TA, INSIGHTS, GObject)

/* The period and group it was computed for. */
const GDate     *ta_insights_get_from          (TaInsights        *self);
const GDate     *ta_insights_get_to            (TaInsights        *self);
TaInsightsGroup  ta_insights_get_group         (TaInsights        *self);
const char      *ta_insights_get_group_value   (TaInsights        *self);
/* A group's value as people read it: a generation's name ("Gen Z")
 * for its machine name, any other value as it is. */
const char      *ta_insights_group_value_get_label (TaInsightsGroup  group,
                                                    const char      *value);

/* Translated: "1 September 2026 – 31 August 2027", with the group
 * ("Department: Finance") when there is one. */
char            *ta_insights_describe_period   (TaInsights        *self);

/* (element-type TaFigure) (transfer none): in section order */
GPtrArray       *ta_insights_get_figures       (TaInsights        *self);
/* (element-type TaChart) (transfer none) */
GPtrArray       *ta_insights_get_charts        (TaInsights        *self);
/* (element-type TaInsightsTable) (transfer none) */
GPtrArray       *ta_insights_get_tables        (TaInsights        *self);
/* (transfer none) (nullable) */
TaFigure        *ta_insights_lookup_figure     (TaInsights        *self,
                                                const char        *key);
TaChart         *ta_insights_lookup_chart      (TaInsights        *self,
                                                const char        *key);
TaInsightsTable *ta_insights_lookup_table      (TaInsights        *self,
                                                const char        *key);

/* The figures as JSON for other tools (the CLI's report --json):
 * {"programme": …, "from": "YYYY-MM-DD", "to": "YYYY-MM-DD",
 *  "figures": [{"key", "value", "numerator", "denominator",
 *  "definition", …}, …]}; with @for_outside, small figures have null
 * numbers and "small": true. */
char            *ta_insights_to_json           (TaInsights        *self,
                                                const char        *programme_name,
                                                gboolean           for_outside);

/* Computes every figure; reads only. */
TaInsights      *ta_store_compute_insights     (TaStore           *store,
                                                const TaInsightsQuery *query,
                                                GError           **error);

/* The programme year containing @today: twelve months from the
 * anniversary of the day the programme began (its first participant),
 * or the calendar year for an empty programme. */
gboolean         ta_store_get_programme_year   (TaStore           *store,
                                                const GDate       *today,
                                                GDate             *out_from,
                                                GDate             *out_to,
                                                GError           **error);

/* The departments or locations in use (sorted, for the group filter);
 * the generations present, as machine names. (transfer full) */
GStrv            ta_store_list_insights_groups (TaStore           *store,
                                                TaInsightsGroup    group,
                                                GError           **error);

/* Writes sessions.csv, pairs.csv, goals.csv and topics.csv for the
 * period and group into @directory (made if missing), each atomically
 * and 0600, formula-safe (TA_CSV_WRITER_NEUTRALISE_FORMULAS). */
gboolean         ta_store_export_insights_data (TaStore           *store,
                                                const TaInsightsQuery *query,
                                                const char        *directory,
                                                GError           **error);

G_END_DECLS
