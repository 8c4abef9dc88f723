/* ta-insights-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-enums.h"
#include "ta-insights.h"
#include "ta-session.h"
#include "ta-store-queries.h"
#include "ta-topic.h"

G_BEGIN_DECLS

/* What the sessions say about one pair, gathered in one pass over them
 * (ta-insights-sessions.c) for the sections that judge pairs. */
typedef struct
{
  gint64   last_held;          /* the last held one-on-one before now, 0 */
  guint    held_in_period;     /* held one-on-ones in the period */
  guint    mentor_ratings;     /* rated held sessions in the period, by side */
  guint    mentee_ratings;
  guint    mentor_rating_sum;
  guint    mentee_rating_sum;
  gboolean held_before_end;    /* a held one-on-one before the period's end */
  gboolean activated;          /* one held within 30 days of starting */
} TaInsightsPairStats;

/* Record id → index of its row: ids are mostly dense, so an array by
 * id (a hundred thousand lookups a pass, where a hash table was a fifth
 * of the time); a binary search over the id-ordered rows when they are
 * too sparse for one. */
typedef struct
{
  guint32      *slots;     /* by id: index + 1, 0 for none */
  gint64        n_slots;
  const gint64 *ids;       /* the rows' ids, first member of each row */
  gsize         stride;    /* bytes from one row's id to the next */
  guint         n_rows;
} TaInsightsIdIndex;

/* Everything one computation shares: the rows read from the store, the
 * period as instants and days, who is in the group, and what has been
 * made so far.  The sections (ta-insights-people.c,
 * ta-insights-sessions.c, ta-insights-board.c) each add their figures,
 * charts and tables to @insights. */
typedef struct
{
  TaStore               *store;
  const TaInsightsQuery *query;
  TaInsights            *insights;
  TaInsightsRows         rows;
  GTimeZone             *zone;

  /* [period_start, period_end): the period's local days as UTC instants */
  gint64                 period_start;
  gint64                 period_end;
  guint32                from_day;     /* Julian */
  guint32                to_day;
  gint64                 now;
  guint32                now_day;

  /* The months of the period: n_months + 1 local month starts, the first
   * clamped to period_start and the last to period_end. */
  guint                  n_months;
  gint64                *month_starts;
  char                 **month_labels;

  TaInsightsIdIndex      person_by_id;  /* → index in rows.people */
  TaInsightsIdIndex      pair_by_id;    /* → index in rows.pairs */
  GHashTable            *session_by_id; /* gint64 * → TaInsightsSessionRow */
  guint8                *person_in_group; /* by index in rows.people */
  guint8                *pair_in_group;   /* by index in rows.pairs */
  TaInsightsPairStats   *pair_stats;      /* by index in rows.pairs */

  /* Counting distinct people: a person is counted once per stamp. */
  guint32               *person_mark;
  guint32                stamp;
  guint                  n_marked;
} TaInsightsContext;

/* Fills ctx->pair_stats (ta-insights-sessions.c). */
void     _ta_insights_gather_pair_stats (TaInsightsContext *ctx);
TaInsightsPairStats *_ta_insights_pair_stats (TaInsightsContext *ctx,
                                              TaInsightsPairRow *pair);

/* Sections */
void     _ta_insights_add_participation (TaInsightsContext *ctx);
void     _ta_insights_add_matching      (TaInsightsContext *ctx);
void     _ta_insights_add_activation    (TaInsightsContext *ctx);
void     _ta_insights_add_engagement    (TaInsightsContext *ctx);
void     _ta_insights_add_sessions      (TaInsightsContext *ctx);
void     _ta_insights_add_formats       (TaInsightsContext *ctx);
void     _ta_insights_add_learning      (TaInsightsContext *ctx);
void     _ta_insights_add_goals         (TaInsightsContext *ctx);
void     _ta_insights_add_retention     (TaInsightsContext *ctx);
gboolean _ta_insights_add_board         (TaInsightsContext *ctx,
                                         GError           **error);
gboolean _ta_insights_add_momentum      (TaInsightsContext *ctx,
                                         GError           **error);
/* issue 14: ta-insights-check-ins.c */
void     _ta_insights_add_check_ins     (TaInsightsContext *ctx);

