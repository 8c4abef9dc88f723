/* test-pair-pages.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-pair-pages"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ta-application.h"
#include "ta-demo.h"
#include "ta-new-pair-dialog.h"
#include "ta-pair-session-list.h"
#include "ta-pairing-detail-private.h"
#include "ta-pairs-view-private.h"
#include "ta-participant-detail.h"
#include "ta-person-pairs.h"
#include "ta-session-editor.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

/*
 * Issue 11: what a pair and a person have been through, read back (the
 * pair page's sessions, the person page's pairs and next session), New
 * Pair… for two people the facilitator chose, the search of the Pairs
 * page, and the page's width at 360 px.
 */

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  ta_test_window_fixture_set_up (fixture, "turnabout-pair-pages-XXXXXX", "programme.db");

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  ta_demo_fill_full (store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, TA_DEMO_NO_PAIRINGS, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static TaPairsView *
open_window (Fixture *fixture)
{
  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  return _ta_window_get_pairs_view (fixture->window);
}

static TaStore *
get_store (Fixture *fixture)
{
  return ta_participant_list_get_store (ta_window_get_participants (fixture->window));
}

/* The first active participant of @role with at least @capacity places,
 * other than @not_id. */
static TaParticipant *
find_person (Fixture *fixture,
             TaRole   role,
             int      capacity,
             gint64   not_id)
{
  GListModel *participants = G_LIST_MODEL (ta_window_get_participants (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (participants, i);

      if (ta_participant_get_role (participant) == role &&
          ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE &&
          ta_participant_get_id (participant) != not_id &&
          (role == TA_ROLE_MENTEE || ta_participant_get_capacity (participant) >= capacity))
        return participant;
    }

  g_assert_not_reached ();
}

static TaPairing *
add_pairing (TaStore       *store,
             TaParticipant *mentor,
             TaParticipant *mentee)
{
  return ta_test_add_pairing_record (store, ta_participant_get_id (mentor), ta_participant_get_id (mentee),
                                     "status", TA_PAIRING_STATUS_ACTIVE, "started-on", "2026-09-01", NULL);
}

static TaSession *
add_session (TaStore   *store,
             TaPairing *pairing,
             int        days_from_now,
             const char *location)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_from_now);
  g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_time_get_year (day),
                                                    g_date_time_get_month (day),
                                                    g_date_time_get_day_of_month (day),
                                                    12, 0, 0);

  return ta_test_add_session_record (store, ta_pairing_get_id (pairing), start, 60,
                                     "location", location, NULL);
}

