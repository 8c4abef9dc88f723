/* ta-match-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-match.h"

G_BEGIN_DECLS

/* For the sample programme, which pairs large programmes greedily. */

/* (transfer none) (element-type TaParticipant): everyone, by id */
GPtrArray *_ta_matcher_get_participants (TaMatcher *self);

/* What suggest would make of the pair, in numbers only: 0 if it would
 * never suggest it (forbidden, or nothing in common), else the score.
 * @mentor and @mentee are indices into _ta_matcher_get_participants(). */
float      _ta_matcher_pair_value       (TaMatcher *self,
                                         guint      mentor,
                                         guint      mentee);

/* The reporting-line rule for one pair: the reason, or NULL. */
char      *_ta_matcher_reporting_reason (TaMatcher *self,
                                         gint64     mentor_id,
                                         gint64     mentee_id);

/* For New Pair: what stops the facilitator's pair, or NULL. */
char      *_ta_matcher_pair_problem     (TaMatcher *self,
                                         gint64     mentor_id,
                                         gint64     mentee_id);
char      *_ta_matcher_capacity_problem (TaMatcher *self,
                                         gint64     mentor_id);
gboolean   _ta_matcher_has_mentor       (TaMatcher *self,
                                         gint64     mentee_id);

G_END_DECLS
