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
#include "ta-ical.h"
#include "ta-month-grid.h"
#include "ta-pairing.h"
#include "ta-recurrence.h"
#include "ta-session-editor-private.h"
#include "ta-store.h"
#include "ta-time-entry.h"
#include "ta-toast.h"

/* The choices of the Ends row, in its order. */
typedef enum
{
  END_NEVER,
  END_UNTIL,
  END_COUNT,
} End;

struct _TaSessionEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwComboRow       *kind_row;
  GtkStringList     *kind_names;
  AdwEntryRow       *title_row;
  GtkWidget         *pairing_group;
  AdwComboRow       *pairing_row;
  GtkDropDown       *pairing_dropdown;
  GtkStringList     *pairing_names;
  GtkLabel          *pairing_hint;
  GtkWidget         *attendees_group;
  TaAttendeePicker  *attendee_picker;
  TaDateEntry       *date_entry;
  AdwEntryRow       *time_row;
  GtkSpinButton     *duration_spin;
  AdwEntryRow       *location_row;
  AdwComboRow       *repeat_row;
  GtkStringList     *repeat_names;
  AdwComboRow       *end_row;
  GtkWidget         *until_row;
  TaDateEntry       *until_entry;
  GtkWidget         *count_row;
  GtkSpinButton     *count_spin;
  GtkWidget         *notes_group;
  GtkTextView       *notes_view;
  GtkWidget         *propose_button;
  GtkWidget         *delete_button;
  GtkLabel          *error_label;

  /* Owned references */
  TaParticipantList *participants;
  TaSession         *session;       /* the one being changed; NULL for a new one */
  TaRepeatChoice      series_repeat; /* what its series does, when it has one */
  End                series_end;
  char              *series_until;  /* "YYYY-MM-DD" or NULL */
  int                series_count;
  GDateTime         *reference;     /* the day opened on, or when it opened */
  gboolean           conflicts_accepted;
  gboolean           loading_pairings;
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
  g_autoptr(GError) error = NULL;
  GDateTime *day = ta_date_entry_get_date (self->date_entry);
  g_autofree char *date = NULL;
  GDateTime *start;

  if (day == NULL)
    {
      ta_session_editor_show_error (self, _("Write a valid date, or choose one from the calendar."));
      return NULL;
    }

  date = g_date_time_format (day, "%Y-%m-%d");
  start = ta_time_entry_parse (date, gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &error);
  if (start == NULL)
    ta_session_editor_show_error (self, error->message);

  return start;
}

static void
ta_session_editor_set_start (TaSessionEditor *self,
                             GDateTime       *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  ta_date_entry_set_date (self->date_entry, local);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
}


/* What the Repeat row says of an existing series. */
static TaRepeatChoice
repeat_of_rule (const TaRecurrence *rule)
{
  if (rule->frequency == TA_RECURRENCE_MONTHLY)
    return TA_REPEAT_MONTHLY;

  switch (rule->interval)
    {
    case 1:
      return TA_REPEAT_WEEKLY;
    case 2:
      return TA_REPEAT_TWO_WEEKS;
    default:
      return TA_REPEAT_FOUR_WEEKS;
    }
}

/* The zone a new series keeps its wall-clock time in: this computer's,
 * when it has a name the calendars of others understand. */
static char *
series_time_zone (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *identifier = g_time_zone_get_identifier (local);
  g_autoptr(GTimeZone) named = NULL;

  if (identifier != NULL && identifier[0] != '/' && identifier[0] != ':' &&
      g_strcmp0 (identifier, "Local") != 0 &&
      (named = g_time_zone_new_identifier (identifier)) != NULL)
    return g_strdup (identifier);

  return g_strdup (TA_ICAL_DEFAULT_TIME_ZONE);
}

/* The rule for @repeat from the local day and time of @start. */
static TaRecurrence *
rule_for (TaRepeatChoice repeat,
          GDateTime *start);

/* The rule of the form, with the end it says, or NULL (with the reason
 * shown) when the end is not a date. */
