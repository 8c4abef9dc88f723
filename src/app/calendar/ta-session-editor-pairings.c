/* ta-session-editor-pairings.c - which pair a one-on-one is for
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-describe.h"
#include "ta-session-editor-private.h"

/*
 * The session editor's Pairing row: the open pairs by their people's
 * names (from the programme's live lists), the first active one chosen
 * for a new session, and a hint when none is active.
 */

gint64
_ta_session_editor_get_pairing_id (TaSessionEditor *self)
{
  guint position = gtk_drop_down_get_selected (self->pairing_dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->pairing_ids->len)
    return 0;

  return g_array_index (self->pairing_ids, gint64, position);
}

/* The row shows what the drop-down holds, and sets it.  Not while the
 * list fills: both follow the model then, and a selection changed from
 * within another's items-changed is one GTK does not survive. */
void
_ta_session_editor_pairing_selected (TaSessionEditor *self,
                     GParamSpec      *pspec,
                     GObject         *source)
{
  guint position;

  if (self->loading_pairings)
    return;

  if (source == G_OBJECT (self->pairing_row))
    {
      position = adw_combo_row_get_selected (self->pairing_row);
      if (position != gtk_drop_down_get_selected (self->pairing_dropdown))
        gtk_drop_down_set_selected (self->pairing_dropdown, position);
    }
  else
    {
      position = gtk_drop_down_get_selected (self->pairing_dropdown);
      if (position != adw_combo_row_get_selected (self->pairing_row))
        adw_combo_row_set_selected (self->pairing_row, position);
    }
  _ta_session_editor_clear_error (self);
}

/* Fills the pairing drop-down with the open pairings, and @keep_id's even
 * when it is no longer open (a past session of an ended pair). */
void
_ta_session_editor_load_pairings (TaSessionEditor *self,
                                 gint64           keep_id)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;

  pairings = ta_programme_list_pairings (self->programme, &error);
  if (pairings == NULL)
    {
      _ta_session_editor_show_error (self, error->message);
      return;
    }

  self->loading_pairings = TRUE;
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      TaPairingStatus status = ta_pairing_get_status (pairing);
      g_autofree char *name = NULL;
      gint64 id = ta_pairing_get_id (pairing);

      if (status != TA_PAIRING_STATUS_PROPOSED &&
          status != TA_PAIRING_STATUS_ACTIVE &&
          status != TA_PAIRING_STATUS_PAUSED &&
          id != keep_id)
        continue;

      name = ta_describe_pair (pairing, self->participants);
      g_array_append_val (self->pairing_ids, id);
      gtk_string_list_append (self->pairing_names, name);
    }

  self->loading_pairings = FALSE;
  adw_combo_row_set_selected (self->pairing_row, gtk_drop_down_get_selected (self->pairing_dropdown));

  if (self->pairing_ids->len == 0)
    _ta_session_editor_show_error (self, _("There is no open pairing to plan a session for."));
}

/* A new session is for the first active pairing: a paused or proposed
 * one is there to choose, never chosen for the facilitator. */
void
_ta_session_editor_preselect_pairing (TaSessionEditor *self)
{
  TaPairingList *pairings = ta_programme_get_pairings (self->programme);

  for (guint i = 0; i < self->pairing_ids->len; i++)
    {
      TaPairing *pairing = ta_pairing_list_lookup (pairings, g_array_index (self->pairing_ids, gint64, i));

      if (pairing != NULL && ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        {
          gtk_drop_down_set_selected (self->pairing_dropdown, i);
          gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), FALSE);
          return;
        }
    }

  if (self->pairing_ids->len > 0)
    {
      gtk_drop_down_set_selected (self->pairing_dropdown, GTK_INVALID_LIST_POSITION);
      gtk_label_set_label (self->pairing_hint,
                           _("No pairing is active: choose one that is paused or proposed, or start a pairing first."));
      gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), TRUE);
    }
}

void
_ta_session_editor_select_pairing (TaSessionEditor *self,
                                  gint64           pairing_id)
{
  for (guint i = 0; i < self->pairing_ids->len; i++)
    if (g_array_index (self->pairing_ids, gint64, i) == pairing_id)
      {
        gtk_drop_down_set_selected (self->pairing_dropdown, i);
        gtk_widget_set_visible (GTK_WIDGET (self->pairing_hint), FALSE);
      }
}
