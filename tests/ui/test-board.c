/* test-board.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-board"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ta-application.h"
#include "ta-person-choices.h"
#include "ta-board-view-private.h"
#include "ta-store.h"
#include "ta-topic-card.h"
#include "ta-topic-editor-private.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef struct
{
  char     *dir;
  char     *path;
  gint64    junior;
  gint64    senior;
  gint64    topics[3];
  TaWindow *window;
} Fixture;

/* Two people and three proposed topics, in a file of their own. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  const char *titles[] = { "Prompting AI assistants", "Passkeys", "Async work with Loom" };
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = ta_test_make_dir ("turnabout-board-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "programme.db", NULL);

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->junior = ta_test_add_person (store, "Zoë Peeters", "zoe@example.com", TA_ROLE_MENTOR, NULL);
  fixture->senior = ta_test_add_person (store, "Marc Dubois", "marc@example.com", TA_ROLE_MENTEE,
                                         "seeks", (const char *[]) { "Blockchain", NULL }, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(TaTopic) topic = ta_topic_new (titles[i]);

      g_assert_true (ta_store_add_topic (store, topic, &error));
      g_assert_no_error (error);
      fixture->topics[i] = ta_topic_get_id (topic);
    }
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

static TaBoardView *
open_board (Fixture *fixture)
{
  TaBoardView *view;

  fixture->window = ta_test_window_open (app, fixture->path);

  view = _ta_window_get_board_view (fixture->window);
  ta_test_window_show_page (fixture->window, view, "board");

  return view;
}

static void
close_window (Fixture *fixture)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  wait_for (is_null, &fixture->window);
}

static gint64
card_id (GListModel *cards,
         guint       index)
{
  g_autoptr(TaTopic) topic = g_list_model_get_item (cards, index);

  return topic != NULL ? ta_topic_get_id (topic) : 0;
}

static guint
count_cards (GListModel *cards)
{
  return g_list_model_get_n_items (cards);
}

/* The topic of the card with the keyboard focus. */
static gint64
focused_card (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (ta_topic_card_get_topic_id (focus) != 0)
        return ta_topic_card_get_topic_id (focus);
      if (child != NULL && ta_topic_card_get_topic_id (child) != 0)
        return ta_topic_card_get_topic_id (child);
    }

  return 0;
}

/* Presses Alt and @keyval on the card with the focus, as a keyboard does. */
static void
press_alt (GtkWidget *column,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (column);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, GDK_ALT_MASK, &handled);
    }
  g_assert_true (handled);
}

static void
test_move_by_keyboard (Fixture       *fixture,
                       gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  GListModel *proposed = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_PROPOSED);
  GListModel *researching = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_RESEARCHING);
  GtkWidget *proposed_column = _ta_board_view_get_column (view, TA_TOPIC_STAGE_PROPOSED);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaTopic) moved = NULL;
  g_autoptr(TaTopic) first = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (count_cards (proposed), ==, 3);
  g_assert_cmpuint (count_cards (researching), ==, 0);

  /* The second card, one column to the right. */
  _ta_board_view_focus_topic (view, fixture->topics[1]);
  g_assert_cmpint (focused_card (fixture), ==, fixture->topics[1]);
  press_alt (proposed_column, GDK_KEY_Right);
  iterate ();
  g_assert_cmpuint (count_cards (proposed), ==, 2);
  g_assert_cmpuint (count_cards (researching), ==, 1);
  g_assert_cmpint (card_id (researching, 0), ==, fixture->topics[1]);

  /* The focus went with it. */
  iterate ();
  g_assert_cmpint (focused_card (fixture), ==, fixture->topics[1]);

  /* Reordered within its column: the last card up one. */
  _ta_board_view_focus_topic (view, fixture->topics[2]);
  g_assert_cmpint (focused_card (fixture), ==, fixture->topics[2]);
  press_alt (proposed_column, GDK_KEY_Up);
  iterate ();
  g_assert_cmpint (card_id (proposed, 0), ==, fixture->topics[2]);
  g_assert_cmpint (card_id (proposed, 1), ==, fixture->topics[0]);

  /* In the file, after reopening it. */
  close_window (fixture);
  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  moved = ta_store_get_topic (store, fixture->topics[1], &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_topic_get_stage (moved), ==, TA_TOPIC_STAGE_RESEARCHING);
  g_assert_cmpint (ta_topic_get_position (moved), ==, 0);
  first = ta_store_get_topic (store, fixture->topics[2], &error);
  g_assert_cmpint (ta_topic_get_position (first), ==, 0);
  g_clear_object (&store);

  /* And on the board of the reopened programme. */
  view = open_board (fixture);
  researching = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_RESEARCHING);
  g_assert_cmpint (card_id (researching, 0), ==, fixture->topics[1]);
}

