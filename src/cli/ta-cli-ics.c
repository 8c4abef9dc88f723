/* ta-cli-ics.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ta-store.h"
#include "ta-cli.h"
#include "ta-ical.h"

/**
 * ta_cli_export_sessions:
 * @common: the parsed common options
 * @path: the file to write, as typed; "-" for standard output
 * @pairing_id: --pairing, or 0
 * @participant_id: --participant, or 0
 *
 * `export sessions FILE.ics` and its alias `ics FILE.ics`: the sessions
 * as an iCalendar file, replaced atomically.
 *
 * Returns: the exit status
 */
int
ta_cli_export_sessions (TaCliCommon *common,
                        const char  *path,
                        gint64       pairing_id,
                        gint64       participant_id)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  guint count = 0;

  if (pairing_id != 0 && participant_id != 0)
    return ta_cli_usage_error ("%s", _("Give --pairing or --participant, not both"));
  if (pairing_id < 0 || participant_id < 0)
    return ta_cli_usage_error ("%s", _("An id is a positive number"));

  store = ta_cli_open_store (common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  if (g_str_equal (path, "-"))
    {
      g_autofree char *text = ta_ical_export (store, pairing_id, participant_id, &count, &error);

      if (text == NULL)
        return ta_cli_error ("%s", error->message);
      /* iCalendar is UTF-8 whatever the locale; a failed write is
       * reported by ta_cli_finish(). */
      ta_cli_write (text, strlen (text));
      return TA_CLI_EXIT_OK;
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      if (!ta_ical_export_file (store, file, pairing_id, participant_id, &count, NULL, &error))
        return ta_cli_error ("%s", error->message);
    }

  display = g_filename_display_name (path);
  ta_cli_print (ngettext ("Exported %1$u session to %2$s.\n",
                          "Exported %1$u sessions to %2$s.\n",
                          count),
                count, display);

  return TA_CLI_EXIT_OK;
}

/* turnabout-cli ics FILE.ics [--pairing ID] [--participant ID]: the
 * older name of `export sessions`, kept for the scripts that use it.
 *
 * FILE "-" writes to standard output; a file is replaced atomically. */
int
ta_cli_ics (const TaCliCommand  *command,
            GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  gint64 pairing_id = 0;
  gint64 participant_id = 0;
  int status;
  const GOptionEntry entries[] = {
    { "pairing", 0, 0, G_OPTION_ARG_INT64, &pairing_id,
      N_("Only the sessions of this pairing"),
      /* Translators: placeholder for a number in --help */
      N_("ID") },
    { "participant", 0, 0, G_OPTION_ARG_INT64, &participant_id,
      N_("Only the sessions of this participant"),
      /* Translators: placeholder for a number in --help */
      N_("ID") },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  /* Translated by the context, as the summary is. */
  g_option_context_set_description (context,
                                    N_("Writes the sessions as an iCalendar (RFC 5545) file "
                                      "for Outlook, Google Calendar or GNOME Calendar; "
                                      "“-” writes to standard output."));
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;

  if (g_strv_length (*argv) < 2)
    return ta_cli_usage_error ("%s", _("Say which file to write to (“-” for standard output)"));
  if (g_strv_length (*argv) > 2)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[2], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  return ta_cli_export_sessions (&common, (*argv)[1], pairing_id, participant_id);
}

/* --from DATE: the start of that day in this computer's zone; NULL when
 * it is not a date. */
static GDateTime *
parse_from (const char *text)
{
  int year = 0;
  int month = 0;
  int day = 0;
  int length = 0;

  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &length) != 3 ||
      (gsize) length != strlen (text) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

/* The iCalendar file of `turnabout-cli import` (see ta-cli-import.c):
 * one line per event (or occurrence) skipped or refused, the refused
 * ones first, as FILE:LINE: UID: reason, then what was done.  Exit status
 * 1 when any event was refused; the others are imported all the same. */
int
ta_cli_import_calendar (TaCliImport *import)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  const TaIcalOutcome shown[] = { TA_ICAL_OUTCOME_REFUSED, TA_ICAL_OUTCOME_SKIPPED };
  guint refused;

  if (import->from != NULL)
    {
      from = parse_from (import->from);
      if (from == NULL)
        {
          g_autofree char *typed = g_utf8_make_valid (import->from, -1);

          /* Translators: %s is what was typed after --from */
          return ta_cli_usage_error (_("“%s” is not a date: give it as YYYY-MM-DD"), typed);
        }
    }

  store = ta_cli_open_store (import->common, import->dry_run ? TA_STORE_OPEN_READ_ONLY : TA_STORE_OPEN_CREATE);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  if (import->dry_run)
    result = ta_ical_read_events (store, import->data, import->length, from, &error);
  else
    result = ta_ical_import_events (store, import->data, import->length, from, &error);
  if (result == NULL)
    return ta_cli_error ("%1$s: %2$s", import->display, error->message);

  for (guint k = 0; k < G_N_ELEMENTS (shown); k++)
    for (guint i = 0; i < ta_ical_result_get_n_entries (result); i++)
      {
        const TaIcalEntry *entry = ta_ical_result_get_entry (result, i);

        if (entry->outcome == shown[k])
          g_ptr_array_add (lines, ta_ical_entry_format (entry, import->display));
      }
  ta_cli_print_problems (lines, TRUE);

  if (ta_ical_result_get_n_converted_lines (result) > 0)
    {
      guint n = ta_ical_result_get_n_converted_lines (result);

      ta_cli_print (ngettext ("%1$s: %2$u line was not UTF-8 and was read as Windows-1252.\n",
                              "%1$s: %2$u lines were not UTF-8 and were read as Windows-1252.\n", n),
                    import->display, n);
    }

  refused = ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED);
  summary = ta_ical_result_dup_summary (result);

  if (import->dry_run)
    ta_cli_print ("%s %s\n", summary, _("Nothing was changed (dry run)."));
  else
    ta_cli_print ("%s\n", summary);

  return refused > 0 ? TA_CLI_EXIT_FAILURE : TA_CLI_EXIT_OK;
}
