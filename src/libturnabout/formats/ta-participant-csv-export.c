/* ta-participant-csv-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-participant-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store.h"
#include "ta-csv-private.h"
#include "ta-file.h"
#include "ta-participant-csv.h"

static void
add_list_field (TaCsvWriter        *writer,
                const char * const *items)
{
  g_autofree char *text = NULL;

  if (items != NULL)
    text = g_strjoinv ("; ", (GStrv) items);
  ta_csv_writer_add_field (writer, text);
}

static void
add_int_field (TaCsvWriter *writer,
               int          value,
               gboolean     empty_when_zero)
{
  char text[16];

  if (value == 0 && empty_when_zero)
    {
      ta_csv_writer_add_field (writer, NULL);
      return;
    }

  g_snprintf (text, sizeof text, "%d", value);
  ta_csv_writer_add_field (writer, text);
}

/* The writer of an export: RFC 4180, or for a spreadsheet of this
 * computer's settings. */
TaCsvWriter *
_ta_csv_export_writer_new (TaCsvExportFlags flags)
{
  if ((flags & TA_CSV_EXPORT_SPREADSHEET) != 0)
    return ta_csv_writer_new_full (TA_CSV_WRITER_NEUTRALISE_FORMULAS,
                                   ta_csv_spreadsheet_separator (), TRUE);

  return ta_csv_writer_new (TA_CSV_WRITER_NEUTRALISE_FORMULAS);
}

/**
 * ta_participants_export_csv:
 * @store: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * ta_participants_export_csv_full() as RFC 4180.
 *
 * Returns: (transfer full): the CSV file, or %NULL on error
 */
GBytes *
ta_participants_export_csv (TaStore  *store,
                            GError  **error)
{
  return ta_participants_export_csv_full (store, TA_CSV_EXPORT_DEFAULT, error);
}

/**
 * ta_participants_export_csv_full:
 * @store: a #TaStore
 * @flags: %TA_CSV_EXPORT_SPREADSHEET for a file that Excel opens as it is
 * @error: a #TA_STORE_ERROR
 *
 * Writes every participant with the columns import reads, in the order
 * they were added; numbers are written as numbers, reports_to as the
 * manager's e-mail, and formulas are neutralised, except in the identity
 * columns email and reports_to (see ta-csv.c).
 *
 * Returns: (transfer full): the CSV file, or %NULL on error
 */
GBytes *
ta_participants_export_csv_full (TaStore           *store,
                                 TaCsvExportFlags   flags,
                                 GError           **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GHashTable) email_of_id = NULL;
  g_autoptr(TaCsvWriter) writer = NULL;
  g_autofree gint64 *ids = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return NULL;

  ids = g_new (gint64, MAX (participants->len, 1));
  email_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      ids[i] = ta_participant_get_id (participant);
      g_hash_table_insert (email_of_id, &ids[i],
                           (gpointer) ta_participant_get_email (participant));
    }

  writer = _ta_csv_export_writer_new (flags);
  for (guint c = 0; c < TA_N_PARTICIPANT_COLUMNS; c++)
    ta_csv_writer_add_field (writer, _ta_participant_column_names[c]);
  ta_csv_writer_end_record (writer);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *availability = NULL;
      gint64 manager = ta_participant_get_reports_to (participant);

      ta_csv_writer_add_field (writer, ta_participant_get_name (participant));
      ta_csv_writer_add_identity (writer, ta_participant_get_email (participant));
      ta_csv_writer_add_field (writer, ta_role_to_string (ta_participant_get_role (participant)));
      ta_csv_writer_add_field (writer, ta_participant_get_department (participant));
      ta_csv_writer_add_field (writer, ta_participant_get_job_title (participant));
      add_int_field (writer, ta_participant_get_career_level (participant), TRUE);
      add_int_field (writer, ta_participant_get_birth_year (participant), TRUE);
      ta_csv_writer_add_field (writer, ta_participant_get_location (participant));
      add_list_field (writer, ta_participant_get_languages (participant));
      add_list_field (writer, ta_participant_get_offers (participant));
      add_list_field (writer, ta_participant_get_seeks (participant));
      availability = ta_availability_to_string (ta_participant_get_availability (participant));
      ta_csv_writer_add_field (writer, availability);
      add_int_field (writer, ta_participant_get_capacity (participant), FALSE);
      ta_csv_writer_add_identity (writer,
                                  manager != 0 ? g_hash_table_lookup (email_of_id, &manager) : NULL);
      ta_csv_writer_add_field (writer,
                               ta_participant_status_to_string (ta_participant_get_status (participant)));
      ta_csv_writer_add_field (writer, ta_participant_get_notes (participant));
      ta_csv_writer_end_record (writer);
    }

  return ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

/* Writes @bytes atomically with ta_file_replace_contents(). */
gboolean
_ta_csv_export_write (GFile         *file,
                      GBytes        *bytes,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!ta_file_replace_contents (file,
                                 g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* The message names the file and says what became of the old one. */
        g_set_error_literal (error, TA_CSV_ERROR, TA_CSV_ERROR_WRITE, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_participants_export_file:
 * @store: a #TaStore
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * ta_participants_export_file_full() as RFC 4180.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_participants_export_file (TaStore       *store,
                             GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return ta_participants_export_file_full (store, file, TA_CSV_EXPORT_DEFAULT, cancellable, error);
}

/**
 * ta_participants_export_file_full:
 * @store: a #TaStore
 * @file: where to write
 * @flags: %TA_CSV_EXPORT_SPREADSHEET for a file that Excel opens as it is
 * @cancellable: (nullable): a #GCancellable
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Writes the export atomically with ta_file_replace_contents(): @file is
 * either the old file or the whole new one, never half of it, even on a
 * full disk.  The notes are private, so the file is readable by its owner
 * only (0600), like the database itself.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_participants_export_file_full (TaStore           *store,
                                  GFile             *file,
                                  TaCsvExportFlags   flags,
                                  GCancellable      *cancellable,
                                  GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ta_participants_export_csv_full (store, flags, error);
  if (bytes == NULL)
    return FALSE;

  return _ta_csv_export_write (file, bytes, cancellable, error);
}
