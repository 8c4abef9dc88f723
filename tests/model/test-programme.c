/* test-programme.c - the front door: one object for a window and its views
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ta-programme.h"
#include "ta-store.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir      dir;
  TaProgramme *programme;
  GHashTable  *changes;     /* detail -> count of ::changed */
} Fixture;

static void
changed_cb (TaProgramme *programme,
            Fixture     *fixture)
{
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (programme);
  const char *detail = g_quark_to_string (hint->detail);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (fixture->changes, detail));

  g_hash_table_insert (fixture->changes, g_strdup (detail), GUINT_TO_POINTER (count + 1));
}

static guint
changes_of (Fixture    *fixture,
            const char *detail)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (fixture->changes, detail));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ta_test_dir_init (&fixture->dir);
  fixture->programme = ta_programme_open (fixture->dir.path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);
  fixture->changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect (fixture->programme, "changed", G_CALLBACK (changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->programme);
  g_hash_table_unref (fixture->changes);
  ta_test_dir_clear (&fixture->dir);
}

static gint64
add_person (Fixture    *fixture,
            const char *name,
            const char *email,
            TaRole      role)
{
  g_autoptr(TaParticipant) participant = ta_test_make_participant (name, email);
  g_autoptr(GError) error = NULL;

  ta_participant_set_role (participant, role);
  ta_participant_set_capacity (participant, role == TA_ROLE_MENTOR ? 1 : 0);
  ta_participant_set_languages (participant, (const char * const []) { "en", NULL });
  ta_participant_set_availability (participant, TA_AVAILABILITY_ALL);
  if (role == TA_ROLE_MENTOR)
    ta_participant_set_offers (participant, (const char * const []) { "AI tools", NULL });
  else
    ta_participant_set_seeks (participant, (const char * const []) { "AI tools", NULL });
  g_assert_true (ta_programme_add_participant (fixture->programme, participant, &error));
  g_assert_no_error (error);

  return ta_participant_get_id (participant);
}

static void
test_open_missing (void)
{
  g_autoptr(GError) error = NULL;
  TaTestDir dir;

  ta_test_dir_init (&dir);
  g_assert_null (ta_programme_open (dir.path, TA_PROGRAMME_OPEN_FLAGS_NONE, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_MISSING);
  g_assert_false (g_file_test (dir.path, G_FILE_TEST_EXISTS));
  ta_test_dir_clear (&dir);
}

/* One list per kind, shared; each edit announces its own kind once. */
static void
test_lists_and_changes (Fixture       *fixture,
                        gconstpointer  data)
{
  TaParticipantList *participants = ta_programme_get_participants (fixture->programme);
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor;
  gint64 mentee;

  g_assert_cmpstr (ta_programme_get_path (fixture->programme), ==, fixture->dir.path);
  g_assert_true (participants == ta_programme_get_participants (fixture->programme));
  g_assert_true (ta_programme_get_pairings (fixture->programme) ==
                 ta_programme_get_pairings (fixture->programme));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (participants)), ==, 0);

  mentor = add_person (fixture, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  mentee = add_person (fixture, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (participants)), ==, 2);
  g_assert_cmpuint (changes_of (fixture, "participants"), ==, 2);
  g_assert_cmpuint (changes_of (fixture, "pairings"), ==, 0);

  pairing = ta_pairing_new (mentor, mentee);
  g_assert_true (ta_programme_add_pairing (fixture->programme, pairing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes_of (fixture, "pairings"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_pairings (fixture->programme))), ==, 1);

  /* A refused edit announces nothing. */
  {
    g_autoptr(TaPairing) again = ta_pairing_new (mentor, mentee);

    g_assert_false (ta_programme_add_pairing (fixture->programme, again, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (changes_of (fixture, "pairings"), ==, 1);
  }
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static void
set_true (gpointer  data,
          GObject  *where_the_object_was)
{
  g_atomic_int_set ((gint *) data, TRUE);
}

/* A task run in a thread is dropped by that thread a moment after its
 * callback ran: wait for it, so the programme it holds can be finalized. */
static void
release_task (GAsyncResult **async)
{
  gint gone = FALSE;

  g_object_weak_ref (G_OBJECT (*async), set_true, &gone);
  g_clear_object (async);
  while (!g_atomic_int_get (&gone))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
ready_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* A table from Excel, checked then imported, through the programme. */
static void
test_import_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", "excel-utf8-bom-nl.csv", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GAsyncResult) async = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  guint added;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  ta_programme_import_csv_async (fixture->programme, bytes, "nl.csv", NULL,
                                 TA_CSV_IMPORT_DRY_RUN, NULL, ready_cb, &async);
  g_assert_true (ta_programme_import_csv_finish (fixture->programme, wait_for (&async), &result, &error));
  g_assert_no_error (error);
  added = result->added;
  g_assert_cmpuint (added, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_participants (fixture->programme))), ==, 0);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_object (&async);

  ta_programme_import_csv_async (fixture->programme, bytes, "nl.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, NULL, ready_cb, &async);
  g_assert_true (ta_programme_import_csv_finish (fixture->programme, wait_for (&async), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, added);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_participants (fixture->programme))), ==, added);
}

