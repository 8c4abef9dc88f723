/* test-session-editor.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-session-editor"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ta-application.h"
#include "ta-date-entry.h"
#include "ta-ical.h"
#include "ta-pairing.h"
#include "ta-recurrence.h"
#include "ta-session-editor-private.h"
#include "ta-store.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef struct
{
  char              *dir;
  TaStore           *store;
  TaProgramme       *programme;
  TaParticipantList *participants;
  gint64             people[6];
  gint64             pairing_id;   /* active, unless a test pauses it */
} Fixture;

static gint64
add_person (TaStore    *store,
            const char *name,
            TaRole      role)
{
  g_autofree char *email = g_strdup_printf ("%c%c@example.com", g_ascii_tolower (name[0]), g_ascii_tolower (name[1]));

  if (role == TA_ROLE_MENTOR)
    return ta_test_add_person (store, name, email, role, "capacity", 3, NULL);
  return ta_test_add_person (store, name, email, role, NULL);
}

/* Six people; Lina and Marc are an active pair unless user_data says
 * "paused". */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const char *names[] = { "Lina Haddad", "Marc Dubois", "Adaeze Okafor",
                                 "Divine Kalala", "Sofie Peeters", "Jonas Weber" };
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = ta_test_make_dir ("turnabout-editor-XXXXXX");
  path = g_build_filename (fixture->dir, "programme.db", NULL);
  fixture->store = ta_store_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    fixture->people[i] = add_person (fixture->store, names[i], i % 2 == 0 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE);

  fixture->pairing_id = ta_test_add_pairing (fixture->store, fixture->people[0], fixture->people[1],
                                             "status", g_strcmp0 (user_data, "paused") == 0 ? TA_PAIRING_STATUS_PAUSED
                                                                                            : TA_PAIRING_STATUS_ACTIVE,
                                             "started-on", "2026-01-05", NULL);

  fixture->programme = ta_programme_new_for_store (fixture->store);
  fixture->participants = g_object_ref (ta_programme_get_participants (fixture->programme));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_close_all (NULL);
  g_clear_object (&fixture->participants);
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->store);
  ta_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static TaSessionEditor *
open_editor (Fixture   *fixture,
             GDateTime *day)
{
  TaSessionEditor *editor = ta_session_editor_new (NULL, NULL, fixture->programme, day);

  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  return editor;
}

static void
save_and_wait (TaSessionEditor *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (is_null, &editor);
}

static GPtrArray *
list_sessions (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = ta_store_list_sessions (fixture->store, &error);

  g_assert_no_error (error);
  return sessions;
}

static void
set_notes (TaSessionEditor *editor,
           const char      *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (_ta_session_editor_get_notes_view (editor)), text, -1);
}

