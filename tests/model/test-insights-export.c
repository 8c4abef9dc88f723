/* test-insights-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* ta_store_export_insights_data(): four private, formula-safe CSV files
 * that Python's csv module reads, whose rows agree with the figures; a
 * group of fewer than 5 people is refused and nothing is written. */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>

#include "ta-demo.h"
#include "ta-insights.h"
#include "ta-test-programme.h"

#define FORMULA "=cmd|' /C calc'!A0"

typedef struct
{
  TaTestDir  dir;
  TaStore   *store;
  GDate      from;
  GDate      to;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* ta_test_open_programme() makes the folder itself. */
  fixture->store = ta_test_open_programme (&fixture->dir);
  g_assert_true (ta_demo_fill (fixture->store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error));
  g_assert_no_error (error);

  /* The sample programme's history: from a year ago to a month ahead. */
  g_date_set_time_t (&fixture->from, time (NULL));
  fixture->to = fixture->from;
  g_date_subtract_days (&fixture->from, 365);
  g_date_add_days (&fixture->to, 31);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

/* A held session yesterday, of a running pair, whose mentor "learned" a
 * formula. */
static void
add_formula_session (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (fixture->store, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (yesterday),
                                                      g_date_time_get_month (yesterday),
                                                      g_date_time_get_day_of_month (yesterday),
                                                      10, 0, 0);

  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      if (ta_pairing_get_status (pairing) != TA_PAIRING_STATUS_ACTIVE)
        continue;
      ta_test_add_session (fixture->store, ta_pairing_get_id (pairing), start, 45,
                           "status", TA_SESSION_STATUS_HELD,
                           "mentor-learned", FORMULA,
                           "mentee-learned", "Line one\nline two, with \"quotes\"", NULL);
      return;
    }
  g_assert_not_reached ();
}

static TaInsights *
compute (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TaInsightsQuery query;
  TaInsights *insights;

  ta_insights_query_init (&query, &fixture->from, &fixture->to);
  insights = ta_store_compute_insights (fixture->store, &query, &error);
  g_assert_no_error (error);
  return insights;
}

static void
assert_private_file (const char *dir,
                     const char *name,
                     const char *header)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  /* UTF-8 with a byte order mark, machine column names, CRLF. */
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_prefix (contents + 3, header));
  g_assert_nonnull (strstr (contents, "\r\n"));
}

/* Reads the four files with Python's csv module: "name value" lines. */
static const char python_reader[] =
  "import csv, sys, os\n"
  "d = sys.argv[1]\n"
  "def rows(name):\n"
  "    with open(os.path.join(d, name), encoding='utf-8-sig', newline='') as f:\n"
  "        return list(csv.DictReader(f))\n"
  "s = rows('sessions.csv'); p = rows('pairs.csv'); g = rows('goals.csv'); t = rows('topics.csv')\n"
  "print('sessions', len(s))\n"
  "print('held', sum(1 for r in s if r['status'] == 'held'))\n"
  "print('cancelled', sum(1 for r in s if r['status'] == 'cancelled'))\n"
  "print('no-show', sum(1 for r in s if r['status'] == 'no-show'))\n"
  "print('minutes', sum(int(r['duration-minutes']) for r in s if r['status'] == 'held'))\n"
  "print('formula', sum(1 for r in s if r['mentor-learned'] == \"'\" + sys.argv[2]))\n"
  "print('raw-formula', sum(1 for r in s for v in r.values() if v.startswith('=')))\n"
  "print('multiline', sum(1 for r in s if r['mentee-learned'] == 'Line one\\nline two, with \"quotes\"'))\n"
  "print('pairs', len(p))\n"
  "print('pair-goals', sum(int(r['goals']) for r in p))\n"
  "print('goals', len(g))\n"
  "print('goals-done', sum(int(r['done']) for r in g))\n"
  "print('topics', len(t))\n";

static GHashTable *
read_with_python (const char *dir)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return NULL;
    }

  {
    const char *argv[] = { python, "-c", python_reader, dir, FORMULA, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("Python could not read the files: %s", err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], " ", 2);

      if (g_strv_length (fields) == 2)
        g_hash_table_insert (counts, g_strdup (fields[0]),
                             GINT_TO_POINTER (atoi (fields[1])));
    }
  return g_steal_pointer (&counts);
}

static int
count_of (GHashTable *counts,
          const char *name)
{
  g_assert_true (g_hash_table_contains (counts, name));
  return GPOINTER_TO_INT (g_hash_table_lookup (counts, name));
}

static double
figure_value (TaInsights *insights,
              const char *key)
{
  TaFigure *figure = ta_insights_lookup_figure (insights, key);

  g_assert_nonnull (figure);
  return ta_figure_get_value (figure);
}

