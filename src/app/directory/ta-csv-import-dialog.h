/* ta-csv-import-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_CSV_IMPORT_DIALOG (ta_csv_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TaCsvImportDialog, ta_csv_import_dialog, TA, CSV_IMPORT_DIALOG, AdwWindow)

/*
 * Signals:
 *   imported (guint kind, guint added, guint updated)  after the import
 *     committed; kind is a TaCsvKind.  The dialog then closes.
 */
TaCsvImportDialog *ta_csv_import_dialog_new (GtkWindow   *parent,
                                             TaProgramme *programme,
                                             GBytes      *data,
                                             const char  *file_name);

G_END_DECLS