/* Belgians type and read day/month/year; ISO is understood anywhere. */
static void
test_date_parse_belgian (void)
{
  /* As glibc's fr_BE and nl_BE write it (%x), with the whole year. */
  static const char *locales[] = { "fr_BE.UTF-8", "nl_BE.UTF-8" };
  static const char *shown_as[] = { "11/12/2026", "11-12-2026" };
  g_autofree char *saved = g_strdup (setlocale (LC_TIME, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(GDateTime) parsed = NULL;
      g_autoptr(GDateTime) iso = NULL;
      g_autoptr(GDateTime) short_year = NULL;
      g_autofree char *shown = NULL;
      GtkWidget *entry;
      g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 0, 0, 0);

      if (setlocale (LC_TIME, locales[i]) == NULL)
        {
          g_test_skip ("The Belgian locales are not installed (locales-all)");
          setlocale (LC_TIME, saved);
          return;
        }

      parsed = ta_date_entry_parse ("11/12/2026");
      g_assert_nonnull (parsed);
      g_assert_cmpint (g_date_time_get_day_of_month (parsed), ==, 11);
      g_assert_cmpint (g_date_time_get_month (parsed), ==, 12);
      g_assert_cmpint (g_date_time_get_year (parsed), ==, 2026);

      short_year = ta_date_entry_parse ("11.12.26");
      g_assert_nonnull (short_year);
      g_assert_true (g_date_time_equal (short_year, parsed));
      iso = ta_date_entry_parse ("2026-12-11");
      g_assert_nonnull (iso);
      g_assert_true (g_date_time_equal (iso, parsed));
      g_assert_null (ta_date_entry_parse ("31/02/2026"));
      g_assert_null (ta_date_entry_parse ("12/31/2026"));
      g_assert_null (ta_date_entry_parse ("11 December 2026"));
      g_assert_null (ta_date_entry_parse (""));

      shown = ta_date_entry_format (day);
      g_assert_cmpstr (shown, ==, shown_as[i]);

      /* The widget: shows it so, reads it back, marks nonsense. */
      entry = g_object_ref_sink (ta_date_entry_new ());
      ta_date_entry_set_date (TA_DATE_ENTRY (entry), day);
      g_assert_cmpstr (gtk_editable_get_text (ta_date_entry_get_editable (TA_DATE_ENTRY (entry))), ==, shown_as[i]);
      gtk_editable_set_text (ta_date_entry_get_editable (TA_DATE_ENTRY (entry)), "3/1/2027");
      g_assert_nonnull (ta_date_entry_get_date (TA_DATE_ENTRY (entry)));
      g_assert_cmpint (g_date_time_get_month (ta_date_entry_get_date (TA_DATE_ENTRY (entry))), ==, 1);
      g_assert_cmpint (g_date_time_get_day_of_month (ta_date_entry_get_date (TA_DATE_ENTRY (entry))), ==, 3);
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ta_date_entry_get_editable (TA_DATE_ENTRY (entry))), "error"));
      gtk_editable_set_text (ta_date_entry_get_editable (TA_DATE_ENTRY (entry)), "3/13/2027");
      g_assert_null (ta_date_entry_get_date (TA_DATE_ENTRY (entry)));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ta_date_entry_get_editable (TA_DATE_ENTRY (entry))), "error"));
      g_object_unref (entry);
    }

  setlocale (LC_TIME, saved);
}

/* The test locale (C) has no order of its own worth following: ISO. */
static void
test_date_c_locale (void)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 15, 0, 0);
  g_autofree char *shown = ta_date_entry_format (day);
  g_autoptr(GDateTime) parsed = ta_date_entry_parse (shown);

  g_assert_cmpstr (shown, ==, "2026-12-11");
  g_assert_nonnull (parsed);
  g_assert_cmpint (g_date_time_get_day_of_month (parsed), ==, 11);
  g_assert_cmpint (g_date_time_get_hour (parsed), ==, 0);
}

/* The repeat choices say the weekday and which one of the month. */
static void
test_repeat_labels (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GDateTime) friday = g_date_time_new_local (2026, 12, 11, 10, 0, 0);
  g_autoptr(GDateTime) thursday = g_date_time_new_local (2026, 12, 31, 10, 0, 0);
  g_autoptr(GDateTime) monday = g_date_time_new_local (2026, 12, 7, 10, 0, 0);
  g_autofree char *weekly = _ta_session_editor_describe_repeat (1, friday);
  g_autofree char *two = _ta_session_editor_describe_repeat (2, friday);
  g_autofree char *four = _ta_session_editor_describe_repeat (3, friday);
  g_autofree char *monthly = _ta_session_editor_describe_repeat (4, friday);
  g_autofree char *last = _ta_session_editor_describe_repeat (4, thursday);
  g_autofree char *first = _ta_session_editor_describe_repeat (4, monday);
  TaSessionEditor *editor;
  GListModel *choices;
  g_autoptr(GtkStringObject) item = NULL;

  g_assert_cmpstr (weekly, ==, "Every week on Friday");
  g_assert_cmpstr (two, ==, "Every 2 weeks on Friday");
  g_assert_cmpstr (four, ==, "Every 4 weeks on Friday");
  g_assert_cmpstr (monthly, ==, "Monthly on the second Friday");
  g_assert_cmpstr (last, ==, "Monthly on the last Thursday");
  g_assert_cmpstr (first, ==, "Monthly on the first Monday");

  /* The row follows the date typed, and keeps its choice. */
  editor = open_editor (fixture, friday);
  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 4);
  choices = adw_combo_row_get_model (_ta_session_editor_get_repeat_row (editor));
  item = g_list_model_get_item (choices, 4);
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Monthly on the second Friday");
  g_clear_object (&item);
  gtk_editable_set_text (_ta_session_editor_get_date_row (editor), "2026-12-31");
  item = g_list_model_get_item (choices, 4);
  g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Monthly on the last Thursday");
  g_assert_cmpuint (adw_combo_row_get_selected (_ta_session_editor_get_repeat_row (editor)), ==, 4);
  gtk_window_destroy (GTK_WINDOW (editor));
}

