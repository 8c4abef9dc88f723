/* test-ical-import.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Importing the calendars people have: files in the shapes Google
 * Calendar, Exchange/Outlook, Apple Calendar, Nextcloud, Cyrus (Fastmail),
 * Thunderbird and Evolution write them (the .ics files in data/, CRLF, folded at 75
 * octets), each checked for the exact sessions it makes (pair, UTC start,
 * minutes) and the exact reasons of what it skips and refuses; and
 * importing again, a newer file, and our own export. */

#define G_LOG_DOMAIN "test-ical-import"

#include <string.h>

#include "ta-ical.h"
#include "ta-ical-import-private.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 people[8];
  gint64 pairs[4];   /* A Lina–Marc, B Ana–Tom, C Chloé–Jan, D Eva–Sam */
} Fixture;

static const struct
{
  const char *name;
  const char *email;
  TaRole role;
} people[] = {
  { "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR },
  { "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE },
  { "Ana Lopes", "ana@example.com", TA_ROLE_MENTOR },
  { "Tom Berg", "tom@example.com", TA_ROLE_MENTEE },
  { "Chloé Martin", "chloe@example.be", TA_ROLE_MENTOR },
  { "Jan Peeters", "jan@example.be", TA_ROLE_MENTEE },
  { "Eva Novak", "eva@example.org", TA_ROLE_MENTOR },
  { "Sam Osei", "sam@example.org", TA_ROLE_MENTEE },
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TaParticipant) participant = ta_test_make_participant (people[i].name, people[i].email);

      ta_participant_set_role (participant, people[i].role);
      ta_participant_set_capacity (participant, people[i].role == TA_ROLE_MENTOR ? 2 : 0);
      g_assert_true (ta_store_add_participant (fixture->store, participant, &error));
      g_assert_no_error (error);
      fixture->people[i] = ta_participant_get_id (participant);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fixture->pairs); i++)
    {
      g_autoptr(TaPairing) pairing = ta_pairing_new (fixture->people[2 * i], fixture->people[2 * i + 1]);

      ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
      g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
      g_assert_no_error (error);
      fixture->pairs[i] = ta_pairing_get_id (pairing);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Local midnight of @day ("2027-01-01"), as a start date is chosen. */
static GDateTime *
day_start (const char *day)
{
  int year, month, date;

  g_assert_cmpint (sscanf (day, "%d-%d-%d", &year, &month, &date), ==, 3);
  return g_date_time_new_local (year, month, date, 0, 0, 0);
}

static TaIcalResult *
import_text (Fixture    *fixture,
             const char *text,
             gsize       length,
             const char *from_day)
{
  g_autoptr(GDateTime) from = from_day != NULL ? day_start (from_day) : NULL;
  g_autoptr(GError) error = NULL;
  TaIcalResult *result = ta_ical_import_events (fixture->store, text, length, from, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_true (ta_ical_result_get_committed (result));
  return result;
}

static TaIcalResult *
import_data (Fixture    *fixture,
             const char *name,
             const char *from_day)
{
  g_autoptr(GBytes) bytes = read_data (name);
  gsize length = 0;
  const char *text = g_bytes_get_data (bytes, &length);

  return import_text (fixture, text, length, from_day);
}

static char
pair_letter (Fixture *fixture,
             gint64   pairing_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->pairs); i++)
    if (fixture->pairs[i] == pairing_id)
      return (char) ('A' + i);
  return '?';
}

static const char * const outcome_names[] = { "new", "updated", "unchanged", "skipped", "refused" };

/* Each entry on a line: the session ("new A 2027-03-09T16:00:00Z 60
 * [place]") for the ones imported or updated, else the entry as the CLI
 * prints it ("skipped 123: uid: reason"). */
