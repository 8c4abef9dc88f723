/* ta-directory-view-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-directory-view.h"
#include "ta-participant-editor.h"
#include "ta-participant-filter.h"
#include "ta-programme.h"

G_BEGIN_DECLS

/* For the widget tests. */
GtkEditable         *_ta_directory_view_get_search_entry (TaDirectoryView *self);
GtkSelectionModel   *_ta_directory_view_get_model        (TaDirectoryView *self);
TaParticipantEditor *_ta_directory_view_get_editor       (TaDirectoryView *self);
AdwToast            *_ta_directory_view_get_undo_toast   (TaDirectoryView *self);
GtkColumnView       *_ta_directory_view_get_column_view  (TaDirectoryView *self);
AdwMessageDialog    *_ta_directory_view_get_delete_dialog (TaDirectoryView *self);
TaParticipantFilter *_ta_directory_view_get_filter       (TaDirectoryView *self);
GtkWidget           *_ta_directory_view_get_filter_popover (TaDirectoryView *self);
GtkLabel            *_ta_directory_view_get_count_label  (TaDirectoryView *self);

char                *ta_directory_view_describe_delete   (const char               *name,
                                                          const TaParticipantLinks *links);

G_END_DECLS
