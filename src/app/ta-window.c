/* ta-window.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-application.h"
#include "ta-board-view-private.h"
#include "ta-calendar-view-private.h"
#include "ta-reminders.h"
#include "ta-directory-view-private.h"
#include "ta-insights-view.h"
#include "ta-pairs-view.h"
#include "ta-partner-finder.h"
#include "ta-programmes.h"
#include "ta-toast.h"
#include "ta-window-internal.h"

/* From this width the header has room for the programme's name beside the
 * view switcher. */
#define WIDE_TITLE_WIDTH 1000

/* How often the open programme is looked at for writes by another process
 * (turnabout-cli import, a second Turnabout): one cheap pragma. */
#define CHANGE_CHECK_INTERVAL_SECONDS 2

G_DEFINE_FINAL_TYPE (TaWindow, ta_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
ta_window_update_actions (TaWindow *self)
{
  gboolean open;
  gboolean busy;
  gboolean empty;
  gboolean directory;

  g_assert (TA_IS_WINDOW (self));

  open = self->programme != NULL;
  busy = open && ta_directory_view_get_busy (self->directory_view);
  empty = open && ta_directory_view_get_empty (self->directory_view);
  /* A personal programme has no directory and no suggestions. */
  directory = open && !ta_window_is_personal (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-participant", directory);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", directory && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", directory && !busy && !empty);
  /* The sample always goes into a file of its own, so it is always offered. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest-pairs",
                                 directory && !empty && !ta_pairs_view_get_busy (self->pairs_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-partner", directory && !empty);
}

/* The window's commands are the directory's for now; later views will
 * answer the ones that concern them. */
static void
ta_window_forward_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  g_autofree char *name = NULL;

  g_assert (g_str_has_prefix (action_name, "win."));

  adw_view_stack_set_visible_child_name (self->view_stack, "directory");

  name = g_strconcat ("directory.", action_name + strlen ("win."), NULL);
  gtk_widget_activate_action_variant (GTK_WIDGET (self->directory_view), name, parameter);
}

static void
ta_window_suggest_pairs_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "pairs");
  gtk_widget_activate_action (GTK_WIDGET (self->pairs_view), "pairs.suggest", NULL);
}

/* From the Pairs view, a participant's detail or a person left unpaired:
 * the participant's id, or 0 to choose someone first. */
static void
ta_window_find_partner_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  TaPartnerFinder *finder;

  if (self->programme == NULL)
    return;

  finder = ta_partner_finder_new (GTK_WINDOW (self), self->programme, g_variant_get_int64 (parameter));
  gtk_window_present (GTK_WINDOW (finder));
}

/* The page the window shows: its widget, or NULL before a programme. */
static GtkWidget *
ta_window_get_visible_page (TaWindow *self)
{
  if (self->programme == NULL)
    return NULL;

  return adw_view_stack_get_visible_child (self->view_stack);
}

/* Ctrl+F and the header's "+" act on the page one is looking at, through
 * its page.search and page.add actions; a page without them yet gets what
 * the window did before: the directory's search and Add Participant. */
static void
ta_window_page_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  GtkWidget *page = ta_window_get_visible_page (self);
  gboolean search = g_strcmp0 (action_name, "win.search") == 0;

  if (page == NULL)
    return;

  if (gtk_widget_activate_action (page, search ? "page.search" : "page.add", NULL))
    return;
  if (!search && page == GTK_WIDGET (self->calendar_view)
      && gtk_widget_activate_action (page, "calendar.new-session", NULL))
    return;
  if (ta_window_is_personal (self))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "directory");
  gtk_widget_activate_action (GTK_WIDGET (self->directory_view),
                              search ? "directory.search" : "directory.add-participant", NULL);
}

/* Whether @widget's class installed the action @name. */
static gboolean
has_class_action (GtkWidget  *widget,
                  const char *name)
{
  const GVariantType *parameter_type;
  const char *property_name;
  const char *action_name;
  GType owner;

  if (widget == NULL)
    return FALSE;

  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (widget), i, &owner, &action_name,
                                                   &parameter_type, &property_name); i++)
    if (g_strcmp0 (action_name, name) == 0)
      return TRUE;

  return FALSE;
}

/* The header's "+" says what it adds on the page shown: what page.add
 * does there, or Add Participant where the page has none (see
 * ta_window_page_action()). */
