/* ta-participant-csv.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-csv-import.h"
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
 * Imports participants from CSV (DESIGN.md): all rows or none.  On refused
 * rows it returns FALSE with TA_CSV_ERROR_ROWS and *out_result lists every
 * problem; the store is left untouched.  @display_name is used in the
 * problem lines ("people.csv:12: email: …").  The encoding and separator
 * are detected (ta_csv_import() takes them, and tells pairs apart).
 */
gboolean   ta_participants_import_csv       (TaStore         *store,
                                             const char      *data,
                                             gsize            length,
                                             const char      *display_name,
                                             gboolean         dry_run,
                                             TaImportResult **out_result,
                                             GError         **error);
gboolean   ta_participants_import_csv_full  (TaStore            *store,
                                             const char         *data,
                                             gsize               length,
                                             const char         *display_name,
                                             const TaCsvFormat  *format,
                                             TaCsvImportFlags    flags,
                                             TaImportResult    **out_result,
                                             GError            **error);
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

/* Exports every participant with the import columns; formulas neutralised
 * except in the identity columns email and reports_to. */
GBytes    *ta_participants_export_csv       (TaStore           *store,
                                             GError           **error);
GBytes    *ta_participants_export_csv_full  (TaStore           *store,
                                             TaCsvExportFlags   flags,
                                             GError           **error);
gboolean   ta_participants_export_file      (TaStore           *store,
                                             GFile             *file,
                                             GCancellable      *cancellable,
                                             GError           **error);
gboolean   ta_participants_export_file_full (TaStore           *store,
                                             GFile             *file,
                                             TaCsvExportFlags   flags,
                                             GCancellable      *cancellable,
                                             GError           **error);

G_END_DECLS
