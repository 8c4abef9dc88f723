/* ta-invitation-send.h
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

/* "Send Invitation…": asks "This session / The whole series" for a
 * session of a series, writes the iTIP file into a private folder and
 * opens a new e-mail to the attendees with it attached (ta-mail.c), with
 * "Save As…" offered either way. */
void     ta_invitation_send          (GtkWindow          *parent,
                                      GtkWidget          *toast_widget,
                                      TaProgramme        *programme,
                                      TaSession          *session,
                                      TaInvitationMethod  method);

/* After @session was saved: when an invitation was sent for it and it
 * changed since, a toast offers to send the update (or, cancelled, the
 * cancellation).  Whether it did. */
gboolean ta_invitation_offer_update  (GtkWidget          *toast_widget,
                                      TaProgramme        *programme,
                                      TaSession          *session);

G_END_DECLS
