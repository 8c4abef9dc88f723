/* test-mail.c - the e-mail helper: its arguments, its errors, and what a
 * portal receives (a stand-in for xdg-desktop-portal on a private bus)
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-mail"

#include "config.h"

#include <fcntl.h>
#include <gio/gunixfdlist.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ta-mail-private.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Outcome;

static void
on_composed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = ta_mail_compose_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
compose_and_wait (const char *const *addresses,
                  const char        *attachment,
                  Outcome           *outcome)
{
  ta_mail_compose_async (NULL, addresses, "Subject", "Body", attachment,
                         NULL, on_composed, outcome);
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
write_attachment (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("test-mail-XXXXXX.ics", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_addresses (void)
{
  const char *given[] = {
    "  ada@example.org ", "MAILTO:grace@example.org", "ADA@example.org",
    "", "not an address", "@example.org", "x@y, z@w", "mailto:", NULL
  };
  g_auto(GStrv) built = _ta_mail_build_addresses (given);
  const char *none[] = { "", "nobody", NULL };
  g_auto(GStrv) empty = _ta_mail_build_addresses (none);

  g_assert_nonnull (built);
  g_assert_cmpuint (g_strv_length (built), ==, 2);
  g_assert_cmpstr (built[0], ==, "ada@example.org");
  g_assert_cmpstr (built[1], ==, "grace@example.org");

  /* None left: the mail client asks for a recipient */
  g_assert_null (empty);
  g_assert_null (_ta_mail_build_addresses (NULL));
}

static void
test_attachment_missing (void)
{
  g_autoptr(GError) error = NULL;
  const char *to[] = { "ada@example.org", NULL };
  Outcome outcome = { 0 };

  g_assert_false (_ta_mail_check_attachment ("/nonexistent/invite.ics", &error));
  g_assert_error (error, TA_MAIL_ERROR, TA_MAIL_ERROR_ATTACHMENT);
  g_assert_true (_ta_mail_check_attachment (NULL, NULL));

  /* A folder is no file to attach either */
  g_clear_error (&error);
  g_assert_false (_ta_mail_check_attachment (g_get_tmp_dir (), &error));
  g_assert_error (error, TA_MAIL_ERROR, TA_MAIL_ERROR_ATTACHMENT);

  compose_and_wait (to, "/nonexistent/invite.ics", &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, TA_MAIL_ERROR, TA_MAIL_ERROR_ATTACHMENT);
  g_clear_error (&outcome.error);
}

/* Runs first, before any bus was reached: the address leads nowhere. */
static void
test_no_bus (void)
{
  g_autofree char *path = write_attachment ("BEGIN:VCALENDAR\r\n");
  const char *to[] = { "ada@example.org", NULL };
  Outcome outcome = { 0 };

  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/turnabout-test-bus", TRUE);

  compose_and_wait (to, path, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, TA_MAIL_ERROR, TA_MAIL_ERROR_NO_PORTAL);
  /* The message says what to do instead */
  g_assert_nonnull (strstr (outcome.error->message, "Save the file"));
  g_clear_error (&outcome.error);
  g_unlink (path);
}

/* A bus, but nobody answers as the portal. */
static void
test_no_portal (void)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *path = write_attachment ("BEGIN:VCALENDAR\r\n");
  const char *to[] = { "ada@example.org", NULL };
  Outcome outcome = { 0 };

  g_test_dbus_up (bus);

  compose_and_wait (to, path, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, TA_MAIL_ERROR, TA_MAIL_ERROR_NO_PORTAL);
  g_clear_error (&outcome.error);

  g_test_dbus_down (bus);
  g_unlink (path);
}

/* The stand-in portal: it runs in its own thread, since libportal asks
 * for the interface's version synchronously on the caller's thread. */
typedef struct
{
  char         *address;
  guint         response;        /* what the "user" did: 0 sent, 1 closed, 2 failed */
  GMainContext *context;
  GMainLoop    *loop;
  GMutex        lock;
  GCond         cond;
  gboolean      ready;
  /* what ComposeEmail received */
  char        **addresses;
  char         *subject;
  char         *body;
  char         *attachment;
  guint         n_calls;
} FakePortal;

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Email'>"
  "    <method name='ComposeEmail'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

static char *
read_fd (int fd)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  g_autofree char *contents = NULL;

  /* libportal passes an O_PATH descriptor, as the real portal expects */
  if (!g_file_get_contents (proc, &contents, NULL, NULL))
    return NULL;
  return g_steal_pointer (&contents);
}

