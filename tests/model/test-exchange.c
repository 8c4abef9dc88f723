/* test-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "ta-exchange-private.h"
#include "ta-programme.h"
#include "ta-store-exchange.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

/*
 * Exchange files (docs/exchange.md) between a facilitator's programme and
 * a personal one built here: what a kit and an update carry (on the
 * bytes), every refusal (with both programmes left byte for byte and row
 * for row as they were), the checksum, each merge rule of both tables,
 * the same update twice, and a kit into an empty programme.
 */

typedef struct
{
  TaTestDir fac_dir;
  TaTestDir pair_dir;
  TaStore *fac;
  TaStore *pair;
  TaProgramme *fac_programme;
  TaProgramme *pair_programme;
  char *files;
  gint64 mentor;
  gint64 mentee;
  gint64 other_mentor;
  gint64 other_mentee;
  gint64 pairing;
  gint64 past;        /* planned, yesterday: the pair will hold it */
  gint64 future;      /* planned, in a week */
  gint64 held;        /* held a month ago, with the facilitator's notes */
  gint64 topic;
} Fixture;

static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

static void
add_goal (TaPairing  *pairing,
          const char *title)
{
  g_autoptr(TaGoal) goal = ta_goal_new (title, FALSE);

  g_list_store_append (ta_pairing_get_goals (pairing), goal);
}

static TaGoal *
goal_at (TaPairing *pairing,
         guint      index)
{
  g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (pairing)), index);

  g_assert_nonnull (goal);
  return goal;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) past = days_from_now (-1, 10);
  g_autoptr(GDateTime) future = days_from_now (7, 14);
  g_autoptr(GDateTime) month_ago = days_from_now (-30, 9);
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaTopic) topic = NULL;
  g_autoptr(GError) error = NULL;

  ta_test_dir_init (&fixture->fac_dir);
  ta_test_dir_init (&fixture->pair_dir);
  fixture->fac = ta_test_open_programme (&fixture->fac_dir);
  fixture->pair = ta_test_open_programme (&fixture->pair_dir);
  fixture->fac_programme = ta_programme_new_for_store (fixture->fac);
  fixture->pair_programme = ta_programme_new_for_store (fixture->pair);
  fixture->files = ta_test_make_dir ("test-exchange-files-XXXXXX");

  fixture->mentor = ta_test_add_person (fixture->fac, "Anna Peeters", "anna@example.org", TA_ROLE_MENTOR,
                                        "capacity", 2, "department", "Secret Department",
                                        "notes", "Facilitator's private note on Anna",
                                        "birth-year", 1999, NULL);
  fixture->mentee = ta_test_add_person (fixture->fac, "Marc Dubois", "marc@example.org", TA_ROLE_MENTEE,
                                        "department", "Board", "job-title", "Chief Hidden Officer", NULL);
  fixture->other_mentor = ta_test_add_person (fixture->fac, "Zoë Outsider", "zoe@example.org", TA_ROLE_MENTOR,
                                              "capacity", 1, NULL);
  fixture->other_mentee = ta_test_add_person (fixture->fac, "Yves Stranger", "yves@example.org", TA_ROLE_MENTEE,
                                              NULL);
  pairing = ta_test_add_pairing_record (fixture->fac, fixture->mentor, fixture->mentee,
                                        "status", TA_PAIRING_STATUS_ACTIVE, "started-on", "2026-01-12", NULL);
  fixture->pairing = ta_pairing_get_id (pairing);
  add_goal (pairing, "Use the shared calendar");
  add_goal (pairing, "Speak up in the board meeting");
  g_assert_true (ta_store_update_pairing (fixture->fac, pairing, &error));
  g_assert_no_error (error);
  ta_test_add_pairing (fixture->fac, fixture->other_mentor, fixture->other_mentee,
                       "status", TA_PAIRING_STATUS_ACTIVE, NULL);

  fixture->past = ta_test_add_session (fixture->fac, fixture->pairing, past, 60, "location", "Room 4", NULL);
  fixture->future = ta_test_add_session (fixture->fac, fixture->pairing, future, 60, "location", "Room 5", NULL);
  held = ta_test_add_session_record (fixture->fac, fixture->pairing, month_ago, 45, NULL);
  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_notes (held, "Facilitator's notes of the held session");
  g_assert_true (ta_store_update_session (fixture->fac, held, &error));
  g_assert_no_error (error);
  fixture->held = ta_session_get_id (held);

  topic = ta_topic_new ("Screen readers");
  ta_topic_set_description (topic, "How they are used");
  ta_topic_set_researchers (topic, &fixture->mentor, 1);
  g_assert_true (ta_store_add_topic (fixture->fac, topic, &error));
  g_assert_no_error (error);
  fixture->topic = ta_topic_get_id (topic);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->fac_programme);
  g_clear_object (&fixture->pair_programme);
  g_clear_object (&fixture->fac);
  g_clear_object (&fixture->pair);
  ta_test_dir_clear (&fixture->fac_dir);
  ta_test_dir_clear (&fixture->pair_dir);
  ta_test_remove_dir (fixture->files);
  g_free (fixture->files);
}

