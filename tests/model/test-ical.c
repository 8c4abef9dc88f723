/* test-ical.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ical"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "ta-ical.h"
#include "ta-test-programme.h"

#define HOSTILE_NOTES "He said \"no\", then; left\\ early\nsecond line 🎉 مرحبا, ok;"
#define HOSTILE_LOCATION "Room \"B\"; floor 2, \\ wing 🚪"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 mentor;
  gint64 mentee;
  gint64 pairing;
  gint64 other;
  gint64 other_pairing;
  gint64 cancelled;
  gint64 series;
} Fixture;

/* The fixture's programme id: every UID the export writes names it. */
static char *programme_id;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 3, 10, 16, 0, 0);
  g_autoptr(GDateTime) second = g_date_time_new_utc (2026, 4, 14, 15, 30, 0);
  g_autoptr(GDateTime) third = g_date_time_new_utc (2026, 5, 5, 9, 0, 0);
  g_autoptr(TaSession) cancelled = NULL;
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2026, 12, 31, 0, 0, 0);
  gint64 other_mentee;

  fixture->store = ta_test_open_programme (&fixture->dir);
  g_free (programme_id);
  programme_id = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);

  fixture->mentor = ta_test_add_person (fixture->store, "Lina \"LH\" Haddad, Jr; 🎉", "lina@example.com", TA_ROLE_MENTOR,
                                        "capacity", 2, NULL);
  fixture->mentee = ta_test_add_person (fixture->store, "Marc Dubois \\ مرحبا", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  fixture->other = ta_test_add_person (fixture->store, "Ana Lopes", "ana@example.com", TA_ROLE_MENTOR,
                                       "capacity", 2, NULL);
  other_mentee = ta_test_add_person (fixture->store, "Tom Berg", "tom@example.com", TA_ROLE_MENTEE,
                                     "capacity", 0, NULL);
  fixture->pairing = ta_test_add_pairing (fixture->store, fixture->mentor, fixture->mentee,
                                          "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  fixture->other_pairing = ta_test_add_pairing (fixture->store, fixture->other, other_mentee,
                                                "status", TA_PAIRING_STATUS_ACTIVE, NULL);

  ta_test_add_session (fixture->store, fixture->pairing, first, 60,
                       "location", HOSTILE_LOCATION, "notes", HOSTILE_NOTES, NULL);
  fixture->cancelled = ta_test_add_session (fixture->store, fixture->pairing, second, 60,
                                            "location", "Café", "notes", NULL, NULL);
  ta_test_add_session (fixture->store, fixture->other_pairing, third, 60,
                       "location", NULL, "notes", "plain", NULL);

  cancelled = ta_store_get_session (fixture->store, fixture->cancelled, &error);
  g_assert_no_error (error);
  ta_session_set_status (cancelled, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (cancelled, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (cancelled, "Ill; back \"soon\"");
  g_assert_true (ta_store_update_session (fixture->store, cancelled, &error));
  g_assert_no_error (error);

  /* Four monthly occurrences, the 2nd Tuesday at 18:00 in Brussels. */
  rule = ta_recurrence_new_monthly ("2026-06-09", 2, "18:00", "Europe/Brussels");
  rule->count = 4;
  fixture->series = ta_store_add_series (fixture->store, fixture->other_pairing, rule, 45,
                                         "Online", horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->series, >, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static guint
count_sessions (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (store, &error);

  g_assert_no_error (error);
  return sessions->len;
}

static char *
export (TaStore *store,
        gint64   pairing,
        gint64   participant,
        guint   *out_count)
{
  g_autoptr(GError) error = NULL;
  char *text = ta_ical_export (store, pairing, participant, out_count, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* The UIDs of the VEVENTs, in order, joined by spaces. */
static char *
uids_of (icalcomponent *calendar)
{
  g_autoptr(GString) uids = g_string_new (NULL);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_string_append_printf (uids, "%s ", icalcomponent_get_uid (event));

  return g_string_free (g_steal_pointer (&uids), FALSE);
}

static icalcomponent *
find_event (icalcomponent *calendar,
            gint64         session_id)
{
  g_autofree char *uid = g_strdup_printf ("session-%" G_GINT64_FORMAT "-%s@turnabout", session_id, programme_id);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;

  return NULL;
}

/* The master event of @series_id (no RECURRENCE-ID), or with @occurrence
 * ("YYYYMMDDTHHMMSS", local time) the override of that occurrence. */
static icalcomponent *
find_series (icalcomponent *calendar,
             gint64         series_id,
             const char    *occurrence)
{
  g_autofree char *uid = g_strdup_printf ("series-%" G_GINT64_FORMAT "-%s@turnabout", series_id, programme_id);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *recurrence_id = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);

      if (g_strcmp0 (icalcomponent_get_uid (event), uid) != 0)
        continue;
      if (occurrence == NULL && recurrence_id == NULL)
        return event;
      if (occurrence != NULL && recurrence_id != NULL &&
          g_str_equal (icaltime_as_ical_string (icalproperty_get_recurrenceid (recurrence_id)), occurrence))
        {
          icalparameter *tzid = icalproperty_get_first_parameter (recurrence_id, ICAL_TZID_PARAMETER);

          g_assert_nonnull (tzid);
          g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Brussels");
          return event;
        }
    }

  return NULL;
}

static void
test_export_parse_back (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *uids = NULL;
  g_autofree char *uids_again = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  icalcomponent *calendar_again;
  icalcomponent *zone;
  icalcomponent *event;
  icalproperty *property;
  guint count = 0;
  guint n_events = 0;

  text = export (fixture->store, 0, 0, &count);
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Brussels:20260310T170000\r\n"));
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, sessions->len);
  g_assert_cmpuint (count, ==, 7);

  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpstr (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)),
                   ==, "-//Turnabout//Turnabout//EN");
  /* A calendar, not an iTIP message: no METHOD (RFC 5546). */
  g_assert_null (icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY));

  zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
  g_assert_nonnull (zone);
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY)),
                   ==, "Europe/Brussels");
  g_assert_null (icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT));

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      struct icaltimetype start;
      icalparameter *tzid;

      /* The occurrences of the series are its master event's RRULE. */
      event = find_event (calendar, ta_session_get_id (session));
      if (ta_session_get_series_id (session) != 0)
        {
          g_assert_null (event);
          continue;
        }
      g_assert_nonnull (event);
      n_events++;

      property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
      tzid = icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER);
      g_assert_nonnull (tzid);
      g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, "Europe/Brussels");
      g_assert_null (icalproperty_get_next_parameter (property, ICAL_TZID_PARAMETER));
      start = icalproperty_get_dtstart (property);
      g_assert_cmpint (icaltime_as_timet_with_zone (start, icaltimezone_get_builtin_timezone ("Europe/Brussels")),
                       ==, g_date_time_to_unix (ta_session_get_starts_at (session)));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
      g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 2);
      g_assert_cmpint (icalcomponent_get_status (event), ==,
                       ta_session_get_status (session) == TA_SESSION_STATUS_CANCELLED
                       ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED);
    }
  event = find_series (calendar, fixture->series, NULL);
  g_assert_nonnull (event);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  g_assert_cmpuint (n_events, ==, 3);
  g_assert_cmpuint (n_events + 1, ==, icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT));
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=MONTHLY;COUNT=4;BYDAY=2TU\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Brussels:20260609T180000\r\n"));

  /* 16:00 UTC on 10 March is 17:00 in Brussels (winter time); a series
   * occurrence in June at 18:00 local stays 18:00 local. */
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpint (icalcomponent_get_dtstart (event).hour, ==, 17);
  g_assert_cmpint (icalcomponent_get_status (find_event (calendar, fixture->cancelled)), ==,
                   ICAL_STATUS_CANCELLED);

  /* The same UIDs, in the same order, when exported again. */
  again = export (fixture->store, 0, 0, NULL);
  calendar_again = icalparser_parse_string (again);
  uids = uids_of (calendar);
  uids_again = uids_of (calendar_again);
  g_assert_cmpstr (uids, ==, uids_again);

  icalcomponent_free (calendar);
  icalcomponent_free (calendar_again);
}

