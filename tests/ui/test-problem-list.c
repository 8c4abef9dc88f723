/* test-problem-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-problem-list"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ta-application.h"
#include "ta-csv-import-dialog-private.h"
#include "ta-demo.h"
#include "ta-participant-transfer-private.h"
#include "ta-problem-list-private.h"
#include "ta-window.h"
#include "ta-test-window.h"

/* A file with this many problems froze the window for minutes when one
 * label held them all. */
#define MANY_PROBLEMS 50000

/* The list view makes widgets for the rows in sight and a few more; one
 * each would be MANY_PROBLEMS. */
#define MAX_ROW_WIDGETS 500

/* The narrowest window GNOME's guidelines ask an app to fit. */
#define NARROW_WIDTH 360

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ta_test_window_fixture_set_up (fixture, "turnabout-problems-XXXXXX", "programme.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

typedef struct
{
  GtkWindow         *parent;
  TaCsvImportDialog *dialog;
} DialogSearch;

/* The import preview on the window, once its check has listed problems. */
static gboolean
has_problem_dialog (gpointer data)
{
  DialogSearch *search = data;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      if (TA_IS_CSV_IMPORT_DIALOG (l->data) &&
          gtk_window_get_transient_for (l->data) == search->parent &&
          gtk_widget_get_visible (GTK_WIDGET (_ta_csv_import_dialog_get_problem_list (l->data))))
        search->dialog = l->data;
    }
  g_list_free (toplevels);

  return search->dialog != NULL;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* The text of the first label in @widget, depth first. */
static const char *
find_label_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = find_label_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*text);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* Presses Escape on @widget the way its key bindings would take it. */
static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* A participants file of MANY_PROBLEMS rows, each with a wrong career
 * level, imported the way the window imports: the dialog lists them all,
 * in a list that made widgets for the first few only. */