void
ta_window_update_add_button (TaWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  const char *label;

  if (!has_class_action (page, "page.add") && g_strcmp0 (name, "calendar") != 0)
    label = _("Add Participant");
  else if (g_strcmp0 (name, "pairs") == 0 || g_strcmp0 (name, "my-pairs") == 0)
    label = _("New Pair…");
  else if (g_strcmp0 (name, "calendar") == 0)
    label = _("New Session…");
  else if (g_strcmp0 (name, "board") == 0)
    label = _("New Topic…");
  else
    label = _("Add Participant");

  gtk_widget_set_tooltip_text (self->add_button, label);
  ta_accessible_set_label (GTK_WIDGET (self->add_button), label);
}

/* Alt+1…5 */
static void
ta_window_show_page_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  AdwViewStackPage *page;

  if (self->programme == NULL)
    return;

  /* A personal programme's pairs are My Pairs; its other pages are not
   * there. */
  if (ta_window_is_personal (self) && g_strcmp0 (name, "pairs") == 0)
    name = "my-pairs";
  page = adw_view_stack_get_page (self->view_stack, adw_view_stack_get_child_by_name (self->view_stack, name));
  if (page != NULL && adw_view_stack_page_get_visible (page))
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* The programme's name in the header and the window title, its folder
 * below it. */
static void
ta_window_update_title (TaWindow *self)
{
  const char *path = ta_window_get_database_path (self);
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;

  if (path == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, "Turnabout");
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      adw_window_title_set_title (self->programme_title, NULL);
      adw_window_title_set_subtitle (self->programme_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Turnabout");
      return;
    }

  title = ta_programmes_get_title (path);
  folder = ta_programmes_get_folder (path);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, folder);
  adw_window_title_set_title (self->programme_title, title);
  adw_window_title_set_subtitle (self->programme_title, folder);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static gboolean
ta_window_title_idle_cb (gpointer user_data)
{
  TaWindow *self = TA_WINDOW (user_data);
  gboolean wide = gtk_widget_get_width (GTK_WIDGET (self)) >= WIDE_TITLE_WIDTH;

  self->title_idle = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->programme_title), wide && self->programme != NULL);

  return G_SOURCE_REMOVE;
}

/* The name beside the switcher depends on the window's width only, never
 * on the switcher's (which it would squeeze back and forth); changed
 * after the allocation, not during it. */
static void
ta_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  TaWindow *self = TA_WINDOW (widget);
  gboolean wide = width >= WIDE_TITLE_WIDTH && self->programme != NULL;

  GTK_WIDGET_CLASS (ta_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (wide != gtk_widget_get_visible (GTK_WIDGET (self->programme_title)) && self->title_idle == 0)
    self->title_idle = g_idle_add (ta_window_title_idle_cb, self);
}

/* From a person's page: their pair, on the Pairs page. */
static void
ta_window_show_pairing_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "pairs");
  ta_pairs_view_show_pairing (self->pairs_view, g_variant_get_int64 (parameter));
}

/* From Insights: a person behind a figure, in the Directory (their
 * details beside the list, or in place of it on a narrow window). */
static void
ta_window_show_participant_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkSelectionModel *model = _ta_directory_view_get_model (self->directory_view);
  GtkColumnView *column_view = _ta_directory_view_get_column_view (self->directory_view);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  adw_view_stack_set_visible_child_name (self->view_stack, "directory");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (ta_participant_get_id (participant) != id)
        continue;

      gtk_selection_model_select_item (model, i, TRUE);
      /* Narrow, one tap opens the details: do what it does. */
      if (gtk_column_view_get_single_click_activate (column_view))
        g_signal_emit_by_name (column_view, "activate", i);
      return;
    }

  /* Hidden by the Directory's search or filter, or left the programme. */
  ta_toast_add_error (GTK_WIDGET (self), "%s",
                      _("This participant is not in the list shown: clear the search or the filter"));
}

/* From Insights: a session behind a figure, as the Calendar opens it. */
static void
ta_window_show_session_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (self->programme == NULL)
    return;

  session = ta_programme_get_session (self->programme, g_variant_get_int64 (parameter), &error);
  adw_view_stack_set_visible_child_name (self->view_stack, "calendar");
  if (session == NULL)
    ta_toast_add_error (GTK_WIDGET (self), _("Could not open the session: %s"), error->message);
  else
    _ta_calendar_view_open_session (self->calendar_view, session);
}

/* From Insights: a topic, on the Board and in its editor. */
static void
ta_window_show_topic_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TaWindow *self = TA_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  TaTopic *topic;

  if (self->programme == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "board");
  topic = ta_topic_list_lookup (ta_programme_get_topics (self->programme), id);
  if (topic == NULL)
    return;
  _ta_board_view_focus_topic (self->board_view, id);
  _ta_board_view_open_topic (self->board_view, topic);
}

