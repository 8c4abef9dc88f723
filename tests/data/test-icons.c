/* test-icons.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Every icon Turnabout ships loads with gdk-pixbuf, as the About dialog,
 * the app grid and GTK's icon theme load them.  gdk-pixbuf recognises an
 * SVG by "<svg" near the start of the file: a long comment before it made
 * the application icon a broken image.  The icons are given as arguments.
 */

#include <gdk-pixbuf/gdk-pixbuf.h>

/* gdk-pixbuf's loader modules (librsvg for SVG) keep caches until exit
 * that LeakSanitizer cannot tell from leaks; memory errors are still
 * caught.  Our own code is not under test here, only the files. */
const char *__asan_default_options (void);

const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

static void
test_loads (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  pixbuf = gdk_pixbuf_new_from_file_at_size (path, 64, 64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pixbuf);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), >, 0);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *basename = g_path_get_basename (argv[i]);
      g_autofree char *test_path = g_strconcat ("/icons/loads/", basename, NULL);

      g_test_add_data_func_full (test_path, g_strdup (argv[i]), test_loads, g_free);
    }

  return g_test_run ();
}
