/* test-pairs.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-pairs"

#include "config.h"

#include <glib/gstdio.h>

#include "ta-application.h"
#include "ta-demo.h"
#include "ta-goal-list-private.h"
#include "ta-pairing-detail-private.h"
#include "ta-pairs-view-private.h"
#include "ta-partner-finder-private.h"
#include "ta-preferences-window-private.h"
#include "ta-store.h"
#include "ta-suggestion-item.h"
#include "ta-suggestion-list-private.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static gboolean
is_idle (gpointer data)
{
  return !ta_pairs_view_get_busy (data);
}

/* A sample programme in a file of its own, paired or not yet. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TaDemoFlags flags = GPOINTER_TO_UINT (user_data);

  ta_test_window_fixture_set_up (fixture, "turnabout-pairs-XXXXXX", "programme.db");

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  ta_demo_fill_full (store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, flags, &error);
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

/* The stored pairing of @mentor_id and @mentee_id, or NULL. */
static TaPairing *
find_stored_pairing (TaStore *store,
                     gint64   mentor_id,
                     gint64   mentee_id)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;

  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      if (ta_pairing_get_mentor_id (pairing) == mentor_id &&
          ta_pairing_get_mentee_id (pairing) == mentee_id)
        return g_object_ref (pairing);
    }

  return NULL;
}

static guint
count_stored_pairings (TaStore *store)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;

  pairings = ta_store_list_pairings (store, &error);
  g_assert_no_error (error);

  return pairings->len;
}

static gboolean
has_rule (TaStore        *store,
          gint64          mentor_id,
          gint64          mentee_id,
          TaPairRuleKind  kind)
{
  g_autoptr(GArray) rules = NULL;
  g_autoptr(GError) error = NULL;

  rules = ta_store_list_pair_rules (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < rules->len; i++)
    {
      TaPairRule *rule = &g_array_index (rules, TaPairRule, i);

      if (rule->mentor_id == mentor_id && rule->mentee_id == mentee_id && rule->kind == kind)
        return TRUE;
    }

  return FALSE;
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent)
        dialog = l->data;
    }
  g_list_free (toplevels);

  return dialog;
}

/* All the suggestions are in the list: they are given to it a few at a
 * time. */
static gboolean
is_listed (gpointer data)
{
  TaSuggestionList *list = data;

  return g_list_model_get_n_items (_ta_suggestion_list_get_pairs (list)) ==
         ta_suggestion_list_get_n_pending (list);
}

