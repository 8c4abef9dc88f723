/* ta-participant-csv-resolve.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-participant-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-participant-csv-private.h"
#include "ta-store-private.h"

/*
 * Steps 2 and 3 of a participants import (see ta-participant-csv.c): the
 * checks that need the programme, then the writes, in one transaction.
 */

typedef TaParticipantsParsed Parsed;

#define add_problem _ta_participants_parsed_add_problem
#define add_problem_printf _ta_participants_parsed_add_problemf

/* A person on a reporting line: a row of the file, or someone who is
 * only in the store, known by their folded e-mail. */
typedef struct
{
  int         row;
  const char *email;
} Node;

enum
{
  NO_MANAGER = -1,
  STORE_MANAGER = -2,
};

enum
{
  NOT_SEEN,
  ON_PATH,
  DONE,
};

typedef struct
{
  Parsed     *parsed;
  TaStore    *store;
  int        *manager_row;    /* per row: a row, NO_MANAGER or STORE_MANAGER */
  char      **manager_email;  /* per row, for STORE_MANAGER: folded e-mail */
  guint8     *row_state;
  GHashTable *store_state;    /* folded e-mail → state, for store nodes */
  GPtrArray  *owned;          /* strings the store nodes point to */
} Walk;

static guint
node_get_state (Walk *walk,
                Node *node)
{
  if (node->row >= 0)
    return walk->row_state[node->row];

  return GPOINTER_TO_UINT (g_hash_table_lookup (walk->store_state, node->email));
}

static void
node_set_state (Walk  *walk,
                Node  *node,
                guint  state)
{
  if (node->row >= 0)
    walk->row_state[node->row] = state;
  else
    g_hash_table_insert (walk->store_state, (gpointer) node->email, GUINT_TO_POINTER (state));
}

static gboolean
node_equal (const Node *a,
            const Node *b)
{
  if (a->row >= 0 || b->row >= 0)
    return a->row == b->row;

  return g_str_equal (a->email, b->email);
}

/* Moves @node to its manager; FALSE at the top of the line. */
static gboolean
node_next (Walk     *walk,
           Node     *node,
           GError  **error)
{
  const char *email;
  char *manager;
  gpointer index;

  if (node->row >= 0)
    {
      int row = node->row;

      if (walk->manager_row[row] == NO_MANAGER)
        return FALSE;
      if (walk->manager_row[row] >= 0)
        {
          node->row = walk->manager_row[row];
          return TRUE;
        }
      email = walk->manager_email[row];
    }
  else
    {
      /* Someone not in the file keeps the manager the store knows. */
      if (!_ta_store_get_manager_email (walk->store, node->email, &manager, error) ||
          manager == NULL)
        return FALSE;
      g_ptr_array_add (walk->owned, manager);
      email = manager;
    }

  index = g_hash_table_lookup (walk->parsed->emails, email);
  node->row = index != NULL ? (int) GPOINTER_TO_UINT (index) - 1 : -1;
  node->email = index != NULL ? NULL : email;
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
  g_autofree int *manager_row = g_new (int, MAX (n, 1));
  g_autofree char **manager_email = g_new0 (char *, MAX (n, 1));
  g_autofree guint8 *row_state = g_new0 (guint8, MAX (n, 1));
  g_autoptr(GHashTable) store_state = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (Node));
  Walk walk = { parsed, store, manager_row, manager_email, row_state, store_state, owned };

  for (guint i = 0; i < n; i++)
    {
      const char *manager = g_ptr_array_index (parsed->reports_to, i);
      g_autofree char *folded = NULL;
      g_autoptr(GError) local_error = NULL;
      gpointer index;

      manager_row[i] = NO_MANAGER;
      if (manager == NULL)
        continue;

      folded = ta_email_fold (manager);
      index = g_hash_table_lookup (parsed->emails, folded);
      if (index != NULL)
        {
          manager_row[i] = (int) GPOINTER_TO_UINT (index) - 1;
          continue;
        }

      if (ta_store_has_email (store, manager, &local_error))
        {
          manager_row[i] = STORE_MANAGER;
          manager_email[i] = g_steal_pointer (&folded);
          g_ptr_array_add (owned, manager_email[i]);
        }
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else
        {
          g_autofree char *shown = _ta_csv_shown_value (manager);

          add_problem_printf (parsed, g_array_index (parsed->lines, guint, i),
                              TA_PARTICIPANT_COLUMN_REPORTS_TO,
                              /* Translators: %s is an e-mail address */
                              _("“%s” is neither in this file nor in the programme"),
                              shown);
        }
    }

  /* Follow each line upwards once; meeting someone already on the current
   * path is a circle.  Everyone is walked at most once overall. */
  for (guint i = 0; i < n; i++)
    {
      Node node = { (int) i, NULL };
      GError *local_error = NULL;

      if (row_state[i] == DONE)
        continue;

      g_array_set_size (path, 0);
      for (;;)
        {
          guint state = node_get_state (&walk, &node);

          if (state == DONE)
            break;

          if (state == ON_PATH)
            {
              guint start = 0;

              while (!node_equal (&g_array_index (path, Node, start), &node))
                start++;

              /* Circles among people only in the store are not this file's
               * doing; ta_store_check() reports those. */
              for (guint j = start; j < path->len; j++)
                {
                  int row = g_array_index (path, Node, j).row;
                  g_autofree char *shown = NULL;

                  if (row < 0)
                    continue;

                  shown = _ta_csv_shown_value (g_ptr_array_index (parsed->reports_to, row));
                  add_problem_printf (parsed, g_array_index (parsed->lines, guint, row),
                                      TA_PARTICIPANT_COLUMN_REPORTS_TO,
                                      /* Translators: %s is an e-mail address */
                                      _("Reporting to “%s” would make the reporting "
                                        "lines go round in a circle"),
                                      shown);
                }
              break;
            }

          node_set_state (&walk, &node, ON_PATH);
          g_array_append_val (path, node);

          if (!node_next (&walk, &node, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, local_error);
                  return FALSE;
                }
              break;
            }
        }

      for (guint j = 0; j < path->len; j++)
        node_set_state (&walk, &g_array_index (path, Node, j), DONE);
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
  _ta_participants_parsed_fill_result (parsed, result);
  if (!ok)
    {
      result->added = 0;
      result->updated = 0;
    }

  return ok;
}
