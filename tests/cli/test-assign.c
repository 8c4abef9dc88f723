/* test-assign.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-assign"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli-fixture.h"
#include "ta-assignment.h"

/*
 * Runs the real “turnabout-cli assign” on matrix files and on standard
 * input, in a temporary folder (cli-fixture.h).
 */

/* Runs turnabout-cli assign with the NULL-terminated arguments, feeding
 * @input (if not NULL) on standard input. */
static Run
run_assign (Fixture    *fixture,
            const char *input,
            const char *first,
            ...)
{
  /* Standard input is always a pipe, if only an empty one. */
  const RunOptions options = { .input = input != NULL ? input : "" };
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, (gpointer) "assign");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  return run_cli_argv (fixture, &options, (const char * const *) argv->pdata);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_solve (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) rectangular = { 0 };

  write_file (fixture, "m.txt", "3 3\n1 2 3\n2 4 6\n3 6 x\n");
  run = run_assign (fixture, NULL, "m.txt", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "total 13\n0 0\n1 2\n2 1\n");
  g_assert_cmpstr (run.err, ==, "");

  /* Wide, with a row that has nothing worth taking (negative, zero,
   * forbidden): it is left out, and the output stays sorted by row. */
  write_file (fixture, "wide.txt",
              "3 5\n"
              "0.5 x 0.25 x 1.5\n"
              "-1 0 x -2 x\n"
              "2.5 x x 0.125 x\n");
  rectangular = run_assign (fixture, NULL, "wide.txt", NULL);
  g_assert_cmpint (rectangular.status, ==, 0);
  g_assert_cmpstr (rectangular.out, ==, "total 4\n0 4\n2 0\n");
}

static void
test_stdin_and_timing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *database = g_build_filename (fixture->dir, "never.db", NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) empty = { 0 };

  /* --database is accepted like everywhere, and not even created. */
  run = run_assign (fixture, "2 3\n1 2 3\n4 5 7\n", "-", "--timing", "--database", database, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "total 9\n0 1\n1 2\n");
  g_assert_true (g_regex_match_simple ("^solve_seconds [0-9]+\\.[0-9]{6}\n$", run.err, 0, 0));
  g_assert_false (g_file_test (database, G_FILE_TEST_EXISTS));

  empty = run_assign (fixture, "0 0\n", "-", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_cmpstr (empty.out, ==, "total 0\n");
}

/* Every matrix error is “FILE:LINE: reason” on standard error, exit 1,
 * nothing on standard output. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct
  {
    const char *contents;
    const char *message;  /* a pattern */
  } cases[] = {
    { "", "bad.txt:1: The file is empty*" },
    { "2 2\n1 2\n3\n", "bad.txt:3: This row has 1 value, but the first line says 2\n" },
    { "2 2\n1 2\n3 four\n", "bad.txt:3: Value 2, “four”, is not a number*" },
    { "1 1\nnan\n", "bad.txt:2: Value 1, “nan”, is not a number*" },
    { "1 1\n1e400\n", "bad.txt:2: Value 1, “1e400”, is too large\n" },
    /* Finite, but their total would not be: “total inf” before. */
    { "2 2\n1 2\n3 1e308\n", "bad.txt:3: Value 2, “1e308”, is too large (at most 1e15)\n" },
    { "2 2\n-1e16 2\n3 1\n", "bad.txt:2: Value 1, “-1e16”, is too small (at least -1e15)\n" },
    { "2 2\n1 2\n", "bad.txt:3: The file ends after 1 row, but the first line says 2\n" },
    { "2 x\n", "bad.txt:1: The first line should be*" },
    { "50000 2\n", "bad.txt:1: 50000 × 2 is too large*" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_auto(Run) run = { 0 };

      write_file (fixture, "bad.txt", cases[c].contents);
      run = run_assign (fixture, NULL, "bad.txt", NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      if (!g_pattern_match_simple (cases[c].message, run.err))
        g_error ("case %u: “%s” does not match “%s”", c, run.err, cases[c].message);
    }

  /* A file that is not there, and a folder. */
  {
    g_auto(Run) missing = run_assign (fixture, NULL, "missing.txt", NULL);
    g_auto(Run) folder = run_assign (fixture, NULL, ".", NULL);

    g_assert_cmpint (missing.status, ==, 1);
    g_assert_nonnull (strstr (missing.err, "missing.txt"));
    g_assert_cmpint (folder.status, ==, 1);
    g_assert_cmpstr (folder.out, ==, "");
  }

  /* Standard input is named as such. */
  {
    g_auto(Run) run = run_assign (fixture, "1 1\n?\n", "-", NULL);

    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, "(standard input):2: "));
  }
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) none = run_assign (fixture, NULL, NULL);
  g_auto(Run) extra = run_assign (fixture, NULL, "a.txt", "b.txt", NULL);
  g_auto(Run) unknown = run_assign (fixture, NULL, "--fast", "a.txt", NULL);
  g_auto(Run) help = run_assign (fixture, NULL, "--help", NULL);

  g_assert_cmpint (none.status, ==, 2);
  g_assert_cmpint (extra.status, ==, 2);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--timing"));
  g_assert_nonnull (strstr (help.out, "“total VALUE”"));
}

