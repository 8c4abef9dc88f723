/* ta-ical.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-ical"

#include "config.h"


#include "ta-ical.h"

/*
 * iCalendar (RFC 5545) export and import of sessions, with libical.
 *
 * Export: one VCALENDAR (METHOD:PUBLISH) with a VTIMEZONE per zone used,
 * built from libical's zone data and renamed to the plain IANA id so that
 * Outlook, Google Calendar and GNOME Calendar all recognise it.
 *
 * A session outside any series is one VEVENT with the UID
 * "session-<id>@turnabout": a session id never changes nor is reused, so
 * exporting twice gives the same UIDs and a calendar updates the event
 * instead of adding a second one.
 *
 * A series is one master VEVENT, UID "series-<id>@turnabout", whose
 * DTSTART (in the series' zone) is the rule's first occurrence and whose
 * RRULE says the rest (UNTIL in UTC, as RFC 5545 wants with a zoned
 * DTSTART).  The store materialises occurrences as sessions and keeps
 * removed ones as exceptions: every occurrence the rule makes, up to the
 * last one the store knows of, that has no session any more is an EXDATE;
 * a session that is not what the rule makes of it (moved, another length
 * or place, held, missed, cancelled) is an override with the same UID and
 * a RECURRENCE-ID (its original start, in the series' zone).  Unchanged
 * planned occurrences are covered by the RRULE alone.
 *
 * Import (ta-ical-import.c): event by event, each occurrence of a
 * repeating one on its own, imported as a one-on-one of the pairing whose
 * mentor and mentee attend it, updated, left as it is, skipped or
 * refused, with the reason.  Our own UIDs (ta-ical-private.h) find the
 * sessions they name, so that an export imported again changes nothing.
 */

G_DEFINE_QUARK (ta-ical-error-quark, ta_ical_error)
