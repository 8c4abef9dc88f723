/* test-assignment.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-assignment"

#include <math.h>
#include <string.h>

#include "ta-assignment.h"

/*
 * The solver against an exhaustive search on thousands of small random
 * problems, and against a textbook Hungarian method (a different
 * algorithm) on larger ones; then the edge cases, determinism,
 * cancellation and the matrix text format.
 *
 * Every random problem comes from a seed that the failure message names,
 * so that a failure can be replayed alone.
 */

typedef enum
{
  VALUES_REAL,      /* uniform in [-1, 1): ties are rare */
  VALUES_SMALL,     /* whole numbers in [-3, 5]: many ties, some zeros */
  VALUES_TINY,      /* 0, 1 or 2: ties everywhere */
  VALUES_POSITIVE,  /* uniform in (0, 1], as in the benchmark */
  N_VALUE_KINDS
} ValueKind;

typedef struct
{
  guint     n_rows;
  guint     n_cols;
  double   *value;      /* n_rows × n_cols */
  gboolean *forbidden;  /* n_rows × n_cols */
  guint    *capacity;   /* n_cols */
  guint32   seed;
} Instance;

static void
instance_free (Instance *inst)
{
  g_free (inst->value);
  g_free (inst->forbidden);
  g_free (inst->capacity);
  g_free (inst);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Instance, instance_free)

static Instance *
instance_new (guint n_rows,
              guint n_cols)
{
  Instance *inst = g_new0 (Instance, 1);

  inst->n_rows = n_rows;
  inst->n_cols = n_cols;
  inst->value = g_new0 (double, MAX (n_rows * n_cols, 1));
  inst->forbidden = g_new0 (gboolean, MAX (n_rows * n_cols, 1));
  inst->capacity = g_new (guint, MAX (n_cols, 1));
  for (guint j = 0; j < n_cols; j++)
    inst->capacity[j] = 1;

  return inst;
}

