/* ta-ical-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "ta-file.h"
#include "ta-ical-private.h"
#include "ta-session-clash-private.h"
#include "ta-store-private.h"
#include "ta-validate-private.h"

/* Export of sessions to iCalendar; the format, and how series map to it, is described in
 * ta-ical.c. */


#define UID_FORMAT "session-%" G_GINT64_FORMAT "@turnabout"
#define SERIES_UID_FORMAT "series-%" G_GINT64_FORMAT "@turnabout"

typedef struct
{
  TaStore *store;
  GHashTable *participants;  /* id (gint64 *) → TaParticipant */
  GHashTable *pairings;      /* id (gint64 *) → TaPairing */
  GHashTable *series_zones;  /* series id (gint64 *) → zone id (char *) */
  GHashTable *zones;         /* zone id → VTIMEZONE already added (unowned) */
} Exporter;

static void
exporter_clear (Exporter *self)
{
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_clear_pointer (&self->pairings, g_hash_table_unref);
  g_clear_pointer (&self->series_zones, g_hash_table_unref);
  g_clear_pointer (&self->zones, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Exporter, exporter_clear)

static gboolean
exporter_load (Exporter  *self,
               GError   **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;

  participants = ta_store_list_participants (self->store, error);
  if (participants == NULL)
    return FALSE;
  pairings = ta_store_list_pairings (self->store, error);
  if (pairings == NULL)
    return FALSE;

  self->participants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->pairings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->series_zones = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_hash_table_insert (self->participants, _ta_ical_id_key (ta_participant_get_id (participant)),
                           g_object_ref (participant));
    }
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      g_hash_table_insert (self->pairings, _ta_ical_id_key (ta_pairing_get_id (pairing)),
                           g_object_ref (pairing));
    }

  return TRUE;
}

static gboolean
session_involves (Exporter  *self,
                  TaSession *session,
                  gint64     participant_id)
{
  if (ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    {
      gint64 pairing_id = ta_session_get_pairing_id (session);
      TaPairing *pairing = g_hash_table_lookup (self->pairings, &pairing_id);

      return pairing != NULL &&
             (ta_pairing_get_mentor_id (pairing) == participant_id ||
              ta_pairing_get_mentee_id (pairing) == participant_id);
    }
  else
    {
      guint n = 0;
      const gint64 *ids = ta_session_get_attendees (session, &n);

      for (guint i = 0; i < n; i++)
        if (ids[i] == participant_id)
          return TRUE;
      return FALSE;
    }
}

/* The zone a session is shown in: its series', or the default. */
static const char *
session_zone (Exporter   *self,
              TaSession  *session,
              GError    **error)
{
  gint64 series_id = ta_session_get_series_id (session);
  g_autoptr(TaRecurrence) rule = NULL;
  const char *zone;

  if (series_id == 0)
    return TA_ICAL_DEFAULT_TIME_ZONE;

  zone = g_hash_table_lookup (self->series_zones, &series_id);
  if (zone != NULL)
    return zone;

  rule = ta_store_get_series (self->store, series_id, NULL, NULL, NULL, error);
  if (rule == NULL)
    return NULL;

  zone = rule->time_zone != NULL ? rule->time_zone : TA_ICAL_DEFAULT_TIME_ZONE;
  g_hash_table_insert (self->series_zones, _ta_ical_id_key (series_id), g_strdup (zone));
  return g_hash_table_lookup (self->series_zones, &series_id);
}

/* Adds the VTIMEZONE of @zone_id to @calendar once; returns the zone. */
static icaltimezone *
exporter_use_zone (Exporter       *self,
                   icalcomponent  *calendar,
                   const char     *zone_id,
                   GError        **error)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (zone_id);
  icalcomponent *vtimezone;
  icalproperty *tzid;

  if (zone == NULL || icaltimezone_get_component (zone) == NULL)
    {
      /* Translators: %s is a time zone id such as Europe/Brussels */
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_TIME_ZONE,
                   _("No data for the time zone “%s” on this system"), zone_id);
      return NULL;
    }

  if (g_hash_table_contains (self->zones, zone_id))
    return zone;

  /* libical names its built-in zones with a prefix
   * ("/freeassociation.sourceforge.net/…") that other calendars do not
   * know: the copy we write carries the plain IANA id. */
  vtimezone = icalcomponent_new_clone (icaltimezone_get_component (zone));
  tzid = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, zone_id);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (zone_id));
  icalcomponent_add_component (calendar, vtimezone);

  g_hash_table_add (self->zones, g_strdup (zone_id));
  return zone;
}