/* Helpers */

static char *
file_path (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->files, name, NULL);
}

static char *
export (Fixture     *fixture,
        TaProgramme *programme,
        gint64       pairing,
        const char  *name)
{
  g_autoptr(GError) error = NULL;
  char *path = file_path (fixture, name);

  g_assert_true (ta_programme_exchange_export (programme, pairing, path, &error));
  g_assert_no_error (error);
  return path;
}

static TaExchangePreview *
read_file (TaProgramme *programme,
           const char  *path)
{
  g_autoptr(GError) error = NULL;
  TaExchangePreview *preview = ta_programme_exchange_read (programme, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  return preview;
}

static void
apply_file (TaProgramme *programme,
            const char  *path)
{
  g_autoptr(TaExchangePreview) preview = read_file (programme, path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_programme_exchange_apply (programme, preview, &error));
  g_assert_no_error (error);
}

static char *
contents (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, &error));
  g_assert_no_error (error);
  return data;
}

static void
put (const char *path,
     const char *data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, -1, &error));
  g_assert_no_error (error);
}

/* Every row of every table of @store's file, as text: what a refusal
 * must leave as it was. */
static char *
dump (TaStore *store)
{
  sqlite3 *db = _ta_store_get_db (store);
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", sqlite3_column_text (tables, 0));
      sqlite3_stmt *rows = NULL;

      g_string_append_printf (out, "[%s]\n", sqlite3_column_text (tables, 0));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &rows, NULL), ==, SQLITE_OK);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (rows); i++)
            g_string_append_printf (out, "%s|", sqlite3_column_type (rows, i) == SQLITE_NULL
                                                 ? "NULL" : (const char *) sqlite3_column_text (rows, i));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (rows);
    }
  sqlite3_finalize (tables);

  return g_strdup (out->str);
}

static char *
file_state (TaStore *store)
{
  g_autofree char *wal = g_strconcat (ta_store_get_path (store), "-wal", NULL);
  g_autofree char *main_sum = ta_test_file_checksum (ta_store_get_path (store));
  g_autofree char *wal_sum = ta_test_file_checksum (wal);
  g_autofree char *rows = dump (store);

  return g_strconcat (main_sum, " ", wal_sum, "\n", rows, NULL);
}

