/* ta-pairs-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-match.h"
#include "ta-new-pair-dialog.h"
#include "ta-pair-filter.h"
#include "ta-pairing-detail.h"
#include "ta-pairing-list.h"
#include "ta-pairing-row.h"
#include "ta-pairs-view-internal.h"
#include "ta-suggestion-list.h"
#include "ta-toast.h"

/*
 * The pairs of the programme, grouped by status, beside the pair chosen;
 * and "Suggest Pairs", which scores the whole programme in a thread while
 * the window keeps drawing, then shows the suggestions where a pair would
 * be.
 *
 * GTK 4.8 list views have no sections, so the list is flattened from one
 * model per status, each after a heading model that holds a heading only
 * while the status has pairs: [heading, proposed…, heading, active…, …].
 */

G_DEFINE_FINAL_TYPE (TaPairsView, ta_pairs_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
ta_pairs_view_update_state (TaPairsView *self)
{
  gboolean open;
  gboolean busy;
  gboolean has_results;
  guint n_pairings;
  guint n_participants;
  guint n_pending;
  gboolean suggestions_shown;

  g_assert (TA_IS_PAIRS_VIEW (self));

  if (self->disposed)
    return;

  open = self->participants != NULL && self->pairings != NULL;
  busy = self->cancellable != NULL;
  n_pairings = open ? g_list_model_get_n_items (G_LIST_MODEL (self->pairings)) : 0;
  n_participants = open ? g_list_model_get_n_items (G_LIST_MODEL (self->participants)) : 0;
  has_results = ta_suggestion_list_get_has_results (self->suggestion_list);
  n_pending = ta_suggestion_list_get_n_pending (self->suggestion_list);
  suggestions_shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "suggestions") == 0;

  gtk_stack_set_visible_child_name (self->stack, n_pairings > 0 || has_results ? "pairs" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, n_pairings > 0 ? "list" : "none");

  if (n_participants == 0)
    adw_status_page_set_description (self->empty_page,
                                     _("Add the people who take part in the Directory first. "
                                       "Turnabout then suggests the best pairs for the whole programme, "
                                       "each with the reasons for it."));
  else
    adw_status_page_set_description (self->empty_page,
                                     _("Let Turnabout suggest the best pairs for the whole programme, "
                                       "each with the reasons for it, or find a partner for one person."));

  /* The suggestions wait while a pair is looked at. */
  if (has_results && n_pending > 0 && !suggestions_shown)
    {
      g_autofree char *pending = NULL;

      pending = g_strdup_printf (ngettext ("%u suggested pair to review",
                                           "%u suggested pairs to review",
                                           n_pending),
                                 n_pending);
      gtk_label_set_label (self->pending_label, pending);
      gtk_revealer_set_reveal_child (self->pending_revealer, TRUE);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->pending_revealer, FALSE);
    }

  if (!has_results && suggestions_shown)
    gtk_stack_set_visible_child_name (self->detail_stack, self->selected_id != 0 ? "pairing" : "none");

  /* One suggested action on the page: Accept All while the suggestions
   * are shown, a pair's next step (Start, Resume) while a pair is, and
   * Suggest Pairs only when nothing is. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "none") == 0)
    gtk_widget_add_css_class (self->suggest_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->suggest_button, "suggested-action");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairs.suggest", n_participants > 0 && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairs.cancel-suggest", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairs.show-suggestions", has_results);
}

/* The list */

static GtkOrdering
ta_pairs_view_compare (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  TaPairsView *self = user_data;
  TaPairing *pa = (TaPairing *) a;
  TaPairing *pb = (TaPairing *) b;
  gint64 ids[2][2] = {
    { ta_pairing_get_mentor_id (pa), ta_pairing_get_mentee_id (pa) },
    { ta_pairing_get_mentor_id (pb), ta_pairing_get_mentee_id (pb) },
  };

  /* By mentor, then mentee, as the names read. */
  for (guint i = 0; i < 2 && self->participants != NULL; i++)
    {
      TaParticipant *x = ta_participant_list_lookup (self->participants, ids[0][i]);
      TaParticipant *y = ta_participant_list_lookup (self->participants, ids[1][i]);
      int result;

      if (x == NULL || y == NULL)
        continue;

      result = strcmp (ta_participant_get_sort_key (x), ta_participant_get_sort_key (y));
      if (result != 0)
        return gtk_ordering_from_cmpfunc (result);
    }

  return gtk_ordering_from_cmpfunc ((ta_pairing_get_id (pa) > ta_pairing_get_id (pb)) -
                                    (ta_pairing_get_id (pa) < ta_pairing_get_id (pb)));
}

