/* ta-session-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-record-list.h"
#include "ta-session.h"

G_BEGIN_DECLS

#define TA_TYPE_SESSION_LIST (ta_session_list_get_type ())

/*
 * A GListModel of the TaSessions of a store, by id, that follows the
 * store's signals and emits items-changed itself, like TaPairingList:
 * every session, or those starting in a time range [from, to) (a month of
 * the grid, the agenda's weeks).  Deleting a pairing or a participant
 * deletes their sessions or attendance: the list reloads then.
 */
TA_DECLARE_RECORD_LIST (TaSessionList, ta_session_list, TA, SESSION_LIST)

/* _new(): every session; _new_between(): those starting in [@from, @to),
 * or all when both are NULL.  _get_store(), _lookup(), _reload(): as
 * TaParticipantList's, for sessions (see ta-record-list.c). */
TaSessionList *ta_session_list_new       (TaStore        *store,
                                          GError        **error);
TaSessionList *ta_session_list_new_between (TaStore      *store,
                                            GDateTime    *from,
                                            GDateTime    *to,
                                            GError      **error);
/* Shows the sessions starting in [@from, @to) from now on; both NULL for all. */
gboolean       ta_session_list_set_range (TaSessionList  *self,
                                          GDateTime      *from,
                                          GDateTime      *to,
                                          GError        **error);
TaStore       *ta_session_list_get_store (TaSessionList  *self);
TaSession     *ta_session_list_lookup    (TaSessionList  *self,
                                          gint64          id);
gboolean       ta_session_list_reload    (TaSessionList  *self,
                                          GError        **error);

G_END_DECLS
