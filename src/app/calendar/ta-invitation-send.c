/* ta-invitation-send.c - "Send Invitation…", by e-mail or saved as a file
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-invitation"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ta-describe.h"
#include "ta-file.h"
#include "ta-invitation-send.h"
#include "ta-itip.h"
#include "ta-mail.h"
#include "ta-toast.h"

/*
 * The invitation goes into a folder of its own under the temporary
 * folder (0700, the file 0600: it names who meets whom, and when), is
 * attached to a new e-mail through the desktop's e-mail portal, and
 * stays there while the window is open, since the mail client may read
 * it only when the e-mail is sent.  Some mail clients drop what comes
 * through the portal, and some desktops have no portal: "Save As…" is
 * offered with every outcome.
 */

/* The folders written, removed with the window */
#define TEMP_DIRS_KEY "ta-invitation-temp-dirs"

typedef struct
{
  GtkWindow          *parent;        /* nullable */
  GtkWidget          *toast_widget;
  TaProgramme        *programme;
  TaSession          *session;
  TaInvitationMethod  method;
  gboolean            whole_series;
  gboolean            update;        /* an invitation went out before */
  char               *path;          /* the file written */
} SendJob;

static void
send_job_free (SendJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->toast_widget);
  g_clear_object (&job->programme);
  g_clear_object (&job->session);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SendJob, send_job_free)

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
remove_temp_dir (gpointer data)
{
  g_autofree char *dir = data;
  g_autofree char *file = g_build_filename (dir, "invitation.ics", NULL);

  g_unlink (file);
  g_rmdir (dir);
}

