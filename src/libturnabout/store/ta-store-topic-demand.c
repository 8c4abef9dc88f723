/* ta-store-topic-demand.c
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

/* Demand: the topics mentees want that the board does not cover yet. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant.h"
#include "ta-session-private.h"
#include "ta-store-private.h"
#include "ta-topic-private.h"

#define TOPIC_COLUMNS \
  "id, title, description, tags, stage, position, due_date, session_id, outcome, follow_up_id"

/* Demand */

typedef struct
{
  char *term;      /* as the first mentee wrote it, by vocabulary order */
  char *folded;
  GArray *mentees; /* gint64 */
} Idea;

static void
idea_free (gpointer data)
{
  Idea *idea = data;

  g_free (idea->term);
  g_free (idea->folded);
  g_array_unref (idea->mentees);
  g_free (idea);
}

static int
compare_ideas (gconstpointer a,
               gconstpointer b)
{
  const Idea *x = *(const Idea * const *) a;
  const Idea *y = *(const Idea * const *) b;

  if (x->mentees->len != y->mentees->len)
    return x->mentees->len > y->mentees->len ? -1 : 1;
  return strcmp (x->folded, y->folded);
}

static char *
fold_term (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return ta_search_fold (stripped);
}

/**
 * ta_store_list_topic_ideas:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * "Topic ideas": the topics active mentees (role mentee or both, status
 * active) want to learn that no topic on the board covers yet, that is no
 * topic whose title or one of whose tags is the same term, ignoring case
 * and accents.  Each comes with how many of those mentees want it, most
 * wanted first, then by term; terms nobody active wants are left out.
 *
 * Returns: (transfer full) (element-type TaTopicIdea): the ideas
 */
GPtrArray *
ta_store_list_topic_ideas (TaStore  *self,
                           GError  **error)
{
  g_autoptr(GHashTable) covered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_folded = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ideas = g_ptr_array_new_with_free_func (idea_free);
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) term_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_term = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  {
    g_autoptr(sqlite3_stmt) board = NULL;
    g_autoptr(sqlite3_stmt) wanted = NULL;
    int rc;
    STORE_LOCKED (self);

    board = _ta_store_prepare (self, "SELECT title, tags FROM topics", error);
    if (board == NULL)
      return NULL;
    while ((rc = sqlite3_step (board)) == SQLITE_ROW)
      {
        g_auto(GStrv) tags = _ta_store_split_list ((const char *) sqlite3_column_text (board, 1));

        g_hash_table_add (covered, fold_term ((const char *) sqlite3_column_text (board, 0)));
        for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
          g_hash_table_add (covered, fold_term (tags[i]));
      }
    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, self->db, rc, _("The research board could not be read"));
        return NULL;
      }

    /* Row by row in the table's order, without sorting a hundred
     * thousand wishes: each term is folded once, the first time it comes
     * (terms are few, wishes many), and two terms that fold alike keep
     * the label that sorts first, as the vocabulary would list them. */
    wanted = _ta_store_prepare (self,
                                "SELECT t.term_id, v.label, t.participant_id FROM participant_terms t "
                                "JOIN vocabulary v ON v.id = t.term_id "
                                "JOIN participants p ON p.id = t.participant_id "
                                "WHERE t.kind = ?1 AND p.status = 'active' "
                                "AND (p.role = 'mentee' OR p.role = 'both')",
                                error);
    if (wanted == NULL)
      return NULL;
    sqlite3_bind_int (wanted, 1, TERM_KIND_SEEKS);
    by_term = g_hash_table_new (g_int64_hash, g_int64_equal);
    while ((rc = sqlite3_step (wanted)) == SQLITE_ROW)
      {
        gint64 term_id = sqlite3_column_int64 (wanted, 0);
        const char *label = (const char *) sqlite3_column_text (wanted, 1);
        gint64 mentee = sqlite3_column_int64 (wanted, 2);
        Idea *idea;

        if (!g_hash_table_lookup_extended (by_term, &term_id, NULL, (gpointer *) &idea))
          {
            g_autofree char *folded = fold_term (label);
            gint64 *key = g_new (gint64, 1);

            *key = term_id;
            g_ptr_array_add (term_keys, key);
            idea = NULL;
            if (*folded != '\0' && !g_hash_table_contains (covered, folded))
              {
                idea = g_hash_table_lookup (by_folded, folded);
                if (idea == NULL)
                  {
                    idea = g_new0 (Idea, 1);
                    idea->term = g_utf8_make_valid (label, -1);
                    idea->folded = g_steal_pointer (&folded);
                    idea->mentees = g_array_new (FALSE, FALSE, sizeof (gint64));
                    g_ptr_array_add (ideas, idea);
                    g_hash_table_insert (by_folded, idea->folded, idea);
                  }
                else if (g_ascii_strcasecmp (label, idea->term) < 0)
                  {
                    g_free (idea->term);
                    idea->term = g_utf8_make_valid (label, -1);
                  }
              }
            g_hash_table_insert (by_term, key, idea);
          }

        if (idea != NULL)
          g_array_append_val (idea->mentees, mentee);
      }
    if (rc != SQLITE_DONE)
      {
        _ta_store_set_error_from_sqlite (error, self->db, rc, _("The topics wanted could not be read"));
        return NULL;
      }
  }

  for (guint i = 0; i < ideas->len; i++)
    _ta_sort_unique_ids (((Idea *) g_ptr_array_index (ideas, i))->mentees);
  g_ptr_array_sort (ideas, compare_ideas);

  for (guint i = 0; i < ideas->len; i++)
    {
      Idea *idea = g_ptr_array_index (ideas, i);

      g_ptr_array_add (result, ta_topic_idea_new (idea->term,
                                                  (const gint64 *) (gpointer) idea->mentees->data,
                                                  idea->mentees->len));
    }

  return g_steal_pointer (&result);
}
