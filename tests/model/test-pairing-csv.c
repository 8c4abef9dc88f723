/* test-pairing-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-pairing-csv"

#include <string.h>

#include "ta-demo.h"
#include "ta-pairing-csv.h"
#include "ta-pairing-private.h"
#include "ta-participant-csv.h"
#include "ta-test-programme.h"

/*
 * Pairs as a spreadsheet: the file a Belgian Excel keeps them in
 * (tests/model/data/pairs-excel-nl.csv), the store's rules with the line of
 * each problem, which pairing a row updates, and export → import that
 * changes nothing.
 */

typedef struct
{
  TaTestDir  dir;
  TaStore *store;
} Fixture;

static GBytes *
read_fixture (const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", file, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
import_ok (TaStore    *store,
           const char *csv,
           gsize       length)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_csv_import (store, csv, length, "in.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                                &result, &error));
  g_assert_no_error (error);
}

/* The five people of the spreadsheet fixtures, and some more with no
 * manager: mentors m1…m4 (one place each), mentees e1…e5. */
static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GBytes) people = read_fixture ("excel-be-1252.csv");
  g_autoptr(GString) more = g_string_new ("name,email,role\n");

  fixture->store = ta_test_open_programme (&fixture->dir);

  import_ok (fixture->store, g_bytes_get_data (people, NULL), g_bytes_get_size (people));
  for (guint i = 1; i <= 4; i++)
    g_string_append_printf (more, "Mentor %u,m%u@example.be,mentor\n", i, i);
  for (guint i = 1; i <= 5; i++)
    g_string_append_printf (more, "Mentee %u,e%u@example.be,mentee\n", i, i);
  import_ok (fixture->store, more->str, more->len);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static gint64
id_of (TaStore    *store,
       const char *email)
{
  g_autoptr(TaParticipant) participant = ta_store_find_participant_by_email (store, email, NULL);

  g_assert_nonnull (participant);
  return ta_participant_get_id (participant);
}

