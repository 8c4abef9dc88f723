/* test-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange"

#include "exchange-fixture.h"

/*
 * Exchange files (docs/exchange.md) between a facilitator's programme and
 * a personal one built here: what a kit and an update carry (on the
 * bytes), every refusal (with both programmes left byte for byte and row
 * for row as they were), the checksum, the same update twice, and a kit
 * into an empty programme.  The merge rules: test-exchange-merge.c.
 */

/* What a kit carries */

static void
test_kit_bytes (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *bytes = contents (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *content;
  JsonArray *people;
  JsonArray *sessions;
  GStatBuf buf;

  g_assert_true (g_str_has_prefix (bytes, "{\"format\":\"turnabout-exchange\""));
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* Nothing of the directory beyond the two people's name, e-mail,
   * side, languages and availability; no other pair. */
  g_assert_nonnull (strstr (bytes, "Anna Peeters"));
  g_assert_nonnull (strstr (bytes, "marc@example.org"));
  g_assert_null (strstr (bytes, "Secret Department"));
  g_assert_null (strstr (bytes, "Board"));
  g_assert_null (strstr (bytes, "Chief Hidden Officer"));
  g_assert_null (strstr (bytes, "Facilitator's private note"));
  g_assert_null (strstr (bytes, "1999"));
  g_assert_null (strstr (bytes, "Zoë"));
  g_assert_null (strstr (bytes, "Yves"));
  /* The held session is the pair's business: not even its notes. */
  g_assert_null (strstr (bytes, "Facilitator's notes"));

  g_assert_true (json_parser_load_from_data (parser, bytes, -1, &error));
  g_assert_no_error (error);
  content = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "content");
  people = json_object_get_array_member (content, "people");
  g_assert_cmpuint (json_array_get_length (people), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GList) members = json_object_get_members (json_array_get_object_element (people, i));
      const char * const expected[] = { "uid", "side", "name", "email", "languages", "availability" };
      guint n = 0;

      for (GList *l = members; l != NULL; l = l->next, n++)
        g_assert_cmpstr (l->data, ==, expected[n]);
      g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
    }
  sessions = json_object_get_array_member (content, "sessions");
  g_assert_cmpuint (json_array_get_length (sessions), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sessions, i), "status"), ==,
                     "planned");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (content, "goals")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (content, "topics")), ==, 1);

  /* The pair started: each side's baseline self-rating is due. */
  {
    JsonArray *due = json_object_get_array_member (content, "check_ins_due");
    guint baselines = 0;

    for (guint i = 0; i < json_array_get_length (due); i++)
      baselines += g_str_equal (json_object_get_string_member (json_array_get_object_element (due, i), "kind"),
                                "baseline");
    g_assert_cmpuint (baselines, ==, 2);
  }

  /* The description says the same, in words. */
  {
    g_auto(GStrv) lines = ta_programme_exchange_describe (fixture->fac_programme, fixture->pairing, &error);
    g_autofree char *joined = NULL;

    g_assert_no_error (error);
    joined = g_strjoinv ("\n", lines);
    g_assert_nonnull (strstr (joined, "Pair kit for Anna Peeters and Marc Dubois"));
    g_assert_nonnull (strstr (joined, "Anna Peeters (mentor): name, e-mail address, languages and availability."));
    g_assert_nonnull (strstr (joined, "Check-in due: baseline, for the mentee, on 12 January 2026."));
    g_assert_nonnull (strstr (joined, ": planned."));
    g_assert_nonnull (strstr (joined, "Topic “Screen readers”."));
    g_assert_nonnull (strstr (joined, "Not included:"));
    g_assert_null (strstr (joined, "Zoë"));
  }
}

/* The checksum is SHA-256 over the compact content, as written. */
static void
test_checksum (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *bytes = contents (path);
  const char *start = strstr (bytes, ",\"content\":") + strlen (",\"content\":");
  g_autofree char *content = g_strndup (start, strlen (start) - 1);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  g_autofree char *expected = g_strdup_printf ("\"checksum\":\"sha256:%s\"", digest);

  g_assert_true (g_str_has_suffix (bytes, "}"));
  g_assert_nonnull (strstr (bytes, expected));
}