static void
test_export_hostile (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *text = export (fixture->store, fixture->pairing, 0, NULL);
  icalcomponent *calendar = icalparser_parse_string (text);
  icalcomponent *event;
  gboolean seen_mentor = FALSE;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_null (icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY));
  /* The pair's private notes stay out of the file. */
  g_assert_null (icalcomponent_get_description (event));
  g_assert_cmpstr (icalcomponent_get_location (event), ==, HOSTILE_LOCATION);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==,
                   "Mentoring: Lina \"LH\" Haddad, Jr; 🎉 & Marc Dubois \\ مرحبا");

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *cn = icalproperty_get_first_parameter (attendee, ICAL_CN_PARAMETER);

      g_assert_nonnull (cn);
      if (g_str_equal (icalproperty_get_attendee (attendee), "mailto:lina@example.com"))
        {
          /* RFC 6868 carries the double quotes. */
          g_assert_cmpstr (icalparameter_get_cn (cn), ==, "Lina \"LH\" Haddad, Jr; 🎉");
          seen_mentor = TRUE;
        }
      else
        {
          g_assert_cmpstr (icalproperty_get_attendee (attendee), ==, "mailto:marc@example.com");
          g_assert_cmpstr (icalparameter_get_cn (cn), ==, "Marc Dubois \\ مرحبا");
        }
    }
  g_assert_true (seen_mentor);

  icalcomponent_free (calendar);
}