static void
test_import_many (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TaParticipantTransfer) transfer = NULL;
  g_autoptr(GString) csv = g_string_new ("name,email,career_level\n");
  g_autofree char *csv_path = g_build_filename (fixture->dir, "people.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_count = NULL;
  g_autofree char *expected_copy = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *clipboard_text = NULL;
  g_autoptr(GString) expected_text = g_string_new (NULL);
  DialogSearch search = { NULL, NULL };
  TaProblemList *list;
  GListModel *problems;
  GtkWidget *list_view;
  GtkWidget *first_row;
  const char *count;
  const char *first_problem;
  guint n_rows;
  guint n_lines = 0;
  int minimum_width;
  gsize j = 0;

  for (guint i = 0; i < MANY_PROBLEMS; i++)
    g_string_append_printf (csv, "Person %u,person%u@example.com,level%u\n", i, i, i);
  g_file_set_contents (csv_path, csv->str, csv->len, &error);
  g_assert_no_error (error);

  open_window (fixture);
  transfer = ta_participant_transfer_new ();
  ta_participant_transfer_set_programme (transfer, ta_window_get_programme (fixture->window));
  ta_participant_transfer_import_file (transfer, GTK_WINDOW (fixture->window), file);

  search.parent = GTK_WINDOW (fixture->window);
  wait_for (has_problem_dialog, &search);
  wait_for (is_mapped, search.dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (search.dialog));
  list = _ta_csv_import_dialog_get_problem_list (search.dialog);
  screenshot ("problems-50000");
  /* Nothing can be imported while a row is wrong. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (_ta_csv_import_dialog_get_import_button (search.dialog))));

  /* Every problem, in the file's order, and how many. */
  problems = ta_problem_list_get_problems (list);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, MANY_PROBLEMS);
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (problems), 0),
                                   "people.csv:2: career_level: "));
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (problems), MANY_PROBLEMS - 1),
                                   "people.csv:50001: career_level: "));

  count = gtk_label_get_label (_ta_problem_list_get_count_label (list));
  expected_count = g_strdup_printf ("%'u problems", MANY_PROBLEMS);
  g_assert_cmpstr (count, ==, expected_count);
  /* Whatever the locale groups its digits with, the number is there. */
  digits = g_strdup (count);
  for (gsize i = 0; digits[i] != '\0'; i++)
    if (g_ascii_isdigit (digits[i]))
      digits[j++] = digits[i];
  digits[j] = '\0';
  g_assert_cmpstr (digits, ==, "50000");

  expected_copy = g_strdup_printf ("Copy all %'u problems", MANY_PROBLEMS);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (_ta_problem_list_get_copy_button (list))),
                   ==, expected_copy);

  /* Virtualised: a widget for the rows in sight, not one per problem,
   * and the first problems are in sight at once. */
  list_view = GTK_WIDGET (_ta_problem_list_get_list_view (list));
  n_rows = count_children (list_view);
  g_test_message ("%u row widgets for %u problems", n_rows, MANY_PROBLEMS);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <, MAX_ROW_WIDGETS);
  first_row = gtk_widget_get_first_child (list_view);
  first_problem = find_label_text (first_row);
  g_assert_cmpstr (first_problem, ==, gtk_string_list_get_string (GTK_STRING_LIST (problems), 0));
  g_assert_true (gtk_widget_get_mapped (first_row));

  /* It fits a narrow window. */
  gtk_widget_measure (GTK_WIDGET (search.dialog), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum_width, NULL, NULL, NULL);
  g_test_message ("the dialog needs %d px", minimum_width);
  g_assert_cmpint (minimum_width, <=, NARROW_WIDTH);

  /* Copy All: every problem, one a line, in order. */
  g_signal_emit_by_name (_ta_problem_list_get_copy_button (list), "clicked");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (list)), NULL,
                                 read_text_cb, &clipboard_text);
  wait_for (is_set, &clipboard_text);
  for (const char *c = clipboard_text; *c != '\0'; c++)
    if (*c == '\n')
      n_lines++;
  g_assert_cmpuint (n_lines, ==, MANY_PROBLEMS);
  /* Compared whole: under AddressSanitizer, g_strsplit() on 3 MB takes
   * minutes (its strstr() checks the rest of the text each time). */
  for (guint i = 0; i < MANY_PROBLEMS; i++)
    {
      g_string_append (expected_text, gtk_string_list_get_string (GTK_STRING_LIST (problems), i));
      g_string_append_c (expected_text, '\n');
    }
  g_assert_true (g_str_equal (clipboard_text, expected_text->str));

  /* Escape closes it. */
  g_object_add_weak_pointer (G_OBJECT (search.dialog), (gpointer *) &search.dialog);
  g_assert_true (press_escape (GTK_WIDGET (search.dialog)));
  wait_for (is_null, &search.dialog);

  /* Nobody was imported. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_window_get_participants (fixture->window))), ==, 0);
}

typedef struct
{
  GtkWindow         *parent;
  TaCsvImportDialog *dialog;
} ReadySearch;

/* The import preview on the window, once its check allows Import. */
static gboolean
has_ready_dialog (gpointer data)
{
  ReadySearch *search = data;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      if (TA_IS_CSV_IMPORT_DIALOG (l->data) &&
          gtk_window_get_transient_for (l->data) == search->parent &&
          gtk_widget_get_sensitive (GTK_WIDGET (_ta_csv_import_dialog_get_import_button (l->data))))
        search->dialog = l->data;
    }
  g_list_free (toplevels);

  return search->dialog != NULL;
}

/* The check has run and refused the file. */
static gboolean
is_refused (gpointer data)
{
  TaCsvImportDialog *dialog = data;
  const char *text = gtk_label_get_label (_ta_csv_import_dialog_get_result_label (dialog));

  return !gtk_widget_get_sensitive (GTK_WIDGET (_ta_csv_import_dialog_get_import_button (dialog))) &&
         strstr (text, "…") == NULL && text[0] != '\0';
}

static gboolean
has_five_people (gpointer data)
{
  return g_list_model_get_n_items (data) == 5;
}

static const char *
selected_string (AdwComboRow *row)
{
  return gtk_string_object_get_string (adw_combo_row_get_selected_item (row));
}