static void
test_move_to_menu (Fixture       *fixture,
                   gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  GListModel *proposed = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_PROPOSED);
  GListModel *presented = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_PRESENTED);

  gtk_widget_activate_action (GTK_WIDGET (view), "board.move", "(xii)",
                              fixture->topics[0], (int) TA_TOPIC_STAGE_PRESENTED, -1);
  iterate ();
  g_assert_cmpint (card_id (presented, 0), ==, fixture->topics[0]);
  g_assert_cmpuint (count_cards (proposed), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (view), "board.move-by", "(xi)", fixture->topics[1], 1);
  iterate ();
  g_assert_cmpint (card_id (proposed, 0), ==, fixture->topics[2]);
  g_assert_cmpint (card_id (proposed, 1), ==, fixture->topics[1]);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  GListModel *proposed = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_PROPOSED);

  gtk_editable_set_text (GTK_EDITABLE (_ta_board_view_get_search_entry (view)), "passk");
  /* At once, rather than after the entry's typing delay. */
  g_signal_emit_by_name (_ta_board_view_get_search_entry (view), "search-changed");
  iterate ();
  g_assert_cmpuint (count_cards (proposed), ==, 1);
  g_assert_cmpint (card_id (proposed, 0), ==, fixture->topics[1]);
}

/* A long column shows its first cards, and all of them on Show All. */
static void
test_show_all (Fixture       *fixture,
               gconstpointer  user_data)
{
  TaBoardView *view;
  GtkListView *column;
  GtkWidget *more;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(TaStore) store = ta_store_open (fixture->path, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *title = g_strdup_printf ("Topic %u", i);
        g_autoptr(TaTopic) topic = ta_topic_new (title);

        g_assert_true (ta_store_add_topic (store, topic, &error));
        g_assert_no_error (error);
      }
  }

  view = open_board (fixture);
  column = GTK_LIST_VIEW (_ta_board_view_get_column (view, TA_TOPIC_STAGE_PROPOSED));
  g_assert_cmpuint (g_list_model_get_n_items (_ta_board_view_get_cards (view, TA_TOPIC_STAGE_PROPOSED)), ==, 43);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (column))), <, 43);

  more = gtk_widget_get_next_sibling (gtk_widget_get_parent (GTK_WIDGET (column)));
  g_assert_true (GTK_IS_BUTTON (more));
  g_assert_true (gtk_widget_get_visible (more));
  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (column))), ==, 43);
  g_assert_false (gtk_widget_get_visible (more));
}

