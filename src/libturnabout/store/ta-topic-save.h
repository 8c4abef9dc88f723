/* ta-topic-save.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

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

gboolean ta_store_save_topic (TaStore                       *store,
                              TaTopic                       *topic,
                              gboolean                       is_new,
                              TaTopicStage                   stage,
                              const TaTopicPresentationPlan *presentation,
                              GError                       **error);

G_END_DECLS
