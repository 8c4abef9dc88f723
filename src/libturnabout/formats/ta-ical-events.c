/* ta-ical-events.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-ical-reader-private.h"
#include "ta-participant.h"
#include "ta-session.h"
#include "ta-validate-private.h"

/*
 * The meetings a calendar file plans, read without the programme: every
 * event, and every occurrence of a repeating one, either becomes a
 * TaIcalOccurrence (for ta-ical-match.c to match with the programme's
 * pairs and sessions) or an entry saying why it is skipped or refused.
 *
 * Repeating events are expanded in ta-ical-series.c.
 */

void
_ta_ical_problem_clear (TaIcalProblem *problem)
{
  g_clear_pointer (&problem->reason, g_free);
}

void
_ta_ical_problem_set (TaIcalProblem *problem,
                      TaIcalOutcome  outcome,
                      const char    *property,
                      guint          line,
                      char          *reason)
{
  g_free (problem->reason);
  problem->outcome = outcome;
  problem->property = property;
  problem->line = line;
  problem->reason = reason;
}

static void
facts_free (gpointer data)
{
  TaIcalFacts *facts = data;

  g_free (facts->uid);
  g_free (facts->summary);
  g_free (facts->location);
  g_free (facts->description);
  g_clear_pointer (&facts->emails, g_ptr_array_unref);
  g_free (facts->organizer);
  g_clear_pointer (&facts->last_modified, g_date_time_unref);
  g_free (facts);
}

static void
occurrence_free (gpointer data)
{
  TaIcalOccurrence *occurrence = data;

  g_clear_pointer (&occurrence->starts_at, g_date_time_unref);
  g_clear_pointer (&occurrence->recurrence_id, g_date_time_unref);
  g_free (occurrence);
}

static GDateTime *
time_from_unix (gint64 time)
{
  return g_date_time_new_from_unix_utc (time);
}

void
_ta_ical_add_entry (TaIcalReader      *self,
                    TaIcalOutcome      outcome,
                    const TaIcalFacts *facts,
                    guint              line,
                    gint64             start,
                    gint64             recurrence_id,
                    const char        *property,
                    char              *reason)
{
  g_autoptr(GDateTime) starts_at = start != G_MININT64 ? time_from_unix (start) : NULL;
  g_autoptr(GDateTime) occurrence = recurrence_id != G_MININT64 ? time_from_unix (recurrence_id) : NULL;
  TaIcalEntry *entry = _ta_ical_entry_new (outcome, facts, line, starts_at, occurrence);

  _ta_ical_entry_set_reason (entry, property, reason);
  g_ptr_array_add (self->out->entries, entry);
}

void
_ta_ical_add_problem (TaIcalReader      *self,
                      const TaIcalFacts *facts,
                      TaIcalProblem     *problem,
                      gint64             start,
                      gint64             recurrence_id)
{
  _ta_ical_add_entry (self, problem->outcome, facts, problem->line != 0 ? problem->line : facts->line,
                      start, recurrence_id, problem->property, g_steal_pointer (&problem->reason));
}

/* Text */

/* A place on several lines (Apple Maps: street, city, country) on one:
 * a session's place is one line. */
static char *
one_line (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  if (text == NULL)
    return NULL;

  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_ptr_array_add (kept, lines[i]);
    }
  if (kept->len == 0)
    return NULL;
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (", ", (char **) kept->pdata);
}

static const char *
x_property (icalcomponent *event,
            const char    *name)
{
  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      const char *x_name = icalproperty_get_x_name (property);

      if (x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0)
        return icalproperty_get_x (property);
    }
  return NULL;
}

/* The kind of session the event says it is: our own export's
 * X-TURNABOUT-KIND (ta-ical-private.h), or a category naming a kind the
 * same way; a one-on-one otherwise. */
static TaSessionKind
kind_of (icalcomponent *event)
{
  const char *kind = x_property (event, TA_ICAL_KIND_PROPERTY);
  TaSessionKind parsed;

  if (kind != NULL && ta_session_kind_from_string (kind, &parsed))
    return parsed;

  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      const char *categories = icalproperty_get_categories (property);
      g_auto(GStrv) names = g_strsplit (categories != NULL ? categories : "", ",", -1);

      for (guint i = 0; names[i] != NULL; i++)
        {
          g_strstrip (names[i]);
          if (ta_session_kind_from_string (names[i], &parsed))
            return parsed;
        }
    }

  return TA_SESSION_KIND_ONE_ON_ONE;
}

