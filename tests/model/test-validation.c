/* test-validation.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One set of rules for what a record may hold, applied alike by the
 * editor's validators, the CSV importer, the store and the calendar
 * import: invisible characters, e-mail identity, a mentor's capacity,
 * and the checks an import makes against the store, inside its own
 * transaction. */

#define G_LOG_DOMAIN "test-validation"

#include <sqlite3.h>
#include <string.h>

#include "ta-ical.h"
#include "ta-participant-csv.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static gboolean
import (TaStore          *store,
        const char       *csv,
        TaImportResult  **out_result,
        GError          **error)
{
  return ta_participants_import_csv (store, csv, strlen (csv), "people.csv", FALSE, out_result, error);
}

/* The problem lines of a result, one string, for substring checks. */
static char *
joined_problems (TaImportResult *result)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; result != NULL && i < result->problems->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (result->problems, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_check_clean (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = ta_store_check (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("check: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static gint64
count_participants (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = ta_store_count_participants (store, &error);

  g_assert_no_error (error);
  return n;
}

/* Invisible characters */

static const struct
{
  const char *utf8;
  const char *code;
} invisibles[] = {
  { "\u200B", "U+200B" },  /* zero-width space */
  { "\u200C", "U+200C" },  /* zero-width non-joiner */
  { "\u200D", "U+200D" },  /* zero-width joiner */
  { "\u200E", "U+200E" },  /* left-to-right mark */
  { "\u200F", "U+200F" },  /* right-to-left mark */
  { "\u202A", "U+202A" },  /* left-to-right embedding */
  { "\u202E", "U+202E" },  /* right-to-left override */
  { "\u2066", "U+2066" },  /* left-to-right isolate */
  { "\u2069", "U+2069" },  /* pop directional isolate */
  { "\u2060", "U+2060" },  /* word joiner */
  { "\uFEFF", "U+FEFF" },  /* byte order mark */
  { "\u00AD", "U+00AD" },  /* soft hyphen */
  { "\u00A0", "U+00A0" },  /* no-break space */
  { "\u3164", "U+3164" },  /* Hangul filler */
  { "\uFE0F", "U+FE0F" },  /* variation selector */
};

static void
test_email_invisible (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invisibles); i++)
    {
      g_autofree char *inside = g_strconcat ("ann", invisibles[i].utf8, "@example.com", NULL);
      g_autofree char *in_domain = g_strconcat ("ann@exa", invisibles[i].utf8, "mple.com", NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (ta_validate_email (inside, &error));
      g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL);
      /* What and where: the character, and its place in the address. */
      g_assert_nonnull (strstr (error->message, invisibles[i].code));
      g_assert_nonnull (strstr (error->message, "character 4"));
      g_clear_error (&error);

      g_assert_false (ta_validate_email (in_domain, &error));
      g_assert_nonnull (strstr (error->message, invisibles[i].code));
    }

  /* Letters of any script are not invisible. */
  g_assert_true (ta_validate_email ("chloé@example.be", NULL));
  g_assert_true (ta_validate_email ("zoë.李@example.org", NULL));
  g_assert_true (ta_validate_email ("ann@example.com", NULL));
}

static void
test_name_blank (void)
{
  const char *blank[] = {
    "", "   ", "\u200B", "\u200B\u200B", " \u200E\u00A0\u200F ", "\uFEFF", "\u202E\u202C",
    "\u3164", "\u2066\u2069", "\u00AD",
  };
  const char *fine[] = {
    "Ann", "Zoë", "李", "Ann\u200D", "\u200FRania", "Ana-María",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ta_validate_name (blank[i], &error));
      g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME);
      g_assert_nonnull (strstr (error->message, "required"));
    }
  g_assert_false (ta_validate_name (NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (fine); i++)
    g_assert_true (ta_validate_name (fine[i], NULL));
}

/* The store refuses them too: it validates every record it writes. */
static void
test_store_refuses_invisible (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TaParticipant) twin = ta_test_make_participant ("Ann Twin", "ann\u200B@example.com");
  g_autoptr(TaParticipant) nobody = ta_test_make_participant ("\u200B\u200B", "nobody@example.com");
  g_autoptr(GError) error = NULL;

  ta_test_add_person (fixture->store, "Ann", "ann@example.com", TA_ROLE_MENTOR, "capacity", 1, NULL);

  g_assert_false (ta_store_add_participant (fixture->store, twin, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "U+200B"));
  g_clear_error (&error);

  g_assert_false (ta_store_add_participant (fixture->store, nobody, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "required"));

  g_assert_cmpint (count_participants (fixture->store), ==, 1);
}

