/* ta-person-choices.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-participant-list.h"

G_BEGIN_DECLS

/* The model of a person drop-down: first, when @none_label is given, an
 * item standing for nobody (id 0) with that name, then the participants
 * @filter keeps (all when NULL; the filter is taken over), by name.  It
 * follows the programme live.  Show it with ta_person_choices_expression(). */
GListModel    *ta_person_choices_new          (TaParticipantList *participants,
                                               const char        *none_label,
                                               GtkFilter         *filter);
/* (transfer full): a person's name, for a drop-down's search and labels */
GtkExpression *ta_person_choices_expression   (void);
/* The id of the person at @position of @choices; 0 for nobody */
gint64         ta_person_choices_get_id       (GListModel        *choices,
                                               guint              position);
/* Where @id is in @choices, or 0 (nobody, or the first person) */
guint          ta_person_choices_find         (GListModel        *choices,
                                               gint64             id);

G_END_DECLS