/* Suggestions come from a snapshot, in a thread, tagged as the programme's. */
static void
test_suggest (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GAsyncResult) async = NULL;
  g_autoptr(GError) error = NULL;
  TaSuggestions *suggestions;
  gint *progress = g_atomic_rc_box_new0 (gint);

  add_person (fixture, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  add_person (fixture, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);
  matcher = ta_programme_new_matcher (fixture->programme, &error);
  g_assert_no_error (error);

  ta_programme_suggest_async (fixture->programme, matcher, progress, NULL, ready_cb, &async);
  suggestions = ta_programme_suggest_finish (fixture->programme, wait_for (&async), &error);
  g_assert_no_error (error);
  g_assert_nonnull (suggestions);
  g_assert_cmpuint (suggestions->suggestions->len, ==, 1);
  g_assert_cmpint (g_atomic_int_get (progress), ==, 1000);
  ta_suggestions_free (suggestions);
  release_task (&async);
  g_atomic_rc_box_release (progress);
}

static gint64
add_monthly_series (Fixture  *fixture,
                    gint64   *out_pairing)
{
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_month = g_date_time_add_months (now, 1);
  g_autofree char *first = g_date_time_format (next_month, "%Y-%m-01");
  g_autoptr(GError) error = NULL;
  gint64 mentor = add_person (fixture, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  gint64 mentee = add_person (fixture, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);
  gint64 series;

  pairing = ta_pairing_new (mentor, mentee);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_programme_add_pairing (fixture->programme, pairing, &error));
  g_assert_no_error (error);
  *out_pairing = ta_pairing_get_id (pairing);

  rule = ta_recurrence_new_monthly (first, 2, "14:00", "Europe/Brussels");
  series = ta_programme_add_series (fixture->programme, *out_pairing, rule, 45, "Room 4.12", &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);

  return series;
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  TaSession *first = *(TaSession **) a;
  TaSession *second = *(TaSession **) b;

  return g_date_time_compare (ta_session_get_starts_at (first), ta_session_get_starts_at (second));
}

static TaSession *
nth_session (Fixture *fixture,
             gint64   pairing,
             guint    n,
             guint   *out_count)
{
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (fixture->programme, pairing, NULL);

  g_assert_nonnull (sessions);
  g_ptr_array_sort (sessions, compare_starts);
  if (out_count != NULL)
    *out_count = sessions->len;
  g_assert_cmpuint (n, <, sessions->len);

  return g_object_ref (g_ptr_array_index (sessions, n));
}

/* "This and all future sessions" without a rule: the series ends before
 * the session, which stays as a single one; the earlier ones are kept. */
static void
test_update_series_scope (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TaSession) third = NULL;
  g_autoptr(TaSession) second = NULL;
  g_autoptr(TaSession) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pairing = 0;
  guint before_count;
  guint after_count;

  add_monthly_series (fixture, &pairing);
  second = nth_session (fixture, pairing, 1, &before_count);
  g_assert_cmpuint (before_count, >=, 6);

  /* Only this one: moved to another place, still in its series. */
  ta_session_set_location (second, "Room 2.01");
  g_assert_true (ta_programme_update_series (fixture->programme, second, TA_SERIES_SCOPE_THIS, NULL, &error));
  g_assert_no_error (error);
  after = nth_session (fixture, pairing, 1, &after_count);
  g_assert_cmpuint (after_count, ==, before_count);
  g_assert_cmpstr (ta_session_get_location (after), ==, "Room 2.01");
  g_assert_cmpint (ta_session_get_series_id (after), !=, 0);
  g_clear_object (&after);

  third = nth_session (fixture, pairing, 2, NULL);
  ta_session_set_notes (third, "Last one of the series");
  g_assert_true (ta_programme_update_series (fixture->programme, third,
                                             TA_SERIES_SCOPE_THIS_AND_FUTURE, NULL, &error));
  g_assert_no_error (error);
  after = nth_session (fixture, pairing, 2, &after_count);
  g_assert_cmpuint (after_count, ==, 3);
  g_assert_cmpint (ta_session_get_series_id (after), ==, 0);
  g_assert_cmpstr (ta_session_get_notes (after), ==, "Last one of the series");
  g_assert_cmpstr (ta_session_get_location (after), ==, "Room 4.12");
}

