/* ta-participant-detail.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"
#include "ta-person-pairs.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_DETAIL (ta_participant_detail_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipantDetail, ta_participant_detail, TA, PARTICIPANT_DETAIL, GtkWidget)

GtkWidget         *ta_participant_detail_new              (void);
TaParticipant     *ta_participant_detail_get_participant  (TaParticipantDetail *self);
void               ta_participant_detail_set_participant  (TaParticipantDetail *self,
                                                           TaParticipant       *participant);
TaProgramme       *ta_participant_detail_get_programme    (TaParticipantDetail *self);
void               ta_participant_detail_set_programme    (TaParticipantDetail *self,
                                                           TaProgramme         *programme);

/* For the widget tests. */
TaPersonPairs     *_ta_participant_detail_get_person_pairs (TaParticipantDetail *self);

G_END_DECLS
