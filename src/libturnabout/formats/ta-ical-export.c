/* ta-ical-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "ta-file.h"
#include "ta-ical-private.h"
#include "ta-ical-writer-private.h"
#include "ta-ical-zone-private.h"
#include "ta-store-queries.h"

/* Export of sessions to iCalendar; the format, and how series map to it,
 * is described in ta-ical.c.  The events are written as text with
 * TaIcalWriter (ta-ical-writer.c); times and VTIMEZONEs come from
 * ta-ical-zone.c. */

/* When a record last changed, as a UTC DATE-TIME. */
typedef TaIcalStamp Stamp;

typedef struct
{
  gint64 id;
  Stamp stamp;
} SessionStamp;

typedef struct
{
  Stamp stamp;           /* updated_at */
  gboolean changed;      /* updated since it was made (its rule was cut) */
} SeriesStamp;

typedef struct
{
  TaStore *store;
  char *programme_id;
  char *organizer;           /* "mailto:…" of the facilitator, or NULL */
  GHashTable *participants;  /* id (gint64 *) → TaParticipant */
  GHashTable *pairings;      /* id (gint64 *) → TaPairing */
  GHashTable *series_zones;  /* series id (gint64 *) → zone id (char *) */
  GArray *session_stamps;    /* SessionStamp, by id */
  GHashTable *series_stamps; /* series id (gint64 *) → SeriesStamp */
  GHashTable *zones;         /* zone id → TaIcalZoneUse */
  GPtrArray *zone_order;     /* TaIcalZoneUse (unowned), in order of first use */
  Stamp now;
  TaIcalWriter events;
} Exporter;

static void
exporter_clear (Exporter *self)
{
  g_clear_pointer (&self->programme_id, g_free);
  g_clear_pointer (&self->organizer, g_free);
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_clear_pointer (&self->pairings, g_hash_table_unref);
  g_clear_pointer (&self->series_zones, g_hash_table_unref);
  g_clear_pointer (&self->session_stamps, g_array_unref);
  g_clear_pointer (&self->series_stamps, g_hash_table_unref);
  g_clear_pointer (&self->zone_order, g_ptr_array_unref);
  g_clear_pointer (&self->zones, g_hash_table_unref);
  _ta_ical_writer_clear (&self->events);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Exporter, exporter_clear)

/* --- Times ------------------------------------------------------------ */

/* "YYYY-MM-DDTHH:MM:SSZ" (the store's) as "YYYYMMDDTHHMMSSZ". */
static gboolean
stamp_from_store (const char *text,
                  Stamp       out)
{
  static const guint8 digits[] = { 0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18 };
  guint n = 0;

  if (text == NULL || strlen (text) != 20 || text[19] != 'Z')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    {
      if (!g_ascii_isdigit (text[digits[i]]))
        return FALSE;
      out[n++] = text[digits[i]];
      if (n == 8)
        out[n++] = 'T';
    }
  out[n++] = 'Z';
  out[n] = '\0';
  return TRUE;
}

/* --- Loading ---------------------------------------------------------- */

