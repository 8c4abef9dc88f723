/* test-demo.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-demo"

#include <stdlib.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-match.h"
#include "ta-momentum.h"
#include "ta-session.h"
#include "ta-participant-csv.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir  dir;
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

static guint
count_board_sessions (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = ta_store_list_topics (store, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < topics->len; i++)
    n += ta_topic_get_session_id (g_ptr_array_index (topics, i)) > 0;
  return n;
}

static int
compare_ids (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
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

/* Nobody in the sample programme shares a name with someone else. */
static void
test_distinct_names (Fixture       *fixture,
                     gconstpointer  data)
{
  const guint sizes[] = { TA_DEMO_DEFAULT_PARTICIPANTS, 1000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) participants = NULL;
      g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(TaStore) store = NULL;
      g_autofree char *path = g_strdup_printf ("%s-%u.db", fixture->dir.path, sizes[s]);

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (ta_demo_fill (store, sizes[s], 1, &error));
      g_assert_no_error (error);
      participants = ta_store_list_participants (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (participants->len, ==, sizes[s]);

      for (guint i = 0; i < participants->len; i++)
        {
          const char *name = ta_participant_get_name (g_ptr_array_index (participants, i));

          if (!g_hash_table_add (names, (gpointer) name))
            g_error ("“%s” is in the sample programme of %u people twice", name, sizes[s]);
        }
    }
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
  before = ta_test_file_checksum (fixture->dir.path);
  g_assert_false (ta_demo_fill (fixture->store, 10, 2, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_cmpint (ta_store_count_participants (fixture->store, NULL), ==, 10);
  after = ta_test_file_checksum (fixture->dir.path);
  g_assert_cmpstr (before, ==, after);
}

static const char *
or_dash (const char *text)
{
  return text != NULL ? text : "-";
}

/* What a person sees of a pairing, to compare two programmes. */
static char *
describe_pairings (TaStore *store)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      GListModel *goals = G_LIST_MODEL (ta_pairing_get_goals (pairing));
      g_autoptr(TaParticipant) mentor = ta_store_get_participant (store, ta_pairing_get_mentor_id (pairing), NULL);
      g_autoptr(TaParticipant) mentee = ta_store_get_participant (store, ta_pairing_get_mentee_id (pairing), NULL);

      g_string_append_printf (text, "%s %s %s %.6f %s %s %s %s\n",
                              ta_participant_get_email (mentor), ta_participant_get_email (mentee),
                              ta_pairing_status_to_string (ta_pairing_get_status (pairing)),
                              ta_pairing_get_score (pairing),
                              or_dash (ta_pairing_get_started_on (pairing)),
                              or_dash (ta_pairing_get_ended_on (pairing)),
                              or_dash (ta_pairing_get_end_reason (pairing)),
                              or_dash (ta_pairing_get_explanation (pairing)));
      for (guint g = 0; g < g_list_model_get_n_items (goals); g++)
        {
          g_autoptr(TaGoal) goal = g_list_model_get_item (goals, g);

          g_string_append_printf (text, "  %s %d\n", ta_goal_get_title (goal), ta_goal_get_done (goal));
        }
    }

  return g_string_free (text, FALSE);
}

static char *
fill_and_describe (Fixture    *fixture,
                   const char *name,
                   guint       n,
                   guint32     seed)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, name, NULL);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (store, n, seed, &error));
  g_assert_no_error (error);

  return describe_pairings (store);
}

/* Pairings only between people the matcher allows: no reporting line, a
 * shared language, and for open ones nothing forbidden at all. */
