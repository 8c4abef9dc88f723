/* ta-suggestion-row.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-suggestion"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-score-part-row.h"
#include "ta-suggestion-row.h"

/*
 * A card in a list view: a pair suggested by "Suggest Pairs" (Accept,
 * Reject), a candidate partner in the partner finder (Pair, Pin, Block),
 * someone left without a partner (Find a Partner), or a heading.  Rows
 * are reused for other items as the list scrolls, so everything shown is
 * set again in ta_suggestion_row_set_item(); the expanded state lives in
 * the item.
 */

struct _TaSuggestionRow
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  GtkLabel         *heading_label;
  GtkLabel         *heading_detail_label;
  GtkListBox       *card_box;
  GtkLabel         *title_label;
  GtkLabel         *subtitle_label;
  GtkButton        *accept_button;
  GtkButton        *reject_button;
  GtkButton        *pair_button;
  GtkMenuButton    *rules_button;
  GtkButton        *find_button;
  GtkWidget        *buttons_box;
  GtkLevelBar      *level_bar;
  GtkLabel         *score_label;
  AdwExpanderRow   *why_row;
  TaScorePartRow   *part_rows[TA_N_CRITERIA];

  /* Owned references */
  TaSuggestionItem *item;
  GBinding         *expanded_binding;

  guint             candidate : 1;
};

G_DEFINE_FINAL_TYPE (TaSuggestionRow, ta_suggestion_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_CANDIDATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* A button's name for a screen reader, naming the pair it acts on. */
static void
set_accessible_label (GtkWidget *widget,
                      char      *label)
{
  ta_accessible_set_label (GTK_WIDGET (widget), label);
  g_free (label);
}

static void
set_description (GtkWidget  *widget,
                 const char *description)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The breakdown is made when first shown: a list view makes many rows at
 * once, and most are never expanded. */
static void
ta_suggestion_row_show_breakdown (TaSuggestionRow *self)
{
  const TaScore *score;

  if (self->item == NULL ||
      ta_suggestion_item_get_kind (self->item) != TA_SUGGESTION_KIND_PAIR ||
      !adw_expander_row_get_expanded (self->why_row))
    return;

  if (self->part_rows[0] == NULL)
    {
      for (guint i = 0; i < TA_N_CRITERIA; i++)
        {
          self->part_rows[i] = TA_SCORE_PART_ROW (ta_score_part_row_new ());
          adw_expander_row_add_row (self->why_row, GTK_WIDGET (self->part_rows[i]));
        }
    }

  score = ta_suggestion_item_get_score (self->item);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    ta_score_part_row_set_part (self->part_rows[i], &score->parts[i]);
}

static void
ta_suggestion_row_show_pair (TaSuggestionRow *self)
{
  TaSuggestionItem *item = self->item;
  const TaScore *score = ta_suggestion_item_get_score (item);
  g_autofree char *total = ta_score_format_total (score->total);
  g_autofree char *accessible_total = NULL;
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) pin = NULL;
  g_autoptr(GMenuItem) block = NULL;
  g_autoptr(GVariant) target = NULL;
  const char *title = ta_suggestion_item_get_title (item);
  const char *mentor = ta_suggestion_item_get_mentor_name (item) != NULL
                       ? ta_suggestion_item_get_mentor_name (item) : title;
  const char *mentee = ta_suggestion_item_get_mentee_name (item) != NULL
                       ? ta_suggestion_item_get_mentee_name (item) : "";

  target = g_variant_ref_sink (g_variant_new ("(xx)",
                                              ta_suggestion_item_get_mentor_id (item),
                                              ta_suggestion_item_get_mentee_id (item)));

  gtk_widget_set_visible (GTK_WIDGET (self->accept_button), !self->candidate);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button), !self->candidate);
  gtk_widget_set_visible (GTK_WIDGET (self->pair_button), self->candidate);
  gtk_widget_set_visible (GTK_WIDGET (self->rules_button), self->candidate);
  gtk_widget_set_visible (GTK_WIDGET (self->find_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->level_bar), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), TRUE);
  gtk_widget_set_hexpand (self->buttons_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->why_row), TRUE);

  if (self->candidate)
    {
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->pair_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->pair_button), "finder.pair");
      set_description (GTK_WIDGET (self->pair_button), title);
      set_description (GTK_WIDGET (self->rules_button), title);
      /* Translators: a button's name for a screen reader: %1$s is the mentor, %2$s the mentee */
      set_accessible_label (GTK_WIDGET (self->pair_button), g_strdup_printf (_("Pair %1$s and %2$s"), mentor, mentee));
      /* Translators: a button's name for a screen reader: %1$s is the mentor, %2$s the mentee */
      set_accessible_label (GTK_WIDGET (self->rules_button), g_strdup_printf (_("Pin or block %1$s and %2$s"), mentor, mentee));

      pin = g_menu_item_new (_("_Pin: Pair First"), NULL);
      block = g_menu_item_new (_("_Block: Never Pair"), NULL);
      g_menu_item_set_action_and_target_value (pin, "finder.pin", target);
      g_menu_item_set_action_and_target_value (block, "finder.block", target);
      menu = g_menu_new ();
      g_menu_append_item (menu, pin);
      g_menu_append_item (menu, block);
      gtk_menu_button_set_menu_model (self->rules_button, G_MENU_MODEL (menu));
    }
  else
    {
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->accept_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->accept_button), "suggestions.accept");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->reject_button), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reject_button), "suggestions.reject");
      set_description (GTK_WIDGET (self->accept_button), title);
      set_description (GTK_WIDGET (self->reject_button), title);
      /* Translators: a button's name for a screen reader: %1$s is the mentor, %2$s the mentee */
      set_accessible_label (GTK_WIDGET (self->accept_button), g_strdup_printf (_("Accept %1$s and %2$s"), mentor, mentee));
      /* Translators: a button's name for a screen reader: %1$s is the mentor, %2$s the mentee */
      set_accessible_label (GTK_WIDGET (self->reject_button), g_strdup_printf (_("Reject %1$s and %2$s"), mentor, mentee));
    }

  gtk_level_bar_set_value (self->level_bar, CLAMP (score->total, 0, 100));
  gtk_label_set_label (self->score_label, total);
  /* Translators: a compatibility score for a screen reader, as in "78 out of 100" */
  accessible_total = g_strdup_printf (_("%s out of 100"), total);
  ta_accessible_set_label (GTK_WIDGET (self->score_label), accessible_total);

  /* A forbidden candidate is shown with the reason, and cannot be taken. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->card_box), !score->forbidden);
  if (score->forbidden)
    ta_suggestion_item_set_expanded (item, FALSE);

  self->expanded_binding =
    g_object_bind_property (item, "expanded",
                            self->why_row, "expanded",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  ta_suggestion_row_show_breakdown (self);
}

static void
ta_suggestion_row_show_unpaired (TaSuggestionRow *self)
{
  g_autoptr(GVariant) target = NULL;

  target = g_variant_ref_sink (g_variant_new_int64 (ta_suggestion_item_get_participant_id (self->item)));

  gtk_widget_set_visible (GTK_WIDGET (self->accept_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reject_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->pair_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->rules_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->find_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->level_bar), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->score_label), FALSE);
  gtk_widget_set_hexpand (self->buttons_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->why_row), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->card_box), TRUE);

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->find_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->find_button), "win.find-partner");
  set_description (GTK_WIDGET (self->find_button), ta_suggestion_item_get_title (self->item));
  {
    g_autofree char *label = NULL;

    /* Translators: a button's name for a screen reader: %s is a person's name */
    label = g_strdup_printf (_("Find a partner for %s"), ta_suggestion_item_get_title (self->item));
    ta_accessible_set_label (GTK_WIDGET (self->find_button), label);
  }
}

