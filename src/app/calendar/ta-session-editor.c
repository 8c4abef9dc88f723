/* ta-session-editor.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-attendee-picker.h"
#include "ta-date-entry.h"
#include "ta-describe.h"
#include "ta-invitation-send.h"
#include "ta-pairing.h"
#include "ta-recurrence.h"
#include "ta-session-editor-private.h"
#include "ta-time-entry.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

G_DEFINE_FINAL_TYPE (TaSessionEditor, ta_session_editor, ADW_TYPE_WINDOW)

void
_ta_session_editor_clear_error (TaSessionEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

void
_ta_session_editor_show_error (TaSessionEditor *self,
                              const char      *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* The local start time in the entries, or NULL. */
static GDateTime *
ta_session_editor_parse_start (TaSessionEditor *self)
{
  g_autoptr(GError) error = NULL;
  GDateTime *day = ta_date_entry_get_date (self->date_entry);
  g_autofree char *date = NULL;
  GDateTime *start;

  if (day == NULL)
    {
      _ta_session_editor_show_error (self, _("Write a valid date, or choose one from the calendar."));
      return NULL;
    }

  date = g_date_time_format (day, "%Y-%m-%d");
  start = ta_time_entry_parse (date, gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &error);
  if (start == NULL)
    _ta_session_editor_show_error (self, error->message);

  return start;
}

void
_ta_session_editor_set_start (TaSessionEditor *self,
                             GDateTime       *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  ta_date_entry_set_date (self->date_entry, local);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}


/* Undo of what the editor saved, offered once it has closed. */
static gboolean
undo_add (TaProgramme  *programme,
          gpointer      data,
          GError      **error)
{
  return ta_programme_delete_session (programme, GPOINTER_TO_SIZE (data), error);
}

static gboolean
undo_update (TaProgramme  *programme,
             gpointer      data,
             GError      **error)
{
  return ta_programme_update_session (programme, TA_SESSION (data), error);
}

static gboolean
destroy_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* Closes once the dialog that may have asked (whose parent the editor
 * is) has finished answering. */
static void
ta_session_editor_close (TaSessionEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
}

static void
ta_session_editor_toast (TaSessionEditor *self,
                         AdwToast        *toast)
{
  if (self->toast_widget != NULL)
    ta_toast_add (self->toast_widget, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* A toast with Undo where the editor's toasts go; @data is given to @undo
 * and freed with @data_free. */
static void
ta_session_editor_toast_undo (TaSessionEditor *self,
                              const char      *title,
                              TaUndoFunc       undo,
                              gpointer         data,
                              GDestroyNotify   data_free)
{
  if (self->toast_widget == NULL)
    {
      if (data_free != NULL)
        data_free (data);
      return;
    }

  ta_toast_add (self->toast_widget,
                ta_undo_toast_new (self->toast_widget, self->programme, title,
                                   undo, NULL, data, data_free));
}

/* The session as the form describes it (a copy of the one being changed),
 * or NULL with the reason shown. */
TaSession *
_ta_session_editor_read_form (TaSessionEditor *self)
{
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *location = NULL;
  g_autofree char *notes = NULL;
  GtkTextIter text_start, text_end;

  start = ta_session_editor_parse_start (self);
  if (start == NULL)
    return NULL;

  if (self->session != NULL)
    session = ta_session_copy (self->session);
  else
    session = ta_session_new ((TaSessionKind) adw_combo_row_get_selected (self->kind_row));

  if (ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    {
      gint64 pairing_id = _ta_session_editor_get_pairing_id (self);

      if (pairing_id == 0)
        {
          _ta_session_editor_show_error (self, _("Choose a pairing first."));
          return NULL;
        }
      ta_session_set_pairing_id (session, pairing_id);
    }
  else
    {
      g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

      ta_session_set_title (session, title);
      const gint64 *attendees;
      guint n_attendees;

      attendees = ta_attendee_picker_get_ids (self->attendee_picker, &n_attendees);
      ta_session_set_attendees (session, attendees, n_attendees);
    }

  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, gtk_spin_button_get_value_as_int (self->duration_spin));
  location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->notes_view), &text_start, &text_end);
  notes = g_strstrip (gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->notes_view),
                                                &text_start, &text_end, FALSE));
  ta_session_set_location (session, location[0] != '\0' ? location : NULL);
  ta_session_set_notes (session, notes[0] != '\0' ? notes : NULL);

  if (!ta_session_validate (session, &error))
    {
      _ta_session_editor_show_error (self, error->message);
      return NULL;
    }

  return g_steal_pointer (&session);
}