/* The pairings of @mentor and @mentee, oldest first. */
static GPtrArray *
pairings_of (TaStore    *store,
             const char *mentor,
             const char *mentee)
{
  g_autoptr(GPtrArray) all = ta_store_list_pairings (store, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 mentor_id = id_of (store, mentor);
  gint64 mentee_id = id_of (store, mentee);

  for (guint i = 0; i < all->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (all, i);

      if (ta_pairing_get_mentor_id (pairing) == mentor_id &&
          ta_pairing_get_mentee_id (pairing) == mentee_id)
        g_ptr_array_add (found, g_object_ref (pairing));
    }

  return found;
}

static TaPairing *
the_pairing (TaStore    *store,
             const char *mentor,
             const char *mentee)
{
  g_autoptr(GPtrArray) found = pairings_of (store, mentor, mentee);

  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static char *
export_pairs (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ta_pairings_export_csv (store, TA_CSV_EXPORT_DEFAULT, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_goal (TaPairing  *pairing,
             guint       index,
             const char *title,
             gboolean    done)
{
  g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (pairing)), index);

  g_assert_nonnull (goal);
  g_assert_cmpstr (ta_goal_get_title (goal), ==, title);
  g_assert_cmpint (ta_goal_get_done (goal), ==, done);
}

static void
count_resets (TaStore *store,
              guint   *n)
{
  (*n)++;
}

static void
test_fixture (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GBytes) pairs = read_fixture ("pairs-excel-nl.csv");
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) first = NULL;
  g_autoptr(TaPairing) second = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  gint64 revision;
  guint n_resets = 0;
  gulong handler;

  handler = g_signal_connect (fixture->store, "pairings-reset", G_CALLBACK (count_resets), &n_resets);

  g_assert_true (ta_csv_import (fixture->store, g_bytes_get_data (pairs, NULL), g_bytes_get_size (pairs),
                                "pairs-excel-nl.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result->kind, ==, TA_CSV_KIND_PAIRINGS);
  g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (result->format.separator, ==, ';');
  g_assert_cmpuint (result->added, ==, 2);
  g_assert_cmpuint (result->updated, ==, 0);
  g_assert_cmpuint (result->unchanged, ==, 0);
  g_assert_cmpuint (n_resets, ==, 1);
  g_clear_pointer (&result, ta_import_result_free);

  first = the_pairing (fixture->store, "juergen.mueller@example.be", "chloe.dubois@example.be");
  g_assert_cmpint (ta_pairing_get_status (first), ==, TA_PAIRING_STATUS_ACTIVE);
  g_assert_cmpstr (ta_pairing_get_started_on (first), ==, "2025-03-15");
  g_assert_null (ta_pairing_get_ended_on (first));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (first))), ==, 2);
  assert_goal (first, 0, "Eerste LinkedIn-post", TRUE);
  assert_goal (first, 1, "Présentation à l’équipe; met de hele afdeling", FALSE);
  /* Scored as the suggestions would have scored it. */
  g_assert_nonnull (ta_pairing_get_explanation (first));

  second = the_pairing (fixture->store, "zoe.janssens@example.be", "ana.zagar@example.be");
  g_assert_cmpint (ta_pairing_get_status (second), ==, TA_PAIRING_STATUS_PAUSED);
  g_assert_cmpstr (ta_pairing_get_started_on (second), ==, "2025-02-01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (second))), ==, 0);
  revision = first->revision;

  exported = export_pairs (fixture->store);
  g_assert_cmpstr (exported, ==,
                   "mentor,mentee,status,started,goals,ended,end_reason\r\n"
                   "juergen.mueller@example.be,chloe.dubois@example.be,active,2025-03-15,"
                   "\"[x] Eerste LinkedIn-post\n[ ] Présentation à l’équipe; met de hele afdeling\",,\r\n"
                   "zoe.janssens@example.be,ana.zagar@example.be,paused,2025-02-01,,,\r\n");

  /* The export, and the spreadsheet again: nothing changes, nothing is
   * written, nobody is told. */
  g_assert_true (ta_csv_import (fixture->store, exported, strlen (exported), "pairs.csv", NULL,
                                TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 0);
  g_assert_cmpuint (result->unchanged, ==, 2);
  g_clear_pointer (&result, ta_import_result_free);

  g_assert_true (ta_csv_import (fixture->store, g_bytes_get_data (pairs, NULL), g_bytes_get_size (pairs),
                                "pairs-excel-nl.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_cmpuint (result->unchanged, ==, 2);
  g_clear_pointer (&result, ta_import_result_free);

  again = export_pairs (fixture->store);
  g_assert_cmpstr (again, ==, exported);
  g_clear_object (&first);
  first = the_pairing (fixture->store, "juergen.mueller@example.be", "chloe.dubois@example.be");
  g_assert_cmpint (first->revision, ==, revision);
  g_assert_cmpuint (n_resets, ==, 1);

  g_signal_handler_disconnect (fixture->store, handler);
}

static void
assert_problems (TaImportResult     *result,
                 const char * const *expected)
{
  for (guint i = 0; i < result->problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (result->problems, i));
  for (guint i = 0; i < result->problems->len && expected[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (result->problems, i), ==, expected[i]);
  g_assert_cmpuint (result->problems->len, ==, g_strv_length ((GStrv) expected));
}

static void
test_rules (Fixture       *fixture,
            gconstpointer  data)
{
  const char *setup =
    "mentor,mentee,status,started\n"
    "juergen.mueller@example.be,chloe.dubois@example.be,active,2025-03-15\n"
    "zoe.janssens@example.be,ana.zagar@example.be,completed,2025-02-01\n";
  const char *csv =
    "mentor,mentee,status,started,ended,end_reason\n"
    "nobody@example.be,e1@example.be,,,,\n"                                      /* 2 */
    "chloe.dubois@example.be,e1@example.be,,,,\n"                                /* 3 */
    "zoe.janssens@example.be,juergen.mueller@example.be,,,,\n"                   /* 4 */
    "francois.peeters@example.be,chloe.dubois@example.be,active,,,\n"            /* 5 */
    "zoe.janssens@example.be,ana.zagar@example.be,active,,,\n"                   /* 6 */
    "m1@example.be,e1@example.be,done,,,\n"                                      /* 7 */
    "m2@example.be,e2@example.be,active,31/02/2025,,\n"                          /* 8 */
    "m3@example.be,e3@example.be,ended,2025-01-01,,\n"                           /* 9 */
    "m4@example.be,e4@example.be,active,,,\n"                                    /* 10 */
    "m4@example.be,e5@example.be,active,2025-05-01,2025-04-01,\n"                /* 11 */
    "francois.peeters@example.be,Francois.Peeters@example.be,,,,,extra\n";       /* 12 */
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  import_ok (fixture->store, setup, strlen (setup));
  before = export_pairs (fixture->store);

  g_assert_false (ta_csv_import (fixture->store, csv, strlen (csv), "pairs.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpstr (error->message, ==, "pairs.csv has 13 problems; nothing was imported");
  assert_problems (result, (const char * const[]) {
    "pairs.csv:2: mentor: “nobody@example.be” is not in the programme (import the participants first)",
    "pairs.csv:3: mentor: Chloé Dubois takes part as a mentee only, not as a mentor",
    "pairs.csv:4: mentee: Jürgen Müller takes part as a mentor only, not as a mentee",
    "pairs.csv:5: mentee: Chloé Dubois reports to François Peeters: nobody is paired within their "
      "own reporting line",
    "pairs.csv:5: mentee: Chloé Dubois already has a mentor",
    "pairs.csv:6: status: A pairing that is “Completed” cannot become “Active”",
    "pairs.csv:7: status: “done” is not a pairing status (use proposed, active, paused, completed "
      "or ended)",
    "pairs.csv:8: started: “31/02/2025” is not a date (write YYYY-MM-DD, e.g. 2025-03-15)",
    "pairs.csv:9: end_reason: Say why the pairing ended",
    "pairs.csv:11: mentor: Mentor 4 has no place left: they mentor at most 1 person",
    "pairs.csv:11: ended: A pairing cannot end before it started",
    "pairs.csv:12: mentee: Nobody can be their own mentor",
    "pairs.csv:12: column 7: This cell has no column name in the header row",
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  after = export_pairs (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* A dry run says the same, and writes nothing either. */
  g_assert_false (ta_csv_import (fixture->store, csv, strlen (csv), "pairs.csv", NULL,
                                 TA_CSV_IMPORT_DRY_RUN, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpuint (result->problems->len, ==, 13);

  /* A pair of the past within a reporting line is history: taken. */
  {
    const char *history = "mentor,mentee,status,started,ended\n"
                          "francois.peeters@example.be,chloe.dubois@example.be,completed,"
                          "2024-01-08,2024-06-28\n";

    import_ok (fixture->store, history, strlen (history));
  }
}

static void
test_header (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ta_csv_detect_kind ("mentor,mentee\n", 14, NULL), ==, TA_CSV_KIND_PAIRINGS);
  g_assert_cmpint (ta_csv_detect_kind ("Mentor E-mail;Mentee E-mail;Status\r\n", 36, NULL), ==,
                   TA_CSV_KIND_PAIRINGS);
  g_assert_cmpint (ta_csv_detect_kind ("\xEF\xBB\xBF" "Mentor;Mentoré;Début\r\n", 28, NULL), ==,
                   TA_CSV_KIND_PAIRINGS);
  g_assert_cmpint (ta_csv_detect_kind ("name,email,mentor,mentee\n", 25, NULL), ==,
                   TA_CSV_KIND_PARTICIPANTS);
  g_assert_cmpint (ta_csv_detect_kind ("mentor,notes\n", 13, NULL), ==, TA_CSV_KIND_PARTICIPANTS);
  g_assert_cmpint (ta_csv_detect_kind ("", 0, NULL), ==, TA_CSV_KIND_PARTICIPANTS);

  /* Read as pairs anyway: the columns that are missing are said. */
  g_assert_false (ta_pairings_import_csv (fixture->store, "mentor,status,Shoe size\n", 24, "p.csv",
                                          NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  assert_problems (result, (const char * const[]) {
    "p.csv:1: mentee: This column is required but missing from the header row",
    NULL
  });
  g_assert_cmpuint (result->unknown_columns->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->unknown_columns, 0), ==, "Shoe size");
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (ta_pairings_import_csv (fixture->store, "", 0, "p.csv", NULL,
                                          TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* A header alone: nothing to do. */
  g_assert_true (ta_pairings_import_csv (fixture->store, "mentor,mentee\n", 14, "p.csv", NULL,
                                         TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added + result->updated + result->unchanged, ==, 0);
}

/* Rows of the same two people take their pairings in order; one row takes
 * the open one. */
static void
test_matching (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TaPairing) first = ta_pairing_new (id_of (fixture->store, "m1@example.be"),
                                               id_of (fixture->store, "e1@example.be"));
  g_autoptr(TaPairing) second = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) both = NULL;
  g_autofree char *exported = NULL;
  const char *csv = "mentor,mentee,status\nm1@example.be,e1@example.be,paused\n";

  g_assert_true (ta_store_add_pairing (fixture->store, first, &error));
  ta_pairing_set_status (first, TA_PAIRING_STATUS_ENDED);
  ta_pairing_set_end_reason (first, "Moved to another team");
  g_assert_true (ta_store_update_pairing (fixture->store, first, &error));
  g_assert_no_error (error);
  second = ta_pairing_new (ta_pairing_get_mentor_id (first), ta_pairing_get_mentee_id (first));
  g_assert_true (ta_store_add_pairing (fixture->store, second, &error));
  g_assert_no_error (error);

  exported = export_pairs (fixture->store);
  g_assert_cmpstr (exported, ==,
                   "mentor,mentee,status,started,goals,ended,end_reason\r\n"
                   "m1@example.be,e1@example.be,ended,,,,Moved to another team\r\n"
                   "m1@example.be,e1@example.be,proposed,,,,\r\n");
  g_assert_true (ta_csv_import (fixture->store, exported, strlen (exported), "p.csv", NULL,
                                TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->unchanged, ==, 2);
  g_clear_pointer (&result, ta_import_result_free);

  /* proposed → paused is not a change a pairing can make. */
  g_assert_false (ta_csv_import (fixture->store, csv, strlen (csv), "p.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  assert_problems (result, (const char * const[]) {
    "p.csv:2: status: A pairing that is “Proposed” cannot become “Paused”",
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  csv = "mentor,mentee,status,goals\nm1@example.be,e1@example.be,active,First goal\n";
  g_assert_true (ta_csv_import (fixture->store, csv, strlen (csv), "p.csv", NULL,
                                TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 1);

  both = pairings_of (fixture->store, "m1@example.be", "e1@example.be");
  g_assert_cmpuint (both->len, ==, 2);
  g_assert_cmpint (ta_pairing_get_status (g_ptr_array_index (both, 0)), ==, TA_PAIRING_STATUS_ENDED);
  g_assert_cmpint (ta_pairing_get_status (g_ptr_array_index (both, 1)), ==, TA_PAIRING_STATUS_ACTIVE);
  assert_goal (g_ptr_array_index (both, 1), 0, "First goal", FALSE);
  /* The ended pairing keeps what the file did not say. */
  g_assert_cmpstr (ta_pairing_get_end_reason (g_ptr_array_index (both, 0)), ==, "Moved to another team");
}

static void
test_dates_and_goals (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const dates[] = {
    "2025-03-15", "15/03/2025", "15.03.2025", "15-3-2025", "2025/03/15", "15/03/2025 00:00",
    " 15/3/2025 ",
  };
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new ("mentor;mentee;goals\nm1@example.be;e1@example.be;\"");

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *csv = g_strdup_printf ("mentor,mentee,started\nm1@example.be,e1@example.be,%s\n",
                                              dates[i]);
      g_autoptr(TaPairing) pairing = NULL;

      import_ok (fixture->store, csv, strlen (csv));
      pairing = the_pairing (fixture->store, "m1@example.be", "e1@example.be");
      g_assert_cmpstr (ta_pairing_get_started_on (pairing), ==, "2025-03-15");
    }

  /* Month first is not read: 15 is no month. */
  {
    const char *csv = "mentor,mentee,started\nm1@example.be,e1@example.be,03/15/2025\n";

    g_assert_false (ta_csv_import (fixture->store, csv, strlen (csv), "p.csv", NULL,
                                   TA_CSV_IMPORT_DEFAULT, &result, &error));
    assert_problems (result, (const char * const[]) {
      "p.csv:2: started: “03/15/2025” is not a date (write YYYY-MM-DD, e.g. 2025-03-15)",
      NULL
    });
    g_clear_pointer (&result, ta_import_result_free);
    g_clear_error (&error);
  }

  /* One goal per line, CRLF, LF or CR; blank lines skipped. */
  {
    const char *csv = "mentor;mentee;goals\r\nm1@example.be;e1@example.be;\"[x] A, and more\r\n"
                      "[ ] B; still B\n\n  C\r[X]D\"\r\n";
    g_autoptr(TaPairing) pairing = NULL;
    g_autofree char *exported = NULL;

    import_ok (fixture->store, csv, strlen (csv));
    pairing = the_pairing (fixture->store, "m1@example.be", "e1@example.be");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (pairing))), ==, 4);
    assert_goal (pairing, 0, "A, and more", TRUE);
    assert_goal (pairing, 1, "B; still B", FALSE);
    assert_goal (pairing, 2, "C", FALSE);
    assert_goal (pairing, 3, "D", TRUE);

    exported = export_pairs (fixture->store);
    g_assert_nonnull (strstr (exported, ",\"[x] A, and more\n[ ] B; still B\n[ ] C\n[x] D\","));
  }

  for (guint i = 0; i <= TA_PAIRING_MAX_GOALS; i++)
    g_string_append_printf (many, "Goal %u\n", i);
  g_string_append (many, "\"\n");
  g_assert_false (ta_csv_import (fixture->store, many->str, many->len, "p.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  assert_problems (result, (const char * const[]) {
    "p.csv:2: goals: A pairing can have at most 20 goals",
    NULL
  });
}

/* A whole programme moves over: its people, then its pairs, into a new
 * programme; the pairs come out as they went in, and importing them once
 * more changes nothing. */
static void
test_programme_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) demo = NULL;
  g_autoptr(GBytes) people = NULL;
  g_autoptr(GBytes) pairs = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autofree char *demo_path = g_build_filename (fixture->dir.dir, "demo.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir.dir, "copy.db", NULL);
  g_autoptr(TaStore) copy = NULL;

  demo = ta_store_open (demo_path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (demo, 400, 11, &error));
  g_assert_no_error (error);
  pairings = ta_store_list_pairings (demo, &error);
  g_assert_cmpuint (pairings->len, >, 50);

  people = ta_participants_export_csv (demo, &error);
  pairs = ta_pairings_export_csv (demo, TA_CSV_EXPORT_SPREADSHEET, &error);
  first = export_pairs (demo);

  copy = ta_store_open (copy_path, &error);
  g_assert_no_error (error);
  import_ok (copy, g_bytes_get_data (people, NULL), g_bytes_get_size (people));
  g_assert_true (ta_csv_import (copy, g_bytes_get_data (pairs, NULL), g_bytes_get_size (pairs),
                                "pairs.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, pairings->len);
  g_clear_pointer (&result, ta_import_result_free);

  second = export_pairs (copy);
  g_assert_cmpstr (second, ==, first);

  g_assert_true (ta_csv_import (copy, g_bytes_get_data (pairs, NULL), g_bytes_get_size (pairs),
                                "pairs.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_cmpuint (result->unchanged, ==, pairings->len);
  g_assert_cmpuint (result->added + result->updated, ==, 0);
}

/* A dry run counts, writes nothing, and works on a programme opened only
 * to look at it (as turnabout-cli import --dry-run opens it). */
static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GBytes) pairs = read_fixture ("pairs-excel-nl.csv");
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) reader = NULL;
  g_autoptr(GPtrArray) pairings = NULL;

  g_clear_object (&fixture->store);
  reader = ta_store_open_full (fixture->dir.path, TA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_assert_true (ta_csv_import (reader, g_bytes_get_data (pairs, NULL), g_bytes_get_size (pairs),
                                "pairs.csv", NULL, TA_CSV_IMPORT_DRY_RUN, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 2);
  pairings = ta_store_list_pairings (reader, &error);
  g_assert_cmpuint (pairings->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/pairing-csv/fixture", test_fixture);
  ADD ("/pairing-csv/rules", test_rules);
  ADD ("/pairing-csv/header", test_header);
  ADD ("/pairing-csv/matching", test_matching);
  ADD ("/pairing-csv/dates-and-goals", test_dates_and_goals);
  ADD ("/pairing-csv/programme-round-trip", test_programme_round_trip);
  ADD ("/pairing-csv/dry-run", test_dry_run);

#undef ADD

  return g_test_run ();
}
