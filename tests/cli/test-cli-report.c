/* test-report.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-report"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "cli-fixture.h"
#include "ta-store.h"

/*
 * turnabout-cli report on a programme built by hand, whose figures are
 * counted here by hand (see make_programme()), against
 * /work/insights-definitions.md: the JSON keys of issue 13, a period
 * chosen with --from and --to, sessions exactly on its edges, one end
 * alone, a group, the text, the PDF and the CSV files, and the usage
 * errors.
 */

/* Today, local: every date of the programme counts from it. */
static GDate today;

static char *
day_text (int days)
{
  GDate date = today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static GDateTime *
at (int days,
    int hour,
    int minute)
{
  GDate date = today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  return g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), hour, minute, 0);
}

static void
add_session (TaStore         *store,
             gint64           pairing,
             int              days,
             int              hour,
             int              minutes,
             TaSessionStatus  status,
             int              mentor_rating,
             int              mentee_rating,
             gint64           cancelled_by)
{
  g_autoptr(GDateTime) start = at (days, hour, 0);
  g_autoptr(TaSession) session = ta_test_add_session_record (store, pairing, start, minutes, NULL);
  g_autoptr(GError) error = NULL;

  if (status == TA_SESSION_STATUS_PLANNED)
    return;
  ta_session_set_status (session, status);
  ta_session_set_mentor_rating (session, mentor_rating);
  ta_session_set_mentee_rating (session, mentee_rating);
  if (status == TA_SESSION_STATUS_CANCELLED)
    {
      ta_session_set_cancelled_by (session, cancelled_by);
      ta_session_set_cancel_reason (session, "Busy");
    }
  g_assert_true (ta_store_update_session (store, session, &error));
  g_assert_no_error (error);
}

static void
add_goals (TaStore *store,
           gint64   pairing_id,
           guint    n,
           guint    n_done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) pairing = ta_store_get_pairing (store, pairing_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Goal %u", i + 1);
      g_autoptr(TaGoal) goal = ta_goal_new (title, i < n_done);

      g_list_store_append (ta_pairing_get_goals (pairing), goal);
    }
  g_assert_true (ta_store_update_pairing (store, pairing, &error));
  g_assert_no_error (error);
}

/* A topic presented at a lunch-and-learn @days from today, held. */
static void
add_presented_topic (TaStore      *store,
                     const char   *title,
                     const gint64 *researchers,
                     guint         n_researchers,
                     const gint64 *interested,
                     guint         n_interested,
                     int           days)
{
  g_autoptr(TaTopic) topic = ta_topic_new (title);
  g_autoptr(GDateTime) start = at (days, 12, 30);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;

  ta_topic_set_stage (topic, TA_TOPIC_STAGE_PRESENTED);
  ta_topic_set_researchers (topic, researchers, n_researchers);
  ta_topic_set_interested (topic, interested, n_interested);
  g_assert_true (ta_store_add_topic (store, topic, &error));
  g_assert_no_error (error);
  session = ta_store_schedule_topic_presentation (store, ta_topic_get_id (topic), start, 60, "Room 1", &error);
  g_assert_no_error (error);
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  g_assert_true (ta_store_update_session (store, session, &error));
  g_assert_no_error (error);
}

