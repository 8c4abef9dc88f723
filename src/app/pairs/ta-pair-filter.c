/* ta-pair-filter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <string.h>

#include "ta-pair-filter.h"
#include "ta-pairing.h"

struct _TaPairFilter
{
  GtkFilter          parent_instance;

  TaParticipantList *participants;
  char              *folded_query;   /* NULL: everything matches */
};

G_DEFINE_FINAL_TYPE (TaPairFilter, ta_pair_filter, GTK_TYPE_FILTER)

static char *
folded_name (TaPairFilter *self,
             gint64        id)
{
  TaParticipant *participant = NULL;

  if (self->participants != NULL)
    participant = ta_participant_list_lookup (self->participants, id);

  return ta_search_fold (participant != NULL ? ta_participant_get_name (participant) : "");
}

static gboolean
ta_pair_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  TaPairFilter *self = TA_PAIR_FILTER (filter);
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;
  const char *word;

  if (self->folded_query == NULL || !TA_IS_PAIRING (item))
    return TRUE;

  mentor = folded_name (self, ta_pairing_get_mentor_id (item));
  mentee = folded_name (self, ta_pairing_get_mentee_id (item));

  /* Every word in either name: "ana marc" finds Ana → Marc. */
  word = self->folded_query;
  while (*word != '\0')
    {
      g_autofree char *one = NULL;
      gsize len;

      while (*word == ' ')
        word++;
      if (*word == '\0')
        break;
      len = strcspn (word, " ");
      one = g_strndup (word, len);
      if (strstr (mentor, one) == NULL && strstr (mentee, one) == NULL)
        return FALSE;
      word += len;
    }

  return TRUE;
}

static GtkFilterMatch
ta_pair_filter_get_strictness (GtkFilter *filter)
{
  TaPairFilter *self = TA_PAIR_FILTER (filter);

  return self->folded_query == NULL ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
ta_pair_filter_finalize (GObject *object)
{
  TaPairFilter *self = TA_PAIR_FILTER (object);

  g_clear_object (&self->participants);
  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (ta_pair_filter_parent_class)->finalize (object);
}

static void
ta_pair_filter_class_init (TaPairFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = ta_pair_filter_finalize;
  filter_class->match = ta_pair_filter_match;
  filter_class->get_strictness = ta_pair_filter_get_strictness;
}

static void
ta_pair_filter_init (TaPairFilter *self)
{
}

TaPairFilter *
ta_pair_filter_new (void)
{
  return g_object_new (TA_TYPE_PAIR_FILTER, NULL);
}

void
ta_pair_filter_set_participants (TaPairFilter      *self,
                                 TaParticipantList *participants)
{
  g_return_if_fail (TA_IS_PAIR_FILTER (self));

  if (g_set_object (&self->participants, participants))
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * ta_pair_filter_set_query:
 * @self: a #TaPairFilter
 * @query: (nullable): what was typed
 */
void
ta_pair_filter_set_query (TaPairFilter *self,
                          const char   *query)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (TA_IS_PAIR_FILTER (self));

  folded = query != NULL ? g_strstrip (ta_search_fold (query)) : NULL;
  if (folded != NULL && folded[0] == '\0')
    g_clear_pointer (&folded, g_free);

  if (g_strcmp0 (folded, self->folded_query) == 0)
    return;

  g_free (self->folded_query);
  self->folded_query = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}