static void
exec_sql (TaStore    *store,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_ta_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
count (TaStore    *store,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
text (TaStore    *store,
      const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Whether the preview has a line of @kind containing @needle. */
static gboolean
has_line (TaExchangePreview    *preview,
          TaExchangeChangeKind  kind,
          const char           *needle)
{
  GPtrArray *changes = ta_exchange_preview_get_changes (preview);

  for (guint i = 0; i < changes->len; i++)
    {
      TaExchangeChange *change = g_ptr_array_index (changes, i);

      if (change->kind == kind && strstr (change->text, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The kit out of the facilitator's programme and into the pair's. */
static void
give_kit (Fixture *fixture)
{
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");

  apply_file (fixture->pair_programme, kit);
}

/* The pair's copy of a facilitator's session. */
static gint64
pair_session (Fixture *fixture,
              gint64   fac_id)
{
  g_autofree char *programme = ta_store_get_programme_id (fixture->fac, NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sessions WHERE exchange_uid = '%s:session:%" G_GINT64_FORMAT "'",
                                          programme, fac_id);

  return count (fixture->pair, sql);
}

static gint64
pair_pairing (Fixture *fixture)
{
  return count (fixture->pair, "SELECT id FROM pairings");
}

/* The pair holds yesterday's session: a shared learning, a private one,
 * private notes, a rating. */
static void
hold_past_session (Fixture *fixture)
{
  g_autoptr(TaSession) session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->past), NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (session);
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (session, "Seniors read every e-mail twice");
  ta_session_set_mentor_learned_shared (session, TRUE);
  ta_session_set_mentee_learned (session, "I still fear the shared drive");
  ta_session_set_notes (session, "Our private notes: do not tell anyone");
  ta_session_set_mentee_rating (session, 4);
  g_assert_true (ta_store_update_session (fixture->pair, session, &error));
  g_assert_no_error (error);
}

static void
answer_check_in (Fixture    *fixture,
                 const char *uid)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO check_ins (uid, pairing_id, kind, side, answered_at, "
                                          "quality, works, created_at, updated_at) VALUES ('%s', %" G_GINT64_FORMAT
                                          ", 'relationship', 'mentee', '2026-03-01T09:00:00Z', 4, 'Honesty', "
                                          "'2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z')",
                                          uid, pair_pairing (fixture));

  exec_sql (fixture->pair, sql);
}

/* What a kit carries */

static void
test_kit_bytes (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *bytes = contents (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *content;
  JsonArray *people;
  JsonArray *sessions;
  GStatBuf buf;

  g_assert_true (g_str_has_prefix (bytes, "{\"format\":\"turnabout-exchange\""));
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* Nothing of the directory beyond the two people's name, e-mail,
   * side, languages and availability; no other pair. */
  g_assert_nonnull (strstr (bytes, "Anna Peeters"));
  g_assert_nonnull (strstr (bytes, "marc@example.org"));
  g_assert_null (strstr (bytes, "Secret Department"));
  g_assert_null (strstr (bytes, "Board"));
  g_assert_null (strstr (bytes, "Chief Hidden Officer"));
  g_assert_null (strstr (bytes, "Facilitator's private note"));
  g_assert_null (strstr (bytes, "1999"));
  g_assert_null (strstr (bytes, "Zoë"));
  g_assert_null (strstr (bytes, "Yves"));
  /* The held session is the pair's business: not even its notes. */
  g_assert_null (strstr (bytes, "Facilitator's notes"));

  g_assert_true (json_parser_load_from_data (parser, bytes, -1, &error));
  g_assert_no_error (error);
  content = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "content");
  people = json_object_get_array_member (content, "people");
  g_assert_cmpuint (json_array_get_length (people), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GList) members = json_object_get_members (json_array_get_object_element (people, i));
      const char * const expected[] = { "uid", "side", "name", "email", "languages", "availability" };
      guint n = 0;

      for (GList *l = members; l != NULL; l = l->next, n++)
        g_assert_cmpstr (l->data, ==, expected[n]);
      g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
    }
  sessions = json_object_get_array_member (content, "sessions");
  g_assert_cmpuint (json_array_get_length (sessions), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sessions, i), "status"), ==,
                     "planned");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (content, "goals")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (content, "topics")), ==, 1);

  /* The pair started: each side's baseline self-rating is due. */
  {
    JsonArray *due = json_object_get_array_member (content, "check_ins_due");
    guint baselines = 0;

    for (guint i = 0; i < json_array_get_length (due); i++)
      baselines += g_str_equal (json_object_get_string_member (json_array_get_object_element (due, i), "kind"),
                                "baseline");
    g_assert_cmpuint (baselines, ==, 2);
  }

  /* The description says the same, in words. */
  {
    g_auto(GStrv) lines = ta_programme_exchange_describe (fixture->fac_programme, fixture->pairing, &error);
    g_autofree char *joined = NULL;

    g_assert_no_error (error);
    joined = g_strjoinv ("\n", lines);
    g_assert_nonnull (strstr (joined, "Pair kit for Anna Peeters and Marc Dubois"));
    g_assert_nonnull (strstr (joined, "Anna Peeters (mentor): name, e-mail address, languages and availability."));
    g_assert_nonnull (strstr (joined, "Check-in due: baseline, for the mentee, on 12 January 2026."));
    g_assert_nonnull (strstr (joined, ": planned."));
    g_assert_nonnull (strstr (joined, "Topic “Screen readers”."));
    g_assert_nonnull (strstr (joined, "Not included:"));
    g_assert_null (strstr (joined, "Zoë"));
  }
}

/* The checksum is SHA-256 over the compact content, as written. */
static void
test_checksum (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *bytes = contents (path);
  const char *start = strstr (bytes, ",\"content\":") + strlen (",\"content\":");
  g_autofree char *content = g_strndup (start, strlen (start) - 1);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  g_autofree char *expected = g_strdup_printf ("\"checksum\":\"sha256:%s\"", digest);

  g_assert_true (g_str_has_suffix (bytes, "}"));
  g_assert_nonnull (strstr (bytes, expected));
}

/* A kit into an empty programme makes it personal, with "me". */
static void
test_kit_into_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) me = NULL;
  g_autofree char *home = NULL;
  g_autofree char *fac_id = ta_store_get_programme_id (fixture->fac, NULL);

  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_UNDECIDED);
  preview = read_file (fixture->pair_programme, path);
  g_assert_true (ta_exchange_preview_makes_personal (preview));
  g_assert_false (ta_exchange_preview_is_empty (preview));
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_KIT);
  g_assert_cmpstr (ta_exchange_preview_get_pair (preview), ==, "Anna Peeters and Marc Dubois");
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "Anna Peeters"));
  ta_exchange_preview_set_me (preview, TA_PAIR_SIDE_MENTEE);
  g_assert_true (ta_programme_exchange_apply (fixture->pair_programme, preview, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  me = ta_store_get_participant (fixture->pair, ta_programme_get_me (fixture->pair_programme), NULL);
  g_assert_nonnull (me);
  g_assert_cmpstr (ta_participant_get_email (me), ==, "marc@example.org");
  home = text (fixture->pair, "SELECT value FROM settings WHERE key = 'home-programme-id'");
  g_assert_cmpstr (home, ==, fac_id);

  /* Exactly the pair: two people, one pairing, its two planned sessions,
   * its goals and its topic; nothing else of the directory. */
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM participants"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM participants WHERE department IS NOT NULL "
                                         "OR notes IS NOT NULL OR birth_year <> 0 OR job_title IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM pairings WHERE status = 'active'"), ==, 1);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions WHERE status = 'planned'"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM pairing_goals"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM topics t JOIN topic_researchers r "
                                         "ON r.topic_id = t.id WHERE t.title = 'Screen readers'"), ==, 1);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM exchange_log"), ==, 1);
}

