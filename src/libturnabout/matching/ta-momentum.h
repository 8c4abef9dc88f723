/* ta-momentum.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-error.h"
#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-participant.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-topic.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;
/* The momentum-weeks setting (ta_store_get_momentum_weeks() and its
 * bounds) and the rows the evaluation reads live with the store. */

G_BEGIN_DECLS

/**
 * TaMomentumReason:
 * @TA_MOMENTUM_NONE: the pair is doing fine
 * @TA_MOMENTUM_MISSED_IN_A_ROW: the last two or more sessions (most recent
 *   first) were cancelled or missed (no-show)
 * @TA_MOMENTUM_NOTHING_HELD: no session held in the last N weeks (the
 *   "momentum-weeks" setting, 6 by default); a pair that started less than
 *   N weeks ago is given that time
 * @TA_MOMENTUM_NOTHING_PLANNED: no planned session ahead
 */
typedef enum /*< flags >*/
{
  TA_MOMENTUM_NONE = 0,
  TA_MOMENTUM_MISSED_IN_A_ROW = 1 << 0,
  TA_MOMENTUM_NOTHING_HELD = 1 << 1,
  TA_MOMENTUM_NOTHING_PLANNED = 1 << 2,
} TaMomentumReason;

#define TA_TYPE_MOMENTUM_REASON (ta_momentum_reason_get_type ())
GType ta_momentum_reason_get_type (void) G_GNUC_CONST;

#define TA_TYPE_MOMENTUM_ALERT (ta_momentum_alert_get_type ())

/*
 * A pairing that needs the facilitator's attention, and why: one row of
 * the "Needs Attention" list.  Read-only; made by
 * ta_store_evaluate_momentum().
 */
G_DECLARE_FINAL_TYPE (TaMomentumAlert, ta_momentum_alert, TA, MOMENTUM_ALERT, GObject)

gint64            ta_momentum_alert_get_pairing_id      (TaMomentumAlert *self);
TaMomentumReason  ta_momentum_alert_get_reasons         (TaMomentumAlert *self);
/* How many sessions in a row, most recent first, were cancelled or missed. */
guint             ta_momentum_alert_get_missed_in_a_row (TaMomentumAlert *self);
/* (transfer none) (nullable): the start of the last held session, UTC */
GDateTime        *ta_momentum_alert_get_last_held       (TaMomentumAlert *self);
/* One translated sentence per reason, joined by newlines. */
const char       *ta_momentum_alert_get_explanation     (TaMomentumAlert *self);

TaMomentumReason  ta_momentum_judge                     (guint            missed_in_a_row,
                                                         gboolean         held_since_cutoff,
                                                         gboolean         started_before_cutoff,
                                                         gboolean         planned_ahead);

/* The active pairings that need attention at @now (NULL: now), by
 * pairing id: one pass over their sessions ordered by pairing and time. */
GPtrArray        *ta_store_evaluate_momentum            (TaStore         *self,
                                                         GDateTime       *now,
                                                         GError         **error);

G_END_DECLS
