/* test-personal.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue 14 in the window: the first-start choice, the personal mode's
 * pages (My Pairs, Calendar, Research) and their New Pair, and the
 * exchange files' dialogs (the update's preview before it is sent, and
 * an update opened on the facilitator's side). */

#define G_LOG_DOMAIN "test-personal"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ta-check-in-reminders.h"
#include "ta-exchange-import-dialog.h"
#include "ta-exchange-send-dialog.h"
#include "ta-session-outcome-dialog.h"
#include "ta-my-pair-card.h"
#include "ta-my-pairs-view.h"
#include "ta-person-dialog.h"
#include "ta-window-private.h"
#include "ta-test-window.h"

#define NARROWEST 360

static TaApplication *app;

typedef TaTestWindowFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  ta_test_window_fixture_set_up (fixture, "turnabout-personal-XXXXXX", "mine.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_fixture_tear_down (fixture);
}

static gboolean
shows_programme (gpointer data)
{
  return g_strcmp0 (_ta_window_get_main_page (data), "programme") == 0;
}

static void
assert_pages (TaWindow   *window,
              const char *expected)
{
  g_auto(GStrv) pages = _ta_window_list_pages (window);
  g_autofree char *joined = g_strjoinv (",", pages);

  g_assert_cmpstr (joined, ==, expected);
}

/* Opens the window on a new programme and keeps my own mentoring: Lina,
 * a mentor (the junior side). */
static void
make_personal (Fixture *fixture)
{
  GtkWindow *dialog;

  fixture->window = ta_test_window_open_undecided (app, fixture->path);
  g_assert_cmpstr (_ta_window_get_main_page (fixture->window), ==, "choose");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.choose-personal", NULL));
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  g_assert_true (TA_IS_PERSON_DIALOG (dialog));
  wait_for (is_drawn, dialog);
  g_assert_null (_ta_person_dialog_confirm (TA_PERSON_DIALOG (dialog), "Lina Martens",
                                            "lina@example.org", TA_ROLE_MENTOR));
  gtk_window_destroy (dialog);
  wait_for (shows_programme, fixture->window);
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

  return check->model != NULL && g_list_model_get_n_items (check->model) == check->n_items;
}

/* New Pair on My Pairs: my partner Marc, a mentee. */
static TaPairing *
add_partner (Fixture *fixture)
{
  TaMyPairsView *view = _ta_window_get_my_pairs_view (fixture->window);
  CountCheck check = { NULL, 1 };
  GtkWindow *dialog;

  ta_window_show_page (fixture->window, "my-pairs");
  wait_for (is_drawn, view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.add", NULL));
  dialog = _ta_my_pairs_view_get_new_dialog (view);
  g_assert_true (TA_IS_PERSON_DIALOG (dialog));

  /* Two mentors do not make a pair. */
  g_assert_nonnull (_ta_person_dialog_confirm (TA_PERSON_DIALOG (dialog), "Marc Dubois",
                                               "marc@example.org", TA_ROLE_MENTOR));
  g_assert_null (_ta_person_dialog_confirm (TA_PERSON_DIALOG (dialog), "Marc Dubois",
                                            "marc@example.org", TA_ROLE_MENTEE));
  gtk_window_destroy (dialog);

  check.model = _ta_my_pairs_view_get_pairs (view);
  wait_for (has_count, &check);

  return g_list_model_get_item (check.model, 0);
}

static void
test_first_start_facilitator (Fixture       *fixture,
                              gconstpointer  user_data)
{
  TaProgramme *programme;

  fixture->window = ta_test_window_open_undecided (app, fixture->path);
  programme = ta_window_get_programme (fixture->window);
  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_UNDECIDED);
  g_assert_cmpstr (_ta_window_get_main_page (fixture->window), ==, "choose");
  screenshot ("personal-first-start");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.choose-facilitator", NULL));
  wait_for (shows_programme, fixture->window);
  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_FACILITATOR);
  assert_pages (fixture->window, "directory,pairs,calendar,board,insights");
}

