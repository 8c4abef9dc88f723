/* exchange-scenario.h - the shared scenario of test-exchange-roundtrip
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "ta-programme.h"
#include "ta-test-programme.h"
#include "test-db-dump.h"

G_BEGIN_DECLS

/* Texts that must or must not cross: distinctive, so that a file's bytes
 * can be searched for them. */
#define SHARED_LEARNING  "Shared-learning-Q7X: pivot tables answer the board's question in minutes"
#define PRIVATE_LEARNING "Private-learning-K2Z: I did not know what a browser tab was"
#define PRIVATE_NOTES    "Private-notes-M4W: talk about the reorganisation next time"
#define FACILITATOR_NOTES "Facilitator-notes-B8R: check the room booking"
#define FACILITATOR_LEARNING "Facilitator-learning-H3S: heard at the mid-term meeting"
#define LATE_GOAL        "Facilitator's goal set after the kit: a lunch-and-learn"
#define CHECK_IN_WORKS   "Check-in-works-R5T: we meet every fortnight"
#define GOAL_TITLE       "Roundtrip goal: share a calendar with the team"
#define FACILITATOR_EMAIL "facilitator@example.org"
#define PAIR_GOAL        "Pair's own goal: a monthly lunch with the team"
#define TOPIC_TITLE      "Roundtrip topic: slides everyone can read"
#define OTHER_TOPIC      "Roundtrip topic of another pair: spreadsheets"

/* The records of the scenario, on both sides, as the steps make them. */
typedef struct
{
  guint        step;
  char        *dir;
  char        *facilitator_path;
  char        *personal_path;
  TaProgramme *facilitator;
  TaProgramme *personal;
  char        *facilitator_id;
  /* the facilitator's records */
  gint64       pairing;
  gint64       mentor;
  gint64       mentee;
  gint64       session_held;   /* planned at kit time, held by the pair */
  gint64       session_moved;  /* moved by the facilitator before the second kit */
  gint64       session_cancelled; /* cancelled by the pair's mentee */
  gint64       session_dropped; /* deleted by the facilitator before the second kit */
  gint64       session_shifted; /* moved by the pair (and moved again) */
  gint64       topic;          /* researched by the pair's mentor */
  guint        n_planned;      /* the pair's planned sessions at kit time */
  /* the pair's */
  gint64       personal_pairing;
  gint64       personal_held;
  gint64       personal_moved;
  gint64       personal_cancelled;
  gint64       personal_dropped;
  gint64       personal_shifted;
  gint64       personal_added; /* a session the pair planned itself */
  char        *personal_id;    /* the personal programme's own id */
  gint64       me;             /* "me" on the personal side */
  gboolean     me_is_mentor;
  char        *check_in_uid;
  char        *kit_path;
  char        *update_path;
  /* the facilitator's Insights around the update, for the check-in figures */
  TaInsights  *insights_before;
  TaInsights  *insights_after;
  double       quality_replaced; /* see latest_quality_in_period() */
} Scenario;

extern Scenario scenario;

/* A check of a test that does not stop the scenario: says what failed and
 * fails the test, which returns; the test program runs with --keep-going,
 * so that the steps after it still run. */
#define SOFT_CHECK(condition, ...) \
  G_STMT_START { \
    if (!(condition)) \
      { \
        g_test_message (__VA_ARGS__); \
        g_test_fail (); \
        return; \
      } \
  } G_STMT_END

/* exchange-scenario.c: the steps' helpers */
gboolean            step_begins (guint step);
void                step_ends (guint step);
char *              scenario_file (const char *name);
char *              uid_of (const char *type, gint64 id);
GDateTime *         local_at (int days, int hour, int minute);
TaProgramme *       open_programme (const char *path);
char *              programme_id_of (const char *path);
void                assert_query (const char *path, const char *sql, const char *expected);
gint64              count_rows (const char *path, const char *table);
TaSession *         find_session_at (GPtrArray *sessions, GDateTime *start);
guint               count_planned (TaProgramme *programme, gint64 pairing);
TaGoal *            find_goal (TaPairing *pairing, const char *title);
JsonNode *          parse_exchange_file (const char *path, const char *kind);
JsonObject *        content_of (JsonNode *root);
JsonObject *        find_by_uid (JsonArray *array, const char *uid);
char *              file_text (const char *path);
void                write_json (const char *path, JsonNode *root);
void                reseal (JsonNode *root);
void                assert_mode_0600 (const char *path);
TaInsights *        compute_insights (TaProgramme *programme);
double              figure_value (TaInsights *insights, const char *key);
void                assert_refused (TaProgramme *programme, const char *programme_path, const char *path, int code);
TaExchangePreview * read_file (TaProgramme *programme, const char *path);
void                apply_file (TaProgramme *programme, TaExchangePreview *preview);
guint               count_changes (TaExchangePreview *preview, TaExchangeChangeKind kind);
void                assert_members_within (JsonObject *object, const char * const *allowed);
void                assert_members_lack (JsonObject *object, const char * const *forbidden);
void                assert_empty_text (const char *text);
void                assert_no_directory (TaParticipant *person);
gboolean            same_strv (const char * const *a, const char * const *b);
TaParticipant *     get_participant (TaProgramme *programme, gint64 id);
TaPairing *         get_pairing (TaProgramme *programme, gint64 id);
TaSession *         get_session (TaProgramme *programme, gint64 id);
gint64              add_planned_session (TaProgramme *programme, gint64 pairing, GDateTime *start, int minutes,
                                         const char *location, const char *notes);
JsonNode *          load_json (const char *path);
gint64              add_topic (TaProgramme *programme, const char *title, gint64 researcher);
char *              latest_relationship_due (const char *started);
JsonObject *        find_due (JsonArray *array, const char *kind, const char *side);
gboolean            has_title (JsonArray *array, const char *title);
void                run_pending (void);
guint               count_sessions (TaProgramme *programme, gint64 pairing);
void                wait_for_next_second (void);

/* exchange-refusals.c: files refused with the programme unchanged, run
 * after step 6 */
void test_refuse_tampered        (void);
void test_refuse_other_programme (void);
void test_refuse_too_new         (void);
void test_refuse_wrong_side      (void);
void test_refuse_not_exchange    (void);
void test_refuse_stale           (void);
void test_refuse_no_pair         (void);
void test_refuse_in_order        (void);
void test_refuse_kit_of_other_pair (void);
void test_unknown_members_ignored (void);

/* exchange-check-ins.c: the kit's due check-ins (after step 1), the
 * check-ins figures of Insights (after step 5), and step 8 */
void   test_kit_check_ins_due   (void);
double latest_quality_in_period (GPtrArray *check_ins);
void   test_check_in_figures    (void);
void   test_second_update_not_a_fit (void);

/* exchange-newer-kit.c: step 7; after step 8, a change in the kit's
 * second and an agenda written before the facilitator moves a meeting */
void test_newer_kit              (void);
void test_same_second_change     (void);
void test_agenda_then_facilitator_moves (void);

/* exchange-by-hand.c: after step 8 */
void test_kit_into_hand_made       (void);
void test_update_of_hand_made_pair (void);
void test_kit_into_hand_made_pair  (void);

G_END_DECLS
