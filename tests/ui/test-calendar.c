/* test-calendar.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-calendar"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ta-application.h"
#include "ta-calendar-import-view-private.h"
#include "ta-calendar-transfer.h"
#include "ta-calendar-view-private.h"
#include "ta-ical.h"
#include "ta-momentum.h"
#include "ta-person-choices.h"
#include "ta-recurrence.h"
#include "ta-reminders.h"
#include "ta-month-grid-private.h"
#include "ta-pairing.h"
#include "ta-problem-list.h"
#include "ta-session-editor-private.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  gint64    pairing_id;
  TaWindow *window;
} Fixture;

/* In this programme a mentor takes two mentees. */
static gint64
add_person (TaStore    *store,
            const char *name,
            const char *email,
            TaRole      role)
{
  if (role == TA_ROLE_MENTOR)
    return ta_test_add_person (store, name, email, role, "capacity", 2, NULL);
  return ta_test_add_person (store, name, email, role, NULL);
}

/* A programme of two people and their pairing, in a file of its own. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor;
  gint64 mentee;

  fixture->dir = ta_test_make_dir ("turnabout-calendar-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "programme.db", NULL);

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mentor = add_person (store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  mentee = add_person (store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);

  fixture->pairing_id = ta_test_add_pairing (store, mentor, mentee, "status", TA_PAIRING_STATUS_ACTIVE,
                                             "started-on", "2026-01-05", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_close_all (&fixture->window);
  ta_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static TaCalendarView *
open_calendar (Fixture *fixture)
{
  TaCalendarView *view;

  fixture->window = ta_test_window_open (app, fixture->path);

  view = _ta_window_get_calendar_view (fixture->window);
  ta_test_window_show_page (fixture->window, view, "calendar");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  return view;
}

static TaStore *
get_store (Fixture *fixture)
{
  return ta_participant_list_get_store (ta_window_get_participants (fixture->window));
}

/* The 15th of next month, local midnight. */
static GDateTime *
next_month_day (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) first = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      1, 0, 0, 0);
  g_autoptr(GDateTime) next = g_date_time_add_months (first, 1);

  return g_date_time_add_days (next, 14);
}

static void
test_create_session (Fixture       *fixture,
                     gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaMonthGrid *grid = _ta_calendar_view_get_month_grid (view);
  TaSessionEditor *editor;
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date_text = g_date_time_format (day, "%Y-%m-%d");
  g_auto(GStrv) labels = NULL;
  TaSession *session;

  ta_month_grid_set_date (grid, day);
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_nonnull (labels);
  g_assert_cmpuint (g_strv_length (labels), ==, 0);
  g_clear_pointer (&labels, g_strfreev);

  editor = _ta_calendar_view_open_editor (view, day);
  g_assert_true (TA_IS_SESSION_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);

  /* The day opened on, and the only pairing, are chosen already. */
  g_assert_cmpstr (gtk_editable_get_text (_ta_session_editor_get_date_row (editor)), ==, date_text);
  g_assert_cmpuint (gtk_drop_down_get_selected (_ta_session_editor_get_pairing_dropdown (editor)), ==, 0);

  /* A wrong time is refused, inline. */
  gtk_editable_set_text (_ta_session_editor_get_time_row (editor), "25:61");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_error_label (editor))));
  sessions = ta_store_list_sessions (get_store (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  gtk_editable_set_text (_ta_session_editor_get_time_row (editor), "14:30");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_error_label (editor))));
  gtk_spin_button_set_value (_ta_session_editor_get_duration_spin (editor), 45);
  gtk_editable_set_text (_ta_session_editor_get_location_row (editor), "Room 4");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (is_null, &editor);

  /* In the store… */
  sessions = ta_store_list_sessions (get_store (fixture), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (ta_session_get_pairing_id (session), ==, fixture->pairing_id);
  g_assert_cmpint (ta_session_get_duration (session), ==, 45);
  g_assert_cmpstr (ta_session_get_location (session), ==, "Room 4");
  start = g_date_time_to_local (ta_session_get_starts_at (session));
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 15);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (start), ==, 30);

  /* …and on its day of the grid, in local time. */
  iterate ();
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_nonnull (labels);
  g_assert_cmpuint (g_strv_length (labels), ==, 1);
  g_assert_cmpstr (labels[0], ==, "14:30 Lina Haddad & Marc Dubois");

  /* …and in the agenda. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (_ta_calendar_view_get_agenda (view), 0));
}

/* A day of the month grid reads its date in the locale's order (the
 * grid's translatable format), not in US order. */
static void
test_day_names (Fixture       *fixture,
                gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaMonthGrid *grid = _ta_calendar_view_get_month_grid (view);
  g_autoptr(GDateTime) day = next_month_day ();
  g_autofree char *name = NULL;
  g_autofree char *expected = g_date_time_format (day, "%A %-e %B %Y");

  ta_month_grid_set_date (grid, day);
  name = _ta_month_grid_get_day_name (grid, day);
  /* In English: "Friday 15 January 2027", day before month. */
  g_assert_cmpstr (name, ==, expected);
}

static void
test_month_navigation (Fixture       *fixture,
                       gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaMonthGrid *grid = _ta_calendar_view_get_month_grid (view);
  g_autoptr(GDateTime) day = next_month_day ();
  GDateTime *date;

  ta_month_grid_set_date (grid, day);
  gtk_widget_activate_action (GTK_WIDGET (view), "calendar.next-month", NULL);
  date = ta_month_grid_get_date (grid);
  g_assert_cmpint (g_date_time_get_day_of_month (date), ==, 1);
  {
    g_autoptr(GDateTime) expected = g_date_time_add_months (day, 1);

    g_assert_cmpint (g_date_time_get_month (date), ==, g_date_time_get_month (expected));
    g_assert_cmpint (g_date_time_get_year (date), ==, g_date_time_get_year (expected));
  }

  gtk_widget_activate_action (GTK_WIDGET (view), "calendar.today", NULL);
  date = ta_month_grid_get_date (grid);
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    g_assert_cmpint (g_date_time_get_day_of_month (date), ==, g_date_time_get_day_of_month (now));
    g_assert_cmpint (g_date_time_get_month (date), ==, g_date_time_get_month (now));
  }
}

/* A planned session at 10:00 on the 15th of next month. */
static TaSession *
add_planned_session (Fixture *fixture)
{
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (day, 10);
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_session_new_one_on_one (fixture->pairing_id, start, 60);

  g_assert_true (ta_store_add_session (get_store (fixture), session, &error));
  g_assert_no_error (error);

  return session;
}

