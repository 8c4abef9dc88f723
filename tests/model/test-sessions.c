/* test-sessions.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-sessions"

#include <sqlite3.h>
#include <string.h>

#include "ta-session-list.h"
#include "ta-store-private.h"
#include "ta-test-programme.h"

typedef struct
{
  TaTestDir dir;
  TaStore *store;
  gint64 mentor;
  gint64 mentee;
  gint64 pairing;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaPairing) pairing = NULL;

  fixture->store = ta_test_open_programme (&fixture->dir);
  fixture->mentor = ta_test_add_person (fixture->store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR,
                                        "capacity", 2, NULL);
  fixture->mentee = ta_test_add_person (fixture->store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                        "capacity", 0, NULL);
  pairing = ta_pairing_new (fixture->mentor, fixture->mentee);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_store_add_pairing (fixture->store, pairing, &error));
  g_assert_no_error (error);
  fixture->pairing = ta_pairing_get_id (pairing);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static TaSession *
make_session (Fixture *fixture,
              int      month,
              int      day)
{
  g_autoptr(GDateTime) start = utc (2026, month, day, 16, 0);

  return ta_session_new_one_on_one (fixture->pairing, start, 60);
}

static gint64
query_int (TaStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_ta_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

typedef struct
{
  guint added;
  guint updated;
  guint removed;
  gint64 last_removed;
} Counts;

static void
on_added (TaStore   *store,
          TaSession *session,
          Counts    *counts)
{
  g_assert_true (TA_IS_SESSION (session));
  counts->added++;
}

static void
on_updated (TaStore   *store,
            TaSession *session,
            Counts    *counts)
{
  g_assert_true (TA_IS_SESSION (session));
  counts->updated++;
}

static void
on_removed (TaStore *store,
            gint64   id,
            Counts  *counts)
{
  counts->removed++;
  counts->last_removed = id;
}

static void
test_crud_and_signals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) session = make_session (fixture, 3, 10);
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GDateTime) expected = utc (2026, 3, 10, 16, 0);
  Counts counts = { 0, };

  g_signal_connect (fixture->store, "session-added", G_CALLBACK (on_added), &counts);
  g_signal_connect (fixture->store, "session-updated", G_CALLBACK (on_updated), &counts);
  g_signal_connect (fixture->store, "session-removed", G_CALLBACK (on_removed), &counts);

  ta_session_set_location (session, "https://meet.example.com/lina-marc");
  ta_session_set_notes (session, "Agenda:\n\tprompting\n\tprivacy");
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_id (session), >, 0);
  g_assert_cmpuint (counts.added, ==, 1);

  stored = ta_store_get_session (fixture->store, ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_kind (stored), ==, TA_SESSION_KIND_ONE_ON_ONE);
  g_assert_cmpint (ta_session_get_pairing_id (stored), ==, fixture->pairing);
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (stored), expected));
  g_assert_cmpint (g_date_time_get_utc_offset (ta_session_get_starts_at (stored)), ==, 0);
  g_assert_cmpint (ta_session_get_duration (stored), ==, 60);
  g_assert_cmpstr (ta_session_get_location (stored), ==, "https://meet.example.com/lina-marc");
  g_assert_cmpstr (ta_session_get_notes (stored), ==, "Agenda:\n\tprompting\n\tprivacy");
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_PLANNED);
  g_assert_cmpint (ta_session_get_cancelled_by (stored), ==, TA_SESSION_CANCELLED_BY_NOBODY);
  g_assert_cmpint (query_int (fixture->store, "SELECT count(*) FROM sessions WHERE starts_at = '2026-03-10T16:00:00Z'"), ==, 1);

  /* Held: ratings and learning from both sides. */
  ta_session_set_status (stored, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_rating (stored, 5);
  ta_session_set_mentee_rating (stored, 4);
  ta_session_set_mentor_learned (stored, "How a budget round works");
  ta_session_set_mentee_learned (stored, "Writing a good prompt");
  g_assert_true (ta_store_update_session (fixture->store, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.updated, ==, 1);
  g_clear_object (&stored);
  stored = ta_store_get_session (fixture->store, ta_session_get_id (session), &error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 5);
  g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 4);
  g_assert_cmpstr (ta_session_get_mentee_learned (stored), ==, "Writing a good prompt");

  /* Held → cancelled is refused; via planned it works, with who and why. */
  ta_session_set_status (stored, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (stored, fixture->mentee);
  ta_session_set_cancel_reason (stored, "Board meeting");
  ta_session_set_mentor_rating (stored, 0);
  ta_session_set_mentee_rating (stored, 0);
  g_assert_false (ta_store_update_session (fixture->store, stored, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  all = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpint (ta_session_get_status (g_ptr_array_index (all, 0)), ==, TA_SESSION_STATUS_HELD);

  g_assert_true (ta_store_delete_session (fixture->store, ta_session_get_id (session), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.removed, ==, 1);
  g_assert_cmpint (counts.last_removed, ==, ta_session_get_id (session));
  g_assert_false (ta_store_delete_session (fixture->store, ta_session_get_id (session), &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);

  g_signal_handlers_disconnect_by_data (fixture->store, &counts);
}

static void
test_status_rules (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) session = make_session (fixture, 4, 14);

  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);

  /* Cancelled needs who and why. */
  ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_session_set_cancel_reason (session, "   ");
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_clear_error (&error);
  ta_session_set_cancel_reason (session, "Office closed");
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);

  /* Somebody who is not in the programme cannot cancel. */
  ta_session_set_cancelled_by (session, 9999);
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Ratings only on held sessions, 1–5. */
  ta_session_set_status (session, TA_SESSION_STATUS_PLANNED);
  ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_NOBODY);
  ta_session_set_cancel_reason (session, NULL);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
  ta_session_set_mentor_rating (session, 3);
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);

  /* No-show after held: only via planned. */
  ta_session_set_status (session, TA_SESSION_STATUS_NO_SHOW);
  ta_session_set_mentor_rating (session, 0);
  g_assert_false (ta_store_update_session (fixture->store, session, &error));
  g_clear_error (&error);

  /* Durations 5–600 minutes. */
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  ta_session_set_duration (session, 4);
  g_assert_false (ta_session_validate (session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_session_set_duration (session, 601);
  g_assert_false (ta_session_validate (session, NULL));
  ta_session_set_duration (session, 600);
  g_assert_true (ta_session_validate (session, NULL));
  ta_session_set_duration (session, 5);
  g_assert_true (ta_session_validate (session, NULL));
}

static void
test_group_session (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) session = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GDateTime) start = utc (2026, 5, 6, 10, 30);
  gint64 ids[] = { fixture->mentee, fixture->mentor, fixture->mentee };
  const gint64 *attendees;
  guint n = 0;

  ta_session_set_starts_at (session, start);
  ta_session_set_attendees (session, ids, G_N_ELEMENTS (ids));
  g_assert_false (ta_store_add_session (fixture->store, session, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "title"));
  g_clear_error (&error);

  ta_session_set_title (session, "Generative AI at work");
  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_no_error (error);

  stored = ta_store_get_session (fixture->store, ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_session_get_title (stored), ==, "Generative AI at work");
  g_assert_cmpint (ta_session_get_pairing_id (stored), ==, 0);
  attendees = ta_session_get_attendees (stored, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (attendees[0], ==, MIN (fixture->mentor, fixture->mentee));
  g_assert_cmpint (attendees[1], ==, MAX (fixture->mentor, fixture->mentee));

  /* A group session belongs to no pairing. */
  ta_session_set_pairing_id (stored, fixture->pairing);
  g_assert_false (ta_store_update_session (fixture->store, stored, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ta_session_set_pairing_id (stored, 0);

  /* An attendee unknown to the programme is refused. */
  ids[0] = 12345;
  ta_session_set_attendees (stored, ids, 1);
  g_assert_false (ta_store_update_session (fixture->store, stored, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
}

static void
test_hostile_text (Fixture       *fixture,
                   gconstpointer  data)
{
  struct {
    const char *field;
    const char *text;
    const char *label;
  } cases[] = {
    { "title", "bad \xff\xfe bytes", "Title" },
    { "title", "line\nbreak", "Title" },
    { "location", "room\x01", "Place or link" },
    { "notes", "bell \x07 in notes", "Notes" },
    { "mentor-learned", "\xc3\x28", "What the mentor learned" },
    { "cancel-reason", NULL, "Reason" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) original = make_session (fixture, 6, 2);
  g_autofree char *long_text = g_strnfill (TA_SESSION_MAX_REASON_CHARS + 1, 'x');

  ta_session_set_title (original, "Kick-off");
  g_assert_true (ta_store_add_session (fixture->store, original, &error));
  g_assert_no_error (error);
  cases[G_N_ELEMENTS (cases) - 1].text = long_text;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TaSession) session = ta_session_copy (original);
      g_autoptr(TaSession) fresh = make_session (fixture, 6, 3);
      g_autoptr(GPtrArray) all = NULL;

      g_object_set (session, cases[i].field, cases[i].text, NULL);
      g_object_set (fresh, cases[i].field, cases[i].text, NULL);
      g_assert_false (ta_store_update_session (fixture->store, session, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].label));
      g_clear_error (&error);
      g_assert_false (ta_store_add_session (fixture->store, fresh, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
      g_clear_error (&error);

      all = ta_store_list_sessions (fixture->store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (all->len, ==, 1);
      g_assert_cmpstr (ta_session_get_title (g_ptr_array_index (all, 0)), ==, "Kick-off");
      g_assert_null (ta_session_get_notes (g_ptr_array_index (all, 0)));
    }

  g_assert_cmpint (query_int (fixture->store, "SELECT count(*) FROM sessions"), ==, 1);
}

static void
test_between (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 4, 1, 0, 0);
  g_autoptr(GPtrArray) march = NULL;
  int days[][2] = { { 2, 27 }, { 3, 1 }, { 3, 31 }, { 4, 1 }, { 3, 15 } };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GDateTime) start = utc (2026, days[i][0], days[i][1], i == 1 ? 0 : 9, 0);
      g_autoptr(TaSession) session = ta_session_new_one_on_one (fixture->pairing, start, 30);

      g_assert_true (ta_store_add_session (fixture->store, session, &error));
      g_assert_no_error (error);
    }

  march = ta_store_list_sessions_between (fixture->store, from, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (march->len, ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (ta_session_get_starts_at (g_ptr_array_index (march, 0))), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (ta_session_get_starts_at (g_ptr_array_index (march, 1))), ==, 15);
  g_assert_cmpint (g_date_time_get_day_of_month (ta_session_get_starts_at (g_ptr_array_index (march, 2))), ==, 31);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_session_list (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = utc (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) to = utc (2026, 4, 1, 0, 0);
  g_autoptr(TaSessionList) all = ta_session_list_new (fixture->store, &error);
  g_autoptr(TaSessionList) march = ta_session_list_new_between (fixture->store, from, to, &error);
  g_autoptr(TaSession) session = make_session (fixture, 3, 10);
  g_autoptr(TaSession) item = NULL;
  g_autoptr(GDateTime) april = utc (2026, 4, 10, 16, 0);
  guint changes = 0;

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (all)) == TA_TYPE_SESSION);
  g_signal_connect (march, "items-changed", G_CALLBACK (on_items_changed), &changes);

  g_assert_true (ta_store_add_session (fixture->store, session, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (march)), ==, 1);
  g_assert_cmpuint (changes, ==, 1);

  /* The list keeps its own object and updates it in place. */
  item = g_list_model_get_item (G_LIST_MODEL (all), 0);
  g_assert_true (item != session);
  ta_session_set_notes (session, "moved");
  ta_session_set_starts_at (session, april);
  g_assert_true (ta_store_update_session (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ta_session_get_notes (item), ==, "moved");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (march)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);

  g_assert_true (ta_session_list_set_range (march, NULL, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (march)), ==, 1);

  /* Deleting the pairing takes its sessions along. */
  g_assert_true (ta_store_delete_pairing (fixture->store, fixture->pairing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (march)), ==, 0);
}

static void
test_conflicts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) first = make_session (fixture, 5, 4);   /* 16:00–17:00 */
  g_autoptr(TaSession) group = ta_session_new (TA_SESSION_KIND_GROUP_DISCUSSION);
  g_autoptr(TaSession) candidate = NULL;
  g_autoptr(GDateTime) overlapping = utc (2026, 5, 4, 16, 30);
  g_autoptr(GDateTime) right_after = utc (2026, 5, 4, 17, 0);
  g_autoptr(GDateTime) group_start = utc (2026, 5, 4, 15, 0);
  g_autoptr(GPtrArray) found = NULL;
  gint64 stranger = ta_test_add_person (fixture->store, "Ines Costa", "ines@example.com", TA_ROLE_BOTH,
                                        "capacity", 2, NULL);

  g_assert_true (ta_store_add_session (fixture->store, first, &error));
  g_assert_no_error (error);

  /* The same pair half an hour later: a conflict. */
  candidate = ta_session_new_one_on_one (fixture->pairing, overlapping, 60);
  found = ta_store_find_conflicts (fixture->store, candidate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (found, 0)), ==, ta_session_get_id (first));
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Back to back is fine; a session never conflicts with itself. */
  ta_session_set_starts_at (candidate, right_after);
  found = ta_store_find_conflicts (fixture->store, candidate, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = ta_store_find_conflicts (fixture->store, first, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A two-hour group discussion with the mentee overlaps; a stranger's
   * would not. */
  ta_session_set_title (group, "AI and ethics");
  ta_session_set_starts_at (group, group_start);
  ta_session_set_duration (group, 120);
  ta_session_set_attendees (group, &stranger, 1);
  found = ta_store_find_conflicts (fixture->store, group, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  ta_session_set_attendees (group, &fixture->mentee, 1);
  found = ta_store_find_conflicts (fixture->store, group, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Cancelled sessions free the time. */
  ta_session_set_status (first, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (first, fixture->mentor);
  ta_session_set_cancel_reason (first, "Travel");
  g_assert_true (ta_store_update_session (fixture->store, first, &error));
  g_assert_no_error (error);
  found = ta_store_find_conflicts (fixture->store, group, &error);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
set_availability (TaStore        *store,
                  gint64          id,
                  TaAvailability  availability)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) participant = ta_store_get_participant (store, id, &error);

  g_assert_no_error (error);
  ta_participant_set_availability (participant, availability);
  g_assert_true (ta_store_update_participant (store, participant, &error));
  g_assert_no_error (error);
}

static void
assert_proposal (Fixture   *fixture,
                 GDateTime *after,
                 int        duration,
                 int        day,
                 int        hour,
                 int        minute)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) expected = g_date_time_new_local (2026, 5, day, hour, minute, 0);

  g_assert_true (ta_store_propose_next_slot (fixture->store, fixture->pairing, after, duration, &start, &error));
  g_assert_no_error (error);
  g_assert_nonnull (start);
  g_assert_cmpint (g_date_time_to_unix (start), ==, g_date_time_to_unix (expected));
}

static TaSession *
add_local_session (Fixture *fixture,
                   int      day,
                   int      hour,
                   int      duration)
{
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 5, day, hour, 0, 0);

  return ta_test_add_session_record (fixture->store, fixture->pairing, start, duration, NULL);
}

static void
test_propose_slot (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  /* Monday 4 May 2026, 08:00 local time. */
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 5, 4, 8, 0, 0);
  g_autoptr(GDateTime) tuesday_late = g_date_time_new_local (2026, 5, 5, 15, 20, 30);
  g_autoptr(TaSession) short_one = NULL;
  g_autoptr(TaSession) long_one = NULL;
  g_autoptr(TaSession) group = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_autoptr(GDateTime) group_start = g_date_time_new_local (2026, 5, 12, 12, 30, 0);

  /* Only Tuesday afternoon in common. */
  set_availability (fixture->store, fixture->mentor,
                    1u << ta_availability_slot (0, 0) | 1u << ta_availability_slot (1, 1));
  set_availability (fixture->store, fixture->mentee,
                    1u << ta_availability_slot (1, 1) | 1u << ta_availability_slot (2, 0));
  assert_proposal (fixture, monday, 60, 5, 13, 0);

  /* After the start of a half-day: the first moment after, in whole
   * minutes; too late in the day for the session: next week. */
  assert_proposal (fixture, tuesday_late, 60, 5, 15, 21);
  assert_proposal (fixture, tuesday_late, 120, 12, 13, 0);

  /* A session of the pair in it: the first free moment after it. */
  short_one = add_local_session (fixture, 5, 13, 60);
  assert_proposal (fixture, monday, 60, 5, 14, 0);

  /* The whole afternoon taken: the next Tuesday. */
  long_one = add_local_session (fixture, 5, 14, 180);
  assert_proposal (fixture, monday, 60, 12, 13, 0);

  /* The mentor at a lunch-and-learn until 14:00 that Tuesday (the
   * mentee is not even invited): the afternoon starts at 14:00. */
  ta_session_set_title (group, "What Gen Z expects from work");
  ta_session_set_starts_at (group, group_start);
  ta_session_set_duration (group, 90);
  ta_session_set_attendees (group, &fixture->mentor, 1);
  g_assert_true (ta_store_add_session (fixture->store, group, &error));
  g_assert_no_error (error);
  assert_proposal (fixture, monday, 60, 12, 14, 0);

  /* A cancelled session frees its time again. */
  ta_session_set_status (long_one, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (long_one, fixture->mentee);
  ta_session_set_cancel_reason (long_one, "Board meeting");
  g_assert_true (ta_store_update_session (fixture->store, long_one, &error));
  g_assert_no_error (error);
  assert_proposal (fixture, monday, 60, 5, 14, 0);

  /* Longer than any half-day. */
  g_assert_false (ta_store_propose_next_slot (fixture->store, fixture->pairing, monday, 300, &start, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_null (start);
  g_clear_error (&error);

  /* Nothing in common. */
  set_availability (fixture->store, fixture->mentee, 1u << ta_availability_slot (4, 1));
  g_assert_false (ta_store_propose_next_slot (fixture->store, fixture->pairing, monday, 60, &start, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_null (start);
  g_clear_error (&error);

  /* No pairing. */
  g_assert_false (ta_store_propose_next_slot (fixture->store, 999, monday, 60, &start, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND);
}

static void
test_propose_slot_none (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 5, 4, 8, 0, 0);
  g_autoptr(GDateTime) friday_late = g_date_time_new_local (2026, 5, 8, 11, 30, 0);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);

  /* Friday morning in common, and every Friday morning of the next
   * eight weeks taken by another session. */
  set_availability (fixture->store, fixture->mentor, 1u << ta_availability_slot (4, 0));
  set_availability (fixture->store, fixture->mentee, 1u << ta_availability_slot (4, 0));
  for (int week = 0; week <= TA_STORE_PROPOSE_WEEKS; week++)
    {
      g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 5, 8, 9, 0, 0);
      g_autoptr(GDateTime) day = g_date_time_add_weeks (friday, week);
      TaSession *session = ta_session_new_one_on_one (fixture->pairing, day, 150);

      g_assert_true (ta_store_add_session (fixture->store, session, &error));
      g_assert_no_error (error);
      g_ptr_array_add (sessions, session);
    }

  g_assert_false (ta_store_propose_next_slot (fixture->store, fixture->pairing, monday, 60, &start, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_assert_null (start);
  g_clear_error (&error);

  /* Half an hour is left at the end of each of those mornings. */
  g_assert_true (ta_store_propose_next_slot (fixture->store, fixture->pairing, monday, 30, &start, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_to_unix (start), ==, g_date_time_to_unix (friday_late));
}

static guint
count_problems (TaStore    *store,
                const char *needle)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  problems = ta_store_check (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    {
      if (needle == NULL || strstr (g_ptr_array_index (problems, i), needle) != NULL)
        n++;
    }

  return n;
}

static void
exec_sql (TaStore    *store,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (_ta_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSession) held = make_session (fixture, 5, 4);   /* 16:00–17:00 */
  g_autoptr(TaSession) cancelled = make_session (fixture, 6, 1);
  g_autoptr(TaSession) orphan = make_session (fixture, 7, 1);
  g_autoptr(TaSession) group = ta_session_new (TA_SESSION_KIND_GROUP_DISCUSSION);
  g_autoptr(GDateTime) group_start = utc (2026, 5, 4, 15, 0);
  g_autofree char *sql = NULL;

  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_rating (held, 4);
  ta_session_set_mentee_rating (held, 5);
  g_assert_true (ta_store_add_session (fixture->store, held, &error));
  ta_session_set_status (cancelled, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (cancelled, fixture->mentee);
  ta_session_set_cancel_reason (cancelled, "Travel");
  g_assert_true (ta_store_add_session (fixture->store, cancelled, &error));
  g_assert_true (ta_store_add_session (fixture->store, orphan, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_problems (fixture->store, NULL), ==, 0);

  /* The mentee booked into a group discussion during the one-on-one
   * (saving warns, but does not refuse). */
  ta_session_set_title (group, "AI and ethics");
  ta_session_set_starts_at (group, group_start);
  ta_session_set_duration (group, 120);
  ta_session_set_attendees (group, &fixture->mentee, 1);
  g_assert_true (ta_store_add_session (fixture->store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_problems (fixture->store, NULL), ==, 1);
  g_assert_cmpuint (count_problems (fixture->store, "marc@example.com: double-booked"), ==, 1);

  /* Cancelling one of the two frees the time. */
  ta_session_set_status (group, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (group, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (group, "Speaker ill");
  g_assert_true (ta_store_update_session (fixture->store, group, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_problems (fixture->store, NULL), ==, 0);

  /* What the store never writes, but a damaged or hand-edited file may
   * hold. */
  exec_sql (fixture->store, "PRAGMA ignore_check_constraints = ON");
  exec_sql (fixture->store, "PRAGMA foreign_keys = OFF");
  sql = g_strdup_printf ("UPDATE sessions SET mentee_rating = 9 WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE sessions SET cancel_reason = '  ' WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE sessions SET pairing_id = 999 WHERE id = %" G_GINT64_FORMAT ";",
                         ta_session_get_id (held), ta_session_get_id (cancelled), ta_session_get_id (orphan));
  exec_sql (fixture->store, sql);
  exec_sql (fixture->store, "PRAGMA ignore_check_constraints = OFF");
  exec_sql (fixture->store, "PRAGMA foreign_keys = ON");

  g_assert_cmpuint (count_problems (fixture->store, "with a rating outside 1 to 5"), ==, 1);
  g_assert_cmpuint (count_problems (fixture->store, "cancelled without a reason"), ==, 1);
  g_assert_cmpuint (count_problems (fixture->store, "whose pairing is no longer in the programme"), ==, 1);
  g_assert_cmpuint (count_problems (fixture->store, "double-booked"), ==, 0);
}

static void
test_time_strings (void)
{
  g_autoptr(GTimeZone) brussels = g_time_zone_new_identifier ("Europe/Brussels");
  g_autoptr(GDateTime) local = g_date_time_new (brussels, 2026, 7, 1, 18, 0, 0);
  g_autofree char *text = ta_time_to_utc_string (local);
  g_autoptr(GDateTime) back = ta_time_from_utc_string (text);

  g_assert_cmpstr (text, ==, "2026-07-01T16:00:00Z");
  g_assert_true (g_date_time_equal (back, local));
  g_assert_null (ta_time_from_utc_string ("2026-07-01 16:00:00"));
  g_assert_null (ta_time_from_utc_string ("2026-13-01T16:00:00Z"));
  g_assert_null (ta_time_from_utc_string (NULL));
}

/* A version 2 programme keeps its people and pairings, and gains an empty
 * calendar. */
static void
test_migrate_from_v2 (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir.dir, "v2.db", NULL);
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", TA_STORE_APPLICATION_ID);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) start = utc (2026, 9, 8, 16, 0);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (_ta_store_migrate (db, 0, 2, &error));
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO participants (id, name, email, role, capacity, created_at, updated_at) "
                                 "VALUES (1, 'Ada', 'ada@example.com', 'mentor', 1, 'x', 'x'),"
                                 "       (2, 'Bob', 'bob@example.com', 'mentee', 0, 'x', 'x');"
                                 "INSERT INTO pairings (id, mentor_id, mentee_id, status, created_at, updated_at) "
                                 "VALUES (7, 1, 2, 'active', 'x', 'x');"
                                 "INSERT INTO settings (key, value) VALUES ('weight.topic-fit', '40');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = ta_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_store_get_schema_version (store), ==, TA_STORE_SCHEMA_VERSION);
  g_assert_cmpint (ta_store_count_participants (store, &error), ==, 2);
  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairings->len, ==, 1);
  /* The settings kept as they were; opening gave the programme its id. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM settings WHERE key <> 'programme-id'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM settings WHERE key = 'programme-id'"), ==, 1);
  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);

  session = ta_session_new_one_on_one (7, start, 45);
  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_unlink (path);
}

/* Held and no-show only for a session that has begun, of a pair that
 * started: refused otherwise, the date named, and nothing written. */
static void
test_held_needs_begun (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) local = g_date_time_to_local (tomorrow);
  g_autofree char *date = g_date_time_format (local, "%x");
  g_autoptr(TaSession) ahead = ta_session_new_one_on_one (fixture->pairing, tomorrow, 60);
  g_autoptr(TaSession) past = ta_session_new_one_on_one (fixture->pairing, yesterday, 60);
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(TaPairing) proposed = NULL;
  g_autoptr(TaSession) of_proposed = NULL;
  gint64 newcomer;
  gint64 revision;

  g_assert_true (ta_store_add_session (fixture->store, ahead, &error));
  g_assert_no_error (error);
  stored = ta_store_get_session (fixture->store, ta_session_get_id (ahead), &error);
  g_assert_no_error (error);
  revision = ta_session_get_revision (stored);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TaSession) mark = ta_session_copy (stored);

      ta_session_set_status (mark, i == 0 ? TA_SESSION_STATUS_HELD : TA_SESSION_STATUS_NO_SHOW);
      ta_session_set_mentor_learned (mark, "Too early");
      if (i == 0)
        ta_session_set_mentor_rating (mark, 5);
      g_assert_false (ta_store_update_session (fixture->store, mark, &error));
      g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, date));
      g_clear_error (&error);
    }

  g_clear_object (&stored);
  stored = ta_store_get_session (fixture->store, ta_session_get_id (ahead), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_PLANNED);
  g_assert_cmpint (ta_session_get_revision (stored), ==, revision);
  g_assert_null (ta_session_get_mentor_learned (stored));
  g_assert_cmpint (query_int (fixture->store, "SELECT count(*) FROM sessions WHERE status <> 'planned' "
                              "OR mentor_rating IS NOT NULL OR mentor_learned IS NOT NULL"), ==, 0);

  /* Cancelling a session ahead is fine. */
  ta_session_set_status (stored, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (stored, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (stored, "Office closed");
  g_assert_true (ta_store_update_session (fixture->store, stored, &error));
  g_assert_no_error (error);

  /* Yesterday's, held without ratings: kept as not rated (NULL). */
  g_assert_true (ta_store_add_session (fixture->store, past, &error));
  g_assert_no_error (error);
  ta_session_set_status (past, TA_SESSION_STATUS_HELD);
  g_assert_true (ta_store_update_session (fixture->store, past, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->store, "SELECT count(*) FROM sessions WHERE status = 'held' "
                              "AND mentor_rating IS NULL AND mentee_rating IS NULL"), ==, 1);

  /* A pair only proposed has not met, even yesterday. */
  newcomer = ta_test_add_person (fixture->store, "Ana Sousa", "ana@example.com", TA_ROLE_MENTEE,
                                 "capacity", 0, NULL);
  proposed = ta_pairing_new (fixture->mentor, newcomer);
  ta_pairing_set_status (proposed, TA_PAIRING_STATUS_PROPOSED);
  g_assert_true (ta_store_add_pairing (fixture->store, proposed, &error));
  g_assert_no_error (error);
  of_proposed = ta_session_new_one_on_one (ta_pairing_get_id (proposed), yesterday, 60);
  g_assert_true (ta_store_add_session (fixture->store, of_proposed, &error));
  g_assert_no_error (error);
  ta_session_set_status (of_proposed, TA_SESSION_STATUS_HELD);
  g_assert_false (ta_store_update_session (fixture->store, of_proposed, &error));
  g_assert_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = ta_store_get_session (fixture->store, ta_session_get_id (of_proposed), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_PLANNED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/sessions/crud-and-signals", test_crud_and_signals);
  ADD ("/sessions/status-rules", test_status_rules);
  ADD ("/sessions/held-needs-begun", test_held_needs_begun);
  ADD ("/sessions/group", test_group_session);
  ADD ("/sessions/hostile-text", test_hostile_text);
  ADD ("/sessions/between", test_between);
  ADD ("/sessions/list-model", test_session_list);
  ADD ("/sessions/conflicts", test_conflicts);
  ADD ("/sessions/check", test_check);
  ADD ("/sessions/propose-slot", test_propose_slot);
  ADD ("/sessions/propose-slot-none", test_propose_slot_none);
  ADD ("/store/migrate/from-v2", test_migrate_from_v2);
  g_test_add_func ("/sessions/time-strings", test_time_strings);

#undef ADD

  return g_test_run ();
}
