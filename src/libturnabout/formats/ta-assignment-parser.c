/* ta-assignment-parser.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The assignment problem as a text file (turnabout-cli assign): a header
 * "ROWS COLS", then one line of values per row, read in pieces as they
 * come; each refusal says where. */

#define G_LOG_DOMAIN "turnabout-assignment"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-assignment-private.h"

/* A line may be long (a row of 20000 values), but not without end. */
#define MAX_HEADER_LINE  1024
#define MAX_VALUE_LENGTH 256

struct _TaAssignmentParser
{
  char                *display_name;  /* nullable */
  GString             *pending;       /* the start of a line not yet complete */
  guint                line;          /* the number of the next line */
  gboolean             failed;

  gboolean             have_header;
  guint                n_rows;
  guint                n_cols;
  guint                rows_read;
  TaAssignmentProblem *problem;
};

/**
 * ta_assignment_parser_new:
 * @display_name: (nullable): the file's name as the user knows it, for
 *   the messages (“NAME:LINE: reason”); without it, “line LINE: reason”
 *
 * Returns: (transfer full): a parser waiting for the first line
 */
TaAssignmentParser *
ta_assignment_parser_new (const char *display_name)
{
  TaAssignmentParser *self = g_new0 (TaAssignmentParser, 1);

  self->display_name = g_strdup (display_name);
  self->pending = g_string_new (NULL);
  self->line = 1;

  return self;
}

/**
 * ta_assignment_parser_free:
 * @self: (nullable): a parser
 *
 * Also frees the problem being read, unless ta_assignment_parser_finish()
 * handed it out.
 */
void
ta_assignment_parser_free (TaAssignmentParser *self)
{
  if (self == NULL)
    return;

  g_free (self->display_name);
  g_string_free (self->pending, TRUE);
  ta_assignment_problem_free (self->problem);
  g_free (self);
}

static gboolean G_GNUC_PRINTF (5, 6)
parser_fail (TaAssignmentParser  *self,
             guint                line,
             int                  code,
             GError             **error,
             const char          *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  self->failed = TRUE;
  if (self->display_name != NULL)
    g_set_error (error, TA_ASSIGNMENT_ERROR, code, "%s:%u: %s",
                 self->display_name, line, reason);
  else
    /* Translators: %1$u is a line number, %2$s what is wrong on it */
    g_set_error (error, TA_ASSIGNMENT_ERROR, code, _("line %1$u: %2$s"), line, reason);

  return FALSE;
}

/* What the user wrote, fit to be quoted in a message. */
static char *
shown_text (const char *text,
            gsize       length)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) MIN (length, 40));

  return length > 40 ? g_strconcat (valid, "…", NULL) : g_steal_pointer (&valid);
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Splits off the next token of [*p, end); FALSE at the end of the line. */
static inline gboolean
next_token (const char **p,
            const char  *end,
            const char **out_token,
            gsize       *out_length)
{
  const char *s = *p;
  const char *t;

  while (s < end && is_blank (*s))
    s++;
  if (s == end)
    {
      *p = s;
      return FALSE;
    }

  for (t = s; t < end && !is_blank (*t); t++)
    ;
  *out_token = s;
  *out_length = (gsize) (t - s);
  *p = t;

  return TRUE;
}

/* A decimal number as people and programs write it: an optional sign,
 * digits with an optional point, an optional exponent.  Refuses what
 * strtod() would also take but is not a value here: inf, nan, hex. */
static gboolean
is_decimal (const char *s,
            gsize       length)
{
  gsize i = 0;
  gsize digits = 0;

  if (i < length && (s[i] == '+' || s[i] == '-'))
    i++;
  for (; i < length && g_ascii_isdigit (s[i]); i++)
    digits++;
  if (i < length && s[i] == '.')
    for (i++; i < length && g_ascii_isdigit (s[i]); i++)
      digits++;
  if (digits == 0)
    return FALSE;

  if (i < length && (s[i] == 'e' || s[i] == 'E'))
    {
      gsize exponent_digits = 0;

      i++;
      if (i < length && (s[i] == '+' || s[i] == '-'))
        i++;
      for (; i < length && g_ascii_isdigit (s[i]); i++)
        exponent_digits++;
      if (exponent_digits == 0)
        return FALSE;
    }

  return i == length;
}

