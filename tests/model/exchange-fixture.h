/* exchange-fixture.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "ta-exchange-private.h"
#include "ta-programme.h"
#include "ta-store-exchange.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

/*
 * What test-exchange.c and test-exchange-merge.c share: a facilitator's
 * programme (a pair with goals, a session yesterday and one next week
 * still planned, one held a month ago with the facilitator's notes, a
 * topic, another pair) and an empty one for the pair, and helpers that
 * move files between them and read both programmes' rows.
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

G_GNUC_UNUSED static GDateTime *
days_from_now (int days,
               int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, 0, 0);
}

G_GNUC_UNUSED static void
add_goal (TaPairing  *pairing,
          const char *title)
{
  g_autoptr(TaGoal) goal = ta_goal_new (title, FALSE);

  g_list_store_append (ta_pairing_get_goals (pairing), goal);
}

G_GNUC_UNUSED static TaGoal *
goal_at (TaPairing *pairing,
         guint      index)
{
  g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (pairing)), index);

  g_assert_nonnull (goal);
  return goal;
}

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static char *
file_path (Fixture    *fixture,
           const char *name)
{
  return g_build_filename (fixture->files, name, NULL);
}

G_GNUC_UNUSED static char *
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

G_GNUC_UNUSED static TaExchangePreview *
read_file (TaProgramme *programme,
           const char  *path)
{
  g_autoptr(GError) error = NULL;
  TaExchangePreview *preview = ta_programme_exchange_read (programme, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  return preview;
}

G_GNUC_UNUSED static void
apply_file (TaProgramme *programme,
            const char  *path)
{
  g_autoptr(TaExchangePreview) preview = read_file (programme, path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_programme_exchange_apply (programme, preview, &error));
  g_assert_no_error (error);
}

G_GNUC_UNUSED static char *
contents (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, &error));
  g_assert_no_error (error);
  return data;
}

G_GNUC_UNUSED static void
put (const char *path,
     const char *data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, -1, &error));
  g_assert_no_error (error);
}

/* Every row of every table of @store's file, as text: what a refusal
 * must leave as it was. */
G_GNUC_UNUSED static char *
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

G_GNUC_UNUSED static char *
file_state (TaStore *store)
{
  g_autofree char *wal = g_strconcat (ta_store_get_path (store), "-wal", NULL);
  g_autofree char *main_sum = ta_test_file_checksum (ta_store_get_path (store));
  g_autofree char *wal_sum = ta_test_file_checksum (wal);
  g_autofree char *rows = dump (store);

  return g_strconcat (main_sum, " ", wal_sum, "\n", rows, NULL);
}

G_GNUC_UNUSED static void
exec_sql (TaStore    *store,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_ta_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_UNUSED static gint64
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

G_GNUC_UNUSED static char *
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
G_GNUC_UNUSED static gboolean
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
G_GNUC_UNUSED static void
give_kit (Fixture *fixture)
{
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");

  apply_file (fixture->pair_programme, kit);
}

/* The pair's copy of a facilitator's session. */
G_GNUC_UNUSED static gint64
pair_session (Fixture *fixture,
              gint64   fac_id)
{
  g_autofree char *programme = ta_store_get_programme_id (fixture->fac, NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sessions WHERE exchange_uid = '%s:session:%" G_GINT64_FORMAT "'",
                                          programme, fac_id);

  return count (fixture->pair, sql);
}

G_GNUC_UNUSED static gint64
pair_pairing (Fixture *fixture)
{
  return count (fixture->pair, "SELECT id FROM pairings");
}

/* The pair holds yesterday's session: a shared learning, a private one,
 * private notes, a rating. */
G_GNUC_UNUSED static void
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

G_GNUC_UNUSED static void
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


G_GNUC_UNUSED static void
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