static void ta_session_editor_save (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter);

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TaSessionEditor  *self)
{
  if (g_strcmp0 (response, "anyway") != 0)
    return;

  self->conflicts_accepted = TRUE;
  ta_session_editor_save (GTK_WIDGET (self), NULL, NULL);
}

/* Asks before double-booking somebody; TRUE when there is nothing to ask. */
static gboolean
ta_session_editor_check_conflicts (TaSessionEditor *self,
                                   TaSession       *session)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = NULL;
  AdwMessageDialog *dialog;

  if (self->conflicts_accepted || ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED)
    return TRUE;

  conflicts = ta_programme_find_conflicts (self->programme, session, &error);
  if (conflicts == NULL)
    {
      _ta_session_editor_show_error (self, error->message);
      return FALSE;
    }
  if (conflicts->len == 0)
    return TRUE;

  body = g_string_new (ngettext ("It overlaps this session of the same people:",
                                 "It overlaps these sessions of the same people:",
                                 conflicts->len));
  for (guint i = 0; i < conflicts->len && i < 5; i++)
    {
      TaSession *other = g_ptr_array_index (conflicts, i);
      g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (other));
      g_autofree char *who = ta_describe_session (other, self->programme);
      /* Translators: when a session starts, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (start, C_("conflict", "%a %-d %b, %H:%M"));

      g_string_append_printf (body, "\n• %s, %s", when, who);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Double-Booked"), body->str));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Change Time"),
                                    "anyway", _("_Plan Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "anyway", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

void
_ta_session_editor_saved (TaSessionEditor *self,
                         const char      *message)
{
  ta_session_editor_toast (self, adw_toast_new (message));
  ta_session_editor_close (self);
}

static void
ta_session_editor_add (TaSessionEditor *self,
                       TaSession       *session)
{
  TaRepeatChoice repeat = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(GError) error = NULL;

  if (repeat != TA_REPEAT_NONE && ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    {
      g_autoptr(TaRecurrence) rule = _ta_session_editor_rule (self, repeat, ta_session_get_starts_at (session));

      if (rule == NULL)
        return;
      if (ta_programme_add_series (self->programme, ta_session_get_pairing_id (session), rule,
                                   ta_session_get_duration (session),
                                   ta_session_get_location (session), &error) == 0)
        {
          _ta_session_editor_show_error (self, error->message);
          return;
        }
      _ta_session_editor_saved (self, _("Recurring sessions planned"));
      return;
    }

  if (!ta_programme_add_session (self->programme, session, &error))
    {
      _ta_session_editor_show_error (self, error->message);
      return;
    }

  ta_session_editor_toast_undo (self, _("Session planned"), undo_add,
                                GSIZE_TO_POINTER ((gsize) ta_session_get_id (session)), NULL);
  ta_session_editor_close (self);
}

/* "Only this session", and the save of a single session: Undo puts it
 * back. */