/* A new private folder for one invitation, removed with @window. */
static char *
make_temp_dir (GtkWindow  *window,
               GError    **error)
{
  char *dir = g_dir_make_tmp ("turnabout-invitation-XXXXXX", error);
  GPtrArray *dirs;

  if (dir == NULL || window == NULL)
    return dir;

  dirs = g_object_get_data (G_OBJECT (window), TEMP_DIRS_KEY);
  if (dirs == NULL)
    {
      dirs = g_ptr_array_new_with_free_func (remove_temp_dir);
      g_object_set_data_full (G_OBJECT (window), TEMP_DIRS_KEY, dirs, (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (dirs, g_strdup (dir));
  return dir;
}

/* --- Save As ---------------------------------------------------------- */

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(SendJob) job = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      name = g_file_get_basename (file);
      if (!g_file_get_contents (job->path, &contents, &length, &error) ||
          !ta_file_replace_contents (file, contents, length, NULL, &error))
        /* Translators: %1$s is a file name, %2$s the reason */
        ta_toast_add_error (job->toast_widget, _("Could not save %1$s: %2$s"), name, error->message);
      else
        {
          /* Translators: %s is a file name */
          g_autofree char *title = g_strdup_printf (_("Saved %s: attach it to an e-mail to the attendees"), name);

          ta_toast_add (job->toast_widget, adw_toast_new (title));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
save_as (SendJob *job)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("Calendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

  chooser = gtk_file_chooser_native_new (job->method == TA_INVITATION_CANCEL ? _("Save the Cancellation")
                                                                             : _("Save the Invitation"),
                                         job->parent != NULL ? job->parent : window_of (job->toast_widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     job->method == TA_INVITATION_CANCEL
                                     /* Translators: the file name Save As suggests */
                                     ? _("cancellation.ics")
                                     /* Translators: the file name Save As suggests */
                                     : _("invitation.ics"));
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_clicked_cb (AdwToast *toast,
                 SendJob  *job)
{
  SendJob *copy = g_new0 (SendJob, 1);

  /* The toast frees its job: Save As gets its own */
  copy->parent = job->parent != NULL ? g_object_ref (job->parent) : NULL;
  copy->toast_widget = g_object_ref (job->toast_widget);
  copy->programme = g_object_ref (job->programme);
  copy->session = g_object_ref (job->session);
  copy->method = job->method;
  copy->path = g_strdup (job->path);
  save_as (copy);
}

/* --- The e-mail ------------------------------------------------------- */

static void
failed_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  SendJob *job = user_data;

  if (g_strcmp0 (response, "save") == 0)
    save_as (job);
  else
    send_job_free (job);
}

static void
composed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(SendJob) job = user_data;
  g_autoptr(GError) error = NULL;
  GtkWidget *toast_widget = job->toast_widget;
  AdwMessageDialog *dialog;
  AdwToast *toast;

  if (!ta_mail_compose_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent != NULL ? job->parent
                                                                               : window_of (job->toast_widget),
                                                           _("No E-mail Could Be Opened"), error->message));
      adw_message_dialog_add_responses (dialog, "close", _("_Close"), "save", _("_Save As…"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
      adw_message_dialog_set_close_response (dialog, "close");
      g_signal_connect (dialog, "response", G_CALLBACK (failed_response_cb), g_steal_pointer (&job));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* Some mail clients drop the attachment: the file can be saved too */
  toast = adw_toast_new (error != NULL
                         ? _("No e-mail was sent")
                         : _("The e-mail is ready: check that the file is attached"));
  adw_toast_set_button_label (toast, _("_Save As…"));
  adw_toast_set_timeout (toast, 10);
  g_object_ref (toast_widget);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (save_clicked_cb),
                         g_steal_pointer (&job), (GClosureNotify) (void (*) (void)) send_job_free, 0);
  ta_toast_add (toast_widget, toast);
  g_object_unref (toast_widget);
}

/* The attendees' addresses: everyone invited, as the programme lists
 * them once the invitation is written. */
static GStrv
attendee_addresses (SendJob *job)
{
  g_autoptr(GPtrArray) responses = ta_programme_list_session_responses (job->programme,
                                                                        ta_session_get_id (job->session),
                                                                        NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; responses != NULL && i < responses->len; i++)
    {
      TaSessionResponse *response = g_ptr_array_index (responses, i);

      if (response->participant_id != 0)
        g_strv_builder_add (builder, response->email);
    }
  return g_strv_builder_end (builder);
}

static void
describe_mail (SendJob  *job,
               char    **out_subject,
               char    **out_body)
{
  g_autofree char *who = ta_describe_session (job->session, job->programme);
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (job->session));
  /* Translators: when a session starts, in an invitation e-mail, see
   * g_date_time_format() */
  g_autofree char *when = g_date_time_format (local, C_("invitation", "%A %-d %B %Y, %H:%M"));

  if (job->method == TA_INVITATION_CANCEL)
    {
      /* Translators: an e-mail's subject; %1$s is who meets (“Lina &
       * Marc”) or a group session's title, %2$s when */
      *out_subject = g_strdup_printf (_("Cancelled: %1$s, %2$s"), who, when);
      *out_body = g_strdup_printf (job->whole_series
                                   /* Translators: an e-mail; %1$s is who meets, %2$s when the first session is */
                                   ? _("Hello,\n\nThe recurring sessions of %1$s, from %2$s, are cancelled. "
                                       "Open the attached file to take them off your calendar.\n")
                                   /* Translators: an e-mail; %1$s is who meets, %2$s when */
                                   : _("Hello,\n\nThe session of %1$s on %2$s is cancelled. "
                                       "Open the attached file to take it off your calendar.\n"),
                                   who, when);
      return;
    }

  *out_subject = g_strdup_printf (job->update
                                  /* Translators: an e-mail's subject; %1$s is who meets, %2$s when */
                                  ? _("Updated invitation: %1$s, %2$s")
                                  /* Translators: an e-mail's subject; %1$s is who meets, %2$s when */
                                  : _("Invitation: %1$s, %2$s"),
                                  who, when);
  *out_body = g_strdup_printf (job->whole_series
                               /* Translators: an e-mail; %1$s is who meets, %2$s when the first session is */
                               ? _("Hello,\n\nYou are invited to the recurring sessions of %1$s, from %2$s. "
                                   "Open the attached file to add them to your calendar and to answer.\n")
                               /* Translators: an e-mail; %1$s is who meets, %2$s when */
                               : _("Hello,\n\nYou are invited to the session of %1$s on %2$s. "
                                   "Open the attached file to add it to your calendar and to answer.\n"),
                               who, when);
}

static void
no_organizer_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  GtkWindow *window = user_data;

  /* The window's action, as its menu opens Preferences */
  if (g_strcmp0 (response, "preferences") == 0 && window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SendJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_auto(GStrv) addresses = NULL;
  GtkWindow *window = window_of (job->toast_widget);

  g_task_propagate_boolean (G_TASK (result), &error);
  if (g_error_matches (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NO_ORGANIZER))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent != NULL ? job->parent : window,
                                                           _("Who Sends the Invitation?"), NULL));
      adw_message_dialog_set_body (dialog, _("An invitation comes from the facilitator’s e-mail address, "
                                             "and the answers go back to it. Set it in Preferences."));
      adw_message_dialog_add_responses (dialog, "close", _("_Close"), "preferences", _("_Preferences"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "preferences", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_close_response (dialog, "close");
      g_signal_connect (dialog, "response", G_CALLBACK (no_organizer_response_cb), window);
      gtk_window_present (GTK_WINDOW (dialog));
      send_job_free (job);
      return;
    }
  if (error != NULL)
    {
      /* Translators: %s is the reason */
      ta_toast_add_error (job->toast_widget, _("Could not write the invitation: %s"), error->message);
      send_job_free (job);
      return;
    }

  describe_mail (job, &subject, &body);
  addresses = attendee_addresses (job);
  ta_mail_compose_async (job->parent != NULL ? job->parent : window, (const char * const *) addresses,
                         subject, body, job->path, NULL, composed_cb, job);
}

/* The export it is made from reads the whole directory: a second on a
 * programme of 100,000 people, so not on the window's thread. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SendJob *job = task_data;
  GError *error = NULL;

  if (ta_programme_write_invitation (job->programme, ta_session_get_id (job->session), job->whole_series,
                                     job->method, NULL, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_and_mail (SendJob *job)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  job->update = ta_programme_invitation_is_outdated (job->programme, ta_session_get_id (job->session));
  dir = make_temp_dir (window_of (job->toast_widget), &error);
  if (dir == NULL)
    {
      /* Translators: %s is the reason */
      ta_toast_add_error (job->toast_widget, _("Could not write the invitation: %s"), error->message);
      send_job_free (job);
      return;
    }
  job->path = g_build_filename (dir, "invitation.ics", NULL);

  /* The job is the callback's; the thread only reads it */
  task = g_task_new (NULL, NULL, written_cb, job);
  g_task_set_source_tag (task, write_and_mail);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, write_thread);
}