/* What an update carries: the shared learning, never the private one
 * nor the notes; then the facilitator sees it all. */
static void
test_update_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *update = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(TaSession) session = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "pair-check-in-1");

  lines = ta_programme_exchange_describe (fixture->pair_programme, pair_pairing (fixture), NULL);
  g_assert_nonnull (lines);
  joined = g_strjoinv ("\n", lines);
  g_assert_nonnull (strstr (joined, ": held."));
  g_assert_nonnull (strstr (joined, "Seniors read every e-mail twice"));
  g_assert_nonnull (strstr (joined, "Check-in answer: relationship, quality 4 of 5."));
  g_assert_nonnull (strstr (joined, "Not included: private notes and 1 unshared learning."));
  g_assert_null (strstr (joined, "shared drive"));

  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  bytes = contents (update);
  g_assert_nonnull (strstr (bytes, "\"kind\":\"pair-update\""));
  g_assert_nonnull (strstr (bytes, "Seniors read every e-mail twice"));
  g_assert_null (strstr (bytes, "I still fear the shared drive"));
  g_assert_null (strstr (bytes, "Our private notes"));
  g_assert_null (strstr (bytes, "department"));

  preview = read_file (fixture->fac_programme, update);
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_UPDATE);
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "“Held”"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Seniors read every e-mail twice"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "relationship, quality 4 of 5"));
  g_clear_object (&preview);
  apply_file (fixture->fac_programme, update);

  session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_mentor_learned (session), ==, "Seniors read every e-mail twice");
  g_assert_true (ta_session_get_mentor_learned_shared (session));
  g_assert_null (ta_session_get_mentee_learned (session));
  g_assert_null (ta_session_get_notes (session));
  g_assert_cmpint (ta_session_get_mentee_rating (session), ==, 4);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM check_ins WHERE uid = 'pair-check-in-1' "
                                        "AND source = 'exchange' AND quality = 4"), ==, 1);
}

/* The same update twice changes nothing the second time. */
static void
test_update_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *update = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "pair-check-in-1");
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  apply_file (fixture->fac_programme, update);

  before = dump (fixture->fac);
  preview = read_file (fixture->fac_programme, update);
  g_assert_true (ta_exchange_preview_is_empty (preview));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Already applied"));
  g_assert_true (ta_programme_exchange_apply (fixture->fac_programme, preview, &error));
  g_assert_no_error (error);
  after = dump (fixture->fac);
  g_assert_cmpstr (before, ==, after);

  /* A new update saying the same adds nothing either (the log aside). */
  {
    g_autofree char *again = export (fixture, fixture->pair_programme, pair_pairing (fixture), "again.turnabout");
    g_autoptr(TaExchangePreview) same = read_file (fixture->fac_programme, again);

    g_assert_true (ta_exchange_preview_is_empty (same));
  }
}

/* Refusals: each leaves both programmes as they were. */

typedef enum
{
  EDIT_NOT_JSON,
  EDIT_FORMAT,
  EDIT_MISSING,
  EDIT_VERSION,
  EDIT_TAMPERED,
  EDIT_PROGRAMME,
} Edit;

static char *
edited (const char *bytes,
        Edit        edit)
{
  g_autoptr(GString) out = g_string_new (bytes);

  switch (edit)
    {
    case EDIT_NOT_JSON:
      g_string_truncate (out, out->len / 2);
      break;
    case EDIT_FORMAT:
      g_string_replace (out, "turnabout-exchange", "turnabout-swap", 1);
      break;
    case EDIT_MISSING:
      {
        const char *at = strstr (out->str, "\"checksum\":");
        const char *end = strchr (at, ',');

        g_string_erase (out, at - out->str, end - at + 1);
      }
      break;
    case EDIT_VERSION:
      g_string_replace (out, "\"version\":1", "\"version\":2", 1);
      break;
    case EDIT_TAMPERED:
      /* One byte of the content. */
      g_string_replace (out, "Seniors read", "Seniors reed", 1);
      g_string_replace (out, "Use the shared", "Use the sharod", 1);
      break;
    case EDIT_PROGRAMME:
      {
        const char *at = strstr (out->str, "\"programme\":\"") + strlen ("\"programme\":\"");

        out->str[at - out->str] = out->str[at - out->str] == 'a' ? 'b' : 'a';
      }
      break;
    }

  return g_strdup (out->str);
}