static void
handle_method (GDBusConnection       *connection,
               const char            *sender,
               const char            *object_path,
               const char            *interface_name,
               const char            *method_name,
               GVariant              *parameters,
               GDBusMethodInvocation *invocation,
               gpointer               user_data)
{
  FakePortal *portal = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GVariant) fds = NULL;
  const char *token = "";
  g_autofree char *sender_path = NULL;
  g_autofree char *handle = NULL;
  GUnixFDList *fd_list;

  g_variant_get (parameters, "(&s@a{sv})", NULL, &options);
  g_variant_lookup (options, "handle_token", "&s", &token);
  g_variant_lookup (options, "addresses", "^as", &portal->addresses);
  g_variant_lookup (options, "subject", "s", &portal->subject);
  g_variant_lookup (options, "body", "s", &portal->body);
  fds = g_variant_lookup_value (options, "attachment_fds", G_VARIANT_TYPE ("ah"));
  fd_list = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (invocation));
  if (fds != NULL && g_variant_n_children (fds) == 1 && fd_list != NULL)
    {
      gint32 index;
      int fd;

      g_variant_get_child (fds, 0, "h", &index);
      fd = g_unix_fd_list_get (fd_list, index, NULL);
      portal->attachment = read_fd (fd);
      close (fd);
    }
  portal->n_calls++;

  /* The request handle, as the portal documents it */
  sender_path = g_strdup (sender + 1);
  g_strdelimit (sender_path, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s",
                            sender_path, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  g_dbus_connection_emit_signal (connection, sender, handle,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(u@a{sv})", portal->response,
                                                g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0)),
                                 NULL);
}

static GVariant *
handle_get_property (GDBusConnection *connection,
                     const char      *sender,
                     const char      *object_path,
                     const char      *interface_name,
                     const char      *property_name,
                     GError         **error,
                     gpointer         user_data)
{
  return g_variant_new_uint32 (3);
}

static const GDBusInterfaceVTable portal_vtable = {
  handle_method, handle_get_property, NULL, { 0 }
};

static gpointer
run_fake_portal (gpointer data)
{
  FakePortal *portal = data;
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;

  g_main_context_push_thread_default (portal->context);

  connection = g_dbus_connection_new_for_address_sync (portal->address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                       | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_assert_no_error (error);
  g_dbus_connection_register_object (connection, PORTAL_OBJECT_PATH,
                                     info->interfaces[0], &portal_vtable,
                                     portal, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", PORTAL_BUS_NAME, 4 /* DO_NOT_QUEUE */),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, &error);
  g_assert_no_error (error);

  g_mutex_lock (&portal->lock);
  portal->ready = TRUE;
  g_cond_signal (&portal->cond);
  g_mutex_unlock (&portal->lock);

  g_main_loop_run (portal->loop);

  g_dbus_connection_flush_sync (connection, NULL, NULL);
  g_dbus_connection_close_sync (connection, NULL, NULL);
  g_main_context_pop_thread_default (portal->context);
  return NULL;
}

static void
test_fake_portal (void)
{
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *path = write_attachment ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n");
  const char *to[] = { "mailto:ada@example.org", "grace@example.org", "ada@example.org", NULL };
  FakePortal portal = { 0 };
  Outcome outcome = { 0 };
  Outcome failed = { 0 };
  GThread *thread;

  g_test_dbus_up (bus);

  portal.address = g_strdup (g_test_dbus_get_bus_address (bus));
  portal.context = g_main_context_new ();
  portal.loop = g_main_loop_new (portal.context, FALSE);
  g_mutex_init (&portal.lock);
  g_cond_init (&portal.cond);
  thread = g_thread_new ("fake-portal", run_fake_portal, &portal);
  g_mutex_lock (&portal.lock);
  while (!portal.ready)
    g_cond_wait (&portal.cond, &portal.lock);
  g_mutex_unlock (&portal.lock);

  compose_and_wait (to, path, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);

  g_assert_cmpuint (portal.n_calls, ==, 1);
  g_assert_nonnull (portal.addresses);
  g_assert_cmpuint (g_strv_length (portal.addresses), ==, 2);
  g_assert_cmpstr (portal.addresses[0], ==, "ada@example.org");
  g_assert_cmpstr (portal.addresses[1], ==, "grace@example.org");
  g_assert_cmpstr (portal.subject, ==, "Subject");
  g_assert_cmpstr (portal.body, ==, "Body");
  g_assert_cmpstr (portal.attachment, ==, "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n");

  /* The mail client could not open an e-mail */
  portal.response = 2;
  compose_and_wait (to, path, &failed);
  g_assert_error (failed.error, TA_MAIL_ERROR, TA_MAIL_ERROR_FAILED);
  g_clear_error (&failed.error);

  /* The user closed the mail client: no error to show */
  portal.response = 1;
  failed.done = FALSE;
  compose_and_wait (to, path, &failed);
  g_assert_error (failed.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&failed.error);

  g_main_loop_quit (portal.loop);
  g_thread_join (thread);
  g_main_loop_unref (portal.loop);
  g_main_context_unref (portal.context);
  g_mutex_clear (&portal.lock);
  g_cond_clear (&portal.cond);
  g_strfreev (portal.addresses);
  g_free (portal.subject);
  g_free (portal.body);
  g_free (portal.attachment);
  g_free (portal.address);

  g_test_dbus_down (bus);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* In this order: the first finds no bus at all, the others bring their own */
  g_test_add_func ("/mail/no-bus", test_no_bus);
  g_test_add_func ("/mail/addresses", test_addresses);
  g_test_add_func ("/mail/attachment-missing", test_attachment_missing);
  g_test_add_func ("/mail/no-portal", test_no_portal);
  g_test_add_func ("/mail/fake-portal", test_fake_portal);

  return g_test_run ();
}
