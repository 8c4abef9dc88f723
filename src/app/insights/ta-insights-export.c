/* ta-insights-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-insights-export.h"
#include "ta-report.h"
#include "ta-toast.h"

/*
 * Insights out of the window.  The report is laid out by TaReport alike
 * for a PDF file and for paper; the PDF is written in a thread (a large
 * programme's report takes a second or two), printing is GTK's.
 */

static GtkWindow *
window_of (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * ta_insights_report_file_name:
 * @today: the day the report is made
 *
 * Returns: (transfer full): the file name offered for a report
 */
char *
ta_insights_report_file_name (GDateTime *today)
{
  g_autofree char *day = g_date_time_format (today, "%Y-%m-%d");

  /* Translators: the file name offered for the Insights report; %s is
   * the day it is made, as 2026-12-06 */
  return g_strdup_printf (_("Turnabout report %s.pdf"), day);
}

/* The report as a PDF */

typedef struct
{
  GtkWidget *toast_widget;
  GFile     *file;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_clear_object (&job->toast_widget);
  g_clear_object (&job->file);
  g_free (job);
}

static void
write_pdf_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaReport *report = source_object;
  ReportJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  GError *error = NULL;

  if (path == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Reports can only be saved to local files"));
  else if (!ta_report_write_pdf (report, path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
write_pdf_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ta_toast_add_error (job->toast_widget, _("Could not save the report: %s"), error->message);
      return;
    }

  {
    /* Translators: %s is a file name */
    g_autofree char *message = g_strdup_printf (_("Report saved as %s"), name);
    g_autofree char *escaped = g_markup_escape_text (message, -1);

    ta_toast_add (job->toast_widget, adw_toast_new (escaped));
  }
}

static void
report_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TaReport        *report)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      ReportJob *job = g_new0 (ReportJob, 1);
      g_autoptr(GTask) task = g_task_new (report, NULL, write_pdf_done_cb, NULL);

      job->toast_widget = g_object_steal_data (G_OBJECT (chooser), "toast-widget");
      job->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_task_set_task_data (task, job, (GDestroyNotify) report_job_free);
      g_task_run_in_thread (task, write_pdf_thread);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (report);
}

/**
 * ta_insights_export_report:
 * @widget: the page asking
 * @insights: the figures to report
 * @programme_name: the programme's name, the report's title
 *
 * Asks where to save the report, then writes it as a PDF.
 */
void
ta_insights_export_report (GtkWidget  *widget,
                           TaInsights *insights,
                           const char *programme_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = ta_insights_report_file_name (now);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (TA_IS_INSIGHTS (insights));

  chooser = gtk_file_chooser_native_new (_("Export Report"), window_of (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data_full (G_OBJECT (chooser), "toast-widget", g_object_ref (widget), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (report_response_cb),
                    ta_report_new (insights, programme_name));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The report on paper */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                TaReport          *report)
{
  guint n_pages = ta_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              TaReport          *report)
{
  ta_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWidget               *toast_widget)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      ta_toast_add_error (toast_widget, _("Could not print the report: %s"),
                          error != NULL ? error->message : _("unknown error"));
    }
}

/**
 * ta_insights_print_report:
 * @widget: the page asking
 * @insights: the figures to report
 * @programme_name: the programme's name, the report's title
 *
 * Prints the report, with the same pages as its PDF.
 */
void
ta_insights_print_report (GtkWidget  *widget,
                          TaInsights *insights,
                          const char *programme_name)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  TaReport *report;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (TA_IS_INSIGHTS (insights));

  report = ta_report_new (insights, programme_name);
  g_object_set_data_full (G_OBJECT (operation), "report", report, g_object_unref);
  gtk_print_operation_set_job_name (operation, programme_name);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), widget, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               window_of (widget), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    ta_toast_add_error (widget, _("Could not print the report: %s"), error->message);
}

/* The data behind the figures */

typedef struct
{
  TaProgramme     *programme;
  TaInsightsQuery  query;
  char            *group_value;
} DataJob;

static void
data_job_free (DataJob *job)
{
  g_clear_object (&job->programme);
  g_free (job->group_value);
  g_free (job);
}

static void
data_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  DataJob         *job)
{
  GtkWidget *toast_widget = g_object_get_data (G_OBJECT (chooser), "toast-widget");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (folder);
      g_autoptr(GError) error = NULL;

      job->query.group_value = job->group_value;
      if (path == NULL)
        {
          ta_toast_add_error (toast_widget, _("Could not export the data: %s"),
                              _("Data can only be saved to local folders"));
        }
      else if (!ta_programme_export_insights_data (job->programme, &job->query, path, &error))
        {
          ta_toast_add_error (toast_widget, _("Could not export the data: %s"), error->message);
        }
      else
        {
          g_autofree char *name = g_file_get_basename (folder);
          /* sessions.csv, pairs.csv, goals.csv and topics.csv */
          guint n_files = 4;
          /* Translators: %1$u is a number of files, %2$s a folder's name */
          g_autofree char *message = g_strdup_printf (ngettext ("%1$u file written to %2$s",
                                                                "%1$u files written to %2$s", n_files),
                                                      n_files, name);
          g_autofree char *escaped = g_markup_escape_text (message, -1);

          ta_toast_add (toast_widget, adw_toast_new (escaped));
        }
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  data_job_free (job);
}

/**
 * ta_insights_export_data:
 * @widget: the page asking
 * @programme: the programme
 * @query: the period and group of the figures
 *
 * Asks for a folder, then writes the data behind the figures there as
 * CSV files (one per table).
 */
void
ta_insights_export_data (GtkWidget             *widget,
                         TaProgramme           *programme,
                         const TaInsightsQuery *query)
{
  GtkFileChooserNative *chooser;
  DataJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (TA_IS_PROGRAMME (programme));
  g_return_if_fail (query != NULL);

  job = g_new0 (DataJob, 1);
  job->programme = g_object_ref (programme);
  job->query = *query;
  job->query.now = NULL;
  job->group_value = g_strdup (query->group_value);
  job->query.group_value = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Data"), window_of (widget),
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "toast-widget", g_object_ref (widget), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (data_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
