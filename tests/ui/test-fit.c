/* test-fit.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every page and every dialog must be usable on a 360 px wide phone-sized
 * window in each language the app ships in: translations are often 30 to
 * 50 % longer than English, and one long label or a row of buttons is
 * enough to force a window wider than the screen.  This test opens each
 * page and dialog the way a person does (through the same actions) in
 * English, Dutch, French and German, and asks GTK for its minimum width.
 * When one is too wide it names the deepest widgets that force the width,
 * so the failure says where to look. */

#define G_LOG_DOMAIN "test-fit"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ta-application.h"
#include "ta-calendar-view-private.h"
#include "ta-csv-import-dialog.h"
#include "ta-demo.h"
#include "ta-directory-view-private.h"
#include "ta-insights-view-private.h"
#include "ta-pairs-view-private.h"
#include "ta-session-list.h"
#include "ta-store.h"
#include "ta-topic-editor-private.h"
#include "ta-window-private.h"
#include "ta-test-window.h"
#include "test-fit.h"

static TaApplication *app;

typedef struct
{
  const char *code;    /* LANGUAGE */
  const char *locale;  /* for LC_ALL: dates and plurals follow it */
} Language;

static const Language languages[] = {
  { "en", "en_GB.UTF-8" },
  { "nl", "nl_BE.UTF-8" },
  { "fr", "fr_BE.UTF-8" },
  { "de", "de_DE.UTF-8" },
};

typedef struct
{
  const Language *language;
  const Place    *place;
} Case;

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The deepest visible widgets wider than the limit: those whose children
 * all fit are the ones forcing the width. */
static void
describe_culprits (GtkWidget *widget,
                   GString   *report,
                   int        depth)
{
  gboolean child_too_wide = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && minimum_width (child) > NARROWEST)
        {
          child_too_wide = TRUE;
          describe_culprits (child, report, depth + 1);
        }
    }

  if (!child_too_wide)
    {
      const char *text = NULL;

      if (GTK_IS_LABEL (widget))
        text = gtk_label_get_label (GTK_LABEL (widget));
      else if (GTK_IS_BUTTON (widget))
        text = gtk_button_get_label (GTK_BUTTON (widget));

      g_string_append (report, "  ");
      for (GtkWidget *ancestor = gtk_widget_get_parent (widget);
           ancestor != NULL && depth-- > 0;
           ancestor = gtk_widget_get_parent (ancestor))
        if (g_str_has_prefix (G_OBJECT_TYPE_NAME (ancestor), "Ta"))
          {
            g_string_append_printf (report, "in %s: ", G_OBJECT_TYPE_NAME (ancestor));
            break;
          }
      g_string_append_printf (report, "%s (%d px)%s%s%s, whose children need:",
                              G_OBJECT_TYPE_NAME (widget),
                              minimum_width (widget),
                              text ? " \"" : "", text ? text : "", text ? "\"" : "");
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          const char *child_text = NULL;

          if (!gtk_widget_get_visible (child))
            continue;
          if (GTK_IS_LABEL (child))
            child_text = gtk_label_get_label (GTK_LABEL (child));
          else if (GTK_IS_BUTTON (child))
            child_text = gtk_button_get_label (GTK_BUTTON (child));
          g_string_append_printf (report, " %s %d px%s%s%s;", G_OBJECT_TYPE_NAME (child),
                                  minimum_width (child),
                                  child_text ? " \"" : "", child_text ? child_text : "",
                                  child_text ? "\"" : "");
        }
      g_string_append_c (report, '\n');
    }
}

/* A window's own minimum adds its decorations (the client-side shadow
 * and border, which a maximised window on a phone does not draw): what
 * must fit in 360 px is what is inside. */
