/* ta-application.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-accessible.h"
#include "ta-application-private.h"
#include "ta-participant-list.h"
#include "ta-preferences-window.h"
#include "ta-programmes.h"
#include "ta-window.h"

struct _TaApplication
{
  AdwApplication parent_instance;

  /* Owned references */
  GSettings *settings;

  /* g_get_monotonic_time() at the start of main(), or 0 */
  gint64 start_time;
  gint64 board_start_time;
};

G_DEFINE_FINAL_TYPE (TaApplication, ta_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    /* Translators: the description of the --database command-line option */
    N_("Open the programme file PATH, creating it if it does not exist"),
    /* Translators: the placeholder of the --database option's value */
    N_("PATH") },
  /* Exchange files (.turnabout), opened into the programme shown */
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
    /* Translators: the placeholder of the files Turnabout opens */
    N_("[FILE.turnabout…]") },
  { NULL }
};

static void
ta_application_update_color_scheme (TaApplication *self)
{
  AdwStyleManager *style_manager;
  g_autofree char *scheme = NULL;
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  g_assert (TA_IS_APPLICATION (self));

  scheme = g_settings_get_string (self->settings, "color-scheme");
  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  style_manager = adw_style_manager_get_default ();
  adw_style_manager_set_color_scheme (style_manager, color_scheme);
}

/* TURNABOUT_BENCHMARK_BOARD: from showing the Board page (read when first
 * shown) to the frame that shows it. */
static gboolean
ta_application_board_painted_cb (GdkFrameClock *frame_clock,
                                 TaApplication *self)
{
  double seconds;

  g_signal_handlers_disconnect_by_func (frame_clock, ta_application_board_painted_cb, self);
  seconds = (g_get_monotonic_time () - self->board_start_time) / (double) G_USEC_PER_SEC;
  g_print ("board_open_seconds %.3f\n", seconds);
  fflush (stdout);
  g_application_quit (G_APPLICATION (self));

  return FALSE;
}

static gboolean
ta_application_show_board_cb (gpointer user_data)
{
  TaApplication *self = TA_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!TA_IS_WINDOW (window))
    {
      g_application_quit (G_APPLICATION (self));
      return G_SOURCE_REMOVE;
    }

  self->board_start_time = g_get_monotonic_time ();
  ta_window_show_page (TA_WINDOW (window), "board");
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (ta_application_board_painted_cb), self, 0);

  return G_SOURCE_REMOVE;
}

static gboolean
ta_application_after_paint_cb (GdkFrameClock *frame_clock,
                               TaApplication *self)
{
  double seconds;

  g_assert (TA_IS_APPLICATION (self));

  /* Only the first frame counts. */
  g_signal_handlers_disconnect_by_func (frame_clock,
                                        ta_application_after_paint_cb,
                                        self);

  seconds = (g_get_monotonic_time () - self->start_time) / (double) G_USEC_PER_SEC;
  g_print ("first_frame_seconds %.3f\n", seconds);
  fflush (stdout);

  /* Settled first: the next frames are the window's own. */
  if (g_getenv ("TURNABOUT_BENCHMARK_BOARD") != NULL)
    g_timeout_add (1000, ta_application_show_board_cb, self);
  else
    g_application_quit (G_APPLICATION (self));

  return FALSE;
}

static void
ta_application_window_realize_cb (GtkWidget     *window,
                                  TaApplication *self)
{
  GdkFrameClock *frame_clock;

  g_assert (TA_IS_APPLICATION (self));

  frame_clock = gtk_widget_get_frame_clock (window);
  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (ta_application_after_paint_cb),
                           self, 0);
}

static TaWindow *
ta_application_find_window (TaApplication *self,
                            const char    *path)
{
  g_assert (TA_IS_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      const char *window_path;

      if (!TA_IS_WINDOW (l->data))
        continue;

      /* A window whose programme could not be opened is reused: starting
       * Turnabout again after fixing the problem is the way to retry. */
      window_path = ta_window_get_database_path (l->data);
      if (window_path == NULL || g_strcmp0 (window_path, path) == 0)
        return l->data;
    }

  return NULL;
}

