/* ta-test-insights.h: sessions placed in local time, and Insights computed
 * and checked figure by figure
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ta-insights.h"
#include "ta-store.h"
#include "ta-test-programme.h"

G_BEGIN_DECLS

/* A new programme per test. */
typedef struct
{
  TaTestDir  dir;
  TaStore   *store;
} TaTestInsightsFixture;

void             ta_test_insights_fixture_set_up          (TaTestInsightsFixture *fixture,
                                                           gconstpointer          data);
void             ta_test_insights_fixture_tear_down       (TaTestInsightsFixture *fixture,
                                                           gconstpointer          data);
/* g_test_init() in Europe/Brussels, with non-fatal assertions. */
void             ta_test_insights_init                    (int             *argc,
                                                           char          ***argv);

/*
 * For the model and command-line tests of Insights.  Every check names
 * the figure and says what it expected and got, and goes on under
 * g_test_set_nonfatal_assertions(): one run lists every wrong figure of
 * a programme.  A figure, chart or table that is missing fails the test
 * and the checks of it are skipped.
 */

/* Today (local) plus @days: as "YYYY-MM-DD", and at @hour:00 local. */
char            *ta_test_local_date                       (int              days);
GDateTime       *ta_test_local_day                        (int              days,
                                                           int              hour);

void             ta_test_insights_assert_same_day         (const GDate     *got,
                                                           const GDate     *expected);

TaInsights      *ta_test_insights                         (TaStore         *store,
                                                           const char      *from,
                                                           const char      *to,
                                                           GDateTime       *now,
                                                           TaInsightsGroup  group,
                                                           const char      *group_value);

TaFigure        *ta_test_insights_figure                  (TaInsights      *insights,
                                                           const char      *key);
void             ta_test_insights_check                   (const char      *key,
                                                           const char      *what,
                                                           double           got,
                                                           double           expected);
void             ta_test_insights_assert_value            (TaInsights      *insights,
                                                           const char      *key,
                                                           double           value);
void             ta_test_insights_assert_ratio            (TaInsights      *insights,
                                                           const char      *key,
                                                           double           value,
                                                           double           numerator,
                                                           double           denominator);
void             ta_test_insights_assert_n_people         (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            n_people);
void             ta_test_insights_assert_small            (TaInsights      *insights,
                                                           const char      *key,
                                                           gboolean         small);
void             ta_test_insights_assert_subjects         (TaInsights      *insights,
                                                           const char      *key,
                                                           const gint64    *ids,
                                                           guint            n);

void             ta_test_insights_assert_chart_categories (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            n);
void             ta_test_insights_assert_chart            (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            series,
                                                           const double    *values,
                                                           guint            n);

void             ta_test_insights_assert_rows             (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            n);
void             ta_test_insights_assert_cell             (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            row,
                                                           guint            column,
                                                           const char      *text);
void             ta_test_insights_assert_cell_quotes      (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            row,
                                                           guint            column,
                                                           const char      *text);
void             ta_test_insights_assert_row_has          (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            row,
                                                           const char      *text);
void             ta_test_insights_assert_column_lacks     (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            column,
                                                           const char      *text);
guint            ta_test_insights_table_sum               (TaInsights      *insights,
                                                           const char      *key,
                                                           guint            column);

JsonNode        *ta_test_insights_parse_json              (TaInsights      *insights,
                                                           gboolean         for_outside);
JsonObject      *ta_test_json_figure                      (JsonNode        *root,
                                                           const char      *key);

/* Sessions at a local day and time (Europe/Brussels in the tests). */
gint64           ta_test_add_held                         (TaStore         *store,
                                                           gint64           pairing,
                                                           int              year,
                                                           int              month,
                                                           int              day,
                                                           int              hour,
                                                           int              minute,
                                                           int              minutes);
gint64           ta_test_add_status                       (TaStore         *store,
                                                           gint64           pairing,
                                                           int              year,
                                                           int              month,
                                                           int              day,
                                                           TaSessionStatus  status);
gint64           ta_test_add_cancelled                    (TaStore         *store,
                                                           gint64           pairing,
                                                           int              year,
                                                           int              month,
                                                           int              day,
                                                           gint64           cancelled_by);
gint64           ta_test_add_rated                        (TaStore         *store,
                                                           gint64           pairing,
                                                           int              year,
                                                           int              month,
                                                           int              day,
                                                           int              mentor_rating,
                                                           int              mentee_rating,
                                                           const char      *mentor_learned,
                                                           const char      *mentee_learned);
gint64           ta_test_add_group                        (TaStore         *store,
                                                           TaSessionKind    kind,
                                                           int              year,
                                                           int              month,
                                                           int              day,
                                                           int              minutes,
                                                           TaSessionStatus  status,
                                                           gint64           cancelled_by,
                                                           const gint64    *attendees,
                                                           guint            n_attendees);
gint64           ta_test_add_held_near_today                (TaStore         *store,
                                                           gint64           pairing,
                                                           int              days,
                                                           TaSessionKind    kind,
                                                           const gint64    *attendees,
                                                           guint            n_attendees);

G_END_DECLS
