/* test-directory.c: deleting that asks, the filter, the count, languages
 * by name, the editor's Cancel, page actions and the narrow width
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-directory"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ta-application.h"
#include "ta-directory-view-private.h"
#include "ta-participant-editor-private.h"
#include "ta-participant-filter-popover.h"
#include "ta-store.h"
#include "ta-tag-entry.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef struct
{
  char            *dir;
  char            *path;
  TaWindow        *window;
  TaDirectoryView *view;
  TaStore         *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = ta_test_make_dir ("turnabout-ui-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "programme.db", NULL);
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

static void
open_window (Fixture *fixture)
{
  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  fixture->view = _ta_window_get_directory_view (fixture->window);
  fixture->store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));
}

static TaPairing *
add_pairing (Fixture       *fixture,
             TaParticipant *mentor,
             TaParticipant *mentee,
             guint          n_sessions)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 1, 5, 12, 0, 0);
  TaPairing *pairing = ta_test_add_pairing_record (fixture->store, ta_participant_get_id (mentor),
                                                   ta_participant_get_id (mentee), NULL);

  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(GDateTime) later = g_date_time_add_weeks (when, (int) i);

      ta_test_add_session (fixture->store, ta_pairing_get_id (pairing), later, 60, NULL);
    }
  return pairing;
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountCheck;

static gboolean
has_count (gpointer data)
{
  CountCheck *check = data;

  return g_list_model_get_n_items (check->model) == check->n_items;
}

static void
wait_for_count (GListModel *model,
                guint       n_items)
{
  CountCheck check = { model, n_items };

  wait_for (has_count, &check);
}

static void
select_person (Fixture *fixture,
               gint64   id)
{
  GListModel *shown = G_LIST_MODEL (_ta_directory_view_get_model (fixture->view));

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (shown, i);

      if (ta_participant_get_id (participant) == id)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), i, TRUE);
          return;
        }
    }

  g_error ("Participant %" G_GINT64_FORMAT " is not listed", id);
}

static TaParticipant *
stored (Fixture *fixture,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_store_get_participant (fixture->store, id, &error);

  if (g_error_matches (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND))
    return NULL;
  g_assert_no_error (error);
  return participant;
}

static guint
n_pairings (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (fixture->store, &error);

  g_assert_no_error (error);
  return pairings->len;
}

/* Lets transitions end before a screenshot (only when one is taken). */
static void
look (const char *name)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    return;

  for (int i = 0; i < 60; i++)
    {
      iterate ();
      g_usleep (10000);
    }
  screenshot (name);
}