static TaSuggestionList *
suggest (TaPairsView *view,
         TaWindow    *window)
{
  TaSuggestionList *list = _ta_pairs_view_get_suggestion_list (view);

  /* As <Primary>g does, from the Directory. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-pairs", NULL));
  g_assert_true (ta_pairs_view_get_busy (view));
  wait_for (is_idle, view);

  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "suggestions");
  wait_for (is_listed, list);

  return list;
}

static void
test_suggest_accept_reject (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(TaSuggestionItem) first = NULL;
  g_autoptr(TaSuggestionItem) second = NULL;
  g_autoptr(TaPairing) stored = NULL;
  g_autofree char *explanation = NULL;
  TaSuggestionList *list;
  GListModel *pairs;
  TaPairsView *view;
  TaStore *store;
  AdwToast *toast;
  guint n_suggested;
  gint64 mentor_id;
  gint64 mentee_id;

  view = open_window (fixture);
  store = get_store (fixture);

  /* Nobody is paired yet. */
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "empty");
  g_assert_cmpuint (count_stored_pairings (store), ==, 0);

  list = suggest (view, fixture->window);
  pairs = _ta_suggestion_list_get_pairs (list);
  n_suggested = g_list_model_get_n_items (pairs);
  g_assert_cmpuint (n_suggested, >, 2);
  g_assert_cmpuint (ta_suggestion_list_get_n_pending (list), ==, n_suggested);

  first = g_list_model_get_item (pairs, 0);
  mentor_id = ta_suggestion_item_get_mentor_id (first);
  mentee_id = ta_suggestion_item_get_mentee_id (first);
  g_assert_cmpfloat (ta_suggestion_item_get_score (first)->total, >, 0);
  g_assert_false (ta_suggestion_item_get_score (first)->forbidden);

  /* Accept: a proposed pair with the score and its reasons. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "suggestions.accept", "(xx)",
                                             mentor_id, mentee_id));
  stored = find_stored_pairing (store, mentor_id, mentee_id);
  g_assert_nonnull (stored);
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_PROPOSED);
  g_assert_cmpfloat_with_epsilon (ta_pairing_get_score (stored),
                                  ta_suggestion_item_get_score (first)->total, 0.01);
  explanation = ta_score_to_explanation (ta_suggestion_item_get_score (first));
  g_assert_cmpstr (ta_pairing_get_explanation (stored), ==, explanation);
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_suggested - 1);

  /* The Pairs list has it, under Proposed. */
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (_ta_pairs_view_get_pairings (view))), ==, 1);
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "suggestions");

  /* Undo takes it back, and the suggestion with it. */
  toast = _ta_suggestion_list_get_toast (list);
  g_assert_true (ADW_IS_TOAST (toast));
  g_signal_emit_by_name (toast, "button-clicked");
  g_clear_object (&stored);
  g_assert_null (find_stored_pairing (store, mentor_id, mentee_id));
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_suggested);

  /* Reject: that pair is blocked, and Undo lifts the block. */
  second = g_list_model_get_item (pairs, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "suggestions.reject", "(xx)",
                                             ta_suggestion_item_get_mentor_id (second),
                                             ta_suggestion_item_get_mentee_id (second)));
  g_assert_true (has_rule (store,
                           ta_suggestion_item_get_mentor_id (second),
                           ta_suggestion_item_get_mentee_id (second),
                           TA_PAIR_RULE_BLOCK));
  g_assert_null (find_stored_pairing (store,
                                      ta_suggestion_item_get_mentor_id (second),
                                      ta_suggestion_item_get_mentee_id (second)));
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_suggested - 1);
  g_signal_emit_by_name (_ta_suggestion_list_get_toast (list), "button-clicked");
  g_assert_false (has_rule (store,
                            ta_suggestion_item_get_mentor_id (second),
                            ta_suggestion_item_get_mentee_id (second),
                            TA_PAIR_RULE_BLOCK));

  /* Accept All: every one, in one go. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "suggestions.accept-all", NULL));
  g_assert_cmpuint (count_stored_pairings (store), ==, n_suggested);
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, 0);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (_ta_pairs_view_get_pairings (view))), ==, n_suggested);
  stored = find_stored_pairing (store, mentor_id, mentee_id);
  g_assert_nonnull (stored);

  /* Suggesting again finds nobody left to pair with those. */
  suggest (view, fixture->window);
  for (guint i = 0; i < g_list_model_get_n_items (pairs); i++)
    {
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (pairs, i);

      g_assert_cmpint (ta_suggestion_item_get_mentee_id (item), !=, mentee_id);
    }
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaPairsView *view = open_window (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.suggest-pairs", NULL));
  g_assert_true (ta_pairs_view_get_busy (view));
  /* Busy: asking again starts nothing more. */
  gtk_widget_activate_action (GTK_WIDGET (view), "pairs.suggest", NULL);
  g_assert_true (ta_pairs_view_get_busy (view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pairs.cancel-suggest", NULL));
  wait_for (is_idle, view);

  /* Cancelled, or done before the cancel arrived: nothing was paired. */
  g_assert_cmpuint (count_stored_pairings (get_store (fixture)), ==, 0);
}

/* Accept All right away, before every suggestion is in the list: all of
 * them are formed. */
static void
test_accept_all_at_once (Fixture       *fixture,
                         gconstpointer  user_data)
{
  TaSuggestionList *list;
  TaPairsView *view;
  guint n_suggested;

  view = open_window (fixture);
  list = _ta_pairs_view_get_suggestion_list (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.suggest-pairs", NULL));
  wait_for (is_idle, view);
  n_suggested = ta_suggestion_list_get_n_pending (list);
  g_assert_cmpuint (n_suggested, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "suggestions.accept-all", NULL));
  g_assert_cmpuint (count_stored_pairings (get_store (fixture)), ==, n_suggested);
  g_assert_cmpuint (ta_suggestion_list_get_n_pending (list), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (_ta_suggestion_list_get_pairs (list)), ==, 0);

  /* Nothing comes into the list afterwards. */
  for (guint i = 0; i < 10; i++)
    {
      iterate ();
      g_usleep (20000);
    }
  g_assert_cmpuint (g_list_model_get_n_items (_ta_suggestion_list_get_pairs (list)), ==, 0);

  /* Undo takes them all back. */
  g_signal_emit_by_name (_ta_suggestion_list_get_toast (list), "button-clicked");
  g_assert_cmpuint (count_stored_pairings (get_store (fixture)), ==, 0);
  g_assert_cmpuint (ta_suggestion_list_get_n_pending (list), ==, n_suggested);
}

static void
test_lifecycle_and_goals (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(TaSuggestionItem) first = NULL;
  g_autoptr(TaPairing) stored = NULL;
  g_autofree char *today = ta_date_today ();
  g_autofree char *too_long = NULL;
  TaSuggestionList *list;
  TaPairingDetail *detail;
  TaGoalList *goals;
  AdwMessageDialog *dialog;
  AdwEntryRow *new_goal;
  GtkCheckButton *check;
  GtkWidget *entry;
  TaPairsView *view;
  TaStore *store;
  gint64 id;

  view = open_window (fixture);
  store = get_store (fixture);
  detail = _ta_pairs_view_get_detail (view);

  list = suggest (view, fixture->window);
  first = g_list_model_get_item (_ta_suggestion_list_get_pairs (list), 0);
  gtk_widget_activate_action (GTK_WIDGET (list), "suggestions.accept", "(xx)",
                              ta_suggestion_item_get_mentor_id (first),
                              ta_suggestion_item_get_mentee_id (first));
  stored = find_stored_pairing (store,
                                ta_suggestion_item_get_mentor_id (first),
                                ta_suggestion_item_get_mentee_id (first));
  id = ta_pairing_get_id (stored);
  g_clear_object (&stored);
  iterate ();

  /* Choosing it shows it. */
  g_assert_true (_ta_pairs_view_select_pairing (view, id));
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");
  g_assert_nonnull (ta_pairing_detail_get_pairing (detail));
  g_assert_cmpint (ta_pairing_get_id (ta_pairing_detail_get_pairing (detail)), ==, id);

  /* Proposed: it can start or end, nothing else. */
  gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.pause", NULL);
  gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.resume", NULL);
  stored = ta_store_get_pairing (store, id, NULL);
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_PROPOSED);
  g_clear_object (&stored);

  /* Start: active from today, and still the pair shown though it moved
   * to another section of the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.start", NULL));
  stored = ta_store_get_pairing (store, id, NULL);
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_ACTIVE);
  g_assert_cmpstr (ta_pairing_get_started_on (stored), ==, today);
  g_clear_object (&stored);
  iterate ();
  g_assert_nonnull (ta_pairing_detail_get_pairing (detail));
  g_assert_cmpint (ta_pairing_get_id (ta_pairing_detail_get_pairing (detail)), ==, id);
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");
  {
    GtkSelectionModel *model = _ta_pairs_view_get_model (view);
    TaPairing *selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));

    g_assert_true (TA_IS_PAIRING (selected));
    g_assert_cmpint (ta_pairing_get_id (selected), ==, id);
  }

  /* A goal: not empty, not too long, then saved. */
  goals = _ta_pairing_detail_get_goal_list (detail);
  new_goal = _ta_goal_list_get_new_goal_row (goals);
  gtk_editable_set_text (GTK_EDITABLE (new_goal), "   ");
  g_signal_emit_by_name (new_goal, "entry-activated");
  g_assert_nonnull (_ta_goal_list_get_error (goals));
  stored = ta_store_get_pairing (store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (stored))), ==, 0);
  g_clear_object (&stored);

  too_long = g_strnfill (TA_GOAL_MAX_TITLE_CHARS + 1, 'x');
  gtk_editable_set_text (GTK_EDITABLE (new_goal), too_long);
  g_signal_emit_by_name (new_goal, "entry-activated");
  g_assert_nonnull (_ta_goal_list_get_error (goals));

  gtk_editable_set_text (GTK_EDITABLE (new_goal), "Publish a first LinkedIn post");
  g_assert_null (_ta_goal_list_get_error (goals));
  g_signal_emit_by_name (new_goal, "entry-activated");
  g_assert_null (_ta_goal_list_get_error (goals));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_goal)), ==, "");
  stored = ta_store_get_pairing (store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_pairing_get_goals (stored))), ==, 1);
  {
    g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (stored)), 0);

    g_assert_cmpstr (ta_goal_get_title (goal), ==, "Publish a first LinkedIn post");
    g_assert_false (ta_goal_get_done (goal));
  }
  g_clear_object (&stored);

  /* Ticked as reached. */
  check = _ta_goal_list_get_check (goals, 0);
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, TRUE);
  stored = ta_store_get_pairing (store, id, NULL);
  {
    g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (stored)), 0);

    g_assert_true (ta_goal_get_done (goal));
  }
  g_clear_object (&stored);

  /* Renamed, in a dialog that takes no empty title. */
  g_signal_emit_by_name (_ta_goal_list_get_edit_button (goals, 0), "clicked");
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Publish a first LinkedIn post");
  gtk_editable_set_text (GTK_EDITABLE (entry), " ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Publish a first LinkedIn article ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
  stored = ta_store_get_pairing (store, id, NULL);
  {
    g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (stored)), 0);

    g_assert_cmpstr (ta_goal_get_title (goal), ==, "Publish a first LinkedIn article");
    g_assert_true (ta_goal_get_done (goal));
  }
  g_clear_object (&stored);

  /* Ending needs a reason. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.end", NULL));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "end"));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "end"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "The mentee moved to another company");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "end"));
  adw_message_dialog_response (dialog, "end");
  iterate ();

  stored = ta_store_get_pairing (store, id, NULL);
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_ENDED);
  g_assert_cmpstr (ta_pairing_get_end_reason (stored), ==, "The mentee moved to another company");
  g_assert_cmpstr (ta_pairing_get_ended_on (stored), ==, today);
  g_clear_object (&stored);

  /* Ended is final. */
  gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.start", NULL);
  gtk_widget_activate_action (GTK_WIDGET (detail), "pairing.resume", NULL);
  g_assert_cmpint (ta_pairing_get_status (ta_pairing_detail_get_pairing (detail)), ==, TA_PAIRING_STATUS_ENDED);
}