/* The e-mail address of an ATTENDEE or ORGANIZER ("mailto:…", or Apple's
 * EMAIL parameter beside a "urn:uuid:…"), or NULL. */
static const char *
address_of (icalproperty *property,
            const char   *value)
{
  icalparameter *email;

  if (value != NULL && g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    return value + 7;

  /* RFC 7986's EMAIL, which libical knows by name, and the same written
   * by older programs as an X- or unknown parameter. */
  email = icalproperty_get_first_parameter (property, ICAL_EMAIL_PARAMETER);
  if (email != NULL && icalparameter_get_email (email) != NULL)
    return icalparameter_get_email (email);

  for (email = icalproperty_get_first_parameter (property, ICAL_X_PARAMETER);
       email != NULL;
       email = icalproperty_get_next_parameter (property, ICAL_X_PARAMETER))
    {
      const char *name = icalparameter_get_xname (email);

      if (name != NULL && g_ascii_strcasecmp (name, "EMAIL") == 0)
        return icalparameter_get_xvalue (email);
    }

  email = icalproperty_get_first_parameter (property, ICAL_IANA_PARAMETER);
  for (; email != NULL; email = icalproperty_get_next_parameter (property, ICAL_IANA_PARAMETER))
    {
      const char *name = icalparameter_get_iana_name (email);

      if (name != NULL && g_ascii_strcasecmp (name, "EMAIL") == 0)
        return icalparameter_get_iana_value (email);
    }

  return NULL;
}

/* Adds the address of @property to @facts; FALSE with @problem when it
 * cannot be anyone's. */
static gboolean
add_person (TaIcalFacts   *facts,
            icalproperty  *property,
            const char    *value,
            gboolean       organizer,
            TaIcalProblem *problem)
{
  const char *address = address_of (property, value);
  icalparameter *cutype = icalproperty_get_first_parameter (property, ICAL_CUTYPE_PARAMETER);
  glong position = 0;
  gunichar invisible;
  char *folded;

  /* Exchange invites the meeting room too. */
  if (cutype != NULL && (icalparameter_get_cutype (cutype) == ICAL_CUTYPE_ROOM ||
                         icalparameter_get_cutype (cutype) == ICAL_CUTYPE_RESOURCE))
    return TRUE;

  if (address == NULL || *address == '\0')
    return TRUE;

  /* An address with an invisible character looks like a participant's
   * and is not: say so rather than "no pairing between" two addresses
   * that read the same as theirs. */
  invisible = _ta_text_find_invisible (address, TRUE, &position);
  if (invisible != 0)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, organizer ? "ORGANIZER" : "ATTENDEE",
                            _ta_ical_property_line (property),
                            /* Translators: %1$s is an e-mail address, %2$04X a Unicode code point in
                             * hexadecimal (shown as U+200B), %3$ld the position of the character */
                            g_strdup_printf (_("the attendee “%1$s” has an invisible character, U+%2$04X, "
                                               "at character %3$ld"),
                                             address, (guint) invisible, position));
      return FALSE;
    }

  folded = ta_email_fold (address);
  for (guint i = 0; i < facts->emails->len; i++)
    if (g_str_equal (g_ptr_array_index (facts->emails, i), folded))
      {
        if (organizer && facts->organizer == NULL)
          facts->organizer = g_strdup (folded);
        g_free (folded);
        return TRUE;
      }
  if (organizer)
    facts->organizer = g_strdup (folded);
  g_ptr_array_add (facts->emails, folded);
  return TRUE;
}

/* What @event says apart from its times; @problem for a refusal that
 * concerns every occurrence of it. */
