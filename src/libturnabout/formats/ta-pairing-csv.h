/* ta-pairing-csv.h
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
 * Pairs as a spreadsheet, for programmes that move over from one
 * (README.md, “Pairs CSV”).  Columns, matched by name or a documented
 * alias: mentor and mentee (e-mail addresses of participants already in
 * the programme) required; status (proposed, active, paused, completed,
 * ended; new pairs are active when it is empty), started and ended
 * (YYYY-MM-DD, or day/month/year as European spreadsheets write dates),
 * end_reason, goals (one goal per line of the cell, “[x] ” before a goal
 * that is done).
 *
 * Import is all or nothing, in one transaction, under the store's rules:
 * roles, one open pairing per mentee, the mentor's capacity, nobody
 * paired within their own reporting line (for new pairs that are open:
 * proposed, active or paused), the lifecycle of a pairing's status.  A row whose mentor and mentee already form a
 * pairing updates it (only the columns the file has); several rows of the
 * same two match their pairings in order, oldest first.  Re-importing an
 * export changes nothing.
 */
gboolean   ta_pairings_import_csv   (TaStore            *store,
                                     const char         *data,
                                     gsize               length,
                                     const char         *display_name,
                                     const TaCsvFormat  *format,
                                     TaCsvImportFlags    flags,
                                     TaImportResult    **out_result,
                                     GError            **error);

/* Every pairing, oldest first: mentor, mentee, status, started, goals,
 * ended, end_reason. */
GBytes    *ta_pairings_export_csv   (TaStore            *store,
                                     TaCsvExportFlags    flags,
                                     GError            **error);
gboolean   ta_pairings_export_file  (TaStore            *store,
                                     GFile              *file,
                                     TaCsvExportFlags    flags,
                                     GCancellable       *cancellable,
                                     GError            **error);

G_END_DECLS
