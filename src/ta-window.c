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

#include "ta-application.h"
#include "ta-board-view.h"
#include "ta-calendar-view.h"
#include "ta-reminders.h"
#include "ta-directory-view.h"
#include "ta-pairs-view.h"
#include "ta-partner-finder.h"
#include "ta-store.h"
#include "ta-window-private.h"

struct _TaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwStatusPage        *closed_page;
  AdwViewStack         *view_stack;
  TaDirectoryView      *directory_view;
  TaPairsView          *pairs_view;
  TaCalendarView       *calendar_view;
  TaBoardView          *board_view;

  /* Owned references */
  GSettings            *settings;
  TaParticipantList    *participants;
  TaReminders          *reminders;

  /* Looks for other processes' writes to the programme (see
   * ta_window_check_for_changes()). */
  guint                 change_check_source;
};

/* How often the open programme is looked at for writes by another process
 * (turnabout-cli import, a second Turnabout): one cheap pragma. */
#define CHANGE_CHECK_INTERVAL_SECONDS 2

G_DEFINE_FINAL_TYPE (TaWindow, ta_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_window_update_actions (TaWindow *self)
{
  gboolean open;
  gboolean busy;
  gboolean empty;

  g_assert (TA_IS_WINDOW (self));

  open = self->participants != NULL;
  busy = open && ta_directory_view_get_busy (self->directory_view);
  empty = open && ta_directory_view_get_empty (self->directory_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-participant", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open && !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", open && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open && !busy && !empty);
  /* A sample programme is never mixed into real people. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", open && !busy && empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest-pairs",
                                 open && !empty && !ta_pairs_view_get_busy (self->pairs_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-partner", open && !empty);
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

  if (self->participants == NULL)
    return;

  finder = ta_partner_finder_new (GTK_WINDOW (self), self->participants,
                                  g_variant_get_int64 (parameter));
  gtk_window_present (GTK_WINDOW (finder));
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
  if (self->participants != NULL)
    ta_store_check_for_changes (ta_participant_list_get_store (self->participants));
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
  g_clear_object (&self->reminders);
  g_clear_object (&self->participants);
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
    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
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
    case PROP_PARTICIPANTS:
      ta_window_set_participants (self, g_value_get_object (value));
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

  /**
   * TaWindow:participants: (nullable)
   *
   * The participants of the open programme, or %NULL when no programme
   * could be opened.
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL,
                         TA_TYPE_PARTICIPANT_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_DIRECTORY_VIEW);
  g_type_ensure (TA_TYPE_PAIRS_VIEW);
  g_type_ensure (TA_TYPE_CALENDAR_VIEW);
  g_type_ensure (TA_TYPE_BOARD_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TaWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, closed_page);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, directory_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, pairs_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, calendar_view);
  gtk_widget_class_bind_template_child (widget_class, TaWindow, board_view);
  gtk_widget_class_bind_template_callback (widget_class, ta_window_update_actions);

  gtk_widget_class_install_action (widget_class, "win.add-participant", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, ta_window_forward_action);
  gtk_widget_class_install_action (widget_class, "win.suggest-pairs", NULL, ta_window_suggest_pairs_action);
  gtk_widget_class_install_action (widget_class, "win.find-partner", "x", ta_window_find_partner_action);
  gtk_widget_class_install_action (widget_class, "win.show-pairing", "x", ta_window_show_pairing_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-participant", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.suggest-pairs", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.find-partner", "x", (gint64) 0);
}

static void
ta_window_init (TaWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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

  ta_window_update_actions (self);
}

/**
 * ta_window_new:
 * @application: the application
 *
 * Returns: (transfer none): a new main window, showing that no programme is
 *   open until ta_window_set_participants() is called
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

  return self->participants;
}

/**
 * ta_window_set_participants:
 * @self: a #TaWindow
 * @participants: (nullable): the participants of the programme to show
 */
void
ta_window_set_participants (TaWindow          *self,
                            TaParticipantList *participants)
{
  g_autofree char *default_path = NULL;
  const char *path;

  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (!participants || TA_IS_PARTICIPANT_LIST (participants));

  if (!g_set_object (&self->participants, participants))
    return;

  ta_directory_view_set_participants (self->directory_view, participants);
  ta_pairs_view_set_participants (self->pairs_view, participants);
  ta_calendar_view_set_participants (self->calendar_view, participants);
  ta_board_view_set_participants (self->board_view, participants);

  /* While the window is open: other processes' writes to this programme
   * come in, and its sessions are reminded of. */
  g_clear_object (&self->reminders);
  g_clear_handle_id (&self->change_check_source, g_source_remove);
  if (participants != NULL)
    {
      self->change_check_source =
        g_timeout_add_seconds_full (G_PRIORITY_LOW, CHANGE_CHECK_INTERVAL_SECONDS,
                                    ta_window_change_check_cb, self, NULL);
      self->reminders = ta_reminders_new (participants);
      g_settings_bind (self->settings, "reminder-minutes", self->reminders, "lead-minutes",
                       G_SETTINGS_BIND_GET);
    }

  gtk_stack_set_visible_child_name (self->main_stack,
                                    participants != NULL ? "programme" : "closed");

  /* Name the programme file unless it is the usual one. */
  path = ta_window_get_database_path (self);
  default_path = ta_store_get_default_path ();
  if (path != NULL && g_strcmp0 (path, default_path) != 0)
    {
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *display_name = g_filename_display_name (basename);

      adw_view_switcher_title_set_subtitle (self->switcher_title, display_name);
    }
  else
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
    }

  ta_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
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

  if (self->participants == NULL)
    return NULL;

  return ta_store_get_path (ta_participant_list_get_store (self->participants));
}

/**
 * ta_window_show_open_error:
 * @self: a #TaWindow
 * @path: the programme file that could not be opened
 * @error: why
 *
 * Tells the facilitator what happened and what to do about it, in a dialog
 * and on the page the window shows instead of the directory.
 */
void
ta_window_show_open_error (TaWindow     *self,
                           const char   *path,
                           const GError *error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *body = NULL;
  const char *heading;
  AdwMessageDialog *dialog;
  int code;

  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  ta_window_set_participants (self, NULL);

  display_name = g_filename_display_name (path);
  code = error->domain == TA_STORE_ERROR ? error->code : -1;

  switch (code)
    {
    case TA_STORE_ERROR_TOO_NEW:
      heading = _("Programme Saved by a Newer Version");
      body = g_strdup (_("This programme was saved by a newer version of Turnabout. "
                         "Update Turnabout to open it; the file was not changed."));
      break;

    case TA_STORE_ERROR_READ_ONLY:
      heading = _("Programme Cannot Be Changed");
      body = g_strdup_printf (_("Turnabout cannot write to “%s” or to its folder. "
                                "Make the file and its folder writable, or copy the "
                                "programme to a folder of yours and open the copy. "
                                "The file was not changed."),
                              display_name);
      break;

    case TA_STORE_ERROR_NOT_TURNABOUT:
      heading = _("Not a Turnabout Programme");
      body = g_strdup_printf (_("“%s” is not a Turnabout programme file. "
                                "Check the file given with --database. "
                                "The file was not changed."),
                              display_name);
      break;

    case TA_STORE_ERROR_BUSY:
      heading = _("Programme in Use");
      body = g_strdup_printf (_("Another application is using “%s” and did not let go of it in time. "
                                "Close that application or wait a moment, then start Turnabout again. "
                                "The file was not changed."),
                              display_name);
      break;

    case TA_STORE_ERROR_DAMAGED:
    case TA_STORE_ERROR_PERMISSION:
      /* The store's message already says what happened and what to do. */
      heading = _("Cannot Open the Programme");
      body = g_strdup (error->message);
      break;

    default:
      heading = _("Cannot Open the Programme");
      /* Translators: %1$s is a file name, %2$s the reason it cannot be opened */
      body = g_strdup_printf (_("Turnabout could not open or create “%1$s”: %2$s. "
                                "Check that its folder exists and that you may write to it, "
                                "then start Turnabout again."),
                              display_name, error->message);
      break;
    }

  adw_status_page_set_title (self->closed_page, _("No Programme Open"));
  adw_status_page_set_description (self->closed_page, body);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
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
 * @name: "directory", "pairs", "calendar" or "board"
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
