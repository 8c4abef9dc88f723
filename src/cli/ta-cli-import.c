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

/*
 * turnabout-cli import FILE [--dry-run] [--separator S] [--encoding E]
 *                           [--from DATE]
 *
 * One command for every file a facilitator brings: the file's content, not
 * its name, says what it is (a calendar, or a CSV of participants or of
 * pairs), and the importer for that kind does the rest.
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

  if (is_calendar (data, length))
    return ta_cli_import_calendar (&import);

  return ta_cli_import_participants (&import);
}
