/* ta-participant-editor.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_EDITOR (ta_participant_editor_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipantEditor, ta_participant_editor, TA, PARTICIPANT_EDITOR, AdwWindow)

TaParticipantEditor *ta_participant_editor_new              (GtkWindow           *parent,
                                                             TaProgramme         *programme,
                                                             TaParticipant       *participant);
TaParticipantList   *ta_participant_editor_get_participants (TaParticipantEditor *self);
TaParticipant       *ta_participant_editor_get_participant  (TaParticipantEditor *self);

G_END_DECLS
