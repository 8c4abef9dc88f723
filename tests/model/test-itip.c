/* test-itip.c - invitations (RFC 5546): REQUEST and CANCEL written for a
 * session and a series, their SEQUENCE, and the REPLY files of Outlook,
 * Google Calendar and Apple Calendar recorded
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-itip"

#include "config.h"

#include <libical/ical.h>
#include <sqlite3.h>
#include <string.h>

#include "ta-itip.h"
#include "ta-programme.h"
#include "ta-store-invitations.h"
#include "ta-test-programme.h"

/* The programme id the fixtures' UIDs carry (tests/model/data/reply-*.ics) */
#define PROGRAMME_ID "5f0c6a52-3d1e-4b8a-9c2f-0a1b2c3d4e5f"

typedef struct
{
  TaTestDir    dir;
  TaStore     *store;
  TaProgramme *programme;
  gint64       ada;      /* the mentor */
  gint64       grace;    /* the mentee */
  gint64       pairing;
  gint64       session;  /* a one-on-one, 2027-03-10 09:00 UTC */
  gint64       series;   /* weekly on Tuesdays at 10:00 in Brussels, from 2027-04-06, four of them */
} Fixture;

static void
set_programme_id (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE settings SET value = '" PROGRAMME_ID "' "
                                     "WHERE key = 'programme-id'", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 3, 10, 9, 0, 0);
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2027-04-06", 1, "10:00", "Europe/Brussels");
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->ada = ta_test_add_person (fixture->store, "Ada Lovelace", "ada@example.org", TA_ROLE_MENTOR,
                                     "capacity", 2, NULL);
  fixture->grace = ta_test_add_person (fixture->store, "Grace Hopper", "grace@example.org", TA_ROLE_MENTEE, NULL);
  ta_test_add_person (fixture->store, "Bob Builder", "bob@example.org", TA_ROLE_MENTEE, NULL);
  fixture->pairing = ta_test_add_pairing (fixture->store, fixture->ada, fixture->grace,
                                          "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  fixture->session = ta_test_add_session (fixture->store, fixture->pairing, start, 60,
                                          "location", "Room 4", NULL);
  rule->count = 4;
  fixture->series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, "Room 4", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->session, ==, 1);
  g_assert_cmpint (fixture->series, ==, 1);

  /* Made now, so that it can be replaced */
  id = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);
  set_programme_id (fixture->dir.path);

  g_assert_true (ta_store_set_facilitator_email (fixture->store, "fac@example.org", &error));
  g_assert_no_error (error);
  fixture->programme = ta_programme_new_for_store (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->programme);
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/* --- Helpers ---------------------------------------------------------- */

static char *
write_invitation (Fixture            *fixture,
                  gint64              session,
                  gboolean            whole_series,
                  TaInvitationMethod  method)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "invitation.ics", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (ta_programme_write_invitation (fixture->programme, session, whole_series, method,
                                                NULL, path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static gboolean
has_lic_error (icalcomponent *component)
{
  if (icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY) != NULL)
    return TRUE;
  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    if (has_lic_error (child))
      return TRUE;
  return FALSE;
}

static void
print_lic_errors (icalcomponent *component)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (component, ICAL_XLICERROR_PROPERTY))
    g_test_message ("%s: %s", icalcomponent_kind_to_string (icalcomponent_isa (component)),
                    icalproperty_get_xlicerror (p));
  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL;
       child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    print_lic_errors (child);
}

/* @text parsed, with libical's iTIP restrictions checked both ways. */
static icalcomponent *
parse_checked (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  int passed;

  g_assert_nonnull (calendar);
  g_assert_false (has_lic_error (calendar));
  /* CRLF line ends, as RFC 5545 3.1 wants */
  g_assert_nonnull (strstr (text, "BEGIN:VCALENDAR\r\nPRODID:"));
  g_assert_null (strstr (text, "\n\n"));

  passed = icalrestriction_check (calendar);
  print_lic_errors (calendar);
  g_assert_cmpint (passed, !=, 0);
  g_assert_false (has_lic_error (calendar));
  g_assert_cmpint (icalcomponent_check_restrictions (calendar), !=, 0);
  g_assert_false (has_lic_error (calendar));
  return calendar;
}

