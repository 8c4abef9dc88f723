/* ta-programmes.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programmes"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-programmes.h"

/*
 * Programmes as documents: loading one for a window, what its title says,
 * the list of recently opened ones (a GSettings string list, newest
 * first, files that still exist) and the sample programme, which always
 * goes into a new file of its own so that it never mixes with real people.
 */

#define RECENT_KEY "recent-programmes"

/* The seed of the sample programme: the same people every time. */
#define SAMPLE_SEED 2026

/**
 * ta_programmes_get_title:
 * @path: a programme file
 *
 * Returns: (transfer full): the file's display name without its extension
 */
char *
ta_programmes_get_title (const char *path)
{
  g_autofree char *basename = NULL;
  char *title;
  char *dot;

  g_return_val_if_fail (path != NULL, NULL);

  basename = g_path_get_basename (path);
  title = g_filename_display_name (basename);
  dot = strrchr (title, '.');
  /* ".db" goes, a name that is only an extension stays. */
  if (dot != NULL && dot != title)
    *dot = '\0';

  return title;
}

/**
 * ta_programmes_get_folder:
 * @path: a programme file
 *
 * Returns: (transfer full): the folder of @path for people: "~/Documents"
 *   for a folder in the home folder
 */
char *
ta_programmes_get_folder (const char *path)
{
  g_autofree char *dirname = NULL;
  const char *home = g_get_home_dir ();
  gsize home_length = strlen (home);

  g_return_val_if_fail (path != NULL, NULL);

  dirname = g_path_get_dirname (path);
  if (home_length > 1 && g_str_has_prefix (dirname, home)
      && (dirname[home_length] == '\0' || dirname[home_length] == G_DIR_SEPARATOR))
    {
      g_autofree char *tail = g_filename_display_name (dirname + home_length);

      return g_strconcat ("~", tail, NULL);
    }

  return g_filename_display_name (dirname);
}

/**
 * ta_programmes_add_recent:
 * @settings: the application's settings
 * @path: a programme just opened
 *
 * Puts @path first in the recent programmes, which keep at most
 * %TA_PROGRAMMES_MAX_RECENT files.
 */
void
ta_programmes_add_recent (GSettings  *settings,
                          const char *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (path != NULL);

  /* Paths are kept as UTF-8 in the settings; a file name that is not is
   * left out rather than mangled. */
  if (!g_utf8_validate (path, -1, NULL))
    return;

  old = g_settings_get_strv (settings, RECENT_KEY);
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < TA_PROGRAMMES_MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], path) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (settings, RECENT_KEY, (const char * const *) recent);
}

/**
 * ta_programmes_list_recent:
 * @settings: the application's settings
 *
 * Returns: (transfer full): the recent programmes that still exist, the
 *   newest first
 */
GStrv
ta_programmes_list_recent (GSettings *settings)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  recent = g_settings_get_strv (settings, RECENT_KEY);
  for (guint i = 0; recent[i] != NULL && i < TA_PROGRAMMES_MAX_RECENT; i++)
    if (g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
      g_strv_builder_add (builder, recent[i]);

  return g_strv_builder_end (builder);
}

/**
 * ta_programmes_next_sample_path:
 * @folder: where the sample goes
 *
 * Returns: (transfer full): "Sample Programme.db" in @folder, or
 *   "Sample Programme 2.db" (3, 4…) when that name is taken
 */
char *
ta_programmes_next_sample_path (const char *folder)
{
  g_return_val_if_fail (folder != NULL, NULL);

  for (guint i = 1; ; i++)
    {
      g_autofree char *stem = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (i == 1)
        /* Translators: the file name of the sample programme, without its .db extension */
        stem = g_strdup (_("Sample Programme"));
      else
        /* Translators: the file name of the sample programme when "Sample Programme.db"
         * is taken; %u is 2, 3…; without the .db extension */
        stem = g_strdup_printf (_("Sample Programme %u"), i);
      name = g_strconcat (stem, ".db", NULL);
      path = g_build_filename (folder, name, NULL);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/**
 * ta_programmes_create_sample:
 * @folder: where the sample goes
 * @error: a #TA_STORE_ERROR
 *
 * Makes a new programme file in @folder holding the sample programme,
 * written in one transaction: a failure leaves an empty programme file at
 * most, which is removed.
 *
 * Returns: (transfer full) (nullable): the path of the new file
 */
char *
ta_programmes_create_sample (const char  *folder,
                             GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(TaProgramme) programme = NULL;

  g_return_val_if_fail (folder != NULL, NULL);

  /* The name is claimed with O_EXCL before anything is written, so a
   * file another program made meanwhile is never filled, nor removed on
   * failure below. */
  for (;;)
    {
      int fd;

      g_clear_pointer (&path, g_free);
      path = ta_programmes_next_sample_path (folder);
      fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd >= 0)
        {
          g_close (fd, NULL);
          break;
        }
      if (errno != EEXIST)
        {
          int saved_errno = errno;

          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_OPEN,
                       "%s: %s", path, g_strerror (saved_errno));
          return NULL;
        }
    }

  programme = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, error);
  if (programme == NULL)
    {
      g_unlink (path);
      return NULL;
    }

  if (!ta_programme_fill_sample (programme, TA_DEMO_DEFAULT_PARTICIPANTS, SAMPLE_SEED, error))
    {
      g_clear_object (&programme);
      g_unlink (path);
      return NULL;
    }

  return g_steal_pointer (&path);
}