static TaRecurrence *
ta_session_editor_rule (TaSessionEditor *self,
                        TaRepeatChoice    repeat,
                        GDateTime       *start)
{
  g_autoptr(TaRecurrence) rule = rule_for (repeat, start);

  if (rule == NULL)
    return NULL;

  switch ((End) adw_combo_row_get_selected (self->end_row))
    {
    case END_UNTIL:
      if (ta_date_entry_get_date (self->until_entry) == NULL)
        {
          ta_session_editor_show_error (self, _("Write the last date of the series, or choose one from the calendar."));
          return NULL;
        }
      rule->until_date = g_date_time_format (ta_date_entry_get_date (self->until_entry), "%Y-%m-%d");
      break;
    case END_COUNT:
      rule->count = gtk_spin_button_get_value_as_int (self->count_spin);
      break;
    case END_NEVER:
    default:
      break;
    }

  return g_steal_pointer (&rule);
}

static TaRecurrence *
rule_for (TaRepeatChoice repeat,
          GDateTime *start)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (start);
  g_autofree char *first_date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *local_time = g_date_time_format (local, "%H:%M");
  g_autofree char *zone = series_time_zone ();
  int day = g_date_time_get_day_of_month (local);
  int week;

  switch (repeat)
    {
    case TA_REPEAT_WEEKLY:
      return ta_recurrence_new_weekly (first_date, 1, local_time, zone);
    case TA_REPEAT_TWO_WEEKS:
      return ta_recurrence_new_weekly (first_date, 2, local_time, zone);
    case TA_REPEAT_FOUR_WEEKS:
      return ta_recurrence_new_weekly (first_date, 4, local_time, zone);
    case TA_REPEAT_MONTHLY:
      /* The weekday's place in the month, "last" for a fifth one. */
      week = (day - 1) / 7 + 1;
      return ta_recurrence_new_monthly (first_date, week >= 5 ? TA_RECURRENCE_LAST_WEEK : week,
                                        local_time, zone);
    case TA_REPEAT_NONE:
    default:
      return NULL;
    }
}

