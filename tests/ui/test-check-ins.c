/* test-check-ins.c: a pair's check-ins on its detail, the answer dialog,
 * and the flag "not a fit" (issue 14)
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-check-ins"

#include "config.h"

#include <string.h>

#include "ta-application.h"
#include "ta-check-in-dialog-private.h"
#include "ta-check-in-form.h"
#include "ta-demo.h"
#include "ta-pairing-detail-private.h"
#include "ta-pairing-row.h"
#include "ta-pairs-view-private.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GError) error = NULL;

  ta_test_window_fixture_set_up (fixture, "turnabout-check-ins-XXXXXX", "programme.db");

  store = ta_store_open (fixture->path, &error);
  g_assert_no_error (error);
  ta_demo_fill (store, TA_DEMO_DEFAULT_PARTICIPANTS, 1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static TaCheckInDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (TA_IS_CHECK_IN_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TA_CHECK_IN_DIALOG (window);
    }

  return NULL;
}

typedef struct
{
  TaPairsView *view;
  gint64       pairing_id;
} Selection;

/* The pairs list fills once the page is shown. */
static gboolean
selects (gpointer data)
{
  Selection *selection = data;

  return _ta_pairs_view_select_pairing (selection->view, selection->pairing_id);
}

static void
select_pairing (Fixture     *fixture,
                TaPairsView *view,
                gint64       pairing_id)
{
  Selection selection = { view, pairing_id };

  ta_test_window_show_page (fixture->window, view, "pairs");
  wait_for (selects, &selection);
  iterate ();
}

static gboolean
has_dialog (gpointer data)
{
  return find_dialog () != NULL;
}

static gboolean
has_no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

/* The first open check-in of the sample, and its place on its pair's list. */
static TaCheckInDue *
find_open (TaProgramme *programme,
           guint       *out_position)
{
  g_autoptr(GPtrArray) due = ta_programme_list_due_check_ins (programme, 0, NULL, NULL);
  gint64 pairing_id = 0;
  guint position = 0;

  g_assert_nonnull (due);
  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);

      position = item->pairing_id == pairing_id ? position + 1 : 0;
      pairing_id = item->pairing_id;
      if (!item->answered && item->kind != TA_CHECK_IN_FIT)
        {
          *out_position = position;
          return g_memdup2 (item, sizeof *item);
        }
    }

  g_assert_not_reached ();
}

