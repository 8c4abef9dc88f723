/* ta-calendar-transfer.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-calendar-transfer.h"
#include "ta-ical.h"
#include "ta-month-grid.h"
#include "ta-problem-list.h"
#include "ta-store.h"
#include "ta-toast.h"

/*
 * The calendar in and out of the window as iCalendar: export in a thread
 * (100,000 sessions take more than a second), import after a preview
 * that lists every session it will add, or every event it cannot read,
 * in which case nothing is imported.
 */

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GtkFileFilter *
ics_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar Files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");

  return filter;
}

/* Export */

typedef struct
{
  TaStore *store;
  GFile   *file;
  gint64   pairing_id;
  gint64   participant_id;
  guint    count;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (!ta_ical_export_file (job->store, job->file, job->pairing_id, job->participant_id,
                            &job->count, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) toast_widget = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ta_toast_add_error (toast_widget, _("Could not export the sessions: %s"), error->message);
      return;
    }

  name = g_file_get_basename (job->file);
  /* Translators: %u is a number of sessions, %s a file name */
  message = g_strdup_printf (ngettext ("Exported %u session to %s", "Exported %u sessions to %s", job->count),
                             job->count, name);
  ta_toast_add (toast_widget, adw_toast_new (message));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ExportJob       *job)
{
  g_autoptr(GtkWidget) toast_widget = g_object_steal_data (G_OBJECT (chooser), "toast-widget");
  g_autoptr(GTask) task = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      export_job_free (job);
      gtk_native_dialog_destroy (chooser);
      g_object_unref (chooser);
      return;
    }

  job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  task = g_task_new (NULL, NULL, export_done_cb, g_steal_pointer (&toast_widget));
  g_task_set_source_tag (task, ta_calendar_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

void
ta_calendar_export (GtkWidget         *toast_widget,
                    TaParticipantList *participants,
                    gint64             pairing_id,
                    gint64             participant_id)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = ics_filter ();
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (toast_widget));
  g_return_if_fail (TA_IS_PARTICIPANT_LIST (participants));

  job = g_new0 (ExportJob, 1);
  job->store = g_object_ref (ta_participant_list_get_store (participants));
  job->pairing_id = pairing_id;
  job->participant_id = participant_id;

  chooser = gtk_file_chooser_native_new (pairing_id != 0 || participant_id != 0
                                         ? _("Export the Filtered Sessions")
                                         : _("Export All Sessions"),
                                         window_of (toast_widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the file name an export of sessions suggests */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("sessions.ics"));
  g_object_set_data_full (G_OBJECT (chooser), "toast-widget", g_object_ref (toast_widget), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import */

typedef struct
{
  TaParticipantList *participants;
  GtkWidget         *toast_widget;
  GPtrArray         *sessions;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->participants);
  g_clear_object (&job->toast_widget);
  g_clear_pointer (&job->sessions, g_ptr_array_unref);
  g_free (job);
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ImportJob        *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "import") != 0)
    return;

  if (!ta_store_add_sessions (ta_participant_list_get_store (job->participants), job->sessions, &error))
    {
      ta_toast_add_error (job->toast_widget, _("Nothing was imported: %s"), error->message);
      return;
    }

  message = g_strdup_printf (ngettext ("Imported %u session", "Imported %u sessions", job->sessions->len),
                             job->sessions->len);
  ta_toast_add (job->toast_widget, adw_toast_new (message));
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  return row;
}

