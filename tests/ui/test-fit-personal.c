/* test-fit-personal.c: the places of issue 14 for test-fit
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The first-start choice, the personal mode's pages and dialogs, and the
 * exchange files' previews on both sides, measured like every other place
 * (see test-fit.c).  Each opener starts from the window test-fit opens on
 * the sample programme (a facilitator's): the personal programme is made
 * from a kit of one of its pairs, as a pair gets it, in the same
 * temporary folder. */

#define G_LOG_DOMAIN "test-fit"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ta-application.h"
#include "ta-check-in-dialog.h"
#include "ta-session-editor.h"
#include "ta-store.h"
#include "ta-window-private.h"
#include "ta-test-window.h"
#include "test-fit.h"

/* A file named @name beside the sample programme's (the test's folder). */
static char *
file_beside (TaWindow   *window,
             const char *name)
{
  g_autofree char *dir = g_path_get_dirname (ta_programme_get_path (ta_window_get_programme (window)));

  return g_build_filename (dir, name, NULL);
}

static TaWindow *
open_narrow (TaWindow   *window,
             const char *path)
{
  TaApplication *app = TA_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  TaWindow *opened = ta_test_window_open_undecided (app, path);

  gtk_window_set_default_size (GTK_WINDOW (opened), NARROWEST, 720);
  iterate ();
  return opened;
}

static TaWindow *
open_undecided (TaWindow *window)
{
  g_autofree char *path = file_beside (window, "new.db");
  TaWindow *opened = open_narrow (window, path);

  g_assert_cmpstr (_ta_window_get_main_page (opened), ==, "choose");
  return opened;
}

static GtkWidget *
open_first_start (TaWindow *window)
{
  return GTK_WIDGET (open_undecided (window));
}

/* "I keep my own mentoring": who I am. */
static GtkWidget *
open_about_you (TaWindow *window)
{
  TaWindow *undecided = open_undecided (window);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (undecided), "win.choose-personal", NULL));
  dialog = _ta_window_get_exchange_dialog (undecided);
  g_assert_nonnull (dialog);
  wait_for (is_drawn, dialog);
  return GTK_WIDGET (dialog);
}

/* The one pair of a personal programme (transfer full). */
static TaPairing *
only_pairing (TaProgramme *programme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pairs = ta_programme_list_pairings (programme, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 1);
  return g_object_ref (g_ptr_array_index (pairs, 0));
}

/* A session of the pair held (one that has begun, else a new one last
 * week): what the mentor learned shared, what the mentee learned
 * private, so that an update has lines to show. */
static void
hold_session (TaProgramme *programme,
              TaPairing   *pairing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (programme, ta_pairing_get_id (pairing),
                                                                         &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(TaSession) held = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len && held == NULL; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (g_date_time_compare (ta_session_get_starts_at (session), now) < 0)
        held = ta_session_copy (session);
    }

  if (held == NULL)
    {
      g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);

      held = ta_session_new_one_on_one (ta_pairing_get_id (pairing), last_week, 60);
      g_assert_true (ta_programme_add_session (programme, held, &error));
      g_assert_no_error (error);
    }

  ta_session_set_status (held, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (held, "Wie die Budgetrunde geplant wird, Schritt für Schritt erklärt");
  ta_session_set_mentor_learned_shared (held, TRUE);
  ta_session_set_mentee_learned (held, "Gedeelde agenda's in Teams, waar ik nooit naar durfde te vragen");
  ta_session_set_mentee_learned_shared (held, FALSE);
  g_assert_true (ta_programme_update_session (programme, held, &error));
  g_assert_no_error (error);
}

/* The personal programme made from the kit of an active pair of
 * @window's sample programme, a session held; its path. */
static char *
make_personal (TaWindow *window)
{
  g_autofree char *kit_path = file_beside (window, "kit.turnabout");
  char *path = file_beside (window, "personal.db");
  g_autoptr(TaProgramme) personal = NULL;
  g_autoptr(TaExchangePreview) kit = NULL;
  g_autoptr(TaPairing) mine = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_programme_exchange_export (ta_window_get_programme (window),
                                               ta_pairing_get_id (fit_active_pairing (window)),
                                               kit_path, &error));
  g_assert_no_error (error);

  personal = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, &error);
  g_assert_no_error (error);
  kit = ta_programme_exchange_read (personal, kit_path, &error);
  g_assert_no_error (error);
  g_assert_true (ta_programme_exchange_apply (personal, kit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_programme_get_side (personal), ==, TA_PROGRAMME_SIDE_PERSONAL);

  mine = only_pairing (personal);
  hold_session (personal, mine);
  return path;
}

static TaWindow *
open_personal (TaWindow *window)
{
  g_autofree char *path = make_personal (window);
  TaWindow *opened = open_narrow (window, path);

  g_assert_cmpstr (_ta_window_get_main_page (opened), ==, "programme");
  return opened;
}

static GtkWidget *
show_personal_page (TaWindow   *window,
                    const char *name)
{
  TaWindow *personal = open_personal (window);

  ta_window_show_page (personal, name);
  iterate ();
  return GTK_WIDGET (personal);
}

/* My Pairs: the pair's card, its learnings and the check-ins due. */
static GtkWidget *
open_my_pairs (TaWindow *window)
{
  TaWindow *personal = open_personal (window);

  ta_window_show_page (personal, "my-pairs");
  wait_for (is_drawn, _ta_window_get_my_pairs_view (personal));
  iterate ();
  return GTK_WIDGET (personal);
}

static GtkWidget *
open_personal_calendar (TaWindow *window)
{
  return show_personal_page (window, "calendar");
}

