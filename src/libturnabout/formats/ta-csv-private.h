/* ta-csv-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-csv.h"
#include "ta-csv-import.h"

G_BEGIN_DECLS

/*
 * A CSV file as text (ta-csv-detect.c): the bytes converted to UTF-8 in
 * the encoding given or detected, with the separator given, named by an
 * Excel `sep=` line, or detected.  UTF-8 is not copied: @text then points
 * into the caller's bytes, which must outlive it.
 */
typedef struct
{
  const char  *text;      /* UTF-8, without a byte order mark */
  gsize        length;
  char        *owned;     /* @text, when converted */
  TaCsvFormat  format;    /* what was used: both fields set */
  gboolean     sep_line;  /* @text starts with a `sep=` line, not data */
  gboolean     valid;     /* valid UTF-8 without NUL: no need to check */
} TaCsvText;

gboolean     _ta_csv_text_decode     (TaCsvText          *self,
                                      const char         *data,
                                      gsize               length,
                                      const TaCsvFormat  *wanted,
                                      const char         *display_name,
                                      GError            **error);
void         _ta_csv_text_clear      (TaCsvText          *self);
gsize        _ta_csv_head_length     (const char         *data,
                                      gsize               length,
                                      const TaCsvFormat  *wanted);
TaCsvReader *_ta_csv_text_new_reader (const TaCsvText    *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaCsvText, _ta_csv_text_clear)

/*
 * Header names (ta-csv-columns.c): one table of the names each column is
 * known by, matched without regard to case, accents, spaces, `-`, `_`
 * and `.`.  Returns the column's index in @columns of the kind, or -1.
 */
int          _ta_csv_lookup_participant_column (const char *header);
int          _ta_csv_lookup_pairing_column     (const char *header);
char        *_ta_csv_header_key                (const char *header);
/* For the tests: every name of the table of pairs or of participants. */
GStrv        _ta_csv_list_header_names         (gboolean    pairings);

/* The pairing columns, in the order of the export. */
typedef enum
{
  TA_PAIRING_COLUMN_MENTOR,
  TA_PAIRING_COLUMN_MENTEE,
  TA_PAIRING_COLUMN_STATUS,
  TA_PAIRING_COLUMN_STARTED,
  TA_PAIRING_COLUMN_GOALS,
  TA_PAIRING_COLUMN_ENDED,
  TA_PAIRING_COLUMN_END_REASON,
  TA_N_PAIRING_COLUMNS
} TaPairingColumn;

/* The participant columns, in the order of DESIGN.md and the export. */
typedef enum
{
  TA_PARTICIPANT_COLUMN_NAME,
  TA_PARTICIPANT_COLUMN_EMAIL,
  TA_PARTICIPANT_COLUMN_ROLE,
  TA_PARTICIPANT_COLUMN_DEPARTMENT,
  TA_PARTICIPANT_COLUMN_JOB_TITLE,
  TA_PARTICIPANT_COLUMN_CAREER_LEVEL,
  TA_PARTICIPANT_COLUMN_BIRTH_YEAR,
  TA_PARTICIPANT_COLUMN_LOCATION,
  TA_PARTICIPANT_COLUMN_LANGUAGES,
  TA_PARTICIPANT_COLUMN_OFFERS,
  TA_PARTICIPANT_COLUMN_SEEKS,
  TA_PARTICIPANT_COLUMN_AVAILABILITY,
  TA_PARTICIPANT_COLUMN_CAPACITY,
  TA_PARTICIPANT_COLUMN_REPORTS_TO,
  TA_PARTICIPANT_COLUMN_STATUS,
  TA_PARTICIPANT_COLUMN_NOTES,
  TA_N_PARTICIPANT_COLUMNS
} TaParticipantColumn;

/* The names the export writes and problem lines use: never translated. */
extern const char * const _ta_participant_column_names[TA_N_PARTICIPANT_COLUMNS];
extern const char * const _ta_pairing_column_names[TA_N_PAIRING_COLUMNS];

/* Which kind of table a header row is (see ta_csv_preview_new()). */
TaCsvKind    _ta_csv_kind_of_header  (TaCsvReader *header);