static TaStore *
ta_session_editor_get_store (TaSessionEditor *self)
{
  return ta_participant_list_get_store (self->participants);
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
undo_update_cb (AdwToast  *toast,
                TaSession *before)
{
  TaStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(GError) error = NULL;

  if (!ta_store_update_session (store, before, &error))
    g_warning ("Could not undo the change: %s", error->message);
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

/* The session as the form describes it (a copy of the one being changed),
 * or NULL with the reason shown. */
static TaSession *
ta_session_editor_read_form (TaSessionEditor *self)
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
      gint64 pairing_id = ta_session_editor_get_pairing_id (self);

      if (pairing_id == 0)
        {
          ta_session_editor_show_error (self, _("Choose a pairing first."));
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
      ta_session_editor_show_error (self, error->message);
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

  conflicts = ta_store_find_conflicts (ta_session_editor_get_store (self), session, &error);
  if (conflicts == NULL)
    {
      ta_session_editor_show_error (self, error->message);
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
      g_autofree char *who = ta_session_describe (other, self->participants);
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

static void
ta_session_editor_saved (TaSessionEditor *self,
                         const char      *message)
{
  ta_session_editor_toast (self, adw_toast_new (message));
  ta_session_editor_close (self);
}

static void
ta_session_editor_add (TaSessionEditor *self,
                       TaSession       *session)
{
  TaStore *store = ta_session_editor_get_store (self);
  TaRepeatChoice repeat = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (repeat != TA_REPEAT_NONE && ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    {
      g_autoptr(TaRecurrence) rule = ta_session_editor_rule (self, repeat, ta_session_get_starts_at (session));

      if (rule == NULL)
        return;
      if (ta_store_add_series (store, ta_session_get_pairing_id (session), rule,
                               ta_session_get_duration (session),
                               ta_session_get_location (session), NULL, &error) == 0)
        {
          ta_session_editor_show_error (self, error->message);
          return;
        }
      ta_session_editor_saved (self, _("Recurring sessions planned"));
      return;
    }

  if (!ta_store_add_session (store, session, &error))
    {
      ta_session_editor_show_error (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Session planned"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "session-id",
                     GSIZE_TO_POINTER ((gsize) ta_session_get_id (session)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_add_cb), store, 0);
  ta_session_editor_toast (self, toast);
  ta_session_editor_close (self);
}

static void
ta_session_editor_update_one (TaSessionEditor *self,
                              TaSession       *session)
{
  TaStore *store = ta_session_editor_get_store (self);
  g_autoptr(TaSession) before = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ta_store_update_session (store, session, &error))
    {
      ta_session_editor_show_error (self, error->message);
      return;
    }

  /* Undo puts back the session as it was, unless someone changed it
   * after this edit. */
  before = ta_session_copy (self->session);
  ta_session_set_revision (before, ta_session_get_revision (session));

  toast = adw_toast_new (_("Session changed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_update_cb),
                         g_steal_pointer (&before), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  ta_session_editor_toast (self, toast);
  ta_session_editor_close (self);
}

/* "This and all future sessions": the series carries on from here with
 * what the form says, or stops here when it no longer repeats. */
static void
ta_session_editor_update_future (TaSessionEditor *self,
                                 TaSession       *session)
{
  TaStore *store = ta_session_editor_get_store (self);
  TaRepeatChoice repeat = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(GError) error = NULL;

  if (repeat == TA_REPEAT_NONE)
    {
      g_autoptr(TaSession) single = ta_session_new_one_on_one (ta_session_get_pairing_id (session),
                                                               ta_session_get_starts_at (session),
                                                               ta_session_get_duration (session));

      ta_session_set_location (single, ta_session_get_location (session));
      ta_session_set_notes (single, ta_session_get_notes (session));
      if (!ta_store_end_series_with_session (store, ta_session_get_id (session), single, &error))
        {
          ta_session_editor_show_error (self, error->message);
          return;
        }
      ta_session_editor_saved (self, _("The series ends here"));
      return;
    }
  else
    {
      g_autoptr(TaRecurrence) rule = ta_session_editor_rule (self, repeat, ta_session_get_starts_at (session));

      if (rule == NULL)
        return;
      if (ta_store_split_series (store, ta_session_get_id (session), rule,
                                 ta_session_get_duration (session),
                                 ta_session_get_location (session), NULL, &error) == 0)
        {
          ta_session_editor_show_error (self, error->message);
          return;
        }
      ta_session_editor_saved (self, _("This and all future sessions changed"));
    }
}

static void
scope_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TaSessionEditor  *self)
{
  g_autoptr(TaSession) session = ta_session_editor_read_form (self);

  if (session == NULL)
    return;

  if (g_strcmp0 (response, "one") == 0)
    ta_session_editor_update_one (self, session);
  else if (g_strcmp0 (response, "future") == 0)
    ta_session_editor_update_future (self, session);
}

/* Whether the repeat or the end of the series differ from the stored. */
static gboolean
ta_session_editor_series_changed (TaSessionEditor *self)
{
  End end = adw_combo_row_get_selected (self->end_row);
  g_autofree char *until = NULL;

  if ((TaRepeatChoice) adw_combo_row_get_selected (self->repeat_row) != self->series_repeat ||
      end != self->series_end)
    return TRUE;

  if (end == END_COUNT)
    return gtk_spin_button_get_value_as_int (self->count_spin) != self->series_count;
  if (end == END_UNTIL)
    {
      GDateTime *last = ta_date_entry_get_date (self->until_entry);

      until = last != NULL ? g_date_time_format (last, "%Y-%m-%d") : NULL;
      return g_strcmp0 (until, self->series_until) != 0;
    }

  return FALSE;
}

static void
ta_session_editor_save (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TaSessionEditor *self = TA_SESSION_EDITOR (widget);
  g_autoptr(TaSession) session = NULL;
  AdwMessageDialog *dialog;
  gboolean series_changed;

  session = ta_session_editor_read_form (self);
  if (session == NULL || !ta_session_editor_check_conflicts (self, session))
    return;

  if (self->session == NULL)
    {
      ta_session_editor_add (self, session);
      return;
    }

  if (ta_session_get_series_id (self->session) == 0)
    {
      ta_session_editor_update_one (self, session);
      return;
    }

  /* A changed repeat or end can only mean the sessions ahead. */
  series_changed = ta_session_editor_series_changed (self);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Change a Recurring Session"),
                                                       _("Change only this session, or this one and all that follow?")));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (!series_changed)
    adw_message_dialog_add_response (dialog, "one", _("_Only This Session"));
  adw_message_dialog_add_response (dialog, "future", _("This and _Future Sessions"));
  adw_message_dialog_set_response_appearance (dialog, "future", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, !series_changed ? "one" : "future");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (scope_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_cb (AdwToast  *toast,
                TaSession *deleted)
{
  TaStore *store = g_object_get_data (G_OBJECT (toast), "store");
  g_autoptr(TaSession) again = ta_session_copy (deleted);
  g_autoptr(GError) error = NULL;

  /* Back as a single session: a series occurrence taken out stays out of
   * its series. */
  ta_session_set_id (again, 0);
  if (!ta_store_add_session (store, again, &error))
    g_warning ("Could not undo the deletion: %s", error->message);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TaSessionEditor  *self)
{
  TaStore *store = ta_session_editor_get_store (self);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "one") == 0)
    {
      AdwToast *toast;

      if (!ta_store_delete_session (store, ta_session_get_id (self->session), &error))
        {
          ta_session_editor_show_error (self, error->message);
          return;
        }
      toast = adw_toast_new (_("Session deleted"));
      if (ta_session_get_series_id (self->session) == 0)
        {
          adw_toast_set_button_label (toast, _("_Undo"));
          g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                                 g_object_ref (self->session),
                                 (GClosureNotify) (void (*) (void)) g_object_unref, 0);
        }
      ta_session_editor_toast (self, toast);
      ta_session_editor_close (self);
    }
  else if (g_strcmp0 (response, "future") == 0)
    {
      if (!ta_store_cancel_series_from (store, ta_session_get_id (self->session), &error))
        {
          ta_session_editor_show_error (self, error->message);
          return;
        }
      ta_session_editor_saved (self, _("This and all future sessions deleted"));
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
  TaStore *store = ta_session_editor_get_store (self);
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
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, propose_button);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TaSessionEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_session_editor_clear_error);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, ta_session_editor_save);
  gtk_widget_class_install_action (widget_class, "editor.propose", NULL, ta_session_editor_propose);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, ta_session_editor_delete);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The Repeat choices follow the day chosen. */
static void
ta_session_editor_update_repeats (TaSessionEditor *self)
{
  GDateTime *day = ta_date_entry_get_date (self->date_entry);
  guint selected = adw_combo_row_get_selected (self->repeat_row);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) today = NULL;

  if (day == NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->repeat_names)) > 0)
        return;
      day = today = g_date_time_new_now_local ();
    }

  for (guint i = 0; i < TA_N_REPEATS; i++)
    g_ptr_array_add (labels, _ta_session_editor_describe_repeat (i, day));
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->repeat_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->repeat_names)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->repeat_row, selected < TA_N_REPEATS ? selected : TA_REPEAT_NONE);
}

