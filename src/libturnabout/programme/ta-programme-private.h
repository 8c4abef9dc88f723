/* ta-programme-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-programme.h"
#include "ta-store.h"

G_BEGIN_DECLS

/* Shared by the files of TaProgramme; nothing outside programme/. */
struct _TaProgramme
{
  GObject            parent_instance;

  TaStore           *store;

  /* The live lists, made on first use and shared by every view. */
  TaParticipantList *participants;
  TaPairingList     *pairings;
  TaSessionList     *sessions;
  TaTopicList       *topics;
};

G_END_DECLS
