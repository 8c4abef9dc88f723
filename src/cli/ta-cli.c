/* ta-cli.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ta-store.h"
#include "ta-cli.h"

/* --database given before the command (turnabout-cli.c). */
static char *global_database;

/* The errno of the first failed write to standard output, or 0. */
static int output_errno;

/**
 * ta_cli_set_global_database:
 * @path: (nullable): the --database given before the command
 *
 * Every command then uses @path unless given its own --database; giving
 * two different ones is a usage error.
 */
void
ta_cli_set_global_database (const char *path)
{
  g_free (global_database);
  global_database = g_strdup (path);
}

void
ta_cli_common_clear (TaCliCommon *common)
{
  g_clear_pointer (&common->database, g_free);
}

/**
 * ta_cli_context_new:
 * @command: the command being run
 * @entries: (nullable): the command's own options, %NULL-terminated
 * @common: where the options every command takes are stored
 *
 * Also names the program after the command ("turnabout-cli import"), so
 * that the usage line and the messages say which command they are about.
 *
 * Returns: (transfer full): an option context with translated help
 */
GOptionContext *
ta_cli_context_new (const TaCliCommand *command,
                    const GOptionEntry *entries,
                    TaCliCommon        *common)
{
  g_autofree char *prgname = NULL;
  GOptionContext *context;
  const GOptionEntry common_entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &common->database,
      N_("Use the programme database at PATH instead of the default one"),
      /* Translators: placeholder in --help, as in “--database=PATH” */
      N_("PATH") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &common->help,
      N_("Show this help and exit"), NULL },
    { NULL }
  };

  g_return_val_if_fail (command != NULL, NULL);
  g_return_val_if_fail (common != NULL, NULL);

  prgname = g_strdup_printf ("turnabout-cli %s", command->name);
  g_set_prgname (prgname);

  context = g_option_context_new (command->parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, command->summary);
  /* Our own --help, so that help is printed and returns like any other
   * outcome instead of calling exit() from inside GLib. */
  g_option_context_set_help_enabled (context, FALSE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common_entries, GETTEXT_PACKAGE);

  return context;
}

/**
 * ta_cli_parse:
 * @context: from ta_cli_context_new()
 * @common: the same as given to ta_cli_context_new()
 * @argv: (inout): the command's arguments; the options are taken out
 * @out_status: (out): the exit status when this returns %FALSE
 *
 * Returns: %TRUE if the command should go on; %FALSE after printing the
 *   help or a usage error
 */
gboolean
ta_cli_parse (GOptionContext  *context,
              TaCliCommon     *common,
              GStrv           *argv,
              int             *out_status)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (context != NULL, FALSE);
  g_return_val_if_fail (argv != NULL, FALSE);
  g_return_val_if_fail (out_status != NULL, FALSE);

  if (!g_option_context_parse_strv (context, argv, &error))
    {
      *out_status = ta_cli_usage_error ("%s", error->message);
      return FALSE;
    }

  if (global_database != NULL)
    {
      if (common->database == NULL)
        common->database = g_strdup (global_database);
      else if (!g_str_equal (common->database, global_database))
        {
          *out_status = ta_cli_usage_error ("%s", _("--database is given twice, with two different files"));
          return FALSE;
        }
    }

  if (common->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      ta_cli_print ("%s", help);
      *out_status = TA_CLI_EXIT_OK;
      return FALSE;
    }

  return TRUE;
}

/*
 * Text for the console, from UTF-8.  In a UTF-8 locale the bytes go out as
 * they are.  Under the C locale (LANG unset: cron, a container, ssh with
 * no locale sent) the locale's character set is ASCII, where g_print()
 * would turn every accented letter into "?": main() then switches to
 * C.UTF-8, and if even that is missing the text is written as UTF-8
 * anyway, since a name made of question marks helps nobody and every
 * terminal today reads UTF-8.  Other character sets (a Latin-1 locale)
 * get the text converted, with "?" for what they lack.
 */
