/* ta-describe.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-programme.h"

G_BEGIN_DECLS

/*
 * How a session or a pair is named wherever the calendar shows one (a
 * chip of the month grid, an agenda row, a dialog, a reminder): from the
 * programme's live lists, so that naming a session costs two lookups and
 * no query.
 */

/* "Lina & Marc", "?" for a side the list does not know (transfer full). */
char *ta_describe_pair    (TaPairing         *pairing,
                           TaParticipantList *participants);
/* "Lina & Marc", a group session's title, or "Session" when its pair is
 * gone (transfer full). */
char *ta_describe_session (TaSession         *session,
                           TaProgramme       *programme);

G_END_DECLS
