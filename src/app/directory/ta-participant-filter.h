/* ta-participant-filter.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-participant.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_FILTER (ta_participant_filter_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipantFilter, ta_participant_filter, TA, PARTICIPANT_FILTER, GtkFilter)

TaParticipantFilter *ta_participant_filter_new           (void);
const char          *ta_participant_filter_get_search    (TaParticipantFilter *self);
void                 ta_participant_filter_set_search    (TaParticipantFilter *self,
                                                          const char          *search);
const char          *ta_participant_filter_get_role      (TaParticipantFilter *self);
void                 ta_participant_filter_set_role      (TaParticipantFilter *self,
                                                          const char          *role);
const char          *ta_participant_filter_get_status    (TaParticipantFilter *self);
void                 ta_participant_filter_set_status    (TaParticipantFilter *self,
                                                          const char          *status);
gboolean             ta_participant_filter_get_show_left (TaParticipantFilter *self);
void                 ta_participant_filter_set_show_left (TaParticipantFilter *self,
                                                          gboolean             show_left);
const char          *ta_participant_filter_get_department (TaParticipantFilter *self);
void                 ta_participant_filter_set_department (TaParticipantFilter *self,
                                                           const char          *department);
const char          *ta_participant_filter_get_language  (TaParticipantFilter *self);
void                 ta_participant_filter_set_language  (TaParticipantFilter *self,
                                                          const char          *language);
const char          *ta_participant_filter_get_location  (TaParticipantFilter *self);
void                 ta_participant_filter_set_location  (TaParticipantFilter *self,
                                                          const char          *location);
gboolean             ta_participant_filter_get_unpaired  (TaParticipantFilter *self);
void                 ta_participant_filter_set_unpaired  (TaParticipantFilter *self,
                                                          gboolean             unpaired);
void                 ta_participant_filter_set_paired_ids (TaParticipantFilter *self,
                                                           GHashTable          *paired_ids);
void                 ta_participant_filter_clear         (TaParticipantFilter *self);
gboolean             ta_participant_filter_get_narrowed  (TaParticipantFilter *self);

G_END_DECLS
