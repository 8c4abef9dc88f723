/* test-demo-atomic.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-demo-atomic"

#include <sqlite3.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-participant-csv.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"
#include "test-tmpfs.h"

/*
 * The sample programme is one transaction: a failure at any step, or a
 * full disk, leaves no participant, pairing, session or topic behind, the
 * views hear nothing, and a later demo makes the same programme as if the
 * failure had never been.  (tests/cli/test-durable.c kills the real
 * turnabout-cli at random moments.)
 */

#define N_PEOPLE 100
#define SEED     5

typedef struct
{
  TaTestDir  dir;
  char    *small;    /* a small tmpfs, mounted by the full-disk test */
  gboolean mounted;
} Fixture;

typedef struct
{
  gint64 participants;
  guint  pairings;
  guint  sessions;
  guint  topics;
} Counts;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  ta_test_dir_init (&fixture->dir);
  fixture->small = g_build_filename (fixture->dir.dir, "small", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->mounted)
    test_tmpfs_unmount (fixture->small);
  g_rmdir (fixture->small);
  g_clear_pointer (&fixture->small, g_free);
  ta_test_dir_clear (&fixture->dir);
}

static Counts
counts_of (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (store, &error);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  Counts counts = { 0 };

  g_assert_no_error (error);
  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);
  topics = ta_store_list_topics (store, &error);
  g_assert_no_error (error);

  counts.participants = ta_store_count_participants (store, &error);
  g_assert_no_error (error);
  counts.pairings = pairings->len;
  counts.sessions = sessions->len;
  counts.topics = topics->len;
  return counts;
}

static void
assert_counts (const Counts *counts,
               const Counts *expected)
{
  g_assert_cmpint (counts->participants, ==, expected->participants);
  g_assert_cmpuint (counts->pairings, ==, expected->pairings);
  g_assert_cmpuint (counts->sessions, ==, expected->sessions);
  g_assert_cmpuint (counts->topics, ==, expected->topics);
}

static const Counts nothing = { 0 };

static char *
export_text (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ta_participants_export_csv (store, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The programme the demo makes when nothing goes wrong. */
static Counts
make_reference (Fixture  *fixture,
                char    **out_export)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "reference.db", NULL);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Counts counts;

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_demo_fill (store, N_PEOPLE, SEED, &error));
  g_assert_no_error (error);

  counts = counts_of (store);
  g_assert_cmpint (counts.participants, ==, N_PEOPLE);
  g_assert_cmpuint (counts.pairings, >, 0);
  g_assert_cmpuint (counts.sessions, >, 0);
  g_assert_cmpuint (counts.topics, >, 0);
  *out_export = export_text (store);
  return counts;
}

static void
on_any_signal (guint *emitted)
{
  (*emitted)++;
}

