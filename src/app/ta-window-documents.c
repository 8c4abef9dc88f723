/* ta-window-documents.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-window"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ta-programme-chooser.h"
#include "ta-programmes.h"
#include "ta-window-internal.h"

/*
 * The window's programme files: New, Open, Open Recent and Load Sample,
 * and what the facilitator is told when a file cannot be opened.
 */

void
ta_window_new_programme_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_programme_chooser_new (TA_WINDOW (widget));
}

void
ta_window_open_programme_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ta_programme_chooser_open (TA_WINDOW (widget));
}

void
ta_window_open_recent_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_bytestring (parameter));

  ta_window_open_programme (TA_WINDOW (widget), file);
}

void
ta_window_load_sample_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  ta_window_load_sample_programme (TA_WINDOW (widget));
}

/* A label for a menu item that shows a file name as it is: an underscore
 * in it is no mnemonic. */
static char *
escape_mnemonics (const char *text)
{
  GString *escaped = g_string_new (text);

  g_string_replace (escaped, "_", "__", 0);
  return g_string_free (escaped, FALSE);
}

/* The Recent Programmes submenu: those that exist, but the one shown. */
void
ta_window_update_recent (TaWindow *self)
{
  g_auto(GStrv) recent = ta_programmes_list_recent (self->settings);
  const char *current = ta_window_get_database_path (self);
  g_autoptr(GMenu) submenu = g_menu_new ();
  guint n = 0;

  g_menu_remove_all (self->recent_section);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *title = NULL;
      g_autofree char *folder = NULL;
      g_autofree char *label = NULL;
      g_autofree char *escaped = NULL;

      if (g_strcmp0 (recent[i], current) == 0)
        continue;

      title = ta_programmes_get_title (recent[i]);
      folder = ta_programmes_get_folder (recent[i]);
      /* Translators: a recent programme in the menu: %1$s is its name, %2$s its folder */
      label = g_strdup_printf (_("%1$s (%2$s)"), title, folder);
      escaped = escape_mnemonics (label);
      item = g_menu_item_new (escaped, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_bytestring (recent[i]));
      g_menu_append_item (submenu, item);
      n++;
    }

  if (n > 0)
    g_menu_append_submenu (self->recent_section, _("_Recent Programmes"), G_MENU_MODEL (submenu));
}

/* What went wrong opening @path, in a heading and a body that names the
 * file.  @from_command_line: the file was given with --database, and
 * the way to retry is to start Turnabout again. */
static char *
describe_open_error (const char    *path,
                     const GError  *error,
                     gboolean       from_command_line,
                     const char   **out_heading)
{
  g_autofree char *display_name = g_filename_display_name (path);
  int code = error->domain == TA_STORE_ERROR ? error->code : -1;

  switch (code)
    {
    case TA_STORE_ERROR_TOO_NEW:
      *out_heading = _("Programme Saved by a Newer Version");
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” was saved by a newer version of Turnabout. "
                                "Update Turnabout to open it; the file was not changed."),
                              display_name);

    case TA_STORE_ERROR_READ_ONLY:
      *out_heading = _("Programme Cannot Be Changed");
      return g_strdup_printf (_("Turnabout cannot write to “%s” or to its folder. "
                                "Make the file and its folder writable, or copy the "
                                "programme to a folder of yours and open the copy. "
                                "The file was not changed."),
                              display_name);

    case TA_STORE_ERROR_NOT_TURNABOUT:
      *out_heading = _("Not a Turnabout Programme");
      if (from_command_line)
        return g_strdup_printf (_("“%s” is not a Turnabout programme file. "
                                  "Check the file given with --database. "
                                  "The file was not changed."),
                                display_name);
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is not a Turnabout programme file. "
                                "The file was not changed."),
                              display_name);

    case TA_STORE_ERROR_BUSY:
      *out_heading = _("Programme in Use");
      if (from_command_line)
        return g_strdup_printf (_("Another application is using “%s” and did not let go of it in time. "
                                  "Close that application or wait a moment, then start Turnabout again. "
                                  "The file was not changed."),
                                display_name);
      /* Translators: %s is a file name */
      return g_strdup_printf (_("Another application is using “%s” and did not let go of it in time. "
                                "Close that application or wait a moment, then open it again. "
                                "The file was not changed."),
                              display_name);

    case TA_STORE_ERROR_DAMAGED:
    case TA_STORE_ERROR_PERMISSION:
    case TA_STORE_ERROR_MISSING:
      /* The store's message names the file and says what to do. */
      *out_heading = _("Cannot Open the Programme");
      return g_strdup (error->message);

    default:
      *out_heading = _("Cannot Open the Programme");
      /* Translators: %1$s is a file name, %2$s the reason it cannot be opened */
      return g_strdup_printf (_("Turnabout could not open or create “%1$s”: %2$s. "
                                "Check that its folder exists and that you may write to it, "
                                "then start Turnabout again."),
                              display_name, error->message);
    }
}

