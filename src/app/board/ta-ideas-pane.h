/* ta-ideas-pane.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_IDEAS_PANE (ta_ideas_pane_get_type ())

/*
 * "Topic Ideas" beside the board's columns: what mentees want to learn
 * that no card covers, most wanted first, each with Add to Board.  It
 * follows the programme's topics and people, listing the ideas again
 * when the main loop is idle.  Emits topic-added (gint64 id) when one
 * became a card.
 */
G_DECLARE_FINAL_TYPE (TaIdeasPane, ta_ideas_pane, TA, IDEAS_PANE, GtkWidget)

void        ta_ideas_pane_set_programme (TaIdeasPane *self,
                                         TaProgramme *programme);
/* (transfer none): the ideas (TaTopicIdea), listed again now */
GListModel *ta_ideas_pane_get_ideas     (TaIdeasPane *self);
GtkListBox *ta_ideas_pane_get_list      (TaIdeasPane *self);

G_END_DECLS
