/* ta-pairing-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-pairing.h"

G_BEGIN_DECLS

/* The store fills pairings it loads without a notify per field, as for
 * participants (see ta-participant-private.h). */
struct _TaPairing
{
  GObject parent_instance;

  gint64 id;
  /* Bumped by the store on every change of the record (see
   * migration 5); 0 for a record not read from a store. */
  gint64 revision;
  gint64 mentor_id;
  gint64 mentee_id;
  TaPairingStatus status;
  double score;
  char *explanation;
  char *started_on;
  char *ended_on;
  char *end_reason;

  /* Owned references */
  GListStore *goals; /* TaGoal */
};

void _ta_pairing_assign (TaPairing *self,
                         TaPairing *source);

G_END_DECLS
