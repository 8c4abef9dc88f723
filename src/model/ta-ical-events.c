/* ta-ical-events.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-ical-import-private.h"
#include "ta-participant.h"
#include "ta-session.h"
#include "ta-validate-private.h"

/*
 * The meetings a calendar file plans, read without the programme: every
 * event, and every occurrence of a repeating one, either becomes a
 * TaIcalOccurrence (for ta-ical-import.c to match with the programme's
 * pairs and sessions) or an entry saying why it is skipped or refused.
 *
 * Repeating events (RFC 5545 3.8.5): the occurrences are DTSTART, those of
 * every RRULE (Cyrus writes two: their union), and every RDATE, less
 * those of the EXDATEs and EXRULEs.  An override (same UID and a
 * RECURRENCE-ID) replaces its occurrence; one with RANGE=THISANDFUTURE
 * replaces that one and all later ones, moved by as much as it moves its
 * own.  The rule is followed in the event's own wall-clock time, so that
 * "every Tuesday 18:00" stays at 18:00 across daylight-saving changes.
 *
 * A series is taken from the chosen start date on: the occurrences
 * before it are one entry ("412 earlier occurrences"), and of the rest the
 * first TA_ICAL_MAX_OCCURRENCES are read, the others again one entry.  A
 * rule without an end is followed up to a year past the later of today
 * and the start date.
 */

/* A rule is followed this many steps at most (a daily rule: 270 years). */
#define MAX_ITERATIONS 100000

typedef struct
{
  const char *property;   /* static */
  guint line;
  TaIcalOutcome outcome;  /* skipped or refused */
  char *reason;
} Problem;

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->reason, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Problem, problem_clear)

