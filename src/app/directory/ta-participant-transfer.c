/* ta-participant-transfer.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-transfer"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ta-csv-import-dialog.h"
#include "ta-csv-import.h"
#include "ta-demo.h"
#include "ta-pairing-csv.h"
#include "ta-participant-csv.h"
#include "ta-participant-transfer-private.h"
#include "ta-problem-list.h"

/*
 * Moves participants in and out of the programme from the window: import
 * from CSV (in a thread, cancellable, all or nothing), export to CSV, and
 * the sample programme.  Outcomes are reported with the ::toast signal, or
 * in a dialog when something needs reading.
 */

/* The sample programme is the same every time, so that what a facilitator
 * sees matches the screenshots and the documentation. */
#define SAMPLE_SEED 2026

struct _TaParticipantTransfer
{
  GObject            parent_instance;

  /* Owned references */
  TaProgramme *programme;
  GtkNativeDialog   *file_chooser;
  GCancellable      *cancellable;
  GFile             *file;

  /* Weak references */
  GtkWindow         *parent;

  char              *file_name;
};

G_DEFINE_FINAL_TYPE (TaParticipantTransfer, ta_participant_transfer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_BUSY,
  PROP_FILE_NAME,
  N_PROPS
};

enum {
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ta_participant_transfer_toast (TaParticipantTransfer *self,
                               const char            *markup)
{
  g_signal_emit (self, signals[TOAST], 0, markup);
}

static AdwMessageDialog *
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body,
              GtkWidget  *extra_child)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  if (extra_child != NULL)
    adw_message_dialog_set_extra_child (dialog, extra_child);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static GtkFileFilter *
csv_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV Files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");

  return filter;
}