static void
test_csv_refuses_invisible (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *csv =
    "name,email\n"
    "Ann,ann@example.com\n"
    "Ann Twin,ann\u202E@example.com\n"
    "\u200B,zero@example.com\n"
    "\u200E \u200F,marks@example.com\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  g_assert_false (import (fixture->store, csv, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  problems = joined_problems (result);
  /* Which file, line and column, and which character. */
  g_assert_nonnull (strstr (problems, "people.csv:3: email: "));
  g_assert_nonnull (strstr (problems, "U+202E"));
  g_assert_nonnull (strstr (problems, "people.csv:4: name: A name is required"));
  g_assert_nonnull (strstr (problems, "people.csv:5: name: A name is required"));
  g_assert_cmpuint (result->problems->len, ==, 3);
  g_assert_cmpint (count_participants (fixture->store), ==, 0);
}

/* E-mail identity */

static void
test_email_fold (void)
{
  g_autofree char *folded = ta_email_fold ("  Chloé@Example.BE ");
  g_autofree char *decomposed = ta_email_fold ("chloe\u0301@example.be");

  g_assert_cmpstr (folded, ==, "chloé@example.be");
  /* An é typed as e + U+0301 is the é of the programme (NFC). */
  g_assert_cmpstr (decomposed, ==, "chloé@example.be");

  g_assert_true (ta_email_equal ("Chloé@Example.be", "chloé@example.be"));
  g_assert_true (ta_email_equal ("ANN@EXAMPLE.COM", "ann@example.com"));
  g_assert_true (ta_email_equal ("chloe\u0301@example.be", "chloé@example.be"));
  /* Only ASCII letters fold, as in the store's NOCASE column. */
  g_assert_false (ta_email_equal ("CHLOÉ@example.be", "chloé@example.be"));
  g_assert_false (ta_email_equal ("ann@example.com", "anne@example.com"));
}

/* Two addresses are one person's in the store exactly when
 * ta_email_equal() says so. */
