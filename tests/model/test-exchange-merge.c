/* test-exchange-merge.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-merge"

#include "exchange-fixture.h"

/*
 * The merge rules of docs/exchange.md, each of both tables: an update
 * applied by the facilitator, a newer kit applied by the pair, and a
 * series carried both ways.
 */

/* The merge rules of an update (docs/exchange.md, the first table). */
static void
test_update_rules (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) moved = days_from_now (8, 16);
  g_autoptr(GDateTime) added_start = days_from_now (14, 11);
  g_autoptr(GDateTime) fac_start = days_from_now (21, 9);
  g_autoptr(TaSession) future = NULL;
  g_autoptr(TaSession) fac_session = NULL;
  g_autoptr(TaPairing) pair_pairing_record = NULL;
  g_autoptr(TaPairing) fac_pairing = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *update = NULL;
  g_autofree char *fac_notes = NULL;
  g_autofree char *status = NULL;
  gint64 fac_only;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "kept-check-in");

  /* The pair moves next week's session, adds one, ticks a goal and adds
   * one; the facilitator adds a session, a goal, notes, and pauses the
   * pair, after the kit. */
  future = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  ta_session_set_starts_at (future, moved);
  ta_session_set_location (future, "Café");
  g_assert_true (ta_store_update_session (fixture->pair, future, &error));
  g_assert_no_error (error);
  ta_test_add_session (fixture->pair, pair_pairing (fixture), added_start, 30, "location", "Online", NULL);
  {
    /* A session the pair held without the facilitator knowing of it:
     * the preview quotes its shared learning, not the private one. */
    g_autoptr(GDateTime) unplanned_start = days_from_now (-3, 11);
    g_autoptr(TaSession) unplanned = ta_test_add_session_record (fixture->pair, pair_pairing (fixture),
                                                                 unplanned_start, 45, NULL);

    ta_session_set_status (unplanned, TA_SESSION_STATUS_HELD);
    ta_session_set_mentee_learned (unplanned, "Keyboard shortcuts in the intranet");
    ta_session_set_mentee_learned_shared (unplanned, TRUE);
    ta_session_set_mentor_learned (unplanned, "Kept to myself");
    g_assert_true (ta_store_update_session (fixture->pair, unplanned, &error));
    g_assert_no_error (error);
  }
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  ta_goal_set_done (goal_at (pair_pairing_record, 0), TRUE);
  add_goal (pair_pairing_record, "Try a screen reader");
  g_assert_true (ta_store_update_pairing (fixture->pair, pair_pairing_record, &error));
  g_assert_no_error (error);

  fac_only = ta_test_add_session (fixture->fac, fixture->pairing, fac_start, 60, NULL);
  fac_session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  ta_session_set_notes (fac_session, "The facilitator's own notes");
  ta_session_set_mentor_learned (fac_session, "What the facilitator typed in");
  g_assert_true (ta_store_update_session (fixture->fac, fac_session, &error));
  g_assert_no_error (error);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  add_goal (fac_pairing, "Facilitator's goal");
  ta_pairing_set_status (fac_pairing, TA_PAIRING_STATUS_PAUSED);
  g_assert_true (ta_store_update_pairing (fixture->fac, fac_pairing, &error));
  g_assert_no_error (error);
  /* A check-in the facilitator has already, changed since: left alone. */
  exec_sql (fixture->fac, "INSERT INTO check_ins (uid, pairing_id, kind, side, answered_at, source, quality, "
                          "created_at, updated_at) SELECT 'kept-check-in', id, 'relationship', 'mentee', "
                          "'2026-03-01T09:00:00Z', 'paper', 2, 'x', 'x' FROM pairings WHERE status = 'paused'");

  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  preview = read_file (fixture->fac_programme, update);
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "moved to"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "planned by the pair"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD,
                           "the mentee's shared learning: “Keyboard shortcuts in the intranet”"));
  g_assert_false (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "Kept to myself"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "is not in the update"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Goal “Use the shared calendar”: done."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "Goal “Try a screen reader” added."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Facilitator's goal"));
  g_assert_true (ta_programme_exchange_apply (fixture->fac_programme, preview, &error));
  g_assert_no_error (error);

  /* The moved session: time and place from the pair. */
  g_clear_object (&future);
  future = ta_store_get_session (fixture->fac, fixture->future, NULL);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (future), moved));
  g_assert_cmpstr (ta_session_get_location (future), ==, "Café");
  /* The pair's new session, added once, with its uid kept. */
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE location = 'Online' "
                                        "AND exchange_uid IS NOT NULL"), ==, 1);
  /* The facilitator's own session, kept. */
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE id = (SELECT max (id) FROM sessions "
                                        "WHERE location IS NULL AND status = 'planned')"), ==, 1);
  g_assert_cmpint (fac_only, >, 0);
  {
    g_autoptr(TaSession) kept = ta_store_get_session (fixture->fac, fac_only, NULL);

    g_assert_nonnull (kept);
  }
  /* The learning replaced and shared; the notes untouched. */
  g_clear_object (&fac_session);
  fac_session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  g_assert_cmpstr (ta_session_get_mentor_learned (fac_session), ==, "Seniors read every e-mail twice");
  g_assert_true (ta_session_get_mentor_learned_shared (fac_session));
  fac_notes = g_strdup (ta_session_get_notes (fac_session));
  g_assert_cmpstr (fac_notes, ==, "The facilitator's own notes");
  /* Goals: done from the update, the new one at the end, the
   * facilitator's kept. */
  g_clear_object (&fac_pairing);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (fac_pairing))), ==, 4);
  g_assert_true (ta_goal_get_done (goal_at (fac_pairing, 0)));
  g_assert_cmpstr (ta_goal_get_title (goal_at (fac_pairing, 2)), ==, "Facilitator's goal");
  g_assert_cmpstr (ta_goal_get_title (goal_at (fac_pairing, 3)), ==, "Try a screen reader");
  /* The pairing is the facilitator's: still paused. */
  g_assert_cmpint (ta_pairing_get_status (fac_pairing), ==, TA_PAIRING_STATUS_PAUSED);
  /* A check-in already here is left as it is. */
  status = text (fixture->fac, "SELECT source || quality FROM check_ins WHERE uid = 'kept-check-in'");
  g_assert_cmpstr (status, ==, "paper2");
}

