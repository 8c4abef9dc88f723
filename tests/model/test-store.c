/* test-store.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store"

#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ta-store-private.h"
#include "ta-test-programme.h"

static void
fixture_setup (TaTestDir       *fixture,
               gconstpointer  data)
{
  ta_test_dir_init (fixture);
}

static void
fixture_teardown (TaTestDir       *fixture,
                  gconstpointer  data)
{
  ta_test_dir_clear (fixture);
}

/* Writes a database by hand, as an older Turnabout or another program would. */
static void
write_raw_database (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
query_int (TaStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
test_open_creates_private_file (TaTestDir       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);
  struct stat info;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (g_stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (ta_store_get_schema_version (store), ==, TA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (store, "PRAGMA application_id"), ==, TA_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
}

static void
test_open_creates_folder (TaTestDir       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "sub", "programme.db", NULL);
  g_autofree char *sub = g_build_filename (fixture->dir, "sub", NULL);
  g_autoptr(TaStore) store = ta_store_open (nested, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);
  g_unlink (nested);
  g_rmdir (sub);
}

/* Version 0 is an empty file: what a brand-new programme starts from. */
static void
test_migrate_from_v0 (TaTestDir       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'participants'"), ==, 1);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 0);
}

/* Every earlier version, migrated step by step to the current one; and a
 * migration run twice is a no-op. */
static void
test_migrate_every_version (TaTestDir       *fixture,
                            gconstpointer  data)
{
  for (int version = 0; version <= TA_STORE_SCHEMA_VERSION; version++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TaStore) store = NULL;
      sqlite3 *db = NULL;
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", fixture->dir, version);
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_true (_ta_store_migrate (db, 0, version, &error));
      g_assert_no_error (error);
      sqlite3_close (db);

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TA_STORE_SCHEMA_VERSION);
      g_clear_object (&store);

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ta_store_get_schema_version (store), ==, TA_STORE_SCHEMA_VERSION);
    }
}

/* Every earlier version, holding data, up to the research board (4):
 * the data stays, and topics can use it. */
