/* ta-store-participants-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store-private.h"

G_BEGIN_DECLS

/* Shared by ta-store-participants.c (one person at a time) and
 * ta-store-participants-import.c (many in one transaction). */

/* Rows of participant_terms go in by the statement-full: one multi-row
 * INSERT per participant costs a fraction of one statement per term. */
#define TERMS_PER_STATEMENT 16

/* SQLite's default: checkpoint when the WAL holds this many pages. */
#define DEFAULT_WAL_AUTOCHECKPOINT_PAGES 1000

typedef struct
{
  gint64 participant_id;
  int kind;
  int position;
  gint64 term_id;
} TermRow;

/* Statements of one write operation, prepared once for many rows. */
typedef struct
{
  sqlite3_stmt *insert;
  sqlite3_stmt *update;
  sqlite3_stmt *delete_terms;
  sqlite3_stmt *insert_terms[TERMS_PER_STATEMENT]; /* by number of rows - 1 */
  sqlite3_stmt *insert_vocabulary;
  sqlite3_stmt *find_vocabulary;
  /* folded label → term id, so a term is looked up once per operation */
  GHashTable *term_ids;
  /* label exactly as given → term id */
  GHashTable *exact_term_ids;
  /* TermRow not written yet; with @batch, until a statement is full */
  GArray *pending_terms;
  gboolean batch;
  char *now;
} TaParticipantWriter;

void           _ta_store_writer_clear         (TaParticipantWriter  *writer);
gboolean       _ta_store_writer_init          (TaStore              *self,
                                               TaParticipantWriter  *writer,
                                               GError              **error);
gboolean       _ta_store_writer_flush_terms   (TaStore              *self,
                                               TaParticipantWriter  *writer,
                                               gboolean              only_full,
                                               GError              **error);
gboolean       _ta_store_writer_save          (TaStore              *self,
                                               TaParticipantWriter  *writer,
                                               TaParticipant        *participant,
                                               gboolean              is_new,
                                               GError              **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaParticipantWriter, _ta_store_writer_clear)

GPtrArray     *_ta_store_query_participants   (TaStore     *self,
                                               const char  *where,
                                               gint64       id,
                                               const char  *email,
                                               GError     **error);
TaParticipant *_ta_store_get_one_participant  (TaStore     *self,
                                               const char  *where,
                                               gint64       id,
                                               const char  *email,
                                               GError     **error);

/* Reporting lines must not loop.  The one place the store looks for a
 * cycle (ta-store-participants.c): when records/ta-reporting-lines.[ch]
 * lands, _ta_store_find_reporting_cycle() is what switches to it. */
gboolean       _ta_store_find_reporting_cycle (TaStore   *self,
                                               gint64    *out_member,
                                               GError   **error);
gboolean       _ta_store_check_no_cycle       (TaStore   *self,
                                               GError   **error);

G_END_DECLS
