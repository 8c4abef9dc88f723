/* ta-check-in-list.c
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

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-check-in-dialog.h"
#include "ta-check-in-form.h"
#include "ta-check-in-list.h"
#include "ta-pairing-row.h"

/*
 * A few rows (at most eight: four kinds, two sides), made again whenever
 * the programme's check-ins, sessions or pairs change: the due rules
 * depend on all three, and reading one pair's is cheap.
 */

struct _TaCheckInList
{
  GtkWidget             parent_instance;

  AdwPreferencesGroup  *group;
  GtkListBox           *list_box;
  GPtrArray            *due;        /* TaCheckInDue of the rows, in order */

  TaProgramme          *programme;
  TaPairing            *pairing;
  gulong                changed_id;
};

G_DEFINE_FINAL_TYPE (TaCheckInList, ta_check_in_list, GTK_TYPE_WIDGET)

static char *
name_of (TaCheckInList *self,
         TaPairSide     side)
{
  g_autoptr(TaParticipant) person = NULL;
  gint64 id = side == TA_PAIR_SIDE_MENTOR ? ta_pairing_get_mentor_id (self->pairing)
                                          : ta_pairing_get_mentee_id (self->pairing);

  person = ta_programme_get_participant (self->programme, id, NULL);
  if (person == NULL)
    return g_strdup (side == TA_PAIR_SIDE_MENTOR ? C_("role", "Mentor") : C_("role", "Mentee"));

  /* Translators: a person and their side of the pair: "Ana Pereira (mentor)" */
  return g_strdup_printf (side == TA_PAIR_SIDE_MENTOR ? _("%s (mentor)") : _("%s (mentee)"),
                          ta_participant_get_name (person));
}

static char *
format_day (const GDate *day)
{
  char text[16];

  g_date_strftime (text, sizeof text, "%Y-%m-%d", day);
  return ta_pairing_format_date (text);
}

/* The gist of an answer, in a few words. */
static char *
describe_answer (TaCheckIn *answer)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_check_in_get_answered_at (answer));
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *when = ta_pairing_format_date (day);
  g_autofree char *gist = NULL;

  switch (ta_check_in_get_kind (answer))
    {
    case TA_CHECK_IN_BASELINE:
      /* Translators: a self-rating out of 5 */
      gist = g_strdup_printf (_("self-rating %d/5"), ta_check_in_get_confidence (answer));
      break;
    case TA_CHECK_IN_FIT:
      gist = g_strdup (ta_check_in_fit_get_label (ta_check_in_get_fit (answer)));
      break;
    case TA_CHECK_IN_RELATIONSHIP:
      if (ta_check_in_get_works (answer) != NULL)
        /* Translators: a rating out of 5, then what the person said works */
        gist = g_strdup_printf (_("rated %1$d/5: “%2$s”"), ta_check_in_get_quality (answer),
                                ta_check_in_get_works (answer));
      else
        /* Translators: a relationship rating out of 5 */
        gist = g_strdup_printf (_("rated %d/5"), ta_check_in_get_quality (answer));
      break;
    case TA_CHECK_IN_CLOSING:
      /* Translators: how likely they are to recommend it, out of 10 */
      gist = g_strdup_printf (_("would recommend it %d/10"), ta_check_in_get_recommend (answer));
      break;
    default:
      g_assert_not_reached ();
    }

  if (ta_check_in_get_source (answer) == TA_CHECK_IN_SOURCE_PAPER)
    /* Translators: %1$s is a date, %2$s the gist of the answer */
    return g_strdup_printf (_("Answered on paper on %1$s: %2$s"), when, gist);
  /* Translators: %1$s is a date, %2$s the gist of the answer */
  return g_strdup_printf (_("Answered on %1$s: %2$s"), when, gist);
}

static void
record_clicked (GtkButton     *button,
                TaCheckInList *self)
{
  TaCheckInDue *due = g_object_get_data (G_OBJECT (button), "ta-due");

  ta_check_in_dialog_present (GTK_WIDGET (self), self->programme, due->pairing_id, due->kind, due->side);
}

static GtkWidget *
make_row (TaCheckInList *self,
          TaCheckInDue  *due,
          GHashTable    *answers)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *who = name_of (self, due->side);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: a check-in and who answers it: "Fit Check, Ana Pereira (mentor)" */
  title = g_strdup_printf (_("%1$s, %2$s"), ta_check_in_kind_get_label (due->kind), who);
  if (due->answered && g_hash_table_contains (answers, &due->check_in_id))
    subtitle = describe_answer (g_hash_table_lookup (answers, &due->check_in_id));
  else
    {
      g_autofree char *since = format_day (&due->due_on);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Record Answer…"));
      g_autofree char *accessible = NULL;

      /* Translators: %s is "Fit Check, Ana Pereira (mentor)" */
      accessible = g_strdup_printf (_("Record the answer to the %s"), title);
      subtitle = g_strdup_printf (_("Due since %s"), since);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      ta_accessible_set_label (button, accessible);
      g_object_set_data (G_OBJECT (button), "ta-due", due);
      g_signal_connect (button, "clicked", G_CALLBACK (record_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_widget_add_css_class (row, "ta-check-in-due");
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  return row;
}

static void
ta_check_in_list_refresh (TaCheckInList *self)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  gint64 pairing_id;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->due, 0);

  gtk_widget_set_visible (GTK_WIDGET (self), self->programme != NULL && self->pairing != NULL);
  if (self->programme == NULL || self->pairing == NULL)
    return;

  pairing_id = ta_pairing_get_id (self->pairing);
  due = ta_programme_list_due_check_ins (self->programme, pairing_id, NULL, &error);
  if (due != NULL)
    answers = ta_programme_list_check_ins (self->programme, pairing_id, &error);
  if (due == NULL || answers == NULL)
    {
      adw_preferences_group_set_description (self->group, error->message);
      return;
    }

  for (guint i = 0; i < answers->len; i++)
    {
      TaCheckIn *answer = g_ptr_array_index (answers, i);
      gint64 id = ta_check_in_get_id (answer);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), answer);
    }

  adw_preferences_group_set_description (self->group,
                                         due->len == 0 ? _("Nothing is due yet: the pair is asked for a self-rating on its first day, whether it is a good fit after its first session, and about the relationship a month in.")
                                                       : NULL);

  /* The rows keep the items: self->due owns them from here. */
  g_ptr_array_set_free_func (due, NULL);
  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);

      g_ptr_array_add (self->due, item);
      gtk_list_box_append (self->list_box, make_row (self, item, by_id));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), self->due->len > 0);
}