/* The merge rules of a newer kit (docs/exchange.md, the second table). */
static void
test_kit_rules (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) moved_by_pair = days_from_now (9, 15);
  g_autoptr(GDateTime) moved_by_fac = days_from_now (10, 15);
  g_autoptr(GDateTime) new_start = days_from_now (28, 10);
  g_autoptr(GDateTime) pair_start = days_from_now (12, 10);
  g_autoptr(GDateTime) agenda_start = days_from_now (40, 10);
  g_autoptr(GDateTime) agenda_moved = days_from_now (41, 16);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaPairing) fac_pairing = NULL;
  g_autoptr(TaPairing) pair_pairing_record = NULL;
  g_autoptr(TaParticipant) person = NULL;
  g_autoptr(TaTopic) topic = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kit = NULL;
  gint64 me, pair_added, agenda;

  give_kit (fixture);
  me = ta_programme_get_me (fixture->pair_programme);
  g_assert_cmpint (me, >, 0);
  hold_past_session (fixture);
  pair_added = ta_test_add_session (fixture->pair, pair_pairing (fixture), pair_start, 30, NULL);
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  ta_goal_set_done (goal_at (pair_pairing_record, 1), TRUE);
  g_assert_true (ta_store_update_pairing (fixture->pair, pair_pairing_record, &error));
  g_assert_no_error (error);

  /* A meeting planned later, given in a second kit: the pair writes its
   * agenda in the notes, the facilitator moves it. */
  agenda = ta_test_add_session (fixture->fac, fixture->pairing, agenda_start, 60, NULL);
  give_kit (fixture);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, agenda), NULL);
  ta_session_set_notes (session, "Agenda: the intranet");
  g_assert_true (ta_store_update_session (fixture->pair, session, &error));
  g_assert_no_error (error);
  g_clear_object (&session);
  session = ta_store_get_session (fixture->fac, agenda, NULL);
  ta_session_set_starts_at (session, agenda_moved);
  g_assert_true (ta_store_update_session (fixture->fac, session, &error));
  g_assert_no_error (error);
  g_clear_object (&session);

  /* The pair moves next week's session: the facilitator moves it too,
   * elsewhere, and changes the people and the pair. */
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  ta_session_set_starts_at (session, moved_by_pair);
  g_assert_true (ta_store_update_session (fixture->pair, session, &error));
  g_assert_no_error (error);
  g_clear_object (&session);
  session = ta_store_get_session (fixture->fac, fixture->future, NULL);
  ta_session_set_starts_at (session, moved_by_fac);
  g_assert_true (ta_store_update_session (fixture->fac, session, &error));
  g_assert_no_error (error);
  ta_test_add_session (fixture->fac, fixture->pairing, new_start, 60, "location", "Atrium", NULL);

  person = ta_store_get_participant (fixture->fac, fixture->mentee, NULL);
  ta_participant_set_name (person, "Marc Dubois-Leroy");
  g_assert_true (ta_store_update_participant (fixture->fac, person, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->fac, fixture->mentor, NULL);
  ta_participant_set_name (person, "Anna P.");
  g_assert_true (ta_store_update_participant (fixture->fac, person, &error));
  g_assert_no_error (error);
  fac_pairing = ta_store_get_pairing (fixture->fac, fixture->pairing, NULL);
  ta_pairing_set_status (fac_pairing, TA_PAIRING_STATUS_PAUSED);
  add_goal (fac_pairing, "A goal from the facilitator");
  g_assert_true (ta_store_update_pairing (fixture->fac, fac_pairing, &error));
  g_assert_no_error (error);
  topic = ta_store_get_topic (fixture->fac, fixture->topic, NULL);
  ta_topic_set_description (topic, "How blind colleagues read our intranet");
  g_assert_true (ta_store_update_topic (fixture->fac, topic, &error));
  g_assert_no_error (error);

  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit2.turnabout");
  preview = read_file (fixture->pair_programme, kit);
  g_assert_false (ta_exchange_preview_makes_personal (preview));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "“Paused”"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Marc Dubois-Leroy"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Your own"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "was changed here"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "planned."));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "A goal from the facilitator"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Screen readers"));
  g_assert_true (ta_programme_exchange_apply (fixture->pair_programme, preview, &error));
  g_assert_no_error (error);

  /* The pair's status from the kit; the partner's name too, not mine. */
  g_clear_object (&pair_pairing_record);
  pair_pairing_record = ta_store_get_pairing (fixture->pair, pair_pairing (fixture), NULL);
  g_assert_cmpint (ta_pairing_get_status (pair_pairing_record), ==, TA_PAIRING_STATUS_PAUSED);
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->pair, ta_pairing_get_mentee_id (pair_pairing_record), NULL);
  g_assert_cmpstr (ta_participant_get_name (person), ==, "Marc Dubois-Leroy");
  g_clear_object (&person);
  person = ta_store_get_participant (fixture->pair, me, NULL);
  g_assert_cmpstr (ta_participant_get_name (person), ==, "Anna Peeters");
  /* The session the pair moved keeps the pair's time; the held one its
   * learnings and notes; the pair's own session stays; the new one came. */
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->future), NULL);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (session), moved_by_pair));
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, fixture->past), NULL);
  g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_notes (session), ==, "Our private notes: do not tell anyone");
  g_assert_cmpstr (ta_session_get_mentee_learned (session), ==, "I still fear the shared drive");
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_added, NULL);
  g_assert_nonnull (session);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions WHERE location = 'Atrium'"), ==, 1);
  /* An agenda written in a meeting's notes does not make it the pair's:
   * the facilitator's new time comes, the agenda stays. */
  g_clear_object (&session);
  session = ta_store_get_session (fixture->pair, pair_session (fixture, agenda), NULL);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (session), agenda_moved));
  g_assert_cmpstr (ta_session_get_notes (session), ==, "Agenda: the intranet");
  /* Goals: the new one added, my done state kept. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (pair_pairing_record))), ==, 3);
  g_assert_true (ta_goal_get_done (goal_at (pair_pairing_record, 1)));
  /* The topic updated. */
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM topics WHERE description = "
                                         "'How blind colleagues read our intranet'"), ==, 1);
}

