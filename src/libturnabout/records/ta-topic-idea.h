/* ta-topic-idea.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-topic.h"

G_BEGIN_DECLS

#define TA_TYPE_TOPIC_IDEA (ta_topic_idea_get_type ())

/*
 * "Topic ideas": a topic the mentees want to learn (a term of their
 * topics wanted) that no topic on the board covers yet, with how many
 * active mentees want it; see ta_store_list_topic_ideas().
 */
G_DECLARE_FINAL_TYPE (TaTopicIdea, ta_topic_idea, TA, TOPIC_IDEA, GObject)

TaTopicIdea   *ta_topic_idea_new            (const char    *term,
                                             const gint64  *mentee_ids,
                                             guint          n);
const char    *ta_topic_idea_get_term       (TaTopicIdea   *self);
guint          ta_topic_idea_get_count      (TaTopicIdea   *self);
/* Sorted participant ids of the mentees who want it. */
const gint64  *ta_topic_idea_get_mentee_ids (TaTopicIdea   *self,
                                             guint         *out_n);
/* "Add to Board": a new proposed topic titled and tagged with the term,
 * the mentees who want it as interested; add it with ta_store_add_topic(). */
TaTopic       *ta_topic_idea_to_topic       (TaTopicIdea   *self);

G_END_DECLS