static gboolean
contains (const char *text,
          const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    {
      g_printerr ("“%s” not found in “%s”\n", part, text);
      return FALSE;
    }

  return TRUE;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* For screenshots only: the window takes its new size and draws. */
static void
settle (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (500, quit_loop, loop);
  g_main_loop_run (loop);
  iterate ();
}

/* For screenshots only: @widget at the top of its scrolled window. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double x = 0;
  double y = 0;

  if (scrolled == NULL)
    return;

  gtk_widget_translate_coordinates (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                    0, 0, &x, &y);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), y - 60);
  settle ();
}

/* The pair page lists its sessions: the planned one first, then the held
 * one with what each side learned and the ratings (0 is "not rated");
 * and follows the store. */
static void
test_pair_sessions (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(TaSession) planned = NULL;
  g_autoptr(TaSession) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *cancelled_text = NULL;
  TaPairSessionList *list;
  TaParticipant *mentor;
  TaParticipant *mentee;
  TaPairsView *view;
  TaStore *store;
  GListModel *model;

  view = open_window (fixture);
  store = get_store (fixture);
  mentor = find_person (fixture, TA_ROLE_MENTOR, 1, 0);
  mentee = find_person (fixture, TA_ROLE_MENTEE, 0, 0);
  pairing = add_pairing (store, mentor, mentee);

  held = add_session (store, pairing, -7, "Room 4.12");
  changed = ta_session_copy (held);
  ta_session_set_status (changed, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (changed, "How the team uses shared boards");
  ta_session_set_mentee_learned (changed, "Why budgets are set in October");
  ta_session_set_mentor_rating (changed, 4);
  ta_session_set_mentee_rating (changed, 0);
  ta_store_update_session (store, changed, &error);
  g_assert_no_error (error);
  g_clear_object (&changed);
  planned = add_session (store, pairing, 7, "Café Central");

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                                                  ADW_TYPE_VIEW_STACK)),
                                         "pairs");
  g_assert_true (ta_pairs_view_show_pairing (view, ta_pairing_get_id (pairing)));
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");

  list = _ta_pairing_detail_get_session_list (_ta_pairs_view_get_detail (view));
  model = ta_pair_session_list_get_model (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  planned_text = ta_pair_session_list_describe_row (list, 0);
  g_assert_true (contains (planned_text, "Planned"));
  g_assert_true (contains (planned_text, "Café Central"));

  held_text = ta_pair_session_list_describe_row (list, 1);
  g_assert_true (contains (held_text, "Held"));
  g_assert_true (contains (held_text, "How the team uses shared boards"));
  g_assert_true (contains (held_text, "Why budgets are set in October"));
  g_assert_true (contains (held_text, "rated it 4 out of 5"));
  g_assert_true (contains (held_text, "did not rate it"));
  g_assert_false (strstr (held_text, "0 out of 5") != NULL);

  /* The planned one opens in the session editor; the held one is all in
   * its row. */
  g_assert_false (ta_pair_session_list_activate_row (list, 1));
  g_assert_true (ta_pair_session_list_activate_row (list, 0));
  {
    GtkWindow *editor = NULL;

    for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
      {
        if (TA_IS_SESSION_EDITOR (l->data))
          editor = l->data;
      }
    g_assert_nonnull (editor);
    gtk_window_destroy (editor);
    iterate ();
  }

  /* Live: the planned one cancelled goes into the history, newest first. */
  changed = ta_session_copy (planned);
  ta_session_set_status (changed, TA_SESSION_STATUS_CANCELLED);
  ta_session_set_cancelled_by (changed, ta_participant_get_id (mentee));
  ta_session_set_cancel_reason (changed, "Away on a course");
  ta_store_update_session (store, changed, &error);
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  cancelled_text = ta_pair_session_list_describe_row (list, 0);
  g_assert_true (contains (cancelled_text, "Cancelled"));
  g_assert_true (contains (cancelled_text, "Away on a course"));

  screenshot ("pair-page");
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      scroll_to (GTK_WIDGET (list));
      screenshot ("pair-page-sessions");
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
      settle ();
      ta_pairs_view_show_pairing (view, ta_pairing_get_id (pairing));
      settle ();
      screenshot ("pair-page-360");
      scroll_to (GTK_WIDGET (list));
      screenshot ("pair-page-360-sessions");
    }
}

/* A person's page shows their pair and their next session. */
static void
test_person_page (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autofree char *pairs_text = NULL;
  g_autofree char *next_text = NULL;
  TaParticipantDetail *detail;
  TaPersonPairs *person_pairs;
  TaParticipant *mentor;
  TaParticipant *mentee;
  TaPairsView *view;
  TaStore *store;
  GtkWidget *window;

  view = open_window (fixture);
  store = get_store (fixture);
  mentor = find_person (fixture, TA_ROLE_MENTOR, 1, 0);
  mentee = find_person (fixture, TA_ROLE_MENTEE, 0, 0);

  window = gtk_window_new ();
  detail = TA_PARTICIPANT_DETAIL (ta_participant_detail_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (detail));
  ta_participant_detail_set_programme (detail, ta_window_get_programme (fixture->window));
  ta_participant_detail_set_participant (detail, mentee);
  person_pairs = _ta_participant_detail_get_person_pairs (detail);

  pairs_text = _ta_person_pairs_describe (person_pairs);
  g_assert_cmpstr (pairs_text, ==, "");
  g_assert_null (_ta_person_pairs_get_next_session (person_pairs));

  /* Live, from the store. */
  pairing = add_pairing (store, mentor, mentee);
  session = add_session (store, pairing, 3, "Room 2.01");
  iterate ();
  g_clear_pointer (&pairs_text, g_free);
  pairs_text = _ta_person_pairs_describe (person_pairs);
  g_assert_true (contains (pairs_text, ta_participant_get_name (mentor)));
  g_assert_true (contains (pairs_text, "Their mentor"));
  g_assert_true (contains (pairs_text, "Active"));
  g_assert_true (contains (pairs_text, "started 1 Sep 2026"));
  next_text = _ta_person_pairs_get_next_session (person_pairs);
  g_assert_nonnull (next_text);
  g_assert_true (contains (next_text, "Room 2.01"));

  /* Opening the pair: the window's action shows it on the Pairs page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-pairing", "x",
                                             ta_pairing_get_id (pairing)));
  iterate ();
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");
  g_assert_true (ta_pairing_detail_get_pairing (_ta_pairs_view_get_detail (view)) != NULL);
  g_assert_cmpint (ta_pairing_get_id (ta_pairing_detail_get_pairing (_ta_pairs_view_get_detail (view))), ==,
                   ta_pairing_get_id (pairing));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_drawn, window);
  screenshot ("person-page");
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      settle ();
      screenshot ("person-page");
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 760);
      settle ();
      screenshot ("person-page-360");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Suggested-style buttons of @widget's subtree that are on screen. */
static guint
count_suggested (GtkWidget *widget)
{
  guint count = gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, "suggested-action");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_suggested (child);

  return count;
}

