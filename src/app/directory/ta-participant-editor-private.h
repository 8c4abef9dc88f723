/* ta-participant-editor-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-participant-editor.h"

G_BEGIN_DECLS

/* For the widget tests. */
GtkEditable *_ta_participant_editor_get_name_row  (TaParticipantEditor *self);
GtkEditable *_ta_participant_editor_get_email_row (TaParticipantEditor *self);
const char  *_ta_participant_editor_get_error     (TaParticipantEditor *self,
                                                   GtkWidget           *row);
gboolean     _ta_participant_editor_get_can_save  (TaParticipantEditor *self);

GtkSpinButton *_ta_participant_editor_get_capacity (TaParticipantEditor *self);
GtkWidget   *_ta_participant_editor_get_languages (TaParticipantEditor *self);

G_END_DECLS
