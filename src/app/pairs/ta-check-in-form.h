/* ta-check-in-form.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-check-in.h"

G_BEGIN_DECLS

/* A blank check-in form on paper: one page per side of the pair, every
 * question of @kind with boxes to tick or room to write. */
void    ta_check_in_form_print (GtkWidget     *widget,
                                TaCheckInKind  kind,
                                const char    *mentor,
                                const char    *mentee);

/* One side's page, drawn on @cr in a @width × @height area (points);
 * returns how far down it drew (for the tests). */
double  ta_check_in_form_draw  (cairo_t       *cr,
                                double         width,
                                double         height,
                                TaCheckInKind  kind,
                                TaPairSide     side,
                                const char    *who);

G_END_DECLS