/* A kit into an empty programme makes it personal, with "me". */
static void
test_kit_into_empty (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) me = NULL;
  g_autofree char *home = NULL;
  g_autofree char *fac_id = ta_store_get_programme_id (fixture->fac, NULL);

  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_UNDECIDED);
  preview = read_file (fixture->pair_programme, path);
  g_assert_true (ta_exchange_preview_makes_personal (preview));
  g_assert_false (ta_exchange_preview_is_empty (preview));
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_KIT);
  g_assert_cmpstr (ta_exchange_preview_get_pair (preview), ==, "Anna Peeters and Marc Dubois");
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "Anna Peeters"));
  ta_exchange_preview_set_me (preview, TA_PAIR_SIDE_MENTEE);
  g_assert_true (ta_programme_exchange_apply (fixture->pair_programme, preview, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  me = ta_store_get_participant (fixture->pair, ta_programme_get_me (fixture->pair_programme), NULL);
  g_assert_nonnull (me);
  g_assert_cmpstr (ta_participant_get_email (me), ==, "marc@example.org");
  home = text (fixture->pair, "SELECT value FROM settings WHERE key = 'home-programme-id'");
  g_assert_cmpstr (home, ==, fac_id);

  /* Exactly the pair: two people, one pairing, its two planned sessions,
   * its goals and its topic; nothing else of the directory. */
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM participants"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM participants WHERE department IS NOT NULL "
                                         "OR notes IS NOT NULL OR birth_year <> 0 OR job_title IS NOT NULL"), ==, 0);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM pairings WHERE status = 'active'"), ==, 1);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions WHERE status = 'planned'"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM sessions"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM pairing_goals"), ==, 2);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM topics t JOIN topic_researchers r "
                                         "ON r.topic_id = t.id WHERE t.title = 'Screen readers'"), ==, 1);
  g_assert_cmpint (count (fixture->pair, "SELECT count (*) FROM exchange_log"), ==, 1);
}

/* What an update carries: the shared learning, never the private one
 * nor the notes; then the facilitator sees it all. */
static void
test_update_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *update = NULL;
  g_autofree char *bytes = NULL;
  g_autoptr(TaSession) session = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "pair-check-in-1");

  lines = ta_programme_exchange_describe (fixture->pair_programme, pair_pairing (fixture), NULL);
  g_assert_nonnull (lines);
  joined = g_strjoinv ("\n", lines);
  g_assert_nonnull (strstr (joined, ": held."));
  g_assert_nonnull (strstr (joined, "Seniors read every e-mail twice"));
  g_assert_nonnull (strstr (joined, "Check-in answer: relationship, quality 4 of 5."));
  g_assert_nonnull (strstr (joined, "Not included: private notes and 1 unshared learning."));
  g_assert_null (strstr (joined, "shared drive"));

  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  bytes = contents (update);
  g_assert_nonnull (strstr (bytes, "\"kind\":\"pair-update\""));
  g_assert_nonnull (strstr (bytes, "Seniors read every e-mail twice"));
  g_assert_null (strstr (bytes, "I still fear the shared drive"));
  g_assert_null (strstr (bytes, "Our private notes"));
  g_assert_null (strstr (bytes, "department"));

  preview = read_file (fixture->fac_programme, update);
  g_assert_cmpint (ta_exchange_preview_get_kind (preview), ==, TA_EXCHANGE_PAIR_UPDATE);
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "“Held”"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_UPDATE, "Seniors read every e-mail twice"));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_ADD, "relationship, quality 4 of 5"));
  g_clear_object (&preview);
  apply_file (fixture->fac_programme, update);

  session = ta_store_get_session (fixture->fac, fixture->past, NULL);
  g_assert_cmpint (ta_session_get_status (session), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_mentor_learned (session), ==, "Seniors read every e-mail twice");
  g_assert_true (ta_session_get_mentor_learned_shared (session));
  g_assert_null (ta_session_get_mentee_learned (session));
  g_assert_null (ta_session_get_notes (session));
  g_assert_cmpint (ta_session_get_mentee_rating (session), ==, 4);
  g_assert_cmpint (count (fixture->fac, "SELECT count (*) FROM check_ins WHERE uid = 'pair-check-in-1' "
                                        "AND source = 'exchange' AND quality = 4"), ==, 1);
}

/* The same update twice changes nothing the second time. */
static void
test_update_twice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *update = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  give_kit (fixture);
  hold_past_session (fixture);
  answer_check_in (fixture, "pair-check-in-1");
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  apply_file (fixture->fac_programme, update);

  before = dump (fixture->fac);
  preview = read_file (fixture->fac_programme, update);
  g_assert_true (ta_exchange_preview_is_empty (preview));
  g_assert_true (has_line (preview, TA_EXCHANGE_CHANGE_KEEP, "Already applied"));
  g_assert_true (ta_programme_exchange_apply (fixture->fac_programme, preview, &error));
  g_assert_no_error (error);
  after = dump (fixture->fac);
  g_assert_cmpstr (before, ==, after);

  /* A new update saying the same adds nothing either (the log aside). */
  {
    g_autofree char *again = export (fixture, fixture->pair_programme, pair_pairing (fixture), "again.turnabout");
    g_autoptr(TaExchangePreview) same = read_file (fixture->fac_programme, again);

    g_assert_true (ta_exchange_preview_is_empty (same));
  }
}

