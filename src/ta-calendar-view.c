/* ta-calendar-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-calendar-view-private.h"
#include "ta-month-grid.h"
#include "ta-pairing.h"
#include "ta-session-editor.h"
#include "ta-session-list.h"
#include "ta-store.h"
#include "ta-toast.h"

/* How far ahead the agenda looks. */
#define AGENDA_WEEKS 12

struct _TaCalendarView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkLabel          *month_label;
  TaMonthGrid       *month_grid;
  GtkStack          *agenda_stack;
  GtkListBox        *agenda;

  /* Owned references */
  TaParticipantList *participants;
  TaSessionList     *agenda_sessions;
  GtkSortListModel  *agenda_sorted;
};

G_DEFINE_FINAL_TYPE (TaCalendarView, ta_calendar_view, GTK_TYPE_WIDGET)

static GDateTime *
today_midnight (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now),
                                g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now),
                                0, 0, 0);
}

static void
ta_calendar_view_date_changed (TaCalendarView *self)
{
  GDateTime *date = ta_month_grid_get_date (self->month_grid);
  g_autofree char *title = NULL;

  /* Translators: the month shown in the calendar, see g_date_time_format()
   * (%OB is the month's name on its own) */
  title = g_date_time_format (date, C_("calendar month", "%OB %Y"));
  gtk_label_set_label (self->month_label, title);
}

static TaSessionEditor *
ta_calendar_view_open_editor (TaCalendarView *self,
                              GDateTime      *day)
{
  TaSessionEditor *editor;
  GtkRoot *root;

  if (self->participants == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = ta_session_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  GTK_WIDGET (self), self->participants, day);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
ta_calendar_view_day_activated (TaCalendarView *self,
                                GDateTime      *day)
{
  ta_calendar_view_open_editor (self, day);
}

static void
ta_calendar_view_move_month (TaCalendarView *self,
                             int             months)
{
  GDateTime *date = ta_month_grid_get_date (self->month_grid);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) moved = NULL;

  first = g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                 1, 0, 0, 0);
  moved = g_date_time_add_months (first, months);
  ta_month_grid_set_date (self->month_grid, moved);
}

static void
ta_calendar_view_previous_month_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  ta_calendar_view_move_month (TA_CALENDAR_VIEW (widget), -1);
}

static void
ta_calendar_view_next_month_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  ta_calendar_view_move_month (TA_CALENDAR_VIEW (widget), 1);
}

static void
ta_calendar_view_today_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);
  g_autoptr(GDateTime) today = today_midnight ();

  ta_month_grid_set_date (self->month_grid, today);
}

static void
ta_calendar_view_new_session_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);

  ta_calendar_view_open_editor (self, ta_month_grid_get_date (self->month_grid));
}

static void
ta_calendar_view_show_agenda_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (TA_CALENDAR_VIEW (widget)->leaflet, "agenda");
}

static void
ta_calendar_view_show_month_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  adw_leaflet_set_visible_child_name (TA_CALENDAR_VIEW (widget)->leaflet, "month");
}

/* Marking a session */

static void
undo_mark_cb (AdwToast  *toast,
              TaSession *original)
{
  GtkWidget *view = g_object_get_data (G_OBJECT (toast), "view");
  TaCalendarView *self = TA_CALENDAR_VIEW (view);
  g_autoptr(GError) error = NULL;

  if (self->participants == NULL)
    return;

  if (!ta_store_update_session (ta_participant_list_get_store (self->participants),
                                original, &error))
    ta_toast_add_error (GTK_WIDGET (self), _("Could not undo: %s"), error->message);
}

/* Saves @changed, with a toast that can put back @original. */
static void
ta_calendar_view_save_mark (TaCalendarView *self,
                            TaSession      *original,
                            TaSession      *changed,
                            const char     *title)
{
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ta_store_update_session (ta_participant_list_get_store (self->participants),
                                changed, &error))
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Could not save the session: %s"), error->message);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "view", self);
  g_object_set_data_full (G_OBJECT (toast), "original", ta_session_copy (original), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_mark_cb),
                           g_object_get_data (G_OBJECT (toast), "original"), 0);
  ta_toast_add (GTK_WIDGET (self), toast);
}

