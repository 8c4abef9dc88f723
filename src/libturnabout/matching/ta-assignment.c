/* ta-assignment.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-assignment"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-assignment-private.h"

G_DEFINE_QUARK (ta-assignment-error-quark, ta_assignment_error)

/*
 * How the solver works
 *
 * Values are kept as costs, cost = −max (value, 0), so that the solver
 * minimises.  Forbidden pairs, negative values and zeros all become cost
 * 0: a pair of value 0 or less never adds anything to the total, so every
 * row may as well be matched in a complete assignment of the clamped
 * matrix, and the pairs of cost 0 are dropped from the answer afterwards.
 * This turns “each row and column at most once, some pairs forbidden” into
 * a plain dense assignment problem without any large-but-finite penalty
 * that could swamp the real values, and a forbidden pair can never come
 * out, not even when every pair of a row is forbidden.
 *
 * Rows and columns without a single positive value are left out before
 * solving; capacities are slots (a column of capacity k is k identical
 * columns, k clamped to the number of rows); the smaller side becomes the
 * rows.  Then Jonker–Volgenant: column reduction with reduction transfer
 * (square problems only), augmenting row reduction, and a shortest
 * augmenting path (Dijkstra over an array) for each row still free.
 *
 * Rectangular problems (fewer rows than columns) need the column prices of
 * the columns left over to stay at 0, which column reduction would break.
 * They start from prices 0 instead: augmenting row reduction and the
 * shortest paths only ever lower the price of a column that is, and stays,
 * assigned, which is exactly the optimality condition of the rectangular
 * problem.
 */

/* Work (cost entries looked at) between two looks at the cancellable:
 * a few milliseconds. */
#define CANCEL_CHECK_WORK (4u << 20)

/* Augmenting row reduction can turn into a long price war, each retry
 * moving a price by a little; past this many immediate retries per row on
 * average it leaves the rest to the shortest paths, which are exact
 * anyway.  Measured on uniform random 2000 × 2000 and 4000 × 4000: 4 to
 * 16 are best, without a limit the solve is 3 to 4 times slower. */
#define ARR_RETRIES_PER_ROW 8

/* Solver */

typedef struct
{
  /* The problem as the solver sees it, n_rows <= n_cols: the costs of row
   * r start at data + row_src[r] × stride, and column c is at offset
   * col_src[c], or c when col_src is NULL (the common case, kept apart so
   * that the inner loops read the matrix row straight through). */
  guint          n_rows;
  guint          n_cols;
  const double  *data;
  gsize          stride;
  const guint   *row_src;
  const guint   *col_src;

  /* The solution and the column prices (dual variables); a row's own
   * dual is implicit: cost − price of its column, which is the smallest
   * cost − price of the row. */
  double        *v;
  int           *x;      /* column of each row, or -1 */
  int           *y;      /* row of each column, or -1 */

  /* Scratch, n_cols each */
  double        *d;      /* shortest path lengths */
  int           *pred;   /* row before each column on its shortest path */
  guint         *order;  /* columns: still to settle first, settled at the end */

  GCancellable  *cancellable;
  guint64        work;
} Lap;

#define COST(row, col_src, j) ((col_src) != NULL ? (row)[(col_src)[j]] : (row)[j])

static inline const double *
lap_row (const Lap *lap,
         guint      r)
{
  return lap->data + (gsize) lap->row_src[r] * lap->stride;
}

static gboolean
lap_cancelled (Lap   *lap,
               guint  work)
{
  lap->work += work;
  if (lap->work < CANCEL_CHECK_WORK)
    return FALSE;

  lap->work = 0;
  return g_cancellable_is_cancelled (lap->cancellable);
}

/* The hot loops take col_src as a parameter and are always inlined, so
 * that each call with a literal NULL compiles to a plain array loop. */

G_ALWAYS_INLINE static inline void
fold_column_minima (const double *row,
                    const guint  *col_src,
                    guint         n_cols,
                    int           i,
                    double       *col_min,
                    int          *col_argmin)
{
  for (guint j = 0; j < n_cols; j++)
    {
      double c = COST (row, col_src, j);

      if (c < col_min[j])
        {
          col_min[j] = c;
          col_argmin[j] = i;
        }
    }
}