/* The text of a multi-line field of a dialog (what was learned, notes). */
static void
set_field (AdwMessageDialog *dialog,
           const char       *key,
           const char       *text)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), key);

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
get_field (AdwMessageDialog *dialog,
           const char       *key)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), key);
  GtkTextIter start, end;

  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

/* A planned session that started yesterday at 10:00, at @place. */
static TaSession *
add_past_session (Fixture    *fixture,
                  const char *place)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 10, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_days (today, -1);
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_session_new_one_on_one (fixture->pairing_id, start, 60);

  ta_session_set_location (session, place);
  g_assert_true (ta_store_add_session (get_store (fixture), session, &error));
  g_assert_no_error (error);

  return session;
}

static void
test_mark_held (Fixture       *fixture,
                gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  /* Held is for a session that has begun: yesterday's. */
  session = add_past_session (fixture, NULL);
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (_ta_calendar_view_get_agenda (view), 0));

  dialog = _ta_calendar_view_ask_held (view, session);
  set_field (dialog, "mentor-learned", "How juniors use AI tools");
  set_field (dialog, "mentee-learned", "Negotiating a budget");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating"), 5);
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentee-rating"), 3);
  adw_message_dialog_response (dialog, "held");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_mentor_learned (stored), ==, "How juniors use AI tools");
  g_assert_cmpstr (ta_session_get_mentee_learned (stored), ==, "Negotiating a budget");
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 5);
  g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 3);
}

static void
test_cancel_needs_reason (Fixture       *fixture,
                          gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  session = add_planned_session (fixture);
  iterate ();

  dialog = _ta_calendar_view_ask_cancel (view, session);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-session"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "reason"), "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel-session"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "reason"), "Ill");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "cancel-session"));
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "who"), 2);
  adw_message_dialog_response (dialog, "cancel-session");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_CANCELLED);
  g_assert_cmpint (ta_session_get_cancelled_by (stored), ==, TA_SESSION_CANCELLED_BY_FACILITATOR);
  g_assert_cmpstr (ta_session_get_cancel_reason (stored), ==, "Ill");
}


/* The message dialog on screen with @heading, or NULL. */
static AdwMessageDialog *
find_dialog (const char *heading)
{
  AdwMessageDialog *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (toplevels);

  return found;
}

static gboolean
has_dialog (gpointer heading)
{
  return find_dialog (heading) != NULL;
}

static int
compare_session_starts (gconstpointer a,
                        gconstpointer b)
{
  return g_date_time_compare (ta_session_get_starts_at (*(TaSession **) a),
                              ta_session_get_starts_at (*(TaSession **) b));
}

/* The sessions of the pairing, by start. */
static GPtrArray *
list_by_start (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = ta_store_list_sessions_of_pairing (get_store (fixture), fixture->pairing_id, &error);

  g_assert_no_error (error);
  g_ptr_array_sort (sessions, compare_session_starts);

  return sessions;
}

static int
local_hour (TaSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));

  return g_date_time_get_hour (local);
}

/* Today at 00:00 local time: begun (so Held is honest) and still in the
 * agenda, which keeps today's sessions whatever their status. */
static GDateTime *
today_midnight_local (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now), 0, 0, 0);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The agenda rows showing session @id. */
static GPtrArray *
agenda_rows_of (TaCalendarView *view,
                gint64          id)
{
  GtkListBox *agenda = _ta_calendar_view_get_agenda (view);
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (agenda, i)) != NULL; i++)
    {
      TaSession *session = g_object_get_data (G_OBJECT (row), "session");

      if (session != NULL && ta_session_get_id (session) == id)
        g_ptr_array_add (rows, row);
    }

  return rows;
}


/* Marks the session of today from its agenda row's button (@button: Held…
 * or Cancel…), as a user does, then checks that the agenda and the month
 * grid show it exactly once, no longer offering Held… or Cancel…, and
 * that what was recorded stays. */
static void
mark_from_agenda_and_check (Fixture    *fixture,
                            gboolean    series,
                            const char *button)
{
  g_autoptr(GDateTime) today = today_midnight_local ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) chips = NULL;
  TaCalendarView *view;
  AdwMessageDialog *dialog;
  gboolean held = g_str_equal (button, "_Held…");
  gint64 id;

  /* A session made earlier (a lower id) but starting later: the agenda
   * lists by time, the live list finds sessions by id. */
  {
    g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);
    g_autoptr(GDateTime) later = g_date_time_add_days (today, 2);
    g_autoptr(TaSession) decoy = ta_session_new_one_on_one (fixture->pairing_id, later, 30);

    g_assert_no_error (error);
    g_assert_true (ta_store_add_session (store, decoy, &error));
    g_assert_no_error (error);
  }

  if (series)
    {
      g_autofree char *first_date = g_date_time_format (today, "%Y-%m-%d");
      g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly (first_date, 1, "00:00", "Europe/Brussels");
      g_autoptr(GDateTime) horizon = g_date_time_add_weeks (today, 6);
      g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);

      g_assert_no_error (error);
      g_assert_cmpint (ta_store_add_series (store, fixture->pairing_id, rule, 60, NULL, horizon, &error), >, 0);
      g_assert_no_error (error);
    }
  else
    {
      g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);
      g_autoptr(TaSession) session = ta_session_new_one_on_one (fixture->pairing_id, today, 60);

      g_assert_no_error (error);
      g_assert_true (ta_store_add_session (store, session, &error));
      g_assert_no_error (error);
    }

  view = open_calendar (fixture);
  sessions = list_by_start (fixture);
  id = ta_session_get_id (g_ptr_array_index (sessions, 0));
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (g_ptr_array_index (sessions, 0)), today));

  rows = agenda_rows_of (view, id);
  g_assert_cmpuint (rows->len, ==, 1);
  g_signal_emit_by_name (find_button (g_ptr_array_index (rows, 0), button), "clicked");
  g_clear_pointer (&rows, g_ptr_array_unref);

  if (held)
    {
      wait_for (has_dialog, (gpointer) "Mark as Held?");
      dialog = find_dialog ("Mark as Held?");
      set_field (dialog, "mentor-learned", "How juniors use AI tools");
      gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating"), 5);
      gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentee-rating"), 2);
      adw_message_dialog_response (dialog, "held");
    }
  else
    {
      wait_for (has_dialog, (gpointer) "Cancel Session?");
      dialog = find_dialog ("Cancel Session?");
      gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "reason"), "Board meeting");
      adw_message_dialog_response (dialog, "cancel-session");
    }
  iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  /* One row, one chip, and nothing to mark any more. */
  rows = agenda_rows_of (view, id);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_null (find_button (g_ptr_array_index (rows, 0), "_Held…"));
  g_assert_null (find_button (g_ptr_array_index (rows, 0), "_Cancel…"));
  chips = _ta_month_grid_get_day_labels (_ta_calendar_view_get_month_grid (view), today);
  g_assert_cmpuint (g_strv_length (chips), ==, 1);

  stored = ta_store_get_session (get_store (fixture), id, &error);
  g_assert_no_error (error);
  if (held)
    {
      g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_HELD);
      g_assert_cmpstr (ta_session_get_mentor_learned (stored), ==, "How juniors use AI tools");
      g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 5);
      g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 2);
    }
  else
    {
      g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_CANCELLED);
      g_assert_cmpstr (ta_session_get_cancel_reason (stored), ==, "Board meeting");
    }
}

