/* ta-suggestion-row.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-suggestion-item.h"

G_BEGIN_DECLS

#define TA_TYPE_SUGGESTION_ROW (ta_suggestion_row_get_type ())

G_DECLARE_FINAL_TYPE (TaSuggestionRow, ta_suggestion_row, TA, SUGGESTION_ROW, GtkWidget)

GtkWidget        *ta_suggestion_row_new           (gboolean          candidate);
GtkListItemFactory *ta_suggestion_row_new_factory (gboolean          candidate);
TaSuggestionItem *ta_suggestion_row_get_item      (TaSuggestionRow  *self);
void              ta_suggestion_row_set_item      (TaSuggestionRow  *self,
                                                   TaSuggestionItem *item);
gboolean          ta_suggestion_row_get_candidate (TaSuggestionRow  *self);
void              ta_suggestion_row_set_candidate (TaSuggestionRow  *self,
                                                   gboolean          candidate);

G_END_DECLS
