/* ta-cli-report.c
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

#include "ta-cli.h"
#include "ta-insights.h"
#include "ta-report.h"
#include "ta-store.h"

/*
 * turnabout-cli report [--from DATE] [--to DATE]
 *                      [--group department|generation|location=VALUE]
 *                      [--json | --pdf FILE | --csv DIR]
 *
 * The figures of Insights for a period (the programme year by default;
 * either end alone takes the other from the programme year): sessions
 * count when their start falls in the period, people and pairs are taken
 * as they were at its end.  Only reads: a programme that may not be
 * written is opened read-only.
 *
 * Text (the default), by section, with the exact numbers (the terminal
 * stays on the machine):
 *   Match rate
 *     Match rate: 78 % (32 of 41 active participants are in an active or paused pair)
 * --json: ta_insights_to_json() for other tools, where figures based on
 * fewer than 5 people have null numbers and "small": true, since the
 * output may leave the machine; --pdf FILE: the report (TaReport);
 * --csv DIR: sessions.csv, pairs.csv, goals.csv and topics.csv.
 */

/* "YYYY-MM-DD", and nothing else, into @date. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  int year = 0;
  int month = 0;
  int day = 0;
  int length = 0;

  if (sscanf (text, "%4d-%2d-%2d%n", &year, &month, &day, &length) != 3 ||
      (gsize) length != strlen (text) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* A usage error naming the option whose date is wrong. */
static int
bad_date (const char *option,
          const char *text)
{
  g_autofree char *typed = g_utf8_make_valid (text, -1);

  /* Translators: %1$s is an option (“--from” or “--to”), %2$s what was typed after it */
  return ta_cli_usage_error (_("%1$s: “%2$s” is not a date: give it as YYYY-MM-DD"), option, typed);
}

/* "department=Finance" into the query's group; FALSE if it is not one. */
static gboolean
parse_group (const char      *text,
             TaInsightsQuery *query,
             char           **out_value)
{
  static const struct
  {
    const char      *name;
    TaInsightsGroup  group;
  } kinds[] = {
    { "department", TA_INSIGHTS_GROUP_DEPARTMENT },
    { "generation", TA_INSIGHTS_GROUP_GENERATION },
    { "location", TA_INSIGHTS_GROUP_LOCATION },
  };
  const char *equals = strchr (text, '=');

  if (equals == NULL || equals[1] == '\0')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (strlen (kinds[i].name) == (gsize) (equals - text) &&
          strncmp (text, kinds[i].name, (gsize) (equals - text)) == 0)
        {
          query->group = kinds[i].group;
          *out_value = g_strdup (equals + 1);
          query->group_value = *out_value;
          return TRUE;
        }
    }

  return FALSE;
}

/* The programme's name as the window shows it: the file's name without
 * its extension. */
static char *
programme_name (TaCliCommon *common)
{
  g_autofree char *path = common->database != NULL ? g_strdup (common->database)
                                                    : ta_store_get_default_path ();
  g_autofree char *basename = g_path_get_basename (path);
  char *name = g_filename_display_name (basename);
  char *dot = strrchr (name, '.');

  if (dot != NULL && dot != name)
    *dot = '\0';

  return name;
}

/* Every figure, under its section's title: "  Match rate: 78 % (32 of
 * 41 active participants are in an active or paused pair)". */
static char *
insights_to_text (TaInsights *insights,
                  const char *name)
{
  GPtrArray *figures = ta_insights_get_figures (insights);
  g_autofree char *period = ta_insights_describe_period (insights);
  GString *out = g_string_new (NULL);
  int section = -1;

  /* Translators: the first line of “turnabout-cli report”; %s is the programme's name */
  g_string_append_printf (out, _("Programme: %s"), name);
  g_string_append_c (out, '\n');
  /* Translators: the second line of “turnabout-cli report”; %s is the period
   * (“1 September 2026 – 31 August 2027”, with the group if any) */
  g_string_append_printf (out, _("Period: %s"), period);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);
      g_autofree char *value = ta_figure_format_value (figure, FALSE);
      g_autofree char *computation = g_strdup (ta_figure_get_computation (figure));

      if ((int) ta_figure_get_section (figure) != section)
        {
          section = (int) ta_figure_get_section (figure);
          g_string_append_printf (out, "\n%s\n", ta_insights_section_get_title (section));
        }

      /* The sentence ends the line in parentheses: without its full stop. */
      if (computation != NULL)
        g_strchomp (computation);
      if (computation != NULL && g_str_has_suffix (computation, "."))
        computation[strlen (computation) - 1] = '\0';

      g_string_append (out, "  ");
      if (computation != NULL && computation[0] != '\0')
        /* Translators: one figure of “turnabout-cli report”; %1$s is its
         * name (“Match rate”), %2$s its value (“78 %”), %3$s how it was
         * computed (“32 of 41 active participants are in an active or
         * paused pair”) */
        g_string_append_printf (out, _("%1$s: %2$s (%3$s)"), ta_figure_get_title (figure), value, computation);
      else
        /* Translators: one figure of “turnabout-cli report”; %1$s is its
         * name (“Match rate”), %2$s its value (“78 %”) */
        g_string_append_printf (out, _("%1$s: %2$s"), ta_figure_get_title (figure), value);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* The output chosen: --json, --pdf or --csv, at most one. */