static void
scope_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  SendJob *job = user_data;

  if (g_strcmp0 (response, "one") != 0 && g_strcmp0 (response, "series") != 0)
    {
      send_job_free (job);
      return;
    }
  job->whole_series = g_str_equal (response, "series");
  write_and_mail (job);
}

/**
 * ta_invitation_send:
 * @parent: (nullable): the window the questions belong to
 * @toast_widget: where the outcome is said
 * @programme: the programme
 * @session: the session
 * @method: an invitation (or its update), or a cancellation
 *
 * Sends the invitation (or cancellation) of @session by e-mail, asking
 * first whether it is for this session or the whole series when it has
 * one, with "Save As…" offered whatever comes of the e-mail.
 */
void
ta_invitation_send (GtkWindow          *parent,
                    GtkWidget          *toast_widget,
                    TaProgramme        *programme,
                    TaSession          *session,
                    TaInvitationMethod  method)
{
  SendJob *job;
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (GTK_IS_WIDGET (toast_widget));
  g_return_if_fail (TA_IS_PROGRAMME (programme));
  g_return_if_fail (TA_IS_SESSION (session));

  job = g_new0 (SendJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->toast_widget = g_object_ref (toast_widget);
  job->programme = g_object_ref (programme);
  job->session = ta_session_copy (session);
  job->method = method;

  if (ta_session_get_series_id (session) == 0)
    {
      write_and_mail (job);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent != NULL ? parent : window_of (toast_widget),
                                                       method == TA_INVITATION_CANCEL
                                                       ? _("Send the Cancellation of…")
                                                       : _("Send the Invitation to…"),
                                                       _("This session is one of a recurring series.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "one", _("_This Session"),
                                    "series", _("The _Whole Series"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "one");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (scope_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
offer_clicked_cb (AdwToast *toast,
                  SendJob  *job)
{
  ta_invitation_send (NULL, job->toast_widget, job->programme, job->session, job->method);
}

/**
 * ta_invitation_offer_update:
 * @toast_widget: where the toast goes
 * @programme: the programme
 * @session: a session just saved
 *
 * Offers, in a toast, to send the update of an invitation sent for
 * @session before it changed; or its cancellation, when it was
 * cancelled.
 *
 * Returns: whether it was offered
 */
gboolean
ta_invitation_offer_update (GtkWidget   *toast_widget,
                            TaProgramme *programme,
                            TaSession   *session)
{
  SendJob *job;
  AdwToast *toast;
  gboolean cancelled;

  g_return_val_if_fail (toast_widget == NULL || GTK_IS_WIDGET (toast_widget), FALSE);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (TA_IS_SESSION (session), FALSE);

  if (toast_widget == NULL || !ta_programme_invitation_is_outdated (programme, ta_session_get_id (session)))
    return FALSE;

  cancelled = ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED;
  job = g_new0 (SendJob, 1);
  job->toast_widget = g_object_ref (toast_widget);
  job->programme = g_object_ref (programme);
  job->session = ta_session_copy (session);
  job->method = cancelled ? TA_INVITATION_CANCEL : TA_INVITATION_REQUEST;

  toast = adw_toast_new (cancelled
                         ? _("The attendees were invited: send them the cancellation?")
                         : _("The attendees have the old invitation: send them the update?"));
  adw_toast_set_button_label (toast, cancelled ? _("Send _Cancellation…") : _("Send _Update…"));
  adw_toast_set_timeout (toast, 0);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (offer_clicked_cb),
                         job, (GClosureNotify) (void (*) (void)) send_job_free, 0);
  ta_toast_add (toast_widget, toast);
  return TRUE;
}