static GtkWidget *
add_form_row (GtkGrid    *grid,
              int         row,
              const char *mnemonic,
              GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);

  return widget;
}

static GtkWidget *
new_rating_spin (void)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 5, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4);
  gtk_widget_set_hexpand (spin, FALSE);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);

  return spin;
}

static void
held_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  TaCalendarView   *self)
{
  TaSession *session = g_object_get_data (G_OBJECT (dialog), "session");
  g_autoptr(TaSession) changed = NULL;
  g_autofree char *mentor_learned = NULL;
  g_autofree char *mentee_learned = NULL;

  if (g_strcmp0 (response, "held") != 0 || self->participants == NULL)
    return;

  mentor_learned = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "mentor-learned"))));
  mentee_learned = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "mentee-learned"))));

  changed = ta_session_copy (session);
  ta_session_set_status (changed, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (changed, mentor_learned);
  ta_session_set_mentee_learned (changed, mentee_learned);
  ta_session_set_mentor_rating (changed, gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "mentor-rating")));
  ta_session_set_mentee_rating (changed, gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "mentee-rating")));

  ta_calendar_view_save_mark (self, session, changed, _("Session marked as held"));
}

static AdwMessageDialog *
ta_calendar_view_ask_held (TaCalendarView *self,
                           TaSession      *session)
{
  g_autofree char *who = ta_session_describe (session, self->participants);
  GtkWidget *dialog;
  GtkWidget *grid;
  GtkWidget *widget;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Mark as Held?"), who);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "held", _("_Mark as Held"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "held", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "held");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  widget = add_form_row (GTK_GRID (grid), 0, _("What the _mentor learned"), gtk_entry_new ());
  g_object_set_data (G_OBJECT (dialog), "mentor-learned", widget);
  widget = add_form_row (GTK_GRID (grid), 1, _("Mentor’s _rating (1–5)"), new_rating_spin ());
  g_object_set_data (G_OBJECT (dialog), "mentor-rating", widget);
  widget = add_form_row (GTK_GRID (grid), 2, _("What the m_entee learned"), gtk_entry_new ());
  g_object_set_data (G_OBJECT (dialog), "mentee-learned", widget);
  widget = add_form_row (GTK_GRID (grid), 3, _("Mentee’s r_ating (1–5)"), new_rating_spin ());
  g_object_set_data (G_OBJECT (dialog), "mentee-rating", widget);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);

  g_object_set_data_full (G_OBJECT (dialog), "session", g_object_ref (session), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (held_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
cancel_reason_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "cancel-session", reason[0] != '\0');
}

static void
cancel_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    TaCalendarView   *self)
{
  TaSession *session = g_object_get_data (G_OBJECT (dialog), "session");
  GtkDropDown *who = g_object_get_data (G_OBJECT (dialog), "who");
  GArray *ids = g_object_get_data (G_OBJECT (dialog), "who-ids");
  g_autoptr(TaSession) changed = NULL;
  g_autofree char *reason = NULL;
  guint position;

  if (g_strcmp0 (response, "cancel-session") != 0 || self->participants == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "reason"))));
  if (reason[0] == '\0')
    return;

  position = gtk_drop_down_get_selected (who);
  if (position >= ids->len)
    position = ids->len - 1;

  changed = ta_session_copy (session);
  ta_session_set_status (changed, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (changed, g_array_index (ids, gint64, position));
  ta_session_set_cancel_reason (changed, reason);

  ta_calendar_view_save_mark (self, session, changed, _("Session cancelled"));
}

