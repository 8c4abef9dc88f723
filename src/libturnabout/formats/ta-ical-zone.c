/* ta-ical-zone.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <time.h>

#include "ta-ical.h"
#include "ta-ical-zone-private.h"

/* Times and time zones for the export (see ta-ical-zone-private.h): every
 * offset comes from libical's zone, the same data the VTIMEZONE written
 * into the file is made of. */

/* --- Times ------------------------------------------------------------ */

void
_ta_ical_format_utc (gint64       time,
                     TaIcalStamp  out)
{
  time_t seconds = (time_t) time;
  struct tm fields;

  gmtime_r (&seconds, &fields);
  g_snprintf (out, sizeof (TaIcalStamp), "%04d%02d%02dT%02d%02d%02dZ",
              fields.tm_year + 1900, fields.tm_mon + 1, fields.tm_mday,
              fields.tm_hour, fields.tm_min, fields.tm_sec);
}
static int
utc_offset (icaltimezone *zone,
            gint64        time)
{
  struct icaltimetype utc = icaltime_from_timet_with_zone ((time_t) time, 0, icaltimezone_get_utc_timezone ());
  int is_daylight = 0;

  return icaltimezone_get_utc_offset_of_utc_time (zone, &utc, &is_daylight);
}

/* The wall-clock time of @time in @zone, "YYYYMMDDTHHMMSS". */
void
_ta_ical_format_local (icaltimezone *zone,
                       gint64        time,
                       TaIcalStamp   out)
{
  _ta_ical_format_utc (time + utc_offset (zone, time), out);
  out[15] = '\0';
}

/*
 * Whether the wall-clock time of @time in @zone happens twice: the hour
 * repeated when summer time ends (02:30 on the last Sunday of October in
 * Brussels is 00:30 UTC and 01:30 UTC).  RFC 5545 3.3.5 makes such a
 * local time the first of the two, but parsers differ (python-icalendar
 * with pytz takes the second): only UTC means one instant to all of them.
 *
 * Zones change their offset at most a few times a year, never twice in
 * a day: the offsets 12 hours either side are the only other candidates.
 */
gboolean
_ta_ical_is_repeated_local_time (icaltimezone *zone,
                                 gint64        time)
{
  int offset = utc_offset (zone, time);
  const int others[] = { utc_offset (zone, time - 12 * 3600), utc_offset (zone, time + 12 * 3600) };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      /* The instant that shows the same wall clock under the other offset,
       * if that offset is in force then. */
      gint64 twin = time + offset - others[i];

      if (others[i] != offset && utc_offset (zone, twin) == others[i])
        return TRUE;
    }

  return FALSE;
}

/* --- Zones ------------------------------------------------------------ */

TaIcalZoneUse *
_ta_ical_zone_use_new (const char  *zone_id,
                       GError     **error)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (zone_id);
  TaIcalZoneUse *use;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    {
      /* Translators: %s is a time zone id such as Europe/Brussels */
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_TIME_ZONE,
                   _("No data for the time zone “%s” on this system"), zone_id);
      return NULL;
    }

  use = g_new0 (TaIcalZoneUse, 1);
  use->id = g_strdup (zone_id);
  use->zone = zone;
  use->first = G_MAXINT64;
  use->last = G_MININT64;
  return use;
}

void
_ta_ical_zone_use_free (gpointer data)
{
  TaIcalZoneUse *use = data;

  g_free (use->id);
  g_free (use);
}

void
_ta_ical_zone_use_cover (TaIcalZoneUse *use,
                         gint64         time)
{
  use->first = MIN (use->first, time);
  use->last = MAX (use->last, time);
}

/* Whether anything was written in the zone: only then does the file need
 * its VTIMEZONE. */
gboolean
_ta_ical_zone_use_is_used (TaIcalZoneUse *use)
{
  return use->first <= use->last;
}

/* The UTC icaltime of @time. */
static icaltimetype
utc_icaltime (gint64 time)
{
  return icaltime_from_timet_with_zone ((time_t) time, 0, icaltimezone_get_utc_timezone ());
}

/* The first (or, @end, the last) second of the year, in @zone, that
 * @time falls in there. */
static gint64
local_year_bound (icaltimezone *zone,
                  gint64        time,
                  gboolean      end)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_utc (time + utc_offset (zone, time));
  g_autoptr(GDateTime) bound = NULL;
  gint64 wall;

  if (end)
    bound = g_date_time_new_utc (g_date_time_get_year (local), 12, 31, 23, 59, 59);
  else
    bound = g_date_time_new_utc (g_date_time_get_year (local), 1, 1, 0, 0, 0);
  wall = g_date_time_to_unix (bound);
  return wall - utc_offset (zone, wall);
}

/* Drops the observances of @vtimezone before the local year of @first
 * and after that of @last (G_MAXINT64: none after), with libical. */
static void
trim_vtimezone (icalcomponent *vtimezone,
                icaltimezone  *zone,
                gint64         first,
                gint64         last)
{
  icaltimetype start = utc_icaltime (local_year_bound (zone, first, FALSE));
  icaltimetype end = icaltime_null_time ();

  if (last != G_MAXINT64)
    end = utc_icaltime (local_year_bound (zone, last, TRUE));

  /* Not "MS compatible": the observances then start in the first year
   * instead of decades back. */
  icaltimezone_truncate_vtimezone (vtimezone, start, end, 0);

  /* libical 3.0 leaves a rule that ends within the range as an RDATE in
   * UTC, where RFC 5545 3.6.5 wants the local time of the onset. */
  for (icalcomponent *observance = icalcomponent_get_first_component (vtimezone, ICAL_ANY_COMPONENT);
       observance != NULL;
       observance = icalcomponent_get_next_component (vtimezone, ICAL_ANY_COMPONENT))
    {
      icalproperty *from = icalcomponent_get_first_property (observance, ICAL_TZOFFSETFROM_PROPERTY);

      for (icalproperty *rdate = icalcomponent_get_first_property (observance, ICAL_RDATE_PROPERTY);
           rdate != NULL && from != NULL;
           rdate = icalcomponent_get_next_property (observance, ICAL_RDATE_PROPERTY))
        {
          struct icaldatetimeperiodtype value = icalproperty_get_rdate (rdate);

          if (icaltime_is_null_time (value.time) || !icaltime_is_utc (value.time))
            continue;
          icaltime_adjust (&value.time, 0, 0, 0, icalproperty_get_tzoffsetfrom (from));
          value.time.zone = NULL;
          icalproperty_set_rdate (rdate, value);
        }
    }
}

/* The VTIMEZONE of @use, trimmed to the years the file uses it in. */
void
_ta_ical_zone_use_write (TaIcalZoneUse *use,
                         TaIcalWriter  *writer)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (use->zone));
  icalproperty *tzid;
  char *text;

  trim_vtimezone (vtimezone, use->zone, use->first, use->open_ended ? G_MAXINT64 : use->last);

  /* libical names its built-in zones with a prefix
   * ("/freeassociation.sourceforge.net/…") that other calendars do not
   * know: the copy we write carries the plain IANA id. */
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, use->id);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (use->id));

  text = icalcomponent_as_ical_string_r (vtimezone);
  _ta_ical_writer_append_lines (writer, text);
  free (text);
  icalcomponent_free (vtimezone);
}