static void
test_export_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint count = 0;

  g_free (export (fixture->store, fixture->other_pairing, 0, &count));
  g_assert_cmpuint (count, ==, 5);
  g_free (export (fixture->store, 0, fixture->mentee, &count));
  g_assert_cmpuint (count, ==, 2);

  text = ta_ical_export (fixture->store, 9999, 0, NULL, &error);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_assert_null (text);
  g_clear_error (&error);
  text = ta_ical_export (fixture->store, 0, 9999, NULL, &error);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_assert_null (text);
}

static void
delete_all_sessions (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      g_assert_true (ta_store_delete_session (store, ta_session_get_id (g_ptr_array_index (sessions, i)),
                                              &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (count_sessions (store), ==, 0);
}

static void
test_import_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *own = export (fixture->store, 0, 0, NULL);
  g_autoptr(GString) other = NULL;
  const char *text;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint skipped = 0;
  guint added = 0;
  guint j = 0;

  before = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  delete_all_sessions (fixture->store);

  /* This programme's own sessions, deleted since: the file does not bring
   * them back. */
  preview = ta_ical_read_sessions (fixture->store, own, strlen (own), &problems, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (skipped, ==, 7);
  g_assert_cmpuint (preview->len, ==, 0);
  g_clear_pointer (&preview, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The same file from another programme (its id in the UIDs): the
   * sessions, as they were. */
  other = g_string_new (own);
  g_assert_cmpuint (g_string_replace (other, programme_id, "0a1b2c3d", 0), >, 0);
  text = other->str;
  preview = ta_ical_read_sessions (fixture->store, text, strlen (text), &problems, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);  /* the cancelled one */
  g_assert_cmpuint (preview->len, ==, 6);
  g_assert_cmpuint (count_sessions (fixture->store), ==, 0);

  g_assert_true (ta_ical_import (fixture->store, text, strlen (text), &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 6);

  after = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 6);
  for (guint i = 0; i < before->len; i++)
    {
      TaSession *old = g_ptr_array_index (before, i);
      TaSession *new;

      if (ta_session_get_status (old) == TA_SESSION_STATUS_CANCELLED)
        continue;
      new = g_ptr_array_index (after, j++);
      g_assert_cmpint (ta_session_get_pairing_id (new), ==, ta_session_get_pairing_id (old));
      g_assert_true (g_date_time_equal (ta_session_get_starts_at (new), ta_session_get_starts_at (old)));
      g_assert_cmpint (ta_session_get_duration (new), ==, ta_session_get_duration (old));
      g_assert_cmpstr (ta_session_get_location (new), ==, ta_session_get_location (old));
      /* One-on-one notes are private and not exported. */
      g_assert_true (ta_session_get_notes (new) == NULL || *ta_session_get_notes (new) == '\0');
      g_assert_cmpint (ta_session_get_status (new), ==, TA_SESSION_STATUS_PLANNED);
    }

  /* A second import finds them all: nothing is added, nothing clashes
   * with itself. */
  g_assert_true (ta_ical_import (fixture->store, text, strlen (text), &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (count_sessions (fixture->store), ==, 6);
}

#define EVENT_HEAD "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n"

/* The fixture's people and pairings again, in a store of their own: the
 * other end of a calendar file.  Returns the new pairing of mentor and
 * mentee. */
static gint64
make_twin (TaTestDir  *dir,
           TaStore **out_store)
{
  g_autoptr(GError) error = NULL;
  TaStore *store;
  gint64 mentor, mentee, other, other_mentee;

  ta_test_dir_init (dir);
  store = ta_store_open (dir->path, &error);
  g_assert_no_error (error);
  /* Other ids than in the fixture: only the e-mail addresses match. */
  ta_test_add_person (store, "Nobody", "nobody@example.com", TA_ROLE_MENTEE, "capacity", 0, NULL);
  other = ta_test_add_person (store, "Ana Lopes", "ana@example.com", TA_ROLE_MENTOR, "capacity", 2, NULL);
  other_mentee = ta_test_add_person (store, "Tom Berg", "tom@example.com", TA_ROLE_MENTEE,
                                     "capacity", 0, NULL);
  mentee = ta_test_add_person (store, "Marc", "MARC@example.com", TA_ROLE_MENTEE, "capacity", 0, NULL);
  mentor = ta_test_add_person (store, "Lina", "lina@example.com", TA_ROLE_MENTOR, "capacity", 2, NULL);
  ta_test_add_pairing (store, other, other_mentee, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  *out_store = store;
  return ta_test_add_pairing (store, mentor, mentee, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* UTC instants as sorted "YYYY-MM-DDTHH:MM:SSZ" lines. */
static char *
join_starts (GPtrArray *starts)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < starts->len; i++)
    g_ptr_array_add (lines, ta_time_to_utc_string (g_ptr_array_index (starts, i)));
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv (" ", (char **) lines->pdata);
}

/* The sessions of @series_id in @store, in time order. */
static GPtrArray *
series_sessions (TaStore *store,
                 gint64   series_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (store, &error);
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    if (ta_session_get_series_id (g_ptr_array_index (sessions, i)) == series_id)
      g_ptr_array_add (members, g_object_ref (g_ptr_array_index (sessions, i)));
  return members;
}

/* The 2nd Tuesday of every month of 2026 at 18:00 in Brussels (17:00 UTC
 * in winter, 16:00 UTC in summer): May removed, July cancelled,
 * September moved a day later. */
static gint64
add_demo_series (Fixture *fixture)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", "Europe/Brussels");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 6, 1, 0, 0, 0);
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;
  gint64 series;

  rule->until_date = g_strdup ("2026-12-31");
  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, HOSTILE_LOCATION,
                                horizon, &error);
  g_assert_no_error (error);
  members = series_sessions (fixture->store, series);
  g_assert_cmpuint (members->len, ==, 12);

  for (guint i = 0; i < members->len; i++)
    {
      TaSession *session = g_ptr_array_index (members, i);
      GDateTime *start = ta_session_get_starts_at (session);

      if (g_date_time_get_month (start) == 5)
        g_assert_true (ta_store_delete_session (fixture->store, ta_session_get_id (session), &error));
      else if (g_date_time_get_month (start) == 7)
        {
          ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
          ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
          ta_session_set_cancel_reason (session, "Travel; \"urgent\"");
          g_assert_true (ta_store_update_session (fixture->store, session, &error));
        }
      else if (g_date_time_get_month (start) == 9)
        {
          g_autoptr(GDateTime) later = g_date_time_add_days (start, 1);

          ta_session_set_starts_at (session, later);
          g_assert_true (ta_store_update_session (fixture->store, session, &error));
        }
      g_assert_no_error (error);
    }

  return series;
}

/* The UTC starts @master's RRULE makes, minus its EXDATEs. */
static GPtrArray *
expand_master (icalcomponent *master)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone ("Europe/Brussels");
  GPtrArray *starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GHashTable) removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  struct icaltimetype start = icalcomponent_get_dtstart (master);
  struct icalrecurrencetype rule;
  icalrecur_iterator *iterator;

  for (icalproperty *exdate = icalcomponent_get_first_property (master, ICAL_EXDATE_PROPERTY);
       exdate != NULL;
       exdate = icalcomponent_get_next_property (master, ICAL_EXDATE_PROPERTY))
    {
      gint64 when = icaltime_as_timet_with_zone (icalproperty_get_exdate (exdate), zone);

      g_hash_table_add (removed, g_memdup2 (&when, sizeof when));
    }

  rule = icalproperty_get_rrule (icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY));
  icaltime_set_timezone (&start, zone);
  iterator = icalrecur_iterator_new (rule, start);
  g_assert_nonnull (iterator);
  for (struct icaltimetype next = icalrecur_iterator_next (iterator);
       !icaltime_is_null_time (next);
       next = icalrecur_iterator_next (iterator))
    {
      gint64 when = icaltime_as_timet_with_zone (next, zone);

      g_assert_cmpuint (starts->len, <, 100);
      if (!g_hash_table_contains (removed, &when))
        g_ptr_array_add (starts, g_date_time_new_from_unix_utc (when));
    }
  icalrecur_iterator_free (iterator);
  return starts;
}

static void
test_export_series (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 series = add_demo_series (fixture);
  g_autoptr(GPtrArray) members = series_sessions (fixture->store, series);
  g_autoptr(GPtrArray) occurrences = g_ptr_array_new ();
  g_autoptr(GPtrArray) expanded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *uid = NULL;
  icalcomponent *calendar;
  icalcomponent *master;
  icalcomponent *event;
  icalproperty *property;
  guint count = 0;
  guint n_masters = 0;
  guint n_overrides = 0;

  g_assert_cmpuint (members->len, ==, 11);
  text = export (fixture->store, fixture->pairing, 0, &count);
  g_assert_cmpuint (count, ==, 2 + 11);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_null (icalcomponent_get_first_property (event, ICAL_XLICERROR_PROPERTY));
      if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
        n_masters++;
      if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
        n_overrides++;
    }
  /* The two sessions of the fixture, the master, two overrides. */
  g_assert_cmpuint (n_masters, ==, 1);
  g_assert_cmpuint (n_overrides, ==, 2);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 5);

  master = find_series (calendar, series, NULL);
  g_assert_nonnull (master);
  /* UNTIL is UTC: the end of 31 December in Brussels. */
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;BYDAY=2TU\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Brussels:20260113T180000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTEND;TZID=Europe/Brussels:20260113T190000\r\n"));
  g_assert_cmpint (icalcomponent_count_properties (master, ICAL_EXDATE_PROPERTY), ==, 1);
  g_assert_nonnull (strstr (text, "\r\nEXDATE;TZID=Europe/Brussels:20260512T180000\r\n"));
  g_assert_cmpint (icalcomponent_count_properties (master, ICAL_ATTENDEE_PROPERTY), ==, 2);
  g_assert_cmpint (icalcomponent_get_status (master), ==, ICAL_STATUS_CONFIRMED);
  /* Hostile text comes back as it was; the pair's notes stay out. */
  g_assert_cmpstr (icalcomponent_get_location (master), ==, HOSTILE_LOCATION);
  g_assert_cmpstr (icalcomponent_get_summary (master), ==,
                   "Mentoring: Lina \"LH\" Haddad, Jr; 🎉 & Marc Dubois \\ مرحبا");
  g_assert_null (icalcomponent_get_description (master));

  event = find_series (calendar, series, "20260714T180000");
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 2);
  event = find_series (calendar, series, "20260908T180000");
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CONFIRMED);
  property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_assert_cmpstr (icaltime_as_ical_string (icalproperty_get_dtstart (property)), ==, "20260909T180000");
  g_assert_cmpstr (icalparameter_get_tzid (icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER)),
                   ==, "Europe/Brussels");
  /* Unchanged occurrences have no event of their own. */
  g_assert_null (find_series (calendar, series, "20260113T180000"));
  for (guint i = 0; i < members->len; i++)
    g_assert_null (find_event (calendar, ta_session_get_id (g_ptr_array_index (members, i))));

  /* The rule, as another calendar expands it, makes exactly the
   * occurrences the store has, hour for hour across the DST changes. */
  expanded = expand_master (master);
  for (guint i = 0; i < members->len; i++)
    g_ptr_array_add (occurrences, ta_session_get_occurrence_start (g_ptr_array_index (members, i)));
  stored = join_starts (occurrences);
  exported = join_starts (expanded);
  g_assert_cmpstr (exported, ==, stored);
  g_assert_nonnull (strstr (stored, "2026-01-13T17:00:00Z"));
  g_assert_nonnull (strstr (stored, "2026-06-09T16:00:00Z"));
  g_assert_null (strstr (stored, "2026-05-12"));

  /* The whole programme: the fixture's series too, each one master. */
  whole = export (fixture->store, 0, 0, NULL);
  g_free (uid);
  uid = g_strdup_printf ("\r\nUID:series-1-%s@turnabout\r\n", programme_id);
  g_assert_nonnull (strstr (whole, uid));
  g_free (uid);
  uid = g_strdup_printf ("\r\nUID:series-2-%s@turnabout\r\n", programme_id);
  g_assert_nonnull (strstr (whole, uid));
  g_assert_true (strstr (whole, "\r\nRRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;BYDAY=2TU\r\n") ==
                 g_strrstr (whole, "\r\nRRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;BYDAY=2TU\r\n"));
  /* Filtered to the other pairing: not this series. */
  g_free (text);
  text = export (fixture->store, 0, fixture->other, NULL);
  g_assert_null (strstr (text, "UNTIL=20261231T225959Z"));
  g_assert_nonnull (strstr (text, "\r\nRRULE:FREQ=MONTHLY;COUNT=4;BYDAY=2TU\r\n"));

  icalcomponent_free (calendar);
}