static void
test_held_once_one_off (Fixture       *fixture,
                        gconstpointer  user_data)
{
  mark_from_agenda_and_check (fixture, FALSE, "_Held…");
}

static void
test_cancelled_once_one_off (Fixture       *fixture,
                             gconstpointer  user_data)
{
  mark_from_agenda_and_check (fixture, FALSE, "_Cancel…");
}

static void
test_held_once_series (Fixture       *fixture,
                       gconstpointer  user_data)
{
  mark_from_agenda_and_check (fixture, TRUE, "_Held…");
}

static void
test_cancelled_once_series (Fixture       *fixture,
                            gconstpointer  user_data)
{
  mark_from_agenda_and_check (fixture, TRUE, "_Cancel…");
}

/* A Held… answered after another process marked the session: refused,
 * and what the other recorded stays. */
static void
test_held_after_other_process (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(GDateTime) today = today_midnight_local ();
  g_autoptr(TaStore) other = NULL;
  g_autoptr(TaSession) session = ta_session_new_one_on_one (fixture->pairing_id, today, 60);
  g_autoptr(TaSession) theirs = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  TaCalendarView *view;
  AdwMessageDialog *dialog;

  other = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_store_add_session (other, session, &error));
  g_assert_no_error (error);

  view = open_calendar (fixture);
  rows = agenda_rows_of (view, ta_session_get_id (session));
  g_assert_cmpuint (rows->len, ==, 1);
  dialog = _ta_calendar_view_ask_held (view, g_object_get_data (g_ptr_array_index (rows, 0), "session"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  theirs = ta_store_get_session (other, ta_session_get_id (session), &error);
  g_assert_no_error (error);
  ta_session_set_status (theirs, TA_SESSION_STATUS_HELD);
  ta_session_set_mentee_learned (theirs, "Recorded in the other window");
  ta_session_set_mentor_rating (theirs, 4);
  g_assert_true (ta_store_update_session (other, theirs, &error));
  g_assert_no_error (error);
  /* The window notices (it also looks every two seconds). */
  ta_store_check_for_changes (get_store (fixture));
  iterate ();

  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating"), 1);
  adw_message_dialog_response (dialog, "held");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_session_get_mentee_learned (stored), ==, "Recorded in the other window");
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 4);
  rows = agenda_rows_of (view, ta_session_get_id (session));
  g_assert_cmpuint (rows->len, ==, 1);
}

/* A weekly series at 10:00 from the 15th of next month, six sessions. */
static gint64
add_weekly_series (Fixture *fixture)
{
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(GDateTime) horizon = g_date_time_add_weeks (day, 6);
  g_autofree char *first_date = g_date_time_format (day, "%Y-%m-%d");
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly (first_date, 1, "10:00", "Europe/Brussels");
  g_autoptr(GError) error = NULL;
  gint64 series_id;

  series_id = ta_store_add_series (get_store (fixture), fixture->pairing_id, rule, 60, NULL, horizon, &error);
  g_assert_no_error (error);
  g_assert_cmpint (series_id, >, 0);

  return series_id;
}

/* Moves the third session of a series to 15:00, answering @scope. */
static void
move_third_occurrence (Fixture    *fixture,
                       const char *scope)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(GPtrArray) sessions = NULL;
  TaSessionEditor *editor;
  AdwMessageDialog *dialog;

  add_weekly_series (fixture);
  sessions = list_by_start (fixture);
  g_ptr_array_sort (sessions, compare_session_starts);
  g_assert_cmpuint (sessions->len, ==, 6);

  editor = ta_session_editor_new_for_session (GTK_WINDOW (fixture->window), GTK_WIDGET (view),
                                              ta_window_get_programme (fixture->window),
                                              g_ptr_array_index (sessions, 2));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);

  /* The series repeats weekly, and says so. */
  g_assert_cmpuint (adw_combo_row_get_selected (_ta_session_editor_get_repeat_row (editor)), ==, 1);

  gtk_editable_set_text (_ta_session_editor_get_time_row (editor), "15:00");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (has_dialog, (gpointer) "Change a Recurring Session");
  dialog = find_dialog ("Change a Recurring Session");
  g_assert_true (adw_message_dialog_has_response (dialog, "one"));
  adw_message_dialog_response (dialog, scope);
  wait_for (is_null, &editor);
}

static void
test_series_change_future (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 first_series;

  move_third_occurrence (fixture, "future");

  sessions = list_by_start (fixture);
  g_ptr_array_sort (sessions, compare_session_starts);
  g_assert_cmpuint (sessions->len, >=, 6);
  first_series = ta_session_get_series_id (g_ptr_array_index (sessions, 0));
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      /* Before it, the old rule; from it on, a new series at 15:00. */
      g_assert_cmpint (local_hour (session), ==, i < 2 ? 10 : 15);
      if (i < 2)
        g_assert_cmpint (ta_session_get_series_id (session), ==, first_series);
      else
        g_assert_cmpint (ta_session_get_series_id (session), !=, first_series);
    }
}

static void
test_series_change_one (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 series;

  move_third_occurrence (fixture, "one");

  sessions = list_by_start (fixture);
  g_ptr_array_sort (sessions, compare_session_starts);
  g_assert_cmpuint (sessions->len, ==, 6);
  series = ta_session_get_series_id (g_ptr_array_index (sessions, 0));
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (local_hour (session), ==, i == 2 ? 15 : 10);
      g_assert_cmpint (ta_session_get_series_id (session), ==, series);
    }
}