static double
random_value (GRand     *rand,
              ValueKind  kind)
{
  switch (kind)
    {
    case VALUES_REAL:
      return g_rand_double_range (rand, -1.0, 1.0);
    case VALUES_SMALL:
      return g_rand_int_range (rand, -3, 6);
    case VALUES_TINY:
      return g_rand_int_range (rand, 0, 3);
    case VALUES_POSITIVE:
      return 1.0 - g_rand_double (rand);
    case N_VALUE_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* A random problem of the given shape; forbidden_percent of the pairs are
 * forbidden; capacities between 0 and max_capacity if that is above 1. */
static Instance *
instance_random (guint32   seed,
                 guint     n_rows,
                 guint     n_cols,
                 ValueKind kind,
                 guint     forbidden_percent,
                 guint     max_capacity)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Instance *inst = instance_new (n_rows, n_cols);

  inst->seed = seed;
  for (guint k = 0; k < n_rows * n_cols; k++)
    {
      inst->value[k] = random_value (rand, kind);
      inst->forbidden[k] = (guint) g_rand_int_range (rand, 0, 100) < forbidden_percent;
    }
  if (max_capacity > 1)
    {
      for (guint j = 0; j < n_cols; j++)
        inst->capacity[j] = (guint) g_rand_int_range (rand, 0, (gint32) max_capacity + 1);
    }

  return inst;
}

static TaAssignmentProblem *
instance_to_problem (const Instance *inst)
{
  TaAssignmentProblem *problem = ta_assignment_problem_new (inst->n_rows, inst->n_cols);

  for (guint i = 0; i < inst->n_rows; i++)
    for (guint j = 0; j < inst->n_cols; j++)
      {
        guint k = i * inst->n_cols + j;

        /* Half the forbidden pairs get a value first: forbid() must win. */
        if (inst->forbidden[k] && (k % 2) == 0)
          ta_assignment_problem_set (problem, i, j, fabs (inst->value[k]) + 1.0);
        if (inst->forbidden[k])
          ta_assignment_problem_forbid (problem, i, j);
        else
          ta_assignment_problem_set (problem, i, j, inst->value[k]);
      }
  for (guint j = 0; j < inst->n_cols; j++)
    ta_assignment_problem_set_capacity (problem, j, inst->capacity[j]);

  return problem;
}

/* Exhaustive search */

typedef struct
{
  const Instance *inst;
  guint          *used;        /* per column */
  double         *row_bound;   /* best positive value of each row and the rows after */
  double          best;
} Search;

/* Every matching of the rows from i on, over every allowed pair whatever
 * its sign; pruned only where even the best value of every remaining row
 * could not beat the best total found, which keeps it exact. */
static void
search_rows (Search *search,
             guint   i,
             double  total)
{
  const Instance *inst = search->inst;

  if (total > search->best)
    search->best = total;
  if (i == inst->n_rows || total + search->row_bound[i] <= search->best)
    return;

  search_rows (search, i + 1, total);
  for (guint j = 0; j < inst->n_cols; j++)
    {
      guint k = i * inst->n_cols + j;

      if (inst->forbidden[k] || search->used[j] >= inst->capacity[j])
        continue;

      search->used[j]++;
      search_rows (search, i + 1, total + inst->value[k]);
      search->used[j]--;
    }
}

static double
exhaustive_best (const Instance *inst)
{
  g_autofree guint *used = g_new0 (guint, MAX (inst->n_cols, 1));
  g_autofree double *row_bound = g_new0 (double, inst->n_rows + 1);
  Search search = { inst, used, row_bound, 0.0 };

  for (guint i = inst->n_rows; i-- > 0;)
    {
      double best = 0.0;

      for (guint j = 0; j < inst->n_cols; j++)
        {
          guint k = i * inst->n_cols + j;

          if (!inst->forbidden[k] && inst->capacity[j] > 0)
            best = MAX (best, inst->value[k]);
        }
      row_bound[i] = row_bound[i + 1] + best;
    }

  search_rows (&search, 0, 0.0);
  return search.best;
}

/* Reference: a textbook Hungarian method (potentials, one Dijkstra per
 * row, O(n²m)) on the clamped matrix with columns expanded into slots and
 * the smaller side as rows.  A different algorithm from the solver's. */
static double
hungarian_best (const Instance *inst)
{
  g_autoptr(GArray) slot_col = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *a = NULL;
  g_autofree double *u = NULL;
  g_autofree double *v = NULL;
  g_autofree double *minv = NULL;
  g_autofree int *p = NULL;
  g_autofree int *way = NULL;
  g_autofree gboolean *used = NULL;
  gboolean transpose;
  guint n, m;
  double total = 0.0;

  for (guint j = 0; j < inst->n_cols; j++)
    for (guint k = 0; k < MIN (inst->capacity[j], inst->n_rows); k++)
      g_array_append_val (slot_col, j);

  transpose = inst->n_rows > slot_col->len;
  n = transpose ? slot_col->len : inst->n_rows;
  m = transpose ? inst->n_rows : slot_col->len;
  if (n == 0)
    return 0.0;

  /* 1-based as in the textbook: a[i][j], i in 1..n, j in 1..m. */
  a = g_new0 (double, (n + 1) * (m + 1));
  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      {
        guint row = transpose ? j - 1 : i - 1;
        guint col = g_array_index (slot_col, guint, transpose ? i - 1 : j - 1);
        guint k = row * inst->n_cols + col;

        a[i * (m + 1) + j] = inst->forbidden[k] ? 0.0 : -MAX (inst->value[k], 0.0);
      }

  u = g_new0 (double, n + 1);
  v = g_new0 (double, m + 1);
  minv = g_new (double, m + 1);
  p = g_new0 (int, m + 1);
  way = g_new0 (int, m + 1);
  used = g_new (gboolean, m + 1);

  for (guint i = 1; i <= n; i++)
    {
      int j0 = 0;

      p[0] = (int) i;
      for (guint j = 0; j <= m; j++)
        {
          minv[j] = INFINITY;
          used[j] = FALSE;
        }
      do
        {
          int i0 = p[j0];
          int j1 = 0;
          double delta = INFINITY;

          used[j0] = TRUE;
          for (guint j = 1; j <= m; j++)
            {
              if (!used[j])
                {
                  double cur = a[i0 * (m + 1) + j] - u[i0] - v[j];

                  if (cur < minv[j])
                    {
                      minv[j] = cur;
                      way[j] = j0;
                    }
                  if (minv[j] < delta)
                    {
                      delta = minv[j];
                      j1 = (int) j;
                    }
                }
            }
          for (guint j = 0; j <= m; j++)
            {
              if (used[j])
                {
                  u[p[j]] += delta;
                  v[j] -= delta;
                }
              else
                {
                  minv[j] -= delta;
                }
            }
          j0 = j1;
        }
      while (p[j0] != 0);

      do
        {
          int j1 = way[j0];

          p[j0] = p[j1];
          j0 = j1;
        }
      while (j0 != 0);
    }

  for (guint j = 1; j <= m; j++)
    {
      if (p[j] != 0)
        total -= a[p[j] * (m + 1) + j];
    }

  return total;
}

/* Solves, checks that the matching is valid and adds up to its total, and
 * returns the total. */
static double
solve_and_check (const Instance *inst,
                 int            *out_col_of_row)
{
  g_autoptr(TaAssignmentProblem) problem = instance_to_problem (inst);
  g_autoptr(GError) error = NULL;
  g_autofree int *col_of_row = g_new (int, MAX (inst->n_rows, 1));
  g_autofree guint *used = g_new0 (guint, MAX (inst->n_cols, 1));
  double total = NAN;
  double sum = 0.0;

  g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < inst->n_rows; i++)
    {
      int j = col_of_row[i];
      guint k;

      if (j < 0)
        {
          g_assert_cmpint (j, ==, -1);
          continue;
        }

      g_assert_cmpint (j, <, (int) inst->n_cols);
      k = i * inst->n_cols + (guint) j;
      if (inst->forbidden[k] || inst->value[k] <= 0)
        g_error ("seed %u: row %u is matched with column %d, %s",
                 inst->seed, i, j, inst->forbidden[k] ? "forbidden" : "not positive");
      used[j]++;
      sum += inst->value[k];
    }

  for (guint j = 0; j < inst->n_cols; j++)
    {
      if (used[j] > inst->capacity[j])
        g_error ("seed %u: column %u takes %u rows, capacity %u",
                 inst->seed, j, used[j], inst->capacity[j]);
    }

  g_assert_cmpfloat_with_epsilon (sum, total, 1e-9 * MAX (1.0, fabs (total)));

  if (out_col_of_row != NULL)
    memcpy (out_col_of_row, col_of_row, inst->n_rows * sizeof (int));

  return total;
}