static char *
describe (Fixture      *fixture,
          TaIcalResult *result)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ta_ical_result_get_n_entries (result); i++)
    {
      const TaIcalEntry *entry = ta_ical_result_get_entry (result, i);

      g_string_append_printf (text, "%s ", outcome_names[entry->outcome]);
      if (entry->outcome == TA_ICAL_OUTCOME_NEW || entry->outcome == TA_ICAL_OUTCOME_UPDATED)
        {
          g_autofree char *start = ta_time_to_utc_string (ta_session_get_starts_at (entry->session));
          const char *location = ta_session_get_location (entry->session);

          g_string_append_printf (text, "%c %s %d%s%s", pair_letter (fixture, ta_session_get_pairing_id (entry->session)),
                                  start, ta_session_get_duration (entry->session),
                                  location != NULL ? " " : "", location != NULL ? location : "");
          if (entry->outcome == TA_ICAL_OUTCOME_UPDATED)
            g_string_append_printf (text, " (%s)", entry->reason);
        }
      else
        {
          g_autofree char *line = ta_ical_entry_format (entry, NULL);

          g_string_append (text, line);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* The stored sessions, by start: "A 2027-03-09T16:00:00Z 60 planned". */
static char *
describe_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (fixture->store, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *start = ta_time_to_utc_string (ta_session_get_starts_at (session));

      g_string_append_printf (text, "%c %s %d %s r%" G_GINT64_FORMAT "\n",
                              pair_letter (fixture, ta_session_get_pairing_id (session)), start,
                              ta_session_get_duration (session),
                              ta_session_status_to_string (ta_session_get_status (session)),
                              ta_session_get_revision (session));
    }
  return g_string_free (text, FALSE);
}

/* Rows of session_origins (migration 6). */
static int
count_origins (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (fixture->store), "SELECT count(*) FROM session_origins",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static guint
count_sessions (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_store_list_sessions (fixture->store, &error);

  g_assert_no_error (error);
  return sessions->len;
}

/* Google Calendar: empty DESCRIPTION and LOCATION on every event, a Meet
 * link for a place, a weekly event with one date taken out, and what
 * people's calendars also hold: an all-day event, a dentist, a cancelled
 * meeting, one before the start date, a whole-day workshop. */
static void
test_google (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  result = import_data (fixture, "google.ics", "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==,
                   "new A 2027-03-09T16:00:00Z 60 https://meet.google.com/abc-defg-hij\n"
                   /* 16 March, the 23rd taken out, then summer time from the 28th */
                   "new A 2027-03-16T16:00:00Z 45\n"
                   "new A 2027-03-30T15:00:00Z 45\n"
                   "new A 2027-04-06T15:00:00Z 45\n"
                   "skipped 83: 1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com: DTSTART: an all-day event\n"
                   "skipped 101: 9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com: fewer than two people with an e-mail "
                   "address (ATTENDEE or ORGANIZER)\n"
                   "skipped 120: 3c4n5c6e7l8l9e0d1a2b3c4d5e@google.com: cancelled (STATUS:CANCELLED)\n"
                   "skipped 144: 0p1a2s3t4e5v6e7n8t9a0b1c2d@google.com: before 2027-01-01, the start date\n"
                   "skipped 168: 4w5o6r7k8s9h0o1p2a3b4c5d6e@google.com: longer than 600 minutes, the longest "
                   "a session can be\n");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 4);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 5);
  g_assert_cmpuint (ta_ical_result_get_n_converted_lines (result), ==, 0);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->summary, ==, "Reverse mentoring: Lina & Marc");
  /* Google's boilerplate is the session's notes, as the description. */
  g_assert_true (g_str_has_prefix (ta_session_get_notes (ta_ical_result_get_entry (result, 0)->session),
                                   "-::~:~::~:~:"));
  g_assert_cmpuint (count_sessions (fixture), ==, 4);

  /* The same file again changes nothing, and clashes with nothing. */
  stored = describe_store (fixture);
  g_clear_object (&result);
  result = import_data (fixture, "google.ics", "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 4);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==, "already up to date");
  again = describe_store (fixture);
  g_assert_cmpstr (again, ==, stored);

  /* Where each came from is remembered, and goes with the session. */
  g_assert_cmpint (count_origins (fixture), ==, 4);
  g_assert_true (ta_store_delete_session (fixture->store,
                                          ta_session_get_id (ta_ical_result_get_entry (result, 0)->session), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_origins (fixture), ==, 3);
}

/* A newer file (a higher SEQUENCE) moves the session it imported; an
 * older one does not move it back. */
static void
test_google_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;
  gint64 id;

  result = import_data (fixture, "google.ics", "2027-01-01");
  id = ta_session_get_id (ta_ical_result_get_entry (result, 0)->session);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&result);

  result = import_data (fixture, "google-moved.ics", "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 1);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 3);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 0);
  text = describe (fixture, result);
  g_assert_true (g_str_has_prefix (text, "updated A 2027-03-09T17:00:00Z 60 https://meet.google.com/abc-defg-hij "
                                         "(moved, from 2027-03-09 17:00)\n"));
  /* The same session, moved. */
  g_assert_cmpint (ta_session_get_id (ta_ical_result_get_entry (result, 0)->session), ==, id);
  stored = describe_store (fixture);
  g_assert_cmpstr (stored, ==,
                   "A 2027-03-09T17:00:00Z 60 planned r2\n"
                   "A 2027-03-16T16:00:00Z 45 planned r1\n"
                   "A 2027-03-30T15:00:00Z 45 planned r1\n"
                   "A 2027-04-06T15:00:00Z 45 planned r1\n");
  g_clear_object (&result);

  /* The older file: the programme has the newer one. */
  result = import_data (fixture, "google.ics", "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==,
                   "changed, but the programme’s session is as new or newer (SEQUENCE, LAST-MODIFIED)");
  g_free (text);
  text = describe_store (fixture);
  g_assert_cmpstr (text, ==, stored);
}

/* Cancelled in the calendar after it was imported: the session is
 * cancelled, by the facilitator, with a reason. */
static void
test_cancelled_later (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_data ("google.ics");
  g_autoptr(GString) file = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  result = import_text (fixture, file->str, file->len, "2027-01-01");
  id = ta_session_get_id (ta_ical_result_get_entry (result, 0)->session);
  g_clear_object (&result);

  /* The first event only: its SEQUENCE and STATUS. */
  g_assert_true (g_string_replace (file, "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Reverse",
                                   "SEQUENCE:1\r\nSTATUS:CANCELLED\r\nSUMMARY:Reverse", 1) == 1);
  result = import_text (fixture, file->str, file->len, "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 1);
  g_assert_cmpint (ta_ical_result_get_entry (result, 0)->outcome, ==, TA_ICAL_OUTCOME_UPDATED);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==, "cancelled in the calendar");

  session = ta_store_get_session (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_CANCELLED);
  g_assert_cmpint (ta_session_get_cancelled_by (session), ==, TA_SESSION_CANCELLED_BY_FACILITATOR);
  g_assert_cmpstr (ta_session_get_cancel_reason (session), ==, "Cancelled in the calendar");
}

/* One occurrence of a series taken out in the calendar since (an EXDATE
 * more, a SEQUENCE up): its session is cancelled, the others stay. */