static gboolean
ta_window_close_request (GtkWindow *window)
{
  TaWindow *self = TA_WINDOW (window);
  int width;
  int height;

  /* GTK 4 keeps the default size as the unmaximised size. */
  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ta_window_parent_class)->close_request (window);
}

/* Another process's writes come into the live lists, in place, through the
 * store's reset signals; a view never shows a stale record for longer than
 * the interval, nor after the window is brought back to the front. */
static void
ta_window_check_for_changes (TaWindow *self)
{
  if (self->programme != NULL)
    ta_programme_check_for_changes (self->programme);
}

static gboolean
ta_window_change_check_cb (gpointer user_data)
{
  ta_window_check_for_changes (TA_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

static void
ta_window_notify_is_active_cb (TaWindow   *self,
                               GParamSpec *pspec,
                               gpointer    user_data)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    ta_window_check_for_changes (self);
}

static void
ta_window_dispose (GObject *object)
{
  TaWindow *self = TA_WINDOW (object);

  g_clear_handle_id (&self->change_check_source, g_source_remove);
  g_clear_handle_id (&self->title_idle, g_source_remove);
  g_clear_weak_pointer (&self->exchange_dialog);
  g_clear_object (&self->reminders);
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_clear_object (&self->programme);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ta_window_parent_class)->dispose (object);
}

static void
ta_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TaWindow *self = TA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TaWindow *self = TA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_window_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_window_class_init (TaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ta_window_dispose;
  object_class->get_property = ta_window_get_property;
  object_class->set_property = ta_window_set_property;

  window_class->close_request = ta_window_close_request;
  widget_class->size_allocate = ta_window_size_allocate;

  /**
   * TaWindow:programme: (nullable)
   *
   * The open programme, or %NULL when no programme could be opened.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_DIRECTORY_VIEW);
  g_type_ensure (TA_TYPE_PAIRS_VIEW);
  g_type_ensure (TA_TYPE_CALENDAR_VIEW);
  g_type_ensure (TA_TYPE_BOARD_VIEW);
  g_type_ensure (TA_TYPE_MY_PAIRS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-window.ui");
  /* The fifth page, measuring the other four. */
  g_type_ensure (TA_TYPE_INSIGHTS_VIEW);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, insights_view);

  gtk_widget_class_bind_template_child (widget_class, TaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, programme_title);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, closed_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, directory_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, pairs_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, board_view);
  gtk_widget_class_bind_template_callback (widget_class, ta_window_update_actions);
  gtk_widget_class_bind_template_callback (widget_class, ta_window_update_add_button);
  ta_window_side_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "win.add", NULL, ta_window_page_action);
  /* The directory's own, whatever page is shown (its empty state, tests). */
  gtk_widget_class_install_action (widget_class, "win.add-participant", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, ta_window_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", ta_window_show_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-programme", NULL, ta_window_new_programme_action);
  gtk_widget_class_install_action (widget_class, "win.open-programme", NULL, ta_window_open_programme_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "ay", ta_window_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, ta_window_load_sample_action);
  gtk_widget_class_install_action (widget_class, "win.suggest-pairs", NULL, ta_window_suggest_pairs_action);
  gtk_widget_class_install_action (widget_class, "win.find-partner", "x", ta_window_find_partner_action);
  gtk_widget_class_install_action (widget_class, "win.show-pairing", "x", ta_window_show_pairing_action);
  gtk_widget_class_install_action (widget_class, "win.show-participant", "x", ta_window_show_participant_action);
  gtk_widget_class_install_action (widget_class, "win.show-session", "x", ta_window_show_session_action);
  gtk_widget_class_install_action (widget_class, "win.show-topic", "x", ta_window_show_topic_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-programme", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "directory");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "pairs");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "calendar");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "board");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "insights");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.suggest-pairs", NULL);
  /* Find a Partner has no shortcut: Ctrl+P is Print in GNOME. */
}