TaIcalFacts *
_ta_ical_read_facts (TaIcalReader  *self,
                     icalcomponent *event,
                     TaIcalProblem *problem)
{
  TaIcalFacts *facts = g_new0 (TaIcalFacts, 1);
  icalproperty *property;
  const char *text;

  facts->event = event;
  text = icalcomponent_get_uid (event);
  facts->uid = g_strdup (text != NULL ? text : "");
  facts->line = _ta_ical_event_line (event);
  facts->start_line = _ta_ical_property_line (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
  text = icalcomponent_get_summary (event);
  facts->summary = text != NULL && *text != '\0' ? one_line (text) : NULL;
  facts->location = one_line (icalcomponent_get_location (event));
  if (facts->location == NULL)
    {
      /* A video call: its link is the place. */
      text = x_property (event, "X-GOOGLE-CONFERENCE");
      if (text == NULL)
        text = x_property (event, "X-MICROSOFT-SKYPETEAMSMEETINGURL");
      facts->location = one_line (text);
    }
  text = icalcomponent_get_description (event);
  facts->description = text != NULL && !_ta_text_is_blank (text) ? g_strdup (text) : NULL;

  property = icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY);
  facts->cancelled = self->cancel_all ||
                     (property != NULL && icalproperty_get_status (property) == ICAL_STATUS_CANCELLED);
  facts->kind = kind_of (event);

  property = icalcomponent_get_first_property (event, ICAL_SEQUENCE_PROPERTY);
  facts->sequence = property != NULL ? MAX (icalproperty_get_sequence (property), 0) : 0;
  property = icalcomponent_get_first_property (event, ICAL_LASTMODIFIED_PROPERTY);
  if (property != NULL)
    {
      struct icaltimetype modified = icalproperty_get_lastmodified (property);

      /* UTC, as RFC 5545 wants; anything else is read as UTC too, as
       * only its order matters. */
      if (!icaltime_is_null_time (modified) && icaltime_is_valid_time (modified))
        {
          modified.zone = NULL;
          facts->last_modified = time_from_unix (icaltime_as_timet (modified));
        }
    }

  /* Outlook and Exchange name the one who invites only as ORGANIZER. */
  facts->emails = g_ptr_array_new_with_free_func (g_free);
  for (property = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    if (!add_person (facts, property, icalproperty_get_attendee (property), FALSE, problem))
      break;
  property = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  if (property != NULL && problem->reason == NULL)
    add_person (facts, property, icalproperty_get_organizer (property), TRUE, problem);

  g_ptr_array_add (self->out->facts, facts);
  return facts;
}

/* Times */

static const char * const timed_properties[] = {
  "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID",
};

/* A property libical could not read that changes when the event is:
 * ignoring it would import the wrong sessions.  (Others, an unreadable
 * SEQUENCE or STATUS, are ignored.) */
gboolean
_ta_ical_find_unreadable (TaIcalReader  *self,
                          icalcomponent *event,
                          guint          line,
                          TaIcalProblem *problem)
{
  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_XLICERROR_PROPERTY))
    {
      /* "Can't parse as DATE-TIME value in DTSTART property. Removing
       * entire property: garbage" */
      const char *message = icalproperty_get_xlicerror (property);
      const char *in = message != NULL ? strstr (message, " value in ") : NULL;
      const char *value = message != NULL ? strstr (message, "property: ") : NULL;

      if (in == NULL)
        continue;
      in += strlen (" value in ");
      for (guint i = 0; i < G_N_ELEMENTS (timed_properties); i++)
        if (g_str_has_prefix (in, timed_properties[i]) && in[strlen (timed_properties[i])] == ' ')
          {
            g_autofree char *shown = g_strdup (value != NULL ? value + strlen ("property: ") : "");
            guint found = _ta_ical_text_find_line (self->text, line, timed_properties[i]);

            /* Translators: %s is the value as the file has it */
            _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, timed_properties[i], found != 0 ? found : line,
                                  g_strdup_printf (_("“%s” cannot be read"), g_strstrip (shown)));
            return TRUE;
          }
    }
  return FALSE;
}

/* The instant of a DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE value
 * of @property; FALSE with @problem (an unknown zone).  *@out_is_date for
 * a date without a time. */
