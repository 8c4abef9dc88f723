/* ta-store-trash.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The trash: what a delete takes away, kept for its Undo.
 *
 * A delete copies the rows it is about to take (its own and those its ON
 * DELETE actions will take) into TEMP tables of this connection, gone when
 * the programme is closed, like the rest of the undo; the restore copies
 * them back.  Each trash table is made from its table (SELECT * … WHERE 0)
 * with an owner column in front (the id of the record whose delete took
 * the row), and the restore reads the column list from the table itself
 * (PRAGMA table_info): no column is ever listed by hand, so a column a
 * migration adds comes back on Undo like the others.
 *
 * What no longer fits when the rows come back (the pairing is gone again,
 * the series was deleted meanwhile) is fixed in the trash rows first
 * (_ta_store_trash_fix()), or left out by the restore's @where.
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-private.h"

/* @table is one of ours, never user input: it is part of the SQL text. */

static gboolean
run_owned (TaStore     *self,
           const char  *sql,
           gint64       owner,
           guint       *out_changes,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, owner);
  if (!_ta_store_step_done (self, stmt, _("The programme file could not be updated"), error))
    return FALSE;
  if (out_changes != NULL)
    *out_changes += (guint) sqlite3_changes (self->db);

  return TRUE;
}

static gboolean
trash_exists (TaStore     *self,
              const char  *table,
              gboolean    *out_exists,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, "SELECT 1 FROM temp.sqlite_schema WHERE name = ?1", error);
  g_autofree char *name = g_strconcat ("trash_", table, NULL);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));

  *out_exists = rc == SQLITE_ROW;
  return TRUE;
}

/* "a, b, c": every column of main.@table, in its order. */
static char *
column_list (TaStore     *self,
             const char  *table,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, "SELECT name FROM pragma_table_info (?1, 'main')", error);
  g_autoptr(GString) columns = g_string_new (NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (columns->len > 0)
        g_string_append (columns, ", ");
      /* Quoted: a column name is an identifier, whatever it is called. */
      g_string_append_printf (columns, "\"%s\"", (const char *) sqlite3_column_text (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be read"));
      return NULL;
    }
  g_assert (columns->len > 0);

  return g_string_free (g_steal_pointer (&columns), FALSE);
}

/**
 * _ta_store_trash_rows:
 * @self: a #TaStore, inside the delete's transaction
 * @table: the table
 * @where: which rows, with ?1 for @owner
 * @owner: the record whose delete takes them
 * @out_changes: (optional): incremented by the rows kept
 *
 * Copies the rows of @table that @where selects into its trash, replacing
 * what @owner had there.
 */
gboolean
_ta_store_trash_rows (TaStore     *self,
                      const char  *table,
                      const char  *where,
                      gint64       owner,
                      guint       *out_changes,
                      GError     **error)
{
  g_autofree char *create =
    g_strdup_printf ("CREATE TEMP TABLE IF NOT EXISTS trash_%s AS SELECT 0 AS owner, * FROM main.%s WHERE 0",
                     table, table);
  g_autofree char *clear = g_strdup_printf ("DELETE FROM temp.trash_%s WHERE owner = ?1", table);
  g_autofree char *copy = g_strdup_printf ("INSERT INTO temp.trash_%s SELECT ?1, * FROM main.%s WHERE %s",
                                           table, table, where);

  return _ta_store_exec (self->db, create, error) &&
         run_owned (self, clear, owner, NULL, error) &&
         run_owned (self, copy, owner, out_changes, error);
}

/* Changes @owner's trash rows of @table before they come back: @set is
 * the SET and WHERE of an UPDATE of them, ?1 is @owner. */
gboolean
_ta_store_trash_fix (TaStore     *self,
                     const char  *table,
                     const char  *set,
                     gint64       owner,
                     GError     **error)
{
  g_autofree char *sql = NULL;
  gboolean exists = FALSE;

  if (!trash_exists (self, table, &exists, error))
    return FALSE;
  if (!exists)
    return TRUE;

  sql = g_strdup_printf ("UPDATE temp.trash_%s SET %s AND owner = ?1", table, set);
  return run_owned (self, sql, owner, NULL, error);
}

/**
 * _ta_store_untrash_rows:
 * @self: a #TaStore, inside the restore's transaction
 * @table: the table
 * @where: (nullable): which of @owner's rows may come back (the others
 *   stay gone), on the trash table's columns
 * @owner: the record whose delete took them
 *
 * Copies @owner's rows back, every column, and empties @owner's trash of
 * @table.  A row whose key is taken meanwhile stays out.
 */
gboolean
_ta_store_untrash_rows (TaStore     *self,
                        const char  *table,
                        const char  *where,
                        gint64       owner,
                        GError     **error)
{
  g_autofree char *columns = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *clear = NULL;
  gboolean exists = FALSE;

  if (!trash_exists (self, table, &exists, error))
    return FALSE;
  if (!exists)
    return TRUE;

  columns = column_list (self, table, error);
  if (columns == NULL)
    return FALSE;

  copy = g_strdup_printf ("INSERT OR IGNORE INTO main.%s (%s) SELECT %s FROM temp.trash_%s "
                          "WHERE owner = ?1 AND (%s)",
                          table, columns, columns, table, where != NULL ? where : "1");
  clear = g_strdup_printf ("DELETE FROM temp.trash_%s WHERE owner = ?1", table);

  return run_owned (self, copy, owner, NULL, error) &&
         run_owned (self, clear, owner, NULL, error);
}

/* Topics */

/* Undo of a participant's delete (see ta-store-participants.c)
 *
 * Deleting a person cascades away their research and interest and clears
 * them as follow-up person.  Those rows are copied, before the delete,
 * into TEMP tables of this connection (gone when the programme is closed,
 * like the rest of the undo) and copied back on restore, for the topics
 * still on the board. */

static const char save_sql[] =
  "CREATE TEMP TABLE IF NOT EXISTS deleted_topic_researchers (owner INTEGER, topic_id INTEGER);"
  "CREATE TEMP TABLE IF NOT EXISTS deleted_topic_interest (owner INTEGER, topic_id INTEGER);"
  "CREATE TEMP TABLE IF NOT EXISTS deleted_topic_follow_ups (owner INTEGER, topic_id INTEGER);";

/* Each statement uses ?1 for the participant. */
static const char * const save_statements[] = {
  "DELETE FROM temp.deleted_topic_researchers WHERE owner = ?1",
  "DELETE FROM temp.deleted_topic_interest WHERE owner = ?1",
  "DELETE FROM temp.deleted_topic_follow_ups WHERE owner = ?1",
  "INSERT INTO temp.deleted_topic_researchers SELECT ?1, topic_id FROM main.topic_researchers "
  "WHERE participant_id = ?1",
  "INSERT INTO temp.deleted_topic_interest SELECT ?1, topic_id FROM main.topic_interest "
  "WHERE participant_id = ?1",
  "INSERT INTO temp.deleted_topic_follow_ups SELECT ?1, id FROM main.topics WHERE follow_up_id = ?1",
};

static const char * const restore_statements[] = {
  "INSERT OR IGNORE INTO main.topic_researchers (topic_id, participant_id) "
  "SELECT topic_id, owner FROM temp.deleted_topic_researchers "
  "WHERE owner = ?1 AND topic_id IN (SELECT id FROM main.topics)",
  "INSERT OR IGNORE INTO main.topic_interest (topic_id, participant_id) "
  "SELECT topic_id, owner FROM temp.deleted_topic_interest "
  "WHERE owner = ?1 AND topic_id IN (SELECT id FROM main.topics)",
  "UPDATE main.topics SET follow_up_id = ?1 WHERE follow_up_id IS NULL "
  "AND id IN (SELECT topic_id FROM temp.deleted_topic_follow_ups WHERE owner = ?1)",
  "DELETE FROM temp.deleted_topic_researchers WHERE owner = ?1",
  "DELETE FROM temp.deleted_topic_interest WHERE owner = ?1",
  "DELETE FROM temp.deleted_topic_follow_ups WHERE owner = ?1",
};

/* The topics the saved rows of @participant_id belong to. */
static const char touched_sql[] =
  "SELECT topic_id FROM temp.deleted_topic_researchers WHERE owner = ?1 "
  "UNION SELECT topic_id FROM temp.deleted_topic_interest WHERE owner = ?1 "
  "UNION SELECT topic_id FROM temp.deleted_topic_follow_ups WHERE owner = ?1 "
  "ORDER BY 1";

static gboolean
run_for_participant (TaStore            *self,
                     const char * const *statements,
                     guint               n_statements,
                     gint64              participant_id,
                     GError            **error)
{
  for (guint i = 0; i < n_statements; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, participant_id);
      if (!_ta_store_step_done (self, stmt, _("The research board could not be updated"), error))
        return FALSE;
    }

  return TRUE;
}

