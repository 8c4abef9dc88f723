/* ta-participant-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-store.h"

G_BEGIN_DECLS

#define TA_TYPE_PARTICIPANT_LIST (ta_participant_list_get_type ())

/*
 * A GListModel of every TaParticipant in a store, in the order they were
 * added.  It listens to the store and emits items-changed itself, so a view
 * bound to it never reloads by hand.
 */
G_DECLARE_FINAL_TYPE (TaParticipantList, ta_participant_list, TA, PARTICIPANT_LIST, GObject)

TaParticipantList *ta_participant_list_new        (TaStore            *store,
                                                   GError            **error);
TaStore           *ta_participant_list_get_store  (TaParticipantList  *self);
TaParticipant     *ta_participant_list_lookup     (TaParticipantList  *self,
                                                   gint64              id);
gboolean           ta_participant_list_reload     (TaParticipantList  *self,
                                                   GError            **error);

G_END_DECLS