static void
ta_session_editor_update_series_rows (TaSessionEditor *self)
{
  gboolean repeats = gtk_widget_get_visible (GTK_WIDGET (self->repeat_row)) &&
                     adw_combo_row_get_selected (self->repeat_row) != TA_REPEAT_NONE;
  End end = adw_combo_row_get_selected (self->end_row);

  gtk_widget_set_visible (GTK_WIDGET (self->end_row), repeats);
  gtk_widget_set_visible (self->until_row, repeats && end == END_UNTIL);
  gtk_widget_set_visible (self->count_row, repeats && end == END_COUNT);
  /* A series keeps no notes of its own (each session has its own): a new
   * one offers none rather than dropping them. */
  gtk_widget_set_visible (self->notes_group, !(repeats && self->session == NULL));
}

static void
date_changed_cb (TaSessionEditor *self)
{
  ta_session_editor_clear_error (self);
  ta_session_editor_update_repeats (self);
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

      ta_session_editor_set_start (self, lunch);
    }
}

/* The row shows what the drop-down holds, and sets it.  Not while the
 * list fills: both follow the model then, and a selection changed from
 * within another's items-changed is one GTK does not survive. */
static void
pairing_selected_cb (TaSessionEditor *self,
                     GParamSpec      *pspec,
                     GObject         *source)
{
  guint position;

  if (self->loading_pairings)
    return;

  if (source == G_OBJECT (self->pairing_row))
    {
      position = adw_combo_row_get_selected (self->pairing_row);
      if (position != gtk_drop_down_get_selected (self->pairing_dropdown))
        gtk_drop_down_set_selected (self->pairing_dropdown, position);
    }
  else
    {
      position = gtk_drop_down_get_selected (self->pairing_dropdown);
      if (position != adw_combo_row_get_selected (self->pairing_row))
        adw_combo_row_set_selected (self->pairing_row, position);
    }
  ta_session_editor_clear_error (self);
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
  g_signal_connect_swapped (self->pairing_dropdown, "notify::selected", G_CALLBACK (pairing_selected_cb), self);
  g_signal_connect_swapped (self->pairing_row, "notify::selected", G_CALLBACK (pairing_selected_cb), self);
  repeat_factory = _ta_session_editor_wrapping_factory_new ();
  adw_combo_row_set_factory (self->repeat_row, repeat_factory);
  end_factory = _ta_session_editor_wrapping_factory_new ();
  adw_combo_row_set_factory (self->end_row, end_factory);

  ta_date_entry_set_accessible_label (self->date_entry, _("Date"));
  ta_date_entry_set_accessible_label (self->until_entry, _("Last date of the series"));
  ta_session_editor_update_repeats (self);

  g_signal_connect_swapped (self->date_entry, "notify::date", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->until_entry, "notify::date", G_CALLBACK (ta_session_editor_clear_error), self);
  g_signal_connect_swapped (self->repeat_row, "notify::selected",
                            G_CALLBACK (ta_session_editor_update_series_rows), self);
  g_signal_connect_swapped (self->end_row, "notify::selected",
                            G_CALLBACK (ta_session_editor_update_series_rows), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->attendee_picker, "changed", G_CALLBACK (ta_session_editor_clear_error), self);
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
  ta_session_editor_update_series_rows (self);
  ta_session_editor_clear_error (self);
}

