/* ta-my-pairs-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-personal"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-my-pair-card.h"
#include "ta-my-pairs-view.h"
#include "ta-pairing-list.h"
#include "ta-person-dialog.h"

/*
 * My Pairs, the first page of a personal programme: a card for each pair
 * "me" is in, newest first, from the programme's live list of pairings;
 * or, before there is one, how to get one (New Pair, or the kit a
 * facilitator sent).  No directory, no suggestions.
 */

struct _TaMyPairsView
{
  GtkWidget           parent_instance;

  /* Widgets */
  GtkStack           *stack;
  GtkListBox         *list_box;

  /* Owned references */
  TaProgramme        *programme;
  GtkFilterListModel *mine;
  GtkSortListModel   *sorted;
  GtkCustomFilter    *filter;
  GtkWindow          *new_dialog;   /* weak */

  gint64              me_id;
};

G_DEFINE_FINAL_TYPE (TaMyPairsView, ta_my_pairs_view, GTK_TYPE_WIDGET)

static gboolean
is_mine (gpointer item,
         gpointer user_data)
{
  TaMyPairsView *self = user_data;
  TaPairing *pairing = TA_PAIRING (item);

  return self->me_id != 0
         && (ta_pairing_get_mentor_id (pairing) == self->me_id
             || ta_pairing_get_mentee_id (pairing) == self->me_id);
}

/* Newest pair first: the one that is going on. */
static int
compare_pairings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  gint64 id_a = ta_pairing_get_id ((TaPairing *) a);
  gint64 id_b = ta_pairing_get_id ((TaPairing *) b);

  return id_a < id_b ? 1 : id_a > id_b ? -1 : 0;
}

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  TaMyPairsView *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_bottom (row, 36);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), ta_my_pair_card_new (self->programme, item));

  return row;
}

static void
ta_my_pairs_view_update_state (TaMyPairsView *self)
{
  gboolean empty = self->sorted == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "pairs");
}

/* page.add, the header's "+": my partner and our pair at once. */
static void
ta_my_pairs_view_add_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TaMyPairsView *self = TA_MY_PAIRS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  TaPersonDialog *dialog;

  if (self->programme == NULL || ta_programme_get_me (self->programme) == 0)
    return;

  dialog = ta_person_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->programme, TA_PERSON_DIALOG_PARTNER);
  g_set_weak_pointer (&self->new_dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ta_my_pairs_view_dispose (GObject *object)
{
  TaMyPairsView *self = TA_MY_PAIRS_VIEW (object);

  g_clear_weak_pointer (&self->new_dialog);
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_MY_PAIRS_VIEW);
  g_clear_object (&self->sorted);
  g_clear_object (&self->mine);
  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_my_pairs_view_parent_class)->dispose (object);
}

static void
ta_my_pairs_view_class_init (TaMyPairsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_my_pairs_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-my-pairs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaMyPairsView, stack);
  gtk_widget_class_bind_template_child (widget_class, TaMyPairsView, list_box);

  gtk_widget_class_install_action (widget_class, "page.add", NULL, ta_my_pairs_view_add_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mypairsview");
}

static void
ta_my_pairs_view_init (TaMyPairsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ta_my_pairs_view_new (void)
{
  return g_object_new (TA_TYPE_MY_PAIRS_VIEW, NULL);
}

/**
 * ta_my_pairs_view_set_programme:
 * @self: a #TaMyPairsView
 * @programme: (nullable): a personal programme, or %NULL
 *
 * Shows the pairs of @programme's "me".  Call it again when "me" was
 * set (the first-start choice), since the pairs are chosen by who "me" is.
 */
void
ta_my_pairs_view_set_programme (TaMyPairsView *self,
                                TaProgramme   *programme)
{
  g_return_if_fail (TA_IS_MY_PAIRS_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (programme == self->programme && (programme == NULL || ta_programme_get_me (programme) == self->me_id))
    return;

  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  g_clear_object (&self->sorted);
  g_clear_object (&self->mine);
  g_set_object (&self->programme, programme);
  self->me_id = programme != NULL ? ta_programme_get_me (programme) : 0;

  if (programme != NULL && self->me_id != 0)
    {
      self->filter = gtk_custom_filter_new (is_mine, self, NULL);
      self->mine = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (ta_programme_get_pairings (programme))),
                                              GTK_FILTER (self->filter));
      self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->mine)),
                                              GTK_SORTER (gtk_custom_sorter_new (compare_pairings, NULL, NULL)));
      g_signal_connect_swapped (self->sorted, "items-changed", G_CALLBACK (ta_my_pairs_view_update_state), self);
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->sorted), create_card, self, NULL);
    }

  ta_my_pairs_view_update_state (self);
}

GListModel *
_ta_my_pairs_view_get_pairs (TaMyPairsView *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIRS_VIEW (self), NULL);
  return self->sorted != NULL ? G_LIST_MODEL (self->sorted) : NULL;
}

GtkWidget *
_ta_my_pairs_view_get_card (TaMyPairsView *self,
                            guint          position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TA_IS_MY_PAIRS_VIEW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list_box, position);
  return row != NULL ? gtk_list_box_row_get_child (row) : NULL;
}

GtkWindow *
_ta_my_pairs_view_get_new_dialog (TaMyPairsView *self)
{
  g_return_val_if_fail (TA_IS_MY_PAIRS_VIEW (self), NULL);
  return self->new_dialog;
}
