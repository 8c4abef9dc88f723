/* bench-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-exchange"

#include <glib/gstdio.h>
#include <locale.h>

#include "bench-insights-programme.h"
#include "ta-exchange-private.h"
#include "ta-programme.h"
#include "ta-store-exchange.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * Exchange files (issue 14) on the 100,000-participant demo with 100,000
 * sessions over a year (the programme bench-insights measures):
 *
 *   kit_write_ms          ta_programme_exchange_export() of a pair kit on
 *                         the facilitator's programme (median of 51;
 *                         target ≤ 50 ms)
 *   update_write_ms       the same of a pair update on the pair's personal
 *                         programme, a month of held sessions in it
 *                         (median of 51; target ≤ 50 ms)
 *   import_1000_updates_s reading and applying 1,000 pair updates, one per
 *                         active pair, each with a month of sessions (the
 *                         pair's sessions of the last month taken from the
 *                         programme and marked held with a shared learning
 *                         and a rating, and one-on-ones the pair planned
 *                         itself, four a pair), its goals and a check-in
 *                         answer: each file one preview and one
 *                         transaction, as the window does (total; target
 *                         ≤ 5 s)
 *
 * Prints "name value" lines.  Everything happens in a temporary folder
 * that is removed afterwards; exit status 1 when a target is missed.
 */

#define N_UPDATES 1000
#define N_WRITES  51

static int n_updates = N_UPDATES;
static gboolean keep;

static const GOptionEntry entries[] = {
  { "updates", 'n', 0, G_OPTION_ARG_INT, &n_updates,
    "How many updates to import (default: 1000)", "N" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
    "Keep the temporary folder and say where it is", NULL },
  { NULL }
};

static double
median_write_ms (TaProgramme *programme,
                 gint64       pairing,
                 const char  *path)
{
  double times[N_WRITES];

  for (guint i = 0; i < N_WRITES; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!ta_programme_exchange_export (programme, pairing, path, &error))
        g_error ("export: %s", error->message);
      times[i] = ta_bench_seconds_since (start) * 1000.0;
    }

  return ta_bench_median (times, N_WRITES);
}

static GDateTime *
days_ago (int days,
          int hour)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days);

  return g_date_time_new_utc (g_date_time_get_year (day), g_date_time_get_month (day),
                              g_date_time_get_day_of_month (day), hour, 0, 0);
}

/* The pair's personal programme: the kit in, and a month of held
 * one-on-ones with learnings, one of each pair shared. */
