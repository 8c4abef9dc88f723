/* ta-itip-write.c - an iTIP REQUEST or CANCEL for a session or a series
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-itip"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>

#include "ta-ical-private.h"
#include "ta-itip.h"
#include "ta-store.h"

/*
 * An invitation is the session's events as the .ics export writes them
 * (ta_ical_export() of its pairing, or of one attendee for a group
 * session), so that its UID, times, RRULE, EXDATEs, overrides and
 * VTIMEZONEs are the export's to the byte, and a calendar that imported
 * the export recognises the invitation as the same meeting.  Only the
 * events of the session (or its series) are kept, with the zones they
 * name, and turned into an iTIP message (RFC 5546 3.2.2, 3.2.5):
 *
 * - METHOD:REQUEST or CANCEL on the calendar;
 * - ORGANIZER;CN=…:mailto: the organizer, whoever the export named;
 * - every ATTENDEE asked to answer (PARTSTAT=NEEDS-ACTION;RSVP=TRUE) in
 *   a REQUEST: after a change the organizer asks again;
 * - SEQUENCE the store decided (ta_store_send_invitation()), DTSTAMP now
 *   (in an iTIP message it is when the message was made);
 * - a REQUEST for a whole series leaves out the occurrences cancelled
 *   here as EXDATEs (a REQUEST cannot carry STATUS:CANCELLED); a CANCEL
 *   for it is the master alone, STATUS:CANCELLED.
 *
 * One occurrence of a series is the series' UID with its RECURRENCE-ID:
 * the export's override when it has one, else the master made into that
 * occurrence.
 */

G_DEFINE_QUARK (ta-itip-error-quark, ta_itip_error)

typedef struct
{
  char *session_uid;
  char *series_uid;
  gint64 occurrence;        /* Unix time of the session's occurrence, with series_uid */
  gboolean has_occurrence;
} Wanted;

static void
wanted_clear (Wanted *wanted)
{
  g_free (wanted->session_uid);
  g_free (wanted->series_uid);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Wanted, wanted_clear)

/* The events to look in: the session's pairing's, or for a group
 * session one attendee's (who is in all of its events). */
static char *
export_around (TaStore    *store,
               TaSession  *session,
               GError    **error)
{
  guint n_attendees = 0;
  const gint64 *attendees;

  if (ta_session_get_kind (session) == TA_SESSION_KIND_ONE_ON_ONE)
    return ta_ical_export (store, ta_session_get_pairing_id (session), 0, NULL, error);

  attendees = ta_session_get_attendees (session, &n_attendees);
  if (n_attendees == 0)
    {
      g_set_error_literal (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NO_ATTENDEES,
                           _("Nobody attends this session: there is nobody to invite"));
      return NULL;
    }
  return ta_ical_export (store, 0, attendees[0], NULL, error);
}

/* When @property (a DATE-TIME written by the export: UTC, or local in
 * a zone of libical's that its TZID names) is, as Unix time. */
static gint64
property_time (icalproperty *property)
{
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  struct icaltimetype value = icalvalue_get_datetime (icalproperty_get_value (property));
  icaltimezone *zone = NULL;

  if (icaltime_is_null_time (value))
    return G_MININT64;
  if (!icaltime_is_utc (value) && tzid != NULL)
    zone = icaltimezone_get_builtin_timezone (icalparameter_get_tzid (tzid));
  value.zone = NULL;
  return (gint64) icaltime_as_timet_with_zone (value, zone != NULL ? zone : icaltimezone_get_utc_timezone ());
}

static gint64
event_recurrence_id (icalcomponent *event)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);

  return property != NULL ? property_time (property) : G_MININT64;
}

/* TIME;TZID=…:local time of @time in the zone @like's TZID names (its
 * own time zone, or UTC). */