static gboolean
parse_count (const char *s,
             gsize       length,
             guint64    *out_value)
{
  guint64 value = 0;

  if (length == 0)
    return FALSE;

  /* Saturates: any count this large is refused as too large anyway. */
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = MIN (value * 10 + (guint64) (s[i] - '0'), G_MAXUINT32);
    }

  *out_value = value;
  return TRUE;
}

static gboolean
parse_header (TaAssignmentParser  *self,
              guint                line,
              const char          *text,
              gsize                length,
              GError             **error)
{
  const char *p = text;
  const char *end = text + length;
  const char *tokens[3];
  gsize lengths[3];
  guint n_tokens = 0;
  guint64 rows, cols;

  while (n_tokens < 3 && next_token (&p, end, &tokens[n_tokens], &lengths[n_tokens]))
    n_tokens++;

  if (n_tokens != 2 ||
      !parse_count (tokens[0], lengths[0], &rows) ||
      !parse_count (tokens[1], lengths[1], &cols))
    {
      g_autofree char *shown = shown_text (text, length);

      return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                          /* Translators: ROWS and COLUMNS are placeholders in
                           * the format of the first line; %s is that line */
                          _("The first line should be “ROWS COLUMNS”, two whole numbers, "
                            "not “%s”"),
                          shown);
    }

  if (rows > TA_ASSIGNMENT_MAX_DIMENSION || cols > TA_ASSIGNMENT_MAX_DIMENSION)
    {
      g_autofree char *shown_rows = g_strndup (tokens[0], lengths[0]);
      g_autofree char *shown_cols = g_strndup (tokens[1], lengths[1]);

      return parser_fail (self, line, TA_ASSIGNMENT_ERROR_TOO_LARGE, error,
                          /* Translators: %1$s and %2$s are the numbers of rows
                           * and columns as written, %3$u the limit */
                          _("%1$s × %2$s is too large: at most %3$u rows and %3$u columns"),
                          shown_rows, shown_cols, (guint) TA_ASSIGNMENT_MAX_DIMENSION);
    }
  if (rows * cols > TA_ASSIGNMENT_MAX_VALUES)
    return parser_fail (self, line, TA_ASSIGNMENT_ERROR_TOO_LARGE, error,
                        /* Translators: %1$u × %2$u are the numbers of rows and
                         * columns, %3$u the largest number of values */
                        _("%1$u × %2$u is too large: at most %3$u values in all"),
                        (guint) rows, (guint) cols, (guint) TA_ASSIGNMENT_MAX_VALUES);

  self->problem = _ta_assignment_problem_try_new ((guint) rows, (guint) cols);
  if (self->problem == NULL)
    return parser_fail (self, line, TA_ASSIGNMENT_ERROR_TOO_LARGE, error,
                        _("There is not enough memory for a %1$u × %2$u matrix"),
                        (guint) rows, (guint) cols);

  self->have_header = TRUE;
  self->n_rows = (guint) rows;
  self->n_cols = (guint) cols;

  return TRUE;
}

