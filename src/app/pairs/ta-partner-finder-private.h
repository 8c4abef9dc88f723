/* ta-partner-finder-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-partner-finder.h"

G_BEGIN_DECLS

/* For the widget tests: the candidates (TaSuggestionItem) shown. */
GListModel     *_ta_partner_finder_get_candidates   (TaPartnerFinder *self);
GtkSearchEntry *_ta_partner_finder_get_search_entry (TaPartnerFinder *self);

G_END_DECLS
