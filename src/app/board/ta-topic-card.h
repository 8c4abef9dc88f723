/* ta-topic-card.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* A card of the board, showing @topic as it is now. */
GtkWidget *ta_topic_card_new          (TaTopic           *topic,
                                       TaProgramme       *programme);
/* 0 when @card is not a card */
gint64     ta_topic_card_get_topic_id (GtkWidget         *card);

G_END_DECLS