/* What was made */
void     _ta_insights_take_figure       (TaInsights        *self,
                                         TaFigure          *figure);
void     _ta_insights_take_chart        (TaInsights        *self,
                                         TaChart           *chart);
void     _ta_insights_take_table        (TaInsights        *self,
                                         TaInsightsTable   *table);

void     _ta_insights_id_index_init     (TaInsightsIdIndex *index,
                                         GArray            *rows);
void     _ta_insights_id_index_clear    (TaInsightsIdIndex *index);

/* The rows, as they were at a moment */
TaInsightsPersonRow *_ta_insights_person      (TaInsightsContext   *ctx,
                                               gint64               id);
TaInsightsPairRow   *_ta_insights_pair        (TaInsightsContext   *ctx,
                                               gint64               id);
gboolean  _ta_insights_person_active_on       (TaInsightsContext   *ctx,
                                               TaInsightsPersonRow *person,
                                               gint64               end,
                                               guint32              day);
gboolean  _ta_insights_pair_live_on           (TaInsightsPairRow   *pair,
                                               guint32              day);
gboolean  _ta_insights_person_in_group        (TaInsightsContext   *ctx,
                                               TaInsightsPersonRow *person);
gboolean  _ta_insights_pair_in_group          (TaInsightsContext   *ctx,
                                               TaInsightsPairRow   *pair);
gboolean  _ta_insights_session_in_group       (TaInsightsContext   *ctx,
                                               TaInsightsSessionRow *session);
gboolean  _ta_insights_session_in_period      (TaInsightsContext   *ctx,
                                               TaInsightsSessionRow *session);
/* The local day of an instant, as a Julian day number. */
guint32   _ta_insights_local_day              (TaInsightsContext   *ctx,
                                               gint64               instant);
/* The index of the month of the period holding @instant, or -1. */
int       _ta_insights_month_of               (TaInsightsContext   *ctx,
                                               gint64               instant);
/* The last local day of month @month of the period (clamped to @to). */
guint32   _ta_insights_month_last_day         (TaInsightsContext   *ctx,
                                               guint                month);

/* Distinct people: start a count, add people, read it. */
void      _ta_insights_people_begin           (TaInsightsContext   *ctx);
void      _ta_insights_people_add             (TaInsightsContext   *ctx,
                                               gint64               id);
void      _ta_insights_people_add_pair        (TaInsightsContext   *ctx,
                                               TaInsightsPairRow   *pair);
void      _ta_insights_people_add_session     (TaInsightsContext   *ctx,
                                               TaInsightsSessionRow *session);
guint     _ta_insights_people_count           (TaInsightsContext   *ctx);

/* A figure made, filled and added in one call: a count, or a share or
 * average of @numerator over @denominator.  @subjects may be NULL. */
TaFigure *_ta_insights_add_count              (TaInsightsContext   *ctx,
                                               const char          *key,
                                               TaInsightsSection    section,
                                               TaFigureUnit         unit,
                                               const char          *title,
                                               const char          *definition,
                                               double               value,
                                               guint                n_people,
                                               TaSubjectKind        subject_kind,
                                               GArray              *subjects);
TaFigure *_ta_insights_add_ratio              (TaInsightsContext   *ctx,
                                               const char          *key,
                                               TaInsightsSection    section,
                                               TaFigureUnit         unit,
                                               const char          *title,
                                               const char          *definition,
                                               double               numerator,
                                               double               denominator,
                                               guint                n_people,
                                               TaSubjectKind        subject_kind,
                                               GArray              *subjects);
/* Sets the computation sentence, printf-style. */
void      _ta_insights_explain                (TaFigure            *figure,
                                               const char          *format,
                                               ...) G_GNUC_PRINTF (2, 3);

/* The localised date of a Julian day or of an instant ("3 Mar 2026"). */
char     *_ta_insights_format_day             (guint32              day);
char     *_ta_insights_format_instant         (TaInsightsContext   *ctx,
                                               gint64               instant);

#define TA_INSIGHTS_MENTORLOOP_TARGET _("Mentorloop's published target")

G_END_DECLS
