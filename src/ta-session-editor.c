/* ta-session-editor.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-month-grid.h"
#include "ta-pairing.h"
#include "ta-session-editor-private.h"
#include "ta-store.h"
#include "ta-toast.h"

struct _TaSessionEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkDropDown       *pairing_dropdown;
  GtkStringList     *pairing_names;
  AdwEntryRow       *date_row;
  AdwEntryRow       *time_row;
  GtkSpinButton     *duration_spin;
  AdwEntryRow       *location_row;
  GtkLabel          *error_label;

  /* Owned references */
  TaParticipantList *participants;
  GArray            *pairing_ids;   /* gint64, parallel to pairing_names */
  GtkWidget         *toast_widget;  /* weak */
};

G_DEFINE_FINAL_TYPE (TaSessionEditor, ta_session_editor, ADW_TYPE_WINDOW)

static void
ta_session_editor_clear_error (TaSessionEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
ta_session_editor_show_error (TaSessionEditor *self,
                              const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gint64
ta_session_editor_get_pairing_id (TaSessionEditor *self)
{
  guint position = gtk_drop_down_get_selected (self->pairing_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->pairing_ids->len)
    return 0;

  return g_array_index (self->pairing_ids, gint64, position);
}

/* The local start time in the entries, or NULL. */
static GDateTime *
ta_session_editor_parse_start (TaSessionEditor *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  int year, month, day, hour, minute;
  char end;

  if (sscanf (date, " %d-%d-%d %c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      ta_session_editor_show_error (self, _("The date is not valid: write it as YYYY-MM-DD."));
      return NULL;
    }

  if (sscanf (time, " %d:%d %c", &hour, &minute, &end) != 2 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      ta_session_editor_show_error (self, _("The time is not valid: write it as HH:MM."));
      return NULL;
    }

  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static void
ta_session_editor_set_start (TaSessionEditor *self,
                             GDateTime       *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}

static void
undo_add_cb (AdwToast *toast,
             TaStore  *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "session-id"));

  if (!ta_store_delete_session (store, id, &error))
    g_warning ("Could not undo the new session: %s", error->message);
}

static void
ta_session_editor_save (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  TaStore *store = ta_participant_list_get_store (self->participants);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  gint64 pairing_id;

  pairing_id = ta_session_editor_get_pairing_id (self);
  if (pairing_id == 0)
    {
      ta_session_editor_show_error (self, _("Choose a pairing first."));
      return;
    }

  start = ta_session_editor_parse_start (self);
  if (start == NULL)
    return;

  session = ta_session_new_one_on_one (pairing_id, start,
                                       gtk_spin_button_get_value_as_int (self->duration_spin));
  location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));
  if (location[0] != '\0')
    ta_session_set_location (session, location);

  if (!ta_session_validate (session, &error) ||
      !ta_store_add_session (store, session, &error))
    {
      ta_session_editor_show_error (self, error->message);
      return;
    }

  if (self->toast_widget != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Session planned"));

      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data (G_OBJECT (toast), "session-id",
                         GSIZE_TO_POINTER ((gsize) ta_session_get_id (session)));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_add_cb), store, 0);
      ta_toast_add (self->toast_widget, toast);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ta_session_editor_propose (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  TaStore *store = ta_participant_list_get_store (self->participants);
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 pairing_id;

  pairing_id = ta_session_editor_get_pairing_id (self);
  if (pairing_id == 0)
    {
      ta_session_editor_show_error (self, _("Choose a pairing first."));
      return;
    }

  /* From the day shown, unless it is past. */
  after = ta_session_editor_parse_start (self);
  ta_session_editor_clear_error (self);
  if (after == NULL || g_date_time_compare (after, now) < 0)
    {
      g_clear_pointer (&after, g_date_time_unref);
      after = g_date_time_ref (now);
    }

  if (!ta_store_propose_next_slot (store, pairing_id, after,
                                   gtk_spin_button_get_value_as_int (self->duration_spin),
                                   &start, &error))
    {
      ta_session_editor_show_error (self, error->message);
      return;
    }

  if (start == NULL)
    {
      ta_session_editor_show_error (self, _("Both sides have no free time in common in the next weeks."));
      return;
    }

  ta_session_editor_set_start (self, start);
}

