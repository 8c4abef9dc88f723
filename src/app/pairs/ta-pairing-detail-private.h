/* ta-pairing-detail-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-check-in-list.h"
#include "ta-goal-list.h"
#include "ta-pair-session-list.h"
#include "ta-pairing-detail.h"

G_BEGIN_DECLS

/* For the widget tests. */
TaGoalList        *_ta_pairing_detail_get_goal_list    (TaPairingDetail *self);
TaPairSessionList *_ta_pairing_detail_get_session_list (TaPairingDetail *self);
TaCheckInList     *_ta_pairing_detail_get_check_in_list (TaPairingDetail *self);
/* Whether the flag "not a fit" shows */
gboolean           _ta_pairing_detail_is_flagged       (TaPairingDetail *self);

G_END_DECLS