/* Counts every signal the store emits about records. */
static void
listen (TaStore *store,
        guint   *emitted)
{
  static const char * const names[] = {
    "participant-added", "participant-updated", "participants-reset",
    "pairing-added", "pairing-updated", "pairings-reset",
    "session-added", "session-updated", "sessions-reset",
    "topic-added", "topic-updated", "topic-moved", "topics-reset",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_signal_connect_swapped (store, names[i], G_CALLBACK (on_any_signal), emitted);
}

static void
exec_sql (TaStore    *store,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_ta_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A failure injected at each step of the demo, the last one included
 * (a presented topic's session marked held): nothing is left, nobody is
 * told, and the next demo makes the same programme as the reference. */
static void
test_injected_failure (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const steps[] = {
    "INSERT ON main.pairings",
    "INSERT ON main.sessions",
    "INSERT ON main.session_series",
    "INSERT ON main.topics",
    "UPDATE ON main.sessions",
  };
  g_autofree char *reference_export = NULL;
  Counts reference = make_reference (fixture, &reference_export);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *name = g_strdup_printf ("step-%u.db", i);
      g_autofree char *path = g_build_filename (fixture->dir.dir, name, NULL);
      g_autofree char *trigger = NULL;
      g_autofree char *again = NULL;
      g_autoptr(TaStore) store = NULL;
      g_autoptr(TaStore) other = NULL;
      g_autoptr(GError) error = NULL;
      guint emitted = 0;
      Counts counts;

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      other = ta_store_open (path, &error);
      g_assert_no_error (error);
      listen (store, &emitted);

      trigger = g_strdup_printf ("CREATE TEMP TRIGGER fail_step BEFORE %s "
                                 "BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
                                 steps[i]);
      exec_sql (store, trigger);

      g_test_message ("failing at %s", steps[i]);
      g_assert_false (ta_demo_fill (store, N_PEOPLE, SEED, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "injected failure"));
      g_clear_error (&error);

      counts = counts_of (store);
      assert_counts (&counts, &nothing);
      counts = counts_of (other);
      assert_counts (&counts, &nothing);
      g_assert_cmpuint (emitted, ==, 0);

      /* Nothing half-made stands in the way of the next one. */
      exec_sql (store, "DROP TRIGGER fail_step");
      g_assert_true (ta_demo_fill (store, N_PEOPLE, SEED, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (emitted, >, 0);
      counts = counts_of (other);
      assert_counts (&counts, &reference);
      again = export_text (other);
      g_assert_cmpstr (again, ==, reference_export);
    }
}

/* Out of disk at every moment of the demo: the disk is full with more and
 * more room left, until the whole programme fits.  Before that, each
 * demo fails and leaves nothing, and nobody hears of it. */
static void
test_full_disk (Fixture       *fixture,
                gconstpointer  data)
{
  const gsize step = 32 * 1024;
  g_autofree char *reference_export = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  Counts reference = make_reference (fixture, &reference_export);
  gboolean done = FALSE;
  guint n_failed = 0;
  guint emitted = 0;
  Counts counts;

  fixture->mounted = test_tmpfs_mount (fixture->small, "4m", &reason);
  if (!fixture->mounted)
    {
      g_test_skip (reason);
      return;
    }

  path = g_build_filename (fixture->small, "programme.db", NULL);
  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  listen (store, &emitted);

  for (gsize room = 0; !done && room <= 2 * 1024 * 1024; room += step)
    {
      test_tmpfs_fill (fixture->small, room);
      done = ta_demo_fill (store, N_PEOPLE, SEED, &error);
      test_tmpfs_unfill (fixture->small);
      g_test_message ("demo with %" G_GSIZE_FORMAT " bytes free: %s", room,
                      done ? "made" : error->message);
      if (done)
        break;

      g_clear_error (&error);
      n_failed++;
      counts = counts_of (store);
      assert_counts (&counts, &nothing);
      g_assert_cmpuint (emitted, ==, 0);
    }

  g_assert_cmpuint (n_failed, >, 0);
  g_assert_true (done);
  g_assert_cmpuint (emitted, >, 0);
  counts = counts_of (store);
  assert_counts (&counts, &reference);
  again = export_text (store);
  g_assert_cmpstr (again, ==, reference_export);

  problems = ta_store_check (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* Whoever hears the first signal of a demo finds all of it on the disk. */
typedef struct
{
  TaStore *other;
  gboolean heard;
  Counts   seen;
} FirstSignal;

static void
on_first_signal (FirstSignal *first)
{
  if (first->heard)
    return;
  first->heard = TRUE;
  first->seen = counts_of (first->other);
}

static void
test_signals_after_commit (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *reference_export = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  Counts reference = make_reference (fixture, &reference_export);
  FirstSignal first = { 0 };

  store = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  other = ta_store_open (fixture->dir.path, &error);
  g_assert_no_error (error);
  first.other = other;

  g_signal_connect_swapped (store, "participants-reset", G_CALLBACK (on_first_signal), &first);
  g_signal_connect_swapped (store, "participant-added", G_CALLBACK (on_first_signal), &first);
  g_signal_connect_swapped (store, "pairings-reset", G_CALLBACK (on_first_signal), &first);
  g_signal_connect_swapped (store, "pairing-added", G_CALLBACK (on_first_signal), &first);

  g_assert_true (ta_demo_fill (store, N_PEOPLE, SEED, &error));
  g_assert_no_error (error);
  g_assert_true (first.heard);
  assert_counts (&first.seen, &reference);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/demo/atomic/injected-failure", test_injected_failure);
  ADD ("/demo/atomic/full-disk", test_full_disk);
  ADD ("/demo/atomic/signals-after-commit", test_signals_after_commit);

#undef ADD

  return g_test_run ();
}
