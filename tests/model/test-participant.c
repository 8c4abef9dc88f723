/* test-participant.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-participant"

#include <string.h>

#include "ta-participant.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  const char *offers[] = { "AI tools", NULL };
  const char *same_offers[] = { "AI tools", NULL };
  guint count = 0;

  g_signal_connect (participant, "notify", G_CALLBACK (count_notify), &count);

  ta_participant_set_name (participant, "Ada");
  g_assert_cmpuint (count, ==, 1);
  ta_participant_set_name (participant, "Ada");
  g_assert_cmpuint (count, ==, 1);

  ta_participant_set_offers (participant, offers);
  g_assert_cmpuint (count, ==, 2);
  ta_participant_set_offers (participant, same_offers);
  g_assert_cmpuint (count, ==, 2);

  /* 1990 → 2001 changes the generation as well: two notifications. */
  ta_participant_set_birth_year (participant, 1990);
  g_assert_cmpuint (count, ==, 4);
  ta_participant_set_birth_year (participant, 1991);
  g_assert_cmpuint (count, ==, 5);
  ta_participant_set_birth_year (participant, 2001);
  g_assert_cmpuint (count, ==, 7);

  /* Setting the default a new participant has is no change. */
  ta_participant_set_capacity (participant, TA_PARTICIPANT_DEFAULT_CAPACITY);
  g_assert_cmpuint (count, ==, 7);
}

static void
test_generation (void)
{
  struct { int year; TaGeneration generation; } cases[] = {
    { 0, TA_GENERATION_UNKNOWN },
    { 1945, TA_GENERATION_UNKNOWN },
    { 1946, TA_GENERATION_BOOMER },
    { 1964, TA_GENERATION_BOOMER },
    { 1965, TA_GENERATION_GEN_X },
    { 1980, TA_GENERATION_GEN_X },
    { 1981, TA_GENERATION_MILLENNIAL },
    { 1996, TA_GENERATION_MILLENNIAL },
    { 1997, TA_GENERATION_GEN_Z },
    { 2012, TA_GENERATION_GEN_Z },
    { 2013, TA_GENERATION_UNKNOWN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TaParticipant) participant = ta_participant_new ();

      ta_participant_set_birth_year (participant, cases[i].year);
      g_assert_cmpint (ta_participant_get_generation (participant), ==, cases[i].generation);
      g_assert_nonnull (ta_generation_get_label (cases[i].generation));
    }
}

static void
test_enums (void)
{
  TaRole role;
  TaParticipantStatus status;
  int level;

  g_assert_true (ta_role_from_string (" Mentee ", &role));
  g_assert_cmpint (role, ==, TA_ROLE_MENTEE);
  g_assert_false (ta_role_from_string ("boss", &role));
  g_assert_cmpstr (ta_role_to_string (TA_ROLE_BOTH), ==, "both");

  g_assert_true (ta_participant_status_from_string ("LEFT", &status));
  g_assert_cmpint (status, ==, TA_PARTICIPANT_STATUS_LEFT);
  g_assert_false (ta_participant_status_from_string ("", &status));

  g_assert_true (ta_career_level_from_string ("7", &level));
  g_assert_cmpint (level, ==, 7);
  g_assert_true (ta_career_level_from_string ("Executive", &level));
  g_assert_cmpint (level, ==, 7);
  g_assert_true (ta_career_level_from_string ("graduate", &level));
  g_assert_cmpint (level, ==, 1);
  g_assert_false (ta_career_level_from_string ("8", &level));
  g_assert_false (ta_career_level_from_string ("0", &level));
  g_assert_false (ta_career_level_from_string ("3.5", &level));
  g_assert_false (ta_career_level_from_string ("intern", &level));
  for (int i = TA_CAREER_LEVEL_MIN; i <= TA_CAREER_LEVEL_MAX; i++)
    {
      g_assert_true (ta_career_level_from_string (ta_career_level_to_string (i), &level));
      g_assert_cmpint (level, ==, i);
    }
}

