/* ta-board-view-private.h - for the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-board-view.h"
#include "ta-topic.h"
#include "ta-topic-list.h"

G_BEGIN_DECLS

GtkWidget   *_ta_board_view_get_column      (TaBoardView  *self,
                                             TaTopicStage  stage);
/* The cards a column shows, in order (TaTopic). */
GListModel  *_ta_board_view_get_cards       (TaBoardView  *self,
                                             TaTopicStage  stage);
void         _ta_board_view_focus_topic     (TaBoardView  *self,
                                             gint64        id);
TaTopicList *_ta_board_view_get_topics      (TaBoardView  *self);
GListModel  *_ta_board_view_get_ideas       (TaBoardView  *self);
GtkListBox  *_ta_board_view_get_ideas_list  (TaBoardView  *self);
GtkWidget   *_ta_board_view_get_search_entry (TaBoardView *self);
GtkWindow   *_ta_board_view_open_topic      (TaBoardView  *self,
                                             TaTopic      *topic);

G_END_DECLS
