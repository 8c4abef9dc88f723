/* test-transaction.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-transaction"

#include <sqlite3.h>
#include <string.h>

#include "ta-store-private.h"
#include "ta-test-programme.h"

/*
 * _ta_store_run_in_transaction(): many store operations as one
 * transaction (the sample programme), all or nothing, and heard of only
 * after the COMMIT.
 */

typedef struct
{
  TaTestDir  dir;
  TaStore *store;
  TaStore *other;   /* a second connection to the same file: another process */
  guint    added;   /* participant-added emissions */
  gint64   seen_by_other; /* participants the other connection saw at the last one */
} Fixture;

static void
on_participant_added (TaStore       *store,
                      TaParticipant *participant,
                      Fixture       *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->added++;
  fixture->seen_by_other = ta_store_count_participants (fixture->other, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->other = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "participant-added", G_CALLBACK (on_participant_added), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->other);
  ta_test_dir_clear (&fixture->dir);
}

static gint64
count (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = ta_store_count_participants (store, &error);

  g_assert_no_error (error);
  return n;
}

static gboolean
add (TaStore     *store,
     const char  *name,
     const char  *email,
     GError     **error)
{
  g_autoptr(TaParticipant) participant = ta_test_make_participant (name, email);

  return ta_store_add_participant (store, participant, error);
}

/* Two adds, the second refused: the first must go too. */
static gboolean
add_then_duplicate (TaStore   *store,
                    gpointer   user_data,
                    GError   **error)
{
  Fixture *fixture = user_data;

  if (!add (store, "Ana Lima", "ana@example.org", error))
    return FALSE;

  /* Inside the transaction: the connection sees its own write, nobody
   * else does, and nobody has been told. */
  g_assert_cmpint (count (store), ==, 1);
  g_assert_cmpint (count (fixture->other), ==, 0);
  g_assert_cmpuint (fixture->added, ==, 0);

  return add (store, "Ana Again", "ana@example.org", error);
}

static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (_ta_store_run_in_transaction (fixture->store, add_then_duplicate, fixture, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE);

  g_assert_cmpint (count (fixture->store), ==, 0);
  g_assert_cmpint (count (fixture->other), ==, 0);
  g_assert_cmpuint (fixture->added, ==, 0);

  /* The store is usable as before. */
  g_clear_error (&error);
  g_assert_true (add (fixture->store, "Ana Lima", "ana@example.org", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->added, ==, 1);
}

/* A refused operation undoes itself only; the batch goes on. */
static gboolean
add_skip_add (TaStore   *store,
              gpointer   user_data,
              GError   **error)
{
  g_autoptr(GError) refused = NULL;

  if (!add (store, "Ana Lima", "ana@example.org", error))
    return FALSE;
  g_assert_false (add (store, "Ana Again", "ana@example.org", &refused));
  g_assert_error (refused, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE);
  return add (store, "Bo Chen", "bo@example.org", error);
}

static void
test_refused_step (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_ta_store_run_in_transaction (fixture->store, add_skip_add, fixture, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture->other), ==, 2);
  g_assert_cmpuint (fixture->added, ==, 2);
}

/* Signals come after the COMMIT: whoever hears one and looks finds the
 * whole batch on the disk. */
static gboolean
add_three (TaStore   *store,
           gpointer   user_data,
           GError   **error)
{
  Fixture *fixture = user_data;

  if (!add (store, "Ana Lima", "ana@example.org", error) ||
      !add (store, "Bo Chen", "bo@example.org", error) ||
      !add (store, "Cy Diallo", "cy@example.org", error))
    return FALSE;
  g_assert_cmpuint (fixture->added, ==, 0);
  return TRUE;
}

static void
test_signals_after_commit (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_ta_store_run_in_transaction (fixture->store, add_three, fixture, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->added, ==, 3);
  /* At the first emission already, the other connection saw all three. */
  g_assert_cmpint (fixture->seen_by_other, ==, 3);
}

/* A batch inside a batch is part of it. */
static gboolean
nested_then_fail (TaStore   *store,
                  gpointer   user_data,
                  GError   **error)
{
  if (!_ta_store_run_in_transaction (store, add_three, user_data, error))
    return FALSE;
  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID, "made to fail");
  return FALSE;
}

static void
test_nested (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (_ta_store_run_in_transaction (fixture->store, nested_then_fail, fixture, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_cmpint (count (fixture->other), ==, 0);
  g_assert_cmpuint (fixture->added, ==, 0);
}

/* Foreign keys are checked at the end of a batch, not forgotten. */
static gboolean
dangling_manager (TaStore   *store,
                  gpointer   user_data,
                  GError   **error)
{
  sqlite3 *db = _ta_store_get_db (store);

  if (!add (store, "Ana Lima", "ana@example.org", error))
    return FALSE;
  g_assert_cmpint (sqlite3_exec (db, "UPDATE participants SET reports_to = 4242", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  return TRUE;
}

static void
test_foreign_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_false (_ta_store_run_in_transaction (fixture->store, dangling_manager, fixture, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "participants"));
  g_assert_cmpint (count (fixture->other), ==, 0);
  g_assert_cmpuint (fixture->added, ==, 0);

  /* And they are on again for what follows. */
  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (fixture->store), "PRAGMA foreign_keys",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/transaction/all-or-nothing", test_all_or_nothing);
  ADD ("/transaction/refused-step", test_refused_step);
  ADD ("/transaction/signals-after-commit", test_signals_after_commit);
  ADD ("/transaction/nested", test_nested);
  ADD ("/transaction/foreign-keys", test_foreign_keys);

#undef ADD

  return g_test_run ();
}
