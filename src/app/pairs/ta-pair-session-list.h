/* ta-pair-session-list.h
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

#define TA_TYPE_PAIR_SESSION_LIST (ta_pair_session_list_get_type ())

/*
 * The sessions of one pairing, planned ones first (soonest first), then
 * the others newest first, each with its status and what was recorded:
 * what each side learned, both ratings, who cancelled and why.  Live: it
 * follows the programme's sessions.  A planned session opens in the session
 * editor.
 */
G_DECLARE_FINAL_TYPE (TaPairSessionList, ta_pair_session_list, TA, PAIR_SESSION_LIST, GtkWidget)

GtkWidget  *ta_pair_session_list_new             (void);
void        ta_pair_session_list_set_programme    (TaPairSessionList *self,
                                                   TaProgramme       *programme);
void        ta_pair_session_list_set_pairing     (TaPairSessionList *self,
                                                  TaPairing         *pairing);
/* The sessions shown, in their order (for the tests). */
GListModel *ta_pair_session_list_get_model       (TaPairSessionList *self);
/* The text of the row at @position, all its labels joined by newlines
 * (for the tests). */
char       *ta_pair_session_list_describe_row    (TaPairSessionList *self,
                                                  guint              position);

gboolean    ta_pair_session_list_activate_row    (TaPairSessionList *self,
                                                  guint              position);

G_END_DECLS
