/* test-reporting-lines.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-reporting-lines"

#include "ta-reporting-lines.h"

/* Builds lines from { id, manager id } pairs, 0-terminated. */
static TaReportingLines *
lines_from (const gint64 (*pairs)[2])
{
  TaReportingLines *lines = ta_reporting_lines_new (0);

  for (guint i = 0; pairs[i][0] != 0; i++)
    g_assert_cmpuint (ta_reporting_lines_add (lines, pairs[i][0], pairs[i][1]), ==, i);

  return lines;
}

static guint
index_of (TaReportingLines *lines,
          gint64            id)
{
  guint index = G_MAXUINT;

  g_assert_true (ta_reporting_lines_lookup (lines, id, &index));
  return index;
}

/* The members of one circle, as a sorted string, e.g. "20 30". */
static char *
cycle_to_string (GArray *cycle)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < cycle->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            g_array_index (cycle, gint64, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_chain (void)
{
  /* 40 → 30 → 20 → 10, added out of order; 50 reports to 20 too. */
  static const gint64 pairs[][2] = { { 30, 20 }, { 10, 0 }, { 40, 30 }, { 20, 10 }, { 50, 20 }, { 0, 0 } };
  g_autoptr(TaReportingLines) lines = lines_from (pairs);
  g_autoptr(GPtrArray) cycles = NULL;
  guint i10 = index_of (lines, 10), i20 = index_of (lines, 20);
  guint i30 = index_of (lines, 30), i40 = index_of (lines, 40), i50 = index_of (lines, 50);

  g_assert_cmpuint (ta_reporting_lines_get_n_people (lines), ==, 5);
  g_assert_cmpint (ta_reporting_lines_get_id (lines, i40), ==, 40);
  g_assert_false (ta_reporting_lines_lookup (lines, 60, NULL));

  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 0);
  cycles = ta_reporting_lines_find_cycles (lines);
  g_assert_cmpuint (cycles->len, ==, 0);

  g_assert_cmpint (ta_reporting_lines_get_manager (lines, i10), ==, -1);
  g_assert_cmpint (ta_reporting_lines_get_manager (lines, i40), ==, (gint) i30);

  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i10), ==, 0);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i20), ==, 1);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i30), ==, 2);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i40), ==, 3);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i50), ==, 2);

  /* Above at any depth, never sideways, downwards or oneself. */
  g_assert_true (ta_reporting_lines_is_above (lines, i10, i40));
  g_assert_true (ta_reporting_lines_is_above (lines, i20, i50));
  g_assert_true (ta_reporting_lines_is_above (lines, i30, i40));
  g_assert_false (ta_reporting_lines_is_above (lines, i40, i10));
  g_assert_false (ta_reporting_lines_is_above (lines, i50, i40));
  g_assert_false (ta_reporting_lines_is_above (lines, i30, i50));
  g_assert_false (ta_reporting_lines_is_above (lines, i20, i20));

  g_assert_cmpuint (ta_reporting_lines_levels_up (lines, i40, i30), ==, 1);
  g_assert_cmpuint (ta_reporting_lines_levels_up (lines, i40, i10), ==, 3);
  g_assert_cmpuint (ta_reporting_lines_levels_up (lines, i50, i30), ==, 0);

  /* Spans nest: the top of the line holds everyone. */
  {
    guint32 tin10, tout10, tin40, tout40;

    ta_reporting_lines_get_span (lines, i10, &tin10, &tout10);
    ta_reporting_lines_get_span (lines, i40, &tin40, &tout40);
    g_assert_cmpuint (tin10, ==, 0);
    g_assert_cmpuint (tout10, ==, 5);
    g_assert_cmpuint (tout40, ==, tin40 + 1);
  }
}

static void
test_cycle_of_two (void)
{
  /* 1 is fine; 2 → 3 → 2; 4 hangs below the circle. */
  static const gint64 pairs[][2] = { { 1, 0 }, { 4, 2 }, { 2, 3 }, { 3, 2 }, { 0, 0 } };
  g_autoptr(TaReportingLines) lines = lines_from (pairs);
  g_autoptr(GPtrArray) cycles = ta_reporting_lines_find_cycles (lines);
  g_autofree char *members = NULL;

  /* The walk from 4 enters the circle at 2. */
  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 2);
  g_assert_cmpuint (cycles->len, ==, 1);
  members = cycle_to_string (g_ptr_array_index (cycles, 0));
  g_assert_cmpstr (members, ==, "2 3");

  /* Numbering still ends: the circle is cut where the second pass
   * (taking the first person left, in the order added) enters it. */
  g_assert_true (ta_reporting_lines_is_above (lines, index_of (lines, 2), index_of (lines, 3)));
  g_assert_false (ta_reporting_lines_is_above (lines, index_of (lines, 3), index_of (lines, 2)));
  g_assert_false (ta_reporting_lines_is_above (lines, index_of (lines, 1), index_of (lines, 4)));
}