static int
write_report (TaCliCommon     *common,
              TaStore         *store,
              const TaInsightsQuery *query,
              gboolean         json,
              const char      *pdf,
              const char      *csv)
{
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = programme_name (common);

  if (csv != NULL)
    {
      g_autofree char *display = g_filename_display_name (csv);

      if (!ta_store_export_insights_data (store, query, csv, &error))
        return ta_cli_error (_("%1$s: %2$s"), display, error->message);
      /* Translators: %s is a folder */
      ta_cli_print (_("Wrote sessions.csv, pairs.csv, goals.csv and topics.csv in %s.\n"), display);
      return TA_CLI_EXIT_OK;
    }

  insights = ta_store_compute_insights (store, query, &error);
  if (insights == NULL)
    return ta_cli_error ("%s", error->message);

  if (pdf != NULL)
    {
      g_autoptr(TaReport) report = ta_report_new (insights, name);
      g_autofree char *display = g_filename_display_name (pdf);

      if (!ta_report_write_pdf (report, pdf, &error))
        return ta_cli_error (_("%1$s: %2$s"), display, error->message);
      /* Translators: %s is a file name */
      ta_cli_print (_("Wrote the report to %s.\n"), display);
    }
  else if (json)
    {
      g_autofree char *text = ta_insights_to_json (insights, name, TRUE);

      /* JSON is UTF-8 whatever the locale: the bytes as they are.  A
       * failed write is reported by ta_cli_finish(). */
      ta_cli_write (text, strlen (text));
      if (!g_str_has_suffix (text, "\n"))
        ta_cli_write ("\n", 1);
    }
  else
    {
      g_autofree char *text = insights_to_text (insights, name);

      ta_cli_print ("%s", text);
    }

  return TA_CLI_EXIT_OK;
}

/* turnabout-cli report [--from DATE] [--to DATE] [--group KIND=VALUE]
 *                      [--json | --pdf FILE | --csv DIR] */
int
ta_cli_report (const TaCliCommand  *command,
               GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *group = NULL;
  g_autofree char *group_value = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *csv = NULL;
  gboolean json = FALSE;
  TaInsightsQuery query;
  GDate today, year_from, year_to, from_date, to_date;
  int status;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("The first day of the period, YYYY-MM-DD (default: the programme year’s)"),
      /* Translators: placeholder in --help, as in “--from=DATE” */
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      N_("The last day of the period, YYYY-MM-DD (default: the programme year’s)"),
      /* Translators: placeholder in --help, as in “--to=DATE” */
      N_("DATE") },
    { "group", 0, 0, G_OPTION_ARG_STRING, &group,
      N_("Only one group: department=VALUE, generation=VALUE or location=VALUE"),
      /* Translators: placeholder in --help, as in “--group=KIND=VALUE” */
      N_("KIND=VALUE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the figures as JSON, for other tools"), NULL },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("Write the report as a PDF file"),
      /* Translators: placeholder in --help, as in “--pdf=FILE” */
      N_("FILE") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv,
      N_("Write the data behind the figures as CSV files into a folder"),
      /* Translators: placeholder in --help, as in “--csv=DIR” */
      N_("DIR") },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if (g_strv_length (*argv) > 1)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[1], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }
  if ((json ? 1 : 0) + (pdf != NULL ? 1 : 0) + (csv != NULL ? 1 : 0) > 1)
    return ta_cli_usage_error ("%s", _("Give one of --json, --pdf and --csv, not several"));

  /* Checked before the programme is opened: a typo is a typo. */
  if (from != NULL && !parse_date (from, &from_date))
    return bad_date ("--from", from);
  if (to != NULL && !parse_date (to, &to_date))
    return bad_date ("--to", to);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  ta_insights_query_init (&query, &today, &today);
  if (group != NULL && !parse_group (group, &query, &group_value))
    {
      g_autofree char *shown = g_utf8_make_valid (group, -1);

      /* Translators: %s is what was typed after --group; “department”,
       * “generation” and “location” are keywords */
      return ta_cli_usage_error (_("--group: “%s” is not a group: give department=VALUE, "
                                   "generation=VALUE or location=VALUE"), shown);
    }

  store = ta_cli_open_store (&common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  if (from == NULL || to == NULL)
    {
      g_date_clear (&year_from, 1);
      g_date_clear (&year_to, 1);
      if (!ta_store_get_programme_year (store, &today, &year_from, &year_to, &error))
        return ta_cli_error ("%s", error->message);
      if (from == NULL)
        from_date = year_from;
      if (to == NULL)
        to_date = year_to;
    }
  if (g_date_compare (&from_date, &to_date) > 0)
    return ta_cli_usage_error ("%s", _("The period ends before it begins: --to is before --from"));

  query.from = from_date;
  query.to = to_date;

  return write_report (&common, store, &query, json, pdf, csv);
}
