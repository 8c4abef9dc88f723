/* exchange-newer-kit.c - the last step of test-exchange-roundtrip: a
 * newer kit on the pair's side takes what the facilitator owns and keeps
 * what the pair owns
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-roundtrip"

#include "exchange-scenario.h"

#define FACILITATOR_GOAL "Facilitator's new goal: present at the town hall"

/* A planned session of the pair's other than the scenario's own, the
 * earliest: the one the pair cancels before the newer kit. */
static gint64
pick_other_planned (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (scenario.personal, scenario.personal_pairing,
                                                                         &error);
  TaSession *earliest = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      gint64 id = ta_session_get_id (session);

      if (ta_session_get_status (session) != TA_SESSION_STATUS_PLANNED || id == scenario.personal_moved ||
          id == scenario.personal_added || id == scenario.personal_dropped || id == scenario.personal_shifted)
        continue;
      if (earliest == NULL || g_date_time_compare (ta_session_get_starts_at (session),
                                                   ta_session_get_starts_at (earliest)) < 0)
        earliest = session;
    }
  g_assert_nonnull (earliest);
  return ta_session_get_id (earliest);
}

/* Step 7: a newer kit on the pair's side: the facilitator moved a planned
 * session, deleted another, planned a new one, paused the pair, renamed
 * both people, unticked a goal the pair ticked, added a goal and moved the
 * topic on; the pair had moved a session it moved before, and cancelled
 * another, meanwhile (a preview read before that is refused);
 * the pair had cancelled a planned session meanwhile.  The pair
 * gets what the facilitator owns and keeps its own. */
