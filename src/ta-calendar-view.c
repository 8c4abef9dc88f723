/* ta-calendar-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-attention-list.h"
#include "ta-calendar-transfer.h"
#include "ta-calendar-view-private.h"
#include "ta-month-grid.h"
#include "ta-pairing.h"
#include "ta-pairing-row.h"
#include "ta-person-choices.h"
#include "ta-session-editor.h"
#include "ta-session-filter.h"
#include "ta-session-list.h"
#include "ta-store.h"
#include "ta-toast.h"

/* How far ahead the agenda looks, and how far back for sessions nobody
 * has marked held or cancelled yet. */
#define AGENDA_WEEKS 12
#define AGENDA_UNMARKED_WEEKS 4

struct _TaCalendarView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkLabel          *month_label;
  GtkMenuButton     *filter_button;
  GtkDropDown       *kind_dropdown;
  GtkDropDown       *person_dropdown;
  GtkDropDown       *pair_dropdown;
  GtkStringList     *pair_names;
  TaMonthGrid       *month_grid;
  TaAttentionList   *attention_list;
  GtkStack          *agenda_stack;
  AdwStatusPage     *agenda_empty;
  GtkListBox        *agenda;

  /* Owned references */
  TaParticipantList *participants;
  TaSessionList     *agenda_sessions;
  GtkFilterListModel *agenda_filtered;
  GtkSortListModel  *agenda_sorted;
  TaSessionFilter   *filter;
  GArray            *pair_ids;     /* gint64, parallel to pair_names; 0 first */
  GDateTime         *today;        /* local midnight, when the agenda was made */
  gboolean           choices_stale;
  gboolean           filling_choices;
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
ta_calendar_view_open_session (TaCalendarView *self,
                               TaSession      *session)
{
  TaSessionEditor *editor;
  GtkRoot *root;

  if (self->participants == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = ta_session_editor_new_for_session (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              GTK_WIDGET (self), self->participants, session);
  gtk_window_present (GTK_WINDOW (editor));
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
  g_autoptr(TaSession) before = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ta_store_update_session (ta_participant_list_get_store (self->participants),
                                changed, &error))
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Could not save the session: %s"), error->message);
      return;
    }

  /* Undo puts back the session as it was, unless someone changed it
   * after this mark. */
  before = ta_session_copy (original);
  ta_session_set_revision (before, ta_session_get_revision (changed));

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data (G_OBJECT (toast), "view", self);
  g_object_set_data_full (G_OBJECT (toast), "original", g_steal_pointer (&before), g_object_unref);
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

  /* The session as it is now: if it changes before the answer (another
   * window or process marks it), the store refuses this stale copy. */
  g_object_set_data_full (G_OBJECT (dialog), "session", ta_session_copy (session), g_object_unref);
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
  /* The session as it is now: if it changes before the answer (another
   * window or process marks it), the store refuses this stale copy. */
  g_object_set_data_full (G_OBJECT (dialog), "session", ta_session_copy (session), g_object_unref);
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
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (session), g_object_unref);
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

  adw_status_page_set_description (self->agenda_empty,
                                   ta_session_filter_is_active (self->filter)
                                   ? _("No session ahead matches the filter.")
                                   : _("Double-click a day to plan one."));
  gtk_stack_set_visible_child_name (self->agenda_stack, empty ? "empty" : "list");
}

/* Ahead, or behind and still to be marked held or cancelled. */
static gboolean
agenda_includes (gpointer item,
                 gpointer user_data)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (user_data);
  TaSession *session = TA_SESSION (item);

  return ta_session_get_status (session) == TA_SESSION_STATUS_PLANNED ||
         g_date_time_compare (ta_session_get_starts_at (session), self->today) >= 0;
}

static void
ta_calendar_view_agenda_row_activated (TaCalendarView *self,
                                       GtkListBoxRow  *row)
{
  TaSession *session = g_object_get_data (G_OBJECT (row), "session");

  if (session != NULL)
    ta_calendar_view_open_session (self, session);
}

static void
ta_calendar_view_session_activated (TaCalendarView *self,
                                    TaSession      *session)
{
  ta_calendar_view_open_session (self, session);
}

static gboolean
invert_boolean (gpointer instance,
                gboolean value)
{
  return !value;
}

/* Filters */

static void
ta_calendar_view_choices_stale (TaCalendarView *self)
{
  self->choices_stale = TRUE;
}

static void
select_id (GtkDropDown *dropdown,
           GArray      *ids,
           gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (dropdown, 0);
}

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return 0;

  return g_array_index (ids, gint64, position);
}