static void
problem_set (Problem       *problem,
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

/* When an event starts and how long it is. */
typedef struct
{
  gint64 start;               /* Unix time */
  struct icaltimetype wall;   /* DTSTART as written, without its zone */
  const TaIcalZone *zone;
  gint64 seconds;
} Timing;

typedef struct
{
  TaIcalZones *zones;
  GDateTime *from;
  gint64 from_time;
  gint64 horizon;          /* rules without an end stop here */
  gboolean cancel_all;     /* METHOD:CANCEL */
  TaIcalEvents *out;
  const TaIcalText *text;  /* nullable */
  GHashTable *seen;        /* "uid\nrecurrence" → line, to find an event given twice */
} Reader;

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
window_free (gpointer data)
{
  TaIcalSeriesWindow *window = data;

  g_clear_pointer (&window->present, g_hash_table_unref);
  g_free (window);
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

static void
add_entry (Reader            *self,
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

static void
add_problem_entry (Reader            *self,
                   const TaIcalFacts *facts,
                   Problem           *problem,
                   gint64             start,
                   gint64             recurrence_id)
{
  add_entry (self, problem->outcome, facts, problem->line != 0 ? problem->line : facts->line,
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

/* Whether the event says it is a group session: our own export's kind, or
 * a category naming one. */
static gboolean
is_group (icalcomponent *event)
{
  const char *kind = x_property (event, "X-TURNABOUT-KIND");
  TaSessionKind parsed;

  if (kind != NULL && ta_session_kind_from_string (kind, &parsed))
    return parsed != TA_SESSION_KIND_ONE_ON_ONE;

  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    {
      const char *categories = icalproperty_get_categories (property);
      g_auto(GStrv) names = g_strsplit (categories != NULL ? categories : "", ",", -1);

      for (guint i = 0; names[i] != NULL; i++)
        {
          g_strstrip (names[i]);
          if (ta_session_kind_from_string (names[i], &parsed) && parsed != TA_SESSION_KIND_ONE_ON_ONE)
            return TRUE;
        }
    }

  return FALSE;
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
add_person (TaIcalFacts  *facts,
            icalproperty *property,
            const char   *value,
            gboolean      organizer,
            Problem      *problem)
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
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, organizer ? "ORGANIZER" : "ATTENDEE",
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
static TaIcalFacts *
read_facts (Reader        *self,
            icalcomponent *event,
            Problem       *problem)
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
  facts->group = is_group (event);

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
static gboolean
find_unreadable (Reader        *self,
                 icalcomponent *event,
                 guint          line,
                 Problem       *problem)
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
            problem_set (problem, TA_ICAL_OUTCOME_REFUSED, timed_properties[i], found != 0 ? found : line,
                         g_strdup_printf (_("“%s” cannot be read"), g_strstrip (shown)));
            return TRUE;
          }
    }
  return FALSE;
}

/* The instant of a DTSTART, DTEND, RECURRENCE-ID, EXDATE or RDATE value
 * of @property; FALSE with @problem (an unknown zone).  *@out_is_date for
 * a date without a time. */
static gboolean
read_value_time (Reader               *self,
                 icalproperty         *property,
                 struct icaltimetype   value,
                 const char           *name,
                 gint64               *out_time,
                 struct icaltimetype  *out_wall,
                 const TaIcalZone    **out_zone,
                 gboolean             *out_is_date,
                 Problem              *problem)
{
  icalparameter *tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
  const TaIcalZone *zone;

  *out_is_date = FALSE;
  if (icaltime_is_null_time (value) || !icaltime_is_valid_time (value))
    {
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
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
          problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
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
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, name, _ta_ical_property_line (property),
                   g_strdup (_("the date or time cannot be read")));
      return FALSE;
    }
  if (out_wall != NULL)
    *out_wall = value;
  if (out_zone != NULL)
    *out_zone = zone;
  return TRUE;
}

static gboolean
read_property_time (Reader        *self,
                    icalproperty  *property,
                    const char    *name,
                    gint64        *out_time,
                    gboolean      *out_is_date,
                    Problem       *problem)
{
  return read_value_time (self, property, icalvalue_get_datetime (icalproperty_get_value (property)),
                          name, out_time, NULL, NULL, out_is_date, problem);
}

/* When @event starts and how long it lasts; FALSE with @problem. */
static gboolean
read_timing (Reader            *self,
             const TaIcalFacts *facts,
             Timing            *timing,
             Problem           *problem)
{
  icalcomponent *event = facts->event;
  icalproperty *property;
  gboolean is_date = FALSE;
  gint64 end;

  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  if (property == NULL)
    {
      if (!find_unreadable (self, event, facts->line, problem))
        problem_set (problem, TA_ICAL_OUTCOME_REFUSED, "DTSTART", facts->line,
                     g_strdup (_("it has no start (DTSTART)")));
      return FALSE;
    }
  if (!read_value_time (self, property, icalvalue_get_datetime (icalproperty_get_value (property)),
                        "DTSTART", &timing->start, &timing->wall, &timing->zone, &is_date, problem))
    return FALSE;
  if (is_date)
    {
      problem_set (problem, TA_ICAL_OUTCOME_SKIPPED, "DTSTART", _ta_ical_property_line (property),
                   g_strdup (_("an all-day event")));
      return FALSE;
    }

  if ((property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY)) != NULL)
    {
      if (!read_property_time (self, property, "DTEND", &end, &is_date, problem))
        return FALSE;
      timing->seconds = end - timing->start;
    }
  else if ((property = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY)) != NULL)
    timing->seconds = icaldurationtype_as_int (icalproperty_get_duration (property));
  else
    timing->seconds = 0;  /* RFC 5545 3.6.1: it ends when it starts */

  if (timing->seconds < 0)
    {
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, property == NULL ? "DTEND" : icalproperty_get_property_name (property),
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
static void
add_occurrence (Reader            *self,
                const TaIcalFacts *facts,
                Problem           *facts_problem,
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
      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
                 g_strdup_printf (_("before %s, the start date"), day));
      return;
    }

  if (facts_problem != NULL && facts_problem->reason != NULL)
    {
      add_entry (self, facts_problem->outcome, facts, facts_problem->line != 0 ? facts_problem->line : line,
                 start, recurrence_id, facts_problem->property, g_strdup (facts_problem->reason));
      return;
    }

  if (seconds < (gint64) TA_SESSION_MIN_DURATION * 60)
    {
      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
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
      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, line, start, recurrence_id, NULL,
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
          add_entry (self, TA_ICAL_OUTCOME_REFUSED, facts, line, start, recurrence_id, "UID",
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

/* An override of one occurrence of a series (RECURRENCE-ID). */
typedef struct
{
  icalcomponent *event;
  TaIcalFacts *facts;
  Problem problem;         /* of its facts or its times */
  Timing timing;
  gint64 recurrence_id;    /* G_MININT64 when it cannot be read */
  gboolean this_and_future;
  gboolean used;
} Override;

static void
override_free (gpointer data)
{
  Override *override = data;

  problem_clear (&override->problem);
  g_free (override);
}

static int
compare_overrides (gconstpointer a,
                   gconstpointer b)
{
  const Override *x = *(Override * const *) a;
  const Override *y = *(Override * const *) b;

  return x->recurrence_id < y->recurrence_id ? -1 : x->recurrence_id > y->recurrence_id;
}

static Override *
read_override (Reader        *self,
               icalcomponent *event,
               gboolean       master_cancelled)
{
  Override *override = g_new0 (Override, 1);
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  icalparameter *range = icalproperty_get_first_parameter (property, ICAL_RANGE_PARAMETER);
  g_auto(Problem) ignored = { 0, };
  gboolean is_date = FALSE;

  override->event = event;
  override->facts = read_facts (self, event, &override->problem);
  /* A series called off takes the occurrences it did not say otherwise
   * of along. */
  if (master_cancelled && icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY) == NULL)
    override->facts->cancelled = TRUE;
  if (!read_property_time (self, property, "RECURRENCE-ID", &override->recurrence_id, &is_date, &ignored))
    override->recurrence_id = G_MININT64;
  override->this_and_future = range != NULL && icalparameter_get_range (range) == ICAL_RANGE_THISANDFUTURE;

  if (override->problem.reason == NULL &&
      !find_unreadable (self, event, override->facts->line, &override->problem))
    read_timing (self, override->facts, &override->timing, &override->problem);
  return override;
}

typedef struct
{
  gint64 time;
  gint64 seconds;  /* an RDATE period's own length, or -1 */
} Instant;

static int
compare_instants (gconstpointer a,
                  gconstpointer b)
{
  const Instant *x = a;
  const Instant *y = b;

  return x->time < y->time ? -1 : x->time > y->time;
}

/* Adds the occurrences of @rule from @timing's DTSTART to @times. */
static gboolean
follow_rule (Reader               *self,
             icalproperty         *property,
             const Timing         *timing,
             GHashTable           *times,
             gint64                seconds,
             Problem              *problem)
{
  struct icalrecurrencetype rule = icalproperty_get_rrule (property);
  icalrecur_iterator *iterator;
  gint64 limit;
  guint steps = 0;

  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                   _ta_ical_property_line (property), g_strdup (_("the rule cannot be read")));
      return FALSE;
    }
  if (rule.freq < ICAL_DAILY_RECURRENCE)
    {
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                   _ta_ical_property_line (property), g_strdup (_("repeats more often than daily")));
      return FALSE;
    }

  /* With a zoned DTSTART, UNTIL is UTC (RFC 5545 3.3.10): the rule is
   * followed in the event's wall-clock time, so UNTIL is too. */
  if (!icaltime_is_null_time (rule.until) && !rule.until.is_date && icaltime_is_utc (rule.until))
    rule.until = _ta_ical_zone_from_unix (timing->zone, (gint64) icaltime_as_timet (rule.until));

  limit = rule.count > 0 || !icaltime_is_null_time (rule.until) ? G_MAXINT64 : self->horizon;

  iterator = icalrecur_iterator_new (rule, timing->wall);
  if (iterator == NULL)
    {
      problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                   _ta_ical_property_line (property), g_strdup (_("the rule cannot be read")));
      return FALSE;
    }

  for (struct icaltimetype next = icalrecur_iterator_next (iterator);
       !icaltime_is_null_time (next) && steps < MAX_ITERATIONS;
       next = icalrecur_iterator_next (iterator), steps++)
    {
      gint64 time = _ta_ical_zone_to_unix (timing->zone, next);
      Instant *instant;

      if (time == G_MININT64 || time > limit)
        break;
      if (g_hash_table_contains (times, &time))
        continue;
      instant = g_new (Instant, 1);
      instant->time = time;
      instant->seconds = seconds;
      g_hash_table_insert (times, &instant->time, instant);
    }
  icalrecur_iterator_free (iterator);

  return TRUE;
}