static void
test_occurrence_removed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_data ("google.ics");
  g_autoptr(GString) file = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;

  result = import_text (fixture, file->str, file->len, "2027-01-01");
  g_clear_object (&result);

  g_assert_cmpuint (g_string_replace (file, "EXDATE;TZID=Europe/Brussels:20270323T170000\r\n",
                                      "EXDATE;TZID=Europe/Brussels:20270323T170000\r\n"
                                      "EXDATE;TZID=Europe/Brussels:20270330T170000\r\n", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (file, "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Mentoring check-in",
                                      "SEQUENCE:1\r\nSTATUS:CONFIRMED\r\nSUMMARY:Mentoring check-in", 0), ==, 1);
  result = import_text (fixture, file->str, file->len, "2027-01-01");
  text = describe (fixture, result);
  /* (the lines after the EXDATE added are one further down) */
  g_assert_cmpstr (text, ==,
                   "unchanged 26: 5kq1v8t3m0b2c7n4p6r9s1u3w5@google.com: already up to date\n"
                   "unchanged 56: 7h2j4k6l8m0n1p3q5r7s9t2v4x@google.com (occurrence of 2027-03-16 17:00): "
                   "already up to date\n"
                   "updated A 2027-03-30T15:00:00Z 45 (cancelled: the calendar no longer has this occurrence)\n"
                   "unchanged 56: 7h2j4k6l8m0n1p3q5r7s9t2v4x@google.com (occurrence of 2027-04-06 17:00): "
                   "already up to date\n"
                   "skipped 84: 1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com: DTSTART: an all-day event\n"
                   "skipped 102: 9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com: fewer than two people with an e-mail "
                   "address (ATTENDEE or ORGANIZER)\n"
                   "skipped 121: 3c4n5c6e7l8l9e0d1a2b3c4d5e@google.com: cancelled (STATUS:CANCELLED)\n"
                   "skipped 145: 0p1a2s3t4e5v6e7n8t9a0b1c2d@google.com: before 2027-01-01, the start date\n"
                   "skipped 169: 4w5o6r7k8s9h0o1p2a3b4c5d6e@google.com: longer than 600 minutes, the longest "
                   "a session can be\n");
  stored = describe_store (fixture);
  g_assert_cmpstr (stored, ==,
                   "A 2027-03-09T16:00:00Z 60 planned r1\n"
                   "A 2027-03-16T16:00:00Z 45 planned r1\n"
                   "A 2027-03-30T15:00:00Z 45 cancelled r2\n"
                   "A 2027-04-06T15:00:00Z 45 planned r1\n");
  g_clear_object (&result);

  /* The same again: nothing more to do. */
  result = import_text (fixture, file->str, file->len, "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 0);
  g_free (text);
  text = describe_store (fixture);
  g_assert_cmpstr (text, ==, stored);
}

/* Exchange: METHOD:REQUEST, the mentor only as ORGANIZER, the mentee
 * the one ATTENDEE (the room, a resource, is nobody), a Windows zone
 * with its VTIMEZONE, and the same invitation moved (SEQUENCE:1). */
static void
test_outlook (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;

  result = import_data (fixture, "outlook-request.ics", "2027-01-01");
  text = describe (fixture, result);
  /* 14:00 in Brussels in summer time */
  g_assert_cmpstr (text, ==, "new C 2027-04-12T12:00:00Z 90 Meeting Room 2.14\n");
  g_assert_cmpstr (ta_session_get_notes (ta_ical_result_get_entry (result, 0)->session), ==,
                   "Hoi Jan,\n\nZullen we onze maandelijkse sessie hier houden?\n\nChloé\n");
  g_clear_object (&result);
  g_free (text);

  result = import_data (fixture, "outlook-request-moved.ics", "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==, "updated C 2027-04-12T13:00:00Z 90 Meeting Room 2.14 (moved, from 2027-04-12 14:00)\n");
  g_assert_cmpuint (count_sessions (fixture), ==, 1);
  g_clear_object (&result);
  g_free (text);

  /* No VTIMEZONE: "W. Europe Standard Time" is Berlin's, by CLDR. */
  result = import_data (fixture, "outlook-no-vtimezone.ics", "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==, "new C 2027-01-18T09:00:00Z 60 Meeting Room 2.14\n");
}

/* An old Outlook export in the Windows code page: read as such, not
 * refused; a zone by its display name. */
static void
test_outlook_latin1 (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;

  result = import_data (fixture, "outlook-latin1.ics", "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==,
                   "new C 2027-02-08T08:30:00Z 60 Salle Érasme\n"
                   "new C 2027-03-08T08:30:00Z 60\n");
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->summary, ==, "Réunion mentorat — Chloé");
  g_assert_cmpstr (ta_session_get_notes (ta_ical_result_get_entry (result, 0)->session), ==,
                   "Ordre du jour : café et IA générative\n");
  /* DESCRIPTION, LOCATION, two SUMMARYs, two ORGANIZERs */
  g_assert_cmpuint (ta_ical_result_get_n_converted_lines (result), ==, 6);
}

/* Apple Calendar: a place from Apple Maps on three lines, the mentee
 * known by the EMAIL parameter beside a urn:uuid, vendor properties. */
static void
test_apple (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = import_data (fixture, "apple.ics", "2027-01-01");
  g_autofree char *text = describe (fixture, result);

  g_assert_cmpstr (text, ==, "new D 2027-02-05T09:00:00Z 90 Museumstraat 1, 1071 XX Amsterdam, Netherlands\n");
}

/* Nextcloud: every three days since January 2019, until 2031.  From the
 * start date on, the first 500 occurrences; those before, and those after
 * the 500th, said in one entry each. */
static void
test_nextcloud (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = import_data (fixture, "nextcloud.ics", "2027-01-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  GDate first_day, from_day, last_day, day;
  guint earlier = 0;
  guint total = 0;
  g_autofree char *earlier_line = NULL;
  g_autofree char *later_line = NULL;

  /* The occurrences, counted by hand: 7 January 2019 + 3n days, up to
   * the 31st of December 2031 (UNTIL 22:59:59 UTC is 23:59:59 there). */
  g_date_clear (&first_day, 1);
  g_date_set_dmy (&first_day, 7, G_DATE_JANUARY, 2019);
  g_date_clear (&from_day, 1);
  g_date_set_dmy (&from_day, 1, G_DATE_JANUARY, 2027);
  g_date_clear (&last_day, 1);
  g_date_set_dmy (&last_day, 31, G_DATE_DECEMBER, 2031);
  for (day = first_day; g_date_compare (&day, &last_day) <= 0; g_date_add_days (&day, 3))
    {
      total++;
      if (g_date_compare (&day, &from_day) < 0)
        earlier++;
    }
  g_assert_cmpuint (total - earlier, >, 500);

  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 500);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, total - 500);
  g_assert_cmpuint (ta_ical_result_get_n_earlier (result), ==, earlier);
  earlier_line = g_strdup_printf ("%u earlier occurrences, before 2027-01-01, the start date", earlier);
  later_line = g_strdup_printf ("%u later occurrences: at most the first 500 from 2027-01-01 are imported",
                                total - earlier - 500);
  for (guint i = 0; i < ta_ical_result_get_n_entries (result); i++)
    {
      const TaIcalEntry *entry = ta_ical_result_get_entry (result, i);

      if (entry->outcome == TA_ICAL_OUTCOME_SKIPPED && entry->count == earlier)
        g_assert_cmpstr (entry->reason, ==, earlier_line);
      else if (entry->outcome == TA_ICAL_OUTCOME_SKIPPED)
        {
          g_assert_cmpuint (entry->count, ==, total - earlier - 500);
          g_assert_cmpstr (entry->reason, ==, later_line);
        }
    }

  /* The ones nearest the start date: 1 January 2027 (7 January 2019 +
   * 2,916 days) on, 08:30 in Berlin, whatever the season. */
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 500);
  {
    g_autofree char *first = ta_time_to_utc_string (ta_session_get_starts_at (g_ptr_array_index (sessions, 0)));
    g_autofree char *summer = NULL;
    g_autofree char *last = ta_time_to_utc_string (ta_session_get_starts_at (g_ptr_array_index (sessions, 499)));

    g_assert_cmpstr (first, ==, "2027-01-01T07:30:00Z");
    /* 1 January 2027 + 3 × 499 days = 6 February 2031, winter again */
    g_assert_cmpstr (last, ==, "2031-02-06T07:30:00Z");
    /* 1 January + 3 × 60 days = 30 June 2027, summer time */
    summer = ta_time_to_utc_string (ta_session_get_starts_at (g_ptr_array_index (sessions, 60)));
    g_assert_cmpstr (summer, ==, "2027-06-30T06:30:00Z");
  }
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (ta_session_get_pairing_id (session), ==, fixture->pairs[1]);
      g_assert_cmpint (ta_session_get_duration (session), ==, 30);
    }
}