static gint64
only_series (Fixture    *fixture,
             GPtrArray **out_sessions)
{
  g_autoptr(GPtrArray) sessions = list_sessions (fixture);
  gint64 series;

  g_assert_cmpuint (sessions->len, >, 0);
  series = ta_session_get_series_id (g_ptr_array_index (sessions, 0));
  g_assert_cmpint (series, !=, 0);
  for (guint i = 0; i < sessions->len; i++)
    g_assert_cmpint (ta_session_get_series_id (g_ptr_array_index (sessions, i)), ==, series);
  *out_sessions = g_steal_pointer (&sessions);
  return series;
}

/* "After 6 sessions": six sessions, COUNT=6 in the calendar file. */
static void
test_series_count (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 0, 0, 0);
  TaSessionEditor *editor = open_editor (fixture, day);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 series;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_end_row (editor))));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (_ta_session_editor_get_notes_view (editor)),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));
  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_end_row (editor))));
  /* A new series has no notes to keep them in: none are offered. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (_ta_session_editor_get_notes_view (editor)),
                                                                   ADW_TYPE_PREFERENCES_GROUP)));
  adw_combo_row_set_selected (_ta_session_editor_get_end_row (editor), 2);
  gtk_spin_button_set_value (_ta_session_editor_get_count_spin (editor), 6);
  save_and_wait (editor);

  series = only_series (fixture, &sessions);
  g_assert_cmpuint (sessions->len, ==, 6);
  rule = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rule->count, ==, 6);
  g_assert_null (rule->until_date);

  text = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "FREQ=WEEKLY"));
  g_assert_nonnull (strstr (text, ";COUNT=6"));
}

/* "Until a date": the last date is kept, and exported as UNTIL in UTC. */
static void
test_series_until (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 0, 0, 0);
  g_autoptr(GDateTime) last = g_date_time_new_local (2027, 1, 22, 0, 0, 0);
  TaSessionEditor *editor = open_editor (fixture, day);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaRecurrence) rule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *until;
  gint64 series;

  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 2);   /* every 2 weeks */
  adw_combo_row_set_selected (_ta_session_editor_get_end_row (editor), 1);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (_ta_session_editor_get_until_entry (editor)),
                                                                   ADW_TYPE_ACTION_ROW)));
  /* No last date yet: refused, inline. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_error_label (editor))));
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  ta_date_entry_set_date (_ta_session_editor_get_until_entry (editor), last);
  save_and_wait (editor);

  /* 11 and 25 December, 8 and 22 January. */
  series = only_series (fixture, &sessions);
  g_assert_cmpuint (sessions->len, ==, 4);
  rule = ta_store_get_series (fixture->store, series, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rule->until_date, ==, "2027-01-22");
  g_assert_cmpint (rule->count, ==, 0);

  text = ta_ical_export (fixture->store, 0, 0, NULL, &error);
  g_assert_no_error (error);
  until = strstr (text, ";UNTIL=2027012");
  g_assert_nonnull (until);
  g_assert_cmpint (until[strlen (";UNTIL=20270122T000000")], ==, 'Z');
  g_assert_null (strstr (text, "COUNT="));
}