static gboolean
load_people (Exporter  *self,
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

/* When each session and series last changed (the store's updated_at,
 * which the record objects do not carry): LAST-MODIFIED, and DTSTAMP,
 * which RFC 5545 3.8.7.2 makes the same thing in a file without METHOD. */
static gboolean
load_stamps (Exporter  *self,
             GError   **error)
{
  g_autoptr(GArray) sessions = NULL;
  g_autoptr(GArray) series = NULL;

  if (!ta_store_read_export_stamps (self->store, &sessions, &series, error))
    return FALSE;

  for (guint i = 0; i < sessions->len; i++)
    {
      const TaStoreStamp *stored = &g_array_index (sessions, TaStoreStamp, i);
      SessionStamp row = { stored->id, "" };

      if (stamp_from_store (stored->updated_at, row.stamp))
        g_array_append_val (self->session_stamps, row);
    }

  for (guint i = 0; i < series->len; i++)
    {
      const TaStoreStamp *stored = &g_array_index (series, TaStoreStamp, i);
      SeriesStamp *row = g_new0 (SeriesStamp, 1);

      if (!stamp_from_store (stored->updated_at, row->stamp))
        memcpy (row->stamp, self->now, sizeof (Stamp));
      row->changed = g_strcmp0 (stored->created_at, stored->updated_at) != 0;
      g_hash_table_insert (self->series_stamps, _ta_ical_id_key (stored->id), row);
    }

  return TRUE;
}

static int
compare_session_stamps (gconstpointer a,
                        gconstpointer b)
{
  gint64 x = ((const SessionStamp *) a)->id;
  gint64 y = ((const SessionStamp *) b)->id;

  return x < y ? -1 : x > y;
}

/* When @session last changed; now for one the store had not yet when
 * the stamps were read. */
static const char *
session_stamp (Exporter  *self,
               TaSession *session)
{
  SessionStamp key = { ta_session_get_id (session), "" };
  const SessionStamp *found;

  found = bsearch (&key, self->session_stamps->data, self->session_stamps->len,
                   sizeof (SessionStamp), compare_session_stamps);
  return found != NULL ? found->stamp : self->now;
}

static gboolean
exporter_load (Exporter  *self,
               GError   **error)
{
  g_autofree char *facilitator = NULL;

  self->participants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->pairings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->series_zones = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->session_stamps = g_array_new (FALSE, FALSE, sizeof (SessionStamp));
  self->series_stamps = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->zones = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, _ta_ical_zone_use_free);
  self->zone_order = g_ptr_array_new ();
  _ta_ical_format_utc (g_get_real_time () / G_USEC_PER_SEC, self->now);

  self->programme_id = ta_store_get_programme_id (self->store, error);
  if (self->programme_id == NULL ||
      !ta_store_get_facilitator_email (self->store, &facilitator, error) ||
      !load_people (self, error) ||
      !load_stamps (self, error))
    return FALSE;

  if (facilitator != NULL)
    self->organizer = g_strconcat ("mailto:", facilitator, NULL);

  return TRUE;
}

/* --- Zones ------------------------------------------------------------ */

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

/* The zone @zone_id, whose VTIMEZONE the file will carry if anything is
 * written in it. */
static TaIcalZoneUse *
exporter_use_zone (Exporter    *self,
                   const char  *zone_id,
                   GError     **error)
{
  TaIcalZoneUse *use = g_hash_table_lookup (self->zones, zone_id);

  if (use != NULL)
    return use;

  use = _ta_ical_zone_use_new (zone_id, error);
  if (use == NULL)
    return NULL;
  g_hash_table_insert (self->zones, use->id, use);
  g_ptr_array_add (self->zone_order, use);
  return use;
}

/* NAME;TZID=zone:local time, or with @use %NULL NAME:UTC time. */
static void
write_time (Exporter   *self,
            const char *name,
            gint64      time,
            TaIcalZoneUse    *use)
{
  Stamp value;

  _ta_ical_writer_begin (&self->events, name);
  if (use != NULL)
    {
      _ta_ical_writer_param (&self->events, "TZID", use->id);
      _ta_ical_format_local (use->zone, time, value);
      _ta_ical_zone_use_cover (use, time);
    }
  else
    _ta_ical_format_utc (time, value);
  _ta_ical_writer_end_raw (&self->events, value);
}

/* --- Events ----------------------------------------------------------- */

static void
write_attendee (Exporter      *self,
                TaParticipant *participant)
{
  const char *email = ta_participant_get_email (participant);
  const char *name = ta_participant_get_name (participant);
  g_autofree char *address = NULL;

  if (email == NULL || *email == '\0')
    return;

  address = g_strconcat ("mailto:", email, NULL);
  _ta_ical_writer_begin (&self->events, "ATTENDEE");
  /* Names as they are: RFC 6868 carries ^, " and line breaks. */
  if (name != NULL && *name != '\0')
    _ta_ical_writer_param (&self->events, "CN", name);
  _ta_ical_writer_param (&self->events, "ROLE", "REQ-PARTICIPANT");
  _ta_ical_writer_end_raw (&self->events, address);
}