/* For looking at, with TURNABOUT_SCREENSHOT_DIR: the same at 360 px. */
static void
screenshot_narrow (Fixture    *fixture,
                   const char *name)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL)
    return;

  gtk_window_unmaximize (GTK_WINDOW (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  look (name);
}

static gboolean
has_delete_dialog (gpointer data)
{
  Fixture *fixture = data;

  return _ta_directory_view_get_delete_dialog (fixture->view) != NULL;
}

static AdwMessageDialog *
ask_to_delete (Fixture *fixture,
               gint64   id)
{
  AdwMessageDialog *dialog;

  select_person (fixture, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "directory.delete", NULL));
  wait_for (has_delete_dialog, fixture);
  dialog = _ta_directory_view_get_delete_dialog (fixture->view);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static void
answer (Fixture          *fixture,
        AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  while (_ta_directory_view_get_delete_dialog (fixture->view) != NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_delete_asks (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TaParticipant) alex = NULL;
  g_autoptr(TaParticipant) bo = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaParticipant) after = NULL;
  TaParticipantLinks links = { 1, 12, 0 };
  g_autofree char *sentence = NULL;
  AdwMessageDialog *dialog;
  GListModel *shown;

  open_window (fixture);
  alex = ta_test_add_participant (fixture->store, "Alex Martin", "alex@example.be", TA_ROLE_MENTOR, NULL);
  bo = ta_test_add_participant (fixture->store, "Bo Claes", "bo@example.be", TA_ROLE_MENTEE, NULL);
  pairing = add_pairing (fixture, alex, bo, 12);
  shown = G_LIST_MODEL (_ta_directory_view_get_model (fixture->view));
  wait_for_count (shown, 2);

  /* One sentence, counts in words. */
  sentence = ta_directory_view_describe_delete ("Alex Martin", &links);
  g_assert_cmpstr (sentence, ==,
                   "Deleting Alex Martin also deletes 1 pair and 12 sessions, with their notes and reflections.");

  /* Asks first, and says what goes. */
  dialog = ask_to_delete (fixture, ta_participant_get_id (alex));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Delete Participant");
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Alex Martin"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Deleting Alex Martin also deletes 1 pair and 12 sessions, with their notes and reflections.");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "left"), ==, ADW_RESPONSE_SUGGESTED);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);
  look ("directory-delete-dialog");
  screenshot_narrow (fixture, "directory-delete-dialog-360");

  /* Cancel keeps everything. */
  answer (fixture, dialog, "cancel");
  after = stored (fixture, ta_participant_get_id (alex));
  g_assert_nonnull (after);
  g_assert_cmpint (ta_participant_get_status (after), ==, TA_PARTICIPANT_STATUS_ACTIVE);
  g_assert_cmpuint (n_pairings (fixture), ==, 1);
  g_clear_object (&after);

  /* Mark as Left keeps the pair and the sessions. */
  dialog = ask_to_delete (fixture, ta_participant_get_id (alex));
  answer (fixture, dialog, "left");
  after = stored (fixture, ta_participant_get_id (alex));
  g_assert_nonnull (after);
  g_assert_cmpint (ta_participant_get_status (after), ==, TA_PARTICIPANT_STATUS_LEFT);
  g_assert_cmpuint (n_pairings (fixture), ==, 1);
  g_clear_object (&after);

  /* Delete takes them and their pair. */
  wait_for_count (shown, 1);
  ta_directory_view_set_show_left_participants (fixture->view, TRUE);
  wait_for_count (shown, 2);
  dialog = ask_to_delete (fixture, ta_participant_get_id (alex));
  answer (fixture, dialog, "delete");
  after = stored (fixture, ta_participant_get_id (alex));
  g_assert_null (after);
  g_assert_cmpuint (n_pairings (fixture), ==, 0);
  g_assert_nonnull (_ta_directory_view_get_undo_toast (fixture->view));
}