/* A lunch-and-learn opened on a Saturday goes to Monday noon. */
static void
test_lunch_default (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GDateTime) saturday = g_date_time_new_local (2026, 12, 12, 0, 0, 0);
  g_autoptr(GDateTime) saturday_morning = g_date_time_new_local (2026, 12, 12, 9, 30, 0);
  g_autoptr(GDateTime) friday_afternoon = g_date_time_new_local (2026, 12, 11, 14, 0, 0);
  g_autoptr(GDateTime) wednesday_morning = g_date_time_new_local (2026, 12, 9, 8, 0, 0);
  g_autoptr(GDateTime) lunch = NULL;
  TaSessionEditor *editor;
  GDateTime *day;

  lunch = _ta_session_editor_next_lunch (saturday_morning);
  g_assert_cmpint (g_date_time_get_day_of_week (lunch), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (lunch), ==, 14);
  g_assert_cmpint (g_date_time_get_hour (lunch), ==, 12);
  g_assert_cmpint (g_date_time_get_minute (lunch), ==, 0);
  g_clear_pointer (&lunch, g_date_time_unref);
  lunch = _ta_session_editor_next_lunch (friday_afternoon);
  g_assert_cmpint (g_date_time_get_day_of_month (lunch), ==, 14);
  g_clear_pointer (&lunch, g_date_time_unref);
  lunch = _ta_session_editor_next_lunch (wednesday_morning);
  g_assert_cmpint (g_date_time_get_day_of_month (lunch), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (lunch), ==, 12);

  editor = open_editor (fixture, saturday);
  adw_combo_row_set_selected (_ta_session_editor_get_kind_row (editor), TA_SESSION_KIND_LUNCH_AND_LEARN);
  day = ta_date_entry_get_date (_ta_session_editor_get_date_entry (editor));
  g_assert_nonnull (day);
  g_assert_cmpint (g_date_time_get_day_of_week (day), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (day), ==, 14);
  g_assert_cmpstr (gtk_editable_get_text (_ta_session_editor_get_time_row (editor)), ==, "12:00");
  /* A lunch is for a group: no pairing, a title and attendees. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_attendee_picker (editor))));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (_ta_session_editor_get_pairing_dropdown (editor)),
                                                                   ADW_TYPE_PREFERENCES_GROUP)));
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* A paused pair is there to choose, never chosen for you. */
static void
test_paused_not_preselected (Fixture       *fixture,
                             gconstpointer  user_data)
{
  TaSessionEditor *editor = open_editor (fixture, NULL);
  GtkDropDown *dropdown = _ta_session_editor_get_pairing_dropdown (editor);
  g_autoptr(GPtrArray) sessions = NULL;
  gint64 active;

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, GTK_INVALID_LIST_POSITION);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_pairing_hint (editor))));

  /* Saving without a choice says so and saves nothing. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_session_editor_get_error_label (editor))));
  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* With an active pair too, that one. */
  active = ta_test_add_pairing (fixture->store, fixture->people[2], fixture->people[3],
                                "status", TA_PAIRING_STATUS_ACTIVE, "started-on", "2026-01-05", NULL);
  editor = open_editor (fixture, NULL);
  dropdown = _ta_session_editor_get_pairing_dropdown (editor);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), !=, GTK_INVALID_LIST_POSITION);
  save_and_wait (editor);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpint (ta_session_get_pairing_id (g_ptr_array_index (sessions, 0)), ==, active);
}

/* A group discussion from the editor: title, three people, place,
 * notes, in the store. */
