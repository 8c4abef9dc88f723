/* test-external-changes.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Two stores on one file stand for two processes (the window and
 * turnabout-cli import, say): what one writes must appear in the other's
 * live lists once it looks for changes, in place and without duplicates,
 * and an edit made from a copy read before the other's write must be
 * refused without overwriting anything.
 */

#include "config.h"

#include "ta-pairing-list.h"
#include "ta-participant-list.h"
#include "ta-session-list.h"
#include "ta-topic-list.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *window;   /* the store the live lists follow */
  TaStore *other;    /* another process on the same file */
  gint64 mentor;
  gint64 mentee;
  gint64 pairing;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) pairing = NULL;

  ta_test_dir_init (&fixture->dir);
  fixture->window = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  fixture->other = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);

  fixture->mentor = ta_test_add_person (fixture->window, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR,
                                        "capacity", 2, NULL);
  fixture->mentee = ta_test_add_person (fixture->window, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  pairing = ta_pairing_new (fixture->mentor, fixture->mentee);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_add_pairing (fixture->window, pairing, &error));
  g_assert_no_error (error);
  fixture->pairing = ta_pairing_get_id (pairing);

  /* The other store sees the window's writes; what the window wrote
   * itself is never "another's change". */
  g_assert_true (ta_store_check_for_changes (fixture->other));
  g_assert_false (ta_store_check_for_changes (fixture->other));
  g_assert_false (ta_store_check_for_changes (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->other);
  g_assert_finalize_object (fixture->window);
  ta_test_dir_clear (&fixture->dir);
}

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
test_participants_appear (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipantList) list = ta_participant_list_new (fixture->window, &error);
  g_autoptr(TaParticipant) theirs = NULL;
  g_autoptr(TaParticipant) lina_before = NULL;
  Changes changes = { 0 };
  TaParticipant *lina;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  lina_before = g_object_ref (ta_participant_list_lookup (list, fixture->mentor));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* The other process adds a person and changes Lina's department. */
  ta_test_add_person (fixture->other, "Ada Peeters", "ada@example.com", TA_ROLE_MENTEE, "capacity", 0, NULL);
  theirs = ta_store_get_participant (fixture->other, fixture->mentor, &error);
  g_assert_no_error (error);
  ta_participant_set_department (theirs, "Marketing");
  g_assert_true (ta_store_update_participant (fixture->other, theirs, &error));
  g_assert_no_error (error);

  /* Nothing shows before the window looks... */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (changes.n_signals, ==, 0);

  /* ...and after it looks, both changes are there, Lina in place (the
   * object a view holds is the same one), nobody twice. */
  g_assert_true (ta_store_check_for_changes (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  lina = ta_participant_list_lookup (list, fixture->mentor);
  g_assert_true (lina == lina_before);
  g_assert_cmpstr (ta_participant_get_department (lina), ==, "Marketing");
  g_assert_nonnull (ta_participant_list_lookup (list, fixture->mentee));
  /* Lina (id 1) changed and Ada (id 3) is new; Marc (id 2) between them
   * did not change and is not announced. */
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.position, ==, 2);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  /* Looking again finds nothing new. */
  changes.n_signals = 0;
  g_assert_false (ta_store_check_for_changes (fixture->window));
  g_assert_cmpuint (changes.n_signals, ==, 0);
}