void
_ta_session_editor_update_one (TaSessionEditor *self,
                              TaSession       *session)
{
  g_autoptr(TaSession) before = NULL;
  g_autoptr(GError) error = NULL;

  if (!ta_programme_update_series (self->programme, session, TA_SERIES_SCOPE_THIS, NULL, &error))
    {
      _ta_session_editor_show_error (self, error->message);
      return;
    }

  /* Undo puts back the session as it was, unless someone changed it
   * after this edit. */
  before = ta_session_copy (self->session);
  ta_session_set_revision (before, ta_session_get_revision (session));

  ta_session_editor_toast_undo (self, _("Session changed"), undo_update,
                                g_steal_pointer (&before), g_object_unref);
  /* Moved or changed after its invitation went out */
  ta_invitation_offer_update (self->toast_widget, self->programme, session);
  ta_session_editor_close (self);
}

static void
ta_session_editor_save (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  g_autoptr(TaSession) session = NULL;

  session = _ta_session_editor_read_form (self);
  if (session == NULL || !ta_session_editor_check_conflicts (self, session))
    return;

  if (self->session == NULL)
    {
      ta_session_editor_add (self, session);
      return;
    }

  if (ta_session_get_series_id (self->session) == 0)
    {
      _ta_session_editor_update_one (self, session);
      return;
    }

  _ta_session_editor_ask_scope (self);
}

static gboolean
undo_delete (TaProgramme  *programme,
             gpointer      data,
             GError      **error)
{
  g_autoptr(TaSession) again = ta_session_copy (TA_SESSION (data));

  /* Back as a single session: a series occurrence taken out stays out of
   * its series. */
  ta_session_set_id (again, 0);
  return ta_programme_add_session (programme, again, error);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TaSessionEditor  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "one") == 0)
    {
      if (!ta_programme_delete_session (self->programme, ta_session_get_id (self->session), &error))
        {
          _ta_session_editor_show_error (self, error->message);
          return;
        }
      if (ta_session_get_series_id (self->session) == 0)
        ta_session_editor_toast_undo (self, _("Session deleted"), undo_delete,
                                      g_object_ref (self->session), g_object_unref);
      else
        ta_session_editor_toast (self, adw_toast_new (_("Session deleted")));
      ta_session_editor_close (self);
    }
  else if (g_strcmp0 (response, "future") == 0)
    {
      if (!ta_programme_cancel_series_from (self->programme, ta_session_get_id (self->session), &error))
        {
          _ta_session_editor_show_error (self, error->message);
          return;
        }
      _ta_session_editor_saved (self, _("This and all future sessions deleted"));
    }
}

static void
ta_session_editor_delete (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  gboolean in_series;
  AdwMessageDialog *dialog;

  if (self->session == NULL)
    return;

  in_series = ta_session_get_series_id (self->session) != 0;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Delete Session?"),
                                                       in_series
                                                       ? _("It is part of a recurring series. To keep a record that it did not take place, cancel it from the agenda instead.")
                                                       : _("To keep a record that it did not take place, cancel it from the agenda instead.")));
  adw_message_dialog_add_response (dialog, "cancel", _("_Keep"));
  adw_message_dialog_add_response (dialog, "one", in_series ? _("Delete _Only This One") : _("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "one", ADW_RESPONSE_DESTRUCTIVE);
  if (in_series)
    {
      adw_message_dialog_add_response (dialog, "future", _("Delete This and _Future Ones"));
      adw_message_dialog_set_response_appearance (dialog, "future", ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ta_session_editor_propose (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 pairing_id;

  pairing_id = _ta_session_editor_get_pairing_id (self);
  if (pairing_id == 0)
    {
      _ta_session_editor_show_error (self, _("Choose a pairing first."));
      return;
    }

  /* From the day shown, unless it is past. */
  after = ta_session_editor_parse_start (self);
  _ta_session_editor_clear_error (self);
  if (after == NULL || g_date_time_compare (after, now) < 0)
    {
      g_clear_pointer (&after, g_date_time_unref);
      after = g_date_time_ref (now);
    }

  if (!ta_programme_propose_next_slot (self->programme, pairing_id, after,
                                       gtk_spin_button_get_value_as_int (self->duration_spin),
                                       &start, &error))
    {
      _ta_session_editor_show_error (self, error->message);
      return;
    }

  if (start == NULL)
    {
      _ta_session_editor_show_error (self, _("Both sides have no free time in common in the next weeks."));
      return;
    }

  _ta_session_editor_set_start (self, start);
}

static void
ta_session_editor_dispose (GObject *object)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (object);

  g_clear_object (&self->programme);
  self->participants = NULL;
  g_clear_object (&self->session);
  g_clear_pointer (&self->reference, g_date_time_unref);
  g_clear_weak_pointer (&self->toast_widget);

  G_OBJECT_CLASS (ta_session_editor_parent_class)->dispose (object);
}

static void
ta_session_editor_finalize (GObject *object)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (object);

  g_clear_pointer (&self->pairing_ids, g_array_unref);
  g_clear_pointer (&self->series_until, g_free);

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
  g_type_ensure (TA_TYPE_ATTENDEE_PICKER);
  g_type_ensure (TA_TYPE_DATE_ENTRY);
  g_type_ensure (TA_TYPE_SESSION_INVITATION);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, kind_names);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_group);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_names);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, pairing_hint);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, attendees_group);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, attendee_picker);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, date_entry);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, repeat_names);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, until_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, until_entry);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, count_row);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, count_spin);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, notes_group);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, invitation_group);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, propose_button);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, error_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "ta_session_editor_clear_error",
                                                G_CALLBACK (_ta_session_editor_clear_error));

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, ta_session_editor_save);
  gtk_widget_class_install_action (widget_class, "editor.propose", NULL, ta_session_editor_propose);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, ta_session_editor_delete);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
