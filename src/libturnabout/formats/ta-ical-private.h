/* ta-ical-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>
#include <string.h>

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

/*
 * The UIDs this programme gives the events it exports, so that importing
 * its own export again finds its sessions instead of adding them twice:
 *
 *   session-<session id>-<programme id>@turnabout   a session on its own
 *   series-<series id>-<programme id>@turnabout     a series (its master,
 *                                                   and with a RECURRENCE-ID
 *                                                   each occurrence)
 *
 * The programme id (ta_store_get_programme_id(), the settings row
 * TA_STORE_PROGRAMME_ID_KEY) is made once, at random, and kept, so that
 * two programmes' exports never share a UID.  It is 1 to 64 of
 * [A-Za-z0-9-] (a UUID fits).  Exports made before there was one read
 * "session-<id>@turnabout"; those are still understood, as this
 * programme's if the session they name fits the event.  The domain is
 * compared without case.
 */
#define TA_ICAL_OWN_UID_DOMAIN "turnabout"
#define TA_ICAL_PROGRAMME_ID_MAX 64

typedef enum
{
  TA_ICAL_OWN_UID_NONE,     /* not one of ours */
  TA_ICAL_OWN_UID_SESSION,
  TA_ICAL_OWN_UID_SERIES,
} TaIcalOwnUid;

/* Which of our UIDs @uid is, with the id it names and (nullable) the
 * programme id it carries; TA_ICAL_OWN_UID_NONE for any other UID. */
static inline TaIcalOwnUid
_ta_ical_parse_own_uid (const char  *uid,
                        gint64      *out_id,
                        char       **out_programme)
{
  TaIcalOwnUid kind;
  const char *p;
  const char *at;
  const char *programme = NULL;
  gint64 id = 0;

  if (out_id != NULL)
    *out_id = 0;
  if (out_programme != NULL)
    *out_programme = NULL;
  if (uid == NULL)
    return TA_ICAL_OWN_UID_NONE;

  if (g_str_has_prefix (uid, "session-"))
    kind = TA_ICAL_OWN_UID_SESSION, p = uid + strlen ("session-");
  else if (g_str_has_prefix (uid, "series-"))
    kind = TA_ICAL_OWN_UID_SERIES, p = uid + strlen ("series-");
  else
    return TA_ICAL_OWN_UID_NONE;

  at = strchr (p, '@');
  if (at == NULL || g_ascii_strcasecmp (at + 1, TA_ICAL_OWN_UID_DOMAIN) != 0 ||
      !g_ascii_isdigit (*p))
    return TA_ICAL_OWN_UID_NONE;

  for (; p < at && g_ascii_isdigit (*p); p++)
    {
      if (id > (G_MAXINT64 - 9) / 10)
        return TA_ICAL_OWN_UID_NONE;
      id = id * 10 + (*p - '0');
    }
  if (id <= 0)
    return TA_ICAL_OWN_UID_NONE;

  if (p < at)
    {
      if (*p != '-' || at - (p + 1) < 1 || at - (p + 1) > TA_ICAL_PROGRAMME_ID_MAX)
        return TA_ICAL_OWN_UID_NONE;
      programme = p + 1;
      for (const char *c = programme; c < at; c++)
        if (!g_ascii_isalnum (*c) && *c != '-')
          return TA_ICAL_OWN_UID_NONE;
    }

  if (out_id != NULL)
    *out_id = id;
  if (out_programme != NULL && programme != NULL)
    *out_programme = g_strndup (programme, at - programme);
  return kind;
}

/* The UID of session or series @id of the programme @programme
 * (nullable: the form without a programme id). */
static inline char *
_ta_ical_format_own_uid (TaIcalOwnUid  kind,
                         gint64        id,
                         const char   *programme)
{
  const char *prefix = kind == TA_ICAL_OWN_UID_SERIES ? "series" : "session";

  g_assert (kind != TA_ICAL_OWN_UID_NONE);
  g_assert (id > 0);

  if (programme == NULL || *programme == '\0')
    return g_strdup_printf ("%s-%" G_GINT64_FORMAT "@" TA_ICAL_OWN_UID_DOMAIN, prefix, id);
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s@" TA_ICAL_OWN_UID_DOMAIN, prefix, id, programme);
}

/* The kind of session an event is, by ta_session_kind_to_string():
 * "one-on-one", "group-discussion" or "lunch-and-learn".  The export
 * writes it on every event (with the kind's translated label as
 * CATEGORIES, for people); the import keeps a group session a group
 * session, with its DESCRIPTION as the group's agenda and never as a
 * pair's notes. */
#define TA_ICAL_KIND_PROPERTY "X-TURNABOUT-KIND"

G_END_DECLS