/*
 * Eight mentors (1–8) and eight mentees (9–16) in eight pairs started 50
 * days ago, a mentee without a pair (17) and a mentor who left (18).
 * P1–P3 active, P4 paused, P5 and P6 completed 10 and 8 days ago, P7 and
 * P8 ended early 20 and 15 days ago.  Persons 1 and 9 (P1) are in
 * Finance.  In the period today−30 … today+30:
 *   held:      the eight pairs 25 days ago (P1 90 min, the others 60),
 *              two lunch-and-learns 14 and 7 days ago (60 min)  → 10
 *   ratings:   mentors 5 4 4 3 5 4 2 5 (32 / 8 = 4.0), mentees
 *              4 4 3 3 5 2 on P1–P6 (21 / 6 = 3.5)
 *   cancelled: P1 by the mentee, P2 by the mentor, P3 by the facilitator
 *              20 days ago → 3; no-shows P1–P3 18 days ago → 3;
 *              planned P1–P3 in 5 days → 3
 *   completion 10 / 16; hours (90 + 7 × 60 + 2 × 60) / 60 = 10.5
 *   active people 17 (8 mentors, 9 mentees); in a pair still running at
 *   the end (P1–P4): 8 → match rate 8 / 17
 *   goals: P1 two (one done), P2 one, P5 one done, P7 one → 5 set, 2 done
 *   topics presented 2 (researchers 1, 2, 3 and 4, 5)
 * Outside it: P1 held 35 days ago, P2 planned in 35 days; and, for the
 * edges of today−45 … today−41: P1 held at 00:00 on the first day, P2 at
 * 23:00 on the last, P5 at 00:00 on the first (in); P3 at 00:00 the day
 * after, P4 at 23:00 the day before (out).
 */
static char *
make_programme (Fixture *fixture)
{
  char *database = g_build_filename (fixture->dir, "programme.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = ta_store_open (database, &error);
  static const int mentor_ratings[8] = { 5, 4, 4, 3, 5, 4, 2, 5 };
  static const int mentee_ratings[8] = { 4, 4, 3, 3, 5, 2, 0, 0 };
  const gint64 researchers_a[] = { 1, 2, 3 }, interested_a[] = { 9, 10 };
  const gint64 researchers_b[] = { 4, 5 }, interested_b[] = { 12, 13 };
  g_autofree char *started = day_text (-50);
  gint64 pairs[8];

  g_assert_no_error (error);
  for (guint i = 0; i < 18; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i + 1);
      g_autofree char *email = g_strdup_printf ("person%u@example.be", i + 1);
      gboolean mentor = i < 8 || i == 17;
      gint64 id;

      id = ta_test_add_person (store, name, email, mentor ? TA_ROLE_MENTOR : TA_ROLE_MENTEE,
                               "capacity", mentor ? 1 : 0,
                               "department", i == 0 || i == 8 ? "Finance" : "Sales",
                               "status", i == 17 ? TA_PARTICIPANT_STATUS_LEFT : TA_PARTICIPANT_STATUS_ACTIVE,
                               NULL);
      g_assert_cmpint (id, ==, i + 1);
    }

  for (guint p = 0; p < 8; p++)
    {
      static const TaPairingStatus statuses[8] = {
        TA_PAIRING_STATUS_ACTIVE, TA_PAIRING_STATUS_ACTIVE, TA_PAIRING_STATUS_ACTIVE,
        TA_PAIRING_STATUS_PAUSED, TA_PAIRING_STATUS_COMPLETED, TA_PAIRING_STATUS_COMPLETED,
        TA_PAIRING_STATUS_ENDED, TA_PAIRING_STATUS_ENDED,
      };
      static const int ended[8] = { 0, 0, 0, 0, -10, -8, -20, -15 };
      g_autofree char *ended_on = ended[p] != 0 ? day_text (ended[p]) : NULL;

      pairs[p] = ta_test_add_pairing (store, p + 1, p + 9,
                                      "status", statuses[p],
                                      "started-on", started,
                                      "ended-on", ended_on,
                                      "end-reason", statuses[p] == TA_PAIRING_STATUS_ENDED ? "Schedules" : NULL,
                                      NULL);
      add_session (store, pairs[p], -25, 10, p == 0 ? 90 : 60, TA_SESSION_STATUS_HELD,
                   mentor_ratings[p], mentee_ratings[p], 0);
    }

  add_session (store, pairs[0], -20, 10, 60, TA_SESSION_STATUS_CANCELLED, 0, 0, 9);
  add_session (store, pairs[1], -20, 10, 60, TA_SESSION_STATUS_CANCELLED, 0, 0, 2);
  add_session (store, pairs[2], -20, 10, 60, TA_SESSION_STATUS_CANCELLED, 0, 0,
               TA_SESSION_CANCELLED_BY_FACILITATOR);
  for (guint p = 0; p < 3; p++)
    {
      add_session (store, pairs[p], -18, 10, 60, TA_SESSION_STATUS_NO_SHOW, 0, 0, 0);
      add_session (store, pairs[p], 5, 10, 60, TA_SESSION_STATUS_PLANNED, 0, 0, 0);
    }
  add_presented_topic (store, "Passkeys", researchers_a, 3, interested_a, 2, -14);
  add_presented_topic (store, "Dashboards", researchers_b, 2, interested_b, 2, -7);

  add_goals (store, pairs[0], 2, 1);
  add_goals (store, pairs[1], 1, 0);
  add_goals (store, pairs[4], 1, 1);
  add_goals (store, pairs[6], 1, 0);

  /* Outside the period. */
  add_session (store, pairs[0], -35, 10, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);
  add_session (store, pairs[1], 35, 10, 60, TA_SESSION_STATUS_PLANNED, 0, 0, 0);

  /* The edges of today−45 … today−41. */
  add_session (store, pairs[0], -45, 0, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);
  add_session (store, pairs[1], -41, 23, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);
  add_session (store, pairs[4], -45, 0, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);
  add_session (store, pairs[2], -40, 0, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);
  add_session (store, pairs[3], -46, 23, 60, TA_SESSION_STATUS_HELD, 0, 0, 0);

  return database;
}