static gboolean
ta_pairs_view_has_status (gpointer item,
                          gpointer user_data)
{
  return ta_pairing_get_status (item) == (TaPairingStatus) GPOINTER_TO_UINT (user_data);
}

static void
ta_pairs_view_update_heading (TaPairsView        *self,
                              guint               position,
                              guint               removed,
                              guint               added,
                              GtkFilterListModel *model)
{
  TaPairingStatus status;
  guint n_items;

  g_assert (TA_IS_PAIRS_VIEW (self));

  status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (model), "ta-status"));
  n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  if (n_items == self->counts[status])
    return;

  self->counts[status] = n_items;

  /* A new heading object, so that the row showing it binds the new count. */
  if (n_items == 0)
    {
      g_list_store_remove_all (self->headings[status]);
    }
  else
    {
      g_autoptr(GtkStringObject) heading = gtk_string_object_new (ta_pairing_status_to_string (status));
      GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
      gboolean at_top = vadjustment == NULL || gtk_adjustment_get_value (vadjustment) <= 0;

      g_list_store_splice (self->headings[status], 0,
                           g_list_model_get_n_items (G_LIST_MODEL (self->headings[status])),
                           (gpointer *) &heading, 1);

      /* The list view keeps its first row where it is, so a heading coming
       * before it would stay out of sight above. */
      if (at_top)
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
    }
}

static void
ta_pairs_view_setup_row (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         TaPairsView              *self)
{
  gtk_list_item_set_child (list_item, ta_pairing_row_new ());
}

static void
ta_pairs_view_bind_row (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        TaPairsView              *self)
{
  TaPairingRow *row = TA_PAIRING_ROW (gtk_list_item_get_child (list_item));
  gpointer item = gtk_list_item_get_item (list_item);

  ta_pairing_row_set_participants (row, self->participants);
  ta_pairing_row_set_programme (row, self->programme);

  if (GTK_IS_STRING_OBJECT (item))
    {
      TaPairingStatus status = TA_PAIRING_STATUS_PROPOSED;

      ta_pairing_status_from_string (gtk_string_object_get_string (item), &status);
      ta_pairing_row_set_heading (row, ta_pairing_status_get_label (status), self->counts[status]);
      gtk_list_item_set_selectable (list_item, FALSE);
      gtk_list_item_set_activatable (list_item, FALSE);
    }
  else
    {
      ta_pairing_row_set_pairing (row, item);
      gtk_list_item_set_selectable (list_item, TRUE);
      gtk_list_item_set_activatable (list_item, TRUE);
    }
}

