/* ta-pairing-row.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-pairing.h"
#include "ta-participant-list.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIRING_ROW (ta_pairing_row_get_type ())

G_DECLARE_FINAL_TYPE (TaPairingRow, ta_pairing_row, TA, PAIRING_ROW, GtkWidget)

GtkWidget         *ta_pairing_row_new              (void);
TaPairing         *ta_pairing_row_get_pairing      (TaPairingRow      *self);
void               ta_pairing_row_set_pairing      (TaPairingRow      *self,
                                                    TaPairing         *pairing);
TaParticipantList *ta_pairing_row_get_participants (TaPairingRow      *self);
void               ta_pairing_row_set_participants (TaPairingRow      *self,
                                                    TaParticipantList *participants);
void               ta_pairing_row_set_heading      (TaPairingRow      *self,
                                                    const char        *heading,
                                                    guint              count);

/* issue 14: a pair flagged "not a fit" says so */
void               ta_pairing_row_set_programme    (TaPairingRow      *self,
                                                    TaProgramme       *programme);
gboolean           ta_pairing_row_get_flagged      (TaPairingRow      *self);

char              *ta_pairing_format_date          (const char        *date);
char              *ta_pairing_format_title         (TaPairing         *pairing,
                                                    TaParticipantList *participants);

G_END_DECLS
