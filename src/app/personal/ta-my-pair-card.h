/* ta-my-pair-card.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-pairing.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_MY_PAIR_CARD (ta_my_pair_card_get_type ())

G_DECLARE_FINAL_TYPE (TaMyPairCard, ta_my_pair_card, TA, MY_PAIR_CARD, GtkWidget)

GtkWidget *ta_my_pair_card_new         (TaProgramme  *programme,
                                        TaPairing    *pairing);
TaPairing *ta_my_pair_card_get_pairing (TaMyPairCard *self);

/* For the widget tests: the learnings listed, one "title|text|Shared" or
 * "title|text|Private" per line; the agenda shown; the number of due
 * check-ins with an Answer… button. */
char       *_ta_my_pair_card_describe_learnings (TaMyPairCard *self);
const char *_ta_my_pair_card_get_agenda         (TaMyPairCard *self);
guint       _ta_my_pair_card_get_n_due          (TaMyPairCard *self);

G_END_DECLS
