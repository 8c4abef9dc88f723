/* ta-calendar-transfer.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-calendar-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-calendar-import-view.h"
#include "ta-calendar-transfer.h"
#include "ta-itip.h"
#include "ta-toast.h"

/*
 * The calendar in and out of the window as iCalendar: export in a thread
 * (100,000 sessions take more than a second), import after a preview
 * that says, event by event, what it imports, skips and refuses
 * (TaCalendarImportView), then in a thread too.
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

/* Where the outcome of an export is said, and of which file. */
typedef struct
{
  GtkWidget *toast_widget;
  GFile     *file;
} ExportDone;

static void
export_done_free (ExportDone *done)
{
  g_clear_object (&done->toast_widget);
  g_clear_object (&done->file);
  g_free (done);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportDone, export_done_free)

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportDone) done = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  guint count = 0;

  if (!ta_programme_export_calendar_finish (TA_PROGRAMME (source), result, &count, &error))
    {
      ta_toast_add_error (done->toast_widget, _("Could not export the sessions: %s"), error->message);
      return;
    }

  name = g_file_get_basename (done->file);
  /* Translators: %u is a number of sessions, %s a file name */
  message = g_strdup_printf (ngettext ("Exported %u session to %s", "Exported %u sessions to %s", count),
                             count, name);
  ta_toast_add (done->toast_widget, adw_toast_new (message));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TaProgramme     *programme)
{
  gint64 pairing_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "pairing-id"));
  gint64 participant_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "participant-id"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      ExportDone *done = g_new0 (ExportDone, 1);

      done->toast_widget = g_object_steal_data (G_OBJECT (chooser), "toast-widget");
      done->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ta_programme_export_calendar_async (programme, done->file, pairing_id, participant_id, NULL,
                                          export_done_cb, done);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (programme);
}

void
ta_calendar_export (GtkWidget   *toast_widget,
                    TaProgramme *programme,
                    gint64       pairing_id,
                    gint64       participant_id)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = ics_filter ();

  g_return_if_fail (GTK_IS_WIDGET (toast_widget));
  g_return_if_fail (TA_IS_PROGRAMME (programme));

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
  g_object_set_data (G_OBJECT (chooser), "pairing-id", GSIZE_TO_POINTER ((gsize) pairing_id));
  g_object_set_data (G_OBJECT (chooser), "participant-id", GSIZE_TO_POINTER ((gsize) participant_id));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (programme));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Import */

static void
import_done_cb (GObject      *source,
                GAsyncResult *async_result,
                gpointer      user_data)
{
  g_autoptr(GtkWidget) toast_widget = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaIcalResult) result = ta_programme_import_calendar_finish (TA_PROGRAMME (source), async_result, &error);
  g_autofree char *summary = NULL;

  if (result == NULL)
    {
      ta_toast_add_error (toast_widget, _("Nothing was imported: %s"), error->message);
      return;
    }

  summary = ta_ical_result_dup_summary (result);
  ta_toast_add (toast_widget, adw_toast_new (summary));
}

static void
import_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    TaCalendarImportView *view)
{
  GtkWidget *toast_widget = g_object_get_data (G_OBJECT (dialog), "toast-widget");
  TaProgramme *programme = g_object_get_data (G_OBJECT (dialog), "programme");

  if (g_strcmp0 (response, "import") != 0)
    return;

  /* Read again inside the import's transaction: what is written is what
   * the programme allows then, whatever changed since the preview. */
  ta_programme_import_calendar_async (programme, ta_calendar_import_view_get_contents (view),
                                      ta_calendar_import_view_get_from (view), NULL,
                                      import_done_cb, g_object_ref (toast_widget));
}

/* The heading, the text and Import as the view's result says. */
static void
update_dialog (AdwMessageDialog     *dialog,
               GParamSpec           *pspec,
               TaCalendarImportView *view)
{
  TaIcalResult *result = ta_calendar_import_view_get_result (view);
  const char *file_name = g_object_get_data (G_OBJECT (dialog), "file-name");
  g_autofree char *summary = ta_ical_result_dup_summary (result);
  g_autofree char *body = NULL;
  guint n_import = ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW) +
                   ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED);
  gboolean busy = ta_calendar_import_view_get_busy (view);

  adw_message_dialog_set_heading (dialog, n_import > 0 ? _("Import Sessions?") : _("No Sessions to Import"));
  /* Translators: %1$s is a file name, %2$s what importing it does: “12
   * sessions to import, 3 updated, 5 already up to date, 4 skipped, 1
   * refused.” */
  body = g_strdup_printf (_("%1$s: %2$s Skipped and refused events are left out."), file_name, summary);
  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_set_response_enabled (dialog, "import", n_import > 0 && !busy);
}

