/* ta-ical.c
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
#include "ta-ical.h"
#include "ta-session-clash-private.h"
#include "ta-store-private.h"
#include "ta-validate-private.h"

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
 * Import: VEVENTs of planned one-on-ones whose attendees include the
 * mentor and the mentee of a pairing; all or nothing.  A repeating event
 * is expanded with libical (see read_series()) into plain sessions.
 */

G_DEFINE_QUARK (ta-ical-error-quark, ta_ical_error)

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

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

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

      g_hash_table_insert (self->participants, id_key (ta_participant_get_id (participant)),
                           g_object_ref (participant));
    }
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      g_hash_table_insert (self->pairings, id_key (ta_pairing_get_id (pairing)),
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
  g_hash_table_insert (self->series_zones, id_key (series_id), g_strdup (zone));
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
    g_hash_table_add (generated, id_key (g_date_time_to_unix (g_ptr_array_index (starts, i))));
  present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    g_hash_table_add (present, id_key (g_date_time_to_unix (ta_session_get_occurrence_start (g_ptr_array_index (sessions, i)))));

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
              g_hash_table_insert (series, id_key (series_id), members);
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

/* Import */

typedef struct
{
  GHashTable *by_email;  /* ta_email_fold() of the e-mail → participant id (gint64 *) */
  GHashTable *pairings;  /* "mentor:mentee" → TaPairing */
  GHashTable *taken;     /* "pairing@unix start" of sessions not cancelled */
} Importer;

static void
importer_clear (Importer *self)
{
  g_clear_pointer (&self->by_email, g_hash_table_unref);
  g_clear_pointer (&self->pairings, g_hash_table_unref);
  g_clear_pointer (&self->taken, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Importer, importer_clear)

static char *
pair_key (gint64 mentor_id,
          gint64 mentee_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, mentor_id, mentee_id);
}

static char *
slot_key (gint64     pairing_id,
          GDateTime *starts_at)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "@%" G_GINT64_FORMAT,
                          pairing_id, g_date_time_to_unix (starts_at));
}

static gboolean
importer_load (Importer  *self,
               TaStore   *store,
               GError   **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return FALSE;
  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;
  sessions = ta_store_list_sessions (store, error);
  if (sessions == NULL)
    return FALSE;

  /* Importing the same file twice must not double the sessions. */
  self->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (ta_session_get_pairing_id (session) != 0 &&
          ta_session_get_status (session) != TA_SESSION_STATUS_CANCELLED)
        g_hash_table_add (self->taken, slot_key (ta_session_get_pairing_id (session),
                                                 ta_session_get_starts_at (session)));
    }

  self->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->pairings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      const char *email = ta_participant_get_email (participant);

      /* The store's own rule for which two addresses are one. */
      if (email != NULL && *email != '\0')
        g_hash_table_insert (self->by_email, ta_email_fold (email),
                             id_key (ta_participant_get_id (participant)));
    }

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *key = pair_key (ta_pairing_get_mentor_id (pairing),
                                       ta_pairing_get_mentee_id (pairing));
      TaPairing *known = g_hash_table_lookup (self->pairings, key);

      /* The same two people may have an ended pairing and a new one:
       * sessions go to the newest. */
      if (known == NULL || ta_pairing_get_id (known) < ta_pairing_get_id (pairing))
        g_hash_table_insert (self->pairings, g_steal_pointer (&key), g_object_ref (pairing));
    }

  return TRUE;
}

static gboolean
text_ok (icalcomponent    *event,
         icalproperty_kind kind)
{
  for (icalproperty *property = icalcomponent_get_first_property (event, kind);
       property != NULL;
       property = icalcomponent_get_next_property (event, kind))
    {
      const char *value = icalproperty_get_value_as_string (property);

      if (value != NULL && !g_utf8_validate (value, -1, NULL))
        return FALSE;
    }
  return TRUE;
}

/* The zone a date-time property's value is in: UTC, its TZID, or (a
 * floating time) the default zone; %NULL with @problem. */