static int
content_width (GtkWidget *widget)
{
  int width = 0;

  if (!GTK_IS_WINDOW (widget))
    return minimum_width (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      width = MAX (width, minimum_width (child));
  return width;
}

/* A window title is cut by design (the window's own title is the whole
 * text); any other label cut short, but for the month grid's, must give
 * its whole text as a tooltip. */
static gboolean
may_be_cut (GtkWidget *label)
{
  /* The month grid's day is a seventh of the window: its chips are a
   * glimpse of the day, named in full for screen readers, and the day
   * opens in full when clicked. */
  GType month_cell = g_type_from_name ("TaMonthCell");

  return gtk_widget_get_tooltip_text (label) != NULL
         || (month_cell != 0 && gtk_widget_get_ancestor (label, month_cell) != NULL)
         || gtk_widget_get_ancestor (label, ADW_TYPE_WINDOW_TITLE) != NULL
         || gtk_widget_get_ancestor (label, GTK_TYPE_HEADER_BAR) != NULL;
}

/* The shown labels of @widget that are cut short, or whose lines break
 * inside a word (Pango breaks a word, with a hyphen, when it is wider
 * than the label: "Diens-tag"). */
static void
find_cut_words (GtkWidget *widget,
                GString   *report)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_mapped (child))
      find_cut_words (child, report);

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);
      gsize length = strlen (text);

      if (pango_layout_is_ellipsized (layout) && !may_be_cut (widget))
        g_string_append_printf (report, "  cut short, with no tooltip: \"%s\"\n", text);

      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL && l->next != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          gsize end = line->start_index + line->length;

          if (end == 0 || end >= length)
            continue;
          if (g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (text + end)))
              && g_unichar_isalnum (g_utf8_get_char (text + end)))
            g_string_append_printf (report, "  a word broken after \"%.*s\" in \"%s\"\n",
                                    (int) (end - line->start_index), text + line->start_index, text);
        }
    }
}

static void
assert_fits (GtkWidget  *widget,
             const Case *test_case)
{
  g_autoptr(GString) cut = g_string_new (NULL);
  int width;

  /* A page sliding in is laid out a character wide on its way: half a
   * second lets it arrive, so that each label has its final width (this
   * waits; it asserts nothing about time). */
  for (int i = 0; i < 25; i++)
    {
      iterate ();
      g_usleep (20000);
    }
  iterate ();
  find_cut_words (widget, cut);
  if (cut->len > 0)
    {
      g_test_message ("%s in %s:\n%s", test_case->place->name, test_case->language->code, cut->str);
      g_test_fail_printf ("%s in %s has a label cut short or a word broken",
                          test_case->place->name, test_case->language->code);
    }
  width = content_width (widget);
  if (width > NARROWEST)
    {
      g_autoptr(GString) report = g_string_new (NULL);

      describe_culprits (widget, report, 0);
      g_test_message ("%s in %s needs %d px; what forces the width:\n%s",
                      test_case->place->name, test_case->language->code, width, report->str);
      g_test_fail_printf ("%s in %s needs %d px, more than %d px",
                          test_case->place->name, test_case->language->code, width, NARROWEST);
    }
}

/* ----- the places ----- */

