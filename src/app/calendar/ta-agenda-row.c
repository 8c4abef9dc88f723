/* ta-agenda-row.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-agenda-row.h"
#include "ta-describe.h"
#include "ta-session-invitation.h"
#include "ta-session-outcome-dialog.h"

typedef struct
{
  TaAgendaActionFunc func;
  gpointer           user_data;
} RowActions;

static void
row_action_clicked_cb (GtkButton *button,
                       TaSession *session)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  TaAgendaAction action = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "row-action"));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  RowActions *actions = row != NULL ? g_object_get_data (G_OBJECT (row), "row-actions") : NULL;

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));

  if (actions != NULL && actions->func != NULL)
    actions->func (session, action, actions->user_data);
}

/* The label a screen reader says, kept in the widget's data too: GTK 4.8
 * has no way to read it back, and the tests check it. */
static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  ta_accessible_set_label (GTK_WIDGET (widget), label);
  g_object_set_data_full (G_OBJECT (widget), "accessible-label", g_strdup (label), g_free);
}

static void
add_row_action (GtkBox     *box,
                TaSession  *session,
                TaAgendaAction action,
                const char *mnemonic,
                const char *accessible)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_add_css_class (button, "flat");
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0.0);
  set_accessible_label (button, accessible);
  g_object_set_data (G_OBJECT (button), "row-action", GINT_TO_POINTER (action));
  g_signal_connect_object (button, "clicked", G_CALLBACK (row_action_clicked_cb), session, 0);
  gtk_box_append (box, button);
}


static GtkWidget *
new_wrapping_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  /* Names wrap between words, never inside one. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  return label;
}

/**
 * ta_agenda_row_new:
 * @session: the session the row shows
 * @programme: the programme, to name the pair
 * @func: (scope notified): called with an action chosen from the row's menu
 * @user_data: for @func; must outlive the row
 *
 * Returns: (transfer floating): a #GtkListBoxRow
 */
GtkWidget *
ta_agenda_row_new (TaSession          *session,
                   TaProgramme        *programme,
                   TaAgendaActionFunc  func,
                   gpointer            user_data)
{
  TaSessionStatus status = ta_session_get_status (session);
  g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
  g_autofree char *who = ta_describe_session (session, programme);
  g_autofree char *when = NULL;
  g_autofree char *short_when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *answers = NULL;
  const char *location = ta_session_get_location (session);
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *text;
  GtkWidget *label;
  RowActions *actions;

  /* Translators: when a session starts, in the agenda, see g_date_time_format() */
  when = g_date_time_format (start, C_("agenda", "%a %-d %b, %H:%M"));
  /* Translators: when a session starts, in an action's accessible label,
   * see g_date_time_format() */
  short_when = g_date_time_format (start, C_("agenda action", "%a %-e %b %H:%M"));
  if (location != NULL && location[0] != '\0')
    /* Translators: a session's time, then its place or link */
    subtitle = g_strdup_printf (C_("agenda", "%1$s · %2$s"), when, location);
  else
    subtitle = g_strdup (when);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "session", g_object_ref (session), g_object_unref);
  actions = g_new0 (RowActions, 1);
  actions->func = func;
  actions->user_data = user_data;
  g_object_set_data_full (G_OBJECT (row), "row-actions", actions, g_free);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), text);

  label = new_wrapping_label (who);
  gtk_box_append (GTK_BOX (text), label);

  /* A long link may be cut: the whole of it is in the session. */
  label = new_wrapping_label (subtitle);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (text), label);

  /* The attendees' answers, once an invitation went out */
  answers = ta_session_invitation_describe (programme, ta_session_get_id (session));
  if (answers != NULL)
    {
      /* Translators: in the agenda, the attendees' answers to the
       * session's invitation: “Lina: accepted, Marc: no answer yet” */
      g_autofree char *line = g_strdup_printf (C_("agenda", "Answers: %s"), answers);

      label = new_wrapping_label (line);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (text), label);
    }

  if (status != TA_SESSION_STATUS_PLANNED)
    {
      label = new_wrapping_label (ta_session_status_get_label (status));
      gtk_widget_add_css_class (label, "caption-heading");
      if (status != TA_SESSION_STATUS_HELD)
        gtk_widget_add_css_class (label, "warning");
      gtk_box_append (GTK_BOX (text), label);
    }
  else
    {
      GtkWidget *menu_button = gtk_menu_button_new ();
      GtkWidget *popover = gtk_popover_new ();
      GtkWidget *menu = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gboolean begun = ta_session_outcome_has_begun (session);
      g_autofree char *accessible = NULL;

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (menu_button, "flat");
      /* Translators: the accessible label of an agenda row's menu: who
       * meets, then when */
      accessible = g_strdup_printf (C_("agenda action", "Actions for %1$s, %2$s"), who, short_when);
      set_accessible_label (menu_button, accessible);
      g_clear_pointer (&accessible, g_free);

      /* Held and no-show only once the session has begun: ahead of it,
       * it can only move or be called off. */
      if (begun)
        {
          /* Translators: accessible label: who meets, then when */
          accessible = g_strdup_printf (C_("agenda action", "Mark %1$s, %2$s, as held"), who, short_when);
          add_row_action (GTK_BOX (menu), session, TA_AGENDA_ACTION_HELD, _("_Held…"), accessible);
          g_clear_pointer (&accessible, g_free);
          /* Translators: accessible label: who meets, then when */
          accessible = g_strdup_printf (C_("agenda action", "Cancel %1$s, %2$s, or record a no-show"), who, short_when);
        }
      else
        {
          /* Translators: accessible label: who meets, then when */
          accessible = g_strdup_printf (C_("agenda action", "Move %1$s, %2$s"), who, short_when);
          add_row_action (GTK_BOX (menu), session, TA_AGENDA_ACTION_MOVE, _("_Move…"), accessible);
          g_clear_pointer (&accessible, g_free);
          /* Translators: accessible label: who meets, then when */
          accessible = g_strdup_printf (C_("agenda action", "Cancel %1$s, %2$s"), who, short_when);
        }
      add_row_action (GTK_BOX (menu), session, TA_AGENDA_ACTION_CANCEL, _("_Cancel…"), accessible);

      gtk_popover_set_child (GTK_POPOVER (popover), menu);
      gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);
      gtk_box_append (GTK_BOX (box), menu_button);
    }

  return row;
}