static void
test_cycle_of_three (void)
{
  /* Two circles: 5 → 6 → 7 → 5 and 8 → 9 → 10 → 8, entered at 6 and 8. */
  static const gint64 pairs[][2] = {
    { 6, 7 }, { 7, 5 }, { 5, 6 }, { 8, 9 }, { 9, 10 }, { 10, 8 }, { 11, 9 }, { 0, 0 }
  };
  g_autoptr(TaReportingLines) lines = lines_from (pairs);
  g_autoptr(GPtrArray) cycles = ta_reporting_lines_find_cycles (lines);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 6);
  g_assert_cmpuint (cycles->len, ==, 2);
  first = cycle_to_string (g_ptr_array_index (cycles, 0));
  second = cycle_to_string (g_ptr_array_index (cycles, 1));
  g_assert_cmpstr (first, ==, "6 7 5");
  g_assert_cmpstr (second, ==, "8 9 10");

  /* Everyone gets a span, and levels_up goes round once, not forever. */
  for (guint i = 0; i < ta_reporting_lines_get_n_people (lines); i++)
    {
      guint32 tin, tout;

      ta_reporting_lines_get_span (lines, i, &tin, &tout);
      g_assert_cmpuint (tin, <, tout);
      g_assert_cmpuint (tout, <=, 7);
    }
  g_assert_cmpuint (ta_reporting_lines_levels_up (lines, index_of (lines, 11), index_of (lines, 8)), ==, 3);
  g_assert_cmpuint (ta_reporting_lines_levels_up (lines, index_of (lines, 11), index_of (lines, 5)), ==, 0);
}

static void
test_self_manager (void)
{
  static const gint64 pairs[][2] = { { 1, 0 }, { 2, 1 }, { 3, 3 }, { 4, 3 }, { 0, 0 } };
  g_autoptr(TaReportingLines) lines = lines_from (pairs);
  g_autoptr(GPtrArray) cycles = ta_reporting_lines_find_cycles (lines);
  g_autofree char *members = NULL;
  guint i3 = index_of (lines, 3);

  /* Their own manager is a circle of one... */
  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 3);
  g_assert_cmpuint (cycles->len, ==, 1);
  members = cycle_to_string (g_ptr_array_index (cycles, 0));
  g_assert_cmpstr (members, ==, "3");

  /* ...and, for the numbering, the top of their line. */
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i3), ==, 0);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, index_of (lines, 4)), ==, 1);
  g_assert_true (ta_reporting_lines_is_above (lines, i3, index_of (lines, 4)));
  g_assert_false (ta_reporting_lines_is_above (lines, i3, i3));
}

static void
test_unknown_managers (void)
{
  /* 2's manager 99 was never added: 2 is the top of a line. */
  static const gint64 pairs[][2] = { { 1, 0 }, { 2, 99 }, { 3, 2 }, { 0, 0 } };
  g_autoptr(TaReportingLines) lines = lines_from (pairs);
  g_autoptr(GPtrArray) cycles = ta_reporting_lines_find_cycles (lines);
  guint i2 = index_of (lines, 2);

  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 0);
  g_assert_cmpuint (cycles->len, ==, 0);
  g_assert_cmpint (ta_reporting_lines_get_manager (lines, i2), ==, -1);
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, i2), ==, 0);
  g_assert_true (ta_reporting_lines_is_above (lines, i2, index_of (lines, 3)));
  g_assert_false (ta_reporting_lines_is_above (lines, index_of (lines, 1), index_of (lines, 3)));

  /* Adding the manager later joins the lines on the next question. */
  ta_reporting_lines_add (lines, 99, 1);
  g_assert_cmpint (ta_reporting_lines_get_manager (lines, i2), ==, (gint) index_of (lines, 99));
  g_assert_cmpuint (ta_reporting_lines_get_depth (lines, index_of (lines, 3)), ==, 3);
  g_assert_true (ta_reporting_lines_is_above (lines, index_of (lines, 1), index_of (lines, 3)));
}

static void
test_empty (void)
{
  g_autoptr(TaReportingLines) lines = ta_reporting_lines_new (0);
  g_autoptr(GPtrArray) cycles = ta_reporting_lines_find_cycles (lines);

  g_assert_cmpuint (ta_reporting_lines_get_n_people (lines), ==, 0);
  g_assert_cmpint (ta_reporting_lines_find_cycle (lines), ==, 0);
  g_assert_cmpuint (cycles->len, ==, 0);
  g_assert_false (ta_reporting_lines_lookup (lines, 1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reporting-lines/chain", test_chain);
  g_test_add_func ("/reporting-lines/cycle-of-two", test_cycle_of_two);
  g_test_add_func ("/reporting-lines/cycle-of-three", test_cycle_of_three);
  g_test_add_func ("/reporting-lines/self-manager", test_self_manager);
  g_test_add_func ("/reporting-lines/unknown-managers", test_unknown_managers);
  g_test_add_func ("/reporting-lines/empty", test_empty);

  return g_test_run ();
}
