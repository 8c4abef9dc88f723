/* exchange-refusals.c - the files test-exchange-roundtrip sees refused:
 * tampered with, from another programme, too new, for the other side, not
 * an exchange file, stale, or naming a pair that is not here; each with
 * its error and the programme unchanged row for row
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-roundtrip"

#include "exchange-scenario.h"
/* The refusals run after step 6 and change nothing, so any order. */
static gboolean
refusals_may_run (void)
{
  if (scenario.step == 7)
    return TRUE;
  g_test_skip ("an earlier step of the scenario did not finish");
  return FALSE;
}


/* One character of the shared learning changed inside `content`; the
 * checksum kept. */
void
test_refuse_tampered (void)
{
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *found;

  if (!refusals_may_run ())
    return;

  text = file_text (scenario.update_path);
  found = strstr (text, "Shared-learning-Q7X");
  g_assert_nonnull (found);
  found[strlen ("Shared-learning-Q7")] = 'Y';
  path = scenario_file ("tampered.turnabout");
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  assert_refused (scenario.facilitator, scenario.facilitator_path, path, TA_EXCHANGE_ERROR_TAMPERED);
}

/* An update from a pair of a second facilitator's programme. */
void
test_refuse_other_programme (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaProgramme) other = NULL;
  g_autoptr(TaProgramme) other_personal = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) personal_pairings = NULL;
  g_autofree char *other_path = scenario_file ("other.db");
  g_autofree char *other_personal_path = scenario_file ("other-personal.db");
  g_autofree char *other_kit = scenario_file ("other-kit.turnabout");
  g_autofree char *other_update = scenario_file ("other-update.turnabout");
  gint64 pairing = 0;

  if (!refusals_may_run ())
    return;

  other = open_programme (other_path);
  g_assert_true (ta_programme_fill_sample (other, 20, 2, &error));
  g_assert_no_error (error);
  pairings = ta_programme_list_pairings (other, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len && pairing == 0; i++)
    if (ta_pairing_get_status (g_ptr_array_index (pairings, i)) == TA_PAIRING_STATUS_ACTIVE)
      pairing = ta_pairing_get_id (g_ptr_array_index (pairings, i));
  g_assert_cmpint (pairing, >, 0);
  g_assert_true (ta_programme_exchange_export (other, pairing, other_kit, &error));
  g_assert_no_error (error);

  /* Its kit is for its own pair, not for ours. */
  assert_refused (scenario.personal, scenario.personal_path, other_kit, TA_EXCHANGE_ERROR_OTHER_PROGRAMME);

  other_personal = open_programme (other_personal_path);
  preview = read_file (other_personal, other_kit);
  apply_file (other_personal, preview);
  personal_pairings = ta_programme_list_pairings (other_personal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (personal_pairings->len, ==, 1);
  g_assert_true (ta_programme_exchange_export (other_personal,
                                               ta_pairing_get_id (g_ptr_array_index (personal_pairings, 0)),
                                               other_update, &error));
  g_assert_no_error (error);

  assert_refused (scenario.facilitator, scenario.facilitator_path, other_update, TA_EXCHANGE_ERROR_OTHER_PROGRAMME);
}

/* "version": 2, the content and its checksum as they were. */
void
test_refuse_too_new (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = NULL;

  if (!refusals_may_run ())
    return;

  root = load_json (scenario.update_path);
  json_object_set_int_member (json_node_get_object (root), "version", 2);
  path = scenario_file ("newer.turnabout");
  write_json (path, root);
  assert_refused (scenario.facilitator, scenario.facilitator_path, path, TA_EXCHANGE_ERROR_TOO_NEW);
}