/* SUMMARY, the kind, the people and (for group sessions) DESCRIPTION. */
static void
describe_event (Exporter  *self,
                TaSession *session)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  TaSessionKind kind = ta_session_get_kind (session);
  const char *text;

  if (kind == TA_SESSION_KIND_ONE_ON_ONE)
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
        g_ptr_array_add (people, mentor);
      if (mentee != NULL)
        g_ptr_array_add (people, mentee);
    }
  else
    {
      guint n = 0;
      const gint64 *ids = ta_session_get_attendees (session, &n);

      text = ta_session_get_title (session);
      if (text == NULL || *text == '\0')
        text = ta_session_kind_get_label (kind);
      summary = g_strdup (text);
      for (guint i = 0; i < n; i++)
        {
          TaParticipant *participant = g_hash_table_lookup (self->participants, &ids[i]);

          if (participant != NULL)
            g_ptr_array_add (people, participant);
        }
    }
  _ta_ical_writer_text (&self->events, "SUMMARY", summary);

  /* A pair's notes are private to the pair (DESIGN.md): they never leave
   * in a calendar file.  A group session's notes are its agenda. */
  text = ta_session_get_notes (session);
  if (kind != TA_SESSION_KIND_ONE_ON_ONE && text != NULL && *text != '\0')
    _ta_ical_writer_text (&self->events, "DESCRIPTION", text);

  /* The kind for people (CATEGORIES, in their language) and for
   * Turnabout's import (ta-ical-private.h). */
  _ta_ical_writer_text (&self->events, "CATEGORIES", ta_session_kind_get_label (kind));
  _ta_ical_writer_raw (&self->events, TA_ICAL_KIND_PROPERTY, ta_session_kind_to_string (kind));

  /* RFC 5545 3.8.4.3: a meeting with attendees has an organizer.  Only
   * the facilitator can be one: a mentor made organizer would be asked
   * to manage replies in their own calendar. */
  if (self->organizer != NULL && people->len > 0)
    _ta_ical_writer_raw (&self->events, "ORGANIZER", self->organizer);
  for (guint i = 0; i < people->len; i++)
    write_attendee (self, g_ptr_array_index (people, i));
}

static void
write_status (Exporter        *self,
              TaSessionStatus  status)
{
  _ta_ical_writer_raw (&self->events, "STATUS",
                       status == TA_SESSION_STATUS_CANCELLED ? "CANCELLED" : "CONFIRMED");
}

static void
write_sequence (Exporter *self,
                gint64    sequence)
{
  char number[24];

  g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, MAX (sequence, 0));
  _ta_ical_writer_raw (&self->events, "SEQUENCE", number);
}

/* One session as a VEVENT: on its own (@uid NULL: its own UID), or as
 * the override of the occurrence @recurrence_id of the series @uid. */
static gboolean
add_event (Exporter    *self,
           TaSession   *session,
           const char  *uid,
           GDateTime   *recurrence_id,
           GError     **error)
{
  g_autofree char *own_uid = NULL;
  gint64 starts_at = g_date_time_to_unix (ta_session_get_starts_at (session));
  gint64 ends_at = starts_at + (gint64) ta_session_get_duration (session) * 60;
  const char *stamp = session_stamp (self, session);
  TaIcalZoneUse *use;
  TaIcalZoneUse *times;
  const char *zone_id;
  const char *text;

  zone_id = session_zone (self, session, error);
  if (zone_id == NULL)
    return FALSE;
  use = exporter_use_zone (self, zone_id, error);
  if (use == NULL)
    return FALSE;

  /* A start or end in the repeated hour is written in UTC, and then both
   * are: DTSTART and DTEND in one form, so the length survives too. */
  times = use;
  if (_ta_ical_is_repeated_local_time (use->zone, starts_at) || _ta_ical_is_repeated_local_time (use->zone, ends_at))
    times = NULL;

  if (uid == NULL)
    uid = own_uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, ta_session_get_id (session),
                                             self->programme_id);

  _ta_ical_writer_raw (&self->events, "BEGIN", "VEVENT");
  _ta_ical_writer_text (&self->events, "UID", uid);
  _ta_ical_writer_raw (&self->events, "DTSTAMP", stamp);
  if (recurrence_id != NULL)
    write_time (self, "RECURRENCE-ID", g_date_time_to_unix (recurrence_id), use);
  write_time (self, "DTSTART", starts_at, times);
  write_time (self, "DTEND", ends_at, times);
  /* Revisions start at 1; SEQUENCE at 0 (RFC 5545 3.8.7.4). */
  write_sequence (self, ta_session_get_revision (session) - 1);
  _ta_ical_writer_raw (&self->events, "LAST-MODIFIED", stamp);

  describe_event (self, session);

  text = ta_session_get_location (session);
  if (text != NULL && *text != '\0')
    _ta_ical_writer_text (&self->events, "LOCATION", text);
  write_status (self, ta_session_get_status (session));
  _ta_ical_writer_raw (&self->events, "END", "VEVENT");
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

/* The end of @rule's last day in its zone (UTC), or NULL. */
static GDateTime *
rule_until (const TaRecurrence *rule)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (rule->time_zone);
  g_autoptr(GDateTime) local = NULL;
  GDate last;

  if (rule->until_date == NULL)
    return NULL;

  parse_day (rule->until_date, &last);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_new (zone, g_date_get_year (&last), g_date_get_month (&last),
                           g_date_get_day (&last), 23, 59, 59);
  return g_date_time_to_utc (local);
}

