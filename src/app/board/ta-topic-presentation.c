/* ta-topic-presentation.c - the topic editor's Schedule Presentation…
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-topic-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-date-entry.h"
#include "ta-time-entry.h"
#include "ta-topic-editor-private.h"

/*
 * Schedule Presentation…: a dialog that plans the topic's lunch-and-learn
 * (date, time, length, place), proposing the due date or a week from now
 * on a weekday at noon.  What it plans waits in the editor, which writes
 * it with the topic on Save (ta_programme_save_topic()).
 */

static GtkWidget *
add_dialog_field (GtkGrid    *grid,
                  int         row,
                  const char *label,
                  GtkWidget  *field)
{
  GtkWidget *caption = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (caption), 0.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (caption), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, caption, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption, NULL, -1);

  return field;
}

static void
schedule_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TaTopicEditor    *self)
{
  TaDateEntry *date_entry = g_object_get_data (G_OBJECT (dialog), "date-entry");
  const char *time = gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "time"));
  g_autofree char *date = NULL;
  int duration = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "duration"));
  g_autofree char *place = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "place"))));
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "schedule") != 0)
    return;

  if (ta_date_entry_get_date (date_entry) == NULL)
    {
      _ta_topic_editor_show_error (self, _("Write a valid date, or choose one from the calendar."));
      return;
    }
  date = g_date_time_format (ta_date_entry_get_date (date_entry), "%Y-%m-%d");
  start = ta_time_entry_parse (date, time, &error);
  if (start == NULL)
    {
      _ta_topic_editor_show_error (self, error->message);
      return;
    }

  /* Written on Save, with the people on screen then invited. */
  g_clear_pointer (&self->pending_start, g_date_time_unref);
  g_clear_pointer (&self->pending_place, g_free);
  self->pending_start = g_steal_pointer (&start);
  self->pending_duration = duration;
  self->pending_place = place[0] != '\0' ? g_steal_pointer (&place) : NULL;
  _ta_topic_editor_show_presentation (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("The lunch-and-learn goes into the calendar when you save")));
}

/* Never on a Saturday or Sunday. */
static GDateTime *
next_weekday (GDateTime *date)
{
  int weekday = g_date_time_get_day_of_week (date);

  if (weekday == 6)
    return g_date_time_add_days (date, 2);
  if (weekday == 7)
    return g_date_time_add_days (date, 1);
  return g_date_time_ref (date);
}

/**
 * _ta_topic_editor_propose_start:
 * @due_date: (nullable): the topic's due date, YYYY-MM-DD
 * @now: the current local time
 *
 * When a presentation is proposed: on the due date when it is ahead, else
 * a week from @now; the next weekday if that is a Saturday or Sunday, at
 * 12:00 (lunch).
 *
 * Returns: (transfer full): the proposed start, in local time
 */
GDateTime *
_ta_topic_editor_propose_start (const char *due_date,
                                GDateTime  *now)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) weekday = NULL;
  g_autofree char *today = NULL;
  int year, month, dom;

  g_return_val_if_fail (now != NULL, NULL);

  today = g_date_time_format (now, "%Y-%m-%d");
  if (due_date != NULL && g_strcmp0 (due_date, today) > 0
      && sscanf (due_date, "%d-%d-%d", &year, &month, &dom) == 3)
    day = g_date_time_new_local (year, month, dom, 12, 0, 0);
  if (day == NULL)
    {
      g_autoptr(GDateTime) next_week = g_date_time_add_weeks (now, 1);

      day = g_date_time_new_local (g_date_time_get_year (next_week),
                                   g_date_time_get_month (next_week),
                                   g_date_time_get_day_of_month (next_week),
                                   12, 0, 0);
    }

  weekday = next_weekday (day);
  return g_date_time_new_local (g_date_time_get_year (weekday), g_date_time_get_month (weekday),
                                g_date_time_get_day_of_month (weekday), 12, 0, 0);
}

void
_ta_topic_editor_set_now (TaTopicEditor *self,
                          GDateTime     *now)
{
  g_return_if_fail (TA_IS_TOPIC_EDITOR (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
}

AdwMessageDialog *
_ta_topic_editor_ask_schedule (TaTopicEditor *self)
{
  AdwMessageDialog *dialog;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *date = ta_date_entry_new ();
  GtkWidget *time = gtk_entry_new ();
  GtkWidget *duration = gtk_spin_button_new_with_range (TA_SESSION_MIN_DURATION, TA_SESSION_MAX_DURATION, 5);
  GtkWidget *place = gtk_entry_new ();
  g_autoptr(GDateTime) now = self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
  g_autofree char *due = _ta_topic_editor_dup_due_date (self);
  g_autoptr(GDateTime) proposed = NULL;
  g_autofree char *default_time = NULL;

  g_return_val_if_fail (TA_IS_TOPIC_EDITOR (self), NULL);

  /* What was planned already in this editor, else a proposal. */
  proposed = self->pending_start != NULL
             ? g_date_time_to_local (self->pending_start)
             : _ta_topic_editor_propose_start (due != NULL && due[0] != '\0' ? due : NULL, now);
  default_time = g_date_time_format (proposed, "%H:%M");

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  ta_date_entry_set_date (TA_DATE_ENTRY (date), proposed);
  gtk_editable_set_text (GTK_EDITABLE (time), default_time);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (duration), self->pending_start != NULL ? self->pending_duration : 45);
  if (self->pending_place != NULL)
    gtk_editable_set_text (GTK_EDITABLE (place), self->pending_place);
  add_dialog_field (GTK_GRID (grid), 0, _("_Date"), date);
  /* The mnemonic and screen readers reach the text field inside. */
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, 0)),
                                 GTK_WIDGET (ta_date_entry_get_editable (TA_DATE_ENTRY (date))));
  ta_date_entry_set_accessible_label (TA_DATE_ENTRY (date), _("Date"));
  add_dialog_field (GTK_GRID (grid), 1, _("_Time (HH:MM)"), time);
  add_dialog_field (GTK_GRID (grid), 2, _("D_uration in Minutes"), duration);
  add_dialog_field (GTK_GRID (grid), 3, _("_Place or Link"), place);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Schedule the Presentation"),
                                                       _("A lunch-and-learn in the calendar, with the researchers and the interested seniors invited.")));
  gtk_window_set_title (GTK_WINDOW (dialog), _("Schedule the Presentation"));
  adw_message_dialog_set_extra_child (dialog, grid);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "schedule", _("_Schedule"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "schedule", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "schedule");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "date-entry", date);
  g_object_set_data (G_OBJECT (dialog), "date", ta_date_entry_get_editable (TA_DATE_ENTRY (date)));
  g_object_set_data (G_OBJECT (dialog), "time", time);
  g_object_set_data (G_OBJECT (dialog), "duration", duration);
  g_object_set_data (G_OBJECT (dialog), "place", place);
  g_signal_connect_object (dialog, "response", G_CALLBACK (schedule_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
