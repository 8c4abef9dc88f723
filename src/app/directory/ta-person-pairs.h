/* ta-person-pairs.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_PERSON_PAIRS (ta_person_pairs_get_type ())

/*
 * On a person's page: their pairs (the partner, the status, since when)
 * and their next session (when and where).  Each row opens the pair on
 * the Pairs page through the window's action win.show-pairing.  Live: it
 * follows the programme's pairings and sessions.
 */
G_DECLARE_FINAL_TYPE (TaPersonPairs, ta_person_pairs, TA, PERSON_PAIRS, GtkWidget)

GtkWidget *ta_person_pairs_new              (void);
void       ta_person_pairs_set_programme    (TaPersonPairs     *self,
                                             TaProgramme       *programme);
void       ta_person_pairs_set_participant_id (TaPersonPairs   *self,
                                               gint64           participant_id);

/* For the tests: the rows' titles and subtitles, one row a line, and the
 * next session's text (NULL when none). */
char      *_ta_person_pairs_describe        (TaPersonPairs     *self);
char      *_ta_person_pairs_get_next_session (TaPersonPairs    *self);

G_END_DECLS
