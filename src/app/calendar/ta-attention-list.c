/* ta-attention-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-attention-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-attention-list.h"
#include "ta-momentum.h"
#include "ta-pairing-row.h"
#include "ta-pairing.h"
#include "ta-session-editor.h"

/* "Needs Attention": the pairs the momentum rules flag (ta-momentum.h),
 * each with why and a one-click Schedule.  It follows the calendar: any
 * change of sessions or pairings evaluates the rules again, once, when
 * the main loop is idle (2,500 pairs take about 40 ms). */
struct _TaAttentionList
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  GtkLabel          *heading;
  GtkListBox        *list;

  /* Owned references */
  TaProgramme       *programme;
  GListStore        *alerts;
  GtkSliceListModel *shown;
  GtkWidget         *more_button;
  guint              refresh_id;
};

/* The first pairs only, and the rest on Show All: a large programme can
 * have thousands, and a row each would take seconds to lay out. */
#define ALERTS_SHOWN 8

G_DEFINE_FINAL_TYPE (TaAttentionList, ta_attention_list, GTK_TYPE_WIDGET)

static GtkWindow *
ta_attention_list_open_editor (TaAttentionList *self,
                               TaMomentumAlert *alert)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TaSessionEditor *editor;

  if (self->programme == NULL)
    return NULL;

  editor = ta_session_editor_new_for_pairing (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              GTK_WIDGET (self), self->programme,
                                              ta_momentum_alert_get_pairing_id (alert));
  gtk_window_present (GTK_WINDOW (editor));

  return GTK_WINDOW (editor);
}

static void
schedule_clicked_cb (GtkButton       *button,
                     TaMomentumAlert *alert)
{
  TaAttentionList *self = TA_ATTENTION_LIST (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                      TA_TYPE_ATTENTION_LIST));

  ta_attention_list_open_editor (self, alert);
}

static GtkWidget *
create_alert_row (gpointer item,
                  gpointer user_data)
{
  TaAttentionList *self = TA_ATTENTION_LIST (user_data);
  TaMomentumAlert *alert = TA_MOMENTUM_ALERT (item);
  TaPairing *pairing = ta_pairing_list_lookup (ta_programme_get_pairings (self->programme),
                                               ta_momentum_alert_get_pairing_id (alert));
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row;
  GtkWidget *button;

  title = pairing != NULL ? ta_pairing_format_title (pairing, ta_programme_get_participants (self->programme)) : g_strdup ("?");

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ta_momentum_alert_get_explanation (alert));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));

  button = gtk_button_new_with_mnemonic (_("_Schedule"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: the Schedule button of a pair that needs attention, for
   * a screen reader; %s is the pair */
  accessible = g_strdup_printf (_("Schedule a session for %s"), title);
  ta_accessible_set_label (GTK_WIDGET (button), accessible);
  g_signal_connect_object (button, "clicked", G_CALLBACK (schedule_clicked_cb), alert, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
ta_attention_list_update_more (TaAttentionList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->alerts));

  if (n > gtk_slice_list_model_get_size (self->shown))
    {
      /* Translators: below the first pairs that need attention */
      g_autofree char *label = g_strdup_printf (ngettext ("Show All %u Pair", "Show All %u Pairs", n), n);

      gtk_button_set_label (GTK_BUTTON (self->more_button), label);
      gtk_widget_set_visible (self->more_button, TRUE);
    }
  else
    {
      gtk_widget_set_visible (self->more_button, FALSE);
    }
}

static void
show_all_clicked_cb (GtkButton       *button,
                     TaAttentionList *self)
{
  gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
  ta_attention_list_update_more (self);
}

void
ta_attention_list_refresh (TaAttentionList *self)
{
  g_autoptr(GPtrArray) alerts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  guint n;

  g_return_if_fail (TA_IS_ATTENTION_LIST (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->programme != NULL)
    {
      alerts = ta_programme_evaluate_momentum (self->programme, NULL, &error);
      if (alerts == NULL)
        g_warning ("Could not tell which pairs need attention: %s", error->message);
    }

  n = alerts != NULL ? alerts->len : 0;
  g_list_store_splice (self->alerts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->alerts)),
                       alerts != NULL ? alerts->pdata : NULL, n);

  /* Translators: the heading of the pairs that need attention */
  heading = g_strdup_printf (ngettext ("Needs Attention: %u Pair", "Needs Attention: %u Pairs", n), n);
  gtk_label_set_label (self->heading, heading);
  gtk_widget_set_visible (self->box, n > 0);
  ta_attention_list_update_more (self);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  TaAttentionList *self = TA_ATTENTION_LIST (user_data);

  self->refresh_id = 0;
  ta_attention_list_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
ta_attention_list_queue_refresh (TaAttentionList *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_idle_cb, self, NULL);
}

static void
ta_attention_list_disconnect (TaAttentionList *self)
{
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_func (self->programme, ta_attention_list_queue_refresh, self);
}

static void
ta_attention_list_dispose (GObject *object)
{
  TaAttentionList *self = TA_ATTENTION_LIST (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  ta_attention_list_disconnect (self);
  g_clear_object (&self->programme);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_ATTENTION_LIST);
  g_clear_object (&self->shown);
  g_clear_object (&self->alerts);

  G_OBJECT_CLASS (ta_attention_list_parent_class)->dispose (object);
}

static void
ta_attention_list_class_init (TaAttentionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_attention_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-attention-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TaAttentionList, box);
  gtk_widget_class_bind_template_child (widget_class, TaAttentionList, heading);
  gtk_widget_class_bind_template_child (widget_class, TaAttentionList, list);
}

static void
ta_attention_list_init (TaAttentionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->alerts = g_list_store_new (TA_TYPE_MOMENTUM_ALERT);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->alerts)), 0, ALERTS_SHOWN);
  self->more_button = gtk_button_new ();
  gtk_widget_add_css_class (self->more_button, "flat");
  gtk_widget_set_visible (self->more_button, FALSE);
  g_signal_connect (self->more_button, "clicked", G_CALLBACK (show_all_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->more_button);
  gtk_widget_set_visible (self->box, FALSE);
}

/**
 * ta_attention_list_set_programme:
 * @self: a #TaAttentionList
 * @programme: (nullable): the open programme
 */
void
ta_attention_list_set_programme (TaAttentionList *self,
                                 TaProgramme     *programme)
{
  static const char * const changes[] = {
    "changed::sessions", "changed::pairings", "changed::settings",
  };

  g_return_if_fail (TA_IS_ATTENTION_LIST (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  ta_attention_list_disconnect (self);
  g_set_object (&self->programme, programme);

  if (programme != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
        g_signal_connect_swapped (programme, changes[i], G_CALLBACK (ta_attention_list_queue_refresh), self);
      gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_alert_row, self, NULL);
    }

  /* After the first frame: thousands of pairs take a while to evaluate. */
  if (programme != NULL)
    ta_attention_list_queue_refresh (self);
  else
    ta_attention_list_refresh (self);
}

GListModel *
ta_attention_list_get_alerts (TaAttentionList *self)
{
  g_return_val_if_fail (TA_IS_ATTENTION_LIST (self), NULL);
  return G_LIST_MODEL (self->alerts);
}

GtkWindow *
_ta_attention_list_schedule (TaAttentionList *self,
                             guint            position)
{
  g_autoptr(TaMomentumAlert) alert = NULL;

  g_return_val_if_fail (TA_IS_ATTENTION_LIST (self), NULL);

  alert = g_list_model_get_item (G_LIST_MODEL (self->alerts), position);
  if (alert == NULL)
    return NULL;

  return ta_attention_list_open_editor (self, alert);
}