/* Cyrus: two RRULEs (the first and third Monday: their union), an
 * EXDATE, an RDATE, and an override of this and every later occurrence,
 * an hour later. */
static void
test_cyrus (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = import_data (fixture, "cyrus.ics", "2027-01-01");
  g_autofree char *text = describe (fixture, result);

  g_assert_cmpstr (text, ==,
                   "new B 2027-01-04T11:00:00Z 60\n"
                   "new B 2027-01-18T11:00:00Z 60\n"
                   "new B 2027-01-25T11:00:00Z 60\n"
                   "new B 2027-02-15T12:00:00Z 60\n"
                   "new B 2027-03-01T12:00:00Z 60\n"
                   "new B 2027-03-15T12:00:00Z 60\n");

  /* Each occurrence is known again by its RECURRENCE-ID. */
  g_clear_object (&result);
  result = import_data (fixture, "cyrus.ics", "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 6);
  g_assert_cmpuint (count_sessions (fixture), ==, 6);
}

/* Floating times: the calendar's X-WR-TIMEZONE, else this computer's
 * zone (the tests run in Brussels'). */
static void
test_floating (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_data ("floating.ics");
  g_autoptr(GString) file = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(TaIcalResult) local = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = day_start ("2027-01-01");
  g_autofree char *text = NULL;
  g_autofree char *local_text = NULL;

  result = import_text (fixture, file->str, file->len, "2027-01-01");
  text = describe (fixture, result);
  /* 17:00 in New York: 22:00 UTC in winter, 21:00 in summer */
  g_assert_cmpstr (text, ==,
                   "new A 2027-01-15T22:00:00Z 60\n"
                   "new A 2027-07-15T21:00:00Z 60\n");

  /* Without it, in a programme that has not imported them yet. */
  g_assert_cmpuint (g_string_replace (file, "X-WR-TIMEZONE:America/New_York\r\n", "", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (file, "UID:", "UID:local-", 0), ==, 2);
  local = ta_ical_read_events (fixture->store, file->str, file->len, from, &error);
  g_assert_no_error (error);
  local_text = describe (fixture, local);
  /* 17:00 in Brussels: 16:00 UTC in winter, 15:00 in summer */
  g_assert_cmpstr (local_text, ==,
                   "new A 2027-01-15T16:00:00Z 60\n"
                   "new A 2027-07-15T15:00:00Z 60\n");
}

/* Evolution keeps libical's X-LIC-ERROR marks, and other vendors'
 * properties without "X-": ignored.  What is really broken is refused,
 * event by event, naming the property and its line; the others are
 * imported. */
static void
test_evolution (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = import_data (fixture, "evolution.ics", "2027-01-01");
  g_autofree char *text = describe (fixture, result);

  g_assert_cmpstr (text, ==,
                   "new B 2027-01-11T08:00:00Z 60\n"
                   "refused 46: 20261206T120000Z-4242-1000-1-8@evolution.example.com: DTSTART: "
                   "“someday” cannot be read\n"
                   "refused 61: 20261206T120000Z-4242-1000-1-9@evolution.example.com: DTSTART: "
                   "unknown time zone “Mars/Olympus_Mons”\n"
                   "refused 83: 20261206T120000Z-4242-1000-1-10@evolution.example.com: ATTENDEE: "
                   "the attendee “tom\u200b@example.com” has an invisible character, U+200B, at character 4\n"
                   "refused 90: 20261206T120000Z-4242-1000-1-11@evolution.example.com: DTSTART: "
                   "on 2027-01-11 09:30 it overlaps the event at line 22 "
                   "(UID 20261206T120000Z-4242-1000-1-7@evolution.example.com), on 2027-01-11 09:00 of "
                   "Ana Lopes and Tom Berg\n"
                   "skipped 102: 20261206T120000Z-4242-1000-1-12@evolution.example.com: "
                   "cancelled (STATUS:CANCELLED)\n");
  g_assert_cmpuint (count_sessions (fixture), ==, 1);
}

/* Our own export, imported into the same programme: every session is
 * found (one-on-ones, a series, a group session, a cancelled one), none
 * changes, none clashes with itself. */
static void
test_own_export (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2027-02-09", 2, "18:00", "Europe/Brussels");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 1, 12, 9, 0, 0);
  g_autoptr(GDateTime) talk_start = g_date_time_new_utc (2027, 1, 20, 11, 30, 0);
  g_autoptr(TaSession) session = ta_session_new_one_on_one (fixture->pairs[0], start, 60);
  g_autoptr(TaSession) talk = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const gint64 audience[] = { fixture->people[0], fixture->people[2], fixture->people[5] };

  rule->count = 4;
  g_assert_cmpint (ta_store_add_series (fixture->store, fixture->pairs[1], rule, 45, "Online", horizon, &error),
                   >, 0);
  g_assert_no_error (error);
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);
  ta_session_set_title (talk, "Passkeys, explained");
  ta_session_set_starts_at (talk, talk_start);
  ta_session_set_duration (talk, 45);
  ta_session_set_attendees (talk, audience, G_N_ELEMENTS (audience));
  g_assert_true (ta_store_add_session (fixture->store, talk, &error));
  g_assert_no_error (error);

  text = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_assert_no_error (error);
  before = describe_store (fixture);

  g_clear_object (&result);
  result = import_text (fixture, text, strlen (text), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 1 + 4 + 1);
  after = describe_store (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* The same export imported into another programme with the same people
 * (other ids, another programme id): everything comes back as it was,
 * the lunch-and-learn as a lunch-and-learn of the same people. */
static void
test_export_to_other_programme (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_monthly ("2027-02-09", 2, "18:00", "Europe/Brussels");
  g_autoptr(GDateTime) horizon = g_date_time_new_utc (2027, 12, 31, 0, 0, 0);
  g_autoptr(GDateTime) talk_start = g_date_time_new_utc (2027, 1, 20, 11, 30, 0);
  g_autoptr(TaSession) talk = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *text = NULL;
  const gint64 audience[] = { fixture->people[0], fixture->people[2], fixture->people[5] };
  Fixture other = { 0, };
  TaSession *copy = NULL;
  const gint64 *attendees;
  guint n = 0;

  rule->count = 4;
  g_assert_cmpint (ta_store_add_series (fixture->store, fixture->pairs[1], rule, 45, "Online", horizon, &error),
                   >, 0);
  g_assert_no_error (error);
  ta_session_set_title (talk, "Passkeys, explained");
  ta_session_set_starts_at (talk, talk_start);
  ta_session_set_duration (talk, 45);
  ta_session_set_notes (talk, "Bring a laptop");
  ta_session_set_attendees (talk, audience, G_N_ELEMENTS (audience));
  g_assert_true (ta_store_add_session (fixture->store, talk, &error));
  g_assert_no_error (error);
  text = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_assert_no_error (error);

  /* The same people, added the other way round: other ids. */
  ta_test_dir_init (&other.dir);
  other.store = ta_store_open (other.dir.path, &error);
  g_assert_no_error (error);
  for (guint i = G_N_ELEMENTS (people); i > 0; i--)
    {
      g_autoptr(TaParticipant) participant = ta_test_make_participant (people[i - 1].name, people[i - 1].email);

      ta_participant_set_role (participant, people[i - 1].role);
      ta_participant_set_capacity (participant, people[i - 1].role == TA_ROLE_MENTOR ? 2 : 0);
      g_assert_true (ta_store_add_participant (other.store, participant, &error));
      g_assert_no_error (error);
      other.people[i - 1] = ta_participant_get_id (participant);
    }
  for (guint i = 0; i < G_N_ELEMENTS (other.pairs); i++)
    {
      g_autoptr(TaPairing) pairing = ta_pairing_new (other.people[2 * i], other.people[2 * i + 1]);

      ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
      g_assert_true (ta_store_add_pairing (other.store, pairing, &error));
      g_assert_no_error (error);
      other.pairs[i] = ta_pairing_get_id (pairing);
    }
  g_assert_cmpint (other.people[0], !=, fixture->people[0]);

  result = import_text (&other, text, strlen (text), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 4 + 1);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 0);
  sessions = ta_store_list_sessions (other.store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    if (ta_session_get_kind (g_ptr_array_index (sessions, i)) != TA_SESSION_KIND_ONE_ON_ONE)
      copy = g_ptr_array_index (sessions, i);
    else
      g_assert_cmpint (ta_session_get_pairing_id (g_ptr_array_index (sessions, i)), ==, other.pairs[1]);
  g_assert_nonnull (copy);
  g_assert_cmpint (ta_session_get_kind (copy), ==, TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_assert_cmpstr (ta_session_get_title (copy), ==, "Passkeys, explained");
  g_assert_cmpstr (ta_session_get_notes (copy), ==, "Bring a laptop");
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (copy), talk_start));
  attendees = ta_session_get_attendees (copy, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    g_assert_true (attendees[i] == other.people[0] || attendees[i] == other.people[2] ||
                   attendees[i] == other.people[5]);
  g_clear_object (&result);

  /* Again: the other programme has them all. */
  result = import_text (&other, text, strlen (text), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 4 + 1);
  g_clear_object (&result);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  g_assert_finalize_object (other.store);
  ta_test_dir_clear (&other.dir);
}

/* A file with one event of Lina and Marc, @uid, on 12 January 2027 from
 * @hour UTC, last changed tomorrow. */
static char *
one_event (const char *uid,
           int         hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *modified = g_date_time_format (tomorrow, "%Y%m%dT%H%M%SZ");

  return g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Turnabout//EN\r\n"
                          "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20261206T000000Z\r\nLAST-MODIFIED:%s\r\n"
                          "DTSTART:20270112T%02d0000Z\r\nDTEND:20270112T%02d0000Z\r\n"
                          "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\n"
                          "END:VEVENT\r\nEND:VCALENDAR\r\n",
                          uid, modified, hour, hour + 1);
}

/* A UID of ours with a programme id: this programme's names its session
 * (updated when the file is newer), another programme's is an event like
 * any other; a session deleted since is not brought back. */
static void
test_own_uids (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 1, 12, 9, 0, 0);
  g_autoptr(TaSession) session = ta_session_new_one_on_one (fixture->pairs[0], start, 60);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaIcalResult) result = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *file = NULL;
  g_autofree char *text = NULL;

  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);
  programme = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (programme);

  /* Ours, moved an hour in another calendar since. */
  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, ta_session_get_id (session), programme);
  file = one_event (uid, 10);
  result = import_text (fixture, file, strlen (file), "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==, "updated A 2027-01-12T10:00:00Z 60 (moved, from 2027-01-12 10:00)\n");
  g_assert_cmpint (ta_session_get_id (ta_ical_result_get_entry (result, 0)->session), ==,
                   ta_session_get_id (session));
  g_clear_object (&result);
  g_clear_pointer (&file, g_free);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&uid, g_free);

  /* Another programme's session of the same number: not this one. */
  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, ta_session_get_id (session), "0a1b2c3d");
  file = one_event (uid, 13);
  result = import_text (fixture, file, strlen (file), "2027-01-01");
  text = describe (fixture, result);
  g_assert_cmpstr (text, ==, "new A 2027-01-12T13:00:00Z 60\n");
  g_clear_object (&result);
  g_clear_pointer (&file, g_free);
  g_clear_pointer (&uid, g_free);

  /* Ours, deleted since: left out. */
  g_assert_true (ta_store_delete_session (fixture->store, ta_session_get_id (session), &error));
  g_assert_no_error (error);
  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, ta_session_get_id (session), programme);
  file = one_event (uid, 10);
  result = import_text (fixture, file, strlen (file), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 1);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==,
                   "a session of this programme, deleted since the file was made");
}

