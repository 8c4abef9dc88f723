/* ta-session-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-session.h"

G_BEGIN_DECLS

/* The store fills sessions it loads without a notify per field, as for
 * pairings (see ta-pairing-private.h). */
struct _TaSession
{
  GObject parent_instance;

  gint64 id;
  /* Bumped by the store on every change of the record (see
   * migration 5); 0 for a record not read from a store. */
  gint64 revision;
  TaSessionKind kind;
  gint64 pairing_id;
  char *title;
  GDateTime *starts_at;
  int duration;
  char *location;
  TaSessionStatus status;
  gint64 cancelled_by;
  char *cancel_reason;
  char *notes;
  char *mentor_learned;
  char *mentee_learned;
  /* Whether each side's learning may leave the machine in a pair update
   * (docs/exchange.md) */
  gboolean mentor_learned_shared;
  gboolean mentee_learned_shared;
  int mentor_rating;
  int mentee_rating;
  gint64 series_id;
  GDateTime *occurrence_start;
  GArray *attendees; /* gint64, sorted */
};

void _ta_session_assign     (TaSession *self,
                             TaSession *source);
void _ta_session_set_series (TaSession *self,
                             gint64     series_id,
                             GDateTime *occurrence_start);

G_END_DECLS
