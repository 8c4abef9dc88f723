/* ta-participant-list.c
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

#define G_LOG_DOMAIN "turnabout-participant-list"

#include "config.h"

#include "ta-participant-list.h"
#include "ta-participant-private.h"
#include "ta-record-list-private.h"
#include "ta-store.h"

/* Every participant, by id: the base class does it all. */
struct _TaParticipantList
{
  TaRecordList parent_instance;
};

TA_RECORD_LIST_DEFINE (TaParticipantList, ta_participant_list, TaParticipant)

static void
ta_participant_list_class_init (TaParticipantListClass *klass)
{
  klass->item_type = TA_TYPE_PARTICIPANT;
  klass->kind = "participant";
  klass->id_offset = G_STRUCT_OFFSET (TaParticipant, id);
  klass->revision_offset = G_STRUCT_OFFSET (TaParticipant, revision);
  klass->copy = (TaRecordCopyFunc) ta_participant_copy;
  klass->assign = (TaRecordAssignFunc) _ta_participant_assign;
  klass->list_all = ta_store_list_participants;
}

static void
ta_participant_list_init (TaParticipantList *self)
{
}
