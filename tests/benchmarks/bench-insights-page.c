/* bench-insights-page.c - how long the Insights page takes to show its
 * figures, and the window's peak memory with them shown
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-insights-page"

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "bench-insights-programme.h"
#include "ta-application.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"
#include "ta-window.h"

/*
 * Opens the window on the 100,000-participant demo with 100,000 sessions
 * over a year (bench-insights-programme.c), lets it settle
 * (nothing to do for half a second), then shows the Insights page as its
 * switcher button does and measures the time from there until the page
 * has computed its figures (its "busy" property is FALSE again) and the
 * frame after that one is drawn ("after-paint"); and the peak resident
 * memory of the process (VmHWM) with the figures shown, and before.
 *
 * Each measurement is a process of its own (--single), so that the page
 * computes its figures each time as it does on a user's first click: the
 * first start warms the caches and is left out, the figure is the median
 * of the --runs after it; the peak memory is the largest.  The programme
 * is made by a process of its own too (--make-only), so that making it
 * counts in no window's memory.  Needs a display: run it under xvfb-run
 * (meson and run-benchmarks.sh do).
 */

static char *database;
static gboolean single;
static gboolean make_only;
static int n_runs = 3;
static int n_participants = BENCH_INSIGHTS_PARTICIPANTS;
static int n_sessions = BENCH_INSIGHTS_SESSIONS;

static const GOptionEntry entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
    "Measure on this programme instead of making one", "DATABASE" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Measured starts after the warm-up (3)", "N" },
  { "participants", 'p', 0, G_OPTION_ARG_INT, &n_participants,
    "Size of the programme made (default: 100000)", "N" },
  { "sessions", 'n', 0, G_OPTION_ARG_INT, &n_sessions,
    "Sessions of the programme made (default: 100000)", "N" },
  { "single", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &single, NULL, NULL },
  { "make-only", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &make_only, NULL, NULL },
  { NULL }
};

/* One measurement */

typedef struct
{
  GtkWidget *view;
  gboolean   saw_busy;
  guint      frames;    /* drawn since the page was asked for */
  gint64     painted;   /* when the frame after the figures ended */
  gboolean   waiting;   /* for that frame */
} Page;

static gboolean
is_busy (GtkWidget *view)
{
  gboolean busy = FALSE;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "busy") != NULL)
    g_object_get (view, "busy", &busy, NULL);
  return busy;
}

static void
busy_changed_cb (GObject    *view,
                 GParamSpec *pspec,
                 Page       *page)
{
  if (is_busy (GTK_WIDGET (view)))
    page->saw_busy = TRUE;
}

static gboolean
after_paint_cb (GdkFrameClock *frame_clock,
                Page          *page)
{
  page->frames++;
  if (page->waiting && page->painted == 0)
    page->painted = g_get_monotonic_time ();

  return FALSE;
}

/* The page's widget, by its type's name: this program does not depend on
 * how the page is built. */
static GtkWidget *
find_view (GtkWidget *widget)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "TaInsightsView"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The figures are in: computed (the page was busy and is no longer), or
 * shown without computing after a frame. */
static gboolean
figures_shown (Page *page)
{
  if (page->view == NULL || !gtk_widget_get_mapped (page->view) || is_busy (page->view))
    return FALSE;

  return page->saw_busy || page->frames > 0;
}

/* Until the window has had nothing to do for a while (it may still be
 * reading its lists after its first frame), at most 20 s. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gint64 quiet_since = g_get_monotonic_time ();

  while (g_get_monotonic_time () < end &&
         g_get_monotonic_time () - quiet_since < 500 * 1000)
    {
      if (g_main_context_iteration (NULL, FALSE))
        quiet_since = g_get_monotonic_time ();
      else
        g_usleep (1000);
    }
}

static void
iterate_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static long
peak_memory_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static int
measure_once (const char *path)
{
  g_autoptr(TaApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  TaWindow *window;
  GdkFrameClock *frame_clock;
  Page page = { 0 };
  gint64 start, computed = 0;
  long before_kib;
  gint64 deadline;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-insights-page needs a display: run it under xvfb-run\n");
      return 77;
    }
  adw_init ();

  app = ta_application_new (APPLICATION_ID ".Benchmark", G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-insights-page: %s\n", error->message);
      return EXIT_FAILURE;
    }
  window = ta_application_open_database (app, path);
  if (window == NULL)
    return EXIT_FAILURE;

  /* Shown, then settled: the next frames are the window's own. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &page);
  while (page.frames == 0)
    g_main_context_iteration (NULL, TRUE);
  settle ();

  page.view = find_view (GTK_WIDGET (window));
  if (page.view == NULL)
    {
      g_printerr ("bench-insights-page: the window has no Insights page\n");
      return EXIT_FAILURE;
    }
  g_signal_connect (page.view, "notify::busy", G_CALLBACK (busy_changed_cb), &page);

  before_kib = peak_memory_kib ();
  page.frames = 0;
  start = g_get_monotonic_time ();
  ta_window_show_page (window, "insights");
  page.saw_busy = is_busy (page.view);

  deadline = start + 60 * G_USEC_PER_SEC;
  while (!figures_shown (&page) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  computed = g_get_monotonic_time ();
  page.waiting = TRUE;
  while (page.painted == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (page.painted == 0)
    {
      g_printerr ("bench-insights-page: the page showed no figures within a minute\n");
      return EXIT_FAILURE;
    }

  g_print ("insights_computed_seconds %.3f\n", (computed - start) / (double) G_USEC_PER_SEC);
  g_print ("insights_page_seconds %.3f\n", (page.painted - start) / (double) G_USEC_PER_SEC);
  g_print ("peak_memory_before_kib %ld\n", before_kib);
  g_print ("peak_memory_kib %ld\n", peak_memory_kib ());

  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, &page);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);

  return EXIT_SUCCESS;
}

/* The runs, each a process of its own */

