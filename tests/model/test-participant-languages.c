/* test-participant-languages.c: languages by name, what a delete takes,
 * the default capacity of a mentor
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-participant-languages"

#include "config.h"

#include <string.h>

#include "ta-csv-import.h"
#include "ta-languages.h"
#include "ta-match.h"
#include "ta-participant-csv.h"
#include "ta-store.h"
#include "ta-topic.h"
#include "ta-test-programme.h"

#define STRV(...) ((const char * const[]) { __VA_ARGS__, NULL })

static void
test_names_and_codes (void)
{
  g_autofree char *joined = NULL;
  g_autofree char *unknown = NULL;
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) names = NULL;

  /* Code → name, in any case; an unknown code is shown as it is. */
  g_assert_cmpstr (ta_language_get_name ("fr"), ==, "French");
  g_assert_cmpstr (ta_language_get_name ("LN"), ==, "Lingala");
  g_assert_null (ta_language_get_name ("xx"));
  unknown = ta_language_dup_display_name ("Klingon");
  g_assert_cmpstr (unknown, ==, "Klingon");
  joined = ta_languages_join_names (STRV ("fr", "ln", "tlh"));
  g_assert_cmpstr (joined, ==, "French, Lingala, tlh");

  /* Name → code: any case, accents or not, English or the language's own
   * name; a code is a code. */
  g_assert_cmpstr (ta_language_find_code ("French"), ==, "fr");
  g_assert_cmpstr (ta_language_find_code ("  FRENCH "), ==, "fr");
  g_assert_cmpstr (ta_language_find_code ("français"), ==, "fr");
  g_assert_cmpstr (ta_language_find_code ("francais"), ==, "fr");
  g_assert_cmpstr (ta_language_find_code ("Nederlands"), ==, "nl");
  g_assert_cmpstr (ta_language_find_code ("deutsch"), ==, "de");
  g_assert_cmpstr (ta_language_find_code ("Swahili"), ==, "sw");
  g_assert_cmpstr (ta_language_find_code ("nl"), ==, "nl");
  g_assert_null (ta_language_find_code ("Elvish"));
  g_assert_null (ta_language_find_code (""));

  /* Every code has a name, and the lists are sorted by it. */
  codes = ta_languages_list_codes ();
  names = ta_languages_list_names ();
  g_assert_cmpuint (g_strv_length (codes), >=, 60);
  g_assert_cmpuint (g_strv_length (codes), ==, g_strv_length (names));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_assert_cmpstr (ta_language_get_name (codes[i]), ==, names[i]);
      g_assert_cmpstr (ta_language_find_code (names[i]), ==, codes[i]);
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (names[i - 1], names[i]), <, 0);
    }
  for (const char * const *wanted = STRV ("nl", "fr", "de", "en", "es", "it", "pt", "pl", "ro",
                                          "ar", "tr", "ln", "sw", "zh", "ja", "hi", "uk", "ru");
       *wanted != NULL; wanted++)
    g_assert_true (g_strv_contains ((const char * const *) codes, *wanted));
}

static void
test_set_languages_normalizes (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();

  /* Names become codes, codes stay as written, unknown text is kept, the
   * same language twice is kept once. */
  ta_participant_set_languages (participant, STRV ("French", " Lingala", "EN", "fr", "Klingon", ""));
  g_assert_cmpstrv (ta_participant_get_languages (participant), STRV ("fr", "ln", "EN", "Klingon"));
}

static TaStore *
open_store (TaTestDir *dir)
{
  g_autoptr(GError) error = NULL;
  TaStore *store;

  ta_test_dir_init (dir);
  store = ta_store_open (dir->path, &error);
  g_assert_no_error (error);
  return store;
}

static TaParticipant *
find (TaStore    *store,
      const char *email)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_store_find_participant_by_email (store, email, &error);

  g_assert_no_error (error);
  g_assert_nonnull (participant);
  return participant;
}

