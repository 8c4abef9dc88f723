/* ta-assignment.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TA_ASSIGNMENT_ERROR (ta_assignment_error_quark ())

/**
 * TaAssignmentError:
 * @TA_ASSIGNMENT_ERROR_PARSE: the matrix text is not in the format of
 *   DESIGN.md; the message starts with “NAME:LINE:”
 * @TA_ASSIGNMENT_ERROR_TOO_LARGE: the matrix has more rows, columns or
 *   values than the solver takes, or there is not enough memory for it
 */
typedef enum
{
  TA_ASSIGNMENT_ERROR_PARSE,
  TA_ASSIGNMENT_ERROR_TOO_LARGE,
} TaAssignmentError;

GQuark ta_assignment_error_quark (void);

/* The largest number of rows or of columns of a problem, and of values in
 * all (400 MB as doubles): beyond that a dense exact solver is the wrong
 * tool anyway. */
#define TA_ASSIGNMENT_MAX_DIMENSION 20000
#define TA_ASSIGNMENT_MAX_VALUES    (50 * 1000 * 1000)
/* The largest value a matrix file may hold, either side of 0: whole
 * numbers up to it are exact in a double, and a total of
 * TA_ASSIGNMENT_MAX_DIMENSION of them stays far from overflowing. */
#define TA_ASSIGNMENT_MAX_VALUE     1e15

/*
 * An exact maximum-weight assignment problem: a dense ROWS × COLS matrix of
 * values in which each row is matched to at most one column and each column
 * j to at most capacity(j) rows (1 unless set), maximising the sum of the
 * values of the matched pairs.  See ta_assignment_problem_solve() for the
 * rules on forbidden, negative and zero values and on ties.
 */
typedef struct _TaAssignmentProblem TaAssignmentProblem;

TaAssignmentProblem *ta_assignment_problem_new          (guint                       n_rows,
                                                         guint                       n_cols);
void                 ta_assignment_problem_free         (TaAssignmentProblem        *self);
guint                ta_assignment_problem_get_n_rows   (const TaAssignmentProblem  *self);
guint                ta_assignment_problem_get_n_cols   (const TaAssignmentProblem  *self);
void                 ta_assignment_problem_set          (TaAssignmentProblem        *self,
                                                         guint                       row,
                                                         guint                       col,
                                                         double                      value);
void                 ta_assignment_problem_forbid       (TaAssignmentProblem        *self,
                                                         guint                       row,
                                                         guint                       col);
void                 ta_assignment_problem_set_capacity (TaAssignmentProblem        *self,
                                                         guint                       col,
                                                         guint                       capacity);
guint                ta_assignment_problem_get_capacity (const TaAssignmentProblem  *self,
                                                         guint                       col);
gboolean             ta_assignment_problem_solve        (const TaAssignmentProblem  *self,
                                                         GCancellable               *cancellable,
                                                         int                        *out_col_of_row,
                                                         double                     *out_total,
                                                         GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaAssignmentProblem, ta_assignment_problem_free)

/*
 * Reads the matrix format of DESIGN.md (“ROWS COLS”, then ROWS lines of
 * COLS values, each a decimal number or x) in pieces of any size, so that a
 * large file never has to be held in memory as text.
 */
typedef struct _TaAssignmentParser TaAssignmentParser;

TaAssignmentParser  *ta_assignment_parser_new           (const char                 *display_name);
void                 ta_assignment_parser_free          (TaAssignmentParser         *self);
gboolean             ta_assignment_parser_feed          (TaAssignmentParser         *self,
                                                         const char                 *data,
                                                         gsize                       length,
                                                         GError                    **error);
TaAssignmentProblem *ta_assignment_parser_finish        (TaAssignmentParser         *self,
                                                         GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaAssignmentParser, ta_assignment_parser_free)

TaAssignmentProblem *ta_assignment_problem_parse        (const char                 *text,
                                                         gsize                       length,
                                                         const char                 *display_name,
                                                         GError                    **error);

G_END_DECLS
