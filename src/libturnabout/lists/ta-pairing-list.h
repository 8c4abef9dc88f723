/* ta-pairing-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-record-list.h"
#include "ta-pairing.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIRING_LIST (ta_pairing_list_get_type ())

/*
 * A GListModel of every TaPairing in a store, by id, that follows the
 * store's signals and emits items-changed itself, like TaParticipantList.
 */
TA_DECLARE_RECORD_LIST (TaPairingList, ta_pairing_list, TA, PAIRING_LIST)

/* _new(), _get_store(), _lookup(), _reload(): as TaParticipantList's,
 * for pairings (see ta-record-list.c). */
TaPairingList *ta_pairing_list_new       (TaStore        *store,
                                          GError        **error);
TaStore       *ta_pairing_list_get_store (TaPairingList  *self);
TaPairing     *ta_pairing_list_lookup    (TaPairingList  *self,
                                          gint64          id);
gboolean       ta_pairing_list_reload    (TaPairingList  *self,
                                          GError        **error);

G_END_DECLS
