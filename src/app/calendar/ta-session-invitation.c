/* ta-session-invitation.c - a session's invitation and its answers
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-invitation"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-invitation-send.h"
#include "ta-session-invitation.h"

struct _TaSessionInvitation
{
  AdwPreferencesGroup  parent_instance;

  TaProgramme         *programme;
  TaSession           *session;
  GtkWidget           *toast_widget;  /* weak */
  GtkWidget           *send_button;
  GPtrArray           *rows;          /* the rows added, to take out again */
};

G_DEFINE_FINAL_TYPE (TaSessionInvitation, ta_session_invitation, ADW_TYPE_PREFERENCES_GROUP)

/* Who @response is: their name in the directory, else their address. */
static const char *
response_name (TaProgramme       *programme,
               TaSessionResponse *response)
{
  TaParticipant *participant = NULL;

  if (response->participant_id != 0)
    participant = ta_participant_list_lookup (ta_programme_get_participants (programme),
                                              response->participant_id);
  if (participant != NULL && ta_participant_get_name (participant) != NULL)
    return ta_participant_get_name (participant);
  return response->email;
}

static const char *
response_icon (TaInvitationResponse response)
{
  switch (response)
    {
    case TA_INVITATION_RESPONSE_ACCEPTED:
      return "object-select-symbolic";
    case TA_INVITATION_RESPONSE_DECLINED:
      return "window-close-symbolic";
    case TA_INVITATION_RESPONSE_TENTATIVE:
    case TA_INVITATION_RESPONSE_DELEGATED:
      return "dialog-question-symbolic";
    case TA_INVITATION_RESPONSE_NEEDS_ACTION:
    default:
      return "mail-unread-symbolic";
    }
}

/**
 * ta_session_invitation_describe:
 * @programme: the programme
 * @session_id: a session
 *
 * Returns: (transfer full) (nullable): the answers in one line, or %NULL
 *   when no invitation was sent and nobody answered
 */
char *
ta_session_invitation_describe (TaProgramme *programme,
                                gint64       session_id)
{
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GString) line = NULL;

  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  responses = ta_programme_list_session_responses (programme, session_id, NULL);
  if (responses == NULL || responses->len == 0)
    return NULL;

  line = g_string_new (NULL);
  for (guint i = 0; i < responses->len; i++)
    {
      TaSessionResponse *response = g_ptr_array_index (responses, i);

      if (line->len > 0)
        /* Translators: between two answers to an invitation in a list */
        g_string_append (line, C_("invitation answers", ", "));
      /* Translators: an attendee's answer to an invitation: %1$s is who,
       * %2$s the answer (“accepted”, “no answer yet”…) */
      g_string_append_printf (line, C_("invitation answers", "%1$s: %2$s"),
                              response_name (programme, response),
                              ta_invitation_response_get_label (response->response));
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static void
clear_rows (TaSessionInvitation *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (TaSessionInvitation *self,
         GtkWidget           *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
send_clicked_cb (GtkButton           *button,
                 TaSessionInvitation *self)
{
  TaInvitationMethod method = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "method"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->session == NULL)
    return;
  ta_invitation_send (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                      self->toast_widget != NULL ? self->toast_widget : GTK_WIDGET (self),
                      self->programme, self->session, method);
}

static GtkWidget *
new_send_button (TaSessionInvitation *self,
                 const char          *label,
                 TaInvitationMethod   method)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "method", GINT_TO_POINTER (method));
  g_signal_connect_object (button, "clicked", G_CALLBACK (send_clicked_cb), self, 0);
  return button;
}

static void
add_response_row (TaSessionInvitation *self,
                  TaSessionResponse   *response)
{
  const char *name = response_name (self->programme, response);
  const char *label = ta_invitation_response_get_label (response->response);
  g_autofree char *accessible = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (response_icon (response->response));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), label);
  /* The icon repeats the answer for the eye */
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (response->response == TA_INVITATION_RESPONSE_DECLINED)
    gtk_widget_add_css_class (icon, "error");
  else if (response->response == TA_INVITATION_RESPONSE_ACCEPTED)
    gtk_widget_add_css_class (icon, "success");

  /* Translators: an attendee's answer, as a screen reader says the row:
   * %1$s is who, %2$s the answer (“accepted”, “no answer yet”…) */
  accessible = g_strdup_printf (C_("invitation answers", "%1$s: %2$s"), name, label);
  ta_accessible_set_label (row, accessible);
  add_row (self, row);
}

