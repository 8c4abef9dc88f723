/* ta-store-check-ins.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-check-in.h"
#include "ta-store.h"

G_BEGIN_DECLS

/* Check-in answers (ta-store-check-ins.c).  Each write is one BEGIN
 * IMMEDIATE transaction (a SAVEPOINT inside a batch) and is announced by
 * TaStore::check-ins-changed after its COMMIT. */
gboolean   ta_store_add_check_in         (TaStore     *self,
                                          TaCheckIn   *check_in,
                                          GError     **error);
gboolean   ta_store_delete_check_in      (TaStore     *self,
                                          gint64       check_in_id,
                                          GError     **error);
/* (element-type TaCheckIn) (transfer full): one pair's answers (every
 * pair's with @pairing_id 0), oldest first */
GPtrArray *ta_store_list_check_ins       (TaStore     *self,
                                          gint64       pairing_id,
                                          GError     **error);
/* (element-type TaCheckInDue) (transfer full): what is due or answered
 * for one pair (every pair with @pairing_id 0), as of @now, days counted
 * in @zone (ta-check-in-due.h) */
GPtrArray *ta_store_list_due_check_ins   (TaStore     *self,
                                          gint64       pairing_id,
                                          GDateTime   *now,
                                          GTimeZone   *zone,
                                          GError     **error);
/* Whether either side's latest fit answer is "not a fit". */
gboolean   ta_store_is_pairing_flagged   (TaStore     *self,
                                          gint64       pairing_id,
                                          gboolean    *out_flagged,
                                          GError     **error);

G_END_DECLS
