/* ta-pairs-view-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-pairing-detail.h"
#include "ta-pairing-list.h"
#include "ta-pairs-view.h"
#include "ta-suggestion-list.h"

G_BEGIN_DECLS

/* For the widget tests. */
TaPairingList     *_ta_pairs_view_get_pairings        (TaPairsView *self);
GtkSelectionModel *_ta_pairs_view_get_model           (TaPairsView *self);
TaSuggestionList  *_ta_pairs_view_get_suggestion_list (TaPairsView *self);
TaPairingDetail   *_ta_pairs_view_get_detail          (TaPairsView *self);
gboolean           _ta_pairs_view_select_pairing      (TaPairsView *self,
                                                       gint64       id);
const char        *_ta_pairs_view_get_visible_page    (TaPairsView *self);
GtkSearchEntry    *_ta_pairs_view_get_search_entry    (TaPairsView *self);

G_END_DECLS
