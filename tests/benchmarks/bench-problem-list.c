/* bench-problem-list.c - how long the import problem dialog takes to show
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-problem-list"

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "ta-participant-transfer-private.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * Shows the dialog of a participants import refused for --problems
 * problems (50,000 by default) on a window, as the window does, and
 * measures the time from asking for it to the end of its first frame.
 * Prints "problem_dialog_first_frame_seconds VALUE", the median of the
 * runs after a warm-up; the target is a second or less.  Needs a display:
 * run it under xvfb-run (meson and run-benchmarks.sh do).
 */

static int n_problems = 50000;
static int n_runs = 5;

static const GOptionEntry entries[] = {
  { "problems", 'n', 0, G_OPTION_ARG_INT, &n_problems, "How many problems (50000)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Measured runs after the warm-up (5)", "N" },
  { NULL }
};

static gboolean
after_paint_cb (GdkFrameClock *frame_clock,
                gint64        *painted)
{
  *painted = g_get_monotonic_time ();
  g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, painted);

  return FALSE;
}

static void
wait_for_frame (GtkWidget *widget,
                gint64    *painted)
{
  *painted = 0;
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), painted);
  while (*painted == 0)
    g_main_context_iteration (NULL, TRUE);
}

/* The process's peak resident memory, where Linux says it. */
static void
print_peak_memory (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  line = strstr (status, "VmHWM:");
  if (line != NULL)
    g_print ("# peak memory %.*s\n", (int) strcspn (line + 6, "\n"), line + 6);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the import problem dialog");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(GArray) built = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window;
  gint64 painted = 0;

  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", FALSE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (n_problems < 0 || n_runs < 1)
    {
      g_printerr ("--problems must be 0 or more and --runs 1 or more\n");
      return EXIT_FAILURE;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("bench-problem-list needs a display: run it under xvfb-run\n");
      return 77;
    }
  adw_init ();
  /* The window's own style, as the application loads it. */
  gtk_css_provider_load_from_resource (css, "/io/github/turnabout/Turnabout/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* What the participants import says of a wrong career level. */
  problems = g_ptr_array_new_full (n_problems, g_free);
  for (int i = 0; i < n_problems; i++)
    g_ptr_array_add (problems,
                     g_strdup_printf ("participants.csv:%d: career_level: “level%d” is not a career level "
                                      "(use 1 to 7, or graduate, junior, professional, senior, manager, "
                                      "director or executive)", i + 2, i));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frame (window, &painted);

  g_print ("# reproduce: %s --problems %d --runs %d\n", argv[0], n_problems, n_runs);

  /* The first run warms the caches (fonts, CSS, types) and is left out. */
  for (int run = 0; run <= n_runs; run++)
    {
      AdwMessageDialog *dialog;
      gint64 start = g_get_monotonic_time ();
      gint64 returned;

      dialog = _ta_participant_transfer_show_problems (GTK_WINDOW (window), "participants.csv", problems);
      returned = g_get_monotonic_time ();
      wait_for_frame (GTK_WIDGET (dialog), &painted);

      if (run > 0)
        {
          double built_seconds = (returned - start) / (double) G_USEC_PER_SEC;
          double shown_seconds = (painted - start) / (double) G_USEC_PER_SEC;

          g_print ("# run %d: dialog built in %.3f s, first frame after %.3f s\n",
                   run, built_seconds, shown_seconds);
          g_array_append_val (built, built_seconds);
          g_array_append_val (shown, shown_seconds);
        }

      gtk_window_destroy (GTK_WINDOW (dialog));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }

  g_array_sort (built, ta_bench_compare_doubles);
  g_array_sort (shown, ta_bench_compare_doubles);
  g_print ("# %d problems, median of %d runs\n", n_problems, n_runs);
  g_print ("problem_dialog_built_seconds %.3f\n", g_array_index (built, double, built->len / 2));
  g_print ("problem_dialog_first_frame_seconds %.3f\n", g_array_index (shown, double, shown->len / 2));
  print_peak_memory ();

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}