static void
test_group_attendees (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 15, 0, 0, 0);
  TaSessionEditor *editor = open_editor (fixture, day);
  g_autoptr(GPtrArray) sessions = NULL;
  GtkDropDown *picker;
  GtkWidget *chip;
  GtkWidget *remove;
  TaSession *session;
  const gint64 *attendees;
  guint n;

  adw_combo_row_set_selected (_ta_session_editor_get_kind_row (editor), TA_SESSION_KIND_GROUP_DISCUSSION);
  gtk_editable_set_text (_ta_session_editor_get_title_row (editor), "Trends in generative AI");

  /* Picked from the searchable list: each choice becomes a chip. */
  picker = _ta_session_editor_get_attendee_picker (editor);
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (picker)) && i <= 4; i++)
    {
      gtk_drop_down_set_selected (picker, i);
      g_assert_cmpuint (gtk_drop_down_get_selected (picker), ==, 0);
    }
  _ta_session_editor_add_attendee (editor, fixture->people[0]);   /* twice: once */
  g_assert_nonnull (gtk_flow_box_get_child_at_index (_ta_session_editor_get_attendee_chips (editor), 3));
  g_assert_null (gtk_flow_box_get_child_at_index (_ta_session_editor_get_attendee_chips (editor), 4));

  /* A chip's remove button takes that person out. */
  chip = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (_ta_session_editor_get_attendee_chips (editor), 3));
  remove = gtk_widget_get_last_child (chip);
  g_assert_true (GTK_IS_BUTTON (remove));
  g_signal_emit_by_name (remove, "clicked");
  g_assert_null (gtk_flow_box_get_child_at_index (_ta_session_editor_get_attendee_chips (editor), 3));

  gtk_editable_set_text (_ta_session_editor_get_location_row (editor), "Room 4");
  set_notes (editor, "1. Agents\n2. Regulation");
  save_and_wait (editor);

  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (ta_session_get_kind (session), ==, TA_SESSION_KIND_GROUP_DISCUSSION);
  g_assert_cmpint (ta_session_get_pairing_id (session), ==, 0);
  g_assert_cmpstr (ta_session_get_title (session), ==, "Trends in generative AI");
  g_assert_cmpstr (ta_session_get_location (session), ==, "Room 4");
  g_assert_cmpstr (ta_session_get_notes (session), ==, "1. Agents\n2. Regulation");
  attendees = ta_session_get_attendees (session, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (attendees[i], !=, 0);
}

/* Notes of a one-on-one are saved, shown again and changed. */
static void
test_notes (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 15, 0, 0, 0);
  TaSessionEditor *editor = open_editor (fixture, day);
  g_autoptr(GPtrArray) sessions = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  set_notes (editor, "Agenda: feedback on the pitch");
  save_and_wait (editor);
  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpstr (ta_session_get_notes (g_ptr_array_index (sessions, 0)), ==, "Agenda: feedback on the pitch");

  editor = ta_session_editor_new_for_session (NULL, NULL, fixture->programme, g_ptr_array_index (sessions, 0));
  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  buffer = gtk_text_view_get_buffer (_ta_session_editor_get_notes_view (editor));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (shown, ==, "Agenda: feedback on the pitch");
  set_notes (editor, "");
  save_and_wait (editor);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (fixture);
  g_assert_null (ta_session_get_notes (g_ptr_array_index (sessions, 0)));
}

/* Lets a resized window lay out and draw before a screenshot; only for
 * screenshots, which nothing asserts on. */
