/* ta-pairing-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairing-list"

#include "config.h"

#include "ta-pairing-list.h"
#include "ta-pairing-private.h"
#include "ta-record-list-private.h"
#include "ta-store.h"

/* Every pairing, by id: the base class does it all. */
struct _TaPairingList
{
  TaRecordList parent_instance;
};

TA_RECORD_LIST_DEFINE (TaPairingList, ta_pairing_list, TaPairing)

static void
ta_pairing_list_class_init (TaPairingListClass *klass)
{
  klass->item_type = TA_TYPE_PAIRING;
  klass->kind = "pairing";
  klass->id_offset = G_STRUCT_OFFSET (TaPairing, id);
  klass->revision_offset = G_STRUCT_OFFSET (TaPairing, revision);
  klass->copy = (TaRecordCopyFunc) ta_pairing_copy;
  klass->assign = (TaRecordAssignFunc) _ta_pairing_assign;
  klass->list_all = ta_store_list_pairings;
}

static void
ta_pairing_list_init (TaPairingList *self)
{
}
