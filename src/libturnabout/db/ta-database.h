/* ta-database.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* A connection to a programme file, and the few things every store file
 * needs around raw SQLite: errors a facilitator can act on, typed bind
 * and column helpers, statements prepared once, and a transaction guard.
 * Only db/ and store/ use it; nothing above the store sees SQL. */

#define TA_TYPE_DATABASE (ta_database_get_type ())

G_DECLARE_FINAL_TYPE (TaDatabase, ta_database, TA, DATABASE, GObject)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

TaDatabase   *ta_database_open               (const char    *filename,
                                              int            flags,
                                              GError       **error);
sqlite3      *ta_database_get_handle         (TaDatabase    *self);
void          ta_database_set_busy_timeout   (TaDatabase    *self,
                                              int            milliseconds);

gboolean      ta_database_exec               (TaDatabase    *self,
                                              const char    *sql,
                                              GError       **error);
sqlite3_stmt *ta_database_prepare            (TaDatabase    *self,
                                              const char    *sql,
                                              GError       **error);
sqlite3_stmt *ta_database_get_statement      (TaDatabase    *self,
                                              const char    *sql,
                                              GError       **error);
gboolean      ta_database_step_done          (TaDatabase    *self,
                                              sqlite3_stmt  *stmt,
                                              const char    *what,
                                              GError       **error);
gboolean      ta_database_set_error          (TaDatabase    *self,
                                              int            rc,
                                              const char    *what,
                                              GError       **error);
gint64        ta_database_changes            (TaDatabase    *self);
gint64        ta_database_last_insert_id     (TaDatabase    *self);
gboolean      ta_database_in_transaction     (TaDatabase    *self);

/* Transactions: BEGIN IMMEDIATE takes the write lock up front. */
gboolean      ta_database_begin              (TaDatabase    *self,
                                              GError       **error);
gboolean      ta_database_commit             (TaDatabase    *self,
                                              GError       **error);
void          ta_database_rollback           (TaDatabase    *self);

typedef struct _TaTransaction TaTransaction;

TaTransaction *ta_transaction_begin          (TaDatabase     *database,
                                              GError        **error);
gboolean       ta_transaction_commit         (TaTransaction  *self,
                                              GError        **error);
void           ta_transaction_free           (TaTransaction  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaTransaction, ta_transaction_free)

/* Typed binds and columns. */
void          ta_database_bind_text          (sqlite3_stmt  *stmt,
                                              int            column,
                                              const char    *text);
void          ta_database_bind_nullable_text (sqlite3_stmt  *stmt,
                                              int            column,
                                              const char    *text);
void          ta_database_bind_int64         (sqlite3_stmt  *stmt,
                                              int            column,
                                              gint64         value);
void          ta_database_bind_id            (sqlite3_stmt  *stmt,
                                              int            column,
                                              gint64         id);
void          ta_database_bind_date_time     (sqlite3_stmt  *stmt,
                                              int            column,
                                              GDateTime     *date_time);
char         *ta_database_column_text        (sqlite3_stmt  *stmt,
                                              int            column);
char         *ta_database_column_nullable_text (sqlite3_stmt *stmt,
                                                int           column);
gint64        ta_database_column_int64       (sqlite3_stmt  *stmt,
                                              int            column);
GDateTime    *ta_database_column_date_time   (sqlite3_stmt  *stmt,
                                              int            column);
char         *ta_database_now_text           (void);
char         *ta_database_now_precise_text   (void);

/* Errors with the messages a facilitator sees. */
gboolean      ta_database_set_error_from_code (GError      **error,
                                               sqlite3      *db,
                                               int           rc,
                                               const char   *what);
void          ta_database_set_busy_error      (GError      **error);
void          ta_database_set_damaged_error   (GError      **error,
                                               const char   *path);
void          ta_database_set_read_only_error (GError      **error,
                                               const char   *path,
                                               gboolean      media);
void          ta_database_set_permission_error (GError     **error,
                                                const char  *path);

G_END_DECLS