static GtkWidget *
open_research (TaWindow *window)
{
  return show_personal_page (window, "board");
}

static GtkWidget *
send_exchange (TaWindow *window,
               gint64    pairing_id)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.send-exchange", "x", pairing_id));
  dialog = _ta_window_get_exchange_dialog (window);
  g_assert_nonnull (dialog);
  wait_for (is_drawn, dialog);
  return GTK_WIDGET (dialog);
}

/* Send Update…: the preview of what the file carries. */
static GtkWidget *
open_send_update (TaWindow *window)
{
  TaWindow *personal = open_personal (window);
  g_autoptr(TaPairing) mine = only_pairing (ta_window_get_programme (personal));

  return send_exchange (personal, ta_pairing_get_id (mine));
}

/* Send to Pair…: the facilitator's kit. */
static GtkWidget *
open_send_to_pair (TaWindow *window)
{
  return send_exchange (window, ta_pairing_get_id (fit_active_pairing (window)));
}

/* The pair's update opened in the facilitator's window. */
static GtkWidget *
open_import_update (TaWindow *window)
{
  g_autofree char *path = make_personal (window);
  g_autofree char *update_path = file_beside (window, "update.turnabout");
  g_autoptr(GFile) update = g_file_new_for_path (update_path);
  GtkWindow *dialog;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TaProgramme) personal = ta_programme_open (path, TA_PROGRAMME_OPEN_FLAGS_NONE, &error);
    g_autoptr(TaPairing) mine = NULL;

    g_assert_no_error (error);
    mine = only_pairing (personal);
    g_assert_true (ta_programme_exchange_export (personal, ta_pairing_get_id (mine), update_path, &error));
    g_assert_no_error (error);
  }

  ta_window_open_exchange_file (window, update);
  dialog = _ta_window_get_exchange_dialog (window);
  g_assert_nonnull (dialog);
  wait_for (is_drawn, dialog);
  return GTK_WIDGET (dialog);
}

/* The relationship check, asked of the mentor. */
static GtkWidget *
open_check_in (TaWindow *window)
{
  g_autoptr(GList) before = gtk_window_list_toplevels ();

  ta_check_in_dialog_present (GTK_WIDGET (window), ta_window_get_programme (window),
                              ta_pairing_get_id (fit_active_pairing (window)),
                              TA_CHECK_IN_RELATIONSHIP, TA_PAIR_SIDE_MENTOR);
  return fit_new_toplevel (before);
}

/* The session editor of a session whose invitation was sent, one
 * attendee having answered: its Invitation group lists the answers. */
static GtkWidget *
open_session_invitation (TaWindow *window)
{
  TaProgramme *programme = ta_window_get_programme (window);
  TaStore *store = ta_participant_list_get_store (ta_window_get_participants (window));
  TaPairing *pairing = fit_active_pairing (window);
  g_autofree char *path = file_beside (window, "invitation.ics");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) next_week = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(TaSession) session = NULL;
  g_autoptr(TaSession) stored = NULL;
  g_autoptr(TaParticipant) mentee = NULL;
  g_autofree char *programme_id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *reply = NULL;
  TaSessionEditor *editor;
  guint recorded = 0;

  next_week = g_date_time_add_days (now, 7);
  session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), next_week, 60);
  ta_session_set_location (session, "Vergaderzaal 4, tweede verdieping");
  g_assert_true (ta_programme_add_session (programme, session, &error));
  g_assert_no_error (error);
  g_assert_true (ta_programme_write_invitation (programme, ta_session_get_id (session), FALSE,
                                                TA_INVITATION_REQUEST, "facilitator@example.org", path, &error));
  g_assert_no_error (error);

  /* The mentee's answer, as Google Calendar writes it. */
  programme_id = ta_store_get_programme_id (store, &error);
  g_assert_no_error (error);
  mentee = ta_programme_get_participant (programme, ta_pairing_get_mentee_id (pairing), &error);
  g_assert_no_error (error);
  start = g_date_time_format (ta_session_get_starts_at (session), "%Y%m%dT%H%M%SZ");
  reply = g_strdup_printf ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                           "VERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:%s\r\n"
                           "DTSTAMP:%s\r\nORGANIZER:mailto:facilitator@example.org\r\n"
                           "UID:session-%" G_GINT64_FORMAT "-%s@turnabout\r\n"
                           "ATTENDEE;PARTSTAT=ACCEPTED;CN=%s:mailto:%s\r\n"
                           "SEQUENCE:0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                           start, start, ta_session_get_id (session), programme_id,
                           ta_participant_get_name (mentee), ta_participant_get_email (mentee));
  g_assert_true (ta_programme_import_reply_data (programme, reply, strlen (reply), &recorded, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorded, ==, 1);

  /* As the calendar opens it: the session read back. */
  stored = ta_programme_get_session (programme, ta_session_get_id (session), &error);
  g_assert_no_error (error);
  editor = ta_session_editor_new_for_session (GTK_WINDOW (window), NULL, programme, stored);
  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  return GTK_WIDGET (editor);
}

const Place fit_personal_places[] = {
  { "first-start", open_first_start },
  { "about-you", open_about_you },
  { "my-pairs", open_my_pairs },
  { "personal-calendar", open_personal_calendar },
  { "research", open_research },
  { "send-update", open_send_update },
  { "send-to-pair", open_send_to_pair },
  { "import-update", open_import_update },
  { "check-in-dialog", open_check_in },
  { "session-invitation", open_session_invitation },
};

const guint fit_personal_n_places = G_N_ELEMENTS (fit_personal_places);
