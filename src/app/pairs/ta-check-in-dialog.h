/* ta-check-in-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_CHECK_IN_DIALOG (ta_check_in_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TaCheckInDialog, ta_check_in_dialog, TA, CHECK_IN_DIALOG, AdwWindow)

/* Asks the question bank's questions of @kind for @side of the pair and
 * saves the answer through ta_programme_add_check_in() (source "paper" in
 * a facilitator's programme, "app" in a personal one). */
TaCheckInDialog *ta_check_in_dialog_new     (TaProgramme    *programme,
                                             gint64          pairing_id,
                                             TaCheckInKind   kind,
                                             TaPairSide      side);

/* Opens the dialog, transient for @parent's window (the personal mode's
 * "due" rows and its notification call this). */
void             ta_check_in_dialog_present (GtkWidget      *parent,
                                             TaProgramme    *programme,
                                             gint64          pairing_id,
                                             TaCheckInKind   kind,
                                             TaPairSide      side);

G_END_DECLS