static void
test_delete_without_links (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(TaParticipant) cas = NULL;
  g_autoptr(TaParticipant) after = NULL;
  GListModel *shown;

  open_window (fixture);
  cas = ta_test_add_participant (fixture->store, "Cas Wouters", "cas@example.be", TA_ROLE_MENTEE, NULL);
  shown = G_LIST_MODEL (_ta_directory_view_get_model (fixture->view));
  wait_for_count (shown, 1);

  select_person (fixture, ta_participant_get_id (cas));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "directory.delete", NULL));
  iterate ();
  g_assert_null (_ta_directory_view_get_delete_dialog (fixture->view));
  after = stored (fixture, ta_participant_get_id (cas));
  g_assert_null (after);
  g_assert_nonnull (_ta_directory_view_get_undo_toast (fixture->view));
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_filter_and_count (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(TaParticipant) mentor = NULL;
  g_autoptr(TaParticipant) paired = NULL;
  g_autoptr(TaParticipant) waiting = NULL;
  g_autoptr(TaParticipant) dutch = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  TaParticipantFilter *filter;
  GtkWidget *popover;
  GtkDropDown *language_choice;
  GtkStringList *items;
  GtkLabel *count;
  GListModel *shown;
  gboolean found_french = FALSE;

  open_window (fixture);
  mentor = ta_test_add_participant (fixture->store, "Camille Durand", "camille@example.be", TA_ROLE_MENTOR,
                                    "languages", (const char * const[]) { "French", NULL }, NULL);
  paired = ta_test_add_participant (fixture->store, "Marc Peeters", "marc@example.be", TA_ROLE_MENTEE,
                                    "languages", (const char * const[]) { "fr", "nl", NULL }, NULL);
  waiting = ta_test_add_participant (fixture->store, "Léa Dubois", "lea@example.be", TA_ROLE_MENTEE,
                                     "languages", (const char * const[]) { "fr", NULL }, NULL);
  dutch = ta_test_add_participant (fixture->store, "Lotte Janssens", "lotte@example.be", TA_ROLE_MENTEE,
                                   "languages", (const char * const[]) { "nl", NULL }, NULL);
  pairing = add_pairing (fixture, mentor, paired, 0);

  shown = G_LIST_MODEL (_ta_directory_view_get_model (fixture->view));
  filter = _ta_directory_view_get_filter (fixture->view);
  count = _ta_directory_view_get_count_label (fixture->view);
  wait_for_count (shown, 4);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "4 participants");

  /* The popover stays open while choices are made. */
  popover = _ta_directory_view_get_filter_popover (fixture->view);
  gtk_popover_popup (GTK_POPOVER (popover));
  wait_for (popover_shown, popover);
  language_choice = _ta_participant_filter_popover_get_language_choice (TA_PARTICIPANT_FILTER_POPOVER (popover));
  items = GTK_STRING_LIST (gtk_drop_down_get_model (language_choice));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_test_message ("language item %u: %s", i, gtk_string_list_get_string (items, i));
      found_french |= g_strcmp0 (gtk_string_list_get_string (items, i), "French") == 0;
    }
  g_assert_true (found_french);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (items, i), "French") == 0)
      gtk_drop_down_set_selected (language_choice, i);
  g_assert_cmpstr (ta_participant_filter_get_language (filter), ==, "fr");
  wait_for_count (shown, 3);
  g_assert_cmpstr (gtk_label_get_label (count), ==, "3 of 4 participants");
  g_assert_true (gtk_widget_get_visible (popover));

  /* Not yet paired: Léa, not Marc or Camille. */
  gtk_check_button_set_active (_ta_participant_filter_popover_get_unpaired_check (TA_PARTICIPANT_FILTER_POPOVER (popover)), TRUE);
  g_assert_true (ta_participant_filter_get_unpaired (filter));
  wait_for_count (shown, 1);
  {
    g_autoptr(TaParticipant) only = g_list_model_get_item (shown, 0);

    g_assert_cmpint (ta_participant_get_id (only), ==, ta_participant_get_id (waiting));
  }
  g_assert_cmpstr (gtk_label_get_label (count), ==, "1 of 4 participants");
  g_assert_true (gtk_widget_get_visible (popover));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  look ("directory-filter");
  gtk_popover_popdown (GTK_POPOVER (popover));
  screenshot_narrow (fixture, "directory-360");
  gtk_popover_popup (GTK_POPOVER (popover));
  look ("directory-filter-360");

  /* Ending the pairing makes both of them wait for a partner again. */
  {
    g_autoptr(TaPairing) ended = ta_pairing_copy (pairing);
    g_autoptr(GError) error = NULL;

    g_assert_true (ta_store_delete_pairing (fixture->store, ta_pairing_get_id (ended), &error));
    g_assert_no_error (error);
  }
  wait_for_count (shown, 3);

  /* Clear Filter shows everyone again. */
  ta_participant_filter_clear (filter);
  wait_for_count (shown, 4);
  g_assert_false (ta_participant_filter_get_narrowed (filter));
  g_assert_cmpstr (gtk_label_get_label (count), ==, "4 participants");
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* Lotte, who speaks only Dutch, was never let through by French. */
  g_assert_cmpint (ta_participant_get_status (dutch), ==, TA_PARTICIPANT_STATUS_ACTIVE);
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_INSCRIPTION (widget) && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_text (child, text))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  GtkWidget  *widget;
  const char *text;
} TextCheck;

