/* ta-session-editor-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-session-editor.h"

G_BEGIN_DECLS

/* For the widget tests. */
GtkDropDown   *_ta_session_editor_get_pairing_dropdown (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_date_row         (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_time_row         (TaSessionEditor *self);
GtkSpinButton *_ta_session_editor_get_duration_spin    (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_location_row     (TaSessionEditor *self);
GtkLabel      *_ta_session_editor_get_error_label      (TaSessionEditor *self);
AdwComboRow   *_ta_session_editor_get_repeat_row       (TaSessionEditor *self);

G_END_DECLS