/* Moving a session onto another one's time is refused; it stays where it
 * was, and the rest of the file is imported. */
static void
test_update_clash (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GDateTime) after = g_date_time_new_utc (2027, 3, 9, 17, 30, 0);
  g_autoptr(TaSession) other = ta_session_new_one_on_one (fixture->pairs[0], after, 60);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  result = import_data (fixture, "google.ics", "2027-01-01");
  g_clear_object (&result);
  /* Their next session, planned here right after the first: the moved
   * one would overlap it. */
  g_assert_true (ta_store_add_session (fixture->store, other, &error));
  g_assert_no_error (error);

  result = import_data (fixture, "google-moved.ics", "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_REFUSED), ==, 1);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UPDATED), ==, 0);
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 3);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==,
                   "on 2027-03-09 18:00 it overlaps the session on 2027-03-09 18:30 of "
                   "Lina Haddad and Marc Dubois, already in the calendar");
  text = describe_store (fixture);
  g_assert_cmpstr (text, ==,
                   "A 2027-03-09T16:00:00Z 60 planned r1\n"
                   "A 2027-03-09T17:30:00Z 60 planned r1\n"
                   "A 2027-03-16T16:00:00Z 45 planned r1\n"
                   "A 2027-03-30T15:00:00Z 45 planned r1\n"
                   "A 2027-04-06T15:00:00Z 45 planned r1\n");
}