static void
assert_refused (Fixture     *fixture,
                TaProgramme *programme,
                TaStore     *store,
                const char  *path,
                int          code)
{
  g_autofree char *before = file_state (store);
  g_autofree char *after = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  preview = ta_programme_exchange_read (programme, path, &error);
  g_assert_error (error, TA_EXCHANGE_ERROR, code);
  g_assert_null (preview);
  g_assert_nonnull (strstr (error->message, "“"));
  after = file_state (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  const struct
  {
    Edit edit;
    int code;
  } cases[] = {
    { EDIT_NOT_JSON, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_FORMAT, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_MISSING, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_VERSION, TA_EXCHANGE_ERROR_TOO_NEW },
    { EDIT_TAMPERED, TA_EXCHANGE_ERROR_TAMPERED },
    { EDIT_PROGRAMME, TA_EXCHANGE_ERROR_OTHER_PROGRAMME },
  };
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *kit_bytes = contents (kit);
  g_autofree char *update = NULL;
  g_autofree char *update_bytes = NULL;
  g_autofree char *plain = file_path (fixture, "plain.turnabout");

  apply_file (fixture->pair_programme, kit);
  hold_past_session (fixture);
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  update_bytes = contents (update);

  /* Not even JSON. */
  put (plain, "Dear facilitator, here is our update.");
  assert_refused (fixture, fixture->fac_programme, fixture->fac, plain, TA_EXCHANGE_ERROR_NOT_EXCHANGE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("edited-%u.turnabout", i);
      g_autofree char *path = file_path (fixture, name);
      g_autofree char *bytes = edited (update_bytes, cases[i].edit);

      put (path, bytes);
      assert_refused (fixture, fixture->fac_programme, fixture->fac, path, cases[i].code);
    }

  /* A kit whose content was changed, into the personal programme. */
  {
    g_autofree char *path = file_path (fixture, "tampered-kit.turnabout");
    g_autofree char *bytes = edited (kit_bytes, EDIT_TAMPERED);

    put (path, bytes);
    assert_refused (fixture, fixture->pair_programme, fixture->pair, path, TA_EXCHANGE_ERROR_TAMPERED);
  }

  /* The wrong side: a kit into a facilitator's programme, an update into
   * a personal one. */
  assert_refused (fixture, fixture->fac_programme, fixture->fac, kit, TA_EXCHANGE_ERROR_WRONG_SIDE);
  assert_refused (fixture, fixture->pair_programme, fixture->pair, update, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

/* A kit of another facilitator into a personal programme that follows
 * one already. */
static void
test_kit_other_programme (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaProgramme) other_programme = NULL;
  TaTestDir other_dir;
  g_autofree char *path = NULL;
  gint64 a, b, pairing;

  give_kit (fixture);
  ta_test_dir_init (&other_dir);
  other = ta_test_open_programme (&other_dir);
  other_programme = ta_programme_new_for_store (other);
  a = ta_test_add_person (other, "Anna Peeters", "anna@example.org", TA_ROLE_MENTOR, "capacity", 1, NULL);
  b = ta_test_add_person (other, "Marc Dubois", "marc@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (other, a, b, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  path = export (fixture, other_programme, pairing, "other-kit.turnabout");

  assert_refused (fixture, fixture->pair_programme, fixture->pair, path, TA_EXCHANGE_ERROR_OTHER_PROGRAMME);

  g_clear_object (&other_programme);
  g_clear_object (&other);
  ta_test_dir_clear (&other_dir);
}

/* An older update after a newer one of the same pair is stale; an update
 * of a pair the facilitator deleted has no pair. */
static void
test_stale_and_no_pair (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaExContent) older = NULL;
  g_autoptr(TaExContent) newer = NULL;
  g_autofree char *older_path = file_path (fixture, "older.turnabout");
  g_autofree char *newer_path = file_path (fixture, "newer.turnabout");
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  give_kit (fixture);
  older = ta_store_read_exchange (fixture->pair, pair_pairing (fixture), &error);
  g_assert_no_error (error);
  newer = ta_store_read_exchange (fixture->pair, pair_pairing (fixture), &error);
  g_assert_no_error (error);
  g_date_time_unref (older->written);
  older->written = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);
  g_date_time_unref (newer->written);
  newer->written = g_date_time_new_utc (2026, 3, 8, 10, 0, 0);
  bytes = ta_exchange_write_bytes (older, &length);
  put (older_path, bytes);
  g_free (bytes);
  bytes = ta_exchange_write_bytes (newer, &length);
  put (newer_path, bytes);

  apply_file (fixture->fac_programme, newer_path);
  assert_refused (fixture, fixture->fac_programme, fixture->fac, older_path, TA_EXCHANGE_ERROR_STALE);

  g_assert_true (ta_store_delete_pairing (fixture->fac, fixture->pairing, &error));
  g_assert_no_error (error);
  {
    g_autofree char *update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "gone.turnabout");

    assert_refused (fixture, fixture->fac_programme, fixture->fac, update, TA_EXCHANGE_ERROR_NO_PAIR);
  }
}