void
test_newer_kit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) moved = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(TaExchangePreview) stale_preview = NULL;
  g_autoptr(GDateTime) shifted_again = local_at (12, 8, 30);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) check_ins = NULL;
  g_autoptr(GDateTime) moved_to = local_at (16, 11, 45);
  g_autoptr(GDateTime) added_at = local_at (30, 10, 0);
  g_autoptr(TaParticipant) me_before = NULL;
  g_autofree char *kit = scenario_file ("kit-2.turnabout");
  g_autofree char *stale = scenario_file ("kit-stale.turnabout");
  g_autofree char *shared = NULL;
  gint64 partner;
  TaGoal *goal;
  gint64 called_off;

  if (!step_begins (7))
    return;

  moved = get_session (scenario.facilitator, scenario.session_moved);
  ta_session_set_starts_at (moved, moved_to);
  g_assert_true (ta_programme_update_session (scenario.facilitator, moved, &error));
  g_assert_no_error (error);
  add_planned_session (scenario.facilitator, scenario.pairing, added_at, 30, "Room New", NULL);
  pairing = get_pairing (scenario.facilitator, scenario.pairing);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PAUSED);
  goal = find_goal (pairing, GOAL_TITLE);
  g_assert_nonnull (goal);
  ta_goal_set_done (goal, FALSE);
  {
    g_autoptr(TaGoal) added = ta_goal_new (FACILITATOR_GOAL, FALSE);

    g_list_store_append (ta_pairing_get_goals (pairing), added);
  }
  g_assert_true (ta_programme_update_pairing (scenario.facilitator, pairing, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TaParticipant) person = get_participant (scenario.facilitator,
                                                         i == 0 ? scenario.mentor : scenario.mentee);

      ta_participant_set_name (person, i == 0 ? "Renamed Mentor" : "Renamed Mentee");
      g_assert_true (ta_programme_update_participant (scenario.facilitator, person, &error));
      g_assert_no_error (error);
    }
  g_assert_true (ta_programme_delete_session (scenario.facilitator, scenario.session_dropped, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_move_topic (scenario.facilitator, scenario.topic, TA_TOPIC_STAGE_READY, 0, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_export (scenario.facilitator, scenario.pairing, kit, &error));
  g_assert_no_error (error);

  me_before = get_participant (scenario.personal, scenario.me);
  stale_preview = read_file (scenario.personal, kit);
  /* The pair's changes since its update, made while that preview is
   * open: a session called off, and the session it moved once moved
   * again. */
  called_off = pick_other_planned ();
  {
    g_autoptr(TaSession) session = get_session (scenario.personal, called_off);
    g_autoptr(TaPairing) pair = get_pairing (scenario.personal, scenario.personal_pairing);
    gboolean saved;

    ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
    ta_session_set_cancelled_by (session, ta_pairing_get_mentor_id (pair));
    ta_session_set_cancel_reason (session, "Away");
    saved = ta_programme_update_session (scenario.personal, session, &error);
    g_assert_no_error (error);
    g_assert_true (saved);
  }
  {
    g_autoptr(TaSession) session = get_session (scenario.personal, scenario.personal_shifted);
    gboolean saved;

    ta_session_set_starts_at (session, shifted_again);
    saved = ta_programme_update_session (scenario.personal, session, &error);
    g_assert_no_error (error);
    g_assert_true (saved);
  }

  /* The preview read before is no longer what applying would do: refused,
   * nothing written. */
  {
    g_autofree char *before = ta_test_db_dump (scenario.personal_path);
    g_autofree char *after = NULL;
    g_autoptr(GError) stale_error = NULL;

    g_assert_false (ta_programme_exchange_apply (scenario.personal, stale_preview, &stale_error));
    g_assert_error (stale_error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED);
    after = ta_test_db_dump (scenario.personal_path);
    g_assert_cmpstr (after, ==, before);
  }

  preview = read_file (scenario.personal, kit);
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_KIT);
  g_assert_false (ta_exchange_preview_makes_personal (preview));
  g_assert_false (ta_exchange_preview_is_empty (preview));
  g_assert_cmpuint (count_changes (preview, TA_EXCHANGE_CHANGE_UPDATE), >, 0);
  g_assert_cmpuint (count_changes (preview, TA_EXCHANGE_CHANGE_ADD), >, 0);
  /* The cancelled session the kit still has planned is the pair's: a
   * conflict kept. */
  g_assert_cmpuint (count_changes (preview, TA_EXCHANGE_CHANGE_KEEP), >, 0);
  apply_file (scenario.personal, preview);

  /* What the facilitator owns. */
  g_clear_object (&pairing);
  pairing = get_pairing (scenario.personal, scenario.personal_pairing);
  g_assert_cmpint (ta_pairing_get_status (pairing), ==, TA_PAIRING_STATUS_PAUSED);
  g_clear_object (&moved);
  moved = get_session (scenario.personal, scenario.personal_moved);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (moved), moved_to));
  g_assert_cmpint (ta_session_get_status (moved), ==, TA_SESSION_STATUS_PLANNED);
  sessions = ta_programme_list_sessions_of_pairing (scenario.personal, scenario.personal_pairing, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_session_at (sessions, added_at));
  assert_query (scenario.personal_path, "SELECT stage FROM topics WHERE title = '" TOPIC_TITLE "'", "2");
  g_assert_nonnull (find_goal (pairing, FACILITATOR_GOAL));
  g_assert_cmpint (count_rows (scenario.personal_path, "participants"), ==, 2);
  partner = scenario.me == ta_pairing_get_mentor_id (pairing) ? ta_pairing_get_mentee_id (pairing)
                                                               : ta_pairing_get_mentor_id (pairing);
  {
    g_autoptr(TaParticipant) me = get_participant (scenario.personal, scenario.me);
    g_autoptr(TaParticipant) other = get_participant (scenario.personal, partner);

    /* "me"'s own record is the person's; the partner's is the kit's. */
    g_assert_cmpstr (ta_participant_get_name (me), ==, ta_participant_get_name (me_before));
    g_assert_cmpstr (ta_participant_get_name (other), ==, scenario.me_is_mentor ? "Renamed Mentee" : "Renamed Mentor");
    assert_no_directory (other);
  }

  /* What the pair owns. */
  held = get_session (scenario.personal, scenario.personal_held);
  g_assert_cmpint (ta_session_get_status (held), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_notes (held), ==, PRIVATE_NOTES);
  g_assert_cmpstr (ta_session_get_mentor_learned (held), ==, SHARED_LEARNING);
  g_assert_cmpstr (ta_session_get_mentee_learned (held), ==, PRIVATE_LEARNING);
  g_assert_cmpint (ta_session_get_mentor_rating (held), ==, 4);
  g_assert_cmpint (ta_session_get_mentee_rating (held), ==, 5);
  shared = g_strdup_printf ("SELECT mentor_learned_shared || ',' || mentee_learned_shared FROM sessions WHERE id = %"
                            G_GINT64_FORMAT, scenario.personal_held);
  assert_query (scenario.personal_path, shared, "1,0");
  goal = find_goal (pairing, GOAL_TITLE);
  g_assert_nonnull (goal);
  g_assert_true (ta_goal_get_done (goal));
  g_assert_nonnull (find_goal (pairing, PAIR_GOAL));
  {
    GListModel *goals = G_LIST_MODEL (ta_pairing_get_goals (pairing));
    guint n_same = 0;

    /* The goal the pair wrote in capitals is not added again. */
    for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
      {
        g_autoptr(TaGoal) one = g_list_model_get_item (goals, i);

        n_same += g_ascii_strcasecmp (ta_goal_get_title (one), GOAL_TITLE) == 0;
      }
    g_assert_cmpuint (n_same, ==, 1);
  }
  {
    /* The session the pair moved since the last kit is the pair's. */
    g_autoptr(TaSession) shifted = get_session (scenario.personal, scenario.personal_shifted);

    g_assert_true (g_date_time_equal (ta_session_get_starts_at (shifted), shifted_again));
    g_assert_cmpstr (ta_session_get_location (shifted), ==, "Online");
  }
  {
    /* A planned session the facilitator deleted is kept by the pair. */
    g_autoptr(TaSession) dropped = get_session (scenario.personal, scenario.personal_dropped);
    g_autoptr(GDateTime) dropped_start = local_at (25, 13, 0);

    g_assert_cmpint (ta_session_get_status (dropped), ==, TA_SESSION_STATUS_PLANNED);
    g_assert_true (g_date_time_equal (ta_session_get_starts_at (dropped), dropped_start));
  }
  {
    g_autoptr(TaSession) session = get_session (scenario.personal, called_off);
    g_autoptr(TaSession) cancelled = get_session (scenario.personal, scenario.personal_cancelled);
    g_autoptr(GDateTime) own_start = local_at (21, 16, 0);
    guint n_own = 0;

    g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_CANCELLED);
    g_assert_cmpstr (ta_session_get_cancel_reason (session), ==, "Away");
    g_assert_cmpint (ta_session_get_status (cancelled), ==, TA_SESSION_STATUS_CANCELLED);
    g_assert_cmpstr (ta_session_get_cancel_reason (cancelled), ==, "Ill");
    /* The pair's own session came back in the kit under its own uid: it is
     * found again, not added twice. */
    for (guint i = 0; i < sessions->len; i++)
      if (g_date_time_equal (ta_session_get_starts_at (g_ptr_array_index (sessions, i)), own_start))
        {
          n_own++;
          g_assert_cmpint (ta_session_get_id (g_ptr_array_index (sessions, i)), ==, scenario.personal_added);
        }
    g_assert_cmpuint (n_own, ==, 1);
  }
  check_ins = ta_programme_list_check_ins (scenario.personal, scenario.personal_pairing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (check_ins->len, ==, 1);
  g_assert_cmpstr (ta_check_in_get_uid (g_ptr_array_index (check_ins, 0)), ==, scenario.check_in_uid);
  g_assert_cmpint (ta_check_in_get_quality (g_ptr_array_index (check_ins, 0)), ==, 4);

  /* The first kit, under another id and dated before this one: stale. */
  {
    g_autoptr(JsonNode) root = load_json (scenario.kit_path);
    g_autofree char *id = g_uuid_string_random ();
    g_autoptr(GDateTime) written = NULL;
    g_autoptr(GDateTime) earlier = NULL;
    g_autofree char *earlier_text = NULL;
    JsonObject *object = json_node_get_object (root);

    written = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "written"), NULL);
    earlier = g_date_time_add_days (written, -1);
    earlier_text = g_date_time_format (earlier, "%Y-%m-%dT%H:%M:%SZ");
    json_object_set_string_member (object, "written", earlier_text);
    json_object_set_string_member (object, "id", id);
    write_json (stale, root);
    assert_refused (scenario.personal, scenario.personal_path, stale, TA_EXCHANGE_ERROR_STALE);
  }

  step_ends (7);
}

