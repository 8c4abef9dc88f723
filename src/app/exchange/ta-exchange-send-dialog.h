/* ta-exchange-send-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_EXCHANGE_SEND_DIALOG (ta_exchange_send_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TaExchangeSendDialog, ta_exchange_send_dialog, TA, EXCHANGE_SEND_DIALOG, AdwWindow)

TaExchangeSendDialog *ta_exchange_send_dialog_new (GtkWindow   *parent,
                                                   TaProgramme *programme,
                                                   gint64       pairing_id);

/* For the widget tests: the preview's lines, one per line; and writes the
 * file to @path as Save As… does. */
char    *_ta_exchange_send_dialog_describe (TaExchangeSendDialog *self);
gboolean _ta_exchange_send_dialog_save_to  (TaExchangeSendDialog *self,
                                            const char           *path);

G_END_DECLS
