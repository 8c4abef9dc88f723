/* ta-ical.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"


#include "ta-store.h"
#include "ta-ical.h"

/*
 * iCalendar (RFC 5545) export and import of sessions, with libical.
 *
 * Export: one VCALENDAR without METHOD (a calendar to import or
 * subscribe to, not an iTIP message: METHOD:PUBLISH forbids the
 * ATTENDEEs we write, RFC 5546), with a VTIMEZONE per zone used, built
 * from libical's zone data, renamed to the plain IANA id so that Outlook,
 * Google Calendar and GNOME Calendar all recognise it, and trimmed to the
 * years the file uses (icaltimezone_truncate_vtimezone()).  With a
 * facilitator's address (ta_store_get_facilitator_email()) every event
 * with attendees names it as ORGANIZER.  Attendees' names are
 * RFC 6868-encoded.
 *
 * A session outside any series is one VEVENT with the UID
 * "session-<id>-<programme id>@turnabout" (ta-ical-private.h): a session
 * id never changes nor is reused, and the programme id (random, kept in
 * the file) tells two programmes apart, so exporting twice gives the same
 * UIDs and a calendar updates the event instead of adding a second one,
 * while another programme's never replaces it.  SEQUENCE is the record's
 * revision less one; LAST-MODIFIED and DTSTAMP (the same thing without
 * METHOD, RFC 5545 3.8.7.2) its last change.  X-TURNABOUT-KIND (and
 * CATEGORIES, for people) says whether it is a one-on-one or a group
 * session; a group session's notes are its DESCRIPTION, a pair's never
 * leave.  Times are local, with a TZID, except a start or end in the hour
 * repeated when summer time ends: parsers disagree on which of the two it
 * means, so such an event's DTSTART and DTEND are both in UTC.
 *
 * A series is one master VEVENT, UID "series-<id>-<programme id>@turnabout",
 * whose DTSTART (in the series' zone) is the rule's first occurrence and
 * whose RRULE says the rest (UNTIL in UTC, as RFC 5545 wants with a zoned
 * DTSTART).  The store materialises occurrences as sessions and keeps
 * removed ones as exceptions: every occurrence the rule makes, up to the
 * last one the store knows of, that has no session any more is an EXDATE;
 * a session that is not what the rule makes of it (moved, another length
 * or place, held, missed, cancelled) is an override with the same UID and
 * a RECURRENCE-ID (its original start, in the series' zone).  Unchanged
 * planned occurrences are covered by the RRULE alone.  The master's
 * SEQUENCE counts its EXDATEs, plus one once its rule was cut short (a
 * series has no revision of its own).
 *
 * Import (ta-ical-import.c): event by event, each occurrence of a
 * repeating one on its own, imported as a one-on-one of the pairing whose
 * mentor and mentee attend it, updated, left as it is, skipped or
 * refused, with the reason.  Our own UIDs (ta-ical-private.h) find the
 * sessions they name, so that an export imported again changes nothing.
 */

G_DEFINE_QUARK (ta-ical-error-quark, ta_ical_error)