static void
test_export_rules (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaRecurrence) weekly = ta_recurrence_new_weekly ("2026-10-01", 2, "09:30", "Europe/Brussels");
  g_autoptr(TaRecurrence) last = ta_recurrence_new_monthly ("2026-10-01", TA_RECURRENCE_LAST_WEEK, "12:00",
                                                           "America/New_York");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 3, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *master;
  gint64 weekly_id, last_id;

  weekly->count = 5;
  weekly_id = ta_store_add_series (fixture->store, fixture->pairing, weekly, 30, NULL, horizon, &error);
  g_assert_no_error (error);
  last_id = ta_store_add_series (fixture->store, fixture->pairing, last, 30, NULL, horizon, &error);
  g_assert_no_error (error);

  text = export (fixture->store, fixture->pairing, 0, NULL);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  /* 1 October 2026 is a Thursday. */
  master = find_series (calendar, weekly_id, NULL);
  g_assert_nonnull (master);
  g_assert_cmpstr (icalproperty_get_value_as_string (icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY)),
                   ==, "FREQ=WEEKLY;COUNT=5;INTERVAL=2;BYDAY=TH");
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Brussels:20261001T093000\r\n"));
  /* The last Thursday of October, in its own zone. */
  master = find_series (calendar, last_id, NULL);
  g_assert_nonnull (master);
  g_assert_cmpstr (icalproperty_get_value_as_string (icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY)),
                   ==, "FREQ=MONTHLY;BYDAY=-1TH");
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=America/New_York:20261029T120000\r\n"));
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 2);

  icalcomponent_free (calendar);
}

