/* ta-assignment-problem.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The assignment problem as its callers fill it: values, forbidden pairs,
 * capacities.  Solving it is ta-assignment.c's. */

#define G_LOG_DOMAIN "turnabout-assignment"

#include "config.h"

#include <math.h>

#include "ta-assignment-private.h"

/**
 * ta_assignment_problem_new:
 * @n_rows: the number of rows, at most %TA_ASSIGNMENT_MAX_DIMENSION
 * @n_cols: the number of columns, at most %TA_ASSIGNMENT_MAX_DIMENSION
 *
 * Every pair starts with the value 0, that is never taken, and every
 * column with capacity 1.  @n_rows × @n_cols may be at most
 * %TA_ASSIGNMENT_MAX_VALUES.
 *
 * Returns: (transfer full): a new problem
 */
TaAssignmentProblem *
ta_assignment_problem_new (guint n_rows,
                           guint n_cols)
{
  TaAssignmentProblem *self;

  g_return_val_if_fail (n_rows <= TA_ASSIGNMENT_MAX_DIMENSION, NULL);
  g_return_val_if_fail (n_cols <= TA_ASSIGNMENT_MAX_DIMENSION, NULL);
  g_return_val_if_fail ((guint64) n_rows * n_cols <= TA_ASSIGNMENT_MAX_VALUES, NULL);

  self = g_new0 (TaAssignmentProblem, 1);
  self->n_rows = n_rows;
  self->n_cols = n_cols;
  /* Never a NULL matrix: row pointers are computed even with no columns. */
  self->cost = g_new0 (double, MAX ((gsize) n_rows * n_cols, 1));

  return self;
}

/* The parser's way in: a matrix that cannot be allocated is a file that
 * is too large, not a reason to abort. */
TaAssignmentProblem *
_ta_assignment_problem_try_new (guint n_rows,
                                guint n_cols)
{
  TaAssignmentProblem *self = g_new0 (TaAssignmentProblem, 1);

  self->n_rows = n_rows;
  self->n_cols = n_cols;
  self->cost = g_try_new0 (double, MAX ((gsize) n_rows * n_cols, 1));
  if (self->cost == NULL)
    {
      g_free (self);
      return NULL;
    }

  return self;
}

/**
 * ta_assignment_problem_free:
 * @self: (nullable): a problem
 */
void
ta_assignment_problem_free (TaAssignmentProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->cost);
  g_free (self->capacity);
  g_free (self);
}

/**
 * ta_assignment_problem_get_n_rows:
 * @self: a problem
 *
 * Returns: the number of rows, the length of the array that
 *   ta_assignment_problem_solve() fills
 */
guint
ta_assignment_problem_get_n_rows (const TaAssignmentProblem *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

/**
 * ta_assignment_problem_get_n_cols:
 * @self: a problem
 *
 * Returns: the number of columns
 */
guint
ta_assignment_problem_get_n_cols (const TaAssignmentProblem *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_cols;
}

/**
 * ta_assignment_problem_set:
 * @self: a problem
 * @row: a row
 * @col: a column
 * @value: the value of matching @row with @col: a finite number, or
 *   `-INFINITY` for a forbidden pair
 *
 * A value of 0 or less makes the pair one the solver never takes, exactly
 * like ta_assignment_problem_forbid(): the problem does not keep the
 * difference.  Setting a value again allows a forbidden pair.
 */
void
ta_assignment_problem_set (TaAssignmentProblem *self,
                           guint                row,
                           guint                col,
                           double               value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->n_rows);
  g_return_if_fail (col < self->n_cols);
  g_return_if_fail (!isnan (value) && value != INFINITY);

  /* −0.0 and 0.0 both compare as “not negative”: never taken. */
  self->cost[(gsize) row * self->n_cols + col] = value > 0 ? -value : 0.0;
}

/**
 * ta_assignment_problem_forbid:
 * @self: a problem
 * @row: a row
 * @col: a column
 *
 * Makes sure that @row is never matched with @col.
 */
void
ta_assignment_problem_forbid (TaAssignmentProblem *self,
                              guint                row,
                              guint                col)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->n_rows);
  g_return_if_fail (col < self->n_cols);

  self->cost[(gsize) row * self->n_cols + col] = 0.0;
}

/**
 * ta_assignment_problem_set_capacity:
 * @self: a problem
 * @col: a column
 * @capacity: how many rows @col may be matched with; 0 takes it out
 *
 * The default is 1.  A capacity above the number of rows is the same as
 * the number of rows.
 */
void
ta_assignment_problem_set_capacity (TaAssignmentProblem *self,
                                    guint                col,
                                    guint                capacity)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (col < self->n_cols);

  if (self->capacity == NULL)
    {
      if (capacity == 1)
        return;

      self->capacity = g_new (guint, self->n_cols);
      for (guint j = 0; j < self->n_cols; j++)
        self->capacity[j] = 1;
    }

  self->capacity[col] = capacity;
}

/**
 * ta_assignment_problem_get_capacity:
 * @self: a problem
 * @col: a column
 *
 * Returns: the capacity of @col, as set (not clamped to the number of rows)
 */
guint
ta_assignment_problem_get_capacity (const TaAssignmentProblem *self,
                                    guint                      col)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (col < self->n_cols, 0);

  return self->capacity != NULL ? self->capacity[col] : 1;
}