static gboolean
parse_row (TaAssignmentParser  *self,
           guint                line,
           const char          *text,
           gsize                length,
           GError             **error)
{
  double *cost = self->problem->cost + (gsize) self->rows_read * self->n_cols;
  const char *p = text;
  const char *end = text + length;
  const char *token;
  gsize token_length;
  guint n = 0;

  if (self->rows_read == self->n_rows)
    return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                        ngettext ("There are more rows than the %u of the first line",
                                  "There are more rows than the %u of the first line",
                                  self->n_rows),
                        self->n_rows);

  while (next_token (&p, end, &token, &token_length))
    {
      char buffer[MAX_VALUE_LENGTH + 1];
      double value;

      if (n == self->n_cols)
        {
          /* Count them all: “has 7 values” helps more than “too many”. */
          do
            n++;
          while (next_token (&p, end, &token, &token_length));
          break;
        }

      if (token_length == 1 && (token[0] == 'x' || token[0] == 'X'))
        {
          cost[n++] = 0.0;
          continue;
        }

      if (token_length > MAX_VALUE_LENGTH || !is_decimal (token, token_length))
        {
          g_autofree char *shown = shown_text (token, token_length);

          return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                              /* Translators: %1$u is the position of a value on
                               * its line (1 for the first), %2$s the value */
                              _("Value %1$u, “%2$s”, is not a number: write a decimal "
                                "number, or x for a forbidden pair"),
                              n + 1, shown);
        }

      /* strtod() needs the end of the token marked; the buffer is on the
       * stack because the text may be the caller's, and read-only. */
      memcpy (buffer, token, token_length);
      buffer[token_length] = '\0';
      value = g_ascii_strtod (buffer, NULL);
      if (!isfinite (value))
        {
          g_autofree char *shown = shown_text (token, token_length);

          return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                              /* Translators: %1$u is the position of a value on
                               * its line (1 for the first), %2$s the value */
                              _("Value %1$u, “%2$s”, is too large"),
                              n + 1, shown);
        }
      if (fabs (value) > TA_ASSIGNMENT_MAX_VALUE)
        {
          g_autofree char *shown = shown_text (token, token_length);

          /* Near 1e308 a total of two would be infinite. */
          if (value > 0)
            return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                                /* Translators: %1$u is the position of a value on
                                 * its line (1 for the first), %2$s the value;
                                 * keep 1e15 as it is */
                                _("Value %1$u, “%2$s”, is too large (at most 1e15)"),
                                n + 1, shown);
          else
            return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                                /* Translators: %1$u is the position of a value on
                                 * its line (1 for the first), %2$s the value;
                                 * keep -1e15 as it is */
                                _("Value %1$u, “%2$s”, is too small (at least -1e15)"),
                                n + 1, shown);
        }

      cost[n++] = value > 0 ? -value : 0.0;
    }

  if (n != self->n_cols)
    return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                        /* Translators: %1$u is how many values a line has,
                         * %2$u how many the first line announced */
                        ngettext ("This row has %1$u value, but the first line says %2$u",
                                  "This row has %1$u values, but the first line says %2$u",
                                  n),
                        n, self->n_cols);

  self->rows_read++;
  return TRUE;
}

static gboolean
parse_line (TaAssignmentParser  *self,
            const char          *text,
            gsize                length,
            GError             **error)
{
  guint line = self->line++;
  gsize i;

  /* Blank lines are allowed anywhere; so a matrix of no columns is its
   * first line alone. */
  for (i = 0; i < length && is_blank (text[i]); i++)
    ;
  if (i == length)
    return TRUE;

  if (!self->have_header)
    return parse_header (self, line, text, length, error);

  if (self->n_cols == 0)
    return parser_fail (self, line, TA_ASSIGNMENT_ERROR_PARSE, error,
                        "%s", _("There should be no values: the first line says 0 columns"));

  return parse_row (self, line, text, length, error);
}

/* The longest a line may get before it is refused as not a matrix row. */
static gsize
max_line_length (TaAssignmentParser *self)
{
  return self->have_header ? 4096 + (gsize) self->n_cols * (MAX_VALUE_LENGTH + 1)
                           : MAX_HEADER_LINE;
}

