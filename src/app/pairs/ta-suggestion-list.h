/* ta-suggestion-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-match.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_SUGGESTION_LIST (ta_suggestion_list_get_type ())

G_DECLARE_FINAL_TYPE (TaSuggestionList, ta_suggestion_list, TA, SUGGESTION_LIST, GtkWidget)

GtkWidget         *ta_suggestion_list_new              (void);
TaProgramme       *ta_suggestion_list_get_programme    (TaSuggestionList  *self);
void               ta_suggestion_list_set_programme    (TaSuggestionList  *self,
                                                        TaProgramme       *programme);
void               ta_suggestion_list_set_suggestions  (TaSuggestionList  *self,
                                                        TaSuggestions     *suggestions);
void               ta_suggestion_list_clear            (TaSuggestionList  *self);
gboolean           ta_suggestion_list_get_has_results  (TaSuggestionList  *self);
guint              ta_suggestion_list_get_n_pending    (TaSuggestionList  *self);

G_END_DECLS