static gboolean
has_text (gpointer data)
{
  TextCheck *check = data;

  return shows_text (check->widget, check->text);
}

/* The filter on its own: department, location and language, any case. */
static void
test_filter_fields (void)
{
  g_autoptr(TaParticipantFilter) filter = ta_participant_filter_new ();
  g_autoptr(TaParticipant) ann = ta_participant_new ();
  g_autoptr(TaParticipant) ben = ta_participant_new ();

  ta_participant_set_department (ann, "Finance");
  ta_participant_set_location (ann, "Liège");
  ta_participant_set_languages (ann, (const char * const[]) { "French", NULL });
  ta_participant_set_department (ben, "IT");
  ta_participant_set_location (ben, "Gent");
  ta_participant_set_languages (ben, (const char * const[]) { "nl", NULL });

  g_assert_false (ta_participant_filter_get_narrowed (filter));
  ta_participant_filter_set_department (filter, "finance");
  g_assert_true (ta_participant_filter_get_narrowed (filter));
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), ann));
  g_assert_false (gtk_filter_match (GTK_FILTER (filter), ben));
  ta_participant_filter_set_department (filter, NULL);

  ta_participant_filter_set_location (filter, "GENT");
  g_assert_false (gtk_filter_match (GTK_FILTER (filter), ann));
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), ben));
  ta_participant_filter_set_location (filter, "");

  /* A language chosen by name finds those stored by code. */
  ta_participant_filter_set_language (filter, "French");
  g_assert_cmpstr (ta_participant_filter_get_language (filter), ==, "fr");
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), ann));
  g_assert_false (gtk_filter_match (GTK_FILTER (filter), ben));

  ta_participant_filter_clear (filter);
  g_assert_false (ta_participant_filter_get_narrowed (filter));
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), ann));
  g_assert_true (gtk_filter_match (GTK_FILTER (filter), ben));
}

