/* ta-pairing-detail-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-goal-list.h"
#include "ta-pair-session-list.h"
#include "ta-pairing-detail.h"

G_BEGIN_DECLS

/* For the widget tests. */
TaGoalList        *_ta_pairing_detail_get_goal_list    (TaPairingDetail *self);
TaPairSessionList *_ta_pairing_detail_get_session_list (TaPairingDetail *self);

G_END_DECLS
