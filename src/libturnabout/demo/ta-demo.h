/* ta-demo.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-error.h"
#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-participant.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-topic.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;

G_BEGIN_DECLS

#define TA_DEMO_DEFAULT_PARTICIPANTS 60
#define TA_DEMO_MAX_PARTICIPANTS     100000
/* Up to this many people, pairings are the matcher's exact suggestions
 * and a few people do both; above, see ta_demo_fill_full(). */
#define TA_DEMO_MAX_MATCHED          2000

/**
 * TaDemoFlags:
 * @TA_DEMO_FLAGS_NONE: a programme about eleven months into its year,
 *   with pairings
 * @TA_DEMO_NO_PAIRINGS: a cohort on the day it signed up: everyone
 *   active, nobody paired yet (what the pairing benchmark needs)
 */
typedef enum
{
  TA_DEMO_FLAGS_NONE  = 0,
  TA_DEMO_NO_PAIRINGS = 1 << 0,
} TaDemoFlags;

/*
 * Fills @store with a believable sample programme of @n_participants
 * people, about eleven months into its programme year, with pairings
 * (ta_demo_fill()), or not yet paired (ta_demo_fill_full() with
 * %TA_DEMO_NO_PAIRINGS); the same @seed
 * gives the same programme.  Refuses a store that already holds
 * participants, so a real programme is never mixed with made-up people.
 */
gboolean ta_demo_fill      (TaStore      *store,
                            guint         n_participants,
                            guint32       seed,
                            GError      **error);
gboolean ta_demo_fill_full (TaStore      *store,
                            guint         n_participants,
                            guint32       seed,
                            TaDemoFlags   flags,
                            GError      **error);

G_END_DECLS