#define TALK_FORMAT \
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Turnabout//Turnabout//EN\r\n" \
  "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20261206T000000Z\r\n" \
  "DTSTART:20270120T113000Z\r\nDTEND:20270120T121500Z\r\nSUMMARY:Passkeys\\, explained\r\n" \
  "DESCRIPTION:Bring a laptop\r\nLOCATION:Auditorium\r\n%s" \
  "ATTENDEE;CN=Lina Haddad;ROLE=REQ-PARTICIPANT:mailto:lina@example.com\r\n" \
  "ATTENDEE;CN=Marc Dubois;ROLE=REQ-PARTICIPANT:mailto:marc@example.com\r\n" \
  "ATTENDEE;CN=Jan Peeters;ROLE=REQ-PARTICIPANT:mailto:jan@example.be\r\n" \
  "ATTENDEE;CN=Guest;ROLE=OPT-PARTICIPANT:mailto:guest@example.net\r\n" \
  "END:VEVENT\r\nEND:VCALENDAR\r\n"

/* A lunch-and-learn, as our export marks its kind: a group session again,
 * of the attendees the programme has, its description the agenda (never
 * a pair's notes).  Without the mark, the same people are a group all the
 * same, and skipped: only a marked kind makes a group session. */
static void
test_group_session (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *marked = g_strdup_printf (TALK_FORMAT, "talk@example.org",
                                             "CATEGORIES:Lunch-and-learn\r\nX-TURNABOUT-KIND:lunch-and-learn\r\n");
  g_autofree char *unmarked = g_strdup_printf (TALK_FORMAT, "other-talk@example.org", "");
  g_autoptr(TaIcalResult) result = NULL;
  TaSession *session;
  const gint64 *attendees;
  guint n = 0;

  result = import_text (fixture, marked, strlen (marked), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_NEW), ==, 1);
  session = ta_ical_result_get_entry (result, 0)->session;
  g_assert_cmpint (ta_session_get_kind (session), ==, TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_assert_cmpint (ta_session_get_pairing_id (session), ==, 0);
  g_assert_cmpstr (ta_session_get_title (session), ==, "Passkeys, explained");
  g_assert_cmpstr (ta_session_get_notes (session), ==, "Bring a laptop");
  g_assert_cmpstr (ta_session_get_location (session), ==, "Auditorium");
  g_assert_cmpint (ta_session_get_duration (session), ==, 45);
  attendees = ta_session_get_attendees (session, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (attendees[0], ==, fixture->people[0]);
  g_assert_cmpint (attendees[1], ==, fixture->people[1]);
  g_assert_cmpint (attendees[2], ==, fixture->people[5]);
  g_assert_cmpuint (count_sessions (fixture), ==, 1);
  g_clear_object (&result);

  /* Again: the same session. */
  result = import_text (fixture, marked, strlen (marked), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_UNCHANGED), ==, 1);
  g_clear_object (&result);

  result = import_text (fixture, unmarked, strlen (unmarked), "2027-01-01");
  g_assert_cmpuint (ta_ical_result_count (result, TA_ICAL_OUTCOME_SKIPPED), ==, 1);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==,
                   "a group session (3 people of the programme): only one-on-ones are imported");
  g_assert_cmpuint (count_sessions (fixture), ==, 1);
}