static void
test_email_store (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *same[] = { "Chloé@Example.be", "CHLOé@EXAMPLE.BE", "chloe\u0301@example.be" };
  g_autoptr(TaParticipant) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chloe;

  chloe = ta_test_add_person (fixture->store, "Chloé", "chloé@example.be", TA_ROLE_MENTOR,
                              "capacity", 1, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(TaParticipant) twin = ta_test_make_participant ("Twin", same[i]);
      g_autoptr(TaParticipant) by_email = NULL;

      g_assert_true (ta_email_equal (same[i], "chloé@example.be"));
      g_assert_false (ta_store_add_participant (fixture->store, twin, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE);
      g_clear_error (&error);

      g_assert_true (ta_store_has_email (fixture->store, same[i], &error));
      g_assert_no_error (error);
      by_email = ta_store_find_participant_by_email (fixture->store, same[i], &error);
      g_assert_no_error (error);
      g_assert_cmpint (ta_participant_get_id (by_email), ==, chloe);
    }

  /* É is not ASCII: another address, for the store as for the rule. */
  g_assert_false (ta_store_has_email (fixture->store, "CHLOÉ@example.be", &error));
  g_assert_no_error (error);
  ta_test_add_person (fixture->store, "Other Chloé", "CHLOÉ@example.be", TA_ROLE_MENTEE, "capacity", 0, NULL);

  /* Typed decomposed, kept composed: the form every lookup uses. */
  ta_test_add_person (fixture->store, "René", "rene\u0301@example.be", TA_ROLE_MENTEE, "capacity", 0, NULL);
  found = ta_store_find_participant_by_email (fixture->store, "rené@example.be", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_email (found), ==, "rené@example.be");
}

static void
test_email_csv (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(TaParticipant) chloe = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  ta_test_add_person (fixture->store, "Chloé", "chloé@example.be", TA_ROLE_MENTOR, "capacity", 1, NULL);

  /* Twice in one file, whatever the ASCII case or the composition. */
  g_assert_false (import (fixture->store,
                          "name,email\nA,chloé@example.be\nB,Chloé@Example.be\nC,chloe\u0301@EXAMPLE.be\n",
                          &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  problems = joined_problems (result);
  g_assert_nonnull (strstr (problems, "people.csv:3: email: “Chloé@Example.be” is already used on line 2"));
  g_assert_nonnull (strstr (problems, "people.csv:4: email: "));
  g_assert_cmpuint (result->problems->len, ==, 2);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* The programme's Chloé, updated; CHLOÉ is someone else, added; a
   * manager named in another case is found. */
  g_assert_true (import (fixture->store,
                         "name,email,reports_to\n"
                         "Chloé Martin,Chloé@Example.be,CHLOÉ@EXAMPLE.BE\n"
                         "Other Chloé,CHLOÉ@example.be,\n",
                         &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->updated, ==, 1);
  g_assert_cmpuint (result->added, ==, 1);
  g_assert_cmpint (count_participants (fixture->store), ==, 2);

  chloe = ta_store_find_participant_by_email (fixture->store, "chloé@example.be", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_name (chloe), ==, "Chloé Martin");
  g_assert_cmpint (ta_participant_get_reports_to (chloe), !=, 0);
  assert_check_clean (fixture->store);
}

#define EVENT(uid, start, attendee_a, attendee_b) \
  "BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\nUID:" uid "\r\n" \
  "DTSTART:" start "\r\nDURATION:PT1H\r\n" \
  "ATTENDEE:mailto:" attendee_a "\r\nATTENDEE:mailto:" attendee_b "\r\nEND:VEVENT\r\n"
#define CALENDAR(events) \
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" events "END:VCALENDAR\r\n"

static void
test_email_ical (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *matching = CALENDAR (EVENT ("a@test", "20260915T100000Z", "Chloé@Example.be", "MARC@example.com")
                                   EVENT ("b@test", "20260916T100000Z", "chloe\u0301@example.BE",
                                          "marc@example.com"));
  const char *other = CALENDAR (EVENT ("c@test", "20260917T100000Z", "CHLOÉ@example.be", "marc@example.com"));
  const char *invisible = CALENDAR (EVENT ("d@test", "20260918T100000Z", "chloé\u200B@example.be",
                                           "marc@example.com"));
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(TaIcalResult) result = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  guint skipped = 0;
  gint64 chloe;
  gint64 marc;

  chloe = ta_test_add_person (fixture->store, "Chloé", "chloé@example.be", TA_ROLE_MENTOR,
                              "capacity", 1, NULL);
  marc = ta_test_add_person (fixture->store, "Marc", "marc@example.com", TA_ROLE_MENTEE, "capacity", 0, NULL);
  ta_test_add_pairing (fixture->store, chloe, marc, "status", TA_PAIRING_STATUS_ACTIVE, NULL);

  sessions = ta_ical_read_sessions (fixture->store, matching, strlen (matching), &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Not her address (É is not é): skipped, and said why. */
  sessions = ta_ical_read_sessions (fixture->store, other, strlen (other), &problems, &skipped, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (skipped, ==, 1);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);
  result = ta_ical_read_events (fixture->store, other, strlen (other), from, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ta_ical_result_get_n_entries (result), ==, 1);
  g_assert_cmpstr (ta_ical_result_get_entry (result, 0)->reason, ==,
                   "of its people only marc@example.com is in the programme");

  sessions = ta_ical_read_sessions (fixture->store, invisible, strlen (invisible), &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "d@test: ATTENDEE: "));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "U+200B"));
}

/* A mentor's capacity */

static void
test_capacity_default (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *csv =
    "name,email,role,status\n"
    "Ann,ann@example.com,mentor,\n"
    "Bob,bob@example.com,both,\n"
    "Cem,cem@example.com,mentee,\n"
    "Dee,dee@example.com,,\n";
  const char *people[] = { "ann@example.com", "bob@example.com", "cem@example.com", "dee@example.com" };
  const int capacities[] = { TA_PARTICIPANT_DEFAULT_CAPACITY, TA_PARTICIPANT_DEFAULT_CAPACITY, 0,
                             TA_PARTICIPANT_DEFAULT_CAPACITY };
  g_autoptr(TaParticipant) fresh = ta_participant_new ();
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* A new participant is a mentor who can be paired. */
  g_assert_cmpint (ta_participant_get_role (fresh), ==, TA_ROLE_MENTOR);
  g_assert_cmpint (ta_participant_get_capacity (fresh), ==, 1);

  g_assert_true (import (fixture->store, csv, &result, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TaParticipant) participant = ta_store_find_participant_by_email (fixture->store, people[i],
                                                                                 &error);

      g_assert_no_error (error);
      g_assert_cmpint (ta_participant_get_capacity (participant), ==, capacities[i]);
    }

  /* What an import accepts, check accepts. */
  assert_check_clean (fixture->store);
}

static void
test_capacity_zero (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Eve", "eve@example.com");
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  g_assert_false (import (fixture->store,
                          "name,email,role,capacity,status\n"
                          "Ann,ann@example.com,mentor,0,active\n"
                          "Bob,bob@example.com,both,0,\n"
                          "Cem,cem@example.com,mentee,0,active\n"
                          "Dee,dee@example.com,mentor,0,paused\n",
                          &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  problems = joined_problems (result);
  g_assert_nonnull (strstr (problems, "people.csv:2: capacity: "));
  g_assert_nonnull (strstr (problems, "people.csv:3: capacity: "));
  g_assert_cmpuint (result->problems->len, ==, 2);
  g_assert_cmpint (count_participants (fixture->store), ==, 0);
  g_clear_error (&error);

  /* The store, and so the editor, says the same. */
  ta_participant_set_capacity (mentor, 0);
  g_assert_false (ta_participant_validate (mentor, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY);
  g_clear_error (&error);
  g_assert_false (ta_store_add_participant (fixture->store, mentor, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

/* An update of people may not leave their pairings at odds with them. */
static void
test_capacity_pairings (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(TaParticipant) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ann;

  ann = ta_test_add_person (fixture->store, "Ann", "ann@example.com", TA_ROLE_MENTOR, "capacity", 2, NULL);
  ta_test_add_pairing (fixture->store, ann,
                       ta_test_add_person (fixture->store, "Bob", "bob@example.com",
                                           TA_ROLE_MENTEE, "capacity", 0, NULL),
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  ta_test_add_pairing (fixture->store, ann,
                       ta_test_add_person (fixture->store, "Cem", "cem@example.com",
                                           TA_ROLE_MENTEE, "capacity", 0, NULL),
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  assert_check_clean (fixture->store);

  /* No capacity column: the default of one is fewer than her two pairs. */
  g_assert_false (import (fixture->store, "name,email,role\nAnn,ann@example.com,mentor\n", &result, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ann@example.com"));
  g_assert_nonnull (strstr (error->message, "capacity"));
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (import (fixture->store, "name,email,role,capacity\nBob,bob@example.com,mentor,1\n",
                          &result, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "bob@example.com"));
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* The same through the editor's path. */
  stored = ta_store_get_participant (fixture->store, ann, &error);
  g_assert_no_error (error);
  ta_participant_set_capacity (stored, 1);
  g_assert_false (ta_store_update_participant (fixture->store, stored, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_participant_set_capacity (stored, 2);
  ta_participant_set_role (stored, TA_ROLE_MENTEE);
  g_assert_false (ta_store_update_participant (fixture->store, stored, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&stored);

  stored = ta_store_get_participant (fixture->store, ann, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_participant_get_capacity (stored), ==, 2);
  g_assert_cmpint (ta_participant_get_role (stored), ==, TA_ROLE_MENTOR);
  assert_check_clean (fixture->store);

  /* Room enough: fine. */
  g_assert_true (import (fixture->store, "name,email,capacity\nAnn,ann@example.com,3\n", &result, &error));
  g_assert_no_error (error);
  assert_check_clean (fixture->store);
}

/* Checks inside the write lock */

/* While another connection (another process) holds the write lock, an
 * import waits for it and then says the programme is busy: never that an
 * address is taken, and it writes nothing. */
static void
test_import_busy (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = "name,email\nAnn Updated,ann@example.com\nNew,new@example.com\n";
  sqlite3 *other_db;

  ta_test_add_person (fixture->store, "Ann", "ann@example.com", TA_ROLE_MENTOR, "capacity", 1, NULL);

  other = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  other_db = _ta_store_get_db (other);
  g_assert_cmpint (sqlite3_exec (other_db, "BEGIN IMMEDIATE; "
                                 "INSERT INTO participants (name, email, role, created_at, updated_at) "
                                 "VALUES ('New', 'NEW@example.com', 'mentee', '2026-01-01', '2026-01-01')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Not the five seconds of a real programme: the test need not wait. */
  sqlite3_busy_timeout (_ta_store_get_db (fixture->store), 50);

  g_assert_false (import (fixture->store, csv, &result, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_BUSY);
  g_assert_cmpuint (result->problems->len, ==, 0);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* The other one commits: its New is the file's New, updated, not a
   * duplicate. */
  g_assert_cmpint (sqlite3_exec (other_db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (import (fixture->store, csv, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 2);
  g_assert_cmpint (count_participants (fixture->store), ==, 2);
}

/* Another Turnabout holds the write lock with a change not yet
 * committed, and commits it while this one waits for the lock: what this
 * one checks must be what it writes over.  (Old behaviour: the checks ran
 * before the wait, on the programme without the other's change.) */
typedef struct
{
  sqlite3 *other;
  guint    commits;
} Waiting;

static int
commit_other_while_waiting (void *data,
                            int   count)
{
  Waiting *waiting = data;

  if (!sqlite3_get_autocommit (waiting->other))
    {
      g_assert_cmpint (sqlite3_exec (waiting->other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
      waiting->commits++;
    }

  return count < 1000;
}

static void
hold_lock_with (Fixture     *fixture,
                TaStore    **out_other,
                Waiting     *waiting,
                const char  *sql)
{
  g_autoptr(GError) error = NULL;

  *out_other = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  waiting->other = _ta_store_get_db (*out_other);
  waiting->commits = 0;
  g_assert_cmpint (sqlite3_exec (waiting->other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (waiting->other, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_busy_handler (_ta_store_get_db (fixture->store), commit_other_while_waiting, waiting);
}

/* The other one adds the person the file adds: this import updates them
 * rather than failing with “already uses this e-mail address”. */
static void
test_import_waits_then_sees_new_person (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(TaParticipant) added = NULL;
  g_autoptr(GError) error = NULL;
  Waiting waiting;

  hold_lock_with (fixture, &other, &waiting,
                  "INSERT INTO participants (name, email, role, capacity, created_at, updated_at) "
                  "VALUES ('Nell', 'NELL@example.com', 'mentor', 1, '2026-01-01', '2026-01-01')");

  g_assert_true (import (fixture->store, "name,email\nNell Updated,nell@example.com\n", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (waiting.commits, ==, 1);
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 1);
  g_assert_cmpint (count_participants (fixture->store), ==, 1);
  added = ta_store_find_participant_by_email (fixture->store, "nell@example.com", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_name (added), ==, "Nell Updated");
}

/* The other one makes Y report to X; this file makes X report to Y:
 * refused as the loop it would make, and no loop is written. */
static void
test_import_waits_then_sees_loop (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *problems = NULL;
  Waiting waiting;
  gint64 x;
  gint64 y;

  x = ta_test_add_person (fixture->store, "Xavier", "x@example.com", TA_ROLE_BOTH, "capacity", 1, NULL);
  y = ta_test_add_person (fixture->store, "Yasmin", "y@example.com", TA_ROLE_BOTH, "capacity", 1, NULL);
  sql = g_strdup_printf ("UPDATE participants SET reports_to = %" G_GINT64_FORMAT
                         " WHERE id = %" G_GINT64_FORMAT, x, y);
  hold_lock_with (fixture, &other, &waiting, sql);

  g_assert_false (import (fixture->store, "name,email,reports_to\nXavier,x@example.com,Y@example.com\n",
                          &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpuint (waiting.commits, ==, 1);
  problems = joined_problems (result);
  g_assert_nonnull (strstr (problems, "people.csv:2: reports_to: "));
  g_assert_nonnull (strstr (problems, "circle"));
  assert_check_clean (fixture->store);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* The store's own import, without the CSV importer's checks: the same. */
  {
    g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) managers = g_ptr_array_new ();

    g_ptr_array_add (people, ta_test_make_participant ("Xavier", "x@example.com"));
    ta_participant_set_role (g_ptr_array_index (people, 0), TA_ROLE_BOTH);
    g_ptr_array_add (managers, (gpointer) "y@example.com");
    g_assert_false (ta_store_import_participants (fixture->store, people, managers, NULL, NULL, &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "circle"));
  }
  assert_check_clean (fixture->store);
}

/* The other one books the mentor at the time of the file's event: the
 * calendar import refuses the event rather than double-book. */
static void
test_ical_waits_then_sees_clash (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *file = CALENDAR (EVENT ("new@test", "20260915T100000Z", "ann@example.com", "bob@example.com"));
  g_autoptr(TaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  Waiting waiting;
  gint64 ann;
  gint64 cem_pairing;
  guint added = 0;

  ann = ta_test_add_person (fixture->store, "Ann", "ann@example.com", TA_ROLE_MENTOR, "capacity", 2, NULL);
  ta_test_add_pairing (fixture->store, ann,
                       ta_test_add_person (fixture->store, "Bob", "bob@example.com",
                                           TA_ROLE_MENTEE, "capacity", 0, NULL),
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  cem_pairing = ta_test_add_pairing (fixture->store, ann,
                                     ta_test_add_person (fixture->store, "Cem", "cem@example.com",
                                                         TA_ROLE_MENTEE, "capacity", 0, NULL),
                                     "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  sql = g_strdup_printf ("INSERT INTO sessions (kind, pairing_id, starts_at, duration_minutes, status, "
                         "created_at, updated_at) VALUES ('one-on-one', %" G_GINT64_FORMAT ", "
                         "'2026-09-15T10:30:00Z', 60, 'planned', '2026-01-01', '2026-01-01')",
                         cem_pairing);
  hold_lock_with (fixture, &other, &waiting, sql);

  g_assert_false (ta_ical_import (fixture->store, file, strlen (file), &added, &error));
  g_assert_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_INVALID);
  g_assert_cmpuint (waiting.commits, ==, 1);
  g_assert_nonnull (strstr (error->message, "new@test: DTSTART: "));
  g_assert_nonnull (strstr (error->message, "overlaps"));
  g_assert_nonnull (strstr (error->message, "Ann and Cem"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  g_test_add_func ("/validation/email/invisible", test_email_invisible);
  g_test_add_func ("/validation/name/blank", test_name_blank);
  ADD ("/validation/store/invisible", test_store_refuses_invisible);
  ADD ("/validation/csv/invisible", test_csv_refuses_invisible);
  g_test_add_func ("/validation/email/fold", test_email_fold);
  ADD ("/validation/email/store", test_email_store);
  ADD ("/validation/email/csv", test_email_csv);
  ADD ("/validation/email/ical", test_email_ical);
  ADD ("/validation/capacity/default", test_capacity_default);
  ADD ("/validation/capacity/zero", test_capacity_zero);
  ADD ("/validation/capacity/pairings", test_capacity_pairings);
  ADD ("/validation/import/busy", test_import_busy);
  ADD ("/validation/import/waits-then-sees-new-person", test_import_waits_then_sees_new_person);
  ADD ("/validation/import/waits-then-sees-loop", test_import_waits_then_sees_loop);
  ADD ("/validation/ical/waits-then-sees-clash", test_ical_waits_then_sees_clash);
#undef ADD

  return g_test_run ();
}
