/* ta-ical-import.c
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

/* Import of sessions from iCalendar; the format, and how series map to it, is described in
 * ta-ical.c. */

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
                             _ta_ical_id_key (ta_participant_get_id (participant)));
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
        g_hash_table_add (removed, _ta_ical_id_key (g_date_time_to_unix (time)));
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
