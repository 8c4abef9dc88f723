/* ta-csv-import-dialog.c
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

#define G_LOG_DOMAIN "turnabout-csv-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-csv-import-dialog-private.h"
#include "ta-csv-import.h"
#include "ta-problem-list.h"

/*
 * The preview of a spreadsheet before it is imported: how the file is
 * read (the encoding and separator found, each changeable), which of its
 * columns become which of ours, its first rows, and then either what the
 * import will do or every problem that stops it.  The count and the
 * problems come from a dry run of the real import, in a thread, so what
 * the preview promises is what Import does.
 */

/* The encodings offered. */
static const TaCsvEncoding encodings[] = {
  TA_CSV_ENCODING_UTF8,
  TA_CSV_ENCODING_UTF16LE,
  TA_CSV_ENCODING_UTF16BE,
  TA_CSV_ENCODING_WINDOWS_1252,
};

/* The separators offered. */
static const char separators[] = { ',', ';', '\t' };

#define PREVIEW_ROWS 5

struct _TaCsvImportDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkButton           *import_button;
  GtkLabel            *result_label;
  TaProblemList       *problem_list;
  AdwComboRow         *encoding_row;
  AdwComboRow         *separator_row;
  AdwPreferencesGroup *columns_group;
  AdwPreferencesGroup *rows_group;

  /* Owned references */
  TaProgramme         *programme;
  GBytes              *data;
  char                *file_name;
  GCancellable        *cancellable;
  GPtrArray           *shown_rows;  /* rows added to columns_group and rows_group */

  TaCsvFormat          format;      /* what the preview and the import use */
  gboolean             encoding_chosen;   /* by the user, not detected */
  gboolean             separator_chosen;
  TaCsvKind            kind;
  gboolean             filling;     /* changing the combo rows ourselves */
  gboolean             importing;
};

G_DEFINE_FINAL_TYPE (TaCsvImportDialog, ta_csv_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void ta_csv_import_dialog_refresh (TaCsvImportDialog *self);

static int
encoding_index (TaCsvEncoding encoding)
{
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (encodings[i] == encoding)
      return (int) i;
  return 0;
}

static int
separator_index (char separator)
{
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (separators[i] == separator)
      return (int) i;
  return 0;
}

/* What the rows say, or "detect" for what the user left alone. */
static TaCsvFormat
chosen_format (TaCsvImportDialog *self)
{
  TaCsvFormat format = TA_CSV_FORMAT_DETECT;
  guint encoding = adw_combo_row_get_selected (self->encoding_row);
  guint separator = adw_combo_row_get_selected (self->separator_row);

  if (self->encoding_chosen && encoding < G_N_ELEMENTS (encodings))
    format.encoding = encodings[encoding];
  if (self->separator_chosen && separator < G_N_ELEMENTS (separators))
    format.separator = separators[separator];

  return format;
}

static void
fill_choices (TaCsvImportDialog *self)
{
  g_autoptr(GtkStringList) encoding_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) separator_names = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    gtk_string_list_append (encoding_names, ta_csv_encoding_to_string (encodings[i]));
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_autofree char *label = ta_csv_separator_get_label (separators[i]);

      gtk_string_list_append (separator_names, label);
    }

  self->filling = TRUE;
  adw_combo_row_set_model (self->encoding_row, G_LIST_MODEL (encoding_names));
  adw_combo_row_set_model (self->separator_row, G_LIST_MODEL (separator_names));
  self->filling = FALSE;
}

/* Shows what the file is read with, and whether the file or the user
 * decided it. */
static void
show_format (TaCsvImportDialog *self,
             const TaCsvFormat *format)
{
  self->filling = TRUE;
  adw_combo_row_set_selected (self->encoding_row, encoding_index (format->encoding));
  adw_combo_row_set_selected (self->separator_row, separator_index (format->separator));
  self->filling = FALSE;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->encoding_row),
                               self->encoding_chosen ? _("Your choice") : _("Found in the file"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->separator_row),
                               self->separator_chosen ? _("Your choice") : _("Found in the file"));
}

static void
clear_shown_rows (TaCsvImportDialog *self)
{
  for (guint i = 0; i < self->shown_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->shown_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->shown_rows, 0);
}

static void
add_row (TaCsvImportDialog   *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* What a file says is text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->shown_rows, g_object_ref_sink (row));
}

static void
show_result (TaCsvImportDialog *self,
             const char        *text,
             GPtrArray         *problems)
{
  gtk_label_set_text (self->result_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_list), problems != NULL && problems->len > 0);
  ta_problem_list_set_problems (self->problem_list, problems);
}