/* The "figures" of the JSON on standard output, by key. */
static JsonObject *
parse_figures (const char *text,
               JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *figures;
  JsonObject *by_key = json_object_new ();

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (root);
  g_assert_true (json_object_has_member (root, "programme"));
  figures = json_object_get_array_member (root, "figures");
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonObject *figure = json_array_get_object_element (figures, i);

      g_assert_nonnull (json_object_get_string_member (figure, "definition"));
      json_object_set_object_member (by_key, json_object_get_string_member (figure, "key"),
                                     json_object_ref (figure));
    }

  return by_key;
}

static double
member (JsonObject *figures,
        const char *key,
        const char *name)
{
  JsonObject *figure;
  JsonNode *node;

  g_assert_true (json_object_has_member (figures, key));
  figure = json_object_get_object_member (figures, key);
  node = json_object_get_member (figure, name);
  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return NAN;
  return json_node_get_double (node);
}

/* value, numerator and denominator (NAN: null) of @key */
static void
assert_figure (JsonObject *figures,
               const char *key,
               double      value,
               double      numerator,
               double      denominator)
{
  g_test_message ("%s", key);
  /* Shares and averages are rounded to three decimals in the JSON. */
  g_assert_cmpfloat_with_epsilon (member (figures, key, "value"), value, 0.0005001);
  if (isnan (numerator))
    g_assert_true (isnan (member (figures, key, "numerator")));
  else
    g_assert_cmpfloat_with_epsilon (member (figures, key, "numerator"), numerator, 1e-9);
  if (isnan (denominator))
    g_assert_true (isnan (member (figures, key, "denominator")));
  else
    g_assert_cmpfloat_with_epsilon (member (figures, key, "denominator"), denominator, 1e-9);
}

static void
assert_count (JsonObject *figures,
              const char *key,
              double      value)
{
  g_test_message ("%s", key);
  g_assert_cmpfloat_with_epsilon (member (figures, key, "value"), value, 1e-9);
}

