/* ta-person-choices.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ta-person-choices.h"
#include "ta-text-sorter.h"

/*
 * One model for every "pick a person" drop-down (reports to, the calendar's
 * person filter, researchers and interested seniors, who follows up): the
 * participants themselves, sorted by their ready-made name key, so a
 * drop-down needs no parallel array of ids and stays right when people
 * are added or renamed.
 */

GListModel *
ta_person_choices_new (TaParticipantList *participants,
                       const char        *none_label,
                       GtkFilter         *filter)
{
  g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
  GListModel *people = G_LIST_MODEL (g_object_ref (participants));
  g_autoptr(GtkSortListModel) sorted = NULL;

  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);
  g_return_val_if_fail (!filter || GTK_IS_FILTER (filter), NULL);

  if (none_label != NULL)
    {
      g_autoptr(GListStore) nobody = g_list_store_new (TA_TYPE_PARTICIPANT);
      g_autoptr(TaParticipant) none = ta_participant_new ();

      ta_participant_set_name (none, none_label);
      g_list_store_append (nobody, none);
      g_list_store_append (sections, nobody);
    }

  if (filter != NULL)
    people = G_LIST_MODEL (gtk_filter_list_model_new (people, filter));
  sorted = gtk_sort_list_model_new (people, ta_text_sorter_new ("name"));
  g_list_store_append (sections, sorted);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&sections))));
}

GtkExpression *
ta_person_choices_expression (void)
{
  return gtk_property_expression_new (TA_TYPE_PARTICIPANT, NULL, "name");
}

gint64
ta_person_choices_get_id (GListModel *choices,
                          guint       position)
{
  g_autoptr(TaParticipant) person = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (choices), 0);

  if (position == GTK_INVALID_LIST_POSITION)
    return 0;
  person = g_list_model_get_item (choices, position);

  return person != NULL ? ta_participant_get_id (person) : 0;
}

guint
ta_person_choices_find (GListModel *choices,
                        gint64      id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (choices), 0);

  n = g_list_model_get_n_items (choices);
  for (guint i = 0; i < n && id != 0; i++)
    if (ta_person_choices_get_id (choices, i) == id)
      return i;

  return 0;
}