static icalcomponent *
only_event (icalcomponent *calendar)
{
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 1);
  return icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
}

static const char *
param_value (icalproperty      *property,
             icalparameter_kind kind)
{
  icalparameter *parameter = icalproperty_get_first_parameter (property, kind);

  g_assert_nonnull (parameter);
  return icalparameter_as_ical_string (parameter);
}

/* The UID the export writes for @kind @id of the programme */
static char *
own_uid (const char *kind,
         gint64      id)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT "-" PROGRAMME_ID "@turnabout", kind, id);
}

static void
assert_export_has_uid (Fixture    *fixture,
                       const char *uid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_autofree char *line = g_strdup_printf ("\r\nUID:%s\r\n", uid);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (exported, line));
}

static void
assert_request_event (icalcomponent *event,
                      gint64         sequence)
{
  icalproperty *organizer = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  guint n_attendees = 0;

  g_assert_nonnull (organizer);
  g_assert_cmpstr (icalproperty_get_organizer (organizer), ==, "mailto:fac@example.org");
  g_assert_cmpstr (param_value (organizer, ICAL_CN_PARAMETER), ==, "CN=fac@example.org");

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      const char *address = icalproperty_get_attendee (attendee);

      g_assert_true (g_str_equal (address, "mailto:ada@example.org") ||
                     g_str_equal (address, "mailto:grace@example.org"));
      g_assert_cmpstr (param_value (attendee, ICAL_CN_PARAMETER), ==,
                       g_str_equal (address, "mailto:ada@example.org") ? "CN=Ada Lovelace" : "CN=Grace Hopper");
      g_assert_cmpstr (param_value (attendee, ICAL_ROLE_PARAMETER), ==, "ROLE=REQ-PARTICIPANT");
      g_assert_cmpstr (param_value (attendee, ICAL_PARTSTAT_PARAMETER), ==, "PARTSTAT=NEEDS-ACTION");
      g_assert_cmpstr (param_value (attendee, ICAL_RSVP_PARAMETER), ==, "RSVP=TRUE");
      n_attendees++;
    }
  g_assert_cmpuint (n_attendees, ==, 2);

  g_assert_cmpint (icalcomponent_get_sequence (event), ==, sequence);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
  g_assert_true (icaltime_is_utc (icalcomponent_get_dtstamp (event)));
  g_assert_cmpint (icalcomponent_get_status (event), !=, ICAL_STATUS_CANCELLED);
}

static TaSession *
get_session (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_store_get_session (fixture->store, id, &error);

  g_assert_no_error (error);
  return session;
}

static gint64
series_session (Fixture *fixture,
                guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions_of_pairing (fixture->store, fixture->pairing, &error);
  guint seen = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (ta_session_get_series_id (session) == fixture->series && seen++ == n)
        return ta_session_get_id (session);
    }
  g_assert_not_reached ();
}

static void
move_session (Fixture *fixture,
              gint64   id,
              int      minutes)
{
  g_autoptr(TaSession) session = get_session (fixture, id);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (ta_session_get_starts_at (session), minutes);
  g_autoptr(GError) error = NULL;

  ta_session_set_starts_at (session, later);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
}

static void
cancel_session (Fixture *fixture,
                gint64   id)
{
  g_autoptr(TaSession) session = get_session (fixture, id);
  g_autoptr(GError) error = NULL;

  ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (session, "Travelling");
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
}

/* --- Writing ---------------------------------------------------------- */