/* Takes the occurrences of @rule (an EXRULE) out of @times. */
static void
remove_rule (Reader       *self,
             icalproperty *property,
             const Timing *timing,
             GHashTable   *times)
{
  g_autoptr(GHashTable) removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_auto(Problem) ignored = { 0, };
  GHashTableIter iter;
  gpointer key;

  if (!follow_rule (self, property, timing, removed, -1, &ignored))
    return;
  g_hash_table_iter_init (&iter, removed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_remove (times, key);
}

/* Whether the wall-clock day of @time in @zone is @day. */
static gboolean
on_day (const TaIcalZone    *zone,
        gint64               time,
        struct icaltimetype  day)
{
  struct icaltimetype wall = _ta_ical_zone_from_unix (zone, time);

  return wall.year == day.year && wall.month == day.month && wall.day == day.day;
}

/* A repeating event and its overrides (@overrides, of Override, sorted by
 * RECURRENCE-ID). */
static void
read_series (Reader        *self,
             icalcomponent *event,
             GPtrArray     *overrides)
{
  g_auto(Problem) problem = { 0, };
  g_autoptr(GHashTable) times = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) exact = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) futures = g_ptr_array_new ();
  g_autoptr(GArray) instants = g_array_new (FALSE, FALSE, sizeof (Instant));
  TaIcalFacts *facts;
  Timing timing = { 0, };
  icalproperty *property;
  GHashTableIter iter;
  gpointer value;
  guint n_all_day = 0;
  guint earlier = 0;
  guint later = 0;
  guint taken = 0;
  gint64 last = G_MININT64;
  gint64 last_taken = G_MININT64;
  gboolean bounded = TRUE;
  TaIcalSeriesWindow *window;

  facts = read_facts (self, event, &problem);
  /* A problem of the event itself concerns every occurrence: said once. */
  if (problem.reason != NULL || find_unreadable (self, event, facts->line, &problem) ||
      !read_timing (self, facts, &timing, &problem))
    {
      add_problem_entry (self, facts, &problem, G_MININT64, G_MININT64);
      for (guint i = 0; overrides != NULL && i < overrides->len; i++)
        ((Override *) g_ptr_array_index (overrides, i))->used = TRUE;
      return;
    }

  {
    Instant *first = g_new (Instant, 1);

    first->time = timing.start;
    first->seconds = -1;
    g_hash_table_insert (times, &first->time, first);
  }

  for (property = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RRULE_PROPERTY))
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (property);
      g_auto(Problem) rule_problem = { 0, };

      if (rule.count == 0 && icaltime_is_null_time (rule.until))
        bounded = FALSE;
      if (!follow_rule (self, property, &timing, times, -1, &rule_problem))
        {
          add_problem_entry (self, facts, &rule_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((Override *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
    }

  for (property = icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype date = icalproperty_get_rdate (property);
      struct icaltimetype start = !icaltime_is_null_time (date.time) ? date.time : date.period.start;
      g_auto(Problem) date_problem = { 0, };
      gboolean is_date = FALSE;
      gint64 seconds = -1;
      Instant *instant;
      gint64 time;

      if (!read_value_time (self, property, start, "RDATE", &time, NULL, NULL, &is_date, &date_problem))
        {
          add_problem_entry (self, facts, &date_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((Override *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
      if (is_date)
        {
          n_all_day++;
          continue;
        }
      if (icaltime_is_null_time (date.time))
        {
          if (!icaldurationtype_is_null_duration (date.period.duration))
            seconds = icaldurationtype_as_int (date.period.duration);
          else
            seconds = (gint64) icaltime_as_timet (date.period.end) - (gint64) icaltime_as_timet (date.period.start);
        }
      instant = g_new (Instant, 1);
      instant->time = time;
      instant->seconds = seconds;
      g_hash_table_replace (times, &instant->time, instant);
    }

  for (property = icalcomponent_get_first_property (event, ICAL_EXRULE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXRULE_PROPERTY))
    remove_rule (self, property, &timing, times);

  for (property = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype day = icalproperty_get_exdate (property);
      g_auto(Problem) date_problem = { 0, };
      gboolean is_date = FALSE;
      gint64 time;

      if (!read_property_time (self, property, "EXDATE", &time, &is_date, &date_problem))
        {
          /* An EXDATE that cannot be placed would leave an occurrence the
           * calendar does not have. */
          add_problem_entry (self, facts, &date_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((Override *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
      if (!is_date)
        g_hash_table_remove (times, &time);
      else
        {
          /* A date alone takes out that day's occurrence. */
          GHashTableIter day_iter;
          gpointer key;

          g_hash_table_iter_init (&day_iter, times);
          while (g_hash_table_iter_next (&day_iter, &key, NULL))
            if (on_day (timing.zone, *(gint64 *) key, day))
              g_hash_table_iter_remove (&day_iter);
        }
    }

  g_hash_table_iter_init (&iter, times);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (instants, value, 1);
  g_array_sort (instants, compare_instants);

  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      Override *override = g_ptr_array_index (overrides, i);

      if (override->recurrence_id == G_MININT64)
        continue;
      if (override->this_and_future && override->problem.reason == NULL)
        g_ptr_array_add (futures, override);
      if (!g_hash_table_contains (exact, &override->recurrence_id))
        g_hash_table_insert (exact, &override->recurrence_id, override);
    }

  for (guint i = 0; i < instants->len; i++)
    {
      const Instant *instant = &g_array_index (instants, Instant, i);
      Override *override = g_hash_table_lookup (exact, &instant->time);
      const TaIcalFacts *used_facts = facts;
      gint64 start = instant->time;
      gint64 seconds = instant->seconds >= 0 ? instant->seconds : timing.seconds;
      guint line = facts->line;

      last = instant->time;
      if (override != NULL)
        {
          override->used = TRUE;
          used_facts = override->facts;
          line = override->facts->line;
          if (override->problem.reason == NULL)
            {
              start = override->timing.start;
              seconds = override->timing.seconds;
            }
        }
      else
        {
          /* The latest "this and future" override before it. */
          for (guint j = futures->len; j > 0; j--)
            {
              Override *future = g_ptr_array_index (futures, j - 1);

              if (future->recurrence_id <= instant->time)
                {
                  used_facts = future->facts;
                  line = future->facts->line;
                  start = instant->time + (future->timing.start - future->recurrence_id);
                  seconds = future->timing.seconds;
                  break;
                }
            }
        }

      if (start < self->from_time)
        earlier++;
      else if (taken < TA_ICAL_MAX_OCCURRENCES)
        {
          taken++;
          last_taken = instant->time;
          if (override != NULL && override->problem.reason != NULL)
            add_problem_entry (self, override->facts, &override->problem, G_MININT64, instant->time);
          else
            add_occurrence (self, used_facts, NULL, start, seconds, instant->time, line, FALSE);
        }
      else
        later++;
    }

  /* An override of an occurrence the rule does not make is a meeting of
   * its own; past the end of an open rule, it is left out, as the
   * occurrences there are. */
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      Override *override = g_ptr_array_index (overrides, i);

      if (override->used)
        continue;
      override->used = TRUE;
      if (!bounded && override->recurrence_id != G_MININT64 && override->recurrence_id > last)
        continue;
      if (override->problem.reason != NULL)
        add_problem_entry (self, override->facts, &override->problem, G_MININT64, override->recurrence_id);
      else
        add_occurrence (self, override->facts, NULL, override->timing.start, override->timing.seconds,
                        override->recurrence_id, override->facts->line, TRUE);
    }

  /* What the file says all of: from the start date to the last
   * occurrence read, or to the end of the rule. */
  window = g_new0 (TaIcalSeriesWindow, 1);
  window->facts = facts;
  window->start = self->from_time;
  window->end = later > 0 ? last_taken : bounded ? G_MAXINT64 : MAX (last, self->horizon);
  window->present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < instants->len; i++)
    g_hash_table_add (window->present, g_memdup2 (&g_array_index (instants, Instant, i).time, sizeof (gint64)));
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      Override *override = g_ptr_array_index (overrides, i);

      if (override->recurrence_id != G_MININT64)
        g_hash_table_add (window->present, g_memdup2 (&override->recurrence_id, sizeof (gint64)));
    }
  g_ptr_array_add (self->out->series, window);

  self->out->n_earlier += earlier;
  if (earlier > 0)
    {
      g_autofree char *day = _ta_ical_format_day (self->from);
      TaIcalEntry *entry;

      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, NULL,
                 /* Translators: %1$u is a number of occurrences, %2$s a date (2026-03-01) */
                 g_strdup_printf (ngettext ("%1$u earlier occurrence, before %2$s, the start date",
                                            "%1$u earlier occurrences, before %2$s, the start date",
                                            earlier),
                                  earlier, day));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = earlier;
    }
  if (later > 0)
    {
      g_autofree char *day = _ta_ical_format_day (self->from);
      TaIcalEntry *entry;

      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, NULL,
                 /* Translators: %1$u is a number of occurrences, %2$u the most that are
                  * imported (500), %3$s a date (2026-03-01) */
                 g_strdup_printf (ngettext ("%1$u later occurrence: at most the first %2$u from %3$s are imported",
                                            "%1$u later occurrences: at most the first %2$u from %3$s are imported",
                                            later),
                                  later, TA_ICAL_MAX_OCCURRENCES, day));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = later;
    }
  if (n_all_day > 0)
    {
      TaIcalEntry *entry;

      add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, "RDATE",
                 g_strdup_printf (ngettext ("%u all-day extra date (RDATE)",
                                            "%u all-day extra dates (RDATE)", n_all_day),
                                  n_all_day));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = n_all_day;
    }
}

/* A single event, or an occurrence of a series whose master is not in
 * the file (a calendar may send one occurrence alone). */
static void
read_single (Reader        *self,
             icalcomponent *event)
{
  g_auto(Problem) problem = { 0, };
  g_auto(Problem) times = { 0, };
  TaIcalFacts *facts;
  Timing timing = { 0, };
  icalproperty *property;
  gint64 recurrence_id = G_MININT64;

  facts = read_facts (self, event, &problem);

  property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  if (property != NULL)
    {
      g_auto(Problem) ignored = { 0, };
      gboolean is_date = FALSE;

      if (!read_property_time (self, property, "RECURRENCE-ID", &recurrence_id, &is_date, &ignored))
        recurrence_id = G_MININT64;
    }

  if (find_unreadable (self, event, facts->line, &times) || !read_timing (self, facts, &timing, &times))
    {
      add_problem_entry (self, facts, &times, G_MININT64, recurrence_id);
      return;
    }

  add_occurrence (self, facts, &problem, timing.start, timing.seconds, recurrence_id, facts->line, TRUE);
}

static void
read_calendar (Reader        *self,
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
          list = g_ptr_array_new_with_free_func (override_free);
          g_hash_table_insert (overrides, (gpointer) uid, list);
        }
      g_ptr_array_add (list, read_override (self, event, icalcomponent_get_status (master) == ICAL_STATUS_CANCELLED));
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
            g_ptr_array_sort (list, compare_overrides);
          read_series (self, event, list);
        }
      else if (master != NULL && icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
        continue;  /* read with its series */
      else if (master != NULL)
        {
          g_auto(Problem) problem = { 0, };
          TaIcalFacts *facts = read_facts (self, event, &problem);

          add_entry (self, TA_ICAL_OUTCOME_REFUSED, facts, facts->line, G_MININT64, G_MININT64, "UID",
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
_ta_ical_events_read (TaIcalEvents     *out_events,
                      icalcomponent    *root,
                      const TaIcalText *text,
                      GDateTime      *from,
                      GDateTime      *now,
                      GError        **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) horizon = NULL;
  Reader reader = { 0, };
  guint n_calendars = 0;

  g_assert (out_events != NULL);
  g_assert (from != NULL);
  g_assert (now != NULL);

  out_events->facts = g_ptr_array_new_with_free_func (facts_free);
  out_events->series = g_ptr_array_new_with_free_func (window_free);
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
