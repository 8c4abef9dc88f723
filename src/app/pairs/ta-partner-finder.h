/* ta-partner-finder.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-participant-list.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTNER_FINDER (ta_partner_finder_get_type ())

G_DECLARE_FINAL_TYPE (TaPartnerFinder, ta_partner_finder, TA, PARTNER_FINDER, AdwWindow)

TaPartnerFinder   *ta_partner_finder_new              (GtkWindow         *parent,
                                                       TaProgramme       *programme,
                                                       gint64             participant_id);
TaParticipantList *ta_partner_finder_get_participants (TaPartnerFinder   *self);
gint64             ta_partner_finder_get_participant_id (TaPartnerFinder *self);
void               ta_partner_finder_set_participant_id (TaPartnerFinder *self,
                                                         gint64           participant_id);

G_END_DECLS