static void
test_request_one_on_one (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *uid = own_uid ("session", fixture->session);
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(TaSession) before = get_session (fixture, fixture->session);
  g_autoptr(TaSession) after = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  g_assert_false (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));

  first = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST);
  calendar = parse_checked (first);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  event = only_event (calendar);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  assert_export_has_uid (fixture, uid);
  g_assert_null (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY));
  assert_request_event (event, 0);
  /* The export's zone, and only it */
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  g_assert_nonnull (strstr (first, "\r\nDTSTART;TZID=Europe/Brussels:20270310T100000\r\n"));
  icalcomponent_free (calendar);

  /* Recording it changed nothing of the session */
  after = get_session (fixture, fixture->session);
  g_assert_cmpint (ta_session_get_revision (after), ==, ta_session_get_revision (before));
  g_assert_false (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));

  /* The same again: the same SEQUENCE */
  again = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST);
  calendar = parse_checked (again);
  assert_request_event (only_event (calendar), 0);
  icalcomponent_free (calendar);

  /* Moved: outdated, and the update is SEQUENCE 1 */
  move_session (fixture, fixture->session, 60);
  g_assert_true (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));
  moved = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST);
  calendar = parse_checked (moved);
  assert_request_event (only_event (calendar), 1);
  g_assert_nonnull (strstr (moved, "\r\nDTSTART;TZID=Europe/Brussels:20270310T110000\r\n"));
  icalcomponent_free (calendar);
  g_assert_false (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));
}

static void
test_request_series (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *uid = own_uid ("series", fixture->series);
  g_autofree char *whole = NULL;
  g_autofree char *one = NULL;
  g_autofree char *updated = NULL;
  gint64 second = series_session (fixture, 1);
  gint64 third = series_session (fixture, 2);
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *rrule;

  whole = write_invitation (fixture, second, TRUE, TA_INVITATION_REQUEST);
  calendar = parse_checked (whole);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_REQUEST);
  event = only_event (calendar);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  assert_export_has_uid (fixture, uid);
  rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  g_assert_nonnull (rrule);
  g_assert_cmpint (icalproperty_get_rrule (rrule).count, ==, 4);
  g_assert_cmpint (icalproperty_get_rrule (rrule).freq, ==, ICAL_WEEKLY_RECURRENCE);
  g_assert_nonnull (strstr (whole, "\r\nDTSTART;TZID=Europe/Brussels:20270406T100000\r\n"));
  assert_request_event (event, 0);
  icalcomponent_free (calendar);

  /* Every session of it was sent */
  for (guint i = 0; i < 4; i++)
    g_assert_false (ta_programme_invitation_is_outdated (fixture->programme, series_session (fixture, i)));

  /* One occurrence on its own: the series' UID and its RECURRENCE-ID */
  one = write_invitation (fixture, third, FALSE, TA_INVITATION_REQUEST);
  calendar = parse_checked (one);
  event = only_event (calendar);
  g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
  g_assert_null (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  g_assert_nonnull (strstr (one, "\r\nRECURRENCE-ID;TZID=Europe/Brussels:20270420T100000\r\n"));
  g_assert_nonnull (strstr (one, "\r\nDTSTART;TZID=Europe/Brussels:20270420T100000\r\n"));
  g_assert_nonnull (strstr (one, "\r\nDTEND;TZID=Europe/Brussels:20270420T110000\r\n"));
  /* Sent with the series at 0; it did not change since */
  assert_request_event (event, 0);
  icalcomponent_free (calendar);

  /* One cancelled, another moved: the series' update leaves the
   * cancelled one out, overrides the moved one, one SEQUENCE more */
  cancel_session (fixture, third);
  move_session (fixture, second, 30);
  g_assert_true (ta_programme_invitation_is_outdated (fixture->programme, second));
  updated = write_invitation (fixture, second, TRUE, TA_INVITATION_REQUEST);
  calendar = parse_checked (updated);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  g_assert_nonnull (strstr (updated, "\r\nEXDATE;TZID=Europe/Brussels:20270420T100000\r\n"));
  g_assert_null (strstr (updated, "STATUS:CANCELLED"));
  g_assert_nonnull (strstr (updated, "\r\nRECURRENCE-ID;TZID=Europe/Brussels:20270413T100000\r\n"));
  g_assert_nonnull (strstr (updated, "\r\nDTSTART;TZID=Europe/Brussels:20270413T103000\r\n"));
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_cmpstr (icalcomponent_get_uid (event), ==, uid);
      assert_request_event (event, 1);
    }
  icalcomponent_free (calendar);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *request = NULL;
  g_autofree char *cancel = NULL;
  g_autofree char *series = NULL;
  g_autofree char *path = g_build_filename (fixture->dir.dir, "refused.ics", NULL);
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  request = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST);
  cancel_session (fixture, fixture->session);
  g_assert_true (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));

  /* No invitation to a cancelled session: its cancellation */
  g_assert_false (ta_programme_write_invitation (fixture->programme, fixture->session, FALSE,
                                                 TA_INVITATION_REQUEST, NULL, path, &error));
  g_assert_error (error, TA_ITIP_ERROR, TA_ITIP_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  cancel = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_CANCEL);
  calendar = parse_checked (cancel);
  g_assert_cmpint (icalcomponent_get_method (calendar), ==, ICAL_METHOD_CANCEL);
  event = only_event (calendar);
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpint (icalcomponent_get_sequence (event), ==, 1);
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 2);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY));
  icalcomponent_free (calendar);
  g_assert_false (ta_programme_invitation_is_outdated (fixture->programme, fixture->session));

  /* The whole series cancelled: its master alone */
  series = write_invitation (fixture, series_session (fixture, 0), TRUE, TA_INVITATION_CANCEL);
  calendar = parse_checked (series);
  event = only_event (calendar);
  g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  g_assert_cmpint (icalcomponent_get_status (event), ==, ICAL_STATUS_CANCELLED);
  g_assert_cmpint (icalcomponent_get_sequence (event), ==, 0);
  icalcomponent_free (calendar);
}

