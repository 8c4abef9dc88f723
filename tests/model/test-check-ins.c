/* test-check-ins.c: the check-ins of issue 14 (docs/exchange.md)
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-check-ins"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ta-check-in-due.h"
#include "ta-programme.h"
#include "ta-store-check-ins.h"
#include "ta-test-programme.h"

/* The due rules, without a store: a pair that started on 1 January 2026,
 * days counted in UTC unless a test says otherwise. */

#define START "2026-01-01"

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  GDateTime *time = g_date_time_new_from_iso8601 (iso, utc);

  g_assert_nonnull (time);
  return time;
}

static TaCheckIn *
answer (TaCheckInKind  kind,
        TaPairSide     side,
        const char    *when,
        TaCheckInFit   fit)
{
  static gint64 next_id = 1;
  TaCheckIn *check_in = ta_check_in_new (7, kind, side);
  g_autoptr(GDateTime) answered_at = at (when);

  ta_check_in_set_id (check_in, next_id++);
  ta_check_in_set_answered_at (check_in, answered_at);
  ta_check_in_set_fit (check_in, fit);
  return check_in;
}

typedef struct
{
  TaPairingStatus status;
  const char *started_on;
  const char *ended_on;
  GPtrArray *held;     /* GDateTime */
  GPtrArray *answers;  /* TaCheckIn */
} Pair;

static void
pair_init (Pair *pair)
{
  pair->status = TA_PAIRING_STATUS_ACTIVE;
  pair->started_on = START;
  pair->ended_on = NULL;
  pair->held = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  pair->answers = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
pair_clear (Pair *pair)
{
  g_clear_pointer (&pair->held, g_ptr_array_unref);
  g_clear_pointer (&pair->answers, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pair, pair_clear)

static void
pair_hold (Pair       *pair,
           const char *when)
{
  g_ptr_array_add (pair->held, at (when));
}

static void
pair_answer (Pair          *pair,
             TaCheckInKind  kind,
             TaPairSide     side,
             const char    *when,
             TaCheckInFit   fit)
{
  g_ptr_array_add (pair->answers, answer (kind, side, when, fit));
}

static GPtrArray *
due_in_zone (Pair       *pair,
             const char *now_iso,
             GTimeZone  *zone)
{
  TaCheckInDueInput input = {
    7, pair->status, pair->started_on, pair->ended_on, pair->held, pair->answers,
  };
  g_autoptr(GDateTime) now = at (now_iso);
  GPtrArray *due = g_ptr_array_new_with_free_func (g_free);

  ta_check_in_compute_due (&input, now, zone, due);
  return due;
}

static GPtrArray *
due_at (Pair       *pair,
        const char *now_iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return due_in_zone (pair, now_iso, utc);
}

static TaCheckInDue *
find (GPtrArray     *due,
      TaCheckInKind  kind,
      TaPairSide     side)
{
  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);

      if (item->kind == kind && item->side == side)
        return item;
    }

  return NULL;
}

static void
assert_due (GPtrArray     *due,
            TaCheckInKind  kind,
            TaPairSide     side,
            const char    *due_on,
            gboolean       answered)
{
  TaCheckInDue *item = find (due, kind, side);
  char text[16];

  g_assert_nonnull (item);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &item->due_on);
  g_assert_cmpstr (text, ==, due_on);
  g_assert_cmpint (item->answered, ==, answered);
  g_assert_cmpint (item->pairing_id, ==, 7);
  if (answered)
    g_assert_cmpint (item->check_in_id, >, 0);
  else
    g_assert_cmpint (item->check_in_id, ==, 0);
}