static void
ta_participant_transfer_set_file (TaParticipantTransfer *self,
                                  GFile                 *file)
{
  gboolean was_busy = self->file != NULL;

  g_set_object (&self->file, file);
  g_clear_pointer (&self->file_name, g_free);
  if (file != NULL)
    self->file_name = g_file_get_basename (file);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
  if (was_busy != (file != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Import */

/**
 * _ta_participant_transfer_show_problems:
 * @parent: (nullable): the window for the dialog
 * @file_name: the name of the file refused
 * @problems: (element-type utf8): why, "FILE:LINE: column: reason" each
 *
 * Shows the dialog of an import refused for @problems.  It lists them in a
 * #TaProblemList, which opens at once even on tens of thousands of them.
 *
 * Returns: (transfer none): the dialog, shown
 */
AdwMessageDialog *
_ta_participant_transfer_show_problems (GtkWindow  *parent,
                                        const char *file_name,
                                        GPtrArray  *problems)
{
  g_autofree char *body = NULL;
  guint n_problems = problems != NULL ? problems->len : 0;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  /* Translators: %1$u is a number of problems, %2$s a file name */
  body = g_strdup_printf (ngettext ("Turnabout found %1$u problem in “%2$s”. Correct it and import the file again: no participant was added or changed.",
                                    "Turnabout found %1$u problems in “%2$s”. Correct them and import the file again: no participant was added or changed.",
                                    n_problems),
                          n_problems, file_name);

  return show_message (parent, _("Nothing Was Imported"), body,
                       ta_problem_list_new (file_name, problems));
}

static void
ta_participant_transfer_imported_cb (TaParticipantTransfer *self,
                                     guint                  kind,
                                     guint                  added,
                                     guint                  updated)
{
  g_autofree char *title = NULL;

  if (kind == TA_CSV_KIND_PAIRINGS)
    /* Translators: %1$u pairs were added, %2$u already known pairs were updated */
    title = g_strdup_printf (ngettext ("Imported %1$u new pair, updated %2$u",
                                       "Imported %1$u new pairs, updated %2$u",
                                       added),
                             added, updated);
  else if (updated == 0)
    title = g_strdup_printf (ngettext ("Imported %u participant",
                                       "Imported %u participants",
                                       added),
                             added);
  else
    /* Translators: %1$u people were added, %2$u already known people were updated */
    title = g_strdup_printf (ngettext ("Imported %1$u new participant, updated %2$u",
                                       "Imported %1$u new participants, updated %2$u",
                                       added),
                             added, updated);
  ta_participant_transfer_toast (self, title);
}

static void
ta_participant_transfer_file_loaded (GObject      *object,
                                     GAsyncResult *result,
                                     gpointer      user_data)
{
  g_autoptr(TaParticipantTransfer) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = g_strdup (self->file_name);
  TaCsvImportDialog *dialog;

  g_clear_object (&self->cancellable);
  ta_participant_transfer_set_file (self, NULL);

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes == NULL)
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s says why a file cannot be imported */
      body = g_strdup_printf (_("%s. Nothing was imported."), error->message);
      show_message (self->parent, _("Cannot Import the File"), body, NULL);
      return;
    }

  if (self->programme == NULL)
    return;

  /* What the file holds, how it is read and what importing it would do,
   * before anything is written. */
  dialog = ta_csv_import_dialog_new (self->parent, self->programme,
                                     bytes, file_name);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (ta_participant_transfer_imported_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * ta_participant_transfer_import_file:
 * @self: a #TaParticipantTransfer
 * @parent: (nullable): the window for the dialogs
 * @file: a CSV file of participants or of pairs
 *
 * Reads @file, then shows what importing it would do (#TaCsvImportDialog):
 * all its rows, or none and every problem.  Nothing happens while another
 * file is being read.
 */
void
ta_participant_transfer_import_file (TaParticipantTransfer *self,
                                     GtkWindow             *parent,
                                     GFile                 *file)
{
  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  if (self->file != NULL || self->programme == NULL)
    return;

  g_set_weak_pointer (&self->parent, parent);
  self->cancellable = g_cancellable_new ();
  ta_participant_transfer_set_file (self, file);

  g_file_load_bytes_async (file, self->cancellable,
                           ta_participant_transfer_file_loaded,
                           g_object_ref (self));
}

static void
ta_participant_transfer_import_response (TaParticipantTransfer *self,
                                         int                    response,
                                         GtkFileChooserNative  *chooser)
{
  g_autoptr(GFile) file = NULL;
  GtkWindow *parent;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  parent = gtk_native_dialog_get_transient_for (GTK_NATIVE_DIALOG (chooser));
  if (file != NULL)
    ta_participant_transfer_import_file (self, parent, file);

  g_clear_object (&self->file_chooser);
}

/**
 * ta_participant_transfer_import:
 * @self: a #TaParticipantTransfer
 * @parent: (nullable): the window to put the file chooser on
 *
 * Asks for a CSV file, then imports it.
 */
void
ta_participant_transfer_import (TaParticipantTransfer *self,
                                GtkWindow             *parent)
{
  g_autoptr(GtkFileFilter) filter = csv_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  if (self->file_chooser != NULL || self->file != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Participants"),
                                         parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (ta_participant_transfer_import_response),
                           self, G_CONNECT_SWAPPED);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

/**
 * ta_participant_transfer_cancel:
 * @self: a #TaParticipantTransfer
 *
 * Stops the import that is running; nothing of it is kept.
 */
void
ta_participant_transfer_cancel (TaParticipantTransfer *self)
{
  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));

  g_cancellable_cancel (self->cancellable);
}

/* Export */

/**
 * _ta_participant_transfer_export_to:
 * @self: a #TaParticipantTransfer
 * @parent: (nullable): the window for a dialog if it fails
 * @file: where to write
 * @pairs: the pairs rather than the participants
 * @spreadsheet: for spreadsheets (UTF-8 with a byte order mark, the
 *   locale's list separator) rather than plain RFC 4180
 *
 * What Export to CSV does once its file chooser answered; a toast says
 * what was written, a dialog why not.
 */
void
_ta_participant_transfer_export_to (TaParticipantTransfer *self,
                                    GtkWindow             *parent,
                                    GFile                 *file,
                                    gboolean               pairs,
                                    gboolean               spreadsheet)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *title = NULL;
  TaCsvExportFlags flags = spreadsheet ? TA_CSV_EXPORT_SPREADSHEET : TA_CSV_EXPORT_DEFAULT;
  guint n_participants;

  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->programme == NULL)
    return;

  /* The pairs, in the columns `turnabout-cli export pairs` writes and the
   * import reads back. */
  if (pairs)
    {
      if (!ta_programme_export_pairings (self->programme, file, flags, NULL, &error))
        {
          show_message (parent, _("Cannot Export the Pairs"), error->message, NULL);
          return;
        }

      /* Translators: %s is a file name */
      title = g_markup_printf_escaped (_("Exported the pairs to “%s”"), basename);
      ta_participant_transfer_toast (self, title);
      return;
    }

  if (!ta_programme_export_participants (self->programme, file, flags, NULL, &error))
    {
      show_message (parent, _("Cannot Export the Participants"), error->message, NULL);
      return;
    }

  n_participants = g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_participants (self->programme)));
  /* Translators: %1$u is a number of people, %2$s a file name */
  title = g_markup_printf_escaped (ngettext ("Exported %1$u participant to “%2$s”",
                                             "Exported %1$u participants to “%2$s”",
                                             n_participants),
                                   n_participants, basename);
  ta_participant_transfer_toast (self, title);
}

