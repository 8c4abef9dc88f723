/* test-ics.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-ics"

#include <libical/ical.h>
#include <string.h>

#include "cli-fixture.h"
#include "ta-store.h"

static char *
make_demo (Fixture *fixture)
{
  char *database = g_build_filename (fixture->dir, "programme.db", NULL);
  g_auto(Run) run = run_cli (fixture, "demo", "--database", database, NULL);

  g_assert_cmpint (run.status, ==, 0);
  return database;
}

static guint
count_events (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  guint n;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_nonnull (icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT));
  n = (guint) icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent_free (calendar);
  return n;
}

/* How many sessions the database holds; @out_single: how many of them
 * belong to no series; @out_series: how many series they belong to. */
static guint
count_stored_sessions (const char *database,
                       guint      *out_single,
                       guint      *out_series)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (database, &error);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GHashTable) series = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint single = 0;

  g_assert_no_error (error);
  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      gint64 series_id = ta_session_get_series_id (g_ptr_array_index (sessions, i));

      if (series_id == 0)
        single++;
      else
        g_hash_table_add (series, g_memdup2 (&series_id, sizeof series_id));
    }
  if (out_single != NULL)
    *out_single = single;
  if (out_series != NULL)
    *out_series = g_hash_table_size (series);
  return sessions->len;
}

/* The repeating events (RRULE) and the overrides of one occurrence
 * (RECURRENCE-ID) of @text; each override belongs to a master. */