/* Refusals: each leaves both programmes as they were. */

typedef enum
{
  EDIT_NOT_JSON,
  EDIT_FORMAT,
  EDIT_MISSING,
  EDIT_VERSION,
  EDIT_TAMPERED,
  EDIT_PROGRAMME,
} Edit;

static char *
edited (const char *bytes,
        Edit        edit)
{
  g_autoptr(GString) out = g_string_new (bytes);

  switch (edit)
    {
    case EDIT_NOT_JSON:
      g_string_truncate (out, out->len / 2);
      break;
    case EDIT_FORMAT:
      g_string_replace (out, "turnabout-exchange", "turnabout-swap", 1);
      break;
    case EDIT_MISSING:
      {
        const char *at = strstr (out->str, "\"checksum\":");
        const char *end = strchr (at, ',');

        g_string_erase (out, at - out->str, end - at + 1);
      }
      break;
    case EDIT_VERSION:
      g_string_replace (out, "\"version\":1", "\"version\":2", 1);
      break;
    case EDIT_TAMPERED:
      /* One byte of the content. */
      g_string_replace (out, "Seniors read", "Seniors reed", 1);
      g_string_replace (out, "Use the shared", "Use the sharod", 1);
      break;
    case EDIT_PROGRAMME:
      {
        const char *at = strstr (out->str, "\"programme\":\"") + strlen ("\"programme\":\"");

        out->str[at - out->str] = out->str[at - out->str] == 'a' ? 'b' : 'a';
      }
      break;
    }

  return g_strdup (out->str);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  const struct
  {
    Edit edit;
    int code;
  } cases[] = {
    { EDIT_NOT_JSON, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_FORMAT, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_MISSING, TA_EXCHANGE_ERROR_NOT_EXCHANGE },
    { EDIT_VERSION, TA_EXCHANGE_ERROR_TOO_NEW },
    { EDIT_TAMPERED, TA_EXCHANGE_ERROR_TAMPERED },
    { EDIT_PROGRAMME, TA_EXCHANGE_ERROR_OTHER_PROGRAMME },
  };
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");
  g_autofree char *kit_bytes = contents (kit);
  g_autofree char *update = NULL;
  g_autofree char *update_bytes = NULL;
  g_autofree char *plain = file_path (fixture, "plain.turnabout");

  apply_file (fixture->pair_programme, kit);
  hold_past_session (fixture);
  update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "update.turnabout");
  update_bytes = contents (update);

  /* Not even JSON. */
  put (plain, "Dear facilitator, here is our update.");
  assert_refused (fixture, fixture->fac_programme, fixture->fac, plain, TA_EXCHANGE_ERROR_NOT_EXCHANGE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("edited-%u.turnabout", i);
      g_autofree char *path = file_path (fixture, name);
      g_autofree char *bytes = edited (update_bytes, cases[i].edit);

      put (path, bytes);
      assert_refused (fixture, fixture->fac_programme, fixture->fac, path, cases[i].code);
    }

  /* A kit whose content was changed, into the personal programme. */
  {
    g_autofree char *path = file_path (fixture, "tampered-kit.turnabout");
    g_autofree char *bytes = edited (kit_bytes, EDIT_TAMPERED);

    put (path, bytes);
    assert_refused (fixture, fixture->pair_programme, fixture->pair, path, TA_EXCHANGE_ERROR_TAMPERED);
  }

  /* The wrong side: a kit into a facilitator's programme, an update into
   * a personal one. */
  assert_refused (fixture, fixture->fac_programme, fixture->fac, kit, TA_EXCHANGE_ERROR_WRONG_SIDE);
  assert_refused (fixture, fixture->pair_programme, fixture->pair, update, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

/* A kit of another facilitator into a personal programme that follows
 * one already. */
static void
test_kit_other_programme (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaProgramme) other_programme = NULL;
  TaTestDir other_dir = { 0 };
  g_autofree char *path = NULL;
  gint64 a, b, pairing;

  give_kit (fixture);
  other = ta_test_open_programme (&other_dir);
  other_programme = ta_programme_new_for_store (other);
  a = ta_test_add_person (other, "Anna Peeters", "anna@example.org", TA_ROLE_MENTOR, "capacity", 1, NULL);
  b = ta_test_add_person (other, "Marc Dubois", "marc@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (other, a, b, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  path = export (fixture, other_programme, pairing, "other-kit.turnabout");

  assert_refused (fixture, fixture->pair_programme, fixture->pair, path, TA_EXCHANGE_ERROR_OTHER_PROGRAMME);

  g_clear_object (&other_programme);
  g_clear_object (&other);
  ta_test_dir_clear (&other_dir);
}

/* An older update after a newer one of the same pair is stale; an update
 * of a pair the facilitator deleted has no pair. */
static void
test_stale_and_no_pair (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaExContent) older = NULL;
  g_autoptr(TaExContent) newer = NULL;
  g_autofree char *older_path = file_path (fixture, "older.turnabout");
  g_autofree char *newer_path = file_path (fixture, "newer.turnabout");
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  give_kit (fixture);
  older = ta_store_read_exchange (fixture->pair, pair_pairing (fixture), &error);
  g_assert_no_error (error);
  newer = ta_store_read_exchange (fixture->pair, pair_pairing (fixture), &error);
  g_assert_no_error (error);
  g_date_time_unref (older->written);
  older->written = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);
  g_date_time_unref (newer->written);
  newer->written = g_date_time_new_utc (2026, 3, 8, 10, 0, 0);
  bytes = ta_exchange_write_bytes (older, &length);
  put (older_path, bytes);
  g_free (bytes);
  bytes = ta_exchange_write_bytes (newer, &length);
  put (newer_path, bytes);

  apply_file (fixture->fac_programme, newer_path);
  assert_refused (fixture, fixture->fac_programme, fixture->fac, older_path, TA_EXCHANGE_ERROR_STALE);

  g_assert_true (ta_store_delete_pairing (fixture->fac, fixture->pairing, &error));
  g_assert_no_error (error);
  {
    g_autofree char *update = export (fixture, fixture->pair_programme, pair_pairing (fixture), "gone.turnabout");

    assert_refused (fixture, fixture->fac_programme, fixture->fac, update, TA_EXCHANGE_ERROR_NO_PAIR);
  }
}