/**
 * ta_application_open_database:
 * @self: a #TaApplication
 * @path: the programme file to open; it is created if missing
 *
 * Presents the window showing @path, or opens @path in a new window.  An
 * error the facilitator can act on (a file from a newer version, a
 * read-only file…) is explained in a dialog on that window, which then
 * says that no programme is open.  Nothing is overwritten.
 *
 * Returns: (transfer none): the window
 */
TaWindow *
ta_application_open_database (TaApplication *self,
                              const char    *path)
{
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  TaWindow *window;

  g_return_val_if_fail (TA_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = ta_application_find_window (self, path);
  if (window != NULL && ta_window_get_database_path (window) != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  /* The programme is loaded before the window is shown, so that its first
   * frame already shows the directory. */
  /* --database creates a missing file, as it always did. */
  programme = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, &error);

  if (window == NULL)
    {
      window = ta_window_new (GTK_APPLICATION (self));

      if (self->start_time != 0 && g_getenv ("TURNABOUT_BENCHMARK_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "realize",
                                 G_CALLBACK (ta_application_window_realize_cb),
                                 self, G_CONNECT_AFTER);
    }

  if (programme != NULL)
    ta_window_set_programme (window, programme);

  gtk_window_present (GTK_WINDOW (window));

  if (programme == NULL)
    {
      g_debug ("Cannot open “%s”: %s", path, error->message);
      ta_window_show_open_error (window, path, error);
    }

  return window;
}

/* The window a .turnabout file goes into: the active one, or the
 * default programme's (a new one is empty: a kit then makes it personal). */
static TaWindow *
ta_application_get_exchange_window (TaApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (TA_IS_WINDOW (window))
    return TA_WINDOW (window);

  path = ta_programme_get_default_path ();
  return ta_application_open_database (self, path);
}

static void
ta_application_open_exchange_files (TaApplication  *self,
                                    GFile         **files,
                                    int             n_files)
{
  TaWindow *window = ta_application_get_exchange_window (self);

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    ta_window_open_exchange_file (window, files[i]);
}

/* Double-clicking a .turnabout file (the desktop's D-Bus activation, or
 * a second `turnabout FILE`). */
static void
ta_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  ta_application_open_exchange_files (TA_APPLICATION (application), files, n_files);
}

static void
ta_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  TaApplication *self = user_data;
  GtkWindow *parent;
  GtkWindow *preferences;

  g_assert (TA_IS_APPLICATION (self));

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  preferences = ta_preferences_window_new (parent);
  gtk_window_present (preferences);
}

static void
ta_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  TaApplication *self = user_data;
  static const char *developers[] = {
    "The Turnabout developers",
    NULL
  };
  GtkWindow *about;

  g_assert (TA_IS_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", PACKAGE_NAME,
                        "application-icon", APPLICATION_ID,
                        "developer-name", "The Turnabout developers",
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep a reverse mentoring programme going: "
                                      "its people, their pairs and what they learn."),
                        "developers", developers,
                        "copyright", "© 2026 The Turnabout developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static void
ta_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  TaApplication *self = user_data;
  GList *windows;

  g_assert (TA_IS_APPLICATION (self));

  /* Closing rather than destroying lets each window save its size; the
   * application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

/* The default action of a session's reminder. */
/* The default action of a due check-in's notification. */
static void
ta_application_show_my_pairs_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!TA_IS_WINDOW (window))
    return;

  ta_window_show_page (TA_WINDOW (window), "my-pairs");
  gtk_window_present (window);
}

static void
ta_application_show_calendar_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!TA_IS_WINDOW (window))
    return;

  ta_window_show_page (TA_WINDOW (window), "calendar");
  gtk_window_present (window);
}

