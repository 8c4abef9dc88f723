/* ta-test-bench.c: what the benchmark programs share
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <stdlib.h>

#include "ta-test-bench.h"

/**
 * ta_bench_compare_doubles:
 * @a: a double
 * @b: another
 *
 * Orders doubles for qsort() and g_array_sort().
 */
int
ta_bench_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/**
 * ta_bench_median:
 * @values: (array length=n): the figures of the runs, sorted in place
 * @n: how many
 *
 * Returns: their median (the upper one of an even number)
 */
double
ta_bench_median (double *values,
                 guint   n)
{
  qsort (values, n, sizeof (double), ta_bench_compare_doubles);
  return values[n / 2];
}

/**
 * ta_bench_seconds_since:
 * @start: a g_get_monotonic_time()
 *
 * Returns: the seconds since @start
 */
double
ta_bench_seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

/**
 * ta_bench_pair_everyone:
 * @store: a programme, as ta_demo_fill_full() makes it without pairings
 * @started_on: (nullable): the date the pairings started, or %NULL
 * @error: return location for a #GError
 *
 * Pairs the n-th mentor with the n-th mentee in the order of the store,
 * as active pairings, in one write.
 *
 * Returns: %TRUE on success
 */
gboolean
ta_bench_pair_everyone (TaStore     *store,
                        const char  *started_on,
                        GError     **error)
{
  g_autoptr(GPtrArray) participants = ta_store_list_participants (store, error);
  g_autoptr(GPtrArray) pairings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) mentees = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (participants == NULL)
    return FALSE;
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 id = ta_participant_get_id (participant);

      if (ta_participant_get_role (participant) == TA_ROLE_MENTOR)
        g_array_append_val (mentors, id);
      else if (ta_participant_get_role (participant) == TA_ROLE_MENTEE)
        g_array_append_val (mentees, id);
    }
  for (guint i = 0; i < MIN (mentors->len, mentees->len); i++)
    {
      TaPairing *pairing = ta_pairing_new (g_array_index (mentors, gint64, i), g_array_index (mentees, gint64, i));

      ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
      if (started_on != NULL)
        ta_pairing_set_started_on (pairing, started_on);
      g_ptr_array_add (pairings, pairing);
    }
  return ta_store_add_pairings (store, pairings, error);
}
