/* ta-pairing.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-enums.h"
#include "ta-goal.h"

G_BEGIN_DECLS

#define TA_PAIRING_MAX_GOALS 20
#define TA_PAIRING_MAX_REASON_CHARS 500

#define TA_TYPE_PAIRING (ta_pairing_get_type ())

/*
 * A mentor and a mentee.  The score and its explanation are those of the
 * moment the pair was formed, kept so a facilitator can later see why.
 * Dates are calendar days, "YYYY-MM-DD"; NULL when not set.
 */
G_DECLARE_FINAL_TYPE (TaPairing, ta_pairing, TA, PAIRING, GObject)

TaPairing       *ta_pairing_new              (gint64           mentor_id,
                                              gint64           mentee_id);
TaPairing       *ta_pairing_copy             (TaPairing       *self);

gint64           ta_pairing_get_id           (TaPairing       *self);
void             ta_pairing_set_id           (TaPairing       *self,
                                              gint64           id);
gint64           ta_pairing_get_mentor_id    (TaPairing       *self);
gint64           ta_pairing_get_mentee_id    (TaPairing       *self);
TaPairingStatus  ta_pairing_get_status       (TaPairing       *self);
void             ta_pairing_set_status       (TaPairing       *self,
                                              TaPairingStatus  status);
double           ta_pairing_get_score        (TaPairing       *self);
void             ta_pairing_set_score        (TaPairing       *self,
                                              double           score);
/* One line per criterion, as made by ta_score_to_explanation(). */
const char      *ta_pairing_get_explanation  (TaPairing       *self);
void             ta_pairing_set_explanation  (TaPairing       *self,
                                              const char      *explanation);
const char      *ta_pairing_get_started_on   (TaPairing       *self);
void             ta_pairing_set_started_on   (TaPairing       *self,
                                              const char      *date);
const char      *ta_pairing_get_ended_on     (TaPairing       *self);
void             ta_pairing_set_ended_on     (TaPairing       *self,
                                              const char      *date);
const char      *ta_pairing_get_end_reason   (TaPairing       *self);
void             ta_pairing_set_end_reason   (TaPairing       *self,
                                              const char      *reason);
/* A GListModel of TaGoal; edit it in place, then save the pairing. */
GListStore      *ta_pairing_get_goals        (TaPairing       *self);

gboolean         ta_pairing_validate         (TaPairing       *self,
                                              GError         **error);

/* Today in the local time zone, "YYYY-MM-DD". */
char            *ta_date_today               (void);
gboolean         ta_date_is_valid            (const char      *date);

/**
 * TaPairRule:
 * @mentor_id: the mentor
 * @mentee_id: the mentee
 * @kind: block or pin
 */
typedef struct
{
  gint64 mentor_id;
  gint64 mentee_id;
  TaPairRuleKind kind;
} TaPairRule;

G_END_DECLS