static void
ta_suggestion_row_refresh (TaSuggestionRow *self)
{
  g_assert (TA_IS_SUGGESTION_ROW (self));

  g_clear_pointer (&self->expanded_binding, g_binding_unbind);

  if (self->item == NULL)
    return;

  if (ta_suggestion_item_get_kind (self->item) == TA_SUGGESTION_KIND_HEADING)
    {
      gtk_stack_set_visible_child_name (self->stack, "heading");
      set_label (self->heading_label, ta_suggestion_item_get_title (self->item));
      set_label (self->heading_detail_label, ta_suggestion_item_get_subtitle (self->item));
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "card");
  set_label (self->title_label, ta_suggestion_item_get_title (self->item));
  set_label (self->subtitle_label, ta_suggestion_item_get_subtitle (self->item));

  if (ta_suggestion_item_get_kind (self->item) == TA_SUGGESTION_KIND_PAIR)
    ta_suggestion_row_show_pair (self);
  else
    ta_suggestion_row_show_unpaired (self);
}

/* In a list view row, libadwaita 1.2 focuses the header of the expander
 * row but Enter and Space do not expand it: they do here.  Keys pressed on
 * the rows of the breakdown are theirs. */
static gboolean
ta_suggestion_row_why_key (GtkWidget *widget,
                           GVariant  *args,
                           gpointer   user_data)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return FALSE;

  if (TA_IS_SCORE_PART_ROW (focus) || gtk_widget_get_ancestor (focus, TA_TYPE_SCORE_PART_ROW) != NULL)
    return FALSE;

  if (!gtk_widget_is_sensitive (widget) || !adw_expander_row_get_enable_expansion (row))
    return FALSE;

  adw_expander_row_set_expanded (row, !adw_expander_row_get_expanded (row));

  return TRUE;
}

static void
ta_suggestion_row_dispose (GObject *object)
{
  TaSuggestionRow *self = TA_SUGGESTION_ROW (object);
  GtkWidget *child;

  g_clear_pointer (&self->expanded_binding, g_binding_unbind);
  g_clear_object (&self->item);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_SUGGESTION_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_suggestion_row_parent_class)->dispose (object);
}