static void
test_export_files (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaInsights) insights = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (fixture->dir.dir, "new", "data", NULL);
  TaInsightsQuery query;
  GStatBuf info;

  add_formula_session (fixture);
  insights = compute (fixture);

  ta_insights_query_init (&query, &fixture->from, &fixture->to);
  g_assert_true (ta_store_export_insights_data (fixture->store, &query, dir, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (dir, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);
  assert_private_file (dir, "sessions.csv", "id,date,kind,title,pair,mentor,mentee,status,cancelled-by,");
  assert_private_file (dir, "pairs.csv", "id,mentor,mentee,status,started,ended,end-reason,goals,goals-done\r\n");
  assert_private_file (dir, "goals.csv", "pair,mentor,mentee,goal,done\r\n");
  assert_private_file (dir, "topics.csv", "id,title,stage,due,presented-on,attendance,outcome,researchers\r\n");

  counts = read_with_python (dir);
  if (counts == NULL)
    return;

  /* The rows are what the figures count. */
  g_assert_cmpint (count_of (counts, "held"), ==, (int) figure_value (insights, "sessions-held"));
  g_assert_cmpint (count_of (counts, "cancelled"), ==, (int) figure_value (insights, "sessions-cancelled"));
  g_assert_cmpint (count_of (counts, "no-show"), ==, (int) figure_value (insights, "sessions-no-show"));
  g_assert_cmpfloat_with_epsilon (count_of (counts, "minutes") / 60.0,
                                  figure_value (insights, "mentoring-hours"), 1e-6);
  g_assert_cmpint (count_of (counts, "goals"), ==, (int) figure_value (insights, "goals-set"));
  g_assert_cmpint (count_of (counts, "pair-goals"), ==, count_of (counts, "goals"));
  g_assert_cmpint (count_of (counts, "goals-done"), ==, (int) figure_value (insights, "goals-done"));
  g_assert_cmpint (count_of (counts, "held"), >, 0);
  g_assert_cmpint (count_of (counts, "pairs"), >, 0);
  g_assert_cmpint (count_of (counts, "topics"), >, 0);

  /* The formula is text (a leading '), nothing else starts with =, and a
   * line break and quotes survive. */
  g_assert_cmpint (count_of (counts, "formula"), ==, 1);
  g_assert_cmpint (count_of (counts, "raw-formula"), ==, 0);
  g_assert_cmpint (count_of (counts, "multiline"), ==, 1);
}

/* A department of 2 people: refused, with a sentence that says why, and
 * not even the folder is made. */
static void
test_export_small_group (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (fixture->dir.dir, "legal", NULL);
  TaInsightsQuery query;

  ta_test_add_person (fixture->store, "Ada Legal", "ada.legal@example.com", TA_ROLE_MENTOR,
                      "department", "Tiny Legal Team", NULL);
  ta_test_add_person (fixture->store, "Bo Legal", "bo.legal@example.com", TA_ROLE_MENTEE,
                      "department", "Tiny Legal Team", NULL);

  ta_insights_query_init (&query, &fixture->from, &fixture->to);
  query.group = TA_INSIGHTS_GROUP_DEPARTMENT;
  query.group_value = "Tiny Legal Team";
  g_assert_false (ta_store_export_insights_data (fixture->store, &query, dir, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Tiny Legal Team"));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Nobody at all is no better. */
  query.group_value = "No Such Department";
  g_assert_false (ta_store_export_insights_data (fixture->store, &query, dir, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

/* A group's files hold only its people's pairs and sessions. */
static void
test_export_group (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) departments = NULL;
  g_autofree char *dir = g_build_filename (fixture->dir.dir, "group", NULL);
  g_autofree char *all_dir = g_build_filename (fixture->dir.dir, "all", NULL);
  g_autofree char *group_sessions = NULL;
  g_autofree char *all_sessions = NULL;
  g_autofree char *path = NULL;
  TaInsightsQuery query;
  const char *department = NULL;

  departments = ta_store_list_insights_groups (fixture->store, TA_INSIGHTS_GROUP_DEPARTMENT, &error);
  g_assert_no_error (error);

  ta_insights_query_init (&query, &fixture->from, &fixture->to);
  g_assert_true (ta_store_export_insights_data (fixture->store, &query, all_dir, &error));
  g_assert_no_error (error);
  path = g_build_filename (all_dir, "sessions.csv", NULL);
  g_assert_true (g_file_get_contents (path, &all_sessions, NULL, NULL));

  query.group = TA_INSIGHTS_GROUP_DEPARTMENT;
  for (guint i = 0; departments != NULL && departments[i] != NULL && department == NULL; i++)
    {
      query.group_value = departments[i];
      if (ta_store_export_insights_data (fixture->store, &query, dir, &error))
        department = departments[i];
      else
        g_clear_error (&error);
    }
  g_assert_nonnull (department);

  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "sessions.csv", NULL);
  g_assert_true (g_file_get_contents (path, &group_sessions, NULL, NULL));
  /* Fewer sessions than everyone's, but some. */
  g_assert_cmpuint (strlen (group_sessions), <, strlen (all_sessions));
  g_assert_nonnull (strstr (group_sessions, "\r\n"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/insights-export/files", test_export_files);
  ADD ("/insights-export/small-group", test_export_small_group);
  ADD ("/insights-export/group", test_export_group);

  return g_test_run ();
}