AdwMessageDialog *
ta_calendar_import_preview (GtkWidget         *toast_widget,
                            TaParticipantList *participants,
                            const char        *file_name,
                            const char        *text,
                            gsize              length)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *extra_child = NULL;
  guint skipped = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (toast_widget), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);

  sessions = ta_ical_read_sessions (ta_participant_list_get_store (participants), text, length,
                                    &problems, &skipped, &error);
  if (sessions == NULL)
    {
      ta_toast_add_error (toast_widget, _("Cannot import %s: %s"), file_name, error->message);
      return NULL;
    }

  if (problems != NULL && problems->len > 0)
    {
      heading = g_strdup (_("Nothing Can Be Imported Yet"));
      /* Translators: %s is a file name */
      body = g_strdup_printf (ngettext ("%u event of %s cannot be read. Nothing was imported: correct it and try again.",
                                        "%u events of %s cannot be read. Nothing was imported: correct them and try again.",
                                        problems->len),
                              problems->len, file_name);
      /* A calendar of thousands of broken events must not freeze the
       * window: the problem list makes widgets for the rows in sight only. */
      extra_child = ta_problem_list_new (file_name, problems);
    }
  else
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      heading = g_strdup (sessions->len > 0 ? _("Import Sessions?") : _("No Sessions to Import"));
      if (skipped > 0)
        /* Translators: %u are numbers of sessions, %s a file name */
        body = g_strdup_printf (ngettext ("%s plans %u session for the pairs of this programme; "
                                          "cancelled events are left out (%u).",
                                          "%s plans %u sessions for the pairs of this programme; "
                                          "cancelled events are left out (%u).",
                                          sessions->len),
                                file_name, sessions->len, skipped);
      else
        body = g_strdup_printf (ngettext ("%s plans %u session for the pairs of this programme.",
                                          "%s plans %u sessions for the pairs of this programme.",
                                          sessions->len),
                                file_name, sessions->len);
      for (guint i = 0; i < sessions->len; i++)
        {
          TaSession *session = g_ptr_array_index (sessions, i);
          g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
          g_autofree char *who = ta_session_describe (session, participants);
          /* Translators: when a session starts, see g_date_time_format() */
          g_autofree char *when = g_date_time_format (start, C_("import preview", "%a %-d %b %Y, %H:%M"));

          gtk_list_box_append (GTK_LIST_BOX (list), new_row (who, when));
        }

      if (sessions->len > 0)
        {
          extra_child = gtk_scrolled_window_new ();
          gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (extra_child), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
          gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (extra_child), 320);
          gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (extra_child), TRUE);
          gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (extra_child), list);
        }
      else
        {
          g_object_unref (g_object_ref_sink (list));
        }
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (toast_widget), heading, body));
  if ((problems == NULL || problems->len == 0) && sessions->len > 0)
    {
      ImportJob *job = g_new0 (ImportJob, 1);

      job->participants = g_object_ref (participants);
      job->toast_widget = g_object_ref (toast_widget);
      job->sessions = g_steal_pointer (&sessions);
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "import", _("_Import"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "import");
      g_signal_connect_data (dialog, "response", G_CALLBACK (import_response_cb), job,
                             (GClosureNotify) (void (*) (void)) import_job_free, 0);
    }
  else
    {
      adw_message_dialog_add_response (dialog, "cancel", _("_Close"));
    }
  adw_message_dialog_set_close_response (dialog, "cancel");

  if (extra_child != NULL)
    adw_message_dialog_set_extra_child (dialog, extra_child);

  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
import_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GObject) chooser = user_data;
  GFile *file = G_FILE (source);
  GtkWidget *toast_widget = g_object_get_data (chooser, "toast-widget");
  TaParticipantList *participants = g_object_get_data (chooser, "participants");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize length = 0;

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      ta_toast_add_error (toast_widget, _("Cannot read %s: %s"), name, error->message);
      return;
    }

  ta_calendar_import_preview (toast_widget, participants, name, contents, length);
}

static void
import_response_chooser_cb (GtkNativeDialog *chooser,
                            int              response,
                            gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_file_load_contents_async (file, NULL, import_loaded_cb, g_object_ref (chooser));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
ta_calendar_import (GtkWidget         *toast_widget,
                    TaParticipantList *participants)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = ics_filter ();

  g_return_if_fail (GTK_IS_WIDGET (toast_widget));
  g_return_if_fail (TA_IS_PARTICIPANT_LIST (participants));

  chooser = gtk_file_chooser_native_new (_("Import Sessions"), window_of (toast_widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "toast-widget", g_object_ref (toast_widget), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "participants", g_object_ref (participants), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_chooser_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
