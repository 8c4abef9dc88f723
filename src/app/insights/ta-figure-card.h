/* ta-figure-card.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-figure.h"

G_BEGIN_DECLS

#define TA_TYPE_FIGURE_CARD (ta_figure_card_get_type ())

/*
 * One figure of Insights in a flow box: its value large, its title, its
 * published target (met or not), and an info button whose popover says
 * what the figure means and how this value was computed.  Activating
 * the card lists the records behind it (the flow box's child-activated).
 */
G_DECLARE_FINAL_TYPE (TaFigureCard, ta_figure_card, TA, FIGURE_CARD, GtkFlowBoxChild)

GtkWidget     *ta_figure_card_new             (TaFigure     *figure);
TaFigure      *ta_figure_card_get_figure      (TaFigureCard *self);
/* Whether there are records to list behind it. */
gboolean       ta_figure_card_has_subjects    (TaFigureCard *self);

/* For the tests: the parts shown. */
GtkLabel      *ta_figure_card_get_value_label (TaFigureCard *self);
GtkMenuButton *ta_figure_card_get_info_button (TaFigureCard *self);
/* The popover's definition and computation labels. */
GtkLabel      *ta_figure_card_get_definition_label  (TaFigureCard *self);
GtkLabel      *ta_figure_card_get_computation_label (TaFigureCard *self);

G_END_DECLS