G_ALWAYS_INLINE static inline double
min_reduced_except (const double *row,
                    const guint  *col_src,
                    const double *v,
                    guint         n_cols,
                    guint         except)
{
  double lowest = INFINITY;

  for (guint j = 0; j < except; j++)
    lowest = MIN (lowest, COST (row, col_src, j) - v[j]);
  for (guint j = except + 1; j < n_cols; j++)
    lowest = MIN (lowest, COST (row, col_src, j) - v[j]);

  return lowest;
}

/* The smallest and second smallest reduced cost of a row; the first
 * column wins a tie for the smallest. */
G_ALWAYS_INLINE static inline void
two_smallest (const double *row,
              const guint  *col_src,
              const double *v,
              guint         n_cols,
              double       *out_u1,
              guint        *out_j1,
              double       *out_u2,
              guint        *out_j2)
{
  double u1 = COST (row, col_src, 0) - v[0];
  double u2 = INFINITY;
  guint j1 = 0;
  guint j2 = 0;

  for (guint j = 1; j < n_cols; j++)
    {
      double h = COST (row, col_src, j) - v[j];

      if (h < u2)
        {
          if (h >= u1)
            {
              u2 = h;
              j2 = j;
            }
          else
            {
              u2 = u1;
              j2 = j1;
              u1 = h;
              j1 = j;
            }
        }
    }

  *out_u1 = u1;
  *out_j1 = j1;
  *out_u2 = u2;
  *out_j2 = j2;
}

/* Relaxes the edges of row i (reached at distance shift below its cost
 * minus price) to the columns order[0 .. n_todo), and returns the
 * position in order of the nearest of them; between equals, a free
 * column, which ends the search at once.
 *
 * Going through the list of unsettled columns was measured against a
 * straight pass over all the columns with the settled ones masked out:
 * as fast on uniform random matrices (the time goes into reading the
 * matrix rows either way), much faster on hard ones where most columns
 * settle (1.3 s against 2.2 s on a 1500 × 1500 matrix of rank one). */
G_ALWAYS_INLINE static inline guint
relax_row (const double *row,
           const guint  *col_src,
           const double *v,
           const int    *y,
           const guint  *order,
           guint         n_todo,
           int           i,
           double        shift,
           double       *d,
           int          *pred)
{
  double lowest = INFINITY;
  guint best = 0;

  for (guint k = 0; k < n_todo; k++)
    {
      guint j = order[k];
      double h = COST (row, col_src, j) - v[j] - shift;
      double dj = d[j];

      if (h < dj)
        {
          dj = h;
          d[j] = h;
          pred[j] = i;
        }
      if (dj <= lowest)
        {
          if (dj < lowest || y[j] < 0)
            {
              lowest = dj;
              best = k;
            }
        }
    }

  return best;
}

G_ALWAYS_INLINE static inline guint
start_row (const double *row,
           const guint  *col_src,
           const double *v,
           const int    *y,
           guint         n_cols,
           int           f,
           guint        *order,
           double       *d,
           int          *pred)
{
  double lowest = INFINITY;
  guint best = 0;

  for (guint j = 0; j < n_cols; j++)
    {
      double h = COST (row, col_src, j) - v[j];

      order[j] = j;
      d[j] = h;
      pred[j] = f;
      if (h <= lowest)
        {
          if (h < lowest || y[j] < 0)
            {
              lowest = h;
              best = j;
            }
        }
    }

  return best;
}

/*
 * Column reduction: each column's price is its smallest cost, and it goes
 * to the row that has it if that row has no column yet.  Then reduction
 * transfer: a row that got exactly one column hands its slack (its second
 * best reduced cost) to that column's price, which makes the column less
 * attractive to the other rows and saves work later.  Square problems
 * only.  Returns the number of rows left free, listed in free_rows.
 */