static gboolean
has_ideas (gpointer data)
{
  return g_list_model_get_n_items (data) > 0;
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_ideas (Fixture       *fixture,
            gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  GListModel *ideas = _ta_board_view_get_ideas (view);
  GListModel *proposed = _ta_board_view_get_cards (view, TA_TOPIC_STAGE_PROPOSED);
  g_autoptr(TaTopicIdea) idea = NULL;
  GtkListBox *ideas_list;
  GtkWidget *button;

  wait_for (has_ideas, ideas);
  idea = g_list_model_get_item (ideas, 0);
  g_assert_cmpstr (ta_topic_idea_get_term (idea), ==, "Blockchain");
  g_assert_cmpuint (ta_topic_idea_get_count (idea), ==, 1);

  /* Add to Board: a proposed card, with the mentee interested. */
  ideas_list = _ta_board_view_get_ideas_list (view);
  button = find_button (GTK_WIDGET (gtk_list_box_get_row_at_index (ideas_list, 0)));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpuint (count_cards (proposed), ==, 4);
  {
    TaTopic *added = ta_topic_list_lookup (_ta_board_view_get_topics (view), card_id (proposed, 3));

    g_assert_cmpstr (ta_topic_get_title (added), ==, "Blockchain");
    g_assert_true (ta_topic_is_interested (added, fixture->senior));
  }

  /* Covered now: no longer an idea. */
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (_ta_board_view_get_ideas (view)), ==, 0);
}