static void
ta_participant_transfer_export_response (TaParticipantTransfer *self,
                                         int                    response,
                                         GtkFileChooserNative  *chooser)
{
  g_autoptr(GFile) file = NULL;
  GtkFileChooser *choices = GTK_FILE_CHOOSER (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (choices);

  /* Excel and LibreOffice open the spreadsheet flavour with the accents
   * and the columns right, whatever their language. */
  if (file != NULL)
    _ta_participant_transfer_export_to (self,
                                        gtk_native_dialog_get_transient_for (GTK_NATIVE_DIALOG (chooser)),
                                        file,
                                        g_strcmp0 (gtk_file_chooser_get_choice (choices, "contents"), "pairs") == 0,
                                        g_strcmp0 (gtk_file_chooser_get_choice (choices, "format"), "plain") != 0);

  g_clear_object (&self->file_chooser);
}

/**
 * ta_participant_transfer_export:
 * @self: a #TaParticipantTransfer
 * @parent: (nullable): the window to put the file chooser on
 *
 * Asks where to save, then exports every participant there.
 */
void
ta_participant_transfer_export (TaParticipantTransfer *self,
                                GtkWindow             *parent)
{
  g_autoptr(GtkFileFilter) filter = csv_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  if (self->file_chooser != NULL || self->programme == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Participants"),
                                         parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested name of an exported file */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("participants.csv"));
  {
    const char *ids[] = { "spreadsheet", "plain", NULL };
    const char *labels[] = {
      /* Translators: a choice in the Export Participants file chooser */
      _("For Spreadsheets (Excel, LibreOffice)"),
      /* Translators: a choice in the Export Participants file chooser */
      _("Plain CSV (RFC 4180)"),
      NULL
    };

    const char *contents_ids[] = { "programme", "pairs", NULL };
    const char *contents_labels[] = {
      /* Translators: what Export to CSV writes: a choice in its file chooser */
      _("Participants"),
      /* Translators: what Export to CSV writes: a choice in its file chooser */
      _("Pairs"),
      NULL
    };

    /* Translators: the label of the choice between the two CSV flavours */
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "spreadsheet");
    /* Translators: the label of the choice between participants and pairs */
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "contents", _("Export"),
                                 contents_ids, contents_labels);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "contents", "programme");
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response",
                           G_CALLBACK (ta_participant_transfer_export_response),
                           self, G_CONNECT_SWAPPED);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->file_chooser);
}

/**
 * ta_participant_transfer_load_sample:
 * @self: a #TaParticipantTransfer
 * @parent: (nullable): the window for a dialog if it fails
 *
 * Fills an empty programme with the sample programme.
 */
void
ta_participant_transfer_load_sample (TaParticipantTransfer *self,
                                     GtkWindow             *parent)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  if (self->programme == NULL || self->file != NULL)
    return;

  if (!ta_programme_fill_sample (self->programme,
                                 TA_DEMO_DEFAULT_PARTICIPANTS,
                                 SAMPLE_SEED,
                                 &error))
    {
      show_message (parent, _("Cannot Load the Sample Programme"), error->message, NULL);
      return;
    }

  ta_participant_transfer_toast (self, _("Sample programme loaded"));
}

/* GObject */

static void
ta_participant_transfer_dispose (GObject *object)
{
  TaParticipantTransfer *self = TA_PARTICIPANT_TRANSFER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  g_clear_object (&self->file);
  g_clear_object (&self->programme);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (ta_participant_transfer_parent_class)->dispose (object);
}

static void
ta_participant_transfer_finalize (GObject *object)
{
  TaParticipantTransfer *self = TA_PARTICIPANT_TRANSFER (object);

  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (ta_participant_transfer_parent_class)->finalize (object);
}

static void
ta_participant_transfer_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  TaParticipantTransfer *self = TA_PARTICIPANT_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ta_participant_transfer_get_busy (self));
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_transfer_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  TaParticipantTransfer *self = TA_PARTICIPANT_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_participant_transfer_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_transfer_class_init (TaParticipantTransferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_participant_transfer_dispose;
  object_class->finalize = ta_participant_transfer_finalize;
  object_class->get_property = ta_participant_transfer_get_property;
  object_class->set_property = ta_participant_transfer_set_property;

  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantTransfer:busy:
   *
   * Whether an import is running.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantTransfer:file-name: (nullable)
   *
   * The name of the file being imported.
   */
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TaParticipantTransfer::toast:
   * @self: the transfer
   * @title: what happened, in Pango markup
   *
   * Reports an outcome worth a notification.
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ta_participant_transfer_init (TaParticipantTransfer *self)
{
}

/**
 * ta_participant_transfer_new:
 *
 * Returns: (transfer full): a new transfer, idle until it is given a
 *   programme
 */
TaParticipantTransfer *
ta_participant_transfer_new (void)
{
  return g_object_new (TA_TYPE_PARTICIPANT_TRANSFER, NULL);
}

/**
 * ta_participant_transfer_get_programme:
 * @self: a #TaParticipantTransfer
 *
 * Returns: (transfer none) (nullable): the programme
 */
TaProgramme *
ta_participant_transfer_get_programme (TaParticipantTransfer *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_TRANSFER (self), NULL);

  return self->programme;
}

void
ta_participant_transfer_set_programme (TaParticipantTransfer *self,
                                          TaProgramme           *programme)
{
  g_return_if_fail (TA_IS_PARTICIPANT_TRANSFER (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (g_set_object (&self->programme, programme))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

gboolean
ta_participant_transfer_get_busy (TaParticipantTransfer *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_TRANSFER (self), FALSE);

  return self->file != NULL;
}

/**
 * ta_participant_transfer_get_file_name:
 * @self: a #TaParticipantTransfer
 *
 * Returns: (nullable): the name of the file being imported
 */
const char *
ta_participant_transfer_get_file_name (TaParticipantTransfer *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_TRANSFER (self), NULL);

  return self->file_name;
}
