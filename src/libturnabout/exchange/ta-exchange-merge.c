/* ta-exchange-merge.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ta-exchange-private.h"

/*
 * The words of exchange files: how a preview line and a describe line
 * name a day, a moment, a session and a side.  Days and times are shown
 * in the local time zone.  The merge itself reads and writes the store
 * (store/ta-store-exchange-merge.c).
 */

/* "9 February 2026", local */
char *
ta_exchange_format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a day in an exchange file's preview, see
   * g_date_time_format(): "9 February 2026" */
  return g_date_time_format (local, C_("exchange day", "%-d %B %Y"));
}

/* "9 February 2026 at 14:00", local */
char *
ta_exchange_format_moment (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  /* Translators: a day and time in an exchange file's preview, see
   * g_date_time_format(): "9 February 2026 at 14:00" */
  return g_date_time_format (local, C_("exchange moment", "%-d %B %Y at %H:%M"));
}

/* "2026-03-01" as "1 March 2026"; the text itself when it is no date. */
char *
ta_exchange_format_date_text (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return g_strdup (date != NULL ? date : "");

  time = g_date_time_new (utc, year, month, day, 12, 0, 0);
  if (time == NULL)
    return g_strdup (date);

  /* Translators: a day in an exchange file's preview, see
   * g_date_time_format(): "9 February 2026" */
  return g_date_time_format (time, C_("exchange day", "%-d %B %Y"));
}

static const char *
status_words (TaSessionStatus status)
{
  switch (status)
    {
    case TA_SESSION_STATUS_PLANNED:
      /* Translators: what a session is, ending "Session on 9 February 2026 at 14:00: …" */
      return C_("session is", "planned");
    case TA_SESSION_STATUS_HELD:
      /* Translators: what a session is, ending "Session on 9 February 2026 at 14:00: …" */
      return C_("session is", "held");
    case TA_SESSION_STATUS_CANCELLED:
      /* Translators: what a session is, ending "Session on 9 February 2026 at 14:00: …" */
      return C_("session is", "cancelled");
    case TA_SESSION_STATUS_NO_SHOW:
      /* Translators: what a session is, ending "Session on 9 February 2026 at 14:00: …" */
      return C_("session is", "a no-show");
    default:
      return "";
    }
}

/* "Session on 9 February 2026 at 14:00: held." */
char *
ta_exchange_describe_session (TaExSession *session)
{
  g_autofree char *when = ta_exchange_format_moment (session->starts);

  /* Translators: %1$s is a day and time ("9 February 2026 at 14:00"),
   * %2$s what the session is ("held", "planned") */
  return g_strdup_printf (_("Session on %1$s: %2$s."), when, status_words (session->status));
}

/* "mentor" / "mentee", as in a sentence */
const char *
ta_exchange_side_label (TaPairSide side)
{
  /* Translators: the side of a pair, in a sentence */
  return side == TA_PAIR_SIDE_MENTOR ? C_("pair side", "mentor") : C_("pair side", "mentee");
}

const char *
ta_exchange_check_in_kind_name (TaCheckInKind kind)
{
  switch (kind)
    {
    case TA_CHECK_IN_BASELINE:
      /* Translators: a kind of check-in, in a sentence */
      return C_("check-in", "baseline");
    case TA_CHECK_IN_FIT:
      /* Translators: a kind of check-in, in a sentence */
      return C_("check-in", "fit");
    case TA_CHECK_IN_RELATIONSHIP:
      /* Translators: a kind of check-in, in a sentence */
      return C_("check-in", "relationship");
    case TA_CHECK_IN_CLOSING:
    default:
      /* Translators: a kind of check-in, in a sentence */
      return C_("check-in", "closing");
    }
}

/* "relationship, quality 4 of 5" */
static char *
check_in_answer (TaExCheckIn *check_in)
{
  const char *kind = ta_exchange_check_in_kind_name (check_in->kind);

  if (check_in->kind == TA_CHECK_IN_FIT && check_in->fit != TA_CHECK_IN_FIT_NONE)
    {
      const char *fit = check_in->fit == TA_CHECK_IN_FIT_GOOD ? C_("fit answer", "a good fit")
                        : check_in->fit == TA_CHECK_IN_FIT_DECIDING ? C_("fit answer", "still deciding")
                        : C_("fit answer", "not a fit");

      /* Translators: %1$s is the kind of check-in ("fit"), %2$s the answer ("a good fit") */
      return g_strdup_printf (C_("check-in answer", "%1$s, %2$s"), kind, fit);
    }
  if (check_in->quality > 0)
    /* Translators: %1$s is the kind of check-in ("relationship"), %2$d a number from 1 to 5 */
    return g_strdup_printf (C_("check-in answer", "%1$s, quality %2$d of 5"), kind, check_in->quality);
  if (check_in->recommend >= 0)
    /* Translators: %1$s is the kind of check-in ("closing"), %2$d a number from 0 to 10 */
    return g_strdup_printf (C_("check-in answer", "%1$s, would recommend %2$d of 10"), kind, check_in->recommend);
  if (check_in->confidence > 0)
    /* Translators: %1$s is the kind of check-in ("baseline"), %2$d a number from 1 to 5 */
    return g_strdup_printf (C_("check-in answer", "%1$s, confidence %2$d of 5"), kind, check_in->confidence);

  return g_strdup (kind);
}

/* "Check-in answer: relationship, quality 4 of 5.", or with @with_side
 * "The mentee's check-in answer: …" */
char *
ta_exchange_describe_check_in_full (TaExCheckIn *check_in,
                          gboolean     with_side)
{
  g_autofree char *answer = check_in_answer (check_in);

  if (!with_side)
    /* Translators: %s is an answer, "relationship, quality 4 of 5" */
    return g_strdup_printf (_("Check-in answer: %s."), answer);
  if (check_in->side == TA_PAIR_SIDE_MENTOR)
    /* Translators: %s is an answer, "relationship, quality 4 of 5" */
    return g_strdup_printf (_("The mentor's check-in answer: %s."), answer);

  /* Translators: %s is an answer, "relationship, quality 4 of 5" */
  return g_strdup_printf (_("The mentee's check-in answer: %s."), answer);
}

char *
ta_exchange_describe_check_in (TaExCheckIn *check_in)
{
  return ta_exchange_describe_check_in_full (check_in, FALSE);
}