/* A personal pair made by hand came from no kit: no update. */
static void
test_update_without_kit (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TaParticipant) me = ta_test_make_participant ("Lena Own", "lena@example.org");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_path (fixture, "nowhere.turnabout");
  gint64 partner, pairing;

  ta_participant_set_role (me, TA_ROLE_MENTOR);
  ta_participant_set_capacity (me, 1);
  g_assert_true (ta_programme_make_personal (fixture->pair_programme, me, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  g_assert_cmpint (ta_programme_get_me (fixture->pair_programme), ==, ta_participant_get_id (me));
  g_assert_false (ta_programme_set_facilitator_side (fixture->pair_programme, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  partner = ta_test_add_person (fixture->pair, "Paul Partner", "paul@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (fixture->pair, ta_participant_get_id (me), partner,
                                 "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  g_assert_false (ta_programme_exchange_export (fixture->pair_programme, pairing, path, &error));
  g_assert_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The merge rules of an update (docs/exchange.md, the first table). */
static void
test_update_rules (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) moved = days_from_now (8, 16);
  g_autoptr(GDateTime) added_start = days_from_now (14, 11);
  g_autoptr(GDateTime) fac_start = days_from_now (21, 9);
  g_autoptr(TaSession) future = NULL;
  g_autoptr(TaSession) fac_session = NULL;
  g_autoptr(TaPairing) pair_pairing_record = NULL;
  g_autoptr(TaPairing) fac_pairing = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *update = NULL;
  g_autofree char *fac_notes = NULL;
  g_autofree char *status = NULL;
  gint64 fac_only;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "kept-check-in");

  /* The pair moves next week's session, adds one, ticks a goal and adds
   * one; the facilitator adds a session, a goal, notes, and pauses the
   * pair, after the kit. */
  future = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  ta_session_set_starts_at (future, moved);
  ta_session_set_location (future, "Café");
  g_assert_true (ta_store_update_session (fixture->pair, future, &error));
  g_assert_no_error (error);
  ta_test_add_session (fixture->pair, pair_pairing (fixture), added_start, 30, "location", "Online", NULL);
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  ta_goal_set_done (goal_at (pair_pairing_record, 0), TRUE);
  add_goal (pair_pairing_record, "Try a screen reader");
  g_assert_true (ta_store_update_pairing (fixture->pair, pair_pairing_record, &error));
  g_assert_no_error (error);

  fac_only = ta_test_add_session (fixture->fac, fixture->pairing, fac_start, 60, NULL);
  fac_session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  ta_session_set_notes (fac_session, "The facilitator's own notes");
  ta_session_set_mentor_learned (fac_session, "What the facilitator typed in");
  g_assert_true (ta_store_update_session (fixture->fac, fac_session, &error));
  g_assert_no_error (error);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  add_goal (fac_pairing, "Facilitator's goal");
  ta_pairing_set_status (fac_pairing, TA_PAIRING_STATUS_PAUSED);
  g_assert_true (ta_store_update_pairing (fixture->fac, fac_pairing, &error));
  g_assert_no_error (error);
  /* A check-in the facilitator has already, changed since: left alone. */
  exec_sql (fixture->fac, "INSERT INTO check_ins (uid, pairing_id, kind, side, answered_at, source, quality, "
                          "created_at, updated_at) SELECT 'kept-check-in', id, 'relationship', 'mentee', "
                          "'2026-03-01T09:00:00Z', 'paper', 2, 'x', 'x' FROM pairings WHERE status = 'paused'");

  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  preview = read_file (fixture->fac_programme, update);
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "moved to"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "planned by the pair"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "is not in the update"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Goal “Use the shared calendar”: done."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "Goal “Try a screen reader” added."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Facilitator's goal"));
  g_assert_true (ta_programme_exchange_apply (fixture->fac_programme, preview, &error));
  g_assert_no_error (error);

  /* The moved session: time and place from the pair. */
  g_clear_object (&future);
  future = ta_store_get_session (fixture->fac, fixture->future, NULL);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (future), moved));
  g_assert_cmpstr (ta_session_get_location (future), ==, "Café");
  /* The pair's new session, added once, with its uid kept. */
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE location = 'Online' "
                                        "AND exchange_uid IS NOT NULL"), ==, 1);
  /* The facilitator's own session, kept. */
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE id = (SELECT max (id) FROM sessions "
                                        "WHERE location IS NULL AND status = 'planned')"), ==, 1);
  g_assert_cmpint (fac_only, >, 0);
  {
    g_autoptr(TaSession) kept = ta_store_get_session (fixture->fac, fac_only, NULL);

    g_assert_nonnull (kept);
  }
  /* The learning replaced and shared; the notes untouched. */
  g_clear_object (&fac_session);
  fac_session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  g_assert_cmpstr (ta_session_get_mentor_learned (fac_session), ==, "Seniors read every e-mail twice");
  g_assert_true (ta_session_get_mentor_learned_shared (fac_session));
  fac_notes = g_strdup (ta_session_get_notes (fac_session));
  g_assert_cmpstr (fac_notes, ==, "The facilitator's own notes");
  /* Goals: done from the update, the new one at the end, the
   * facilitator's kept. */
  g_clear_object (&fac_pairing);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (fac_pairing))), ==, 4);
  g_assert_true (ta_goal_get_done (goal_at (fac_pairing, 0)));
  g_assert_cmpstr (ta_goal_get_title (goal_at (fac_pairing, 2)), ==, "Facilitator's goal");
  g_assert_cmpstr (ta_goal_get_title (goal_at (fac_pairing, 3)), ==, "Try a screen reader");
  /* The pairing is the facilitator's: still paused. */
  g_assert_cmpint (ta_pairing_get_status (fac_pairing), ==, TA_PAIRING_STATUS_PAUSED);
  /* A check-in already here is left as it is. */
  status = text (fixture->fac, "SELECT source || quality FROM check_ins WHERE uid = 'kept-check-in'");
  g_assert_cmpstr (status, ==, "paper2");
}