/* The RRULE value of @rule, e.g. "FREQ=MONTHLY;INTERVAL=1;BYDAY=2TU". */
static char *
rrule_text (const TaRecurrence *rule)
{
  static const char *const codes[] = { "", "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
  g_autoptr(GDateTime) until = rule_until (rule);
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

  /* With a DTSTART in a zone, UNTIL must be UTC (RFC 5545 3.3.10): the
   * end of the last day, there. */
  if (until != NULL)
    {
      g_autofree char *value = g_date_time_format (until, "%Y%m%dT%H%M%SZ");

      g_string_append_printf (text, ";UNTIL=%s", value);
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

/* How far @rule reaches, for the VTIMEZONE: the end of its last
 * occurrence, or forever. */
static void
cover_rule (TaIcalZoneUse            *use,
            const TaRecurrence *rule,
            int                 duration)
{
  g_autoptr(GDateTime) until = rule_until (rule);

  if (until != NULL)
    _ta_ical_zone_use_cover (use, g_date_time_to_unix (until));
  else if (rule->count > 0)
    {
      g_autoptr(GDateTime) beginning = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) end = g_date_time_new_utc (9999, 1, 1, 0, 0, 0);
      g_autoptr(GPtrArray) starts = ta_recurrence_expand (rule, beginning, end, NULL, NULL);

      if (starts != NULL && starts->len > 0)
        _ta_ical_zone_use_cover (use, g_date_time_to_unix (g_ptr_array_index (starts, starts->len - 1)) +
                             (gint64) duration * 60);
      else
        use->open_ended = TRUE;
    }
  else
    use->open_ended = TRUE;
}

/* A series as one master VEVENT with an RRULE, EXDATEs for the
 * occurrences it no longer has, and an override (RECURRENCE-ID) for each
 * occurrence that was moved, changed or marked.  @sessions are its
 * sessions that pass the filter (all of them: a series belongs to one
 * pairing). */
static gboolean
add_series (Exporter    *self,
            gint64       series_id,
            GPtrArray   *sessions,
            GError     **error)
{
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GPtrArray) starts = NULL;
  g_autoptr(GHashTable) generated = NULL;
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GPtrArray) exdates = g_ptr_array_new ();
  g_autoptr(GDateTime) beginning = g_date_time_new_utc (1900, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *location = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *rrule = NULL;
  struct icalrecurrencetype recurrence;
  SeriesStamp *stamp;
  TaIcalZoneUse *use;
  gint64 pairing_id = 0;
  gint64 first_start;
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
        if (!add_event (self, g_ptr_array_index (sessions, i), NULL, NULL, error))
          return FALSE;
      return TRUE;
    }

  use = exporter_use_zone (self, rule->time_zone, error);
  if (use == NULL)
    return FALSE;

  generated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < starts->len; i++)
    g_hash_table_add (generated, _ta_ical_id_key (g_date_time_to_unix (g_ptr_array_index (starts, i))));
  present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    g_hash_table_add (present, _ta_ical_id_key (g_date_time_to_unix (ta_session_get_occurrence_start (g_ptr_array_index (sessions, i)))));
  /* Every occurrence the rule makes that has no session any more:
   * removed from the series. */
  for (guint i = 0; i < starts->len; i++)
    {
      gint64 unix_time = g_date_time_to_unix (g_ptr_array_index (starts, i));

      if (!g_hash_table_contains (present, &unix_time))
        g_ptr_array_add (exdates, g_ptr_array_index (starts, i));
    }

  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SERIES, series_id, self->programme_id);
  rrule = rrule_text (rule);
  /* Through libical, which writes the parts in the order other calendars
   * are used to. */
  recurrence = icalrecurrencetype_from_string (rrule);
  g_assert (recurrence.freq != ICAL_NO_RECURRENCE);
  g_clear_pointer (&rrule, g_free);
  {
    char *text = icalrecurrencetype_as_string_r (&recurrence);

    rrule = g_strdup (text);
    free (text);
  }
  first_start = g_date_time_to_unix (g_ptr_array_index (starts, 0));
  stamp = g_hash_table_lookup (self->series_stamps, &series_id);

  _ta_ical_writer_raw (&self->events, "BEGIN", "VEVENT");
  _ta_ical_writer_text (&self->events, "UID", uid);
  _ta_ical_writer_raw (&self->events, "DTSTAMP", stamp != NULL ? stamp->stamp : self->now);
  /* The rule's occurrences are local times: a series keeps its hour across
   * daylight-saving changes (ta-recurrence.h). */
  write_time (self, "DTSTART", first_start, use);
  write_time (self, "DTEND", first_start + (gint64) duration * 60, use);
  _ta_ical_writer_raw (&self->events, "RRULE", rrule);
  cover_rule (use, rule, duration);
  for (guint i = 0; i < exdates->len; i++)
    write_time (self, "EXDATE", g_date_time_to_unix (g_ptr_array_index (exdates, i)), use);
  /* A series has no revision of its own: what changes its master is an
   * occurrence taken out (an EXDATE more) or its rule cut short (then its
   * row was updated), so that count only grows. */
  write_sequence (self, (gint64) exdates->len + (stamp != NULL && stamp->changed ? 1 : 0));
  _ta_ical_writer_raw (&self->events, "LAST-MODIFIED", stamp != NULL ? stamp->stamp : self->now);
  describe_event (self, g_ptr_array_index (sessions, 0));
  if (location != NULL && *location != '\0')
    _ta_ical_writer_text (&self->events, "LOCATION", location);
  write_status (self, TA_SESSION_STATUS_PLANNED);
  _ta_ical_writer_raw (&self->events, "END", "VEVENT");

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      GDateTime *occurrence = ta_session_get_occurrence_start (session);
      gint64 unix_time = g_date_time_to_unix (occurrence);

      if (!g_hash_table_contains (generated, &unix_time))
        {
          /* Not an occurrence of the rule (any more): on its own. */
          if (!add_event (self, session, NULL, NULL, error))
            return FALSE;
        }
      else if (is_override (session, duration, location))
        {
          if (!add_event (self, session, uid, occurrence, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The VCALENDAR around the events: its head, then the VTIMEZONEs of the
 * zones the events were written in (only known now), then the events. */
static char *
exporter_finish (Exporter *self)
{
  g_autofree char *head = NULL;
  TaIcalWriter calendar;
  gsize length = 0;

  _ta_ical_writer_init (&calendar, 4096);
  _ta_ical_writer_raw (&calendar, "BEGIN", "VCALENDAR");
  _ta_ical_writer_raw (&calendar, "PRODID", "-//Turnabout//Turnabout//EN");
  _ta_ical_writer_raw (&calendar, "VERSION", "2.0");
  _ta_ical_writer_raw (&calendar, "CALSCALE", "GREGORIAN");
  /* No METHOD: this is a calendar to subscribe to or import, not an iTIP
   * message (RFC 5546).  METHOD:PUBLISH forbids ATTENDEEs, and REQUEST
   * would make every client treat the file as invitations to answer. */
  for (guint i = 0; i < self->zone_order->len; i++)
    {
      TaIcalZoneUse *use = g_ptr_array_index (self->zone_order, i);

      if (_ta_ical_zone_use_is_used (use))
        _ta_ical_zone_use_write (use, &calendar);
    }
  head = _ta_ical_writer_steal (&calendar, &length);

  /* In front of the events where they are: the room was reserved, and a
   * copy of a large programme's events would cost a second buffer. */
  g_string_prepend_len (self->events.out, head, length);
  _ta_ical_writer_raw (&self->events, "END", "VCALENDAR");

  return _ta_ical_writer_steal (&self->events, NULL);
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
 * EXDATEs and overrides (see ta-ical.c); it belongs to the pairing of its
 * sessions for the filters.  UIDs name the programme
 * (ta_store_get_programme_id()); with a facilitator's address
 * (ta_store_set_facilitator_email()) every event with attendees has it as
 * ORGANIZER.
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
  g_auto(Exporter) exporter = { 0 };
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GHashTable) series = NULL;   /* series id → its sessions (unowned) */
  g_autoptr(GArray) series_order = NULL;
  g_autofree char *number = NULL;
  guint count = 0;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (pairing_id >= 0 && participant_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  exporter.store = store;
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

  /* About 600 bytes an event, and the head with its VTIMEZONEs. */
  _ta_ical_writer_init (&exporter.events, (gsize) sessions->len * 640 + 16384);
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

      if (!add_event (&exporter, session, NULL, NULL, error))
        return NULL;
    }

  for (guint i = 0; i < series_order->len; i++)
    {
      gint64 series_id = g_array_index (series_order, gint64, i);

      if (!add_series (&exporter, series_id, g_hash_table_lookup (series, &series_id), error))
        return NULL;
    }

  if (out_count != NULL)
    *out_count = count;
  return exporter_finish (&exporter);
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
