/* test-ical-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ical-export"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "ta-ical.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

/*
 * What the export promises other calendars (issue 10): UIDs unique across
 * programmes, RFC 6868 names, SEQUENCE and LAST-MODIFIED, times in the
 * repeated hour read as the same instant by libical and python-icalendar,
 * the kind of a group session, no METHOD and an ORGANIZER only with a
 * facilitator, libical's restriction check passed, VTIMEZONEs trimmed.
 */

/* Carets and double quotes, and "^n", which must not become a line break. */
#define CARET_NAME "Zoë \"Z\" ^n O^Brien; Jr"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 mentor;
  gint64 mentee;
  gint64 pairing;
} Fixture;

static void
fill (TaStore *store,
      Fixture *fixture)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 10, 16, 0, 0);

  fixture->mentor = ta_test_add_person (store, CARET_NAME, "zoe@example.com", TA_ROLE_MENTOR,
                                        "capacity", 2, NULL);
  fixture->mentee = ta_test_add_person (store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  fixture->pairing = ta_test_add_pairing (store, fixture->mentor, fixture->mentee,
                                          "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  ta_test_add_session (store, fixture->pairing, start, 60, NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
  fill (fixture->store, fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static char *
export (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = ta_ical_export (store, 0, 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Parsed by libical, with no error marks and libical's own restriction
 * check (RFC 5546's tables; with no METHOD, RFC 5545's counts) passed. */
static icalcomponent *
parse_checked (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_true (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

/* The event of @uid_prefix ("session-3-"), or NULL. */
static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid_prefix)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_has_prefix (icalcomponent_get_uid (event), uid_prefix))
      return event;

  return NULL;
}

static icalcomponent *
find_session (icalcomponent *calendar,
              gint64         id)
{
  g_autofree char *prefix = g_strdup_printf ("session-%" G_GINT64_FORMAT "-", id);

  return find_event (calendar, prefix);
}

static GHashTable *
uid_set (icalcomponent *calendar)
{
  GHashTable *uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_hash_table_add (uids, g_strdup (icalcomponent_get_uid (event)));

  return uids;
}

/* Two programmes made the same way (same ids, same sessions) export
 * disjoint UIDs, each naming its own programme; one programme exports
 * the same UIDs every time, also after being closed and opened again. */
static void
test_uids_across_programmes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GRegex) pattern = g_regex_new ("^session-[0-9]+-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}@turnabout$",
                                           0, 0, NULL);
  g_autoptr(GHashTable) uids = NULL;
  g_autoptr(GHashTable) other_uids = NULL;
  g_autoptr(GHashTable) again_uids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *other_id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *suffix = NULL;
  icalcomponent *calendar;
  icalcomponent *other_calendar;
  icalcomponent *again_calendar;
  GHashTableIter iter;
  const char *uid;
  TaTestDir other_dir;
  TaStore *other;
  Fixture other_fixture;

  ta_test_dir_init (&other_dir);
  other = ta_store_open (other_dir.path, &error);
  g_assert_no_error (error);
  fill (other, &other_fixture);
  g_assert_cmpint (other_fixture.pairing, ==, fixture->pairing);

  id = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);
  other_id = ta_store_get_programme_id (other, &error);
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpstr (id, !=, other_id);

  text = export (fixture->store);
  other_text = export (other);
  calendar = parse_checked (text);
  other_calendar = parse_checked (other_text);
  uids = uid_set (calendar);
  other_uids = uid_set (other_calendar);
  g_assert_cmpuint (g_hash_table_size (uids), ==, 1);
  g_assert_cmpuint (g_hash_table_size (other_uids), ==, 1);

  suffix = g_strdup_printf ("-%s@turnabout", id);
  g_hash_table_iter_init (&iter, uids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &uid, NULL))
    {
      g_assert_true (g_regex_match (pattern, uid, 0, NULL));
      g_assert_true (g_str_has_suffix (uid, suffix));
      g_assert_false (g_hash_table_contains (other_uids, uid));
    }

  /* Kept in the file: the same after closing and opening again. */
  g_clear_object (&fixture->store);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  again = export (fixture->store);
  again_calendar = parse_checked (again);
  again_uids = uid_set (again_calendar);
  g_hash_table_iter_init (&iter, uids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &uid, NULL))
    g_assert_true (g_hash_table_contains (again_uids, uid));

  icalcomponent_free (calendar);
  icalcomponent_free (other_calendar);
  icalcomponent_free (again_calendar);
  g_assert_finalize_object (other);
  ta_test_dir_clear (&other_dir);
}