static void
check_against (const Instance *inst,
               double          expected)
{
  double total = solve_and_check (inst, NULL);

  if (fabs (total - expected) > 1e-9 * MAX (1.0, fabs (expected)))
    g_error ("seed %u (%u × %u): total %.17g, but the best is %.17g",
             inst->seed, inst->n_rows, inst->n_cols, total, expected);
}

/* Small random problems of every kind: shapes, values, forbidden pairs. */
static void
run_random_small (guint32 first_seed,
                  guint   n_instances,
                  guint   fixed_rows,
                  guint   fixed_cols,
                  guint   max_capacity)
{
  static const guint forbidden_percents[] = { 0, 10, 30, 60, 90 };

  for (guint t = 0; t < n_instances; t++)
    {
      guint32 seed = first_seed + t;
      g_autoptr(GRand) shape = g_rand_new_with_seed (seed ^ 0x5eed);
      guint n_rows = fixed_rows > 0 ? fixed_rows : (guint) g_rand_int_range (shape, 1, 9);
      guint n_cols = fixed_cols > 0 ? fixed_cols : (guint) g_rand_int_range (shape, 1, 9);
      ValueKind kind = (ValueKind) (t % N_VALUE_KINDS);
      guint forbidden = forbidden_percents[(t / N_VALUE_KINDS) % G_N_ELEMENTS (forbidden_percents)];
      g_autoptr(Instance) inst = instance_random (seed, n_rows, n_cols, kind,
                                                  forbidden, max_capacity);

      check_against (inst, exhaustive_best (inst));
    }
}