static void
test_first_start_personal (Fixture       *fixture,
                           gconstpointer  user_data)
{
  TaProgramme *programme;
  g_autoptr(TaParticipant) me = NULL;

  make_personal (fixture);
  programme = ta_window_get_programme (fixture->window);
  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  me = ta_programme_get_participant (programme, ta_programme_get_me (programme), NULL);
  g_assert_nonnull (me);
  g_assert_cmpstr (ta_participant_get_name (me), ==, "Lina Martens");
  g_assert_cmpint (ta_participant_get_role (me), ==, TA_ROLE_MENTOR);

  /* Exactly My Pairs, Calendar and Research; nothing of the directory. */
  assert_pages (fixture->window, "my-pairs,calendar,board");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (_ta_window_get_directory_view (fixture->window))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (_ta_window_get_my_pairs_view (fixture->window))));
  /* Alt+1, the Directory's shortcut, leaves My Pairs shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "directory"));
  iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (_ta_window_get_my_pairs_view (fixture->window))));
  screenshot ("personal-my-pairs-empty");
}

static void
test_new_pair (Fixture       *fixture,
               gconstpointer  user_data)
{
  TaProgramme *programme;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaParticipant) partner = NULL;
  gint64 me;

  make_personal (fixture);
  programme = ta_window_get_programme (fixture->window);
  me = ta_programme_get_me (programme);
  pairing = add_partner (fixture);

  g_assert_cmpint (ta_pairing_get_mentor_id (pairing), ==, me);
  g_assert_cmpint (ta_pairing_get_status (pairing), ==, TA_PAIRING_STATUS_ACTIVE);
  partner = ta_programme_get_participant (programme, ta_pairing_get_mentee_id (pairing), NULL);
  g_assert_cmpstr (ta_participant_get_name (partner), ==, "Marc Dubois");
  g_assert_cmpint (ta_participant_get_role (partner), ==, TA_ROLE_MENTEE);
  /* Only the two of us: no directory. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_participants (programme))), ==, 2);
  screenshot ("personal-my-pairs");
}

/* A held session of our pair: what I learned shared, what Marc learned
 * private; and a planned one whose notes are the agenda. */
static void
add_sessions (TaProgramme *programme,
              TaPairing   *pairing)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autoptr(GDateTime) next_week = g_date_time_add_days (now, 7);
  g_autoptr(TaSession) held = ta_session_new_one_on_one (ta_pairing_get_id (pairing), last_week, 60);
  g_autoptr(TaSession) planned = ta_session_new_one_on_one (ta_pairing_get_id (pairing), next_week, 60);
  g_autoptr(GError) error = NULL;

  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (held, "How Marc plans a budget round");
  ta_session_set_mentor_learned_shared (held, TRUE);
  ta_session_set_mentee_learned (held, "Shared calendars in Teams, which I never dared ask about");
  ta_session_set_mentee_learned_shared (held, FALSE);
  g_assert_true (ta_programme_add_session (programme, held, &error));
  g_assert_no_error (error);

  ta_session_set_notes (planned, "Try the new expense app together");
  g_assert_true (ta_programme_add_session (programme, planned, &error));
  g_assert_no_error (error);
}

static TaMyPairCard *
get_card (Fixture *fixture)
{
  GtkWidget *card = _ta_my_pairs_view_get_card (_ta_window_get_my_pairs_view (fixture->window), 0);

  g_assert_true (TA_IS_MY_PAIR_CARD (card));
  return TA_MY_PAIR_CARD (card);
}

static gboolean
card_has_learnings (gpointer data)
{
  g_autofree char *learnings = _ta_my_pair_card_describe_learnings (data);

  return strstr (learnings, "budget round") != NULL;
}

/* The check-ins due for me are announced once a day: again the next day
 * if still unanswered, not twice the same day. */