static void
test_due_baseline (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) on_start = NULL;
  g_autoptr(GPtrArray) answered = NULL;
  g_autoptr(GPtrArray) proposed = NULL;

  pair_init (&pair);

  before = due_at (&pair, "2025-12-31T23:59:00Z");
  g_assert_cmpuint (before->len, ==, 0);

  /* Due at the start, both sides, and nothing else yet. */
  on_start = due_at (&pair, "2026-01-01T00:00:00Z");
  g_assert_cmpuint (on_start->len, ==, 2);
  assert_due (on_start, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR, START, FALSE);
  assert_due (on_start, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE, START, FALSE);
  g_assert_cmpint (((TaCheckInDue *) on_start->pdata[0])->side, ==, TA_PAIR_SIDE_MENTOR);

  /* Any baseline answer of the side answers it, even one given before. */
  pair_answer (&pair, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE, "2025-12-20T10:00:00Z", 0);
  answered = due_at (&pair, "2026-01-02T10:00:00Z");
  assert_due (answered, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR, START, FALSE);
  assert_due (answered, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE, START, TRUE);

  /* A proposed pair has not started. */
  pair.status = TA_PAIRING_STATUS_PROPOSED;
  proposed = due_at (&pair, "2026-03-01T10:00:00Z");
  g_assert_cmpuint (proposed->len, ==, 0);
}