static icaltimezone *
read_zone (icalcomponent        *calendar,
           icalproperty         *property,
           struct icaltimetype   value,
           char                **problem)
{
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  icaltimezone *zone = NULL;

  if (icaltime_is_utc (value))
    return icaltimezone_get_utc_timezone ();

  if (tzid == NULL)
    return icaltimezone_get_builtin_timezone (TA_ICAL_DEFAULT_TIME_ZONE); /* floating time */

  {
    const char *name = icalparameter_get_tzid (tzid);

    zone = icalcomponent_get_timezone (calendar, name);
    if (zone == NULL)
      zone = icaltimezone_get_builtin_timezone (name);
    if (zone == NULL)
      zone = icaltimezone_get_builtin_timezone_from_tzid (name);
    if (zone == NULL)
      {
        g_autofree char *shown = g_utf8_make_valid (name, -1);

        /* Translators: %s is a time zone id from the file */
        *problem = g_strdup_printf (_("unknown time zone “%s”"), shown);
      }
  }

  return zone;
}

/* The UTC instant of a DTSTART, DTEND, RECURRENCE-ID or EXDATE property,
 * or NULL with @problem; @out_value and @out_zone (optional) get the
 * value as written and its zone. */
static GDateTime *
read_time (icalcomponent        *calendar,
           icalproperty         *property,
           struct icaltimetype  *out_value,
           icaltimezone        **out_zone,
           char                **problem)
{
  struct icaltimetype value;
  icaltimezone *zone;

  value = icalvalue_get_datetime (icalproperty_get_value (property));
  if (icaltime_is_null_time (value) || !icaltime_is_valid_time (value))
    {
      *problem = g_strdup (_("invalid date or time"));
      return NULL;
    }
  if (value.is_date)
    {
      *problem = g_strdup (_("all-day events cannot be imported"));
      return NULL;
    }

  zone = read_zone (calendar, property, value, problem);
  if (zone == NULL)
    return NULL;

  if (out_value != NULL)
    *out_value = value;
  if (out_zone != NULL)
    *out_zone = zone;
  return g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (value, zone));
}

/* What an event says of the meeting, apart from how it repeats. */
typedef struct
{
  GDateTime *starts_at;
  struct icaltimetype start_value;  /* DTSTART as written */
  icaltimezone *zone;               /* its zone */
  gint64 seconds;
  TaPairing *pairing;               /* unowned */
} EventFacts;