static void
test_import_series_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) starts = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_starts = g_ptr_array_new ();
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  TaTestDir twin_dir;
  TaStore *twin = NULL;
  gint64 twin_pairing;
  guint skipped = 0;
  guint added = 0;

  add_demo_series (fixture);
  text = export (fixture->store, fixture->pairing, 0, NULL);
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (ta_session_get_pairing_id (session) == fixture->pairing &&
          ta_session_get_status (session) != TA_SESSION_STATUS_CANCELLED)
        g_ptr_array_add (starts, ta_session_get_starts_at (session));
    }
  g_assert_cmpuint (starts->len, ==, 1 + 10);
  expected = join_starts (starts);

  twin_pairing = make_twin (&twin_dir, &twin);
  preview = ta_ical_read_sessions (twin, text, strlen (text), &problems, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (skipped, ==, 2);  /* the cancelled session and occurrence */
  g_assert_cmpuint (preview->len, ==, starts->len);

  g_assert_true (ta_ical_import (twin, text, strlen (text), &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, starts->len);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = ta_store_list_sessions (twin, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (ta_session_get_pairing_id (session), ==, twin_pairing);
      g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_PLANNED);
      g_assert_true (ta_session_get_notes (session) == NULL || *ta_session_get_notes (session) == '\0');
      if (g_date_time_get_month (ta_session_get_starts_at (session)) > 3)
        {
          g_assert_cmpstr (ta_session_get_location (session), ==, HOSTILE_LOCATION);
          g_assert_cmpint (ta_session_get_duration (session), ==, 60);
        }
      g_ptr_array_add (new_starts, ta_session_get_starts_at (session));
    }
  imported = join_starts (new_starts);
  g_assert_cmpstr (imported, ==, expected);

  /* Once is enough: the second import finds every session it made. */
  g_assert_true (ta_ical_import (twin, text, strlen (text), &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = ta_store_list_sessions (twin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, starts->len);

  g_assert_finalize_object (twin);
  ta_test_dir_clear (&twin_dir);
}

static const char repeating_file[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
  /* Every other Thursday, five times, the second one removed, the third
   * one moved to the Friday, in New York time. */
  EVENT_HEAD "UID:weekly\r\nDTSTART;TZID=America/New_York:20261001T090000\r\nDURATION:PT45M\r\n"
  "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5;BYDAY=TH\r\n"
  "EXDATE;TZID=America/New_York:20261015T090000\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:weekly\r\nRECURRENCE-ID;TZID=America/New_York:20261029T090000\r\n"
  "DTSTART:20261030T140000Z\r\nDURATION:PT30M\r\nLOCATION:Moved\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  /* Not an occurrence of the rule: a meeting of its own. */
  EVENT_HEAD "UID:weekly\r\nRECURRENCE-ID;TZID=America/New_York:20261008T090000\r\n"
  "DTSTART:20261009T150000Z\r\nDURATION:PT30M\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  /* A cancelled series takes its overrides along. */
  EVENT_HEAD "UID:gone\r\nRECURRENCE-ID:20261203T100000Z\r\n"
  "DTSTART:20261204T100000Z\r\nDURATION:PT30M\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:gone\r\nDTSTART:20261203T100000Z\r\nDURATION:PT30M\r\n"
  "RRULE:FREQ=WEEKLY;COUNT=2\r\nSTATUS:CANCELLED\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  /* Open-ended: a year from now at most. */
  EVENT_HEAD "UID:forever\r\nDTSTART:20260105T120000Z\r\nDTEND:20260105T130000Z\r\n"
  "RRULE:FREQ=DAILY\r\n"
  "ATTENDEE:mailto:ana@example.com\r\nATTENDEE:mailto:tom@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:too-often\r\nDTSTART:20260105T120000Z\r\nDTEND:20260105T130000Z\r\n"
  "RRULE:FREQ=HOURLY;COUNT=3\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

/* How many days from 5 January 2026 at 12:00 UTC up to @limit. */
static guint
count_daily (GDateTime *limit)
{
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 1, 5, 12, 0, 0);
  guint n = 0;

  while (g_date_time_compare (day, limit) <= 0)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      n++;
      g_date_time_unref (day);
      day = next;
    }
  return n;
}

static void
test_import_repeating (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) weekly = g_ptr_array_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *starts = NULL;
  guint skipped = 0;
  guint daily = 0;

  preview = ta_ical_read_sessions (fixture->store, repeating_file, strlen (repeating_file),
                                   &problems, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "66: too-often: RRULE: repeats more often than daily");
  /* The cancelled series' two occurrences, and the open one's past the
   * first 500 */
  g_assert_cmpuint (skipped, >, 2);

  now = g_date_time_new_now_utc ();
  limit = g_date_time_add_months (now, 12);
  for (guint i = 0; i < preview->len; i++)
    {
      TaSession *session = g_ptr_array_index (preview, i);

      if (ta_session_get_pairing_id (session) == fixture->pairing)
        g_ptr_array_add (weekly, session);
      else
        {
          g_assert_cmpint (ta_session_get_pairing_id (session), ==, fixture->other_pairing);
          g_assert_cmpint (g_date_time_compare (ta_session_get_starts_at (session), limit), <=, 0);
          daily++;
        }
    }
  g_assert_cmpuint (daily, ==, 500);
  g_assert_cmpuint (skipped, ==, 2 + count_daily (limit) - 500);

  g_assert_cmpuint (weekly->len, ==, 5);
  for (guint i = 0; i < weekly->len; i++)
    g_ptr_array_index (weekly, i) = ta_session_get_starts_at (g_ptr_array_index (weekly, i));
  starts = join_starts (weekly);
  /* 09:00 in New York is 13:00 UTC until 1 November, 14:00 after. */
  g_assert_cmpstr (starts, ==,
                   "2026-10-01T13:00:00Z 2026-10-09T15:00:00Z 2026-10-30T14:00:00Z "
                   "2026-11-12T14:00:00Z 2026-11-26T14:00:00Z");
}

