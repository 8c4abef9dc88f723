/* ta-csv.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TA_CSV_ERROR (ta_csv_error_quark ())

/**
 * TaCsvError:
 * @TA_CSV_ERROR_READ: the file cannot be read
 * @TA_CSV_ERROR_SYNTAX: not valid CSV (a quote never closed, no header)
 * @TA_CSV_ERROR_ROWS: one or more rows were refused: see the problem list
 * @TA_CSV_ERROR_WRITE: the file cannot be written
 * @TA_CSV_ERROR_ENCODING: the bytes are not text in the encoding given
 *   or detected (UTF-16 with an odd number of bytes, a lone surrogate)
 */
typedef enum
{
  TA_CSV_ERROR_READ,
  TA_CSV_ERROR_SYNTAX,
  TA_CSV_ERROR_ROWS,
  TA_CSV_ERROR_WRITE,
  TA_CSV_ERROR_ENCODING,
} TaCsvError;

GQuark       ta_csv_error_quark             (void);

/* Encodings and separators: ta-csv-detect.c */

/**
 * TaCsvEncoding:
 * @TA_CSV_ENCODING_DETECT: find out from the bytes (as a wish only)
 * @TA_CSV_ENCODING_UTF8: UTF-8, with or without a byte order mark
 * @TA_CSV_ENCODING_UTF16LE: UTF-16 little-endian (Excel's “Unicode text”)
 * @TA_CSV_ENCODING_UTF16BE: UTF-16 big-endian
 * @TA_CSV_ENCODING_WINDOWS_1252: Windows-1252, what Excel and LibreOffice
 *   write for “CSV” in western European settings (a superset of Latin-1)
 */
typedef enum
{
  TA_CSV_ENCODING_DETECT,
  TA_CSV_ENCODING_UTF8,
  TA_CSV_ENCODING_UTF16LE,
  TA_CSV_ENCODING_UTF16BE,
  TA_CSV_ENCODING_WINDOWS_1252,
} TaCsvEncoding;

/**
 * TaCsvFormat:
 * @encoding: the encoding, or %TA_CSV_ENCODING_DETECT
 * @separator: `,` `;` or `\t` (any ASCII punctuation is read), or `\0`
 *   to detect it
 *
 * How a CSV file is read.  Given to an import or a preview, a field left
 * to detect is found from the file; returned by one, both are set to what
 * was used.
 */
typedef struct
{
  TaCsvEncoding encoding;
  char          separator;
} TaCsvFormat;

#define TA_CSV_FORMAT_DETECT ((TaCsvFormat) { TA_CSV_ENCODING_DETECT, '\0' })

gboolean     ta_csv_encoding_from_string    (const char     *text,
                                             TaCsvEncoding  *out_encoding);
const char  *ta_csv_encoding_to_string      (TaCsvEncoding   encoding);
gboolean     ta_csv_separator_from_string   (const char     *text,
                                             char           *out_separator);
char        *ta_csv_separator_get_label     (char            separator);
char         ta_csv_spreadsheet_separator   (void);

void         ta_csv_detect_format           (const char        *data,
                                             gsize              length,
                                             const TaCsvFormat *wanted,
                                             TaCsvFormat       *out_format);

/*
 * A generic RFC 4180 reader and writer.
 *
 * Reader: UTF-8 text (an optional byte order mark is skipped), fields
 * separated by a comma (or the separator given), records by CRLF, LF or a
 * lone CR; a field may be quoted, and then holds separators, line breaks
 * and quotes written as "".  The text of a field is returned exactly as
 * written (line breaks inside quotes are kept byte for byte).  Lines that
 * are entirely empty are skipped.  Each record knows the physical line it
 * starts on, so errors point into the file as a text editor shows it.
 * Text in another encoding is converted first (ta-csv-detect.c); line
 * numbers stay those of the file.
 *
 * The reader does not refuse invalid UTF-8 by itself: it tells, per field,
 * the line of the first bad byte, so a caller can report every bad cell
 * and carry on with the next record.  An unterminated quote is a hard
 * error (TA_CSV_ERROR_SYNTAX) at the line where the quote opened.
 */
typedef struct _TaCsvReader TaCsvReader;

/**
 * TaCsvReaderFlags:
 * @TA_CSV_READER_NONE: check every record for invalid UTF-8
 * @TA_CSV_READER_VALID_UTF8: the caller has checked that the whole text is
 *   valid UTF-8 without NUL bytes; the reader does not check it again
 */
typedef enum
{
  TA_CSV_READER_NONE       = 0,
  TA_CSV_READER_VALID_UTF8 = 1 << 0,
} TaCsvReaderFlags;

TaCsvReader *ta_csv_reader_new              (const char   *data,
                                             gsize         length);
TaCsvReader *ta_csv_reader_new_full         (const char       *data,
                                             gsize             length,
                                             char              separator,
                                             TaCsvReaderFlags  flags);
void         ta_csv_reader_free             (TaCsvReader  *self);
void         ta_csv_reader_skip_line        (TaCsvReader  *self);
gboolean     ta_csv_reader_next             (TaCsvReader  *self,
                                             GError      **error);
guint        ta_csv_reader_get_line         (TaCsvReader  *self);
guint        ta_csv_reader_get_n_fields     (TaCsvReader  *self);
const char  *ta_csv_reader_get_field        (TaCsvReader  *self,
                                             guint         index,
                                             gsize        *out_length);
gboolean     ta_csv_reader_is_blank         (TaCsvReader  *self);
guint        ta_csv_reader_get_field_line   (TaCsvReader  *self,
                                             guint         index);
guint        ta_csv_reader_get_invalid_line (TaCsvReader  *self,
                                             guint         index);
gsize        ta_csv_reader_get_offset       (TaCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaCsvReader, ta_csv_reader_free)

gboolean     ta_csv_cell_unneutralise       (const char  **text,
                                             gsize        *length);

/**
 * TaCsvWriterFlags:
 * @TA_CSV_WRITER_NONE: write every cell as it is
 * @TA_CSV_WRITER_NEUTRALISE_FORMULAS: a cell that starts with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return (after any `'`) gets a leading
 *   `'`, so that a spreadsheet shows it as text instead of running it as a
 *   formula (CSV injection); ta_csv_cell_unneutralise() takes it off again.
 *   Cells added with ta_csv_writer_add_identity() are never neutralised.
 */
typedef enum
{
  TA_CSV_WRITER_NONE                = 0,
  TA_CSV_WRITER_NEUTRALISE_FORMULAS = 1 << 0,
} TaCsvWriterFlags;

/*
 * Writer: quotes a field only when it must (the separator, a quote, a line
 * break, or a space at either end, which some readers would trim), ends
 * every record with CRLF as RFC 4180 asks (and Excel writes).
 */
typedef struct _TaCsvWriter TaCsvWriter;

TaCsvWriter *ta_csv_writer_new              (TaCsvWriterFlags  flags);
TaCsvWriter *ta_csv_writer_new_full         (TaCsvWriterFlags  flags,
                                             char              separator,
                                             gboolean          byte_order_mark);
void         ta_csv_writer_free             (TaCsvWriter      *self);
void         ta_csv_writer_add_field        (TaCsvWriter      *self,
                                             const char       *text);
void         ta_csv_writer_add_identity     (TaCsvWriter      *self,
                                             const char       *text);
void         ta_csv_writer_end_record       (TaCsvWriter      *self);
GBytes      *ta_csv_writer_free_to_bytes    (TaCsvWriter      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaCsvWriter, ta_csv_writer_free)

G_END_DECLS
