/* ta-list.c
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

#define G_LOG_DOMAIN "ta-list"

#include "config.h"

#include <glib-object.h>

#include "ta-list-private.h"

typedef struct
{
  TaIdGetter get_id;
} SortContext;

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortContext *context = user_data;
  gint64 id_a = context->get_id (*(gpointer *) a);
  gint64 id_b = context->get_id (*(gpointer *) b);

  return (id_a > id_b) - (id_a < id_b);
}

static gboolean
is_sorted_by_id (GPtrArray  *items,
                 TaIdGetter  get_id)
{
  for (guint i = 1; i < items->len; i++)
    {
      if (get_id (g_ptr_array_index (items, i - 1)) >= get_id (g_ptr_array_index (items, i)))
        return FALSE;
    }

  return TRUE;
}

/**
 * _ta_list_merge_by_id:
 * @list: the list model, passed back to @items_changed
 * @items: the list's items, sorted by id, owning a reference to each
 * @fresh: the records as the store has them now, in any order (sorted
 *   here)
 * @functions: how to read and update an item, and announce a change
 *
 * Brings @items to what @fresh says while keeping the objects that views
 * hold: a record still there is updated in place (only when its revision
 * moved), a new one is inserted, a gone one removed.  Each run of
 * neighbouring changes is announced once, after @items reflects it, so a
 * model in front of the list always sees a consistent state; records that
 * did not change are not announced at all, so a selection or a scroll
 * position on them stays where it was.
 */
void
_ta_list_merge_by_id (gpointer                    list,
                      GPtrArray                  *items,
                      GPtrArray                  *fresh,
                      const TaListMergeFunctions *functions)
{
  guint position = 0;
  guint next = 0;

  g_assert (items != NULL && fresh != NULL && functions != NULL);

  if (!is_sorted_by_id (fresh, functions->get_id))
    {
      SortContext context = { functions->get_id };

      g_ptr_array_sort_with_data (fresh, compare_by_id, &context);
    }

  while (position < items->len || next < fresh->len)
    {
      guint run_start = position;
      guint removed = 0;
      guint added = 0;
      gboolean same_unchanged = FALSE;

      while (position < items->len || next < fresh->len)
        {
          gpointer ours = position < items->len ? g_ptr_array_index (items, position) : NULL;
          gpointer theirs = next < fresh->len ? g_ptr_array_index (fresh, next) : NULL;
          gint64 our_id = ours != NULL ? functions->get_id (ours) : G_MAXINT64;
          gint64 their_id = theirs != NULL ? functions->get_id (theirs) : G_MAXINT64;

          if (ours != NULL && theirs != NULL && our_id == their_id)
            {
              gint64 revision = functions->get_revision (theirs);

              if (revision != 0 && revision == functions->get_revision (ours))
                {
                  same_unchanged = TRUE;
                  break;
                }

              functions->assign (ours, theirs);
              position++;
              next++;
              removed++;
              added++;
            }
          else if (ours != NULL && our_id < their_id)
            {
              g_ptr_array_remove_index (items, position);
              removed++;
            }
          else
            {
              g_ptr_array_insert (items, (int) position, g_object_ref (theirs));
              position++;
              next++;
              added++;
            }
        }

      if (removed > 0 || added > 0)
        functions->items_changed (list, run_start, removed, added);

      if (same_unchanged)
        {
          position++;
          next++;
        }
    }
}
