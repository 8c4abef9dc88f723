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

#include "ta-ical.h"

/*
 * iCalendar (RFC 5545) export and import of sessions, with libical.
 *
 * Export: one VCALENDAR (METHOD:PUBLISH) with a VTIMEZONE per zone used,
 * built from libical's zone data and renamed to the plain IANA id so that
 * Outlook, Google Calendar and GNOME Calendar all recognise it.  Every
 * stored session is one VEVENT: the occurrences of a series are
 * materialised in the store, and each is exported as its own event (no
 * RRULE), so a moved, cancelled or removed occurrence needs no
 * RECURRENCE-ID or EXDATE to come out right.  The UID is
 * "session-<id>@turnabout": a session id never changes nor is reused, so
 * exporting twice gives the same UIDs and a calendar updates the event
 * instead of adding a second one.
 *
 * Import: VEVENTs of planned one-on-ones whose attendees include the
 * mentor and the mentee of a pairing; all or nothing.
 */

G_DEFINE_QUARK (ta-ical-error-quark, ta_ical_error)

#define UID_FORMAT "session-%" G_GINT64_FORMAT "@turnabout"

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
  if (kind == ICAL_DTSTART_PROPERTY)
    property = icalproperty_new_dtstart (value);
  else
    property = icalproperty_new_dtend (value);

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

static gboolean
add_event (Exporter             *self,
           icalcomponent        *calendar,
           TaSession            *session,
           struct icaltimetype   stamp,
           GError              **error)
{
  g_autoptr(GDateTime) ends_at = ta_session_get_ends_at (session);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
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
  uid = g_strdup_printf (UID_FORMAT, ta_session_get_id (session));
  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY,
                                                    ta_session_get_starts_at (session),
                                                    zone, zone_id));
  icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, ends_at, zone, zone_id));

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

  text = ta_session_get_location (session);
  if (text != NULL && *text != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (text));
  /* A pair's notes are private to the pair (DESIGN.md): they never leave
   * in a calendar file.  A group session's notes are its agenda. */
  text = ta_session_get_notes (session);
  if (ta_session_get_kind (session) != TA_SESSION_KIND_ONE_ON_ONE && text != NULL && *text != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (text));

  if (ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED)
    icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CANCELLED));
  else
    icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_component (calendar, event);
  return TRUE;
}

/**
 * ta_ical_export:
 * @store: a #TaStore
 * @pairing_id: only the sessions of this pairing, or 0
 * @participant_id: only the sessions of this participant (one-on-ones of
 *   their pairings and the group sessions they attend), or 0
 * @out_count: (out) (optional): how many sessions were written
 * @error: %TA_STORE_ERROR_NOT_FOUND for an unknown pairing or participant
 *
 * Writes the sessions as an iCalendar object (RFC 5545): the whole
 * programme when both ids are 0.
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

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (pairing_id != 0 && ta_session_get_pairing_id (session) != pairing_id)
        continue;
      if (participant_id != 0 && !session_involves (&exporter, session, participant_id))
        continue;
      if (!add_event (&exporter, calendar, session, stamp, error))
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      count++;
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
 * @file: where to write; replaced atomically
 * @pairing_id: see ta_ical_export()
 * @participant_id: see ta_ical_export()
 * @out_count: (out) (optional): how many sessions were written
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError
 *
 * Like ta_ical_export(), into @file: the old file stays whole until the
 * new one is complete.
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

  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  cancellable, error);
}

/* Import */

typedef struct
{
  GHashTable *by_email;  /* casefolded e-mail → participant id (gint64 *) */
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

      if (email != NULL && *email != '\0')
        g_hash_table_insert (self->by_email, g_utf8_casefold (email, -1),
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

/* The UTC start of a DTSTART or DTEND property, or NULL with @problem. */
static GDateTime *
read_time (icalcomponent  *calendar,
           icalproperty   *property,
           char          **problem)
{
  struct icaltimetype value;
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  icaltimezone *zone = NULL;

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

  if (icaltime_is_utc (value))
    zone = icaltimezone_get_utc_timezone ();
  else if (tzid != NULL)
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
          return NULL;
        }
    }
  else
    zone = icaltimezone_get_builtin_timezone (TA_ICAL_DEFAULT_TIME_ZONE); /* floating time */

  return g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (value, zone));
}