static void
assert_pairings_allowed (TaStore *store,
                         guint   *out_counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  g_autofree char *today = ta_date_today ();

  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);
  matcher = ta_matcher_new_from_store (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      TaPairingStatus status = ta_pairing_get_status (pairing);
      g_auto(TaScore) score = { 0 };
      g_auto(TaScore) explained = { 0 };

      out_counts[status]++;
      g_assert_true (ta_matcher_score (matcher, ta_pairing_get_mentor_id (pairing),
                                       ta_pairing_get_mentee_id (pairing), &score, &error));
      g_assert_no_error (error);

      if (ta_pairing_status_is_open (status))
        g_assert_false (score.forbidden);
      else if (score.forbidden)
        /* Only history makes them forbidden now: paired before, or gone. */
        g_assert_true (g_str_has_prefix (score.forbidden_reason, "Paired before") ||
                       g_str_has_suffix (score.forbidden_reason, "has left the programme"));
      g_assert_cmpfloat (score.parts[TA_CRITERION_TOPIC_FIT].points, >, 0);

      /* The score and why, as at the time it was formed. */
      g_assert_true (ta_score_from_explanation (ta_pairing_get_explanation (pairing), &explained));
      g_assert_cmpfloat_with_epsilon (explained.total, ta_pairing_get_score (pairing), 1e-9);

      if (status == TA_PAIRING_STATUS_PROPOSED)
        g_assert_null (ta_pairing_get_started_on (pairing));
      else
        {
          g_assert_nonnull (ta_pairing_get_started_on (pairing));
          g_assert_cmpstr (ta_pairing_get_started_on (pairing), <, today);
        }
      if (status == TA_PAIRING_STATUS_ENDED || status == TA_PAIRING_STATUS_COMPLETED)
        {
          g_assert_cmpstr (ta_pairing_get_ended_on (pairing), >=, ta_pairing_get_started_on (pairing));
          g_assert_cmpstr (ta_pairing_get_ended_on (pairing), <=, today);
        }
      if (status == TA_PAIRING_STATUS_ENDED)
        g_assert_nonnull (ta_pairing_get_end_reason (pairing));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (pairing))), >=, 1);
    }

  problems = ta_store_check (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_pairings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  guint counts[TA_N_PAIRING_STATUSES] = { 0 };
  guint mentees = 0;
  guint paired = 0;
  gboolean mentor_left = FALSE;

  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);

  assert_pairings_allowed (fixture->store, counts);

  /* A programme in its year: every kind of pairing. */
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_ACTIVE], >=, 5);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_PROPOSED], >=, 1);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_PAUSED], >=, 1);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_PAUSED], <=, 2);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_ENDED], >=, 1);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_COMPLETED], >=, 1);

  /* About half the mentees who were there. */
  participants = ta_store_list_participants (fixture->store, &error);
  g_assert_no_error (error);
  pairings = ta_store_list_pairings (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      mentees += ta_participant_get_role (participant) != TA_ROLE_MENTOR &&
                 ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE;
    }
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      paired++;
      if (g_strcmp0 (ta_pairing_get_end_reason (pairing), "Mentor left the company") == 0)
        {
          g_autoptr(TaParticipant) mentor = ta_store_get_participant (fixture->store,
                                                                      ta_pairing_get_mentor_id (pairing),
                                                                      &error);

          g_assert_no_error (error);
          g_assert_cmpint (ta_participant_get_status (mentor), ==, TA_PARTICIPANT_STATUS_LEFT);
          mentor_left = TRUE;
        }
    }
  g_assert_true (mentor_left);
  g_assert_cmpuint (paired * 10, >=, mentees * 4);
  g_assert_cmpuint (paired * 10, <=, mentees * 7);
}

static void
test_pairings_deterministic (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *first = fill_and_describe (fixture, "a.db", 120, 4);
  g_autofree char *again = fill_and_describe (fixture, "b.db", 120, 4);
  g_autofree char *other = fill_and_describe (fixture, "c.db", 120, 5);

  g_assert_cmpstr (first, !=, "");
  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
}

static void
test_large_pairings (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint counts[TA_N_PAIRING_STATUSES] = { 0 };

  /* Above TA_DEMO_MAX_MATCHED: the greedy rule, still only allowed pairs. */
  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_MAX_MATCHED + 200, 3, &error));
  g_assert_no_error (error);
  assert_pairings_allowed (fixture->store, counts);
  g_assert_cmpuint (counts[TA_PAIRING_STATUS_ACTIVE], >=, 100);
}

static void
test_no_pairings (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  guint mentors = 0;
  guint mentees = 0;

  /* The cohort of the pairing benchmark: exactly half and half, active. */
  g_assert_true (ta_demo_fill_full (fixture->store, 3000, 1, TA_DEMO_NO_PAIRINGS, &error));
  g_assert_no_error (error);

  participants = ta_store_list_participants (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_assert_cmpint (ta_participant_get_status (participant), ==, TA_PARTICIPANT_STATUS_ACTIVE);
      mentors += ta_participant_get_role (participant) == TA_ROLE_MENTOR;
      mentees += ta_participant_get_role (participant) == TA_ROLE_MENTEE;
    }
  g_assert_cmpuint (mentors, ==, 1500);
  g_assert_cmpuint (mentees, ==, 1500);

  pairings = ta_store_list_pairings (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 0);

  /* No pairings, no one-on-ones (and no group sessions either). */
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);
}