gboolean
_ta_ical_read_value_time (TaIcalReader         *self,
                          icalproperty         *property,
                          struct icaltimetype   value,
                          const char           *name,
                          gint64               *out_time,
                          struct icaltimetype  *out_wall,
                          const TaIcalZone    **out_zone,
                          gboolean             *out_is_date,
                          TaIcalProblem        *problem)
{
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  const TaIcalZone *zone;

  *out_is_date = FALSE;
  if (icaltime_is_null_time (value) || !icaltime_is_valid_time (value))
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
                            g_strdup (_("the date or time cannot be read")));
      return FALSE;
    }
  if (value.is_date)
    {
      *out_is_date = TRUE;
      value.is_date = 0;
      value.hour = value.minute = value.second = 0;
    }

  if (icaltime_is_utc (value))
    zone = _ta_ical_zones_get_utc (self->zones);
  else if (tzid != NULL && icalparameter_get_tzid (tzid) != NULL)
    {
      zone = _ta_ical_zones_find (self->zones, icalparameter_get_tzid (tzid));
      if (zone == NULL)
        {
          _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
                                /* Translators: %s is a time zone id from the file */
                                g_strdup_printf (_("unknown time zone “%s”"), icalparameter_get_tzid (tzid)));
          return FALSE;
        }
    }
  else
    zone = _ta_ical_zones_get_floating (self->zones);

  value.zone = NULL;
  *out_time = _ta_ical_zone_to_unix (zone, value);
  if (*out_time == G_MININT64)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
                            g_strdup (_("the date or time cannot be read")));
      return FALSE;
    }
  if (out_wall != NULL)
    *out_wall = value;
  if (out_zone != NULL)
    *out_zone = zone;
  return TRUE;
}

gboolean
_ta_ical_read_time (TaIcalReader  *self,
                    icalproperty  *property,
                    const char    *name,
                    gint64        *out_time,
                    gboolean      *out_is_date,
                    TaIcalProblem *problem)
{
  return _ta_ical_read_value_time (self, property, icalvalue_get_datetime (icalproperty_get_value (property)),
                                   name, out_time, NULL, NULL, out_is_date, problem);
}

/* When @event starts and how long it lasts; FALSE with @problem. */
gboolean
_ta_ical_read_timing (TaIcalReader      *self,
                      const TaIcalFacts *facts,
                      TaIcalTiming      *timing,
                      TaIcalProblem     *problem)
{
  icalcomponent *event = facts->event;
  icalproperty *property;
  gboolean is_date = FALSE;
  gint64 end;

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  if (property == NULL)
    {
      if (!_ta_ical_find_unreadable (self, event, facts->line, problem))
        _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, "DTSTART", facts->line,
                              g_strdup (_("it has no start (DTSTART)")));
      return FALSE;
    }
  if (!_ta_ical_read_value_time (self, property, icalvalue_get_datetime (icalproperty_get_value (property)),
                                 "DTSTART", &timing->start, &timing->wall, &timing->zone, &is_date, problem))
    return FALSE;
  if (is_date)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_SKIPPED, "DTSTART", _ta_ical_property_line (property),
                            g_strdup (_("an all-day event")));
      return FALSE;
    }

  if ((property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY)) != NULL)
    {
      if (!_ta_ical_read_time (self, property, "DTEND", &end, &is_date, problem))
        return FALSE;
      timing->seconds = end - timing->start;
    }
  else if ((property = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY)) != NULL)
    timing->seconds = icaldurationtype_as_int (icalproperty_get_duration (property));
  else
    timing->seconds = 0;  /* RFC 5545 3.6.1: it ends when it starts */

  if (timing->seconds < 0)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                            _ta_ical_property_line (property), g_strdup (_("it ends before it starts")));
      return FALSE;
    }

  return TRUE;
}

/* Occurrences */

static char *
seen_key (const TaIcalFacts *facts,
          gint64             recurrence_id)
{
  return g_strdup_printf ("%s\n%" G_GINT64_FORMAT, facts->uid, recurrence_id);
}

/* One meeting at @start: an occurrence to match with the programme, or an
 * entry saying why not.  @check_from: skip it before the start date (a
 * series has decided that already). */
