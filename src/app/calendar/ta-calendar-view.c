/* ta-calendar-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-agenda-row.h"
#include "ta-attention-list.h"
#include "ta-calendar-transfer.h"
#include "ta-calendar-view-private.h"
#include "ta-describe.h"
#include "ta-month-grid.h"
#include "ta-pairing.h"
#include "ta-pairing-row.h"
#include "ta-person-choices.h"
#include "ta-session-editor.h"
#include "ta-session-filter.h"
#include "ta-session-list.h"
#include "ta-session-outcome-dialog.h"
#include "ta-toast.h"

/* How far ahead the agenda looks, and how far back for sessions nobody
 * has marked held or cancelled yet, and for the recent history. */
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
  GtkWidget         *recent_box;
  GtkListBox        *recent;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;

  /* Owned references */
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
  TaSessionList     *agenda_sessions;
  GtkFilterListModel *agenda_filtered;
  GtkSortListModel  *agenda_sorted;
  GtkFilterListModel *recent_filtered;
  GtkSortListModel  *recent_sorted;
  /* The agenda's rows are made when the Calendar is first shown, not when
   * a programme opens: a large programme's weeks ahead are thousands of
   * rows, and most openings never look at them. */
  gboolean           agenda_bound;
  GtkFilter         *search_filter;
  GtkFilter         *grid_filter;
  char              *search_folded;   /* NULL: no search */
  TaSessionFilter   *filter;
  GArray            *pair_ids;     /* gint64, parallel to pair_names; 0 first */
  GDateTime         *today;        /* local midnight, when the agenda was made */
  gboolean           choices_stale;
  gboolean           filling_choices;
};

static void ta_calendar_view_bind_agenda (TaCalendarView *self);

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
                                  GTK_WIDGET (self), self->programme, day);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

/* A planned session opens in the editor; one that is held, cancelled or
 * a no-show shows what was recorded, to read and correct. */
static GtkWindow *
ta_calendar_view_open_session (TaCalendarView *self,
                               TaSession      *session)
{
  TaSessionEditor *editor;
  GtkRoot *root;

  if (self->participants == NULL)
    return NULL;

  if (ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED)
    return GTK_WINDOW (ta_session_outcome_show (GTK_WIDGET (self), self->programme, session));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = ta_session_editor_new_for_session (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              GTK_WIDGET (self), self->programme, session);
  gtk_window_present (GTK_WINDOW (editor));

  return GTK_WINDOW (editor);
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
ta_calendar_view_ask_held (TaCalendarView *self,
                           TaSession      *session)
{
  if (self->participants != NULL)
    ta_session_outcome_ask_held (GTK_WIDGET (self), self->programme, session);
}

static void
ta_calendar_view_ask_cancel (TaCalendarView *self,
                             TaSession      *session)
{
  if (self->participants != NULL)
    ta_session_outcome_ask_cancel (GTK_WIDGET (self), self->programme, session);
}

static void
agenda_row_action (TaSession      *session,
                   TaAgendaAction  action,
                   gpointer        user_data)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (user_data);

  switch (action)
    {
    case TA_AGENDA_ACTION_HELD:
      ta_calendar_view_ask_held (self, session);
      break;
    case TA_AGENDA_ACTION_CANCEL:
      ta_calendar_view_ask_cancel (self, session);
      break;
    case TA_AGENDA_ACTION_MOVE:
    default:
      ta_calendar_view_open_session (self, session);
      break;
    }
}

/* The agenda */

static GtkWidget *
create_agenda_row (gpointer item,
                   gpointer user_data)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (user_data);

  return ta_agenda_row_new (TA_SESSION (item), self->programme, agenda_row_action, self);
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

static int
compare_sessions_newest_first (gconstpointer a,
                               gconstpointer b,
                               gpointer      user_data)
{
  return -compare_sessions (a, b, user_data);
}