/* The merge rules of a newer kit (docs/exchange.md, the second table). */
static void
test_kit_rules (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) moved_by_pair = days_from_now (9, 15);
  g_autoptr(GDateTime) moved_by_fac = days_from_now (10, 15);
  g_autoptr(GDateTime) new_start = days_from_now (28, 10);
  g_autoptr(GDateTime) pair_start = days_from_now (12, 10);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaPairing) fac_pairing = NULL;
  g_autoptr(TaPairing) pair_pairing_record = NULL;
  g_autoptr(TaParticipant) person = NULL;
  g_autoptr(TaTopic) topic = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kit = NULL;
  gint64 me, pair_added;

  give_kit (fixture);
  me = ta_programme_get_me (fixture->pair_programme);
  g_assert_cmpint (me, >, 0);
  hold_past_session (fixture);
  pair_added = ta_test_add_session (fixture->pair, pair_pairing (fixture), pair_start, 30, NULL);
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  ta_goal_set_done (goal_at (pair_pairing_record, 1), TRUE);
  g_assert_true (ta_store_update_pairing (fixture->pair, pair_pairing_record, &error));
  g_assert_no_error (error);

  /* The pair moves next week's session: the facilitator moves it too,
   * elsewhere, and changes the people and the pair. */
  g_usleep (1100 * 1000);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  ta_session_set_starts_at (session, moved_by_pair);
  g_assert_true (ta_store_update_session (fixture->pair, session, &error));
  g_assert_no_error (error);
  g_clear_object (&session);
  session = ta_store_get_session (fixture->fac, fixture->future, NULL);
  ta_session_set_starts_at (session, moved_by_fac);
  g_assert_true (ta_store_update_session (fixture->fac, session, &error));
  g_assert_no_error (error);
  ta_test_add_session (fixture->fac, fixture->pairing, new_start, 60, "location", "Atrium", NULL);

  person = ta_store_get_participant (fixture->fac, fixture->mentee, NULL);
  ta_participant_set_name (person, "Marc Dubois-Leroy");
  g_assert_true (ta_store_update_participant (fixture->fac, person, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->fac, fixture->mentor, NULL);
  ta_participant_set_name (person, "Anna P.");
  g_assert_true (ta_store_update_participant (fixture->fac, person, &error));
  g_assert_no_error (error);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  ta_pairing_set_status (fac_pairing, TA_PAIRING_STATUS_PAUSED);
  add_goal (fac_pairing, "A goal from the facilitator");
  g_assert_true (ta_store_update_pairing (fixture->fac, fac_pairing, &error));
  g_assert_no_error (error);
  topic = ta_store_get_topic (fixture->fac, fixture->topic, NULL);
  ta_topic_set_description (topic, "How blind colleagues read our intranet");
  g_assert_true (ta_store_update_topic (fixture->fac, topic, &error));
  g_assert_no_error (error);

  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit2.turnabout");
  preview = read_file (fixture->pair_programme, kit);
  g_assert_false (ta_exchange_preview_makes_personal (preview));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "“Paused”"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Marc Dubois-Leroy"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Your own"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "was changed here"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "planned."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "A goal from the facilitator"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Screen readers"));
  g_assert_true (ta_programme_exchange_apply (fixture->pair_programme, preview, &error));
  g_assert_no_error (error);

  /* The pair's status from the kit; the partner's name too, not mine. */
  g_clear_object (&pair_pairing_record);
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  g_assert_cmpint (ta_pairing_get_status (pair_pairing_record), ==, TA_PAIRING_STATUS_PAUSED);
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->pair, ta_pairing_get_mentee_id (pair_pairing_record), NULL);
  g_assert_cmpstr (ta_participant_get_name (person), ==, "Marc Dubois-Leroy");
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->pair, me, NULL);
  g_assert_cmpstr (ta_participant_get_name (person), ==, "Anna Peeters");
  /* The session the pair moved keeps the pair's time; the held one its
   * learnings and notes; the pair's own session stays; the new one came. */
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (session), moved_by_pair));
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->past), NULL);
  g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_notes (session), ==, "Our private notes: do not tell anyone");
  g_assert_cmpstr (ta_session_get_mentee_learned (session), ==, "I still fear the shared drive");
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_added, NULL);
  g_assert_nonnull (session);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions WHERE location = 'Atrium'"), ==, 1);
  /* Goals: the new one added, my done state kept. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (pair_pairing_record))), ==, 3);
  g_assert_true (ta_goal_get_done (goal_at (pair_pairing_record, 1)));
  /* The topic updated. */
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM topics WHERE description = "
                                         "'How blind colleagues read our intranet'"), ==, 1);
}