static void
test_new_series (Fixture       *fixture,
                 gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(GPtrArray) sessions = NULL;
  TaSessionEditor *editor;

  editor = _ta_calendar_view_open_editor (view, day);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);
  gtk_editable_set_text (_ta_session_editor_get_time_row (editor), "09:30");
  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 2);   /* every two weeks */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (is_null, &editor);

  sessions = list_by_start (fixture);
  g_ptr_array_sort (sessions, compare_session_starts);
  g_assert_cmpuint (sessions->len, >, 10);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_assert_cmpint (ta_session_get_series_id (session), !=, 0);
      g_assert_cmpint (local_hour (session), ==, 9);
      if (i > 0)
        {
          GTimeSpan gap = g_date_time_difference (ta_session_get_starts_at (session),
                                                  ta_session_get_starts_at (g_ptr_array_index (sessions, i - 1)));

          /* Two weeks, give or take the hour of a daylight-saving change. */
          g_assert_cmpint (ABS (gap - 14 * G_TIME_SPAN_DAY), <=, G_TIME_SPAN_HOUR);
        }
    }
}

static void
test_double_booking (Fixture       *fixture,
                     gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(TaSession) existing = add_planned_session (fixture);   /* 10:00, an hour */
  g_autoptr(GPtrArray) sessions = NULL;
  TaSessionEditor *editor;

  editor = _ta_calendar_view_open_editor (view, day);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);
  gtk_editable_set_text (_ta_session_editor_get_time_row (editor), "10:30");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  /* Asked first, nothing saved yet. */
  wait_for (has_dialog, (gpointer) "Double-Booked");
  sessions = list_by_start (fixture);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_assert_nonnull (editor);

  adw_message_dialog_response (find_dialog ("Double-Booked"), "anyway");
  wait_for (is_null, &editor);
  sessions = list_by_start (fixture);
  g_assert_cmpuint (sessions->len, ==, 2);
}

static TaSession *
add_lunch_and_learn (Fixture *fixture)
{
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (day, 12);
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_session_new (TA_SESSION_KIND_LUNCH_AND_LEARN);

  ta_session_set_title (session, "AI tools we use");
  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, 45);
  g_assert_true (ta_store_add_session (get_store (fixture), session, &error));
  g_assert_no_error (error);

  return session;
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaMonthGrid *grid = _ta_calendar_view_get_month_grid (view);
  TaSessionFilter *filter = _ta_calendar_view_get_filter (view);
  GtkListBox *agenda = _ta_calendar_view_get_agenda (view);
  g_autoptr(GDateTime) day = next_month_day ();
  g_autoptr(TaSession) one_on_one = add_planned_session (fixture);
  g_autoptr(TaSession) lunch = add_lunch_and_learn (fixture);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) labels = NULL;
  TaStore *store = get_store (fixture);

  ta_month_grid_set_date (grid, day);
  iterate ();
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_cmpuint (g_strv_length (labels), ==, 2);
  g_clear_pointer (&labels, g_strfreev);

  /* One kind. */
  g_assert_true (ta_session_filter_set (filter, ta_window_get_programme (fixture->window), TA_SESSION_KIND_LUNCH_AND_LEARN, 0, 0, &error));
  iterate ();
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_cmpuint (g_strv_length (labels), ==, 1);
  g_assert_true (g_str_has_suffix (labels[0], "AI tools we use"));
  g_clear_pointer (&labels, g_strfreev);
  g_assert_nonnull (gtk_list_box_get_row_at_index (agenda, 0));
  g_assert_null (gtk_list_box_get_row_at_index (agenda, 1));

  /* One pair. */
  g_assert_true (ta_session_filter_set (filter, ta_window_get_programme (fixture->window), TA_SESSION_FILTER_ANY_KIND, 0,
                                        fixture->pairing_id, &error));
  iterate ();
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_cmpuint (g_strv_length (labels), ==, 1);
  g_assert_true (g_str_has_suffix (labels[0], "Lina Haddad & Marc Dubois"));
  g_clear_pointer (&labels, g_strfreev);

  /* The person drop-down: everyone, by name, after "Everyone". */
  {
    GtkDropDown *people = _ta_calendar_view_get_person_dropdown (view);
    GListModel *choices = gtk_drop_down_get_model (people);
    gint64 first = ta_person_choices_get_id (choices, 1);   /* Lina Haddad, by name */

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 3);
    g_assert_cmpint (ta_person_choices_get_id (choices, 0), ==, 0);
    gtk_drop_down_set_selected (people, 1);
    g_assert_cmpint (ta_session_filter_get_participant (filter), ==, first);
    g_assert_cmpint (ta_session_filter_get_kind (filter), ==, TA_SESSION_FILTER_ANY_KIND);
    iterate ();
    labels = _ta_month_grid_get_day_labels (grid, day);
    g_assert_cmpuint (g_strv_length (labels), ==, 1);
    g_clear_pointer (&labels, g_strfreev);
    gtk_widget_activate_action (GTK_WIDGET (view), "calendar.clear-filter", NULL);
    g_assert_false (ta_session_filter_is_active (filter));
  }

  /* Somebody with neither. */
  g_assert_true (ta_session_filter_set (filter, ta_window_get_programme (fixture->window), TA_SESSION_FILTER_ANY_KIND,
                                        add_person (store, "Nobody Else", "else@example.com", TA_ROLE_MENTEE),
                                        0, &error));
  iterate ();
  labels = _ta_month_grid_get_day_labels (grid, day);
  g_assert_cmpuint (g_strv_length (labels), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (agenda, 0));
  g_assert_no_error (error);
}

static gboolean
has_alerts (gpointer data)
{
  return g_list_model_get_n_items (ta_attention_list_get_alerts (data)) > 0;
}

static gboolean
has_no_alerts (gpointer data)
{
  return !has_alerts (data);
}