static void
test_random_square_and_rectangular (void)
{
  run_random_small (1000, 4000, 0, 0, 1);
}

static void
test_random_wide (void)
{
  run_random_small (20000, 600, 3, 8, 1);
}

static void
test_random_tall (void)
{
  run_random_small (30000, 600, 8, 3, 1);
}

static void
test_random_square_8 (void)
{
  run_random_small (40000, 400, 8, 8, 1);
}

static void
test_random_capacities (void)
{
  run_random_small (50000, 2000, 0, 0, 3);
  /* Few columns with room for many rows, and the other way round. */
  run_random_small (60000, 300, 8, 2, 5);
  run_random_small (70000, 300, 2, 8, 3);
}

/* Larger problems against the Hungarian method, on every path of the
 * solver: square (column reduction), wide, tall (transposed), slots. */
static void
test_random_large (void)
{
  static const struct
  {
    guint n_rows, n_cols, max_capacity;
  } shapes[] = {
    { 40, 40, 1 }, { 90, 90, 1 }, { 30, 70, 1 }, { 70, 30, 1 },
    { 25, 60, 3 }, { 80, 20, 4 }, { 60, 30, 2 }, { 1, 50, 1 }, { 50, 1, 1 },
    { 50, 1, 60 },
  };
  static const guint forbidden_percents[] = { 0, 20, 70 };
  guint32 seed = 90000;

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (guint kind = 0; kind < N_VALUE_KINDS; kind++)
      for (guint f = 0; f < G_N_ELEMENTS (forbidden_percents); f++)
        for (guint rep = 0; rep < 3; rep++)
          {
            g_autoptr(Instance) inst = instance_random (seed++, shapes[s].n_rows, shapes[s].n_cols,
                                                        kind, forbidden_percents[f],
                                                        shapes[s].max_capacity);

            check_against (inst, hungarian_best (inst));
          }
}

/* Matrices that make augmenting row reduction fight over prices: equal
 * rows, equal values, a product structure. */
static void
test_degenerate (void)
{
  const guint n = 120;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(Instance) same_rows = instance_new (n, n);
  g_autoptr(Instance) all_equal = instance_new (n, n);
  g_autoptr(Instance) product = instance_new (n, n + 7);
  g_autoptr(Instance) one_good_column = instance_new (n, n);

  for (guint j = 0; j < n; j++)
    {
      double value = g_rand_double (rand);

      for (guint i = 0; i < n; i++)
        same_rows->value[i * n + j] = value;
    }
  for (guint k = 0; k < n * n; k++)
    all_equal->value[k] = 1.0;
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n + 7; j++)
      product->value[i * (n + 7) + j] = (double) (i + 1) * (j + 1);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      one_good_column->value[i * n + j] = j == 0 ? 1000.0 + i : 1.0;

  check_against (same_rows, hungarian_best (same_rows));
  check_against (all_equal, n);
  check_against (product, hungarian_best (product));
  check_against (one_good_column, hungarian_best (one_good_column));
}

static void
test_empty (void)
{
  static const guint shapes[][2] = { { 0, 0 }, { 0, 5 }, { 5, 0 } };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (shapes[s][0], shapes[s][1]);
      g_autoptr(GError) error = NULL;
      int col_of_row[5] = { 7, 7, 7, 7, 7 };
      double total = NAN;

      g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (total, ==, 0.0);
      for (guint i = 0; i < shapes[s][0]; i++)
        g_assert_cmpint (col_of_row[i], ==, -1);
    }
}