void
_ta_ical_add_occurrence (TaIcalReader      *self,
                         const TaIcalFacts *facts,
                         TaIcalProblem     *facts_problem,
                         gint64             start,
                         gint64             seconds,
                         gint64             recurrence_id,
                         guint              line,
                         gboolean           check_from)
{
  TaIcalOccurrence *occurrence;

  if (check_from && start < self->from_time)
    {
      g_autofree char *day = _ta_ical_format_day (self->from);

      /* Translators: %s is a date, 2026-03-01 */
      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
                          g_strdup_printf (_("before %s, the start date"), day));
      return;
    }

  if (facts_problem != NULL && facts_problem->reason != NULL)
    {
      _ta_ical_add_entry (self, facts_problem->outcome, facts, facts_problem->line != 0 ? facts_problem->line : line,
                          start, recurrence_id, facts_problem->property, g_strdup (facts_problem->reason));
      return;
    }

  if (seconds < (gint64) TA_SESSION_MIN_DURATION * 60)
    {
      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
                          seconds == 0
                          ? g_strdup (_("it has no length (no DTEND or DURATION)"))
                          : g_strdup_printf (ngettext ("shorter than %d minute, the shortest a session can be",
                                                       "shorter than %d minutes, the shortest a session can be",
                                                       TA_SESSION_MIN_DURATION),
                                             TA_SESSION_MIN_DURATION));
      return;
    }
  if (seconds > (gint64) TA_SESSION_MAX_DURATION * 60)
    {
      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
                          g_strdup_printf (ngettext ("longer than %d minute, the longest a session can be",
                                                     "longer than %d minutes, the longest a session can be",
                                                     TA_SESSION_MAX_DURATION),
                                           TA_SESSION_MAX_DURATION));
      return;
    }

  if (*facts->uid != '\0')
    {
      g_autofree char *key = seen_key (facts, recurrence_id);
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, key));

      if (first != 0)
        {
          _ta_ical_add_entry (self, TA_ICAL_OUTCOME_REFUSED, facts, line, start, recurrence_id, "UID",
                              /* Translators: %u is a line number */
                              g_strdup_printf (_("the file has this event twice, the first time at line %u"), first));
          return;
        }
      g_hash_table_insert (self->seen, g_steal_pointer (&key), GUINT_TO_POINTER (MAX (line, 1)));
    }

  occurrence = g_new0 (TaIcalOccurrence, 1);
  occurrence->facts = (TaIcalFacts *) facts;
  occurrence->starts_at = time_from_unix (start);
  occurrence->seconds = seconds;
  occurrence->recurrence_id = recurrence_id != G_MININT64 ? time_from_unix (recurrence_id) : NULL;
  occurrence->line = line;
  g_ptr_array_add (self->out->occurrences, occurrence);
}

/* A single event, or an occurrence of a series whose master is not in
 * the file (a calendar may send one occurrence alone). */
static void
read_single (TaIcalReader  *self,
             icalcomponent *event)
{
  g_auto(TaIcalProblem) problem = { 0, };
  g_auto(TaIcalProblem) times = { 0, };
  TaIcalFacts *facts;
  TaIcalTiming timing = { 0, };
  icalproperty *property;
  gint64 recurrence_id = G_MININT64;

  facts = _ta_ical_read_facts (self, event, &problem);

  property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  if (property != NULL)
    {
      g_auto(TaIcalProblem) ignored = { 0, };
      gboolean is_date = FALSE;

      if (!_ta_ical_read_time (self, property, "RECURRENCE-ID", &recurrence_id, &is_date, &ignored))
        recurrence_id = G_MININT64;
    }

  if (_ta_ical_find_unreadable (self, event, facts->line, &times) ||
      !_ta_ical_read_timing (self, facts, &timing, &times))
    {
      _ta_ical_add_problem (self, facts, &times, G_MININT64, recurrence_id);
      return;
    }

  _ta_ical_add_occurrence (self, facts, &problem, timing.start, timing.seconds, recurrence_id, facts->line, TRUE);
}