static GtkWidget *
show_page (TaWindow   *window,
           const char *name)
{
  GtkWidget *directory = GTK_WIDGET (_ta_window_get_directory_view (window));
  GtkWidget *stack = gtk_widget_get_ancestor (directory, ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  iterate ();
  return GTK_WIDGET (window);
}

static GtkWidget *
open_directory (TaWindow *window)
{
  return show_page (window, "directory");
}

static GtkWidget *
open_pairs (TaWindow *window)
{
  return show_page (window, "pairs");
}

static GtkWidget *
open_calendar (TaWindow *window)
{
  return show_page (window, "calendar");
}

static GtkWidget *
open_board (TaWindow *window)
{
  return show_page (window, "board");
}

static gboolean
insights_computed (gpointer data)
{
  TaInsightsView *view = data;

  return !ta_insights_view_get_busy (view)
         && g_strcmp0 (_ta_insights_view_get_state (view), "loading") != 0;
}

/* Every section, its cards, charts and tables, once computed. */
static GtkWidget *
open_insights (TaWindow *window)
{
  TaInsightsView *view = _ta_window_get_insights_view (window);

  show_page (window, "insights");
  wait_for (insights_computed, view);
  iterate ();
  return GTK_WIDGET (window);
}

/* The two days of a custom period, under the period bar. */
static GtkWidget *
open_insights_custom (TaWindow *window)
{
  TaInsightsView *view = _ta_window_get_insights_view (window);

  open_insights (window);
  gtk_drop_down_set_selected (_ta_insights_view_get_period_dropdown (view), 3);
  wait_for (insights_computed, view);
  iterate ();
  return GTK_WIDGET (window);
}

/* The people behind the match rate. */
static GtkWidget *
open_insights_subjects (TaWindow *window)
{
  TaInsightsView *view = _ta_window_get_insights_view (window);
  TaFigureCard *card;
  GtkWindow *subjects;

  open_insights (window);
  card = _ta_insights_view_find_card (view, "match-rate");
  if (card == NULL)
    {
      g_test_fail_printf ("no match-rate card on the Insights page");
      return NULL;
    }
  subjects = _ta_insights_view_list_subjects (view, card);
  iterate ();
  return GTK_WIDGET (subjects);
}

/* The window that appeared since @before, the dialog an action opened. */
GtkWidget *
fit_new_toplevel (GList *before)
{
  g_autoptr(GList) now = NULL;

  iterate ();
  now = gtk_window_list_toplevels ();
  for (GList *l = now; l != NULL; l = l->next)
    if (g_list_find (before, l->data) == NULL && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkWidget *
open_dialog_with (TaWindow   *window,
                  GtkWidget  *widget,
                  const char *action)
{
  g_autoptr(GList) before = gtk_window_list_toplevels ();
  GtkWidget *dialog;

  if (!gtk_widget_activate_action (widget, action, NULL))
    {
      g_test_fail_printf ("%s: no such action on %s", action, G_OBJECT_TYPE_NAME (widget));
      return NULL;
    }
  dialog = fit_new_toplevel (before);
  if (dialog == NULL)
    g_test_fail_printf ("%s opened no dialog", action);
  return dialog;
}

static GtkWidget *
open_page_add (TaWindow   *window,
               const char *page)
{
  GtkWidget *view = NULL;

  show_page (window, page);
  if (g_str_equal (page, "directory"))
    view = GTK_WIDGET (_ta_window_get_directory_view (window));
  else if (g_str_equal (page, "pairs"))
    view = GTK_WIDGET (_ta_window_get_pairs_view (window));
  else if (g_str_equal (page, "calendar"))
    view = GTK_WIDGET (_ta_window_get_calendar_view (window));
  else
    view = GTK_WIDGET (_ta_window_get_board_view (window));

  return open_dialog_with (window, view, "page.add");
}

static GtkWidget *
open_participant_editor (TaWindow *window)
{
  return open_page_add (window, "directory");
}

static GtkWidget *
open_new_pair (TaWindow *window)
{
  return open_page_add (window, "pairs");
}

static GtkWidget *
open_session_editor (TaWindow *window)
{
  return open_page_add (window, "calendar");
}

static GtkWidget *
open_topic_editor (TaWindow *window)
{
  return open_page_add (window, "board");
}

static GtkWidget *
open_preferences (TaWindow *window)
{
  return open_dialog_with (window, GTK_WIDGET (window), "app.preferences");
}

static TaStore *
store_of (TaWindow *window)
{
  return ta_participant_list_get_store (ta_window_get_participants (window));
}

/* A pair of the sample programme that is under way (transfer none: the
 * live list keeps it). */
TaPairing *
fit_active_pairing (TaWindow *window)
{
  GListModel *pairings = G_LIST_MODEL (_ta_pairs_view_get_pairings (_ta_window_get_pairs_view (window)));

  for (guint i = 0; i < g_list_model_get_n_items (pairings); i++)
    {
      g_autoptr(TaPairing) pairing = g_list_model_get_item (pairings, i);

      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        return pairing;
    }
  g_error ("The sample programme has no active pair");
}

/* A session of the sample programme with @status that has begun. */
static TaSession *
past_session (TaWindow        *window,
              TaSessionStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaSessionList) sessions = ta_session_list_new (store_of (window), &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
    {
      g_autoptr(TaSession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);

      if (ta_session_get_status (session) == status
          && g_date_time_compare (ta_session_get_starts_at (session), now) < 0)
        return g_steal_pointer (&session);
    }
  g_error ("The sample programme has no past session with status %d", status);
}

static GtkWidget *
open_participant_detail (TaWindow *window)
{
  TaDirectoryView *directory = _ta_window_get_directory_view (window);

  show_page (window, "directory");
  gtk_selection_model_select_item (_ta_directory_view_get_model (directory), 0, TRUE);
  iterate ();
  return GTK_WIDGET (window);
}

static GtkWidget *
open_pair_detail (TaWindow *window)
{
  show_page (window, "pairs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-pairing", "x",
                                             ta_pairing_get_id (fit_active_pairing (window))));
  iterate ();
  return GTK_WIDGET (window);
}

static gboolean
suggestions_shown (gpointer data)
{
  return g_strcmp0 (_ta_pairs_view_get_visible_page (data), "suggestions") == 0;
}

static GtkWidget *
open_suggestions (TaWindow *window)
{
  TaPairsView *pairs = _ta_window_get_pairs_view (window);

  show_page (window, "pairs");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pairs), "pairs.suggest", NULL));
  wait_for (suggestions_shown, pairs);
  iterate ();
  return GTK_WIDGET (window);
}