static void
test_sample_pairs (Fixture       *fixture,
                   gconstpointer  user_data)
{
  TaPairingList *pairings;
  TaPairingDetail *detail;
  GListModel *model;
  TaPairsView *view;
  guint n_rows;
  guint n_pairings;
  guint n_headings = 0;

  view = open_window (fixture);
  pairings = _ta_pairs_view_get_pairings (view);
  model = G_LIST_MODEL (_ta_pairs_view_get_model (view));
  detail = _ta_pairs_view_get_detail (view);

  /* The sample programme is a few months in: pairs, by status, each
   * status under its heading. */
  n_pairings = g_list_model_get_n_items (G_LIST_MODEL (pairings));
  g_assert_cmpuint (n_pairings, >, 0);
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "none");

  n_rows = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (GTK_IS_STRING_OBJECT (item))
        n_headings++;
    }
  g_assert_cmpuint (n_headings, >, 1);
  g_assert_cmpuint (n_rows, ==, n_pairings + n_headings);

  {
    g_autoptr(GObject) heading = g_list_model_get_item (model, 0);
    g_autoptr(GObject) pairing = g_list_model_get_item (model, 1);

    g_assert_true (GTK_IS_STRING_OBJECT (heading));
    g_assert_true (TA_IS_PAIRING (pairing));
    gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 1);
    g_assert_true (ta_pairing_detail_get_pairing (detail) == TA_PAIRING (pairing));
    g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "pairing");
  }
}