/*
 * Problems of an import (ta-csv-import.c): "FILE:LINE: column: reason",
 * the shape of a compiler message, so editors and scripts can jump to
 * it; listed by line, then by @order (the column's place), then in the
 * order found.
 */
typedef struct
{
  char   *display_name;
  GArray *items;   /* of an internal struct */
} TaCsvProblems;

void         _ta_csv_problems_init   (TaCsvProblems *self,
                                      const char    *display_name);
void         _ta_csv_problems_clear  (TaCsvProblems *self);
void         _ta_csv_problems_add    (TaCsvProblems *self,
                                      guint          line,
                                      guint          order,
                                      const char    *column_label,
                                      const char    *reason);
void         _ta_csv_problems_addf   (TaCsvProblems *self,
                                      guint          line,
                                      guint          order,
                                      const char    *column_label,
                                      const char    *format,
                                      ...) G_GNUC_PRINTF (5, 6);
void         _ta_csv_problems_addv   (TaCsvProblems *self,
                                      guint          line,
                                      guint          order,
                                      const char    *column_label,
                                      const char    *format,
                                      va_list        args) G_GNUC_PRINTF (5, 0);
/* Moves the problems, sorted, and copies @unknown_columns into @result. */
void         _ta_csv_problems_fill_result (TaCsvProblems  *self,
                                           GPtrArray      *unknown_columns,
                                           TaImportResult *result);
guint        _ta_csv_problems_count  (TaCsvProblems *self);
const char  *_ta_csv_problems_last   (TaCsvProblems *self);
/* Sorted, into @out (of char *), and emptied. */
void         _ta_csv_problems_move_to (TaCsvProblems *self,
                                       GPtrArray     *out);
/* "NAME has N problems; nothing was imported" as TA_CSV_ERROR_ROWS. */
void         _ta_csv_problems_set_error (TaCsvProblems  *self,
                                         GError        **error);

/* A value quoted back to the person: valid UTF-8, and cut after 60
 * characters. */
char        *_ta_csv_shown_value     (const char    *text);

TaImportResult *_ta_import_result_new (void);

/*
 * One kind of table (ta-participant-csv.c, ta-pairing-csv.c), imported in
 * two steps: @parse reads and checks every row from the text alone, in
 * any thread; @commit runs on the store's thread, in one BEGIN IMMEDIATE
 * transaction (a read transaction for a dry run): the checks that need
 * the programme, then the writes, only when there is no problem at all.
 */
typedef struct
{
  gpointer (*parsed_new)  (const char       *display_name);
  void     (*parsed_free) (gpointer          parsed);
  /* FALSE with @error when the file cannot be read as CSV, or cancelled;
   * problems of rows are kept in @parsed. */
  gboolean (*parse)       (gpointer          parsed,
                           const TaCsvText  *text,
                           GCancellable     *cancellable,
                           GError          **error);
  /* Fills @result (counts, problems, unknown columns) either way. */
  gboolean (*commit)      (gpointer          parsed,
                           TaStore          *store,
                           gboolean          dry_run,
                           TaImportResult   *result,
                           GError          **error);
  /* After a failed @parse: its problems and unknown columns. */
  void     (*fill_result) (gpointer          parsed,
                           TaImportResult   *result);
} TaCsvImporter;

extern const TaCsvImporter _ta_participant_csv_importer;
extern const TaCsvImporter _ta_pairing_csv_importer;

/* The import of ta_participants_import_*(): a participants file, whatever
 * its header says. */
gboolean     _ta_csv_import_as       (TaStore            *store,
                                      const char         *data,
                                      gsize               length,
                                      const char         *display_name,
                                      const TaCsvFormat  *format,
                                      int                 kind,
                                      TaCsvImportFlags    flags,
                                      GCancellable       *cancellable,
                                      TaImportResult    **out_result,
                                      GError            **error);

/* Exports (ta-participant-csv-export.c): the writer for @flags, and the
 * file written atomically with ta_file_replace_contents(), errors as
 * TA_CSV_ERROR_WRITE. */
TaCsvWriter *_ta_csv_export_writer_new (TaCsvExportFlags   flags);
gboolean     _ta_csv_export_write      (GFile             *file,
                                        GBytes            *bytes,
                                        GCancellable      *cancellable,
                                        GError           **error);

G_END_DECLS
