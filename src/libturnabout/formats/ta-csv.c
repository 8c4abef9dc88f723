/* ta-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-csv.h"

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
  char        separator;
  gboolean    valid_utf8;   /* checked by the caller: no need to look */
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
  return ta_csv_reader_new_full (data, length, ',', TA_CSV_READER_NONE);
}

/**
 * ta_csv_reader_new_full:
 * @data: the UTF-8 text of the file; need not be NUL-terminated
 * @length: the number of bytes
 * @separator: the field separator, an ASCII character other than a quote
 *   or a line break (`,` `;` `\t`…)
 * @flags: what the caller knows of @data
 *
 * @data must stay alive as long as the reader.
 *
 * Returns: (transfer full): a reader positioned before the first record
 */
TaCsvReader *
ta_csv_reader_new_full (const char       *data,
                        gsize             length,
                        char              separator,
                        TaCsvReaderFlags  flags)
{
  TaCsvReader *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (separator > 0 && separator != '"' &&
                        separator != '\r' && separator != '\n', NULL);

  self = g_new0 (TaCsvReader, 1);
  self->data = data != NULL ? data : "";
  self->length = length;
  self->separator = separator;
  self->valid_utf8 = (flags & TA_CSV_READER_VALID_UTF8) != 0;
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
consume_line_break (TaCsvReader *self);

/**
 * ta_csv_reader_skip_line:
 * @self: a #TaCsvReader before its first record
 *
 * Skips one physical line, quotes and all: Excel's `sep=;` line, which
 * is not part of the table.  The records after it keep their line
 * numbers in the file.
 */
void
ta_csv_reader_skip_line (TaCsvReader *self)
{
  g_return_if_fail (self != NULL);

  while (self->pos < self->length &&
         self->data[self->pos] != '\n' && self->data[self->pos] != '\r')
    self->pos++;
  if (self->pos < self->length)
    consume_line_break (self);
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
  if (self->valid_utf8 ||
      g_utf8_validate_len (self->data + record_start, self->pos - record_start, NULL))
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
  char separator;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = self->data;
  length = self->length;
  separator = self->separator;

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
          /* Anything between the closing quote and the separator is kept
           * as it is, as spreadsheets do with `"abc"def`. */
        }

      start = self->pos;
      while (self->pos < length)
        {
          char c = data[self->pos];

          if (c == separator || c == '\n' || c == '\r')
            break;
          self->pos++;
        }
      g_string_append_len (self->buffer, data + start, self->pos - start);
      finish_field (self, &field);

      if (self->pos >= length)
        break;

      if (data[self->pos] == separator)
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
 * ta_csv_reader_is_blank:
 * @self: a #TaCsvReader
 *
 * A record of nothing but spaces and separators, which a spreadsheet
 * leaves at the end of a table: the imports skip it.
 *
 * Returns: whether every field of the current record is blank
 */
gboolean
ta_csv_reader_is_blank (TaCsvReader *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      gsize length;
      const char *text = ta_csv_reader_get_field (self, i, &length);

      for (gsize j = 0; j < length; j++)
        {
          if (!g_ascii_isspace (text[j]))
            return FALSE;
        }
    }

  return TRUE;
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

/* Formula neutralisation
 *
 * Export puts a `'` in front of a cell that a spreadsheet would run as a
 * formula, and import takes exactly that `'` off again, so that export →
 * edit → import gives back every cell as it was.  For that to hold for
 * every text, a cell that already starts with `'`s followed by a formula
 * character gets one more: the rule is "any number of `'`, then one of
 * = + - @ tab CR", and reading takes one `'` off such a cell.
 *
 * Identity cells (e-mail addresses) are never neutralised: an address is
 * matched against the programme, and "'+ann@example.com" would be a new
 * person.  Only the absurd address that itself starts with `'` and a
 * formula character is escaped, so that it too reads back exactly; and
 * the `'` older versions put in front of addresses is taken off.
 */

static inline gboolean
is_formula_start (char c)
{
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/* How many `'` @text starts with, when a formula character follows them;
 * -1 when none does. */
static inline int
quotes_before_formula (const char *text,
                       gsize       length)
{
  gsize n = 0;

  while (n < length && text[n] == '\'')
    n++;

  return n < length && is_formula_start (text[n]) ? (int) n : -1;
}

/**
 * ta_csv_cell_unneutralise:
 * @text: (inout): a cell's text
 * @length: (inout): its length in bytes
 *
 * Takes off the `'` that %TA_CSV_WRITER_NEUTRALISE_FORMULAS put in front
 * of a cell (one `'`, when `'`s and then `=`, `+`, `-`, `@`, a tab or a
 * carriage return start the cell), by moving @text on by one byte.
 *
 * Returns: whether a `'` was taken off
 */
gboolean
ta_csv_cell_unneutralise (const char **text,
                          gsize       *length)
{
  g_return_val_if_fail (text != NULL && *text != NULL, FALSE);
  g_return_val_if_fail (length != NULL, FALSE);

  if (*length < 2 || (*text)[0] != '\'' || quotes_before_formula (*text, *length) < 1)
    return FALSE;

  *text += 1;
  *length -= 1;
  return TRUE;
}

/* Writer */

struct _TaCsvWriter
{
  GString          *buffer;
  TaCsvWriterFlags  flags;
  char              separator;
  gsize             record_start;
  guint             n_fields;
};

/**
 * ta_csv_writer_new:
 * @flags: how cells are written
 *
 * Returns: (transfer full): a writer of RFC 4180 CSV (commas, CRLF) that
 *   collects the file in memory
 */
TaCsvWriter *
ta_csv_writer_new (TaCsvWriterFlags flags)
{
  return ta_csv_writer_new_full (flags, ',', FALSE);
}

/**
 * ta_csv_writer_new_full:
 * @flags: how cells are written
 * @separator: the field separator: `,` `;` or `\t`
 * @byte_order_mark: start with the UTF-8 byte order mark, by which Excel
 *   knows the file is UTF-8 (it reads it as the system's code page
 *   otherwise)
 *
 * Returns: (transfer full): a writer that collects the file in memory
 */
TaCsvWriter *
ta_csv_writer_new_full (TaCsvWriterFlags flags,
                        char             separator,
                        gboolean         byte_order_mark)
{
  TaCsvWriter *self;

  g_return_val_if_fail (separator > 0 && separator != '"' &&
                        separator != '\r' && separator != '\n', NULL);

  self = g_new0 (TaCsvWriter, 1);
  self->buffer = g_string_sized_new (4096);
  self->flags = flags;
  self->separator = separator;
  if (byte_order_mark)
    g_string_append (self->buffer, "\xEF\xBB\xBF");
  self->record_start = self->buffer->len;

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
needs_quotes (const char *text,
              gsize       len,
              char        separator)
{
  if (len == 0)
    return FALSE;

  if (text[0] == ' ' || text[len - 1] == ' ')
    return TRUE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (c == separator || c == '"' || c == '\r' || c == '\n')
        return TRUE;
    }

  return FALSE;
}

static void
add_cell (TaCsvWriter *self,
          const char  *text,
          gboolean     identity)
{
  GString *buffer = self->buffer;
  gboolean neutralise;
  gsize len;

  if (text == NULL)
    text = "";
  len = strlen (text);

  if (self->n_fields++ > 0)
    g_string_append_c (buffer, self->separator);

  neutralise = FALSE;
  if ((self->flags & TA_CSV_WRITER_NEUTRALISE_FORMULAS) != 0)
    {
      int quotes = quotes_before_formula (text, len);

      neutralise = identity ? quotes >= 1 : quotes >= 0;
    }

  if (needs_quotes (text, len, self->separator))
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
 * ta_csv_writer_add_field:
 * @self: a #TaCsvWriter
 * @text: (nullable): the text of the next cell; %NULL is an empty cell
 */
void
ta_csv_writer_add_field (TaCsvWriter *self,
                         const char  *text)
{
  g_return_if_fail (self != NULL);

  add_cell (self, text, FALSE);
}

/**
 * ta_csv_writer_add_identity:
 * @self: a #TaCsvWriter
 * @text: (nullable): the text of the next cell; %NULL is an empty cell
 *
 * Adds a cell that identifies a record (an e-mail address): it is never
 * neutralised, whatever its first character, so that the file names the
 * same people as the programme.
 */
void
ta_csv_writer_add_identity (TaCsvWriter *self,
                            const char  *text)
{
  g_return_if_fail (self != NULL);

  add_cell (self, text, TRUE);
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
