/* test-pairings.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-pairings"

#include <sqlite3.h>

#include "ta-match-settings.h"
#include "ta-pairing-list.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 mentor;   /* capacity 2 */
  gint64 mentor2;  /* capacity 1 */
  gint64 mentee;
  gint64 mentee2;
  gint64 mentee3;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->mentor = ta_test_add_person (fixture->store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR,
                                        "capacity", 2, NULL);
  fixture->mentor2 = ta_test_add_person (fixture->store, "Tom Peeters", "tom@example.com", TA_ROLE_BOTH,
                                         "capacity", 1, NULL);
  fixture->mentee = ta_test_add_person (fixture->store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  fixture->mentee2 = ta_test_add_person (fixture->store, "Ingrid Maes", "ingrid@example.com", TA_ROLE_MENTEE,
                                         "capacity", 0, NULL);
  fixture->mentee3 = ta_test_add_person (fixture->store, "Omar Benali", "omar@example.com", TA_ROLE_BOTH,
                                         "capacity", 1, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static TaPairing *
make_pairing (gint64          mentor,
              gint64          mentee,
              TaPairingStatus status)
{
  TaPairing *pairing = ta_pairing_new (mentor, mentee);

  ta_pairing_set_status (pairing, status);
  ta_pairing_set_score (pairing, 72.5);
  ta_pairing_set_explanation (pairing, "topic-fit\t40\t50\tOffers AI tools");
  return pairing;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(TaPairing) loaded = NULL;
  g_autoptr(TaGoal) first = ta_goal_new ("Publish a first LinkedIn post", TRUE);
  g_autoptr(TaGoal) second = ta_goal_new ("Build a Power BI dashboard 📊", FALSE);
  g_autoptr(TaGoal) loaded_goal = NULL;
  g_autoptr(GError) error = NULL;

  ta_pairing_set_started_on (pairing, "2026-09-01");
  g_list_store_append (ta_pairing_get_goals (pairing), first);
  g_list_store_append (ta_pairing_get_goals (pairing), second);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_pairing_get_id (pairing), >, 0);

  loaded = ta_store_get_pairing (fixture->store, ta_pairing_get_id (pairing), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_pairing_get_mentor_id (loaded), ==, fixture->mentor);
  g_assert_cmpint (ta_pairing_get_mentee_id (loaded), ==, fixture->mentee);
  g_assert_cmpint (ta_pairing_get_status (loaded), ==, TA_PAIRING_STATUS_ACTIVE);
  g_assert_cmpfloat_with_epsilon (ta_pairing_get_score (loaded), 72.5, 1e-9);
  g_assert_cmpstr (ta_pairing_get_explanation (loaded), ==, "topic-fit\t40\t50\tOffers AI tools");
  g_assert_cmpstr (ta_pairing_get_started_on (loaded), ==, "2026-09-01");
  g_assert_null (ta_pairing_get_ended_on (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (loaded))), ==, 2);
  loaded_goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (loaded)), 1);
  g_assert_cmpstr (ta_goal_get_title (loaded_goal), ==, "Build a Power BI dashboard 📊");
  g_assert_false (ta_goal_get_done (loaded_goal));
}