static void
settle (void)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    return;

  for (int i = 0; i < 50; i++)
    {
      iterate ();
      g_usleep (10000);
    }
}

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* It fits a phone: every kind, with a series' rows shown, a long pair. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 0, 0, 0);
  g_autoptr(TaParticipant) long_name = NULL;
  TaSessionEditor *editor;
  g_autoptr(GError) error = NULL;
  gint64 someone;

  long_name = ta_participant_new ();
  ta_participant_set_name (long_name, "Maximiliane Anastasia Vandenbroucke-Oosterlinck");
  ta_participant_set_email (long_name, "max@example.com");
  ta_participant_set_role (long_name, TA_ROLE_MENTEE);
  g_assert_true (ta_store_add_participant (fixture->store, long_name, &error));
  g_assert_no_error (error);
  someone = ta_participant_get_id (long_name);
  ta_test_add_pairing (fixture->store, fixture->people[2], someone,
                       "status", TA_PAIRING_STATUS_ACTIVE, "started-on", "2026-01-05", NULL);

  editor = ta_session_editor_new (NULL, NULL, fixture->programme, day);
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 780);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  g_assert_nonnull (gtk_window_get_title (GTK_WINDOW (editor)));
  gtk_drop_down_set_selected (_ta_session_editor_get_pairing_dropdown (editor), 1);
  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 4);
  adw_combo_row_set_selected (_ta_session_editor_get_end_row (editor), 1);
  settle ();
  screenshot ("session-editor-360");
  g_assert_cmpint (min_width (GTK_WIDGET (editor)), <=, 360);
  g_assert_cmpint (min_width (adw_window_get_content (ADW_WINDOW (editor))), <=, 360);

  adw_combo_row_set_selected (_ta_session_editor_get_end_row (editor), 2);
  iterate ();
  g_assert_cmpint (min_width (GTK_WIDGET (editor)), <=, 360);

  adw_combo_row_set_selected (_ta_session_editor_get_kind_row (editor), TA_SESSION_KIND_GROUP_DISCUSSION);
  _ta_session_editor_add_attendee (editor, someone);
  _ta_session_editor_add_attendee (editor, fixture->people[4]);
  iterate ();
  g_assert_cmpint (min_width (adw_window_get_content (ADW_WINDOW (editor))), <=, 360);
  settle ();
  screenshot ("session-editor-group-360");
}

/* Only for looking at it (TURNABOUT_SCREENSHOT_DIR): as a dialog on a
 * wide screen. */
static void
test_wide_screenshot (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 11, 0, 0, 0);
  TaSessionEditor *editor;

  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Only takes a screenshot");
      return;
    }

  editor = ta_session_editor_new (NULL, NULL, fixture->programme, day);
  gtk_window_set_default_size (GTK_WINDOW (editor), 1280, 800);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  adw_combo_row_set_selected (_ta_session_editor_get_repeat_row (editor), 4);
  adw_combo_row_set_selected (_ta_session_editor_get_end_row (editor), 2);
  settle ();
  screenshot ("session-editor-1280");

  /* The calendar of the date entry: a box of the entry and its button. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (gtk_widget_get_last_child (gtk_widget_get_first_child (
    GTK_WIDGET (_ta_session_editor_get_date_entry (editor))))));
  settle ();
  screenshot ("session-editor-calendar");
}

/* Escape closes it, without saving. */
static void
test_escape (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaSessionEditor *editor = open_editor (fixture, NULL);
  g_autoptr(GPtrArray) sessions = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Session");
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL);
  wait_for (is_null, &editor);
  sessions = list_sessions (fixture);
  g_assert_cmpuint (sessions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add_func ("/ui/date-entry/belgian", test_date_parse_belgian);
  g_test_add_func ("/ui/date-entry/c-locale", test_date_c_locale);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/session-editor/repeat-labels", test_repeat_labels, NULL);
  ADD ("/ui/session-editor/series-count", test_series_count, NULL);
  ADD ("/ui/session-editor/series-until", test_series_until, NULL);
  ADD ("/ui/session-editor/lunch-default", test_lunch_default, NULL);
  ADD ("/ui/session-editor/paused-not-preselected", test_paused_not_preselected, "paused");
  ADD ("/ui/session-editor/group-attendees", test_group_attendees, NULL);
  ADD ("/ui/session-editor/notes", test_notes, NULL);
  ADD ("/ui/session-editor/narrow", test_narrow, NULL);
  ADD ("/ui/session-editor/escape", test_escape, NULL);
  ADD ("/ui/session-editor/wide-screenshot", test_wide_screenshot, NULL);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