static void
refresh (TaSessionInvitation *self)
{
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  TaSessionStatus status;
  gboolean outdated;
  gint64 id;

  clear_rows (self);
  if (self->session == NULL || ta_session_get_id (self->session) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  id = ta_session_get_id (self->session);
  status = ta_session_get_status (self->session);
  responses = ta_programme_list_session_responses (self->programme, id, &error);
  if (responses == NULL)
    {
      g_warning ("Could not read the answers of session %" G_GINT64_FORMAT ": %s", id, error->message);
      responses = g_ptr_array_new ();
    }
  outdated = ta_programme_invitation_is_outdated (self->programme, id);

  /* A session that took place (or did not) invites nobody any more */
  if (status != TA_SESSION_STATUS_PLANNED && status != TA_SESSION_STATUS_CANCELLED && responses->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         responses->len == 0
                                         ? _("Invite the attendees by e-mail: the session goes into their "
                                             "calendars, and their answers show here.")
                                         : NULL);

  if (self->send_button != NULL)
    {
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), NULL);
      self->send_button = NULL;
    }
  if (status == TA_SESSION_STATUS_PLANNED)
    self->send_button = new_send_button (self, responses->len == 0 ? _("_Send Invitation…") : _("Send _Again…"),
                                         TA_INVITATION_REQUEST);
  else if (status == TA_SESSION_STATUS_CANCELLED && responses->len > 0 && !outdated)
    self->send_button = new_send_button (self, _("Send _Cancellation…"), TA_INVITATION_CANCEL);
  if (self->send_button != NULL)
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->send_button);

  if (outdated)
    {
      GtkWidget *row = adw_action_row_new ();
      gboolean cancelled = status == TA_SESSION_STATUS_CANCELLED;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     cancelled ? _("Cancelled after the invitation was sent")
                                               : _("Changed since the invitation was sent"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   cancelled ? _("The attendees still have it in their calendars.")
                                             : _("The attendees have the old time or place."));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_send_button (self, cancelled ? _("Send Ca_ncellation…") : _("Send _Update…"),
                                                  cancelled ? TA_INVITATION_CANCEL : TA_INVITATION_REQUEST));
      gtk_widget_add_css_class (row, "warning");
      add_row (self, row);
    }

  for (guint i = 0; i < responses->len; i++)
    add_response_row (self, g_ptr_array_index (responses, i));
}

static void
sessions_changed_cb (TaProgramme         *programme,
                     TaSessionInvitation *self)
{
  TaSession *fresh;

  if (self->session == NULL)
    return;

  /* The session as it is now (moved, cancelled, answered) */
  fresh = ta_session_list_lookup (ta_programme_get_sessions (programme), ta_session_get_id (self->session));
  if (fresh != NULL)
    g_set_object (&self->session, fresh);
  refresh (self);
}

/**
 * ta_session_invitation_set_session:
 * @self: a #TaSessionInvitation
 * @programme: the programme
 * @session: (nullable): the session, or %NULL for one not yet saved
 *   (the group hides)
 * @toast_widget: (nullable): where the outcome of sending is said
 */
void
ta_session_invitation_set_session (TaSessionInvitation *self,
                                   TaProgramme         *programme,
                                   TaSession           *session,
                                   GtkWidget           *toast_widget)
{
  g_return_if_fail (TA_IS_SESSION_INVITATION (self));
  g_return_if_fail (TA_IS_PROGRAMME (programme));
  g_return_if_fail (session == NULL || TA_IS_SESSION (session));

  if (self->programme != programme)
    {
      if (self->programme != NULL)
        g_signal_handlers_disconnect_by_data (self->programme, self);
      g_set_object (&self->programme, programme);
      g_signal_connect_object (programme, "changed::sessions", G_CALLBACK (sessions_changed_cb), self, 0);
    }
  g_set_object (&self->session, session);
  g_set_weak_pointer (&self->toast_widget, toast_widget);
  refresh (self);
}

GPtrArray *
_ta_session_invitation_get_rows (TaSessionInvitation *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (TA_IS_SESSION_INVITATION (self), rows);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      g_ptr_array_add (rows, g_strdup_printf ("%s: %s",
                                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                              adw_action_row_get_subtitle (ADW_ACTION_ROW (row))));
    }
  return rows;
}

static void
ta_session_invitation_dispose (GObject *object)
{
  TaSessionInvitation *self = TA_SESSION_INVITATION (object);

  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_clear_object (&self->programme);
  g_clear_object (&self->session);
  g_clear_weak_pointer (&self->toast_widget);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_session_invitation_parent_class)->dispose (object);
}

static void
ta_session_invitation_class_init (TaSessionInvitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_session_invitation_dispose;
}

static void
ta_session_invitation_init (TaSessionInvitation *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Invitation"));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
