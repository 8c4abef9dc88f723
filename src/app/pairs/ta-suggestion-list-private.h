/* ta-suggestion-list-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-suggestion-list.h"

G_BEGIN_DECLS

/* For the widget tests: the suggested pairs (TaSuggestionItem) still
 * waiting, and the people left without a partner. */
GListModel *_ta_suggestion_list_get_pairs    (TaSuggestionList *self);
GListModel *_ta_suggestion_list_get_unpaired (TaSuggestionList *self);
AdwToast   *_ta_suggestion_list_get_toast    (TaSuggestionList *self);

G_END_DECLS