static const GActionEntry app_actions[] = {
  { "show-calendar", ta_application_show_calendar_action },
  { "show-my-pairs", ta_application_show_my_pairs_action },
  { "preferences", ta_application_preferences_action },
  { "about", ta_application_about_action },
  { "quit", ta_application_quit_action },
};

static void
ta_application_startup (GApplication *application)
{
  TaApplication *self = TA_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };
  static const char *close_accels[] = { "<Primary>w", NULL };

  G_APPLICATION_CLASS (ta_application_parent_class)->startup (application);

  ta_accessible_install ();

  self->settings = g_settings_new (TA_SETTINGS_SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (ta_application_update_color_scheme),
                           self, G_CONNECT_SWAPPED);
  ta_application_update_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
ta_application_activate (GApplication *application)
{
  TaApplication *self = TA_APPLICATION (application);
  GtkWindow *window;
  g_autofree char *path = NULL;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = ta_programme_get_default_path ();
  ta_application_open_database (self, path);
}

/* `turnabout [--database PATH] [FILE.turnabout…]`: the exchange files go
 * into the programme of --database, or of the window shown. */
static void
ta_application_open_arguments (TaApplication           *self,
                               GApplicationCommandLine *command_line,
                               const char              *database,
                               const char             **files)
{
  g_autoptr(GPtrArray) exchange_files = g_ptr_array_new_with_free_func (g_object_unref);

  if (database != NULL)
    ta_application_open_database (self, database);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_ptr_array_add (exchange_files, g_application_command_line_create_file_for_arg (command_line, files[i]));

  if (exchange_files->len > 0)
    ta_application_open_exchange_files (self, (GFile **) exchange_files->pdata, exchange_files->len);
}

static int
ta_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  TaApplication *self = TA_APPLICATION (application);
  GVariantDict *options;
  const char *database = NULL;
  g_autofree const char **remaining = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  options = g_application_command_line_get_options_dict (command_line);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (!g_variant_dict_lookup (options, "database", "^&ay", &database)
      || database == NULL || database[0] == '\0')
    {
      if (remaining != NULL && remaining[0] != NULL)
        ta_application_open_arguments (self, command_line, NULL, remaining);
      else
        g_application_activate (application);
      return EXIT_SUCCESS;
    }

  /* Relative to the directory Turnabout was started from, which is not
   * this process's when another instance is already running. */
  file = g_application_command_line_create_file_for_arg (command_line, database);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_application_command_line_printerr (command_line,
                                           _("“%s” is not a local file. Turnabout can only open programme files on this computer.\n"),
                                           database);
      return EXIT_FAILURE;
    }

  ta_application_open_arguments (self, command_line, path, remaining);

  return EXIT_SUCCESS;
}

static void
ta_application_dispose (GObject *object)
{
  TaApplication *self = TA_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ta_application_parent_class)->dispose (object);
}

static void
ta_application_class_init (TaApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ta_application_dispose;

  app_class->startup = ta_application_startup;
  app_class->activate = ta_application_activate;
  app_class->command_line = ta_application_command_line;
  app_class->open = ta_application_open;
}

static void
ta_application_init (TaApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Run a reverse mentoring programme."));
}

/**
 * ta_application_new:
 * @application_id: the application id
 * @flags: flags besides %G_APPLICATION_HANDLES_COMMAND_LINE and
 *   %G_APPLICATION_HANDLES_OPEN (exchange files), which are always set
 *
 * Returns: (transfer full): a new #TaApplication
 */
TaApplication *
ta_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  /* The resource base path is fixed: the .Devel application id would
   * otherwise move it, and with it gtk/help-overlay.ui and style.css. */
  return g_object_new (TA_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

void
_ta_application_set_start_time (TaApplication *self,
                                gint64         start_time)
{
  g_return_if_fail (TA_IS_APPLICATION (self));

  self->start_time = start_time;
}