static void
test_partner_finder (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(TaPairing) stored = NULL;
  TaParticipantList *participants;
  TaPartnerFinder *finder = NULL;
  GListModel *candidates;
  TaParticipant *mentee = NULL;
  TaStore *store;
  gboolean seen_forbidden = FALSE;
  gint64 mentor_id = 0;
  gint64 blocked_id = 0;
  guint n_items;

  open_window (fixture);
  store = get_store (fixture);
  participants = ta_window_get_participants (fixture->window);

  for (guint i = 0; mentee == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (participants)); i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (G_LIST_MODEL (participants), i);

      if (ta_participant_get_role (participant) == TA_ROLE_MENTEE &&
          ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE)
        mentee = participant;
    }
  g_assert_nonnull (mentee);

  /* As the participant's "Find a Partner" button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find-partner", "x",
                                             ta_participant_get_id (mentee)));
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    {
      if (TA_IS_PARTNER_FINDER (l->data))
        finder = l->data;
    }
  g_assert_nonnull (finder);
  g_assert_cmpint (ta_partner_finder_get_participant_id (finder), ==, ta_participant_get_id (mentee));
  g_object_add_weak_pointer (G_OBJECT (finder), (gpointer *) &finder);

  /* Mentors for her, allowed ones first, best first. */
  candidates = _ta_partner_finder_get_candidates (finder);
  n_items = g_list_model_get_n_items (candidates);
  g_assert_cmpuint (n_items, >, 1);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (candidates, i);
      const TaScore *score = ta_suggestion_item_get_score (item);

      g_assert_cmpint (ta_suggestion_item_get_mentee_id (item), ==, ta_participant_get_id (mentee));
      if (score->forbidden)
        {
          seen_forbidden = TRUE;
          g_assert_nonnull (ta_suggestion_item_get_subtitle (item));
        }
      else
        {
          g_assert_false (seen_forbidden);
          if (mentor_id == 0)
            mentor_id = ta_suggestion_item_get_mentor_id (item);
          else if (blocked_id == 0)
            blocked_id = ta_suggestion_item_get_mentor_id (item);
        }
    }
  g_assert_cmpint (mentor_id, !=, 0);
  g_assert_cmpint (blocked_id, !=, 0);

  /* Block one: never pair; it is then shown as forbidden. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (finder), "finder.block", "(xx)",
                                             blocked_id, ta_participant_get_id (mentee)));
  g_assert_true (has_rule (store, blocked_id, ta_participant_get_id (mentee), TA_PAIR_RULE_BLOCK));
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (candidates, i);

      if (ta_suggestion_item_get_mentor_id (item) == blocked_id)
        g_assert_true (ta_suggestion_item_get_score (item)->forbidden);
    }

  /* Pin the best, then pair them by hand. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (finder), "finder.pin", "(xx)",
                                             mentor_id, ta_participant_get_id (mentee)));
  g_assert_true (has_rule (store, mentor_id, ta_participant_get_id (mentee), TA_PAIR_RULE_PIN));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (finder), "finder.pair", "(xx)",
                                             mentor_id, ta_participant_get_id (mentee)));
  stored = find_stored_pairing (store, mentor_id, ta_participant_get_id (mentee));
  g_assert_nonnull (stored);
  g_assert_cmpint (ta_pairing_get_status (stored), ==, TA_PAIRING_STATUS_PROPOSED);
  g_assert_nonnull (ta_pairing_get_explanation (stored));

  gtk_window_destroy (GTK_WINDOW (finder));
  wait_for (is_null, &finder);
}


/* Widgets under @widget that are on screen and styled @css_class. */
static guint
count_mapped_with_class (GtkWidget  *widget,
                         const char *css_class)
{
  guint count = gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, css_class);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_mapped_with_class (child, css_class);

  return count;
}

