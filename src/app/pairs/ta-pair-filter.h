/* ta-pair-filter.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-participant-list.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIR_FILTER (ta_pair_filter_get_type ())

/*
 * Keeps the TaPairings whose mentor's or mentee's name holds every word
 * of the query, ignoring case and accents (“celine” finds “Céline”), as
 * the Directory's search does.
 */
G_DECLARE_FINAL_TYPE (TaPairFilter, ta_pair_filter, TA, PAIR_FILTER, GtkFilter)

TaPairFilter *ta_pair_filter_new              (void);
void          ta_pair_filter_set_participants (TaPairFilter      *self,
                                               TaParticipantList *participants);
void          ta_pair_filter_set_query        (TaPairFilter      *self,
                                               const char        *query);

G_END_DECLS
