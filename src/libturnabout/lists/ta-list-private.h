/* ta-list-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gint64 (*TaIdGetter) (gpointer item);

/* For the live lists (participants, pairings, sessions), which keep their
 * items sorted by id: the position of @id in @items, or where it would go
 * to keep the order. */
static inline guint
_ta_list_search_id (GPtrArray  *items,
                    gint64      id,
                    TaIdGetter  get_id,
                    gboolean   *out_found)
{
  guint low = 0;
  guint high = items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (get_id (g_ptr_array_index (items, middle)) < id)
        low = middle + 1;
      else
        high = middle;
    }

  *out_found = low < items->len && get_id (g_ptr_array_index (items, low)) == id;
  return low;
}

/* How _ta_list_merge_by_id() reads, updates and announces items. */
typedef struct
{
  TaIdGetter get_id;
  gint64   (*get_revision)  (gpointer item);
  void     (*assign)        (gpointer ours,
                             gpointer theirs);
  void     (*items_changed) (gpointer list,
                             guint    position,
                             guint    removed,
                             guint    added);
} TaListMergeFunctions;

void _ta_list_merge_by_id (gpointer                    list,
                           GPtrArray                  *items,
                           GPtrArray                  *fresh,
                           const TaListMergeFunctions *functions);

G_END_DECLS
