/* ta-programme-chooser.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-programme-chooser.h"

/*
 * The file choosers of Open Programme… and New Programme…: native ones, so
 * that in Flatpak they go through the document portal.  Only the choice
 * of a file happens here; opening it is ta_window_open_programme() and
 * ta_window_new_programme(), which the tests call directly.
 */

static GtkFileFilter *
programme_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Turnabout Programmes"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (filter, "application/x-sqlite3");

  return filter;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             TaWindow        *window)
{
  gboolean create = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "create"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  if (create)
    ta_window_new_programme (window, file);
  else
    ta_window_open_programme (window, file);
}

static void
show (TaWindow             *window,
      GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = programme_filter ();
  gboolean create = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  const char *path = ta_window_get_database_path (window);

  chooser = gtk_file_chooser_native_new (create ? _("New Programme") : _("Open Programme"),
                                         GTK_WINDOW (window), action,
                                         create ? _("_Create") : _("_Open"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* Beside the programme that is open, where people keep them. */
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  if (create)
    /* Translators: the file name proposed for a new programme; keep .db */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("New Programme.db"));

  g_object_set_data (G_OBJECT (chooser), "create", GINT_TO_POINTER (create));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ta_programme_chooser_open:
 * @window: the window to open the chosen programme in
 *
 * Asks for a programme file to open (Open Programme…).
 */
void
ta_programme_chooser_open (TaWindow *window)
{
  g_return_if_fail (TA_IS_WINDOW (window));

  show (window, GTK_FILE_CHOOSER_ACTION_OPEN);
}

/**
 * ta_programme_chooser_new:
 * @window: the window to open the new programme in
 *
 * Asks where to make a new programme (New Programme…).
 */
void
ta_programme_chooser_new (TaWindow *window)
{
  g_return_if_fail (TA_IS_WINDOW (window));

  show (window, GTK_FILE_CHOOSER_ACTION_SAVE);
}
