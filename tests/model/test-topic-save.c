/* test-topic-save.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-topic-save"

#include "ta-topic-save.h"
#include "ta-test-programme.h"

/* The topic editor's Save (ta_store_save_topic()): the topic, its stage
 * and its presentation in one transaction. */

typedef struct
{
  TaTestDir  dir;
  TaStore *store;
  gint64   senior;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TaParticipant) senior = NULL;
  g_autoptr(GError) error = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  senior = ta_test_make_participant ("Marc Dubois", "marc@example.com");
  ta_participant_set_role (senior, TA_ROLE_MENTEE);
  g_assert_true (ta_store_add_participant (fixture->store, senior, &error));
  g_assert_no_error (error);
  fixture->senior = ta_participant_get_id (senior);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static guint
count_sessions (TaStore *store)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);
  return sessions->len;
}

/* Everything is written: the interested senior is invited. */
static void
test_save_all (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(TaTopic) topic = ta_topic_new ("Passkeys");
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2027, 3, 4, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  TaTopicPresentationPlan plan = { start, 45, "Cafeteria" };
  const gint64 *attendees;
  guint n = 0;

  ta_topic_set_interested (topic, &fixture->senior, 1);
  g_assert_true (ta_store_save_topic (fixture->store, topic, TRUE, TA_TOPIC_STAGE_READY, &plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_topic_get_id (topic), >, 0);

  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_topic_get_stage (stored), ==, TA_TOPIC_STAGE_READY);
  g_assert_cmpint (ta_topic_get_session_id (stored), >, 0);
  session = ta_store_get_session (fixture->store, ta_topic_get_session_id (stored), &error);
  g_assert_no_error (error);
  attendees = ta_session_get_attendees (session, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (attendees[0], ==, fixture->senior);
}

/* A presentation the store refuses leaves the topic as it was: the
 * update, the move and the session go together or not at all. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(TaTopic) topic = ta_topic_new ("Passkeys");
  g_autoptr(TaTopic) edited = NULL;
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2027, 3, 4, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  TaTopicPresentationPlan plan = { start, 0, NULL };   /* too short */
  guint n = 0;

  g_assert_true (ta_store_add_topic (fixture->store, topic, &error));
  g_assert_no_error (error);

  edited = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_no_error (error);
  ta_topic_set_title (edited, "Passkeys everywhere");
  ta_topic_set_interested (edited, &fixture->senior, 1);
  g_assert_false (ta_store_save_topic (fixture->store, edited, FALSE, TA_TOPIC_STAGE_RESEARCHING, &plan, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);

  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), NULL);
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Passkeys");
  g_assert_cmpint (ta_topic_get_stage (stored), ==, TA_TOPIC_STAGE_PROPOSED);
  ta_topic_get_interested (stored, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (ta_topic_get_session_id (stored), ==, 0);
  g_assert_cmpuint (count_sessions (fixture->store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/topic-save/all", Fixture, NULL, fixture_setup, test_save_all, fixture_teardown);
  g_test_add ("/topic-save/all-or-nothing", Fixture, NULL, fixture_setup, test_all_or_nothing, fixture_teardown);

  return g_test_run ();
}
