/* ta-topic.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-topic-source.h"

G_BEGIN_DECLS

#define TA_TOPIC_MAX_TITLE_CHARS 200
#define TA_TOPIC_MAX_DESCRIPTION_CHARS 20000
#define TA_TOPIC_MAX_OUTCOME_CHARS 20000
#define TA_TOPIC_MAX_TAGS 20
#define TA_TOPIC_MAX_TAG_CHARS 60
#define TA_TOPIC_MAX_SOURCES 100
#define TA_TOPIC_MAX_PEOPLE 500

/**
 * TaTopicStage:
 * @TA_TOPIC_STAGE_PROPOSED: an idea for the board
 * @TA_TOPIC_STAGE_RESEARCHING: juniors are researching it
 * @TA_TOPIC_STAGE_READY: ready to present at a lunch-and-learn
 * @TA_TOPIC_STAGE_PRESENTED: presented; the outcome says what changed
 *
 * The columns of the research board, in board order.
 */
typedef enum
{
  TA_TOPIC_STAGE_PROPOSED,
  TA_TOPIC_STAGE_RESEARCHING,
  TA_TOPIC_STAGE_READY,
  TA_TOPIC_STAGE_PRESENTED,
} TaTopicStage;

#define TA_N_TOPIC_STAGES 4

#define TA_TYPE_TOPIC_STAGE (ta_topic_stage_get_type ())

GType        ta_topic_stage_get_type    (void) G_GNUC_CONST;
/* Machine names: "proposed", "researching", "ready", "presented". */
const char  *ta_topic_stage_to_string   (TaTopicStage  stage);
gboolean     ta_topic_stage_from_string (const char   *text,
                                         TaTopicStage *out_stage);
/* "Proposed", "Researching", "Ready to Present", "Presented", translated */
const char  *ta_topic_stage_get_label   (TaTopicStage  stage);

#define TA_TYPE_TOPIC (ta_topic_get_type ())

/*
 * A card of the research board.  Its stage and position (0-based within
 * the stage) are the store's: ta_store_move_topic() changes them.
 * Researchers and interested people are participant ids, sorted, without
 * duplicates; session-id is the lunch-and-learn or group session that
 * presents it (0: none), follow-up-id the participant who follows up on
 * the outcome (0: nobody).
 */
G_DECLARE_FINAL_TYPE (TaTopic, ta_topic, TA, TOPIC, GObject)

TaTopic            *ta_topic_new              (const char          *title);
TaTopic            *ta_topic_copy             (TaTopic             *self);

gint64              ta_topic_get_id           (TaTopic             *self);
void                ta_topic_set_id           (TaTopic             *self,
                                               gint64               id);
const char         *ta_topic_get_title        (TaTopic             *self);
void                ta_topic_set_title        (TaTopic             *self,
                                               const char          *title);
const char         *ta_topic_get_description  (TaTopic             *self);
void                ta_topic_set_description  (TaTopic             *self,
                                               const char          *description);
/* (transfer none) (nullable): NULL-terminated */
const char * const *ta_topic_get_tags         (TaTopic             *self);
/* Copies @tags, trimmed, without empty ones or duplicates (ignoring case). */
void                ta_topic_set_tags         (TaTopic             *self,
                                               const char * const  *tags);
const gint64       *ta_topic_get_researchers  (TaTopic             *self,
                                               guint               *out_n);
void                ta_topic_set_researchers  (TaTopic             *self,
                                               const gint64        *ids,
                                               guint                n);
const gint64       *ta_topic_get_interested   (TaTopic             *self,
                                               guint               *out_n);
void                ta_topic_set_interested   (TaTopic             *self,
                                               const gint64        *ids,
                                               guint                n);
gboolean            ta_topic_has_researcher   (TaTopic             *self,
                                               gint64               participant_id);
gboolean            ta_topic_is_interested    (TaTopic             *self,
                                               gint64               participant_id);
TaTopicStage        ta_topic_get_stage        (TaTopic             *self);
void                ta_topic_set_stage        (TaTopic             *self,
                                               TaTopicStage         stage);
int                 ta_topic_get_position     (TaTopic             *self);
void                ta_topic_set_position     (TaTopic             *self,
                                               int                  position);
/* "YYYY-MM-DD" or NULL */
const char         *ta_topic_get_due_date     (TaTopic             *self);
void                ta_topic_set_due_date     (TaTopic             *self,
                                               const char          *due_date);
/* (transfer none) (element-type TaTopicSource) */
GPtrArray          *ta_topic_get_sources      (TaTopic             *self);
void                ta_topic_add_source       (TaTopic             *self,
                                               const char          *url,
                                               const char          *note);
void                ta_topic_remove_source    (TaTopic             *self,
                                               guint                index);
/* (element-type TaTopicSource) (nullable): replaces all, copying them */
void                ta_topic_set_sources      (TaTopic             *self,
                                               GPtrArray           *sources);
gint64              ta_topic_get_session_id   (TaTopic             *self);
void                ta_topic_set_session_id   (TaTopic             *self,
                                               gint64               session_id);
const char         *ta_topic_get_outcome      (TaTopic             *self);
void                ta_topic_set_outcome      (TaTopic             *self,
                                               const char          *outcome);
gint64              ta_topic_get_follow_up_id (TaTopic             *self);
void                ta_topic_set_follow_up_id (TaTopic             *self,
                                               gint64               participant_id);

gboolean            ta_topic_validate         (TaTopic             *self,
                                               GError             **error);
/* Every space-separated word of @folded_query (see ta_search_fold())
 * occurs in the title, description or tags; an empty query matches. */
gboolean            ta_topic_matches          (TaTopic             *self,
                                               const char          *folded_query);
/* Whether the title or a tag equals @folded_term (ta_search_fold()). */
gboolean            ta_topic_covers           (TaTopic             *self,
                                               const char          *folded_term);

/**
 * TaTopicPresentationPlan:
 * @starts_at: when the lunch-and-learn starts
 * @duration_minutes: how long it lasts
 * @location: (nullable): a place or a video link
 *
 * A presentation to schedule with the topic (Schedule Presentation…).
 */
typedef struct
{
  GDateTime  *starts_at;
  int         duration_minutes;
  const char *location;
} TaTopicPresentationPlan;

G_END_DECLS

/* Kept reachable from here: the board's callers know them as topic types. */
#include "ta-topic-idea.h"