static void
ta_calendar_view_agenda_changed (TaCalendarView *self)
{
  gboolean empty = self->agenda_sorted == NULL ||
                   g_list_model_get_n_items (G_LIST_MODEL (self->agenda_sorted)) == 0;

  adw_status_page_set_description (self->agenda_empty,
                                   ta_session_filter_is_active (self->filter)
                                   || self->search_folded != NULL
                                   ? _("No session ahead matches the filter.")
                                   : _("Double-click a day to plan one."));
  gtk_stack_set_visible_child_name (self->agenda_stack, empty ? "empty" : "list");
  gtk_widget_set_visible (self->recent_box,
                          self->recent_sorted != NULL &&
                          g_list_model_get_n_items (G_LIST_MODEL (self->recent_sorted)) > 0);
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

/* The history: marked, before today; the newest first. */
static gboolean
recent_includes (gpointer item,
                 gpointer user_data)
{
  return !agenda_includes (item, user_data);
}

/* Searching: every word of the search in who meets (the pair, the
 * attendees), the title or the place, accents and case aside. */
static gboolean
search_includes (gpointer item,
                 gpointer user_data)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (user_data);
  TaSession *session = TA_SESSION (item);
  g_autoptr(GString) text = NULL;
  g_autofree char *who = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  const gint64 *attendees;
  guint n_attendees = 0;

  if (self->search_folded == NULL || self->participants == NULL)
    return TRUE;

  who = ta_describe_session (session, self->programme);
  text = g_string_new (who);
  g_string_append_printf (text, " %s %s",
                          ta_session_get_title (session) ? ta_session_get_title (session) : "",
                          ta_session_get_location (session) ? ta_session_get_location (session) : "");
  attendees = ta_session_get_attendees (session, &n_attendees);
  for (guint i = 0; i < n_attendees; i++)
    {
      TaParticipant *participant = ta_participant_list_lookup (self->participants, attendees[i]);

      if (participant != NULL)
        g_string_append_printf (text, " %s", ta_participant_get_name (participant));
    }

  folded = ta_search_fold (text->str);
  words = g_strsplit (self->search_folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
ta_calendar_view_search_changed (TaCalendarView *self)
{
  g_autofree char *folded = ta_search_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_strstrip (folded);
  g_clear_pointer (&self->search_folded, g_free);
  if (folded[0] != '\0')
    self->search_folded = g_steal_pointer (&folded);
  gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  ta_calendar_view_agenda_changed (self);
}

static void
ta_calendar_view_search_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (widget);

  /* The search filters the agenda: narrow, it is the page shown. */
  adw_leaflet_set_visible_child_name (self->leaflet, "agenda");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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
  pairings = ta_programme_list_pairings (self->programme, &error);
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

  if (!ta_session_filter_set (self->filter, self->programme,
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
    ta_calendar_export (widget, self->programme,
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
    ta_calendar_import (widget, self->programme);
}

static void
ta_calendar_view_dispose (GObject *object)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (object);

  /* Before the template goes: its children let go of the programme. */
  ta_calendar_view_set_programme (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_CALENDAR_VIEW);
  g_clear_object (&self->filter);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->grid_filter);

  G_OBJECT_CLASS (ta_calendar_view_parent_class)->dispose (object);
}

static void
ta_calendar_view_finalize (GObject *object)
{
  TaCalendarView *self = TA_CALENDAR_VIEW (object);

  g_clear_pointer (&self->pair_ids, g_array_unref);
  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_pointer (&self->search_folded, g_free);

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
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, recent_box);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, recent);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TaCalendarView, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, ta_calendar_view_search_changed);
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
  /* The window's Ctrl+F and "+" (shared by every page). */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, ta_calendar_view_search_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL, ta_calendar_view_new_session_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "calendar.next-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "calendar.today", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "calendar.new-session", NULL);
}

static void
ta_calendar_view_set_enabled (TaCalendarView *self,
                              gboolean        enabled)
{
  const char *actions[] = { "calendar.new-session", "calendar.export", "calendar.import", "page.add" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_button), enabled);
}

static void
ta_calendar_view_init (TaCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (ta_calendar_view_bind_agenda), NULL);

  self->filter = ta_session_filter_new ();
  self->pair_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->choices_stale = TRUE;
  self->search_filter = GTK_FILTER (gtk_custom_filter_new (search_includes, self, NULL));
  self->grid_filter = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->grid_filter), GTK_FILTER (g_object_ref (self->filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->grid_filter), GTK_FILTER (g_object_ref (self->search_filter)));
  ta_month_grid_set_filter (self->month_grid, self->grid_filter);

  ta_calendar_view_date_changed (self);
  ta_calendar_view_agenda_changed (self);
  ta_calendar_view_set_enabled (self, FALSE);
}

