/* ta-ical-tzid.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <string.h>

#include "ta-ical-import-private.h"

/*
 * The zone of a date-time as calendars write it:
 *
 * - UTC ("…Z");
 * - TZID=…: an IANA zone this system knows (even when the file has its
 *   VTIMEZONE: the system's has the zone's whole history, where files
 *   often carry only this year's rule); a Windows zone name (Outlook),
 *   with or without its VTIMEZONE, by CLDR's table; the file's own
 *   VTIMEZONE for any other name; an IANA id behind a prefix
 *   ("/mozilla.org/20050126_1/Europe/Brussels");
 * - floating (no zone): the calendar's X-WR-TIMEZONE (Google, Apple),
 *   else this computer's zone, which is what a calendar program shows a
 *   floating time in.
 */

struct _TaIcalZone
{
  char *name;
  icaltimezone *ical;  /* unowned: libical's built-in zone, or the file's */
  GTimeZone *glib;     /* this computer's zone, when there is no ical one */
};

struct _TaIcalZones
{
  icalcomponent *calendar;
  GHashTable *by_tzid;  /* TZID → TaIcalZone, or a NULL value for unknown */
  TaIcalZone *utc;
  TaIcalZone *floating;
};

static void
zone_free (gpointer data)
{
  TaIcalZone *zone = data;

  if (zone == NULL)
    return;
  g_free (zone->name);
  g_clear_pointer (&zone->glib, g_time_zone_unref);
  g_free (zone);
}

static TaIcalZone *
zone_new (const char   *name,
          icaltimezone *ical)
{
  TaIcalZone *zone = g_new0 (TaIcalZone, 1);

  zone->name = g_strdup (name);
  zone->ical = ical;
  return zone;
}

/* An IANA zone of this system, by its id. */
static icaltimezone *
builtin_zone (const char *id)
{
  icaltimezone *zone;

  if (id == NULL || *id == '\0')
    return NULL;
  if (g_ascii_strcasecmp (id, "UTC") == 0 || g_ascii_strcasecmp (id, "GMT") == 0 ||
      g_ascii_strcasecmp (id, "Z") == 0)
    return icaltimezone_get_utc_timezone ();

  zone = icaltimezone_get_builtin_timezone (id);
  if (zone != NULL)
    return zone;
  /* libical's own prefixed ids, "/freeassociation.sourceforge.net/…" */
  return icaltimezone_get_builtin_timezone_from_tzid (id);
}

static const TaIcalZone *
resolve (TaIcalZones *self,
         const char  *tzid)
{
  icaltimezone *zone;
  const char *iana;
  g_autofree char *trimmed = g_strstrip (g_strdup (tzid));

  zone = builtin_zone (trimmed);
  if (zone != NULL)
    return zone_new (trimmed, zone);

  iana = _ta_ical_windows_zone_to_iana (trimmed);
  if (iana != NULL && (zone = builtin_zone (iana)) != NULL)
    return zone_new (iana, zone);

  if (self->calendar != NULL)
    {
      zone = icalcomponent_get_timezone (self->calendar, tzid);
      if (zone != NULL)
        return zone_new (trimmed, zone);
    }

  /* "/mozilla.org/20050126_1/Europe/Brussels", "/citadel.org/…": the
   * IANA id is the last two or three parts. */
  for (const char *slash = strchr (trimmed, '/'); slash != NULL; slash = strchr (slash + 1, '/'))
    if ((zone = builtin_zone (slash + 1)) != NULL)
      return zone_new (slash + 1, zone);

  return NULL;
}

/**
 * _ta_ical_zones_new:
 * @calendar: (nullable): the VCALENDAR whose times these are
 *
 * Returns: (transfer full): the zones of @calendar's times
 */
