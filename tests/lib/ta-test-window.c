/* ta-test-window.c: the widget tests' window fixture and main-loop helpers
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <adwaita.h>

#include "ta-test-window.h"

/* Under -Db_sanitize=address the widget tests look for memory errors but
 * not for leaks: GLib deliberately leaks its first quark block once a
 * process has more than 2,048 quarks (as a window with every page does),
 * and as GLib has no frame pointers, LeakSanitizer's stacks stop at
 * g_malloc(), so no suppression can tell that block from anything else.
 * Leaks are looked for in the model and command-line suites, which run
 * all of the model library.  (The library is linked whole into each
 * widget test, so this definition always takes.) */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

/**
 * wait_for:
 * @condition: what to wait for
 * @data: passed to @condition
 *
 * Runs the main loop until @condition holds; fails the test after
 * %WAIT_SECONDS.
 */
void
wait_for (Condition condition,
          gpointer  data)
{
  gint64 end = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Timed out waiting for a condition");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/**
 * iterate:
 *
 * Runs the main loop until it has nothing left to do now.
 */
void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * is_null:
 * @data: the address of a pointer
 *
 * A #Condition: the pointer at @data is %NULL (a weak pointer cleared).
 */
gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/**
 * is_drawn:
 * @widget: a #GtkWidget
 *
 * A #Condition: @widget is mapped.
 */
gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/**
 * screenshot:
 * @name: the file name, without ".png"
 *
 * With TURNABOUT_SCREENSHOT_DIR set (by a person running a test by hand on
 * an X display), saves the whole screen there as @name.png: a way to look
 * at dialogs that only a test can bring up.  Does nothing otherwise.
 */
void
screenshot (const char *name)
{
  const char *dir = g_getenv ("TURNABOUT_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autofree char *file = NULL;
  const char *argv[] = { "import", "-window", "root", NULL, NULL };

  if (dir == NULL)
    return;

  /* A dialog resizes itself once its text has wrapped: a second lets
   * it settle, so the picture shows what a person sees. */
  for (int i = 0; i < 50; i++)
    {
      iterate ();
      g_usleep (20000);
    }
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  argv[3] = path;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL))
    g_printerr ("Could not save %s\n", path);
}

/**
 * screenshot_translations:
 *
 * For screenshots in another language (LANGUAGE=nl and a matching LANG):
 * the app's translations, as main.c binds them.  Assertions compare the
 * English text, so such a run is for looking, not for testing.
 */
void
screenshot_translations (void)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    return;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * ta_test_ui_init:
 * @argc: main()'s
 * @argv: main()'s
 *
 * What a widget test's main() does first: an X server of its own
 * (xvfb-run), no accessibility bus, no session bus, so that nothing
 * outside the test is touched; then g_test_init() and
 * screenshot_translations().
 */
void
ta_test_ui_init (int    *argc,
                 char ***argv)
{
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  g_test_init (argc, argv, NULL);
  screenshot_translations ();
}

/**
 * ta_test_app_new:
 *
 * Returns: (transfer full): the application the tests open their windows
 *   with, registered, not unique (several tests run at once)
 */
TaApplication *
ta_test_app_new (void)
{
  g_autoptr(GError) error = NULL;
  TaApplication *app = ta_application_new (APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

/**
 * ta_test_window_open:
 * @app: the application
 * @path: a programme file
 *
 * Opens a window on @path, as the Open dialog does, and waits until it is
 * shown.
 *
 * Returns: (transfer none): the window, owned by @app
 */
TaWindow *
ta_test_window_open (TaApplication *app,
                     const char    *path)
{
  TaWindow *window = ta_test_window_open_undecided (app, path);

  /* The tests written for the facilitator's programme open a new, empty
   * one: it is a facilitator's, as if "I run a programme" was chosen. */
  if (ta_window_get_programme (window) != NULL
      && ta_programme_get_side (ta_window_get_programme (window)) == TA_PROGRAMME_SIDE_UNDECIDED)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.choose-facilitator", NULL);
  return window;
}

/**
 * ta_test_window_open_undecided:
 * @app: the application
 * @path: a programme file
 *
 * Like ta_test_window_open(), but a new, empty programme is left
 * undecided: the window shows the first-start choice.
 *
 * Returns: (transfer none): the window
 */
TaWindow *
ta_test_window_open_undecided (TaApplication *app,
                               const char    *path)
{
  TaWindow *window = ta_application_open_database (app, path);

  g_assert_true (TA_IS_WINDOW (window));
  wait_for (is_drawn, window);
  return window;
}

/**
 * ta_test_window_show_page:
 * @window: the window
 * @view: a view of @window's stack, such as its calendar view
 * @name: the stack page's name, such as "calendar"
 *
 * Shows @view's page, as its switcher button does, and waits until the
 * view is shown.
 */
void
ta_test_window_show_page (TaWindow   *window G_GNUC_UNUSED,
                          gpointer    view,
                          const char *name)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  wait_for (is_drawn, view);
}

/**
 * ta_test_window_close:
 * @window: (inout): where the fixture keeps its window, or %NULL in it
 *
 * Closes the window at @window, if any, and waits until it is finalized;
 * @window is %NULL afterwards.
 */
void
ta_test_window_close (TaWindow **window)
{
  if (*window == NULL)
    return;

  g_object_add_weak_pointer (G_OBJECT (*window), (gpointer *) window);
  gtk_window_destroy (GTK_WINDOW (*window));
  wait_for (is_null, window);
}

/**
 * ta_test_window_close_all:
 * @window: (inout) (nullable): where the fixture keeps its window, or
 *   %NULL for a fixture without one
 *
 * What a widget test's teardown does: closes the window at @window as
 * ta_test_window_close() does, then every dialog or window a test left
 * open.
 */
void
ta_test_window_close_all (TaWindow **window)
{
  if (window != NULL)
    ta_test_window_close (window);

  iterate ();
  for (GList *l = gtk_window_list_toplevels (), *next; l; l = next)
    {
      next = l->next;
      gtk_window_destroy (l->data);
      g_list_free_1 (l);
    }
  iterate ();
}

/**
 * ta_test_window_fixture_set_up:
 * @fixture: the fixture
 * @template_: the temporary folder's g_dir_make_tmp() template
 * @file_name: the programme's file name in it, such as "programme.db"
 *
 * Makes the temporary folder and the programme's path in it; no window
 * yet.
 */
void
ta_test_window_fixture_set_up (TaTestWindowFixture *fixture,
                               const char          *template_,
                               const char          *file_name)
{
  fixture->dir = ta_test_make_dir (template_);
  fixture->path = g_build_filename (fixture->dir, file_name, NULL);
  fixture->window = NULL;
}

/**
 * ta_test_window_fixture_tear_down:
 * @fixture: the fixture
 *
 * Closes the fixture's window and every dialog left open, then removes
 * the temporary folder with everything in it.
 */
void
ta_test_window_fixture_tear_down (TaTestWindowFixture *fixture)
{
  ta_test_window_close_all (&fixture->window);
  ta_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}
