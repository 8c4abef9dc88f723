/* ta-store-queries.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

/* Reads that layers above the store (matching, formats) need in a shape
 * of their own: plain data, so that no SQL leaves db/ and store/. */

#define TA_MOMENTUM_DEFAULT_WEEKS 6
#define TA_MOMENTUM_MAX_WEEKS 52

/**
 * TaStoreMomentumRow:
 * @pairing_id: an active pairing
 * @started_on: (nullable): its start day, "YYYY-MM-DD" (the day it was
 *   made if no start is set)
 * @starts_at: (nullable): the start of one of its sessions, UTC as the
 *   store writes it; %NULL for a pairing without sessions
 * @status: (nullable): that session's status ("planned", "held", …)
 *
 * One row of ta_store_foreach_momentum_row(); the text is the
 * database's own and lasts until the callback returns.
 */
typedef struct
{
  gint64      pairing_id;
  const char *started_on;
  const char *starts_at;
  const char *status;
} TaStoreMomentumRow;

/* Called for each row, in order; the row is valid during the call only. */
typedef void (*TaStoreMomentumFunc) (const TaStoreMomentumRow *row,
                                     gpointer                  user_data);

/**
 * TaStoreStamp:
 * @id: a session's or a series' id
 * @created_at: (nullable): when it was made, UTC as the store writes it
 *   (series only; %NULL for sessions)
 * @updated_at: (nullable): when it last changed, likewise
 *
 * When a record changed, which the record objects do not carry.
 */
typedef struct
{
  gint64  id;
  char   *created_at;
  char   *updated_at;
} TaStoreStamp;

int       ta_store_get_momentum_weeks  (TaStore   *self,
                                        GError   **error);
gboolean  ta_store_set_momentum_weeks  (TaStore   *self,
                                        int        weeks,
                                        GError   **error);
gboolean  ta_store_foreach_momentum_row (TaStore            *self,
                                         int                *out_weeks,
                                         TaStoreMomentumFunc func,
                                         gpointer            user_data,
                                         GError            **error);
gboolean  ta_store_read_export_stamps  (TaStore   *self,
                                        GArray   **out_sessions,
                                        GArray   **out_series,
                                        GError   **error);

G_END_DECLS
