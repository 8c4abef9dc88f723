/* ta-cli-participants.c
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
#include "ta-demo.h"
#include "ta-participant-csv.h"

/* The seed of `demo` without --seed: the same sample programme every time. */
#define DEFAULT_SEED 1

static int
refuse_arguments (GStrv argv,
                  guint n_expected)
{
  guint n = g_strv_length (argv);

  if (n - 1 > n_expected)
    {
      g_autofree char *shown = g_utf8_make_valid (argv[n_expected + 1], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  return TA_CLI_EXIT_OK;
}

/* turnabout-cli demo [--participants N] [--seed S] [--no-pairings] */
int
ta_cli_demo (const TaCliCommand  *command,
             GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *participants_help = NULL;
  g_autofree char *seed_help = NULL;
  g_autofree char *display = NULL;
  int participants = TA_DEMO_DEFAULT_PARTICIPANTS;
  gint64 seed = DEFAULT_SEED;
  gboolean no_pairings = FALSE;
  int status;
  GOptionEntry entries[] = {
    { "participants", 'n', 0, G_OPTION_ARG_INT, &participants, NULL,
      /* Translators: placeholder in --help, as in “--participants=N” */
      N_("N") },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, NULL,
      /* Translators: placeholder in --help, as in “--seed=S” */
      N_("S") },
    { "no-pairings", 0, 0, G_OPTION_ARG_NONE, &no_pairings,
      N_("Make a cohort that is not paired yet: everyone active, no pairings"), NULL },
    { NULL }
  };

  participants_help = g_strdup_printf (_("How many participants to make (default: %1$d, at most %2$d)"),
                                       TA_DEMO_DEFAULT_PARTICIPANTS, TA_DEMO_MAX_PARTICIPANTS);
  seed_help = g_strdup_printf (_("The same seed makes the same programme (default: %d)"),
                               DEFAULT_SEED);
  entries[0].description = participants_help;
  entries[1].description = seed_help;

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if ((status = refuse_arguments (*argv, 0)) != TA_CLI_EXIT_OK)
    return status;

  if (participants < 1 || participants > TA_DEMO_MAX_PARTICIPANTS)
    return ta_cli_usage_error (_("--participants must be between 1 and %d"),
                               TA_DEMO_MAX_PARTICIPANTS);
  if (seed < 0 || seed > G_MAXUINT32)
    return ta_cli_usage_error (_("--seed must be between 0 and %u"), G_MAXUINT32);

  store = ta_cli_open_store (&common, TA_STORE_OPEN_CREATE);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  if (!ta_demo_fill_full (store, (guint) participants, (guint32) seed,
                          no_pairings ? TA_DEMO_NO_PAIRINGS : TA_DEMO_FLAGS_NONE, &error))
    return ta_cli_error ("%s", error->message);

  display = g_filename_display_name (ta_store_get_path (store));
  ta_cli_print (ngettext ("Created a sample programme of %1$d participant in %2$s.\n",
                     "Created a sample programme of %1$d participants in %2$s.\n",
                     participants),
           participants, display);

  return TA_CLI_EXIT_OK;
}

/* The participants CSV of `turnabout-cli import` (see ta-cli-import.c). */
int
ta_cli_import_participants (TaCliImport *import)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *display = import->display;
  guint total;
  gboolean ok;

  /* A dry run only reads: it never creates a programme. */
  store = ta_cli_open_store (import->common, import->dry_run ? TA_STORE_OPEN_READ_ONLY : TA_STORE_OPEN_CREATE);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  /* The file name as typed, so that “FILE:LINE:” leads back to it. */
  ok = ta_participants_import_csv_full (store, import->data, import->length, display,
                                        &import->csv_format,
                                        import->dry_run ? TA_CSV_IMPORT_DRY_RUN : TA_CSV_IMPORT_DEFAULT,
                                        &result, &error);

  if (result != NULL && !g_error_matches (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING))
    ta_cli_print_csv_format (import, &result->format);

  for (guint i = 0; result != NULL && i < result->unknown_columns->len; i++)
    {
      g_autofree char *column = g_utf8_make_valid (g_ptr_array_index (result->unknown_columns, i), -1);

      /* Translators: %1$s is a file name, %2$s a column name from its header row */
      g_printerr (_("%1$s: warning: the column “%2$s” is not known and was ignored\n"),
                  display, column);
    }

  if (!ok)
    {
      /* One problem per line, as FILE:LINE: column: reason. */
      if (result != NULL)
        ta_cli_print_problems (result->problems, TRUE);

      if (g_error_matches (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS) ||
          result == NULL || result->problems->len == 0)
        ta_cli_error ("%s", error->message);
      return TA_CLI_EXIT_FAILURE;
    }

  total = result->added + result->updated;
  if (import->dry_run)
    ta_cli_print (ngettext ("%1$u participant would be imported: %2$u added, %3$u updated. "
                       "Nothing was changed (dry run).\n",
                       "%1$u participants would be imported: %2$u added, %3$u updated. "
                       "Nothing was changed (dry run).\n",
                       total),
             total, result->added, result->updated);
  else
    ta_cli_print (ngettext ("Imported %1$u participant: %2$u added, %3$u updated.\n",
                       "Imported %1$u participants: %2$u added, %3$u updated.\n",
                       total),
             total, result->added, result->updated);

  return TA_CLI_EXIT_OK;
}

