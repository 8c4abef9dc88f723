/* ta-ical-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "ta-ical.h"

G_BEGIN_DECLS

/* What the export (ta-ical-export.c) and the import (ta-ical-import.c)
 * share. */

/* A key for a hash table of ids (freed with g_free). */
static inline gint64 *
_ta_ical_id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* The sessions a programme exports carry UIDs that name the programme,
 * so that two programmes' files never replace each other's events in a
 * calendar:
 *
 *   session-<session id>-<programme id>@turnabout   a session on its own
 *   series-<series id>-<programme id>@turnabout     a series (its master
 *                                                   and its overrides)
 *
 * where the programme id is ta_store_get_programme_id() (a UUID, the
 * settings row TA_STORE_PROGRAMME_ID_KEY).  Files
 * from before had "session-<id>@turnabout" and "series-<id>@turnabout". */
typedef enum
{
  TA_ICAL_OWN_UID_NONE,     /* not one of ours */
  TA_ICAL_OWN_UID_SESSION,
  TA_ICAL_OWN_UID_SERIES,
} TaIcalOwnUid;

static inline char *
_ta_ical_format_own_uid (TaIcalOwnUid  kind,
                         gint64        id,
                         const char   *programme_id)
{
  g_assert (kind != TA_ICAL_OWN_UID_NONE);

  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s@turnabout",
                          kind == TA_ICAL_OWN_UID_SERIES ? "series" : "session", id, programme_id);
}

/* The kind of session an event is, by ta_session_kind_to_string():
 * "one-on-one", "group-discussion" or "lunch-and-learn".  The export
 * writes it on every event (with the kind's translated label as
 * CATEGORIES, for people); the import keeps a group session a group
 * session, with its DESCRIPTION as the group's agenda and never as a
 * pair's notes. */
#define TA_ICAL_KIND_PROPERTY "X-TURNABOUT-KIND"

G_END_DECLS