static void
event_facts_clear (EventFacts *facts)
{
  g_clear_pointer (&facts->starts_at, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EventFacts, event_facts_clear)

/* Reads @event's time, length and pairing into @facts; *@out_skip when
 * it is cancelled; %FALSE with @problem when it cannot be imported. */
static gboolean
read_facts (Importer       *self,
            icalcomponent  *calendar,
            icalcomponent  *event,
            EventFacts     *facts,
            gboolean       *out_skip,
            char          **problem)
{
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  icalproperty *property;
  gint64 seconds;

  *out_skip = FALSE;

  if (icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY) != NULL ||
      !text_ok (event, ICAL_SUMMARY_PROPERTY) ||
      !text_ok (event, ICAL_LOCATION_PROPERTY) ||
      !text_ok (event, ICAL_DESCRIPTION_PROPERTY) ||
      !text_ok (event, ICAL_ATTENDEE_PROPERTY))
    {
      *problem = g_strdup (_("invalid text"));
      return FALSE;
    }

  property = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
  if (property != NULL && icalproperty_get_status (property) == ICAL_STATUS_CANCELLED)
    {
      *out_skip = TRUE;
      return FALSE;
    }

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  if (property == NULL)
    {
      *problem = g_strdup (_("no DTSTART"));
      return FALSE;
    }
  facts->starts_at = read_time (calendar, property, &facts->start_value, &facts->zone, problem);
  if (facts->starts_at == NULL)
    return FALSE;

  property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  if (property != NULL)
    {
      ends_at = read_time (calendar, property, NULL, NULL, problem);
      if (ends_at == NULL)
        return FALSE;
      seconds = g_date_time_difference (ends_at, facts->starts_at) / G_TIME_SPAN_SECOND;
    }
  else if ((property = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY)) != NULL)
    seconds = icaldurationtype_as_int (icalproperty_get_duration (property));
  else
    {
      *problem = g_strdup (_("no DTEND or DURATION"));
      return FALSE;
    }

  if (seconds > (gint64) TA_SESSION_MAX_DURATION * 60)
    {
      *problem = g_strdup_printf (_("duration over %d minutes"), TA_SESSION_MAX_DURATION);
      return FALSE;
    }
  if (seconds < (gint64) TA_SESSION_MIN_DURATION * 60)
    {
      *problem = g_strdup_printf (_("duration under %d minutes"), TA_SESSION_MIN_DURATION);
      return FALSE;
    }
  facts->seconds = seconds;

  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      const char *address = icalproperty_get_attendee (property);

      if (address == NULL)
        continue;
      if (g_ascii_strncasecmp (address, "mailto:", 7) == 0)
        address += 7;
      if (*address == '\0')
        continue;

      /* An address with an invisible character looks like a participant's
       * and is not: say so rather than "no pairing between" two addresses
       * that read the same as theirs. */
      {
        glong position = 0;
        gunichar invisible = _ta_text_find_invisible (address, TRUE, &position);

        if (invisible != 0)
          {
            g_autofree char *shown = g_utf8_make_valid (address, -1);

            /* Translators: %1$s is an e-mail address, %2$04X a Unicode code point in
             * hexadecimal (shown as U+200B), %3$ld the position of the character */
            *problem = g_strdup_printf (_("the attendee “%1$s” has an invisible character, U+%2$04X, "
                                          "at character %3$ld"),
                                        shown, (guint) invisible, position);
            return FALSE;
          }
      }
      g_ptr_array_add (emails, ta_email_fold (address));
    }

  if (emails->len < 2)
    {
      *problem = g_strdup (_("fewer than two attendees with an e-mail address"));
      return FALSE;
    }

  for (guint i = 0; i < emails->len && facts->pairing == NULL; i++)
    for (guint j = 0; j < emails->len && facts->pairing == NULL; j++)
      {
        const gint64 *mentor = g_hash_table_lookup (self->by_email, g_ptr_array_index (emails, i));
        const gint64 *mentee = g_hash_table_lookup (self->by_email, g_ptr_array_index (emails, j));
        g_autofree char *key = NULL;

        if (i == j || mentor == NULL || mentee == NULL)
          continue;
        key = pair_key (*mentor, *mentee);
        facts->pairing = g_hash_table_lookup (self->pairings, key);
      }

  if (facts->pairing == NULL)
    {
      g_autofree char *first = g_utf8_make_valid (g_ptr_array_index (emails, 0), -1);
      g_autofree char *second = g_utf8_make_valid (g_ptr_array_index (emails, 1), -1);

      /* Translators: %1$s and %2$s are e-mail addresses */
      *problem = g_strdup_printf (_("no pairing between %1$s and %2$s"), first, second);
      return FALSE;
    }

  return TRUE;
}

/* A planned one-on-one of @facts' pairing at @starts_at, with @event's
 * place and description; %NULL with @problem when the slot is @taken
 * (by the store, or by an earlier event or occurrence of the file). */
static TaSession *
new_session (EventFacts     *facts,
             GDateTime      *starts_at,
             icalcomponent  *event,
             GHashTable     *taken,
             char          **problem)
{
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  const char *text;

  key = slot_key (ta_pairing_get_id (facts->pairing), starts_at);
  if (g_hash_table_contains (taken, key))
    {
      *problem = g_strdup (_("this pairing already has a session at that time"));
      return NULL;
    }

  session = ta_session_new_one_on_one (ta_pairing_get_id (facts->pairing), starts_at,
                                       (int) ((facts->seconds + 30) / 60));
  text = icalcomponent_get_location (event);
  if (text != NULL && *text != '\0')
    ta_session_set_location (session, text);
  text = icalcomponent_get_description (event);
  if (text != NULL && *text != '\0')
    ta_session_set_notes (session, text);

  if (!ta_session_validate (session, &error))
    {
      *problem = g_strdup (error->message);
      return NULL;
    }

  g_hash_table_add (taken, g_steal_pointer (&key));
  return g_steal_pointer (&session);
}

