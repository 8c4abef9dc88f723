/* ta-suggestion-item.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-match.h"

G_BEGIN_DECLS

/**
 * TaSuggestionKind:
 * @TA_SUGGESTION_KIND_PAIR: a mentor and a mentee with their score
 * @TA_SUGGESTION_KIND_UNPAIRED: someone left without a partner, and why
 * @TA_SUGGESTION_KIND_HEADING: the title of a part of a list
 */
typedef enum
{
  TA_SUGGESTION_KIND_PAIR,
  TA_SUGGESTION_KIND_UNPAIRED,
  TA_SUGGESTION_KIND_HEADING,
} TaSuggestionKind;

#define TA_TYPE_SUGGESTION_ITEM (ta_suggestion_item_get_type ())

/*
 * One line of a list of suggestions or of candidates: what the list views
 * hold, since a TaSuggestion is a plain struct.  The texts are made by
 * whoever makes the item, who knows from whose side the pair is seen.
 */
G_DECLARE_FINAL_TYPE (TaSuggestionItem, ta_suggestion_item, TA, SUGGESTION_ITEM, GObject)

TaSuggestionItem *ta_suggestion_item_new_pair       (const TaSuggestion *suggestion,
                                                     const char         *title,
                                                     const char         *subtitle);
TaSuggestionItem *ta_suggestion_item_new_unpaired   (const TaUnpaired   *unpaired,
                                                     const char         *title);
TaSuggestionItem *ta_suggestion_item_new_heading    (const char         *title,
                                                     const char         *subtitle);

TaSuggestionKind  ta_suggestion_item_get_kind       (TaSuggestionItem   *self);
gint64            ta_suggestion_item_get_mentor_id  (TaSuggestionItem   *self);
gint64            ta_suggestion_item_get_mentee_id  (TaSuggestionItem   *self);
gint64            ta_suggestion_item_get_participant_id (TaSuggestionItem *self);
gboolean          ta_suggestion_item_get_as_mentor  (TaSuggestionItem   *self);
gboolean          ta_suggestion_item_get_pinned     (TaSuggestionItem   *self);
const TaScore    *ta_suggestion_item_get_score      (TaSuggestionItem   *self);
const char       *ta_suggestion_item_get_title      (TaSuggestionItem   *self);
const char       *ta_suggestion_item_get_subtitle   (TaSuggestionItem   *self);
gboolean          ta_suggestion_item_get_expanded   (TaSuggestionItem   *self);
void              ta_suggestion_item_set_expanded   (TaSuggestionItem   *self,
                                                     gboolean            expanded);
gboolean          ta_suggestion_item_is_pair        (TaSuggestionItem   *self,
                                                     gint64              mentor_id,
                                                     gint64              mentee_id);

void              ta_suggestion_item_set_names      (TaSuggestionItem   *self,
                                                     const char         *mentor_name,
                                                     const char         *mentee_name);
const char       *ta_suggestion_item_get_mentor_name (TaSuggestionItem  *self);
const char       *ta_suggestion_item_get_mentee_name (TaSuggestionItem  *self);

G_END_DECLS
