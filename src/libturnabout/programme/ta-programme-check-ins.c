/* ta-programme-check-ins.c
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

/* Check-ins (docs/exchange.md): the programme's door to the answers and
 * the due rules; every change is announced as changed::check-ins. */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-programme-private.h"
#include "ta-store-check-ins.h"

/**
 * ta_programme_list_check_ins:
 * @self: a #TaProgramme
 * @pairing_id: a pair, or 0 for every pair
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaCheckIn): the pair's answers,
 *   oldest first
 */
GPtrArray *
ta_programme_list_check_ins (TaProgramme  *self,
                             gint64        pairing_id,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_check_ins (self->store, pairing_id, error);
}

/**
 * ta_programme_list_due_check_ins:
 * @self: a #TaProgramme
 * @pairing_id: a pair, or 0 for every pair
 * @now: (nullable): the moment to compute for; %NULL for now
 * @error: a #TA_STORE_ERROR
 *
 * What is due, or was due and is answered, by the due rules of
 * docs/exchange.md, days counted in the local time zone.
 *
 * Returns: (transfer full) (element-type TaCheckInDue): by pair, kind,
 *   then side (mentor first)
 */
GPtrArray *
ta_programme_list_due_check_ins (TaProgramme  *self,
                                 gint64        pairing_id,
                                 GDateTime    *now,
                                 GError      **error)
{
  g_autoptr(GDateTime) current = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();

  return ta_store_list_due_check_ins (self->store, pairing_id, now, zone, error);
}

/**
 * ta_programme_add_check_in:
 * @self: a #TaProgramme
 * @check_in: the answer: gets its id, and a uid and answered_at when unset
 * @error: %TA_STORE_ERROR_INVALID naming the question, or another
 *   #TA_STORE_ERROR
 *
 * Does ta_store_add_check_in() on the programme's store.
 */
gboolean
ta_programme_add_check_in (TaProgramme  *self,
                           TaCheckIn    *check_in,
                           GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_check_in (self->store, check_in, error);
}

/**
 * ta_programme_delete_check_in:
 * @self: a #TaProgramme
 * @check_in_id: the answer
 * @error: a #TA_STORE_ERROR
 *
 * Does ta_store_delete_check_in() on the programme's store.
 */
gboolean
ta_programme_delete_check_in (TaProgramme  *self,
                              gint64        check_in_id,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_check_in (self->store, check_in_id, error);
}

/**
 * ta_programme_is_pairing_flagged:
 * @self: a #TaProgramme
 * @pairing_id: a pair
 *
 * Returns: whether the latest fit answer of either side of the pair is
 *   "not a fit" (%FALSE, with a warning, when the store cannot be read)
 */
gboolean
ta_programme_is_pairing_flagged (TaProgramme *self,
                                 gint64       pairing_id)
{
  g_autoptr(GError) error = NULL;
  gboolean flagged = FALSE;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  if (!ta_store_is_pairing_flagged (self->store, pairing_id, &flagged, &error))
    g_warning ("Could not read the check-ins of pair %" G_GINT64_FORMAT ": %s", pairing_id, error->message);

  return flagged;
}