static void
test_migrate_to_topics (TaTestDir       *fixture,
                        gconstpointer  data)
{
  for (int version = 0; version < 4; version++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TaStore) store = NULL;
      g_autoptr(TaTopic) topic = ta_topic_new ("Passkeys");
      g_autoptr(GPtrArray) topics = NULL;
      sqlite3 *db = NULL;
      g_autofree char *path = g_strdup_printf ("%s/data-v%d.db", fixture->dir, version);
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);
      gint64 person = 1;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_true (_ta_store_migrate (db, 0, version, &error));
      g_assert_no_error (error);
      if (version >= 1)
        g_assert_cmpint (sqlite3_exec (db,
                                       "INSERT INTO participants (id, name, email, role, created_at, updated_at) "
                                       "VALUES (1, 'Lina', 'lina@example.com', 'mentor', "
                                       "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      if (version >= 3)
        g_assert_cmpint (sqlite3_exec (db,
                                       "INSERT INTO sessions (id, kind, title, starts_at, duration_minutes, "
                                       "created_at, updated_at) VALUES (7, 'lunch-and-learn', 'Talk', "
                                       "'2026-02-05T11:30:00Z', 60, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TA_STORE_SCHEMA_VERSION);
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'topics_board'"), ==, 1);
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM participants"), ==, version >= 1 ? 1 : 0);
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

      if (version >= 1)
        ta_topic_set_researchers (topic, &person, 1);
      if (version >= 3)
        ta_topic_set_session_id (topic, 7);
      g_assert_true (ta_store_add_topic (store, topic, &error));
      g_assert_no_error (error);
      topics = ta_store_list_topics (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (topics->len, ==, 1);
    }
}

static void
assert_refused_untouched (const char   *path,
                          TaStoreError  expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = ta_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(TaStore) store = ta_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, TA_STORE_ERROR, (int) expected);
  g_assert_nonnull (strstr (error->message, "not changed"));
  after = ta_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_refuses_newer (TaTestDir       *fixture,
                         gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d;"
                                          "CREATE TABLE future (x);"
                                          "PRAGMA user_version = %d;",
                                          TA_STORE_APPLICATION_ID, TA_STORE_SCHEMA_VERSION + 5);

  write_raw_database (fixture->path, sql);
  assert_refused_untouched (fixture->path, TA_STORE_ERROR_TOO_NEW);
}

static void
test_open_refuses_other_database (TaTestDir       *fixture,
                                  gconstpointer  data)
{
  write_raw_database (fixture->path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                                     "INSERT INTO invoices VALUES (1, 12.5);");
  assert_refused_untouched (fixture->path, TA_STORE_ERROR_NOT_TURNABOUT);
}

static void
test_open_refuses_text_file (TaTestDir       *fixture,
                             gconstpointer  data)
{
  const char *text = "name,email\nAda,ada@example.com\n"
                     "this is a CSV file, not a database, and long enough to be read as a header";

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  assert_refused_untouched (fixture->path, TA_STORE_ERROR_NOT_TURNABOUT);
}

static void
test_open_refuses_read_only (TaTestDir       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The write bits count even for root, whom access(2) lets write
   * anything (see test-store-open.c for read-only media). */
  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_chmod (fixture->path, 0400);
  assert_refused_untouched (fixture->path, TA_STORE_ERROR_READ_ONLY);
}

static TaStore *
open_store (TaTestDir *fixture)
{
  g_autoptr(GError) error = NULL;
  TaStore *store = ta_store_open (fixture->path, &error);

  g_assert_no_error (error);
  return store;
}

static TaParticipant *
make_full_participant (void)
{
  TaParticipant *participant = ta_test_make_participant ("Amina El Idrissi", "amina.elidrissi@example.com");
  const char *languages[] = { "nl", "fr", "en", NULL };
  const char *offers[] = { "AI tools", "TikTok and Instagram", NULL };
  const char *seeks[] = { "Negotiation", NULL };

  ta_participant_set_role (participant, TA_ROLE_MENTOR);
  ta_participant_set_department (participant, "Marketing");
  ta_participant_set_job_title (participant, "Content Specialist");
  ta_participant_set_career_level (participant, 2);
  ta_participant_set_birth_year (participant, 2000);
  ta_participant_set_location (participant, "Brussels");
  ta_participant_set_languages (participant, languages);
  ta_participant_set_availability (participant, 0x5);
  ta_participant_set_capacity (participant, 2);
  ta_participant_set_offers (participant, offers);
  ta_participant_set_seeks (participant, seeks);
  ta_participant_set_status (participant, TA_PARTICIPANT_STATUS_PAUSED);
  ta_participant_set_notes (participant, "Prefers mornings.\nKeen on video.");
  return participant;
}

static void
assert_participants_equal (TaParticipant *a,
                           TaParticipant *b)
{
  g_assert_cmpint (ta_participant_get_id (a), ==, ta_participant_get_id (b));
  g_assert_cmpstr (ta_participant_get_name (a), ==, ta_participant_get_name (b));
  g_assert_cmpstr (ta_participant_get_email (a), ==, ta_participant_get_email (b));
  g_assert_cmpint (ta_participant_get_role (a), ==, ta_participant_get_role (b));
  g_assert_cmpstr (ta_participant_get_department (a), ==, ta_participant_get_department (b));
  g_assert_cmpstr (ta_participant_get_job_title (a), ==, ta_participant_get_job_title (b));
  g_assert_cmpint (ta_participant_get_career_level (a), ==, ta_participant_get_career_level (b));
  g_assert_cmpint (ta_participant_get_birth_year (a), ==, ta_participant_get_birth_year (b));
  g_assert_cmpstr (ta_participant_get_location (a), ==, ta_participant_get_location (b));
  g_assert_cmpstrv (ta_participant_get_languages (a), ta_participant_get_languages (b));
  g_assert_cmpuint (ta_participant_get_availability (a), ==, ta_participant_get_availability (b));
  g_assert_cmpint (ta_participant_get_capacity (a), ==, ta_participant_get_capacity (b));
  g_assert_cmpstrv (ta_participant_get_offers (a), ta_participant_get_offers (b));
  g_assert_cmpstrv (ta_participant_get_seeks (a), ta_participant_get_seeks (b));
  g_assert_cmpint (ta_participant_get_reports_to (a), ==, ta_participant_get_reports_to (b));
  g_assert_cmpint (ta_participant_get_status (a), ==, ta_participant_get_status (b));
  g_assert_cmpstr (ta_participant_get_notes (a), ==, ta_participant_get_notes (b));
}

static void
test_participant_round_trip (TaTestDir       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) participant = make_full_participant ();
  g_autoptr(TaParticipant) loaded = NULL;
  g_autoptr(TaParticipant) by_email = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_participant_get_id (participant), >, 0);

  /* Survives closing and reopening the file. */
  g_clear_object (&store);
  store = open_store (fixture);
  loaded = ta_store_get_participant (store, ta_participant_get_id (participant), &error);
  g_assert_no_error (error);
  assert_participants_equal (participant, loaded);

  by_email = ta_store_find_participant_by_email (store, "AMINA.ELIDRISSI@example.com", &error);
  g_assert_no_error (error);
  assert_participants_equal (participant, by_email);
  g_assert_true (ta_store_has_email (store, "amina.elidrissi@EXAMPLE.com", &error));
  g_assert_false (ta_store_has_email (store, "nobody@example.com", &error));
  g_assert_no_error (error);
}