static void
test_stale_participant_refused (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) ours = ta_store_get_participant (fixture->window, fixture->mentor, &error);
  g_autoptr(TaParticipant) theirs = ta_store_get_participant (fixture->other, fixture->mentor, &error);
  g_autoptr(TaParticipant) stored = NULL;

  g_assert_no_error (error);

  /* The other process (an import) changes the department... */
  ta_participant_set_department (theirs, "Marketing");
  g_assert_true (ta_store_update_participant (fixture->other, theirs, &error));
  g_assert_no_error (error);

  /* ...then the window saves its copy, read before: refused, nothing
   * overwritten. */
  ta_participant_set_job_title (ours, "Data Analyst");
  g_assert_false (ta_store_update_participant (fixture->window, ours, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
  g_clear_error (&error);

  stored = ta_store_get_participant (fixture->window, fixture->mentor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_department (stored), ==, "Marketing");
  g_assert_cmpstr (ta_participant_get_job_title (stored), !=, "Data Analyst");

  /* A fresh copy saves, and then carries the new revision: a second save
   * from the same copy works too. */
  ta_participant_set_job_title (stored, "Data Analyst");
  g_assert_true (ta_store_update_participant (fixture->window, stored, &error));
  g_assert_no_error (error);
  ta_participant_set_location (stored, "Gent");
  g_assert_true (ta_store_update_participant (fixture->window, stored, &error));
  g_assert_no_error (error);

  /* And the other's old copy is now the stale one. */
  ta_participant_set_department (theirs, "Sales");
  g_assert_false (ta_store_update_participant (fixture->other, theirs, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
}

static TaSession *
add_session (Fixture *fixture,
             TaStore *store,
             int      day)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 11, day, 14, 0, 0);

  return ta_test_add_session_record (store, fixture->pairing, start, 60, NULL);
}

/* The agenda's case: a session list over a range, sessions in another
 * order by time than by id.  Marking one held must leave exactly one row
 * for it, and a Held… from a copy read before must not overwrite what was
 * recorded. */
static void
test_sessions_one_row_each (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 11, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  g_autoptr(TaSessionList) list = NULL;
  g_autoptr(TaSession) late = add_session (fixture, fixture->window, 20);
  g_autoptr(TaSession) early = add_session (fixture, fixture->window, 5);
  g_autoptr(TaSession) middle = add_session (fixture, fixture->window, 12);
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaSession) stale = NULL;
  g_autoptr(TaSession) stored = NULL;
  TaSession *row;

  list = ta_session_list_new_between (fixture->window, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* Mark the middle one held, from a copy of the list's row. */
  row = ta_session_list_lookup (list, ta_session_get_id (middle));
  stale = ta_session_copy (row);
  held = ta_session_copy (row);
  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (held, "How Marc plans a quarter");
  ta_session_set_mentor_rating (held, 5);
  ta_session_set_mentee_rating (held, 3);
  g_assert_true (ta_store_update_session (fixture->window, held, &error));
  g_assert_no_error (error);

  /* Exactly one row per session, the middle one held. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TaSession) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      for (guint j = i + 1; j < 3; j++)
        {
          g_autoptr(TaSession) other = g_list_model_get_item (G_LIST_MODEL (list), j);

          g_assert_cmpint (ta_session_get_id (item), !=, ta_session_get_id (other));
        }
    }
  g_assert_cmpint (ta_session_get_status (ta_session_list_lookup (list, ta_session_get_id (middle))), ==,
                   TA_SESSION_STATUS_HELD);

  /* A reload (what a reset or a change of month does) keeps it so. */
  g_assert_true (ta_session_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  /* Held… again from the copy read before: refused, the reflection and
   * the ratings stay. */
  ta_session_set_status (stale, TA_SESSION_STATUS_HELD);
  g_assert_false (ta_store_update_session (fixture->window, stale, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
  g_clear_error (&error);

  stored = ta_store_get_session (fixture->window, ta_session_get_id (middle), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_session_get_mentor_learned (stored), ==, "How Marc plans a quarter");
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 5);
  g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 3);
}

static void
test_sessions_from_other_process (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSessionList) list = ta_session_list_new (fixture->window, &error);
  g_autoptr(TaSession) first = add_session (fixture, fixture->window, 5);
  g_autoptr(TaSession) theirs = NULL;
  g_autoptr(TaSession) added = NULL;
  TaSession *row;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  row = ta_session_list_lookup (list, ta_session_get_id (first));

  theirs = ta_store_get_session (fixture->other, ta_session_get_id (first), &error);
  g_assert_no_error (error);
  ta_session_set_status (theirs, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (theirs, fixture->mentor);
  ta_session_set_cancel_reason (theirs, "Board meeting");
  g_assert_true (ta_store_update_session (fixture->other, theirs, &error));
  g_assert_no_error (error);
  added = add_session (fixture, fixture->other, 1);

  g_assert_true (ta_store_check_for_changes (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (ta_session_list_lookup (list, ta_session_get_id (first)) == row);
  g_assert_cmpint (ta_session_get_status (row), ==, TA_SESSION_STATUS_CANCELLED);
  g_assert_nonnull (ta_session_list_lookup (list, ta_session_get_id (added)));
}

static void
test_pairings_and_topics_appear (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairingList) pairings = ta_pairing_list_new (fixture->window, &error);
  g_autoptr(TaTopicList) topics = ta_topic_list_new (fixture->window, &error);
  g_autoptr(TaPairing) theirs = NULL;
  g_autoptr(TaPairing) ours = NULL;
  g_autoptr(TaTopic) topic = ta_topic_new ("Prompting well");
  g_autoptr(TaTopic) topic_theirs = NULL;
  g_autoptr(TaTopic) topic_ours = NULL;
  TaTopic *card;

  g_assert_no_error (error);
  g_assert_true (ta_store_add_topic (fixture->window, topic, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (topics)), ==, 1);
  card = g_list_model_get_item (G_LIST_MODEL (topics), 0);
  g_object_unref (card);

  ours = ta_store_get_pairing (fixture->window, fixture->pairing, &error);
  theirs = ta_store_get_pairing (fixture->other, fixture->pairing, &error);
  g_assert_no_error (error);
  ta_pairing_set_status (theirs, TA_PAIRING_STATUS_PAUSED);
  g_assert_true (ta_store_update_pairing (fixture->other, theirs, &error));
  g_assert_no_error (error);

  topic_ours = ta_store_get_topic (fixture->window, ta_topic_get_id (topic), &error);
  topic_theirs = ta_store_get_topic (fixture->other, ta_topic_get_id (topic), &error);
  g_assert_no_error (error);
  ta_topic_set_description (topic_theirs, "What works in Copilot and ChatGPT");
  g_assert_true (ta_store_update_topic (fixture->other, topic_theirs, &error));
  g_assert_no_error (error);

  g_assert_true (ta_store_check_for_changes (fixture->window));
  g_assert_cmpint (ta_pairing_get_status (ta_pairing_list_lookup (pairings, fixture->pairing)), ==,
                   TA_PAIRING_STATUS_PAUSED);
  g_assert_true (g_list_model_get_item (G_LIST_MODEL (topics), 0) == card);
  g_object_unref (card);
  g_assert_cmpstr (ta_topic_get_description (card), ==, "What works in Copilot and ChatGPT");

  /* Stale copies of both are refused. */
  ta_pairing_set_status (ours, TA_PAIRING_STATUS_COMPLETED);
  g_assert_false (ta_store_update_pairing (fixture->window, ours, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
  g_clear_error (&error);
  ta_topic_set_outcome (topic_ours, "Two teams use it weekly");
  g_assert_false (ta_store_update_topic (fixture->window, topic_ours, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/external-changes/participants-appear", Fixture, NULL,
              fixture_setup, test_participants_appear, fixture_teardown);
  g_test_add ("/external-changes/stale-participant-refused", Fixture, NULL,
              fixture_setup, test_stale_participant_refused, fixture_teardown);
  g_test_add ("/external-changes/sessions-one-row-each", Fixture, NULL,
              fixture_setup, test_sessions_one_row_each, fixture_teardown);
  g_test_add ("/external-changes/sessions-from-other-process", Fixture, NULL,
              fixture_setup, test_sessions_from_other_process, fixture_teardown);
  g_test_add ("/external-changes/pairings-and-topics-appear", Fixture, NULL,
              fixture_setup, test_pairings_and_topics_appear, fixture_teardown);

  return g_test_run ();
}
