/* ta-ical-zone-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "ta-ical-writer-private.h"

G_BEGIN_DECLS

/* Times and time zones as the export writes them (ta-ical-zone.c), all
 * from libical's zone data, so that what a file says and what its
 * VTIMEZONE says can never disagree. */

/* An iCalendar DATE-TIME: "YYYYMMDDTHHMMSSZ" (UTC) or "YYYYMMDDTHHMMSS". */
typedef char TaIcalStamp[17];

void      _ta_ical_format_utc             (gint64         time,
                                           TaIcalStamp    out);
void      _ta_ical_format_local           (icaltimezone  *zone,
                                           gint64         time,
                                           TaIcalStamp    out);
gboolean  _ta_ical_is_repeated_local_time (icaltimezone  *zone,
                                           gint64         time);

/* A zone an export writes times in, and the instants it writes in it, to
 * trim its VTIMEZONE to those years. */
typedef struct
{
  char *id;              /* the IANA id, as the file names it */
  icaltimezone *zone;    /* libical's built-in zone (unowned) */
  gint64 first;          /* the earliest instant written in it (Unix time) */
  gint64 last;           /* the latest one */
  gboolean open_ended;   /* a rule with no end speaks in it */
} TaIcalZoneUse;

/* NULL with TA_ICAL_ERROR_TIME_ZONE when this system has no data for it. */
TaIcalZoneUse *_ta_ical_zone_use_new    (const char     *zone_id,
                                         GError        **error);
void           _ta_ical_zone_use_free   (gpointer        use);
void           _ta_ical_zone_use_cover  (TaIcalZoneUse  *use,
                                         gint64          time);
gboolean       _ta_ical_zone_use_is_used (TaIcalZoneUse *use);
/* Its VTIMEZONE, trimmed to the local years of [first, last] (no end
 * when open-ended), named by the IANA id. */
void           _ta_ical_zone_use_write  (TaIcalZoneUse  *use,
                                         TaIcalWriter   *writer);

G_END_DECLS