/* After the scenario: the pair moves a session in the same second as the
 * kit was applied (a person who opens the kit and at once drags the next
 * meeting).  By the merge rules the moved session is the pair's and a
 * newer kit keeps it, whenever the pair moved it: times are kept to the
 * second, and a rule that compared them would miss this move (it did,
 * before "moved" became "not what the last kit said"). */
void
test_same_second_change (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(TaExchangePreview) newer = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) theirs = NULL;
  g_autoptr(TaSession) after = NULL;
  g_autoptr(GDateTime) pair_time = local_at (17, 14, 0);
  g_autoptr(GDateTime) facilitator_time = local_at (18, 9, 0);
  g_autofree char *path = scenario_file ("same-second.db");
  g_autofree char *kit = scenario_file ("kit-3.turnabout");
  g_autofree char *newer_kit = scenario_file ("kit-4.turnabout");
  g_autofree char *uid = uid_of ("session", scenario.session_moved);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sessions WHERE exchange_uid = '%s'", uid);
  gint64 second;
  gint64 id;

  if (scenario.step != 9)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  g_assert_true (ta_programme_exchange_export (scenario.facilitator, scenario.pairing, kit, &error));
  g_assert_no_error (error);
  programme = open_programme (path);
  preview = read_file (programme, kit);

  wait_for_next_second ();
  second = g_get_real_time () / G_USEC_PER_SEC;
  apply_file (programme, preview);
  id = ta_test_db_query_int (path, sql);
  g_assert_cmpint (id, >, 0);
  session = get_session (programme, id);
  ta_session_set_starts_at (session, pair_time);
  g_assert_true (ta_programme_update_session (programme, session, &error));
  g_assert_no_error (error);
  if (g_get_real_time () / G_USEC_PER_SEC != second)
    {
      g_test_skip ("the clock ticked between the kit and the pair's change");
      return;
    }

  theirs = get_session (scenario.facilitator, scenario.session_moved);
  ta_session_set_starts_at (theirs, facilitator_time);
  g_assert_true (ta_programme_update_session (scenario.facilitator, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_export (scenario.facilitator, scenario.pairing, newer_kit, &error));
  g_assert_no_error (error);

  newer = read_file (programme, newer_kit);
  apply_file (programme, newer);
  after = get_session (programme, id);
  if (!g_date_time_equal (ta_session_get_starts_at (after), pair_time))
    {
      g_autofree char *got = g_date_time_format_iso8601 (ta_session_get_starts_at (after));

      g_test_message ("The session the pair moved was moved to the facilitator's time, %s", got);
      g_test_fail ();
    }
}