static void
test_one_by_one (void)
{
  static const struct
  {
    double   value;
    gboolean forbidden;
    int      expected_col;
  } cases[] = {
    { 2.5, FALSE, 0 },
    { 0.0, FALSE, -1 },
    { -1.0, FALSE, -1 },
    { 2.5, TRUE, -1 },
    { -INFINITY, FALSE, -1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (1, 1);
      int col = 7;
      double total = NAN;

      ta_assignment_problem_set (problem, 0, 0, cases[c].value);
      if (cases[c].forbidden)
        ta_assignment_problem_forbid (problem, 0, 0);

      g_assert_true (ta_assignment_problem_solve (problem, NULL, &col, &total, NULL));
      g_assert_cmpint (col, ==, cases[c].expected_col);
      g_assert_cmpfloat (total, ==, cases[c].expected_col == 0 ? cases[c].value : 0.0);
    }
}

/* Every pair forbidden, or every value negative: nothing is matched, on
 * every path (square, wide, tall), even though a complete assignment of
 * the clamped matrix always exists inside the solver. */
static void
test_all_forbidden (void)
{
  static const guint shapes[][2] = { { 6, 6 }, { 3, 9 }, { 9, 3 } };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (guint negative = 0; negative < 2; negative++)
      {
        guint n_rows = shapes[s][0], n_cols = shapes[s][1];
        g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (n_rows, n_cols);
        int col_of_row[9];
        double total = NAN;

        for (guint i = 0; i < n_rows; i++)
          for (guint j = 0; j < n_cols; j++)
            {
              if (negative)
                ta_assignment_problem_set (problem, i, j, -1.0 - i - j);
              else
                ta_assignment_problem_forbid (problem, i, j);
            }

        g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, NULL));
        g_assert_cmpfloat (total, ==, 0.0);
        for (guint i = 0; i < n_rows; i++)
          g_assert_cmpint (col_of_row[i], ==, -1);
      }

  /* One row with only forbidden pairs among good ones stays alone. */
  {
    g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (3, 3);
    int col_of_row[3];
    double total;

    for (guint i = 0; i < 3; i++)
      for (guint j = 0; j < 3; j++)
        ta_assignment_problem_set (problem, i, j, 1.0 + i + j);
    for (guint j = 0; j < 3; j++)
      ta_assignment_problem_forbid (problem, 1, j);

    g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, NULL));
    g_assert_cmpint (col_of_row[1], ==, -1);
    g_assert_cmpint (col_of_row[0], !=, -1);
    g_assert_cmpint (col_of_row[2], !=, -1);
    g_assert_cmpfloat_with_epsilon (total, 3.0 + 4.0, 1e-12);
  }
}

/* A column of capacity 3 takes three rows; a column of capacity 0 none;
 * a capacity above the number of rows is the number of rows. */
static void
test_capacities (void)
{
  g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (5, 3);
  int col_of_row[5];
  guint count[3] = { 0 };
  double total;

  for (guint i = 0; i < 5; i++)
    {
      ta_assignment_problem_set (problem, i, 0, 10.0);
      ta_assignment_problem_set (problem, i, 1, 1.0);
      ta_assignment_problem_set (problem, i, 2, 100.0);
    }
  ta_assignment_problem_set_capacity (problem, 0, 3);
  ta_assignment_problem_set_capacity (problem, 1, 1000);
  ta_assignment_problem_set_capacity (problem, 2, 0);
  g_assert_cmpuint (ta_assignment_problem_get_capacity (problem, 0), ==, 3);
  g_assert_cmpuint (ta_assignment_problem_get_capacity (problem, 2), ==, 0);

  g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, NULL));
  g_assert_cmpfloat_with_epsilon (total, 3 * 10.0 + 2 * 1.0, 1e-12);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpint (col_of_row[i], >=, 0);
      count[col_of_row[i]]++;
    }
  g_assert_cmpuint (count[0], ==, 3);
  g_assert_cmpuint (count[1], ==, 2);
  g_assert_cmpuint (count[2], ==, 0);
}

/* The same input gives the same matching, also from a problem built
 * again, also with ties everywhere. */