static void
test_no_organizer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "invitation.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *calendar;

  g_assert_true (ta_store_set_facilitator_email (fixture->store, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (ta_programme_write_invitation (fixture->programme, fixture->session, FALSE,
                                                 TA_INVITATION_REQUEST, NULL, path, &error));
  g_assert_error (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NO_ORGANIZER);
  g_assert_nonnull (strstr (error->message, "Preferences"));
  g_assert_nonnull (strstr (error->message, "--organizer"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Nothing was recorded: with an organizer it is still the first */
  g_assert_true (ta_programme_write_invitation (fixture->programme, fixture->session, FALSE,
                                                TA_INVITATION_REQUEST, "MAILTO:Someone@example.org ",
                                                path, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  calendar = parse_checked (text);
  g_assert_cmpint (icalcomponent_get_sequence (only_event (calendar)), ==, 0);
  g_assert_cmpstr (icalproperty_get_organizer (icalcomponent_get_first_property (only_event (calendar),
                                                                                  ICAL_ORGANIZER_PROPERTY)),
                   ==, "mailto:Someone@example.org");
  icalcomponent_free (calendar);
}

/* A group session: its attendees are invited */
static void
test_group (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TaSession) session = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 5, 4, 11, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 attendees[2] = { fixture->ada, fixture->grace };
  icalcomponent *calendar;

  ta_session_set_title (session, "Lunch: passkeys");
  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, 60);
  ta_session_set_attendees (session, attendees, 2);
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);

  text = write_invitation (fixture, ta_session_get_id (session), FALSE, TA_INVITATION_REQUEST);
  calendar = parse_checked (text);
  assert_request_event (only_event (calendar), 0);
  g_assert_cmpstr (icalcomponent_get_summary (only_event (calendar)), ==, "Lunch: passkeys");
  icalcomponent_free (calendar);
}

/* Another iCalendar reader (python3-icalendar) reads what we send */
static void
test_python_icalendar (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char script[] =
    "import sys, icalendar\n"
    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
    "assert str(cal['METHOD']) == 'REQUEST', cal['METHOD']\n"
    "events = [c for c in cal.walk('VEVENT')]\n"
    "assert len(events) == 1\n"
    "e = events[0]\n"
    "assert str(e['ORGANIZER']).lower() == 'mailto:fac@example.org'\n"
    "att = e['ATTENDEE']\n"
    "att = att if isinstance(att, list) else [att]\n"
    "assert sorted(str(a) for a in att) == ['mailto:ada@example.org', 'mailto:grace@example.org']\n"
    "assert all(a.params['RSVP'] == 'TRUE' and a.params['PARTSTAT'] == 'NEEDS-ACTION' for a in att)\n"
    "assert int(e['SEQUENCE']) == 0\n"
    "assert 'RRULE' in e and e['RRULE']['COUNT'] == [4]\n"
    "assert e.decoded('DTSTART').hour == 10\n"
    "print('ok')\n";
  const char *candidates[] = { "python3", "/usr/bin/python3" };
  g_autofree char *text = write_invitation (fixture, series_session (fixture, 0), TRUE, TA_INVITATION_REQUEST);
  g_autofree char *path = g_build_filename (fixture->dir.dir, "invitation.ics", NULL);
  g_autofree char *python = NULL;
  gboolean found = FALSE;

  /* The first python3 that has the module (a python3 of pyenv or a venv
   * in PATH may not); with none that has it the test fails */
  for (guint i = 0; i < G_N_ELEMENTS (candidates) && python == NULL; i++)
    {
      g_autofree char *program = g_find_program_in_path (candidates[i]);
      const char *check[] = { program, "-c", "import icalendar", NULL };
      int status = -1;

      if (program == NULL)
        continue;
      found = TRUE;
      if (g_spawn_sync (NULL, (char **) check, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL) &&
          g_spawn_check_wait_status (status, NULL))
        python = g_steal_pointer (&program);
    }
  if (!found)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  g_assert_nonnull (python);

  {
    const char *argv[] = { python, "-c", script, path, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autoptr(GError) error = NULL;
    int status = -1;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL))
      g_test_message ("%s", err);
    g_assert_cmpstr (out, ==, "ok\n");
  }
}

/* --- Replies ---------------------------------------------------------- */

static GPtrArray *
import_fixture (Fixture    *fixture,
                const char *name,
                guint      *out_recorded)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  GPtrArray *answers;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (ta_itip_is_reply (contents, length));
  answers = ta_itip_import_reply (fixture->store, contents, length, out_recorded, &error);
  g_assert_no_error (error);
  g_assert_nonnull (answers);
  return answers;
}

