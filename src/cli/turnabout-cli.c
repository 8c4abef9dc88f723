/* turnabout-cli.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ta-cli.h"

/*
 * turnabout-cli COMMAND [OPTION…] [ARGUMENT…]
 *
 * Each command parses its own options (GOptionContext), so that
 * “turnabout-cli import --help” shows the options of import only.  A new
 * command is one entry here and one function (in a file of its group).
 */
static const TaCliCommand commands[] = {
  { "demo", NULL,
    N_("Fill an empty database with a sample programme"),
    ta_cli_demo },
  { "import",
    /* Translators: placeholder for a file name in the usage line */
    N_("FILE.csv"),
    N_("Import participants from a CSV file: all rows or none"),
    ta_cli_import },
  { "export",
    /* Translators: “participants”, “pairs” and “sessions” are keywords and
     * must stay as they are; FILE is a placeholder for a file name */
    N_("participants|pairs FILE.csv | sessions FILE.ics"),
    N_("Export the participants or the pairs to a CSV file, or the sessions to an iCalendar file"),
    ta_cli_export },
  { "list",
    /* Translators: “participants” and “pairings” are keywords and must stay
     * as they are */
    N_("participants|pairings"),
    N_("List the participants or the pairings with their ids, names and e-mail addresses"),
    ta_cli_list },
  { "check", NULL,
    N_("Check the database for integrity and consistency problems"),
    ta_cli_check },
  { "assign",
    /* Translators: placeholder for a file name in the usage line */
    N_("MATRIX"),
    N_("Solve an assignment problem given as a matrix of values"),
    ta_cli_assign },
  { "suggest", NULL,
    N_("Suggest pairs of mentors and mentees, with the reasons"),
    ta_cli_suggest },
  { "report",
    /* Translators: the usage line of “turnabout-cli report”; “--json”,
     * “--pdf”, “--csv” are options and stay as they are; FILE and DIR are
     * placeholders */
    N_("[--json | --pdf FILE | --csv DIR]"),
    N_("Print the programme's figures for a period, or write them as a PDF report or CSV files"),
    ta_cli_report },
  { "exchange",
    /* Translators: the usage line of “turnabout-cli exchange”; “export”,
     * “import” and “--pairing” stay as they are; ID and FILE are placeholders */
    N_("export --pairing ID FILE.turnabout | import FILE.turnabout"),
    N_("Write a pair kit or a pair update, or import one (with a preview of what it changes)"),
    ta_cli_exchange },
  { "ics",
    /* Translators: placeholder for a file name in the usage line */
    N_("FILE.ics"),
    /* Translators: “export sessions” is a command and must stay as it is */
    N_("Export the sessions to an iCalendar file (the same as “export sessions”)"),
    ta_cli_ics },
  { "invite",
    /* Translators: the usage line of “turnabout-cli invite”; “--organizer”,
     * “--series” and “--cancel” are options and stay as they are;
     * SESSION_ID, FILE and EMAIL are placeholders */
    N_("SESSION_ID FILE.ics [--organizer EMAIL] [--series] [--cancel]"),
    N_("Write the e-mail invitation (or its cancellation) to a session or a series"),
    ta_cli_invite },
};

/*
 * Under the C locale (LANG and LC_ALL unset, as under cron, in a container
 * or over ssh) the character set is ASCII, and names such as “Chloé”
 * would come out as “Chlo?”.  The C.UTF-8 locale is C in everything else:
 * it only lets text be UTF-8, which is what every terminal reads today.  A
 * locale the user chose with another character set (ISO-8859-15) is left
 * as it is.
 */
static void
use_utf8_instead_of_ascii (void)
{
  const char *charset = NULL;

  if (g_get_charset (&charset))
    return;

  if (g_ascii_strcasecmp (charset, "ANSI_X3.4-1968") == 0 ||
      g_ascii_strcasecmp (charset, "ASCII") == 0 ||
      g_ascii_strcasecmp (charset, "US-ASCII") == 0)
    {
      if (setlocale (LC_CTYPE, "C.UTF-8") == NULL)
        setlocale (LC_CTYPE, "C.utf8");
    }
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (NULL);
  gsize width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));

  g_string_append_printf (text, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s  %s\n",
                            (int) width, commands[i].name, _(commands[i].summary));
  g_string_append_c (text, '\n');
  g_string_append (text,
                   _("Run “turnabout-cli COMMAND --help” to see the options of a command."));

  return g_string_free (text, FALSE);
}

static const TaCliCommand *
lookup_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, name))
        return &commands[i];
    }

  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) command_args = NULL;
  g_autofree char *description = NULL;
  g_autofree char *database = NULL;
  const TaCliCommand *command;
  gboolean help = FALSE;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    /* Also before the command, as in “turnabout-cli --database x.db demo”. */
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("Use the programme database at PATH instead of the default one"),
      /* Translators: placeholder in --help, as in “--database=PATH” */
      N_("PATH") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show this help and exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and exit"), NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  use_utf8_instead_of_ascii ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("turnabout-cli");

  /* Options before the command are the tool's own; parsing stops at the
   * command, whose options are left for it. */
  context = g_option_context_new (
    /* Translators: the usage line of turnabout-cli; COMMAND and ARGUMENT are placeholders */
    N_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                N_("Manage a Turnabout reverse mentoring programme "
                                   "from the command line."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_strict_posix (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    return ta_cli_usage_error ("%s", error->message);

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      ta_cli_print ("%s", text);
      return ta_cli_finish (TA_CLI_EXIT_OK);
    }

  if (version)
    {
      ta_cli_print ("turnabout-cli %s\n", PACKAGE_VERSION);
      return ta_cli_finish (TA_CLI_EXIT_OK);
    }

  if (g_strv_length (args) < 2)
    return ta_cli_usage_error ("%s", _("No command given"));

  command = lookup_command (args[1]);
  if (command == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (args[1], -1);

      /* Translators: %s is what was typed in place of a command */
      return ta_cli_usage_error (_("“%s” is not a command"), shown);
    }

  ta_cli_set_global_database (database);

  /* The command sees itself as argv[0]. */
  command_args = g_strdupv (args + 1);
  return ta_cli_finish (command->run (command, &command_args));
}