static AdwMessageDialog *
ta_calendar_view_ask_cancel (TaCalendarView *self,
                             TaSession      *session)
{
  g_autofree char *body = ta_session_describe (session, self->participants);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(TaPairing) pairing = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *dialog;
  GtkWidget *grid;
  GtkWidget *who;
  GtkWidget *reason;
  gint64 facilitator = TA_SESSION_CANCELLED_BY_FACILITATOR;

  pairing = ta_store_get_pairing (ta_participant_list_get_store (self->participants),
                                  ta_session_get_pairing_id (session), NULL);
  if (pairing != NULL)
    {
      gint64 ids_of_pair[2] = { ta_pairing_get_mentor_id (pairing), ta_pairing_get_mentee_id (pairing) };
      for (int i = 0; i < 2; i++)
        {
          TaParticipant *participant = ta_participant_list_lookup (self->participants, ids_of_pair[i]);
          const char *name = participant ? ta_participant_get_name (participant) : "?";
          g_autofree char *label = NULL;

          if (i == 0)
            /* Translators: who cancelled a session: the mentor, by name */
            label = g_strdup_printf (_("Mentor (%s)"), name);
          else
            /* Translators: who cancelled a session: the mentee, by name */
            label = g_strdup_printf (_("Mentee (%s)"), name);

          gtk_string_list_append (names, label);
          g_array_append_val (ids, ids_of_pair[i]);
        }
    }
  gtk_string_list_append (names, _("Facilitator"));
  g_array_append_val (ids, facilitator);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Cancel Session?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep"),
                                    "cancel-session", _("C_ancel Session"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-session",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel-session", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  who = add_form_row (GTK_GRID (grid), 0, _("Cancelled _by"),
                      gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  reason = add_form_row (GTK_GRID (grid), 1, _("_Why (required)"), gtk_entry_new ());
  g_signal_connect_object (reason, "changed", G_CALLBACK (cancel_reason_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);

  g_object_set_data (G_OBJECT (dialog), "who", who);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_object_set_data_full (G_OBJECT (dialog), "who-ids", ids, (GDestroyNotify) g_array_unref);
  g_object_set_data_full (G_OBJECT (dialog), "session", g_object_ref (session), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
held_clicked_cb (GtkButton *button,
                 TaSession *session)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button), TA_TYPE_CALENDAR_VIEW));

  ta_calendar_view_ask_held (self, session);
}

static void
cancel_clicked_cb (GtkButton *button,
                   TaSession *session)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button), TA_TYPE_CALENDAR_VIEW));

  ta_calendar_view_ask_cancel (self, session);
}

/* The agenda */

static GtkWidget *
create_agenda_row (gpointer item,
                   gpointer user_data)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (user_data);
  TaSession *session = TA_SESSION (item);
  g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
  g_autofree char *who = ta_session_describe (session, self->participants);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  const char *location = ta_session_get_location (session);
  GtkWidget *row;

  /* Translators: when a session starts, in the agenda, see g_date_time_format() */
  when = g_date_time_format (start, C_("agenda", "%a %-d %b, %H:%M"));
  if (location != NULL && location[0] != '\0')
    /* Translators: a session's time, then its place or link */
    subtitle = g_strdup_printf (C_("agenda", "%1$s · %2$s"), when, location);
  else
    subtitle = g_steal_pointer (&when);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), who);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  if (ta_session_get_status (session) == TA_SESSION_STATUS_PLANNED)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *held = gtk_button_new_with_mnemonic (_("_Held…"));
      GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel…"));

      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (held, "flat");
      gtk_widget_add_css_class (cancel, "flat");
      gtk_box_append (GTK_BOX (box), held);
      gtk_box_append (GTK_BOX (box), cancel);
      g_signal_connect_object (held, "clicked", G_CALLBACK (held_clicked_cb), session, 0);
      g_signal_connect_object (cancel, "clicked", G_CALLBACK (cancel_clicked_cb), session, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
    }
  else
    {
      GtkWidget *status = gtk_label_new (ta_session_status_get_label (ta_session_get_status (session)));

      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
    }

  return row;
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  int order = g_date_time_compare (ta_session_get_starts_at ((TaSession *) a),
                                   ta_session_get_starts_at ((TaSession *) b));

  if (order != 0)
    return order;

  return ta_session_get_id ((TaSession *) a) < ta_session_get_id ((TaSession *) b) ? -1 : 1;
}