static void
test_rules_of_open_pairings (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(TaPairing) first = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(TaPairing) same_mentee = make_pairing (fixture->mentor2, fixture->mentee, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) second = make_pairing (fixture->mentor, fixture->mentee2, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) over_capacity = make_pairing (fixture->mentor, fixture->mentee3, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) history = make_pairing (fixture->mentor, fixture->mentee3, TA_PAIRING_STATUS_COMPLETED);
  g_autoptr(TaPairing) wrong_role = make_pairing (fixture->mentee2, fixture->mentee3, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) self_pair = make_pairing (fixture->mentor2, fixture->mentor2, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_pairing (fixture->store, first, &error));

  /* A mentee has one mentor at a time. */
  g_assert_false (ta_store_add_pairing (fixture->store, same_mentee, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Capacity 2: a second mentee fits, a third does not. */
  g_assert_true (ta_store_add_pairing (fixture->store, second, &error));
  g_assert_false (ta_store_add_pairing (fixture->store, over_capacity, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* History does not take a place. */
  ta_pairing_set_end_reason (history, NULL);
  g_assert_true (ta_store_add_pairing (fixture->store, history, &error));
  g_assert_no_error (error);

  g_assert_false (ta_store_add_pairing (fixture->store, wrong_role, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ta_store_add_pairing (fixture->store, self_pair, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  all = ta_store_list_pairings (fixture->store, &error);
  g_assert_cmpuint (all->len, ==, 3);
}

static void
test_lifecycle (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));

  /* proposed → completed skips the pairing's whole life. */
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_COMPLETED);
  g_assert_false (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  ta_pairing_set_started_on (pairing, "2026-10-01");
  g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PAUSED);
  g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);

  /* Ending needs a reason, and a date after the start. */
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ENDED);
  g_assert_false (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_pairing_set_end_reason (pairing, "Mentor left the company");
  ta_pairing_set_ended_on (pairing, "2026-09-30");
  g_assert_false (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_pairing_set_ended_on (pairing, "2026-11-20");
  g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);

  /* Ended is final. */
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_false (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  loaded = ta_store_get_pairing (fixture->store, ta_pairing_get_id (pairing), &error);
  g_assert_cmpint (ta_pairing_get_status (loaded), ==, TA_PAIRING_STATUS_ENDED);
  g_assert_cmpstr (ta_pairing_get_end_reason (loaded), ==, "Mentor left the company");

  /* A place is free again: the mentee can be paired anew. */
  {
    g_autoptr(TaPairing) again = make_pairing (fixture->mentor2, fixture->mentee, TA_PAIRING_STATUS_PROPOSED);

    g_assert_true (ta_store_add_pairing (fixture->store, again, &error));
    g_assert_no_error (error);
  }
}

static void
test_add_many_all_or_nothing (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (batch, make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_PROPOSED));
  g_ptr_array_add (batch, make_pairing (fixture->mentor, fixture->mentee2, TA_PAIRING_STATUS_PROPOSED));
  /* The third breaks the mentor's capacity of 2: nothing is added. */
  g_ptr_array_add (batch, make_pairing (fixture->mentor, fixture->mentee3, TA_PAIRING_STATUS_PROPOSED));
  g_assert_false (ta_store_add_pairings (fixture->store, batch, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  all = ta_store_list_pairings (fixture->store, &error);
  g_assert_cmpuint (all->len, ==, 0);
  g_assert_cmpint (ta_pairing_get_id (g_ptr_array_index (batch, 0)), ==, 0);

  g_ptr_array_remove_index (batch, 2);
  g_assert_true (ta_store_add_pairings (fixture->store, batch, &error));
  g_assert_no_error (error);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = ta_store_list_pairings (fixture->store, &error);
  g_assert_cmpuint (all->len, ==, 2);

  /* Taken back together; a missing id takes back nothing. */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    gint64 missing = 9999;

    for (guint i = 0; i < batch->len; i++)
      {
        gint64 id = ta_pairing_get_id (g_ptr_array_index (batch, i));

        g_array_append_val (ids, id);
      }
    g_array_append_val (ids, missing);
    g_assert_false (ta_store_delete_pairings (fixture->store, ids, &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_clear_pointer (&all, g_ptr_array_unref);
    all = ta_store_list_pairings (fixture->store, &error);
    g_assert_cmpuint (all->len, ==, 2);

    g_array_set_size (ids, 2);
    g_assert_true (ta_store_delete_pairings (fixture->store, ids, &error));
    g_assert_no_error (error);
    g_clear_pointer (&all, g_ptr_array_unref);
    all = ta_store_list_pairings (fixture->store, &error);
    g_assert_cmpuint (all->len, ==, 0);
  }
}

static void
test_hostile_goals (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(TaPairing) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (TA_GOAL_MAX_TITLE_CHARS + 1, 'g');
  g_autoptr(TaGoal) sql = ta_goal_new ("'); DROP TABLE pairings; --", FALSE);
  g_autoptr(TaGoal) rtl = ta_goal_new ("تعلم أدوات الذكاء الاصطناعي", FALSE);
  g_autoptr(TaGoal) bad = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_list_store_append (ta_pairing_get_goals (pairing), sql);
  g_list_store_append (ta_pairing_get_goals (pairing), rtl);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);
  loaded = ta_store_get_pairing (fixture->store, ta_pairing_get_id (pairing), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (loaded))), ==, 2);

  const char *refused[] = { "", "   ", long_title, "bad \xff utf-8", "two\nlines" };
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_clear_object (&bad);
      bad = ta_goal_new (refused[i], FALSE);
      g_list_store_append (ta_pairing_get_goals (pairing), bad);
      g_assert_false (ta_store_update_pairing (fixture->store, pairing, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_list_store_remove (ta_pairing_get_goals (pairing), 2);
    }

  /* Still the two goals: a refused save changed nothing. */
  g_clear_object (&loaded);
  loaded = ta_store_get_pairing (fixture->store, ta_pairing_get_id (pairing), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (loaded))), ==, 2);
}

static void
test_pair_rules (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GArray) rules = NULL;
  g_autoptr(GError) error = NULL;
  TaPairRule *rule;

  g_assert_true (ta_store_set_pair_rule (fixture->store, fixture->mentor, fixture->mentee, TA_PAIR_RULE_BLOCK, &error));
  g_assert_true (ta_store_set_pair_rule (fixture->store, fixture->mentor2, fixture->mentee2, TA_PAIR_RULE_PIN, &error));
  /* Setting again replaces. */
  g_assert_true (ta_store_set_pair_rule (fixture->store, fixture->mentor, fixture->mentee, TA_PAIR_RULE_PIN, &error));
  g_assert_no_error (error);

  rules = ta_store_list_pair_rules (fixture->store, &error);
  g_assert_cmpuint (rules->len, ==, 2);
  rule = &g_array_index (rules, TaPairRule, 0);
  g_assert_cmpint (rule->mentor_id, ==, fixture->mentor);
  g_assert_cmpint (rule->kind, ==, TA_PAIR_RULE_PIN);

  g_assert_true (ta_store_clear_pair_rule (fixture->store, fixture->mentor, fixture->mentee, &error));
  g_clear_pointer (&rules, g_array_unref);
  rules = ta_store_list_pair_rules (fixture->store, &error);
  g_assert_cmpuint (rules->len, ==, 1);

  g_assert_false (ta_store_set_pair_rule (fixture->store, fixture->mentor, fixture->mentor, TA_PAIR_RULE_PIN, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

static void
test_match_settings (Fixture       *fixture,
                     gconstpointer  data)
{
  TaMatchSettings settings, defaults, loaded;
  g_autoptr(GError) error = NULL;

  ta_match_settings_init_defaults (&defaults);
  g_assert_true (ta_store_get_match_settings (fixture->store, &loaded, &error));
  g_assert_cmpmem (&loaded, sizeof loaded, &defaults, sizeof defaults);

  settings = defaults;
  settings.weights[TA_CRITERION_AVAILABILITY] = 7.5;
  settings.reverse_rule = TA_REVERSE_REQUIRE;
  settings.min_levels_below = 2;
  settings.forbid_same_department = TRUE;
  settings.exclude_earlier_pairs = FALSE;
  g_assert_true (ta_store_set_match_settings (fixture->store, &settings, &error));
  g_assert_no_error (error);

  /* Kept in the programme file: survives reopening. */
  g_assert_finalize_object (fixture->store);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_true (ta_store_get_match_settings (fixture->store, &loaded, &error));
  g_assert_cmpmem (&loaded, sizeof loaded, &settings, sizeof settings);

  settings.weights[TA_CRITERION_TOPIC_FIT] = 11;
  g_assert_false (ta_store_set_match_settings (fixture->store, &settings, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    settings.weights[i] = 0;
  g_assert_false (ta_store_set_match_settings (fixture->store, &settings, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

static void
test_delete_participant_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(TaPairingList) list = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GArray) rules = NULL;
  g_autoptr(TaGoal) goal = ta_goal_new ("Try Copilot in Outlook", FALSE);
  g_autoptr(TaPairing) back = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_append (ta_pairing_get_goals (pairing), goal);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_true (ta_store_set_pair_rule (fixture->store, fixture->mentor2, fixture->mentee, TA_PAIR_RULE_BLOCK, &error));
  list = ta_pairing_list_new (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  mentee = ta_store_get_participant (fixture->store, fixture->mentee, &error);
  g_assert_true (ta_store_delete_participant (fixture->store, fixture->mentee, &reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  rules = ta_store_list_pair_rules (fixture->store, &error);
  g_assert_cmpuint (rules->len, ==, 0);
  g_clear_pointer (&rules, g_array_unref);

  g_assert_true (ta_store_restore_participant (fixture->store, mentee, reporting, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  back = ta_store_get_pairing (fixture->store, ta_pairing_get_id (pairing), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (back))), ==, 1);
  rules = ta_store_list_pair_rules (fixture->store, &error);
  g_assert_cmpuint (rules->len, ==, 1);
}

typedef struct
{
  guint position, removed, added, n_signals;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->n_signals++;
}

static void
test_pairing_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaPairingList) list = NULL;
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor, fixture->mentee, TA_PAIRING_STATUS_PROPOSED);
  g_autoptr(TaPairing) shown = NULL;
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };

  list = ta_pairing_list_new (fixture->store, &error);
  g_assert_no_error (error);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);

  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);

  shown = g_list_model_get_item (G_LIST_MODEL (list), 0);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_update_pairing (fixture->store, pairing, &error));
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  /* The object a view holds follows. */
  g_assert_cmpint (ta_pairing_get_status (shown), ==, TA_PAIRING_STATUS_ACTIVE);

  g_assert_true (ta_store_delete_pairing (fixture->store, ta_pairing_get_id (pairing), &error));
  g_assert_cmpuint (changes.n_signals, ==, 3);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(TaPairing) pairing = make_pairing (fixture->mentor2, fixture->mentee, TA_PAIRING_STATUS_ACTIVE);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Behind the store's back: a second mentor for the same mentee, which
   * also puts Tom (capacity 1) over his capacity. */
  g_assert_cmpint (sqlite3_exec (_ta_store_get_db (fixture->store),
                                 "INSERT INTO pairings (mentor_id, mentee_id, status, created_at, updated_at) "
                                 "SELECT 2, 4, 'active', 'x', 'x';"
                                 "INSERT INTO pairings (mentor_id, mentee_id, status, created_at, updated_at) "
                                 "SELECT 1, 3, 'active', 'x', 'x';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 2);
}

/* A version-1 programme (directory only) gets the pairing tables. */
static void
test_migrate_from_v1 (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir.dir, "v1.db", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (_ta_store_migrate (db, 0, 1, &error));
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO participants (name, email, role, capacity, created_at, updated_at) "
                                 "VALUES ('Ada', 'ada@example.com', 'mentor', 1, 'x', 'x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 1);
  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 0);
  g_clear_object (&store);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/pairings/round-trip", test_round_trip);
  ADD ("/pairings/rules-of-open-pairings", test_rules_of_open_pairings);
  ADD ("/pairings/lifecycle", test_lifecycle);
  ADD ("/pairings/add-many-all-or-nothing", test_add_many_all_or_nothing);
  ADD ("/pairings/hostile-goals", test_hostile_goals);
  ADD ("/pairings/pair-rules", test_pair_rules);
  ADD ("/pairings/match-settings", test_match_settings);
  ADD ("/pairings/delete-participant-undo", test_delete_participant_undo);
  ADD ("/pairings/list-model", test_pairing_list);
  ADD ("/pairings/check", test_check);
  ADD ("/store/migrate/from-v1", test_migrate_from_v1);

#undef ADD

  return g_test_run ();
}