static void
ta_pairs_view_unbind_row (GtkSignalListItemFactory *factory,
                          GtkListItem              *list_item,
                          TaPairsView              *self)
{
  ta_pairing_row_set_pairing (TA_PAIRING_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* Selection */

static guint
ta_pairs_view_find (TaPairsView *self,
                    gint64       id)
{
  GListModel *model = G_LIST_MODEL (self->flatten);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (TA_IS_PAIRING (item) && ta_pairing_get_id (TA_PAIRING (item)) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
ta_pairs_view_show_detail (TaPairsView *self,
                           TaPairing   *pairing)
{
  g_assert (TA_IS_PAIRS_VIEW (self));

  self->selected_id = pairing != NULL ? ta_pairing_get_id (pairing) : 0;
  ta_pairing_detail_set_pairing (self->detail, pairing);

  if (pairing != NULL)
    gtk_stack_set_visible_child_name (self->detail_stack, "pairing");
  else if (ta_suggestion_list_get_has_results (self->suggestion_list))
    gtk_stack_set_visible_child_name (self->detail_stack, "suggestions");
  else
    gtk_stack_set_visible_child_name (self->detail_stack, "none");

  ta_pairs_view_update_state (self);
}

static void
ta_pairs_view_selection_changed (TaPairsView *self)
{
  gpointer item;

  g_assert (TA_IS_PAIRS_VIEW (self));

  if (self->disposed)
    return;

  item = gtk_single_selection_get_selected_item (self->selection);

  /* A pair changing status leaves its section before it enters the next:
   * it is selected again once the list settles. */
  if (item == NULL && self->updating)
    return;

  /* The arrow keys pass over a heading: the pair shown stays. */
  if (item != NULL && !TA_IS_PAIRING (item))
    return;

  ta_pairs_view_show_detail (self, TA_IS_PAIRING (item) ? item : NULL);
}

static void
ta_pairs_view_pairings_changing (TaPairsView *self)
{
  self->updating = TRUE;
}

static void
ta_pairs_view_pairings_changed (TaPairsView *self)
{
  TaPairing *pairing = NULL;
  guint position;

  g_assert (TA_IS_PAIRS_VIEW (self));

  self->updating = FALSE;

  if (self->selected_id != 0)
    pairing = ta_pairing_list_lookup (self->pairings, self->selected_id);

  if (pairing != NULL && gtk_single_selection_get_selected_item (self->selection) != (gpointer) pairing)
    {
      position = ta_pairs_view_find (self, self->selected_id);
      if (position != GTK_INVALID_LIST_POSITION)
        {
          gtk_single_selection_set_selected (self->selection, position);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
        }
    }

  if (pairing == NULL && self->selected_id != 0)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      ta_pairs_view_show_detail (self, NULL);
    }
  else if (pairing != ta_pairing_detail_get_pairing (self->detail) && self->selected_id != 0)
    {
      ta_pairs_view_show_detail (self, pairing);
    }

  ta_pairs_view_update_state (self);
}

static void
ta_pairs_view_row_activated (TaPairsView *self,
                             guint        position)
{
  g_autoptr(GObject) item = NULL;

  g_assert (TA_IS_PAIRS_VIEW (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (!TA_IS_PAIRING (item))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
ta_pairs_view_folded_changed (TaPairsView *self)
{
  gboolean folded;

  g_assert (TA_IS_PAIRS_VIEW (self));

  folded = adw_leaflet_get_folded (self->leaflet);

  /* Narrow, one tap opens the pair. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairs.back", folded);
}

static void
ta_pairs_view_back_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  TaPairsView *self = TA_PAIRS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* New Pair… and the search */

static void
ta_pairs_view_pair_created (TaPairsView *self,
                            gint64       pairing_id)
{
  ta_pairs_view_show_pairing (self, pairing_id);
}

static void
ta_pairs_view_add_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TaPairsView *self = TA_PAIRS_VIEW (widget);
  TaNewPairDialog *dialog;
  GtkRoot *root;

  if (self->programme == NULL)
    return;

  root = gtk_widget_get_root (widget);
  dialog = ta_new_pair_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->programme);
  g_signal_connect_object (dialog, "created", G_CALLBACK (ta_pairs_view_pair_created),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ta_pairs_view_search_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TaPairsView *self = TA_PAIRS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ta_pairs_view_search_changed (TaPairsView    *self,
                              GtkSearchEntry *entry)
{
  ta_pair_filter_set_query (self->pair_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
ta_pairs_view_stop_search (TaPairsView    *self,
                           GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* The suggestions started or stopped (ta-pairs-view-suggest.c). */
void
ta_pairs_view_notify_busy (TaPairsView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* GObject */

static void
ta_pairs_view_dispose (GObject *object)
{
  TaPairsView *self = TA_PAIRS_VIEW (object);
  GtkWidget *child;

  self->disposed = TRUE;

  /* A suggestion still running is of no use any more. */
  g_cancellable_cancel (self->cancellable);
  ta_pairs_view_stop_progress (self);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->suggestion_list != NULL)
    g_signal_handlers_disconnect_by_data (self->suggestion_list, self);

  ta_pairs_view_set_programme (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PAIRS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->sorted);
  g_clear_object (&self->searched);
  g_clear_object (&self->pair_filter);
  g_clear_object (&self->sections);
  for (guint i = 0; i < TA_N_PAIRING_STATUSES; i++)
    {
      g_clear_object (&self->by_status[i]);
      g_clear_object (&self->headings[i]);
    }

  G_OBJECT_CLASS (ta_pairs_view_parent_class)->dispose (object);
}

static void
ta_pairs_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TaPairsView *self = TA_PAIRS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ta_pairs_view_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairs_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TaPairsView *self = TA_PAIRS_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_pairs_view_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void ta_pairs_view_map           (GtkWidget   *widget);
static void ta_pairs_view_show_pairings (TaPairsView *self);

static void
ta_pairs_view_class_init (TaPairsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_pairs_view_dispose;
  object_class->get_property = ta_pairs_view_get_property;
  object_class->set_property = ta_pairs_view_set_property;

  widget_class->map = ta_pairs_view_map;

  /**
   * TaPairsView:programme: (nullable)
   *
   * The open programme, whose pairs are shown.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaPairsView:busy:
   *
   * Whether pairs are being suggested.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_PAIRING_DETAIL);
  g_type_ensure (TA_TYPE_SUGGESTION_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-pairs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, stack);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, pending_revealer);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, pending_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, detail);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, suggestion_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, selection);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, flatten);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, find_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairsView, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_update_state);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairs_view_folded_changed);

  gtk_widget_class_install_action (widget_class, "pairs.suggest", NULL,
                                   ta_pairs_view_suggest_action);
  gtk_widget_class_install_action (widget_class, "pairs.cancel-suggest", NULL,
                                   ta_pairs_view_cancel_suggest_action);
  gtk_widget_class_install_action (widget_class, "pairs.show-suggestions", NULL,
                                   ta_pairs_view_show_suggestions_action);
  gtk_widget_class_install_action (widget_class, "pairs.back", NULL,
                                   ta_pairs_view_back_action);
  /* The window's header "+" and Ctrl+F (issue 11's page actions). */
  gtk_widget_class_install_action (widget_class, "page.add", NULL,
                                   ta_pairs_view_add_action);
  gtk_widget_class_install_action (widget_class, "page.search", NULL,
                                   ta_pairs_view_search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "pairs.cancel-suggest", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairsview");
}

static void
ta_pairs_view_init (TaPairsView *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (ta_pairs_view_compare,
                                                                                   self, NULL)));
  self->pair_filter = ta_pair_filter_new ();
  self->searched = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->pair_filter)));
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);

  for (guint i = 0; i < TA_N_PAIRING_STATUSES; i++)
    {
      GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (ta_pairs_view_has_status,
                                                             GUINT_TO_POINTER (i), NULL));

      self->headings[i] = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      self->by_status[i] = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->searched)), filter);
      g_object_set_data (G_OBJECT (self->by_status[i]), "ta-status", GUINT_TO_POINTER (i));
      /* After the flattening model has taken the change in: a heading
       * changed before would make it read items that are not there. */
      g_signal_connect_object (self->by_status[i], "items-changed",
                               G_CALLBACK (ta_pairs_view_update_heading),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

      g_list_store_append (self->sections, self->headings[i]);
      g_list_store_append (self->sections, self->by_status[i]);
    }
  gtk_flatten_list_model_set_model (self->flatten, G_LIST_MODEL (self->sections));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (ta_pairs_view_setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (ta_pairs_view_bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (ta_pairs_view_unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  /* Side by side, the two labels wrap rather than widen the page past
   * 360 px in longer languages. */
  {
    GtkWidget *buttons[] = { self->suggest_button, self->find_button };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        GtkWidget *label = gtk_button_get_child (GTK_BUTTON (buttons[i]));

        if (GTK_IS_LABEL (label))
          {
            gtk_label_set_wrap (GTK_LABEL (label), TRUE);
            gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
            gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
          }
      }
  }

  ta_pairs_view_folded_changed (self);
  ta_pairs_view_update_state (self);
}

/**
 * ta_pairs_view_new:
 *
 * Returns: a new pairs view, showing nothing until
 *   ta_pairs_view_set_programme() is called
 */
GtkWidget *
ta_pairs_view_new (void)
{
  return g_object_new (TA_TYPE_PAIRS_VIEW, NULL);
}

/**
 * ta_pairs_view_get_programme:
 * @self: a #TaPairsView
 *
 * Returns: (transfer none) (nullable): the open programme
 */
TaProgramme *
ta_pairs_view_get_programme (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  return self->programme;
}

/* Reads the pairings of the programme, once the page is on screen. */
static void
ta_pairs_view_load (TaPairsView *self)
{
  TaPairingList *pairings;

  g_assert (TA_IS_PAIRS_VIEW (self));

  if (!self->load_pending || self->programme == NULL)
    return;

  self->load_pending = FALSE;
  /* The programme's own list, shared with the other pages. */
  pairings = ta_programme_get_pairings (self->programme);
  if (pairings != NULL)
    {
      self->pairings = g_object_ref (pairings);
      /* Around the models' own handlers: see ta_pairs_view_selection_changed(). */
      g_signal_connect_object (self->pairings, "items-changed",
                               G_CALLBACK (ta_pairs_view_pairings_changing),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->pairings, "items-changed",
                               G_CALLBACK (ta_pairs_view_pairings_changed),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  if (!self->disposed)
    ta_pairs_view_show_pairings (self);
}

static void
ta_pairs_view_show_pairings (TaPairsView *self)
{
  ta_pairing_detail_set_programme (self->detail, self->programme);
  ta_pairing_detail_set_pairing (self->detail, NULL);
  ta_suggestion_list_set_programme (self->suggestion_list, self->programme);
  ta_pair_filter_set_participants (self->pair_filter, self->participants);
  gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (self->pairings));
  gtk_stack_set_visible_child_name (self->detail_stack, "none");
  ta_pairs_view_update_state (self);
}

static void
ta_pairs_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ta_pairs_view_parent_class)->map (widget);

  ta_pairs_view_load (TA_PAIRS_VIEW (widget));
}

/**
 * ta_pairs_view_set_programme:
 * @self: a #TaPairsView
 * @programme: (nullable): the programme to show the pairs of
 */
void
ta_pairs_view_set_programme (TaPairsView *self,
                             TaProgramme *programme)
{
  TaParticipantList *participants;

  g_return_if_fail (TA_IS_PAIRS_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  /* Suggestions were for the programme that was open. */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      ta_pairs_view_stop_progress (self);
    }

  if (self->pairings != NULL)
    g_signal_handlers_disconnect_by_data (self->pairings, self);
  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_data (self->participants, self);

  if (self->sorted != NULL)
    gtk_sort_list_model_set_model (self->sorted, NULL);
  g_clear_object (&self->pairings);
  g_set_object (&self->programme, programme);
  participants = programme != NULL ? ta_programme_get_participants (programme) : NULL;
  g_set_object (&self->participants, participants);
  self->selected_id = 0;

  if (participants != NULL)
    g_signal_connect_object (participants, "items-changed",
                             G_CALLBACK (ta_pairs_view_update_state),
                             self, G_CONNECT_SWAPPED);

  self->load_pending = programme != NULL;
  if (self->load_pending && gtk_widget_get_mapped (GTK_WIDGET (self)))
    ta_pairs_view_load (self);
  else if (!self->disposed)
    ta_pairs_view_show_pairings (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

/**
 * ta_pairs_view_get_busy:
 * @self: a #TaPairsView
 *
 * Returns: whether pairs are being suggested
 */
gboolean
ta_pairs_view_get_busy (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), FALSE);

  return self->cancellable != NULL;
}

TaPairingList *
_ta_pairs_view_get_pairings (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  /* Asked for before the page was shown (tests, the window's actions). */
  ta_pairs_view_load (self);

  return self->pairings;
}

GtkSelectionModel *
_ta_pairs_view_get_model (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

TaSuggestionList *
_ta_pairs_view_get_suggestion_list (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  return self->suggestion_list;
}

TaPairingDetail *
_ta_pairs_view_get_detail (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  return self->detail;
}

gboolean
_ta_pairs_view_select_pairing (TaPairsView *self,
                               gint64       id)
{
  guint position;

  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), FALSE);

  position = ta_pairs_view_find (self, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);

  return TRUE;
}

GtkSearchEntry *
_ta_pairs_view_get_search_entry (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  return self->search_entry;
}

const char *
_ta_pairs_view_get_visible_page (TaPairsView *self)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
    return "empty";

  return gtk_stack_get_visible_child_name (self->detail_stack);
}

/**
 * ta_pairs_view_show_pairing:
 * @self: a #TaPairsView
 * @pairing_id: a pairing of the programme
 *
 * Selects the pairing and shows it, clearing a search that hides it.
 *
 * Returns: whether the pairing is in the programme
 */
gboolean
ta_pairs_view_show_pairing (TaPairsView *self,
                            gint64       pairing_id)
{
  g_return_val_if_fail (TA_IS_PAIRS_VIEW (self), FALSE);

  ta_pairs_view_load (self);
  if (self->pairings == NULL || ta_pairing_list_lookup (self->pairings, pairing_id) == NULL)
    return FALSE;

  if (ta_pairs_view_find (self, pairing_id) == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      ta_pair_filter_set_query (self->pair_filter, NULL);
    }

  if (!_ta_pairs_view_select_pairing (self, pairing_id))
    return FALSE;

  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  return TRUE;
}
