/* ta-csv-detect.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <string.h>

#include "ta-csv-private.h"

/*
 * What spreadsheets really write, and how it is told apart:
 *
 *   Excel “CSV” (Belgian, Dutch, French, German settings)
 *                      Windows-1252, `;`, CRLF
 *   Excel “CSV UTF-8”  byte order mark, then UTF-8; `;` in those settings
 *   Excel “Unicode text”
 *                      UTF-16LE with a byte order mark, tabs, CRLF
 *   LibreOffice “Text CSV” (default)
 *                      Windows-1252, `,`
 *   Excel with a `sep=;` first line (written by tools so that any Excel
 *   opens the file with that separator; not part of the table)
 *
 * Encoding: a byte order mark decides; without one, text whose every
 * second byte is NUL is UTF-16 (by where the NULs are); text that is valid
 * UTF-8 is UTF-8 (Windows-1252 text with accents is practically never
 * valid UTF-8); anything else is Windows-1252, which every byte decodes in.
 *
 * Separator: Excel's `sep=` line decides; otherwise each candidate splits
 * the header and the first rows (quotes respected), and the one that makes
 * more than one column, the same number in every row, wins.
 */

/* How much of the text the separator is guessed from. */
#define SNIFF_BYTES   (64 * 1024)
#define SNIFF_RECORDS 50

static const char candidates[] = { ',', ';', '\t' };

/* Names are compared lower case, with `-`, `_`, spaces and dots left out:
 * “UTF-8”, “utf8”, “Windows-1252”, “cp1252” and “latin_1” all read. */
static char *
name_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '-' || *p == '_' || *p == ' ' || *p == '.')
        continue;
      g_string_append_c (key, g_ascii_tolower (*p));
    }

  return g_string_free (key, FALSE);
}

/**
 * ta_csv_encoding_from_string:
 * @text: what a person typed: “UTF-8”, “UTF-16”, “Windows-1252” (or
 *   cp1252, latin1, ansi…), “auto”; without regard to case
 * @out_encoding: (out): the encoding; “UTF-16” is little-endian (what
 *   Windows writes) unless the file's byte order mark says otherwise
 *
 * Returns: whether @text names an encoding Turnabout reads
 */
