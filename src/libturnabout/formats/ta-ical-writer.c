/* ta-ical-writer.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <string.h>

#include "ta-ical-writer-private.h"

/* RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, line break
 * excluded; a continuation line starts with one space, which counts. */
#define FOLD_OCTETS 75

void
_ta_ical_writer_init (TaIcalWriter *self,
                      gsize         reserve)
{
  g_assert (self != NULL);

  self->out = g_string_sized_new (reserve);
  self->line = g_string_sized_new (256);
}

void
_ta_ical_writer_clear (TaIcalWriter *self)
{
  g_assert (self != NULL);

  if (self->out != NULL)
    g_string_free (g_steal_pointer (&self->out), TRUE);
  if (self->line != NULL)
    g_string_free (g_steal_pointer (&self->line), TRUE);
}

char *
_ta_ical_writer_steal (TaIcalWriter *self,
                       gsize        *out_length)
{
  char *text;

  g_assert (self != NULL && self->out != NULL);

  if (out_length != NULL)
    *out_length = self->out->len;
  text = g_string_free (g_steal_pointer (&self->out), FALSE);
  _ta_ical_writer_clear (self);
  return text;
}

/* @line, folded, with its CRLF. */
static void
append_folded (GString       *out,
               const GString *line)
{
  const char *data = line->str;
  gsize length = line->len;
  gsize position = 0;
  gsize limit = FOLD_OCTETS;

  while (length - position > limit)
    {
      gsize cut = position + limit;

      /* Never between the bytes of one character: a reader that unfolds
       * first would cope, but one that decodes each line would not. */
      while (cut > position + 1 && ((guchar) data[cut] & 0xC0) == 0x80)
        cut--;

      g_string_append_len (out, data + position, cut - position);
      g_string_append_len (out, "\r\n ", 3);
      position = cut;
      limit = FOLD_OCTETS - 1;
    }

  g_string_append_len (out, data + position, length - position);
  g_string_append_len (out, "\r\n", 2);
}

void
_ta_ical_writer_begin (TaIcalWriter *self,
                       const char   *name)
{
  g_assert (self != NULL && name != NULL);

  g_string_truncate (self->line, 0);
  g_string_append (self->line, name);
}

void
_ta_ical_writer_param (TaIcalWriter *self,
                       const char   *name,
                       const char   *value)
{
  g_assert (self != NULL && name != NULL && value != NULL);

  g_string_append_c (self->line, ';');
  g_string_append (self->line, name);
  g_string_append_c (self->line, '=');
  _ta_ical_append_param_value (self->line, value);
}

void
_ta_ical_writer_end_raw (TaIcalWriter *self,
                         const char   *value)
{
  g_assert (self != NULL && value != NULL);

  g_string_append_c (self->line, ':');
  g_string_append (self->line, value);
  append_folded (self->out, self->line);
}

void
_ta_ical_writer_end_text (TaIcalWriter *self,
                          const char   *text)
{
  g_assert (self != NULL && text != NULL);

  g_string_append_c (self->line, ':');
  _ta_ical_append_text_value (self->line, text);
  append_folded (self->out, self->line);
}

void
_ta_ical_writer_raw (TaIcalWriter *self,
                     const char   *name,
                     const char   *value)
{
  _ta_ical_writer_begin (self, name);
  _ta_ical_writer_end_raw (self, value);
}

void
_ta_ical_writer_text (TaIcalWriter *self,
                      const char   *name,
                      const char   *text)
{
  _ta_ical_writer_begin (self, name);
  _ta_ical_writer_end_text (self, text);
}

void
_ta_ical_writer_append_lines (TaIcalWriter *self,
                              const char   *lines)
{
  g_assert (self != NULL && lines != NULL);

  for (const char *p = lines; *p != '\0'; p++)
    {
      if (*p == '\r' && p[1] == '\n')
        continue;
      if (*p == '\n' || *p == '\r')
        g_string_append_len (self->out, "\r\n", 2);
      else
        g_string_append_c (self->out, *p);
    }

  if (self->out->len > 0 && self->out->str[self->out->len - 1] != '\n')
    g_string_append_len (self->out, "\r\n", 2);
}

/* A control character other than a tab or a line break has no place in
 * either kind of value (RFC 5545 3.1: CTL is excluded): a space. */
static inline gboolean
is_stray_control (guchar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

void
_ta_ical_append_param_value (GString    *out,
                             const char *value)
{
  gboolean quote;

  g_assert (out != NULL && value != NULL);

  /* RFC 5545 3.2: a value holding , ; or : must be a quoted-string, and
   * a quoted-string cannot hold a double quote: that is RFC 6868's ^'. */
  quote = strpbrk (value, ",;:") != NULL;
  if (quote)
    g_string_append_c (out, '"');

  for (const char *p = value; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '^':
          g_string_append_len (out, "^^", 2);
          break;
        case '"':
          g_string_append_len (out, "^'", 2);
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append_len (out, "^n", 2);
          break;
        default:
          g_string_append_c (out, is_stray_control ((guchar) *p) ? ' ' : *p);
        }
    }

  if (quote)
    g_string_append_c (out, '"');
}

void
_ta_ical_append_text_value (GString    *out,
                            const char *text)
{
  g_assert (out != NULL && text != NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append_len (out, "\\\\", 2);
          break;
        case ';':
          g_string_append_len (out, "\\;", 2);
          break;
        case ',':
          g_string_append_len (out, "\\,", 2);
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          G_GNUC_FALLTHROUGH;
        case '\n':
          g_string_append_len (out, "\\n", 2);
          break;
        default:
          g_string_append_c (out, is_stray_control ((guchar) *p) ? ' ' : *p);
        }
    }
}