/* A stale copy is refused as a whole: nothing of the series changes. */
static void
test_update_series_stale (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TaSession) stale = NULL;
  g_autoptr(TaSession) fresh = NULL;
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GError) error = NULL;
  gint64 pairing = 0;
  guint before_count;
  guint after_count;

  add_monthly_series (fixture, &pairing);
  stale = nth_session (fixture, pairing, 1, &before_count);
  fresh = nth_session (fixture, pairing, 1, NULL);
  ta_session_set_notes (fresh, "Changed elsewhere");
  g_assert_true (ta_programme_update_series (fixture->programme, fresh, TA_SERIES_SCOPE_THIS, NULL, &error));
  g_assert_no_error (error);

  ta_session_set_location (stale, "Room 9");
  g_assert_false (ta_programme_update_series (fixture->programme, stale, TA_SERIES_SCOPE_THIS, NULL, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
  g_clear_object (&fresh);
  fresh = nth_session (fixture, pairing, 1, &after_count);
  g_assert_cmpuint (after_count, ==, before_count);
  g_assert_cmpstr (ta_session_get_location (fresh), ==, "Room 4.12");
  g_assert_cmpstr (ta_session_get_notes (fresh), ==, "Changed elsewhere");
}

/* Undoing proposals takes back the pairs still proposed, and only those. */
static void
test_take_back_pairings (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TaPairing) started = NULL;
  g_autoptr(TaPairing) gone = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentors[2];
  gint64 mentees[2];

  mentors[0] = add_person (fixture, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  mentors[1] = add_person (fixture, "Sofia Rossi", "sofia@example.com", TA_ROLE_MENTOR);
  mentees[0] = add_person (fixture, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);
  mentees[1] = add_person (fixture, "Jan Peeters", "jan@example.com", TA_ROLE_MENTEE);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TaPairing) pairing = ta_pairing_new (mentors[i], mentees[i]);
      gint64 id;

      ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
      g_assert_true (ta_programme_add_pairing (fixture->programme, pairing, &error));
      g_assert_no_error (error);
      id = ta_pairing_get_id (pairing);
      g_array_append_val (ids, id);
    }

  /* Somebody starts the second pair meanwhile. */
  started = ta_programme_get_pairing (fixture->programme, g_array_index (ids, gint64, 1), &error);
  g_assert_no_error (error);
  ta_pairing_set_status (started, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_programme_update_pairing (fixture->programme, started, &error));
  g_assert_no_error (error);

  g_assert_true (ta_programme_take_back_pairings (fixture->programme, ids, &error));
  g_assert_no_error (error);

  gone = ta_programme_get_pairing (fixture->programme, g_array_index (ids, gint64, 0), NULL);
  g_assert_null (gone);
  g_clear_object (&started);
  started = ta_programme_get_pairing (fixture->programme, g_array_index (ids, gint64, 1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_pairing_get_status (started), ==, TA_PAIRING_STATUS_ACTIVE);

  /* Again: nothing is left to take back, and that is no failure. */
  g_assert_true (ta_programme_take_back_pairings (fixture->programme, ids, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/programme/open-missing", test_open_missing);
  g_test_add ("/programme/lists-and-changes", Fixture, NULL,
              fixture_setup, test_lists_and_changes, fixture_teardown);
  g_test_add ("/programme/import-csv", Fixture, NULL,
              fixture_setup, test_import_csv, fixture_teardown);
  g_test_add ("/programme/suggest", Fixture, NULL,
              fixture_setup, test_suggest, fixture_teardown);
  g_test_add ("/programme/update-series-scope", Fixture, NULL,
              fixture_setup, test_update_series_scope, fixture_teardown);
  g_test_add ("/programme/update-series-stale", Fixture, NULL,
              fixture_setup, test_update_series_stale, fixture_teardown);
  g_test_add ("/programme/take-back-pairings", Fixture, NULL,
              fixture_setup, test_take_back_pairings, fixture_teardown);

  return g_test_run ();
}
