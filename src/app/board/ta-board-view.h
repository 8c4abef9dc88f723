/* ta-board-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_BOARD_VIEW (ta_board_view_get_type ())

G_DECLARE_FINAL_TYPE (TaBoardView, ta_board_view, TA, BOARD_VIEW, GtkWidget)

void ta_board_view_set_programme (TaBoardView *self,
                                  TaProgramme *programme);

void ta_board_view_set_researcher (TaBoardView *self,
                                   gint64       participant_id);

G_END_DECLS
