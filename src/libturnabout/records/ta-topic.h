/* ta-topic.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TA_TOPIC_MAX_TITLE_CHARS 200
#define TA_TOPIC_MAX_DESCRIPTION_CHARS 20000
#define TA_TOPIC_MAX_OUTCOME_CHARS 20000
#define TA_TOPIC_MAX_TAGS 20
#define TA_TOPIC_MAX_TAG_CHARS 60
#define TA_TOPIC_MAX_SOURCES 100
#define TA_TOPIC_MAX_URL_CHARS 2000
#define TA_TOPIC_MAX_NOTE_CHARS 500
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

/**
 * TaTopicSource:
 * @url: an http://, https:// or mailto: link
 * @note: (nullable): what it is, why it matters
 *
 * A source of a topic's research.
 */
typedef struct
{
  char *url;
  char *note;
} TaTopicSource;

#define TA_TYPE_TOPIC_SOURCE (ta_topic_source_get_type ())

GType          ta_topic_source_get_type (void) G_GNUC_CONST;
TaTopicSource *ta_topic_source_new      (const char           *url,
                                         const char           *note);
TaTopicSource *ta_topic_source_copy     (const TaTopicSource  *source);
void           ta_topic_source_free     (TaTopicSource        *source);
/* The link is http(s) with a host, or mailto:; the note one line. */
gboolean       ta_topic_source_validate (const TaTopicSource  *source,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaTopicSource, ta_topic_source_free)

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