static void
ta_calendar_view_agenda_changed (TaCalendarView *self)
{
  gboolean empty = self->agenda_sorted == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->agenda_sorted)) == 0;

  gtk_stack_set_visible_child_name (self->agenda_stack, empty ? "empty" : "list");
}

static void
ta_calendar_view_dispose (GObject *object)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_CALENDAR_VIEW);

  g_clear_object (&self->agenda_sorted);
  g_clear_object (&self->agenda_sessions);
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (ta_calendar_view_parent_class)->dispose (object);
}

static void
ta_calendar_view_class_init (TaCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_calendar_view_dispose;

  g_type_ensure (TA_TYPE_MONTH_GRID);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, month_grid);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, agenda);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_day_activated);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, ta_calendar_view_previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, ta_calendar_view_next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, ta_calendar_view_today_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-session", NULL, ta_calendar_view_new_session_action);
  gtk_widget_class_install_action (widget_class, "calendar.show-agenda", NULL, ta_calendar_view_show_agenda_action);
  gtk_widget_class_install_action (widget_class, "calendar.show-month", NULL, ta_calendar_view_show_month_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "calendar.new-session", NULL);
}

static void
ta_calendar_view_init (TaCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ta_calendar_view_date_changed (self);
  ta_calendar_view_agenda_changed (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-session", FALSE);
}

/**
 * ta_calendar_view_set_participants:
 * @self: a #TaCalendarView
 * @participants: (nullable): the programme's participants
 */
void
ta_calendar_view_set_participants (TaCalendarView    *self,
                                   TaParticipantList *participants)
{
  g_return_if_fail (TA_IS_CALENDAR_VIEW (self));
  g_return_if_fail (!participants || TA_IS_PARTICIPANT_LIST (participants));

  if (!g_set_object (&self->participants, participants))
    return;

  gtk_list_box_bind_model (self->agenda, NULL, NULL, NULL, NULL);
  if (self->agenda_sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->agenda_sorted, ta_calendar_view_agenda_changed, self);
  g_clear_object (&self->agenda_sorted);
  g_clear_object (&self->agenda_sessions);

  ta_month_grid_set_participants (self->month_grid, participants);

  if (participants != NULL)
    {
      g_autoptr(GDateTime) from = today_midnight ();
      g_autoptr(GDateTime) to = g_date_time_add_weeks (from, AGENDA_WEEKS);
      g_autoptr(GError) error = NULL;

      self->agenda_sessions = ta_session_list_new_between (ta_participant_list_get_store (participants),
                                                           from, to, &error);
      if (self->agenda_sessions == NULL)
        {
          g_warning ("Could not list the sessions ahead: %s", error->message);
        }
      else
        {
          GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sessions, NULL, NULL));

          self->agenda_sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_sessions)),
                                                         sorter);
          g_signal_connect_swapped (self->agenda_sorted, "items-changed",
                                    G_CALLBACK (ta_calendar_view_agenda_changed), self);
          gtk_list_box_bind_model (self->agenda, G_LIST_MODEL (self->agenda_sorted),
                                   create_agenda_row, self, NULL);
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.new-session", participants != NULL);
  ta_calendar_view_agenda_changed (self);
}

TaMonthGrid *
_ta_calendar_view_get_month_grid (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->month_grid;
}

GtkListBox *
_ta_calendar_view_get_agenda (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->agenda;
}

TaSessionEditor *
_ta_calendar_view_open_editor (TaCalendarView *self,
                               GDateTime      *day)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return ta_calendar_view_open_editor (self, day);
}

AdwMessageDialog *
_ta_calendar_view_ask_held (TaCalendarView *self,
                            TaSession      *session)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  return ta_calendar_view_ask_held (self, session);
}

AdwMessageDialog *
_ta_calendar_view_ask_cancel (TaCalendarView *self,
                              TaSession      *session)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  return ta_calendar_view_ask_cancel (self, session);
}
