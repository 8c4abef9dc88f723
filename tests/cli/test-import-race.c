/* test-import-race.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two `turnabout-cli import` processes at once on one programme, as two
 * facilitators (or two scripts) would run them: what each checks against
 * the programme is read inside the transaction that writes, so together
 * they can never commit what each alone would refuse. */

#define G_LOG_DOMAIN "test-import-race"

#include <string.h>

#include "ta-store.h"
#include "cli-fixture.h"

/* Each round is two short processes; twenty rounds take a second or two. */
#define ROUNDS 20

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Starts `turnabout-cli import FILE --database DATABASE` without waiting. */
static GSubprocess *
start_import (Fixture    *fixture,
              const char *file,
              const char *database)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_build_filename (fixture->dir, "data-home", NULL);
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  /* A shorter wait for the lock where turnabout-cli reads it; without it
   * the second process waits at most the default five seconds, and only
   * as long as the first one holds the lock (milliseconds here). */
  g_subprocess_launcher_setenv (launcher, "TURNABOUT_BUSY_TIMEOUT_MS", "2000", TRUE);

  process = g_subprocess_launcher_spawn (launcher, &error, cli_path, "import", file,
                                         "--database", database, NULL);
  g_assert_no_error (error);
  return process;
}

static Run
finish (GSubprocess *process)
{
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { 0 };

  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run.status = g_subprocess_get_exit_status (process);
  run.out = bytes_to_string (out);
  run.err = bytes_to_string (err);
  return run;
}

/* A refusal for the right reason: the loop the other import made, or the
 * programme being busy; never the false "already uses this e-mail". */
static gboolean
refused_for_loop_or_busy (const char *err)
{
  g_autofree char *folded = g_utf8_casefold (err, -1);

  if (strstr (folded, "already uses") != NULL || strstr (folded, "appears twice") != NULL)
    return FALSE;

  return strstr (folded, "circle") != NULL ||
         strstr (folded, "busy") != NULL ||
         strstr (folded, "locked") != NULL ||
         strstr (folded, "another application") != NULL;
}

static void
make_programme (const char *path,
                gint64     *out_x,
                gint64     *out_y)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (path, &error);
  g_autoptr(TaParticipant) x = ta_participant_new ();
  g_autoptr(TaParticipant) y = ta_participant_new ();

  g_assert_no_error (error);
  ta_participant_set_name (x, "Xavier");
  ta_participant_set_email (x, "x@example.com");
  ta_participant_set_role (x, TA_ROLE_BOTH);
  ta_participant_set_name (y, "Yasmin");
  ta_participant_set_email (y, "y@example.com");
  ta_participant_set_role (y, TA_ROLE_BOTH);
  g_assert_true (ta_store_add_participant (store, x, &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_add_participant (store, y, &error));
  g_assert_no_error (error);

  *out_x = ta_participant_get_id (x);
  *out_y = ta_participant_get_id (y);
}

/* File A makes X report to Y, file B Y to X: each alone is fine, the two
 * together a loop.  Run at once, exactly one wins and the other is
 * refused; the programme has no loop. */
static void
test_reporting_loop (Fixture       *fixture,
                     gconstpointer  data)
{
  guint loops_refused = 0;
  guint busy = 0;

  write_file (fixture, "a.csv", "name,email,role,reports_to\nXavier,x@example.com,both,y@example.com\n");
  write_file (fixture, "b.csv", "name,email,role,reports_to\nYasmin,y@example.com,both,X@example.com\n");

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autofree char *name = g_strdup_printf ("race-%u.db", round);
      g_autofree char *path = path_in (fixture, name);
      g_autoptr(GSubprocess) first = NULL;
      g_autoptr(GSubprocess) second = NULL;
      g_autoptr(TaStore) store = NULL;
      g_autoptr(TaParticipant) x = NULL;
      g_autoptr(TaParticipant) y = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(Run) a = { 0 };
      g_auto(Run) b = { 0 };
      gint64 x_id;
      gint64 y_id;
      const Run *loser;

      make_programme (path, &x_id, &y_id);

      /* Who starts first changes from round to round. */
      if (round % 2 == 0)
        {
          first = start_import (fixture, "a.csv", name);
          second = start_import (fixture, "b.csv", name);
          a = finish (first);
          b = finish (second);
        }
      else
        {
          first = start_import (fixture, "b.csv", name);
          second = start_import (fixture, "a.csv", name);
          b = finish (first);
          a = finish (second);
        }

      g_test_message ("round %u: a %d (%s), b %d (%s)", round, a.status, a.err, b.status, b.err);
      g_assert_cmpint ((a.status == 0) + (b.status == 0), ==, 1);
      loser = a.status == 0 ? &b : &a;
      g_assert_cmpint (loser->status, ==, 1);
      g_assert_true (refused_for_loop_or_busy (loser->err));
      if (strstr (loser->err, "circle") != NULL)
        loops_refused++;
      else
        busy++;

      store = ta_store_open (path, &error);
      g_assert_no_error (error);
      x = ta_store_get_participant (store, x_id, &error);
      g_assert_no_error (error);
      y = ta_store_get_participant (store, y_id, &error);
      g_assert_no_error (error);

      /* The winner's line and only that. */
      if (a.status == 0)
        {
          g_assert_cmpint (ta_participant_get_reports_to (x), ==, y_id);
          g_assert_cmpint (ta_participant_get_reports_to (y), ==, 0);
        }
      else
        {
          g_assert_cmpint (ta_participant_get_reports_to (y), ==, x_id);
          g_assert_cmpint (ta_participant_get_reports_to (x), ==, 0);
        }

      problems = ta_store_check (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (problems->len, ==, 0);
      g_clear_object (&store);

      /* And as a facilitator would see it. */
      {
        g_auto(Run) check = run_cli (fixture, "check", "--database", name, NULL);

        g_assert_cmpint (check.status, ==, 0);
      }
    }

  g_test_message ("%u refused as a loop, %u as busy", loops_refused, busy);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

  g_test_add ("/cli/import/race/reporting-loop", Fixture, NULL,
              fixture_setup, test_reporting_loop, fixture_teardown);

  return g_test_run ();
}
