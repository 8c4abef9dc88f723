/* test-demo.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-demo"

#include <string.h>

#include "ta-demo.h"
#include "ta-participant-csv.h"
#include "test-helpers.h"

typedef struct
{
  TestDir  dir;
  TaStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  test_dir_init (&fixture->dir);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  test_dir_clear (&fixture->dir);
}

static char *
fill_and_export (Fixture    *fixture,
                 const char *name,
                 guint       n,
                 guint32     seed)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, name, NULL);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (store, n, seed, &error));
  g_assert_no_error (error);
  bytes = ta_participants_export_csv (store, &error);
  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *first = fill_and_export (fixture, "a.db", 200, 42);
  g_autofree char *again = fill_and_export (fixture, "b.db", 200, 42);
  g_autofree char *other = fill_and_export (fixture, "c.db", 200, 43);

  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
}

static void
test_believable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) emails = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) departments = g_hash_table_new (g_str_hash, g_str_equal);
  guint juniors = 0, junior_mentors = 0, seniors = 0, senior_mentees = 0;
  guint both = 0, not_active = 0, with_manager = 0, with_notes = 0, non_ascii_names = 0;

  g_assert_true (ta_demo_fill (fixture->store, 1000, 1, &error));
  g_assert_no_error (error);

  participants = ta_store_list_participants (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (participants->len, ==, 1000);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 *id = g_new (gint64, 1);

      *id = ta_participant_get_id (participant);
      g_hash_table_insert (by_id, id, participant);
    }

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      int level = ta_participant_get_career_level (participant);
      int birth_year = ta_participant_get_birth_year (participant);
      TaRole role = ta_participant_get_role (participant);
      const char *email = ta_participant_get_email (participant);
      gint64 manager_id = ta_participant_get_reports_to (participant);

      g_assert_true (ta_participant_validate (participant, NULL));
      g_assert_true (g_hash_table_add (emails, (gpointer) email));
      g_assert_true (g_str_has_suffix (email, ".example"));
      g_hash_table_add (departments, (gpointer) ta_participant_get_department (participant));
      g_assert_nonnull (ta_participant_get_job_title (participant));
      g_assert_nonnull (ta_participant_get_languages (participant));
      g_assert_nonnull (ta_participant_get_offers (participant));
      g_assert_nonnull (ta_participant_get_seeks (participant));
      g_assert_cmpint (level, >=, TA_CAREER_LEVEL_MIN);
      g_assert_cmpint (level, <=, TA_CAREER_LEVEL_MAX);

      if (level <= 3)
        {
          juniors++;
          junior_mentors += role == TA_ROLE_MENTOR;
          g_assert_true (birth_year == 0 || (birth_year >= 1996 && birth_year <= 2004));
        }
      else
        {
          seniors++;
          senior_mentees += role == TA_ROLE_MENTEE;
          g_assert_true (birth_year == 0 || (birth_year >= 1960 && birth_year <= 1985));
        }

      both += role == TA_ROLE_BOTH;
      if (role == TA_ROLE_MENTEE)
        g_assert_cmpint (ta_participant_get_capacity (participant), ==, 0);
      else
        {
          g_assert_cmpint (ta_participant_get_capacity (participant), >=, 1);
          g_assert_cmpint (ta_participant_get_capacity (participant), <=, 3);
        }

      not_active += ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_ACTIVE;
      with_notes += *ta_participant_get_notes (participant) != '\0';
      non_ascii_names += !g_str_is_ascii (ta_participant_get_name (participant));

      /* Managers are always further up: no circle can form. */
      if (manager_id != 0)
        {
          TaParticipant *manager = g_hash_table_lookup (by_id, &manager_id);

          g_assert_nonnull (manager);
          g_assert_cmpint (ta_participant_get_career_level (manager), >, level);
          with_manager++;
        }
    }

  g_assert_cmpuint (junior_mentors * 10, >=, juniors * 7);
  g_assert_cmpuint (senior_mentees * 10, >=, seniors * 7);
  g_assert_cmpuint (both, >, 0);
  g_assert_cmpuint (not_active, >, 0);
  g_assert_cmpuint (with_manager * 10, >=, participants->len * 7);
  g_assert_cmpuint (with_notes, >, 0);
  g_assert_cmpuint (non_ascii_names, >, 0);
  g_assert_cmpuint (g_hash_table_size (departments), >=, 8);

  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_default_size (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_store_count_participants (fixture->store, NULL), ==, TA_DEMO_DEFAULT_PARTICIPANTS);
}

static void
test_refuses (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_false (ta_demo_fill (fixture->store, 0, 1, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ta_demo_fill (fixture->store, TA_DEMO_MAX_PARTICIPANTS + 1, 1, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ta_store_count_participants (fixture->store, NULL), ==, 0);

  /* A programme with people in it is never mixed with made-up ones. */
  g_assert_true (ta_demo_fill (fixture->store, 10, 1, &error));
  g_assert_no_error (error);
  before = test_file_checksum (fixture->dir.path);
  g_assert_false (ta_demo_fill (fixture->store, 10, 2, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_cmpint (ta_store_count_participants (fixture->store, NULL), ==, 10);
  after = test_file_checksum (fixture->dir.path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/demo/deterministic", test_deterministic);
  ADD ("/demo/believable", test_believable);
  ADD ("/demo/default-size", test_default_size);
  ADD ("/demo/refuses", test_refuses);

#undef ADD

  return g_test_run ();
}