static void
read_calendar (TaIcalReader  *self,
               icalcomponent *calendar)
{
  g_autoptr(TaIcalZones) zones = _ta_ical_zones_new (calendar);
  g_autoptr(GHashTable) masters = g_hash_table_new (g_str_hash, g_str_equal);  /* UID → event */
  g_autoptr(GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  icalproperty *method = icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY);

  self->zones = zones;
  self->cancel_all = method != NULL && icalproperty_get_method (method) == ICAL_METHOD_CANCEL;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);

      if (uid != NULL && icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL &&
          (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL ||
           icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY) != NULL) &&
          !g_hash_table_contains (masters, uid))
        g_hash_table_insert (masters, (gpointer) uid, event);
    }

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      icalcomponent *master = uid != NULL ? g_hash_table_lookup (masters, uid) : NULL;
      GPtrArray *list;

      if (master == NULL || master == event ||
          icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL)
        continue;

      list = g_hash_table_lookup (overrides, uid);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (_ta_ical_override_free);
          g_hash_table_insert (overrides, (gpointer) uid, list);
        }
      g_ptr_array_add (list, _ta_ical_override_new (self, event,
                                                    icalcomponent_get_status (master) == ICAL_STATUS_CANCELLED));
    }

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      icalcomponent *master = uid != NULL ? g_hash_table_lookup (masters, uid) : NULL;

      if (master == event)
        {
          GPtrArray *list = g_hash_table_lookup (overrides, uid);

          if (list != NULL)
            g_ptr_array_sort (list, _ta_ical_override_compare);
          _ta_ical_read_series (self, event, list);
        }
      else if (master != NULL && icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
        continue;  /* read with its series */
      else if (master != NULL)
        {
          g_auto(TaIcalProblem) problem = { 0, };
          TaIcalFacts *facts = _ta_ical_read_facts (self, event, &problem);

          _ta_ical_add_entry (self, TA_ICAL_OUTCOME_REFUSED, facts, facts->line, G_MININT64, G_MININT64, "UID",
                              /* Translators: %u is a line number */
                              g_strdup_printf (_("another repeating event of the file has this UID, at line %u"),
                                               _ta_ical_event_line (master)));
        }
      else
        read_single (self, event);
    }

  self->zones = NULL;
}

/**
 * _ta_ical_events_read:
 * @out_events: (out caller-allocates): the file's meetings
 * @root: the parsed file
 * @text: (nullable): the text @root was parsed from, for lines libical
 *   does not keep
 * @from: the start date: earlier occurrences are skipped
 * @now: now, from which a rule without an end is followed a year ahead
 * @error: %TA_ICAL_ERROR_PARSE when @root has no VCALENDAR
 */
gboolean
_ta_ical_events_read (TaIcalEvents      *out_events,
                      icalcomponent     *root,
                      const TaIcalText  *text,
                      GDateTime         *from,
                      GDateTime         *now,
                      GError           **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  TaIcalReader reader = { 0, };
  guint n_calendars = 0;

  g_assert (out_events != NULL);
  g_assert (from != NULL);
  g_assert (now != NULL);

  out_events->facts = g_ptr_array_new_with_free_func (facts_free);
  out_events->series = g_ptr_array_new_with_free_func (_ta_ical_series_window_free);
  out_events->occurrences = g_ptr_array_new_with_free_func (occurrence_free);
  out_events->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) _ta_ical_entry_free);
  out_events->n_earlier = 0;

  base = g_date_time_ref (g_date_time_compare (from, now) > 0 ? from : now);
  horizon = g_date_time_add_years (base, 1);

  reader.from = from;
  reader.from_time = g_date_time_to_unix (from);
  reader.horizon = g_date_time_to_unix (horizon);
  reader.out = out_events;
  reader.text = text;
  reader.seen = seen;

  if (root != NULL && icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    {
      read_calendar (&reader, root);
      n_calendars++;
    }
  else if (root != NULL && icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    for (icalcomponent *calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         calendar != NULL;
         calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      {
        read_calendar (&reader, calendar);
        n_calendars++;
      }

  if (n_calendars == 0)
    {
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                   "%s", _("The file is not an iCalendar file (no VCALENDAR)"));
      return FALSE;
    }

  return TRUE;
}

void
_ta_ical_events_clear (TaIcalEvents *events)
{
  /* The occurrences and entries point into the facts. */
  g_clear_pointer (&events->occurrences, g_ptr_array_unref);
  g_clear_pointer (&events->entries, g_ptr_array_unref);
  g_clear_pointer (&events->series, g_ptr_array_unref);
  g_clear_pointer (&events->facts, g_ptr_array_unref);
}
