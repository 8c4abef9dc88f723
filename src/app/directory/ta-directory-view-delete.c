/* ta-directory-view-delete.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-directory-view-internal.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

/*
 * Deleting a participant from the directory: at once with an Undo toast
 * when nothing else goes with them, otherwise after a dialog that says
 * what goes and offers to mark them as having left instead.
 */

/* What an Undo toast needs to bring a deleted participant back. */
typedef struct
{
  TaParticipant *participant;
  GArray        *reporting_ids;
} DeletedParticipant;

static void
deleted_participant_free (gpointer data)
{
  DeletedParticipant *deleted = data;

  g_clear_object (&deleted->participant);
  g_clear_pointer (&deleted->reporting_ids, g_array_unref);
  g_free (deleted);
}

static gboolean
ta_directory_view_undo_delete (TaProgramme  *programme,
                               gpointer      data,
                               GError      **error)
{
  DeletedParticipant *deleted = data;

  return ta_programme_restore_participant (programme, deleted->participant,
                                           deleted->reporting_ids, error);
}

static void
ta_directory_view_undone (GtkWidget *widget,
                          gboolean   undone,
                          gpointer   data)
{
  DeletedParticipant *deleted = data;

  if (undone)
    ta_directory_view_select_id (TA_DIRECTORY_VIEW (widget), ta_participant_get_id (deleted->participant));
}

/* Deletes at once, with an Undo toast. */
static void
ta_directory_view_delete_now (TaDirectoryView *self,
                              TaParticipant   *participant)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DeletedParticipant *deleted;
  AdwToast *toast;

  if (self->programme == NULL)
    return;

  deleted = g_new0 (DeletedParticipant, 1);
  deleted->participant = ta_participant_copy (participant);

  if (!ta_programme_delete_participant (self->programme,
                                        ta_participant_get_id (participant),
                                        &deleted->reporting_ids,
                                        &error))
    {
      g_autofree char *failed = NULL;

      /* Translators: a notification; %s says why */
      failed = g_markup_printf_escaped (_("Cannot delete: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (failed));
      deleted_participant_free (deleted);
      return;
    }

  /* Translators: a notification; %s is the name of a participant */
  title = g_markup_printf_escaped (_("“%s” deleted"), ta_participant_get_name (deleted->participant));
  toast = ta_undo_toast_new (GTK_WIDGET (self), self->programme, title,
                             ta_directory_view_undo_delete, ta_directory_view_undone,
                             deleted, deleted_participant_free);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_set_weak_pointer (&self->undo_toast, toast);
  ta_toast_add (GTK_WIDGET (self), toast);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Keeps them and all their history; they just stop being matched. */
static void
ta_directory_view_mark_left (TaDirectoryView *self,
                             TaParticipant   *participant)
{
  g_autoptr(TaParticipant) left = ta_participant_copy (participant);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->programme == NULL)
    return;

  ta_participant_set_status (left, TA_PARTICIPANT_STATUS_LEFT);
  if (!ta_programme_update_participant (self->programme, left, &error))
    /* Translators: a notification; %s says why */
    title = g_markup_printf_escaped (_("Cannot change: %s"), error->message);
  else
    /* Translators: a notification; %s is the name of a participant */
    title = g_markup_printf_escaped (_("“%s” marked as having left the programme"),
                                     ta_participant_get_name (left));

  ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
}

static void
ta_directory_view_delete_response (TaDirectoryView  *self,
                                   const char       *response,
                                   AdwMessageDialog *dialog)
{
  TaParticipant *participant = g_object_get_data (G_OBJECT (dialog), "participant");

  if (g_strcmp0 (response, "delete") == 0)
    ta_directory_view_delete_now (self, participant);
  else if (g_strcmp0 (response, "left") == 0)
    ta_directory_view_mark_left (self, participant);
}

/**
 * ta_directory_view_describe_delete:
 * @name: the participant's name
 * @links: what deleting them takes
 *
 * Returns: (transfer full): the sentence that tells what goes with them
 */
char *
ta_directory_view_describe_delete (const char               *name,
                                   const TaParticipantLinks *links)
{
  g_autofree char *pairs = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *text = NULL;

  /* Translators: part of “Deleting Alex Martin also deletes 1 pair and
   * 12 sessions, with their notes and reflections.” */
  pairs = g_strdup_printf (ngettext ("%u pair", "%u pairs", links->n_pairings), links->n_pairings);
  /* Translators: part of “Deleting Alex Martin also deletes 1 pair and
   * 12 sessions, with their notes and reflections.” */
  sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", links->n_sessions), links->n_sessions);

  if (links->n_sessions > 0)
    /* Translators: %1$s is a participant's name, %2$s is “1 pair” (or
     * “2 pairs”), %3$s is “12 sessions” (or “1 session”) */
    text = g_strdup_printf (_("Deleting %1$s also deletes %2$s and %3$s, with their notes and reflections."),
                            name, pairs, sessions);
  else
    /* Translators: %1$s is a participant's name, %2$s is “1 pair” (or
     * “2 pairs”) */
    text = g_strdup_printf (_("Deleting %1$s also deletes %2$s."), name, pairs);

  if (links->n_topics > 0)
    {
      g_autofree char *topics = NULL;

      topics = g_strdup_printf (ngettext ("They are also removed from %u topic.",
                                          "They are also removed from %u topics.",
                                          links->n_topics),
                                links->n_topics);
      return g_strconcat (text, " ", topics, NULL);
    }

  return g_steal_pointer (&text);
}

void
ta_directory_view_delete_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);
  TaParticipantLinks links = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  TaParticipant *participant;
  AdwMessageDialog *dialog;

  participant = gtk_single_selection_get_selected_item (self->selection);
  if (participant == NULL || self->programme == NULL)
    return;

  if (!ta_programme_count_participant_links (self->programme,
                                             ta_participant_get_id (participant), &links, &error))
    {
      g_autofree char *failed = NULL;

      /* Translators: a notification; %s says why */
      failed = g_markup_printf_escaped (_("Cannot delete: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (failed));
      return;
    }

  /* Nothing else goes: Undo is enough. */
  if (links.n_pairings == 0 && links.n_sessions == 0)
    {
      ta_directory_view_delete_now (self, participant);
      return;
    }

  if (self->delete_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->delete_dialog));

  /* Translators: a question; %s is the name of a participant */
  heading = g_strdup_printf (_("Delete %s?"), ta_participant_get_name (participant));
  body = ta_directory_view_describe_delete (ta_participant_get_name (participant), &links);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ta_directory_view_get_window (self), heading, body));
  gtk_window_set_title (GTK_WINDOW (dialog), _("Delete Participant"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_LEFT)
    {
      adw_message_dialog_add_response (dialog, "left", _("_Mark as Left"));
      adw_message_dialog_set_response_appearance (dialog, "left", ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  /* Escape, or closing the window, keeps everything. */
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "participant",
                          ta_participant_copy (participant), g_object_unref);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_directory_view_delete_response),
                           self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->delete_dialog, dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
ta_directory_view_delete_key (GtkWidget *widget,
                              GVariant  *args,
                              gpointer   user_data)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  /* In the search entry, Delete deletes text. */
  if (focus != NULL && (focus == GTK_WIDGET (self->search_entry)
                        || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return FALSE;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    return FALSE;

  return gtk_widget_activate_action (widget, "directory.delete", NULL);
}