/* A series: the kit carries its rule and its planned occurrences; the
 * pair's copy keeps them linked; a second kit adds nothing; an update
 * finds the facilitator's occurrences again. */
static void
test_series (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) horizon = g_date_time_add_days (now, 120);
  g_autoptr(GDateTime) first_day = g_date_time_add_days (now, 3);
  g_autofree char *first = g_date_time_format (first_day, "%Y-%m-%d");
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly (first, 2, "15:00", "Europe/Brussels");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaExchangePreview) again = NULL;
  g_autofree char *kit = NULL;
  g_autofree char *update = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 series, fac_planned, pair_planned;

  series = ta_store_add_series (fixture->fac, fixture->pairing, rule, 45, "Library", horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);
  fac_planned = count (fixture->fac, "SELECT count (*) FROM sessions WHERE series_id IS NOT NULL");
  g_assert_cmpint (fac_planned, >, 3);

  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  apply_file (fixture->pair_programme, kit);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM session_series WHERE frequency = 'weekly' "
                                         "AND interval = 2 AND local_time = '15:00' AND exchange_uid IS NOT NULL"), ==, 1);
  pair_planned = count (fixture->pair, "SELECT count (*) FROM sessions s JOIN session_series r ON r.id = s.series_id "
                                       "WHERE s.occurrence_start IS NOT NULL");
  g_assert_cmpint (pair_planned, ==, fac_planned);

  /* The same kit written again changes nothing. */
  g_free (kit);
  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit-again.turnabout");
  before = dump (fixture->pair);
  again = read_file (fixture->pair_programme, kit);
  for (guint i = 0; i < ta_exchange_preview_get_changes (again)->len; i++)
    g_test_message ("%s", ((TaExchangeChange *) g_ptr_array_index (ta_exchange_preview_get_changes (again), i))->text);
  g_assert_true (ta_exchange_preview_is_empty (again));
  g_clear_object (&again);

  /* The update carries the occurrences; the facilitator finds them. */
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  apply_file (fixture->fac_programme, update);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE series_id IS NOT NULL"), ==,
                   fac_planned);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions"), ==, fac_planned + 3);
  after = dump (fixture->pair);
  g_assert_cmpstr (before, ==, after);
}

/* A kit of a pair "me" is not in is not for a personal programme. */
static void
test_kit_not_mine (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaParticipant) me = ta_test_make_participant ("Lena Own", "lena@example.org");
  g_autoptr(GError) error = NULL;
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");

  g_assert_true (ta_programme_make_personal (fixture->pair_programme, me, &error));
  g_assert_no_error (error);
  assert_refused (fixture, fixture->pair_programme, fixture->pair, kit, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exchange/kit-bytes", test_kit_bytes);
  ADD ("/exchange/checksum", test_checksum);
  ADD ("/exchange/kit-into-empty", test_kit_into_empty);
  ADD ("/exchange/update-round-trip", test_update_round_trip);
  ADD ("/exchange/update-twice", test_update_twice);
  ADD ("/exchange/refusals", test_refusals);
  ADD ("/exchange/kit-other-programme", test_kit_other_programme);
  ADD ("/exchange/stale-and-no-pair", test_stale_and_no_pair);
  ADD ("/exchange/update-without-kit", test_update_without_kit);
  ADD ("/exchange/update-rules", test_update_rules);
  ADD ("/exchange/kit-rules", test_kit_rules);
  ADD ("/exchange/series", test_series);
  ADD ("/exchange/kit-not-mine", test_kit_not_mine);

  return g_test_run ();
}