/* The mapped button of @widget's subtree whose action is @action_name on
 * @target, or whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name,
             GVariant   *target,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget))
    {
      GVariant *own = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (action_name != NULL &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0 &&
          own != NULL && g_variant_equal (own, target))
        return widget;
      if (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name, target, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_toast_button (gpointer data)
{
  return find_button (data, NULL, NULL, "_Undo") != NULL;
}

/* Issue 11: the best suggestions first; one blue button on the page; and
 * Undo, clicked on the toast, puts the accepted card back where it was. */
static void
test_suggest_order_and_undo (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(TaSuggestionItem) first = NULL;
  g_autoptr(TaSuggestionItem) back = NULL;
  g_autoptr(GVariant) target = NULL;
  TaSuggestionList *list;
  GListModel *pairs;
  TaPairsView *view;
  TaStore *store;
  GtkWidget *accept;
  GtkWidget *undo;
  guint n_suggested;
  gint64 mentor_id;
  gint64 mentee_id;

  view = open_window (fixture);
  store = get_store (fixture);
  list = suggest (view, fixture->window);
  pairs = _ta_suggestion_list_get_pairs (list);
  n_suggested = g_list_model_get_n_items (pairs);
  g_assert_cmpuint (n_suggested, >, 2);

  /* Highest score first. */
  for (guint i = 1; i < n_suggested; i++)
    {
      g_autoptr(TaSuggestionItem) previous = g_list_model_get_item (pairs, i - 1);
      g_autoptr(TaSuggestionItem) item = g_list_model_get_item (pairs, i);

      g_assert_cmpfloat (ta_suggestion_item_get_score (previous)->total, >=,
                         ta_suggestion_item_get_score (item)->total);
    }

  /* One suggested action on the page: Accept All; the cards' Accept and
   * Suggest Pairs are not blue. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (count_mapped_with_class (GTK_WIDGET (view), "suggested-action"), ==, 1);

  /* Accept, with the card's own button, which names the pair. */
  first = g_list_model_get_item (pairs, 0);
  mentor_id = ta_suggestion_item_get_mentor_id (first);
  mentee_id = ta_suggestion_item_get_mentee_id (first);
  target = g_variant_ref_sink (g_variant_new ("(xx)", mentor_id, mentee_id));
  accept = find_button (GTK_WIDGET (list), "suggestions.accept", target, NULL);
  g_assert_nonnull (accept);
  g_assert_cmpstr (ta_suggestion_item_get_mentor_name (first), !=, NULL);
  g_assert_cmpstr (ta_suggestion_item_get_mentee_name (first), !=, NULL);
  g_signal_emit_by_name (accept, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_suggested - 1);
  g_assert_true (find_stored_pairing (store, mentor_id, mentee_id) != NULL);

  /* The toast's own Undo button, as a person clicks it. */
  wait_for (has_toast_button, fixture->window);
  undo = find_button (GTK_WIDGET (fixture->window), NULL, NULL, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  iterate ();
  g_assert_null (find_stored_pairing (store, mentor_id, mentee_id));
  g_assert_cmpuint (g_list_model_get_n_items (pairs), ==, n_suggested);
  back = g_list_model_get_item (pairs, 0);
  g_assert_true (ta_suggestion_item_is_pair (back, mentor_id, mentee_id));
  g_assert_cmpstr (_ta_pairs_view_get_visible_page (view), ==, "suggestions");
  g_assert_cmpuint (count_mapped_with_class (GTK_WIDGET (view), "suggested-action"), ==, 1);
}

/* Escape closes Find a Partner even from its search entry, which takes
 * Escape for itself: a query first, then the window. */
static void
test_partner_finder_escape (Fixture       *fixture,
                            gconstpointer  user_data)
{
  TaPartnerFinder *finder = NULL;
  GtkSearchEntry *entry;

  open_window (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find-partner", "x",
                                             (gint64) 0));
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    {
      if (TA_IS_PARTNER_FINDER (l->data))
        finder = l->data;
    }
  g_assert_nonnull (finder);
  g_object_add_weak_pointer (G_OBJECT (finder), (gpointer *) &finder);
  wait_for (is_drawn, finder);

  /* It fits a phone. */
  {
    int min_width;

    gtk_widget_measure (GTK_WIDGET (finder), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
    g_assert_cmpint (min_width, <=, 360);
  }

  entry = _ta_partner_finder_get_search_entry (finder);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ana");
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_nonnull (finder);

  g_signal_emit_by_name (entry, "stop-search");
  wait_for (is_null, &finder);
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  TaMatchSettings defaults;
  TaMatchSettings settings;
  GtkWindow *preferences;
  TaStore *store;

  open_window (fixture);
  store = get_store (fixture);
  ta_match_settings_init_defaults (&defaults);

  preferences = ta_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (preferences);

  /* Shown as stored; a change is saved in the programme at once. */
  g_assert_cmpfloat (gtk_spin_button_get_value (_ta_preferences_window_get_weight_spin (TA_PREFERENCES_WINDOW (preferences),
                                                                                       TA_CRITERION_TOPIC_FIT)),
                     ==, defaults.weights[TA_CRITERION_TOPIC_FIT]);
  gtk_spin_button_set_value (_ta_preferences_window_get_weight_spin (TA_PREFERENCES_WINDOW (preferences),
                                                                    TA_CRITERION_TOPIC_FIT),
                             9);
  gtk_switch_set_active (_ta_preferences_window_get_forbid_department_switch (TA_PREFERENCES_WINDOW (preferences)),
                         !defaults.forbid_same_department);

  ta_store_get_match_settings (store, &settings, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (settings.weights[TA_CRITERION_TOPIC_FIT], ==, 9);
  g_assert_cmpint (settings.forbid_same_department, ==, !defaults.forbid_same_department);
  g_assert_cmpfloat (settings.weights[TA_CRITERION_REVERSE], ==, defaults.weights[TA_CRITERION_REVERSE]);

  gtk_window_destroy (preferences);
}

/* The facilitator's address in Preferences: kept in the programme when
 * applied, refused (and marked) while it is not an address. */
static void
test_facilitator_email (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *email = NULL;
  GtkWindow *preferences;
  AdwEntryRow *row;
  TaStore *store;

  open_window (fixture);
  store = get_store (fixture);

  preferences = ta_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (preferences);
  row = _ta_preferences_window_get_facilitator_row (TA_PREFERENCES_WINDOW (preferences));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (row), "facilitator at example");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_signal_emit_by_name (row, "apply");
  g_assert_true (ta_store_get_facilitator_email (store, &email, &error));
  g_assert_no_error (error);
  g_assert_null (email);

  gtk_editable_set_text (GTK_EDITABLE (row), " facilitator@example.com ");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_signal_emit_by_name (row, "apply");
  g_assert_true (ta_store_get_facilitator_email (store, &email, &error));
  g_assert_cmpstr (email, ==, "facilitator@example.com");
  g_clear_pointer (&email, g_free);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "facilitator@example.com");
  gtk_window_destroy (preferences);

  /* Shown again as stored; emptied, there is none. */
  preferences = ta_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (preferences);
  row = _ta_preferences_window_get_facilitator_row (TA_PREFERENCES_WINDOW (preferences));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "facilitator@example.com");
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (ta_store_get_facilitator_email (store, &email, &error));
  g_assert_null (email);
  gtk_window_destroy (preferences);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/pairs/suggest-accept-reject", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_suggest_accept_reject, fixture_tear_down);
  g_test_add ("/ui/pairs/cancel", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/ui/pairs/accept-all-at-once", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_accept_all_at_once, fixture_tear_down);
  g_test_add ("/ui/pairs/lifecycle-and-goals", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_lifecycle_and_goals, fixture_tear_down);
  g_test_add ("/ui/pairs/sample-pairs", Fixture, GUINT_TO_POINTER (TA_DEMO_FLAGS_NONE),
              fixture_set_up, test_sample_pairs, fixture_tear_down);
  g_test_add ("/ui/pairs/partner-finder", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_partner_finder, fixture_tear_down);
  g_test_add ("/ui/pairs/suggest-order-and-undo", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_suggest_order_and_undo, fixture_tear_down);
  g_test_add ("/ui/pairs/partner-finder-escape", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_partner_finder_escape, fixture_tear_down);
  g_test_add ("/ui/pairs/preferences", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_preferences, fixture_tear_down);
  g_test_add ("/ui/pairs/facilitator-email", Fixture, GUINT_TO_POINTER (TA_DEMO_NO_PAIRINGS),
              fixture_set_up, test_facilitator_email, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
