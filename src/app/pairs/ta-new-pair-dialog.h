/* ta-new-pair-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_NEW_PAIR_DIALOG (ta_new_pair_dialog_get_type ())

/*
 * New Pair…: two people the facilitator already chose, formed as a pair
 * (proposed, or active from today) through ta_programme_add_pairing(), one
 * transaction that checks the mentee's other pairings and the mentor's
 * capacity again.  People who would break a rule are listed with the
 * reason and refused with it.  Signal: created (gint64 pairing id).
 */
G_DECLARE_FINAL_TYPE (TaNewPairDialog, ta_new_pair_dialog, TA, NEW_PAIR_DIALOG, AdwWindow)

TaNewPairDialog *ta_new_pair_dialog_new (GtkWindow         *parent,
                                         TaProgramme       *programme);

/* For the tests. */
gboolean    _ta_new_pair_dialog_choose  (TaNewPairDialog *self,
                                         gint64           mentor_id,
                                         gint64           mentee_id);
const char *_ta_new_pair_dialog_get_message (TaNewPairDialog *self);
void        _ta_new_pair_dialog_set_start_now (TaNewPairDialog *self,
                                               gboolean         start_now);

G_END_DECLS
