/* test-insights.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-insights"

#include "config.h"

#include "ta-application.h"
#include "ta-chart-view.h"
#include "ta-demo.h"
#include "ta-directory-view-private.h"
#include "ta-figure-card.h"
#include "ta-insights-export.h"
#include "ta-insights-subjects.h"
#include "ta-insights-table-view.h"
#include "ta-insights-view-private.h"
#include "ta-pairs-view-private.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

/* The demo programme: a whole programme year of people, pairs and
 * sessions, so that every section has figures. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  ta_test_window_fixture_set_up (fixture, "turnabout-insights-XXXXXX", "programme.db");
  store = ta_store_open_full (fixture->path, TA_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  if (user_data == NULL)
    {
      g_assert_true (ta_demo_fill (store, 40, 1, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static gboolean
is_computed (gpointer data)
{
  TaInsightsView *view = data;

  return !ta_insights_view_get_busy (view)
         && g_strcmp0 (_ta_insights_view_get_state (view), "loading") != 0;
}

static TaInsightsView *
open_insights (Fixture *fixture,
               int      width)
{
  TaInsightsView *view;

  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 800);
  view = _ta_window_get_insights_view (fixture->window);
  ta_test_window_show_page (fixture->window, view, "insights");
  wait_for (is_computed, view);
  iterate ();
  return view;
}

/* What the page computed, computed again by the model for the same
 * period: the page shows the programme year by default. */
static TaInsights *
compute_programme_year (TaWindow *window)
{
  TaProgramme *programme = ta_window_get_programme (window);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  TaInsightsQuery query;
  TaInsights *insights;
  GDate today;
  GDate from;
  GDate to;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_assert_true (ta_programme_get_programme_year (programme, &today, &from, &to, &error));
  g_assert_no_error (error);
  ta_insights_query_init (&query, &from, &to);
  insights = ta_programme_compute_insights (programme, &query, &error);
  g_assert_no_error (error);
  return insights;
}

/* Scrolls the page so that @widget is at its top (for screenshots). */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), point.y - 12);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  g_autoptr(TaInsights) expected = compute_programme_year (fixture->window);
  GPtrArray *figures = ta_insights_get_figures (expected);
  TaFigure *match_rate = ta_insights_lookup_figure (expected, "match-rate");
  g_autofree char *value = NULL;
  TaFigureCard *card;

  g_assert_cmpstr (_ta_insights_view_get_state (view), ==, "content");
  g_assert_nonnull (match_rate);
  card = _ta_insights_view_find_card (view, "match-rate");
  g_assert_nonnull (card);
  value = ta_figure_format_value (match_rate, FALSE);
  g_assert_cmpstr (gtk_label_get_label (ta_figure_card_get_value_label (card)), ==, value);

  /* Every figure has its card, showing its value. */
  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);
      g_autofree char *text = ta_figure_format_value (figure, FALSE);

      card = _ta_insights_view_find_card (view, ta_figure_get_key (figure));
      g_assert_nonnull (card);
      g_assert_cmpstr (gtk_label_get_label (ta_figure_card_get_value_label (card)), ==, text);
    }

  /* And every chart its view, whose table has a row per category. */
  for (guint i = 0; i < ta_insights_get_charts (expected)->len; i++)
    {
      TaChart *chart = g_ptr_array_index (ta_insights_get_charts (expected), i);
      TaChartView *chart_view = _ta_insights_view_find_chart (view, ta_chart_get_key (chart));

      g_assert_nonnull (chart_view);
      g_assert_true (gtk_widget_get_mapped (ta_chart_view_get_canvas (chart_view)));
    }
  screenshot ("insights-wide");

  /* Further down: the charts and the tables. */
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      TaChartView *chart_view = _ta_insights_view_find_chart (view, "sessions-per-month");

      scroll_to (GTK_WIDGET (chart_view));
      screenshot ("insights-charts");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (chart_view), GTK_TYPE_SCROLLED_WINDOW))), 1e6);
      screenshot ("insights-end");
    }
}