static const char bad_file[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
  EVENT_HEAD "UID:good-1\r\nDTSTART:20260901T080000Z\r\nDTEND:20260901T090000Z\r\n"
  "ATTENDEE:mailto:LINA@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:no-pair\r\nDTSTART:20260902T080000Z\r\nDTEND:20260902T090000Z\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:tom@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:no-start\r\nDTEND:20260902T090000Z\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:too-long\r\nDTSTART;TZID=Europe/Brussels:20260903T080000\r\nDURATION:PT11H\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:bad-text\r\nDTSTART:20260904T080000Z\r\nDTEND:20260904T090000Z\r\n"
  "SUMMARY:caf\xe9\r\n"
  "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\nEND:VEVENT\r\n"
  EVENT_HEAD "UID:twice\r\nDTSTART:20260901T080000Z\r\nDTEND:20260901T090000Z\r\n"
  "ATTENDEE:mailto:marc@example.com\r\nATTENDEE:mailto:lina@example.com\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_import_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint before = count_sessions (fixture->store);

  preview = ta_ical_read_sessions (fixture->store, bad_file, strlen (bad_file), &problems, NULL, &error);
  g_assert_no_error (error);
  /* good-1, and bad-text: its Latin-1 SUMMARY is read as such.  The
   * other pair's event and the one too long are skipped, not refused. */
  g_assert_cmpuint (preview->len, ==, 2);
  g_assert_cmpint (ta_session_get_pairing_id (g_ptr_array_index (preview, 0)), ==, fixture->pairing);
  g_assert_cmpint (ta_session_get_pairing_id (g_ptr_array_index (preview, 1)), ==, fixture->pairing);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==, "20: no-start: DTSTART: it has no start (DTSTART)");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1),
                                   "47: twice: DTSTART: on 2026-09-01 "));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "it overlaps the event at line 4 (UID good-1)"));

  g_assert_false (ta_ical_import (fixture->store, bad_file, strlen (bad_file), NULL, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "20: no-start: DTSTART: it has no start (DTSTART)"));
  g_assert_cmpuint (count_sessions (fixture->store), ==, before);
  g_clear_error (&error);

  g_assert_false (ta_ical_import (fixture->store, "hello", 5, NULL, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before);
}