static void
test_import_names (void)
{
  TaTestDir dir = { 0 };
  g_autoptr(TaStore) store = open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(TaParticipant) other = NULL;
  g_autoptr(TaMatcher) matcher = NULL;
  TaImportResult *result = NULL;
  const char *csv =
    "name,email,role,capacity,languages,offers,seeks\n"
    "Camille Durand,camille@example.be,mentor,1,French,AI tools,\n"
    "Marc Peeters,marc@example.be,mentee,,fr,,AI tools\n"
    "Lotte Janssens,lotte@example.be,mentee,,Nederlands,,AI tools\n";

  g_assert_true (ta_participants_import_csv (store, csv, strlen (csv), "people.csv", FALSE,
                                             &result, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, ta_import_result_free);

  /* Stored as codes. */
  mentor = find (store, "camille@example.be");
  mentee = find (store, "marc@example.be");
  other = find (store, "lotte@example.be");
  g_assert_cmpstrv (ta_participant_get_languages (mentor), STRV ("fr"));
  g_assert_cmpstrv (ta_participant_get_languages (mentee), STRV ("fr"));
  g_assert_cmpstrv (ta_participant_get_languages (other), STRV ("nl"));

  /* "French" and "fr" share a language in the common-language rule;
   * French and Dutch do not. */
  matcher = ta_matcher_new_from_store (store, &error);
  g_assert_no_error (error);
  {
    g_auto(TaScore) score = { 0 };

    g_assert_true (ta_matcher_score (matcher, ta_participant_get_id (mentor),
                                     ta_participant_get_id (mentee), &score, &error));
    g_assert_no_error (error);
    g_assert_false (score.forbidden);
  }
  {
    g_auto(TaScore) score = { 0 };

    g_assert_true (ta_matcher_score (matcher, ta_participant_get_id (mentor),
                                     ta_participant_get_id (other), &score, &error));
    g_assert_no_error (error);
    g_assert_true (score.forbidden);
  }

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

static void
test_mentor_capacity (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autoptr(GError) error = NULL;

  /* A new mentor can be suggested a mentee at once. */
  ta_participant_set_name (participant, "New Mentor");
  ta_participant_set_email (participant, "new@example.be");
  ta_participant_set_role (participant, TA_ROLE_MENTOR);
  g_assert_cmpint (ta_participant_get_capacity (participant), ==, 1);
  g_assert_true (ta_participant_validate (participant, &error));
  g_assert_no_error (error);
}

static void
test_count_links (void)
{
  TaTestDir dir = { 0 };
  g_autoptr(TaStore) store = open_store (&dir);
  g_autoptr(TaParticipant) mentor = ta_test_add_participant (store, "Alex Martin", "alex@example.be", TA_ROLE_MENTOR,
                                                             NULL);
  g_autoptr(TaParticipant) mentee = ta_test_add_participant (store, "Bo Claes", "bo@example.be", TA_ROLE_MENTEE,
                                                             NULL);
  g_autoptr(TaParticipant) alone = ta_test_add_participant (store, "Cas Wouters", "cas@example.be", TA_ROLE_MENTEE,
                                                            NULL);
  g_autoptr(TaPairing) pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  g_autoptr(TaTopic) topic = ta_topic_new ("Podcasting");
  g_autoptr(GError) error = NULL;
  TaParticipantLinks links = { 99, 99, 99 };

  g_assert_true (ta_store_count_participant_links (store, ta_participant_get_id (mentor), &links, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links.n_pairings, ==, 0);
  g_assert_cmpuint (links.n_sessions, ==, 0);
  g_assert_cmpuint (links.n_topics, ==, 0);

  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 2 + 7 * i, 12, 0, 0);
      g_autoptr(TaSession) session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), when, 60);

      g_assert_true (ta_store_add_session (store, session, &error));
      g_assert_no_error (error);
    }
  g_assert_true (ta_store_add_topic (store, topic, &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_set_topic_interest (store, ta_topic_get_id (topic),
                                              ta_participant_get_id (mentor), TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (ta_store_count_participant_links (store, ta_participant_get_id (mentor), &links, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links.n_pairings, ==, 1);
  g_assert_cmpuint (links.n_sessions, ==, 3);
  g_assert_cmpuint (links.n_topics, ==, 1);

  g_assert_true (ta_store_count_participant_links (store, ta_participant_get_id (mentee), &links, &error));
  g_assert_cmpuint (links.n_pairings, ==, 1);
  g_assert_cmpuint (links.n_sessions, ==, 3);
  g_assert_cmpuint (links.n_topics, ==, 0);

  g_assert_true (ta_store_count_participant_links (store, ta_participant_get_id (alone), &links, &error));
  g_assert_cmpuint (links.n_pairings, ==, 0);
  g_assert_cmpuint (links.n_sessions, ==, 0);

  /* The count is what the delete then takes. */
  g_assert_true (ta_store_delete_participant (store, ta_participant_get_id (mentor), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ta_store_count_participant_links (store, ta_participant_get_id (mentee), &links, &error));
  g_assert_cmpuint (links.n_pairings, ==, 0);
  g_assert_cmpuint (links.n_sessions, ==, 0);

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/participant/languages/names-and-codes", test_names_and_codes);
  g_test_add_func ("/participant/languages/set-normalizes", test_set_languages_normalizes);
  g_test_add_func ("/participant/languages/import-names", test_import_names);
  g_test_add_func ("/participant/mentor-capacity", test_mentor_capacity);
  g_test_add_func ("/participant/count-links", test_count_links);

  return g_test_run ();
}
