/* test-invitation.c - the attendees' answers to an invitation, shown on
 * the session: in its editor and in the agenda, and recorded by the
 * window's calendar import
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-invitation"

#include "config.h"

#include <string.h>

#include "ta-agenda-row.h"
#include "ta-calendar-transfer.h"
#include "ta-invitation-send.h"
#include "ta-session-editor-private.h"
#include "ta-session-invitation.h"
#include "ta-store.h"
#include "ta-test-window.h"

typedef struct
{
  char        *dir;
  TaStore     *store;
  TaProgramme *programme;
  gint64       pairing;
  gint64       session;
  char        *uid;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2027, 3, 10, 9, 0, 0);
  g_autofree char *path = NULL;
  g_autofree char *programme = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ada, grace;

  fixture->dir = ta_test_make_dir ("turnabout-invitation-XXXXXX");
  path = g_build_filename (fixture->dir, "programme.db", NULL);
  fixture->store = ta_store_open (path, &error);
  g_assert_no_error (error);

  ada = ta_test_add_person (fixture->store, "Ada Lovelace", "ada@example.org", TA_ROLE_MENTOR, "capacity", 2, NULL);
  grace = ta_test_add_person (fixture->store, "Grace Hopper", "grace@example.org", TA_ROLE_MENTEE, NULL);
  fixture->pairing = ta_test_add_pairing (fixture->store, ada, grace, "status", TA_PAIRING_STATUS_ACTIVE, NULL);
  fixture->session = ta_test_add_session (fixture->store, fixture->pairing, start, 60, "location", "Room 4", NULL);
  g_assert_true (ta_store_set_facilitator_email (fixture->store, "fac@example.org", &error));
  g_assert_no_error (error);
  programme = ta_store_get_programme_id (fixture->store, &error);
  g_assert_no_error (error);
  fixture->uid = g_strdup_printf ("session-%" G_GINT64_FORMAT "-%s@turnabout", fixture->session, programme);

  fixture->programme = ta_programme_new_for_store (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  ta_test_window_close_all (NULL);
  g_clear_object (&fixture->programme);
  g_clear_object (&fixture->store);
  ta_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->uid);
}

static void
send_invitation (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "invitation.ics", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_programme_write_invitation (fixture->programme, fixture->session, FALSE,
                                                TA_INVITATION_REQUEST, NULL, path, &error));
  g_assert_no_error (error);
}

/* Grace's answer, as Google Calendar writes it */
static char *
reply_text (Fixture    *fixture,
            const char *partstat)
{
  return g_strdup_printf ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                          "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                          "DTSTART:20270310T090000Z\r\nDTEND:20270310T100000Z\r\nDTSTAMP:20270301T081512Z\r\n"
                          "ORGANIZER;CN=fac@example.org:mailto:fac@example.org\r\nUID:%s\r\n"
                          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=Grace Hopper;X-NUM-GUESTS=0:mailto:grace@example.org\r\n"
                          "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                          fixture->uid, partstat);
}

static TaSession *
get_session (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_store_get_session (fixture->store, fixture->session, &error);

  g_assert_no_error (error);
  return session;
}

static TaSessionEditor *
open_editor (Fixture *fixture)
{
  g_autoptr(TaSession) session = get_session (fixture);
  TaSessionEditor *editor = ta_session_editor_new_for_session (NULL, NULL, fixture->programme, session);

  gtk_window_present (GTK_WINDOW (editor));
  wait_for (is_drawn, editor);
  return editor;
}

typedef struct
{
  TaSessionInvitation *group;
  const char          *row;
} RowSearch;

static gboolean
has_row (gpointer data)
{
  RowSearch *search = data;
  g_autoptr(GPtrArray) rows = _ta_session_invitation_get_rows (search->group);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (g_ptr_array_index (rows, i), search->row))
      return TRUE;
  return FALSE;
}

static void
assert_rows (TaSessionInvitation *group,
             const char          *first,
             ...)
{
  g_autoptr(GPtrArray) rows = _ta_session_invitation_get_rows (group);
  va_list args;
  guint n = 0;

  va_start (args, first);
  for (const char *row = first; row != NULL; row = va_arg (args, const char *))
    {
      g_assert_cmpuint (n, <, rows->len);
      g_assert_cmpstr (g_ptr_array_index (rows, n), ==, row);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (rows->len, ==, n);
}

/* Never sent: the group offers to send, and lists nobody */
static void
test_not_sent (Fixture       *fixture,
               gconstpointer  user_data)
{
  TaSessionEditor *editor = open_editor (fixture);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor->invitation_group)));
  assert_rows (editor->invitation_group, NULL);
  g_assert_nonnull (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (editor->invitation_group)));
}

