/* ta-pairing-list.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-store.h"

G_BEGIN_DECLS

#define TA_TYPE_PAIRING_LIST (ta_pairing_list_get_type ())

/*
 * A GListModel of every TaPairing in a store, by id, that follows the
 * store's signals and emits items-changed itself, like TaParticipantList.
 */
G_DECLARE_FINAL_TYPE (TaPairingList, ta_pairing_list, TA, PAIRING_LIST, GObject)

TaPairingList *ta_pairing_list_new       (TaStore        *store,
                                          GError        **error);
TaStore       *ta_pairing_list_get_store (TaPairingList  *self);
TaPairing     *ta_pairing_list_lookup    (TaPairingList  *self,
                                          gint64          id);
gboolean       ta_pairing_list_reload    (TaPairingList  *self,
                                          GError        **error);

G_END_DECLS