/**
 * ta_assignment_parser_feed:
 * @self: a parser
 * @data: (array length=length): the next piece of the text, cut anywhere
 * @length: its length in bytes
 * @error: a #GError
 *
 * Complete lines are read at once; the start of an unfinished one is kept
 * for the next piece.  After an error the parser takes nothing more.
 *
 * Returns: %TRUE, or %FALSE with %TA_ASSIGNMENT_ERROR_PARSE or
 *   %TA_ASSIGNMENT_ERROR_TOO_LARGE
 */
gboolean
ta_assignment_parser_feed (TaAssignmentParser  *self,
                           const char          *data,
                           gsize                length,
                           GError             **error)
{
  const char *p = data;
  const char *end = data + length;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!self->failed, FALSE);

  while (p < end)
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));

      if (newline == NULL)
        {
          g_string_append_len (self->pending, p, end - p);
          if (self->pending->len > max_line_length (self))
            return parser_fail (self, self->line, TA_ASSIGNMENT_ERROR_PARSE, error,
                                "%s", _("This line is too long"));
          break;
        }

      if (self->pending->len > 0)
        {
          gboolean ok;

          g_string_append_len (self->pending, p, newline - p);
          ok = parse_line (self, self->pending->str, self->pending->len, error);
          g_string_truncate (self->pending, 0);
          if (!ok)
            return FALSE;
        }
      else if (!parse_line (self, p, (gsize) (newline - p), error))
        {
          return FALSE;
        }

      p = newline + 1;
    }

  return TRUE;
}

/**
 * ta_assignment_parser_finish:
 * @self: a parser
 * @error: a #GError
 *
 * Reads the last line if it had no line break, and checks that the text
 * held the whole matrix.
 *
 * Returns: (transfer full) (nullable): the problem, or %NULL with
 *   %TA_ASSIGNMENT_ERROR_PARSE or %TA_ASSIGNMENT_ERROR_TOO_LARGE
 */
TaAssignmentProblem *
ta_assignment_parser_finish (TaAssignmentParser  *self,
                             GError             **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  g_return_val_if_fail (!self->failed, NULL);

  if (self->pending->len > 0)
    {
      gboolean ok = parse_line (self, self->pending->str, self->pending->len, error);

      g_string_truncate (self->pending, 0);
      if (!ok)
        return NULL;
    }

  if (!self->have_header)
    {
      parser_fail (self, 1, TA_ASSIGNMENT_ERROR_PARSE, error,
                   "%s", _("The file is empty: it should start with a line “ROWS COLUMNS”"));
      return NULL;
    }

  if (self->n_cols > 0 && self->rows_read < self->n_rows)
    {
      parser_fail (self, self->line, TA_ASSIGNMENT_ERROR_PARSE, error,
                   /* Translators: %1$u rows were found, %2$u announced */
                   ngettext ("The file ends after %1$u row, but the first line says %2$u",
                             "The file ends after %1$u rows, but the first line says %2$u",
                             self->rows_read),
                   self->rows_read, self->n_rows);
      return NULL;
    }

  self->failed = TRUE;  /* done: the problem is handed out */
  return g_steal_pointer (&self->problem);
}

/**
 * ta_assignment_problem_parse:
 * @text: (array length=length): the matrix in the format of DESIGN.md
 * @length: its length in bytes
 * @display_name: (nullable): the file's name, for the messages
 * @error: a #GError
 *
 * Values beyond ±%TA_ASSIGNMENT_MAX_VALUE are refused, so that the total
 * of a matching is always a finite number.
 *
 * Returns: (transfer full) (nullable): the problem, or %NULL with
 *   %TA_ASSIGNMENT_ERROR_PARSE (“NAME:LINE: reason”) or
 *   %TA_ASSIGNMENT_ERROR_TOO_LARGE
 */
TaAssignmentProblem *
ta_assignment_problem_parse (const char  *text,
                             gsize        length,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(TaAssignmentParser) parser = NULL;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser = ta_assignment_parser_new (display_name);
  if (!ta_assignment_parser_feed (parser, text, length, error))
    return NULL;

  return ta_assignment_parser_finish (parser, error);
}
