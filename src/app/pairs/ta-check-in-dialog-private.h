/* ta-check-in-dialog-private.h: what the tests reach
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-check-in-dialog.h"

G_BEGIN_DECLS

void        _ta_check_in_dialog_set_fit   (TaCheckInDialog *self,
                                           TaCheckInFit     fit);
/* A scale's value; its lowest minus one is "not answered". */
void        _ta_check_in_dialog_set_value (TaCheckInDialog *self,
                                           const char      *field,
                                           int              value);
void        _ta_check_in_dialog_set_text  (TaCheckInDialog *self,
                                           const char      *field,
                                           const char      *text);
/* What Save does: TRUE when saved (the dialog closes). */
gboolean    _ta_check_in_dialog_save      (TaCheckInDialog *self);
/* The refusal shown, or NULL. */
const char *_ta_check_in_dialog_get_error (TaCheckInDialog *self);

G_END_DECLS