/* @email's answer on session @id, NEEDS_ACTION when none, -1 when not listed */
static int
response_of (Fixture    *fixture,
             gint64      id,
             const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) responses = ta_programme_list_session_responses (fixture->programme, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < responses->len; i++)
    {
      TaSessionResponse *response = g_ptr_array_index (responses, i);

      if (g_ascii_strcasecmp (response->email, email) == 0)
        return (int) response->response;
    }
  return -1;
}

static void
on_session_updated (TaStore   *store,
                    TaSession *session,
                    gpointer   user_data)
{
  GArray *ids = user_data;
  gint64 id = ta_session_get_id (session);

  g_array_append_val (ids, id);
}

static void
test_reply_google (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) updated = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) answers = NULL;
  TaItipAnswer *answer;
  guint recorded = 0;

  g_free (write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST));
  g_assert_cmpint (response_of (fixture, fixture->session, "grace@example.org"), ==,
                   TA_INVITATION_RESPONSE_NEEDS_ACTION);

  g_signal_connect (fixture->store, "session-updated", G_CALLBACK (on_session_updated), updated);
  answers = import_fixture (fixture, "reply-google.ics", &recorded);
  g_signal_handlers_disconnect_by_data (fixture->store, updated);

  g_assert_cmpuint (recorded, ==, 1);
  g_assert_cmpuint (answers->len, ==, 1);
  answer = g_ptr_array_index (answers, 0);
  g_assert_cmpint (answer->outcome, ==, TA_ITIP_ANSWER_RECORDED);
  g_assert_cmpstr (answer->email, ==, "grace@example.org");
  g_assert_cmpuint (answer->line, ==, 12);
  g_assert_cmpint (response_of (fixture, fixture->session, "grace@example.org"), ==,
                   TA_INVITATION_RESPONSE_ACCEPTED);
  g_assert_cmpint (response_of (fixture, fixture->session, "ada@example.org"), ==,
                   TA_INVITATION_RESPONSE_NEEDS_ACTION);
  /* Announced, so that views show it */
  g_assert_cmpuint (updated->len, ==, 1);
  g_assert_cmpint (g_array_index (updated, gint64, 0), ==, fixture->session);
  /* Nothing on the series */
  g_assert_cmpint (response_of (fixture, series_session (fixture, 0), "grace@example.org"), ==, -1);
}

