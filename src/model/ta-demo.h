/* ta-demo.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

#define TA_DEMO_DEFAULT_PARTICIPANTS 60
#define TA_DEMO_MAX_PARTICIPANTS     100000

/*
 * Fills @store with a believable sample programme of @n_participants
 * people; the same @seed gives the same programme.  Refuses a store that
 * already holds participants, so a real programme is never mixed with
 * made-up people.
 */
gboolean ta_demo_fill (TaStore  *store,
                       guint     n_participants,
                       guint32   seed,
                       GError  **error);

G_END_DECLS
