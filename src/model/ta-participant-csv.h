/* ta-participant-csv.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-store.h"

G_BEGIN_DECLS

#define TA_CSV_ERROR (ta_csv_error_quark ())

typedef enum
{
  TA_CSV_ERROR_READ,      /* the file cannot be read */
  TA_CSV_ERROR_SYNTAX,    /* not valid CSV, or not UTF-8 */
  TA_CSV_ERROR_ROWS,      /* one or more rows were refused: see the problem list */
  TA_CSV_ERROR_WRITE,     /* the file cannot be written */
} TaCsvError;

GQuark     ta_csv_error_quark               (void);

/**
 * TaImportResult:
 * @added: participants added (or that would be, with dry run)
 * @updated: participants updated because their e-mail was known
 * @problems: (element-type utf8): "FILE:LINE: column: reason" lines
 * @unknown_columns: (element-type utf8): header names that were ignored
 */
typedef struct
{
  guint      added;
  guint      updated;
  GPtrArray *problems;
  GPtrArray *unknown_columns;
} TaImportResult;

void       ta_import_result_free            (TaImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaImportResult, ta_import_result_free)

/*
 * Imports participants from CSV (DESIGN.md): all rows or none.  On refused
 * rows it returns FALSE with TA_CSV_ERROR_ROWS and *out_result lists every
 * problem; the store is left untouched.  @display_name is used in the
 * problem lines ("people.csv:12: email: …").
 */
gboolean   ta_participants_import_csv       (TaStore         *store,
                                             const char      *data,
                                             gsize            length,
                                             const char      *display_name,
                                             gboolean         dry_run,
                                             TaImportResult **out_result,
                                             GError         **error);
gboolean   ta_participants_import_file      (TaStore         *store,
                                             GFile           *file,
                                             gboolean         dry_run,
                                             GCancellable    *cancellable,
                                             TaImportResult **out_result,
                                             GError         **error);

/* Runs ta_participants_import_file() in a thread (GTask). */
void       ta_participants_import_file_async  (TaStore             *store,
                                               GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean   ta_participants_import_file_finish (TaStore            *store,
                                               GAsyncResult       *result,
                                               TaImportResult    **out_result,
                                               GError            **error);

/* Exports every participant with the import columns; formulas neutralised. */
GBytes    *ta_participants_export_csv       (TaStore         *store,
                                             GError         **error);
gboolean   ta_participants_export_file      (TaStore         *store,
                                             GFile           *file,
                                             GCancellable    *cancellable,
                                             GError         **error);

G_END_DECLS