TaIcalZones *
_ta_ical_zones_new (icalcomponent *calendar)
{
  TaIcalZones *self = g_new0 (TaIcalZones, 1);
  const char *wr_timezone = NULL;

  self->calendar = calendar;
  self->by_tzid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, zone_free);
  self->utc = zone_new ("UTC", icaltimezone_get_utc_timezone ());

  for (icalproperty *property = calendar != NULL ? icalcomponent_get_first_property (calendar, ICAL_X_PROPERTY)
                                                 : NULL;
       property != NULL;
       property = icalcomponent_get_next_property (calendar, ICAL_X_PROPERTY))
    {
      const char *name = icalproperty_get_x_name (property);

      if (name != NULL && g_ascii_strcasecmp (name, "X-WR-TIMEZONE") == 0)
        wr_timezone = icalproperty_get_x (property);
    }

  if (wr_timezone != NULL)
    self->floating = (TaIcalZone *) _ta_ical_zones_find (self, wr_timezone);
  if (self->floating != NULL)
    self->floating = zone_new (self->floating->name, self->floating->ical);
  else
    {
      self->floating = zone_new (NULL, NULL);
      self->floating->glib = g_time_zone_new_local ();
      self->floating->name = g_strdup (g_time_zone_get_identifier (self->floating->glib));
    }

  return self;
}

void
_ta_ical_zones_free (TaIcalZones *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->by_tzid, g_hash_table_unref);
  zone_free (self->utc);
  zone_free (self->floating);
  g_free (self);
}

/* The zone of TZID=@tzid, or %NULL when nothing says what it is. */
const TaIcalZone *
_ta_ical_zones_find (TaIcalZones *self,
                     const char  *tzid)
{
  gpointer zone = NULL;

  g_assert (self != NULL);
  g_assert (tzid != NULL);

  if (g_hash_table_lookup_extended (self->by_tzid, tzid, NULL, &zone))
    return zone;

  zone = (gpointer) resolve (self, tzid);
  g_hash_table_insert (self->by_tzid, g_strdup (tzid), zone);
  return zone;
}

const TaIcalZone *
_ta_ical_zones_get_floating (TaIcalZones *self)
{
  return self->floating;
}

const TaIcalZone *
_ta_ical_zones_get_utc (TaIcalZones *self)
{
  return self->utc;
}

const char *
_ta_ical_zone_get_name (const TaIcalZone *zone)
{
  return zone->name;
}

/* The instant of the wall-clock time @wall in @zone.  In the hour that
 * is skipped in spring, or repeated in autumn, the zone's library
 * decides. */
gint64
_ta_ical_zone_to_unix (const TaIcalZone     *zone,
                       struct icaltimetype   wall)
{
  g_assert (zone != NULL);

  if (zone->ical != NULL)
    {
      wall.zone = NULL;
      wall.is_date = 0;
      return (gint64) icaltime_as_timet_with_zone (wall, zone->ical);
    }
  else
    {
      g_autoptr(GDateTime) time = g_date_time_new (zone->glib, wall.year, wall.month, wall.day,
                                                   wall.hour, wall.minute, wall.second);

      return time != NULL ? g_date_time_to_unix (time) : G_MININT64;
    }
}

/* The wall-clock time in @zone of the instant @time. */
struct icaltimetype
_ta_ical_zone_from_unix (const TaIcalZone *zone,
                         gint64            time)
{
  struct icaltimetype wall;

  g_assert (zone != NULL);

  if (zone->ical != NULL)
    {
      wall = icaltime_from_timet_with_zone ((time_t) time, 0, zone->ical);
      wall.zone = NULL;
    }
  else
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone->glib);

      wall = icaltime_null_time ();
      wall.year = g_date_time_get_year (local);
      wall.month = g_date_time_get_month (local);
      wall.day = g_date_time_get_day_of_month (local);
      wall.hour = g_date_time_get_hour (local);
      wall.minute = g_date_time_get_minute (local);
      wall.second = g_date_time_get_second (local);
    }

  return wall;
}
