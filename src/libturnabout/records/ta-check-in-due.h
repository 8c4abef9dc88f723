/* ta-check-in-due.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ta-check-in.h"
#include "ta-enums.h"

G_BEGIN_DECLS

/**
 * TaCheckInDueInput:
 * @pairing_id: the pair
 * @status: its status
 * @started_on: (nullable): its first day, "YYYY-MM-DD"
 * @ended_on: (nullable): the day it completed or ended, "YYYY-MM-DD"
 * @held_starts: (element-type GDateTime): when each of its held
 *   one-on-ones started, in any order
 * @answers: (element-type TaCheckIn): its saved answers, in any order
 *
 * Everything the due rules look at for one pair.
 */
typedef struct
{
  gint64           pairing_id;
  TaPairingStatus  status;
  const char      *started_on;
  const char      *ended_on;
  GPtrArray       *held_starts;
  GPtrArray       *answers;
} TaCheckInDueInput;

/* The due rules of docs/exchange.md as a pure function: appends to @out
 * (element-type TaCheckInDue, g_free) what is due or answered for the pair
 * as of @now, days counted in @zone.  Order: kind, then mentor before
 * mentee. */
void      ta_check_in_compute_due  (const TaCheckInDueInput *input,
                                    GDateTime               *now,
                                    GTimeZone               *zone,
                                    GPtrArray               *out);

/* Whether either side's latest fit answer among @answers (element-type
 * TaCheckIn) is "not a fit". */
gboolean  ta_check_in_answers_flag_pair (GPtrArray *answers);

G_END_DECLS