static void
answer_everything (TaCheckInDialog *dialog,
                   TaCheckInKind    kind,
                   TaCheckInFit     fit)
{
  switch (kind)
    {
    case TA_CHECK_IN_BASELINE:
      _ta_check_in_dialog_set_value (dialog, "confidence", 2);
      break;
    case TA_CHECK_IN_FIT:
      _ta_check_in_dialog_set_fit (dialog, fit);
      break;
    case TA_CHECK_IN_RELATIONSHIP:
      _ta_check_in_dialog_set_value (dialog, "quality", 4);
      _ta_check_in_dialog_set_text (dialog, "works", "Lunch on Fridays");
      break;
    case TA_CHECK_IN_CLOSING:
      _ta_check_in_dialog_set_value (dialog, "recommend", 9);
      _ta_check_in_dialog_set_text (dialog, "keep", "Asking why");
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_record_answer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree TaCheckInDue *open = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  TaProgramme *programme;
  TaPairingDetail *detail;
  TaCheckInList *list;
  TaCheckInDialog *dialog;
  TaCheckIn *saved;
  TaPairsView *view;
  guint position = 0;

  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  view = _ta_window_get_pairs_view (fixture->window);
  programme = ta_window_get_programme (fixture->window);
  detail = _ta_pairs_view_get_detail (view);
  list = _ta_pairing_detail_get_check_in_list (detail);

  /* The detail lists the pair's check-ins, the open one "due since". */
  open = find_open (programme, &position);
  select_pairing (fixture, view, open->pairing_id);
  g_assert_cmpuint (ta_check_in_list_get_n_rows (list), >, position);
  before = ta_check_in_list_describe_row (list, position);
  g_assert_nonnull (strstr (before, ta_check_in_kind_get_label (open->kind)));
  g_assert_nonnull (strstr (before, "Due since"));

  /* Record Answer…: refused while the required question is unanswered,
   * naming it; then saved, and the row says it was answered. */
  g_assert_true (ta_check_in_list_record_row (list, position));
  wait_for (has_dialog, NULL);
  dialog = find_dialog ();
  g_assert_false (_ta_check_in_dialog_save (dialog));
  g_assert_nonnull (_ta_check_in_dialog_get_error (dialog));
  g_assert_nonnull (strstr (_ta_check_in_dialog_get_error (dialog), "?"));
  answer_everything (dialog, open->kind, TA_CHECK_IN_FIT_GOOD);
  g_assert_true (_ta_check_in_dialog_save (dialog));
  wait_for (has_no_dialog, NULL);
  iterate ();

  after = ta_check_in_list_describe_row (list, position);
  g_assert_nonnull (strstr (after, "Answered on paper"));
  answers = ta_programme_list_check_ins (programme, open->pairing_id, NULL);
  saved = g_ptr_array_index (answers, answers->len - 1);
  g_assert_cmpint (ta_check_in_get_kind (saved), ==, open->kind);
  g_assert_cmpint (ta_check_in_get_side (saved), ==, open->side);
  /* A facilitator's programme records it as given on paper. */
  g_assert_cmpint (ta_check_in_get_source (saved), ==, TA_CHECK_IN_SOURCE_PAPER);
}

static void
test_not_a_fit_flags (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  TaProgramme *programme;
  TaPairingDetail *detail;
  TaCheckInDialog *dialog;
  TaPairsView *view;
  GtkWidget *row;
  gint64 pairing_id = 0;

  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  view = _ta_window_get_pairs_view (fixture->window);
  programme = ta_window_get_programme (fixture->window);
  detail = _ta_pairs_view_get_detail (view);

  /* A pair that is not flagged yet. */
  due = ta_programme_list_due_check_ins (programme, 0, NULL, NULL);
  for (guint i = 0; i < due->len && pairing_id == 0; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);

      if (!ta_programme_is_pairing_flagged (programme, item->pairing_id))
        pairing_id = item->pairing_id;
    }
  g_assert_cmpint (pairing_id, >, 0);
  pairing = ta_programme_get_pairing (programme, pairing_id, NULL);

  select_pairing (fixture, view, pairing_id);
  g_assert_false (_ta_pairing_detail_is_flagged (detail));
  row = ta_pairing_row_new ();
  g_object_ref_sink (row);
  ta_pairing_row_set_programme (TA_PAIRING_ROW (row), programme);
  ta_pairing_row_set_pairing (TA_PAIRING_ROW (row), pairing);
  g_assert_false (ta_pairing_row_get_flagged (TA_PAIRING_ROW (row)));

  ta_check_in_dialog_present (GTK_WIDGET (detail), programme, pairing_id, TA_CHECK_IN_FIT, TA_PAIR_SIDE_MENTEE);
  wait_for (has_dialog, NULL);
  dialog = find_dialog ();
  _ta_check_in_dialog_set_fit (dialog, TA_CHECK_IN_FIT_NOT_A_FIT);
  g_assert_true (_ta_check_in_dialog_save (dialog));
  wait_for (has_no_dialog, NULL);
  iterate ();

  /* The detail and the row say so, live. */
  g_assert_true (ta_programme_is_pairing_flagged (programme, pairing_id));
  g_assert_true (_ta_pairing_detail_is_flagged (detail));
  g_assert_true (ta_pairing_row_get_flagged (TA_PAIRING_ROW (row)));

  ta_pairing_row_set_programme (TA_PAIRING_ROW (row), NULL);
  g_object_unref (row);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The longest dialog fits a 360 px wide window, every control named. */
static void
test_dialog_fits (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  TaProgramme *programme;
  TaCheckInDialog *dialog;
  int minimum = 0;

  fixture->window = ta_test_window_open (app, fixture->path);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  programme = ta_window_get_programme (fixture->window);
  due = ta_programme_list_due_check_ins (programme, 0, NULL, NULL);
  g_assert_cmpuint (due->len, >, 0);

  for (int kind = 0; kind < TA_CHECK_IN_N_KINDS; kind++)
    {
      dialog = ta_check_in_dialog_new (programme, ((TaCheckInDue *) due->pdata[0])->pairing_id, kind,
                                       TA_PAIR_SIDE_MENTEE);
      gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (fixture->window));
      gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 640);
      gtk_window_present (GTK_WINDOW (dialog));
      wait_for (is_mapped, dialog);
      gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      if (kind == TA_CHECK_IN_CLOSING)
        screenshot ("check-in-dialog-360");
      gtk_window_destroy (GTK_WINDOW (dialog));
      iterate ();
    }
}

/* The paper form draws every question of the kind, both sides. */
static void
test_form_draws (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (int kind = 0; kind < TA_CHECK_IN_N_KINDS; kind++)
    for (int side = 0; side < 2; side++)
      {
        double height = ta_check_in_form_draw (cr, 500, 800, kind, side, "Ana Pereira (mentor)");

        g_assert_cmpfloat (height, >, 60);
        g_assert_cmpfloat (height, <, 800);
      }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/check-ins/record-answer", Fixture, NULL, fixture_set_up, test_record_answer, fixture_tear_down);
  g_test_add ("/check-ins/not-a-fit-flags", Fixture, NULL, fixture_set_up, test_not_a_fit_flags, fixture_tear_down);
  g_test_add ("/check-ins/dialog-fits", Fixture, NULL, fixture_set_up, test_dialog_fits, fixture_tear_down);
  g_test_add_func ("/check-ins/form-draws", test_form_draws);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