/* The same people with or without pairings: only the statuses differ. */
static void
test_same_people (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "unpaired.db", NULL);
  g_autoptr(TaStore) unpaired = NULL;
  g_autoptr(GPtrArray) with = NULL;
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GError) error = NULL;

  unpaired = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (fixture->store, 80, 9, &error));
  g_assert_true (ta_demo_fill_full (unpaired, 80, 9, TA_DEMO_NO_PAIRINGS, &error));
  g_assert_no_error (error);

  with = ta_store_list_participants (fixture->store, &error);
  without = ta_store_list_participants (unpaired, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (with->len, ==, without->len);
  for (guint i = 0; i < with->len; i++)
    {
      TaParticipant *a = g_ptr_array_index (with, i);
      TaParticipant *b = g_ptr_array_index (without, i);

      g_assert_cmpstr (ta_participant_get_email (a), ==, ta_participant_get_email (b));
      g_assert_cmpint (ta_participant_get_role (a), ==, ta_participant_get_role (b));
      g_assert_cmpint (ta_participant_get_status (b), ==, TA_PARTICIPANT_STATUS_ACTIVE);
    }
}

/* Every session, in a form that two programmes can be compared by. */
static char *
describe_sessions (TaStore *store)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *start = ta_time_to_utc_string (ta_session_get_starts_at (session));
      guint n_attendees = 0;

      ta_session_get_attendees (session, &n_attendees);
      g_string_append_printf (text, "%s %s %s %" G_GINT64_FORMAT " %d %s %s %s %s %d %d %u %" G_GINT64_FORMAT "\n",
                              start, ta_session_kind_to_string (ta_session_get_kind (session)),
                              ta_session_status_to_string (ta_session_get_status (session)),
                              ta_session_get_pairing_id (session), ta_session_get_duration (session),
                              or_dash (ta_session_get_title (session)),
                              or_dash (ta_session_get_cancel_reason (session)),
                              or_dash (ta_session_get_mentor_learned (session)),
                              or_dash (ta_session_get_mentee_learned (session)),
                              ta_session_get_mentor_rating (session), ta_session_get_mentee_rating (session),
                              n_attendees, ta_session_get_series_id (session));
    }

  return g_string_free (text, FALSE);
}

static char *
fill_and_describe_sessions (Fixture    *fixture,
                            const char *name,
                            guint32     seed)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, name, NULL);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (store, 200, seed, &error));
  g_assert_no_error (error);

  return describe_sessions (store);
}

static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) alerts = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint counts[TA_N_SESSION_STATUSES] = { 0 };
  g_autoptr(GPtrArray) pairings = NULL;
  guint n_groups = 0, n_series = 0, n_ahead = 0, n_active = 0;
  guint n_held = 0, n_rated = 0, n_learned = 0;
  gboolean missed = FALSE, faded = FALSE;

  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);

  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      TaSessionStatus status = ta_session_get_status (session);
      gboolean past = g_date_time_compare (ta_session_get_starts_at (session), now) < 0;

      counts[status]++;
      if (ta_session_get_kind (session) != TA_SESSION_KIND_ONE_ON_ONE)
        {
          guint n_attendees = 0;

          n_groups++;
          ta_session_get_attendees (session, &n_attendees);
          g_assert_cmpuint (n_attendees, >, 1);
          g_assert_nonnull (ta_session_get_title (session));
        }
      else if (status == TA_SESSION_STATUS_HELD)
        {
          /* A year of sessions: most rated by both sides and reflected
           * on, not all (only rated sessions count in Insights). */
          n_held++;
          n_rated += ta_session_get_mentor_rating (session) > 0 && ta_session_get_mentee_rating (session) > 0;
          n_learned += ta_session_get_mentor_learned (session) != NULL ||
                       ta_session_get_mentee_learned (session) != NULL;
          g_assert_cmpint (ta_session_get_mentor_rating (session), <=, 5);
          g_assert_cmpint (ta_session_get_mentee_rating (session), <=, 5);
        }
      if (status == TA_SESSION_STATUS_CANCELLED)
        {
          g_assert_nonnull (ta_session_get_cancel_reason (session));
          g_assert_cmpint (ta_session_get_cancelled_by (session), !=, TA_SESSION_CANCELLED_BY_NOBODY);
        }
      if (status == TA_SESSION_STATUS_PLANNED)
        g_assert_false (past);
      else
        g_assert_true (past);
      n_series += ta_session_get_series_id (session) > 0;
      n_ahead += !past;
    }

  g_assert_cmpuint (counts[TA_SESSION_STATUS_HELD], >=, 10);
  g_assert_cmpuint (counts[TA_SESSION_STATUS_CANCELLED], >=, 2);
  g_assert_cmpuint (counts[TA_SESSION_STATUS_NO_SHOW], >=, 1);
  g_assert_cmpuint (n_ahead, >=, 5);
  g_assert_cmpuint (n_series, >=, 6);
  g_assert_cmpuint (n_rated * 4, >=, n_held * 3);
  g_assert_cmpuint (n_rated, <, n_held);
  g_assert_cmpuint (n_learned * 2, >=, n_held);
  /* Nine of the calendar's own over the year, and the board's
   * lunch-and-learns. */
  g_assert_cmpuint (n_groups, ==, 9 + count_board_sessions (fixture->store));

  /* A pair or two losing momentum, for the "Needs Attention" list. */
  alerts = ta_store_evaluate_momentum (fixture->store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < alerts->len; i++)
    {
      TaMomentumAlert *alert = g_ptr_array_index (alerts, i);

      missed |= (ta_momentum_alert_get_reasons (alert) & TA_MOMENTUM_MISSED_IN_A_ROW) != 0;
      faded |= (ta_momentum_alert_get_reasons (alert) & TA_MOMENTUM_NOTHING_HELD) != 0;
    }
  g_assert_true (missed);
  g_assert_true (faded);
  /* … but most pairs keep going. */
  pairings = ta_store_list_pairings (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len; i++)
    n_active += ta_pairing_get_status (g_ptr_array_index (pairings, i)) == TA_PAIRING_STATUS_ACTIVE;
  g_assert_cmpuint (alerts->len, <, n_active);

  /* Nobody double-booked, nothing inconsistent. */
  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The research board: cards in every stage, juniors researching, seniors
 * interested, presentations ahead and behind, ideas left to take up. */