/* A personal pair made by hand came from no kit: no update. */
static void
test_update_without_kit (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(TaParticipant) me = ta_test_make_participant ("Lena Own", "lena@example.org");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_path (fixture, "nowhere.turnabout");
  gint64 partner, pairing;

  ta_participant_set_role (me, TA_ROLE_MENTOR);
  ta_participant_set_capacity (me, 1);
  g_assert_true (ta_programme_make_personal (fixture->pair_programme, me, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_programme_get_side (fixture->pair_programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  g_assert_cmpint (ta_programme_get_me (fixture->pair_programme), ==, ta_participant_get_id (me));
  g_assert_false (ta_programme_set_facilitator_side (fixture->pair_programme, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  partner = ta_test_add_person (fixture->pair, "Paul Partner", "paul@example.org", TA_ROLE_MENTEE, NULL);
  pairing = ta_test_add_pairing (fixture->pair, ta_participant_get_id (me), partner,
                                 "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  g_assert_false (ta_programme_exchange_export (fixture->pair_programme, pairing, path, &error));
  g_assert_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A kit of a pair "me" is not in is not for a personal programme. */
static void
test_kit_not_mine (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(TaParticipant) me = ta_test_make_participant ("Lena Own", "lena@example.org");
  g_autoptr(GError) error = NULL;
  g_autofree char *kit = export (fixture, fixture->fac_programme, fixture->pairing, "kit.turnabout");

  g_assert_true (ta_programme_make_personal (fixture->pair_programme, me, &error));
  g_assert_no_error (error);
  assert_refused (fixture, fixture->pair_programme, fixture->pair, kit, TA_EXCHANGE_ERROR_WRONG_SIDE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exchange/kit-bytes", test_kit_bytes);
  ADD ("/exchange/checksum", test_checksum);
  ADD ("/exchange/kit-into-empty", test_kit_into_empty);
  ADD ("/exchange/update-round-trip", test_update_round_trip);
  ADD ("/exchange/update-twice", test_update_twice);
  ADD ("/exchange/refusals", test_refusals);
  ADD ("/exchange/kit-other-programme", test_kit_other_programme);
  ADD ("/exchange/stale-and-no-pair", test_stale_and_no_pair);
  ADD ("/exchange/update-without-kit", test_update_without_kit);
  ADD ("/exchange/kit-not-mine", test_kit_not_mine);

  return g_test_run ();
}
