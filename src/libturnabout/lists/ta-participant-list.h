/* ta-participant-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-record-list.h"
#include "ta-participant.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_LIST (ta_participant_list_get_type ())

/*
 * A GListModel of every TaParticipant in a store, in the order they were
 * added.  It listens to the store and emits items-changed itself, so a view
 * bound to it never reloads by hand.
 */
TA_DECLARE_RECORD_LIST (TaParticipantList, ta_participant_list, TA, PARTICIPANT_LIST)

/* _new(): every participant, following @store from now on; %NULL and a
 * TA_STORE_ERROR when they cannot be read.  _lookup(): (transfer none)
 * (nullable) the participant with @id.  _reload(): reads them all again
 * (after an import); on error the list keeps what it had.  All three
 * forward to TaRecordList (ta-record-list.c). */
TaParticipantList *ta_participant_list_new        (TaStore            *store,
                                                   GError            **error);
TaStore           *ta_participant_list_get_store  (TaParticipantList  *self);
TaParticipant     *ta_participant_list_lookup     (TaParticipantList  *self,
                                                   gint64              id);
gboolean           ta_participant_list_reload     (TaParticipantList  *self,
                                                   GError            **error);

G_END_DECLS