/* After the scenario: the pair writes the agenda of its next meeting (the
 * session's notes, as My Pairs does) and the facilitator then moves that
 * meeting.  By the merge rules only a session the pair held, cancelled or
 * moved is the pair's: the newer kit moves it, and the agenda stays
 * (an agenda does not make a session the pair's). */
void
test_agenda_then_facilitator_moves (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(TaExchangePreview) newer = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) theirs = NULL;
  g_autoptr(TaSession) after = NULL;
  g_autoptr(GDateTime) facilitator_time = local_at (19, 10, 30);
  g_autofree char *path = scenario_file ("agenda.db");
  g_autofree char *kit = scenario_file ("kit-5.turnabout");
  g_autofree char *newer_kit = scenario_file ("kit-6.turnabout");
  g_autofree char *uid = uid_of ("session", scenario.session_moved);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sessions WHERE exchange_uid = '%s'", uid);
  gint64 id;

  if (scenario.step != 9)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  g_assert_true (ta_programme_exchange_export (scenario.facilitator, scenario.pairing, kit, &error));
  g_assert_no_error (error);
  programme = open_programme (path);
  preview = read_file (programme, kit);
  apply_file (programme, preview);
  wait_for_next_second ();

  id = ta_test_db_query_int (path, sql);
  g_assert_cmpint (id, >, 0);
  session = get_session (programme, id);
  ta_session_set_notes (session, "Agenda: the shared calendar, then the intranet");
  g_assert_true (ta_programme_update_session (programme, session, &error));
  g_assert_no_error (error);

  theirs = get_session (scenario.facilitator, scenario.session_moved);
  ta_session_set_starts_at (theirs, facilitator_time);
  g_assert_true (ta_programme_update_session (scenario.facilitator, theirs, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_export (scenario.facilitator, scenario.pairing, newer_kit, &error));
  g_assert_no_error (error);

  newer = read_file (programme, newer_kit);
  apply_file (programme, newer);
  after = get_session (programme, id);
  g_assert_cmpstr (ta_session_get_notes (after), ==, "Agenda: the shared calendar, then the intranet");
  if (!g_date_time_equal (ta_session_get_starts_at (after), facilitator_time))
    {
      g_autofree char *got = g_date_time_format_iso8601 (ta_session_get_starts_at (after));

      g_test_message ("The meeting with an agenda stayed at %s, not at the facilitator's new time", got);
      g_test_fail ();
    }
}
