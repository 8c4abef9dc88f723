/* ta-pairing-detail.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-pairing.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIRING_DETAIL (ta_pairing_detail_get_type ())

G_DECLARE_FINAL_TYPE (TaPairingDetail, ta_pairing_detail, TA, PAIRING_DETAIL, GtkWidget)

GtkWidget         *ta_pairing_detail_new              (void);
TaPairing         *ta_pairing_detail_get_pairing      (TaPairingDetail   *self);
void               ta_pairing_detail_set_pairing      (TaPairingDetail   *self,
                                                       TaPairing         *pairing);
TaProgramme       *ta_pairing_detail_get_programme    (TaPairingDetail   *self);
void               ta_pairing_detail_set_programme    (TaPairingDetail   *self,
                                                       TaProgramme       *programme);

G_END_DECLS
