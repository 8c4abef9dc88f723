/* ta-pairs-view-suggest.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-pairs-view-internal.h"
#include "ta-toast.h"

/*
 * Suggest Pairs: a snapshot of the programme is scored in a thread
 * (ta_programme_suggest_async()) while the window keeps drawing and a
 * progress bar follows it; the suggestions then show where a pair would.
 */

static gboolean
ta_pairs_view_update_progress (gpointer user_data)
{
  TaPairsView *self = user_data;
  int progress = g_atomic_int_get (self->progress);

  if (progress <= 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, progress / 1000.0);

  return G_SOURCE_CONTINUE;
}

void
ta_pairs_view_stop_progress (TaPairsView *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->progress, g_atomic_rc_box_release);
  g_clear_object (&self->cancellable);

  if (!self->disposed)
    gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);

  ta_pairs_view_notify_busy (self);
}

static void
ta_pairs_view_show_suggestions (TaPairsView *self)
{
  g_assert (TA_IS_PAIRS_VIEW (self));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selected_id = 0;
  ta_pairing_detail_set_pairing (self->detail, NULL);
  gtk_stack_set_visible_child_name (self->detail_stack, "suggestions");
  ta_pairs_view_update_state (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  gtk_widget_grab_focus (GTK_WIDGET (self->suggestion_list));
}

static void
ta_pairs_view_suggest_done (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(TaPairsView) self = user_data;
  g_autoptr(TaSuggestions) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  suggestions = ta_programme_suggest_finish (TA_PROGRAMME (source), result, &error);

  /* A window closed meanwhile, or another programme opened. */
  if (self->disposed || g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;

  ta_pairs_view_stop_progress (self);

  if (suggestions == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ta_toast_add (GTK_WIDGET (self), adw_toast_new (_("Suggesting pairs cancelled")));
      else
        {
          g_autofree char *title = NULL;

          /* Translators: a notification; %s says why */
          title = g_markup_printf_escaped (_("Cannot suggest pairs: %s"), error->message);
          ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
        }
      ta_pairs_view_update_state (self);
      return;
    }

  ta_suggestion_list_set_suggestions (self->suggestion_list, suggestions);
  ta_pairs_view_show_suggestions (self);
}

void
ta_pairs_view_suggest_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TaPairsView *self = TA_PAIRS_VIEW (widget);
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GError) error = NULL;

  if (self->programme == NULL || self->cancellable != NULL)
    return;

  /* A snapshot of the programme, read here; scored in a thread. */
  matcher = ta_programme_new_matcher (self->programme, &error);
  if (matcher == NULL)
    {
      g_autofree char *title = NULL;

      title = g_markup_printf_escaped (_("Cannot suggest pairs: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
      return;
    }

  self->cancellable = g_cancellable_new ();
  self->progress = g_atomic_rc_box_new0 (gint);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_source = g_timeout_add (100, ta_pairs_view_update_progress, self);

  ta_programme_suggest_async (self->programme, matcher, self->progress, self->cancellable,
                              ta_pairs_view_suggest_done, g_object_ref (self));

  ta_pairs_view_update_state (self);
  ta_pairs_view_notify_busy (self);
}

void
ta_pairs_view_cancel_suggest_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  TaPairsView *self = TA_PAIRS_VIEW (widget);

  g_cancellable_cancel (self->cancellable);
}

void
ta_pairs_view_show_suggestions_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  ta_pairs_view_show_suggestions (TA_PAIRS_VIEW (widget));
}
