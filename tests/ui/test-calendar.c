/* test-calendar.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-calendar"

#include "config.h"

#include <glib/gstdio.h>

#include "ta-application.h"
#include "ta-calendar-view-private.h"
#include "ta-month-grid-private.h"
#include "ta-pairing.h"
#include "ta-session-editor-private.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ui-test-helpers.h"

static TaApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  gint64    pairing_id;
  TaWindow *window;
} Fixture;

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gint64
add_person (TaStore    *store,
            const char *name,
            const char *email,
            TaRole      role)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autoptr(GError) error = NULL;

  ta_participant_set_name (participant, name);
  ta_participant_set_email (participant, email);
  ta_participant_set_role (participant, role);
  if (role == TA_ROLE_MENTOR)
    ta_participant_set_capacity (participant, 2);
  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_no_error (error);

  return ta_participant_get_id (participant);
}

/* A programme of two people and their pairing, in a file of its own. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 mentor;
  gint64 mentee;

  fixture->dir = g_dir_make_tmp ("turnabout-calendar-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "programme.db", NULL);

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  mentor = add_person (store, "Lina Haddad", "lina@example.com", TA_ROLE_MENTOR);
  mentee = add_person (store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE);

  pairing = ta_pairing_new (mentor, mentee);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  ta_pairing_set_started_on (pairing, "2026-01-05");
  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_no_error (error);
  fixture->pairing_id = ta_pairing_get_id (pairing);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fixture->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      wait_for (is_null, &fixture->window);
    }

  /* Dialogs left open by a test. */
  iterate ();
  for (GList *l = gtk_window_list_toplevels (), *next; l; l = next)
    {
      next = l->next;
      gtk_window_destroy (l->data);
      g_list_free_1 (l);
    }
  iterate ();

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);

  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static TaCalendarView *
open_calendar (Fixture *fixture)
{
  TaCalendarView *view;
  GtkWidget *stack;

  fixture->window = ta_application_open_database (app, fixture->path);
  g_assert_true (TA_IS_WINDOW (fixture->window));
  wait_for (is_drawn, fixture->window);

  view = _ta_window_get_calendar_view (fixture->window);
  stack = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "calendar");
  wait_for (is_drawn, view);
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

static void
test_mark_held (Fixture       *fixture,
                gconstpointer  user_data)
{
  TaCalendarView *view = open_calendar (fixture);
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  session = add_planned_session (fixture);
  iterate ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (_ta_calendar_view_get_agenda (view), 0));

  dialog = _ta_calendar_view_ask_held (view, session);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "mentor-learned"), "How juniors use AI tools");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "mentee-learned"), "Negotiating a budget");
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (dialog), "mentor-rating"), 5);
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (dialog), "mentee-rating"), 3);
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* An X server of its own (xvfb-run), no accessibility bus, no session
   * bus: nothing outside the test is touched. */
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  g_test_init (&argc, &argv, NULL);

  app = ta_application_new (APPLICATION_ID ".Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/ui/calendar/create-session", Fixture, NULL,
              fixture_set_up, test_create_session, fixture_tear_down);
  g_test_add ("/ui/calendar/month-navigation", Fixture, NULL,
              fixture_set_up, test_month_navigation, fixture_tear_down);

  g_test_add ("/ui/calendar/mark-held", Fixture, NULL,
              fixture_set_up, test_mark_held, fixture_tear_down);
  g_test_add ("/ui/calendar/cancel-needs-reason", Fixture, NULL,
              fixture_set_up, test_cancel_needs_reason, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