static GtkWidget *
open_delete (TaWindow *window)
{
  TaDirectoryView *directory = _ta_window_get_directory_view (window);
  TaPairing *pairing = fit_active_pairing (window);
  GListModel *model = G_LIST_MODEL (_ta_directory_view_get_model (directory));

  show_page (window, "directory");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (model, i);

      if (ta_participant_get_id (participant) == ta_pairing_get_mentor_id (pairing))
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), i, TRUE);
    }
  return open_dialog_with (window, GTK_WIDGET (directory), "directory.delete");
}

static GtkWidget *
open_partner_finder (TaWindow *window)
{
  TaPairing *pairing = fit_active_pairing (window);
  g_autoptr(GList) before = gtk_window_list_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-partner", "x",
                                             ta_pairing_get_mentee_id (pairing)));
  return fit_new_toplevel (before);
}

static GtkWidget *
open_held (TaWindow *window)
{
  g_autoptr(TaSession) session = past_session (window, TA_SESSION_STATUS_HELD);

  ta_session_set_status (session, TA_SESSION_STATUS_PLANNED);
  return GTK_WIDGET (_ta_calendar_view_ask_held (_ta_window_get_calendar_view (window), session));
}

static GtkWidget *
open_cancel (TaWindow *window)
{
  g_autoptr(TaSession) session = past_session (window, TA_SESSION_STATUS_HELD);

  ta_session_set_status (session, TA_SESSION_STATUS_PLANNED);
  return GTK_WIDGET (_ta_calendar_view_ask_cancel (_ta_window_get_calendar_view (window), session));
}

static GtkWidget *
open_record (TaWindow *window)
{
  g_autoptr(TaSession) session = past_session (window, TA_SESSION_STATUS_HELD);

  return GTK_WIDGET (_ta_calendar_view_open_session (_ta_window_get_calendar_view (window), session));
}

static GtkWidget *
open_schedule_presentation (TaWindow *window)
{
  GtkWidget *editor = open_page_add (window, "board");

  if (editor == NULL)
    return NULL;
  return GTK_WIDGET (_ta_topic_editor_ask_schedule (TA_TOPIC_EDITOR (editor)));
}

static GtkWidget *
open_csv_import (TaWindow *window)
{
  static const char csv[] =
    "name,email,role,department,languages\r\n"
    "Amélie Dubois-Vandenbroucke,amelie@example.be,mentee,Communication interne,\"fr,nl\"\r\n";
  g_autoptr(GBytes) data = g_bytes_new_static (csv, sizeof csv - 1);
  TaCsvImportDialog *dialog;

  dialog = ta_csv_import_dialog_new (GTK_WINDOW (window), ta_window_get_programme (window), data,
                                     "Deelnemers najaar 2026.csv");
  gtk_window_present (GTK_WINDOW (dialog));
  iterate ();
  return GTK_WIDGET (dialog);
}