static void
test_needs_attention (Fixture       *fixture,
                      gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaAttentionList *attention = _ta_calendar_view_get_attention_list (view);
  g_autoptr(TaMomentumAlert) alert = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaSession) planned = NULL;
  g_autoptr(GDateTime) last_week = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  /* Started in January, nothing held, nothing planned. */
  wait_for (has_alerts, attention);
  alert = g_list_model_get_item (ta_attention_list_get_alerts (attention), 0);
  g_assert_cmpint (ta_momentum_alert_get_pairing_id (alert), ==, fixture->pairing_id);
  g_assert_true (ta_momentum_alert_get_reasons (alert) & TA_MOMENTUM_NOTHING_PLANNED);

  /* Schedule opens the editor on that pair. */
  editor = _ta_attention_list_schedule (attention, 0);
  g_assert_true (TA_IS_SESSION_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);
  g_assert_cmpuint (gtk_drop_down_get_selected (_ta_session_editor_get_pairing_dropdown (TA_SESSION_EDITOR (editor))), ==, 0);
  gtk_window_destroy (editor);
  wait_for (is_null, &editor);

  /* Held last week and planned ahead: off the list. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    last_week = g_date_time_add_weeks (now, -1);
  }
  held = ta_session_new_one_on_one (fixture->pairing_id, last_week, 60);
  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  g_assert_true (ta_store_add_session (get_store (fixture), held, &error));
  g_assert_no_error (error);
  planned = add_planned_session (fixture);
  wait_for (has_no_alerts, attention);
}

/* Many idle pairs: the first few, and all of them on Show All. */
static void
test_needs_attention_many (Fixture       *fixture,
                           gconstpointer  user_data)
{
  TaCalendarView *view;
  TaAttentionList *attention;
  GtkListBox *list = NULL;
  GtkWidget *more = NULL;
  g_autoptr(GError) error = NULL;
  guint rows = 0;

  {
    g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 12; i++)
      {
        g_autofree char *mentor_email = g_strdup_printf ("mentor%u@example.com", i);
        g_autofree char *mentee_email = g_strdup_printf ("mentee%u@example.com", i);
        g_autoptr(TaPairing) pairing = NULL;
        gint64 mentor = add_person (store, "Mentor", mentor_email, TA_ROLE_MENTOR);
        gint64 mentee = add_person (store, "Mentee", mentee_email, TA_ROLE_MENTEE);

        pairing = ta_pairing_new (mentor, mentee);
        ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
        ta_pairing_set_started_on (pairing, "2026-01-05");
        g_assert_true (ta_store_add_pairing (store, pairing, &error));
        g_assert_no_error (error);
      }
  }

  view = open_calendar (fixture);
  attention = _ta_calendar_view_get_attention_list (view);
  wait_for (has_alerts, attention);
  g_assert_cmpuint (g_list_model_get_n_items (ta_attention_list_get_alerts (attention)), ==, 13);

  /* The list box and the Show All button below it. */
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (attention)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        list = GTK_LIST_BOX (child);
      else if (GTK_IS_BUTTON (child))
        more = child;
    }
  g_assert_nonnull (list);
  g_assert_nonnull (more);
  while (gtk_list_box_get_row_at_index (list, (int) rows) != NULL)
    rows++;
  g_assert_cmpuint (rows, <, 13);
  g_assert_true (gtk_widget_get_visible (more));

  g_signal_emit_by_name (more, "clicked");
  rows = 0;
  while (gtk_list_box_get_row_at_index (list, (int) rows) != NULL)
    rows++;
  g_assert_cmpuint (rows, ==, 13);
  g_assert_false (gtk_widget_get_visible (more));
}

static gboolean
view_is_idle (gpointer data)
{
  return !ta_calendar_import_view_get_busy (data);
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} Expected;

static gboolean
has_sessions (gpointer data)
{
  Expected *expected = data;
  g_autoptr(GPtrArray) sessions = list_by_start (expected->fixture);

  return sessions->len == expected->n;
}

static guint
n_rows (TaCalendarImportView  *view,
        TaCalendarImportGroup  group)
{
  return g_list_model_get_n_items (_ta_calendar_import_view_get_rows (view, group));
}

static const char *
row (TaCalendarImportView  *view,
     TaCalendarImportGroup  group,
     guint                  index)
{
  return gtk_string_list_get_string (GTK_STRING_LIST (_ta_calendar_import_view_get_rows (view, group)), index);
}

/* One event of a test calendar: @when is a DTSTART value with its
 * parameters ("…Z", ";TZID=…:…", ";VALUE=DATE:…"). */
static void
add_event (GString    *text,
           const char *uid,
           const char *when)
{
  g_string_append_printf (text,
                          "BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260101T000000Z\r\nDTSTART%s\r\n"
                          "DURATION:PT1H\r\nSUMMARY:Mentoring\r\n"
                          "ATTENDEE:mailto:lina@example.com\r\nATTENDEE:mailto:marc@example.com\r\n"
                          "END:VEVENT\r\n",
                          uid, when);
}

