/* ta-cli-import.c
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

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-cli.h"
#include "ta-csv-import.h"
#include "ta-itip.h"

/*
 * turnabout-cli import FILE [--dry-run] [--separator S] [--encoding E]
 *                           [--from DATE]
 *
 * One command for every file a facilitator brings: the file's content, not
 * its name, says what it is (a calendar, or a CSV of participants or of
 * pairs, by its header row; an answer to an invitation by its
 * METHOD:REPLY), and the importer for that kind does the rest.
 */

/* Whether @data is an iCalendar file: BEGIN:VCALENDAR first, after a byte
 * order mark and blank lines, in any case (RFC 5545 names are
 * case-insensitive). */
static gboolean
is_calendar (const char *data,
             gsize       length)
{
  static const char begin[] = "BEGIN:VCALENDAR";
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return length - i >= strlen (begin) && g_ascii_strncasecmp (data + i, begin, strlen (begin)) == 0;
}

int
ta_cli_import (const TaCliCommand  *command,
               GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *display = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *from = NULL;
  gboolean dry_run = FALSE;
  TaCliImport import = { 0 };
  gsize length;
  int status;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and count what would change, but change nothing"), NULL },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &separator,
      N_("CSV: the separator, “,”, “;” or “tab” (default: detected)"),
      /* Translators: placeholder in --help, as in “--separator=S” */
      N_("S") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding,
      N_("CSV: the encoding, “UTF-8”, “UTF-16” or “Windows-1252” (default: detected)"),
      /* Translators: placeholder in --help, as in “--encoding=E” */
      N_("E") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("Calendar: import sessions from this date on, YYYY-MM-DD (default: today)"),
      /* Translators: placeholder in --help, as in “--from=DATE” */
      N_("DATE") },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;

  /* Checked whatever the file turns out to be: a typo is a typo. */
  import.csv_format = TA_CSV_FORMAT_DETECT;
  if (separator != NULL && !ta_csv_separator_from_string (separator, &import.csv_format.separator))
    {
      g_autofree char *shown = g_utf8_make_valid (separator, -1);

      /* Translators: %s is what was typed; “,” “;” and “tab” are what can be typed */
      return ta_cli_usage_error (_("“%s” is not a separator: use “,”, “;” or “tab”"), shown);
    }
  if (encoding != NULL && !ta_csv_encoding_from_string (encoding, &import.csv_format.encoding))
    {
      g_autofree char *shown = g_utf8_make_valid (encoding, -1);

      /* Translators: %s is what was typed; the encoding names are not translated */
      return ta_cli_usage_error (_("“%s” is not an encoding: use UTF-8, UTF-16 or Windows-1252"),
                                 shown);
    }

  if (g_strv_length (*argv) < 2)
    return ta_cli_usage_error ("%s", _("Which file? Give the CSV or iCalendar file to import"));
  if (g_strv_length (*argv) > 2)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[2], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  import.path = (*argv)[1];
  display = g_filename_display_name (import.path);

  /* Read the file first: a wrong name should not even open the database. */
  if (!g_file_get_contents (import.path, &data, &length, &error))
    return ta_cli_error ("%s", error->message);

  import.common = &common;
  import.display = display;
  import.data = data;
  import.length = length;
  import.dry_run = dry_run;
  import.separator = separator;
  import.encoding = encoding;
  import.from = from;

  /* An attendee's answer to an invitation is no calendar to import:
   * its answers are recorded (ta-cli-invite.c). */
  if (is_calendar (data, length) && ta_itip_is_reply (data, length))
    return ta_cli_import_reply (&import);
  if (is_calendar (data, length))
    return ta_cli_import_calendar (&import);

  /* A pairs CSV names a mentor and a mentee, and no participant's name or
   * e-mail.  A file that cannot be decoded goes to the participants
   * importer, which says why. */
  if (ta_csv_detect_kind (data, length, &import.csv_format) == TA_CSV_KIND_PAIRINGS)
    return ta_cli_import_pairs (&import);

  return ta_cli_import_participants (&import);
}

/**
 * ta_cli_print_csv_format:
 * @import: what `import` was given
 * @format: what the file was read with
 *
 * Says, on standard error with the other remarks about the file, how the
 * CSV file was read, so that a file read with the wrong separator or
 * encoding is easy to tell: standard output stays the result.  Said when
 * it is not RFC 4180's UTF-8 with commas, or when --separator or
 * --encoding was given; a plain file imports as quietly as before.
 */
void
ta_cli_print_csv_format (TaCliImport       *import,
                         const TaCsvFormat *format)
{
  g_autofree char *separator = NULL;

  g_return_if_fail (import != NULL);
  g_return_if_fail (format != NULL);

  if (format->encoding == TA_CSV_ENCODING_DETECT || format->separator == '\0')
    return;

  if (format->encoding == TA_CSV_ENCODING_UTF8 && format->separator == ',' &&
      import->separator == NULL && import->encoding == NULL)
    return;

  separator = ta_csv_separator_get_label (format->separator);
  /* Translators: %1$s is a file name, %2$s an encoding name (UTF-8,
   * Windows-1252…), %3$s the separator: “;” in quotes, or “tab” */
  g_printerr (_("Read %1$s as %2$s with %3$s as separator.\n"),
              import->display, ta_csv_encoding_to_string (format->encoding), separator);
}
