/* ta-assignment-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-assignment.h"

G_BEGIN_DECLS

/* The problem as the solver (ta-assignment.c) and the matrix parser
 * (formats/ta-assignment-parser.c) share it: the parser fills the costs
 * in place, row by row, as the lines come. */
struct _TaAssignmentProblem
{
  guint   n_rows;
  guint   n_cols;
  double *cost;       /* n_rows × n_cols, row-major; −max (value, 0), 0 = never taken */
  guint  *capacity;   /* n_cols, or NULL while every column takes one row */
};

/* A matrix that cannot be allocated is a file that is too large, not a
 * reason to abort: NULL then. */
TaAssignmentProblem *_ta_assignment_problem_try_new (guint n_rows,
                                                     guint n_cols);

G_END_DECLS