static void
count_series_events (const char *text,
                     guint      *out_masters,
                     guint      *out_overrides)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  g_autoptr(GHashTable) masters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint overrides = 0;

  g_assert_nonnull (calendar);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY) != NULL)
      {
        g_assert_true (g_str_has_prefix (icalcomponent_get_uid (event), "series-"));
        g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
        g_hash_table_add (masters, g_strdup (icalcomponent_get_uid (event)));
      }
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) != NULL)
      {
        g_assert_true (g_hash_table_contains (masters, icalcomponent_get_uid (event)));
        overrides++;
      }

  *out_masters = g_hash_table_size (masters);
  *out_overrides = overrides;
  icalcomponent_free (calendar);
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *database = make_demo (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "programme.ics", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *expected = NULL;
  guint single = 0;
  guint n_series = 0;
  guint masters = 0;
  guint overrides = 0;
  guint sessions = count_stored_sessions (database, &single, &n_series);

  g_assert_cmpuint (sessions, >, 0);
  g_assert_cmpuint (n_series, >, 0);

  {
    g_auto(Run) run = run_cli (fixture, "ics", "programme.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    expected = g_strdup_printf ("Exported %u sessions to programme.ics.\n", sessions);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_cmpstr (run.err, ==, "");
  }

  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  /* One event per session outside a series; a series is one event with
   * an RRULE, plus one per occurrence that is not as the rule says. */
  count_series_events (first, &masters, &overrides);
  g_assert_cmpuint (masters, ==, n_series);
  g_assert_cmpuint (count_events (first), ==, single + masters + overrides);
  g_assert_cmpuint (count_events (first), <, sessions);
  g_assert_nonnull (strstr (first, "STATUS:CANCELLED"));
  g_assert_nonnull (strstr (first, "DTSTART;TZID=Europe/Brussels:"));
  /* The demo's series: 2nd Tuesday, 1st Wednesday, last Monday. */
  g_assert_nonnull (strstr (first, "\r\nRRULE:FREQ=MONTHLY;BYDAY=2TU\r\n"));
  g_assert_nonnull (strstr (first, "\r\nRRULE:FREQ=MONTHLY;BYDAY=1WE\r\n"));
  g_assert_nonnull (strstr (first, "\r\nRRULE:FREQ=MONTHLY;BYDAY=-1MO\r\n"));

  /* Standard output, the same events. */
  {
    g_auto(Run) run = run_cli (fixture, "ics", "-", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    second = g_strdup (run.out);
  }
  g_assert_cmpuint (count_events (second), ==, count_events (first));

  /* One pairing: fewer events, all of that pairing. */
  {
    g_auto(Run) run = run_cli (fixture, "ics", "-", "--pairing", "1", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (count_events (run.out), <, sessions);
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "-", "--participant", "1", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (count_events (run.out), <, sessions);
  }
}

/* `export sessions` is what `ics` was: the same file, byte for byte (an
 * export names no moment of its own: DTSTAMP is each event's last
 * change), the same filters. */
static void
test_export_sessions (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *database = make_demo (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "sessions.ics", NULL);
  g_autofree char *alias_path = g_build_filename (fixture->dir, "alias.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *alias_text = NULL;
  guint sessions = count_stored_sessions (database, NULL, NULL);
  g_autofree char *expected = g_strdup_printf ("Exported %u sessions to sessions.ics.\n", sessions);

  {
    g_auto(Run) run = run_cli (fixture, "export", "sessions", "sessions.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_cmpstr (run.err, ==, "");
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "alias.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (alias_path, &alias_text, NULL, NULL));
  g_assert_cmpstr (text, ==, alias_text);
  g_assert_null (strstr (text, "METHOD:"));

  {
    g_auto(Run) run = run_cli (fixture, "export", "sessions", "-", "--pairing", "1", "--database", database, NULL);
    g_auto(Run) alias = run_cli (fixture, "ics", "-", "--pairing", "1", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (count_events (run.out), <, sessions);
    g_assert_cmpstr (run.out, ==, alias.out);
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "--participant", "1", "sessions", "-", "--database", database, NULL);
    g_auto(Run) alias = run_cli (fixture, "ics", "-", "--participant", "1", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, alias.out);
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "sessions", "-", "--pairing", "99999", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no pairing with id 99999"));
  }
  /* The filters are for sessions only. */
  {
    g_auto(Run) run = run_cli (fixture, "export", "participants", "p.csv", "--pairing", "1", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "export sessions"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "sessions", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "sessions", "-", "--pairing", "1", "--participant", "1",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "--help", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "sessions FILE.ics"));
    g_assert_nonnull (strstr (run.out, "--pairing"));
  }
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *database = make_demo (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "keep.ics", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  {
    g_auto(Run) run = run_cli (fixture, "ics", "keep.ics", "--pairing", "99999", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no pairing with id 99999"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "keep.ics", "--participant", "99999", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "no participant with id 99999"));
  }
  /* A failed export leaves the old file as it was. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  {
    g_auto(Run) run = run_cli (fixture, "ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "a.ics", "b.ics", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "-", "--pairing", "1", "--participant", "1",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "-", "--pairing", "x", "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = run_cli (fixture, "ics", "--help", NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--pairing"));
    g_assert_nonnull (strstr (run.out, "--participant"));
  }
}

/* A programme of three pairs (Lina–Marc, Ana–Tom, Chloé–Jan), made with
 * the model, and the calendar files of tests/model/data copied beside it. */
static char *
make_pairs (Fixture *fixture)
{
  static const char * const people[][2] = {
    { "Lina Haddad", "lina@example.com" }, { "Marc Dubois", "marc@example.com" },
    { "Ana Lopes", "ana@example.com" }, { "Tom Berg", "tom@example.com" },
    { "Chloé Martin", "chloe@example.be" }, { "Jan Peeters", "jan@example.be" },
  };
  static const char * const files[] = { "google.ics", "evolution.ics", "outlook-latin1.ics" };
  char *database = g_build_filename (fixture->dir, "programme.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (database, &error);
  gint64 ids[G_N_ELEMENTS (people)];

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    ids[i] = ta_test_add_person (store, people[i][0], people[i][1], i % 2 == 0 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                                 "capacity", i % 2 == 0 ? 1 : 0, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (people); i += 2)
    ta_test_add_pairing (store, ids[i], ids[i + 1], "status", TA_PAIRING_STATUS_ACTIVE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_test_build_filename (G_TEST_DIST, "model", "data", files[i], NULL);
      g_autofree char *to = g_build_filename (fixture->dir, files[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
    }

  return database;
}

static void
test_import_calendar (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *database = make_pairs (fixture);
  const char *skipped =
    "google.ics:83: 1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com: DTSTART: an all-day event\n"
    "google.ics:101: 9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com: fewer than two people with an e-mail address "
    "(ATTENDEE or ORGANIZER)\n"
    "google.ics:120: 3c4n5c6e7l8l9e0d1a2b3c4d5e@google.com: cancelled (STATUS:CANCELLED)\n"
    "google.ics:144: 0p1a2s3t4e5v6e7n8t9a0b1c2d@google.com: before 2027-01-01, the start date\n"
    "google.ics:168: 4w5o6r7k8s9h0o1p2a3b4c5d6e@google.com: longer than 600 minutes, the longest a session "
    "can be\n";

  /* A dry run says it all and writes nothing. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "google.ics", "--dry-run", "--from", "2027-01-01",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, skipped);
    g_assert_cmpstr (run.out, ==, "4 sessions to import, 0 updated, 0 already up to date, 5 skipped, "
                                  "0 refused. Nothing was changed (dry run).\n");
  }
  g_assert_cmpuint (count_stored_sessions (database, NULL, NULL), ==, 0);

  {
    g_auto(Run) run = run_cli (fixture, "import", "google.ics", "--from", "2027-01-01",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, skipped);
    g_assert_cmpstr (run.out, ==, "4 sessions imported, 0 updated, 0 already up to date, 5 skipped, "
                                  "0 refused.\n");
  }
  g_assert_cmpuint (count_stored_sessions (database, NULL, NULL), ==, 4);

  /* Again: nothing changes. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "google.ics", "--from", "2027-01-01",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "0 sessions imported, 0 updated, 4 already up to date, 5 skipped, "
                                  "0 refused.\n");
  }
  g_assert_cmpuint (count_stored_sessions (database, NULL, NULL), ==, 4);

  /* Refusals first, then what is skipped; the good event is imported
   * all the same, and the exit status says something was refused. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "evolution.ics", "--from", "2027-01-01",
                               "--database", database, NULL);
    g_auto(GStrv) lines = g_strsplit (run.err, "\n", -1);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpuint (g_strv_length (lines), ==, 6);
    g_assert_cmpstr (lines[0], ==, "evolution.ics:46: 20261206T120000Z-4242-1000-1-8@evolution.example.com: "
                                   "DTSTART: “someday” cannot be read");
    g_assert_true (g_str_has_prefix (lines[1], "evolution.ics:61: "));
    g_assert_true (g_str_has_prefix (lines[2], "evolution.ics:83: "));
    g_assert_true (g_str_has_prefix (lines[3], "evolution.ics:90: "));
    g_assert_cmpstr (lines[4], ==, "evolution.ics:102: 20261206T120000Z-4242-1000-1-12@evolution.example.com: "
                                   "cancelled (STATUS:CANCELLED)");
    g_assert_cmpstr (run.out, ==, "1 session imported, 0 updated, 0 already up to date, 1 skipped, "
                                  "4 refused.\n");
  }
  g_assert_cmpuint (count_stored_sessions (database, NULL, NULL), ==, 5);

  /* Text that is not UTF-8 is read as Windows-1252, and said so. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "outlook-latin1.ics", "--from", "2027-01-01",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "outlook-latin1.ics: 6 lines were not UTF-8 and were read as Windows-1252.\n"
                                  "2 sessions imported, 0 updated, 0 already up to date, 0 skipped, "
                                  "0 refused.\n");
  }

  {
    g_auto(Run) run = run_cli (fixture, "import", "google.ics", "--from", "2027-02-30",
                               "--database", database, NULL);

    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "“2027-02-30” is not a date: give it as YYYY-MM-DD"));
  }
}

/* A calendar of a thousand events, none of the programme's: a hundred
 * lines, then how many more. */
static void
test_import_many_skipped (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *database = make_pairs (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "busy.ics", NULL);
  g_autoptr(GString) file = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (file,
                            "BEGIN:VEVENT\r\nUID:busy-%u\r\nDTSTAMP:20261206T000000Z\r\n"
                            "DTSTART:20270301T%02u0000Z\r\nDURATION:PT1H\r\nSUMMARY:Meeting\r\n"
                            "ATTENDEE:mailto:someone@example.net\r\nATTENDEE:mailto:lina@example.com\r\n"
                            "END:VEVENT\r\n",
                            i, i % 24);
  g_string_append (file, "END:VCALENDAR\r\n");
  g_assert_true (g_file_set_contents (path, file->str, (gssize) file->len, NULL));

  {
    g_auto(Run) run = run_cli (fixture, "import", "busy.ics", "--from", "2027-01-01", "--database", database, NULL);
    g_auto(GStrv) lines = g_strsplit (run.err, "\n", -1);

    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpuint (g_strv_length (lines), ==, 102);
    g_assert_cmpstr (lines[0], ==, "busy.ics:4: busy-0: of its people only lina@example.com is in the programme");
    g_assert_cmpstr (lines[100], ==, "…and 900 more problems");
    g_assert_cmpstr (run.out, ==, "0 sessions imported, 0 updated, 0 already up to date, 1000 skipped, "
                                  "0 refused.\n");
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  /* The start date, and the times in messages, in Brussels' time. */
  g_setenv ("TZ", "Europe/Brussels", TRUE);
  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ics/export-file", test_export_file);
  ADD ("/ics/errors", test_errors);
  ADD ("/ics/export-sessions", test_export_sessions);
  ADD ("/ics/import-calendar", test_import_calendar);
  ADD ("/ics/import-many-skipped", test_import_many_skipped);

#undef ADD

  return g_test_run ();
}