/* Fills the pairing drop-down with the open pairings, and @keep_id's even
 * when it is no longer open (a past session of an ended pair). */
static void
ta_session_editor_load_pairings (TaSessionEditor *self,
                                 gint64           keep_id)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;

  pairings = ta_store_list_pairings (ta_session_editor_get_store (self), &error);
  if (pairings == NULL)
    {
      ta_session_editor_show_error (self, error->message);
      return;
    }

  self->loading_pairings = TRUE;
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      TaPairingStatus status = ta_pairing_get_status (pairing);
      TaParticipant *mentor;
      TaParticipant *mentee;
      g_autofree char *name = NULL;
      gint64 id = ta_pairing_get_id (pairing);

      if (status != TA_PAIRING_STATUS_PROPOSED &&
          status != TA_PAIRING_STATUS_ACTIVE &&
          status != TA_PAIRING_STATUS_PAUSED &&
          id != keep_id)
        continue;

      mentor = ta_participant_list_lookup (self->participants, ta_pairing_get_mentor_id (pairing));
      mentee = ta_participant_list_lookup (self->participants, ta_pairing_get_mentee_id (pairing));
      /* Translators: a pairing in the session editor, mentor then mentee */
      name = g_strdup_printf (_("%1$s & %2$s"),
                              mentor ? ta_participant_get_name (mentor) : "?",
                              mentee ? ta_participant_get_name (mentee) : "?");
      g_array_append_val (self->pairing_ids, id);
      gtk_string_list_append (self->pairing_names, name);
    }

  self->loading_pairings = FALSE;
  adw_combo_row_set_selected (self->pairing_row, gtk_drop_down_get_selected (self->pairing_dropdown));

  if (self->pairing_ids->len == 0)
    ta_session_editor_show_error (self, _("There is no open pairing to plan a session for."));
}

/* A new session is for the first active pairing: a paused or proposed
 * one is there to choose, never chosen for the facilitator. */
static void
ta_session_editor_preselect_pairing (TaSessionEditor *self)
{
  TaStore *store = ta_session_editor_get_store (self);

  for (guint i = 0; i < self->pairing_ids->len; i++)
    {
      g_autoptr(TaPairing) pairing = ta_store_get_pairing (store, g_array_index (self->pairing_ids, gint64, i), NULL);

      if (pairing != NULL && ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        {
          gtk_drop_down_set_selected (self->pairing_dropdown, i);
          gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), FALSE);
          return;
        }
    }

  if (self->pairing_ids->len > 0)
    {
      gtk_drop_down_set_selected (self->pairing_dropdown, GTK_INVALID_LIST_POSITION);
      gtk_label_set_label (self->pairing_hint,
                           _("No pairing is active: choose one that is paused or proposed, or start a pairing first."));
      gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), TRUE);
    }
}