/* A programme only readable here, from before programme ids (the row
 * removed): one id for as long as it is open, never written. */
static void
test_programme_id_read_only (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  TaStore *store;

  g_assert_cmpint (sqlite3_exec (_ta_store_get_db (fixture->store),
                                 "DELETE FROM settings WHERE key = 'programme-id'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_clear_object (&fixture->store);
  g_assert_cmpint (g_chmod (fixture->dir.path, 0400), ==, 0);
  before = ta_test_file_checksum (fixture->dir.path);

  store = ta_store_open_full (fixture->dir.path, TA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (ta_store_is_read_only (store));
  first = ta_store_get_programme_id (store, &error);
  g_assert_no_error (error);
  second = ta_store_get_programme_id (store, &error);
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (first));
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (store);
  after = ta_test_file_checksum (fixture->dir.path);
  g_assert_cmpstr (after, ==, before);

  /* Writable again: it gets one for good when opened. */
  g_assert_cmpint (g_chmod (fixture->dir.path, 0600), ==, 0);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (fixture->store),
                                       "SELECT value FROM settings WHERE key = 'programme-id'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  stored = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_true (g_uuid_string_is_valid (stored));
  g_clear_pointer (&first, g_free);
  first = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, stored);
}

/* RFC 6868: a name with ^ and " (and the two characters ^n) comes back
 * from libical's parser exactly; the CN is encoded, not mangled. */
static void
test_rfc6868_names (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *text = export (fixture->store);
  icalcomponent *calendar = parse_checked (text);
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  gboolean seen = FALSE;

  g_assert_nonnull (strstr (text, "CN=\"Zoë ^'Z^' ^^n O^^Brien; Jr\";"));
  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *cn = icalproperty_get_first_parameter (attendee, ICAL_CN_PARAMETER);

      if (g_str_equal (icalproperty_get_attendee (attendee), "mailto:zoe@example.com"))
        {
          g_assert_cmpstr (icalparameter_get_cn (cn), ==, CARET_NAME);
          seen = TRUE;
        }
      else
        g_assert_cmpstr (icalparameter_get_cn (cn), ==, "Marc Dubois");
    }
  g_assert_true (seen);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Mentoring: " CARET_NAME " & Marc Dubois");

  icalcomponent_free (calendar);
}

static void
assert_sequence (TaStore    *store,
                 gint64      session_id,
                 int         sequence,
                 char      **out_modified)
{
  g_autofree char *text = export (store);
  icalcomponent *calendar = parse_checked (text);
  icalcomponent *event = find_session (calendar, session_id);
  icalproperty *modified;
  icalproperty *stamp;

  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_get_sequence (event), ==, sequence);
  modified = icalcomponent_get_first_property (event, ICAL_LASTMODIFIED_PROPERTY);
  stamp = icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY);
  g_assert_nonnull (modified);
  g_assert_nonnull (stamp);
  g_assert_true (icaltime_is_utc (icalproperty_get_lastmodified (modified)));
  /* Without METHOD, DTSTAMP is the last change (RFC 5545 3.8.7.2). */
  g_assert_cmpint (icaltime_compare (icalproperty_get_lastmodified (modified), icalproperty_get_dtstamp (stamp)),
                   ==, 0);
  *out_modified = g_strdup (icaltime_as_ical_string (icalproperty_get_lastmodified (modified)));
  icalcomponent_free (calendar);
}

/* SEQUENCE is the revision less one: it grows with each edit, and
 * LAST-MODIFIED never goes back. */
static void
test_sequence (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 4, 2, 8, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 4, 3, 8, 0, 0);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  gint64 id = ta_test_add_session (fixture->store, fixture->pairing, start, 45, NULL);

  assert_sequence (fixture->store, id, 0, &first);

  session = ta_store_get_session (fixture->store, id, &error);
  g_assert_no_error (error);
  ta_session_set_starts_at (session, later);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
  assert_sequence (fixture->store, id, 1, &second);
  g_assert_cmpstr (second, >=, first);

  ta_session_set_location (session, "Room 2");
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
  assert_sequence (fixture->store, id, 2, &third);
  g_assert_cmpstr (third, >=, second);
}

