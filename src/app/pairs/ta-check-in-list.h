/* ta-check-in-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_CHECK_IN_LIST (ta_check_in_list_get_type ())

/*
 * A pair's check-ins on its detail page: for each side, what is due (and
 * since when) and what was answered (when, and the gist of the answer),
 * with "Record Answer…" for an open one and "Print Form…" for a blank
 * form.  Follows the programme (changed::check-ins, ::sessions,
 * ::pairings).
 */
G_DECLARE_FINAL_TYPE (TaCheckInList, ta_check_in_list, TA, CHECK_IN_LIST, GtkWidget)

GtkWidget *ta_check_in_list_new           (void);
void       ta_check_in_list_set_programme (TaCheckInList *self,
                                           TaProgramme   *programme);
void       ta_check_in_list_set_pairing   (TaCheckInList *self,
                                           TaPairing     *pairing);

/* For the tests: how many rows, a row's text (title and subtitle joined
 * by a newline), and pressing its "Record Answer…" (FALSE without one). */
guint      ta_check_in_list_get_n_rows    (TaCheckInList *self);
char      *ta_check_in_list_describe_row  (TaCheckInList *self,
                                           guint          position);
gboolean   ta_check_in_list_record_row    (TaCheckInList *self,
                                           guint          position);

G_END_DECLS