static TaSession *
read_event (Importer       *self,
            TaStore        *store,
            icalcomponent  *calendar,
            icalcomponent  *event,
            gboolean       *out_skip,
            char          **problem)
{
  g_autoptr(GDateTime) starts_at = NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  TaPairing *pairing = NULL;
  icalproperty *property;
  gint64 seconds;
  const char *text;

  *out_skip = FALSE;

  if (icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY) != NULL ||
      !text_ok (event, ICAL_SUMMARY_PROPERTY) ||
      !text_ok (event, ICAL_LOCATION_PROPERTY) ||
      !text_ok (event, ICAL_DESCRIPTION_PROPERTY) ||
      !text_ok (event, ICAL_ATTENDEE_PROPERTY))
    {
      *problem = g_strdup (_("invalid text"));
      return NULL;
    }

  property = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
  if (property != NULL && icalproperty_get_status (property) == ICAL_STATUS_CANCELLED)
    {
      *out_skip = TRUE;
      return NULL;
    }

  if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
      icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL)
    {
      *problem = g_strdup (_("repeating events cannot be imported; export each occurrence"));
      return NULL;
    }

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  if (property == NULL)
    {
      *problem = g_strdup (_("no DTSTART"));
      return NULL;
    }
  starts_at = read_time (calendar, property, problem);
  if (starts_at == NULL)
    return NULL;

  property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  if (property != NULL)
    {
      ends_at = read_time (calendar, property, problem);
      if (ends_at == NULL)
        return NULL;
      seconds = g_date_time_difference (ends_at, starts_at) / G_TIME_SPAN_SECOND;
    }
  else if ((property = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY)) != NULL)
    seconds = icaldurationtype_as_int (icalproperty_get_duration (property));
  else
    {
      *problem = g_strdup (_("no DTEND or DURATION"));
      return NULL;
    }

  if (seconds > (gint64) TA_SESSION_MAX_DURATION * 60)
    {
      *problem = g_strdup_printf (_("duration over %d minutes"), TA_SESSION_MAX_DURATION);
      return NULL;
    }
  if (seconds < (gint64) TA_SESSION_MIN_DURATION * 60)
    {
      *problem = g_strdup_printf (_("duration under %d minutes"), TA_SESSION_MIN_DURATION);
      return NULL;
    }

  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      const char *address = icalproperty_get_attendee (property);

      if (address == NULL)
        continue;
      if (g_ascii_strncasecmp (address, "mailto:", 7) == 0)
        address += 7;
      if (*address != '\0')
        g_ptr_array_add (emails, g_utf8_casefold (address, -1));
    }

  if (emails->len < 2)
    {
      *problem = g_strdup (_("fewer than two attendees with an e-mail address"));
      return NULL;
    }

  for (guint i = 0; i < emails->len && pairing == NULL; i++)
    for (guint j = 0; j < emails->len && pairing == NULL; j++)
      {
        const gint64 *mentor = g_hash_table_lookup (self->by_email, g_ptr_array_index (emails, i));
        const gint64 *mentee = g_hash_table_lookup (self->by_email, g_ptr_array_index (emails, j));
        g_autofree char *key = NULL;

        if (i == j || mentor == NULL || mentee == NULL)
          continue;
        key = pair_key (*mentor, *mentee);
        pairing = g_hash_table_lookup (self->pairings, key);
      }

  if (pairing == NULL)
    {
      g_autofree char *first = g_utf8_make_valid (g_ptr_array_index (emails, 0), -1);
      g_autofree char *second = g_utf8_make_valid (g_ptr_array_index (emails, 1), -1);

      /* Translators: %1$s and %2$s are e-mail addresses */
      *problem = g_strdup_printf (_("no pairing between %1$s and %2$s"), first, second);
      return NULL;
    }

  key = slot_key (ta_pairing_get_id (pairing), starts_at);
  if (g_hash_table_contains (self->taken, key))
    {
      *problem = g_strdup (_("this pairing already has a session at that time"));
      return NULL;
    }

  session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), starts_at,
                                       (int) ((seconds + 30) / 60));
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

  g_hash_table_add (self->taken, g_steal_pointer (&key));
  return g_steal_pointer (&session);
}

/**
 * ta_ical_read_sessions:
 * @store: a #TaStore: its participants and pairings
 * @text: an iCalendar object
 * @length: the length of @text in bytes
 * @out_problems: (out) (element-type utf8) (transfer full): one line per
 *   event that cannot be imported, "Event 3 (UID …): …"
 * @out_skipped: (out) (optional): cancelled events, left out
 * @error: %TA_ICAL_ERROR_PARSE when @text is not iCalendar at all
 *
 * Reads the planned one-on-ones of @text without writing anything: the
 * preview of an import.  Each VEVENT goes to the pairing whose mentor and
 * mentee are among its attendees (by e-mail); the sessions are new (id 0).
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

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autofree char *problem = NULL;
      TaSession *session;
      gboolean skip = FALSE;

      index++;
      session = read_event (&importer, store, calendar, event, &skip, &problem);
      if (session != NULL)
        g_ptr_array_add (sessions, session);
      else if (skip)
        skipped++;
      else
        {
          const char *uid = icalcomponent_get_uid (event);
          g_autofree char *shown = g_utf8_make_valid (uid != NULL ? uid : "", -1);

          /* Translators: %1$u is the position of the event in the file,
           * %2$s its UID, %3$s what is wrong with it */
          g_ptr_array_add (problems, g_strdup_printf (_("Event %1$u (UID %2$s): %3$s"),
                                                      index, shown, problem));
        }
    }

  icalcomponent_free (root);

  if (out_skipped != NULL)
    *out_skipped = skipped;
  *out_problems = g_steal_pointer (&problems);
  return g_steal_pointer (&sessions);
}

/**
 * ta_ical_import:
 * @store: a #TaStore
 * @text: an iCalendar object
 * @length: the length of @text in bytes
 * @out_added: (out) (optional): how many sessions were created
 * @error: %TA_ICAL_ERROR_INVALID lists the events that cannot be
 *   imported, one per line
 *
 * Creates the sessions ta_ical_read_sessions() finds, all or none: when
 * any event has a problem, nothing is written.
 */
gboolean
ta_ical_import (TaStore     *store,
                const char  *text,
                gsize        length,
                guint       *out_added,
                GError     **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (text != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sessions = ta_ical_read_sessions (store, text, length, &problems, NULL, error);
  if (sessions == NULL)
    return FALSE;

  if (problems->len > 0)
    {
      g_autofree char *lines = NULL;

      g_ptr_array_add (problems, NULL);
      lines = g_strjoinv ("\n", (char **) problems->pdata);
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID, "%s", lines);
      return FALSE;
    }

  if (!ta_store_add_sessions (store, sessions, error))
    return FALSE;

  if (out_added != NULL)
    *out_added = sessions->len;
  return TRUE;
}