static void
test_import_preview (Fixture       *fixture,
                     gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  TaProgramme *programme = ta_window_get_programme (fixture->window);
  TaStore *store = get_store (fixture);
  g_autoptr(TaSession) session = add_planned_session (fixture);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) broken = NULL;
  g_autoptr(GString) calendar = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) last_year = g_date_time_add_years (now, -1);
  g_autoptr(GDateTime) two_years_ago = g_date_time_add_years (now, -2);
  g_autofree char *next_start = NULL;
  g_autofree char *last_start = NULL;
  g_autofree char *holiday = NULL;
  g_autofree char *weekly_start = NULL;
  TaCalendarImportView *import_view;
  AdwMessageDialog *dialog;
  Expected expected = { fixture, 5 };
  int minimum_width = 0;

  text = ta_ical_export (store, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ta_store_delete_session (store, ta_session_get_id (session), &error));

  /* An unknown attendee: the event is skipped, with its reason, and there
   * is nothing to import.  (In another calendar: with this programme's UID
   * it would be the session deleted here, and left out for that.) */
  broken = g_string_new (text);
  g_string_replace (broken, "marc@example.com", "nobody@example.com", 0);
  g_assert_cmpuint (g_string_replace (broken, "@turnabout\r\n", "@example.org\r\n", 0), ==, 1);
  dialog = ta_calendar_import_preview (GTK_WIDGET (view), programme, "broken.ics", broken->str, broken->len);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "import"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No Sessions to Import");
  import_view = TA_CALENDAR_IMPORT_VIEW (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_IMPORT), ==, 0);
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED), ==, 1);
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED, 0),
                            "of its people only lina@example.com is in the programme"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ta_calendar_import_view_get_expander (import_view,
                                                                                            TA_CALENDAR_IMPORT_GROUP_REFUSED))));
  adw_message_dialog_response (dialog, "cancel");
  sessions = list_by_start (fixture);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  /* A calendar as people have them: their session next month, one a
   * year ago (before the start date, today), an all-day event, and one in
   * a zone nobody knows. */
  next_start = g_date_time_format (ta_session_get_starts_at (session), ":%Y%m%dT%H%M%SZ");
  last_start = g_date_time_format (last_year, ":%Y%m%dT100000Z");
  holiday = g_date_time_format (ta_session_get_starts_at (session), ";VALUE=DATE:%Y%m%d");
  weekly_start = g_date_time_format (last_year, ":%Y%m%dT140000Z");
  add_event (calendar, "next@test", next_start);
  add_event (calendar, "last-year@test", last_start);
  add_event (calendar, "holiday@test", holiday);
  add_event (calendar, "mars@test", ";TZID=Mars/Olympus_Mons:20300101T100000");
  /* Three weeks in a row, a year ago: cut at the start date. */
  g_string_append_printf (calendar,
                          "BEGIN:VEVENT\r\nUID:weekly@test\r\nDTSTAMP:20260101T000000Z\r\n"
                          "DTSTART%s\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
                          "ATTENDEE:mailto:lina@example.com\r\nORGANIZER:mailto:marc@example.com\r\n"
                          "END:VEVENT\r\n", weekly_start);
  g_string_append (calendar, "END:VCALENDAR\r\n");

  dialog = ta_calendar_import_preview (GTK_WIDGET (view), programme, "lina.ics", calendar->str, calendar->len);
  g_assert_nonnull (dialog);
  import_view = TA_CALENDAR_IMPORT_VIEW (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "import"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import Sessions?");
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_IMPORT), ==, 1);
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_IMPORT, 0), "Lina Haddad"));
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED), ==, 3);
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED, 0), ", the start date"));
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED, 1), "an all-day event"));
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED, 2),
                            ": 3 earlier occurrences, before "));
  /* The cut is said where it shows with the lists closed. */
  g_assert_nonnull (strstr (gtk_label_get_label (_ta_calendar_import_view_get_note_label (import_view)),
                            "3 earlier occurrences of repeating events, before "));
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_REFUSED), ==, 1);
  g_assert_nonnull (strstr (row (import_view, TA_CALENDAR_IMPORT_GROUP_REFUSED, 0),
                            "DTSTART: unknown time zone “Mars/Olympus_Mons”"));
  /* What needs a look first is open. */
  g_assert_true (gtk_expander_get_expanded (_ta_calendar_import_view_get_expander (import_view,
                                                                                   TA_CALENDAR_IMPORT_GROUP_REFUSED)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  screenshot ("calendar-import-preview");

  /* It fits a narrow window. */
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL, NULL, NULL);
  g_test_message ("the dialog needs %d px", minimum_width);
  g_assert_cmpint (minimum_width, <=, 360);

  /* From two years back, as the date field picks it: last year's session
   * too, read again off the main thread. */
  gtk_calendar_select_day (_ta_calendar_import_view_get_calendar (import_view), two_years_ago);
  /* As a click on the day does (GTK 4.8 says nothing when a program
   * selects one). */
  g_signal_emit_by_name (_ta_calendar_import_view_get_calendar (import_view), "day-selected");
  g_assert_true (ta_calendar_import_view_get_busy (import_view));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "import"));
  wait_for (view_is_idle, import_view);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "import"));
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_IMPORT), ==, 5);
  g_assert_cmpuint (n_rows (import_view, TA_CALENDAR_IMPORT_GROUP_SKIPPED), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ta_calendar_import_view_get_note_label (import_view))));

  /* Import: those five, in a thread; the refused one stays out. */
  adw_message_dialog_response (dialog, "import");
  wait_for (has_sessions, &expected);
  sessions = list_by_start (fixture);
  g_assert_cmpuint (sessions->len, ==, 5);
  g_assert_cmpint (g_date_time_get_year (ta_session_get_starts_at (g_ptr_array_index (sessions, 0))), ==,
                   g_date_time_get_year (last_year));
  g_assert_true (g_date_time_equal (ta_session_get_starts_at (g_ptr_array_index (sessions, 4)),
                                    ta_session_get_starts_at (session)));

  /* Not iCalendar at all: no preview. */
  g_assert_null (ta_calendar_import_preview (GTK_WIDGET (view), programme, "x.ics", "name,email\n", 11));
}

static void
count_reminder (TaReminders   *reminders,
                TaSession     *session,
                GNotification *notification,
                GPtrArray     *reminded)
{
  g_ptr_array_add (reminded, g_object_ref (session));
  /* Not on this desktop: the test has no session bus. */
  g_signal_stop_emission_by_name (reminders, "remind");
}

static TaSession *
add_session_at (Fixture   *fixture,
                GDateTime *now,
                int        minutes)
{
  g_autoptr(GDateTime) start = g_date_time_add_minutes (now, minutes);
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_session_new_one_on_one (fixture->pairing_id, start, 30);

  g_assert_true (ta_store_add_session (get_store (fixture), session, &error));
  g_assert_no_error (error);

  return session;
}

static void
test_reminders (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaParticipantList) participants = NULL;
  g_autoptr(TaReminders) reminders = NULL;
  g_autoptr(GPtrArray) reminded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(TaSession) soon = NULL;
  g_autoptr(TaSession) in_half_an_hour = NULL;
  g_autoptr(TaSession) cancelled = NULL;
  g_autoptr(GError) error = NULL;

  fixture->window = ta_application_open_database (app, fixture->path);
  participants = g_object_ref (ta_window_get_participants (fixture->window));
  store = g_object_ref (ta_participant_list_get_store (participants));

  soon = add_session_at (fixture, now, 10);
  in_half_an_hour = add_session_at (fixture, now, 30);
  cancelled = add_session_at (fixture, now, 5);
  ta_session_set_status (cancelled, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (cancelled, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (cancelled, "Holiday");
  g_assert_true (ta_store_update_session (store, cancelled, &error));
  g_assert_no_error (error);

  reminders = ta_reminders_new (ta_window_get_programme (fixture->window));
  g_signal_connect (reminders, "remind", G_CALLBACK (count_reminder), reminded);

  /* Off: nothing. */
  g_assert_cmpuint (ta_reminders_check (reminders, now), ==, 0);

  /* 15 minutes ahead: the planned session in 10, once. */
  ta_reminders_set_lead_minutes (reminders, 15);
  g_assert_cmpuint (ta_reminders_check (reminders, now), ==, 0);
  g_assert_cmpuint (reminded->len, ==, 1);
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (reminded, 0)), ==, ta_session_get_id (soon));

  /* Twenty minutes on, the one at half past. */
  later = g_date_time_add_minutes (now, 20);
  g_assert_cmpuint (ta_reminders_check (reminders, later), ==, 1);
  g_assert_cmpint (ta_session_get_id (g_ptr_array_index (reminded, 1)), ==, ta_session_get_id (in_half_an_hour));

  /* Moved to later, it is reminded of again at its new time. */
  {
    g_autoptr(GDateTime) moved = g_date_time_add_minutes (now, 25);

    ta_session_set_starts_at (soon, moved);
    g_assert_true (ta_store_update_session (store, soon, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ta_reminders_check (reminders, later), ==, 1);
  }
  g_assert_cmpuint (reminded->len, ==, 3);
}