static void
dry_run_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TaCsvImportDialog) self = user_data;
  g_autoptr(TaImportResult) import_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;
  guint total;

  ok = ta_programme_import_csv_finish (TA_PROGRAMME (object), result, &import_result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (!ok)
    {
      if (import_result != NULL && import_result->problems != NULL && import_result->problems->len > 0)
        show_result (self,
                     _("Correct these problems in the file and open it again: nothing is imported while any row is wrong."),
                     import_result->problems);
      else
        show_result (self, error->message, NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
      return;
    }

  total = import_result->added + import_result->updated;
  /* The count goes in the text, not on the button: a header bar button
   * does not wrap, and the dialog must fit 360 px in every language. */
  if (self->kind == TA_CSV_KIND_PAIRINGS)
    /* Translators: %1$u pairs in all: %2$u new ones, %3$u known ones that get the file's values */
    text = g_strdup_printf (ngettext ("Import will bring in %1$u pair: %2$u new, %3$u updated.",
                                      "Import will bring in %1$u pairs: %2$u new, %3$u updated.",
                                      total),
                            total, import_result->added, import_result->updated);
  else
    /* Translators: %1$u people in all: %2$u new ones, %3$u known ones that get the file's values */
    text = g_strdup_printf (ngettext ("Import will bring in %1$u participant: %2$u new, %3$u updated.",
                                      "Import will bring in %1$u participants: %2$u new, %3$u updated.",
                                      total),
                            total, import_result->added, import_result->updated);

  show_result (self, text, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), total > 0);
}

static void
ta_csv_import_dialog_refresh (TaCsvImportDialog *self)
{
  g_autoptr(TaCsvPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  TaCsvFormat wanted = chosen_format (self);
  gsize length = 0;
  const char *data = g_bytes_get_data (self->data, &length);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_shown_rows (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);

  preview = ta_csv_preview_new (data, length, &wanted, PREVIEW_ROWS, &error);
  if (preview == NULL)
    {
      show_result (self, error->message, NULL);
      return;
    }

  self->format = preview->format;
  self->kind = preview->kind;
  show_format (self, &self->format);

  adw_window_title_set_title (self->window_title,
                              self->kind == TA_CSV_KIND_PAIRINGS ? _("Import Pairs") : _("Import Participants"));

  for (guint i = 0; preview->header != NULL && preview->header[i] != NULL; i++)
    {
      const char *ours = preview->columns != NULL ? preview->columns[i] : NULL;
      g_autofree char *subtitle = NULL;

      if (ours != NULL && ours[0] != '\0')
        /* Translators: which of Turnabout's columns a column of the file fills; %s is e.g. “email” */
        subtitle = g_strdup_printf (_("Becomes “%s”"), ours);
      else
        subtitle = g_strdup (_("Not imported: Turnabout has no such column"));
      add_row (self, self->columns_group, preview->header[i][0] != '\0' ? preview->header[i] : _("(no name)"), subtitle);
    }

  for (guint i = 0; i < preview->rows->len; i++)
    {
      const char * const *cells = g_ptr_array_index (preview->rows, i);
      g_autoptr(GString) title = g_string_new (NULL);
      g_autofree char *line = NULL;

      for (guint j = 0; cells != NULL && cells[j] != NULL && j < 4; j++)
        {
          if (cells[j][0] == '\0')
            continue;
          if (title->len > 0)
            /* Translators: between the cells of a row shown in the preview */
            g_string_append (title, _(" · "));
          g_string_append (title, cells[j]);
        }
      /* Translators: where a row is in the file */
      line = g_strdup_printf (_("Line %u"), g_array_index (preview->row_lines, guint, i));
      add_row (self, self->rows_group, title->len > 0 ? title->str : _("(empty row)"), line);
    }

  show_result (self, _("Checking every row…"), NULL);
  self->cancellable = g_cancellable_new ();
  ta_programme_import_csv_async (self->programme, self->data, self->file_name, &self->format,
                                 TA_CSV_IMPORT_DRY_RUN, self->cancellable, dry_run_done, g_object_ref (self));
}

static void
encoding_changed_cb (TaCsvImportDialog *self)
{
  if (self->filling || self->importing)
    return;

  self->encoding_chosen = TRUE;
  ta_csv_import_dialog_refresh (self);
}

static void
separator_changed_cb (TaCsvImportDialog *self)
{
  if (self->filling || self->importing)
    return;

  self->separator_chosen = TRUE;
  ta_csv_import_dialog_refresh (self);
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TaCsvImportDialog) self = user_data;
  g_autoptr(TaImportResult) import_result = NULL;
  g_autoptr(GError) error = NULL;

  self->importing = FALSE;
  if (!ta_programme_import_csv_finish (TA_PROGRAMME (object), result, &import_result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      show_result (self, error->message,
                   import_result != NULL ? import_result->problems : NULL);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, (guint) self->kind, import_result->added, import_result->updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TaCsvImportDialog *self = TA_CSV_IMPORT_DIALOG (widget);

  if (self->importing)
    return;

  self->importing = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  show_result (self, _("Importing…"), NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  ta_programme_import_csv_async (self->programme, self->data, self->file_name, &self->format,
                                 TA_CSV_IMPORT_DEFAULT, self->cancellable, import_done, g_object_ref (self));
}

static void
ta_csv_import_dialog_dispose (GObject *object)
{
  TaCsvImportDialog *self = TA_CSV_IMPORT_DIALOG (object);

  /* A dry run still checking has nobody to tell; an import that started
   * goes on to its commit or rollback in its thread. */
  if (!self->importing)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->shown_rows, g_ptr_array_unref);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->data, g_bytes_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_CSV_IMPORT_DIALOG);

  G_OBJECT_CLASS (ta_csv_import_dialog_parent_class)->dispose (object);
}

static void
ta_csv_import_dialog_finalize (GObject *object)
{
  TaCsvImportDialog *self = TA_CSV_IMPORT_DIALOG (object);

  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (ta_csv_import_dialog_parent_class)->finalize (object);
}

static void
ta_csv_import_dialog_class_init (TaCsvImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_csv_import_dialog_dispose;
  object_class->finalize = ta_csv_import_dialog_finalize;

  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  g_type_ensure (TA_TYPE_PROBLEM_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/turnabout/Turnabout/ta-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, problem_list);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, encoding_row);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, separator_row);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, TaCsvImportDialog, rows_group);

  gtk_widget_class_install_action (widget_class, "csv-import.import", NULL, import_action);
}