static Run
report (Fixture    *fixture,
        const char *database,
        const char *first,
        ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const RunOptions options = { .english = TRUE };
  va_list list;

  g_ptr_array_add (args, (gpointer) "report");
  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, (gpointer) database);
  va_start (list, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);

  return run_cli_argv (fixture, &options, (const char * const *) args->pdata);
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *from = day_text (-30);
  g_autofree char *to = day_text (30);
  g_auto(Run) run = report (fixture, database, "--from", from, "--to", to, "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) figures = NULL;
  JsonObject *root;

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  figures = parse_figures (run.out, parser);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "programme"), ==, "programme");
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, from);
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, to);

  assert_count (figures, "active-participants", 17);
  assert_count (figures, "active-mentors", 8);
  assert_count (figures, "active-mentees", 9);
  assert_figure (figures, "match-rate", 8.0 / 17, 8, 17);
  assert_count (figures, "sessions-held", 10);
  assert_count (figures, "sessions-cancelled", 3);
  assert_count (figures, "sessions-no-show", 3);
  assert_count (figures, "sessions-planned", 3);
  assert_figure (figures, "completion-rate", 10.0 / 16, 10, 16);
  assert_count (figures, "mentoring-hours", 10.5);
  assert_count (figures, "goals-set", 5);
  assert_count (figures, "goals-done", 2);
  assert_count (figures, "pairs-completed", 2);
  assert_count (figures, "pairs-ended-early", 2);
  assert_count (figures, "topics-presented", 2);
  assert_figure (figures, "average-rating-by-mentors", 4.0, 32, 8);
  assert_figure (figures, "average-rating-by-mentees", 3.5, 21, 6);
}

/* Sessions starting at 00:00 on the first day and at 23:00 on the last
 * count; at 00:00 the day after and at 23:00 the day before do not. */
static void
test_edges (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *from = day_text (-45);
  g_autofree char *to = day_text (-41);
  g_auto(Run) run = report (fixture, database, "--from", from, "--to", to, "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) figures = NULL;

  g_assert_cmpint (run.status, ==, 0);
  figures = parse_figures (run.out, parser);
  assert_count (figures, "sessions-held", 3);
  assert_count (figures, "sessions-planned", 0);
  assert_count (figures, "mentoring-hours", 3);
}

/* Either end alone: the other one is the programme year's, which began
 * today with the first participant. */
static void
test_one_end (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *from = day_text (-30);
  g_autofree char *to = day_text (30);
  g_autofree char *year_end = NULL;
  g_autofree char *year_start = day_text (0);
  g_auto(Run) from_only = report (fixture, database, "--from", from, "--json", NULL);
  g_auto(Run) to_only = report (fixture, database, "--to", to, "--json", NULL);
  g_auto(Run) neither = report (fixture, database, "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) figures = NULL;
  JsonObject *root;
  GDate end = today;

  /* Twelve months from today, the last day included. */
  g_date_add_years (&end, 1);
  g_date_subtract_days (&end, 1);
  year_end = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&end), g_date_get_month (&end),
                              g_date_get_day (&end));

  g_assert_cmpint (from_only.status, ==, 0);
  figures = parse_figures (from_only.out, parser);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, year_end);
  assert_count (figures, "sessions-held", 10);
  /* And the one planned in 35 days. */
  assert_count (figures, "sessions-planned", 4);
  g_clear_pointer (&figures, json_object_unref);

  g_assert_cmpint (to_only.status, ==, 0);
  figures = parse_figures (to_only.out, parser);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, year_start);
  assert_count (figures, "sessions-held", 0);
  assert_count (figures, "sessions-planned", 3);
  g_clear_pointer (&figures, json_object_unref);

  g_assert_cmpint (neither.status, ==, 0);
  figures = parse_figures (neither.out, parser);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, year_start);
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, year_end);
  assert_count (figures, "sessions-planned", 4);
}

/* The text: every section, with the exact numbers, even of a group of
 * two people that the JSON shows as "fewer than 5". */
