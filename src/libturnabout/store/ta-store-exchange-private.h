/* ta-store-exchange-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-exchange-private.h"
#include "ta-store-exchange.h"
#include "ta-store-private.h"

G_BEGIN_DECLS

/* Shared by ta-store-exchange*.c only. */

/* One walk of a file against the programme, inside a transaction: with
 * @write unset it only fills the preview; set, it also writes, so that a
 * preview and an apply can never disagree about what a file does. */
typedef struct
{
  TaStore           *store;
  TaExContent       *content;
  TaExchangePreview *preview;
  gboolean           write;
  char              *programme_id;   /* this programme's */
  char              *now;            /* UTC text, for created_at and updated_at */
  gint64             pairing_id;     /* 0 while a kit's pair is new */
  gint64             person[TA_EX_SIDES];
  gint64             me;
  /* what the walk wrote, announced after the COMMIT */
  GArray            *participants_added;
  GArray            *participants_updated;
  GArray            *sessions_added;
  GArray            *sessions_updated;
  GArray            *topics_added;
  GArray            *topics_updated;
  gboolean           pairing_added;
  gboolean           pairing_updated;
  gboolean           goals_changed;
  guint              check_ins_added;
  gboolean           topics_moved;
} TaExMerge;

/* A one-on-one of the pair as the merges compare it (ta-store-exchange-
 * sessions.c); times are the stored UTC text. */
typedef struct
{
  gint64           id;             /* 0: new */
  char            *uid;
  char            *exchange_uid;
  gint64           series_id;
  char            *starts;
  char            *occurrence;
  int              duration;
  char            *location;
  TaSessionStatus  status;
  char            *title;
  gint64           cancelled_by;   /* -1: NULL */
  char            *cancel_reason;
  char            *learned[TA_EX_SIDES];
  gboolean         shared[TA_EX_SIDES];
  int              rating[TA_EX_SIDES];
  gboolean         matched;        /* the file has it */
} TaExLocalSession;

/* The pair as stored: its one-on-ones and goals. */
typedef struct
{
  GPtrArray  *sessions;       /* TaExLocalSession, by start */
  GHashTable *by_uid;         /* uid → TaExLocalSession */
  GHashTable *by_occurrence;  /* "series|occurrence" → TaExLocalSession */
  GPtrArray  *goals;          /* TaExGoal, by position */
  GArray     *positions;      /* int, parallel to goals */
  int         next_position;
} TaExLocal;

gboolean          _ta_ex_local_load      (TaExMerge        *merge,
                                          TaExLocal        *local,
                                          GError          **error);
void              _ta_ex_local_clear     (TaExLocal        *local);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaExLocal, _ta_ex_local_clear)
TaExLocalSession *_ta_ex_local_find      (TaExLocal        *local,
                                          TaExSession      *session,
                                          gint64            series_id);
int               _ta_ex_local_find_goal (TaExLocal        *local,
                                          const char       *title);
gboolean          _ta_ex_write_goal      (TaExMerge        *merge,
                                          TaExLocal        *local,
                                          int               index,
                                          TaExGoal         *goal,
                                          GError          **error);
gboolean          _ta_ex_write_session   (TaExMerge        *merge,
                                          TaExLocalSession *values,
                                          GError          **error);
TaExLocalSession *_ta_ex_local_copy      (TaExLocalSession *session);
TaExLocalSession *_ta_ex_local_new       (TaExMerge        *merge,
                                          TaExSession      *session,
                                          gint64            series_id);
void              _ta_ex_local_session_free (TaExLocalSession *session);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaExLocalSession, _ta_ex_local_session_free)
char             *_ta_ex_describe_local  (TaExLocalSession *session);
/* Marks the pair changed (its goals): its revision moves. */
gboolean          _ta_ex_touch_pairing   (TaExMerge        *merge,
                                          GError          **error);

/* Cached statements: reset when the variable goes out of scope, so that
 * none holds the file open for reading past its use. */
static inline void
_ta_ex_reset (sqlite3_stmt **stmt)
{
  if (*stmt != NULL)
    sqlite3_reset (*stmt);
}
#define TA_EX_CACHED __attribute__((cleanup (_ta_ex_reset)))

sqlite3_stmt *_ta_ex_statement      (TaStore      *self,
                                     const char   *sql,
                                     GError      **error);
gboolean      _ta_ex_read_setting   (TaStore      *self,
                                     const char   *key,
                                     char        **out_value,
                                     GError      **error);
gboolean      _ta_ex_write_setting  (TaStore      *self,
                                     const char   *key,
                                     const char   *value,
                                     GError      **error);
/* A record's uid: its exchange_uid when it came from the other side,
 * else "<programme-id>:<type>:<id>". */
char         *_ta_ex_uid            (const char   *programme_id,
                                     const char   *type,
                                     gint64        id,
                                     const char   *exchange_uid);
/* The local id of @uid in @table (0 when new): this programme's own uid
 * names the id, another is looked up in exchange_uid. */
gboolean      _ta_ex_resolve        (TaExMerge    *merge,
                                     const char   *table,
                                     const char   *type,
                                     const char   *uid,
                                     gint64       *out_id,
                                     GError      **error);
gboolean      _ta_ex_sql_error      (TaStore      *self,
                                     int           rc,
                                     GError      **error);

/* ta-store-exchange-update.c and ta-store-exchange-kit.c */
gboolean      _ta_ex_merge_update   (TaExMerge    *merge,
                                     GError      **error);
gboolean      _ta_ex_merge_kit      (TaExMerge    *merge,
                                     GError      **error);
gboolean      _ta_ex_merge_topics   (TaExMerge    *merge,
                                     GError      **error);
/* ta-store-exchange-read.c */
gboolean      _ta_ex_read_kit       (TaStore      *self,
                                     TaExContent  *content,
                                     gint64        pairing_id,
                                     GError      **error);
gboolean      _ta_ex_read_update    (TaStore      *self,
                                     TaExContent  *content,
                                     gint64        pairing_id,
                                     GError      **error);

G_END_DECLS