static icalproperty *
time_property (icalproperty_kind  kind,
               GDateTime         *time,
               icaltimezone      *zone,
               const char        *zone_id)
{
  struct icaltimetype value;
  icalproperty *property;

  value = icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (time), 0, zone);
  /* A local time with a TZID parameter: without the zone attached, libical
   * would write a trailing "Z" as if it were UTC. */
  value.zone = NULL;
  switch ((int) kind)
    {
    case ICAL_DTSTART_PROPERTY:
      property = icalproperty_new_dtstart (value);
      break;
    case ICAL_DTEND_PROPERTY:
      property = icalproperty_new_dtend (value);
      break;
    case ICAL_RECURRENCEID_PROPERTY:
      property = icalproperty_new_recurrenceid (value);
      break;
    case ICAL_EXDATE_PROPERTY:
      property = icalproperty_new_exdate (value);
      break;
    default:
      g_assert_not_reached ();
    }

  if (icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER) == NULL)
    icalproperty_add_parameter (property, icalparameter_new_tzid (zone_id));

  return property;
}

static void
add_attendee (icalcomponent *event,
              TaParticipant *participant)
{
  const char *email = ta_participant_get_email (participant);
  const char *name = ta_participant_get_name (participant);
  g_autofree char *address = NULL;
  icalproperty *attendee;

  if (email == NULL || *email == '\0')
    return;

  address = g_strconcat ("mailto:", email, NULL);
  attendee = icalproperty_new_attendee (address);
  if (name != NULL && *name != '\0')
    {
      /* A parameter value cannot hold a double quote (RFC 5545 3.1). */
      g_autoptr(GString) cn = g_string_new (name);

      g_string_replace (cn, "\"", "'", 0);
      icalproperty_add_parameter (attendee, icalparameter_new_cn (cn->str));
    }
  icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
  icalcomponent_add_property (event, attendee);
}

/* SUMMARY, ATTENDEEs and (for group sessions) DESCRIPTION of @session. */
static void
describe_event (Exporter      *self,
                icalcomponent *event,
                TaSession     *session)
{
  g_autofree char *summary = NULL;
  const char *text;

  if (ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    {
      gint64 pairing_id = ta_session_get_pairing_id (session);
      TaPairing *pairing = g_hash_table_lookup (self->pairings, &pairing_id);
      TaParticipant *mentor = NULL;
      TaParticipant *mentee = NULL;

      if (pairing != NULL)
        {
          gint64 mentor_id = ta_pairing_get_mentor_id (pairing);
          gint64 mentee_id = ta_pairing_get_mentee_id (pairing);

          mentor = g_hash_table_lookup (self->participants, &mentor_id);
          mentee = g_hash_table_lookup (self->participants, &mentee_id);
        }

      /* Translators: the title of a one-on-one in a calendar; %1$s is the
       * mentor's name, %2$s the mentee's */
      summary = g_strdup_printf (_("Mentoring: %1$s & %2$s"),
                                 mentor != NULL ? ta_participant_get_name (mentor) : "?",
                                 mentee != NULL ? ta_participant_get_name (mentee) : "?");
      if (mentor != NULL)
        add_attendee (event, mentor);
      if (mentee != NULL)
        add_attendee (event, mentee);
    }
  else
    {
      guint n = 0;
      const gint64 *ids = ta_session_get_attendees (session, &n);

      text = ta_session_get_title (session);
      if (text == NULL || *text == '\0')
        text = ta_session_kind_get_label (ta_session_get_kind (session));
      summary = g_strdup (text);
      for (guint i = 0; i < n; i++)
        {
          TaParticipant *participant = g_hash_table_lookup (self->participants, &ids[i]);

          if (participant != NULL)
            add_attendee (event, participant);
        }
    }
  icalcomponent_add_property (event, icalproperty_new_summary (summary));

  /* A pair's notes are private to the pair (DESIGN.md): they never leave
   * in a calendar file.  A group session's notes are its agenda. */
  text = ta_session_get_notes (session);
  if (ta_session_get_kind (session) != TA_SESSION_KIND_ONE_ON_ONE && text != NULL && *text != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (text));
}

/* One session as a VEVENT: on its own (@uid NULL: "session-<id>"), or as
 * the override of the occurrence @recurrence_id of the series @uid. */
static gboolean
add_event (Exporter             *self,
           icalcomponent        *calendar,
           TaSession            *session,
           const char           *uid,
           GDateTime            *recurrence_id,
           struct icaltimetype   stamp,
           GError              **error)
{
  g_autoptr(GDateTime) ends_at = ta_session_get_ends_at (session);
  g_autofree char *own_uid = NULL;
  icalcomponent *event;
  icaltimezone *zone;
  const char *zone_id;
  const char *text;

  zone_id = session_zone (self, session, error);
  if (zone_id == NULL)
    return FALSE;
  zone = exporter_use_zone (self, calendar, zone_id, error);
  if (zone == NULL)
    return FALSE;

  event = icalcomponent_new_vevent ();
  if (uid == NULL)
    uid = own_uid = g_strdup_printf (UID_FORMAT, ta_session_get_id (session));
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  if (recurrence_id != NULL)
    icalcomponent_add_property (event, time_property (ICAL_RECURRENCEID_PROPERTY, recurrence_id,
                                                      zone, zone_id));
  icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY,
                                                    ta_session_get_starts_at (session),
                                                    zone, zone_id));
  icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, ends_at, zone, zone_id));

  describe_event (self, event, session);

  text = ta_session_get_location (session);
  if (text != NULL && *text != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (text));

  if (ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED)
    icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CANCELLED));
  else
    icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_component (calendar, event);
  return TRUE;
}

