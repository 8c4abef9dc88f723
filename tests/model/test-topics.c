/* test-topics.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-topics"

#include <sqlite3.h>
#include <string.h>

#include "ta-session-list.h"
#include "ta-store-private.h"
#include "ta-topic-list.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 junior_a;   /* mentors: juniors who research */
  gint64 junior_b;
  gint64 senior_c;   /* mentees: seniors who want to learn */
  gint64 senior_d;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->junior_a = ta_test_add_person (fixture->store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR,
                                          "capacity", 2, "status", TA_PARTICIPANT_STATUS_ACTIVE,
                                          "seeks", NULL, NULL);
  fixture->junior_b = ta_test_add_person (fixture->store, "Kofi Mensah", "kofi@example.com", TA_ROLE_MENTOR,
                                          "capacity", 2, "status", TA_PARTICIPANT_STATUS_ACTIVE,
                                          "seeks", NULL, NULL);
  fixture->senior_c = ta_test_add_person (fixture->store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                          "capacity", 0, "status", TA_PARTICIPANT_STATUS_ACTIVE,
                                          "seeks", NULL, NULL);
  fixture->senior_d = ta_test_add_person (fixture->store, "Ingrid Berg", "ingrid@example.com", TA_ROLE_MENTEE,
                                          "capacity", 0, "status", TA_PARTICIPANT_STATUS_ACTIVE,
                                          "seeks", NULL, NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static TaTopic *
add_topic (TaStore      *store,
           const char   *title,
           TaTopicStage  stage)
{
  g_autoptr(GError) error = NULL;
  TaTopic *topic = ta_topic_new (title);

  ta_topic_set_stage (topic, stage);
  g_assert_true (ta_store_add_topic (store, topic, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_topic_get_id (topic), >, 0);
  return topic;
}

/* Positions are 0..n-1 in every stage, in the order listed. */
static void
assert_dense (GPtrArray *topics)
{
  int expected[TA_N_TOPIC_STAGES] = { 0 };
  int last_stage = -1;

  for (guint i = 0; i < topics->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (topics, i);
      TaTopicStage stage = ta_topic_get_stage (topic);

      g_assert_cmpint ((int) stage, >=, last_stage);
      last_stage = (int) stage;
      g_assert_cmpint (ta_topic_get_position (topic), ==, expected[stage]);
      expected[stage]++;
    }
}

static void
assert_store_dense (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = ta_store_list_topics (store, &error);

  g_assert_no_error (error);
  assert_dense (topics);
}

/* The titles of @stage, in order, joined with ",". */
static char *
stage_titles (TaStore      *store,
              TaTopicStage  stage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = ta_store_list_topics (store, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < topics->len; i++)
    {
      TaTopic *topic = g_ptr_array_index (topics, i);

      if (ta_topic_get_stage (topic) != stage)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      g_string_append (text, ta_topic_get_title (topic));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static int
count_rows (TaStore    *store,
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
test_stage_names (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const names[] = { "proposed", "researching", "ready", "presented" };

  for (guint i = 0; i < TA_N_TOPIC_STAGES; i++)
    {
      TaTopicStage stage;

      g_assert_cmpstr (ta_topic_stage_to_string ((TaTopicStage) i), ==, names[i]);
      g_assert_true (ta_topic_stage_from_string (names[i], &stage));
      g_assert_cmpint (stage, ==, i);
      g_assert_nonnull (ta_topic_stage_get_label ((TaTopicStage) i));
    }
  g_assert_cmpstr (ta_topic_stage_get_label (TA_TOPIC_STAGE_READY), ==, "Ready to Present");

  {
    TaTopicStage stage = TA_TOPIC_STAGE_READY;

    g_assert_false (ta_topic_stage_from_string ("Proposed", &stage));
    g_assert_false (ta_topic_stage_from_string (NULL, &stage));
    g_assert_cmpint (stage, ==, TA_TOPIC_STAGE_READY);
  }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopic) topic = ta_topic_new ("Passkeys");
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 4, 2, 12, 30, 0);
  const char *tags[] = { "security", " Security ", "login", "", NULL };
  gint64 researchers[] = { fixture->junior_b, fixture->junior_a, fixture->junior_b };
  gint64 interested[] = { fixture->senior_d, fixture->senior_c };
  const gint64 *ids;
  guint n;
  GPtrArray *sources;

  session = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  ta_session_set_title (session, "Passkeys");
  ta_session_set_starts_at (session, start);
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);

  ta_topic_set_description (topic, "What replaces passwords.\nAnd why it matters.");
  ta_topic_set_tags (topic, tags);
  ta_topic_set_researchers (topic, researchers, G_N_ELEMENTS (researchers));
  ta_topic_set_interested (topic, interested, G_N_ELEMENTS (interested));
  ta_topic_set_stage (topic, TA_TOPIC_STAGE_PRESENTED);
  ta_topic_set_position (topic, 7); /* ignored: appended */
  ta_topic_set_due_date (topic, "2026-03-31");
  ta_topic_add_source (topic, "https://fidoalliance.org/passkeys/", "FIDO's overview");
  ta_topic_add_source (topic, "mailto:security@example.com", NULL);
  ta_topic_add_source (topic, "http://example.com/remove-me", "gone");
  ta_topic_remove_source (topic, 2);
  ta_topic_set_session_id (topic, ta_session_get_id (session));
  ta_topic_set_outcome (topic, "IT enables passkeys for the intranet in Q3.");
  ta_topic_set_follow_up_id (topic, fixture->senior_c);

  /* Tags trimmed, empty ones and duplicates (ignoring case) dropped. */
  g_assert_cmpuint (g_strv_length ((GStrv) ta_topic_get_tags (topic)), ==, 2);
  g_assert_cmpstr (ta_topic_get_tags (topic)[0], ==, "security");
  g_assert_cmpstr (ta_topic_get_tags (topic)[1], ==, "login");

  g_assert_true (ta_store_add_topic (fixture->store, topic, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_topic_get_position (topic), ==, 0);

  /* From the file, not from a cache. */
  g_clear_object (&fixture->store);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);

  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Passkeys");
  g_assert_cmpstr (ta_topic_get_description (stored), ==, "What replaces passwords.\nAnd why it matters.");
  g_assert_true (g_strv_equal (ta_topic_get_tags (stored), ta_topic_get_tags (topic)));
  ids = ta_topic_get_researchers (stored, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, MIN (fixture->junior_a, fixture->junior_b));
  g_assert_cmpint (ids[1], ==, MAX (fixture->junior_a, fixture->junior_b));
  ids = ta_topic_get_interested (stored, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, fixture->senior_c);
  g_assert_cmpint (ids[1], ==, fixture->senior_d);
  g_assert_true (ta_topic_has_researcher (stored, fixture->junior_a));
  g_assert_false (ta_topic_has_researcher (stored, fixture->senior_c));
  g_assert_true (ta_topic_is_interested (stored, fixture->senior_d));
  g_assert_cmpint (ta_topic_get_stage (stored), ==, TA_TOPIC_STAGE_PRESENTED);
  g_assert_cmpint (ta_topic_get_position (stored), ==, 0);
  g_assert_cmpstr (ta_topic_get_due_date (stored), ==, "2026-03-31");
  sources = ta_topic_get_sources (stored);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (((TaTopicSource *) g_ptr_array_index (sources, 0))->url, ==, "https://fidoalliance.org/passkeys/");
  g_assert_cmpstr (((TaTopicSource *) g_ptr_array_index (sources, 0))->note, ==, "FIDO's overview");
  g_assert_cmpstr (((TaTopicSource *) g_ptr_array_index (sources, 1))->url, ==, "mailto:security@example.com");
  g_assert_null (((TaTopicSource *) g_ptr_array_index (sources, 1))->note);
  g_assert_cmpint (ta_topic_get_session_id (stored), ==, ta_session_get_id (session));
  g_assert_cmpstr (ta_topic_get_outcome (stored), ==, "IT enables passkeys for the intranet in Q3.");
  g_assert_cmpint (ta_topic_get_follow_up_id (stored), ==, fixture->senior_c);

  /* Update: everything but the stage and position, which stay. */
  {
    g_autoptr(TaTopic) edited = ta_topic_copy (stored);
    g_autoptr(TaTopic) again = NULL;
    gint64 one[] = { fixture->junior_b };

    ta_topic_set_title (edited, "Passkeys at work");
    ta_topic_set_tags (edited, NULL);
    ta_topic_set_researchers (edited, one, 1);
    ta_topic_set_interested (edited, NULL, 0);
    ta_topic_set_due_date (edited, NULL);
    ta_topic_remove_source (edited, 0);
    ta_topic_set_session_id (edited, 0);
    ta_topic_set_outcome (edited, NULL);
    ta_topic_set_follow_up_id (edited, 0);
    ta_topic_set_stage (edited, TA_TOPIC_STAGE_PROPOSED);
    g_assert_true (ta_store_update_topic (fixture->store, edited, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ta_topic_get_stage (edited), ==, TA_TOPIC_STAGE_PRESENTED);

    again = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ta_topic_get_title (again), ==, "Passkeys at work");
    g_assert_null (ta_topic_get_tags (again));
    ids = ta_topic_get_researchers (again, &n);
    g_assert_cmpuint (n, ==, 1);
    g_assert_cmpint (ids[0], ==, fixture->junior_b);
    ta_topic_get_interested (again, &n);
    g_assert_cmpuint (n, ==, 0);
    g_assert_null (ta_topic_get_due_date (again));
    g_assert_cmpuint (ta_topic_get_sources (again)->len, ==, 1);
    g_assert_cmpint (ta_topic_get_session_id (again), ==, 0);
    g_assert_null (ta_topic_get_outcome (again));
    g_assert_cmpint (ta_topic_get_follow_up_id (again), ==, 0);
    g_assert_cmpint (ta_topic_get_stage (again), ==, TA_TOPIC_STAGE_PRESENTED);
  }

  /* Gone. */
  g_assert_true (ta_store_delete_topic (fixture->store, ta_topic_get_id (topic), &error));
  g_assert_no_error (error);
  g_assert_null (ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ta_store_delete_topic (fixture->store, ta_topic_get_id (topic), &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topic_sources"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topic_researchers"), ==, 0);
}

/* Tries to add @topic and to save it over @existing: both refused with
 * a message that names the problem, nothing written. */
static void
assert_refused (Fixture    *fixture,
                TaTopic    *topic,
                gint64      existing,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) invalid = NULL;
  g_autoptr(TaTopic) before = ta_store_get_topic (fixture->store, existing, NULL);
  g_autoptr(TaTopic) after = NULL;
  int n_topics = count_rows (fixture->store, "SELECT count(*) FROM topics");
  int n_sources = count_rows (fixture->store, "SELECT count(*) FROM topic_sources");

  g_assert_false (ta_topic_validate (topic, &invalid));
  g_assert_error (invalid, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  if (strstr (invalid->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", invalid->message, expected);

  ta_topic_set_id (topic, 0);
  g_assert_false (ta_store_add_topic (fixture->store, topic, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_cmpint (ta_topic_get_id (topic), ==, 0);
  g_clear_error (&error);

  ta_topic_set_id (topic, existing);
  g_assert_false (ta_store_update_topic (fixture->store, topic, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);

  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topics"), ==, n_topics);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topic_sources"), ==, n_sources);
  after = ta_store_get_topic (fixture->store, existing, NULL);
  g_assert_cmpstr (ta_topic_get_title (after), ==, ta_topic_get_title (before));
  g_assert_cmpstr (ta_topic_get_description (after), ==, ta_topic_get_description (before));
  g_assert_cmpuint (ta_topic_get_sources (after)->len, ==, ta_topic_get_sources (before)->len);
}

static void
test_hostile_values (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopic) kept = ta_topic_new ("Robert'); DROP TABLE topics;-- \"%s%n\"");
  g_autoptr(TaTopic) stored = NULL;
  g_autofree char *huge = NULL;
  g_autofree char *long_title = NULL;
  const char *emoji_tags[] = { "AI 🤖", "العربية", "100% \"quoted\"", NULL };
  const char *bad_tags[] = { "a;b", NULL };
  g_autoptr(GStrvBuilder) many = g_strv_builder_new ();
  g_auto(GStrv) many_tags = NULL;

  /* Kept verbatim: SQL metacharacters, format directives, emoji,
   * right-to-left text. */
  ta_topic_set_description (kept, "ذكاء اصطناعي 🤖\n' OR 1=1 --\t; DELETE FROM participants;");
  ta_topic_set_tags (kept, emoji_tags);
  ta_topic_add_source (kept, "https://example.com/?q='OR'1'='1';--&x=%27", "‏מקור בעברית‏");
  g_assert_true (ta_store_add_topic (fixture->store, kept, &error));
  g_assert_no_error (error);
  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (kept), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Robert'); DROP TABLE topics;-- \"%s%n\"");
  g_assert_cmpstr (ta_topic_get_description (stored), ==, ta_topic_get_description (kept));
  g_assert_true (g_strv_equal (ta_topic_get_tags (stored), emoji_tags));
  g_assert_cmpstr (((TaTopicSource *) g_ptr_array_index (ta_topic_get_sources (stored), 0))->note, ==,
                   "‏מקור בעברית‏");
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM participants"), ==, 4);

  /* Refused, naming what is wrong. */
  {
    g_autoptr(TaTopic) topic = ta_topic_copy (stored);

    ta_topic_set_title (topic, "Bad \xff\xfe title");
    assert_refused (fixture, topic, ta_topic_get_id (kept), "Title");
    ta_topic_set_title (topic, "   ");
    assert_refused (fixture, topic, ta_topic_get_id (kept), "title");
    long_title = g_strnfill (TA_TOPIC_MAX_TITLE_CHARS + 1, 'x');
    ta_topic_set_title (topic, long_title);
    assert_refused (fixture, topic, ta_topic_get_id (kept), "too long");
    ta_topic_set_title (topic, "Line\nbreak");
    assert_refused (fixture, topic, ta_topic_get_id (kept), "Title");
  }
  {
    g_autoptr(TaTopic) topic = ta_topic_copy (stored);

    huge = g_strnfill (TA_TOPIC_MAX_DESCRIPTION_CHARS + 1, 'y');
    ta_topic_set_description (topic, huge);
    assert_refused (fixture, topic, ta_topic_get_id (kept), "Description");
    ta_topic_set_description (topic, "ok\x80");
    assert_refused (fixture, topic, ta_topic_get_id (kept), "UTF-8");
    ta_topic_set_description (topic, NULL);
    ta_topic_set_outcome (topic, huge);
    assert_refused (fixture, topic, ta_topic_get_id (kept), "Outcome");
  }
  {
    g_autoptr(TaTopic) topic = ta_topic_copy (stored);

    for (guint i = 0; i <= TA_TOPIC_MAX_TAGS; i++)
      {
        g_autofree char *tag = g_strdup_printf ("tag %u", i);

        g_strv_builder_add (many, tag);
      }
    many_tags = g_strv_builder_end (many);
    ta_topic_set_tags (topic, (const char * const *) many_tags);
    assert_refused (fixture, topic, ta_topic_get_id (kept), "tags");
    ta_topic_set_tags (topic, bad_tags);
    assert_refused (fixture, topic, ta_topic_get_id (kept), ";");
  }
  {
    static const char * const bad_urls[] = {
      "javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "https://",
      "example.com", "https://exa mple.com", "mailto:",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
      {
        g_autoptr(TaTopic) topic = ta_topic_copy (stored);

        ta_topic_add_source (topic, bad_urls[i], NULL);
        assert_refused (fixture, topic, ta_topic_get_id (kept), "Source 2");
      }
  }
  {
    g_autoptr(TaTopic) topic = ta_topic_copy (stored);
    g_autofree char *long_url = g_strdup_printf ("https://example.com/%0*d", TA_TOPIC_MAX_URL_CHARS, 0);

    ta_topic_add_source (topic, long_url, NULL);
    assert_refused (fixture, topic, ta_topic_get_id (kept), "too long");
  }
  {
    static const char * const bad_dates[] = { "2026-02-30", "31/12/2026", "2026-13-01", "tomorrow", "0000-01-01" };

    for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
      {
        g_autoptr(TaTopic) topic = ta_topic_copy (stored);

        ta_topic_set_due_date (topic, bad_dates[i]);
        assert_refused (fixture, topic, ta_topic_get_id (kept), "due date");
      }
  }

  /* People and sessions that do not exist. */
  {
    g_autoptr(TaTopic) topic = ta_topic_copy (stored);
    gint64 nobody = 9999;

    ta_topic_set_researchers (topic, &nobody, 1);
    g_assert_false (ta_store_update_topic (fixture->store, topic, &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
    g_clear_error (&error);
    ta_topic_set_researchers (topic, NULL, 0);
    ta_topic_set_session_id (topic, 4242);
    g_assert_false (ta_store_update_topic (fixture->store, topic, &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_true (ta_topic_source_validate (&(TaTopicSource) { (char *) "HTTPS://Example.COM", NULL }, NULL));
  /* Links as people paste them: accents, IDN hosts, escapes. */
  g_assert_true (ta_topic_source_validate (&(TaTopicSource) { (char *) "https://fr.wikipedia.org/wiki/Économie", NULL },
                                           NULL));
  g_assert_true (ta_topic_source_validate (&(TaTopicSource) { (char *) "https://例え.jp/パス?q=a%20b#x", NULL },
                                           NULL));
}

typedef struct
{
  guint count;
  gint64 id;
  int args[4];
} Moved;

static void
on_topic_moved (TaStore *store,
                gint64   id,
                int      old_stage,
                int      old_position,
                int      new_stage,
                int      new_position,
                Moved   *moved)
{
  moved->count++;
  moved->id = id;
  moved->args[0] = old_stage;
  moved->args[1] = old_position;
  moved->args[2] = new_stage;
  moved->args[3] = new_position;
}

/* Moves across and within stages persist, positions stay dense. */
static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *titles = NULL;
  const char *names = "ABCDE";

  for (guint i = 0; i < 5; i++)
    {
      char title[2] = { names[i], '\0' };

      g_ptr_array_add (topics, add_topic (fixture->store, title, TA_TOPIC_STAGE_PROPOSED));
    }
  g_ptr_array_add (topics, add_topic (fixture->store, "X", TA_TOPIC_STAGE_RESEARCHING));
  g_ptr_array_add (topics, add_topic (fixture->store, "Y", TA_TOPIC_STAGE_RESEARCHING));
  g_assert_cmpint (ta_topic_get_position (g_ptr_array_index (topics, 6)), ==, 1);

#define ID(i) ta_topic_get_id (g_ptr_array_index (topics, i))
#define EXPECT(stage, text) \
  G_STMT_START { \
    g_autofree char *got = stage_titles (fixture->store, stage); \
    g_assert_cmpstr (got, ==, text); \
    assert_store_dense (fixture->store); \
  } G_STMT_END

  /* Within a stage, down and up. */
  g_assert_true (ta_store_move_topic (fixture->store, ID (0), TA_TOPIC_STAGE_PROPOSED, 3, &error));
  g_assert_no_error (error);
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "B,C,D,A,E");
  g_assert_true (ta_store_move_topic (fixture->store, ID (4), TA_TOPIC_STAGE_PROPOSED, 0, &error));
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "E,B,C,D,A");
  /* Nowhere. */
  g_assert_true (ta_store_move_topic (fixture->store, ID (4), TA_TOPIC_STAGE_PROPOSED, 0, &error));
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "E,B,C,D,A");

  /* Across stages: the gap closes, room is made. */
  g_assert_true (ta_store_move_topic (fixture->store, ID (2), TA_TOPIC_STAGE_RESEARCHING, 1, &error));
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "E,B,D,A");
  EXPECT (TA_TOPIC_STAGE_RESEARCHING, "X,C,Y");

  /* Clamped: past the end, before the start; the signal says where it
   * really went. */
  {
    Moved moved = { 0 };
    gulong handler = g_signal_connect (fixture->store, "topic-moved", G_CALLBACK (on_topic_moved), &moved);

    g_assert_true (ta_store_move_topic (fixture->store, ID (1), TA_TOPIC_STAGE_READY, 1000, &error));
    g_assert_cmpuint (moved.count, ==, 1);
    g_assert_cmpint (moved.id, ==, ID (1));
    g_assert_cmpint (moved.args[0], ==, TA_TOPIC_STAGE_PROPOSED);
    g_assert_cmpint (moved.args[1], ==, 1);
    g_assert_cmpint (moved.args[2], ==, TA_TOPIC_STAGE_READY);
    g_assert_cmpint (moved.args[3], ==, 0);
    /* Staying put says nothing. */
    g_assert_true (ta_store_move_topic (fixture->store, ID (1), TA_TOPIC_STAGE_READY, 7, &error));
    g_assert_cmpuint (moved.count, ==, 1);
    g_signal_handler_disconnect (fixture->store, handler);
  }
  EXPECT (TA_TOPIC_STAGE_READY, "B");
  g_assert_true (ta_store_move_topic (fixture->store, ID (3), TA_TOPIC_STAGE_READY, 1000, &error));
  EXPECT (TA_TOPIC_STAGE_READY, "B,D");
  g_assert_true (ta_store_move_topic (fixture->store, ID (5), TA_TOPIC_STAGE_READY, -5, &error));
  EXPECT (TA_TOPIC_STAGE_READY, "X,B,D");
  EXPECT (TA_TOPIC_STAGE_RESEARCHING, "C,Y");
  g_assert_true (ta_store_move_topic (fixture->store, ID (5), TA_TOPIC_STAGE_READY, 99, &error));
  EXPECT (TA_TOPIC_STAGE_READY, "B,D,X");
  g_assert_true (ta_store_move_topic (fixture->store, ID (0), TA_TOPIC_STAGE_PRESENTED, 0, &error));
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "E");
  EXPECT (TA_TOPIC_STAGE_PRESENTED, "A");
  g_assert_no_error (error);

  /* An unknown topic. */
  g_assert_false (ta_store_move_topic (fixture->store, 9999, TA_TOPIC_STAGE_READY, 0, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Persisted in the file. */
  g_clear_object (&fixture->store);
  fixture->store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  EXPECT (TA_TOPIC_STAGE_PROPOSED, "E");
  EXPECT (TA_TOPIC_STAGE_RESEARCHING, "C,Y");
  EXPECT (TA_TOPIC_STAGE_READY, "B,D,X");
  EXPECT (TA_TOPIC_STAGE_PRESENTED, "A");

  /* Delete closes the gap; restore puts it back where it was. */
  {
    g_autoptr(TaTopic) deleted = ta_store_get_topic (fixture->store, ID (3), &error);

    g_assert_no_error (error);
    g_assert_cmpint (ta_topic_get_position (deleted), ==, 1);
    g_assert_true (ta_store_delete_topic (fixture->store, ID (3), &error));
    g_assert_no_error (error);
    EXPECT (TA_TOPIC_STAGE_READY, "B,X");
    g_assert_true (ta_store_restore_topic (fixture->store, deleted, &error));
    g_assert_no_error (error);
    EXPECT (TA_TOPIC_STAGE_READY, "B,D,X");
    g_assert_cmpint (ta_topic_get_id (deleted), ==, ID (3));
    g_assert_false (ta_store_restore_topic (fixture->store, deleted, &error));
    g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE);
    g_clear_error (&error);
    EXPECT (TA_TOPIC_STAGE_READY, "B,D,X");
  }

  titles = stage_titles (fixture->store, TA_TOPIC_STAGE_READY);
  g_assert_cmpstr (titles, ==, "B,D,X");
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topics"), ==, 7);

#undef EXPECT
#undef ID
}

/* Many random moves, deletes and restores against a model kept in memory. */
static void
test_move_random (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(TaTopicList) list = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Topic %u", i);
      g_autoptr(TaTopic) topic = add_topic (fixture->store, title, (TaTopicStage) (i % TA_N_TOPIC_STAGES));
      gint64 id = ta_topic_get_id (topic);

      g_array_append_val (ids, id);
    }

  list = ta_topic_list_new (fixture->store, &error);
  g_assert_no_error (error);

  for (guint step = 0; step < 300; step++)
    {
      gint64 id = g_array_index (ids, gint64, g_rand_int_range (rand, 0, (gint32) ids->len));
      TaTopicStage stage = (TaTopicStage) g_rand_int_range (rand, 0, TA_N_TOPIC_STAGES);
      int position = g_rand_int_range (rand, -2, 15);

      if (step % 25 == 0)
        {
          g_autoptr(TaTopic) deleted = ta_store_get_topic (fixture->store, id, &error);

          g_assert_no_error (error);
          g_assert_true (ta_store_delete_topic (fixture->store, id, &error));
          assert_store_dense (fixture->store);
          g_assert_true (ta_store_restore_topic (fixture->store, deleted, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_true (ta_store_move_topic (fixture->store, id, stage, position, &error));
          g_assert_no_error (error);
        }

      assert_store_dense (fixture->store);

      /* The live list agrees with the store, item by item. */
      {
        g_autoptr(GPtrArray) topics = ta_store_list_topics (fixture->store, &error);

        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, topics->len);
        for (guint i = 0; i < topics->len; i++)
          {
            g_autoptr(TaTopic) ours = g_list_model_get_item (G_LIST_MODEL (list), i);
            TaTopic *theirs = g_ptr_array_index (topics, i);

            g_assert_cmpint (ta_topic_get_id (ours), ==, ta_topic_get_id (theirs));
            g_assert_cmpint (ta_topic_get_stage (ours), ==, ta_topic_get_stage (theirs));
            g_assert_cmpint (ta_topic_get_position (ours), ==, ta_topic_get_position (theirs));
          }
      }
    }
}

static void
test_interest (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopic) topic = add_topic (fixture->store, "Notion for team wikis", TA_TOPIC_STAGE_PROPOSED);
  g_autoptr(TaTopic) stored = NULL;
  guint n;
  g_autoptr(TaTopicList) list = ta_topic_list_new (fixture->store, NULL);

  g_assert_true (ta_store_set_topic_interest (fixture->store, ta_topic_get_id (topic), fixture->senior_c, TRUE, &error));
  g_assert_true (ta_store_set_topic_interest (fixture->store, ta_topic_get_id (topic), fixture->senior_d, TRUE, &error));
  g_assert_true (ta_store_set_topic_interest (fixture->store, ta_topic_get_id (topic), fixture->senior_d, TRUE, &error));
  g_assert_no_error (error);
  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  ta_topic_get_interested (stored, &n);
  g_assert_cmpuint (n, ==, 2);

  g_assert_true (ta_store_set_topic_interest (fixture->store, ta_topic_get_id (topic), fixture->senior_c, FALSE, &error));
  /* The board shows it. */
  g_assert_false (ta_topic_is_interested (ta_topic_list_lookup (list, ta_topic_get_id (topic)), fixture->senior_c));
  g_assert_true (ta_topic_is_interested (ta_topic_list_lookup (list, ta_topic_get_id (topic)), fixture->senior_d));
  g_clear_object (&stored);
  stored = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_true (ta_topic_is_interested (stored, fixture->senior_d));
  g_assert_false (ta_topic_is_interested (stored, fixture->senior_c));

  g_assert_false (ta_store_set_topic_interest (fixture->store, 9999, fixture->senior_c, TRUE, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ta_store_set_topic_interest (fixture->store, ta_topic_get_id (topic), 9999, TRUE, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

static void
test_ideas (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(TaTopic) covered_by_title = ta_topic_new ("PROMPT writing");
  g_autoptr(TaTopic) covered_by_tag = ta_topic_new ("Something else");
  const char *tags[] = { "Café culture", NULL };
  const char *seeks_1[] = { "TikTok", "Prompt writing", "Cafe Culture", "Passkeys", NULL };
  const char *seeks_2[] = { "tiktok", "Passkeys", NULL };
  const char *seeks_3[] = { "TikTok", NULL };
  const char *seeks_4[] = { "Data visualisation", NULL };
  gint64 m1, m2, m3;
  const gint64 *ids;
  guint n;

  m1 = ta_test_add_person (fixture->store, "Anne", "anne@example.com", TA_ROLE_MENTEE,
                           "capacity", 0, "status", TA_PARTICIPANT_STATUS_ACTIVE, "seeks", seeks_1, NULL);
  m2 = ta_test_add_person (fixture->store, "Bert", "bert@example.com", TA_ROLE_BOTH,
                           "capacity", 2, "status", TA_PARTICIPANT_STATUS_ACTIVE, "seeks", seeks_2, NULL);
  m3 = ta_test_add_person (fixture->store, "Carl", "carl@example.com", TA_ROLE_MENTEE,
                           "capacity", 0, "status", TA_PARTICIPANT_STATUS_ACTIVE, "seeks", seeks_3, NULL);
  /* Not counted: a mentor, a paused and a departed mentee. */
  ta_test_add_person (fixture->store, "Dora", "dora@example.com", TA_ROLE_MENTOR,
                      "capacity", 2, "status", TA_PARTICIPANT_STATUS_ACTIVE, "seeks", seeks_4, NULL);
  ta_test_add_person (fixture->store, "Emil", "emil@example.com", TA_ROLE_MENTEE,
                      "capacity", 0, "status", TA_PARTICIPANT_STATUS_PAUSED, "seeks", seeks_3, NULL);
  ta_test_add_person (fixture->store, "Fay", "fay@example.com", TA_ROLE_MENTEE,
                      "capacity", 0, "status", TA_PARTICIPANT_STATUS_LEFT, "seeks", seeks_4, NULL);

  ta_topic_set_tags (covered_by_tag, tags);
  g_assert_true (ta_store_add_topic (fixture->store, covered_by_title, &error));
  g_assert_true (ta_store_add_topic (fixture->store, covered_by_tag, &error));
  g_assert_no_error (error);

  ideas = ta_store_list_topic_ideas (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ideas->len, ==, 2);
  g_assert_cmpstr (ta_topic_idea_get_term (g_ptr_array_index (ideas, 0)), ==, "TikTok");
  g_assert_cmpuint (ta_topic_idea_get_count (g_ptr_array_index (ideas, 0)), ==, 3);
  ids = ta_topic_idea_get_mentee_ids (g_ptr_array_index (ideas, 0), &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (ids[0], ==, m1);
  g_assert_cmpint (ids[1], ==, m2);
  g_assert_cmpint (ids[2], ==, m3);
  g_assert_cmpstr (ta_topic_idea_get_term (g_ptr_array_index (ideas, 1)), ==, "Passkeys");
  g_assert_cmpuint (ta_topic_idea_get_count (g_ptr_array_index (ideas, 1)), ==, 2);

  /* "Add to Board": the idea is covered from then on. */
  {
    g_autoptr(TaTopic) topic = ta_topic_idea_to_topic (g_ptr_array_index (ideas, 1));
    g_autoptr(GPtrArray) after = NULL;

    g_assert_cmpstr (ta_topic_get_title (topic), ==, "Passkeys");
    g_assert_cmpint (ta_topic_get_stage (topic), ==, TA_TOPIC_STAGE_PROPOSED);
    ta_topic_get_interested (topic, &n);
    g_assert_cmpuint (n, ==, 2);
    g_assert_true (ta_store_add_topic (fixture->store, topic, &error));
    g_assert_no_error (error);

    after = ta_store_list_topic_ideas (fixture->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (after->len, ==, 1);
    g_assert_cmpstr (ta_topic_idea_get_term (g_ptr_array_index (after, 0)), ==, "TikTok");
  }

  /* Ties are ranked by term. */
  {
    const char *seeks_5[] = { "Zebra tools", "Async work", NULL };
    g_autoptr(GPtrArray) tied = NULL;

    ta_test_add_person (fixture->store, "Gus", "gus@example.com", TA_ROLE_MENTEE,
                        "capacity", 0, "status", TA_PARTICIPANT_STATUS_ACTIVE, "seeks", seeks_5, NULL);
    tied = ta_store_list_topic_ideas (fixture->store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (tied->len, ==, 3);
    g_assert_cmpstr (ta_topic_idea_get_term (g_ptr_array_index (tied, 1)), ==, "Async work");
    g_assert_cmpstr (ta_topic_idea_get_term (g_ptr_array_index (tied, 2)), ==, "Zebra tools");
  }

  /* A term too long for a tag still makes a card, covered by its title. */
  {
    g_autofree char *long_term = g_strnfill (TA_TOPIC_MAX_TAG_CHARS + 10, 'w');
    g_autoptr(TaTopicIdea) idea = ta_topic_idea_new (long_term, &m1, 1);
    g_autoptr(TaTopic) topic = ta_topic_idea_to_topic (idea);

    g_assert_null (ta_topic_get_tags (topic));
    g_assert_true (ta_topic_validate (topic, NULL));
    g_assert_true (ta_topic_covers (topic, long_term));
  }

  g_assert_true (ta_topic_covers (covered_by_tag, "cafe culture"));
  g_assert_false (ta_topic_covers (covered_by_tag, "cafe"));
}

typedef struct
{
  guint session_added;
  guint topic_updated;
  gint64 last_session;
} Heard;

static void
on_session_added (TaStore   *store,
                  TaSession *session,
                  Heard     *heard)
{
  heard->session_added++;
  heard->last_session = ta_session_get_id (session);
}

static void
on_topic_updated (TaStore *store,
                  TaTopic *topic,
                  Heard   *heard)
{
  heard->topic_updated++;
}

static void
test_schedule (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopic) topic = ta_topic_new ("Async work with Loom");
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) second = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(TaTopic) linked = NULL;
  g_autoptr(TaTopicList) list = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 5, 7, 11, 30, 0);
  gint64 researchers[] = { fixture->junior_a, fixture->junior_b };
  gint64 interested[] = { fixture->senior_c, fixture->junior_a };
  const gint64 *attendees;
  Heard heard = { 0 };
  guint n;

  ta_topic_set_researchers (topic, researchers, 2);
  ta_topic_set_interested (topic, interested, 2);
  ta_topic_set_stage (topic, TA_TOPIC_STAGE_READY);
  g_assert_true (ta_store_add_topic (fixture->store, topic, &error));
  g_assert_no_error (error);
  list = ta_topic_list_new (fixture->store, &error);
  g_assert_no_error (error);

  g_signal_connect (fixture->store, "session-added", G_CALLBACK (on_session_added), &heard);
  g_signal_connect (fixture->store, "topic-updated", G_CALLBACK (on_topic_updated), &heard);

  session = ta_store_schedule_topic_presentation (fixture->store, ta_topic_get_id (topic), start, 60,
                                                  "Auditorium", &error);
  g_assert_no_error (error);
  g_assert_nonnull (session);
  g_assert_cmpuint (heard.session_added, ==, 1);
  g_assert_cmpuint (heard.topic_updated, ==, 1);
  g_assert_cmpint (heard.last_session, ==, ta_session_get_id (session));

  stored = ta_store_get_session (fixture->store, ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_kind (stored), ==, TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_assert_cmpstr (ta_session_get_title (stored), ==, "Async work with Loom");
  g_assert_cmpstr (ta_session_get_location (stored), ==, "Auditorium");
  g_assert_cmpint (ta_session_get_duration (stored), ==, 60);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (stored), start));
  attendees = ta_session_get_attendees (stored, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (attendees[0], ==, fixture->junior_a);
  g_assert_cmpint (attendees[1], ==, fixture->junior_b);
  g_assert_cmpint (attendees[2], ==, fixture->senior_c);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM sessions"), ==, 1);

  linked = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_cmpint (ta_topic_get_session_id (linked), ==, ta_session_get_id (session));
  g_assert_cmpint (ta_topic_get_stage (linked), ==, TA_TOPIC_STAGE_READY);
  g_assert_cmpint (ta_topic_get_session_id (ta_topic_list_lookup (list, ta_topic_get_id (topic))), ==,
                   ta_session_get_id (session));

  /* Again: a new session, the link moves, the old one stays. */
  second = ta_store_schedule_topic_presentation (fixture->store, ta_topic_get_id (topic), start, 45, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM sessions"), ==, 2);
  g_clear_object (&linked);
  linked = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_cmpint (ta_topic_get_session_id (linked), ==, ta_session_get_id (second));

  /* Deleting the session unlinks it, and the list notices. */
  g_assert_true (ta_store_delete_session (fixture->store, ta_session_get_id (second), &error));
  g_assert_no_error (error);
  g_clear_object (&linked);
  linked = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_cmpint (ta_topic_get_session_id (linked), ==, 0);
  g_assert_cmpint (ta_topic_get_session_id (ta_topic_list_lookup (list, ta_topic_get_id (topic))), ==, 0);

  /* Refused: a session that cannot be; nothing written. */
  g_assert_null (ta_store_schedule_topic_presentation (fixture->store, ta_topic_get_id (topic), start, 1, NULL,
                                                       &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (ta_store_schedule_topic_presentation (fixture->store, 9999, start, 60, NULL, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM sessions"), ==, 1);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count(*) FROM topics WHERE session_id IS NOT NULL"), ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->store, &heard);
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
assert_change (GArray *changes,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (index, <, changes->len);
  change = &g_array_index (changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopicList) list = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(TaTopic) a = add_topic (fixture->store, "A", TA_TOPIC_STAGE_PROPOSED);
  g_autoptr(TaTopic) b = add_topic (fixture->store, "B", TA_TOPIC_STAGE_PROPOSED);
  g_autoptr(TaTopic) c = add_topic (fixture->store, "C", TA_TOPIC_STAGE_RESEARCHING);
  g_autoptr(TaTopic) d = NULL;
  g_autoptr(TaTopic) deleted = NULL;
  TaTopic *held_a;
  TaTopic *held_b;
  guint position_notified = 0;
  guint stage_notified = 0;

  list = ta_topic_list_new (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == TA_TYPE_TOPIC);
  g_assert_true (ta_topic_list_get_store (list) == fixture->store);
  g_assert_cmpuint (ta_topic_list_count_in_stage (list, TA_TOPIC_STAGE_PROPOSED), ==, 2);
  g_assert_cmpuint (ta_topic_list_count_in_stage (list, TA_TOPIC_STAGE_RESEARCHING), ==, 1);
  held_a = ta_topic_list_lookup (list, ta_topic_get_id (a));
  held_b = ta_topic_list_lookup (list, ta_topic_get_id (b));
  g_assert_nonnull (held_a);
  g_assert_null (ta_topic_list_lookup (list, 9999));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), changes);
  g_signal_connect (held_b, "notify::position", G_CALLBACK (count_notify), &position_notified);
  g_signal_connect (held_a, "notify::stage", G_CALLBACK (count_notify), &stage_notified);

  /* Added at the end of its stage: between B and C. */
  d = add_topic (fixture->store, "D", TA_TOPIC_STAGE_PROPOSED);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 2, 0, 1);
  {
    g_autoptr(TaTopic) third = g_list_model_get_item (G_LIST_MODEL (list), 2);

    g_assert_cmpint (ta_topic_get_id (third), ==, ta_topic_get_id (d));
  }

  /* Updated in place: same object, one change at its index. */
  {
    g_autoptr(TaTopic) edited = ta_topic_copy (held_b);

    ta_topic_set_title (edited, "B, edited");
    g_assert_true (ta_store_update_topic (fixture->store, edited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 2);
    assert_change (changes, 1, 1, 1, 1);
    g_assert_true (ta_topic_list_lookup (list, ta_topic_get_id (b)) == held_b);
    g_assert_cmpstr (ta_topic_get_title (held_b), ==, "B, edited");
  }

  /* Moved across stages: A (index 0) goes to researching, after C. */
  g_assert_true (ta_store_move_topic (fixture->store, ta_topic_get_id (a), TA_TOPIC_STAGE_RESEARCHING, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 4);
  assert_change (changes, 2, 0, 1, 0);
  assert_change (changes, 3, 3, 0, 1);
  g_assert_true (ta_topic_list_lookup (list, ta_topic_get_id (a)) == held_a);
  g_assert_cmpint (ta_topic_get_stage (held_a), ==, TA_TOPIC_STAGE_RESEARCHING);
  g_assert_cmpint (ta_topic_get_position (held_a), ==, 1);
  g_assert_cmpuint (stage_notified, ==, 1);
  g_assert_cmpint (ta_topic_get_position (held_b), ==, 0);
  g_assert_cmpuint (position_notified, ==, 1);
  g_assert_cmpuint (ta_topic_list_count_in_stage (list, TA_TOPIC_STAGE_PROPOSED), ==, 2);
  g_assert_cmpuint (ta_topic_list_count_in_stage (list, TA_TOPIC_STAGE_RESEARCHING), ==, 2);

  /* Within a stage: D (index 1) before B (index 0). */
  g_assert_true (ta_store_move_topic (fixture->store, ta_topic_get_id (d), TA_TOPIC_STAGE_PROPOSED, 0, &error));
  g_assert_cmpuint (changes->len, ==, 6);
  assert_change (changes, 4, 1, 1, 0);
  assert_change (changes, 5, 0, 0, 1);
  g_assert_cmpint (ta_topic_get_position (held_b), ==, 1);
  g_assert_cmpuint (position_notified, ==, 2);

  /* Deleted: B at index 1; restored: back at index 1. */
  deleted = ta_store_get_topic (fixture->store, ta_topic_get_id (b), &error);
  g_assert_true (ta_store_delete_topic (fixture->store, ta_topic_get_id (b), &error));
  g_assert_cmpuint (changes->len, ==, 7);
  assert_change (changes, 6, 1, 1, 0);
  g_assert_null (ta_topic_list_lookup (list, ta_topic_get_id (b)));
  g_assert_true (ta_store_move_topic (fixture->store, ta_topic_get_id (c), TA_TOPIC_STAGE_PROPOSED, 0, &error));
  g_assert_cmpuint (changes->len, ==, 9);
  g_assert_true (ta_store_restore_topic (fixture->store, deleted, &error));
  g_assert_no_error (error);
  /* C, D in proposed now; B comes back at position 1, between them. */
  g_assert_cmpuint (changes->len, ==, 10);
  assert_change (changes, 9, 1, 0, 1);
  {
    g_autoptr(TaTopic) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(TaTopic) second = g_list_model_get_item (G_LIST_MODEL (list), 1);
    g_autoptr(TaTopic) third = g_list_model_get_item (G_LIST_MODEL (list), 2);

    g_assert_cmpstr (ta_topic_get_title (first), ==, "C");
    g_assert_cmpstr (ta_topic_get_title (second), ==, "B, edited");
    g_assert_cmpstr (ta_topic_get_title (third), ==, "D");
    g_assert_cmpint (ta_topic_get_position (third), ==, 2);
  }

  /* A reload keeps the objects views hold. */
  g_assert_true (ta_topic_list_reload (list, &error));
  g_assert_true (ta_topic_list_lookup (list, ta_topic_get_id (a)) == held_a);

  g_signal_handlers_disconnect_by_data (list, changes);
}

static void
test_participant_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaTopic) topic = ta_topic_new ("TikTok for employer branding");
  g_autoptr(TaTopic) other = ta_topic_new ("Inclusive language in job ads");
  g_autoptr(TaParticipant) person = NULL;
  g_autoptr(TaTopic) after = NULL;
  g_autoptr(TaTopicList) list = NULL;
  g_autoptr(GArray) reporting = NULL;
  gint64 researchers[] = { fixture->junior_a, fixture->junior_b };
  gint64 interested[] = { fixture->senior_c };
  TaTopic *held;
  guint n;

  ta_topic_set_researchers (topic, researchers, 2);
  ta_topic_set_interested (topic, interested, 1);
  ta_topic_set_follow_up_id (topic, fixture->junior_a);
  g_assert_true (ta_store_add_topic (fixture->store, topic, &error));
  ta_topic_set_interested (other, researchers, 1);
  g_assert_true (ta_store_add_topic (fixture->store, other, &error));
  g_assert_no_error (error);
  list = ta_topic_list_new (fixture->store, &error);
  held = ta_topic_list_lookup (list, ta_topic_get_id (topic));

  person = ta_store_get_participant (fixture->store, fixture->junior_a, &error);
  g_assert_no_error (error);
  g_assert_true (ta_store_delete_participant (fixture->store, fixture->junior_a, &reporting, &error));
  g_assert_no_error (error);

  after = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  ta_topic_get_researchers (after, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ta_topic_get_follow_up_id (after), ==, 0);
  /* The list heard it. */
  ta_topic_get_researchers (held, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (ta_topic_get_follow_up_id (held), ==, 0);
  ta_topic_get_interested (ta_topic_list_lookup (list, ta_topic_get_id (other)), &n);
  g_assert_cmpuint (n, ==, 0);

  /* Undo: their research, interest and follow-up come back. */
  g_assert_true (ta_store_restore_participant (fixture->store, person, reporting, &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  after = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  g_assert_true (ta_topic_has_researcher (after, fixture->junior_a));
  g_assert_true (ta_topic_has_researcher (after, fixture->junior_b));
  g_assert_cmpint (ta_topic_get_follow_up_id (after), ==, fixture->junior_a);
  g_assert_true (ta_topic_has_researcher (held, fixture->junior_a));
  g_assert_cmpint (ta_topic_get_follow_up_id (held), ==, fixture->junior_a);
  g_assert_true (ta_topic_is_interested (ta_topic_list_lookup (list, ta_topic_get_id (other)), fixture->junior_a));
  g_clear_object (&after);
  after = ta_store_get_topic (fixture->store, ta_topic_get_id (other), &error);
  g_assert_true (ta_topic_is_interested (after, fixture->junior_a));

  /* A second delete and undo works the same. */
  g_clear_pointer (&reporting, g_array_unref);
  g_assert_true (ta_store_delete_participant (fixture->store, fixture->junior_a, &reporting, &error));
  g_assert_true (ta_store_restore_participant (fixture->store, person, reporting, &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  after = ta_store_get_topic (fixture->store, ta_topic_get_id (topic), &error);
  ta_topic_get_researchers (after, &n);
  g_assert_cmpuint (n, ==, 2);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), text) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(TaTopic) a = add_topic (fixture->store, "Alpha", TA_TOPIC_STAGE_READY);
  g_autoptr(TaTopic) b = add_topic (fixture->store, "Beta", TA_TOPIC_STAGE_READY);
  g_autoptr(TaTopic) presented = add_topic (fixture->store, "Gamma", TA_TOPIC_STAGE_PRESENTED);
  g_autoptr(TaParticipant) junior = NULL;
  gint64 researcher = fixture->junior_a;

  /* Presented without an outcome: fine. */
  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  ta_topic_set_researchers (a, &researcher, 1);
  g_assert_true (ta_store_update_topic (fixture->store, a, &error));
  junior = ta_store_get_participant (fixture->store, researcher, &error);
  ta_participant_set_status (junior, TA_PARTICIPANT_STATUS_LEFT);
  g_assert_true (ta_store_update_participant (fixture->store, junior, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_ta_store_get_db (fixture->store),
                                 "UPDATE topics SET position = 5 WHERE title = 'Beta'", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  problems = ta_store_check (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_true (has_problem (problems, "Ready to Present"));
  g_assert_true (has_problem (problems, "lina@example.com"));
  g_assert_false (has_problem (problems, "Gamma"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/topics/stage-names", test_stage_names);
  ADD ("/topics/round-trip", test_round_trip);
  ADD ("/topics/hostile-values", test_hostile_values);
  ADD ("/topics/move", test_move);
  ADD ("/topics/move-random", test_move_random);
  ADD ("/topics/interest", test_interest);
  ADD ("/topics/ideas", test_ideas);
  ADD ("/topics/schedule", test_schedule);
  ADD ("/topics/list", test_list);
  ADD ("/topics/participant-undo", test_participant_undo);
  ADD ("/topics/check", test_check);

#undef ADD

  return g_test_run ();
}