date_changed_cb (TaSessionEditor *self)
{
  _ta_session_editor_clear_error (self);
  _ta_session_editor_update_repeats (self);
}

static void ta_session_editor_update_kind (TaSessionEditor *self);

static void
kind_changed_cb (TaSessionEditor *self)
{
  ta_session_editor_update_kind (self);

  if (self->session == NULL &&
      adw_combo_row_get_selected (self->kind_row) == TA_SESSION_KIND_LUNCH_AND_LEARN &&
      self->reference != NULL)
    {
      g_autoptr(GDateTime) lunch = _ta_session_editor_next_lunch (self->reference);

      _ta_session_editor_set_start (self, lunch);
    }
}

static void
ta_session_editor_init (TaSessionEditor *self)
{
  g_autoptr(GtkListItemFactory) pairing_factory = NULL;
  g_autoptr(GtkListItemFactory) repeat_factory = NULL;
  g_autoptr(GtkListItemFactory) end_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pairing_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < TA_N_SESSION_KINDS; i++)
    gtk_string_list_append (self->kind_names, ta_session_kind_get_label (i));

  pairing_factory = _ta_session_editor_wrapping_factory_new ();
  adw_combo_row_set_factory (self->pairing_row, pairing_factory);
  g_signal_connect_swapped (self->pairing_dropdown, "notify::selected", G_CALLBACK (_ta_session_editor_pairing_selected), self);
  g_signal_connect_swapped (self->pairing_row, "notify::selected", G_CALLBACK (_ta_session_editor_pairing_selected), self);
  repeat_factory = _ta_session_editor_wrapping_factory_new ();
  adw_combo_row_set_factory (self->repeat_row, repeat_factory);
  end_factory = _ta_session_editor_wrapping_factory_new ();
  adw_combo_row_set_factory (self->end_row, end_factory);

  ta_date_entry_set_accessible_label (self->date_entry, _("Date"));
  ta_date_entry_set_accessible_label (self->until_entry, _("Last date of the series"));
  _ta_session_editor_update_repeats (self);

  g_signal_connect_swapped (self->date_entry, "notify::date", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->until_entry, "notify::date", G_CALLBACK (_ta_session_editor_clear_error), self);
  g_signal_connect_swapped (self->repeat_row, "notify::selected",
                            G_CALLBACK (_ta_session_editor_update_series_rows), self);
  g_signal_connect_swapped (self->end_row, "notify::selected",
                            G_CALLBACK (_ta_session_editor_update_series_rows), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->attendee_picker, "changed", G_CALLBACK (_ta_session_editor_clear_error), self);
}

