/* ta-cli-assign.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ta-assignment.h"
#include "ta-cli.h"

/* Large enough that reading costs nothing next to parsing. */
#define READ_CHUNK (256 * 1024)

/* Reads the matrix a piece at a time: a 4000 × 4000 file is hundreds of
 * megabytes of text, which need never be in memory at once. */
static TaAssignmentProblem *
read_problem (const char  *path,
              const char  *display_name,
              GError     **error)
{
  g_autoptr(TaAssignmentParser) parser = ta_assignment_parser_new (display_name);
  g_autofree char *buffer = g_malloc (READ_CHUNK);
  gboolean is_stdin = g_str_equal (path, "-");
  FILE *file;
  gboolean ok = TRUE;
  int saved_errno = 0;

  file = is_stdin ? stdin : g_fopen (path, "rb");
  if (file == NULL)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot read “%1$s”: %2$s"), display_name, g_strerror (saved_errno));
      return NULL;
    }

  while (ok)
    {
      size_t n = fread (buffer, 1, READ_CHUNK, file);

      if (n > 0)
        ok = ta_assignment_parser_feed (parser, buffer, n, error);
      if (n < READ_CHUNK)
        {
          if (ok && ferror (file))
            {
              saved_errno = errno;
              g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           _("Cannot read “%1$s”: %2$s"), display_name,
                           g_strerror (saved_errno));
              ok = FALSE;
            }
          break;
        }
    }

  if (!is_stdin)
    fclose (file);

  if (!ok)
    return NULL;

  return ta_assignment_parser_finish (parser, error);
}

static void
append_double (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Never the locale's decimal comma: the output is for programs. */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

/* turnabout-cli assign MATRIX [--timing] */
int
ta_cli_assign (const TaCliCommand  *command,
               GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaAssignmentProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  g_autofree int *col_of_row = NULL;
  g_autoptr(GString) out = NULL;
  gboolean timing = FALSE;
  const char *path;
  gint64 start, end;
  double total;
  guint n_rows;
  int status;
  const GOptionEntry entries[] = {
    { "timing", 't', 0, G_OPTION_ARG_NONE, &timing,
      N_("Print the time of the solve alone on standard error (solve_seconds VALUE)"),
      NULL },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  g_option_context_set_description (context,
    /* Translators: keep the words in quotes (“total VALUE”, “ROW COLUMN”,
     * “solve_seconds VALUE”) and the x as they are: programs read them */
    _("MATRIX is a text file, or - for standard input. Its first line is\n"
      "“ROWS COLUMNS”; then come ROWS lines of COLUMNS values separated by\n"
      "spaces, each a decimal number from -1e15 to 1e15, or x for a pair that\n"
      "must not be matched.\n"
      "\n"
      "The solver finds a matching of maximum total value: each row and each\n"
      "column is used at most once, never a forbidden pair, and never a pair\n"
      "of value 0 or less, since it would add nothing to the total. It prints\n"
      "“total VALUE”, with 15 significant digits, then one “ROW COLUMN” line\n"
      "per matched pair, counted from 0 and sorted by row. The same matrix\n"
      "always gives the same matching.\n"
      "\n"
      "The programme database is not used: --database is accepted, as by\n"
      "every command, and ignored.\n"
      "\n"
      "Exit status: 0 when solved, 1 when the matrix cannot be read,\n"
      "2 when the command line is wrong."));

  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if (g_strv_length (*argv) < 2)
    return ta_cli_usage_error ("%s", _("Which matrix? Give a file, or - for standard input"));
  if (g_strv_length (*argv) > 2)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[2], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  path = (*argv)[1];
  display = g_str_equal (path, "-") ? g_strdup (_("(standard input)"))
                                    : g_filename_display_name (path);

  problem = read_problem (path, display, &error);
  if (problem == NULL)
    {
      /* Matrix errors already read “FILE:LINE: reason”. */
      if (g_error_matches (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_PARSE) ||
          g_error_matches (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_TOO_LARGE))
        {
          g_printerr ("%s\n", error->message);
          return TA_CLI_EXIT_FAILURE;
        }
      return ta_cli_error ("%s", error->message);
    }

  n_rows = ta_assignment_problem_get_n_rows (problem);
  col_of_row = g_new (int, MAX (n_rows, 1));

  start = g_get_monotonic_time ();
  if (!ta_assignment_problem_solve (problem, NULL, col_of_row, &total, &error))
    return ta_cli_error ("%s", error->message);
  end = g_get_monotonic_time ();

  out = g_string_new ("total ");
  append_double (out, total);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n_rows; i++)
    {
      if (col_of_row[i] >= 0)
        g_string_append_printf (out, "%u %d\n", i, col_of_row[i]);
    }

  /* Built in memory and written at once, so that a failed write (a full
   * disk) is noticed and reported rather than leaving half a result. */
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      int saved_errno = errno;

      return ta_cli_error (_("Cannot write the result: %s"), g_strerror (saved_errno));
    }

  if (timing)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_printerr ("solve_seconds %s\n",
                  g_ascii_formatd (buffer, sizeof buffer, "%.6f", (end - start) / 1e6));
    }

  return TA_CLI_EXIT_OK;
}