static void
ta_suggestion_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaSuggestionRow *self = TA_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_CANDIDATE:
      g_value_set_boolean (value, self->candidate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TaSuggestionRow *self = TA_SUGGESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      ta_suggestion_row_set_item (self, g_value_get_object (value));
      break;

    case PROP_CANDIDATE:
      ta_suggestion_row_set_candidate (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_row_class_init (TaSuggestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_suggestion_row_dispose;
  object_class->get_property = ta_suggestion_row_get_property;
  object_class->set_property = ta_suggestion_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         TA_TYPE_SUGGESTION_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaSuggestionRow:candidate:
   *
   * Whether a pair is a candidate of the partner finder (Pair, Pin,
   * Block) rather than a suggestion (Accept, Reject).
   */
  properties[PROP_CANDIDATE] =
    g_param_spec_boolean ("candidate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-suggestion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, stack);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, heading_detail_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, card_box);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, pair_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, rules_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, find_button);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, score_label);
  gtk_widget_class_bind_template_child (widget_class, TaSuggestionRow, why_row);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "suggestionrow");
}

static void
ta_suggestion_row_init (TaSuggestionRow *self)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  controller = gtk_shortcut_controller_new ();
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, 0),
                                         gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_KP_Enter, 0),
                                                                      gtk_keyval_trigger_new (GDK_KEY_space, 0)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (ta_suggestion_row_why_key, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->why_row), controller);

  g_signal_connect_object (self->why_row, "notify::expanded",
                           G_CALLBACK (ta_suggestion_row_show_breakdown),
                           self, G_CONNECT_SWAPPED);
}

/**
 * ta_suggestion_row_new:
 * @candidate: whether pairs are candidates of the partner finder
 *
 * Returns: a new row, empty until ta_suggestion_row_set_item()
 */
GtkWidget *
ta_suggestion_row_new (gboolean candidate)
{
  return g_object_new (TA_TYPE_SUGGESTION_ROW,
                       "candidate", candidate,
                       NULL);
}

/**
 * ta_suggestion_row_get_item:
 * @self: a #TaSuggestionRow
 *
 * Returns: (transfer none) (nullable): the item shown
 */
TaSuggestionItem *
ta_suggestion_row_get_item (TaSuggestionRow *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ROW (self), NULL);

  return self->item;
}

void
ta_suggestion_row_set_item (TaSuggestionRow  *self,
                            TaSuggestionItem *item)
{
  g_return_if_fail (TA_IS_SUGGESTION_ROW (self));
  g_return_if_fail (!item || TA_IS_SUGGESTION_ITEM (item));

  if (self->item == item)
    return;

  g_clear_pointer (&self->expanded_binding, g_binding_unbind);
  g_set_object (&self->item, item);
  ta_suggestion_row_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

gboolean
ta_suggestion_row_get_candidate (TaSuggestionRow *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ROW (self), FALSE);

  return self->candidate;
}

void
ta_suggestion_row_set_candidate (TaSuggestionRow *self,
                                 gboolean         candidate)
{
  g_return_if_fail (TA_IS_SUGGESTION_ROW (self));

  candidate = !!candidate;
  if (self->candidate == (guint) candidate)
    return;

  self->candidate = candidate;
  ta_suggestion_row_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANDIDATE]);
}

/* The factory's rows: a row in a clamp, so long lists stay readable on a
 * wide window; the row itself is neither activated nor selected. */
static void
factory_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  candidate)
{
  GtkWidget *clamp = adw_clamp_new ();

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), ta_suggestion_row_new (GPOINTER_TO_INT (candidate)));
  gtk_list_item_set_child (list_item, clamp);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
}

static void
factory_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  candidate)
{
  GtkWidget *clamp = gtk_list_item_get_child (list_item);

  ta_suggestion_row_set_item (TA_SUGGESTION_ROW (adw_clamp_get_child (ADW_CLAMP (clamp))),
                              gtk_list_item_get_item (list_item));
}

static void
factory_unbind (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  candidate)
{
  GtkWidget *clamp = gtk_list_item_get_child (list_item);

  ta_suggestion_row_set_item (TA_SUGGESTION_ROW (adw_clamp_get_child (ADW_CLAMP (clamp))), NULL);
}

/**
 * ta_suggestion_row_new_factory:
 * @candidate: whether the rows are candidates of the partner finder
 *
 * The list item factory of a list of #TaSuggestionItem: the suggestions
 * of the Pairs view and the candidates of the partner finder alike.
 *
 * Returns: (transfer full): a new factory
 */
GtkListItemFactory *
ta_suggestion_row_new_factory (gboolean candidate)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  gpointer data = GINT_TO_POINTER (!!candidate);

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup), data);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind), data);

  return factory;
}