/* An attendee's answer to an invitation (METHOD:REPLY) is no calendar
 * to import: the answers are recorded on the sessions. */
static void
import_reply (GtkWidget   *toast_widget,
              TaProgramme *programme,
              const char  *file_name,
              const char  *text,
              gsize        length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint recorded = 0;
  guint skipped = 0;

  if (!ta_programme_import_reply_data (programme, text, length, &recorded, &skipped, &error))
    {
      /* Translators: %1$s is a file name, %2$s the reason */
      ta_toast_add_error (toast_widget, _("Cannot record the answers in %1$s: %2$s"), file_name, error->message);
      return;
    }

  if (skipped == 0)
    /* Translators: %u is a number of answers to invitations */
    title = g_strdup_printf (ngettext ("%u answer to an invitation recorded",
                                       "%u answers to invitations recorded", recorded), recorded);
  else
    {
      /* Translators: the start of “2 answers recorded, 1 left out: …”; %u is a number */
      g_autofree char *done = g_strdup_printf (ngettext ("%u answer recorded", "%u answers recorded", recorded),
                                               recorded);

      /* Translators: %1$s is “2 answers recorded”, %2$u a number of answers */
      title = g_strdup_printf (ngettext ("%1$s, %2$u left out: not an invitation of this programme, or not to an attendee",
                                         "%1$s, %2$u left out: not invitations of this programme, or not to attendees",
                                         skipped),
                               done, skipped);
    }
  ta_toast_add (toast_widget, adw_toast_new (title));
}

/**
 * ta_calendar_import_preview:
 * @toast_widget: where the outcome is said
 * @programme: the programme
 * @file_name: the file's name, as shown
 * @text: the file
 * @length: its length in bytes
 *
 * The preview of an import of @text from today on: the sessions it
 * imports or updates, the events it skips and refuses with their
 * reasons, and a start date to change; Import commits the importable
 * ones (ta_programme_import_calendar_async()).
 *
 * A file of answers to invitations (METHOD:REPLY) is not previewed: the
 * answers are recorded on their sessions, and a toast says how many.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL (and a
 *   toast) when @text is not iCalendar at all, or was answers
 */
AdwMessageDialog *
ta_calendar_import_preview (GtkWidget         *toast_widget,
                            TaProgramme       *programme,
                            const char        *file_name,
                            const char        *text,
                            gsize              length)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *view;

  g_return_val_if_fail (GTK_IS_WIDGET (toast_widget), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (ta_itip_is_reply (text, length))
    {
      import_reply (toast_widget, programme, file_name, text, length);
      return NULL;
    }

  result = ta_programme_read_calendar (programme, text, length, NULL, &error);
  if (result == NULL)
    {
      ta_toast_add_error (toast_widget, _("Cannot import %s: %s"), file_name, error->message);
      return NULL;
    }

  contents = g_bytes_new (text, length);
  view = ta_calendar_import_view_new (programme, contents, result);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window_of (toast_widget), NULL, NULL));
  g_object_set_data_full (G_OBJECT (dialog), "file-name", g_strdup (file_name), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "toast-widget", g_object_ref (toast_widget), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "programme", g_object_ref (programme), g_object_unref);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, view);

  update_dialog (dialog, NULL, TA_CALENDAR_IMPORT_VIEW (view));
  g_signal_connect_object (view, "notify::result", G_CALLBACK (update_dialog), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::busy", G_CALLBACK (update_dialog), dialog, G_CONNECT_SWAPPED);
  g_signal_connect (dialog, "response", G_CALLBACK (import_response_cb), view);

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
  TaProgramme *programme = g_object_get_data (chooser, "programme");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  gsize length = 0;

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      ta_toast_add_error (toast_widget, _("Cannot read %s: %s"), name, error->message);
      return;
    }

  ta_calendar_import_preview (toast_widget, programme, name, contents, length);
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
ta_calendar_import (GtkWidget   *toast_widget,
                    TaProgramme *programme)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = ics_filter ();

  g_return_if_fail (GTK_IS_WIDGET (toast_widget));
  g_return_if_fail (TA_IS_PROGRAMME (programme));

  chooser = gtk_file_chooser_native_new (_("Import Sessions"), window_of (toast_widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "toast-widget", g_object_ref (toast_widget), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "programme", g_object_ref (programme), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_chooser_cb), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