/* A Belgian Excel "CSV" (Windows-1252, ";", CRLF) opened from the window:
 * the preview says how it is read and which columns become which, a
 * wrong encoding chosen by hand is refused row by row, and Import brings
 * the five people in with their accents. */
static void
test_preview_belgian_excel (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(TaParticipantTransfer) transfer = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", "excel-be-1252.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GStrv) columns = NULL;
  ReadySearch ready = { NULL, NULL };
  TaCsvImportDialog *dialog;
  GListModel *people;
  gboolean found_chloe = FALSE;

  open_window (fixture);
  people = G_LIST_MODEL (ta_window_get_participants (fixture->window));
  transfer = ta_participant_transfer_new ();
  ta_participant_transfer_set_programme (transfer, ta_window_get_programme (fixture->window));
  ta_participant_transfer_import_file (transfer, GTK_WINDOW (fixture->window), file);

  ready.parent = GTK_WINDOW (fixture->window);
  wait_for (has_ready_dialog, &ready);
  dialog = ready.dialog;
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  screenshot ("csv-preview");

  g_assert_cmpstr (selected_string (_ta_csv_import_dialog_get_encoding_row (dialog)), ==, "Windows-1252");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (_ta_csv_import_dialog_get_encoding_row (dialog))),
                   ==, "Found in the file");
  g_assert_cmpstr (selected_string (_ta_csv_import_dialog_get_separator_row (dialog)), ==, "“;”");
  g_assert_cmpstr (gtk_label_get_label (_ta_csv_import_dialog_get_result_label (dialog)), ==,
                   "Import will bring in 5 participants: 5 new, 0 updated.");
  {
    int minimum_width;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL, NULL, NULL);
    g_assert_cmpint (minimum_width, <=, NARROW_WIDTH);
  }
  columns = _ta_csv_import_dialog_dup_columns (dialog);
  g_assert_true (g_strv_contains ((const char * const *) columns, "name=Becomes “name”"));
  g_assert_true (g_strv_contains ((const char * const *) columns, "reports_to=Becomes “reports_to”"));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);

  /* Read as UTF-8, its accents are not text: refused, nothing to import. */
  adw_combo_row_set_selected (_ta_csv_import_dialog_get_encoding_row (dialog), 0);
  g_assert_cmpstr (selected_string (_ta_csv_import_dialog_get_encoding_row (dialog)), ==, "UTF-8");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (_ta_csv_import_dialog_get_encoding_row (dialog))),
                   ==, "Your choice");
  wait_for (is_refused, dialog);
  g_test_message ("as UTF-8: %s", gtk_label_get_label (_ta_csv_import_dialog_get_result_label (dialog)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_ta_csv_import_dialog_get_problem_list (dialog))));
  g_assert_cmpuint (g_list_model_get_n_items (ta_problem_list_get_problems (_ta_csv_import_dialog_get_problem_list (dialog))),
                    >, 0);

  /* Back to Windows-1252, and import. */
  adw_combo_row_set_selected (_ta_csv_import_dialog_get_encoding_row (dialog), 3);
  ready.dialog = NULL;
  wait_for (has_ready_dialog, &ready);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "csv-import.import", NULL);
  wait_for (is_null, &dialog);
  wait_for (has_five_people, people);

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TaParticipant) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (ta_participant_get_name (person), "Chloé Dubois") == 0)
        {
          found_chloe = TRUE;
          g_assert_cmpstr (ta_participant_get_department (person), ==, "Ressources humaines");
        }
    }
  g_assert_true (found_chloe);
}

/* Export to CSV's two choices: for spreadsheets (a byte order mark, then
 * the header) or plain, and the participants or the pairs; files 0600. */