static TaSession *
read_event (Importer       *self,
            icalcomponent  *calendar,
            icalcomponent  *event,
            gboolean       *out_skip,
            char          **problem)
{
  g_auto(EventFacts) facts = { NULL, };

  if (!read_facts (self, calendar, event, &facts, out_skip, problem))
    return NULL;

  if (icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    {
      *problem = g_strdup (_("extra dates (RDATE) cannot be imported; export each occurrence"));
      return NULL;
    }

  return new_session (&facts, facts.starts_at, event, self->taken, problem);
}

/* Where a session read from the file comes from: its event, to report a
 * double-booking against. */
typedef struct
{
  guint index;            /* position of the event in the file, from 1 */
  icalcomponent *event;
} Origin;

/* An override of one occurrence of a series (RECURRENCE-ID), and where
 * it is in the file. */
typedef struct
{
  icalcomponent *event;
  guint index;
  gint64 occurrence;  /* Unix time of its RECURRENCE-ID, or G_MININT64 */
  gboolean applied;   /* to an occurrence of its series */
  gboolean used;      /* read with its series, or left out with it */
} Override;

static void
add_problem (GPtrArray     *problems,
             guint          index,
             icalcomponent *event,
             const char    *problem)
{
  const char *uid = icalcomponent_get_uid (event);
  g_autofree char *shown = g_utf8_make_valid (uid != NULL ? uid : "", -1);

  /* Translators: %1$u is the position of the event in the file,
   * %2$s its UID, %3$s what is wrong with it */
  g_ptr_array_add (problems, g_strdup_printf (_("Event %1$u (UID %2$s): %3$s"),
                                              index, shown, problem));
}

/* Occurrences of a rule without an end are imported up to a year ahead
 * (the store's own horizon for series), and no rule gives more than
 * this many sessions. */
#define MAX_OCCURRENCES 500

/* A repeating event (RRULE): its occurrences become planned one-on-ones,
 * minus its EXDATEs, each replaced by its override (same UID,
 * RECURRENCE-ID) if there is one; a cancelled override is left out, as
 * a cancelled event is.  Problems of an override are reported against
 * it; a problem of the event itself rejects all its occurrences. */
static void
read_series (Importer       *self,
             icalcomponent  *calendar,
             icalcomponent  *event,
             guint           index,
             GPtrArray      *overrides,
             GPtrArray      *sessions,
             GArray         *origins,
             GPtrArray      *problems,
             guint          *skipped)
{
  g_auto(EventFacts) facts = { NULL, };
  g_autoptr(GHashTable) removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) made_origins = g_array_new (FALSE, FALSE, sizeof (Origin));
  const Origin own_origin = { index, event };
  g_autoptr(GDateTime) horizon = NULL;
  g_autofree char *problem = NULL;
  struct icalrecurrencetype rule;
  struct icaltimetype start;
  icalrecur_iterator *iterator;
  gboolean skip = FALSE;
  gint64 reached = G_MININT64;
  guint n = 0;

  /* The overrides go with their series, whatever becomes of it. */
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    ((Override *) g_ptr_array_index (overrides, i))->used = TRUE;

  if (!read_facts (self, calendar, event, &facts, &skip, &problem))
    {
      /* A cancelled series: all its occurrences are. */
      if (skip)
        *skipped += 1 + (overrides != NULL ? overrides->len : 0);
      else
        add_problem (problems, index, event, problem);
      return;
    }

  if (icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    {
      add_problem (problems, index, event,
                   _("extra dates (RDATE) cannot be imported; export each occurrence"));
      return;
    }

  rule = icalproperty_get_rrule (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      add_problem (problems, index, event, _("invalid RRULE"));
      return;
    }
  if (rule.freq < ICAL_DAILY_RECURRENCE)
    {
      add_problem (problems, index, event, _("repeats more often than daily"));
      return;
    }

  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *ignored = NULL;

      /* An EXDATE this reader cannot place (an all-day one) removes
       * nothing it would have made. */
      time = read_time (calendar, property, NULL, NULL, &ignored);
      if (time != NULL)
        g_hash_table_add (removed, id_key (g_date_time_to_unix (time)));
    }

  if (rule.count == 0 && icaltime_is_null_time (rule.until))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      horizon = g_date_time_add_months (g_date_time_compare (now, facts.starts_at) > 0 ? now : facts.starts_at,
                                        12);
    }
  else
    horizon = g_date_time_add_years (facts.starts_at, 100);

  start = facts.start_value;
  icaltime_set_timezone (&start, facts.zone);
  iterator = icalrecur_iterator_new (rule, start);
  if (iterator == NULL)
    {
      add_problem (problems, index, event, _("invalid RRULE"));
      return;
    }

  for (struct icaltimetype next = icalrecur_iterator_next (iterator);
       !icaltime_is_null_time (next) && n < MAX_OCCURRENCES;
       next = icalrecur_iterator_next (iterator))
    {
      g_autoptr(GDateTime) starts_at = NULL;
      g_autoptr(TaSession) session = NULL;
      gint64 occurrence;
      Override *override = NULL;

      occurrence = (gint64) icaltime_as_timet_with_zone (next, facts.zone);
      starts_at = g_date_time_new_from_unix_utc (occurrence);
      if (starts_at == NULL || g_date_time_compare (starts_at, horizon) > 0)
        break;
      reached = occurrence;
      if (g_hash_table_contains (removed, &occurrence))
        continue;
      n++;

      for (guint i = 0; overrides != NULL && i < overrides->len && override == NULL; i++)
        if (((Override *) g_ptr_array_index (overrides, i))->occurrence == occurrence)
          override = g_ptr_array_index (overrides, i);

      if (override != NULL)
        {
          g_auto(EventFacts) changed = { NULL, };
          g_autofree char *override_problem = NULL;
          gboolean cancelled = FALSE;

          override->applied = TRUE;
          if (!read_facts (self, calendar, override->event, &changed, &cancelled, &override_problem))
            {
              if (cancelled)
                (*skipped)++;
              else
                add_problem (problems, override->index, override->event, override_problem);
              continue;
            }
          session = new_session (&changed, changed.starts_at, override->event, self->taken,
                                 &override_problem);
          if (session == NULL)
            add_problem (problems, override->index, override->event, override_problem);
          else
            {
              const Origin origin = { override->index, override->event };

              g_ptr_array_add (made, g_steal_pointer (&session));
              g_array_append_val (made_origins, origin);
            }
          continue;
        }

      session = new_session (&facts, starts_at, event, self->taken, &problem);
      if (session == NULL)
        {
          /* None of the series, then: the slots it took are free again. */
          for (guint i = 0; i < made->len; i++)
            {
              TaSession *undone = g_ptr_array_index (made, i);
              g_autofree char *key = slot_key (ta_session_get_pairing_id (undone),
                                               ta_session_get_starts_at (undone));

              g_hash_table_remove (self->taken, key);
            }
          icalrecur_iterator_free (iterator);
          add_problem (problems, index, event, problem);
          return;
        }
      g_ptr_array_add (made, g_steal_pointer (&session));
      g_array_append_val (made_origins, own_origin);
    }
  icalrecur_iterator_free (iterator);

  /* An override of an occurrence the rule does not make, within the
   * horizon, is a meeting of its own (read with the other events);
   * past the horizon it is left out, as the occurrences there are. */
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      Override *override = g_ptr_array_index (overrides, i);

      if (!override->applied && override->occurrence <= g_date_time_to_unix (horizon) &&
          (n < MAX_OCCURRENCES || override->occurrence <= reached))
        override->used = FALSE;
    }

  g_ptr_array_extend_and_steal (sessions, g_steal_pointer (&made));
  g_array_append_vals (origins, made_origins->data, made_origins->len);
}

