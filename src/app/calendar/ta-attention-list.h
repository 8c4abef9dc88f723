/* ta-attention-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_ATTENTION_LIST (ta_attention_list_get_type ())

G_DECLARE_FINAL_TYPE (TaAttentionList, ta_attention_list, TA, ATTENTION_LIST, GtkWidget)

void        ta_attention_list_set_programme    (TaAttentionList   *self,
                                                TaProgramme       *programme);
/* (transfer none): the alerts shown (TaMomentumAlert) */
GListModel *ta_attention_list_get_alerts       (TaAttentionList   *self);
/* The editor a pair's Schedule button opens (for tests), shown. */
GtkWindow  *_ta_attention_list_schedule        (TaAttentionList   *self,
                                                guint              position);
/* Evaluates now rather than when the main loop is next idle. */
void        ta_attention_list_refresh          (TaAttentionList   *self);

G_END_DECLS
