/* ui-test-helpers.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

/* What the widget tests share: waiting on the main loop, and the one
 * leak LeakSanitizer must not report. */

/* Generous: a sanitised build under Xvfb is slow.  A timeout here means a
 * condition never came true, not that the machine was slow. */
#define WAIT_SECONDS 30

/* Under -Db_sanitize=address the widget tests look for memory errors but
 * not for leaks: GLib deliberately leaks its first quark block once a
 * process has more than 2,048 quarks (as a window with every page does),
 * and as GLib has no frame pointers, LeakSanitizer's stacks stop at
 * g_malloc(), so no suppression can tell that block from anything else.
 * Leaks are looked for in the model and command-line suites, which run
 * all of the model library. */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds; fails the test after a while. */
static inline void
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

static inline void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* With TURNABOUT_SCREENSHOT_DIR set (by a person running a test by hand on
 * an X display), saves the whole screen there as NAME.png: a way to look at
 * dialogs that only a test can bring up.  Does nothing otherwise. */
static inline void
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

/* For screenshots in another language (LANGUAGE=nl and a matching LANG):
 * the app's translations, as main.c binds them.  Assertions compare the
 * English text, so such a run is for looking, not for testing. */
static inline void
screenshot_translations (void)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    return;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
