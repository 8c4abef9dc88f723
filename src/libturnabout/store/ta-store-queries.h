/* ta-store-queries.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

/* Reads that layers above the store (matching, formats) need in a shape
 * of their own: plain data, so that no SQL leaves db/ and store/. */

#define TA_MOMENTUM_DEFAULT_WEEKS 6
#define TA_MOMENTUM_MAX_WEEKS 52

/**
 * TaStoreMomentumRow:
 * @pairing_id: an active pairing
 * @started_on: (nullable): its start day, "YYYY-MM-DD" (the day it was
 *   made if no start is set)
 * @starts_at: (nullable): the start of one of its sessions, UTC as the
 *   store writes it; %NULL for a pairing without sessions
 * @status: (nullable): that session's status ("planned", "held", …)
 *
 * One row of ta_store_foreach_momentum_row(); the text is the
 * database's own and lasts until the callback returns.
 */
typedef struct
{
  gint64      pairing_id;
  const char *started_on;
  const char *starts_at;
  const char *status;
} TaStoreMomentumRow;

/* Called for each row, in order; the row is valid during the call only. */
typedef void (*TaStoreMomentumFunc) (const TaStoreMomentumRow *row,
                                     gpointer                  user_data);

/**
 * TaStoreStamp:
 * @id: a session's or a series' id
 * @created_at: (nullable): when it was made, UTC as the store writes it
 *   (series only; %NULL for sessions)
 * @updated_at: (nullable): when it last changed, likewise
 *
 * When a record changed, which the record objects do not carry.
 */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *updated_at;
} TaStoreStamp;

int       ta_store_get_momentum_weeks  (TaStore   *self,
                                        GError   **error);
gboolean  ta_store_set_momentum_weeks  (TaStore   *self,
                                        int        weeks,
                                        GError   **error);
gboolean  ta_store_foreach_momentum_row (TaStore            *self,
                                         int                *out_weeks,
                                         TaStoreMomentumFunc func,
                                         gpointer            user_data,
                                         GError            **error);
gboolean  ta_store_read_export_stamps  (TaStore   *self,
                                        GArray   **out_sessions,
                                        GArray   **out_series,
                                        GError   **error);

/**
 * TaInsightsRows:
 *
 * What Insights computes its figures from (insights/ta-insights*.c), read
 * in one read transaction by ta_store_read_insights_rows(): every
 * participant, pairing, session and topic in a compact shape.  Days are
 * Julian day numbers (g_date_get_julian(), 0 for none); instants are
 * seconds since the epoch, UTC.  Text lives in @strings.
 */
typedef struct
{
  gint64       id;
  gint64       created_at;
  guint32      left_day;      /* the local day they left, 0 if they did not */
  guint8       role;          /* TaRole */
  guint8       status;        /* TaParticipantStatus */
  int          birth_year;
  const char  *department;    /* NULL when not set */
  const char  *location;
} TaInsightsPersonRow;

typedef struct
{
  gint64       id;
  gint64       mentor_id;
  gint64       mentee_id;
  guint32      started_day;
  guint32      ended_day;
  guint32      since_day;     /* started_day, or the day it was made */
  guint8       status;        /* TaPairingStatus */
  guint16      n_goals;
  guint16      n_goals_done;
  const char  *end_reason;
} TaInsightsPairRow;

typedef struct
{
  gint64   id;
  gint64   pairing_id;        /* 0 for a group session */
  gint64   starts_at;
  gint64   cancelled_by;      /* TA_SESSION_CANCELLED_BY_* or a person */
  guint32  first_attendee;    /* into TaInsightsRows.attendees */
  guint32  n_attendees;
  guint16  duration;          /* minutes */
  guint8   kind;              /* TaSessionKind */
  guint8   status;            /* TaSessionStatus */
  guint8   mentor_rating;     /* 0: not rated */
  guint8   mentee_rating;
  guint8   mentor_learned;    /* TRUE when the text is not empty */
  guint8   mentee_learned;
} TaInsightsSessionRow;

typedef struct
{
  gint64       id;
  gint64       session_id;    /* its presentation, 0 for none */
  guint32      first_researcher;
  guint32      n_researchers;
  guint8       stage;         /* TaTopicStage */
  const char  *title;
  const char  *outcome;
} TaInsightsTopicRow;

/* A check-in answer (issue 14): the numbers, not the words. */
typedef struct
{
  gint64   id;
  gint64   pairing_id;
  gint64   answered_at;
  guint8   kind;              /* TaCheckInKind */
  guint8   side;              /* TaPairSide */
  guint8   fit;               /* TaCheckInFit */
  guint8   quality;           /* 1–5, 0: not answered */
  guint8   confidence;        /* 1–5, 0: not answered */
  gint8    recommend;         /* 0–10, -1: not answered */
} TaInsightsCheckInRow;

typedef struct
{
  GArray       *people;       /* TaInsightsPersonRow, by id */
  GArray       *pairs;        /* TaInsightsPairRow, by id */
  GArray       *sessions;     /* TaInsightsSessionRow, by starts_at */
  GArray       *topics;       /* TaInsightsTopicRow, by stage and position */
  GArray       *attendees;    /* gint64 participant ids */
  GArray       *researchers;  /* gint64 participant ids */
  GArray       *check_ins;    /* TaInsightsCheckInRow, by answered_at */
  GStringChunk *strings;
  int           momentum_weeks;
} TaInsightsRows;

gboolean  ta_store_read_insights_rows  (TaStore        *self,
                                        TaInsightsRows *rows,
                                        GError        **error);
void      ta_insights_rows_clear       (TaInsightsRows *rows);

G_END_DECLS