static void
test_editor_and_presentation (Fixture       *fixture,
                              gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  TaStore *store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));
  TaTopic *topic = ta_topic_list_lookup (_ta_board_view_get_topics (view), fixture->topics[0]);
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  TaTopicEditor *editor;
  const gint64 *attendees;
  guint n = 0;

  editor = TA_TOPIC_EDITOR (_ta_board_view_open_topic (view, topic));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);

  /* Hostile text is refused with the reason, nothing written. */
  gtk_editable_set_text (_ta_topic_editor_get_title_row (editor), "   ");
  gtk_widget_activate_action (GTK_WIDGET (editor), "topic.save", NULL);
  iterate ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_topic_editor_get_error_label (editor))));
  stored = ta_store_get_topic (store, fixture->topics[0], &error);
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Prompting AI assistants");
  g_clear_object (&stored);

  gtk_editable_set_text (_ta_topic_editor_get_title_row (editor), "Prompting AI assistants 🤖 '; DROP TABLE topics; --");
  _ta_topic_editor_add_person (editor, TRUE, fixture->junior);
  _ta_topic_editor_add_person (editor, FALSE, fixture->senior);
  _ta_topic_editor_add_source (editor, "https://example.com/prompting", "A good start");

  /* Schedule Presentation plans the session; nothing is written until
   * Save. */
  dialog = _ta_topic_editor_ask_schedule (editor);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "date"), "2027-03-04");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "time"), "12:30");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "place"), "Cafeteria");
  adw_message_dialog_response (dialog, "schedule");
  iterate ();

  stored = ta_store_get_topic (store, fixture->topics[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Prompting AI assistants");
  g_assert_cmpint (ta_topic_get_session_id (stored), ==, 0);
  g_clear_object (&stored);

  /* Who follows up, from "Nobody Yet" and everyone by name. */
  {
    AdwComboRow *follow_up = _ta_topic_editor_get_follow_up_row (editor);
    GListModel *people = adw_combo_row_get_model (follow_up);

    g_assert_cmpuint (adw_combo_row_get_selected (follow_up), ==, 0);
    g_assert_cmpint (ta_person_choices_get_id (people, 0), ==, 0);
    adw_combo_row_set_selected (follow_up, ta_person_choices_find (people, fixture->junior));
    g_assert_cmpuint (adw_combo_row_get_selected (follow_up), >, 0);
  }

  /* Moved to another stage on save. */
  adw_combo_row_set_selected (_ta_topic_editor_get_stage_row (editor), TA_TOPIC_STAGE_READY);
  gtk_widget_activate_action (GTK_WIDGET (editor), "topic.save", NULL);
  wait_for (is_null, &editor);
  iterate ();
  g_assert_cmpint (card_id (_ta_board_view_get_cards (view, TA_TOPIC_STAGE_READY), 0), ==, fixture->topics[0]);
  g_clear_object (&stored);
  stored = ta_store_get_topic (store, fixture->topics[0], &error);
  g_assert_cmpint (ta_topic_get_follow_up_id (stored), ==, fixture->junior);

  /* Saved with the presentation, its invitations to the people on screen. */
  g_assert_cmpstr (ta_topic_get_title (stored), ==, "Prompting AI assistants 🤖 '; DROP TABLE topics; --");
  g_assert_cmpuint (ta_topic_get_sources (stored)->len, ==, 1);
  g_assert_cmpint (ta_topic_get_session_id (stored), !=, 0);
  session = ta_store_get_session (store, ta_topic_get_session_id (stored), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_kind (session), ==, TA_SESSION_KIND_LUNCH_AND_LEARN);
  g_assert_cmpstr (ta_session_get_location (session), ==, "Cafeteria");
  attendees = ta_session_get_attendees (session, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true ((attendees[0] == fixture->junior && attendees[1] == fixture->senior) ||
                 (attendees[1] == fixture->junior && attendees[0] == fixture->senior));
}

/* The bytes of the programme file and of its write-ahead log (where a
 * commit goes first), to compare before and after. */
static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *wal = NULL;
  gsize length = 0;
  gsize wal_length = 0;
  GByteArray *bytes = g_byte_array_new ();

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_byte_array_append (bytes, (const guint8 *) contents, length);
  if (g_file_get_contents (wal_path, &wal, &wal_length, NULL))
    g_byte_array_append (bytes, (const guint8 *) wal, wal_length);

  return g_byte_array_free_to_bytes (bytes);
}

/* Cancel after ticking a senior and scheduling: the programme is exactly
 * as it was. */
/* A Belgian types the due date as dates are shown to her (24/12/2026);
 * the store keeps ISO, and a day that does not exist is refused. */
static void
test_due_date_in_locale_order (Fixture       *fixture,
                               gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  TaStore *store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));
  TaTopic *topic = ta_topic_list_lookup (_ta_board_view_get_topics (view), fixture->topics[0]);
  g_autofree char *saved_locale = g_strdup (setlocale (LC_TIME, NULL));
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(GError) error = NULL;
  TaTopicEditor *editor;

  if (setlocale (LC_TIME, "fr_BE.UTF-8") == NULL)
    {
      g_test_skip ("The Belgian locales are not installed (locales-all)");
      return;
    }

  editor = TA_TOPIC_EDITOR (_ta_board_view_open_topic (view, topic));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);

  gtk_editable_set_text (_ta_topic_editor_get_due_row (editor), "31/02/2027");
  gtk_widget_activate_action (GTK_WIDGET (editor), "topic.save", NULL);
  iterate ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_topic_editor_get_error_label (editor))));
  stored = ta_store_get_topic (store, fixture->topics[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_topic_get_due_date (stored), ==, ta_topic_get_due_date (topic));
  g_clear_object (&stored);

  gtk_editable_set_text (_ta_topic_editor_get_due_row (editor), "24/12/2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "topic.save", NULL);
  wait_for (is_null, &editor);
  stored = ta_store_get_topic (store, fixture->topics[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_topic_get_due_date (stored), ==, "2026-12-24");

  /* Opened again, it reads as it was typed. */
  editor = TA_TOPIC_EDITOR (_ta_board_view_open_topic (view, stored));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpstr (gtk_editable_get_text (_ta_topic_editor_get_due_row (editor)), ==, "24/12/2026");
  gtk_window_destroy (GTK_WINDOW (editor));

  setlocale (LC_TIME, saved_locale);
}

static void
test_editor_cancel (Fixture       *fixture,
                    gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  TaStore *store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));
  TaTopic *topic = ta_topic_list_lookup (_ta_board_view_get_topics (view), fixture->topics[1]);
  g_autoptr(TaTopic) stored = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  TaTopicEditor *editor;
  guint n = 0;

  iterate ();
  before = read_file (fixture->path);

  editor = TA_TOPIC_EDITOR (_ta_board_view_open_topic (view, topic));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  wait_for (is_drawn, editor);

  _ta_topic_editor_add_person (editor, FALSE, fixture->senior);
  dialog = _ta_topic_editor_ask_schedule (editor);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "date"), "2027-03-04");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "time"), "12:00");
  adw_message_dialog_response (dialog, "schedule");
  iterate ();

  /* Escape, as the Cancel button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  wait_for (is_null, &editor);
  iterate ();

  stored = ta_store_get_topic (store, fixture->topics[1], &error);
  g_assert_no_error (error);
  ta_topic_get_interested (stored, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (ta_topic_get_session_id (stored), ==, 0);
  sessions = ta_store_list_sessions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 0);

  /* Not a byte written. */
  after = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