static void
test_chart_table (Fixture       *fixture,
                  gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  TaChartView *chart_view = _ta_insights_view_find_chart (view, "sessions-per-month");
  GtkWidget *canvas;
  GtkWidget *table = NULL;
  guint rows = 0;

  g_assert_nonnull (chart_view);
  canvas = ta_chart_view_get_canvas (chart_view);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (canvas)), ==, GTK_ACCESSIBLE_ROLE_IMG);

  gtk_toggle_button_set_active (ta_chart_view_get_table_toggle (chart_view), TRUE);
  iterate ();
  g_assert_false (gtk_widget_get_mapped (canvas));
  for (GtkWidget *w = gtk_widget_get_next_sibling (canvas); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (TA_IS_INSIGHTS_TABLE_VIEW (w))
      table = w;
  g_assert_nonnull (table);
  g_assert_true (gtk_widget_get_mapped (table));

  /* A row per month, under the column titles. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (ta_insights_table_view_get_list (TA_INSIGHTS_TABLE_VIEW (table))));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    rows++;
  g_assert_cmpuint (rows, ==, ta_chart_get_n_categories (ta_chart_view_get_chart (chart_view)) + 1);
  scroll_to (GTK_WIDGET (chart_view));
  screenshot ("insights-chart-table");
}

static void
test_popover (Fixture       *fixture,
              gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  TaFigureCard *card = _ta_insights_view_find_card (view, "match-rate");
  TaFigure *figure = ta_figure_card_get_figure (card);
  GtkMenuButton *button = ta_figure_card_get_info_button (card);

  gtk_menu_button_popup (button);
  wait_for (is_drawn, ta_figure_card_get_definition_label (card));
  g_assert_cmpstr (gtk_label_get_label (ta_figure_card_get_definition_label (card)), ==,
                   ta_figure_get_definition (figure));
  g_assert_cmpstr (gtk_label_get_label (ta_figure_card_get_computation_label (card)), ==,
                   ta_figure_get_computation (figure));
  screenshot ("insights-popover");
  gtk_menu_button_popdown (button);
}

/* A card whose records are pairs, with some pairs behind it. */
static TaFigureCard *
find_card_with_pairs (TaInsightsView *view)
{
  GPtrArray *figures = ta_insights_get_figures (ta_insights_view_get_insights (view));

  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);
      guint n = 0;

      ta_figure_get_subjects (figure, &n);
      if (ta_figure_get_subject_kind (figure) == TA_SUBJECT_PAIRINGS && n > 0)
        return _ta_insights_view_find_card (view, ta_figure_get_key (figure));
    }
  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
test_subjects (Fixture       *fixture,
               gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  TaFigureCard *card = find_card_with_pairs (view);
  TaPairsView *pairs_view = _ta_window_get_pairs_view (fixture->window);
  const gint64 *ids;
  guint n = 0;
  GtkWindow *window;
  GtkListBox *list;
  TaPairing *shown;

  g_assert_nonnull (card);
  ids = ta_figure_get_subjects (ta_figure_card_get_figure (card), &n);

  /* Activating the card, as a click does, lists its pairs. */
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (card)), "child-activated", card);
  window = NULL;
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (l->data != (gpointer) fixture->window && ta_insights_subjects_get_list (l->data) != NULL)
        window = l->data;
  }
  g_assert_nonnull (window);
  wait_for (is_drawn, window);
  list = ta_insights_subjects_get_list (window);
  g_assert_cmpuint (count_rows (list), ==, MIN (n, TA_INSIGHTS_MAX_SUBJECTS));
  screenshot ("insights-subjects");

  /* A listed pair opens on the Pairs page. */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  wait_for (is_drawn, pairs_view);
  shown = ta_pairing_detail_get_pairing (_ta_pairs_view_get_detail (pairs_view));
  g_assert_nonnull (shown);
  g_assert_cmpint (ta_pairing_get_id (shown), ==, ids[0]);
}

/* The match rate lists the people without a pair; one opens in the
 * Directory. */