static void
test_export_choices (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(TaParticipantTransfer) transfer = NULL;
  g_autofree char *people_path = g_build_filename (fixture->dir, "people.csv", NULL);
  g_autofree char *plain_path = g_build_filename (fixture->dir, "plain.csv", NULL);
  g_autofree char *pairs_path = g_build_filename (fixture->dir, "pairs.csv", NULL);
  g_autoptr(GFile) people = g_file_new_for_path (people_path);
  g_autoptr(GFile) plain = g_file_new_for_path (plain_path);
  g_autoptr(GFile) pairs = g_file_new_for_path (pairs_path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf info;
  TaStore *store;

  open_window (fixture);
  store = ta_participant_list_get_store (ta_window_get_participants (fixture->window));
  g_assert_true (ta_demo_fill (store, 12, 7, &error));
  g_assert_no_error (error);
  transfer = ta_participant_transfer_new ();
  ta_participant_transfer_set_programme (transfer, ta_window_get_programme (fixture->window));

  _ta_participant_transfer_export_to (transfer, GTK_WINDOW (fixture->window), people, FALSE, TRUE);
  g_assert_true (g_file_get_contents (people_path, &text, NULL, &error));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFname"));
  g_assert_cmpint (g_stat (people_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_clear_pointer (&text, g_free);

  _ta_participant_transfer_export_to (transfer, GTK_WINDOW (fixture->window), plain, FALSE, FALSE);
  g_assert_true (g_file_get_contents (plain_path, &text, NULL, &error));
  g_assert_true (g_str_has_prefix (text, "name,email,"));
  g_clear_pointer (&text, g_free);

  _ta_participant_transfer_export_to (transfer, GTK_WINDOW (fixture->window), pairs, TRUE, FALSE);
  g_assert_true (g_file_get_contents (pairs_path, &text, NULL, &error));
  g_assert_true (g_str_has_prefix (text, "mentor,mentee,"));
}

/* Problems with long unbroken words wrap: the dialog fits a narrow
 * window, and a short list is as tall as its rows. */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *long_word = g_strnfill (400, 'x');
  AdwMessageDialog *dialog;
  TaProblemList *list;
  int minimum_width;

  g_ptr_array_add (problems, g_strdup_printf ("people.csv:2: email: “%s@example.com” is not an e-mail address", long_word));
  g_ptr_array_add (problems, g_strdup ("people.csv:3: name: required"));

  open_window (fixture);
  dialog = _ta_participant_transfer_show_problems (GTK_WINDOW (fixture->window), "people.csv", problems);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  wait_for (is_mapped, dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  list = TA_PROBLEM_LIST (adw_message_dialog_get_extra_child (dialog));

  g_assert_cmpstr (gtk_label_get_label (_ta_problem_list_get_count_label (list)), ==, "2 problems");
  g_assert_cmpuint (count_children (GTK_WIDGET (_ta_problem_list_get_list_view (list))), ==, 2);

  gtk_widget_measure (GTK_WIDGET (list), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum_width, NULL, NULL, NULL);
  g_assert_cmpint (minimum_width, <, NARROW_WIDTH);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum_width, NULL, NULL, NULL);
  g_assert_cmpint (minimum_width, <=, NARROW_WIDTH);

  /* And the list can be replaced, or emptied. */
  g_ptr_array_set_size (problems, 1);
  ta_problem_list_set_problems (list, problems);
  g_assert_cmpuint (g_list_model_get_n_items (ta_problem_list_get_problems (list)), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (_ta_problem_list_get_count_label (list)), ==, "1 problem");
  ta_problem_list_set_problems (list, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ta_problem_list_get_problems (list)), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (_ta_problem_list_get_count_label (list)), ==, "0 problems");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (_ta_problem_list_get_copy_button (list))));

  adw_message_dialog_response (dialog, "close");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/problem-list/import-many", Fixture, NULL,
              fixture_set_up, test_import_many, fixture_tear_down);
  g_test_add ("/ui/csv-import/preview-belgian-excel", Fixture, NULL,
              fixture_set_up, test_preview_belgian_excel, fixture_tear_down);
  g_test_add ("/ui/csv-export/choices", Fixture, NULL,
              fixture_set_up, test_export_choices, fixture_tear_down);
  g_test_add ("/ui/problem-list/narrow", Fixture, NULL,
              fixture_set_up, test_narrow, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