static gint64
selected_person (TaCalendarView *self)
{
  GListModel *people = G_LIST_MODEL (gtk_drop_down_get_model (self->person_dropdown));

  return people != NULL ? ta_person_choices_get_id (people, gtk_drop_down_get_selected (self->person_dropdown)) : 0;
}

/* The people and pairs to choose from, made when the popover opens: a
 * programme of 100,000 people does not pay for them at start-up.  The
 * people follow the programme by themselves; the pairs are made again
 * when they changed. */
static void
ta_calendar_view_fill_choices (TaCalendarView *self)
{
  TaStore *store = ta_participant_list_get_store (self->participants);
  gint64 pair = selected_id (self->pair_dropdown, self->pair_ids);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) pair_builder = g_strv_builder_new ();
  g_auto(GStrv) pair_strv = NULL;
  gint64 zero = 0;

  self->filling_choices = TRUE;

  if (gtk_drop_down_get_model (self->person_dropdown) == NULL)
    {
      g_autoptr(GListModel) people = ta_person_choices_new (self->participants, _("Everyone"), NULL);
      g_autoptr(GtkExpression) name = ta_person_choices_expression ();

      gtk_drop_down_set_expression (self->person_dropdown, name);
      gtk_drop_down_set_model (self->person_dropdown, people);
      gtk_drop_down_set_selected (self->person_dropdown, 0);
    }

  g_array_set_size (self->pair_ids, 0);
  g_array_append_val (self->pair_ids, zero);
  g_strv_builder_add (pair_builder, _("All Pairs"));
  pairings = ta_store_list_pairings (store, &error);
  if (pairings == NULL)
    g_warning ("Could not list the pairs: %s", error->message);
  for (guint i = 0; pairings != NULL && i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *title = ta_pairing_format_title (pairing, self->participants);
      gint64 id = ta_pairing_get_id (pairing);

      g_array_append_val (self->pair_ids, id);
      g_strv_builder_add (pair_builder, title);
    }
  pair_strv = g_strv_builder_end (pair_builder);
  gtk_string_list_splice (self->pair_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->pair_names)),
                          (const char * const *) pair_strv);

  select_id (self->pair_dropdown, self->pair_ids, pair);

  self->filling_choices = FALSE;
  self->choices_stale = FALSE;
}

static void
ta_calendar_view_filter_popover_shown (TaCalendarView *self)
{
  if (self->participants != NULL && self->choices_stale)
    ta_calendar_view_fill_choices (self);
}

static void
ta_calendar_view_filter_changed (TaCalendarView *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->filling_choices || self->participants == NULL)
    return;

  if (!ta_session_filter_set (self->filter, ta_participant_list_get_store (self->participants),
                              kind == 0 || kind == GTK_INVALID_LIST_POSITION
                              ? TA_SESSION_FILTER_ANY_KIND : (int) kind - 1,
                              selected_person (self),
                              selected_id (self->pair_dropdown, self->pair_ids),
                              &error))
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot filter the sessions: %s"), error->message);
      return;
    }

  if (ta_session_filter_is_active (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  ta_calendar_view_agenda_changed (self);
}

static void
ta_calendar_view_clear_filter_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);

  self->filling_choices = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->person_dropdown, 0);
  gtk_drop_down_set_selected (self->pair_dropdown, 0);
  self->filling_choices = FALSE;
  ta_calendar_view_filter_changed (self);
}

/* iCalendar */

static void
ta_calendar_view_export_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);

  if (self->participants != NULL)
    ta_calendar_export (widget, self->participants,
                        ta_session_filter_get_pairing (self->filter),
                        ta_session_filter_get_participant (self->filter));
}

static void
ta_calendar_view_import_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);

  if (self->participants != NULL)
    ta_calendar_import (widget, self->participants);
}

static void
ta_calendar_view_dispose (GObject *object)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (object);

  /* Before the template goes: its children let go of the programme. */
  ta_calendar_view_set_participants (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_CALENDAR_VIEW);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ta_calendar_view_parent_class)->dispose (object);
}

static void
ta_calendar_view_finalize (GObject *object)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (object);

  g_clear_pointer (&self->pair_ids, g_array_unref);
  g_clear_pointer (&self->today, g_date_time_unref);

  G_OBJECT_CLASS (ta_calendar_view_parent_class)->finalize (object);
}

