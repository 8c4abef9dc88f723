/* test-window.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ta-accessible.h"
#include "ta-application.h"
#include "ta-directory-view-private.h"
#include "ta-participant-editor-private.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ta_test_window_fixture_set_up (fixture, "turnabout-ui-XXXXXX", "programme.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static TaParticipant *
get_participant (GListModel *model,
                 guint       position)
{
  g_autoptr(TaParticipant) participant = g_list_model_get_item (model, position);

  return participant;
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

static gint64
count_in_store (TaWindow *window)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  count = ta_store_count_participants (ta_participant_list_get_store (ta_window_get_participants (window)),
                                       &error);
  g_assert_no_error (error);

  return count;
}

static void
test_add_search_delete_undo (Fixture       *fixture,
                             gconstpointer  user_data)
{
  TaDirectoryView *view;
  TaParticipantEditor *editor;
  GListModel *participants;
  GListModel *shown;
  GtkEditable *search;
  AdwToast *toast;
  gint64 id;

  open_window (fixture);
  view = _ta_window_get_directory_view (fixture->window);
  participants = G_LIST_MODEL (ta_window_get_participants (fixture->window));
  shown = G_LIST_MODEL (_ta_directory_view_get_model (view));
  g_assert_nonnull (participants);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 0);
  g_assert_true (ta_directory_view_get_empty (view));

  /* Add, through the editor, as <Primary>n does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add-participant", NULL));
  editor = _ta_directory_view_get_editor (view);
  g_assert_true (TA_IS_PARTICIPANT_EDITOR (editor));
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  /* Nothing to save without a name and a valid e-mail address. */
  g_assert_false (_ta_participant_editor_get_can_save (editor));
  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Ada Lovelace");
  gtk_editable_set_text (_ta_participant_editor_get_email_row (editor), "ada.lovelace");
  g_assert_false (_ta_participant_editor_get_can_save (editor));
  gtk_editable_set_text (_ta_participant_editor_get_email_row (editor), "ada@analytical.example");
  g_assert_true (_ta_participant_editor_get_can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  wait_for (is_null, &editor);

  g_assert_cmpint (count_in_store (fixture->window), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (participants), ==, 1);
  g_assert_false (ta_directory_view_get_empty (view));
  id = ta_participant_get_id (get_participant (participants, 0));
  g_assert_cmpint (id, >, 0);

  /* Find her by search; a search that matches nobody shows nobody. */
  search = _ta_directory_view_get_search_entry (view);
  gtk_editable_set_text (search, "zzzz-nobody");
  wait_for_count (shown, 0);
  gtk_editable_set_text (search, "LOVELACE");
  wait_for_count (shown, 1);
  g_assert_cmpstr (ta_participant_get_name (get_participant (shown, 0)), ==, "Ada Lovelace");
  g_assert_cmpint (ta_participant_get_id (get_participant (shown, 0)), ==, id);

  /* Delete her, as the Delete key does, then undo. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.delete", NULL));
  g_assert_cmpint (count_in_store (fixture->window), ==, 0);
  wait_for_count (participants, 0);
  wait_for_count (shown, 0);

  toast = _ta_directory_view_get_undo_toast (view);
  g_assert_true (ADW_IS_TOAST (toast));
  g_assert_cmpstr (adw_toast_get_button_label (toast), !=, NULL);
  g_signal_emit_by_name (toast, "button-clicked");

  g_assert_cmpint (count_in_store (fixture->window), ==, 1);
  wait_for_count (participants, 1);
  wait_for_count (shown, 1);
  g_assert_cmpint (ta_participant_get_id (get_participant (shown, 0)), ==, id);
  g_assert_cmpstr (ta_participant_get_email (get_participant (shown, 0)), ==, "ada@analytical.example");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown)), ==, 0);
}

static gboolean
has_error (gpointer data)
{
  TaParticipantEditor *editor = data;

  return _ta_participant_editor_get_error (editor, GTK_WIDGET (_ta_participant_editor_get_email_row (editor))) != NULL;
}

static void
test_duplicate_email (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(TaParticipant) first = ta_participant_new ();
  g_autoptr(GError) error = NULL;
  TaDirectoryView *view;
  TaParticipantEditor *editor;
  GtkEditable *email;

  open_window (fixture);
  view = _ta_window_get_directory_view (fixture->window);

  ta_participant_set_name (first, "Grace Hopper");
  ta_participant_set_email (first, "grace@navy.example");
  ta_store_add_participant (ta_participant_list_get_store (ta_window_get_participants (fixture->window)),
                            first, &error);
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (view), "directory.add-participant", NULL);
  editor = _ta_directory_view_get_editor (view);
  g_assert_nonnull (editor);
  email = _ta_participant_editor_get_email_row (editor);

  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Another Grace");
  gtk_editable_set_text (email, "grace@navy.example");
  g_assert_false (_ta_participant_editor_get_can_save (editor));

  /* Said under the e-mail row once typing pauses; nothing is saved. */
  wait_for (has_error, editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_cmpint (count_in_store (fixture->window), ==, 1);

  gtk_editable_set_text (email, "grace.2@navy.example");
  g_assert_true (_ta_participant_editor_get_can_save (editor));
  g_assert_null (_ta_participant_editor_get_error (editor, GTK_WIDGET (email)));

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(TaParticipant) grace = ta_participant_new ();
  g_autoptr(TaParticipant) stored = NULL;
  g_autoptr(GError) error = NULL;
  TaDirectoryView *view;
  TaParticipantEditor *editor;
  GListModel *shown;
  TaStore *store;

  open_window (fixture);
  view = _ta_window_get_directory_view (fixture->window);
  shown = G_LIST_MODEL (_ta_directory_view_get_model (view));
  store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));

  ta_participant_set_name (grace, "Grace Hopper");
  ta_participant_set_email (grace, "grace@navy.example");
  ta_store_add_participant (store, grace, &error);
  g_assert_no_error (error);
  wait_for_count (shown, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.edit", NULL));
  editor = _ta_directory_view_get_editor (view);
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_cmpstr (gtk_editable_get_text (_ta_participant_editor_get_name_row (editor)), ==, "Grace Hopper");

  /* Cancelling keeps the participant as she was. */
  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Rear Admiral Hopper");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  wait_for (is_null, &editor);
  g_assert_cmpstr (ta_participant_get_name (get_participant (shown, 0)), ==, "Grace Hopper");

  /* Saving changes her in the store and, in place, in the list. */
  gtk_widget_activate_action (GTK_WIDGET (view), "directory.edit", NULL);
  editor = _ta_directory_view_get_editor (view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Rear Admiral Hopper");
  g_assert_true (_ta_participant_editor_get_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (is_null, &editor);

  stored = ta_store_get_participant (store, ta_participant_get_id (grace), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_name (stored), ==, "Rear Admiral Hopper");
  g_assert_cmpstr (ta_participant_get_email (stored), ==, "grace@navy.example");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_cmpstr (ta_participant_get_name (get_participant (shown, 0)), ==, "Rear Admiral Hopper");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (shown)), ==, 0);
}