static void
ta_session_editor_select_pairing (TaSessionEditor *self,
                                  gint64           pairing_id)
{
  for (guint i = 0; i < self->pairing_ids->len; i++)
    if (g_array_index (self->pairing_ids, gint64, i) == pairing_id)
      {
        gtk_drop_down_set_selected (self->pairing_dropdown, i);
        gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), FALSE);
      }
}

static TaSessionEditor *
ta_session_editor_create (GtkWindow         *parent,
                          GtkWidget         *toast_widget,
                          TaParticipantList *participants)
{
  TaSessionEditor *self;

  self = g_object_new (TA_TYPE_SESSION_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->participants = g_object_ref (participants);
  g_set_weak_pointer (&self->toast_widget, toast_widget);

  ta_attendee_picker_set_participants (self->attendee_picker, participants);

  return self;
}

/**
 * ta_session_editor_new:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @participants: the programme's participants
 * @day: (nullable): the day to plan on (today when %NULL)
 *
 * Returns: (transfer none): the editor of a new one-on-one, not shown yet
 */
TaSessionEditor *
ta_session_editor_new (GtkWindow         *parent,
                       GtkWidget         *toast_widget,
                       TaParticipantList *participants,
                       GDateTime         *day)
{
  TaSessionEditor *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) local_day = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!toast_widget || GTK_IS_WIDGET (toast_widget), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);

  self = ta_session_editor_create (parent, toast_widget, participants);
  ta_session_editor_update_kind (self);
  ta_session_editor_load_pairings (self, 0);
  ta_session_editor_preselect_pairing (self);

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
  ta_session_editor_set_start (self, start);
  if (self->pairing_ids->len > 0)
    ta_session_editor_clear_error (self);

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->pairing_row));

  return self;
}

/**
 * ta_session_editor_new_for_pairing:
 * @parent: the window it belongs to
 * @toast_widget: (nullable): where the toast of a saved session goes
 * @participants: the programme's participants
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
                                   TaParticipantList *participants,
                                   gint64             pairing_id)
{
  TaSessionEditor *self = ta_session_editor_new (parent, toast_widget, participants, NULL);

  ta_session_editor_select_pairing (self, pairing_id);
  if (ta_session_editor_get_pairing_id (self) == pairing_id)
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
 * @participants: the programme's participants
 * @session: the session to change
 *
 * Returns: (transfer none): the editor, not shown yet
 */
TaSessionEditor *
ta_session_editor_new_for_session (GtkWindow         *parent,
                                   GtkWidget         *toast_widget,
                                   TaParticipantList *participants,
                                   TaSession         *session)
{
  TaSessionEditor *self;
  gboolean one_on_one;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);

  self = ta_session_editor_create (parent, toast_widget, participants);
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
      ta_session_editor_load_pairings (self, ta_session_get_pairing_id (session));
      ta_session_editor_select_pairing (self, ta_session_get_pairing_id (session));
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

  /* A series can change from an occurrence on; a single session stays one. */
  if (ta_session_get_series_id (session) != 0)
    {
      g_autoptr(TaRecurrence) rule = ta_store_get_series (ta_session_editor_get_store (self),
                                                          ta_session_get_series_id (session),
                                                          NULL, NULL, NULL, NULL);

      ta_session_editor_set_start (self, ta_session_get_starts_at (session));
      self->series_repeat = rule != NULL ? repeat_of_rule (rule) : TA_REPEAT_NONE;
      adw_combo_row_set_selected (self->repeat_row, self->series_repeat);
      if (rule != NULL && rule->until_date != NULL)
        {
          g_autoptr(GDateTime) until = ta_date_entry_parse (rule->until_date);

          self->series_end = END_UNTIL;
          self->series_until = g_strdup (rule->until_date);
          ta_date_entry_set_date (self->until_entry, until);
        }
      else if (rule != NULL && rule->count > 0)
        {
          self->series_end = END_COUNT;
          self->series_count = rule->count;
          gtk_spin_button_set_value (self->count_spin, rule->count);
        }
      adw_combo_row_set_selected (self->end_row, self->series_end);
    }

  ta_session_editor_set_start (self, ta_session_get_starts_at (session));
  gtk_spin_button_set_value (self->duration_spin, ta_session_get_duration (session));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row),
                         ta_session_get_location (session) ? ta_session_get_location (session) : "");
  ta_session_editor_clear_error (self);
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
