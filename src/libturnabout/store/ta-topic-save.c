/* ta-topic-save.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include "ta-store-private.h"
#include "ta-topic-save.h"

/*
 * The topic editor's Save: the topic, its move to another stage and the
 * presentation planned in the editor, all in one transaction, so that
 * Cancel (which writes nothing) and a failed Save both leave the
 * programme exactly as it was.
 */

typedef struct
{
  TaTopic                       *topic;
  gboolean                       is_new;
  TaTopicStage                   stage;
  const TaTopicPresentationPlan *presentation;
} SaveRequest;

static gboolean
save_topic (TaStore   *store,
            gpointer   user_data,
            GError   **error)
{
  SaveRequest *request = user_data;
  gint64 id;

  if (request->is_new)
    {
      ta_topic_set_stage (request->topic, request->stage);
      if (!ta_store_add_topic (store, request->topic, error))
        return FALSE;
    }
  else
    {
      if (!ta_store_update_topic (store, request->topic, error))
        return FALSE;
      /* Into another stage: at its end. */
      if (request->stage != ta_topic_get_stage (request->topic) &&
          !ta_store_move_topic (store, ta_topic_get_id (request->topic), request->stage, G_MAXINT, error))
        return FALSE;
    }

  id = ta_topic_get_id (request->topic);
  if (request->presentation != NULL)
    {
      g_autoptr(TaSession) session = NULL;

      session = ta_store_schedule_topic_presentation (store, id,
                                                      request->presentation->starts_at,
                                                      request->presentation->duration_minutes,
                                                      request->presentation->location,
                                                      error);
      if (session == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_save_topic:
 * @store: a #TaStore
 * @topic: the topic as edited; a new one gets its id
 * @is_new: whether @topic is added rather than updated
 * @stage: the stage it goes to (at the end of it when it moves)
 * @presentation: (nullable): a presentation to schedule for it, with its
 *   researchers and interested people invited
 * @error: a #TA_STORE_ERROR; %TA_STORE_ERROR_CHANGED if the topic was
 *   changed elsewhere since it was read
 *
 * Adds or updates @topic, moves it to @stage and schedules its
 * presentation in one BEGIN IMMEDIATE transaction: all of it or nothing.
 * The signals of each step are emitted after the commit.
 *
 * Returns: %TRUE if everything was written
 */
gboolean
ta_store_save_topic (TaStore                       *store,
                     TaTopic                       *topic,
                     gboolean                       is_new,
                     TaTopicStage                   stage,
                     const TaTopicPresentationPlan *presentation,
                     GError                       **error)
{
  SaveRequest request = { topic, is_new, stage, presentation };

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (TA_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (presentation == NULL || presentation->starts_at != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ta_store_run_in_transaction (store, save_topic, &request, error);
}
