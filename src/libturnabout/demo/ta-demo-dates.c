/* ta-demo-dates.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme's year: when each person joined and left, so
 * that Insights has a year of people, pairs and sessions to measure. */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include "ta-demo-private.h"
#include "ta-store-demo-dates.h"
#include "ta-store-private.h"

/* In percent: who signed up with the cohort in its first two weeks. */
#define COHORT_SHARE 78
#define COHORT_DAYS  14

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

void
_ta_demo_year_init (DemoYear *year)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (&year->today, 1);
  g_date_set_dmy (&year->today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  year->start = year->today;
  g_date_subtract_days (&year->start, DEMO_DAYS_IN);
  year->zone = g_time_zone_new_identifier ("Europe/Brussels");
  if (year->zone == NULL)
    year->zone = g_time_zone_new_local ();
  year->joined = g_hash_table_new (g_direct_hash, g_direct_equal);
  year->left = g_hash_table_new (g_direct_hash, g_direct_equal);
}

void
_ta_demo_year_clear (DemoYear *year)
{
  g_clear_pointer (&year->zone, g_time_zone_unref);
  g_clear_pointer (&year->joined, g_hash_table_unref);
  g_clear_pointer (&year->left, g_hash_table_unref);
}

guint32
_ta_demo_year_joined (DemoYear *year,
                      gint64    id)
{
  gpointer day = g_hash_table_lookup (year->joined, ID_KEY (id));

  return day != NULL ? GPOINTER_TO_UINT (day) : g_date_get_julian (&year->start);
}

void
_ta_demo_year_leave (DemoYear    *year,
                     gint64       id,
                     const GDate *day)
{
  g_hash_table_insert (year->left, ID_KEY (id), GUINT_TO_POINTER (g_date_get_julian (day)));
}

char *
_ta_demo_date_text (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/*
 * Most people signed up with the cohort in the programme's first two
 * weeks (the very first on its first day: the programme year starts
 * there), the others over the year until two months ago; the few who
 * left (status left) went some weeks after joining, at any time of the
 * year.
 */
gboolean
_ta_demo_draw_joining (TaStore   *store,
                       GRand     *rand,
                       DemoYear  *year,
                       GError   **error)
{
  g_autoptr(GPtrArray) participants = ta_store_list_participants (store, error);
  guint32 start = g_date_get_julian (&year->start);
  guint32 today = g_date_get_julian (&year->today);

  if (participants == NULL)
    return FALSE;

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 id = ta_participant_get_id (participant);
      guint32 joined;

      if (i == 0)
        joined = start;
      else if ((guint) g_rand_int_range (rand, 0, 100) < COHORT_SHARE)
        joined = start + (guint32) g_rand_int_range (rand, 0, COHORT_DAYS);
      else
        joined = start + (guint32) g_rand_int_range (rand, COHORT_DAYS, DEMO_DAYS_IN - 60);
      g_hash_table_insert (year->joined, ID_KEY (id), GUINT_TO_POINTER (joined));

      if (ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_LEFT)
        {
          guint32 earliest = MIN (joined + 20, today - 3);
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_julian (&day, earliest + (guint32) g_rand_int_range (rand, 0, (gint32) (today - 2 - earliest)));
          _ta_demo_year_leave (year, id, &day);
        }
    }

  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  gsize id_a = GPOINTER_TO_SIZE (a);
  gsize id_b = GPOINTER_TO_SIZE (b);

  return id_a < id_b ? -1 : id_a > id_b;
}

/* Everyone's created_at: their day of joining, during office hours in
 * Brussels; and the day they left, for those who did. */
gboolean
_ta_demo_write_dates (TaStore   *store,
                      GRand     *rand,
                      DemoYear  *year,
                      GError   **error)
{
  guint n = g_hash_table_size (year->joined);
  g_autofree gint64 *ids = g_new (gint64, MAX (n, 1));
  g_autoptr(GPtrArray) created = g_ptr_array_new_full (n, g_free);
  g_autoptr(GPtrArray) left = g_ptr_array_new_full (n, g_free);
  g_autoptr(GList) keys = g_hash_table_get_keys (year->joined);
  guint k = 0;

  /* In id order, so that the draws are the same on every run. */
  keys = g_list_sort (keys, compare_keys);
  for (GList *l = keys; l != NULL; l = l->next, k++)
    {
      gint64 id = (gint64) GPOINTER_TO_SIZE (l->data);
      gpointer left_day = g_hash_table_lookup (year->left, l->data);
      GDate day;
      g_autoptr(GDateTime) local = NULL;
      g_autoptr(GDateTime) utc = NULL;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, _ta_demo_year_joined (year, id));
      local = g_date_time_new (year->zone, g_date_get_year (&day), g_date_get_month (&day),
                               g_date_get_day (&day), 9 + g_rand_int_range (rand, 0, 8),
                               g_rand_int_range (rand, 0, 60), 0);
      utc = g_date_time_to_utc (local);
      ids[k] = id;
      g_ptr_array_add (created, g_date_time_format_iso8601 (utc));

      if (left_day != NULL)
        {
          g_date_set_julian (&day, GPOINTER_TO_UINT (left_day));
          g_ptr_array_add (left, _ta_demo_date_text (&day));
        }
      else
        g_ptr_array_add (left, NULL);
    }

  return _ta_store_set_demo_dates (store, ids, (const char * const *) created->pdata,
                                   (const char * const *) left->pdata, n, error);
}