static void
test_participant_duplicate_email (TaTestDir       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) first = ta_test_make_participant ("Jan Peeters", "jan.peeters@example.com");
  g_autoptr(TaParticipant) second = ta_test_make_participant ("Jan Peeters", "Jan.Peeters@Example.com");
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_participant (store, first, &error));
  g_assert_false (ta_store_add_participant (store, second, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (ta_participant_get_id (second), ==, 0);
  g_clear_error (&error);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 1);
}

/* Hostile values are either stored exactly as given or refused with a
 * message, and a refusal leaves the file as it was. */
static void
test_participant_hostile_values (TaTestDir       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(GError) error = NULL;
  const char *names[] = {
    "Robert'); DROP TABLE participants;--",
    "\"; DELETE FROM vocabulary; --",
    "O'Brien % _ \\ 100%",
    "Zoë 👩🏽‍💻 Ñúñez 🎉",
    "مريم العلوي",
    "שרה כהן (RTL) ‏mixed",
  };
  g_autofree char *big_notes = g_strnfill (1000 * 1000, 'x');

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *email = g_strdup_printf ("person%u@example.com", i);
      g_autoptr(TaParticipant) participant = ta_test_make_participant (names[i], email);
      g_autoptr(TaParticipant) loaded = NULL;
      /* ";" separates list items, so it is refused there: see below. */
      const char *offers[] = { "It's \"AI\" % _ \\ tools 🤖", "ابتكار رقمي", NULL };

      ta_participant_set_department (participant, names[i]);
      ta_participant_set_offers (participant, offers);
      if (i == 0)
        ta_participant_set_notes (participant, big_notes);
      g_assert_true (ta_store_add_participant (store, participant, &error));
      g_assert_no_error (error);
      loaded = ta_store_get_participant (store, ta_participant_get_id (participant), &error);
      g_assert_no_error (error);
      assert_participants_equal (participant, loaded);
    }

  g_assert_cmpint (ta_store_count_participants (store, &error), ==, G_N_ELEMENTS (names));

  /* Refusals: invalid UTF-8, text over the limits, control characters. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    g_autofree char *huge_notes = g_strnfill (TA_PARTICIPANT_MAX_NOTES_BYTES + 1, 'y');
    g_autofree char *long_name = g_strnfill (TA_PARTICIPANT_MAX_FIELD_CHARS + 1, 'n');
    struct {
      const char *field;
      const char *value;
    } bad[] = {
      { "name", "Bad \xff\xfe name" },
      { "department", "Sales\xc3\x28" },
      { "notes", huge_notes },
      { "name", long_name },
      { "name", "Two\nlines" },
      { "name", "   " },
      { "email", "not-an-address" },
      { "email", "a@b@c.example" },
      { "email", "spaces in@example.com" },
      { "location", "Gent\x01" },
    };

    g_clear_object (&store);
    before = ta_test_file_checksum (fixture->path);
    store = open_store (fixture);

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(TaParticipant) participant = ta_test_make_participant ("Valid Name", "valid@example.com");

        g_object_set (participant, bad[i].field, bad[i].value, NULL);
        g_assert_false (ta_store_add_participant (store, participant, &error));
        g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
        g_assert_true (g_utf8_validate (error->message, -1, NULL));
        g_clear_error (&error);
      }

    g_clear_object (&store);
    after = ta_test_file_checksum (fixture->path);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_participant_update (TaTestDir       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) participant = make_full_participant ();
  g_autoptr(TaParticipant) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *offers[] = { "Power BI dashboards", NULL };

  g_assert_true (ta_store_add_participant (store, participant, &error));
  ta_participant_set_department (participant, "Finance");
  ta_participant_set_offers (participant, offers);
  ta_participant_set_seeks (participant, NULL);
  g_assert_true (ta_store_update_participant (store, participant, &error));
  g_assert_no_error (error);

  loaded = ta_store_get_participant (store, ta_participant_get_id (participant), &error);
  assert_participants_equal (participant, loaded);

  g_assert_true (ta_store_delete_participant (store, ta_participant_get_id (participant), NULL, &error));
  g_assert_false (ta_store_update_participant (store, participant, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
}

static void
test_participant_delete_restore (TaTestDir       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) manager = ta_test_make_participant ("Marc Dubois", "marc@example.com");
  g_autoptr(TaParticipant) report_a = ta_test_make_participant ("Lotte Jacobs", "lotte@example.com");
  g_autoptr(TaParticipant) report_b = ta_test_make_participant ("Kofi Mensah", "kofi@example.com");
  g_autoptr(TaParticipant) loaded = NULL;
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 manager_id;

  g_assert_true (ta_store_add_participant (store, manager, &error));
  manager_id = ta_participant_get_id (manager);
  ta_participant_set_reports_to (report_a, manager_id);
  ta_participant_set_reports_to (report_b, manager_id);
  g_assert_true (ta_store_add_participant (store, report_a, &error));
  g_assert_true (ta_store_add_participant (store, report_b, &error));
  g_assert_no_error (error);

  g_assert_true (ta_store_delete_participant (store, manager_id, &reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (reporting->len, ==, 2);
  loaded = ta_store_get_participant (store, ta_participant_get_id (report_a), &error);
  g_assert_cmpint (ta_participant_get_reports_to (loaded), ==, 0);
  g_clear_object (&loaded);

  loaded = ta_store_get_participant (store, manager_id, &error);
  g_assert_null (loaded);
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (ta_store_delete_participant (store, manager_id, NULL, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ta_store_restore_participant (store, manager, reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_participant_get_id (manager), ==, manager_id);
  loaded = ta_store_get_participant (store, ta_participant_get_id (report_b), &error);
  g_assert_cmpint (ta_participant_get_reports_to (loaded), ==, manager_id);
}

static void
test_participant_reporting_cycle (TaTestDir       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) a = ta_test_make_participant ("A", "a@example.com");
  g_autoptr(TaParticipant) b = ta_test_make_participant ("B", "b@example.com");
  g_autoptr(TaParticipant) c = ta_test_make_participant ("C", "c@example.com");
  g_autoptr(TaParticipant) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_participant (store, a, &error));
  ta_participant_set_reports_to (b, ta_participant_get_id (a));
  g_assert_true (ta_store_add_participant (store, b, &error));
  ta_participant_set_reports_to (c, ta_participant_get_id (b));
  g_assert_true (ta_store_add_participant (store, c, &error));

  /* A → C closes the loop A → C → B → A. */
  ta_participant_set_reports_to (a, ta_participant_get_id (c));
  g_assert_false (ta_store_update_participant (store, a, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  loaded = ta_store_get_participant (store, ta_participant_get_id (a), &error);
  g_assert_cmpint (ta_participant_get_reports_to (loaded), ==, 0);

  /* Reporting to someone who does not exist is refused too. */
  ta_participant_set_reports_to (a, 9999);
  g_assert_false (ta_store_update_participant (store, a, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

static void
test_import_all_or_nothing (TaTestDir       *fixture,
                            gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) managers = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) existing = ta_test_make_participant ("Old Name", "eva@example.com");
  g_autoptr(TaParticipant) updated = NULL;
  guint added = 0, n_updated = 0;

  g_assert_true (ta_store_add_participant (store, existing, &error));

  g_ptr_array_add (participants, ta_test_make_participant ("Eva Nowak", "EVA@example.com"));
  g_ptr_array_add (managers, NULL);
  g_ptr_array_add (participants, ta_test_make_participant ("Raj Patel", "raj@example.com"));
  g_ptr_array_add (managers, (gpointer) "eva@example.com");
  g_ptr_array_add (participants, ta_test_make_participant ("Li Wei", "li@example.com"));
  g_ptr_array_add (managers, (gpointer) "nobody@example.com");

  /* The last row's manager is unknown: everything before it is rolled back. */
  g_assert_false (ta_store_import_participants (store, participants, managers, &added, &n_updated, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 1);
  updated = ta_store_get_participant (store, ta_participant_get_id (existing), &error);
  g_assert_cmpstr (ta_participant_get_name (updated), ==, "Old Name");
  g_clear_object (&updated);

  g_ptr_array_index (managers, 2) = (gpointer) "raj@example.com";
  g_assert_true (ta_store_import_participants (store, participants, managers, &added, &n_updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (n_updated, ==, 1);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 3);

  updated = ta_store_get_participant (store, ta_participant_get_id (existing), &error);
  g_assert_cmpstr (ta_participant_get_name (updated), ==, "Eva Nowak");
  g_assert_cmpint (ta_participant_get_reports_to (g_ptr_array_index (participants, 1)), ==,
                   ta_participant_get_id (existing));
}

static void
test_vocabulary_shared (TaTestDir       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) a = ta_test_make_participant ("A", "a@example.com");
  g_autoptr(TaParticipant) b = ta_test_make_participant ("B", "b@example.com");
  g_autoptr(TaParticipant) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) vocabulary = NULL;
  const char *offers_a[] = { "AI tools", "Équipe hybride", NULL };
  const char *offers_b[] = { "ai TOOLS", "ÉQUIPE HYBRIDE", NULL };
  const char *seeks_b[] = { "  Negotiation  ", NULL };
  const char *expected[] = { "AI tools", "Negotiation", "Équipe hybride", NULL };
  const char *expected_b[] = { "AI tools", "Équipe hybride", NULL };

  ta_participant_set_offers (a, offers_a);
  ta_participant_set_offers (b, offers_b);
  ta_participant_set_seeks (b, seeks_b);
  g_assert_true (ta_store_add_participant (store, a, &error));
  g_assert_true (ta_store_add_participant (store, b, &error));
  g_assert_no_error (error);

  vocabulary = ta_store_list_vocabulary (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (vocabulary, expected);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM vocabulary"), ==, 3);

  /* The first spelling is the one everybody sees. */
  loaded = ta_store_get_participant (store, ta_participant_get_id (b), &error);
  g_assert_cmpstrv (ta_participant_get_offers (loaded), expected_b);
}

static void
test_check (TaTestDir       *fixture,
            gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Mentor", "mentor@example.com");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _ta_store_get_db (store);

  ta_participant_set_capacity (mentor, 1);
  g_assert_true (ta_store_add_participant (store, mentor, &error));
  problems = ta_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Damage the file behind the store's back, as another tool might. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "BEGIN; PRAGMA defer_foreign_keys = ON;"
                                 "INSERT INTO participants (id, name, email, capacity, created_at, updated_at, reports_to) "
                                 "VALUES (10, 'X', 'x@example.com', 0, '', '', 11);"
                                 "INSERT INTO participants (id, name, email, capacity, created_at, updated_at, reports_to) "
                                 "VALUES (11, 'Y', 'not an address', 1, '', '', 10);"
                                 "COMMIT;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  problems = ta_store_check (store, &error);
  g_assert_no_error (error);
  /* X: capacity 0; Y: invalid e-mail; the loop X → Y → X. */
  g_assert_cmpuint (problems->len, ==, 3);
}

typedef struct
{
  guint added;
  guint updated;
  guint removed;
  guint reset;
  gint64 last_removed;
} SignalCounts;

static void
on_added (TaStore *store, TaParticipant *participant, SignalCounts *counts)
{
  g_assert_true (TA_IS_PARTICIPANT (participant));
  counts->added++;
}

static void
on_updated (TaStore *store, TaParticipant *participant, SignalCounts *counts)
{
  counts->updated++;
}

static void
on_removed (TaStore *store, gint64 id, SignalCounts *counts)
{
  counts->removed++;
  counts->last_removed = id;
}

static void
on_reset (TaStore *store, SignalCounts *counts)
{
  counts->reset++;
}

static void
test_signals (TaTestDir       *fixture,
              gconstpointer  data)
{
  g_autoptr(TaStore) store = open_store (fixture);
  g_autoptr(TaParticipant) participant = ta_test_make_participant ("Sara", "sara@example.com");
  g_autoptr(TaParticipant) duplicate = ta_test_make_participant ("Sara", "SARA@example.com");
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  SignalCounts counts = { 0 };

  g_signal_connect (store, "participant-added", G_CALLBACK (on_added), &counts);
  g_signal_connect (store, "participant-updated", G_CALLBACK (on_updated), &counts);
  g_signal_connect (store, "participant-removed", G_CALLBACK (on_removed), &counts);
  g_signal_connect (store, "participants-reset", G_CALLBACK (on_reset), &counts);

  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_false (ta_store_add_participant (store, duplicate, &error));
  g_clear_error (&error);
  g_assert_cmpuint (counts.added, ==, 1);

  ta_participant_set_location (participant, "Gent");
  g_assert_true (ta_store_update_participant (store, participant, &error));
  g_assert_cmpuint (counts.updated, ==, 1);

  g_assert_true (ta_store_delete_participant (store, ta_participant_get_id (participant), NULL, &error));
  g_assert_cmpuint (counts.removed, ==, 1);
  g_assert_cmpint (counts.last_removed, ==, ta_participant_get_id (participant));

  g_ptr_array_add (batch, ta_test_make_participant ("Tom", "tom@example.com"));
  g_assert_true (ta_store_import_participants (store, batch, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.reset, ==, 1);
}

/* TaDatabase */

static TaDatabase *
open_scratch_database (TaTestDir *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "scratch.db", NULL);
  g_autoptr(GError) error = NULL;
  TaDatabase *database;

  database = ta_database_open (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (ta_database_exec (database, "CREATE TABLE t (x INTEGER NOT NULL)", &error));
  g_assert_no_error (error);
  return database;
}

static gint64
count_scratch_rows (TaDatabase *database)
{
  g_autoptr(sqlite3_stmt) stmt = ta_database_prepare (database, "SELECT count(*) FROM t", NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
write_then_fail (TaDatabase  *database,
                 GError     **error)
{
  g_autoptr(TaTransaction) txn = ta_transaction_begin (database, error);

  if (txn == NULL ||
      !ta_database_exec (database, "INSERT INTO t VALUES (1)", error) ||
      /* NOT NULL: refused, so the guard must undo the first row. */
      !ta_database_exec (database, "INSERT INTO t VALUES (NULL)", error))
    return FALSE;

  return ta_transaction_commit (txn, error);
}

static void
test_database_transaction_guard (TaTestDir       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TaDatabase) database = open_scratch_database (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_false (write_then_fail (database, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ta_database_in_transaction (database));
  g_assert_cmpint (count_scratch_rows (database), ==, 0);

  /* Committed, it stays. */
  {
    g_autoptr(TaTransaction) txn = ta_transaction_begin (database, &error);

    g_assert_no_error (error);
    g_assert_true (ta_database_exec (database, "INSERT INTO t VALUES (2)", &error));
    g_assert_true (ta_transaction_commit (txn, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count_scratch_rows (database), ==, 1);

  /* The begin/commit pair: a failed statement, then a rollback. */
  g_assert_true (ta_database_begin (database, &error));
  g_assert_true (ta_database_exec (database, "INSERT INTO t VALUES (3)", &error));
  g_assert_true (ta_database_in_transaction (database));
  ta_database_rollback (database);
  g_assert_false (ta_database_in_transaction (database));
  g_assert_cmpint (count_scratch_rows (database), ==, 1);
}

static void
test_database_cached_statement (TaTestDir       *fixture,
                                gconstpointer  data)
{
  g_autoptr(TaDatabase) database = open_scratch_database (fixture);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT x FROM t WHERE x >= ?1 ORDER BY x";
  sqlite3_stmt *first;
  sqlite3_stmt *again;

  g_assert_true (ta_database_exec (database, "INSERT INTO t VALUES (1), (2), (3)", &error));

  first = ta_database_get_statement (database, sql, &error);
  g_assert_no_error (error);
  ta_database_bind_int64 (first, 1, 2);
  g_assert_cmpint (sqlite3_step (first), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (first, 0), ==, 2);

  /* The same statement, reset and with its bindings cleared: stepping it
   * from the start, not where the last use left it. */
  again = ta_database_get_statement (database, sql, &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
  g_assert_cmpint (sqlite3_bind_parameter_count (again), ==, 1);
  /* ?1 is NULL now: "x >= NULL" matches nothing … */
  g_assert_cmpint (sqlite3_step (again), ==, SQLITE_DONE);
  /* … and bound again, it starts from the first row. */
  sqlite3_reset (again);
  ta_database_bind_int64 (again, 1, 1);
  g_assert_cmpint (sqlite3_step (again), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (again, 0), ==, 1);
  sqlite3_reset (again);

  /* Another text is another statement. */
  g_assert_true (ta_database_get_statement (database, "SELECT 1", &error) != first);
}

/* Cascades and undo */

typedef struct
{
  gint64 pairing;
  gint64 session;
  gint64 mentor;
} Programme;

static void
add_pair_with_session (TaStore   *store,
                       Programme *out)
{
  g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Ada Mentor", "ada@example.org");
  g_autoptr(TaParticipant) mentee = ta_test_make_participant ("Ben Mentee", "ben@example.org");
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2030, 3, 4, 9, 30, 0);
  g_autoptr(GError) error = NULL;

  ta_participant_set_role (mentor, TA_ROLE_MENTOR);
  ta_participant_set_role (mentee, TA_ROLE_MENTEE);
  g_assert_true (ta_store_add_participant (store, mentor, &error));
  g_assert_true (ta_store_add_participant (store, mentee, &error));
  g_assert_no_error (error);

  pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_no_error (error);

  session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), start, 60);
  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);

  out->pairing = ta_pairing_get_id (pairing);
  out->session = ta_session_get_id (session);
  out->mentor = ta_participant_get_id (mentor);
}

static void
on_session_removed (TaStore *store,
                    gint64   id,
                    GArray  *removed)
{
  g_array_append_val (removed, id);
}

static void
test_cascade_emits_session_removed (TaTestDir       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(TaStore) store = ta_store_open (fixture->path, NULL);
  g_autoptr(GArray) removed = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  Programme first;
  Programme second;

  add_pair_with_session (store, &first);
  g_signal_connect (store, "session-removed", G_CALLBACK (on_session_removed), removed);

  /* A pairing's delete takes its session: said as session-removed. */
  g_assert_true (ta_store_delete_pairing (store, first.pairing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_cmpint (g_array_index (removed, gint64, 0), ==, first.session);

  /* So does a person's, through their pairing. */
  {
    g_autoptr(TaParticipant) mentor = ta_test_make_participant ("Cleo Mentor", "cleo@example.org");
    g_autoptr(TaParticipant) mentee = ta_test_make_participant ("Dan Mentee", "dan@example.org");
    g_autoptr(TaPairing) pairing = NULL;
    g_autoptr(TaSession) session = NULL;
    g_autoptr(GDateTime) start = g_date_time_new_utc (2030, 5, 6, 9, 30, 0);

    ta_participant_set_role (mentor, TA_ROLE_MENTOR);
    ta_participant_set_role (mentee, TA_ROLE_MENTEE);
    g_assert_true (ta_store_add_participant (store, mentor, &error));
    g_assert_true (ta_store_add_participant (store, mentee, &error));
    pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
    g_assert_true (ta_store_add_pairing (store, pairing, &error));
    session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), start, 45);
    g_assert_true (ta_store_add_session (store, session, &error));
    g_assert_no_error (error);
    second.session = ta_session_get_id (session);
    second.mentor = ta_participant_get_id (mentor);
  }

  g_assert_true (ta_store_delete_participant (store, second.mentor, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed->len, ==, 2);
  g_assert_cmpint (g_array_index (removed, gint64, 1), ==, second.session);
}

/* Every column of @table's row @id, quoted, in one string: the columns
 * come from the table itself, so a new one is compared too. */
static char *
row_text (TaStore    *store,
          const char *table,
          gint64      id,
          gboolean    assert_all_set)
{
  sqlite3 *db = _ta_store_get_db (store);
  g_autoptr(GString) select = g_string_new ("SELECT ");
  g_autofree char *info = g_strdup_printf ("PRAGMA table_info (%s)", table);
  sqlite3_stmt *stmt = NULL;
  char *text;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, info, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_string_append_printf (select, "%s'%s=' || quote (%s)", n++ > 0 ? " || ', ' || " : "", name, name);
      if (assert_all_set)
        {
          g_autofree char *check = g_strdup_printf ("SELECT %s IS NOT NULL FROM %s WHERE id = %" G_GINT64_FORMAT,
                                                    name, table, id);
          sqlite3_stmt *is_set = NULL;

          g_assert_cmpint (sqlite3_prepare_v2 (db, check, -1, &is_set, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_step (is_set), ==, SQLITE_ROW);
          if (sqlite3_column_int (is_set, 0) != 1)
            g_error ("the test leaves %s.%s unset", table, name);
          sqlite3_finalize (is_set);
        }
    }
  sqlite3_finalize (stmt);

  g_string_append_printf (select, " FROM %s WHERE id = %" G_GINT64_FORMAT, table, id);
  g_assert_cmpint (sqlite3_prepare_v2 (db, select->str, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      return NULL;
    }
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static void
test_undo_restores_every_column (TaTestDir       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(TaStore) store = ta_store_open (fixture->path, NULL);
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *session_before = NULL;
  g_autofree char *session_after = NULL;
  g_autofree char *series_before = NULL;
  g_autofree char *series_after = NULL;
  g_autofree char *sql = NULL;
  Programme programme;

  add_pair_with_session (store, &programme);

  /* Every field of the session set, by hand, as no editor would at once. */
  sql = g_strdup_printf ("INSERT INTO session_series (id, pairing_id, frequency, interval, week_of_month, "
                         "local_time, time_zone, duration_minutes, location, first_date, until_date, count, "
                         "created_at, updated_at) VALUES (77, %1$" G_GINT64_FORMAT ", 'monthly', 2, 1, "
                         "'09:30', 'Europe/Brussels', 60, 'Room 1', '2030-03-04', '2031-03-04', 0, "
                         "'2030-01-01T00:00:00Z', '2030-01-02T00:00:00Z');"
                         "UPDATE sessions SET title = 'Kick-off', location = 'Room 2', status = 'held', "
                         "cancelled_by = %2$" G_GINT64_FORMAT ", cancel_reason = 'ill', notes = 'notes', "
                         "mentor_learned = 'a', mentee_learned = 'b', mentor_rating = 4, mentee_rating = 5, "
                         "series_id = 77, occurrence_start = '2030-03-04T08:30:00Z', revision = 9, "
                         "exchange_uid = 'other:session:4', mentor_learned_shared = 1, mentee_learned_shared = 1, "
                         "invitation_sequence = 2, invitation_revision = 8, "
                         "created_at = '2030-01-03T00:00:00Z', updated_at = '2030-01-04T00:00:00Z' "
                         "WHERE id = %3$" G_GINT64_FORMAT,
                         programme.pairing, programme.mentor, programme.session);
  g_assert_cmpint (sqlite3_exec (_ta_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  session_before = row_text (store, "sessions", programme.session, TRUE);
  series_before = row_text (store, "session_series", 77, FALSE);

  mentor = ta_store_get_participant (store, programme.mentor, &error);
  g_assert_no_error (error);
  g_assert_true (ta_store_delete_participant (store, programme.mentor, &reporting, &error));
  g_assert_no_error (error);
  g_assert_null (row_text (store, "sessions", programme.session, FALSE));

  g_assert_true (ta_store_restore_participant (store, mentor, reporting, &error));
  g_assert_no_error (error);

  session_after = row_text (store, "sessions", programme.session, FALSE);
  series_after = row_text (store, "session_series", 77, FALSE);
  g_assert_cmpstr (session_after, ==, session_before);
  g_assert_cmpstr (series_after, ==, series_before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TaTestDir, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store/open/creates-private-file", test_open_creates_private_file);
  ADD ("/store/open/creates-folder", test_open_creates_folder);
  ADD ("/store/open/refuses-newer", test_open_refuses_newer);
  ADD ("/store/open/refuses-other-database", test_open_refuses_other_database);
  ADD ("/store/open/refuses-text-file", test_open_refuses_text_file);
  ADD ("/store/open/refuses-read-only", test_open_refuses_read_only);
  ADD ("/store/migrate/from-v0", test_migrate_from_v0);
  ADD ("/store/migrate/every-version", test_migrate_every_version);
  ADD ("/store/migrate/to-topics", test_migrate_to_topics);
  ADD ("/store/participants/round-trip", test_participant_round_trip);
  ADD ("/store/participants/duplicate-email", test_participant_duplicate_email);
  ADD ("/store/participants/hostile-values", test_participant_hostile_values);
  ADD ("/store/participants/update", test_participant_update);
  ADD ("/store/participants/delete-restore", test_participant_delete_restore);
  ADD ("/store/participants/reporting-cycle", test_participant_reporting_cycle);
  ADD ("/store/import/all-or-nothing", test_import_all_or_nothing);
  ADD ("/store/vocabulary/shared", test_vocabulary_shared);
  ADD ("/store/check", test_check);
  ADD ("/store/signals", test_signals);
  ADD ("/store/database/transaction-guard", test_database_transaction_guard);
  ADD ("/store/database/cached-statement", test_database_cached_statement);
  ADD ("/store/changes/cascade-session-removed", test_cascade_emits_session_removed);
  ADD ("/store/trash/undo-restores-every-column", test_undo_restores_every_column);

#undef ADD

  return g_test_run ();
}
