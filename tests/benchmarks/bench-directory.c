/* bench-directory.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-directory"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "ta-demo.h"
#include "ta-participant-csv.h"
#include "ta-participant-list.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * The directory on a large programme, as issue 2 measures it:
 *
 *   import_csv     ta_participants_import_csv() of the export of a
 *                  100,000-person demo into a fresh store, parsing included
 *   load_model     a fresh TaStore and ta_participant_list_new() on it
 *   search_filter  one keystroke: a GtkFilterListModel over the list with
 *                  a GtkCustomFilter on ta_participant_matches()
 *   peak_memory    the peak RSS of a child that only opens the store and
 *                  loads the model
 *
 * Everything happens in a temporary folder that is removed afterwards.
 * The first frame of the window is measured with the UI, not here.
 */

static int n_participants = TA_DEMO_MAX_PARTICIPANTS;
static char *load_only;
static gboolean keep;

static const GOptionEntry entries[] = {
  { "participants", 'n', 0, G_OPTION_ARG_INT, &n_participants,
    "Size of the programme (default: 100000)", "N" },
  { "load-only", 0, 0, G_OPTION_ARG_FILENAME, &load_only,
    "Only open DATABASE and load the model, then print the peak RSS in KiB", "DATABASE" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
    "Keep the temporary folder and say where it is", NULL },
  { NULL }
};

static void
report (const char *name,
        double      value,
        const char *unit,
        const char *target)
{
  g_print ("%s %.*f %s (%s)\n", name, value < 10 ? 3 : 1, value, unit, target);
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* The child of the peak_memory figure: nothing but what the window needs
 * to show the directory. */
static int
run_load_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaParticipantList) list = NULL;

  store = ta_store_open (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  list = ta_participant_list_new (store, &error);
  if (list == NULL)
    g_error ("%s", error->message);

  g_print ("%ld\n", peak_rss_kib ());
  return 0;
}

static gboolean
match_participant (gpointer item,
                   gpointer user_data)
{
  return ta_participant_matches (TA_PARTICIPANT (item), user_data);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *fresh_path = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *child_out = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GFile) csv_file = NULL;
  gsize length;
  gint64 start;
  int child_status;
  guint n_matches;
  double seconds;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- measure the participant directory on a large programme");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (load_only != NULL)
    return run_load_only (load_only);

  if (n_participants < 1 || n_participants > TA_DEMO_MAX_PARTICIPANTS)
    {
      g_printerr ("--participants must be between 1 and %d\n", TA_DEMO_MAX_PARTICIPANTS);
      return 2;
    }

  self = g_canonicalize_filename (argv[0], NULL);
  g_print ("command: %s --participants %d\n", self, n_participants);

  dir = ta_test_make_dir ("turnabout-bench-XXXXXX");
  demo_path = g_build_filename (dir, "demo.db", NULL);
  csv_path = g_build_filename (dir, "programme.csv", NULL);
  fresh_path = g_build_filename (dir, "fresh.db", NULL);
  csv_file = g_file_new_for_path (csv_path);

  /* The programme, and its export. */
  {
    g_autoptr(TaStore) store = ta_store_open (demo_path, &error);

    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    /* Participants only: pairings are not what this measures. */
    if (!ta_demo_fill_full (store, n_participants, 1, TA_DEMO_NO_PAIRINGS, &error))
      g_error ("%s", error->message);
    report ("demo_fill", ta_bench_seconds_since (start), "s", "target < 2 s");

    start = g_get_monotonic_time ();
    if (!ta_participants_export_file (store, csv_file, NULL, &error))
      g_error ("%s", error->message);
    report ("export_csv", ta_bench_seconds_since (start), "s", "no target");
  }

  /* Import into a fresh store: reading, parsing, checking and writing. */
  {
    g_autoptr(TaStore) store = ta_store_open (fresh_path, &error);
    g_autoptr(TaImportResult) result = NULL;

    g_assert_no_error (error);
    start = g_get_monotonic_time ();
    if (!g_file_get_contents (csv_path, &data, &length, &error) ||
        !ta_participants_import_csv (store, data, length, "programme.csv", FALSE, &result, &error))
      g_error ("%s", error->message);
    seconds = ta_bench_seconds_since (start);
    g_assert_cmpuint (result->added, ==, (guint) n_participants);
    report ("import_csv", seconds, "s", "target ≤ 1.0 s");
    g_clear_pointer (&data, g_free);
  }

  /* Load the model as the window does: a fresh store, then the list. */
  {
    g_autoptr(TaStore) store = NULL;
    g_autoptr(TaParticipantList) list = NULL;
    g_autoptr(GtkCustomFilter) filter = NULL;
    g_autoptr(GtkFilterListModel) filtered = NULL;

    start = g_get_monotonic_time ();
    store = ta_store_open (fresh_path, &error);
    if (store == NULL)
      g_error ("%s", error->message);
    list = ta_participant_list_new (store, &error);
    if (list == NULL)
      g_error ("%s", error->message);
    seconds = ta_bench_seconds_since (start);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, (guint) n_participants);
    report ("load_model", seconds * 1000, "ms", "target ≤ 300 ms");

    /* The first pass also builds each participant's search key. */
    folded = ta_search_fold ("data");
    filter = gtk_custom_filter_new (match_participant, folded, NULL);
    start = g_get_monotonic_time ();
    filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (list)),
                                          g_object_ref (GTK_FILTER (filter)));
    gtk_filter_list_model_set_incremental (filtered, FALSE);
    n_matches = g_list_model_get_n_items (G_LIST_MODEL (filtered));
    report ("search_filter_first", ta_bench_seconds_since (start) * 1000, "ms", "no target: builds the search keys");

    /* A keystroke. */
    start = g_get_monotonic_time ();
    gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, n_matches);
    report ("search_filter", ta_bench_seconds_since (start) * 1000, "ms", "target ≤ 16 ms");
    g_print ("# %u of %d participants match “data”\n", n_matches, n_participants);
  }

  /* Peak memory of a process that only loads the programme. */
  {
    const char *child_argv[] = { self, "--load-only", fresh_path, NULL };
    long kib;

    if (!g_spawn_sync (NULL, (char **) child_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       &child_out, NULL, &child_status, &error) ||
        !g_spawn_check_wait_status (child_status, &error))
      g_error ("%s", error->message);
    kib = strtol (child_out, NULL, 10);
    report ("peak_memory", kib * 1024.0 / 1e6, "MB", "target ≤ 150 MB");
  }

  if (keep)
    g_print ("# files kept in %s\n", dir);
  else
    ta_test_remove_dir (dir);

  return 0;
}