static void
test_add_sessions_all_or_none (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 10, 6, 8, 0, 0);
  g_autoptr(GError) error = NULL;
  guint before = count_sessions (fixture->store);

  g_ptr_array_add (sessions, ta_session_new_one_on_one (fixture->pairing, start, 60));
  g_ptr_array_add (sessions, ta_session_new_one_on_one (424242, start, 60));
  g_assert_false (ta_store_add_sessions (fixture->store, sessions, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before);
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (sessions, 0)), ==, 0);
  g_clear_error (&error);

  g_ptr_array_remove_index (sessions, 1);
  g_assert_true (ta_store_add_sessions (fixture->store, sessions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (sessions, 0)), >, 0);
  g_assert_cmpuint (count_sessions (fixture->store), ==, before + 1);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ical/export/parse-back", test_export_parse_back);
  ADD ("/ical/export/hostile-text", test_export_hostile);
  ADD ("/ical/export/filters", test_export_filters);
  ADD ("/ical/export/series", test_export_series);
  ADD ("/ical/export/rules", test_export_rules);
  ADD ("/ical/import/round-trip", test_import_round_trip);
  ADD ("/ical/import/series-round-trip", test_import_series_round_trip);
  ADD ("/ical/import/repeating", test_import_repeating);
  ADD ("/ical/import/errors", test_import_errors);
  ADD ("/ical/store/add-sessions", test_add_sessions_all_or_none);

  status = g_test_run ();
  g_free (programme_id);
  return status;
}
