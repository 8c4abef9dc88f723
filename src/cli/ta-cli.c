/* ta-cli.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-cli.h"

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

  if (common->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", help);
      *out_status = TA_CLI_EXIT_OK;
      return FALSE;
    }

  return TRUE;
}

static void
print_error (const char *format,
             va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_printerr ("%s: %s\n", g_get_prgname (), message);
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
  g_printerr (_("Run “%s --help” to see how to use it.\n"), g_get_prgname ());

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
 *
 * Opens the database of --database, or the GUI's default one.  On failure
 * the reason is printed; the file is left as it was.
 *
 * Returns: (transfer full) (nullable): the store
 */
TaStore *
ta_cli_open_store (TaCliCommon *common)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TaStore *store;

  g_return_val_if_fail (common != NULL, NULL);

  path = common->database != NULL ? g_strdup (common->database)
                                  : ta_store_get_default_path ();

  store = ta_store_open (path, &error);
  if (store == NULL)
    {
      g_autofree char *display = g_filename_display_name (path);

      /* Translators: %1$s is a file name, %2$s says what is wrong with it */
      ta_cli_error (_("%1$s: %2$s"), display, error->message);
      return NULL;
    }

  return store;
}
