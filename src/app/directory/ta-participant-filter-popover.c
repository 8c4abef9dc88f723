/* ta-participant-filter-popover.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-filter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-languages.h"
#include "ta-participant-filter-popover.h"

/*
 * The directory's filter choices.  Unlike a menu, a popover of check
 * buttons stays open, so that a facilitator can ask for "active mentees
 * in Finance who speak French" in one go.  The role and status buttons
 * act through the "filter.role" and "filter.status" actions the directory
 * installs; the department, language and location lists are read from the
 * people in the programme each time the popover opens.
 */
struct _TaParticipantFilterPopover
{
  GtkPopover           parent_instance;

  TaParticipantFilter *filter;
  GListModel          *people;

  GtkDropDown         *department_choice;
  GtkDropDown         *language_choice;
  GtkDropDown         *location_choice;
  GtkCheckButton      *unpaired_check;

  /* The values behind each drop-down's items; item 0 is "any" (NULL). */
  GPtrArray           *departments;
  GPtrArray           *languages;
  GPtrArray           *locations;

  gboolean             refreshing;
};

G_DEFINE_FINAL_TYPE (TaParticipantFilterPopover, ta_participant_filter_popover, GTK_TYPE_POPOVER)

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  return label;
}

static GtkWidget *
radio (const char     *text,
       const char     *action,
       const char     *target,
       GtkCheckButton *group)
{
  GtkWidget *button = gtk_check_button_new_with_label (text);
  GtkWidget *label;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);

  /* Long translations wrap instead of widening the popover. */
  label = gtk_check_button_get_child (GTK_CHECK_BUTTON (button));
  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
    }

  return button;
}

/* The drop-downs' item labels ellipsize in the list only; the button
 * shows the whole choice, wrapped. */
static GtkDropDown *
choice (GtkBox     *box,
        const char *title)
{
  GtkWidget *label = heading (title);
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (NULL)), NULL);

  gtk_box_append (box, label);
  gtk_box_append (box, drop_down);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  ta_accessible_set_label (GTK_WIDGET (drop_down), title);
  return GTK_DROP_DOWN (drop_down);
}

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  const char *text_a = *(const char * const *) a;
  const char *text_b = *(const char * const *) b;

  return g_utf8_collate (text_a, text_b);
}

/* Fills @drop_down with @any and the values in @found (folded → value),
 * and selects @current. */
static void
fill_choice (TaParticipantFilterPopover *self,
             GtkDropDown                *drop_down,
             GPtrArray                 **values,
             GHashTable                 *found,
             const char                 *any,
             const char                 *current,
             gboolean                    languages)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autofree char *folded_current = current != NULL ? ta_search_fold (current) : NULL;
  guint selected = 0;
  GHashTableIter iter;
  gpointer value;

  g_clear_pointer (values, g_ptr_array_unref);
  *values = g_ptr_array_new_with_free_func (g_free);

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      /* Languages are listed (and sorted) by name, chosen by code. */
      if (languages)
        g_ptr_array_add (sorted, g_strdup_printf ("%s\n%s",
                                                  ta_language_get_name (value) != NULL
                                                  ? ta_language_get_name (value) : (char *) value,
                                                  (char *) value));
      else
        g_ptr_array_add (sorted, g_strdup (value));
    }
  g_ptr_array_sort (sorted, compare_collated);

  gtk_string_list_append (items, any);
  g_ptr_array_add (*values, NULL);
  for (guint i = 0; i < sorted->len; i++)
    {
      char *text = g_ptr_array_index (sorted, i);
      char *newline = languages ? strchr (text, '\n') : NULL;
      const char *stored = newline != NULL ? newline + 1 : text;
      g_autofree char *folded = ta_search_fold (stored);

      if (newline != NULL)
        *newline = '\0';
      gtk_string_list_append (items, text);
      g_ptr_array_add (*values, g_strdup (stored));
      if (folded_current != NULL && g_strcmp0 (folded, folded_current) == 0)
        selected = i + 1;
    }

  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (drop_down, selected);
}