/* Appends the topics touched to @out_topic_ids, keeping only those still
 * on the board. */
static gboolean
collect_touched (TaStore  *self,
                 gint64    participant_id,
                 GArray   *out_topic_ids,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, touched_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (out_topic_ids, id);
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));

  return TRUE;
}

gboolean
_ta_store_save_topics_of (TaStore   *self,
                          gint64     participant_id,
                          GArray    *out_topic_ids,
                          GError   **error)
{
  g_assert (out_topic_ids != NULL);

  return _ta_store_exec (self->db, save_sql, error) &&
         run_for_participant (self, save_statements, G_N_ELEMENTS (save_statements), participant_id, error) &&
         collect_touched (self, participant_id, out_topic_ids, error);
}

gboolean
_ta_store_restore_topics_of (TaStore   *self,
                             gint64     participant_id,
                             GArray    *out_topic_ids,
                             GError   **error)
{
  g_autoptr(sqlite3_stmt) exists = NULL;
  g_autoptr(GArray) touched = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean on_board = FALSE;
  int rc;

  g_assert (out_topic_ids != NULL);

  exists = _ta_store_prepare (self,
                              "SELECT 1 FROM temp.sqlite_schema WHERE name = 'deleted_topic_researchers'",
                              error);
  if (exists == NULL)
    return FALSE;
  rc = sqlite3_step (exists);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be updated"));

  if (!collect_touched (self, participant_id, touched, error) ||
      !run_for_participant (self, restore_statements, G_N_ELEMENTS (restore_statements), participant_id, error))
    return FALSE;

  for (guint i = 0; i < touched->len; i++)
    {
      gint64 id = g_array_index (touched, gint64, i);

      if (!_ta_store_row_exists (self, "SELECT 1 FROM topics WHERE id = ?1", id, &on_board, error))
        return FALSE;
      if (on_board)
        g_array_append_val (out_topic_ids, id);
    }

  return TRUE;
}