/* No METHOD, ever: without a facilitator no ORGANIZER either; with one,
 * every event with attendees has them as ORGANIZER.  libical's
 * restriction check passes both (METHOD:PUBLISH with ATTENDEEs failed
 * it). */
static void
test_organizer (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *email = NULL;
  icalcomponent *calendar;
  icalcomponent *event;

  g_assert_true (ta_store_get_facilitator_email (fixture->store, &email, &error));
  g_assert_no_error (error);
  g_assert_null (email);

  text = export (fixture->store);
  calendar = parse_checked (text);
  g_assert_null (icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY));
  g_assert_null (strstr (text, "METHOD"));
  g_assert_null (strstr (text, "ORGANIZER"));
  icalcomponent_free (calendar);
  g_clear_pointer (&text, g_free);

  g_assert_false (ta_store_set_facilitator_email (fixture->store, "not an address", &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ta_store_set_facilitator_email (fixture->store, "  facilitator@example.com ", &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_get_facilitator_email (fixture->store, &email, &error));
  g_assert_cmpstr (email, ==, "facilitator@example.com");
  g_clear_pointer (&email, g_free);

  text = export (fixture->store);
  calendar = parse_checked (text);
  g_assert_null (icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY));
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_nonnull (event);
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ORGANIZER_PROPERTY), ==, 1);
  g_assert_cmpstr (icalproperty_get_organizer (icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY)),
                   ==, "mailto:facilitator@example.com");
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 2);
  icalcomponent_free (calendar);

  /* Blank: none again. */
  g_assert_true (ta_store_set_facilitator_email (fixture->store, " ", &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_get_facilitator_email (fixture->store, &email, &error));
  g_assert_null (email);
}

/* A lunch-and-learn keeps its kind (X-TURNABOUT-KIND and CATEGORIES),
 * its title, its attendees and its agenda as DESCRIPTION; a one-on-one
 * says it is one, and its private notes stay out. */
static void
test_group_kind (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TaSession) lunch = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 5, 12, 10, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  icalproperty *kind;
  gint64 attendees[3];

  attendees[0] = fixture->mentor;
  attendees[1] = fixture->mentee;
  attendees[2] = ta_test_add_person (fixture->store, "Ana Lopes", "ana@example.com", TA_ROLE_MENTEE,
                                     "capacity", 0, NULL);
  ta_session_set_title (lunch, "AI, for the rest of us");
  ta_session_set_starts_at (lunch, start);
  ta_session_set_duration (lunch, 60);
  ta_session_set_notes (lunch, "Agenda: demo; questions");
  ta_session_set_attendees (lunch, attendees, 3);
  g_assert_true (ta_store_add_session (fixture->store, lunch, &error));
  g_assert_no_error (error);

  text = export (fixture->store);
  calendar = parse_checked (text);
  event = find_session (calendar, ta_session_get_id (lunch));
  g_assert_nonnull (event);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "AI, for the rest of us");
  g_assert_cmpstr (icalcomponent_get_description (event), ==, "Agenda: demo; questions");
  g_assert_cmpint (icalcomponent_count_properties (event, ICAL_ATTENDEE_PROPERTY), ==, 3);
  kind = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
  g_assert_nonnull (kind);
  g_assert_cmpstr (icalproperty_get_x_name (kind), ==, "X-TURNABOUT-KIND");
  g_assert_cmpstr (icalproperty_get_x (kind), ==, "lunch-and-learn");
  g_assert_cmpstr (icalproperty_get_categories (icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY)),
                   ==, "Lunch and Learn");

  event = find_session (calendar, 1);
  g_assert_nonnull (event);
  g_assert_null (icalcomponent_get_description (event));
  kind = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
  g_assert_cmpstr (icalproperty_get_x (kind), ==, "one-on-one");

  icalcomponent_free (calendar);
}

/* Lines are folded at 75 octets, never inside a character, and come
 * back whole. */
