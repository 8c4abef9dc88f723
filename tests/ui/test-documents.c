/* test-documents.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-documents"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ta-application.h"
#include "ta-board-view-private.h"
#include "ta-preferences-window.h"
#include "ta-programmes.h"
#include "ta-store.h"
#include "ta-topic-editor-private.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

/* Programmes as documents (New, Open, recent, the title, the sample in a
 * file of its own) and the window's keyboard: Alt+1…4, Ctrl+F and "+" on
 * the page shown.  The file choosers are not driven: the tests open the
 * chosen file as the chooser's response does. */

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ta_test_window_fixture_set_up (fixture, "turnabout-documents-XXXXXX", "Spring Cohort.db");
  fixture->window = ta_test_window_open (app, fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent)
      dialog = l->data;
  g_list_free (toplevels);

  return dialog;
}

/* Runs the window's keyboard shortcut written @trigger ("<Alt>2"), as
 * pressing the keys does: the binding is looked up, not the action. */
static void
press (GtkWidget  *widget,
       const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  g_assert_nonnull (wanted);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              iterate ();
              return;
            }
        }
    }

  g_error ("No shortcut %s", trigger);
}

static gint64
count_participants (const char *path)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count;

  store = ta_store_open_full (path, TA_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  count = ta_store_count_participants (store, &error);
  g_assert_no_error (error);

  return count;
}

static gboolean
recent_has (const char *path)
{
  g_autoptr(GSettings) settings = g_settings_new (TA_SETTINGS_SCHEMA_ID);
  g_auto(GStrv) recent = ta_programmes_list_recent (settings);

  return g_strv_contains ((const char * const *) recent, path);
}

/* The name of the programme, without .db, in the header and the window
 * title; its folder below it. */
static void
test_title (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autofree char *folder = ta_programmes_get_folder (fixture->path);

  g_assert_cmpstr (_ta_window_get_header_title (fixture->window), ==, "Spring Cohort");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Spring Cohort");
  g_assert_cmpstr (_ta_window_get_header_subtitle (fixture->window), ==, folder);
  {
    g_autofree char *base = g_path_get_basename (fixture->dir);
    g_assert_true (g_str_has_suffix (folder, base));
  }
  /* --database adds to the recent programmes. */
  g_assert_true (recent_has (fixture->path));
}

static void
test_new_programme (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "Autumn", NULL);
  g_autofree char *created = g_build_filename (fixture->dir, "Autumn.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) existing = g_file_new_for_path (fixture->path);
  AdwMessageDialog *dialog;
  GStatBuf buf;

  g_assert_true (ta_window_new_programme (fixture->window, file));
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, created);
  g_assert_cmpint (g_stat (created, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpstr (_ta_window_get_header_title (fixture->window), ==, "Autumn");
  g_assert_cmpint (count_participants (created), ==, 0);
  g_assert_true (recent_has (created));

  /* An existing programme is never replaced by a new one. */
  g_assert_false (ta_window_new_programme (fixture->window, existing));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Spring Cohort.db"));
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, created);
}

