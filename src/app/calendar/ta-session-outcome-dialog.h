/* ta-session-outcome-dialog.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"
#include "ta-session.h"

G_BEGIN_DECLS

/*
 * What happened to a session: the Held… and Cancel… dialogs, and the
 * record of a held, cancelled or no-show session, shown and edited.
 * Each saves one revision-checked update and toasts on @view (with Undo
 * for a new mark).  Their fields are in the dialog's data, for the tests:
 * "mentor-learned", "mentee-learned", "notes" (GtkTextView), "reason"
 * (GtkEntry),
 * "mentor-rating", "mentee-rating" (GtkDropDown: Not rated, 1 to 5) and
 * "who" (GtkDropDown: mentor, mentee, facilitator, then no-show when the
 * session has begun).  Return (transfer none).
 */
AdwMessageDialog *ta_session_outcome_ask_held   (GtkWidget         *view,
                                                 TaProgramme       *programme,
                                                 TaSession         *session);
AdwMessageDialog *ta_session_outcome_ask_cancel (GtkWidget         *view,
                                                 TaProgramme       *programme,
                                                 TaSession         *session);
/* The record of a session that is not planned any more; "save" writes it. */
AdwMessageDialog *ta_session_outcome_show       (GtkWidget         *view,
                                                 TaProgramme       *programme,
                                                 TaSession         *session);

/* Whether @session has started (held or no-show can be recorded). */
gboolean          ta_session_outcome_has_begun  (TaSession         *session);

G_END_DECLS