/* A series: the kit carries its rule and its planned occurrences; the
 * pair's copy keeps them linked; a second kit adds nothing; an update
 * finds the facilitator's occurrences again. */
static void
test_series (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) horizon = g_date_time_add_days (now, 120);
  g_autoptr(GDateTime) first_day = g_date_time_add_days (now, 3);
  g_autofree char *first = g_date_time_format (first_day, "%Y-%m-%d");
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly (first, 2, "15:00", "Europe/Brussels");
  g_autoptr(GError) error = NULL;
  g_autoptr(TaExchangePreview) again = NULL;
  g_autofree char *kit = NULL;
  g_autofree char *update = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 series, fac_planned, pair_planned;

  series = ta_store_add_series (fixture->fac, fixture->pairing, rule, 45, "Library", horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);
  fac_planned = count (fixture->fac, "SELECT count (*) FROM sessions WHERE series_id IS NOT NULL");
  g_assert_cmpint (fac_planned, >, 3);

  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  apply_file (fixture->pair_programme, kit);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM session_series WHERE frequency = 'weekly' "
                                         "AND interval = 2 AND local_time = '15:00' AND exchange_uid IS NOT NULL"), ==, 1);
  pair_planned = count (fixture->pair, "SELECT count (*) FROM sessions s JOIN session_series r ON r.id = s.series_id "
                                       "WHERE s.occurrence_start IS NOT NULL");
  g_assert_cmpint (pair_planned, ==, fac_planned);

  /* The same kit written again changes nothing. */
  g_free (kit);
  kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit-again.turnabout");
  before = dump (fixture->pair);
  again = read_file (fixture->pair_programme, kit);
  for (guint i = 0; i < ta_exchange_preview_get_changes (again)->len; i++)
    g_test_message ("%s", ((TaExchangeChange *) g_ptr_array_index (ta_exchange_preview_get_changes (again), i))->text);
  g_assert_true (ta_exchange_preview_is_empty (again));
  g_clear_object (&again);

  /* The update carries the occurrences; the facilitator finds them. */
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  apply_file (fixture->fac_programme, update);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions WHERE series_id IS NOT NULL"), ==,
                   fac_planned);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM sessions"), ==, fac_planned + 3);
  after = dump (fixture->pair);
  g_assert_cmpstr (before, ==, after);
}