/* A damaged file: its name in a dialog, and the programme shown stays. */
static void
test_open_damaged (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autofree char *damaged = g_build_filename (fixture->dir, "Broken.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "Nowhere.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (damaged);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  TaParticipantList *before = ta_window_get_participants (fixture->window);
  AdwMessageDialog *dialog;

  /* A real programme cut in half. */
  store = ta_store_open (damaged, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_file_get_contents (damaged, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  memset (contents + 100, 0xA5, length - 100);
  g_file_set_contents (damaged, contents, length, &error);
  g_assert_no_error (error);
  {
    g_autofree char *wal = g_strconcat (damaged, "-wal", NULL);
    g_autofree char *shm = g_strconcat (damaged, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }

  g_assert_false (ta_window_open_programme (fixture->window, file));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Broken.db"));
  g_assert_true (ta_window_get_participants (fixture->window) == before);
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, fixture->path);
  g_assert_false (recent_has (damaged));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A missing one: nothing is created. */
  g_assert_false (ta_window_open_programme (fixture->window, missing_file));
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nowhere.db"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, fixture->path);
}

/* Open, then the one before is in Recent Programmes. */
static void
test_open_and_recent (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "Other.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (other);
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMenuModel) submenu = NULL;
  g_autoptr(GVariant) target = NULL;
  GMenuModel *section;
  gboolean found = FALSE;

  store = ta_store_open_full (other, TA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_true (ta_window_open_programme (fixture->window, file));
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, other);
  g_assert_cmpstr (_ta_window_get_header_title (fixture->window), ==, "Other");
  g_assert_true (recent_has (other));
  g_assert_true (recent_has (fixture->path));

  /* The menu offers the other one, not the one shown. */
  section = _ta_window_get_recent_section (fixture->window);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 1);
  submenu = g_menu_model_get_item_link (section, 0, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (submenu);
  for (int i = 0; i < g_menu_model_get_n_items (submenu); i++)
    {
      g_autoptr(GVariant) value = g_menu_model_get_item_attribute_value (submenu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                         G_VARIANT_TYPE_BYTESTRING);

      g_assert_cmpstr (g_variant_get_bytestring (value), !=, other);
      if (g_strcmp0 (g_variant_get_bytestring (value), fixture->path) == 0)
        {
          found = TRUE;
          target = g_variant_ref (value);
        }
    }
  g_assert_true (found);

  /* Choosing it opens it again. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->window), "win.open-recent", target));
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, fixture->path);

  /* A file that is gone is not offered. */
  g_unlink (other);
  g_assert_false (recent_has (other));
}

/* Load Sample makes a new file beside the programme shown and shows it;
 * the programme shown before is untouched. */
static void
test_load_sample (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *sample = g_build_filename (fixture->dir, "Sample Programme.db", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "Sample Programme 2.db", NULL);
  GStatBuf buf;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  iterate ();
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, sample);
  g_assert_cmpint (g_stat (sample, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (count_participants (sample), ==, 60);
  g_assert_cmpint (count_participants (fixture->path), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_window_get_participants (fixture->window))), ==, 60);

  /* With data shown, it is still offered, and numbered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  iterate ();
  g_assert_cmpstr (ta_window_get_database_path (fixture->window), ==, second);
  g_assert_cmpint (count_participants (sample), ==, 60);
}

static const char *
visible_page (Fixture *fixture)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (_ta_window_get_board_view (fixture->window)),
                                              ADW_TYPE_VIEW_STACK);

  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack));
}

static void
test_switch_views (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_assert_cmpstr (visible_page (fixture), ==, "directory");
  press (GTK_WIDGET (fixture->window), "<Alt>2");
  g_assert_cmpstr (visible_page (fixture), ==, "pairs");
  press (GTK_WIDGET (fixture->window), "<Alt>4");
  g_assert_cmpstr (visible_page (fixture), ==, "board");
  press (GTK_WIDGET (fixture->window), "<Alt>3");
  g_assert_cmpstr (visible_page (fixture), ==, "calendar");
  press (GTK_WIDGET (fixture->window), "<Alt>1");
  g_assert_cmpstr (visible_page (fixture), ==, "directory");
}

static gboolean
focus_is_in (TaWindow  *window,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static TaTopicEditor *
find_topic_editor (void)
{
  TaTopicEditor *editor = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (TA_IS_TOPIC_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);

  return editor;
}

static gboolean
has_topic_editor (gpointer data)
{
  return find_topic_editor () != NULL;
}

/* Ctrl+F and "+" act on the board when the board is shown. */
static void
test_board_keys (Fixture       *fixture,
                 gconstpointer  user_data)
{
  TaBoardView *board = _ta_window_get_board_view (fixture->window);
  GtkWidget *search = _ta_board_view_get_search_entry (board);
  GtkWidget *add = _ta_window_get_add_button (fixture->window);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (add), ==, "Add Participant");

  press (GTK_WIDGET (fixture->window), "<Alt>4");
  wait_for (is_drawn, board);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (add), ==, "New Topic…");

  press (GTK_WIDGET (fixture->window), "<Control>f");
  g_assert_cmpstr (visible_page (fixture), ==, "board");
  g_assert_true (focus_is_in (fixture->window, search));

  g_assert_null (find_topic_editor ());
  /* A button activated by the keyboard clicks after a short press. */
  gtk_widget_activate (add);
  wait_for (has_topic_editor, NULL);
  g_assert_cmpstr (visible_page (fixture), ==, "board");
  gtk_window_destroy (GTK_WINDOW (find_topic_editor ()));
  iterate ();

  /* Ctrl+N is the same "+". */
  press (GTK_WIDGET (fixture->window), "<Control>n");
  g_assert_nonnull (find_topic_editor ());
}