static void
test_editor (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(TaParticipant) camille = NULL;
  g_autoptr(TaParticipant) before = NULL;
  g_autoptr(TaParticipant) after = NULL;
  TaParticipantEditor *editor;
  TaParticipant *listed;
  const char * const *tags;

  open_window (fixture);
  camille = ta_test_add_participant (fixture->store, "Camille Durand", "camille@example.be", TA_ROLE_MENTOR,
                                     "languages", (const char * const[]) { "fr", "ln", "tlh", NULL }, NULL);
  wait_for_count (G_LIST_MODEL (_ta_directory_view_get_model (fixture->view)), 1);
  before = stored (fixture, ta_participant_get_id (camille));

  /* The list names languages; an unknown code stays as it is. */
  {
    TextCheck check = { GTK_WIDGET (_ta_directory_view_get_column_view (fixture->view)), "French, Lingala, tlh" };

    wait_for (has_text, &check);
  }

  /* A new mentor starts with room for one mentee. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.add", NULL));
  editor = _ta_directory_view_get_editor (fixture->view);
  g_assert_true (TA_IS_PARTICIPANT_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "New Participant");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (_ta_participant_editor_get_capacity (editor)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  wait_for (is_null, &editor);

  /* Editing shows languages by name; Cancel leaves everything as it was. */
  select_person (fixture, ta_participant_get_id (camille));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "directory.edit", NULL));
  editor = _ta_directory_view_get_editor (fixture->view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Edit Participant");
  tags = ta_tag_entry_get_tags (TA_TAG_ENTRY (_ta_participant_editor_get_languages (editor)));
  g_assert_cmpstrv (tags, ((const char * const[]) { "French", "Lingala", "tlh", NULL }));

  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Someone Else");
  gtk_spin_button_set_value (_ta_participant_editor_get_capacity (editor), 5);
  ta_tag_entry_add_tag (TA_TAG_ENTRY (_ta_participant_editor_get_languages (editor)), "German");
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  wait_for (is_null, &editor);

  after = stored (fixture, ta_participant_get_id (camille));
  g_assert_cmpstr (ta_participant_get_name (after), ==, "Camille Durand");
  g_assert_cmpint (ta_participant_get_capacity (after), ==, ta_participant_get_capacity (before));
  g_assert_cmpstrv (ta_participant_get_languages (after), ta_participant_get_languages (before));
  listed = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (_ta_directory_view_get_model (fixture->view)));
  g_assert_cmpstr (ta_participant_get_name (listed), ==, "Camille Durand");
  g_assert_cmpint (ta_participant_get_capacity (listed), ==, 1);

  /* Saving stores what was chosen by name as codes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "directory.edit", NULL));
  editor = _ta_directory_view_get_editor (fixture->view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ta_tag_entry_add_tag (TA_TAG_ENTRY (_ta_participant_editor_get_languages (editor)), "German");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (is_null, &editor);
  g_clear_object (&after);
  after = stored (fixture, ta_participant_get_id (camille));
  g_assert_cmpstrv (ta_participant_get_languages (after), ((const char * const[]) { "fr", "ln", "tlh", "de", NULL }));
}

static void
test_page_actions_and_width (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(TaParticipant) camille = NULL;
  g_autoptr(TaParticipant) bo = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  TaParticipantEditor *editor;
  AdwMessageDialog *dialog;
  GtkWidget *focus;
  int min_width;

  open_window (fixture);
  camille = ta_test_add_participant (fixture->store, "Camille Durand", "camille@example.be", TA_ROLE_MENTOR,
                                     NULL);
  bo = ta_test_add_participant (fixture->store, "Bo Claes", "bo@example.be", TA_ROLE_MENTEE, NULL);
  wait_for_count (G_LIST_MODEL (_ta_directory_view_get_model (fixture->view)), 2);

  /* page.search focuses the directory's own search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "page.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (_ta_directory_view_get_search_entry (fixture->view)) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (_ta_directory_view_get_search_entry (fixture->view))));

  /* The page, the editor and the delete dialog fit a phone (run by hand
   * with LANGUAGE=nl, fr or de and TURNABOUT_SCREENSHOT_DIR for the
   * translations). */
  gtk_widget_measure (GTK_WIDGET (fixture->view), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_test_message ("directory: %d px", min_width);
  g_assert_cmpint (min_width, <=, 360);

  select_person (fixture, ta_participant_get_id (camille));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "directory.edit", NULL));
  editor = _ta_directory_view_get_editor (fixture->view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  gtk_widget_measure (GTK_WIDGET (editor), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_test_message ("editor: %d px", min_width);
  g_assert_cmpint (min_width, <=, 360);
  look ("directory-editor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  wait_for (is_null, &editor);

  pairing = add_pairing (fixture, camille, bo, 2);
  dialog = ask_to_delete (fixture, ta_participant_get_id (camille));
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_test_message ("delete dialog: %d px", min_width);
  g_assert_cmpint (min_width, <=, 360);
  answer (fixture, dialog, "cancel");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/directory/delete-asks", Fixture, NULL,
              fixture_set_up, test_delete_asks, fixture_tear_down);
  g_test_add ("/ui/directory/delete-without-links", Fixture, NULL,
              fixture_set_up, test_delete_without_links, fixture_tear_down);
  g_test_add ("/ui/directory/filter-and-count", Fixture, NULL,
              fixture_set_up, test_filter_and_count, fixture_tear_down);
  g_test_add_func ("/ui/directory/filter-fields", test_filter_fields);
  g_test_add ("/ui/directory/editor", Fixture, NULL,
              fixture_set_up, test_editor, fixture_tear_down);
  g_test_add ("/ui/directory/page-actions-and-width", Fixture, NULL,
              fixture_set_up, test_page_actions_and_width, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