static void
test_subject_person (Fixture       *fixture,
                     gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  TaFigureCard *card = _ta_insights_view_find_card (view, "match-rate");
  TaDirectoryView *directory = _ta_window_get_directory_view (fixture->window);
  const gint64 *ids;
  guint n = 0;
  GtkWindow *window;
  GtkListBox *list;
  TaParticipant *selected;

  g_assert_nonnull (card);
  ids = ta_figure_get_subjects (ta_figure_card_get_figure (card), &n);
  g_assert_cmpint (ta_figure_get_subject_kind (ta_figure_card_get_figure (card)), ==, TA_SUBJECT_PARTICIPANTS);
  g_assert_cmpuint (n, >, 0);

  window = _ta_insights_view_list_subjects (view, card);
  wait_for (is_drawn, window);
  list = ta_insights_subjects_get_list (window);
  g_assert_cmpuint (count_rows (list), ==, MIN (n, TA_INSIGHTS_MAX_SUBJECTS));

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  wait_for (is_drawn, directory);
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (_ta_directory_view_get_model (directory)));
  g_assert_nonnull (selected);
  g_assert_cmpint (ta_participant_get_id (selected), ==, ids[0]);
}

static gboolean
cards_laid_out (gpointer data)
{
  GtkWidget *card = data;

  return gtk_widget_get_mapped (card) && gtk_widget_get_width (card) > 0;
}

/* The x of the first two cards of the Participation section. */
static void
first_two_cards (TaInsightsView *view,
                 double         *x0,
                 double         *x1)
{
  TaFigureCard *card = _ta_insights_view_find_card (view, "active-participants");
  GtkWidget *flow_box;
  GtkWidget *first;
  GtkWidget *second;
  graphene_point_t p0;
  graphene_point_t p1;

  g_assert_nonnull (card);
  flow_box = gtk_widget_get_parent (GTK_WIDGET (card));
  first = gtk_widget_get_first_child (flow_box);
  second = gtk_widget_get_next_sibling (first);
  g_assert_nonnull (second);
  wait_for (cards_laid_out, second);
  g_assert_true (gtk_widget_compute_point (first, flow_box, &GRAPHENE_POINT_INIT (0, 0), &p0));
  g_assert_true (gtk_widget_compute_point (second, flow_box, &GRAPHENE_POINT_INIT (0, 0), &p1));
  *x0 = p0.x;
  *x1 = p1.x;
}

static gboolean
is_narrow (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) == 360;
}