static void
ta_calendar_view_class_init (TaCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_calendar_view_dispose;
  object_class->finalize = ta_calendar_view_finalize;

  g_type_ensure (TA_TYPE_MONTH_GRID);
  g_type_ensure (TA_TYPE_ATTENTION_LIST);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, pair_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, pair_names);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, month_grid);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, attention_list);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, agenda_stack);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, agenda_empty);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, agenda);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_day_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_session_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_agenda_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_filter_popover_shown);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, invert_boolean);

  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, ta_calendar_view_previous_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, ta_calendar_view_next_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, ta_calendar_view_today_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-session", NULL, ta_calendar_view_new_session_action);
  gtk_widget_class_install_action (widget_class, "calendar.show-agenda", NULL, ta_calendar_view_show_agenda_action);
  gtk_widget_class_install_action (widget_class, "calendar.show-month", NULL, ta_calendar_view_show_month_action);
  gtk_widget_class_install_action (widget_class, "calendar.clear-filter", NULL, ta_calendar_view_clear_filter_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, ta_calendar_view_export_action);
  gtk_widget_class_install_action (widget_class, "calendar.import", NULL, ta_calendar_view_import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "calendar.new-session", NULL);
}

static void
ta_calendar_view_set_enabled (TaCalendarView *self,
                              gboolean        enabled)
{
  const char *actions[] = { "calendar.new-session", "calendar.export", "calendar.import" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), enabled);
}

static void
ta_calendar_view_init (TaCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = ta_session_filter_new ();
  self->pair_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->choices_stale = TRUE;
  ta_month_grid_set_filter (self->month_grid, GTK_FILTER (self->filter));

  ta_calendar_view_date_changed (self);
  ta_calendar_view_agenda_changed (self);
  ta_calendar_view_set_enabled (self, FALSE);
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

  if (self->participants == participants)
    return;

  gtk_list_box_bind_model (self->agenda, NULL, NULL, NULL, NULL);
  if (self->agenda_sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->agenda_sorted, ta_calendar_view_agenda_changed, self);
  if (self->participants != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->participants, ta_calendar_view_choices_stale, self);
      g_signal_handlers_disconnect_by_func (ta_participant_list_get_store (self->participants),
                                            ta_calendar_view_choices_stale, self);
    }
  g_clear_object (&self->agenda_sorted);
  g_clear_object (&self->agenda_filtered);
  g_clear_object (&self->agenda_sessions);
  g_set_object (&self->participants, participants);
  self->choices_stale = TRUE;
  gtk_drop_down_set_model (self->person_dropdown, NULL);

  ta_month_grid_set_participants (self->month_grid, participants);
  ta_attention_list_set_participants (self->attention_list, participants);

  if (participants != NULL)
    {
      TaStore *store = ta_participant_list_get_store (participants);
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GDateTime) to = NULL;
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&self->today, g_date_time_unref);
      self->today = today_midnight ();
      from = g_date_time_add_weeks (self->today, -AGENDA_UNMARKED_WEEKS);
      to = g_date_time_add_weeks (self->today, AGENDA_WEEKS);

      /* Pairs are named after their people. */
      g_signal_connect_swapped (participants, "items-changed", G_CALLBACK (ta_calendar_view_choices_stale), self);
      g_signal_connect_swapped (store, "pairing-added", G_CALLBACK (ta_calendar_view_choices_stale), self);
      g_signal_connect_swapped (store, "pairing-removed", G_CALLBACK (ta_calendar_view_choices_stale), self);

      self->agenda_sessions = ta_session_list_new_between (store, from, to, &error);
      if (self->agenda_sessions == NULL)
        {
          g_warning ("Could not list the sessions ahead: %s", error->message);
        }
      else
        {
          GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sessions, NULL, NULL));
          GtkEveryFilter *filter = gtk_every_filter_new ();

          gtk_multi_filter_append (GTK_MULTI_FILTER (filter),
                                   GTK_FILTER (gtk_custom_filter_new (agenda_includes, self, NULL)));
          gtk_multi_filter_append (GTK_MULTI_FILTER (filter), GTK_FILTER (g_object_ref (self->filter)));
          self->agenda_filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_sessions)),
                                                             GTK_FILTER (filter));
          self->agenda_sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_filtered)),
                                                         sorter);
          g_signal_connect_swapped (self->agenda_sorted, "items-changed",
                                    G_CALLBACK (ta_calendar_view_agenda_changed), self);
          gtk_list_box_bind_model (self->agenda, G_LIST_MODEL (self->agenda_sorted),
                                   create_agenda_row, self, NULL);
        }
    }

  ta_calendar_view_set_enabled (self, participants != NULL);
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

TaSessionFilter *
_ta_calendar_view_get_filter (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->filter;
}

TaAttentionList *
_ta_calendar_view_get_attention_list (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->attention_list;
}

GtkDropDown *
_ta_calendar_view_get_person_dropdown (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  ta_calendar_view_filter_popover_shown (self);
  return self->person_dropdown;
}