/* The start date by default: today, from midnight here. */
static void
test_default_from (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = read_data ("google.ics");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GDateTime) today = ta_ical_default_from ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_cmpint (g_date_time_get_day_of_year (today), ==, g_date_time_get_day_of_year (now));
  g_assert_cmpint (g_date_time_get_hour (today), ==, 0);
  result = ta_ical_read_events (fixture->store, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (ta_ical_result_get_from (result), today));
  g_assert_false (ta_ical_result_get_committed (result));
  /* A preview writes nothing. */
  g_assert_cmpuint (count_sessions (fixture), ==, 0);
}

static void
test_not_calendar (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaIcalResult) result = NULL;

  result = ta_ical_import_events (fixture->store, "name,email\r\n", 12, NULL, &error);
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE);
  g_assert_null (result);
  g_clear_error (&error);
  result = ta_ical_import_events (fixture->store, "BEGIN:VCALENDAR\r\n\0BEGIN:VEVENT", 31, NULL, &error);
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE);
  g_assert_null (result);
}

/* The pieces */

static void
test_own_uid_format (void)
{
  g_autofree char *programme = NULL;
  g_autofree char *uid = NULL;
  gint64 id = 0;

  g_assert_cmpint (_ta_ical_parse_own_uid ("session-42@turnabout", &id, &programme), ==, TA_ICAL_OWN_UID_SESSION);
  g_assert_cmpint (id, ==, 42);
  g_assert_null (programme);
  g_assert_cmpint (_ta_ical_parse_own_uid ("series-7-0a1b2c3d-4e5f@TURNABOUT", &id, &programme), ==,
                   TA_ICAL_OWN_UID_SERIES);
  g_assert_cmpint (id, ==, 7);
  g_assert_cmpstr (programme, ==, "0a1b2c3d-4e5f");
  g_clear_pointer (&programme, g_free);

  g_assert_cmpint (_ta_ical_parse_own_uid ("session-@turnabout", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-0@turnabout", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-4x@turnabout", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-4-@turnabout", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-4-a b@turnabout", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-4@example.com", &id, NULL), ==, TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid ("session-99999999999999999999@turnabout", &id, NULL), ==,
                   TA_ICAL_OWN_UID_NONE);
  g_assert_cmpint (_ta_ical_parse_own_uid (NULL, &id, NULL), ==, TA_ICAL_OWN_UID_NONE);

  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SESSION, 12, "0a1b2c3d");
  g_assert_cmpstr (uid, ==, "session-12-0a1b2c3d@turnabout");
  g_assert_cmpint (_ta_ical_parse_own_uid (uid, &id, &programme), ==, TA_ICAL_OWN_UID_SESSION);
  g_assert_cmpint (id, ==, 12);
  g_assert_cmpstr (programme, ==, "0a1b2c3d");
  g_free (uid);
  uid = _ta_ical_format_own_uid (TA_ICAL_OWN_UID_SERIES, 3, NULL);
  g_assert_cmpstr (uid, ==, "series-3@turnabout");
}