static void
test_availability (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TaAvailability availability = 0;

  g_assert_true (ta_availability_parse (" MON-am; ;sun-pm;thu-pm ", &availability, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (availability, ==, (1u << 0) | (1u << 13) | (1u << 7));
  g_assert_cmpuint (ta_availability_count (availability), ==, 3);
  text = ta_availability_to_string (availability);
  g_assert_cmpstr (text, ==, "mon-am;thu-pm;sun-pm");

  g_assert_false (ta_availability_parse ("mon-am;someday", &availability, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT);
  g_assert_nonnull (strstr (error->message, "someday"));
}

static void
test_validate (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autoptr(GError) error = NULL;
  const char *too_many[TA_PARTICIPANT_MAX_LIST_ITEMS + 2];

  g_assert_false (ta_participant_validate (participant, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME);
  g_clear_error (&error);

  ta_participant_set_name (participant, "Ada Lovelace");
  g_assert_false (ta_participant_validate (participant, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL);
  g_clear_error (&error);

  ta_participant_set_email (participant, "ada@example.com");
  g_assert_true (ta_participant_validate (participant, &error));
  g_assert_no_error (error);

  ta_participant_set_birth_year (participant, 1850);
  g_assert_false (ta_participant_validate (participant, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_BIRTH_YEAR);
  g_clear_error (&error);
  ta_participant_set_birth_year (participant, 0);

  ta_participant_set_capacity (participant, TA_PARTICIPANT_MAX_CAPACITY + 1);
  g_assert_false (ta_participant_validate (participant, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY);
  g_clear_error (&error);
  ta_participant_set_capacity (participant, 3);

  for (guint i = 0; i < TA_PARTICIPANT_MAX_LIST_ITEMS + 1; i++)
    too_many[i] = "skill";
  too_many[TA_PARTICIPANT_MAX_LIST_ITEMS + 1] = NULL;
  ta_participant_set_offers (participant, too_many);
  g_assert_false (ta_participant_validate (participant, &error));
  g_assert_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT);
  g_clear_error (&error);

  g_assert_true (ta_validate_email ("first.last+tag@sub.example.be", NULL));
  g_assert_false (ta_validate_email ("@example.com", NULL));
  g_assert_false (ta_validate_email ("ada@example", NULL));
  g_assert_false (ta_validate_email ("ada@example.", NULL));
  g_assert_false (ta_validate_email ("ada@.com", NULL));
  g_assert_false (ta_validate_email ("a\xff@example.com", NULL));
  g_assert_false (ta_validate_name ("Ada\x01", NULL));
  g_assert_true (ta_validate_text ("Notes", "line one\nline two\ttab", 0, TRUE, NULL));
}

static void
test_search (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autofree char *folded = NULL;
  const char *offers[] = { "Data visualisation", "Prompt writing", NULL };
  const char *seeks[] = { "Négociation", NULL };

  ta_participant_set_name (participant, "Céline Dubois-Ñúñez");
  ta_participant_set_email (participant, "celine@example.be");
  ta_participant_set_department (participant, "Finance");
  ta_participant_set_job_title (participant, "Analyst");
  ta_participant_set_offers (participant, offers);
  ta_participant_set_seeks (participant, seeks);

  folded = ta_search_fold ("CÉLINE");
  g_assert_cmpstr (folded, ==, "celine");

#define MATCHES(query) G_STMT_START { \
    g_autofree char *q = ta_search_fold (query); \
    g_assert_true (ta_participant_matches (participant, q)); \
  } G_STMT_END
#define DOES_NOT_MATCH(query) G_STMT_START { \
    g_autofree char *q = ta_search_fold (query); \
    g_assert_false (ta_participant_matches (participant, q)); \
  } G_STMT_END

  MATCHES ("");
  MATCHES ("   ");
  MATCHES ("celine");
  MATCHES ("nunez");
  MATCHES ("FIN");
  MATCHES ("example.be");
  MATCHES ("prompt");
  MATCHES ("negociation");
  MATCHES ("dubois finance");
  DOES_NOT_MATCH ("analyst"); /* job titles are not searched */
  DOES_NOT_MATCH ("dubois marketing");
  DOES_NOT_MATCH ("financeprompt"); /* never across two fields */

  /* Changing a searched field is seen at once. */
  ta_participant_set_department (participant, "Marketing");
  MATCHES ("dubois marketing");
  DOES_NOT_MATCH ("finance");

#undef MATCHES
#undef DOES_NOT_MATCH
}

static void
test_copy (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autoptr(TaParticipant) copy = NULL;
  const char *languages[] = { "nl", "en", NULL };

  ta_participant_set_id (participant, 42);
  ta_participant_set_name (participant, "Jonas");
  ta_participant_set_languages (participant, languages);
  ta_participant_set_reports_to (participant, 7);
  copy = ta_participant_copy (participant);

  g_assert_cmpint (ta_participant_get_id (copy), ==, 42);
  g_assert_cmpstr (ta_participant_get_name (copy), ==, "Jonas");
  g_assert_cmpstrv (ta_participant_get_languages (copy), languages);
  g_assert_cmpint (ta_participant_get_reports_to (copy), ==, 7);

  ta_participant_set_name (copy, "Other");
  g_assert_cmpstr (ta_participant_get_name (participant), ==, "Jonas");
}

static void
test_criticals (void)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();

  g_test_expect_message ("turnabout-participant", G_LOG_LEVEL_CRITICAL, "*career_level*");
  ta_participant_set_career_level (participant, 9);
  g_test_assert_expected_messages ();
  g_assert_cmpint (ta_participant_get_career_level (participant), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/participant/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/participant/generation", test_generation);
  g_test_add_func ("/participant/enums", test_enums);
  g_test_add_func ("/participant/availability", test_availability);
  g_test_add_func ("/participant/validate", test_validate);
  g_test_add_func ("/participant/search", test_search);
  g_test_add_func ("/participant/copy", test_copy);
  g_test_add_func ("/participant/criticals", test_criticals);

  return g_test_run ();
}