static TaNewPairDialog *
find_new_pair_dialog (void)
{
  TaNewPairDialog *dialog = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    {
      if (TA_IS_NEW_PAIR_DIALOG (l->data))
        dialog = l->data;
    }

  return dialog;
}

static guint
count_pairings (TaStore *store)
{
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (store, NULL);

  return pairings->len;
}

/* New Pair… forms the pair chosen, and refuses a mentee who has a mentor
 * with the reason, leaving the programme as it was. */
static void
test_new_pair (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GPtrArray) pairings = NULL;
  TaNewPairDialog *dialog;
  TaParticipant *mentor;
  TaParticipant *other_mentor;
  TaParticipant *mentee;
  TaPairsView *view;
  TaStore *store;
  TaPairing *stored;
  g_autofree char *expected = NULL;
  int min_width;

  view = open_window (fixture);
  store = get_store (fixture);
  mentor = find_person (fixture, TA_ROLE_MENTOR, 1, 0);
  other_mentor = find_person (fixture, TA_ROLE_MENTOR, 1, ta_participant_get_id (mentor));
  mentee = find_person (fixture, TA_ROLE_MENTEE, 0, 0);
  g_assert_cmpuint (count_pairings (store), ==, 0);

  /* The header's "+" on the Pairs page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.add", NULL));
  dialog = find_new_pair_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Pair");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_for (is_drawn, dialog);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 360);
  screenshot ("new-pair");

  g_assert_true (_ta_new_pair_dialog_choose (dialog, ta_participant_get_id (mentor),
                                             ta_participant_get_id (mentee)));
  g_assert_null (_ta_new_pair_dialog_get_message (dialog));
  _ta_new_pair_dialog_set_start_now (dialog, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "new-pair.create", NULL));
  wait_for (is_null, &dialog);

  pairings = ta_store_list_pairings (store, NULL);
  g_assert_cmpuint (pairings->len, ==, 1);
  stored = g_ptr_array_index (pairings, 0);
  g_assert_cmpint (ta_pairing_get_mentor_id (stored), ==, ta_participant_get_id (mentor));
  g_assert_cmpint (ta_pairing_get_mentee_id (stored), ==, ta_participant_get_id (mentee));
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_ACTIVE);
  g_assert_nonnull (ta_pairing_get_started_on (stored));
  /* And the page shows it; Suggest Pairs is not blue beside it. */
  iterate ();
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");
  g_assert_cmpuint (count_suggested (GTK_WIDGET (view)), <=, 1);

  /* The same mentee again, with another mentor: refused, and said why. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.add", NULL));
  dialog = find_new_pair_dialog ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (_ta_new_pair_dialog_choose (dialog, ta_participant_get_id (other_mentor),
                                             ta_participant_get_id (mentee)));
  expected = g_strdup_printf ("%s already has a mentor", ta_participant_get_name (mentee));
  g_assert_cmpstr (_ta_new_pair_dialog_get_message (dialog), ==, expected);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "new-pair.create", NULL);
  iterate ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (_ta_new_pair_dialog_get_message (dialog), ==, expected);
  g_assert_cmpuint (count_pairings (store), ==, 1);

  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      wait_for (is_drawn, dialog);
      settle ();
      screenshot ("new-pair-refused");
    }

  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  wait_for (is_null, &dialog);
  g_assert_cmpuint (count_pairings (store), ==, 1);
}

static gboolean
list_has (gpointer data)
{
  GListModel *model = data;

  return g_list_model_get_n_items (model) == 2;  /* a heading and one pair */
}