/*
 * A calendar import never double-books anyone without saying so: each
 * session that overlaps another one of the same person, in the calendar
 * or earlier in the file (cancelled ones take nobody's time), is a
 * problem of its event, naming the other session's date and people.
 * Inside an import this runs in its transaction, so the calendar is the
 * one the import writes to.
 */
static gboolean
check_clashes (TaStore     *store,
               GPtrArray   *sessions,
               GArray      *origins,
               GPtrArray   *problems,
               GError     **error)
{
  g_autoptr(TaClashes) clashes = _ta_clashes_new (store);

  g_assert (sessions->len == origins->len);

  for (guint i = 0; i < sessions->len; i++)
    {
      Origin *origin = &g_array_index (origins, Origin, i);
      const char *uid = icalcomponent_get_uid (origin->event);
      g_autofree char *shown = g_utf8_make_valid (uid != NULL ? uid : "", -1);
      g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *label = NULL;

      /* Translators: how a later event of the file names this one; %1$u is
       * its position in the file, %2$s its UID */
      label = g_strdup_printf (_("event %1$u (UID %2$s)"), origin->index, shown);
      if (!_ta_clashes_check (clashes, g_ptr_array_index (sessions, i), label, reasons, error))
        return FALSE;

      for (guint j = 0; j < reasons->len; j++)
        add_problem (problems, origin->index, origin->event, g_ptr_array_index (reasons, j));
    }

  return TRUE;
}

