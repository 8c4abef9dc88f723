/* ta-pairs-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIRS_VIEW (ta_pairs_view_get_type ())

G_DECLARE_FINAL_TYPE (TaPairsView, ta_pairs_view, TA, PAIRS_VIEW, GtkWidget)

GtkWidget         *ta_pairs_view_new              (void);
TaProgramme       *ta_pairs_view_get_programme    (TaPairsView       *self);
void               ta_pairs_view_set_programme    (TaPairsView       *self,
                                                   TaProgramme       *programme);
gboolean           ta_pairs_view_get_busy         (TaPairsView       *self);
gboolean           ta_pairs_view_show_pairing     (TaPairsView       *self,
                                                   gint64             pairing_id);

G_END_DECLS