static guint
lap_column_reduction (Lap   *lap,
                      guint *free_rows)
{
  guint n = lap->n_rows;
  double *v = lap->v;
  int *argmin = lap->pred;
  guint *matches = lap->order;
  guint n_free = 0;

  for (guint j = 0; j < n; j++)
    {
      v[j] = INFINITY;
      argmin[j] = 0;
    }

  /* Row by row, not column by column: the matrix is read in the order it
   * lies in memory. */
  for (guint i = 0; i < n; i++)
    {
      if (lap->col_src == NULL)
        fold_column_minima (lap_row (lap, i), NULL, n, (int) i, v, argmin);
      else
        fold_column_minima (lap_row (lap, i), lap->col_src, n, (int) i, v, argmin);
    }

  memset (matches, 0, n * sizeof (guint));
  for (guint j = n; j-- > 0;)
    {
      int i = argmin[j];

      if (++matches[i] == 1)
        {
          lap->x[i] = (int) j;
          lap->y[j] = i;
        }
      else if (v[j] < v[lap->x[i]])
        {
          /* The row keeps the column where it is cheapest against others. */
          lap->y[lap->x[i]] = -1;
          lap->x[i] = (int) j;
          lap->y[j] = i;
        }
      else
        {
          lap->y[j] = -1;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      if (matches[i] == 0)
        {
          free_rows[n_free++] = i;
        }
      else if (matches[i] == 1)
        {
          guint j1 = (guint) lap->x[i];
          double slack;

          if (lap->col_src == NULL)
            slack = min_reduced_except (lap_row (lap, i), NULL, v, n, j1);
          else
            slack = min_reduced_except (lap_row (lap, i), lap->col_src, v, n, j1);
          v[j1] -= slack;
        }
    }

  return n_free;
}

/*
 * Augmenting row reduction (an auction step): a free row takes the column
 * where its reduced cost is smallest and lowers that column's price by
 * the gap to its second best, so that the row it displaces is pushed
 * elsewhere.  Keeps every assigned row on a cheapest column of its own,
 * and only lowers the price of columns that it assigns.  Returns the
 * number of rows still free; FALSE in *out_ok if cancelled.
 */
static guint
lap_augmenting_row_reduction (Lap      *lap,
                              guint    *free_rows,
                              guint     n_free,
                              guint64  *retries,
                              gboolean *out_ok)
{
  guint n_cols = lap->n_cols;
  double *v = lap->v;
  guint previous = n_free;
  guint k = 0;

  n_free = 0;
  *out_ok = TRUE;

  while (k < previous)
    {
      guint i = free_rows[k++];
      double u1, u2;
      guint j1, j2;
      int i0;

      if (lap->col_src == NULL)
        two_smallest (lap_row (lap, i), NULL, v, n_cols, &u1, &j1, &u2, &j2);
      else
        two_smallest (lap_row (lap, i), lap->col_src, v, n_cols, &u1, &j1, &u2, &j2);

      i0 = lap->y[j1];
      if (u1 < u2)
        v[j1] -= u2 - u1;
      else if (i0 >= 0)
        {
          /* A tie: take the other cheapest column, which may be free,
           * rather than start a war over this one. */
          j1 = j2;
          i0 = lap->y[j1];
        }

      if (i0 >= 0)
        lap->x[i0] = -1;
      lap->x[i] = (int) j1;
      lap->y[j1] = (int) i;

      if (i0 >= 0)
        {
          /* The displaced row tries again at once if the price moved (it
           * will likely find another column), else in the next pass. */
          if (u1 < u2 && *retries > 0)
            {
              (*retries)--;
              free_rows[--k] = (guint) i0;
            }
          else
            {
              free_rows[n_free++] = (guint) i0;
            }
        }

      if (lap_cancelled (lap, n_cols))
        {
          *out_ok = FALSE;
          return 0;
        }
    }

  return n_free;
}

/*
 * Shortest augmenting path from the free row f: Dijkstra over the
 * columns with reduced costs, an array instead of a heap (the graph is
 * dense), stopping at the first free column settled.  Then the settled
 * columns' prices move by how much nearer they were than that column,
 * which keeps all reduced costs non-negative, and the path is flipped.
 */
static gboolean
lap_augment (Lap *lap,
             int  f)
{
  guint n_cols = lap->n_cols;
  const guint *col_src = lap->col_src;
  double *v = lap->v;
  double *d = lap->d;
  int *pred = lap->pred;
  int *x = lap->x;
  int *y = lap->y;
  guint *order = lap->order;
  guint n_todo = n_cols;
  guint best;
  guint sink;
  guint work = n_cols;

  if (col_src == NULL)
    best = start_row (lap_row (lap, f), NULL, v, y, n_cols, f, order, d, pred);
  else
    best = start_row (lap_row (lap, f), col_src, v, y, n_cols, f, order, d, pred);

  for (;;)
    {
      guint j = order[best];
      const double *row;
      double shift;
      int i;

      /* Settle j: it moves to the settled part at the end of order. */
      order[best] = order[--n_todo];
      order[n_todo] = j;

      if (y[j] < 0)
        {
          sink = j;
          break;
        }

      i = y[j];
      row = lap_row (lap, (guint) i);
      shift = COST (row, col_src, j) - v[j] - d[j];
      if (col_src == NULL)
        best = relax_row (row, NULL, v, y, order, n_todo, i, shift, d, pred);
      else
        best = relax_row (row, col_src, v, y, order, n_todo, i, shift, d, pred);
      work += n_todo;
    }

  for (guint k = n_todo + 1; k < n_cols; k++)
    {
      guint j = order[k];

      v[j] += d[j] - d[sink];
    }

  for (guint j = sink;;)
    {
      int i = pred[j];
      int next = x[i];

      y[j] = i;
      x[i] = (int) j;
      if (i == f)
        break;
      j = (guint) next;
    }

  return !lap_cancelled (lap, work);
}

static gboolean
lap_solve (Lap *lap)
{
  guint n_rows = lap->n_rows;
  guint n_cols = lap->n_cols;
  g_autofree guint *free_rows = NULL;
  guint64 retries = (guint64) n_rows * ARR_RETRIES_PER_ROW;
  guint n_free = 0;
  gboolean ok = TRUE;

  g_assert (n_rows <= n_cols);

  for (guint i = 0; i < n_rows; i++)
    lap->x[i] = -1;
  for (guint j = 0; j < n_cols; j++)
    {
      lap->y[j] = -1;
      lap->v[j] = 0.0;
    }

  if (n_rows == 0)
    return TRUE;

  /* One row (possibly one column): its cheapest column, first on a tie.
   * The general path needs two columns for a second best. */
  if (n_rows == 1)
    {
      const double *row = lap_row (lap, 0);
      guint best = 0;

      for (guint j = 1; j < n_cols; j++)
        {
          if (COST (row, lap->col_src, j) < COST (row, lap->col_src, best))
            best = j;
        }
      lap->x[0] = (int) best;
      lap->y[best] = 0;
      return TRUE;
    }

  free_rows = g_new (guint, n_rows);
  if (n_rows == n_cols)
    {
      n_free = lap_column_reduction (lap, free_rows);
    }
  else
    {
      for (guint i = 0; i < n_rows; i++)
        free_rows[i] = i;
      n_free = n_rows;
    }

  /* Two passes, as Jonker and Volgenant found best; rows displaced by a
   * tie in the first get their turn in the second. */
  for (guint pass = 0; pass < 2 && n_free > 0 && ok; pass++)
    n_free = lap_augmenting_row_reduction (lap, free_rows, n_free, &retries, &ok);
  if (!ok)
    return FALSE;

  for (guint k = 0; k < n_free; k++)
    {
      if (!lap_augment (lap, (int) free_rows[k]))
        return FALSE;
    }

  return TRUE;
}

/* Copies the active part of the matrix, transposed, in tiles that fit in
 * the cache on both sides. */
static double *
transpose_active (const TaAssignmentProblem *self,
                  const guint               *active_rows,
                  guint                      n_active_rows,
                  const guint               *active_cols,
                  guint                      n_active_cols)
{
  const guint tile = 64;
  double *t = g_try_new (double, (gsize) n_active_rows * n_active_cols);

  if (t == NULL)
    return NULL;

  for (guint i0 = 0; i0 < n_active_rows; i0 += tile)
    for (guint j0 = 0; j0 < n_active_cols; j0 += tile)
      for (guint i = i0; i < MIN (i0 + tile, n_active_rows); i++)
        {
          const double *row = self->cost + (gsize) active_rows[i] * self->n_cols;

          for (guint j = j0; j < MIN (j0 + tile, n_active_cols); j++)
            t[(gsize) j * n_active_rows + i] = row[active_cols[j]];
        }

  return t;
}

/**
 * ta_assignment_problem_solve:
 * @self: a problem
 * @cancellable: (nullable): to stop the solver from another thread
 * @out_col_of_row: (out caller-allocates) (array) (optional): for each
 *   of the n_rows rows, the column it is matched with, or -1
 * @out_total: (out) (optional): the sum of the values of the matched pairs
 * @error: a #GError
 *
 * Finds a matching of maximum total value, exactly: each row is matched
 * with at most one column, column j with at most its capacity of rows.
 *
 * A pair whose value is 0 or less, or forbidden, is never in the result:
 * it would not add to the total.  So a row or column whose pairs are all
 * forbidden or negative stays unmatched, and when several matchings reach
 * the maximum only with or without such pairs, the one without is
 * returned.  The total is the sum, in row order, of the values of the
 * pairs returned; it is exact up to floating-point rounding (the solver
 * compares without tolerance; rounding can cost at most a few units in
 * the last place of the total).
 *
 * Deterministic: the same values, forbidden pairs and capacities give the
 * same matching every time (no randomness, no threads, nothing that
 * depends on addresses or timing).  When several
 * matchings reach the same total, the one returned follows from the
 * fixed order in which the solver works (rows and columns are visited by
 * index, and the first of equal candidates is kept); it is not, say, the
 * lexicographically first.  A caller that prefers some pairs among equals
 * should say so in the values, for example with a small bonus.
 *
 * With capacities, @out_col_of_row tells the column; the rows sharing a
 * column are the ones with the same column, never more than its capacity.
 *
 * Takes O(n³) time in the worst case (n the larger side of the part of the
 * matrix that has positive values, counting a column once per unit of
 * capacity); uses no memory beyond a few arrays of that size, plus a copy
 * of the matrix when there are more rows than column slots.  It only reads
 * @self, so several threads may solve the same problem at once.
 *
 * Returns: %TRUE, or %FALSE with %G_IO_ERROR_CANCELLED, or
 *   %TA_ASSIGNMENT_ERROR_TOO_LARGE if memory ran out
 */
gboolean
ta_assignment_problem_solve (const TaAssignmentProblem  *self,
                             GCancellable               *cancellable,
                             int                        *out_col_of_row,
                             double                     *out_total,
                             GError                    **error)
{
  g_autofree int *col_of_row = NULL;
  g_autofree guint *col_count = NULL;  /* positive values, then slots */
  g_autofree gboolean *col_takes = NULL;
  g_autofree guint *active_rows = NULL;
  g_autofree guint *active_cols = NULL;
  g_autofree guint *slot_src = NULL;
  g_autofree double *transposed = NULL;
  g_autofree double *scratch = NULL;
  g_autofree int *int_scratch = NULL;
  g_autofree guint *order = NULL;
  guint n_rows, n_cols;
  guint n_active_rows = 0;
  guint n_active_cols = 0;
  guint n_pending;
  guint64 n_slots = 0;
  double total = 0.0;
  Lap lap = { 0 };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_rows = self->n_rows;
  n_cols = self->n_cols;

  col_of_row = g_new (int, MAX (n_rows, 1));
  for (guint i = 0; i < n_rows; i++)
    col_of_row[i] = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* Which rows and columns have a positive value (in a column that takes
   * any row at all): the others can never be matched usefully.  Without
   * capacities, once every column is known to be active a row only needs
   * its first positive value, so a dense matrix costs little more than
   * one pass over one row.  With capacities, the positive values of each
   * column are counted: a column never needs more slots than that. */
  col_count = g_new0 (guint, MAX (n_cols, 1));
  col_takes = g_new (gboolean, MAX (n_cols, 1));
  active_rows = g_new (guint, MAX (n_rows, 1));
  active_cols = g_new (guint, MAX (n_cols, 1));

  n_pending = 0;
  for (guint j = 0; j < n_cols; j++)
    {
      col_takes[j] = self->capacity == NULL || self->capacity[j] > 0;
      n_pending += col_takes[j];
    }

  for (guint i = 0; i < n_rows; i++)
    {
      const double *row = self->cost + (gsize) i * n_cols;
      gboolean any = FALSE;

      if (n_pending > 0 || self->capacity != NULL)
        {
          for (guint j = 0; j < n_cols; j++)
            {
              if (row[j] < 0 && col_takes[j])
                {
                  any = TRUE;
                  if (col_count[j]++ == 0)
                    n_pending--;
                }
            }
        }
      else
        {
          for (guint j = 0; j < n_cols && !any; j++)
            any = row[j] < 0 && col_takes[j];
        }

      if (any)
        active_rows[n_active_rows++] = i;
    }

  for (guint j = 0; j < n_cols; j++)
    {
      if (col_count[j] > 0)
        {
          /* col_count[j] is exact when there are capacities, and at
           * least 1 (which is then the capacity) when there are none. */
          col_count[j] = MIN (ta_assignment_problem_get_capacity (self, j),
                              MIN (col_count[j], n_active_rows));
          active_cols[n_active_cols++] = j;
          n_slots += col_count[j];
        }
    }

  if (n_slots > 0 && n_active_rows <= n_slots)
    {
      /* Rows are rows; columns are slots. */
      gboolean identity = n_active_cols == n_cols && n_slots == n_cols;

      if (!identity)
        {
          guint s = 0;

          slot_src = g_new (guint, n_slots);
          for (guint c = 0; c < n_active_cols; c++)
            for (guint k = 0; k < col_count[active_cols[c]]; k++)
              slot_src[s++] = active_cols[c];
        }

      lap.n_rows = n_active_rows;
      lap.n_cols = (guint) n_slots;
      lap.data = self->cost;
      lap.stride = n_cols;
      lap.row_src = active_rows;
      lap.col_src = slot_src;
    }
  else if (n_slots > 0)
    {
      /* More rows than slots: slots are the rows of the transposed active
       * part, each slot a row of its column. */
      guint s = 0;

      transposed = transpose_active (self, active_rows, n_active_rows,
                                     active_cols, n_active_cols);
      if (transposed == NULL)
        {
          g_set_error (error, TA_ASSIGNMENT_ERROR, TA_ASSIGNMENT_ERROR_TOO_LARGE,
                       _("There is not enough memory to solve a %1$u × %2$u assignment"),
                       n_rows, n_cols);
          return FALSE;
        }

      slot_src = g_new (guint, n_slots);
      for (guint c = 0; c < n_active_cols; c++)
        for (guint k = 0; k < col_count[active_cols[c]]; k++)
          slot_src[s++] = c;

      lap.n_rows = (guint) n_slots;
      lap.n_cols = n_active_rows;
      lap.data = transposed;
      lap.stride = n_active_rows;
      lap.row_src = slot_src;
      lap.col_src = NULL;
    }

  if (lap.n_rows > 0)
    {
      /* One block per type: v and d; x, y and pred; order. */
      scratch = g_new (double, 2 * (gsize) lap.n_cols);
      int_scratch = g_new (int, (gsize) lap.n_rows + 2 * (gsize) lap.n_cols);
      order = g_new (guint, lap.n_cols);
      lap.v = scratch;
      lap.d = scratch + lap.n_cols;
      lap.x = int_scratch;
      lap.y = int_scratch + lap.n_rows;
      lap.pred = int_scratch + lap.n_rows + lap.n_cols;
      lap.order = order;
      lap.cancellable = cancellable;

      if (!lap_solve (&lap))
        {
          g_cancellable_set_error_if_cancelled (cancellable, error);
          return FALSE;
        }

      for (guint r = 0; r < lap.n_rows; r++)
        {
          guint c = (guint) lap.x[r];
          guint row, col;

          g_assert (lap.x[r] >= 0);
          if (transposed == NULL)
            {
              row = active_rows[r];
              col = slot_src != NULL ? slot_src[c] : c;
            }
          else
            {
              row = active_rows[c];
              col = active_cols[slot_src[r]];
            }

          /* Pairs of value 0 were only there to complete the assignment. */
          if (self->cost[(gsize) row * n_cols + col] < 0)
            col_of_row[row] = (int) col;
        }
    }

  for (guint i = 0; i < n_rows; i++)
    {
      if (col_of_row[i] >= 0)
        total -= self->cost[(gsize) i * n_cols + (guint) col_of_row[i]];
    }

  if (out_col_of_row != NULL)
    memcpy (out_col_of_row, col_of_row, n_rows * sizeof (int));
  if (out_total != NULL)
    *out_total = total;

  return TRUE;
}