/* Makes the agenda's rows once the view is on screen (see agenda_bound). */
static void
ta_calendar_view_bind_agenda (TaCalendarView *self)
{
  if (self->agenda_bound || self->agenda_sorted == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->agenda_bound = TRUE;
  gtk_list_box_bind_model (self->agenda, G_LIST_MODEL (self->agenda_sorted), create_agenda_row, self, NULL);
  gtk_list_box_bind_model (self->recent, G_LIST_MODEL (self->recent_sorted), create_agenda_row, self, NULL);
}

/**
 * ta_calendar_view_set_programme:
 * @self: a #TaCalendarView
 * @programme: (nullable): the open programme
 */
void
ta_calendar_view_set_programme (TaCalendarView *self,
                                TaProgramme    *programme)
{
  TaParticipantList *participants = programme != NULL ? ta_programme_get_participants (programme) : NULL;

  g_return_if_fail (TA_IS_CALENDAR_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  gtk_list_box_bind_model (self->agenda, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->recent, NULL, NULL, NULL, NULL);
  self->agenda_bound = FALSE;
  if (self->agenda_sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->agenda_sorted, ta_calendar_view_agenda_changed, self);
  if (self->recent_sorted != NULL)
    g_signal_handlers_disconnect_by_func (self->recent_sorted, ta_calendar_view_agenda_changed, self);
  if (self->programme != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->participants, ta_calendar_view_choices_stale, self);
      g_signal_handlers_disconnect_by_func (self->programme, ta_calendar_view_choices_stale, self);
    }
  g_clear_object (&self->agenda_sorted);
  g_clear_object (&self->agenda_filtered);
  g_clear_object (&self->recent_sorted);
  g_clear_object (&self->recent_filtered);
  g_clear_object (&self->agenda_sessions);
  g_set_object (&self->programme, programme);
  self->participants = participants;
  self->choices_stale = TRUE;
  gtk_drop_down_set_model (self->person_dropdown, NULL);

  ta_month_grid_set_programme (self->month_grid, programme);
  ta_attention_list_set_programme (self->attention_list, programme);

  if (programme != NULL)
    {
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GDateTime) to = NULL;
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&self->today, g_date_time_unref);
      self->today = today_midnight ();
      from = g_date_time_add_weeks (self->today, -AGENDA_UNMARKED_WEEKS);
      to = g_date_time_add_weeks (self->today, AGENDA_WEEKS);

      /* Pairs are named after their people. */
      g_signal_connect_swapped (participants, "items-changed", G_CALLBACK (ta_calendar_view_choices_stale), self);
      g_signal_connect_swapped (programme, "changed::pairings", G_CALLBACK (ta_calendar_view_choices_stale), self);

      self->agenda_sessions = ta_programme_new_session_range (programme, from, to, &error);
      if (self->agenda_sessions == NULL)
        {
          g_warning ("Could not list the sessions ahead: %s", error->message);
        }
      else
        {
          GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_sessions, NULL, NULL));
          GtkSorter *newest_first = GTK_SORTER (gtk_custom_sorter_new (compare_sessions_newest_first, NULL, NULL));
          GtkEveryFilter *filter = gtk_every_filter_new ();
          GtkEveryFilter *recent_filter = gtk_every_filter_new ();

          gtk_multi_filter_append (GTK_MULTI_FILTER (filter),
                                   GTK_FILTER (gtk_custom_filter_new (agenda_includes, self, NULL)));
          gtk_multi_filter_append (GTK_MULTI_FILTER (filter), GTK_FILTER (g_object_ref (self->grid_filter)));
          self->agenda_filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_sessions)),
                                                             GTK_FILTER (filter));
          self->agenda_sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_filtered)),
                                                         sorter);
          g_signal_connect_swapped (self->agenda_sorted, "items-changed",
                                    G_CALLBACK (ta_calendar_view_agenda_changed), self);

          gtk_multi_filter_append (GTK_MULTI_FILTER (recent_filter),
                                   GTK_FILTER (gtk_custom_filter_new (recent_includes, self, NULL)));
          gtk_multi_filter_append (GTK_MULTI_FILTER (recent_filter), GTK_FILTER (g_object_ref (self->grid_filter)));
          self->recent_filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->agenda_sessions)),
                                                             GTK_FILTER (recent_filter));
          self->recent_sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->recent_filtered)),
                                                         newest_first);
          g_signal_connect_swapped (self->recent_sorted, "items-changed",
                                    G_CALLBACK (ta_calendar_view_agenda_changed), self);
        }
    }

  ta_calendar_view_bind_agenda (self);
  ta_calendar_view_set_enabled (self, programme != NULL);
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
  return ta_session_outcome_ask_held (GTK_WIDGET (self), self->programme, session);
}

AdwMessageDialog *
_ta_calendar_view_ask_cancel (TaCalendarView *self,
                              TaSession      *session)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  return ta_session_outcome_ask_cancel (GTK_WIDGET (self), self->programme, session);
}

GtkWindow *
_ta_calendar_view_open_session (TaCalendarView *self,
                                TaSession      *session)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  return ta_calendar_view_open_session (self, session);
}

GtkListBox *
_ta_calendar_view_get_recent (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->recent;
}

GtkSearchEntry *
_ta_calendar_view_get_search_entry (TaCalendarView *self)
{
  g_return_val_if_fail (TA_IS_CALENDAR_VIEW (self), NULL);
  return self->search_entry;
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
