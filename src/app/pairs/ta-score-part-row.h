/* ta-score-part-row.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-match.h"

G_BEGIN_DECLS

#define TA_TYPE_SCORE_PART_ROW (ta_score_part_row_get_type ())

/* One criterion of a compatibility score: its name, the reason in words,
 * and the points it gave out of the most it could give. */
G_DECLARE_FINAL_TYPE (TaScorePartRow, ta_score_part_row, TA, SCORE_PART_ROW, AdwActionRow)

GtkWidget *ta_score_part_row_new      (void);
void       ta_score_part_row_set_part (TaScorePartRow    *self,
                                       const TaScorePart *part);

char      *ta_score_format_total      (double             total);

G_END_DECLS
