/* ta-participant-csv-resolve.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-participant-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-participant-csv-private.h"
#include "ta-reporting-lines.h"
#include "ta-store-private.h"

/*
 * Steps 2 and 3 of a participants import (see ta-participant-csv.c): the
 * checks that need the programme, then the writes, in one transaction.
 */

typedef TaParticipantsParsed Parsed;

#define add_problem _ta_participants_parsed_add_problem
#define add_problem_printf _ta_participants_parsed_add_problemf

/* The reporting lines after the import, as ids: row i of the file is
 * i + 1; someone only in the programme whom a line reaches gets an id
 * after the rows, by their folded e-mail. */
typedef struct
{
  Parsed           *parsed;
  TaStore          *store;
  TaReportingLines *lines;
  GHashTable       *store_ids;  /* folded e-mail (owned) → id */
  GPtrArray        *pending;    /* folded e-mails whose manager is not read yet */
} Lines;

/* The id of someone a line reaches by @email (folded): their row's, or
 * one of their own, their manager to be read from the store. */
static gint64
lines_id_of (Lines      *lines,
             const char *email)
{
  gpointer index = g_hash_table_lookup (lines->parsed->emails, email);
  gpointer id;
  char *key;

  if (index != NULL)
    return (gint64) GPOINTER_TO_UINT (index);

  id = g_hash_table_lookup (lines->store_ids, email);
  if (id != NULL)
    return (gint64) GPOINTER_TO_UINT (id);

  key = g_strdup (email);
  id = GUINT_TO_POINTER (lines->parsed->participants->len + g_hash_table_size (lines->store_ids) + 1);
  g_hash_table_insert (lines->store_ids, key, id);
  g_ptr_array_add (lines->pending, key);
  return (gint64) GPOINTER_TO_UINT (id);
}

/* Someone not in the file keeps the manager the store knows: adds the
 * people only in the store whom the file's lines reach, each once. */
static gboolean
lines_add_store_people (Lines   *lines,
                        GError **error)
{
  /* Reading a manager may add to the end of @pending. */
  for (guint i = 0; i < lines->pending->len; i++)
    {
      const char *email = g_ptr_array_index (lines->pending, i);
      gint64 id = (gint64) GPOINTER_TO_UINT (g_hash_table_lookup (lines->store_ids, email));
      g_autofree char *manager = NULL;
      gint64 manager_id = 0;

      if (!_ta_store_get_manager_email (lines->store, email, &manager, error))
        return FALSE;
      if (manager != NULL)
        manager_id = lines_id_of (lines, manager);
      ta_reporting_lines_add (lines->lines, id, manager_id);
    }

  return TRUE;
}

/*
 * Step 2: managers must be in the file or the programme, and the reporting
 * lines after the import must not go round in a circle (a person the file
 * updates takes the manager the file gives; everyone else keeps theirs).
 * Runs inside the import's transaction (see check_in_transaction()).
 */
static gboolean
resolve_against_store (Parsed   *parsed,
                       TaStore  *store,
                       GError  **error)
{
  guint n = parsed->participants->len;
  g_autoptr(TaReportingLines) reporting = ta_reporting_lines_new (n);
  g_autoptr(GHashTable) store_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  g_autoptr(GPtrArray) cycles = NULL;
  Lines lines = { parsed, store, reporting, store_ids, pending };

  for (guint i = 0; i < n; i++)
    {
      const char *manager = g_ptr_array_index (parsed->reports_to, i);
      g_autofree char *folded = NULL;
      g_autoptr(GError) local_error = NULL;
      gpointer index;

      if (manager == NULL)
        {
          ta_reporting_lines_add (reporting, (gint64) i + 1, 0);
          continue;
        }

      folded = ta_email_fold (manager);
      index = g_hash_table_lookup (parsed->emails, folded);
      if (index != NULL)
        {
          ta_reporting_lines_add (reporting, (gint64) i + 1, (gint64) GPOINTER_TO_UINT (index));
          continue;
        }

      if (ta_store_has_email (store, manager, &local_error))
        {
          ta_reporting_lines_add (reporting, (gint64) i + 1, lines_id_of (&lines, folded));
        }
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else
        {
          g_autofree char *shown = _ta_csv_shown_value (manager);

          ta_reporting_lines_add (reporting, (gint64) i + 1, 0);
          add_problem_printf (parsed, g_array_index (parsed->lines, guint, i),
                              TA_PARTICIPANT_COLUMN_REPORTS_TO,
                              /* Translators: %s is an e-mail address */
                              _("“%s” is neither in this file nor in the programme"),
                              shown);
        }
    }

  if (!lines_add_store_people (&lines, error))
    return FALSE;

  /* Circles among people only in the store are not this file's doing;
   * ta_store_check() reports those. */
  cycles = ta_reporting_lines_find_cycles (reporting);
  for (guint c = 0; c < cycles->len; c++)
    {
      GArray *cycle = g_ptr_array_index (cycles, c);

      for (guint j = 0; j < cycle->len; j++)
        {
          gint64 id = g_array_index (cycle, gint64, j);
          g_autofree char *shown = NULL;

          if (id > (gint64) n)
            continue;

          shown = _ta_csv_shown_value (g_ptr_array_index (parsed->reports_to, id - 1));
          add_problem_printf (parsed, g_array_index (parsed->lines, guint, id - 1),
                              TA_PARTICIPANT_COLUMN_REPORTS_TO,
                              /* Translators: %s is an e-mail address */
                              _("Reporting to “%s” would make the reporting "
                                "lines go round in a circle"),
                              shown);
        }
    }

  return TRUE;
}

/* Step 2 inside the store's transaction: what the file says of the
 * programme is checked against the programme as it is while the import
 * holds the write lock, not as it was a moment before. */
static gboolean
check_in_transaction (TaStore   *store,
                      gpointer   user_data,
                      GError   **error)
{
  Parsed *parsed = user_data;

  /* Even after problems in the rows, so that one pass reports them all. */
  if (!resolve_against_store (parsed, store, error))
    return FALSE;

  if (_ta_csv_problems_count (&parsed->problems) == 0)
    return TRUE;

  _ta_csv_problems_set_error (&parsed->problems, error);
  return FALSE;
}

/* Steps 2 and 3, on the caller's thread, in one transaction of the
 * store: a file with problems already, or a dry run, only reads. */
gboolean
_ta_participants_csv_commit (gpointer         data,
                             TaStore         *store,
                             gboolean         dry_run,
                             TaImportResult  *result,
                             GError         **error)
{
  Parsed *parsed = data;
  gboolean ok;

  ok = _ta_store_import_checked_participants (store, parsed->participants, parsed->reports_to,
                                              dry_run || _ta_csv_problems_count (&parsed->problems) > 0,
                                              check_in_transaction, parsed,
                                              &result->added, &result->updated, error);
  _ta_csv_problems_fill_result (&parsed->problems, parsed->unknown_columns, result);
  if (!ok)
    {
      result->added = 0;
      result->updated = 0;
    }

  return ok;
}