static void
test_board (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint per_stage[TA_N_TOPIC_STAGES] = { 0 };
  guint ahead = 0, behind = 0;

  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);

  topics = ta_store_list_topics (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (topics->len, >=, 15);
  g_assert_cmpuint (topics->len, <=, 25);

  for (guint i = 0; i < topics->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (topics, i);
      TaTopicStage stage = ta_topic_get_stage (topic);
      const gint64 *researchers;
      const gint64 *interested;
      guint n_researchers, n_interested;

      g_assert_true (ta_topic_validate (topic, NULL));
      g_assert_cmpint (ta_topic_get_position (topic), ==, per_stage[stage]);
      per_stage[stage]++;
      g_assert_nonnull (ta_topic_get_tags (topic));

      researchers = ta_topic_get_researchers (topic, &n_researchers);
      interested = ta_topic_get_interested (topic, &n_interested);
      if (stage != TA_TOPIC_STAGE_PROPOSED)
        g_assert_cmpuint (n_researchers, >=, 1);
      for (guint r = 0; r < n_researchers; r++)
        {
          g_autoptr(TaParticipant) junior = ta_store_get_participant (fixture->store, researchers[r], &error);

          g_assert_no_error (error);
          g_assert_cmpint (ta_participant_get_role (junior), !=, TA_ROLE_MENTEE);
          g_assert_cmpint (ta_participant_get_career_level (junior), <=, 3);
        }
      for (guint m = 0; m < n_interested; m++)
        {
          g_autoptr(TaParticipant) senior = ta_store_get_participant (fixture->store, interested[m], &error);

          g_assert_no_error (error);
          g_assert_cmpint (ta_participant_get_role (senior), !=, TA_ROLE_MENTOR);
        }

      if (ta_topic_get_session_id (topic) > 0)
        {
          g_autoptr(TaSession) session = ta_store_get_session (fixture->store, ta_topic_get_session_id (topic), &error);
          g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
          const gint64 *attendees;
          guint n_attendees;

          g_assert_no_error (error);
          g_assert_cmpint (ta_session_get_kind (session), ==, TA_SESSION_KIND_LUNCH_AND_LEARN);
          g_assert_cmpstr (ta_session_get_title (session), ==, ta_topic_get_title (topic));
          attendees = ta_session_get_attendees (session, &n_attendees);
          for (guint r = 0; r < n_researchers; r++)
            g_assert_nonnull (bsearch (&researchers[r], attendees, n_attendees, sizeof (gint64), compare_ids));
          for (guint m = 0; m < n_interested; m++)
            g_assert_nonnull (bsearch (&interested[m], attendees, n_attendees, sizeof (gint64), compare_ids));
          g_assert_cmpuint (n_attendees, <=, n_researchers + n_interested);

          if (stage == TA_TOPIC_STAGE_READY)
            {
              g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_PLANNED);
              g_assert_cmpint (g_date_time_compare (ta_session_get_starts_at (session), now), >, 0);
              ahead++;
            }
          else
            {
              g_assert_cmpint (stage, ==, TA_TOPIC_STAGE_PRESENTED);
              g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_HELD);
              g_assert_cmpint (g_date_time_compare (ta_session_get_starts_at (session), now), <, 0);
              behind++;
            }
        }

      if (stage == TA_TOPIC_STAGE_PRESENTED)
        {
          g_assert_nonnull (ta_topic_get_outcome (topic));
          g_assert_cmpint (ta_topic_get_follow_up_id (topic), >, 0);
          g_assert_cmpint (ta_topic_get_session_id (topic), >, 0);
        }
    }

  for (guint s = 0; s < TA_N_TOPIC_STAGES; s++)
    g_assert_cmpuint (per_stage[s], >=, 3);
  g_assert_cmpuint (ahead, >=, 1);
  g_assert_cmpuint (ahead, <=, 2);
  g_assert_cmpuint (behind, >=, 3);

  ideas = ta_store_list_topic_ideas (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ideas->len, >=, 3);
  g_assert_cmpuint (ta_topic_idea_get_count (g_ptr_array_index (ideas, 0)), >=, 2);

  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static char *
