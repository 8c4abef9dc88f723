/* ta-csv-import-dialog-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-csv-import-dialog.h"
#include "ta-problem-list.h"

G_BEGIN_DECLS

/* For the tests (transfer none, but the strv). */
AdwComboRow   *_ta_csv_import_dialog_get_encoding_row  (TaCsvImportDialog *self);
AdwComboRow   *_ta_csv_import_dialog_get_separator_row (TaCsvImportDialog *self);
GtkButton     *_ta_csv_import_dialog_get_import_button (TaCsvImportDialog *self);
GtkLabel      *_ta_csv_import_dialog_get_result_label  (TaCsvImportDialog *self);
TaProblemList *_ta_csv_import_dialog_get_problem_list  (TaCsvImportDialog *self);
GStrv          _ta_csv_import_dialog_dup_columns       (TaCsvImportDialog *self);

G_END_DECLS