/* Shows the fields of the kind chosen: a pairing for a one-on-one; a
 * title and attendees for a group. */
static void
ta_session_editor_update_kind (TaSessionEditor *self)
{
  TaSessionKind kind = self->session != NULL ? ta_session_get_kind (self->session)
                                             : (TaSessionKind) adw_combo_row_get_selected (self->kind_row);
  gboolean one_on_one = kind == TA_SESSION_KIND_ONE_ON_ONE;

  gtk_widget_set_visible (GTK_WIDGET (self->title_row), !one_on_one);
  gtk_widget_set_visible (self->attendees_group, !one_on_one);
  gtk_widget_set_visible (self->pairing_group, one_on_one);
  gtk_widget_set_visible (self->propose_button, one_on_one);
  /* Series are of one-on-ones only. */
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_row),
                          one_on_one && (self->session == NULL || ta_session_get_series_id (self->session) != 0));
  _ta_session_editor_update_series_rows (self);
  _ta_session_editor_clear_error (self);
}

static TaSessionEditor *
ta_session_editor_create (GtkWindow   *parent,
                          GtkWidget   *toast_widget,
                          TaProgramme *programme)
{
  TaSessionEditor *self;

  self = g_object_new (TA_TYPE_SESSION_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->programme = g_object_ref (programme);
  self->participants = ta_programme_get_participants (programme);
  g_set_weak_pointer (&self->toast_widget, toast_widget);

  ta_attendee_picker_set_participants (self->attendee_picker, self->participants);

  return self;
}

/**
 * ta_session_editor_new:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @programme: the programme
 * @day: (nullable): the day to plan on (today when %NULL)
 *
 * Returns: (transfer none): the editor of a new one-on-one, not shown yet
 */
TaSessionEditor *
ta_session_editor_new (GtkWindow         *parent,
                       GtkWidget         *toast_widget,
                       TaProgramme       *programme,
                       GDateTime         *day)
{
  TaSessionEditor *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) local_day = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!toast_widget || GTK_IS_WIDGET (toast_widget), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = ta_session_editor_create (parent, toast_widget, programme);
  ta_session_editor_update_kind (self);
  _ta_session_editor_load_pairings (self, 0);
  _ta_session_editor_preselect_pairing (self);

  /* The next whole hour in working hours today, or 10:00. */
  if (day == NULL)
    day = now;
  local_day = g_date_time_to_local (day);
  self->reference = g_date_time_ref (local_day);
  if (g_date_time_get_year (local_day) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (local_day) == g_date_time_get_day_of_year (now) &&
      g_date_time_get_hour (now) >= 8 && g_date_time_get_hour (now) < 20)
    start = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now),
                                   g_date_time_get_hour (now) + 1, 0, 0);
  else
    start = g_date_time_new_local (g_date_time_get_year (local_day), g_date_time_get_month (local_day),
                                   g_date_time_get_day_of_month (local_day), 10, 0, 0);
  _ta_session_editor_set_start (self, start);
  if (self->pairing_ids->len > 0)
    _ta_session_editor_clear_error (self);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->pairing_row));

  return self;
}

/**
 * ta_session_editor_new_for_pairing:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @programme: the programme
 * @pairing_id: the pairing to plan a session for
 *
 * "Schedule": a new one-on-one of @pairing_id at the next half-day both
 * sides are free, when there is one.
 *
 * Returns: (transfer none): the editor, not shown yet
 */
TaSessionEditor *
ta_session_editor_new_for_pairing (GtkWindow         *parent,
                                   GtkWidget         *toast_widget,
                                   TaProgramme       *programme,
                                   gint64             pairing_id)
{
  TaSessionEditor *self = ta_session_editor_new (parent, toast_widget, programme, NULL);

  _ta_session_editor_select_pairing (self, pairing_id);
  if (_ta_session_editor_get_pairing_id (self) == pairing_id)
    {
      ta_session_editor_propose (GTK_WIDGET (self), NULL, NULL);
      gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->date_entry));
    }

  return self;
}