/* With TURNABOUT_DEBUG_WIDTH set: the widgets wider than 300 px at their
 * narrowest, to find what keeps a page from 360 px. */
static void
dump_widths (GtkWidget *widget,
             int        depth)
{
  int min_width;

  if (!gtk_widget_get_visible (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > 300 || GTK_IS_BUTTON (widget))
    g_printerr ("%*s%s %s %d\n", depth, "", G_OBJECT_TYPE_NAME (widget),
                GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) ? gtk_button_get_label (GTK_BUTTON (widget)) :
                GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "", min_width);
  if (min_width <= 300)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    dump_widths (child, depth + 1);
}

/* The search of the Pairs page finds a pair by either name, accents
 * ignored; and the page fits at 360 px. */
static void
test_search_and_width (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(TaPairing) first = NULL;
  g_autoptr(TaPairing) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) renamed = NULL;
  TaParticipant *mentor;
  TaParticipant *mentee;
  TaParticipant *other_mentee;
  GtkSearchEntry *entry;
  GListModel *model;
  TaPairsView *view;
  TaStore *store;
  int min_width;

  view = open_window (fixture);
  store = get_store (fixture);
  mentor = find_person (fixture, TA_ROLE_MENTOR, 2, 0);
  mentee = find_person (fixture, TA_ROLE_MENTEE, 0, 0);
  other_mentee = find_person (fixture, TA_ROLE_MENTEE, 0, ta_participant_get_id (mentee));

  renamed = ta_participant_copy (mentee);
  ta_participant_set_name (renamed, "Céline Dubois");
  ta_store_update_participant (store, renamed, &error);
  g_assert_no_error (error);
  first = add_pairing (store, mentor, mentee);
  second = add_pairing (store, mentor, other_mentee);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view),
                                                                                  ADW_TYPE_VIEW_STACK)),
                                         "pairs");
  iterate ();
  model = G_LIST_MODEL (_ta_pairs_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.search", NULL));
  entry = _ta_pairs_view_get_search_entry (view);
  gtk_editable_set_text (GTK_EDITABLE (entry), "celine");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for (list_has, model);
  {
    g_autoptr(GObject) item = g_list_model_get_item (model, 1);

    g_assert_true (TA_IS_PAIRING (item));
    g_assert_cmpint (ta_pairing_get_id (TA_PAIRING (item)), ==, ta_pairing_get_id (first));
  }

  /* Escape in the search: everyone again. */
  g_signal_emit_by_name (entry, "stop-search");
  g_signal_emit_by_name (entry, "search-changed");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (g_getenv ("TURNABOUT_DEBUG_WIDTH") != NULL)
    dump_widths (GTK_WIDGET (view), 0);
  g_assert_cmpint (min_width, <=, 360);

  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
      settle ();
      screenshot ("pairs-list-360");
      ta_pairs_view_show_pairing (view, ta_pairing_get_id (first));
      settle ();
      screenshot ("pair-detail-360");
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/pair-pages/pair-sessions", Fixture, NULL,
              fixture_set_up, test_pair_sessions, fixture_tear_down);
  g_test_add ("/ui/pair-pages/person-page", Fixture, NULL,
              fixture_set_up, test_person_page, fixture_tear_down);
  g_test_add ("/ui/pair-pages/new-pair", Fixture, NULL,
              fixture_set_up, test_new_pair, fixture_tear_down);
  g_test_add ("/ui/pair-pages/search-and-width", Fixture, NULL,
              fixture_set_up, test_search_and_width, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