/* CLDR's table: all of it, every zone known to this system's libical. */
static void
test_windows_zones (void)
{
  g_assert_cmpuint (_ta_ical_windows_zones_count (), ==, 139);
  for (guint i = 0; i < _ta_ical_windows_zones_count (); i++)
    {
      const char *display = NULL;
      const char *iana = NULL;
      const char *windows = _ta_ical_windows_zone_nth (i, &display, &iana);

      g_assert_cmpstr (_ta_ical_windows_zone_to_iana (windows), ==, iana);
      g_assert_cmpstr (_ta_ical_windows_zone_to_iana (display), ==, iana);
      if (icaltimezone_get_builtin_timezone (iana) == NULL)
        g_error ("No zone %s (for %s) on this system", iana, windows);
    }

  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("Romance Standard Time"), ==, "Europe/Paris");
  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("W. Europe Standard Time"), ==, "Europe/Berlin");
  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("Eastern Standard Time"), ==, "America/New_York");
  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("GMT Standard Time"), ==, "Europe/London");
  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("gmt standard time"), ==, "Europe/London");
  g_assert_cmpstr (_ta_ical_windows_zone_to_iana ("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"), ==,
                   "Europe/Paris");
  g_assert_null (_ta_ical_windows_zone_to_iana ("Europe/Brussels"));
  g_assert_null (_ta_ical_windows_zone_to_iana ("Mars Standard Time"));
}

static void
test_windows_1252 (void)
{
  g_autofree char *text = _ta_ical_text_from_windows_1252 ("R\xe9union \x80\x97 caf\xe9 \x81", -1);

  g_assert_cmpstr (text, ==, "Réunion €— café \xc2\x81");
}

/* What libical gets: unfolded, each property with its line, what the
 * import does not read left out. */
static void
test_tidy_text (void)
{
  const char file[] =
    "\xEF\xBB\xBF" "BEGIN:VCALENDAR\r\n"
    "X-WR-CALNAME:Mine\r\n"
    "BEGIN:VEVENT\r\n"
    "SUMMARY:one\r\n"
    " two\r\n"
    "DESCRIPTION:\r\n"
    "ATTENDEE;CN=\"A: B\";X-NUM-GUESTS=0:mailto:a@example.com\n"
    "BEGIN:VALARM\r\n"
    "TRIGGER:-PT5M\r\n"
    "END:VALARM\r\n"
    "FOO:bar\r\n"
    "LOCATION:caf\xe9\r"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_auto(TaIcalText) text = { NULL, 0, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (_ta_ical_text_prepare (file, sizeof file - 1, &text, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text.text, ==,
                   "BEGIN:VCALENDAR\n"
                   "BEGIN:VEVENT\n"
                   "X-TURNABOUT-LINE:3\n"
                   "SUMMARY;X-TURNABOUT-LINE=4:onetwo\n"
                   "ATTENDEE;X-TURNABOUT-LINE=7;CN=\"A: B\";X-NUM-GUESTS=0:mailto:a@example.com\n"
                   "LOCATION;X-TURNABOUT-LINE=12:café\n"
                   "END:VEVENT\n"
                   "END:VCALENDAR\n");
  g_assert_cmpuint (text.n_converted, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  /* Start dates, and the times problems name, in the local time the
   * expected text is written in. */
  g_setenv ("TZ", "Europe/Brussels", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ical-import/google", test_google);
  ADD ("/ical-import/google/newer", test_google_newer);
  ADD ("/ical-import/google/cancelled-later", test_cancelled_later);
  ADD ("/ical-import/google/occurrence-removed", test_occurrence_removed);
  ADD ("/ical-import/outlook", test_outlook);
  ADD ("/ical-import/outlook/latin1", test_outlook_latin1);
  ADD ("/ical-import/apple", test_apple);
  ADD ("/ical-import/nextcloud", test_nextcloud);
  ADD ("/ical-import/cyrus", test_cyrus);
  ADD ("/ical-import/floating", test_floating);
  ADD ("/ical-import/evolution", test_evolution);
  ADD ("/ical-import/own-export", test_own_export);
  ADD ("/ical-import/own-uids", test_own_uids);
  ADD ("/ical-import/export-to-other-programme", test_export_to_other_programme);
  ADD ("/ical-import/update-clash", test_update_clash);
  ADD ("/ical-import/group-session", test_group_session);
  ADD ("/ical-import/default-from", test_default_from);
  ADD ("/ical-import/not-calendar", test_not_calendar);
  g_test_add_func ("/ical-import/own-uid-format", test_own_uid_format);
  g_test_add_func ("/ical-import/windows-zones", test_windows_zones);
  g_test_add_func ("/ical-import/windows-1252", test_windows_1252);
  g_test_add_func ("/ical-import/tidy-text", test_tidy_text);

#undef ADD

  return g_test_run ();
}
