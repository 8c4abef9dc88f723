/* cli-fixture.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ta-test-programme.h"

/*
 * Shared by the tests that run the real turnabout-cli, as a facilitator or
 * a script would: in a temporary folder, always with --database, and with
 * XDG_DATA_HOME pointing into that folder so that nothing can reach a real
 * programme.  Each test program sets cli_path from its first argument
 * (meson passes the built target) or from TURNABOUT_CLI.
 */
static const char *cli_path;

typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

/* How a test runs turnabout-cli, when not as run_cli() does. */
typedef struct
{
  const char *input;        /* fed on standard input; NULL leaves it alone */
  const char *stdout_path;  /* standard output goes there, not to Run.out */
  const char *locale;       /* LC_ALL; NULL is C.UTF-8 */
  gboolean    no_locale;    /* unset every locale variable instead */
  gboolean    english;      /* English messages whatever the locale */
} RunOptions;

static inline void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static inline void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = ta_test_make_dir ("turnabout-cli-test-XXXXXX");
}

static inline void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  ta_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static inline char *
bytes_to_string (GBytes *bytes)
{
  gsize size = bytes != NULL ? g_bytes_get_size (bytes) : 0;

  return size > 0 ? g_strndup (g_bytes_get_data (bytes, NULL), size) : g_strdup ("");
}

/* Runs turnabout-cli with @args (NULL-terminated, after the program) as
 * @options say, in the fixture's folder, and collects its exit status
 * and output. */
static inline Run
run_cli_argv (Fixture            *fixture,
              const RunOptions   *options,
              const char * const *args)
{
  const char *unset[] = { "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANGUAGE" };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) in = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_build_filename (fixture->dir, "data-home", NULL);
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDERR_PIPE;
  Run run = { 0 };

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (options->input != NULL)
    flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;
  if (options->stdout_path == NULL)
    flags |= G_SUBPROCESS_FLAGS_STDOUT_PIPE;
  launcher = g_subprocess_launcher_new (flags);
  if (options->stdout_path != NULL)
    g_subprocess_launcher_set_stdout_file_path (launcher, options->stdout_path);
  g_subprocess_launcher_set_cwd (launcher, fixture->dir);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  if (options->no_locale)
    for (guint i = 0; i < G_N_ELEMENTS (unset); i++)
      g_subprocess_launcher_unsetenv (launcher, unset[i]);
  else
    g_subprocess_launcher_setenv (launcher, "LC_ALL", options->locale != NULL ? options->locale : "C.UTF-8",
                                  TRUE);
  if (options->english)
    {
      /* The test reads the messages. */
      g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
      g_subprocess_launcher_setenv (launcher, "LC_MESSAGES", "C.UTF-8", TRUE);
    }

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  /* With a pipe, GIO wants something to send, if only nothing. */
  if (options->input != NULL)
    in = g_bytes_new (options->input, strlen (options->input));
  g_subprocess_communicate (process, in, NULL, options->stdout_path == NULL ? &out : NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  run.status = g_subprocess_get_exit_status (process);
  run.out = bytes_to_string (out);
  run.err = bytes_to_string (err);

  return run;
}

static inline Run
run_cli_valist (Fixture          *fixture,
                const RunOptions *options,
                const char       *first,
                va_list           args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  return run_cli_argv (fixture, options, (const char * const *) argv->pdata);
}

/* Runs turnabout-cli with the NULL-terminated arguments, in the fixture's
 * folder, and collects its exit status and output. */
static inline Run
run_cli (Fixture    *fixture,
         const char *first,
         ...)
{
  const RunOptions options = { 0 };
  va_list args;
  Run run;

  va_start (args, first);
  run = run_cli_valist (fixture, &options, first, args);
  va_end (args);
  return run;
}

/* As run_cli(), with standard output on /dev/full: every write to it
 * fails with ENOSPC. */
static inline Run
run_cli_to_full (Fixture    *fixture,
                 const char *first,
                 ...)
{
  const RunOptions options = { .stdout_path = "/dev/full" };
  va_list args;
  Run run;

  va_start (args, first);
  run = run_cli_valist (fixture, &options, first, args);
  va_end (args);
  return run;
}

/* What main() of each of these tests does first: g_test_init(), and the
 * path of turnabout-cli from the first argument or TURNABOUT_CLI, made
 * absolute (the commands run in temporary folders).  Returns the path,
 * which main() frees, or NULL (and says why) when neither gives one. */
static inline char *
cli_test_init (int    *argc,
               char ***argv)
{
  const char *given;
  char *absolute;

  g_test_init (argc, argv, NULL);

  given = *argc > 1 ? (*argv)[1] : g_getenv ("TURNABOUT_CLI");
  if (given == NULL)
    {
      g_printerr ("Give the path of turnabout-cli as an argument or in TURNABOUT_CLI\n");
      return NULL;
    }
  cli_path = absolute = g_canonicalize_filename (given, NULL);
  return absolute;
}
