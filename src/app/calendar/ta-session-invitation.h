/* ta-session-invitation.h
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

#define TA_TYPE_SESSION_INVITATION (ta_session_invitation_get_type ())

/*
 * The session editor's "Invitation" group: each invited person's answer
 * (accepted, declined, tentative, no answer yet), a row offering the
 * update when the session changed since the invitation was sent (or the
 * cancellation, cancelled), and "Send Invitation…".  Follows the
 * programme's changed::sessions, so an answer imported meanwhile shows.
 */
G_DECLARE_FINAL_TYPE (TaSessionInvitation, ta_session_invitation, TA, SESSION_INVITATION, AdwPreferencesGroup)

void       ta_session_invitation_set_session (TaSessionInvitation *self,
                                              TaProgramme         *programme,
                                              TaSession           *session,
                                              GtkWidget           *toast_widget);

/* The answers to @session_id's invitation in one line ("Lina: accepted,
 * Marc: no answer yet"), or NULL when none was sent: the agenda's. */
char      *ta_session_invitation_describe    (TaProgramme         *programme,
                                              gint64               session_id);

/* For the widget tests: the answer rows' titles and subtitles, in order */
GPtrArray *_ta_session_invitation_get_rows   (TaSessionInvitation *self);

G_END_DECLS