static void
test_deterministic (void)
{
  for (guint kind = 0; kind < N_VALUE_KINDS; kind++)
    {
      g_autoptr(Instance) inst = instance_random (424242 + kind, 60, 45, kind, 20, 2);
      g_autofree int *first = g_new (int, inst->n_rows);
      g_autofree int *second = g_new (int, inst->n_rows);
      g_autofree int *third = g_new (int, inst->n_rows);
      g_autoptr(TaAssignmentProblem) problem = instance_to_problem (inst);
      double total_first = solve_and_check (inst, first);
      double total_second = solve_and_check (inst, second);
      double total_third = NAN;

      g_assert_true (ta_assignment_problem_solve (problem, NULL, third, &total_third, NULL));
      g_assert_true (ta_assignment_problem_solve (problem, NULL, third, &total_third, NULL));

      g_assert_cmpmem (first, inst->n_rows * sizeof (int), second, inst->n_rows * sizeof (int));
      g_assert_cmpmem (first, inst->n_rows * sizeof (int), third, inst->n_rows * sizeof (int));
      g_assert_cmpfloat (total_first, ==, total_second);
      g_assert_cmpfloat (total_first, ==, total_third);
    }
}

static void
test_cancelled (void)
{
  g_autoptr(Instance) inst = instance_random (5, 30, 30, VALUES_REAL, 0, 1);
  g_autoptr(TaAssignmentProblem) problem = instance_to_problem (inst);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  int col_of_row[30];
  double total;

  g_cancellable_cancel (cancellable);
  g_assert_false (ta_assignment_problem_solve (problem, cancellable, col_of_row, &total, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Programming errors are reported, not acted on. */
static void
test_misuse (void)
{
  g_autoptr(TaAssignmentProblem) problem = ta_assignment_problem_new (2, 2);
  double total;
  int col_of_row[2];

  g_test_expect_message ("turnabout-assignment", G_LOG_LEVEL_CRITICAL, "*row < self->n_rows*");
  ta_assignment_problem_set (problem, 2, 0, 1.0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("turnabout-assignment", G_LOG_LEVEL_CRITICAL, "*isnan*");
  ta_assignment_problem_set (problem, 0, 0, NAN);
  g_test_assert_expected_messages ();

  g_test_expect_message ("turnabout-assignment", G_LOG_LEVEL_CRITICAL, "*isnan*");
  ta_assignment_problem_set (problem, 0, 0, INFINITY);
  g_test_assert_expected_messages ();

  g_test_expect_message ("turnabout-assignment", G_LOG_LEVEL_CRITICAL, "*col < self->n_cols*");
  ta_assignment_problem_set_capacity (problem, 5, 1);
  g_test_assert_expected_messages ();

  g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, NULL));
  g_assert_cmpfloat (total, ==, 0.0);
}

/* Text format */

static TaAssignmentProblem *
parse (const char  *text,
       GError     **error)
{
  return ta_assignment_problem_parse (text, strlen (text), "m.txt", error);
}

static void
assert_solution (TaAssignmentProblem *problem,
                 double               expected_total,
                 const int           *expected)
{
  guint n = ta_assignment_problem_get_n_rows (problem);
  g_autofree int *col_of_row = g_new (int, MAX (n, 1));
  double total = NAN;

  g_assert_true (ta_assignment_problem_solve (problem, NULL, col_of_row, &total, NULL));
  g_assert_cmpfloat_with_epsilon (total, expected_total, 1e-12);
  g_assert_cmpmem (col_of_row, n * sizeof (int), expected, n * sizeof (int));
}

static void
test_parse_valid (void)
{
  static const int expected_3x3[] = { 0, 2, 1 };
  static const int expected_2x3[] = { 2, -1 };
  static const int expected_none[] = { -1, -1, -1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TaAssignmentProblem) square = NULL;
  g_autoptr(TaAssignmentProblem) crlf = NULL;
  g_autoptr(TaAssignmentProblem) forms = NULL;
  g_autoptr(TaAssignmentProblem) no_cols = NULL;
  g_autoptr(TaAssignmentProblem) empty = NULL;

  square = parse ("3 3\n1 2 3\n2 4 6\n3 6 x\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ta_assignment_problem_get_n_rows (square), ==, 3);
  g_assert_cmpuint (ta_assignment_problem_get_n_cols (square), ==, 3);
  assert_solution (square, 13.0, expected_3x3);

  /* CRLF, tabs, blank lines, no line break at the end. */
  crlf = parse ("\r\n3 3\r\n\r\n1\t2  3\r\n2 4 6\r\n   \n3 6 X", &error);
  g_assert_no_error (error);
  assert_solution (crlf, 13.0, expected_3x3);

  /* Signs, points, exponents; negatives and zeros are never taken. */
  forms = parse ("2 3\n-1.5 +.5 2e0\n0 -0 -7E-3\n", &error);
  g_assert_no_error (error);
  assert_solution (forms, 2.0, expected_2x3);

  /* No columns: the first line is the whole matrix. */
  no_cols = parse ("3 0\n", &error);
  g_assert_no_error (error);
  assert_solution (no_cols, 0.0, expected_none);

  empty = parse ("0 0", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ta_assignment_problem_get_n_rows (empty), ==, 0);
}

/* The limit itself is a value: the largest matrix of it has a finite,
 * exact total. */
static void
test_parse_limit (void)
{
  g_autoptr(TaAssignmentProblem) problem = NULL;
  g_autoptr(GError) error = NULL;
  static const int expected[] = { 0, 1 };

  problem = parse ("2 2\n1e15 -1e15\n1e15 1000000000000000\n", &error);
  g_assert_no_error (error);
  assert_solution (problem, 2e15, expected);
}

/* Fed in pieces of every size, the text gives the same problem. */
static void
test_parse_pieces (void)
{
  const char *text = "4 5\n0.25 1 x 3e-1 7\n-2 x x 1 1\n\n9 8 7 6 5\n1e2 0 0 0 x\n";
  static const int expected[] = { 4, 3, 1, 0 };
  gsize length = strlen (text);

  for (gsize piece = 1; piece <= length; piece++)
    {
      g_autoptr(TaAssignmentParser) parser = ta_assignment_parser_new ("m.txt");
      g_autoptr(TaAssignmentProblem) problem = NULL;
      g_autoptr(GError) error = NULL;

      for (gsize offset = 0; offset < length; offset += piece)
        {
          g_assert_true (ta_assignment_parser_feed (parser, text + offset,
                                                    MIN (piece, length - offset), &error));
          g_assert_no_error (error);
        }
      problem = ta_assignment_parser_finish (parser, &error);
      g_assert_no_error (error);
      assert_solution (problem, 7.0 + 1.0 + 8.0 + 100.0, expected);
    }
}

static void
test_parse_errors (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *message;  /* a pattern */
  } cases[] = {
    { "", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The file is empty*" },
    { "\n  \n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The file is empty*" },
    { "3\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The first line should be*“3”" },
    { "2 2 2\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The first line should be*" },
    { "-1 2\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The first line should be*" },
    { "2 b\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:1: The first line should be*" },
    { "20001 3\n", TA_ASSIGNMENT_ERROR_TOO_LARGE, "m.txt:1: 20001 × 3 is too large*" },
    { "3 99999999999999\n", TA_ASSIGNMENT_ERROR_TOO_LARGE, "m.txt:1: 3 × 99999999999999 is too large*" },
    { "10000 10000\n", TA_ASSIGNMENT_ERROR_TOO_LARGE, "m.txt:1: 10000 × 10000 is too large*" },
    { "2 2\n1 2\n3\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:3: This row has 1 value, but the first line says 2" },
    { "2 2\n1 2 3\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: This row has 3 values, but the first line says 2" },
    { "2 2\n1 2\n\n3 abc\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:4: Value 2, “abc”, is not a number*" },
    { "1 2\nnan 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “nan”, is not a number*" },
    { "1 2\n1 inf\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 2, “inf”, is not a number*" },
    { "1 2\n1 -Infinity\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 2, “-Infinity”, is not a number*" },
    { "1 2\n0x10 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “0x10”, is not a number*" },
    { "1 2\n1,5 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “1,5”, is not a number*" },
    { "1 2\n1e 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “1e”, is not a number*" },
    { "1 2\n. 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “.”, is not a number*" },
    { "1 2\nxx 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “xx”, is not a number*" },
    { "1 2\n1 1e999\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 2, “1e999”, is too large" },
    /* Finite, but two of them would make an infinite total. */
    { "1 2\n1 1e308\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 2, “1e308”, is too large (at most 1e15)" },
    { "2 1\n1\n1000000000000001\n", TA_ASSIGNMENT_ERROR_PARSE,
      "m.txt:3: Value 1, “1000000000000001”, is too large (at most 1e15)" },
    { "1 2\n-1.5e15 1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “-1.5e15”, is too small (at least -1e15)" },
    { "1 2\n1 2\n3 4\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:3: There are more rows than the 1 of the first line" },
    { "3 2\n1 2\n3 4\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:4: The file ends after 2 rows, but the first line says 3" },
    { "3 2\n1 2\n3 4", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:4: The file ends after 2 rows, but the first line says 3" },
    { "2 0\n1\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: There should be no values*" },
    { "1 1\n\xff\n", TA_ASSIGNMENT_ERROR_PARSE, "m.txt:2: Value 1, “\xef\xbf\xbd”, is not a number*" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(TaAssignmentProblem) problem = NULL;
      g_autoptr(GError) error = NULL;

      problem = parse (cases[c].text, &error);
      g_assert_null (problem);
      g_assert_error (error, TA_ASSIGNMENT_ERROR, cases[c].code);
      if (!g_pattern_match_simple (cases[c].message, error->message))
        g_error ("case %u: “%s” does not match “%s”", c, error->message, cases[c].message);
    }

  /* Without a file name, the line alone. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (ta_assignment_problem_parse ("1 1\nq\n", 6, NULL, &error));
    g_assert_error (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_PARSE);
    g_assert_true (g_str_has_prefix (error->message, "line 2: "));
  }

  /* A line that never ends is refused before it fills the memory. */
  {
    g_autoptr(TaAssignmentParser) parser = ta_assignment_parser_new ("m.txt");
    g_autoptr(GError) error = NULL;
    char block[1024];
    gboolean ok = TRUE;

    memset (block, '1', sizeof block);
    for (guint k = 0; k < 4 && ok; k++)
      ok = ta_assignment_parser_feed (parser, block, sizeof block, &error);
    g_assert_false (ok);
    g_assert_error (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_PARSE);
    g_assert_true (g_str_has_prefix (error->message, "m.txt:1: "));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assignment/random/square-and-rectangular", test_random_square_and_rectangular);
  g_test_add_func ("/assignment/random/wide", test_random_wide);
  g_test_add_func ("/assignment/random/tall", test_random_tall);
  g_test_add_func ("/assignment/random/square-8", test_random_square_8);
  g_test_add_func ("/assignment/random/capacities", test_random_capacities);
  g_test_add_func ("/assignment/random/large", test_random_large);
  g_test_add_func ("/assignment/degenerate", test_degenerate);
  g_test_add_func ("/assignment/empty", test_empty);
  g_test_add_func ("/assignment/one-by-one", test_one_by_one);
  g_test_add_func ("/assignment/all-forbidden", test_all_forbidden);
  g_test_add_func ("/assignment/capacities", test_capacities);
  g_test_add_func ("/assignment/deterministic", test_deterministic);
  g_test_add_func ("/assignment/cancelled", test_cancelled);
  g_test_add_func ("/assignment/misuse", test_misuse);
  g_test_add_func ("/assignment/parse/valid", test_parse_valid);
  g_test_add_func ("/assignment/parse/pieces", test_parse_pieces);
  g_test_add_func ("/assignment/parse/limit", test_parse_limit);
  g_test_add_func ("/assignment/parse/errors", test_parse_errors);

  return g_test_run ();
}