static char *
format_local (TaSession  *session,
              const char *format)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));

  return g_date_time_format (local, format);
}

/* Ahead of a session there is nothing to mark: Move and Cancel only, and
 * a Held… answered anyway is refused, the session unchanged.  The row's
 * actions name the pair and the date for a screen reader. */
static void
test_future_not_held (Fixture       *fixture,
                      gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = add_planned_session (fixture);
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = format_local (session, "%-e");
  GtkWidget *row;
  GtkWidget *cancel;
  const char *accessible;
  AdwMessageDialog *dialog;

  iterate ();
  rows = agenda_rows_of (view, ta_session_get_id (session));
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_null (find_button (row, "_Held…"));
  g_assert_nonnull (find_button (row, "_Move…"));
  cancel = find_button (row, "_Cancel…");
  g_assert_nonnull (cancel);

  accessible = g_object_get_data (G_OBJECT (cancel), "accessible-label");
  g_assert_nonnull (accessible);
  g_assert_nonnull (strstr (accessible, "Lina Haddad & Marc Dubois"));
  g_assert_nonnull (strstr (accessible, date));
  g_assert_null (strchr (accessible, '_'));

  /* No no-show either, in the Cancel dialog. */
  dialog = _ta_calendar_view_ask_cancel (view, session);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (g_object_get_data (G_OBJECT (dialog), "who"))), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = _ta_calendar_view_ask_held (view, session);
  set_field (dialog, "mentor-learned", "Too early");
  adw_message_dialog_response (dialog, "held");
  iterate ();
  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_PLANNED);
  g_assert_null (ta_session_get_mentor_learned (stored));
}

/* A proposed pair has not started: its session is not held either. */
static void
test_proposed_not_held (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  TaCalendarView *view;
  AdwMessageDialog *dialog;

  {
    g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);
    gint64 mentor;
    gint64 mentee;

    g_assert_no_error (error);
    mentor = add_person (store, "Divine Kalala", "divine@example.com", TA_ROLE_MENTOR);
    mentee = add_person (store, "Adaeze Okafor", "adaeze@example.com", TA_ROLE_MENTEE);
    pairing = ta_pairing_new (mentor, mentee);
    ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
    g_assert_true (ta_store_add_pairing (store, pairing, &error));
    g_assert_no_error (error);
  }

  view = open_calendar (fixture);
  fixture->pairing_id = ta_pairing_get_id (pairing);
  session = add_past_session (fixture, NULL);
  iterate ();

  dialog = _ta_calendar_view_ask_held (view, session);
  adw_message_dialog_response (dialog, "held");
  iterate ();
  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_PLANNED);
}

/* Ratings nobody chose stay "not rated"; the dialog names the session's
 * date and place. */
static void
test_held_unrated (Fixture       *fixture,
                   gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = add_past_session (fixture, "Room 4, Brussels");
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = format_local (session, "%A %-e %B %Y");
  AdwMessageDialog *dialog;
  const char *body;

  iterate ();
  dialog = _ta_calendar_view_ask_held (view, session);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, date));
  g_assert_nonnull (strstr (body, "10:00"));
  g_assert_nonnull (strstr (body, "Room 4, Brussels"));
  g_assert_nonnull (strstr (body, "Lina Haddad & Marc Dubois"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Mark as Held?");
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating")), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentee-rating")), ==, 0);
  screenshot ("calendar-held-dialog");
  adw_message_dialog_response (dialog, "held");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 0);
  g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 0);
}

/* "Cancelled by" offers a no-show once the session has begun. */
static void
test_no_show (Fixture       *fixture,
              gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = add_past_session (fixture, NULL);
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkDropDown *who;
  guint n;

  iterate ();
  dialog = _ta_calendar_view_ask_cancel (view, session);
  who = g_object_get_data (G_OBJECT (dialog), "who");
  n = g_list_model_get_n_items (gtk_drop_down_get_model (who));
  g_assert_cmpuint (n, ==, 4);
  gtk_drop_down_set_selected (who, n - 1);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "reason"), "Marc did not come");
  adw_message_dialog_response (dialog, "cancel-session");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_NO_SHOW);
  g_assert_cmpstr (ta_session_get_cancel_reason (stored), ==, "Marc did not come");
}

static gboolean
has_window_titled (gpointer title)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l; l = l->next)
    if (gtk_widget_get_visible (l->data) && g_strcmp0 (gtk_window_get_title (l->data), title) == 0)
      found = TRUE;
  g_list_free (toplevels);

  return found;
}

/* A held session is in the history; activating it shows what was
 * learned, and a correction is saved. */
static void
test_record_edit (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  TaCalendarView *view;
  GtkListBox *recent;
  GtkListBoxRow *row;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *learned = NULL;
  AdwMessageDialog *dialog;

  /* Held a week ago: before today, so in the history, not the agenda. */
  {
    g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) last_week = g_date_time_add_weeks (now, -1);

    g_assert_no_error (error);
    session = ta_session_new_one_on_one (fixture->pairing_id, last_week, 60);
    g_assert_true (ta_store_add_session (store, session, &error));
    g_assert_no_error (error);
    held = ta_store_get_session (store, ta_session_get_id (session), &error);
    g_assert_no_error (error);
    ta_session_set_status (held, TA_SESSION_STATUS_HELD);
    ta_session_set_mentor_learned (held, "How a budget round works");
    ta_session_set_mentee_rating (held, 4);
    g_assert_true (ta_store_update_session (store, held, &error));
    g_assert_no_error (error);
  }

  view = open_calendar (fixture);
  recent = _ta_calendar_view_get_recent (view);
  wait_for (is_drawn, recent);
  row = gtk_list_box_get_row_at_index (recent, 0);
  g_assert_nonnull (row);
  g_assert_cmpint (ta_session_get_id (g_object_get_data (G_OBJECT (row), "session")), ==, ta_session_get_id (session));
  rows = agenda_rows_of (view, ta_session_get_id (session));
  g_assert_cmpuint (rows->len, ==, 0);

  g_signal_emit_by_name (recent, "row-activated", row);
  wait_for (has_window_titled, (gpointer) "Held Session");
  dialog = find_dialog ("Held Session");
  g_assert_nonnull (dialog);
  learned = get_field (dialog, "mentor-learned");
  g_assert_cmpstr (learned, ==, "How a budget round works");
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentee-rating")), ==, 4);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating")), ==, 0);

  set_field (dialog, "mentee-learned", "Prompting with care");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (dialog), "mentor-rating"), 5);
  adw_message_dialog_response (dialog, "save");
  iterate ();

  stored = ta_store_get_session (get_store (fixture), ta_session_get_id (session), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (stored), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_mentor_learned (stored), ==, "How a budget round works");
  g_assert_cmpstr (ta_session_get_mentee_learned (stored), ==, "Prompting with care");
  g_assert_cmpint (ta_session_get_mentor_rating (stored), ==, 5);
  g_assert_cmpint (ta_session_get_mentee_rating (stored), ==, 4);
}

