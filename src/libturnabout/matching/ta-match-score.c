/* ta-match-score.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A score's explanation as text and back: the form pairings keep in
 * the store and the CLI prints. */

#define G_LOG_DOMAIN "turnabout-match"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-match-snapshot-private.h"

/* --- Scores and explanations --------------------------------------- */

/**
 * ta_score_clear:
 * @score: a #TaScore
 *
 * Frees the texts of @score and zeroes it.
 */
void
ta_score_clear (TaScore *score)
{
  g_return_if_fail (score != NULL);

  g_clear_pointer (&score->forbidden_reason, g_free);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    g_clear_pointer (&score->parts[i].reason, g_free);
  memset (score, 0, sizeof *score);
}

/* Reasons are one line, but they come from people's names and topics:
 * escape what would break the line format. */
static void
append_escaped (GString    *text,
                const char *value)
{
  for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (text, "\\\\");
          break;
        case '\t':
          g_string_append (text, "\\t");
          break;
        case '\n':
          g_string_append (text, "\\n");
          break;
        case '\r':
          g_string_append (text, "\\r");
          break;
        default:
          g_string_append_c (text, *p);
        }
    }
}

static char *
unescape (const char *value)
{
  GString *text = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (text, *p);
          continue;
        }

      p++;
      switch (*p)
        {
        case 't':
          g_string_append_c (text, '\t');
          break;
        case 'n':
          g_string_append_c (text, '\n');
          break;
        case 'r':
          g_string_append_c (text, '\r');
          break;
        default:
          g_string_append_c (text, *p);
        }
    }

  return g_string_free (text, FALSE);
}

static void
append_number (GString *text,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Shortest text that reads back as the same double, in any locale. */
  g_string_append (text, g_ascii_dtostr (buffer, sizeof buffer, value));
}

/**
 * ta_score_to_explanation:
 * @score: a #TaScore
 *
 * The text kept in #TaPairing:explanation: one line per criterion,
 * "criterion<TAB>points<TAB>max_points<TAB>reason", preceded by
 * "forbidden<TAB>reason" for a forbidden pair.  Numbers are written so
 * that they read back exactly; tabs, line breaks and backslashes in
 * reasons are escaped with a backslash.
 *
 * Returns: (transfer full): the explanation
 */
char *
ta_score_to_explanation (const TaScore *score)
{
  GString *text;

  g_return_val_if_fail (score != NULL, NULL);

  text = g_string_new (NULL);

  if (score->forbidden)
    {
      g_string_append (text, "forbidden\t");
      append_escaped (text, score->forbidden_reason);
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      const TaScorePart *part = &score->parts[i];

      g_string_append (text, ta_criterion_to_string ((TaCriterion) i));
      g_string_append_c (text, '\t');
      append_number (text, part->points);
      g_string_append_c (text, '\t');
      append_number (text, part->max_points);
      g_string_append_c (text, '\t');
      append_escaped (text, part->reason);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static gboolean
parse_number (const char *text,
              double     *out_value)
{
  char *end = NULL;
  double value;

  if (*text == '\0')
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !isfinite (value) || value < 0 || value > 100)
    return FALSE;

  *out_value = value;
  return TRUE;
}

/**
 * ta_score_from_explanation:
 * @explanation: the text of ta_score_to_explanation()
 * @out_score: (out caller-allocates): the score read back; cleared with
 *   ta_score_clear() when done
 *
 * Lines of criteria this version does not know are skipped, so that an
 * explanation written by a newer Turnabout still shows what it can.  The
 * total is the sum of the points.
 *
 * Returns: %FALSE if @explanation is not such a text (@out_score is then
 *   left empty)
 */
gboolean
ta_score_from_explanation (const char *explanation,
                           TaScore    *out_score)
{
  g_auto(GStrv) lines = NULL;
  TaScore score = { 0 };
  gboolean seen[TA_N_CRITERIA] = { FALSE };

  g_return_val_if_fail (explanation != NULL, FALSE);
  g_return_val_if_fail (out_score != NULL, FALSE);

  memset (out_score, 0, sizeof *out_score);

  lines = g_strsplit (explanation, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      guint n_fields;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      n_fields = g_strv_length (fields);

      if (g_str_equal (fields[0], "forbidden"))
        {
          if (n_fields != 2 || score.forbidden)
            goto malformed;
          score.forbidden = TRUE;
          score.forbidden_reason = unescape (fields[1]);
          continue;
        }

      if (n_fields != 4)
        goto malformed;

      for (guint c = 0; c < TA_N_CRITERIA; c++)
        {
          TaScorePart *part = &score.parts[c];

          if (!g_str_equal (fields[0], ta_criterion_to_string ((TaCriterion) c)))
            continue;

          if (seen[c] ||
              !parse_number (fields[1], &part->points) ||
              !parse_number (fields[2], &part->max_points) ||
              part->points > part->max_points + 1e-9)
            goto malformed;

          seen[c] = TRUE;
          part->criterion = (TaCriterion) c;
          part->reason = unescape (fields[3]);
          score.total += part->points;
        }
      /* A criterion of a newer version matches none: not an error. */
    }

  for (guint c = 0; c < TA_N_CRITERIA; c++)
    {
      if (!seen[c])
        goto malformed;
    }

  *out_score = score;
  return TRUE;

malformed:
  ta_score_clear (&score);
  return FALSE;
}