static AdwMessageDialog *find_dialog (GtkWindow *parent);

/* Another process (turnabout-cli import) adds a person and changes the
 * one being edited: the directory shows the new person on its own, and
 * saving the editor does not write its stale copy back; Reload shows the
 * other's change with the user's on top, and saving that keeps both. */
static void
test_external_changes (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(TaParticipant) grace = ta_participant_new ();
  g_autoptr(TaParticipant) theirs = NULL;
  g_autoptr(TaParticipant) added = NULL;
  g_autoptr(TaParticipant) stored = NULL;
  g_autoptr(TaStore) other = NULL;
  g_autoptr(GError) error = NULL;
  TaDirectoryView *view;
  TaParticipantEditor *editor;
  AdwMessageDialog *dialog;
  GListModel *shown;
  TaStore *store;

  open_window (fixture);
  view = _ta_window_get_directory_view (fixture->window);
  shown = G_LIST_MODEL (_ta_directory_view_get_model (view));
  store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));

  ta_participant_set_name (grace, "Grace Hopper");
  ta_participant_set_email (grace, "grace@navy.example");
  ta_store_add_participant (store, grace, &error);
  g_assert_no_error (error);
  wait_for_count (shown, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (shown), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "directory.edit", NULL));
  editor = _ta_directory_view_get_editor (view);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (_ta_participant_editor_get_name_row (editor), "Rear Admiral Hopper");

  /* Meanwhile, the other process. */
  other = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  theirs = ta_store_get_participant (other, ta_participant_get_id (grace), &error);
  g_assert_no_error (error);
  ta_participant_set_department (theirs, "Naval Research");
  g_assert_true (ta_store_update_participant (other, theirs, &error));
  g_assert_no_error (error);
  added = ta_participant_new ();
  ta_participant_set_name (added, "Ada Lovelace");
  ta_participant_set_email (added, "ada@analytical.example");
  g_assert_true (ta_store_add_participant (other, added, &error));
  g_assert_no_error (error);

  /* The window's own look, every two seconds, brings Ada in; Grace's
   * row stays selected. */
  wait_for_count (shown, 2);
  g_assert_cmpstr (ta_participant_get_department (ta_participant_list_lookup (ta_window_get_participants (fixture->window),
                                                                              ta_participant_get_id (grace))),
                   ==, "Naval Research");
  g_assert_cmpstr (ta_participant_get_name (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (shown))),
                   ==, "Grace Hopper");

  /* Saving the stale edit is refused: nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate ();
  dialog = find_dialog (GTK_WINDOW (editor));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  screenshot ("changed-elsewhere");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Changed Elsewhere");
  stored = ta_store_get_participant (store, ta_participant_get_id (grace), &error);
  g_assert_cmpstr (ta_participant_get_name (stored), ==, "Grace Hopper");
  g_assert_cmpstr (ta_participant_get_department (stored), ==, "Naval Research");
  g_clear_object (&stored);

  /* Reload keeps the user's new name over the stored department; saving
   * then keeps both. */
  adw_message_dialog_response (dialog, "reload");
  iterate ();
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (_ta_participant_editor_get_name_row (editor)), ==, "Rear Admiral Hopper");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  wait_for (is_null, &editor);

  stored = ta_store_get_participant (store, ta_participant_get_id (grace), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ta_participant_get_name (stored), ==, "Rear Admiral Hopper");
  g_assert_cmpstr (ta_participant_get_department (stored), ==, "Naval Research");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
}

