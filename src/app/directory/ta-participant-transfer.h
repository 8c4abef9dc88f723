/* ta-participant-transfer.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_TRANSFER (ta_participant_transfer_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipantTransfer, ta_participant_transfer, TA, PARTICIPANT_TRANSFER, GObject)

TaParticipantTransfer *ta_participant_transfer_new              (void);
TaProgramme           *ta_participant_transfer_get_programme    (TaParticipantTransfer *self);
void                   ta_participant_transfer_set_programme    (TaParticipantTransfer *self,
                                                                 TaProgramme           *programme);
gboolean               ta_participant_transfer_get_busy         (TaParticipantTransfer *self);
const char            *ta_participant_transfer_get_file_name    (TaParticipantTransfer *self);
void                   ta_participant_transfer_import           (TaParticipantTransfer *self,
                                                                 GtkWindow             *parent);
void                   ta_participant_transfer_import_file      (TaParticipantTransfer *self,
                                                                 GtkWindow             *parent,
                                                                 GFile                 *file);
void                   ta_participant_transfer_cancel           (TaParticipantTransfer *self);
void                   ta_participant_transfer_export           (TaParticipantTransfer *self,
                                                                 GtkWindow             *parent);
void                   ta_participant_transfer_load_sample      (TaParticipantTransfer *self,
                                                                 GtkWindow             *parent);

G_END_DECLS