static void
present_error (TaWindow   *self,
               const char *heading,
               const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  /* What a screen reader announces. */
  gtk_window_set_title (GTK_WINDOW (dialog), heading);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_autofree char *body = NULL;
  const char *heading = NULL;

  g_return_if_fail (TA_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (error != NULL);

  ta_window_set_programme (self, NULL);

  body = describe_open_error (path, error, TRUE, &heading);
  adw_status_page_set_title (self->closed_page, _("No Programme Open"));
  adw_status_page_set_description (self->closed_page, body);
  present_error (self, heading, body);
}

/* The window that shows @path, if any. */
static TaWindow *
find_window_for (TaWindow   *self,
                 const char *path)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (application); l; l = l->next)
    if (TA_IS_WINDOW (l->data) && g_strcmp0 (ta_window_get_database_path (l->data), path) == 0)
      return l->data;

  return NULL;
}

/* Opens @file in this window; an error is explained in a dialog and the
 * programme shown so far stays. */
static gboolean
ta_window_open_file (TaWindow         *self,
                     GFile            *file,
                     TaProgrammeOpenFlags  flags)
{
  g_autofree char *path = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  TaWindow *showing;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *body =
        /* Translators: %s is the address of a file */
        g_strdup_printf (_("“%s” is not a file on this computer. Turnabout can only open programme files on this computer."),
                         uri);

      present_error (self, _("Cannot Open the Programme"), body);
      return FALSE;
    }

  /* Already open: that window comes to the front. */
  showing = find_window_for (self, path);
  if (showing != NULL && !(flags & TA_PROGRAMME_OPEN_CREATE))
    {
      gtk_window_present (GTK_WINDOW (showing));
      return TRUE;
    }

  programme = ta_programme_open (path, flags, &error);
  if (programme == NULL)
    {
      g_autofree char *body = NULL;
      const char *heading = NULL;

      g_debug ("Cannot open “%s”: %s", path, error->message);
      body = describe_open_error (path, error, FALSE, &heading);
      present_error (self, heading, body);
      return FALSE;
    }

  ta_window_set_programme (self, programme);
  gtk_window_present (GTK_WINDOW (self));

  return TRUE;
}

/**
 * ta_window_open_programme:
 * @self: a #TaWindow
 * @file: an existing programme file
 *
 * Shows the programme in @file in this window instead of the one shown
 * (everything is saved as it is made, so nothing is lost; the previous one
 * is in the recent programmes).  If another window shows it, that window
 * is presented.  A file that cannot be opened (missing, damaged, not
 * Turnabout's, not readable) is explained in a dialog naming it, and the
 * programme shown stays.
 *
 * Returns: whether @file is shown now
 */
gboolean
ta_window_open_programme (TaWindow *self,
                          GFile    *file)
{
  g_return_val_if_fail (TA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return ta_window_open_file (self, file, TA_PROGRAMME_OPEN_FLAGS_NONE);
}

/**
 * ta_window_new_programme:
 * @self: a #TaWindow
 * @file: where to make the new programme; ".db" is added to a name
 *   without an extension
 *
 * Makes a new, empty programme file (mode 0600) and shows it in this
 * window.  An existing file is never replaced: that is explained in a
 * dialog, and the programme shown stays.
 *
 * Returns: whether the new programme is shown now
 */
gboolean
ta_window_new_programme (TaWindow *self,
                         GFile    *file)
{
  g_autofree char *basename = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (TA_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  basename = g_file_get_basename (file);
  if (basename != NULL && strchr (basename, '.') == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *name = g_strconcat (basename, ".db", NULL);

      target = parent != NULL ? g_file_get_child (parent, name) : g_object_ref (file);
    }
  else
    {
      target = g_object_ref (file);
    }

  /* The file chooser asked whether to replace it; a programme file is
   * too much to lose to one click, so it is kept. */
  if (g_file_query_exists (target, NULL))
    {
      g_autofree char *display_name = g_file_get_parse_name (target);
      g_autofree char *body =
        /* Translators: %s is a file name */
        g_strdup_printf (_("“%s” already exists and was not changed. "
                           "Choose another name for the new programme, or open that file."),
                         display_name);

      present_error (self, _("File Already Exists"), body);
      return FALSE;
    }

  return ta_window_open_file (self, target, TA_PROGRAMME_OPEN_CREATE);
}

/**
 * ta_window_load_sample_programme:
 * @self: a #TaWindow
 *
 * Makes a new programme file holding the sample programme, next to the
 * programme shown (or next to the usual one), named "Sample Programme.db"
 * or numbered when that is taken, and shows it in this window.  The
 * programme shown before is not changed.
 *
 * Returns: whether the sample is shown now
 */
gboolean
ta_window_load_sample_programme (TaWindow *self)
{
  g_autofree char *default_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *current;

  g_return_val_if_fail (TA_IS_WINDOW (self), FALSE);

  current = ta_window_get_database_path (self);
  if (current == NULL)
    current = default_path = ta_programme_get_default_path ();
  folder = g_path_get_dirname (current);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    g_debug ("Cannot make “%s”: %s", folder, g_strerror (errno));

  path = ta_programmes_create_sample (folder, &error);
  if (path == NULL)
    {
      present_error (self, _("Cannot Load the Sample Programme"), error->message);
      return FALSE;
    }

  file = g_file_new_for_path (path);
  return ta_window_open_file (self, file, TA_PROGRAMME_OPEN_FLAGS_NONE);
}
