/* ta-exchange-import-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-exchange.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_EXCHANGE_IMPORT_DIALOG (ta_exchange_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TaExchangeImportDialog, ta_exchange_import_dialog, TA, EXCHANGE_IMPORT_DIALOG, AdwWindow)

TaExchangeImportDialog *ta_exchange_import_dialog_new (GtkWindow   *parent,
                                                       TaProgramme *programme,
                                                       const char  *path);

/* For the widget tests: the preview as shown, one line each ("Add: …",
 * "Change: …", "Kept: …", or the message), whether Apply is offered, and
 * Apply as a click does it (the error message, or NULL). */
char       *_ta_exchange_import_dialog_describe  (TaExchangeImportDialog *self);
gboolean    _ta_exchange_import_dialog_can_apply (TaExchangeImportDialog *self);
const char *_ta_exchange_import_dialog_apply     (TaExchangeImportDialog *self);

G_END_DECLS