static void
ta_csv_import_dialog_init (TaCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown_rows = g_ptr_array_new_with_free_func (g_object_unref);
  fill_choices (self);
  g_signal_connect_swapped (self->encoding_row, "notify::selected", G_CALLBACK (encoding_changed_cb), self);
  g_signal_connect_swapped (self->separator_row, "notify::selected", G_CALLBACK (separator_changed_cb), self);
}

/**
 * ta_csv_import_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @programme: the programme to import into
 * @data: the file's bytes
 * @file_name: the file's name, for "FILE:LINE:" in the problems
 *
 * Returns: (transfer none): the dialog, shown, reading @data
 */
TaCsvImportDialog *
ta_csv_import_dialog_new (GtkWindow   *parent,
                          TaProgramme *programme,
                          GBytes      *data,
                          const char  *file_name)
{
  TaCsvImportDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (TA_TYPE_CSV_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->programme = g_object_ref (programme);
  self->data = g_bytes_ref (data);
  self->file_name = g_strdup (file_name);
  adw_window_title_set_subtitle (self->window_title, file_name);
  ta_problem_list_set_file_name (self->problem_list, file_name);

  ta_csv_import_dialog_refresh (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/* For the tests */

AdwComboRow *
_ta_csv_import_dialog_get_encoding_row (TaCsvImportDialog *self)
{
  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->encoding_row;
}

AdwComboRow *
_ta_csv_import_dialog_get_separator_row (TaCsvImportDialog *self)
{
  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->separator_row;
}

GtkButton *
_ta_csv_import_dialog_get_import_button (TaCsvImportDialog *self)
{
  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->import_button;
}

GtkLabel *
_ta_csv_import_dialog_get_result_label (TaCsvImportDialog *self)
{
  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->result_label;
}

TaProblemList *
_ta_csv_import_dialog_get_problem_list (TaCsvImportDialog *self)
{
  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);
  return self->problem_list;
}

/* The titles and subtitles of the Columns group, "title=subtitle", for the
 * tests. */
GStrv
_ta_csv_import_dialog_dup_columns (TaCsvImportDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (TA_IS_CSV_IMPORT_DIALOG (self), NULL);

  for (guint i = 0; i < self->shown_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->shown_rows, i);

      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (self->columns_group))
        {
          g_autofree char *text = g_strdup_printf ("%s=%s",
                                                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                   adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
          g_strv_builder_add (builder, text);
        }
    }

  return g_strv_builder_end (builder);
}