static void
test_folding (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) place = g_string_new (NULL);
  icalcomponent *calendar;
  TaSession *session;

  for (guint i = 0; i < 40; i++)
    g_string_append (place, i > 0 ? ", é🚪" : "é🚪");
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  session = g_ptr_array_index (sessions, 0);
  ta_session_set_location (session, place->str);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);

  text = export (fixture->store);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
    }
  calendar = parse_checked (text);
  g_assert_cmpstr (icalcomponent_get_location (icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT)),
                   ==, place->str);
  icalcomponent_free (calendar);
}

/* --- The repeated hour ------------------------------------------------ */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* "UID START END" per event, instants in UTC, sorted by UID. */
static char *
instants_from_libical (icalcomponent *calendar)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      /* libical resolves each TZID with the file's own VTIMEZONE. */
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      g_autoptr(GDateTime) start_time = NULL;
      g_autoptr(GDateTime) end_time = NULL;
      g_autofree char *start_text = NULL;
      g_autofree char *end_text = NULL;

      g_assert_nonnull (start.zone);
      g_assert_nonnull (end.zone);
      start_time = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (start, start.zone));
      end_time = g_date_time_new_from_unix_utc (icaltime_as_timet_with_zone (end, end.zone));
      start_text = g_date_time_format (start_time, "%Y%m%dT%H%M%SZ");
      end_text = g_date_time_format (end_time, "%Y%m%dT%H%M%SZ");
      g_ptr_array_add (lines, g_strdup_printf ("%s %s %s", icalcomponent_get_uid (event), start_text, end_text));
    }

  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static const char python_instants[] =
  "import datetime, sys, icalendar\n"
  "calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
  "lines = []\n"
  "for event in calendar.walk('VEVENT'):\n"
  "    times = [event.decoded(name).astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')\n"
  "             for name in ('DTSTART', 'DTEND')]\n"
  "    lines.append(' '.join([str(event['UID'])] + times))\n"
  "sys.stdout.write('\\n'.join(sorted(lines)))\n";

/* A Python 3 with python-icalendar (Debian: python3-icalendar), or NULL:
 * the one on PATH first, else the system's, where apt puts the module
 * even when PATH leads to another Python. */
static char *
find_python_icalendar (void)
{
  const char *candidates[] = { "python3", "/usr/bin/python3" };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *path = g_find_program_in_path (candidates[i]);
      const char *argv[] = { NULL, "-c", "import icalendar", NULL };
      int status = 0;

      if (path == NULL)
        continue;
      argv[0] = path;
      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL) &&
          g_spawn_check_wait_status (status, NULL))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* The same lines as instants_from_libical(), by python-icalendar; NULL
 * (the test skipped) without it. */