gboolean
ta_csv_encoding_from_string (const char    *text,
                             TaCsvEncoding *out_encoding)
{
  static const struct
  {
    const char    *key;
    TaCsvEncoding  encoding;
  } names[] = {
    { "auto", TA_CSV_ENCODING_DETECT },
    { "detect", TA_CSV_ENCODING_DETECT },
    { "utf8", TA_CSV_ENCODING_UTF8 },
    { "utf8sig", TA_CSV_ENCODING_UTF8 },
    { "utf16", TA_CSV_ENCODING_UTF16LE },
    { "utf16le", TA_CSV_ENCODING_UTF16LE },
    { "utf16be", TA_CSV_ENCODING_UTF16BE },
    { "ucs2", TA_CSV_ENCODING_UTF16LE },
    { "unicode", TA_CSV_ENCODING_UTF16LE },
    { "windows1252", TA_CSV_ENCODING_WINDOWS_1252 },
    { "win1252", TA_CSV_ENCODING_WINDOWS_1252 },
    { "cp1252", TA_CSV_ENCODING_WINDOWS_1252 },
    { "1252", TA_CSV_ENCODING_WINDOWS_1252 },
    { "ansi", TA_CSV_ENCODING_WINDOWS_1252 },
    { "latin1", TA_CSV_ENCODING_WINDOWS_1252 },
    { "l1", TA_CSV_ENCODING_WINDOWS_1252 },
    { "iso88591", TA_CSV_ENCODING_WINDOWS_1252 },
  };
  g_autofree char *key = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_encoding != NULL, FALSE);

  key = name_key (text);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (key, names[i].key))
        {
          *out_encoding = names[i].encoding;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ta_csv_encoding_to_string:
 * @encoding: an encoding
 *
 * Returns: its usual name, “UTF-8”, “UTF-16LE”, “UTF-16BE” or
 *   “Windows-1252” (names, not translated), or %NULL for
 *   %TA_CSV_ENCODING_DETECT
 */
const char *
ta_csv_encoding_to_string (TaCsvEncoding encoding)
{
  switch (encoding)
    {
    case TA_CSV_ENCODING_UTF8:
      return "UTF-8";
    case TA_CSV_ENCODING_UTF16LE:
      return "UTF-16LE";
    case TA_CSV_ENCODING_UTF16BE:
      return "UTF-16BE";
    case TA_CSV_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    case TA_CSV_ENCODING_DETECT:
    default:
      return NULL;
    }
}

/**
 * ta_csv_separator_from_string:
 * @text: what a person typed: “,” “;” “tab” (or `\t`, or a tab), or the
 *   words comma, semicolon, auto
 * @out_separator: (out): the separator, or `\0` for “auto”
 *
 * Returns: whether @text names a separator Turnabout reads
 */
gboolean
ta_csv_separator_from_string (const char *text,
                              char       *out_separator)
{
  static const struct
  {
    const char *name;
    char        separator;
  } names[] = {
    { ",", ',' }, { "comma", ',' },
    { ";", ';' }, { "semicolon", ';' },
    { "\t", '\t' }, { "\\t", '\t' }, { "tab", '\t' }, { "tabs", '\t' },
    { "auto", '\0' }, { "detect", '\0' },
  };

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_separator != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (text, names[i].name) == 0)
        {
          *out_separator = names[i].separator;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ta_csv_separator_get_label:
 * @separator: a separator
 *
 * Returns: (transfer full): how to name it in a sentence: “;” in quotes,
 *   or “tab”
 */
char *
ta_csv_separator_get_label (char separator)
{
  g_return_val_if_fail (separator != '\0', NULL);

  if (separator == '\t')
    /* Translators: the tab character as a CSV separator, as in “with tab as separator” */
    return g_strdup (C_("separator", "tab"));

  /* Translators: a separator character in quotes, e.g. “;” */
  return g_strdup_printf (C_("separator", "“%c”"), separator);
}

/**
 * ta_csv_spreadsheet_separator:
 *
 * The separator a spreadsheet of this computer's settings expects: `;`
 * where the decimal separator is a comma (Belgium, the Netherlands,
 * France, Germany…), since there a comma is part of a number; `,`
 * elsewhere.  Read from LC_NUMERIC, as Excel reads the system's list
 * separator.
 *
 * Returns: `;` or `,`
 */
char
ta_csv_spreadsheet_separator (void)
{
  const char *radix = nl_langinfo (RADIXCHAR);

  return radix != NULL && radix[0] == ',' ? ';' : ',';
}

/* Encodings */

/* Windows-1252's 0x80–0x9F; the five bytes it leaves undefined become
 * the C1 controls of the same number, as browsers decode them, so that
 * the cell is refused with a reason instead of the whole file. */
static const guint16 cp1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

#define HIGH_BITS G_GUINT64_CONSTANT (0x8080808080808080)

/* Every byte is a character: this never fails.  ASCII, most of a file, is
 * looked at and copied eight bytes at a time. */
static char *
decode_windows_1252 (const char *data,
                     gsize       length,
                     gsize      *out_length)
{
  const guchar *in = (const guchar *) data;
  gsize n_high = 0;
  gsize i = 0;
  char *text;
  char *out;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, in + i, 8);
      n_high += __builtin_popcountll (word & HIGH_BITS);
    }
  for (; i < length; i++)
    n_high += in[i] >> 7;

  /* At most three bytes for each character above 0x7F. */
  text = g_malloc (length + 2 * n_high + 1);
  out = text;

  for (i = 0; i < length;)
    {
      gunichar c;

      while (i + 8 <= length)
        {
          guint64 word;

          memcpy (&word, in + i, 8);
          if ((word & HIGH_BITS) != 0)
            break;
          memcpy (out, &word, 8);
          out += 8;
          i += 8;
        }
      while (i < length && in[i] < 0x80)
        *out++ = (char) in[i++];
      if (i == length)
        break;

      c = in[i] < 0xA0 ? cp1252_high[in[i] - 0x80] : in[i];
      out += g_unichar_to_utf8 (c, out);
      i++;
    }

  *out = '\0';
  *out_length = out - text;
  return text;
}