/**
 * ta_ical_read_sessions:
 * @store: a #TaStore: its participants and pairings
 * @text: an iCalendar object
 * @length: the length of @text in bytes
 * @out_problems: (out) (element-type utf8) (transfer full): one line per
 *   event that cannot be imported, "Event 3 (UID …): …"
 * @out_skipped: (out) (optional): cancelled events and cancelled
 *   occurrences of repeating ones, left out
 * @error: %TA_ICAL_ERROR_PARSE when @text is not iCalendar at all
 *
 * Reads the planned one-on-ones of @text without writing anything: the
 * preview of an import.  Each VEVENT goes to the pairing whose mentor and
 * mentee are among its attendees (by e-mail); the sessions are new (id 0).
 * A repeating event (RRULE) gives one planned session per occurrence,
 * without its EXDATEs and with its overrides (RECURRENCE-ID, same UID)
 * applied: all of them up to the rule's UNTIL or COUNT, or a year ahead
 * when it has neither, and never more than 500.  They are plain
 * sessions, not a series.  A session that would overlap another one of
 * the same person (in the calendar, or earlier in the file; cancelled
 * ones aside) is a problem of its event.
 *
 * Returns: (transfer full) (element-type TaSession): the sessions that
 *   would be created, or %NULL on @error
 */
