/* ta-my-pairs-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_MY_PAIRS_VIEW (ta_my_pairs_view_get_type ())

G_DECLARE_FINAL_TYPE (TaMyPairsView, ta_my_pairs_view, TA, MY_PAIRS_VIEW, GtkWidget)

GtkWidget *ta_my_pairs_view_new           (void);
void       ta_my_pairs_view_set_programme (TaMyPairsView *self,
                                           TaProgramme   *programme);

/* For the widget tests: the cards shown (element-type TaMyPairCard),
 * and the dialog New Pair opened last, if it is still open. */
GListModel *_ta_my_pairs_view_get_pairs       (TaMyPairsView *self);
GtkWidget  *_ta_my_pairs_view_get_card        (TaMyPairsView *self,
                                               guint          position);
GtkWindow  *_ta_my_pairs_view_get_new_dialog  (TaMyPairsView *self);

G_END_DECLS