assert_local (GDateTime  *time,
              const char *expected)
{
  g_autofree char *text = g_date_time_format (time, "%Y-%m-%d %H:%M %u");

  g_assert_cmpstr (text, ==, expected);
}

/* A presentation is proposed on a weekday at 12:00, never at a weekend. */
static void
test_presentation_weekday (Fixture       *fixture,
                           gconstpointer  user_data)
{
  TaBoardView *view = open_board (fixture);
  TaTopic *topic = ta_topic_list_lookup (_ta_board_view_get_topics (view), fixture->topics[2]);
  g_autoptr(GDateTime) saturday = g_date_time_new_local (2026, 12, 5, 9, 30, 0);
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 12, 6, 18, 0, 0);
  g_autoptr(GDateTime) wednesday = g_date_time_new_local (2026, 12, 9, 8, 0, 0);
  g_autoptr(GDateTime) proposed = NULL;
  AdwMessageDialog *dialog;
  TaTopicEditor *editor;

  /* A week after a Saturday is a Saturday: the Monday after. */
  proposed = _ta_topic_editor_propose_start (NULL, saturday);
  assert_local (proposed, "2026-12-14 12:00 1");
  g_clear_pointer (&proposed, g_date_time_unref);
  proposed = _ta_topic_editor_propose_start (NULL, sunday);
  assert_local (proposed, "2026-12-14 12:00 1");
  g_clear_pointer (&proposed, g_date_time_unref);
  proposed = _ta_topic_editor_propose_start (NULL, wednesday);
  assert_local (proposed, "2026-12-16 12:00 3");
  g_clear_pointer (&proposed, g_date_time_unref);
  /* A due date ahead, on a Sunday: the Monday after it. */
  proposed = _ta_topic_editor_propose_start ("2027-03-07", wednesday);
  assert_local (proposed, "2027-03-08 12:00 1");
  g_clear_pointer (&proposed, g_date_time_unref);
  /* A due date passed: a week from now. */
  proposed = _ta_topic_editor_propose_start ("2026-11-30", wednesday);
  assert_local (proposed, "2026-12-16 12:00 3");

  /* The dialog proposes it. */
  editor = TA_TOPIC_EDITOR (_ta_board_view_open_topic (view, topic));
  wait_for (is_drawn, editor);
  _ta_topic_editor_set_now (editor, sunday);
  dialog = _ta_topic_editor_ask_schedule (editor);
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "date")), ==, "2026-12-14");
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "time")), ==, "12:00");
  adw_message_dialog_response (dialog, "cancel");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/board/move-by-keyboard", Fixture, NULL,
              fixture_set_up, test_move_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/board/move-to-menu", Fixture, NULL,
              fixture_set_up, test_move_to_menu, fixture_tear_down);
  g_test_add ("/ui/board/search", Fixture, NULL,
              fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/ui/board/show-all", Fixture, NULL,
              fixture_set_up, test_show_all, fixture_tear_down);
  g_test_add ("/ui/board/ideas", Fixture, NULL,
              fixture_set_up, test_ideas, fixture_tear_down);
  g_test_add ("/ui/board/editor-and-presentation", Fixture, NULL,
              fixture_set_up, test_editor_and_presentation, fixture_tear_down);
  g_test_add ("/ui/board/due-date-in-locale-order", Fixture, NULL,
              fixture_set_up, test_due_date_in_locale_order, fixture_tear_down);
  g_test_add ("/ui/board/editor-cancel", Fixture, NULL,
              fixture_set_up, test_editor_cancel, fixture_tear_down);
  g_test_add ("/ui/board/presentation-weekday", Fixture, NULL,
              fixture_set_up, test_presentation_weekday, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