static void
test_reply_outlook (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) answers = NULL;
  TaItipAnswer *answer;
  guint recorded = 0;

  answers = import_fixture (fixture, "reply-outlook.ics", &recorded);
  g_assert_cmpuint (recorded, ==, 1);
  answer = g_ptr_array_index (answers, 0);
  g_assert_cmpint (answer->outcome, ==, TA_ITIP_ANSWER_RECORDED);
  g_assert_cmpuint (answer->n_sessions, ==, 1);
  g_assert_nonnull (answer->recurrence_id);

  /* The occurrence of 13 April (10:00 in Brussels, "W. Europe Standard
   * Time"), and no other */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (response_of (fixture, series_session (fixture, i), "ada@example.org"), ==,
                     i == 1 ? TA_INVITATION_RESPONSE_DECLINED : -1);
}

static void
test_reply_apple (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GPtrArray) outlook = NULL;
  guint recorded = 0;

  g_free (write_invitation (fixture, series_session (fixture, 0), TRUE, TA_INVITATION_REQUEST));
  outlook = import_fixture (fixture, "reply-outlook.ics", NULL);

  /* The whole series: every session of it */
  answers = import_fixture (fixture, "reply-apple.ics", &recorded);
  g_assert_cmpuint (recorded, ==, 1);
  g_assert_cmpuint (((TaItipAnswer *) g_ptr_array_index (answers, 0))->n_sessions, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpint (response_of (fixture, series_session (fixture, i), "grace@example.org"), ==,
                       TA_INVITATION_RESPONSE_TENTATIVE);
      g_assert_cmpint (response_of (fixture, series_session (fixture, i), "ada@example.org"), ==,
                       i == 1 ? TA_INVITATION_RESPONSE_DECLINED : TA_INVITATION_RESPONSE_NEEDS_ACTION);
    }
  /* The one-on-one outside the series is untouched */
  g_assert_cmpint (response_of (fixture, fixture->session, "grace@example.org"), ==, -1);
}

/* Nobody answered anything */
static void
assert_no_responses (Fixture *fixture)
{
  gint64 ids[] = { fixture->session, series_session (fixture, 0), series_session (fixture, 1) };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) responses = ta_programme_list_session_responses (fixture->programme, ids[i], &error);

      g_assert_no_error (error);
      /* Invited people are listed once an invitation went out: unanswered */
      for (guint j = 0; j < responses->len; j++)
        {
          TaSessionResponse *response = g_ptr_array_index (responses, j);

          g_assert_cmpint (response->response, ==, TA_INVITATION_RESPONSE_NEEDS_ACTION);
          g_assert_null (response->responded_at);
        }
    }
}