/* Valid UTF-8, where NUL bytes are allowed (the reader reports the cell
 * that holds one); *out_clean says there is no NUL either.  Most of a
 * file is ASCII: eight bytes at a time are looked at for a high bit or a
 * NUL, and only the rest goes through g_utf8_validate_len(). */
static gboolean
is_utf8 (const char *data,
         gsize       length,
         gboolean   *out_clean)
{
  const guint64 low = G_GUINT64_CONSTANT (0x0101010101010101);
  const char *p = data;
  const char *end = data + length;

  *out_clean = TRUE;
  while (p < end)
    {
      const char *stop;
      const char *next;

      while (end - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, 8);
          /* A byte ≥ 0x80, or a zero byte (the classic test), ends the run. */
          if (((word | ((word - low) & ~word)) & HIGH_BITS) != 0)
            break;
          p += 8;
        }

      /* Up to the next line break after anything else: short, and never
       * inside a character. */
      next = memchr (p, '\n', end - p);
      next = next != NULL ? next + 1 : end;
      if (g_utf8_validate_len (p, next - p, &stop))
        {
          p = next;
          continue;
        }
      if (*stop != '\0')
        return FALSE;
      *out_clean = FALSE;
      p = stop + 1;
    }

  return TRUE;
}

/* UTF-16 without a byte order mark: ASCII-heavy text has a NUL in every
 * other byte, on the even bytes for big-endian, the odd ones for little. */
static TaCsvEncoding
guess_utf16 (const char *data,
             gsize       length)
{
  gsize n = MIN (length, 1024) & ~(gsize) 1;
  gsize even = 0;
  gsize odd = 0;

  if (n < 4)
    return TA_CSV_ENCODING_DETECT;

  for (gsize i = 0; i < n; i += 2)
    {
      even += data[i] == '\0';
      odd += data[i + 1] == '\0';
    }

  if (odd * 10 >= (n / 2) * 4 && even * 20 < n / 2)
    return TA_CSV_ENCODING_UTF16LE;
  if (even * 10 >= (n / 2) * 4 && odd * 20 < n / 2)
    return TA_CSV_ENCODING_UTF16BE;

  return TA_CSV_ENCODING_DETECT;
}

static TaCsvEncoding
bom_encoding (const char *data,
              gsize       length,
              gsize      *out_bom_length)
{
  const guchar *bytes = (const guchar *) data;

  *out_bom_length = 0;
  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      *out_bom_length = 3;
      return TA_CSV_ENCODING_UTF8;
    }
  if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
    {
      *out_bom_length = 2;
      return TA_CSV_ENCODING_UTF16LE;
    }
  if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      *out_bom_length = 2;
      return TA_CSV_ENCODING_UTF16BE;
    }

  return TA_CSV_ENCODING_DETECT;
}

