/* exchange-by-hand.c - after the scenario of test-exchange-roundtrip: a
 * personal programme begun by hand ("I keep my own mentoring") takes the
 * pair's kit and finds "me" in it by e-mail, and the pair made by hand is
 * the kit's pair; a pair made by hand has no update to write
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-roundtrip"

#include "exchange-scenario.h"

static TaParticipant *
make_me (const char *name,
         const char *email,
         TaRole      role)
{
  TaParticipant *me = ta_test_make_participant (name, email);

  ta_participant_set_role (me, role);
  return me;
}

/* The mentee began their own Turnabout by hand, then got the kit. */
void
test_kit_into_hand_made (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaParticipant) original = NULL;
  g_autoptr(TaParticipant) me = NULL;
  g_autoptr(TaParticipant) me_after = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autofree char *path = scenario_file ("by-hand.db");
  g_autofree char *kit = scenario_file ("kit-2.turnabout");
  g_autofree char *me_uid = uid_of ("participant", scenario.mentee);
  g_autofree char *sql = NULL;
  g_autofree char *home = NULL;
  gint64 me_id;

  if (scenario.step != 9)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  original = get_participant (scenario.facilitator, scenario.mentee);
  programme = open_programme (path);
  me = make_me ("Typed By Hand", ta_participant_get_email (original), TA_ROLE_MENTEE);
  g_assert_true (ta_programme_make_personal (programme, me, &error));
  g_assert_no_error (error);
  me_id = ta_participant_get_id (me);
  g_assert_cmpint (me_id, >, 0);
  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  g_assert_cmpint (ta_programme_get_me (programme), ==, me_id);

  preview = read_file (programme, kit);
  g_assert_false (ta_exchange_preview_makes_personal (preview));
  apply_file (programme, preview);

  /* "me" found by e-mail: not added twice, kept as typed, and named by the
   * kit's uid from now on. */
  g_assert_cmpint (count_rows (path, "participants"), ==, 2);
  g_assert_cmpint (ta_programme_get_me (programme), ==, me_id);
  me_after = get_participant (programme, me_id);
  g_assert_cmpstr (ta_participant_get_name (me_after), ==, "Typed By Hand");
  sql = g_strdup_printf ("SELECT exchange_uid FROM participants WHERE id = %" G_GINT64_FORMAT, me_id);
  assert_query (path, sql, me_uid);
  pairings = ta_programme_list_pairings (programme, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 1);
  g_assert_cmpint (ta_pairing_get_mentee_id (g_ptr_array_index (pairings, 0)), ==, me_id);
  home = ta_test_db_query_text (path, "SELECT value FROM settings WHERE key = 'home-programme-id'");
  g_assert_cmpstr (home, ==, scenario.facilitator_id);
}

/* A pair made by hand came from no kit: it has no update to send. */
void
test_update_of_hand_made_pair (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaParticipant) me = make_me ("Mia Mentor", "mia@example.org", TA_ROLE_MENTOR);
  g_autoptr(TaParticipant) partner = make_me ("Paul Partner", "paul@example.org", TA_ROLE_MENTEE);
  g_autoptr(TaPairing) pairing = NULL;
  g_autofree char *path = scenario_file ("by-hand-only.db");
  g_autofree char *update = scenario_file ("by-hand-update.turnabout");
  gboolean written;

  if (scenario.step != 9)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  programme = open_programme (path);
  g_assert_true (ta_programme_make_personal (programme, me, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_add_participant (programme, partner, &error));
  g_assert_no_error (error);
  pairing = ta_pairing_new (ta_participant_get_id (me), ta_participant_get_id (partner));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  ta_pairing_set_started_on (pairing, "2026-11-02");
  g_assert_true (ta_programme_add_pairing (programme, pairing, &error));
  g_assert_no_error (error);

  written = ta_programme_exchange_export (programme, ta_pairing_get_id (pairing), update, &error);
  g_assert_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR);
  g_assert_false (written);
  g_assert_false (g_file_test (update, G_FILE_TEST_EXISTS));
}

/* The pair began by hand, me and New Pair with my partner, then got the
 * kit: both people are found by e-mail, and the pair they already have
 * is the kit's pair, not a second one beside it. */
void
test_kit_into_hand_made_pair (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(TaParticipant) me = NULL;
  g_autoptr(TaParticipant) partner = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autofree char *path = scenario_file ("by-hand-pair.db");
  g_autofree char *kit = scenario_file ("kit-2.turnabout");

  if (scenario.step != 9)
    {
      g_test_skip ("an earlier step of the scenario did not finish");
      return;
    }

  mentor = get_participant (scenario.facilitator, scenario.mentor);
  mentee = get_participant (scenario.facilitator, scenario.mentee);
  programme = open_programme (path);
  me = make_me ("Mentee By Hand", ta_participant_get_email (mentee), TA_ROLE_MENTEE);
  g_assert_true (ta_programme_make_personal (programme, me, &error));
  g_assert_no_error (error);
  partner = make_me ("Mentor By Hand", ta_participant_get_email (mentor), TA_ROLE_MENTOR);
  pairing = ta_programme_add_personal_pair (programme, partner, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pairing);
  g_assert_cmpint (count_rows (path, "pairings"), ==, 1);

  preview = read_file (programme, kit);
  apply_file (programme, preview);
  g_assert_cmpint (count_rows (path, "participants"), ==, 2);
  SOFT_CHECK (count_rows (path, "pairings") == 1, "the kit added a second pair of the same two people (%"
              G_GINT64_FORMAT " pairs)", count_rows (path, "pairings"));
}