static void
add_found (GHashTable *found,
           const char *value)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (value == NULL)
    return;

  stripped = g_strstrip (g_strdup (value));
  if (stripped[0] == '\0')
    return;

  /* "Finance" and "finance " are one department. */
  folded = ta_search_fold (stripped);
  if (!g_hash_table_contains (found, folded))
    g_hash_table_insert (found, g_steal_pointer (&folded), g_steal_pointer (&stripped));
}

/**
 * ta_participant_filter_popover_refresh:
 * @self: a #TaParticipantFilterPopover
 *
 * Reads the departments, languages and locations from the people again
 * and shows the filter's choices.
 */
void
ta_participant_filter_popover_refresh (TaParticipantFilterPopover *self)
{
  g_autoptr(GHashTable) departments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) locations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n_items;

  g_return_if_fail (TA_IS_PARTICIPANT_FILTER_POPOVER (self));

  n_items = self->people != NULL ? g_list_model_get_n_items (self->people) : 0;
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (self->people, i);
      const char * const *spoken = ta_participant_get_languages (participant);

      add_found (departments, ta_participant_get_department (participant));
      add_found (locations, ta_participant_get_location (participant));
      for (gsize l = 0; spoken[l] != NULL; l++)
        add_found (languages, spoken[l]);
    }

  /* A chosen value nobody has any more stays listed, or it could not be
   * unchosen. */
  add_found (departments, ta_participant_filter_get_department (self->filter));
  add_found (languages, ta_participant_filter_get_language (self->filter));
  add_found (locations, ta_participant_filter_get_location (self->filter));

  self->refreshing = TRUE;
  fill_choice (self, self->department_choice, &self->departments, departments,
               _("Any Department"), ta_participant_filter_get_department (self->filter), FALSE);
  fill_choice (self, self->language_choice, &self->languages, languages,
               _("Any Language"), ta_participant_filter_get_language (self->filter), TRUE);
  fill_choice (self, self->location_choice, &self->locations, locations,
               _("Any Location"), ta_participant_filter_get_location (self->filter), FALSE);
  gtk_check_button_set_active (self->unpaired_check, ta_participant_filter_get_unpaired (self->filter));
  self->refreshing = FALSE;
}

static void
choice_changed (TaParticipantFilterPopover *self,
                GParamSpec                 *pspec,
                GtkDropDown                *drop_down)
{
  GPtrArray *values;
  guint selected;
  const char *value;

  if (self->refreshing)
    return;

  if (drop_down == self->department_choice)
    values = self->departments;
  else if (drop_down == self->language_choice)
    values = self->languages;
  else
    values = self->locations;

  selected = gtk_drop_down_get_selected (drop_down);
  value = values != NULL && selected < values->len ? g_ptr_array_index (values, selected) : NULL;

  if (drop_down == self->department_choice)
    ta_participant_filter_set_department (self->filter, value);
  else if (drop_down == self->language_choice)
    ta_participant_filter_set_language (self->filter, value);
  else
    ta_participant_filter_set_location (self->filter, value);
}

static void
unpaired_toggled (TaParticipantFilterPopover *self,
                  GtkCheckButton             *button)
{
  if (!self->refreshing)
    ta_participant_filter_set_unpaired (self->filter, gtk_check_button_get_active (button));
}

static void
clear_clicked (TaParticipantFilterPopover *self)
{
  ta_participant_filter_clear (self->filter);
  ta_participant_filter_popover_refresh (self);
}

static void
ta_participant_filter_popover_dispose (GObject *object)
{
  TaParticipantFilterPopover *self = TA_PARTICIPANT_FILTER_POPOVER (object);

  g_clear_object (&self->filter);
  g_clear_object (&self->people);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);
  g_clear_pointer (&self->locations, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_participant_filter_popover_parent_class)->dispose (object);
}

static void
ta_participant_filter_popover_class_init (TaParticipantFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_participant_filter_popover_dispose;
}