static char *
instants_from_python (const char *dir,
                      const char *text)
{
  g_autofree char *python = find_python_icalendar ();
  g_autofree char *path = g_build_filename (dir, "export.ics", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-c", python_instants, NULL, NULL };
  int status = 0;

  if (python == NULL)
    {
      g_test_skip ("python3 with the icalendar module (python3-icalendar) is not installed");
      return NULL;
    }

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  argv[0] = python;
  argv[3] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python-icalendar failed: %s", err);
  return g_steal_pointer (&out);
}

/* Sessions around the end of summer time in Brussels, 25 October 2026,
 * when 02:00–03:00 happens twice: 02:30 CEST (00:30 UTC) and 02:30 CET
 * (01:30 UTC), and one from 01:30 CEST that ends in the repeated hour.
 * libical and python-icalendar both read each at its own instant, with
 * its length. */
static void
test_repeated_hour (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 10, 25, 0, 30, 0);
  g_autoptr(GDateTime) second = g_date_time_new_utc (2026, 10, 25, 1, 30, 0);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2026, 10, 24, 23, 30, 0);
  g_autoptr(GDateTime) after = g_date_time_new_utc (2026, 10, 25, 2, 30, 0);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *programme = ta_store_get_programme_id (fixture->store, &error);
  g_autofree char *text = NULL;
  g_autofree char *from_libical = NULL;
  g_autofree char *from_python = NULL;
  icalcomponent *calendar;

  ta_test_add_session (fixture->store, fixture->pairing, first, 30, NULL);
  ta_test_add_session (fixture->store, fixture->pairing, second, 30, NULL);
  ta_test_add_session (fixture->store, fixture->pairing, before, 60, NULL);
  ta_test_add_session (fixture->store, fixture->pairing, after, 30, NULL);
  text = export (fixture->store);
  /* In the repeated hour: UTC, start and end alike. */
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261025T003000Z\r\nDTEND:20261025T010000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261025T013000Z\r\nDTEND:20261025T020000Z\r\n"));
  g_assert_nonnull (strstr (text, "\r\nDTSTART:20261024T233000Z\r\nDTEND:20261025T003000Z\r\n"));
  /* Out of it (03:30 CET): local time as usual. */
  g_assert_nonnull (strstr (text, "\r\nDTSTART;TZID=Europe/Brussels:20261025T033000\r\n"
                                  "DTEND;TZID=Europe/Brussels:20261025T040000\r\n"));

  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < sessions->len; i++)
      {
        TaSession *session = g_ptr_array_index (sessions, i);
        g_autoptr(GDateTime) ends = ta_session_get_ends_at (session);
        g_autofree char *start_text = g_date_time_format (ta_session_get_starts_at (session), "%Y%m%dT%H%M%SZ");
        g_autofree char *end_text = g_date_time_format (ends, "%Y%m%dT%H%M%SZ");

        g_ptr_array_add (lines, g_strdup_printf ("session-%" G_GINT64_FORMAT "-%s@turnabout %s %s",
                                                 ta_session_get_id (session), programme,
                                                 start_text, end_text));
      }
    g_ptr_array_sort (lines, compare_strings);
    for (guint i = 0; i < lines->len; i++)
      g_string_append_printf (expected, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (lines, i));
  }
  g_assert_nonnull (strstr (expected->str, "20261025T003000Z 20261025T010000Z"));
  g_assert_nonnull (strstr (expected->str, "20261025T013000Z 20261025T020000Z"));

  calendar = parse_checked (text);
  from_libical = instants_from_libical (calendar);
  g_assert_cmpstr (from_libical, ==, expected->str);
  icalcomponent_free (calendar);

  from_python = instants_from_python (fixture->dir.dir, text);
  if (from_python != NULL)
    g_assert_cmpstr (from_python, ==, expected->str);
}

/* --- Time zones ------------------------------------------------------- */

/* The years of the DTSTARTs of @vtimezone's observances, and checks that
 * each RDATE is a local time (RFC 5545 3.6.5). */
