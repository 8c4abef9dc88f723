/* ta-pairing-detail-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-pairing-detail.h"

G_BEGIN_DECLS

/* For the widget tests. */
AdwEntryRow *_ta_pairing_detail_get_new_goal_row  (TaPairingDetail *self);
const char  *_ta_pairing_detail_get_goal_error    (TaPairingDetail *self);
AdwEntryRow *_ta_pairing_detail_get_goal_row      (TaPairingDetail *self,
                                                   guint            position);
GtkCheckButton *_ta_pairing_detail_get_goal_check (TaPairingDetail *self,
                                                   guint            position);

G_END_DECLS