static icalproperty *
time_property_like (icalproperty *like,
                    icalproperty *(*make) (struct icaltimetype),
                    gint64        time)
{
  icalparameter *tzid = icalproperty_get_first_parameter (like, ICAL_TZID_PARAMETER);
  icaltimezone *zone = NULL;
  icalproperty *property;
  struct icaltimetype value;

  if (tzid != NULL)
    zone = icaltimezone_get_builtin_timezone (icalparameter_get_tzid (tzid));

  if (zone != NULL)
    {
      value = icaltime_from_timet_with_zone ((time_t) time, 0, zone);
      value.zone = NULL;
      property = make (value);
      icalproperty_add_parameter (property, icalparameter_new_tzid (icalparameter_get_tzid (tzid)));
    }
  else
    {
      value = icaltime_from_timet_with_zone ((time_t) time, 0, icaltimezone_get_utc_timezone ());
      property = make (value);
    }
  return property;
}

static void
remove_properties (icalcomponent    *event,
                   icalproperty_kind kind)
{
  icalproperty *property;

  while ((property = icalcomponent_get_first_property (event, kind)) != NULL)
    {
      icalcomponent_remove_property (event, property);
      icalproperty_free (property);
    }
}

/* The master of a series made into its occurrence @session (which the
 * rule makes as it is: the export wrote no override for it). */
static icalcomponent *
occurrence_from_master (icalcomponent *master,
                        TaSession     *session)
{
  icalcomponent *event = icalcomponent_new_clone (master);
  icalproperty *dtstart = icalcomponent_get_first_property (master, ICAL_DTSTART_PROPERTY);
  gint64 start = g_date_time_to_unix (ta_session_get_starts_at (session));
  gint64 occurrence = g_date_time_to_unix (ta_session_get_occurrence_start (session));

  remove_properties (event, ICAL_RRULE_PROPERTY);
  remove_properties (event, ICAL_RDATE_PROPERTY);
  remove_properties (event, ICAL_EXDATE_PROPERTY);
  remove_properties (event, ICAL_DTSTART_PROPERTY);
  remove_properties (event, ICAL_DTEND_PROPERTY);
  remove_properties (event, ICAL_DURATION_PROPERTY);

  icalcomponent_add_property (event, time_property_like (dtstart, icalproperty_new_recurrenceid, occurrence));
  icalcomponent_add_property (event, time_property_like (dtstart, icalproperty_new_dtstart, start));
  icalcomponent_add_property (event, time_property_like (dtstart, icalproperty_new_dtend,
                                                         start + (gint64) ta_session_get_duration (session) * 60));
  return event;
}

/* The events of @root the invitation is made of, taken out of it. */
static GPtrArray *
take_events (icalcomponent        *root,
             const Wanted         *wanted,
             TaSession            *session,
             const TaItipRequest  *request)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) icalcomponent_free);
  icalcomponent *master = NULL;
  icalcomponent *occurrence = NULL;
  icalcomponent *own = NULL;
  icalcomponent *event;

  for (event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      gint64 recurrence = event_recurrence_id (event);

      if (g_strcmp0 (uid, wanted->session_uid) == 0)
        own = event;
      else if (wanted->series_uid != NULL && g_strcmp0 (uid, wanted->series_uid) == 0)
        {
          if (recurrence == G_MININT64)
            master = event;
          else if (wanted->has_occurrence && recurrence == wanted->occurrence)
            occurrence = event;
        }
    }

  if (master != NULL && request->whole_series)
    {
      /* The master first; a CANCEL of the series needs nothing more */
      g_ptr_array_add (events, icalcomponent_new_clone (master));
      for (event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
           event != NULL && !request->cancel;
           event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
        if (event != master && g_strcmp0 (icalcomponent_get_uid (event), wanted->series_uid) == 0)
          g_ptr_array_add (events, icalcomponent_new_clone (event));
    }
  else if (own != NULL)
    /* On its own in the export: not (or no longer) one of its rule's */
    g_ptr_array_add (events, icalcomponent_new_clone (own));
  else if (occurrence != NULL)
    g_ptr_array_add (events, icalcomponent_new_clone (occurrence));
  else if (master != NULL && wanted->has_occurrence)
    g_ptr_array_add (events, occurrence_from_master (master, session));

  return g_steal_pointer (&events);
}

