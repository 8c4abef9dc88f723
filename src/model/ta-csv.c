/* ta-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-csv.h"
#include "ta-participant-csv.h"

G_DEFINE_QUARK (ta-csv-error-quark, ta_csv_error)

typedef struct
{
  gsize offset;        /* into buffer */
  gsize length;
  guint line;          /* physical line the field starts on */
  guint invalid_line;  /* line of the first byte that is not UTF-8, or 0 */
} Field;

struct _TaCsvReader
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;         /* physical line of data[pos] */
  guint       record_line;  /* physical line the current record starts on */

  GString    *buffer;       /* the current record's fields, each NUL-terminated */
  GArray     *fields;       /* of Field */
};

/* A line break is CRLF, LF or a lone CR. */
static inline gboolean
is_line_break_at (const char *data,
                  gsize       length,
                  gsize       i)
{
  return data[i] == '\n' ||
         (data[i] == '\r' && (i + 1 >= length || data[i + 1] != '\n'));
}

static guint
count_line_breaks (const char *data,
                   gsize       length,
                   gsize       start,
                   gsize       end)
{
  guint n = 0;

  for (gsize i = start; i < end; i++)
    {
      if (is_line_break_at (data, length, i))
        n++;
    }

  return n;
}

/**
 * ta_csv_reader_new:
 * @data: the bytes of the file; need not be NUL-terminated
 * @length: the number of bytes
 *
 * @data must stay alive as long as the reader.
 *
 * Returns: (transfer full): a reader positioned before the first record
 */
TaCsvReader *
ta_csv_reader_new (const char *data,
                   gsize       length)
{
  TaCsvReader *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self = g_new0 (TaCsvReader, 1);
  self->data = data != NULL ? data : "";
  self->length = length;
  self->line = 1;
  self->buffer = g_string_sized_new (256);
  self->fields = g_array_sized_new (FALSE, FALSE, sizeof (Field), 32);

  /* A byte order mark is what Excel writes in front of “CSV UTF-8”. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    self->pos = 3;

  return self;
}

void
ta_csv_reader_free (TaCsvReader *self)
{
  if (self == NULL)
    return;

  g_string_free (self->buffer, TRUE);
  g_array_unref (self->fields);
  g_free (self);
}

static void
consume_line_break (TaCsvReader *self)
{
  g_assert (self->pos < self->length);

  if (self->data[self->pos] == '\r' &&
      self->pos + 1 < self->length && self->data[self->pos + 1] == '\n')
    self->pos += 2;
  else
    self->pos += 1;
  self->line++;
}

static void
finish_field (TaCsvReader *self,
              Field       *field)
{
  field->length = self->buffer->len - field->offset;
  g_string_append_c (self->buffer, '\0');
  g_array_append_val (self->fields, *field);
}

/* The whole record is checked at once (quotes and commas are ASCII, so
 * a record is valid UTF-8 exactly when all its fields are); only a record
 * with a bad byte is looked at field by field. */
static void
check_utf8 (TaCsvReader *self,
            gsize        record_start)
{
  if (g_utf8_validate_len (self->data + record_start, self->pos - record_start, NULL))
    return;

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = &g_array_index (self->fields, Field, i);
      const char *text = self->buffer->str + field->offset;
      const char *end;

      if (!g_utf8_validate_len (text, field->length, &end))
        field->invalid_line = field->line +
                              count_line_breaks (text, field->length, 0, end - text);
    }
}

/**
 * ta_csv_reader_next:
 * @self: a #TaCsvReader
 * @error: set when a quoted field is not closed before the end of the data
 *
 * Reads the next record; its fields are then available through
 * ta_csv_reader_get_field() until the next call.
 *
 * After an unterminated quote, the last field of the record is the one
 * whose quote was never closed, and no further records are read.
 *
 * Returns: %TRUE if a record was read, %FALSE at the end of the data or on
 *   an error
 */
gboolean
ta_csv_reader_next (TaCsvReader  *self,
                    GError      **error)
{
  const char *data;
  gsize length;
  gsize record_start;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = self->data;
  length = self->length;

  g_string_truncate (self->buffer, 0);
  g_array_set_size (self->fields, 0);

  /* Blank lines carry no record (RFC 4180 does not allow them anyway). */
  while (self->pos < length && (data[self->pos] == '\n' || data[self->pos] == '\r'))
    consume_line_break (self);

  if (self->pos >= length)
    return FALSE;

  self->record_line = self->line;
  record_start = self->pos;

  for (;;)
    {
      Field field = { self->buffer->len, 0, self->line, 0 };
      gsize start;

      if (self->pos < length && data[self->pos] == '"')
        {
          guint quote_line = self->line;

          self->pos++;
          for (;;)
            {
              const char *quote = memchr (data + self->pos, '"', length - self->pos);
              gsize end = quote != NULL ? (gsize) (quote - data) : length;

              g_string_append_len (self->buffer, data + self->pos, end - self->pos);
              self->line += count_line_breaks (data, length, self->pos, end);
              self->pos = end;

              if (quote == NULL)
                {
                  finish_field (self, &field);
                  check_utf8 (self, record_start);
                  g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                               /* Translators: %u is a line number */
                               _("The quoted cell that starts on line %u is never closed"),
                               quote_line);
                  return FALSE;
                }

              self->pos++;
              if (self->pos < length && data[self->pos] == '"')
                {
                  g_string_append_c (self->buffer, '"');
                  self->pos++;
                  continue;
                }
              break;
            }
          /* Anything between the closing quote and the next comma is kept
           * as it is, as spreadsheets do with `"abc"def`. */
        }

      start = self->pos;
      while (self->pos < length)
        {
          char c = data[self->pos];

          if (c == ',' || c == '\n' || c == '\r')
            break;
          self->pos++;
        }
      g_string_append_len (self->buffer, data + start, self->pos - start);
      finish_field (self, &field);

      if (self->pos >= length)
        break;

      if (data[self->pos] == ',')
        {
          self->pos++;
          continue;
        }

      consume_line_break (self);
      break;
    }

  check_utf8 (self, record_start);
  return TRUE;
}