static void
test_reflow (Fixture       *fixture,
             gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  double x0;
  double x1;

  /* Wide: side by side. */
  first_two_cards (view, &x0, &x1);
  g_assert_cmpfloat (x0, <, x1);

  /* At 360 px: one column. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 800);
  wait_for (is_narrow, fixture->window);
  iterate ();
  first_two_cards (view, &x0, &x1);
  g_assert_cmpfloat (x0, ==, x1);
  screenshot ("insights-narrow");
  if (g_getenv ("TURNABOUT_SCREENSHOT_DIR") != NULL)
    {
      scroll_to (GTK_WIDGET (_ta_insights_view_find_chart (view, "sessions-per-month")));
      screenshot ("insights-narrow-charts");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (_ta_insights_view_find_chart (view, "sessions-per-month")), GTK_TYPE_SCROLLED_WINDOW))), 1e6);
      screenshot ("insights-narrow-end");
    }
}

typedef struct
{
  TaInsightsView *view;
  double          expected;
} ActiveCount;

static gboolean
shows_active_participants (gpointer data)
{
  ActiveCount *count = data;
  TaInsights *insights = ta_insights_view_get_insights (count->view);
  TaFigure *figure;

  if (insights == NULL || ta_insights_view_get_busy (count->view))
    return FALSE;
  figure = ta_insights_lookup_figure (insights, "active-participants");
  return figure != NULL && ta_figure_get_value (figure) == count->expected;
}

static void
test_recompute_on_change (Fixture       *fixture,
                          gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  TaProgramme *programme = ta_window_get_programme (fixture->window);
  TaFigure *figure = ta_insights_lookup_figure (ta_insights_view_get_insights (view), "active-participants");
  ActiveCount count = { view, ta_figure_get_value (figure) + 3 };
  g_autoptr(GError) error = NULL;

  /* A few changes in a row: the page catches up with all of them. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("New Person %u", i);
      g_autofree char *email = g_strdup_printf ("new%u@example.com", i);
      g_autoptr(TaParticipant) person = ta_test_make_participant (name, email);

      ta_participant_set_role (person, TA_ROLE_MENTEE);
      g_assert_true (ta_programme_add_participant (programme, person, &error));
      g_assert_no_error (error);
    }
  wait_for (shows_active_participants, &count);
}

typedef struct
{
  TaInsightsView  *view;
  TaInsightsGroup  group;
  int              days;
} Expected;

/* The page shows figures of @days days (0: any) for @group. */
static gboolean
shows_period (gpointer data)
{
  Expected *expected = data;
  TaInsights *insights = ta_insights_view_get_insights (expected->view);

  if (insights == NULL || ta_insights_view_get_busy (expected->view))
    return FALSE;
  if (ta_insights_get_group (insights) != expected->group)
    return FALSE;
  return expected->days == 0
         || g_date_days_between (ta_insights_get_from (insights), ta_insights_get_to (insights)) + 1 == expected->days;
}

static void
test_period_and_group (Fixture       *fixture,
                       gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);
  Expected expected = { view, TA_INSIGHTS_GROUP_ALL, 30 };
  GtkDropDown *values = _ta_insights_view_get_value_dropdown (view);
  g_auto(GStrv) departments = NULL;

  gtk_drop_down_set_selected (_ta_insights_view_get_period_dropdown (view), 1);
  wait_for (shows_period, &expected);

  expected.days = 90;
  gtk_drop_down_set_selected (_ta_insights_view_get_period_dropdown (view), 2);
  wait_for (shows_period, &expected);

  /* A department: the values are the programme's departments. */
  departments = ta_programme_list_insights_groups (ta_window_get_programme (fixture->window),
                                                   TA_INSIGHTS_GROUP_DEPARTMENT, NULL);
  g_assert_nonnull (departments);
  g_assert_cmpuint (g_strv_length (departments), >, 1);
  expected.group = TA_INSIGHTS_GROUP_DEPARTMENT;
  gtk_drop_down_set_selected (_ta_insights_view_get_group_dropdown (view), TA_INSIGHTS_GROUP_DEPARTMENT);
  wait_for (shows_period, &expected);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (values)), ==, g_strv_length (departments));
  g_assert_cmpstr (ta_insights_get_group_value (ta_insights_view_get_insights (view)), ==, departments[0]);

  gtk_drop_down_set_selected (values, 1);
  wait_for (shows_period, &expected);
  g_assert_cmpstr (ta_insights_get_group_value (ta_insights_view_get_insights (view)), ==, departments[1]);
}

static void
test_report_file_name (void)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 12, 6, 21, 30, 0);
  g_autofree char *name = ta_insights_report_file_name (day);

  g_assert_cmpstr (name, ==, "Turnabout report 2026-12-06.pdf");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  user_data)
{
  TaInsightsView *view = open_insights (fixture, 1280);

  g_assert_cmpstr (_ta_insights_view_get_state (view), ==, "empty");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "insights.export-report", NULL)
                  && ta_insights_view_get_insights (view) != NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/insights/figures", Fixture, NULL,
              fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/ui/insights/chart-table", Fixture, NULL,
              fixture_set_up, test_chart_table, fixture_tear_down);
  g_test_add ("/ui/insights/popover", Fixture, NULL,
              fixture_set_up, test_popover, fixture_tear_down);
  g_test_add ("/ui/insights/subjects", Fixture, NULL,
              fixture_set_up, test_subjects, fixture_tear_down);
  g_test_add ("/ui/insights/subject-person", Fixture, NULL,
              fixture_set_up, test_subject_person, fixture_tear_down);
  g_test_add ("/ui/insights/reflow", Fixture, NULL,
              fixture_set_up, test_reflow, fixture_tear_down);
  g_test_add ("/ui/insights/recompute-on-change", Fixture, NULL,
              fixture_set_up, test_recompute_on_change, fixture_tear_down);
  g_test_add ("/ui/insights/period-and-group", Fixture, NULL,
              fixture_set_up, test_period_and_group, fixture_tear_down);
  g_test_add_func ("/ui/insights/report-file-name", test_report_file_name);
  g_test_add ("/ui/insights/empty", Fixture, "empty",
              fixture_set_up, test_empty, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