static gboolean
decode_utf16 (TaCsvText   *self,
              const char  *data,
              gsize        length,
              gsize        offset,
              const char  *display_name,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  gsize written = 0;
  const char *from = self->format.encoding == TA_CSV_ENCODING_UTF16LE ? "UTF-16LE" : "UTF-16BE";

  self->owned = g_convert (data, length, "UTF-8", from, &bytes_read, &written, &local_error);
  /* With bytes_read, a character cut off at the end is not an error of
   * g_convert(): it stops before it. */
  if (self->owned == NULL || bytes_read < length)
    {
      /* Counted from 1, from the start of the file. */
      gulong position = (gulong) (bytes_read + offset + 1);

      g_clear_pointer (&self->owned, g_free);
      /* An odd number of bytes, or half of a surrogate pair: the file is
       * damaged, or not UTF-16 at all. */
      if (display_name != NULL)
        g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING,
                     /* Translators: %1$s is a file name, %2$s an encoding name such as
                      * UTF-16LE, %3$lu a byte position */
                     _("%1$s: the file is not %2$s text: byte %3$lu cannot be read; "
                       "choose another encoding"),
                     display_name, ta_csv_encoding_to_string (self->format.encoding), position);
      else
        g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING,
                     /* Translators: %1$s is an encoding name such as UTF-16LE, %2$lu a
                      * byte position */
                     _("The file is not %1$s text: byte %2$lu cannot be read; "
                       "choose another encoding"),
                     ta_csv_encoding_to_string (self->format.encoding), position);
      return FALSE;
    }

  self->text = self->owned;
  self->length = written;
  self->valid = memchr (self->owned, '\0', written) == NULL;
  return TRUE;
}

/* Excel's first line `sep=;` names the separator and is not data. */
static gboolean
read_sep_line (const char *text,
               gsize       length,
               char       *out_separator)
{
  char c;

  if (length < 5 || g_ascii_strncasecmp (text, "sep=", 4) != 0)
    return FALSE;

  c = text[4];
  if (c == '\r' || c == '\n' || c == '"' || c == '\0' || (guchar) c >= 0x80)
    return FALSE;
  if (length > 5 && text[5] != '\r' && text[5] != '\n')
    return FALSE;

  *out_separator = c;
  return TRUE;
}

/* Splits the start of @text with @separator: the number of fields of the
 * header, and how many of the rows after it have as many. */
static void
sniff (const char *text,
       gsize       length,
       char        separator,
       guint      *out_header_fields,
       guint      *out_rows,
       guint      *out_consistent)
{
  gsize sample = MIN (length, SNIFF_BYTES);
  g_autoptr(TaCsvReader) reader = NULL;
  guint rows = 0;
  guint consistent = 0;
  guint header_fields;

  /* The sample ends after a line break, unless it is the whole text. */
  if (sample < length)
    {
      while (sample > 0 && text[sample - 1] != '\n' && text[sample - 1] != '\r')
        sample--;
      if (sample == 0)
        sample = MIN (length, SNIFF_BYTES);
    }

  reader = ta_csv_reader_new_full (text, sample, separator, TA_CSV_READER_VALID_UTF8);
  if (!ta_csv_reader_next (reader, NULL))
    {
      *out_header_fields = ta_csv_reader_get_n_fields (reader);
      *out_rows = *out_consistent = 0;
      return;
    }

  header_fields = ta_csv_reader_get_n_fields (reader);
  /* A quoted cell cut by the end of the sample is never closed there: the
   * reader stops at it, and its count, which would say nothing, is not
   * taken. */
  while (rows < SNIFF_RECORDS && ta_csv_reader_next (reader, NULL))
    {
      rows++;
      consistent += ta_csv_reader_get_n_fields (reader) == header_fields;
    }

  *out_header_fields = header_fields;
  *out_rows = rows;
  *out_consistent = consistent;
}

static char
detect_separator (const char *text,
                  gsize       length)
{
  char best = ',';
  double best_ratio = -1;
  guint best_fields = 0;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint fields;
      guint rows;
      guint consistent;
      double ratio;

      sniff (text, length, candidates[i], &fields, &rows, &consistent);
      if (fields < 2)
        continue;

      ratio = rows > 0 ? (double) consistent / rows : 1.0;
      if (ratio > best_ratio || (ratio == best_ratio && fields > best_fields))
        {
          best = candidates[i];
          best_ratio = ratio;
          best_fields = fields;
        }
    }

  return best;
}