static void
test_check_in_notifications (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.turnabout.Turnabout");
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_auto(GStrv) notified = NULL;
  TaProgramme *programme;
  guint first;

  g_settings_reset (settings, "check-ins-notified");
  make_personal (fixture);
  programme = ta_window_get_programme (fixture->window);
  pairing = add_partner (fixture);

  /* The starting self-rating is due on the pair's first day. */
  first = ta_check_in_reminders_notify (NULL, settings, programme, now);
  g_assert_cmpuint (first, >=, 1);
  g_assert_cmpuint (ta_check_in_reminders_notify (NULL, settings, programme, now), ==, 0);
  g_assert_cmpuint (ta_check_in_reminders_notify (NULL, settings, programme, tomorrow), >=, first);
  notified = g_settings_get_strv (settings, "check-ins-notified");
  g_assert_cmpuint (g_strv_length (notified), >=, 1);
  g_settings_reset (settings, "check-ins-notified");
  g_assert_cmpuint (_ta_my_pair_card_get_n_due (get_card (fixture)), >=, 1);
}

static void
test_my_pair_card (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(TaPairing) pairing = NULL;
  g_autofree char *learnings = NULL;
  TaMyPairCard *card;

  make_personal (fixture);
  pairing = add_partner (fixture);
  add_sessions (ta_window_get_programme (fixture->window), pairing);

  card = get_card (fixture);
  wait_for (card_has_learnings, card);
  learnings = _ta_my_pair_card_describe_learnings (card);
  /* Mine, marked shared; my partner's, which is theirs to share. */
  g_assert_nonnull (strstr (learnings, "How Marc plans a budget round|Shared"));
  g_assert_nonnull (strstr (learnings, "never dared ask about|Partner"));
  g_assert_cmpstr (_ta_my_pair_card_get_agenda (card), ==, "Try the new expense app together");
  screenshot ("personal-my-pair-card");
}

/* Every page of the personal mode, and its dialogs, at 360 px. */
static int
content_width (GtkWidget *widget)
{
  int width = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      {
        int minimum;

        gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
        width = MAX (width, minimum);
      }
  return width;
}

static void
assert_fits (GtkWidget  *window,
             const char *what)
{
  int width;

  iterate ();
  width = content_width (window);
  if (width > NARROWEST)
    g_test_fail_printf ("%s needs %d px, more than %d px", what, width, NARROWEST);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  user_data)
{
  static const char *pages[] = { "my-pairs", "calendar", "board" };
  g_autoptr(TaPairing) pairing = NULL;
  TaPersonDialog *person;
  GtkWindow *dialog;

  fixture->window = ta_test_window_open_undecided (app, fixture->path);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), NARROWEST, 640);
  assert_fits (GTK_WIDGET (fixture->window), "the first-start choice");

  person = ta_person_dialog_new (GTK_WINDOW (fixture->window), ta_window_get_programme (fixture->window),
                                 TA_PERSON_DIALOG_ME);
  gtk_window_present (GTK_WINDOW (person));
  wait_for (is_drawn, person);
  assert_fits (GTK_WIDGET (person), "About You");
  gtk_window_destroy (GTK_WINDOW (person));

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  make_personal (fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), NARROWEST, 640);
  pairing = add_partner (fixture);
  add_sessions (ta_window_get_programme (fixture->window), pairing);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      ta_window_show_page (fixture->window, pages[i]);
      iterate ();
      assert_fits (GTK_WIDGET (fixture->window), pages[i]);
    }
  ta_window_show_page (fixture->window, "my-pairs");
  screenshot ("personal-my-pairs-360");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send-exchange", "x",
                                             ta_pairing_get_id (pairing)));
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  wait_for (is_drawn, dialog);
  assert_fits (GTK_WIDGET (dialog), "Send Update");
  gtk_window_destroy (dialog);

  person = ta_person_dialog_new (GTK_WINDOW (fixture->window), ta_window_get_programme (fixture->window),
                                 TA_PERSON_DIALOG_PARTNER);
  gtk_window_present (GTK_WINDOW (person));
  wait_for (is_drawn, person);
  assert_fits (GTK_WIDGET (person), "New Pair");
  gtk_window_destroy (GTK_WINDOW (person));
}