/* A REQUEST cannot say an occurrence is cancelled: the master leaves it
 * out instead (RFC 5546 3.2.2.5 does the same with EXDATE). */
static void
exclude_cancelled (GPtrArray *events)
{
  icalcomponent *master = g_ptr_array_index (events, 0);

  for (guint i = events->len; i-- > 1;)
    {
      icalcomponent *event = g_ptr_array_index (events, i);
      icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
      icalproperty *exdate;
      icalparameter *tzid;

      if (icalcomponent_get_status (event) != ICAL_STATUS_CANCELLED || rid == NULL)
        continue;

      exdate = icalproperty_new_exdate (icalproperty_get_recurrenceid (rid));
      tzid = icalproperty_get_first_parameter (rid, ICAL_TZID_PARAMETER);
      if (tzid != NULL)
        icalproperty_add_parameter (exdate, icalparameter_new_clone (tzid));
      icalcomponent_add_property (master, exdate);
      g_ptr_array_remove_index (events, i);
    }
}

/* ORGANIZER, ATTENDEEs, SEQUENCE, DTSTAMP and STATUS as iTIP has them;
 * the number of attendees. */
static guint
make_itip_event (icalcomponent        *event,
                 const TaItipRequest  *request,
                 const char           *organizer_name,
                 struct icaltimetype   stamp)
{
  g_autofree char *address = g_strconcat ("mailto:", request->organizer, NULL);
  icalproperty *organizer;
  guint n_attendees = 0;

  remove_properties (event, ICAL_ORGANIZER_PROPERTY);
  organizer = icalproperty_new_organizer (address);
  icalproperty_add_parameter (organizer, icalparameter_new_cn (organizer_name));
  icalcomponent_add_property (event, organizer);

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      n_attendees++;
      if (request->cancel)
        continue;
      icalproperty_set_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
      icalproperty_set_parameter (attendee, icalparameter_new_rsvp (ICAL_RSVP_TRUE));
    }

  icalcomponent_set_sequence (event, (int) MIN (request->sequence, G_MAXINT));
  icalcomponent_set_dtstamp (event, stamp);
  if (request->cancel)
    icalcomponent_set_status (event, ICAL_STATUS_CANCELLED);
  return n_attendees;
}

static void
note_zone (GHashTable   *zones,
           icalproperty *property)
{
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);

  if (tzid != NULL && icalparameter_get_tzid (tzid) != NULL)
    g_hash_table_add (zones, g_strdup (icalparameter_get_tzid (tzid)));
}

/* The TZIDs @events name. */
static GHashTable *
zones_named (GPtrArray *events)
{
  GHashTable *zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < events->len; i++)
    {
      icalcomponent *event = g_ptr_array_index (events, i);

      for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_ANY_PROPERTY);
           property != NULL;
           property = icalcomponent_get_next_property (event, ICAL_ANY_PROPERTY))
        note_zone (zones, property);
    }
  return zones;
}

/* The iTIP calendar: the head, the zones @events name, the events. */
static char *
write_calendar (icalcomponent *root,
                GPtrArray     *events,
                gboolean       cancel)
{
  g_autoptr(GHashTable) zones = zones_named (events);
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  icalcomponent *zone;
  char *text;
  char *copy;

  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Turnabout//Turnabout//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (cancel ? ICAL_METHOD_CANCEL
                                                                        : ICAL_METHOD_REQUEST));

  for (zone = icalcomponent_get_first_component (root, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (root, ICAL_VTIMEZONE_COMPONENT))
    {
      icalproperty *tzid = icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY);

      if (tzid != NULL && g_hash_table_contains (zones, icalproperty_get_tzid (tzid)))
        icalcomponent_add_component (calendar, icalcomponent_new_clone (zone));
    }
  for (guint i = 0; i < events->len; i++)
    icalcomponent_add_component (calendar, icalcomponent_new_clone (g_ptr_array_index (events, i)));

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  copy = g_strdup (text);
  free (text);
  return copy;
}