/* *out_clean: for UTF-8 without a byte order mark, that it was found
 * valid without a NUL (so it need not be looked at again). */
static TaCsvEncoding
detect_encoding (const char *data,
                 gsize       length,
                 gsize      *out_bom_length,
                 gboolean   *out_clean)
{
  TaCsvEncoding encoding = bom_encoding (data, length, out_bom_length);
  gboolean clean = FALSE;

  *out_clean = FALSE;
  if (encoding != TA_CSV_ENCODING_DETECT)
    return encoding;

  encoding = guess_utf16 (data, length);
  if (encoding != TA_CSV_ENCODING_DETECT)
    return encoding;

  if (!is_utf8 (data, length, &clean))
    return TA_CSV_ENCODING_WINDOWS_1252;

  *out_clean = clean;
  return TA_CSV_ENCODING_UTF8;
}

/**
 * _ta_csv_text_decode:
 * @self: (out caller-allocates): where the text goes
 * @data: the bytes of the file
 * @length: their number
 * @wanted: (nullable): what to use instead of detecting it
 * @display_name: (nullable): the file's name, for the error
 * @error: %TA_CSV_ERROR_ENCODING when the bytes are not text in the
 *   encoding given or detected (only UTF-16 can fail)
 *
 * A byte order mark decides the encoding even when @wanted gives one of
 * the same family (“UTF-16” for a big-endian file).  Call
 * _ta_csv_text_clear() after use, even on failure.
 */
gboolean
_ta_csv_text_decode (TaCsvText          *self,
                     const char         *data,
                     gsize               length,
                     const TaCsvFormat  *wanted,
                     const char         *display_name,
                     GError            **error)
{
  TaCsvEncoding encoding;
  TaCsvEncoding bom;
  gsize bom_length;
  gboolean checked = FALSE;
  char separator;

  g_assert (self != NULL);
  g_assert (data != NULL || length == 0);

  memset (self, 0, sizeof *self);
  if (data == NULL)
    data = "";

  bom = bom_encoding (data, length, &bom_length);
  encoding = wanted != NULL ? wanted->encoding : TA_CSV_ENCODING_DETECT;
  if (encoding == TA_CSV_ENCODING_DETECT)
    encoding = detect_encoding (data, length, &bom_length, &checked);
  else if ((encoding == TA_CSV_ENCODING_UTF16LE || encoding == TA_CSV_ENCODING_UTF16BE) &&
           (bom == TA_CSV_ENCODING_UTF16LE || bom == TA_CSV_ENCODING_UTF16BE))
    encoding = bom;
  else if (bom != encoding)
    bom_length = 0;

  self->format.encoding = encoding;
  data += bom_length;
  length -= bom_length;

  switch (encoding)
    {
    case TA_CSV_ENCODING_UTF8:
      {
        gboolean clean = FALSE;

        self->text = data;
        self->length = length;
        self->valid = checked || (is_utf8 (data, length, &clean) && clean);
      }
      break;

    case TA_CSV_ENCODING_WINDOWS_1252:
      self->owned = decode_windows_1252 (data, length, &self->length);
      self->text = self->owned;
      self->valid = memchr (self->owned, '\0', self->length) == NULL;
      break;

    case TA_CSV_ENCODING_UTF16LE:
    case TA_CSV_ENCODING_UTF16BE:
      if (!decode_utf16 (self, data, length, bom_length, display_name, error))
        return FALSE;
      break;

    case TA_CSV_ENCODING_DETECT:
    default:
      g_assert_not_reached ();
    }

  self->sep_line = read_sep_line (self->text, self->length, &separator);
  if (wanted != NULL && wanted->separator != '\0')
    separator = wanted->separator;
  else if (!self->sep_line)
    separator = detect_separator (self->text, self->length);
  self->format.separator = separator;

  return TRUE;
}

