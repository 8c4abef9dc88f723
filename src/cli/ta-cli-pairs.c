/* ta-cli-pairs.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-store.h"
#include "ta-cli.h"
#include "ta-pairing-csv.h"

/* The pairs CSV of `turnabout-cli import` (see ta-cli-import.c). */
int
ta_cli_import_pairs (TaCliImport *import)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *display = import->display;
  guint total;
  gboolean ok;

  /* Pairs need their people: a programme that does not exist yet has
   * none, so neither a dry run nor an import creates one. */
  store = ta_cli_open_store (import->common,
                             import->dry_run ? TA_STORE_OPEN_READ_ONLY : TA_STORE_OPEN_FLAGS_NONE);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  ok = ta_pairings_import_csv (store, import->data, import->length, display, &import->csv_format,
                               import->dry_run ? TA_CSV_IMPORT_DRY_RUN : TA_CSV_IMPORT_DEFAULT,
                               &result, &error);

  if (result != NULL && !g_error_matches (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING))
    ta_cli_print_csv_format (import, &result->format);

  for (guint i = 0; result != NULL && i < result->unknown_columns->len; i++)
    {
      g_autofree char *column = g_utf8_make_valid (g_ptr_array_index (result->unknown_columns, i), -1);

      g_printerr (_("%1$s: warning: the column “%2$s” is not known and was ignored\n"),
                  display, column);
    }

  if (!ok)
    {
      if (result != NULL)
        ta_cli_print_problems (result->problems, TRUE);

      if (g_error_matches (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS) ||
          result == NULL || result->problems->len == 0)
        ta_cli_error ("%s", error->message);
      return TA_CLI_EXIT_FAILURE;
    }

  total = result->added + result->updated + result->unchanged;
  if (import->dry_run)
    ta_cli_print (ngettext ("%1$u pair would be imported: %2$u added, %3$u updated, %4$u unchanged. "
                            "Nothing was changed (dry run).\n",
                            "%1$u pairs would be imported: %2$u added, %3$u updated, %4$u unchanged. "
                            "Nothing was changed (dry run).\n",
                            total),
                  total, result->added, result->updated, result->unchanged);
  else
    ta_cli_print (ngettext ("Imported %1$u pair: %2$u added, %3$u updated, %4$u unchanged.\n",
                            "Imported %1$u pairs: %2$u added, %3$u updated, %4$u unchanged.\n",
                            total),
                  total, result->added, result->updated, result->unchanged);

  return TA_CLI_EXIT_OK;
}

/* turnabout-cli export pairs FILE.csv [--excel] */
int
ta_cli_export_pairs (TaCliExport *export)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  TaCsvExportFlags flags = export->excel ? TA_CSV_EXPORT_SPREADSHEET : TA_CSV_EXPORT_DEFAULT;

  store = ta_cli_open_store (export->common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  pairings = ta_store_list_pairings (store, &error);
  if (pairings == NULL)
    return ta_cli_error ("%s", error->message);

  file = g_file_new_for_commandline_arg (export->path);
  if (!ta_pairings_export_file (store, file, flags, NULL, &error))
    return ta_cli_error ("%s", error->message);

  display = g_filename_display_name (export->path);
  ta_cli_print (ngettext ("Exported %1$u pair to %2$s.\n",
                          "Exported %1$u pairs to %2$s.\n",
                          pairings->len),
                pairings->len, display);
  ta_cli_print_export_format (export);

  return TA_CLI_EXIT_OK;
}
