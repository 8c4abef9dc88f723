/* ta-csv.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A generic RFC 4180 reader and writer.  Errors are reported in the
 * TA_CSV_ERROR domain of ta-participant-csv.h.
 *
 * Reader: UTF-8 (an optional byte order mark is skipped), fields separated
 * by commas, records by CRLF, LF or a lone CR; a field may be quoted, and
 * then holds commas, line breaks and quotes written as "".  The text of a
 * field is returned exactly as written (line breaks inside quotes are kept
 * byte for byte).  Lines that are entirely empty are skipped.  Each record
 * knows the physical line it starts on, so errors point into the file as a
 * text editor shows it.
 *
 * The reader does not refuse invalid UTF-8 by itself: it tells, per field,
 * the line of the first bad byte, so a caller can report every bad cell
 * and carry on with the next record.  An unterminated quote is a hard
 * error (TA_CSV_ERROR_SYNTAX) at the line where the quote opened.
 */
typedef struct _TaCsvReader TaCsvReader;

TaCsvReader *ta_csv_reader_new              (const char   *data,
                                             gsize         length);
void         ta_csv_reader_free             (TaCsvReader  *self);
gboolean     ta_csv_reader_next             (TaCsvReader  *self,
                                             GError      **error);
guint        ta_csv_reader_get_line         (TaCsvReader  *self);
guint        ta_csv_reader_get_n_fields     (TaCsvReader  *self);
const char  *ta_csv_reader_get_field        (TaCsvReader  *self,
                                             guint         index,
                                             gsize        *out_length);
guint        ta_csv_reader_get_field_line   (TaCsvReader  *self,
                                             guint         index);
guint        ta_csv_reader_get_invalid_line (TaCsvReader  *self,
                                             guint         index);
gsize        ta_csv_reader_get_offset       (TaCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaCsvReader, ta_csv_reader_free)

/**
 * TaCsvWriterFlags:
 * @TA_CSV_WRITER_NONE: write every cell as it is
 * @TA_CSV_WRITER_NEUTRALISE_FORMULAS: a cell that starts with `=`, `+`,
 *   `-`, `@`, a tab or a carriage return gets a leading `'`, so that a
 *   spreadsheet shows it as text instead of running it as a formula
 *   (CSV injection).  Reading the file back does not remove the `'`.
 */
typedef enum
{
  TA_CSV_WRITER_NONE                = 0,
  TA_CSV_WRITER_NEUTRALISE_FORMULAS = 1 << 0,
} TaCsvWriterFlags;

/*
 * Writer: quotes a field only when it must (a comma, a quote, a line break,
 * or a space at either end, which some readers would trim), ends every
 * record with CRLF as RFC 4180 asks.
 */
typedef struct _TaCsvWriter TaCsvWriter;

TaCsvWriter *ta_csv_writer_new              (TaCsvWriterFlags  flags);
void         ta_csv_writer_free             (TaCsvWriter      *self);
void         ta_csv_writer_add_field        (TaCsvWriter      *self,
                                             const char       *text);
void         ta_csv_writer_end_record       (TaCsvWriter      *self);
GBytes      *ta_csv_writer_free_to_bytes    (TaCsvWriter      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaCsvWriter, ta_csv_writer_free)

G_END_DECLS
