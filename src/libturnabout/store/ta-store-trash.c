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

#define G_LOG_DOMAIN "ta-store"

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
