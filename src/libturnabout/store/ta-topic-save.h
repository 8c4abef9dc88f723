/* ta-topic-save.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

gboolean ta_store_save_topic (TaStore                       *store,
                              TaTopic                       *topic,
                              gboolean                       is_new,
                              TaTopicStage                   stage,
                              const TaTopicPresentationPlan *presentation,
                              GError                       **error);

G_END_DECLS