/**
 * ta_csv_reader_get_line:
 * @self: a #TaCsvReader
 *
 * Returns: the physical line (from 1) on which the current record starts
 */
guint
ta_csv_reader_get_line (TaCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

guint
ta_csv_reader_get_n_fields (TaCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->fields->len;
}

/**
 * ta_csv_reader_get_field:
 * @self: a #TaCsvReader
 * @index: a field of the current record
 * @out_length: (out) (optional): its length in bytes
 *
 * The text is NUL-terminated, but may hold a NUL or invalid UTF-8 of its
 * own: check ta_csv_reader_get_invalid_line() before using it as text.
 *
 * Returns: (transfer none): the unquoted text, valid until the next record
 */
const char *
ta_csv_reader_get_field (TaCsvReader *self,
                         guint        index,
                         gsize       *out_length)
{
  const Field *field;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->fields->len, NULL);

  field = &g_array_index (self->fields, Field, index);
  if (out_length != NULL)
    *out_length = field->length;

  return self->buffer->str + field->offset;
}

/**
 * ta_csv_reader_get_field_line:
 * @self: a #TaCsvReader
 * @index: a field of the current record
 *
 * Returns: the physical line on which the field starts (for a quoted
 *   field, the line of its opening quote)
 */
guint
ta_csv_reader_get_field_line (TaCsvReader *self,
                              guint        index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->fields->len, 0);

  return g_array_index (self->fields, Field, index).line;
}

/**
 * ta_csv_reader_get_invalid_line:
 * @self: a #TaCsvReader
 * @index: a field of the current record
 *
 * Returns: 0 if the field is valid UTF-8 (without NUL bytes), otherwise the
 *   physical line that holds its first bad byte
 */
guint
ta_csv_reader_get_invalid_line (TaCsvReader *self,
                                guint        index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < self->fields->len, 0);

  return g_array_index (self->fields, Field, index).invalid_line;
}

/**
 * ta_csv_reader_get_offset:
 * @self: a #TaCsvReader
 *
 * Returns: how many bytes of the data have been read, for progress
 */
gsize
ta_csv_reader_get_offset (TaCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pos;
}

/* Writer */

struct _TaCsvWriter
{
  GString          *buffer;
  TaCsvWriterFlags  flags;
  gsize             record_start;
  guint             n_fields;
};

/**
 * ta_csv_writer_new:
 * @flags: how cells are written
 *
 * Returns: (transfer full): a writer that collects the file in memory
 */
TaCsvWriter *
ta_csv_writer_new (TaCsvWriterFlags flags)
{
  TaCsvWriter *self = g_new0 (TaCsvWriter, 1);

  self->buffer = g_string_sized_new (4096);
  self->flags = flags;

  return self;
}

void
ta_csv_writer_free (TaCsvWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->buffer, TRUE);
  g_free (self);
}

static gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/**
 * ta_csv_writer_add_field:
 * @self: a #TaCsvWriter
 * @text: (nullable): the text of the next cell; %NULL is an empty cell
 */
void
ta_csv_writer_add_field (TaCsvWriter *self,
                         const char  *text)
{
  GString *buffer;
  gboolean neutralise;
  gsize len;

  g_return_if_fail (self != NULL);

  buffer = self->buffer;
  if (text == NULL)
    text = "";
  len = strlen (text);

  if (self->n_fields++ > 0)
    g_string_append_c (buffer, ',');

  neutralise = (self->flags & TA_CSV_WRITER_NEUTRALISE_FORMULAS) != 0 &&
               is_formula_start (text[0]);

  if (strpbrk (text, ",\"\r\n") != NULL ||
      (len > 0 && (text[0] == ' ' || text[len - 1] == ' ')))
    {
      g_string_append_c (buffer, '"');
      if (neutralise)
        g_string_append_c (buffer, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          const char *quote = strchr (p, '"');

          if (quote == NULL)
            {
              g_string_append (buffer, p);
              break;
            }
          g_string_append_len (buffer, p, quote - p + 1);
          g_string_append_c (buffer, '"');
          p = quote;
        }
      g_string_append_c (buffer, '"');
    }
  else
    {
      if (neutralise)
        g_string_append_c (buffer, '\'');
      g_string_append_len (buffer, text, len);
    }
}

/**
 * ta_csv_writer_end_record:
 * @self: a #TaCsvWriter
 *
 * Ends the current record with CRLF.  A record of one empty cell is
 * written as `""`, so that it is not read back as a blank line.
 */
void
ta_csv_writer_end_record (TaCsvWriter *self)
{
  g_return_if_fail (self != NULL);

  if (self->n_fields == 0)
    return;

  if (self->n_fields == 1 && self->buffer->len == self->record_start)
    g_string_append (self->buffer, "\"\"");

  g_string_append (self->buffer, "\r\n");
  self->record_start = self->buffer->len;
  self->n_fields = 0;
}

/**
 * ta_csv_writer_free_to_bytes:
 * @self: (transfer full): a #TaCsvWriter
 *
 * Ends an unfinished record, frees the writer and hands out its text.
 *
 * Returns: (transfer full): the CSV file
 */
GBytes *
ta_csv_writer_free_to_bytes (TaCsvWriter *self)
{
  GString *buffer;

  g_return_val_if_fail (self != NULL, NULL);

  ta_csv_writer_end_record (self);
  buffer = self->buffer;
  g_free (self);

  return g_string_free_to_bytes (buffer);
}