static void
ta_session_editor_dispose (GObject *object)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (object);

  g_clear_object (&self->participants);
  g_clear_weak_pointer (&self->toast_widget);

  G_OBJECT_CLASS (ta_session_editor_parent_class)->dispose (object);
}

static void
ta_session_editor_finalize (GObject *object)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (object);

  g_clear_pointer (&self->pairing_ids, g_array_unref);

  G_OBJECT_CLASS (ta_session_editor_parent_class)->finalize (object);
}

static void
ta_session_editor_class_init (TaSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_session_editor_dispose;
  object_class->finalize = ta_session_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_names);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_session_editor_clear_error);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, ta_session_editor_save);
  gtk_widget_class_install_action (widget_class, "editor.propose", NULL, ta_session_editor_propose);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_session_editor_init (TaSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pairing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * ta_session_editor_new:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @participants: the programme's participants
 * @day: (nullable): the day to plan on (today when %NULL)
 *
 * Returns: (transfer none): the editor, not shown yet
 */
TaSessionEditor *
ta_session_editor_new (GtkWindow         *parent,
                       GtkWidget         *toast_widget,
                       TaParticipantList *participants,
                       GDateTime         *day)
{
  TaSessionEditor *self;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) local_day = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!toast_widget || GTK_IS_WIDGET (toast_widget), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);

  self = g_object_new (TA_TYPE_SESSION_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->participants = g_object_ref (participants);
  g_set_weak_pointer (&self->toast_widget, toast_widget);

  pairings = ta_store_list_pairings (ta_participant_list_get_store (participants), &error);
  if (pairings == NULL)
    {
      ta_session_editor_show_error (self, error->message);
    }
  else
    {
      for (guint i = 0; i < pairings->len; i++)
        {
          TaPairing *pairing = g_ptr_array_index (pairings, i);
          TaPairingStatus status = ta_pairing_get_status (pairing);
          TaParticipant *mentor;
          TaParticipant *mentee;
          g_autofree char *name = NULL;
          gint64 id;

          if (status != TA_PAIRING_STATUS_PROPOSED &&
              status != TA_PAIRING_STATUS_ACTIVE &&
              status != TA_PAIRING_STATUS_PAUSED)
            continue;

          mentor = ta_participant_list_lookup (participants, ta_pairing_get_mentor_id (pairing));
          mentee = ta_participant_list_lookup (participants, ta_pairing_get_mentee_id (pairing));
          /* Translators: a pairing in the session editor, mentor then mentee */
          name = g_strdup_printf (_("%1$s & %2$s"),
                                  mentor ? ta_participant_get_name (mentor) : "?",
                                  mentee ? ta_participant_get_name (mentee) : "?");
          id = ta_pairing_get_id (pairing);
          g_array_append_val (self->pairing_ids, id);
          gtk_string_list_append (self->pairing_names, name);
        }

      if (self->pairing_ids->len == 0)
        ta_session_editor_show_error (self, _("There is no open pairing to plan a session for."));
    }

  /* The next whole hour in working hours today, or 10:00. */
  if (day == NULL)
    day = now;
  local_day = g_date_time_to_local (day);
  if (g_date_time_get_year (local_day) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local_day) == g_date_time_get_day_of_year (now) &&
      g_date_time_get_hour (now) >= 8 && g_date_time_get_hour (now) < 20)
    start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now),
                                   g_date_time_get_hour (now) + 1, 0, 0);
  else
    start = g_date_time_new_local (g_date_time_get_year (local_day), g_date_time_get_month (local_day),
                                   g_date_time_get_day_of_month (local_day), 10, 0, 0);
  ta_session_editor_set_start (self, start);
  ta_session_editor_clear_error (self);
  if (self->pairing_ids->len == 0 || pairings == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->pairing_dropdown));

  return self;
}

GtkDropDown *
_ta_session_editor_get_pairing_dropdown (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->pairing_dropdown;
}

GtkEditable *
_ta_session_editor_get_date_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return GTK_EDITABLE (self->date_row);
}

GtkEditable *
_ta_session_editor_get_time_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return GTK_EDITABLE (self->time_row);
}

GtkSpinButton *
_ta_session_editor_get_duration_spin (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->duration_spin;
}

GtkEditable *
_ta_session_editor_get_location_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return GTK_EDITABLE (self->location_row);
}

GtkLabel *
_ta_session_editor_get_error_label (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->error_label;
}