/* A session the facilitator deleted is not brought back by the pair's
 * update (the facilitator decides); what the facilitator recorded of the
 * past, which never went to the pair, is no conflict. */
static void
test_update_after_delete (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *update = NULL;
  g_autofree char *sql = NULL;

  give_kit (fixture);
  g_assert_true (ta_store_delete_session (fixture->fac, fixture->future, &error));
  g_assert_no_error (error);

  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  preview = read_file (fixture->fac_programme, update);
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Deleted here, so not added again"));
  g_assert_false (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "is not in the update"));
  g_assert_false (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "planned by the pair"));
  g_assert_true (ta_programme_exchange_apply (fixture->fac_programme, preview, &error));
  g_assert_no_error (error);

  sql = g_strdup_printf ("SELECT count (*) FROM sessions WHERE id = %" G_GINT64_FORMAT
                         " OR exchange_uid LIKE '%%:session:%" G_GINT64_FORMAT "'", fixture->future, fixture->future);
  g_assert_cmpint (count (fixture->fac, sql), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exchange-merge/update-rules", test_update_rules);
  ADD ("/exchange-merge/kit-rules", test_kit_rules);
  ADD ("/exchange-merge/series", test_series);
  ADD ("/exchange-merge/update-after-delete", test_update_after_delete);

  return g_test_run ();
}