static void
test_reply_unknown (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char unknown[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\n"
    "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008@outlook.example\r\n"
    "DTSTAMP:20270301T100000Z\r\n"
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.org\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:session-999-" PROGRAMME_ID "@turnabout\r\n"
    "DTSTAMP:20270301T100000Z\r\n"
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.org\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:session-1-" PROGRAMME_ID "@turnabout\r\n"
    "DTSTAMP:20270301T100000Z\r\n"
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:bob@example.org\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:session-1-00000000-0000-4000-8000-000000000000@turnabout\r\n"
    "DTSTAMP:20270301T100000Z\r\n"
    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.org\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GError) error = NULL;
  guint recorded = 99;

  g_assert_true (ta_itip_is_reply (unknown, strlen (unknown)));
  answers = ta_itip_import_reply (fixture->store, unknown, strlen (unknown), &recorded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recorded, ==, 0);
  g_assert_cmpuint (answers->len, ==, 4);
  for (guint i = 0; i < answers->len; i++)
    {
      TaItipAnswer *answer = g_ptr_array_index (answers, i);
      g_autofree char *line = ta_itip_answer_format (answer, "reply.ics");

      g_assert_cmpint (answer->outcome, ==, TA_ITIP_ANSWER_SKIPPED);
      g_assert_nonnull (answer->reason);
      /* FILE:LINE: UID: reason */
      g_assert_true (g_str_has_prefix (line, "reply.ics:"));
      g_assert_nonnull (strstr (line, answer->uid));
    }
  g_assert_cmpuint (((TaItipAnswer *) g_ptr_array_index (answers, 0))->line, ==, 8);
  g_assert_nonnull (strstr (((TaItipAnswer *) g_ptr_array_index (answers, 2))->reason, "bob@example.org"));
  assert_no_responses (fixture);
}

static void
test_not_reply (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_autofree char *request = write_invitation (fixture, fixture->session, FALSE, TA_INVITATION_REQUEST);
  g_autoptr(GPtrArray) answers = NULL;

  g_assert_no_error (error);
  g_assert_false (ta_itip_is_reply (exported, strlen (exported)));
  g_assert_false (ta_itip_is_reply (request, strlen (request)));

  answers = ta_itip_import_reply (fixture->store, request, strlen (request), NULL, &error);
  g_assert_null (answers);
  g_assert_error (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NOT_REPLY);
  assert_no_responses (fixture);
}

/* A later answer is not undone by an earlier one read after it */
static void
test_reply_order (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char earlier[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REPLY\r\n"
    "BEGIN:VEVENT\r\nUID:session-1-" PROGRAMME_ID "@turnabout\r\n"
    "DTSTAMP:20270201T100000Z\r\n"
    "ATTENDEE;PARTSTAT=DECLINED:mailto:grace@example.org\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(GPtrArray) google = import_fixture (fixture, "reply-google.ics", NULL);
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GError) error = NULL;
  guint recorded = 99;

  answers = ta_itip_import_reply (fixture->store, earlier, strlen (earlier), &recorded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recorded, ==, 0);
  g_assert_cmpint (response_of (fixture, fixture->session, "grace@example.org"), ==,
                   TA_INVITATION_RESPONSE_ACCEPTED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/itip/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("request/one-on-one", test_request_one_on_one);
  ADD ("request/series", test_request_series);
  ADD ("request/group", test_group);
  ADD ("request/python-icalendar", test_python_icalendar);
  ADD ("cancel", test_cancel);
  ADD ("no-organizer", test_no_organizer);
  ADD ("reply/google", test_reply_google);
  ADD ("reply/outlook", test_reply_outlook);
  ADD ("reply/apple", test_reply_apple);
  ADD ("reply/unknown", test_reply_unknown);
  ADD ("reply/not-reply", test_not_reply);
  ADD ("reply/order", test_reply_order);

  return g_test_run ();
}