static void
on_programme_changed (TaProgramme   *programme,
                      TaCheckInList *self)
{
  ta_check_in_list_refresh (self);
}

static void
print_form_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TaCheckInList *self = TA_CHECK_IN_LIST (widget);
  TaCheckInKind kind;
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;

  if (self->pairing == NULL || !ta_check_in_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;

  mentor = name_of (self, TA_PAIR_SIDE_MENTOR);
  mentee = name_of (self, TA_PAIR_SIDE_MENTEE);
  ta_check_in_form_print (widget, kind, mentor, mentee);
}

static GtkWidget *
make_print_button (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  for (int kind = 0; kind < TA_CHECK_IN_N_KINDS; kind++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ta_check_in_kind_get_label (kind), NULL);

      g_menu_item_set_action_and_target_value (item, "check-ins.print-form",
                                               g_variant_new_string (ta_check_in_kind_to_string (kind)));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Print Form…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  ta_accessible_set_label (button, _("Print a blank check-in form"));

  return button;
}

static void
ta_check_in_list_dispose (GObject *object)
{
  TaCheckInList *self = (TaCheckInList *)object;

  ta_check_in_list_set_programme (self, NULL);
  g_clear_object (&self->pairing);
  g_clear_pointer (&self->due, g_ptr_array_unref);
  if (self->group != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->group));
      self->group = NULL;
    }

  G_OBJECT_CLASS (ta_check_in_list_parent_class)->dispose (object);
}

static void
ta_check_in_list_class_init (TaCheckInListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_check_in_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "check-ins.print-form", "s", print_form_action);
}

static void
ta_check_in_list_init (TaCheckInList *self)
{
  GtkWidget *print;

  self->due = g_ptr_array_new_with_free_func (g_free);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Check-ins"));
  gtk_widget_set_parent (GTK_WIDGET (self->group), GTK_WIDGET (self));

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  ta_accessible_set_label (GTK_WIDGET (self->list_box), _("Check-ins"));
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list_box));
  /* Below the list, not beside the title: beside it, "Formular drucken…"
   * cuts "Points d'étape" short at 360 px. */
  print = make_print_button ();
  gtk_widget_set_halign (print, GTK_ALIGN_START);
  gtk_widget_set_margin_top (print, 6);
  adw_preferences_group_add (self->group, print);

  ta_check_in_list_refresh (self);
}

GtkWidget *
ta_check_in_list_new (void)
{
  return g_object_new (TA_TYPE_CHECK_IN_LIST, NULL);
}

/**
 * ta_check_in_list_set_programme:
 * @self: a #TaCheckInList
 * @programme: (nullable): the open programme
 */
void
ta_check_in_list_set_programme (TaCheckInList *self,
                                TaProgramme   *programme)
{
  g_return_if_fail (TA_IS_CHECK_IN_LIST (self));

  if (self->programme == programme)
    return;

  if (self->programme != NULL)
    g_clear_signal_handler (&self->changed_id, self->programme);
  g_set_object (&self->programme, programme);
  /* Every kind: check-ins, sessions held and the pair's status all move
   * what is due. */
  if (programme != NULL)
    self->changed_id = g_signal_connect (programme, "changed", G_CALLBACK (on_programme_changed), self);

  if (self->list_box != NULL)
    ta_check_in_list_refresh (self);
}

/**
 * ta_check_in_list_set_pairing:
 * @self: a #TaCheckInList
 * @pairing: (nullable): the pair shown
 */
void
ta_check_in_list_set_pairing (TaCheckInList *self,
                              TaPairing     *pairing)
{
  g_return_if_fail (TA_IS_CHECK_IN_LIST (self));

  g_set_object (&self->pairing, pairing);
  ta_check_in_list_refresh (self);
}

guint
ta_check_in_list_get_n_rows (TaCheckInList *self)
{
  g_return_val_if_fail (TA_IS_CHECK_IN_LIST (self), 0);

  return self->due->len;
}

char *
ta_check_in_list_describe_row (TaCheckInList *self,
                               guint          position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TA_IS_CHECK_IN_LIST (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, (int) position);
  if (row == NULL)
    return NULL;

  return g_strdup_printf ("%s\n%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
}

gboolean
ta_check_in_list_record_row (TaCheckInList *self,
                             guint          position)
{
  TaCheckInDue *due;

  g_return_val_if_fail (TA_IS_CHECK_IN_LIST (self), FALSE);

  if (position >= self->due->len)
    return FALSE;
  due = g_ptr_array_index (self->due, position);
  if (due->answered)
    return FALSE;

  ta_check_in_dialog_present (GTK_WIDGET (self), self->programme, due->pairing_id, due->kind, due->side);
  return TRUE;
}