static int
min_width (GtkWidget *widget)
{
  int min = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* With TURNABOUT_SCREENSHOT_DIR set, says which widgets make @widget as
 * wide as it is: the widest child at each level. */
static void
explain_width (GtkWidget *widget,
               int        depth)
{
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") == NULL || depth > 40)
    return;

  g_printerr ("%*s%s %s: %d\n", depth, "", G_OBJECT_TYPE_NAME (widget),
              GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : "",
              min_width (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && min_width (child) > 300)
      explain_width (child, depth + 1);
}

/* At most 360 px, or its name in @too_wide. */
static void
check_narrow (const char *name,
              GtkWidget  *widget,
              GString    *too_wide)
{
  int width = min_width (widget);

  explain_width (widget, 0);
  g_test_message ("%s: %d px", name, width);
  if (width > 360)
    g_string_append_printf (too_wide, " %s (%d px)", name, width);
}

/* The window, its pages and the dialogs this part owns fit 360 px (their
 * content: the frame is the window manager's business), and are titled. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  static const char * const pages[] = { "directory", "pairs", "calendar", "board" };
  TaBoardView *board = _ta_window_get_board_view (fixture->window);
  g_autoptr(GString) too_wide = g_string_new (NULL);
  GtkWindow *preferences;
  GtkWindow *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Sample Programme");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (board), ADW_TYPE_VIEW_STACK);

      ta_window_show_page (fixture->window, pages[i]);
      iterate ();
      check_narrow (pages[i], adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), pages[i]), too_wide);
    }
  /* The rest of the window (the header bar, the switcher bar). */
  {
    GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
    GtkWidget *box = gtk_widget_get_first_child (content);

    for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
      if (!GTK_IS_STACK (child))
        check_narrow (G_OBJECT_TYPE_NAME (child), child, too_wide);
  }

  preferences = ta_preferences_window_new (GTK_WINDOW (fixture->window));
  gtk_window_present (preferences);
  wait_for (is_drawn, preferences);
  check_narrow ("preferences", adw_window_get_content (ADW_WINDOW (preferences)), too_wide);
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, "Preferences");
  /* Escape closes it. */
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preferences), "window.close", NULL));
  wait_for (is_null, &preferences);

  editor = _ta_board_view_open_topic (board, NULL);
  wait_for (is_drawn, editor);
  check_narrow ("topic editor", adw_window_get_content (ADW_WINDOW (editor)), too_wide);
  g_assert_nonnull (gtk_window_get_title (editor));
  {
    AdwMessageDialog *dialog = _ta_topic_editor_ask_schedule (TA_TOPIC_EDITOR (editor));

    wait_for (is_drawn, dialog);
    check_narrow ("schedule presentation", gtk_window_get_child (GTK_WINDOW (dialog)), too_wide);
    adw_message_dialog_response (dialog, "cancel");
  }

  g_assert_cmpstr (too_wide->str, ==, "");
}

/* Ctrl+P is Print in GNOME: not Find a Partner. */
static void
test_no_ctrl_p (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_autoptr(GtkShortcutTrigger) ctrl_p = gtk_shortcut_trigger_parse_string ("<Control>p");

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          g_assert_false (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), ctrl_p));
        }
    }
}

static void
collect_accelerators (GtkWidget *widget,
                      GString   *accelerators)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      g_string_append_printf (accelerators, "%s|", accelerator);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, accelerators);
}

/* The Keyboard Shortcuts window has a title and lists the new shortcuts,
 * and not Ctrl+P. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) accelerators = g_string_new ("|");

  g_assert_cmpstr (gtk_window_get_title (window), ==, "Keyboard Shortcuts");
  collect_accelerators (GTK_WIDGET (window), accelerators);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *alt = g_strdup_printf ("|<Alt>%u|", i + 1);
      g_assert_nonnull (strstr (accelerators->str, alt));
    }
  g_assert_nonnull (strstr (accelerators->str, "|<Primary>o|"));
  g_assert_nonnull (strstr (accelerators->str, "|<Primary>f|"));
  g_assert_nonnull (strstr (accelerators->str, "|<Primary>n|"));
  g_assert_null (strstr (accelerators->str, "|<Primary>p|"));
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/documents/title", Fixture, NULL, fixture_set_up, test_title, fixture_tear_down);
  g_test_add ("/ui/documents/new-programme", Fixture, NULL, fixture_set_up, test_new_programme, fixture_tear_down);
  g_test_add ("/ui/documents/open-damaged", Fixture, NULL, fixture_set_up, test_open_damaged, fixture_tear_down);
  g_test_add ("/ui/documents/open-and-recent", Fixture, NULL, fixture_set_up, test_open_and_recent, fixture_tear_down);
  g_test_add ("/ui/documents/load-sample", Fixture, NULL, fixture_set_up, test_load_sample, fixture_tear_down);
  g_test_add ("/ui/keyboard/switch-views", Fixture, NULL, fixture_set_up, test_switch_views, fixture_tear_down);
  g_test_add ("/ui/keyboard/board-search-and-add", Fixture, NULL, fixture_set_up, test_board_keys, fixture_tear_down);
  g_test_add ("/ui/documents/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/ui/keyboard/shortcuts-window", Fixture, NULL, fixture_set_up, test_shortcuts_window, fixture_tear_down);
  g_test_add ("/ui/keyboard/no-ctrl-p", Fixture, NULL, fixture_set_up, test_no_ctrl_p, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