static char *
self_path (void)
{
  return g_file_read_link ("/proc/self/exe", NULL);
}

/* The value of "NAME VALUE" in @output, or -1. */
static double
read_figure (const char *output,
             const char *name)
{
  g_autofree char *prefix = g_strconcat (name, " ", NULL);
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_ascii_strtod (lines[i] + strlen (prefix), NULL);

  return -1;
}

static gboolean
run_self (const char * const  *args,
          char               **out_output,
          GError             **error)
{
  g_autofree char *self = self_path ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *errors = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, self);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     out_output, &errors, &wait_status, error))
    return FALSE;
  if (errors != NULL && *errors != '\0')
    g_printerr ("%s", errors);

  return g_spawn_check_wait_status (wait_status, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) computed = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = ta_test_make_dir ("turnabout-bench-XXXXXX");
  g_autofree char *path = NULL;
  g_autofree char *participants = NULL;
  g_autofree char *sessions = NULL;
  double peak_kib = 0;
  int status = EXIT_FAILURE;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- time the Insights page");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (n_runs < 1 || n_participants < 1 || n_sessions < 0)
    {
      g_printerr ("--runs and --participants must be 1 or more, --sessions 0 or more\n");
      return EXIT_FAILURE;
    }

  /* Never the user's settings, recent files or session bus. */
  {
    g_autofree char *config = g_build_filename (dir, "config", NULL);
    g_autofree char *data = g_build_filename (dir, "data", NULL);
    g_autofree char *cache = g_build_filename (dir, "cache", NULL);

    g_setenv ("XDG_CONFIG_HOME", config, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
    g_setenv ("GDK_BACKEND", "x11", FALSE);
    g_setenv ("GTK_A11Y", "none", FALSE);
    g_setenv ("NO_AT_BRIDGE", "1", FALSE);
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);
  }

  if (make_only)
    {
      if (database == NULL ||
          !bench_insights_make_programme (database, (guint) n_participants, (guint) n_sessions, &error))
        g_printerr ("bench-insights-page: %s\n", error != NULL ? error->message : "--make-only needs --database");
      else
        status = EXIT_SUCCESS;
      goto out;
    }
  if (single)
    {
      status = database != NULL ? measure_once (database) : EXIT_FAILURE;
      goto out;
    }

  path = database != NULL ? g_strdup (database) : g_build_filename (dir, "programme.db", NULL);
  participants = g_strdup_printf ("%d", n_participants);
  sessions = g_strdup_printf ("%d", n_sessions);
  if (database == NULL)
    {
      const char * const args[] = { "--make-only", "--database", path, "--participants", participants,
                                    "--sessions", sessions, NULL };
      g_autofree char *output = NULL;

      if (!run_self (args, &output, &error))
        goto out;
      g_print ("%s", output);
    }

  if (database != NULL)
    g_print ("# reproduce: %s --runs %d --database %s\n", argv[0], n_runs, database);
  else
    g_print ("# reproduce: %s --runs %d --participants %d --sessions %d\n", argv[0], n_runs,
             n_participants, n_sessions);
  for (int run = 0; run <= n_runs; run++)
    {
      const char * const args[] = { "--single", "--database", path, NULL };
      g_autofree char *output = NULL;
      double seconds, computed_seconds, kib, before;

      if (!run_self (args, &output, &error))
        goto out;
      seconds = read_figure (output, "insights_page_seconds");
      computed_seconds = read_figure (output, "insights_computed_seconds");
      kib = read_figure (output, "peak_memory_kib");
      before = read_figure (output, "peak_memory_before_kib");
      if (seconds < 0)
        {
          g_printerr ("bench-insights-page: a run printed no figure:\n%s", output);
          goto out;
        }
      g_print ("# run %d%s: figures computed after %.3f s, drawn after %.3f s; peak memory %.1f MB "
               "(%.1f MB before Insights was shown)\n",
               run, run == 0 ? " (warm-up)" : "", computed_seconds, seconds, kib * 1024 / 1e6,
               before * 1024 / 1e6);
      if (run == 0)
        continue;
      g_array_append_val (times, seconds);
      g_array_append_val (computed, computed_seconds);
      peak_kib = MAX (peak_kib, kib);
    }

  if (database != NULL)
    g_print ("# %s; median of %d starts after a warm-up\n", database, n_runs);
  else
    g_print ("# %d participants, %d sessions added; median of %d starts after a warm-up\n",
             n_participants, n_sessions, n_runs);
  g_print ("insights_page_computed %.3f s (no target: the page's computation)\n",
           ta_bench_median ((double *) computed->data, computed->len));
  g_print ("insights_page_drawn %.3f s (target ≤ 0.3 s)\n", ta_bench_median ((double *) times->data, times->len));
  g_print ("insights_peak_memory %.1f MB (target ≤ 200 MB)\n", peak_kib * 1024 / 1e6);
  status = EXIT_SUCCESS;

out:
  if (error != NULL)
    g_printerr ("bench-insights-page: %s\n", error->message);
  ta_test_remove_dir (dir);
  return status;
}