/* A facilitator's programme at @path with one pair (Lina mentors Marc)
 * and a session yesterday, still planned; its pair kit written to
 * @kit_path.  Returns the session's id. */
static gint64
make_facilitator (const char *path,
                  const char *kit_path)
{
  g_autoptr(TaProgramme) facilitator = NULL;
  g_autoptr(TaParticipant) mentor = ta_participant_new ();
  g_autoptr(TaParticipant) mentee = ta_participant_new ();
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GError) error = NULL;

  facilitator = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (ta_programme_set_facilitator_side (facilitator, &error));
  ta_participant_set_name (mentor, "Lina Martens");
  ta_participant_set_email (mentor, "lina@example.org");
  ta_participant_set_role (mentor, TA_ROLE_MENTOR);
  ta_participant_set_capacity (mentor, 1);
  g_assert_true (ta_programme_add_participant (facilitator, mentor, &error));
  ta_participant_set_name (mentee, "Marc Dubois");
  ta_participant_set_email (mentee, "marc@example.org");
  ta_participant_set_role (mentee, TA_ROLE_MENTEE);
  g_assert_true (ta_programme_add_participant (facilitator, mentee, &error));
  pairing = ta_pairing_new (ta_participant_get_id (mentor), ta_participant_get_id (mentee));
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  g_assert_true (ta_programme_add_pairing (facilitator, pairing, &error));
  session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), yesterday, 60);
  g_assert_true (ta_programme_add_session (facilitator, session, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_export (facilitator, ta_pairing_get_id (pairing), kit_path, &error));
  g_assert_no_error (error);

  return ta_session_get_id (session);
}

/* Marks the pair's one session held: what the mentor learned shared,
 * what the mentee learned private, and notes. */
static TaPairing *
hold_session (TaProgramme *programme)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(TaSession) held = NULL;
  g_autoptr(GError) error = NULL;
  TaPairing *mine;

  pairs = ta_programme_list_pairings (programme, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 1);
  mine = g_ptr_array_index (pairs, 0);
  sessions = ta_programme_list_sessions_of_pairing (programme, ta_pairing_get_id (mine), &error);
  g_assert_cmpuint (sessions->len, ==, 1);
  held = ta_session_copy (g_ptr_array_index (sessions, 0));
  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (held, "How Marc plans a budget round");
  ta_session_set_mentor_learned_shared (held, TRUE);
  ta_session_set_mentee_learned (held, "Shared calendars in Teams, which I never dared ask about");
  ta_session_set_mentee_learned_shared (held, FALSE);
  ta_session_set_notes (held, "Marc's budget spreadsheet is a mess");
  g_assert_true (ta_programme_update_session (programme, held, &error));
  g_assert_no_error (error);

  return g_object_ref (mine);
}

/* The held session's record: in a personal programme each learning has
 * its Share with facilitator switch, as stored; a facilitator's has none. */