fill_and_describe_board (Fixture    *fixture,
                         const char *name,
                         guint       n,
                         guint32     seed)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, name, NULL);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GError) error = NULL;
  GString *text = g_string_new (NULL);

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (store, n, seed, &error));
  g_assert_no_error (error);
  topics = ta_store_list_topics (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < topics->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (topics, i);
      const gint64 *ids;
      guint n_ids;

      g_string_append_printf (text, "%s|%d|%d|", ta_topic_get_title (topic),
                              ta_topic_get_stage (topic), ta_topic_get_position (topic));
      ids = ta_topic_get_researchers (topic, &n_ids);
      for (guint r = 0; r < n_ids; r++)
        g_string_append_printf (text, "%" G_GINT64_FORMAT ",", ids[r]);
      g_string_append_c (text, '|');
      ids = ta_topic_get_interested (topic, &n_ids);
      for (guint r = 0; r < n_ids; r++)
        g_string_append_printf (text, "%" G_GINT64_FORMAT ",", ids[r]);
      g_string_append_printf (text, "|%s|%" G_GINT64_FORMAT "\n",
                              ta_topic_get_due_date (topic) != NULL ? ta_topic_get_due_date (topic) : "-",
                              ta_topic_get_follow_up_id (topic));
    }

  return g_string_free (text, FALSE);
}

static void
test_board_deterministic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *first = fill_and_describe_board (fixture, "a.db", 120, 7);
  g_autofree char *again = fill_and_describe_board (fixture, "b.db", 120, 7);
  g_autofree char *other = fill_and_describe_board (fixture, "c.db", 120, 8);
  g_autofree char *tiny = fill_and_describe_board (fixture, "d.db", 3, 7);
  g_auto(GStrv) lines = g_strsplit (tiny, "\n", -1);

  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
  /* A tiny programme has a smaller board, still with every stage. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4 + 1);
}

static void
test_calendar_deterministic (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *first = fill_and_describe_sessions (fixture, "a.db", 7);
  g_autofree char *again = fill_and_describe_sessions (fixture, "b.db", 7);
  g_autofree char *other = fill_and_describe_sessions (fixture, "c.db", 8);

  g_assert_cmpstr (first, ==, again);
  g_assert_cmpstr (first, !=, other);
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
  ADD ("/demo/distinct-names", test_distinct_names);
  ADD ("/demo/pairings", test_pairings);
  ADD ("/demo/pairings-deterministic", test_pairings_deterministic);
  ADD ("/demo/large-pairings", test_large_pairings);
  ADD ("/demo/no-pairings", test_no_pairings);
  ADD ("/demo/same-people", test_same_people);
  ADD ("/demo/calendar", test_calendar);
  ADD ("/demo/calendar-deterministic", test_calendar_deterministic);
  ADD ("/demo/board", test_board);
  ADD ("/demo/board-deterministic", test_board_deterministic);

#undef ADD

  return g_test_run ();
}