static void
parse_day (const char *text,
           GDate      *day)
{
  g_date_clear (day, 1);
  g_date_set_dmy (day,
                  (GDateDay) g_ascii_strtoull (text + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoull (text + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoull (text, NULL, 10));
}

/* The RRULE value of @rule, e.g. "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU". */
static char *
rrule_text (const TaRecurrence *rule)
{
  static const char *const codes[] = { "", "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  GString *text = g_string_new (NULL);
  GDate first;

  parse_day (rule->first_date, &first);

  if (rule->frequency == TA_RECURRENCE_MONTHLY)
    {
      /* A fifth weekday means the last one (ta-recurrence.h). */
      int week = rule->week_of_month >= 5 ? TA_RECURRENCE_LAST_WEEK : rule->week_of_month;

      g_string_append_printf (text, "FREQ=MONTHLY;INTERVAL=%d;BYDAY=%d%s",
                              rule->interval, week, codes[g_date_get_weekday (&first)]);
    }
  else
    g_string_append_printf (text, "FREQ=WEEKLY;INTERVAL=%d;BYDAY=%s",
                            rule->interval, codes[g_date_get_weekday (&first)]);

  if (rule->until_date != NULL)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (rule->time_zone);
      g_autoptr(GDateTime) local = NULL;
      g_autoptr(GDateTime) utc = NULL;
      g_autofree char *until = NULL;
      GDate last;

      /* With a DTSTART in a zone, UNTIL must be UTC (RFC 5545 3.3.10):
       * the end of the last day, there. */
      parse_day (rule->until_date, &last);
      if (zone == NULL)
        zone = g_time_zone_new_utc ();
      local = g_date_time_new (zone, g_date_get_year (&last), g_date_get_month (&last),
                               g_date_get_day (&last), 23, 59, 59);
      utc = g_date_time_to_utc (local);
      until = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
      g_string_append_printf (text, ";UNTIL=%s", until);
    }
  else if (rule->count > 0)
    g_string_append_printf (text, ";COUNT=%d", rule->count);

  return g_string_free (text, FALSE);
}

static gboolean
nonempty_equal (const char *a,
                const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL,
                    b != NULL && *b != '\0' ? b : NULL) == 0;
}

/* Whether @session is not what its series' rule makes of it. */
static gboolean
is_override (TaSession  *session,
             int         duration,
             const char *location)
{
  return ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED ||
         !g_date_time_equal (ta_session_get_starts_at (session),
                             ta_session_get_occurrence_start (session)) ||
         ta_session_get_duration (session) != duration ||
         !nonempty_equal (ta_session_get_location (session), location);
}

static void
keep_later (GDateTime **latest,
            GDateTime  *time)
{
  if (g_date_time_compare (time, *latest) > 0)
    {
      g_date_time_unref (*latest);
      *latest = g_date_time_ref (time);
    }
}

/* A series as one master VEVENT with an RRULE, EXDATEs for the
 * occurrences it no longer has, and an override (RECURRENCE-ID) for each
 * occurrence that was moved, changed or marked.  @sessions are its
 * sessions that pass the filter (all of them: a series belongs to one
 * pairing). */
static gboolean
add_series (Exporter             *self,
            icalcomponent        *calendar,
            gint64                series_id,
            GPtrArray            *sessions,
            struct icaltimetype   stamp,
            GError              **error)
{
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GHashTable) generated = NULL;
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GDateTime) beginning = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) first_end = NULL;
  g_autofree char *location = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *rrule = NULL;
  struct icalrecurrencetype recurrence;
  icalcomponent *event;
  icaltimezone *zone;
  const char *zone_id;
  gint64 pairing_id = 0;
  int duration = 0;

  rule = ta_store_get_series (self->store, series_id, &pairing_id, &duration, &location, NULL);
  if (rule != NULL)
    removed = ta_store_list_series_exceptions (self->store, series_id, error);
  if (rule != NULL && removed == NULL)
    return FALSE;

  /* The occurrences the rule makes, up to the last one the store knows
   * of (kept or removed): past that, the RRULE speaks for itself. */
  last = g_date_time_ref (beginning);
  for (guint i = 0; rule != NULL && i < sessions->len; i++)
    keep_later (&last, ta_session_get_occurrence_start (g_ptr_array_index (sessions, i)));
  for (guint i = 0; removed != NULL && i < removed->len; i++)
    keep_later (&last, g_ptr_array_index (removed, i));
  to = g_date_time_add_seconds (last, 1);
  if (rule != NULL)
    starts = ta_recurrence_expand (rule, beginning, to, NULL, NULL);

  /* No rule to speak of (the series is gone, or its rule cannot be
   * read): each session on its own, as before series existed. */
  if (starts == NULL || starts->len == 0)
    {
      for (guint i = 0; i < sessions->len; i++)
        if (!add_event (self, calendar, g_ptr_array_index (sessions, i), NULL, NULL, stamp, error))
          return FALSE;
      return TRUE;
    }

  zone_id = rule->time_zone;
  zone = exporter_use_zone (self, calendar, zone_id, error);
  if (zone == NULL)
    return FALSE;

  generated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < starts->len; i++)
    g_hash_table_add (generated, _ta_ical_id_key (g_date_time_to_unix (g_ptr_array_index (starts, i))));
  present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    g_hash_table_add (present, _ta_ical_id_key (g_date_time_to_unix (ta_session_get_occurrence_start (g_ptr_array_index (sessions, i)))));

  uid = g_strdup_printf (SERIES_UID_FORMAT, series_id);
  rrule = rrule_text (rule);
  recurrence = icalrecurrencetype_from_string (rrule);
  g_assert (recurrence.freq != ICAL_NO_RECURRENCE);
  first_end = g_date_time_add_minutes (g_ptr_array_index (starts, 0), duration);

  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY, g_ptr_array_index (starts, 0),
                                                    zone, zone_id));
  icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, first_end, zone, zone_id));
  icalcomponent_add_property (event, icalproperty_new_rrule (recurrence));
  /* Every occurrence the rule makes that has no session any more:
   * removed from the series. */
  for (guint i = 0; i < starts->len; i++)
    {
      GDateTime *start = g_ptr_array_index (starts, i);
      gint64 unix_time = g_date_time_to_unix (start);

      if (!g_hash_table_contains (present, &unix_time))
        icalcomponent_add_property (event, time_property (ICAL_EXDATE_PROPERTY, start, zone, zone_id));
    }
  describe_event (self, event, g_ptr_array_index (sessions, 0));
  if (location != NULL && *location != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (location));
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_component (calendar, event);

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      GDateTime *occurrence = ta_session_get_occurrence_start (session);
      gint64 unix_time = g_date_time_to_unix (occurrence);

      if (!g_hash_table_contains (generated, &unix_time))
        {
          /* Not an occurrence of the rule (any more): on its own. */
          if (!add_event (self, calendar, session, NULL, NULL, stamp, error))
            return FALSE;
        }
      else if (is_override (session, duration, location))
        {
          if (!add_event (self, calendar, session, uid, occurrence, stamp, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * ta_ical_export:
 * @store: a #TaStore
 * @pairing_id: only the sessions of this pairing, or 0
 * @participant_id: only the sessions of this participant (one-on-ones of
 *   their pairings and the group sessions they attend), or 0
 * @out_count: (out) (optional): how many sessions the file holds (an
 *   occurrence that its series' RRULE stands for counts as one)
 * @error: %TA_STORE_ERROR_NOT_FOUND for an unknown pairing or participant
 *
 * Writes the sessions as an iCalendar object (RFC 5545): the whole
 * programme when both ids are 0.  A series is one event with an RRULE,
 * EXDATEs and overrides (see the top of this file); it belongs to the
 * pairing of its sessions for the filters.
 *
 * Returns: (transfer full): the text, CRLF line ends, UTF-8
 */
char *
ta_ical_export (TaStore  *store,
                gint64    pairing_id,
                gint64    participant_id,
                guint    *out_count,
                GError  **error)
{
  g_auto(Exporter) exporter = { store, NULL, NULL, NULL, NULL };
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GHashTable) series = NULL;   /* series id → its sessions (unowned) */
  g_autoptr(GArray) series_order = NULL;
  g_autofree char *number = NULL;
  struct icaltimetype stamp;
  icalcomponent *calendar;
  char *ical;
  char *text;
  guint count = 0;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (pairing_id >= 0 && participant_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  number = g_strdup_printf ("%" G_GINT64_FORMAT, pairing_id != 0 ? pairing_id : participant_id);
  if (!exporter_load (&exporter, error))
    return NULL;

  if (pairing_id != 0 && !g_hash_table_contains (exporter.pairings, &pairing_id))
    {
      /* Translators: %s is a number */
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                   _("There is no pairing with id %s"), number);
      return NULL;
    }
  if (participant_id != 0 && !g_hash_table_contains (exporter.participants, &participant_id))
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a number */
                   _("There is no participant with id %s"), number);
      return NULL;
    }

  sessions = ta_store_list_sessions (store, error);
  if (sessions == NULL)
    return NULL;

  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Turnabout//Turnabout//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  series = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  series_order = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      gint64 series_id = ta_session_get_series_id (session);

      if (pairing_id != 0 && ta_session_get_pairing_id (session) != pairing_id)
        continue;
      if (participant_id != 0 && !session_involves (&exporter, session, participant_id))
        continue;
      count++;

      if (series_id != 0 && ta_session_get_occurrence_start (session) != NULL)
        {
          GPtrArray *members = g_hash_table_lookup (series, &series_id);

          if (members == NULL)
            {
              members = g_ptr_array_new ();
              g_hash_table_insert (series, _ta_ical_id_key (series_id), members);
              g_array_append_val (series_order, series_id);
            }
          g_ptr_array_add (members, session);
          continue;
        }

      if (!add_event (&exporter, calendar, session, NULL, NULL, stamp, error))
        {
          icalcomponent_free (calendar);
          return NULL;
        }
    }

  for (guint i = 0; i < series_order->len; i++)
    {
      gint64 series_id = g_array_index (series_order, gint64, i);

      if (!add_series (&exporter, calendar, series_id, g_hash_table_lookup (series, &series_id),
                       stamp, error))
        {
          icalcomponent_free (calendar);
          return NULL;
        }
    }

  ical = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  text = g_strdup (ical);
  free (ical);

  if (out_count != NULL)
    *out_count = count;
  return text;
}

/**
 * ta_ical_export_file:
 * @store: a #TaStore
 * @file: where to write; replaced atomically, made readable by its owner
 *   only (0600): it names who meets whom, and when
 * @pairing_id: see ta_ical_export()
 * @participant_id: see ta_ical_export()
 * @out_count: (out) (optional): how many sessions were written
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Like ta_ical_export(), into @file with ta_file_replace_contents(): the
 * old file stays whole until the new one is complete, even on a full disk.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_ical_export_file (TaStore       *store,
                     GFile         *file,
                     gint64         pairing_id,
                     gint64         participant_id,
                     guint         *out_count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  text = ta_ical_export (store, pairing_id, participant_id, out_count, error);
  if (text == NULL)
    return FALSE;

  return ta_file_replace_contents (file, text, strlen (text), cancellable, error);
}