void
_ta_csv_text_clear (TaCsvText *self)
{
  g_clear_pointer (&self->owned, g_free);
  self->text = NULL;
  self->length = 0;
}

/**
 * _ta_csv_text_new_reader:
 * @self: decoded text
 *
 * Returns: (transfer full): a reader of @self with its separator, after
 *   the `sep=` line if there is one
 */
TaCsvReader *
_ta_csv_text_new_reader (const TaCsvText *self)
{
  TaCsvReader *reader;

  g_assert (self != NULL);

  reader = ta_csv_reader_new_full (self->text, self->length, self->format.separator,
                                   self->valid ? TA_CSV_READER_VALID_UTF8 : TA_CSV_READER_NONE);
  if (self->sep_line)
    ta_csv_reader_skip_line (reader);

  return reader;
}

/* How much of a file is enough to read its header row. */
#define HEAD_BYTES (64 * 1024)

/**
 * _ta_csv_head_length:
 * @data: the bytes of a file
 * @length: their number
 * @wanted: (nullable): the encoding to read them in, if not detected
 *
 * Returns: the length of the start of @data that ends after a line break
 *   near 64 KiB (all of @data when it is shorter, or has no line break
 *   there): enough for the header row, and never half a character
 */
gsize
_ta_csv_head_length (const char        *data,
                     gsize              length,
                     const TaCsvFormat *wanted)
{
  TaCsvEncoding encoding = wanted != NULL ? wanted->encoding : TA_CSV_ENCODING_DETECT;
  gsize bom_length;
  gsize n;

  if (length <= HEAD_BYTES)
    return length;

  if (encoding == TA_CSV_ENCODING_DETECT)
    {
      encoding = bom_encoding (data, length, &bom_length);
      if (encoding == TA_CSV_ENCODING_DETECT)
        encoding = guess_utf16 (data, length);
    }

  if (encoding == TA_CSV_ENCODING_UTF16LE || encoding == TA_CSV_ENCODING_UTF16BE)
    {
      gboolean little = encoding == TA_CSV_ENCODING_UTF16LE;

      for (n = HEAD_BYTES; n >= 2; n -= 2)
        {
          if (data[n - 2] == (little ? '\n' : '\0') && data[n - 1] == (little ? '\0' : '\n'))
            return n;
        }
      return length;
    }

  for (n = HEAD_BYTES; n > 0; n--)
    {
      if (data[n - 1] == '\n')
        return n;
    }

  return length;
}

/**
 * ta_csv_detect_format:
 * @data: (array length=length): the bytes of a CSV file
 * @length: their number
 * @wanted: (nullable): fields already chosen (not %TA_CSV_ENCODING_DETECT,
 *   not `\0`) are kept as they are
 * @out_format: (out caller-allocates): the encoding and separator the file
 *   would be read with
 *
 * What an import of @data would use.  A file that cannot be read in the
 * encoding found (damaged UTF-16) gets `,` as separator; the import then
 * says what is wrong.
 */
void
ta_csv_detect_format (const char        *data,
                      gsize              length,
                      const TaCsvFormat *wanted,
                      TaCsvFormat       *out_format)
{
  g_auto(TaCsvText) text = { 0 };

  g_return_if_fail (data != NULL || length == 0);
  g_return_if_fail (out_format != NULL);

  if (!_ta_csv_text_decode (&text, data, length, wanted, NULL, NULL))
    {
      gsize bom_length;

      gboolean clean;

      out_format->encoding = wanted != NULL && wanted->encoding != TA_CSV_ENCODING_DETECT
                             ? wanted->encoding : detect_encoding (data, length, &bom_length, &clean);
      out_format->separator = wanted != NULL && wanted->separator != '\0' ? wanted->separator : ',';
      return;
    }

  *out_format = text.format;
}
