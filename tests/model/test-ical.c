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
#include "test-helpers.h"

#define HOSTILE_NOTES "He said \"no\", then; left\\ early\nsecond line 🎉 مرحبا, ok;"
#define HOSTILE_LOCATION "Room \"B\"; floor 2, \\ wing 🚪"

typedef struct
{
  TestDir dir;
  TaStore *store;
  gint64 mentor;
  gint64 mentee;
  gint64 pairing;
  gint64 other;
  gint64 other_pairing;
  gint64 cancelled;
  gint64 series;
} Fixture;

static gint64
add_person (TaStore    *store,
            const char *name,
            const char *email,
            TaRole      role)
{
  g_autoptr(TaParticipant) participant = test_make_participant (name, email);
  g_autoptr(GError) error = NULL;

  ta_participant_set_role (participant, role);
  ta_participant_set_capacity (participant, role == TA_ROLE_MENTOR ? 2 : 0);
  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_no_error (error);
  return ta_participant_get_id (participant);
}

static gint64
add_pairing (TaStore *store,
             gint64   mentor,
             gint64   mentee)
{
  g_autoptr(TaPairing) pairing = ta_pairing_new (mentor, mentee);
  g_autoptr(GError) error = NULL;

  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_no_error (error);
  return ta_pairing_get_id (pairing);
}

static gint64
add_session (TaStore    *store,
             gint64      pairing,
             GDateTime  *start,
             const char *location,
             const char *notes)
{
  g_autoptr(TaSession) session = ta_session_new_one_on_one (pairing, start, 60);
  g_autoptr(GError) error = NULL;

  if (location != NULL)
    ta_session_set_location (session, location);
  if (notes != NULL)
    ta_session_set_notes (session, notes);
  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);
  return ta_session_get_id (session);
}

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

  test_dir_init (&fixture->dir);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);

  fixture->mentor = add_person (fixture->store, "Lina \"LH\" Haddad, Jr; 🎉", "lina@example.com", TA_ROLE_MENTOR);
  fixture->mentee = add_person (fixture->store, "Marc Dubois \\ مرحبا", "marc@example.com", TA_ROLE_MENTEE);
  fixture->other = add_person (fixture->store, "Ana Lopes", "ana@example.com", TA_ROLE_MENTOR);
  other_mentee = add_person (fixture->store, "Tom Berg", "tom@example.com", TA_ROLE_MENTEE);
  fixture->pairing = add_pairing (fixture->store, fixture->mentor, fixture->mentee);
  fixture->other_pairing = add_pairing (fixture->store, fixture->other, other_mentee);

  add_session (fixture->store, fixture->pairing, first, HOSTILE_LOCATION, HOSTILE_NOTES);
  fixture->cancelled = add_session (fixture->store, fixture->pairing, second, "Café", NULL);
  add_session (fixture->store, fixture->other_pairing, third, NULL, "plain");

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
  test_dir_clear (&fixture->dir);
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
  g_autofree char *uid = g_strdup_printf ("session-%" G_GINT64_FORMAT "@turnabout", session_id);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;

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
  g_assert_cmpint (icalproperty_get_method (icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY)),
                   ==, ICAL_METHOD_PUBLISH);

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

      event = find_event (calendar, ta_session_get_id (session));
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
  g_assert_cmpuint (n_events, ==, icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT));

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
          /* A double quote cannot be in a parameter: it becomes ' */
          g_assert_cmpstr (icalparameter_get_cn (cn), ==, "Lina 'LH' Haddad, Jr; 🎉");
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
  g_autofree char *text = export (fixture->store, 0, 0, NULL);
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

  /* A second import would double them: refused, event by event. */
  g_assert_false (ta_ical_import (fixture->store, text, strlen (text), &added, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already has a session at that time"));
  g_assert_cmpuint (count_sessions (fixture->store), ==, 6);
}

#define EVENT_HEAD "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\n"

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
  g_assert_cmpuint (preview->len, ==, 1);
  g_assert_cmpint (ta_session_get_pairing_id (g_ptr_array_index (preview, 0)), ==, fixture->pairing);
  g_assert_cmpuint (problems->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (problems, 0), ==,
                   "Event 2 (UID no-pair): no pairing between lina@example.com and tom@example.com");
  g_assert_cmpstr (g_ptr_array_index (problems, 1), ==, "Event 3 (UID no-start): no DTSTART");
  g_assert_cmpstr (g_ptr_array_index (problems, 2), ==,
                   "Event 4 (UID too-long): duration over 600 minutes");
  g_assert_cmpstr (g_ptr_array_index (problems, 3), ==, "Event 5 (UID bad-text): invalid text");
  g_assert_cmpstr (g_ptr_array_index (problems, 4), ==,
                   "Event 6 (UID twice): this pairing already has a session at that time");

  g_assert_false (ta_ical_import (fixture->store, bad_file, strlen (bad_file), NULL, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Event 3 (UID no-start): no DTSTART"));
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
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ical/export/parse-back", test_export_parse_back);
  ADD ("/ical/export/hostile-text", test_export_hostile);
  ADD ("/ical/export/filters", test_export_filters);
  ADD ("/ical/import/round-trip", test_import_round_trip);
  ADD ("/ical/import/errors", test_import_errors);
  ADD ("/ical/store/add-sessions", test_add_sessions_all_or_none);

  return g_test_run ();
}