static void
assert_share_switches (TaWindow    *window,
                       TaProgramme *programme,
                       TaPairing   *pairing,
                       gboolean     personal)
{
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (programme, ta_pairing_get_id (pairing), NULL);
  AdwMessageDialog *dialog;
  GtkSwitch *mentor_shared;
  GtkSwitch *mentee_shared;

  g_assert_cmpuint (sessions->len, ==, 1);
  dialog = ta_session_outcome_show (GTK_WIDGET (_ta_window_get_calendar_view (window)), programme,
                                    g_ptr_array_index (sessions, 0));
  wait_for (is_drawn, dialog);
  mentor_shared = g_object_get_data (G_OBJECT (dialog), "mentor-shared");
  mentee_shared = g_object_get_data (G_OBJECT (dialog), "mentee-shared");
  if (personal)
    {
      screenshot ("personal-held-session");
      g_assert_true (gtk_switch_get_active (mentor_shared));
      g_assert_false (gtk_switch_get_active (mentee_shared));
    }
  else
    {
      g_assert_null (mentor_shared);
      g_assert_null (mentee_shared);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The kit opened in a new window: it becomes Lina's own Turnabout, and
 * her update's preview lists the shared learning, not the private one. */
static void
test_send_update_preview (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *facilitator_path = g_build_filename (fixture->dir, "facilitator.db", NULL);
  g_autofree char *kit_path = g_build_filename (fixture->dir, "kit.turnabout", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "update.turnabout", NULL);
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(GFile) kit = g_file_new_for_path (kit_path);
  g_autofree char *preview = NULL;
  g_autofree char *contents = NULL;
  TaProgramme *programme;
  GtkWindow *dialog;

  make_facilitator (facilitator_path, kit_path);
  fixture->window = ta_test_window_open_undecided (app, fixture->path);
  programme = ta_window_get_programme (fixture->window);

  ta_window_open_exchange_file (fixture->window, kit);
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  g_assert_true (TA_IS_EXCHANGE_IMPORT_DIALOG (dialog));
  wait_for (is_drawn, dialog);
  screenshot ("personal-import-kit");
  g_assert_true (_ta_exchange_import_dialog_can_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  g_assert_null (_ta_exchange_import_dialog_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  gtk_window_destroy (dialog);
  wait_for (shows_programme, fixture->window);
  g_assert_cmpint (ta_programme_get_side (programme), ==, TA_PROGRAMME_SIDE_PERSONAL);
  assert_pages (fixture->window, "my-pairs,calendar,board");

  pairing = hold_session (programme);
  assert_share_switches (fixture->window, programme, pairing, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.send-exchange", "x",
                                             ta_pairing_get_id (pairing)));
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  g_assert_true (TA_IS_EXCHANGE_SEND_DIALOG (dialog));
  wait_for (is_drawn, dialog);
  screenshot ("personal-send-update");

  /* The shared learning is in the file; the private one and the notes
   * are not, and the preview says so by not listing them. */
  preview = _ta_exchange_send_dialog_describe (TA_EXCHANGE_SEND_DIALOG (dialog));
  g_test_message ("%s", preview);
  g_assert_nonnull (strstr (preview, "How Marc plans a budget round"));
  g_assert_null (strstr (preview, "never dared ask about"));
  g_assert_null (strstr (preview, "spreadsheet"));

  g_assert_true (_ta_exchange_send_dialog_save_to (TA_EXCHANGE_SEND_DIALOG (dialog), path));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "How Marc plans a budget round"));
  g_assert_null (strstr (contents, "never dared ask about"));
  gtk_window_destroy (dialog);
}

/* The facilitator's programme in the window; its kit made into a
 * personal programme aside, where the session is held and a learning
 * shared; the update opened in the facilitator's window. */
static void
test_import_update (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autofree char *personal_path = g_build_filename (fixture->dir, "personal.db", NULL);
  g_autofree char *kit_path = g_build_filename (fixture->dir, "kit.turnabout", NULL);
  g_autofree char *update_path = g_build_filename (fixture->dir, "update.turnabout", NULL);
  g_autofree char *preview_text = NULL;
  g_autoptr(TaProgramme) personal = NULL;
  g_autoptr(TaPairing) mine = NULL;
  g_autoptr(TaSession) after = NULL;
  g_autoptr(TaExchangePreview) kit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) update = NULL;
  g_autoptr(GFile) kit_file = g_file_new_for_path (kit_path);
  GtkWindow *dialog;
  gint64 session_id;

  session_id = make_facilitator (fixture->path, kit_path);

  /* The pair's side: the kit, then the session held. */
  personal = ta_programme_open (personal_path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);
  kit = ta_programme_exchange_read (personal, kit_path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_apply (personal, kit, &error));
  g_assert_cmpint (ta_programme_get_side (personal), ==, TA_PROGRAMME_SIDE_PERSONAL);
  mine = hold_session (personal);
  g_assert_true (ta_programme_exchange_export (personal, ta_pairing_get_id (mine), update_path, &error));
  g_assert_no_error (error);

  /* The facilitator opens it: the preview, then Apply. */
  fixture->window = ta_test_window_open (app, fixture->path);
  update = g_file_new_for_path (update_path);
  ta_window_open_exchange_file (fixture->window, update);
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  g_assert_true (TA_IS_EXCHANGE_IMPORT_DIALOG (dialog));
  wait_for (is_drawn, dialog);
  screenshot ("personal-import-update");
  preview_text = _ta_exchange_import_dialog_describe (TA_EXCHANGE_IMPORT_DIALOG (dialog));
  g_test_message ("%s", preview_text);
  g_assert_true (_ta_exchange_import_dialog_can_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  g_assert_nonnull (strstr (preview_text, "How Marc plans a budget round"));
  g_assert_null (_ta_exchange_import_dialog_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  gtk_window_destroy (dialog);

  after = ta_programme_get_session (ta_window_get_programme (fixture->window), session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_status (after), ==, TA_SESSION_STATUS_HELD);
  g_assert_cmpstr (ta_session_get_mentor_learned (after), ==, "How Marc plans a budget round");
  g_assert_null (ta_session_get_mentee_learned (after));
  g_assert_null (ta_session_get_notes (after));
  {
    g_autoptr(TaPairing) theirs = ta_programme_get_pairing (ta_window_get_programme (fixture->window),
                                                           ta_session_get_pairing_id (after), NULL);

    assert_share_switches (fixture->window, ta_window_get_programme (fixture->window), theirs, FALSE);
  }

  /* The same update again: nothing to apply. */
  ta_window_open_exchange_file (fixture->window, update);
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  wait_for (is_drawn, dialog);
  g_assert_false (_ta_exchange_import_dialog_can_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  g_clear_pointer (&preview_text, g_free);
  preview_text = _ta_exchange_import_dialog_describe (TA_EXCHANGE_IMPORT_DIALOG (dialog));
  g_assert_nonnull (strstr (preview_text, "Already applied"));
  screenshot ("personal-import-again");
  gtk_window_destroy (dialog);

  /* A kit in a facilitator's programme: refused, in words. */
  ta_window_open_exchange_file (fixture->window, kit_file);
  dialog = _ta_window_get_exchange_dialog (fixture->window);
  wait_for (is_drawn, dialog);
  g_assert_false (_ta_exchange_import_dialog_can_apply (TA_EXCHANGE_IMPORT_DIALOG (dialog)));
  g_clear_pointer (&preview_text, g_free);
  preview_text = _ta_exchange_import_dialog_describe (TA_EXCHANGE_IMPORT_DIALOG (dialog));
  g_assert_nonnull (strstr (preview_text, "pair kit"));
  gtk_window_destroy (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

  g_test_add ("/ui/personal/first-start/facilitator", Fixture, NULL, fixture_set_up,
              test_first_start_facilitator, fixture_tear_down);
  g_test_add ("/ui/personal/first-start/personal", Fixture, NULL, fixture_set_up,
              test_first_start_personal, fixture_tear_down);
  g_test_add ("/ui/personal/new-pair", Fixture, NULL, fixture_set_up, test_new_pair, fixture_tear_down);
  g_test_add ("/ui/personal/my-pair-card", Fixture, NULL, fixture_set_up, test_my_pair_card, fixture_tear_down);
  g_test_add ("/ui/personal/check-in-notifications", Fixture, NULL, fixture_set_up,
              test_check_in_notifications, fixture_tear_down);
  g_test_add ("/ui/personal/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/ui/personal/send-update-preview", Fixture, NULL, fixture_set_up,
              test_send_update_preview, fixture_tear_down);
  g_test_add ("/ui/personal/import-update", Fixture, NULL, fixture_set_up,
              test_import_update, fixture_tear_down);

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