static TaStore *
make_personal (TaProgramme *facilitator,
               gint64       pairing,
               const char  *dir,
               gint64      *out_pairing)
{
  g_autofree char *kit = g_build_filename (dir, "kit.turnabout", NULL);
  g_autofree char *path = g_build_filename (dir, "personal.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  TaStore *store;

  if (!ta_programme_exchange_export (facilitator, pairing, kit, &error))
    g_error ("kit: %s", error->message);
  store = ta_store_open_full (path, TA_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    g_error ("personal: %s", error->message);
  programme = ta_programme_new_for_store (store);
  preview = ta_programme_exchange_read (programme, kit, &error);
  if (preview == NULL || !ta_programme_exchange_apply (programme, preview, &error))
    g_error ("kit in: %s", error->message);

  pairings = ta_store_list_pairings (store, &error);
  *out_pairing = ta_pairing_get_id (g_ptr_array_index (pairings, 0));
  ta_store_update_pairing (store, g_ptr_array_index (pairings, 0), NULL);
  for (int week = 1; week <= 4; week++)
    {
      g_autoptr(GDateTime) start = days_ago (7 * week, 10);
      g_autoptr(TaSession) session = ta_test_add_session_record (store, *out_pairing, start, 60, NULL);

      ta_session_set_status (session, TA_SESSION_STATUS_HELD);
      ta_session_set_mentor_learned (session, "How the board reads a budget");
      ta_session_set_mentor_learned_shared (session, TRUE);
      ta_session_set_mentee_learned (session, "A private doubt");
      ta_session_set_notes (session, "Private notes");
      ta_session_set_mentee_rating (session, 4);
      if (!ta_store_update_session (store, session, &error))
        g_error ("held: %s", error->message);
    }

  return store;
}

/* An update of @pairing as its pair would send it, by hand: the pair's
 * sessions of the last month held, and one-on-ones of its own up to four. */
static void
write_update (TaStore    *store,
              const char *programme_id,
              TaPairing  *pairing,
              guint       n,
              const char *path)
{
  g_autoptr(TaExContent) content = ta_ex_content_new (TA_EXCHANGE_PAIR_UPDATE);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) month_ago = days_ago (30, 0);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  GListModel *goals = G_LIST_MODEL (ta_pairing_get_goals (pairing));
  gint64 id = ta_pairing_get_id (pairing);
  TaExCheckIn *check_in;
  gsize length = 0;

  content->programme = g_strdup (programme_id);
  content->id = g_uuid_string_random ();
  content->written = g_date_time_ref (now);
  content->pair_uid = g_strdup_printf ("%s:pairing:%" G_GINT64_FORMAT, programme_id, id);
  content->author = g_strdup_printf ("%s:participant:%" G_GINT64_FORMAT, programme_id,
                                     ta_pairing_get_mentor_id (pairing));

  sessions = ta_store_list_sessions_of_pairing (store, id, &error);
  if (sessions == NULL)
    g_error ("sessions: %s", error->message);
  for (guint i = 0; i < sessions->len && content->sessions->len < 4; i++)
    {
      TaSession *stored = g_ptr_array_index (sessions, i);
      TaExSession *session;

      if (g_date_time_compare (ta_session_get_starts_at (stored), month_ago) < 0 ||
          g_date_time_compare (ta_session_get_starts_at (stored), now) > 0)
        continue;
      session = ta_ex_session_new ();
      session->uid = g_strdup_printf ("%s:session:%" G_GINT64_FORMAT, programme_id, ta_session_get_id (stored));
      session->starts = g_date_time_ref (ta_session_get_starts_at (stored));
      session->duration = ta_session_get_duration (stored);
      session->location = g_strdup (ta_session_get_location (stored));
      session->status = TA_SESSION_STATUS_HELD;
      session->learned[TA_PAIR_SIDE_MENTOR] = g_strdup ("Why the board asks for three options");
      session->rating[TA_PAIR_SIDE_MENTEE] = 4;
      g_ptr_array_add (content->sessions, session);
    }
  for (int week = 1; content->sessions->len < 4; week++)
    {
      TaExSession *session = ta_ex_session_new ();

      session->uid = g_strdup_printf ("pair-programme-%u:session:%d", n, week);
      session->starts = days_ago (7 * week - 1, 8 + week);
      session->duration = 45;
      session->location = g_strdup ("Café");
      session->status = TA_SESSION_STATUS_HELD;
      session->learned[TA_PAIR_SIDE_MENTOR] = g_strdup ("Keyboard shortcuts in the spreadsheet");
      session->rating[TA_PAIR_SIDE_MENTOR] = 5;
      g_ptr_array_add (content->sessions, session);
    }

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (goals, i);

      g_ptr_array_add (content->goals, ta_ex_goal_new (ta_goal_get_title (goal), i == 0 || ta_goal_get_done (goal)));
    }

  check_in = ta_ex_check_in_new ();
  check_in->uid = g_strdup_printf ("pair-programme-%u:check-in:1", n);
  check_in->kind = TA_CHECK_IN_RELATIONSHIP;
  check_in->side = TA_PAIR_SIDE_MENTEE;
  check_in->answered = ta_time_to_utc_string (now);
  check_in->quality = 4;
  check_in->works = g_strdup ("We meet every week");
  g_ptr_array_add (content->check_ins, check_in);

  bytes = ta_exchange_write_bytes (content, &length);
  if (!g_file_set_contents (path, bytes, (gssize) length, &error))
    g_error ("write: %s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaStore) personal = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaProgramme) personal_programme = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) active = g_ptr_array_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *programme_id = NULL;
  double kit_ms, update_ms, import_s;
  gint64 personal_pairing = 0;
  gint64 start;
  guint changes = 0;
  gboolean missed = FALSE;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  dir = ta_test_make_dir ("bench-exchange-XXXXXX");
  path = g_build_filename (dir, "programme.db", NULL);
  out = g_build_filename (dir, "out.turnabout", NULL);

  start = g_get_monotonic_time ();
  if (!bench_insights_make_programme (path, BENCH_INSIGHTS_PARTICIPANTS, BENCH_INSIGHTS_SESSIONS, &error))
    g_error ("demo: %s", error->message);
  g_printerr ("# the %d-participant demo with %d sessions made in %.1f s\n",
              BENCH_INSIGHTS_PARTICIPANTS, BENCH_INSIGHTS_SESSIONS, ta_bench_seconds_since (start));

  store = ta_store_open (path, &error);
  if (store == NULL)
    g_error ("open: %s", error->message);
  programme = ta_programme_new_for_store (store);
  programme_id = ta_store_get_programme_id (store, &error);
  pairings = ta_store_list_pairings (store, &error);
  if (pairings == NULL)
    g_error ("pairings: %s", error->message);
  for (guint i = 0; i < pairings->len && active->len < (guint) n_updates + 1; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        g_ptr_array_add (active, pairing);
    }
  if (active->len < (guint) n_updates + 1)
    g_error ("only %u active pairs", active->len);

  /* (a) one kit, one update */
  kit_ms = median_write_ms (programme, ta_pairing_get_id (g_ptr_array_index (active, 0)), out);
  personal = make_personal (programme, ta_pairing_get_id (g_ptr_array_index (active, 0)), dir, &personal_pairing);
  personal_programme = ta_programme_new_for_store (personal);
  update_ms = median_write_ms (personal_programme, personal_pairing, out);

  /* (b) 1,000 updates, written first, then imported one by one */
  for (guint i = 1; i <= (guint) n_updates; i++)
    {
      g_autofree char *name = g_strdup_printf ("update-%04u.turnabout", i);
      char *file = g_build_filename (dir, name, NULL);

      write_update (store, programme_id, g_ptr_array_index (active, i), i, file);
      g_ptr_array_add (files, file);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(TaExchangePreview) preview = ta_programme_exchange_read (programme, g_ptr_array_index (files, i),
                                                                         &error);

      if (preview == NULL || !ta_programme_exchange_apply (programme, preview, &error))
        g_error ("import %s: %s", (const char *) g_ptr_array_index (files, i), error->message);
      changes += ta_exchange_preview_get_changes (preview)->len;
    }
  import_s = ta_bench_seconds_since (start);

  g_printerr ("# %u preview lines applied from %u files\n", changes, files->len);
  g_print ("kit_write_ms %.2f\n", kit_ms);
  g_print ("update_write_ms %.2f\n", update_ms);
  g_print ("import_%d_updates_s %.2f\n", n_updates, import_s);

  missed = kit_ms > 50 || update_ms > 50 || (n_updates == N_UPDATES && import_s > 5);

  g_clear_object (&personal_programme);
  g_clear_object (&programme);
  g_clear_object (&personal);
  g_clear_object (&store);
  if (keep)
    g_printerr ("# kept %s\n", dir);
  else
    ta_test_remove_dir (dir);

  return missed ? 1 : 0;
}
