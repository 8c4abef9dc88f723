/* ta-person-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/**
 * TaPersonDialogKind:
 * @TA_PERSON_DIALOG_ME: "I keep my own mentoring": who I am; makes the
 *   programme a personal one
 * @TA_PERSON_DIALOG_PARTNER: a personal programme's New Pair: my partner
 */
typedef enum
{
  TA_PERSON_DIALOG_ME,
  TA_PERSON_DIALOG_PARTNER,
} TaPersonDialogKind;

#define TA_TYPE_PERSON_DIALOG (ta_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TaPersonDialog, ta_person_dialog, TA, PERSON_DIALOG, AdwWindow)

TaPersonDialog *ta_person_dialog_new (GtkWindow          *parent,
                                      TaProgramme        *programme,
                                      TaPersonDialogKind  kind);

/* For the widget tests: fills the fields and confirms, as a click would;
 * the error message shown, or NULL when it was accepted. */
const char     *_ta_person_dialog_confirm (TaPersonDialog *self,
                                           const char     *name,
                                           const char     *email,
                                           TaRole          role);

G_END_DECLS
