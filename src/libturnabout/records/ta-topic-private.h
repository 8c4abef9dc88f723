/* ta-topic-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-topic.h"

G_BEGIN_DECLS

/* The store fills topics it loads without a notify per field, as for
 * sessions (see ta-session-private.h). */
struct _TaTopic
{
  GObject parent_instance;

  gint64 id;
  /* Bumped by the store on every change of the record (see
   * migration 5); 0 for a record not read from a store. */
  gint64 revision;
  char *title;
  char *description;
  GStrv tags;               /* NULL when none */
  GArray *researchers;      /* gint64, sorted */
  GArray *interested;       /* gint64, sorted */
  TaTopicStage stage;
  int position;
  char *due_date;
  GPtrArray *sources;       /* TaTopicSource */
  gint64 session_id;
  char *outcome;
  gint64 follow_up_id;

  /* Folded title, description and tags; built lazily, dropped when one
   * of them changes. */
  char *search_key;
};

/* Copies every field of @source into @self, notifying what changed. */
void _ta_topic_assign (TaTopic *self,
                       TaTopic *source);
/* Sorts @ids and drops duplicates. */
void _ta_sort_unique_ids (GArray *ids);

G_END_DECLS