/* A kit opened by the facilitator, an update opened by the pair. */
void
test_refuse_wrong_side (void)
{
  if (!refusals_may_run ())
    return;

  assert_refused (scenario.facilitator, scenario.facilitator_path, scenario.kit_path, TA_EXCHANGE_ERROR_WRONG_SIDE);
  assert_refused (scenario.personal, scenario.personal_path, scenario.update_path, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

/* Not JSON; JSON of another format; a required member missing. */
void
test_refuse_not_exchange (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *garbage = scenario_file ("garbage.turnabout");
  g_autofree char *other_format = scenario_file ("other-format.turnabout");
  g_autofree char *no_content = scenario_file ("no-content.turnabout");

  if (!refusals_may_run ())
    return;

  g_assert_true (g_file_set_contents (garbage, "BEGIN:VCALENDAR\r\nthis is not JSON\r\n", -1, &error));
  g_assert_no_error (error);
  assert_refused (scenario.facilitator, scenario.facilitator_path, garbage, TA_EXCHANGE_ERROR_NOT_EXCHANGE);

  root = load_json (scenario.update_path);
  json_object_set_string_member (json_node_get_object (root), "format", "something-else");
  write_json (other_format, root);
  assert_refused (scenario.facilitator, scenario.facilitator_path, other_format, TA_EXCHANGE_ERROR_NOT_EXCHANGE);

  json_object_set_string_member (json_node_get_object (root), "format", "turnabout-exchange");
  json_object_remove_member (json_node_get_object (root), "content");
  write_json (no_content, root);
  assert_refused (scenario.facilitator, scenario.facilitator_path, no_content, TA_EXCHANGE_ERROR_NOT_EXCHANGE);
}

/* An update of the same pair, another file written before the one
 * applied: stale.  (Written and id are outside the checksummed content.) */
void
test_refuse_stale (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autoptr(GDateTime) earlier = NULL;
  g_autofree char *earlier_text = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *path = scenario_file ("stale.turnabout");
  JsonObject *object;

  if (!refusals_may_run ())
    return;

  root = load_json (scenario.update_path);
  object = json_node_get_object (root);
  written = g_date_time_new_from_iso8601 (json_object_get_string_member (object, "written"), NULL);
  earlier = g_date_time_add_days (written, -1);
  earlier_text = g_date_time_format (earlier, "%Y-%m-%dT%H:%M:%SZ");
  json_object_set_string_member (object, "written", earlier_text);
  json_object_set_string_member (object, "id", id);
  write_json (path, root);
  assert_refused (scenario.facilitator, scenario.facilitator_path, path, TA_EXCHANGE_ERROR_STALE);
}

/* An update naming a pair the facilitator does not have, sealed with a
 * correct checksum. */
void
test_refuse_no_pair (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = scenario_file ("no-pair.turnabout");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *missing = uid_of ("pairing", 987654);
  JsonObject *pair;

  if (!refusals_may_run ())
    return;

  root = load_json (scenario.update_path);
  pair = json_object_get_object_member (content_of (root), "pair");
  json_object_set_string_member (pair, "uid", missing);
  json_object_set_string_member (json_node_get_object (root), "id", id);
  reseal (root);
  write_json (path, root);
  assert_refused (scenario.facilitator, scenario.facilitator_path, path, TA_EXCHANGE_ERROR_NO_PAIR);
}

/* The checks come in the doc's order: a newer version before the
 * checksum, the checksum before the side, the side before the programme. */
void
test_refuse_in_order (void)
{
  g_autoptr(JsonNode) newer = NULL;
  g_autofree char *newer_path = scenario_file ("newer-and-tampered.turnabout");
  g_autofree char *kit_path = scenario_file ("tampered-kit.turnabout");
  g_autofree char *other_update = scenario_file ("other-update.turnabout");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  char *found;

  if (!refusals_may_run ())
    return;

  newer = load_json (scenario.update_path);
  json_object_set_int_member (json_node_get_object (newer), "version", 2);
  json_object_set_string_member (json_object_get_object_member (content_of (newer), "pair"), "uid", "changed");
  write_json (newer_path, newer);
  assert_refused (scenario.facilitator, scenario.facilitator_path, newer_path, TA_EXCHANGE_ERROR_TOO_NEW);

  text = file_text (scenario.kit_path);
  found = strstr (text, GOAL_TITLE);
  g_assert_nonnull (found);
  found[0] = 'r';
  g_assert_true (g_file_set_contents (kit_path, text, -1, &error));
  g_assert_no_error (error);
  assert_refused (scenario.facilitator, scenario.facilitator_path, kit_path, TA_EXCHANGE_ERROR_TAMPERED);

  /* Written by the other-programme test: an update, so first not for a
   * personal programme. */
  if (g_file_test (other_update, G_FILE_TEST_EXISTS))
    assert_refused (scenario.personal, scenario.personal_path, other_update, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

/* Members a later Turnabout of the same version may add are ignored: the
 * update with more members (sealed again, under a new id) still reads. */
void
test_unknown_members_ignored (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonObject) future = json_object_new ();
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = scenario_file ("more-members.turnabout");
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  JsonArray *sessions;

  if (!refusals_may_run ())
    return;

  root = load_json (scenario.update_path);
  json_object_set_int_member (future, "level", 3);
  json_object_set_object_member (json_node_get_object (root), "future", g_steal_pointer (&future));
  json_object_set_string_member (json_node_get_object (root), "id", id);
  json_object_set_string_member (content_of (root), "mood", "cheerful");
  sessions = json_object_get_array_member (content_of (root), "sessions");
  json_object_set_string_member (json_array_get_object_element (sessions, 0), "colour", "teal");
  reseal (root);
  write_json (path, root);

  before = ta_test_db_dump (scenario.facilitator_path);
  preview = ta_programme_exchange_read (scenario.facilitator, path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (preview);
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_UPDATE);
  after = ta_test_db_dump (scenario.facilitator_path);
  g_assert_cmpstr (after, ==, before);
}

/* A kit of another pair of the same facilitator, in which "me" is not:
 * not for this personal programme. */
void
test_refuse_kit_of_other_pair (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autofree char *path = scenario_file ("kit-of-another-pair.turnabout");
  gint64 other = 0;

  if (!refusals_may_run ())
    return;

  pairings = ta_programme_list_pairings (scenario.facilitator, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len && other == 0; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      gint64 me = scenario.me_is_mentor ? scenario.mentor : scenario.mentee;

      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE &&
          ta_pairing_get_mentor_id (pairing) != me && ta_pairing_get_mentee_id (pairing) != me)
        other = ta_pairing_get_id (pairing);
    }
  g_assert_cmpint (other, >, 0);
  g_assert_true (ta_programme_exchange_export (scenario.facilitator, other, path, &error));
  g_assert_no_error (error);
  assert_refused (scenario.personal, scenario.personal_path, path, TA_EXCHANGE_ERROR_WRONG_SIDE);
}
