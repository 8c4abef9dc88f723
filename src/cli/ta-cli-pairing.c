/* ta-cli-pairing.c
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
#include "ta-match.h"

/* --- JSON ------------------------------------------------------------ */

static void
json_number (GString *out,
             double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Two decimals are all a score needs, and never a locale's comma. */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static char *
suggestions_to_json (TaSuggestions *suggestions,
                     TaMatcher     *matcher)
{
  GString *out = g_string_new ("{\n  \"suggestions\": [");

  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);

      g_string_append (out, i > 0 ? ",\n    {" : "\n    {");
      g_string_append (out, "\"mentor\": ");
      ta_cli_json_person (out, ta_matcher_get_participant (matcher, suggestion->mentor_id), suggestion->mentor_id);
      g_string_append (out, ", \"mentee\": ");
      ta_cli_json_person (out, ta_matcher_get_participant (matcher, suggestion->mentee_id), suggestion->mentee_id);
      g_string_append (out, ", \"score\": ");
      json_number (out, suggestion->score.total);
      g_string_append_printf (out, ", \"pinned\": %s, \"criteria\": [",
                              suggestion->pinned ? "true" : "false");

      for (guint c = 0; c < TA_N_CRITERIA; c++)
        {
          const TaScorePart *part = &suggestion->score.parts[c];

          g_string_append (out, c > 0 ? ", {\"criterion\": " : "{\"criterion\": ");
          ta_cli_json_string (out, ta_criterion_to_string (part->criterion));
          g_string_append (out, ", \"points\": ");
          json_number (out, part->points);
          g_string_append (out, ", \"max_points\": ");
          json_number (out, part->max_points);
          g_string_append (out, ", \"reason\": ");
          ta_cli_json_string (out, part->reason);
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, suggestions->suggestions->len > 0 ? "\n  ],\n" : "],\n");

  g_string_append (out, "  \"unpaired\": [");
  for (guint i = 0; i < suggestions->unpaired->len; i++)
    {
      const TaUnpaired *unpaired = &g_array_index (suggestions->unpaired, TaUnpaired, i);
      TaParticipant *participant = ta_matcher_get_participant (matcher, unpaired->participant_id);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT ", \"name\": ",
                              unpaired->participant_id);
      ta_cli_json_string (out, participant != NULL ? ta_participant_get_name (participant) : "");
      g_string_append (out, ", \"email\": ");
      ta_cli_json_string (out, participant != NULL ? ta_participant_get_email (participant) : "");
      g_string_append_printf (out, ", \"as_mentor\": %s, \"reason\": ",
                              unpaired->as_mentor ? "true" : "false");
      ta_cli_json_string (out, unpaired->reason);
      g_string_append_c (out, '}');
    }
  g_string_append (out, suggestions->unpaired->len > 0 ? "\n  ],\n" : "],\n");

  g_string_append (out, "  \"total\": ");
  json_number (out, suggestions->total);
  g_string_append (out, "\n}\n");

  return g_string_free (out, FALSE);
}

/* --- Text ------------------------------------------------------------ */

static void
append_padded (GString    *out,
               const char *text,
               glong       width)
{
  g_string_append (out, text);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    g_string_append_c (out, ' ');
}

static char *
suggestions_to_text (TaSuggestions *suggestions,
                     TaMatcher     *matcher)
{
  GString *out = g_string_new (NULL);
  glong label_width = 0;

  for (guint c = 0; c < TA_N_CRITERIA; c++)
    label_width = MAX (label_width, g_utf8_strlen (ta_criterion_get_label ((TaCriterion) c), -1));

  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);
      TaParticipant *mentor = ta_matcher_get_participant (matcher, suggestion->mentor_id);
      TaParticipant *mentee = ta_matcher_get_participant (matcher, suggestion->mentee_id);
      const char *mentor_name = mentor != NULL ? ta_participant_get_name (mentor) : "?";
      const char *mentee_name = mentee != NULL ? ta_participant_get_name (mentee) : "?";

      if (suggestion->pinned)
        /* Translators: %1$s is the mentor, %2$s the mentee, %3$.0f the
         * score out of 100; the facilitator pinned this pair */
        g_string_append_printf (out, _("%1$s → %2$s: %3$.0f (pinned)"),
                                mentor_name, mentee_name, suggestion->score.total);
      else
        /* Translators: %1$s is the mentor, %2$s the mentee, %3$.0f the
         * score out of 100 */
        g_string_append_printf (out, _("%1$s → %2$s: %3$.0f"),
                                mentor_name, mentee_name, suggestion->score.total);
      g_string_append_c (out, '\n');

      for (guint c = 0; c < TA_N_CRITERIA; c++)
        {
          const TaScorePart *part = &suggestion->score.parts[c];
          g_autofree char *points = NULL;

          g_string_append (out, "    ");
          append_padded (out, ta_criterion_get_label (part->criterion), label_width);
          /* Translators: points of a criterion out of its most, as in “12.5/38.5” */
          points = g_strdup_printf (_("%1$4.1f/%2$4.1f"), part->points, part->max_points);
          g_string_append_printf (out, "  %s  %s\n", points, part->reason != NULL ? part->reason : "");
        }
    }

  if (suggestions->unpaired->len > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s\n", _("Not paired:"));
    }

  for (guint i = 0; i < suggestions->unpaired->len; i++)
    {
      const TaUnpaired *unpaired = &g_array_index (suggestions->unpaired, TaUnpaired, i);
      TaParticipant *participant = ta_matcher_get_participant (matcher, unpaired->participant_id);
      const char *name = participant != NULL ? ta_participant_get_name (participant) : "?";

      g_string_append (out, "  ");
      if (unpaired->as_mentor)
        /* Translators: %1$s is a name, %2$s why they were not paired */
        g_string_append_printf (out, _("%1$s, as a mentor: %2$s"), name, unpaired->reason);
      else
        /* Translators: %1$s is a name, %2$s why they were not paired */
        g_string_append_printf (out, _("%1$s, as a mentee: %2$s"), name, unpaired->reason);
      g_string_append_c (out, '\n');
    }

  if (out->len > 0)
    g_string_append_c (out, '\n');
  if (suggestions->suggestions->len == 0)
    g_string_append_printf (out, "%s\n", _("No pairs to suggest."));
  else
    g_string_append_printf (out,
                            ngettext ("%1$u pair suggested, total score %2$.1f.\n",
                                      "%1$u pairs suggested, total score %2$.1f.\n",
                                      suggestions->suggestions->len),
                            suggestions->suggestions->len, suggestions->total);

  return g_string_free (out, FALSE);
}

/* turnabout-cli suggest [--json] */
int
ta_cli_suggest (const TaCliCommand  *command,
                GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(TaSuggestions) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the suggestions as JSON, for scripts"), NULL },
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

  store = ta_cli_open_store (&common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  matcher = ta_matcher_new_from_store (store, &error);
  if (matcher == NULL)
    return ta_cli_error ("%s", error->message);

  suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, &error);
  if (suggestions == NULL)
    return ta_cli_error ("%s", error->message);

  if (json)
    {
      output = suggestions_to_json (suggestions, matcher);
      /* JSON is UTF-8 whatever the locale: write the bytes as they are.
       * A failed write is reported by ta_cli_finish(). */
      ta_cli_write (output, strlen (output));
    }
  else
    {
      output = suggestions_to_text (suggestions, matcher);
      ta_cli_print ("%s", output);
    }

  return TA_CLI_EXIT_OK;
}
