/* test-db-dump.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>
#include <string.h>

/*
 * Every row of every table of a programme file, as text: what a test
 * compares before and after something that must change nothing (an
 * exchange file refused, the same update applied twice, a --dry-run).
 * Read through a connection of its own, so that it sees what is in the
 * file and not what a TaProgramme holds in memory; SQLite's own tables
 * (statistics an optimiser may refresh) are left out.  Rows are sorted
 * within their table, so that WITHOUT ROWID tables and rowid tables
 * compare alike.  Shared by tests/model and tests/cli.
 */

static inline char *
ta_test_db_value_text (sqlite3_stmt *stmt,
                       int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_NULL:
      return g_strdup ("NULL");
    case SQLITE_INTEGER:
      return g_strdup_printf ("%lld", (long long) sqlite3_column_int64 (stmt, column));
    case SQLITE_FLOAT:
      return g_strdup_printf ("%.17g", sqlite3_column_double (stmt, column));
    default:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, column);
        char *escaped = g_strescape (text != NULL ? text : "", NULL);
        char *quoted = g_strdup_printf ("'%s'", escaped);

        g_free (escaped);
        return quoted;
      }
    }
}

static inline int
ta_test_db_compare_rows (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Returns: (transfer full): "table: row" lines, tables by name, rows sorted */
static inline char *
ta_test_db_dump (const char *path)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
      int rc;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              g_autofree char *value = ta_test_db_value_text (stmt, c);

              g_string_append_printf (row, "%s%s=%s", c > 0 ? ", " : "", sqlite3_column_name (stmt, c), value);
            }
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
      sqlite3_finalize (stmt);

      g_ptr_array_sort (rows, ta_test_db_compare_rows);
      g_string_append_printf (dump, "%s: %u rows\n", table, rows->len);
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (dump, "%s: %s\n", table, (const char *) g_ptr_array_index (rows, r));
    }

  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return g_string_free (dump, FALSE);
}

/* One value of one query, as text (NULL for SQL NULL or no row). */
static inline char *
ta_test_db_query_text (const char *path,
                       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

static inline gint64
ta_test_db_query_int (const char *path,
                      const char *sql)
{
  g_autofree char *text = ta_test_db_query_text (path, sql);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

/* Runs @sql, a write, on the file (what no editor of this version offers). */
static inline void
ta_test_db_exec (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}