GPtrArray *
ta_ical_read_sessions (TaStore     *store,
                       const char  *text,
                       gsize        length,
                       GPtrArray  **out_problems,
                       guint       *out_skipped,
                       GError     **error)
{
  g_auto(Importer) importer = { NULL, NULL, NULL };
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) masters = NULL;    /* UIDs of repeating events (unowned) */
  g_autoptr(GHashTable) overrides = NULL;  /* UID → GPtrArray of Override (unowned) */
  g_autoptr(GPtrArray) all_overrides = NULL;  /* Override, in file order */
  g_autoptr(GArray) origins = g_array_new (FALSE, FALSE, sizeof (Origin));  /* parallel to sessions */
  g_autofree char *copy = NULL;
  icalcomponent *root;
  icalcomponent *calendar = NULL;
  guint index = 0;
  guint skipped = 0;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (out_problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *out_problems = NULL;
  if (text == NULL)
    text = "";

  if (!importer_load (&importer, store, error))
    return NULL;

  /* libical reads up to a NUL: a NUL inside the file must not hide the rest. */
  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                   "%s", _("The file is not an iCalendar file: it contains a NUL byte"));
      return NULL;
    }
  copy = g_strndup (text, length);

  root = icalparser_parse_string (copy);
  if (root != NULL && icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    calendar = root;
  else if (root != NULL && icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);

  if (calendar == NULL)
    {
      g_clear_pointer (&root, icalcomponent_free);
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                   "%s", _("The file is not an iCalendar file (no VCALENDAR)"));
      return NULL;
    }

  sessions = g_ptr_array_new_with_free_func (g_object_unref);
  problems = g_ptr_array_new_with_free_func (g_free);

  /* The overrides of each repeating event, by UID, to apply while
   * expanding it. */
  masters = g_hash_table_new (g_str_hash, g_str_equal);
  overrides = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  all_overrides = g_ptr_array_new_with_free_func (g_free);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);

      if (uid != NULL &&
          icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL &&
          icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL)
        g_hash_table_add (masters, (gpointer) uid);
    }
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      icalproperty *property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
      g_autoptr(GDateTime) time = NULL;
      g_autofree char *ignored = NULL;
      GPtrArray *list;
      Override *override;

      index++;
      if (uid == NULL || property == NULL || !g_hash_table_contains (masters, uid))
        continue;

      list = g_hash_table_lookup (overrides, uid);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (overrides, (gpointer) uid, list);
        }
      override = g_new0 (Override, 1);
      override->event = event;
      override->index = index;
      time = read_time (calendar, property, NULL, NULL, &ignored);
      override->occurrence = time != NULL ? g_date_time_to_unix (time) : G_MININT64;
      g_ptr_array_add (list, override);
      g_ptr_array_add (all_overrides, override);
    }

  index = 0;
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autofree char *problem = NULL;
      const char *uid = icalcomponent_get_uid (event);
      TaSession *session;
      gboolean skip = FALSE;

      index++;
      if (uid != NULL && g_hash_table_contains (masters, uid) &&
          icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
        continue;  /* read with its series */

      if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
        {
          read_series (&importer, calendar, event, index,
                       uid != NULL ? g_hash_table_lookup (overrides, uid) : NULL,
                       sessions, origins, problems, &skipped);
          continue;
        }

      session = read_event (&importer, calendar, event, &skip, &problem);
      if (session != NULL)
        {
          const Origin origin = { index, event };

          g_ptr_array_add (sessions, session);
          g_array_append_val (origins, origin);
        }
      else if (skip)
        skipped++;
      else
        add_problem (problems, index, event, problem);
    }

  /* Overrides of an occurrence the rule does not make (or not within
   * the horizon): an event on its own. */
  for (guint i = 0; i < all_overrides->len; i++)
    {
      Override *override = g_ptr_array_index (all_overrides, i);
      g_autofree char *problem = NULL;
      TaSession *session;
      gboolean skip = FALSE;

      if (override->used)
        continue;
      session = read_event (&importer, calendar, override->event, &skip, &problem);
      if (session != NULL)
        {
          const Origin origin = { override->index, override->event };

          g_ptr_array_add (sessions, session);
          g_array_append_val (origins, origin);
        }
      else if (skip)
        skipped++;
      else
        add_problem (problems, override->index, override->event, problem);
    }

  if (!check_clashes (store, sessions, origins, problems, error))
    {
      icalcomponent_free (root);
      return NULL;
    }

  icalcomponent_free (root);

  if (out_skipped != NULL)
    *out_skipped = skipped;
  *out_problems = g_steal_pointer (&problems);
  return g_steal_pointer (&sessions);
}

typedef struct
{
  const char *text;
  gsize length;
} ImportText;

/* Inside the import's transaction: the file read against the programme
 * as it is while the import holds the write lock. */
static GPtrArray *
read_in_transaction (TaStore   *store,
                     gpointer   user_data,
                     GError   **error)
{
  ImportText *import = user_data;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  sessions = ta_ical_read_sessions (store, import->text, import->length, &problems, NULL, error);
  if (sessions == NULL)
    return NULL;

  if (problems->len > 0)
    {
      g_autofree char *lines = NULL;

      g_ptr_array_add (problems, NULL);
      lines = g_strjoinv ("\n", (char **) problems->pdata);
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID, "%s", lines);
      return NULL;
    }

  return g_steal_pointer (&sessions);
}

/**
 * ta_ical_import:
 * @store: a #TaStore
 * @text: an iCalendar object
 * @length: the length of @text in bytes
 * @out_added: (out) (optional): how many sessions were created
 * @error: %TA_ICAL_ERROR_INVALID lists the events that cannot be
 *   imported, one per line; a #TA_STORE_ERROR (%TA_STORE_ERROR_BUSY when
 *   another process keeps the programme locked)
 *
 * Creates the sessions ta_ical_read_sessions() finds, all or none: when
 * any event has a problem, a double-booking among them, nothing is
 * written.  The file is read against the programme inside the
 * transaction that writes the sessions.
 */
gboolean
ta_ical_import (TaStore     *store,
                const char  *text,
                gsize        length,
                guint       *out_added,
                GError     **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  ImportText import = { text != NULL ? text : "", length };

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ta_store_add_read_sessions (store, read_in_transaction, &import, &sessions, error))
    return FALSE;

  if (out_added != NULL)
    *out_added = sessions->len;
  return TRUE;
}
