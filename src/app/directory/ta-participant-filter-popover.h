/* ta-participant-filter-popover.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-participant-filter.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_FILTER_POPOVER (ta_participant_filter_popover_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipantFilterPopover, ta_participant_filter_popover, TA, PARTICIPANT_FILTER_POPOVER, GtkPopover)

GtkWidget *ta_participant_filter_popover_new           (TaParticipantFilter        *filter);
void       ta_participant_filter_popover_set_people    (TaParticipantFilterPopover *self,
                                                        GListModel                 *people);
void       ta_participant_filter_popover_refresh       (TaParticipantFilterPopover *self);

/* For the widget tests. */
GtkDropDown *_ta_participant_filter_popover_get_language_choice (TaParticipantFilterPopover *self);
GtkCheckButton *_ta_participant_filter_popover_get_unpaired_check (TaParticipantFilterPopover *self);

G_END_DECLS
