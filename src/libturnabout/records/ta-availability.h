/* ta-availability.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Weekly availability is a set of half-day slots, "mon-am" … "sun-pm",
 * kept as a bit mask: bit (day * 2 + half), day 0 = Monday, half 0 = morning.
 */
#define TA_AVAILABILITY_N_DAYS  7
#define TA_AVAILABILITY_N_SLOTS 14
#define TA_AVAILABILITY_ALL     ((1u << TA_AVAILABILITY_N_SLOTS) - 1)

typedef guint32 TaAvailability;

static inline guint
ta_availability_slot (guint day,
                      guint afternoon)
{
  return day * 2 + (afternoon ? 1 : 0);
}

const char     *ta_availability_slot_name   (guint           slot);
gboolean        ta_availability_parse       (const char     *text,
                                             TaAvailability *out_availability,
                                             GError        **error);
char           *ta_availability_to_string   (TaAvailability  availability);
guint           ta_availability_count       (TaAvailability  availability);

G_END_DECLS