/* A recorded reply shows on the session, also while its editor is open */
static void
test_reply_shows (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *accepted = reply_text (fixture, "ACCEPTED");
  g_autoptr(GError) error = NULL;
  TaSessionEditor *editor;
  RowSearch search;
  guint recorded = 0;

  send_invitation (fixture);
  editor = open_editor (fixture);
  assert_rows (editor->invitation_group,
               "Ada Lovelace: no answer yet",
               "Grace Hopper: no answer yet",
               NULL);

  g_assert_true (ta_programme_import_reply_data (fixture->programme, accepted, strlen (accepted),
                                                 &recorded, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorded, ==, 1);

  search.group = editor->invitation_group;
  search.row = "Grace Hopper: accepted";
  wait_for (has_row, &search);
  assert_rows (editor->invitation_group,
               "Ada Lovelace: no answer yet",
               "Grace Hopper: accepted",
               NULL);
}

/* Moved after it was sent: the group offers the update */
static void
test_outdated (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(TaSession) session = get_session (fixture);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2027, 3, 11, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  TaSessionEditor *editor;
  RowSearch search;

  send_invitation (fixture);
  editor = open_editor (fixture);

  ta_session_set_starts_at (session, later);
  g_assert_true (ta_programme_update_session (fixture->programme, session, &error));
  g_assert_no_error (error);

  search.group = editor->invitation_group;
  search.row = "Changed since the invitation was sent: The attendees have the old time or place.";
  wait_for (has_row, &search);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window's calendar import records a REPLY, and the agenda shows it */
static void
test_import_and_agenda (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autofree char *declined = reply_text (fixture, "DECLINED");
  g_autoptr(TaSession) session = get_session (fixture);
  GtkWidget *toasts = g_object_ref_sink (gtk_label_new (NULL));
  GtkWidget *row;
  GtkWidget *label;

  /* No answers, no line */
  row = g_object_ref_sink (ta_agenda_row_new (session, fixture->programme, NULL, NULL));
  g_assert_null (find_label (row, "Answers:"));
  g_object_unref (row);

  send_invitation (fixture);
  g_assert_null (ta_calendar_import_preview (toasts, fixture->programme, "reply.ics",
                                             declined, strlen (declined)));

  row = g_object_ref_sink (ta_agenda_row_new (session, fixture->programme, NULL, NULL));
  label = find_label (row, "Answers:");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   "Answers: Ada Lovelace: no answer yet, Grace Hopper: declined");
  g_object_unref (row);
  g_object_unref (toasts);
}

typedef struct
{
  const char       *heading;
  AdwMessageDialog *found;
} DialogSearch;

static gboolean
has_dialog (gpointer data)
{
  DialogSearch *search = data;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), search->heading) == 0)
      {
        search->found = l->data;
        return TRUE;
      }
  return FALSE;
}

static AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  DialogSearch search = { heading, NULL };

  wait_for (has_dialog, &search);
  return search.found;
}

/* Where the outcome toasts go */
static GtkWidget *
open_toast_window (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *label = gtk_label_new ("");

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), label);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_drawn, window);
  return label;
}

/* Without the desktop's e-mail portal (no session bus at all here), the
 * invitation is still written and recorded, and Save As… is offered */
static void
test_send_without_portal (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autoptr(TaSession) session = get_session (fixture);
  GtkWidget *toasts = open_toast_window ();
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;

  ta_invitation_send (NULL, toasts, fixture->programme, session, TA_INVITATION_REQUEST);
  dialog = wait_for_dialog ("No E-mail Could Be Opened");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Save the file"));
  adw_message_dialog_response (dialog, "close");

  /* Recorded as sent: everyone invited is listed, nobody answered yet */
  responses = ta_programme_list_session_responses (fixture->programme, fixture->session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (responses->len, ==, 2);
}

/* A session of a series asks which; the whole series is sent */
static void
test_send_series (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(TaRecurrence) rule = ta_recurrence_new_weekly ("2027-04-06", 1, "10:00", "Europe/Brussels");
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *toasts = open_toast_window ();
  TaSession *first = NULL;
  AdwMessageDialog *dialog;
  gint64 series;
  guint n_series = 0;

  rule->count = 3;
  series = ta_programme_add_series (fixture->programme, fixture->pairing, rule, 60, "Room 4", &error);
  g_assert_no_error (error);
  sessions = ta_store_list_sessions (fixture->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    if (ta_session_get_series_id (g_ptr_array_index (sessions, i)) == series && first == NULL)
      first = g_ptr_array_index (sessions, i);
  g_assert_nonnull (first);

  ta_invitation_send (NULL, toasts, fixture->programme, first, TA_INVITATION_REQUEST);
  dialog = wait_for_dialog ("Send the Invitation to…");
  adw_message_dialog_response (dialog, "series");
  dialog = wait_for_dialog ("No E-mail Could Be Opened");
  adw_message_dialog_response (dialog, "close");

  /* Every session of the series was invited */
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);
      g_autoptr(GPtrArray) responses = NULL;

      if (ta_session_get_series_id (session) != series)
        continue;
      responses = ta_programme_list_session_responses (fixture->programme, ta_session_get_id (session), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (responses->len, ==, 2);
      n_series++;
    }
  g_assert_cmpuint (n_series, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  TaApplication *app;
  int status;

  /* No e-mail portal, and no session bus started for one: the same
   * outcome wherever the tests run */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/turnabout-test-bus", TRUE);
  ta_test_ui_init (&argc, &argv);
  app = ta_test_app_new ();

#define ADD(path, func) \
  g_test_add ("/invitation/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("not-sent", test_not_sent);
  ADD ("reply-shows", test_reply_shows);
  ADD ("outdated", test_outdated);
  ADD ("import-and-agenda", test_import_and_agenda);
  ADD ("send-without-portal", test_send_without_portal);
  ADD ("send-series", test_send_series);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