static gboolean
has_session_editor (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l; l = l->next)
    if (TA_IS_SESSION_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      found = TRUE;
  g_list_free (toplevels);

  return found;
}

/* The search finds sessions by a person's name, accents aside; page.add
 * opens a new session. */
static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = add_planned_session (fixture);
  GtkListBox *agenda = _ta_calendar_view_get_agenda (view);

  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (agenda, 0));
  gtk_widget_activate_action (GTK_WIDGET (view), "page.search", NULL);
  wait_for (is_drawn, _ta_calendar_view_get_search_entry (view));
  gtk_editable_set_text (GTK_EDITABLE (_ta_calendar_view_get_search_entry (view)), "nobody here");
  g_signal_emit_by_name (_ta_calendar_view_get_search_entry (view), "search-changed");
  iterate ();
  g_assert_null (gtk_list_box_get_row_at_index (agenda, 0));
  gtk_editable_set_text (GTK_EDITABLE (_ta_calendar_view_get_search_entry (view)), "DUBOÍS");
  g_signal_emit_by_name (_ta_calendar_view_get_search_entry (view), "search-changed");
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (agenda, 0));

  /* The window's "+" is New Session… here. */
  g_assert_false (has_session_editor (NULL));
  gtk_widget_activate_action (GTK_WIDGET (view), "page.add", NULL);
  wait_for (has_session_editor, NULL);
}

/* The calendar page fits a phone (360 px), its agenda showing. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaCalendarView *view;

  screenshot_translations ();
  view = open_calendar (fixture);
  g_autoptr(TaSession) session = NULL;
  AdwMessageDialog *dialog;
  int min = 0;

  session = add_past_session (fixture, "https://meet.example.com/a-rather-long-link-to-a-video-call-room");
  iterate ();
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);

  dialog = _ta_calendar_view_ask_held (view, session);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = _ta_calendar_view_ask_cancel (view, session);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  adw_leaflet_set_visible_child_name (ADW_LEAFLET (gtk_widget_get_first_child (GTK_WIDGET (view))), "agenda");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  screenshot ("calendar-agenda-narrow");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Daylight saving as the programme's users know it. */
  g_setenv ("TZ", "Europe/Brussels", TRUE);

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/calendar/create-session", Fixture, NULL,
              fixture_set_up, test_create_session, fixture_tear_down);
  g_test_add ("/ui/calendar/month-navigation", Fixture, NULL,
              fixture_set_up, test_month_navigation, fixture_tear_down);

  g_test_add ("/ui/calendar/mark-held", Fixture, NULL,
              fixture_set_up, test_mark_held, fixture_tear_down);
  g_test_add ("/ui/calendar/held-once/one-off", Fixture, NULL,
              fixture_set_up, test_held_once_one_off, fixture_tear_down);
  g_test_add ("/ui/calendar/held-once/series", Fixture, NULL,
              fixture_set_up, test_held_once_series, fixture_tear_down);
  g_test_add ("/ui/calendar/cancelled-once/one-off", Fixture, NULL,
              fixture_set_up, test_cancelled_once_one_off, fixture_tear_down);
  g_test_add ("/ui/calendar/cancelled-once/series", Fixture, NULL,
              fixture_set_up, test_cancelled_once_series, fixture_tear_down);
  g_test_add ("/ui/calendar/held-after-other-process", Fixture, NULL,
              fixture_set_up, test_held_after_other_process, fixture_tear_down);
  g_test_add ("/ui/calendar/cancel-needs-reason", Fixture, NULL,
              fixture_set_up, test_cancel_needs_reason, fixture_tear_down);
  g_test_add ("/ui/calendar/series/change-future", Fixture, NULL,
              fixture_set_up, test_series_change_future, fixture_tear_down);
  g_test_add ("/ui/calendar/series/change-one", Fixture, NULL,
              fixture_set_up, test_series_change_one, fixture_tear_down);
  g_test_add ("/ui/calendar/series/new", Fixture, NULL,
              fixture_set_up, test_new_series, fixture_tear_down);
  g_test_add ("/ui/calendar/double-booking", Fixture, NULL,
              fixture_set_up, test_double_booking, fixture_tear_down);
  g_test_add ("/ui/calendar/filter", Fixture, NULL,
              fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/ui/calendar/needs-attention", Fixture, NULL,
              fixture_set_up, test_needs_attention, fixture_tear_down);
  g_test_add ("/ui/calendar/needs-attention-many", Fixture, NULL,
              fixture_set_up, test_needs_attention_many, fixture_tear_down);
  g_test_add ("/ui/calendar/import-preview", Fixture, NULL,
              fixture_set_up, test_import_preview, fixture_tear_down);
  g_test_add ("/ui/calendar/reminders", Fixture, NULL,
              fixture_set_up, test_reminders, fixture_tear_down);
  g_test_add ("/ui/calendar/day-names", Fixture, NULL,
              fixture_set_up, test_day_names, fixture_tear_down);
  g_test_add ("/ui/calendar/future-not-held", Fixture, NULL,
              fixture_set_up, test_future_not_held, fixture_tear_down);
  g_test_add ("/ui/calendar/proposed-not-held", Fixture, NULL,
              fixture_set_up, test_proposed_not_held, fixture_tear_down);
  g_test_add ("/ui/calendar/held-unrated", Fixture, NULL,
              fixture_set_up, test_held_unrated, fixture_tear_down);
  g_test_add ("/ui/calendar/no-show", Fixture, NULL,
              fixture_set_up, test_no_show, fixture_tear_down);
  g_test_add ("/ui/calendar/record-edit", Fixture, NULL,
              fixture_set_up, test_record_edit, fixture_tear_down);
  g_test_add ("/ui/calendar/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/ui/calendar/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
