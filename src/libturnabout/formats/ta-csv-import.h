/* ta-csv-import.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-csv.h"
#include "ta-error.h"
#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-participant.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-topic.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;

G_BEGIN_DECLS

/*
 * Spreadsheets in: one path for every CSV file a facilitator brings, as
 * a window drives it:
 *
 *   1. detect   ta_csv_preview_new (data, length, NULL, 10, &error) finds
 *               the encoding and separator, and says what kind of table
 *               it is, which columns it read and what the first rows hold;
 *               called again with a changed TaCsvFormat when the person
 *               picks another encoding or separator;
 *   2. check    ta_csv_import_async() with TA_CSV_IMPORT_DRY_RUN and the
 *               preview's format: the problems, FILE:LINE: column: reason,
 *               or the counts of what would change;
 *   3. import   the same without TA_CSV_IMPORT_DRY_RUN: all rows or none,
 *               in one transaction of the store.
 *
 * turnabout-cli does the same with ta_csv_import().
 */

/**
 * TaCsvKind:
 * @TA_CSV_KIND_PARTICIPANTS: people (name, email, …): ta-participant-csv.h
 * @TA_CSV_KIND_PAIRINGS: pairs (mentor, mentee, …): ta-pairing-csv.h
 *
 * What a CSV file holds, told by its header row: mentor and mentee
 * columns without a name or e-mail column are pairs.
 */
typedef enum
{
  TA_CSV_KIND_PARTICIPANTS,
  TA_CSV_KIND_PAIRINGS,
} TaCsvKind;

/**
 * TaCsvImportFlags:
 * @TA_CSV_IMPORT_DEFAULT: import
 * @TA_CSV_IMPORT_DRY_RUN: check everything and count, but write nothing
 */
typedef enum
{
  TA_CSV_IMPORT_DEFAULT = 0,
  TA_CSV_IMPORT_DRY_RUN = 1 << 0,
} TaCsvImportFlags;

/**
 * TaCsvExportFlags:
 * @TA_CSV_EXPORT_DEFAULT: RFC 4180: UTF-8 without byte order mark, commas,
 *   CRLF
 * @TA_CSV_EXPORT_SPREADSHEET: for Excel and other spreadsheets: UTF-8
 *   with a byte order mark (so Excel does not read it as Windows-1252),
 *   and ta_csv_spreadsheet_separator() as separator (`;` where the decimal
 *   separator is a comma, or Excel puts every row in column A); CRLF
 */
typedef enum
{
  TA_CSV_EXPORT_DEFAULT     = 0,
  TA_CSV_EXPORT_SPREADSHEET = 1 << 0,
} TaCsvExportFlags;

/**
 * TaImportResult:
 * @added: records added (or that would be, with a dry run)
 * @updated: records updated: participants whose e-mail was known, pairs
 *   already in the programme that the file changes
 * @problems: (element-type utf8): "FILE:LINE: column: reason" lines
 * @unknown_columns: (element-type utf8): header names that were ignored
 * @kind: what the file was read as
 * @format: the encoding and separator it was read with
 * @unchanged: pairs already in the programme that the file leaves as they
 *   are (always 0 for participants)
 */
typedef struct
{
  guint        added;
  guint        updated;
  GPtrArray   *problems;
  GPtrArray   *unknown_columns;
  TaCsvKind    kind;
  TaCsvFormat  format;
  guint        unchanged;
} TaImportResult;

void       ta_import_result_free            (TaImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaImportResult, ta_import_result_free)

/**
 * TaCsvPreview:
 * @format: the encoding and separator the file is read with
 * @kind: what the file holds
 * @header_line: the line of the header row (2 after Excel's `sep=` line)
 * @header: the cells of the header row, as written
 * @columns: for each cell of @header, the column it is read as (“email”,
 *   “job_title”, “mentor”…, the names of the export), or "" when it is
 *   not known and will be ignored
 * @rows: (element-type GStrv): the first rows after the header, cells as
 *   they will be read (a neutralising `'` taken off)
 * @row_lines: (element-type guint): the line each of @rows starts on
 */
typedef struct
{
  TaCsvFormat  format;
  TaCsvKind    kind;
  guint        header_line;
  GStrv        header;
  GStrv        columns;
  GPtrArray   *rows;
  GArray      *row_lines;
} TaCsvPreview;

TaCsvKind     ta_csv_detect_kind            (const char          *data,
                                             gsize                length,
                                             const TaCsvFormat   *format);
TaCsvPreview *ta_csv_preview_new            (const char          *data,
                                             gsize                length,
                                             const TaCsvFormat   *format,
                                             guint                max_rows,
                                             GError             **error);
void          ta_csv_preview_free           (TaCsvPreview        *preview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaCsvPreview, ta_csv_preview_free)

gboolean   ta_csv_import                    (TaStore             *store,
                                             const char          *data,
                                             gsize                length,
                                             const char          *display_name,
                                             const TaCsvFormat   *format,
                                             TaCsvImportFlags     flags,
                                             TaImportResult     **out_result,
                                             GError             **error);
void       ta_csv_import_async              (TaStore             *store,
                                             GBytes              *data,
                                             const char          *display_name,
                                             const TaCsvFormat   *format,
                                             TaCsvImportFlags     flags,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean   ta_csv_import_finish             (TaStore             *store,
                                             GAsyncResult        *result,
                                             TaImportResult     **out_result,
                                             GError             **error);

G_END_DECLS