static void
test_due_relationship_edges (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GPtrArray) day29 = NULL;
  g_autoptr(GPtrArray) day30 = NULL;
  g_autoptr(GPtrArray) day89 = NULL;
  g_autoptr(GPtrArray) day90 = NULL;
  g_autoptr(GPtrArray) day150 = NULL;

  pair_init (&pair);

  day29 = due_at (&pair, "2026-01-30T23:59:59Z");
  g_assert_null (find (day29, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR));
  day30 = due_at (&pair, "2026-01-31T00:00:00Z");
  assert_due (day30, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR, "2026-01-31", FALSE);
  assert_due (day30, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-01-31", FALSE);

  /* Answered on day 30 by the mentor: answered until day 90. */
  pair_answer (&pair, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR, "2026-01-31T08:00:00Z", 0);
  day89 = due_at (&pair, "2026-03-31T12:00:00Z");
  assert_due (day89, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR, "2026-01-31", TRUE);
  assert_due (day89, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-01-31", FALSE);

  /* Day 90: due again; only the latest relationship check is listed. */
  day90 = due_at (&pair, "2026-04-01T00:00:00Z");
  assert_due (day90, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR, "2026-04-01", FALSE);
  assert_due (day90, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-04-01", FALSE);
  g_assert_cmpuint (day90->len, ==, 4);

  /* An answer on day 100 answers day 90, not day 150. */
  pair_answer (&pair, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-04-11T08:00:00Z", 0);
  day150 = due_at (&pair, "2026-05-31T06:00:00Z");
  assert_due (day150, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-05-31", FALSE);
}

static void
test_due_local_day (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GTimeZone) auckland = g_time_zone_new_identifier ("Pacific/Auckland");
  g_autoptr(GPtrArray) due = NULL;

  if (auckland == NULL)
    {
      g_test_skip ("No Pacific/Auckland zone here");
      return;
    }

  /* 30 January 20:00 UTC is already 31 January in Auckland: day 30. */
  pair_init (&pair);
  due = due_in_zone (&pair, "2026-01-30T20:00:00Z", auckland);
  assert_due (due, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR, "2026-01-31", FALSE);
}

static void
test_due_fit (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) deciding = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) settled = NULL;
  g_autoptr(GPtrArray) future = NULL;

  pair_init (&pair);

  /* Nothing before the first held one-on-one (a future one does not count). */
  pair_hold (&pair, "2026-01-20T10:00:00Z");
  none = due_at (&pair, "2026-01-19T10:00:00Z");
  g_assert_null (find (none, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR));

  first = due_at (&pair, "2026-01-20T11:00:00Z");
  assert_due (first, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-01-20", FALSE);
  assert_due (first, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-01-20", FALSE);

  /* "Still deciding" answers it until the next held one-on-one. */
  pair_answer (&pair, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-01-20T12:00:00Z", TA_CHECK_IN_FIT_DECIDING);
  pair_answer (&pair, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-01-20T12:00:00Z", TA_CHECK_IN_FIT_GOOD);
  deciding = due_at (&pair, "2026-01-25T10:00:00Z");
  assert_due (deciding, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-01-20", TRUE);
  assert_due (deciding, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-01-20", TRUE);

  /* A one-on-one planned (held in the data, but later than now) does not
   * count; once it is past, the mentor is asked again from that day; the
   * mentee, who said "good fit", is not. */
  pair_hold (&pair, "2026-02-03T10:00:00Z");
  future = due_at (&pair, "2026-02-01T10:00:00Z");
  assert_due (future, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-01-20", TRUE);
  again = due_at (&pair, "2026-02-03T11:00:00Z");
  assert_due (again, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-02-03", FALSE);
  assert_due (again, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-01-20", TRUE);

  pair_answer (&pair, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-02-04T09:00:00Z", TA_CHECK_IN_FIT_GOOD);
  pair_hold (&pair, "2026-02-17T10:00:00Z");
  settled = due_at (&pair, "2026-02-20T10:00:00Z");
  assert_due (settled, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-02-03", TRUE);
  g_assert_false (ta_check_in_answers_flag_pair (pair.answers));
}

static void
test_flagged (void)
{
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_false (ta_check_in_answers_flag_pair (answers));
  g_ptr_array_add (answers, answer (TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-01-20T12:00:00Z",
                                    TA_CHECK_IN_FIT_GOOD));
  g_assert_false (ta_check_in_answers_flag_pair (answers));

  /* One side's "not a fit" flags the pair... */
  g_ptr_array_add (answers, answer (TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-01-20T13:00:00Z",
                                    TA_CHECK_IN_FIT_NOT_A_FIT));
  g_assert_true (ta_check_in_answers_flag_pair (answers));

  /* ...until that side's later answer says otherwise; the other side's
   * later answer does not clear it. */
  g_ptr_array_add (answers, answer (TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE, "2026-02-20T12:00:00Z",
                                    TA_CHECK_IN_FIT_GOOD));
  g_assert_true (ta_check_in_answers_flag_pair (answers));
  g_ptr_array_add (answers, answer (TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR, "2026-02-20T12:00:00Z",
                                    TA_CHECK_IN_FIT_DECIDING));
  g_assert_false (ta_check_in_answers_flag_pair (answers));
}

static void
test_due_paused_and_ended (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GPtrArray) paused = NULL;
  g_autoptr(GPtrArray) ended_early = NULL;
  g_autoptr(GPtrArray) ended_later = NULL;

  pair_init (&pair);

  /* A paused pair is still asked about its relationship. */
  pair.status = TA_PAIRING_STATUS_PAUSED;
  paused = due_at (&pair, "2026-02-10T10:00:00Z");
  assert_due (paused, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-01-31", FALSE);

  /* Ended on day 20: no relationship check on day 40; the unanswered
   * baseline is no longer asked; the closing check is due on the end day. */
  pair.status = TA_PAIRING_STATUS_ENDED;
  pair.ended_on = "2026-01-21";
  pair_answer (&pair, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR, "2026-01-01T09:00:00Z", 0);
  ended_early = due_at (&pair, "2026-02-10T10:00:00Z");
  g_assert_null (find (ended_early, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR));
  g_assert_null (find (ended_early, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE));
  assert_due (ended_early, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR, START, TRUE);
  assert_due (ended_early, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTOR, "2026-01-21", FALSE);
  assert_due (ended_early, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTEE, "2026-01-21", FALSE);
  g_assert_cmpuint (ended_early->len, ==, 3);

  /* Completed on day 40 with a relationship answer on day 35: it stays,
   * answered; day 90 never comes; a closing answer answers the closing. */
  pair.status = TA_PAIRING_STATUS_COMPLETED;
  pair.ended_on = "2026-02-10";
  pair_answer (&pair, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-02-05T09:00:00Z", 0);
  pair_answer (&pair, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTEE, "2026-02-10T17:00:00Z", 0);
  ended_later = due_at (&pair, "2026-06-01T10:00:00Z");
  assert_due (ended_later, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, "2026-01-31", TRUE);
  g_assert_null (find (ended_later, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR));
  assert_due (ended_later, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTOR, "2026-02-10", FALSE);
  assert_due (ended_later, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTEE, "2026-02-10", TRUE);
}

static void
test_due_closing_day (void)
{
  g_auto(Pair) pair = { 0 };
  g_autoptr(GPtrArray) day_before = NULL;
  g_autoptr(GPtrArray) end_day = NULL;

  pair_init (&pair);
  pair.status = TA_PAIRING_STATUS_COMPLETED;
  pair.ended_on = "2026-03-15";

  day_before = due_at (&pair, "2026-03-14T23:59:59Z");
  g_assert_null (find (day_before, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTOR));
  end_day = due_at (&pair, "2026-03-15T00:00:00Z");
  assert_due (end_day, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTOR, "2026-03-15", FALSE);
}

/* Validation */

static void
assert_refused (TaCheckIn  *check_in,
                const char *question)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ta_check_in_validate (check_in, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, question));
}

static void
test_validate (void)
{
  g_autoptr(TaCheckIn) baseline = ta_check_in_new (3, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE);
  g_autoptr(TaCheckIn) baseline_mentor = ta_check_in_new (3, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR);
  g_autoptr(TaCheckIn) fit = ta_check_in_new (3, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR);
  g_autoptr(TaCheckIn) relationship = ta_check_in_new (3, TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR);
  g_autoptr(TaCheckIn) closing = ta_check_in_new (3, TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTEE);
  g_autoptr(TaCheckIn) no_pair = ta_check_in_new (0, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR);

  assert_refused (baseline, "How confident do you feel using digital tools at work?");
  assert_refused (baseline_mentor, "How confident do you feel speaking up to senior colleagues?");
  ta_check_in_set_confidence (baseline, 6);
  assert_refused (baseline, "digital tools");
  ta_check_in_set_confidence (baseline, 5);
  g_assert_true (ta_check_in_validate (baseline, NULL));

  assert_refused (fit, "Is this pairing a good fit?");
  ta_check_in_set_fit (fit, TA_CHECK_IN_FIT_NOT_A_FIT);
  g_assert_true (ta_check_in_validate (fit, NULL));
  /* An answer the kind does not ask is refused too. */
  ta_check_in_set_quality (fit, 4);
  assert_refused (fit, "quality");

  assert_refused (relationship, "How would you rate your mentoring relationship?");
  ta_check_in_set_quality (relationship, 0);
  ta_check_in_set_works (relationship, "  Good questions  ");
  assert_refused (relationship, "How would you rate your mentoring relationship?");
  ta_check_in_set_quality (relationship, 1);
  g_assert_true (ta_check_in_validate (relationship, NULL));
  g_assert_cmpstr (ta_check_in_get_works (relationship), ==, "Good questions");
  ta_check_in_set_not_working (relationship, "   ");
  g_assert_null (ta_check_in_get_not_working (relationship));

  assert_refused (closing, "How likely are you to recommend reverse mentoring to a colleague?");
  ta_check_in_set_recommend (closing, 11);
  assert_refused (closing, "recommend reverse mentoring");
  ta_check_in_set_recommend (closing, 0);
  g_assert_true (ta_check_in_validate (closing, NULL));
  /* The "after" self-rating is optional but in range. */
  ta_check_in_set_confidence (closing, 9);
  assert_refused (closing, "digital tools");

  ta_check_in_set_fit (no_pair, TA_CHECK_IN_FIT_GOOD);
  g_assert_false (ta_check_in_validate (no_pair, NULL));
}

static void
test_names_and_questions (void)
{
  TaCheckInKind kind;
  TaPairSide side;
  TaCheckInFit fit;
  TaCheckInSource source;
  guint n = 0;
  const TaCheckInQuestion *questions;

  for (int i = 0; i < TA_CHECK_IN_N_KINDS; i++)
    {
      g_assert_true (ta_check_in_kind_from_string (ta_check_in_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_nonnull (ta_check_in_kind_get_label (i));
    }
  g_assert_cmpstr (ta_check_in_kind_to_string (TA_CHECK_IN_RELATIONSHIP), ==, "relationship");
  g_assert_true (ta_pair_side_from_string ("mentee", &side));
  g_assert_cmpint (side, ==, TA_PAIR_SIDE_MENTEE);
  g_assert_true (ta_check_in_fit_from_string ("not-a-fit", &fit));
  g_assert_cmpint (fit, ==, TA_CHECK_IN_FIT_NOT_A_FIT);
  g_assert_false (ta_check_in_fit_from_string ("", &fit));
  g_assert_false (ta_check_in_fit_from_string (NULL, &fit));
  g_assert_true (ta_check_in_source_from_string ("paper", &source));
  g_assert_cmpint (source, ==, TA_CHECK_IN_SOURCE_PAPER);
  g_assert_false (ta_check_in_kind_from_string ("Fit", &kind));
  g_assert_cmpstr (ta_check_in_fit_get_label (TA_CHECK_IN_FIT_DECIDING), ==, "Still deciding");

  questions = ta_check_in_get_questions (TA_CHECK_IN_CLOSING, TA_PAIR_SIDE_MENTOR, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (questions[1].field, ==, "recommend");
  g_assert_cmpint (questions[1].min, ==, 0);
  g_assert_cmpint (questions[1].max, ==, 10);
  g_assert_nonnull (questions[1].low_label);
  g_assert_cmpstr (questions[3].text, ==, "How confident do you feel speaking up to senior colleagues?");
  questions = ta_check_in_get_questions (TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTEE, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (questions[0].type, ==, TA_CHECK_IN_QUESTION_SCALE);
  g_assert_true (questions[0].required);
  g_assert_cmpint (questions[1].type, ==, TA_CHECK_IN_QUESTION_TEXT);
  g_assert_false (questions[1].required);
}

/* The store and the programme */

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  TaProgramme *programme;
  gint64 pairing;
  guint changes;
} Fixture;

static void
on_check_ins_changed (TaProgramme *programme,
                      Fixture     *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 mentor, mentee;

  /* ta_test_open_programme() makes the folder itself. */
  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->programme = ta_programme_new_for_store (fixture->store);
  mentor = ta_test_add_person (fixture->store, "Mina Junior", "mina@example.com", TA_ROLE_MENTOR, NULL);
  mentee = ta_test_add_person (fixture->store, "Sam Senior", "sam@example.com", TA_ROLE_MENTEE, NULL);
  fixture->pairing = ta_test_add_pairing (fixture->store, mentor, mentee,
                                          "status", TA_PAIRING_STATUS_ACTIVE,
                                          "started-on", "2026-01-01", NULL);
  g_signal_connect (fixture->programme, "changed::check-ins", G_CALLBACK (on_check_ins_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static void
test_store_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (fixture->pairing, TA_CHECK_IN_RELATIONSHIP,
                                                   TA_PAIR_SIDE_MENTEE);
  g_autoptr(TaCheckIn) stamped = ta_check_in_new (fixture->pairing, TA_CHECK_IN_CLOSING,
                                                  TA_PAIR_SIDE_MENTOR);
  g_autoptr(TaCheckIn) gone = ta_check_in_new (fixture->pairing + 100, TA_CHECK_IN_FIT,
                                               TA_PAIR_SIDE_MENTOR);
  g_autoptr(TaCheckIn) invalid = ta_check_in_new (fixture->pairing, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTOR);
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) given = at ("2026-02-02T10:11:12Z");
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  g_autoptr(GError) error = NULL;
  TaCheckIn *read;

  ta_check_in_set_quality (check_in, 4);
  ta_check_in_set_works (check_in, "Weekly lunches");
  ta_check_in_set_not_working (check_in, "Too little time");
  ta_check_in_set_source (check_in, TA_CHECK_IN_SOURCE_PAPER);
  g_assert_true (ta_programme_add_check_in (fixture->programme, check_in, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_check_in_get_id (check_in), >, 0);
  g_assert_true (g_uuid_string_is_valid (ta_check_in_get_uid (check_in)));
  g_assert_nonnull (ta_check_in_get_answered_at (check_in));
  g_assert_cmpint (g_date_time_difference (ta_check_in_get_answered_at (check_in), before), >, -G_TIME_SPAN_SECOND);
  g_assert_cmpuint (fixture->changes, ==, 1);

  /* answered_at and uid given are kept. */
  ta_check_in_set_answered_at (stamped, given);
  ta_check_in_set_uid (stamped, "c0ffee00-0000-4000-8000-000000000001");
  ta_check_in_set_recommend (stamped, 9);
  ta_check_in_set_confidence (stamped, 4);
  ta_check_in_set_keep (stamped, "Asking why");
  g_assert_true (ta_programme_add_check_in (fixture->programme, stamped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 2);

  listed = ta_programme_list_check_ins (fixture->programme, fixture->pairing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);
  /* Oldest first: the one dated 2 February 2026 comes before "now". */
  read = g_ptr_array_index (listed, 0);
  g_assert_cmpstr (ta_check_in_get_uid (read), ==, "c0ffee00-0000-4000-8000-000000000001");
  g_assert_true (g_date_time_equal (ta_check_in_get_answered_at (read), given));
  g_assert_cmpint (ta_check_in_get_kind (read), ==, TA_CHECK_IN_CLOSING);
  g_assert_cmpint (ta_check_in_get_side (read), ==, TA_PAIR_SIDE_MENTOR);
  g_assert_cmpint (ta_check_in_get_recommend (read), ==, 9);
  g_assert_cmpint (ta_check_in_get_confidence (read), ==, 4);
  g_assert_cmpint (ta_check_in_get_quality (read), ==, 0);
  g_assert_cmpstr (ta_check_in_get_keep (read), ==, "Asking why");
  g_assert_null (ta_check_in_get_changed (read));
  g_assert_cmpint (ta_check_in_get_source (read), ==, TA_CHECK_IN_SOURCE_APP);
  read = g_ptr_array_index (listed, 1);
  g_assert_cmpint (ta_check_in_get_id (read), ==, ta_check_in_get_id (check_in));
  g_assert_cmpstr (ta_check_in_get_uid (read), ==, ta_check_in_get_uid (check_in));
  g_assert_true (g_date_time_equal (ta_check_in_get_answered_at (read), ta_check_in_get_answered_at (check_in)));
  g_assert_cmpint (ta_check_in_get_quality (read), ==, 4);
  g_assert_cmpint (ta_check_in_get_recommend (read), ==, -1);
  g_assert_cmpstr (ta_check_in_get_works (read), ==, "Weekly lunches");
  g_assert_cmpstr (ta_check_in_get_not_working (read), ==, "Too little time");
  g_assert_cmpint (ta_check_in_get_source (read), ==, TA_CHECK_IN_SOURCE_PAPER);
  g_assert_cmpint (ta_check_in_get_fit (read), ==, TA_CHECK_IN_FIT_NONE);

  /* Refusals write nothing and announce nothing. */
  ta_check_in_set_fit (gone, TA_CHECK_IN_FIT_GOOD);
  g_assert_false (ta_programme_add_check_in (fixture->programme, gone, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ta_check_in_get_id (gone), ==, 0);
  g_assert_null (ta_check_in_get_uid (gone));
  g_assert_false (ta_programme_add_check_in (fixture->programme, invalid, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* The same uid twice (an exchange file applied twice must look first). */
  ta_check_in_set_id (stamped, 0);
  g_assert_false (ta_programme_add_check_in (fixture->programme, stamped, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (fixture->changes, ==, 2);

  g_assert_true (ta_programme_delete_check_in (fixture->programme, ta_check_in_get_id (check_in), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 3);
  g_assert_false (ta_programme_delete_check_in (fixture->programme, ta_check_in_get_id (check_in), &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (fixture->changes, ==, 3);

  after_delete = ta_programme_list_check_ins (fixture->programme, 0, NULL);
  g_assert_cmpuint (after_delete->len, ==, 1);
}

static void
add_fit (Fixture      *fixture,
         TaProgramme  *programme,
         TaPairSide    side,
         TaCheckInFit  fit,
         const char   *when)
{
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (fixture->pairing, TA_CHECK_IN_FIT, side);
  g_autoptr(GDateTime) answered_at = at (when);
  g_autoptr(GError) error = NULL;

  ta_check_in_set_fit (check_in, fit);
  ta_check_in_set_answered_at (check_in, answered_at);
  g_assert_true (ta_programme_add_check_in (programme, check_in, &error));
  g_assert_no_error (error);
}

static void
test_programme_due_and_flag (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) held_at = at ("2026-01-15T10:00:00Z");
  g_autoptr(GDateTime) now = at ("2026-02-10T12:00:00Z");
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) answered = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_mentor, other_mentee;

  ta_test_add_session (fixture->store, fixture->pairing, held_at, 60,
                       "status", TA_SESSION_STATUS_HELD, NULL);
  other_mentor = ta_test_add_person (fixture->store, "Olu", "olu@example.com", TA_ROLE_MENTOR, NULL);
  other_mentee = ta_test_add_person (fixture->store, "Pat", "pat@example.com", TA_ROLE_MENTEE, NULL);
  ta_test_add_pairing (fixture->store, other_mentor, other_mentee,
                       "status", TA_PAIRING_STATUS_ACTIVE, "started-on", "2026-02-01", NULL);

  /* Baseline, fit (first held on 15 January) and relationship (day 30 =
   * 31 January), for both sides of the first pair; the second pair's
   * baseline only. */
  due = ta_programme_list_due_check_ins (fixture->programme, fixture->pairing, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 6);
  g_assert_cmpint (((TaCheckInDue *) due->pdata[2])->kind, ==, TA_CHECK_IN_FIT);
  g_assert_cmpint (g_date_get_day (&((TaCheckInDue *) due->pdata[2])->due_on), ==, 15);
  all = ta_programme_list_due_check_ins (fixture->programme, 0, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 8);
  g_assert_cmpint (((TaCheckInDue *) all->pdata[7])->kind, ==, TA_CHECK_IN_BASELINE);
  g_assert_cmpint (((TaCheckInDue *) all->pdata[7])->pairing_id, !=, fixture->pairing);

  g_assert_false (ta_programme_is_pairing_flagged (fixture->programme, fixture->pairing));
  add_fit (fixture, fixture->programme, TA_PAIR_SIDE_MENTEE, TA_CHECK_IN_FIT_NOT_A_FIT, "2026-01-16T09:00:00Z");
  add_fit (fixture, fixture->programme, TA_PAIR_SIDE_MENTOR, TA_CHECK_IN_FIT_GOOD, "2026-01-17T09:00:00Z");
  g_assert_true (ta_programme_is_pairing_flagged (fixture->programme, fixture->pairing));

  answered = ta_programme_list_due_check_ins (fixture->programme, fixture->pairing, now, &error);
  g_assert_true (((TaCheckInDue *) answered->pdata[2])->answered);
  g_assert_true (((TaCheckInDue *) answered->pdata[3])->answered);
  g_assert_false (((TaCheckInDue *) answered->pdata[4])->answered);

  /* The same second: the later answer (the larger id) wins. */
  add_fit (fixture, fixture->programme, TA_PAIR_SIDE_MENTEE, TA_CHECK_IN_FIT_DECIDING, "2026-01-18T09:00:00Z");
  add_fit (fixture, fixture->programme, TA_PAIR_SIDE_MENTEE, TA_CHECK_IN_FIT_NOT_A_FIT, "2026-01-18T09:00:00Z");
  g_assert_true (ta_programme_is_pairing_flagged (fixture->programme, fixture->pairing));
  add_fit (fixture, fixture->programme, TA_PAIR_SIDE_MENTEE, TA_CHECK_IN_FIT_GOOD, "2026-01-19T09:00:00Z");
  g_assert_false (ta_programme_is_pairing_flagged (fixture->programme, fixture->pairing));
}

static void
test_other_programme (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) other = ta_store_open (fixture->dir.path, &error);
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (fixture->pairing, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTOR);
  g_autoptr(GPtrArray) listed = NULL;

  g_assert_no_error (error);
  g_assert_false (ta_programme_check_for_changes (fixture->programme));

  ta_check_in_set_confidence (check_in, 2);
  g_assert_true (ta_store_add_check_in (other, check_in, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Seen through data_version, as changed::check-ins. */
  g_assert_true (ta_programme_check_for_changes (fixture->programme));
  g_assert_cmpuint (fixture->changes, ==, 1);
  listed = ta_programme_list_check_ins (fixture->programme, fixture->pairing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (ta_check_in_get_uid (g_ptr_array_index (listed, 0)), ==, ta_check_in_get_uid (check_in));
}

/* Deleting a person takes their pairs' answers; Undo brings them back. */
static void
test_participant_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(TaCheckIn) check_in = ta_check_in_new (fixture->pairing, TA_CHECK_IN_BASELINE, TA_PAIR_SIDE_MENTEE);
  g_autoptr(TaPairing) pairing = ta_store_get_pairing (fixture->store, fixture->pairing, NULL);
  g_autoptr(TaParticipant) mentee = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;

  ta_check_in_set_confidence (check_in, 3);
  g_assert_true (ta_store_add_check_in (fixture->store, check_in, &error));
  mentee = ta_store_get_participant (fixture->store, ta_pairing_get_mentee_id (pairing), &error);
  g_assert_no_error (error);

  g_assert_true (ta_store_delete_participant (fixture->store, ta_participant_get_id (mentee), NULL, &error));
  g_assert_no_error (error);
  gone = ta_store_list_check_ins (fixture->store, 0, &error);
  g_assert_cmpuint (gone->len, ==, 0);

  g_assert_true (ta_store_restore_participant (fixture->store, mentee, NULL, &error));
  g_assert_no_error (error);
  back = ta_store_list_check_ins (fixture->store, fixture->pairing, &error);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpstr (ta_check_in_get_uid (g_ptr_array_index (back, 0)), ==, ta_check_in_get_uid (check_in));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check-ins/due/baseline", test_due_baseline);
  g_test_add_func ("/check-ins/due/relationship-edges", test_due_relationship_edges);
  g_test_add_func ("/check-ins/due/local-day", test_due_local_day);
  g_test_add_func ("/check-ins/due/fit", test_due_fit);
  g_test_add_func ("/check-ins/due/paused-and-ended", test_due_paused_and_ended);
  g_test_add_func ("/check-ins/due/closing-day", test_due_closing_day);
  g_test_add_func ("/check-ins/flagged", test_flagged);
  g_test_add_func ("/check-ins/validate", test_validate);
  g_test_add_func ("/check-ins/names-and-questions", test_names_and_questions);
  g_test_add ("/check-ins/store/round-trip", Fixture, NULL,
              fixture_set_up, test_store_round_trip, fixture_tear_down);
  g_test_add ("/check-ins/programme/due-and-flag", Fixture, NULL,
              fixture_set_up, test_programme_due_and_flag, fixture_tear_down);
  g_test_add ("/check-ins/store/participant-undo", Fixture, NULL,
              fixture_set_up, test_participant_undo, fixture_tear_down);
  g_test_add ("/check-ins/programme/other-programme", Fixture, NULL,
              fixture_set_up, test_other_programme, fixture_tear_down);

  return g_test_run ();
}
