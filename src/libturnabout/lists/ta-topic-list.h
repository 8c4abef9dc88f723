/* ta-topic-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-record-list.h"
#include "ta-topic.h"

G_BEGIN_DECLS

#define TA_TYPE_TOPIC_LIST (ta_topic_list_get_type ())

/*
 * A GListModel of every TaTopic of the research board, by stage, then
 * position, that follows the store's signals and emits items-changed
 * itself.  It updates the objects views hold in place: a move notifies
 * stage and position of the card moved and position of the cards it
 * shifted, and emits items-changed for its old and its new place (a
 * removal, then an insertion).  A session deleted unlinks the topics it
 * presented (session-id becomes 0).
 */
TA_DECLARE_RECORD_LIST (TaTopicList, ta_topic_list, TA, TOPIC_LIST)

/* _new(), _get_store(), _lookup(), _reload(): as TaParticipantList's, for
 * the board's topics (see ta-record-list.c). */
TaTopicList *ta_topic_list_new            (TaStore       *store,
                                           GError       **error);
TaStore     *ta_topic_list_get_store      (TaTopicList   *self);
TaTopic     *ta_topic_list_lookup         (TaTopicList   *self,
                                           gint64         id);
guint        ta_topic_list_count_in_stage (TaTopicList   *self,
                                           TaTopicStage   stage);
gboolean     ta_topic_list_reload         (TaTopicList   *self,
                                           GError       **error);

G_END_DECLS