static void
observance_years (icalcomponent *vtimezone,
                  int           *out_min,
                  int           *out_max)
{
  *out_min = G_MAXINT;
  *out_max = G_MININT;

  for (icalcomponent *observance = icalcomponent_get_first_component (vtimezone, ICAL_ANY_COMPONENT);
       observance != NULL;
       observance = icalcomponent_get_next_component (vtimezone, ICAL_ANY_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (observance);

      *out_min = MIN (*out_min, start.year);
      *out_max = MAX (*out_max, start.year);
      for (icalproperty *rdate = icalcomponent_get_first_property (observance, ICAL_RDATE_PROPERTY);
           rdate != NULL;
           rdate = icalcomponent_get_next_property (observance, ICAL_RDATE_PROPERTY))
        g_assert_false (icaltime_is_utc (icalproperty_get_rdate (rdate).time));
    }
}

static icalcomponent *
find_vtimezone (icalcomponent *calendar,
                const char    *tzid)
{
  for (icalcomponent *zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    if (g_strcmp0 (icalproperty_get_tzid (icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY)), tzid) == 0)
      return zone;

  return NULL;
}

/* Each VTIMEZONE holds the observances of the years the file uses it in,
 * not its history back to 1880; and what it says still puts every local
 * time at its instant (libical reads them with it). */
static void
test_vtimezone_trimmed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2026-09-03", 1, "17:00", "America/New_York");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) winter = g_date_time_new_utc (2026, 12, 1, 9, 0, 0);
  g_autoptr(GDateTime) series_start = g_date_time_new_utc (2026, 9, 3, 21, 0, 0);
  g_autoptr(GDateTime) march = g_date_time_new_utc (2026, 3, 10, 16, 0, 0);
  struct icaltimetype start;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *zone;
  icalcomponent *master;
  int min_year, max_year;
  gint64 series;

  ta_test_add_session (fixture->store, fixture->pairing, winter, 60, NULL);
  rule->until_date = g_strdup ("2027-02-25");
  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);

  text = export (fixture->store);
  calendar = parse_checked (text);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 2);

  /* Brussels: sessions in March and December 2026 only. */
  zone = find_vtimezone (calendar, "Europe/Brussels");
  g_assert_nonnull (zone);
  observance_years (zone, &min_year, &max_year);
  g_assert_cmpint (min_year, ==, 2026);
  g_assert_cmpint (max_year, ==, 2026);
  g_assert_cmpint (icalcomponent_count_components (zone, ICAL_ANY_COMPONENT), <=, 4);
  /* New York: a series from September 2026 to February 2027. */
  zone = find_vtimezone (calendar, "America/New_York");
  g_assert_nonnull (zone);
  observance_years (zone, &min_year, &max_year);
  g_assert_cmpint (min_year, ==, 2026);
  g_assert_cmpint (max_year, <=, 2027);
  g_assert_cmpint (icalcomponent_count_components (zone, ICAL_ANY_COMPONENT), <=, 5);
  g_assert_null (strstr (text, "1880"));
  g_assert_null (strstr (text, "freeassociation"));

  /* 17:00 in New York on 3 September (EDT) is 21:00 UTC, read through
   * the trimmed VTIMEZONE. */
  master = find_event (calendar, "series-");
  g_assert_nonnull (master);
  start = icalcomponent_get_dtstart (master);
  g_assert_cmpint (icaltime_as_timet_with_zone (start, start.zone), ==, g_date_time_to_unix (series_start));
  start = icalcomponent_get_dtstart (find_session (calendar, 1));
  g_assert_cmpint (icaltime_as_timet_with_zone (start, start.zone), ==, g_date_time_to_unix (march));

  icalcomponent_free (calendar);
}

/* A whole programme with series, overrides and group sessions parses in
 * python-icalendar with the instants libical reads. */
static void
test_python_agrees (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2026-01-13", 2, "18:00", "Europe/Brussels");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2026, 12, 31, 0, 0, 0);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *from_python = NULL;
  g_autofree char *from_libical = NULL;
  icalcomponent *calendar;
  gint64 series;

  rule->count = 6;
  series = ta_store_add_series (fixture->store, fixture->pairing, rule, 45, "Online", horizon, &error);
  g_assert_no_error (error);
  sessions = ta_store_list_sessions_of_pairing (fixture->store, fixture->pairing, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      /* The April one moved a day: an override. */
      if (ta_session_get_series_id (session) == series &&
          g_date_time_get_month (ta_session_get_starts_at (session)) == 4)
        {
          g_autoptr(GDateTime) later = g_date_time_add_days (ta_session_get_starts_at (session), 1);

          ta_session_set_starts_at (session, later);
          g_assert_true (ta_store_update_session (fixture->store, session, &error));
          g_assert_no_error (error);
        }
    }

  text = export (fixture->store);
  calendar = parse_checked (text);
  from_libical = instants_from_libical (calendar);
  icalcomponent_free (calendar);
  g_assert_nonnull (strstr (from_libical, "20260415T160000Z 20260415T164500Z"));

  from_python = instants_from_python (fixture->dir.dir, text);
  if (from_python != NULL)
    g_assert_cmpstr (from_python, ==, from_libical);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ical-export/uids/across-programmes", test_uids_across_programmes);
  ADD ("/ical-export/uids/read-only-programme", test_programme_id_read_only);
  ADD ("/ical-export/rfc6868", test_rfc6868_names);
  ADD ("/ical-export/sequence", test_sequence);
  ADD ("/ical-export/organizer", test_organizer);
  ADD ("/ical-export/group-kind", test_group_kind);
  ADD ("/ical-export/folding", test_folding);
  ADD ("/ical-export/repeated-hour", test_repeated_hour);
  ADD ("/ical-export/vtimezone-trimmed", test_vtimezone_trimmed);
  ADD ("/ical-export/python-agrees", test_python_agrees);

  return g_test_run ();
}