/* The organizer's name: theirs in the directory, else their address. */
static char *
organizer_name (TaStore    *store,
                const char *organizer)
{
  g_autoptr(TaParticipant) participant = ta_store_find_participant_by_email (store, organizer, NULL);

  if (participant != NULL && ta_participant_get_name (participant) != NULL &&
      *ta_participant_get_name (participant) != '\0')
    return g_strdup (ta_participant_get_name (participant));
  return g_strdup (organizer);
}

/**
 * ta_itip_write:
 * @store: a #TaStore
 * @request: what to write
 * @error: %TA_ITIP_ERROR_NO_ORGANIZER, %TA_ITIP_ERROR_NO_ATTENDEES,
 *   %TA_ITIP_ERROR_CANCELLED (a REQUEST for a cancelled session), or a
 *   #TA_STORE_ERROR
 *
 * The iTIP message (RFC 5546) that invites the attendees of a session,
 * or of its whole series, or cancels it: see the top of ta-itip-write.c.
 * libical's icalrestriction_check() accepts it.
 *
 * Returns: (transfer full): the text, CRLF line ends, or %NULL
 */
char *
ta_itip_write (TaStore              *store,
               const TaItipRequest  *request,
               GError              **error)
{
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_auto(Wanted) wanted = { 0 };
  g_autofree char *programme = NULL;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) now = NULL;
  struct icaltimetype stamp;
  icalcomponent *root;
  guint n_attendees = 0;
  gint64 series_id;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (request->organizer == NULL || *request->organizer == '\0')
    {
      g_set_error_literal (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NO_ORGANIZER,
                           _("Set the facilitator’s e-mail address in Preferences, or give --organizer"));
      return NULL;
    }

  session = ta_store_get_session (store, request->session_id, error);
  if (session == NULL)
    return NULL;
  series_id = ta_session_get_series_id (session);

  if (!request->cancel && ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED &&
      !(request->whole_series && series_id != 0))
    {
      g_set_error_literal (error, TA_ITIP_ERROR, TA_ITIP_ERROR_CANCELLED,
                           _("This session is cancelled: send the cancellation instead of an invitation"));
      return NULL;
    }

  programme = ta_store_get_programme_id (store, error);
  if (programme == NULL)
    return NULL;
  text = export_around (store, session, error);
  if (text == NULL)
    return NULL;

  wanted.session_uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, request->session_id, programme);
  if (series_id != 0)
    wanted.series_uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SERIES, series_id, programme);
  if (ta_session_get_occurrence_start (session) != NULL)
    {
      wanted.has_occurrence = TRUE;
      wanted.occurrence = g_date_time_to_unix (ta_session_get_occurrence_start (session));
    }

  root = icalparser_parse_string (text);
  if (root == NULL)
    {
      g_set_error_literal (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID,
                           _("The session’s calendar could not be made"));
      return NULL;
    }
  events = take_events (root, &wanted, session, request);

  if (events->len > 0 && request->whole_series && !request->cancel && series_id != 0)
    exclude_cancelled (events);

  now = request->now != NULL ? g_date_time_ref (request->now) : g_date_time_new_now_utc ();
  stamp = icaltime_from_timet_with_zone ((time_t) g_date_time_to_unix (now), 0,
                                         icaltimezone_get_utc_timezone ());
  name = organizer_name (store, request->organizer);
  for (guint i = 0; i < events->len; i++)
    n_attendees += make_itip_event (g_ptr_array_index (events, i), request, name, stamp);

  if (events->len == 0)
    {
      /* The export names its events otherwise than ta-ical-private.h says */
      icalcomponent_free (root);
      g_set_error_literal (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID,
                           _("The session’s event was not found in its calendar"));
      return NULL;
    }
  if (n_attendees == 0)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NO_ATTENDEES,
                           _("Nobody invited to this session has an e-mail address"));
      return NULL;
    }

  g_clear_pointer (&text, g_free);
  text = write_calendar (root, events, request->cancel);
  icalcomponent_free (root);
  return g_steal_pointer (&text);
}