static void
ta_participant_filter_popover_init (TaParticipantFilterPopover *self)
{
  GtkWidget *scrolled;
  GtkBox *box;
  GtkWidget *first;
  GtkWidget *button;
  GtkWidget *label;

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 560);
  gtk_popover_set_child (GTK_POPOVER (self), scrolled);

  box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 3));
  gtk_widget_set_margin_start (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);
  gtk_widget_set_size_request (GTK_WIDGET (box), 220, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (box));

  gtk_box_append (box, heading (_("Role")));
  first = radio (_("Any Role"), "filter.role", "all", NULL);
  gtk_box_append (box, first);
  gtk_box_append (box, radio (_("Mentors"), "filter.role", "mentor", GTK_CHECK_BUTTON (first)));
  gtk_box_append (box, radio (_("Mentees"), "filter.role", "mentee", GTK_CHECK_BUTTON (first)));

  gtk_box_append (box, heading (_("Status")));
  first = radio (_("Any Status"), "filter.status", "all", NULL);
  gtk_box_append (box, first);
  gtk_box_append (box, radio (C_("participant status", "Active"), "filter.status", "active", GTK_CHECK_BUTTON (first)));
  gtk_box_append (box, radio (C_("participant status", "Paused"), "filter.status", "paused", GTK_CHECK_BUTTON (first)));
  gtk_box_append (box, radio (C_("participant status", "Left the Programme"), "filter.status", "left", GTK_CHECK_BUTTON (first)));

  button = gtk_check_button_new_with_label (_("Not yet paired"));
  label = gtk_check_button_get_child (GTK_CHECK_BUTTON (button));
  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
    }
  gtk_widget_set_tooltip_text (button, _("Active people not in a proposed, active or paused pair"));
  gtk_widget_set_margin_top (button, 6);
  self->unpaired_check = GTK_CHECK_BUTTON (button);
  g_signal_connect_swapped (button, "toggled", G_CALLBACK (unpaired_toggled), self);
  gtk_box_append (box, button);

  self->department_choice = choice (box, _("Department"));
  self->language_choice = choice (box, _("Language"));
  self->location_choice = choice (box, _("Location"));
  g_signal_connect_swapped (self->department_choice, "notify::selected", G_CALLBACK (choice_changed), self);
  g_signal_connect_swapped (self->language_choice, "notify::selected", G_CALLBACK (choice_changed), self);
  g_signal_connect_swapped (self->location_choice, "notify::selected", G_CALLBACK (choice_changed), self);

  button = gtk_button_new_with_mnemonic (_("_Clear Filter"));
  gtk_widget_set_margin_top (button, 12);
  ta_accessible_set_label (GTK_WIDGET (button), _("Clear the participant filter"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (clear_clicked), self);
  gtk_box_append (box, button);

  g_signal_connect (self, "show", G_CALLBACK (ta_participant_filter_popover_refresh), NULL);
}

/**
 * ta_participant_filter_popover_new:
 * @filter: the filter the choices change
 *
 * Returns: (transfer floating): a new popover
 */
GtkWidget *
ta_participant_filter_popover_new (TaParticipantFilter *filter)
{
  TaParticipantFilterPopover *self;

  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (filter), NULL);

  self = g_object_new (TA_TYPE_PARTICIPANT_FILTER_POPOVER, NULL);
  self->filter = g_object_ref (filter);
  return GTK_WIDGET (self);
}

/**
 * ta_participant_filter_popover_set_people:
 * @self: a #TaParticipantFilterPopover
 * @people: (nullable): the #TaParticipant the choices are read from
 */
void
ta_participant_filter_popover_set_people (TaParticipantFilterPopover *self,
                                          GListModel                 *people)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER_POPOVER (self));

  g_set_object (&self->people, people);
}

GtkDropDown *
_ta_participant_filter_popover_get_language_choice (TaParticipantFilterPopover *self)
{
  return self->language_choice;
}

GtkCheckButton *
_ta_participant_filter_popover_get_unpaired_check (TaParticipantFilterPopover *self)
{
  return self->unpaired_check;
}