static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d;", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
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

static void
test_open_too_new (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length;
  gsize after_length;
  AdwMessageDialog *dialog;

  /* A programme saved by a newer Turnabout. */
  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  set_user_version (fixture->path, TA_STORE_SCHEMA_VERSION + 1);
  g_file_get_contents (fixture->path, &before, &before_length, &error);
  g_assert_no_error (error);

  open_window (fixture);

  g_assert_null (ta_window_get_participants (fixture->window));
  g_assert_null (ta_window_get_database_path (fixture->window));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer version"));

  /* Nothing was overwritten. */
  g_file_get_contents (fixture->path, &after, &after_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_open_not_turnabout (Fixture       *fixture,
                         gconstpointer  user_data)
{
  static const char text[] = "name,email\nAda,ada@example.org\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  g_file_set_contents (fixture->path, text, -1, &error);
  g_assert_no_error (error);

  open_window (fixture);

  g_assert_null (ta_window_get_participants (fixture->window));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);

  g_file_get_contents (fixture->path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, text);
}

/* What a screen reader hears of a mnemonic label (GTK 4.8 reads the
 * underscore out; ta-accessible.c gives it this instead). */
static void
test_strip_mnemonic (void)
{
  struct {
    const char *label;
    const char *heard;
  } cases[] = {
    { "_Held…", "Held…" },
    { "Find a _Partner…", "Find a Partner…" },
    { "Als _stattgefunden markieren …", "Als stattgefunden markieren …" },
    { "snake__case", "snake_case" },
    { "No mnemonic", "No mnemonic" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *heard = ta_accessible_strip_mnemonic (cases[i].label);

      g_assert_cmpstr (heard, ==, cases[i].heard);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add_func ("/ui/accessible/strip-mnemonic", test_strip_mnemonic);
  g_test_add ("/ui/directory/add-search-delete-undo", Fixture, NULL,
              fixture_set_up, test_add_search_delete_undo, fixture_tear_down);
  g_test_add ("/ui/editor/edit", Fixture, NULL,
              fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/ui/editor/external-changes", Fixture, NULL,
              fixture_set_up, test_external_changes, fixture_tear_down);
  g_test_add ("/ui/editor/duplicate-email", Fixture, NULL,
              fixture_set_up, test_duplicate_email, fixture_tear_down);
  g_test_add ("/ui/window/open-too-new", Fixture, NULL,
              fixture_set_up, test_open_too_new, fixture_tear_down);
  g_test_add ("/ui/window/open-not-turnabout", Fixture, NULL,
              fixture_set_up, test_open_not_turnabout, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
