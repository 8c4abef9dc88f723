/* ta-mail.c - a file sent through the desktop's e-mail (the portal)
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-mail"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libportal/portal.h>
#include <libportal-gtk4/portal-gtk4.h>

#include "ta-mail-private.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_EMAIL_INTERFACE "org.freedesktop.portal.Email"

G_DEFINE_QUARK (ta-mail-error-quark, ta_mail_error)

typedef struct
{
  GtkWindow *parent;
  char     **addresses;
  char      *subject;
  char      *body;
  char      *attachment_path;
  XdpPortal *portal;
} ComposeData;

static void
compose_data_free (gpointer data)
{
  ComposeData *compose = data;

  g_clear_object (&compose->parent);
  g_strfreev (compose->addresses);
  g_free (compose->subject);
  g_free (compose->body);
  g_free (compose->attachment_path);
  g_clear_object (&compose->portal);
  g_free (compose);
}

/* A recipient as the portal wants it: a bare address.  A "mailto:" that
 * came from a calendar is dropped, so is anything that is no address. */
static char *
normalise_address (const char *address)
{
  g_autofree char *bare = NULL;

  if (address == NULL)
    return NULL;

  bare = g_strstrip (g_strdup (address));
  if (g_ascii_strncasecmp (bare, "mailto:", 7) == 0)
    memmove (bare, bare + 7, strlen (bare + 7) + 1);
  g_strstrip (bare);

  if (bare[0] == '\0' || bare[0] == '@' || strchr (bare, '@') == NULL
      || strpbrk (bare, " \t\r\n,;<>\"") != NULL
      || !g_utf8_validate (bare, -1, NULL))
    return NULL;

  return g_steal_pointer (&bare);
}

/*
 * _ta_mail_build_addresses:
 * @addresses: (nullable): the recipients as the caller has them
 *
 * Returns: (transfer full): the recipients for the portal, each once
 *   (addresses compare without regard to case), in the order given, or
 *   %NULL when none is left: the mail client then asks for one
 */
char **
_ta_mail_build_addresses (const char *const *addresses)
{
  g_autoptr(GPtrArray) built = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; addresses != NULL && addresses[i] != NULL; i++)
    {
      g_autofree char *address = normalise_address (addresses[i]);
      gboolean seen = FALSE;

      if (address == NULL)
        continue;

      for (guint j = 0; j < built->len && !seen; j++)
        seen = g_ascii_strcasecmp (g_ptr_array_index (built, j), address) == 0;
      if (!seen)
        g_ptr_array_add (built, g_steal_pointer (&address));
    }

  if (built->len == 0)
    return NULL;

  g_ptr_array_add (built, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&built), FALSE);
}

/*
 * _ta_mail_check_attachment:
 *
 * libportal skips an attachment it cannot open with only a warning, and
 * the user would send an e-mail without the file; so it is checked here.
 */
gboolean
_ta_mail_check_attachment (const char  *path,
                           GError     **error)
{
  g_autofree char *name = NULL;

  if (path == NULL)
    return TRUE;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR)
      && g_access (path, R_OK) == 0)
    return TRUE;

  name = g_filename_display_name (path);
  g_set_error (error, TA_MAIL_ERROR, TA_MAIL_ERROR_ATTACHMENT,
               /* Translators: %s is a file's path */
               _("The file to attach, “%s”, cannot be read."), name);
  return FALSE;
}

static void
set_no_portal (GTask        *task,
               const GError *cause)
{
  g_task_return_new_error (task, TA_MAIL_ERROR, TA_MAIL_ERROR_NO_PORTAL,
                           /* Translators: %s is the system's reason */
                           _("The desktop’s e-mail service is not available (%s). "
                             "Save the file and attach it to an e-mail yourself."),
                           cause->message);
}

static void
on_composed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (xdp_portal_compose_email_finish (XDP_PORTAL (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN)
           || g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD)
           || g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_INTERFACE))
    set_no_portal (task, error);
  else
    g_task_return_new_error (task, TA_MAIL_ERROR, TA_MAIL_ERROR_FAILED,
                             /* Translators: %s is the system's reason */
                             _("No e-mail could be written (%s). "
                               "Save the file and attach it to an e-mail yourself."),
                             error->message);
}

static void
compose (GTask *task)
{
  ComposeData *compose = g_task_get_task_data (task);
  g_autoptr(XdpParent) parent = NULL;
  const char *attachments[] = { compose->attachment_path, NULL };

  compose->portal = xdp_portal_new ();
  if (compose->parent != NULL)
    parent = xdp_parent_new_gtk (compose->parent);

  xdp_portal_compose_email (compose->portal, parent,
                            (const char *const *) compose->addresses,
                            NULL, NULL,
                            compose->subject, compose->body,
                            compose->attachment_path != NULL ? attachments : NULL,
                            XDP_EMAIL_FLAG_NONE,
                            g_task_get_cancellable (task),
                            on_composed, g_object_ref (task));
}

static void
on_version (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        set_no_portal (task, error);
      return;
    }

  compose (task);
}

static void
on_bus (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable = g_task_get_cancellable (task);

  bus = g_bus_get_finish (result, &error);
  if (bus == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        set_no_portal (task, error);
      return;
    }

  /* libportal 0.6 asks for this version synchronously and does not
   * survive the answer being an error; asked here first, a desktop
   * without the portal becomes an error the caller can act on. */
  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", PORTAL_EMAIL_INTERFACE, "version"),
                          G_VARIANT_TYPE ("(v)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, cancellable,
                          on_version, g_steal_pointer (&task));
}

/**
 * ta_mail_compose_async:
 * @parent: (nullable): the window the mail client's window belongs to
 * @addresses: (nullable) (array zero-terminated=1): the recipients (a
 *   "mailto:" prefix is dropped, duplicates and non-addresses too)
 * @subject: (nullable): the subject
 * @body: (nullable): the text of the e-mail
 * @attachment_path: (nullable): a file to attach; it must stay in place
 *   until the mail client has read it, which is after the callback
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the mail client has the e-mail, or failed
 * @user_data: for @callback
 *
 * Opens a new e-mail in the user's mail client through the desktop's
 * e-mail portal (libportal), so it also works inside a sandbox.  Some
 * mail clients drop attachments that come through the portal: callers
 * always offer to save the file as well.
 */
void
ta_mail_compose_async (GtkWindow           *parent,
                       const char *const   *addresses,
                       const char          *subject,
                       const char          *body,
                       const char          *attachment_path,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ComposeData *compose;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ta_mail_compose_async);

  compose = g_new0 (ComposeData, 1);
  compose->parent = parent != NULL ? g_object_ref (parent) : NULL;
  compose->addresses = _ta_mail_build_addresses (addresses);
  compose->subject = g_strdup (subject);
  compose->body = g_strdup (body);
  compose->attachment_path = g_strdup (attachment_path);
  g_task_set_task_data (task, compose, compose_data_free);

  if (!_ta_mail_check_attachment (attachment_path, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_bus_get (G_BUS_TYPE_SESSION, cancellable, on_bus, g_steal_pointer (&task));
}

/**
 * ta_mail_compose_finish:
 * @result: the result given to the callback
 * @error: a #TaMailError (its message says what to do instead), or
 *   %G_IO_ERROR_CANCELLED when the user closed the mail client's window
 *
 * Returns: %TRUE when the mail client has the e-mail
 */
gboolean
ta_mail_compose_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ta_mail_compose_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