/* turnabout-cli export participants FILE.csv [--excel] */
static int
export_participants (TaCliExport *export)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  gint64 count;

  store = ta_cli_open_store (export->common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  count = ta_store_count_participants (store, &error);
  if (count < 0)
    return ta_cli_error ("%s", error->message);

  file = g_file_new_for_commandline_arg (export->path);
  if (!ta_participants_export_file_full (store, file,
                                         export->excel ? TA_CSV_EXPORT_SPREADSHEET : TA_CSV_EXPORT_DEFAULT,
                                         NULL, &error))
    return ta_cli_error ("%s", error->message);

  display = g_filename_display_name (export->path);
  ta_cli_print (ngettext ("Exported %1$u participant to %2$s.\n",
                     "Exported %1$u participants to %2$s.\n",
                     (gulong) count),
           (guint) count, display);
  ta_cli_print_export_format (export);

  return TA_CLI_EXIT_OK;
}

/**
 * ta_cli_print_export_format:
 * @export: what `export` was given
 *
 * With --excel, says how the file was written, on standard error: the
 * separator depends on this computer's settings.
 */
void
ta_cli_print_export_format (TaCliExport *export)
{
  g_autofree char *separator = NULL;

  g_return_if_fail (export != NULL);

  if (!export->excel)
    return;

  separator = ta_csv_separator_get_label (ta_csv_spreadsheet_separator ());
  /* Translators: %s is the separator, “;” or “,” in quotes */
  g_printerr (_("Written for spreadsheets: UTF-8 with a byte order mark, %s as separator.\n"),
              separator);
}

/*
 * turnabout-cli export KIND FILE [OPTION…]
 *
 * One command for every file Turnabout writes; KIND says which.  The
 * options of every kind are parsed here, and each kind's function takes
 * those that apply to it.
 */
int
ta_cli_export (const TaCliCommand  *command,
               GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  TaCliExport export = { 0 };
  const char *kind;
  int status;
  gint64 pairing_id = 0;
  gint64 participant_id = 0;
  const GOptionEntry entries[] = {
    { "excel", 0, 0, G_OPTION_ARG_NONE, &export.excel,
      N_("For spreadsheets (CSV): UTF-8 with a byte order mark, and “;” as separator where "
         "a comma is the decimal separator"), NULL },
    { "pairing", 0, 0, G_OPTION_ARG_INT64, &pairing_id,
      /* Translators: “export sessions” is a command and must stay as it is */
      N_("export sessions: only the sessions of this pairing"),
      /* Translators: placeholder for a number in --help */
      N_("ID") },
    { "participant", 0, 0, G_OPTION_ARG_INT64, &participant_id,
      /* Translators: “export sessions” is a command and must stay as it is */
      N_("export sessions: only the sessions of this participant"),
      /* Translators: placeholder for a number in --help */
      N_("ID") },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if (g_strv_length (*argv) < 3)
    return ta_cli_usage_error ("%s", _("Say what to export (participants, pairs or sessions) and "
                                       "which file to write to"));
  if ((status = refuse_arguments (*argv, 2)) != TA_CLI_EXIT_OK)
    return status;

  kind = (*argv)[1];
  export.common = &common;
  export.path = (*argv)[2];

  /* The sessions as an iCalendar file: ta-cli-ics.c. */
  if (g_str_equal (kind, "sessions"))
    {
      if (export.excel)
        /* Translators: “--excel” is an option and must stay as it is */
        return ta_cli_usage_error ("%s", _("--excel is for the CSV exports"));
      return ta_cli_export_sessions (&common, export.path, pairing_id, participant_id);
    }
  if (pairing_id != 0 || participant_id != 0)
    /* Translators: “export sessions” is a command and must stay as it is */
    return ta_cli_usage_error ("%s", _("--pairing and --participant are for “export sessions”"));

  if (g_str_equal (kind, "participants"))
    return export_participants (&export);
  if (g_str_equal (kind, "pairs"))
    return ta_cli_export_pairs (&export);

  {
    g_autofree char *shown = g_utf8_make_valid (kind, -1);

    /* Translators: %s is what was typed; “participants”, “pairs” and “sessions” are keywords */
    return ta_cli_usage_error (_("Cannot export “%s”: use “participants”, “pairs” or “sessions”"), shown);
  }
}

/* turnabout-cli check */
int
ta_cli_check (const TaCliCommand  *command,
              GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  context = ta_cli_context_new (command, NULL, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if ((status = refuse_arguments (*argv, 0)) != TA_CLI_EXIT_OK)
    return status;

  store = ta_cli_open_store (&common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  problems = ta_store_check (store, &error);
  if (problems == NULL)
    return ta_cli_error ("%s", error->message);

  ta_cli_print_problems (problems, FALSE);

  if (problems->len > 0)
    {
      g_printerr (ngettext ("%u problem found.\n", "%u problems found.\n", problems->len),
                  problems->len);
      return TA_CLI_EXIT_FAILURE;
    }

  ta_cli_print ("%s\n", _("No problems found."));
  return TA_CLI_EXIT_OK;
}