/* A larger random matrix: the printed matching is valid, sorted, and adds
 * up to the printed total, which is the library's to 15 digits. */
static void
test_random_matrix (Fixture       *fixture,
                    gconstpointer  data)
{
  const guint n_rows = 120, n_cols = 150;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree double *value = g_new (double, n_rows * n_cols);
  g_autofree gboolean *used = g_new0 (gboolean, n_cols);
  g_autoptr(TaAssignmentProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  double expected, total, sum = 0.0;
  int previous_row = -1;

  g_string_append_printf (text, "%u %u\n", n_rows, n_cols);
  for (guint i = 0; i < n_rows; i++)
    {
      for (guint j = 0; j < n_cols; j++)
        {
          guint k = i * n_cols + j;

          if (g_rand_int_range (rand, 0, 4) == 0)
            {
              value[k] = NAN;
              g_string_append (text, "x ");
            }
          else
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];

              value[k] = g_rand_double_range (rand, -20, 100);
              g_string_append_printf (text, "%s ", g_ascii_dtostr (buffer, sizeof buffer, value[k]));
            }
        }
      g_string_append_c (text, '\n');
    }

  problem = ta_assignment_problem_parse (text->str, text->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ta_assignment_problem_solve (problem, NULL, NULL, &expected, &error));

  write_file (fixture, "random.txt", text->str);
  run = run_assign (fixture, NULL, "random.txt", NULL);
  g_assert_cmpint (run.status, ==, 0);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "total "));
  total = g_ascii_strtod (lines[0] + strlen ("total "), NULL);
  g_assert_cmpfloat_with_epsilon (total, expected, 1e-13 * expected);

  for (guint l = 1; lines[l] != NULL && lines[l][0] != '\0'; l++)
    {
      int row, col;
      double v;

      g_assert_cmpint (sscanf (lines[l], "%d %d", &row, &col), ==, 2);
      g_assert_cmpint (row, >, previous_row);
      g_assert_cmpint (row, <, (int) n_rows);
      g_assert_cmpint (col, >=, 0);
      g_assert_cmpint (col, <, (int) n_cols);
      g_assert_false (used[col]);
      v = value[row * n_cols + col];
      g_assert_false (isnan (v));
      g_assert_cmpfloat (v, >, 0);
      used[col] = TRUE;
      previous_row = row;
      sum += v;
    }
  g_assert_cmpfloat_with_epsilon (sum, total, 1e-9 * total);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/cli/assign/solve", test_solve);
  ADD ("/cli/assign/stdin-and-timing", test_stdin_and_timing);
  ADD ("/cli/assign/bad-input", test_bad_input);
  ADD ("/cli/assign/usage", test_usage);
  ADD ("/cli/assign/random-matrix", test_random_matrix);

#undef ADD

  return g_test_run ();
}