static const Place places[] = {
  { "directory", open_directory },
  { "pairs", open_pairs },
  { "calendar", open_calendar },
  { "board", open_board },
  { "insights", open_insights },
  { "insights-custom", open_insights_custom },
  { "insights-subjects", open_insights_subjects },
  { "participant-editor", open_participant_editor },
  { "new-pair", open_new_pair },
  { "session-editor", open_session_editor },
  { "topic-editor", open_topic_editor },
  { "preferences", open_preferences },
  { "participant-detail", open_participant_detail },
  { "pair-detail", open_pair_detail },
  { "suggestions", open_suggestions },
  { "delete-participant", open_delete },
  { "find-a-partner", open_partner_finder },
  { "held", open_held },
  { "cancel", open_cancel },
  { "session-record", open_record },
  { "schedule-presentation", open_schedule_presentation },
  { "csv-import", open_csv_import },
};

/* ----- running a case ----- */

static gboolean
switch_language (const Language *language)
{
  g_setenv ("LANGUAGE", language->code, TRUE);
  if (setlocale (LC_ALL, language->locale) == NULL)
    return FALSE;

  /* The catalogues just built, not installed ones: the test checks this
   * tree's translations. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

/* Five sessions on the 15th of this month, so that the month grid shows a
 * day with "+2 more" whatever the date the sample programme is made on:
 * a day is a seventh of the window. */
static void
add_crowded_day (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairings = ta_store_list_pairings (store, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint added = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < pairings->len && added < 5; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autoptr(GDateTime) starts_at = NULL;
      g_autoptr(TaSession) session = NULL;

      if (ta_pairing_get_status (pairing) != TA_PAIRING_STATUS_ACTIVE)
        continue;

      /* Early, when the sample programme plans nothing that could clash. */
      starts_at = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now), 15,
                                         6, 0, 0);
      session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), starts_at, 30);
      g_assert_true (ta_store_add_session (store, session, &error));
      g_assert_no_error (error);
      added++;
    }
  g_assert_cmpuint (added, ==, 5);
}

static void
test_fits (gconstpointer data)
{
  const Case *test_case = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  TaWindow *window;
  GtkWidget *widget;

  if (!switch_language (test_case->language))
    {
      g_test_skip_printf ("The locale %s is not installed (Debian: locales-all)",
                          test_case->language->locale);
      return;
    }

  dir = ta_test_make_dir ("turnabout-fit-XXXXXX");
  path = g_build_filename (dir, "programme.db", NULL);

  {
    g_autoptr(TaStore) store = ta_store_open_full (path, TA_STORE_OPEN_CREATE, &error);

    g_assert_no_error (error);
    g_assert_true (ta_demo_fill (store, 40, 1, &error));
    g_assert_no_error (error);
    add_crowded_day (store);
  }

  window = ta_application_open_database (app, path);
  g_assert_true (TA_IS_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), NARROWEST, 720);
  wait_for (is_drawn, window);

  widget = test_case->place->open (window);
  if (widget != NULL)
    assert_fits (widget, test_case);
  {
    g_autofree char *name = g_strdup_printf ("fit-%s-%s", test_case->place->name,
                                             test_case->language->code);
    screenshot (name);
  }

  ta_test_window_close_all (NULL);
  ta_test_remove_dir (dir);
}

static void
add_cases (GPtrArray      *cases,
           const Language *language,
           const Place    *table,
           guint           n_places)
{
  for (guint p = 0; p < n_places; p++)
    {
      Case *test_case = g_new0 (Case, 1);
      g_autofree char *path = NULL;

      test_case->language = language;
      test_case->place = &table[p];
      g_ptr_array_add (cases, test_case);
      path = g_strdup_printf ("/fit/%s/%s", language->code, table[p].name);
      g_test_add_data_func (path, test_case, test_fits);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  int status;

  /* An X server of its own (xvfb-run), no accessibility bus, no session
   * bus: nothing outside the test is touched. */
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "disabled:", TRUE);

  g_test_init (&argc, &argv, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      add_cases (cases, &languages[l], places, G_N_ELEMENTS (places));
      add_cases (cases, &languages[l], fit_personal_places, fit_personal_n_places);
    }

  app = ta_test_app_new ();
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
