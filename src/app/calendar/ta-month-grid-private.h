/* ta-month-grid-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-month-grid.h"

G_BEGIN_DECLS

/* For the widget tests: the chip labels shown on @day, NULL when the day
 * is not visible (transfer full). */
char **_ta_month_grid_get_day_labels (TaMonthGrid *self,
                                      GDateTime   *day);
/* What a screen reader says for @day's cell: its date in the locale's
 * order; NULL when the day is not visible (transfer full). */
char  *_ta_month_grid_get_day_name   (TaMonthGrid *self,
                                      GDateTime   *day);

G_END_DECLS