static void
ta_window_init (TaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ta_window_side_init (self);
  /* Every page's buttons, not only those of the page first shown. */
  ta_accessible_fix_tree (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  self->settings = g_settings_new (TA_SETTINGS_SCHEMA_ID);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (ta_window_notify_is_active_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "show-left-participants",
                   self->directory_view, "show-left-participants",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->settings, "changed::recent-programmes",
                           G_CALLBACK (ta_window_update_recent), self, G_CONNECT_SWAPPED);

  ta_window_update_actions (self);
  ta_window_update_add_button (self);
  ta_window_update_recent (self);
}

/**
 * ta_window_new:
 * @application: the application
 *
 * Returns: (transfer none): a new main window, showing that no programme is
 *   open until ta_window_set_programme() is called
 */
TaWindow *
ta_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (TA_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * ta_window_get_programme:
 * @self: a #TaWindow
 *
 * Returns: (transfer none) (nullable): the open programme
 */
TaProgramme *
ta_window_get_programme (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  return self->programme;
}

/**
 * ta_window_get_participants:
 * @self: a #TaWindow
 *
 * Returns: (transfer none) (nullable): the participants of the open
 *   programme
 */
TaParticipantList *
ta_window_get_participants (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  return self->programme != NULL ? ta_programme_get_participants (self->programme) : NULL;
}

/**
 * ta_window_set_programme:
 * @self: a #TaWindow
 * @programme: (nullable): the programme to show
 */
void
ta_window_set_programme (TaWindow    *self,
                         TaProgramme *programme)
{
  const char *path;

  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_set_object (&self->programme, programme);

  ta_directory_view_set_programme (self->directory_view, programme);
  ta_pairs_view_set_programme (self->pairs_view, programme);
  ta_calendar_view_set_programme (self->calendar_view, programme);
  ta_board_view_set_programme (self->board_view, programme);
  ta_insights_view_set_programme (self->insights_view, programme);

  /* While the window is open: other processes' writes to this programme
   * come in, and its sessions are reminded of. */
  g_clear_object (&self->reminders);
  g_clear_handle_id (&self->change_check_source, g_source_remove);
  if (programme != NULL)
    {
      self->change_check_source =
        g_timeout_add_seconds_full (G_PRIORITY_LOW, CHANGE_CHECK_INTERVAL_SECONDS,
                                    ta_window_change_check_cb, self, NULL);
      self->reminders = ta_reminders_new (programme);
      g_settings_bind (self->settings, "reminder-minutes", self->reminders, "lead-minutes",
                       G_SETTINGS_BIND_GET);
    }

  gtk_stack_set_visible_child_name (self->main_stack,
                                    programme != NULL ? "programme" : "closed");
  /* Undecided, personal or a facilitator's: which pages, and whether the
   * first-start choice comes first.  The side changes with the first
   * person (or kit) of a new programme. */
  self->side = TA_PROGRAMME_SIDE_FACILITATOR;
  if (programme != NULL)
    {
      g_signal_connect_object (programme, "changed::settings", G_CALLBACK (ta_window_update_side),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (programme, "changed::participants", G_CALLBACK (ta_window_update_side),
                               self, G_CONNECT_SWAPPED);
    }
  ta_window_update_side (self);

  path = ta_window_get_database_path (self);
  if (path != NULL)
    ta_programmes_add_recent (self->settings, path);
  ta_window_update_title (self);
  ta_window_update_recent (self);
  ta_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

/**
 * ta_window_get_database_path:
 * @self: a #TaWindow
 *
 * Returns: (nullable): the path of the open programme file, or %NULL if no
 *   programme is open
 */
const char *
ta_window_get_database_path (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  if (self->programme == NULL)
    return NULL;

  return ta_programme_get_path (self->programme);
}

TaDirectoryView *
_ta_window_get_directory_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  return self->directory_view;
}

TaPairsView *
_ta_window_get_pairs_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  return self->pairs_view;
}

TaCalendarView *
_ta_window_get_calendar_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);

  return self->calendar_view;
}

/**
 * ta_window_show_page:
 * @self: a #TaWindow
 * @name: "directory", "pairs", "calendar", "board" or "insights"
 */
void
ta_window_show_page (TaWindow   *self,
                     const char *name)
{
  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

TaReminders *
_ta_window_get_reminders (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->reminders;
}

TaBoardView *
_ta_window_get_board_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->board_view;
}

TaInsightsView *
_ta_window_get_insights_view (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->insights_view;
}

GtkWidget *
_ta_window_get_add_button (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return self->add_button;
}

GMenuModel *
_ta_window_get_recent_section (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_section);
}

const char *
_ta_window_get_header_title (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return adw_view_switcher_title_get_title (self->switcher_title);
}

const char *
_ta_window_get_header_subtitle (TaWindow *self)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), NULL);
  return adw_view_switcher_title_get_subtitle (self->switcher_title);
}
