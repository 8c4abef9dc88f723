/* ta-directory-view-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-directory-view.h"
#include "ta-participant-editor.h"

G_BEGIN_DECLS

/* For the widget tests. */
GtkEditable         *_ta_directory_view_get_search_entry (TaDirectoryView *self);
GtkSelectionModel   *_ta_directory_view_get_model        (TaDirectoryView *self);
TaParticipantEditor *_ta_directory_view_get_editor       (TaDirectoryView *self);
AdwToast            *_ta_directory_view_get_undo_toast   (TaDirectoryView *self);

G_END_DECLS