/**
 * ta_session_editor_new_for_session:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @programme: the programme
 * @session: the session to change
 *
 * Returns: (transfer none): the editor, not shown yet
 */
TaSessionEditor *
ta_session_editor_new_for_session (GtkWindow         *parent,
                                   GtkWidget         *toast_widget,
                                   TaProgramme       *programme,
                                   TaSession         *session)
{
  TaSessionEditor *self;
  gboolean one_on_one;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);

  self = ta_session_editor_create (parent, toast_widget, programme);
  self->session = ta_session_copy (session);
  one_on_one = ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Session"));
  gtk_widget_set_visible (self->delete_button, TRUE);
  /* A session keeps its kind: a one-on-one's pair and a group's people
   * are different things. */
  adw_combo_row_set_selected (self->kind_row, ta_session_get_kind (session));
  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
  ta_session_editor_update_kind (self);

  if (one_on_one)
    {
      _ta_session_editor_load_pairings (self, ta_session_get_pairing_id (session));
      _ta_session_editor_select_pairing (self, ta_session_get_pairing_id (session));
    }
  else
    {
      const gint64 *attendees;
      guint n_attendees;

      gtk_editable_set_text (GTK_EDITABLE (self->title_row), ta_session_get_title (session));
      attendees = ta_session_get_attendees (session, &n_attendees);
      ta_attendee_picker_set_ids (self->attendee_picker, attendees, n_attendees);
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            ta_session_get_notes (session) ? ta_session_get_notes (session) : "", -1);
  ta_session_invitation_set_session (self->invitation_group, programme, session, toast_widget);

  /* A series can change from an occurrence on; a single session stays one. */
  if (ta_session_get_series_id (session) != 0)
    _ta_session_editor_load_series (self, session);

  _ta_session_editor_set_start (self, ta_session_get_starts_at (session));
  gtk_spin_button_set_value (self->duration_spin, ta_session_get_duration (session));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         ta_session_get_location (session) ? ta_session_get_location (session) : "");
  _ta_session_editor_clear_error (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->date_entry));

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
  return ta_date_entry_get_editable (self->date_entry);
}

TaDateEntry *
_ta_session_editor_get_date_entry (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->date_entry;
}

TaDateEntry *
_ta_session_editor_get_until_entry (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->until_entry;
}

AdwComboRow *
_ta_session_editor_get_end_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->end_row;
}

GtkSpinButton *
_ta_session_editor_get_count_spin (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->count_spin;
}

AdwComboRow *
_ta_session_editor_get_kind_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->kind_row;
}

GtkEditable *
_ta_session_editor_get_title_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return GTK_EDITABLE (self->title_row);
}

GtkTextView *
_ta_session_editor_get_notes_view (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->notes_view;
}

/* What choosing @id in the people picker does. */
void
_ta_session_editor_add_attendee (TaSessionEditor *self,
                                 gint64           id)
{
  g_return_if_fail (TA_IS_SESSION_EDITOR (self));
  ta_attendee_picker_add (self->attendee_picker, id);
}

GtkDropDown *
_ta_session_editor_get_attendee_picker (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return ta_attendee_picker_get_dropdown (self->attendee_picker);
}

GtkFlowBox *
_ta_session_editor_get_attendee_chips (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return ta_attendee_picker_get_chips (self->attendee_picker);
}

GtkLabel *
_ta_session_editor_get_pairing_hint (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->pairing_hint;
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

AdwComboRow *
_ta_session_editor_get_repeat_row (TaSessionEditor *self)
{
  g_return_val_if_fail (TA_IS_SESSION_EDITOR (self), NULL);
  return self->repeat_row;
}