static char *
to_console (const char *text)
{
  const char *charset;

  if (g_get_console_charset (&charset) ||
      g_ascii_strcasecmp (charset, "ANSI_X3.4-1968") == 0 ||
      g_ascii_strcasecmp (charset, "ASCII") == 0 ||
      g_ascii_strcasecmp (charset, "US-ASCII") == 0)
    return NULL;

  return g_convert_with_fallback (text, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
}

/**
 * ta_cli_printerr:
 * @format: a printf() format
 * @...: its arguments
 *
 * Like g_printerr(), in the console's character set as ta_cli_print()
 * writes it.
 */
void
ta_cli_printerr (const char *format,
                 ...)
{
  g_autofree char *text = NULL;
  g_autofree char *converted = NULL;
  va_list args;

  g_return_if_fail (format != NULL);

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  converted = to_console (text);
  fputs (converted != NULL ? converted : text, stderr);
  fflush (stderr);
}

static void
print_error (const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  ta_cli_printerr ("%s: %s\n", g_get_prgname (), message);
}

/**
 * ta_cli_usage_error:
 * @format: a printf() format for the message
 * @...: its arguments
 *
 * Prints the message and where to find help on standard error.
 *
 * Returns: %TA_CLI_EXIT_USAGE
 */
int
ta_cli_usage_error (const char *format,
                    ...)
{
  va_list args;

  va_start (args, format);
  print_error (format, args);
  va_end (args);

  /* Translators: %s is the command, e.g. “turnabout-cli import” */
  ta_cli_printerr (_("Run “%s --help” to see how to use it.\n"), g_get_prgname ());

  return TA_CLI_EXIT_USAGE;
}

/**
 * ta_cli_error:
 * @format: a printf() format for the message
 * @...: its arguments
 *
 * Prints the message on standard error.
 *
 * Returns: %TA_CLI_EXIT_FAILURE
 */
int
ta_cli_error (const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  print_error (format, args);
  va_end (args);

  return TA_CLI_EXIT_FAILURE;
}

/**
 * ta_cli_open_store:
 * @common: the parsed common options
 * @flags: %TA_STORE_OPEN_CREATE for the commands that may make a new
 *   programme (demo, import), %TA_STORE_OPEN_READ_ONLY for those that only
 *   read it (check, export, list, suggest, ics, import --dry-run)
 *
 * Opens the database of --database, or the GUI's default one.  On failure
 * the reason is printed; the file is left as it was, and without
 * %TA_STORE_OPEN_CREATE nothing is created.
 *
 * Returns: (transfer full) (nullable): the store
 */
TaStore *
ta_cli_open_store (TaCliCommon      *common,
                   TaStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TaStore *store;

  g_return_val_if_fail (common != NULL, NULL);

  path = common->database != NULL ? g_strdup (common->database)
                                  : ta_store_get_default_path ();

  store = ta_store_open_full (path, flags, &error);
  if (store == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      /* Translators: %1$s is a file name, %2$s says what is wrong with it */
      ta_cli_error (_("%1$s: %2$s"), display, error->message);
      return NULL;
    }

  return store;
}

static gboolean
write_out (const char *data,
           gsize       length)
{
  /* After a failed write the rest is dropped: a later piece must not make
   * a truncated output look whole. */
  if (output_errno != 0)
    return FALSE;

  errno = 0;
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0)
    {
      output_errno = errno != 0 ? errno : EIO;
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_cli_write:
 * @data: (array length=length): bytes for standard output, as they are
 * @length: their length
 *
 * For output that is UTF-8 whatever the locale (JSON, iCalendar).
 *
 * Returns: %FALSE if standard output could not be written (then nothing
 *   more is written, and ta_cli_finish() reports it)
 */
gboolean
ta_cli_write (const char *data,
              gsize       length)
{
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  return write_out (data, length);
}

/**
 * ta_cli_print:
 * @format: a printf() format
 * @...: its arguments
 *
 * Like g_print() (text in the console's character set, UTF-8 under the
 * C locale: see to_console()), but a failed write is remembered instead
 * of ignored.
 *
 * Returns: %FALSE if standard output could not be written
 */
gboolean
ta_cli_print (const char *format,
              ...)
{
  g_autofree char *text = NULL;
  g_autofree char *converted = NULL;
  va_list args;

  g_return_val_if_fail (format != NULL, FALSE);

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  converted = to_console (text);

  return converted != NULL ? write_out (converted, strlen (converted))
                           : write_out (text, strlen (text));
}

/**
 * ta_cli_print_problems:
 * @problems: (element-type utf8): one line each
 * @to_stderr: print on standard error instead of standard output
 *
 * Prints the first %TA_CLI_MAX_PROBLEMS problems, then how many more there
 * are: a million lines help nobody, and the first ones show what is wrong.
 */
void
ta_cli_print_problems (GPtrArray *problems,
                       gboolean   to_stderr)
{
  guint shown;

  g_return_if_fail (problems != NULL);

  shown = MIN (problems->len, TA_CLI_MAX_PROBLEMS);
  for (guint i = 0; i < shown; i++)
    {
      const char *line = g_ptr_array_index (problems, i);

      if (to_stderr)
        ta_cli_printerr ("%s\n", line);
      else if (!ta_cli_print ("%s\n", line))
        return;
    }

  if (problems->len > shown)
    {
      guint more = problems->len - shown;
      /* Translators: after the first 100 problems of a list */
      g_autofree char *line = g_strdup_printf (ngettext ("…and %u more problem",
                                                         "…and %u more problems", more),
                                               more);

      if (to_stderr)
        ta_cli_printerr ("%s\n", line);
      else
        ta_cli_print ("%s\n", line);
    }
}

/**
 * ta_cli_finish:
 * @status: the command's exit status
 *
 * Flushes standard output and reports a failed write (a full disk, a
 * closed pipe…), which makes a command that succeeded fail: its output is
 * incomplete.
 *
 * Returns: @status, or %TA_CLI_EXIT_FAILURE if standard output failed
 */
int
ta_cli_finish (int status)
{
  errno = 0;
  if (output_errno == 0 && (fflush (stdout) != 0 || ferror (stdout)))
    output_errno = errno != 0 ? errno : EIO;

  if (output_errno != 0)
    {
      /* Translators: %s is the system's reason, e.g. “No space left on device” */
      ta_cli_error (_("Could not write to standard output: %s"), g_strerror (output_errno));
      if (status == TA_CLI_EXIT_OK)
        status = TA_CLI_EXIT_FAILURE;
    }

  return status;
}

/* --- JSON ------------------------------------------------------------ */

/**
 * ta_cli_json_string:
 * @out: where to append
 * @text: (nullable): UTF-8 text; %NULL is ""
 *
 * Appends @text as a JSON string: quotes, backslashes and control
 * characters escaped, everything else written as it is (JSON is UTF-8).
 */
void
ta_cli_json_string (GString    *out,
                    const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/**
 * ta_cli_json_person:
 * @out: where to append
 * @participant: (nullable): the person, or %NULL when not found
 * @id: their id
 *
 * Appends `{"id": ID, "name": "…", "email": "…"}`.
 */
void
ta_cli_json_person (GString       *out,
                    TaParticipant *participant,
                    gint64         id)
{
  g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT ", \"name\": ", id);
  ta_cli_json_string (out, participant != NULL ? ta_participant_get_name (participant) : "");
  g_string_append (out, ", \"email\": ");
  ta_cli_json_string (out, participant != NULL ? ta_participant_get_email (participant) : "");
  g_string_append_c (out, '}');
}