static void
test_text_and_group (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *from = day_text (-30);
  g_autofree char *to = day_text (30);
  g_auto(Run) all = report (fixture, database, "--from", from, "--to", to, NULL);
  g_auto(Run) finance = report (fixture, database, "--from", from, "--to", to,
                                "--group", "department=Finance", NULL);
  g_auto(Run) finance_json = report (fixture, database, "--from", from, "--to", to,
                                     "--group", "department=Finance", "--json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) figures = NULL;
  JsonObject *active;

  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_true (g_str_has_prefix (all.out, "Programme: programme\n"));
  g_assert_nonnull (strstr (all.out, "\nMatching\n"));
  g_assert_nonnull (strstr (all.out, "\n  Match rate: 47% (8 of 17 active participants are in an active or paused pair)\n"));
  g_assert_nonnull (strstr (all.out, "\n  Sessions held: 10 ("));
  g_assert_nonnull (strstr (all.out, "\nResearch Board\n"));

  /* P1's four sessions and the lunch-and-learn person 1 presented. */
  g_assert_cmpint (finance.status, ==, 0);
  g_assert_nonnull (strstr (finance.out, "\n  Sessions held: 2 ("));
  g_assert_nonnull (strstr (finance.out, "\n  Active participants: 2 ("));

  g_assert_cmpint (finance_json.status, ==, 0);
  figures = parse_figures (finance_json.out, parser);
  /* Two people: "fewer than 5" outside.  The held sessions are not:
   * the lunch-and-learn brings five people. */
  active = json_object_get_object_member (figures, "active-participants");
  g_assert_true (json_object_get_boolean_member (active, "small"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (active, "value")));
  assert_count (figures, "sessions-held", 2);
}

static void
test_pdf_and_csv (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const files[] = { "sessions.csv", "pairs.csv", "goals.csv", "topics.csv" };
  g_autofree char *database = make_programme (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *from = day_text (-30);
  g_autofree char *to = day_text (30);
  g_auto(Run) pdf_run = report (fixture, database, "--from", from, "--to", to, "--pdf", pdf, NULL);
  g_auto(Run) csv_run = report (fixture, database, "--from", from, "--to", to, "--csv", csv, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (pdf_run.err, ==, "");
  g_assert_cmpint (pdf_run.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_assert_cmpstr (csv_run.err, ==, "");
  g_assert_cmpint (csv_run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (csv, files[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *database = make_programme (fixture);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_auto(Run) bad_from = report (fixture, database, "--from", "2026-02-30", NULL);
  g_auto(Run) bad_to = report (fixture, database, "--to", "tomorrow", NULL);
  g_auto(Run) reversed = report (fixture, database, "--from", "2026-03-02", "--to", "2026-03-01", NULL);
  g_auto(Run) both = report (fixture, database, "--json", "--pdf", pdf, NULL);
  g_auto(Run) group = report (fixture, database, "--group", "team=Finance", NULL);
  g_auto(Run) extra = report (fixture, database, "figures", NULL);

  g_assert_cmpint (bad_from.status, ==, 2);
  g_assert_cmpstr (bad_from.out, ==, "");
  g_assert_nonnull (strstr (bad_from.err, "--from: “2026-02-30” is not a date"));
  g_assert_cmpint (bad_to.status, ==, 2);
  g_assert_nonnull (strstr (bad_to.err, "--to: “tomorrow” is not a date"));
  g_assert_cmpint (reversed.status, ==, 2);
  g_assert_nonnull (strstr (reversed.err, "--to is before --from"));
  g_assert_cmpint (both.status, ==, 2);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (group.status, ==, 2);
  g_assert_nonnull (strstr (group.err, "--group"));
  g_assert_cmpint (extra.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/report/json", test_json);
  ADD ("/report/edges", test_edges);
  ADD ("/report/one-end", test_one_end);
  ADD ("/report/text-and-group", test_text_and_group);
  ADD ("/report/pdf-and-csv", test_pdf_and_csv);
  ADD ("/report/usage-errors", test_usage_errors);

#undef ADD

  return g_test_run ();
}
