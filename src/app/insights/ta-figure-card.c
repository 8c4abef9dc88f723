/* ta-figure-card.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-figure-card"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ta-accessible.h"
#include "ta-figure-card.h"

struct _TaFigureCard
{
  GtkFlowBoxChild  parent_instance;

  TaFigure        *figure;
  GtkLabel        *value_label;
  GtkMenuButton   *info_button;
  GtkLabel        *definition_label;
  GtkLabel        *computation_label;
};

G_DEFINE_FINAL_TYPE (TaFigureCard, ta_figure_card, GTK_TYPE_FLOW_BOX_CHILD)

static GtkWidget *
wrapping_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  return label;
}

/* The popover: what the figure means, and this value's sum. */
static GtkWidget *
new_info_popover (TaFigureCard *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = wrapping_label (ta_figure_get_title (self->figure));
  const char *computation = ta_figure_get_computation (self->figure);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  self->definition_label = GTK_LABEL (wrapping_label (ta_figure_get_definition (self->figure)));
  gtk_label_set_max_width_chars (self->definition_label, 40);
  gtk_label_set_width_chars (self->definition_label, 24);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->definition_label));

  self->computation_label = GTK_LABEL (wrapping_label (computation != NULL ? computation : ""));
  gtk_label_set_max_width_chars (self->computation_label, 40);
  gtk_label_set_width_chars (self->computation_label, 24);
  gtk_widget_add_css_class (GTK_WIDGET (self->computation_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->computation_label), computation != NULL && *computation != '\0');
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->computation_label));

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

/* "Target met: 70 % (Mentorloop's published target)", said in words as
 * well as in colour. */
static GtkWidget *
new_target_row (TaFigure *figure)
{
  double target = ta_figure_get_target (figure);
  const char *who = ta_figure_get_target_label (figure);
  g_autofree char *number = ta_figure_format_number (ta_figure_get_unit (figure), target);
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon;
  GtkWidget *label;

  if (who == NULL)
    who = "";

  if (isnan (ta_figure_get_value (figure)))
    {
      /* Translators: a figure's published target; %1$s is the value
       * ("70 %"), %2$s who published it ("Mentorloop's published target") */
      text = g_strdup_printf (_("Target %1$s (%2$s)"), number, who);
      icon = gtk_image_new_from_icon_name ("mark-location-symbolic");
    }
  else if (ta_figure_meets_target (figure))
    {
      /* Translators: as "Target %1$s (%2$s)", when the figure reaches it */
      text = g_strdup_printf (_("Target met: %1$s (%2$s)"), number, who);
      icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (box, "success");
    }
  else
    {
      /* Translators: as "Target %1$s (%2$s)", when the figure is below it */
      text = g_strdup_printf (_("Below target: %1$s (%2$s)"), number, who);
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (box, "warning");
    }

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  label = wrapping_label (text);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (box, "ta-target");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* What a screen reader says of the card: the figure, and what
 * activating it lists. */
static char *
describe_card (TaFigure   *figure,
               const char *value)
{
  const char *title = ta_figure_get_title (figure);

  switch (ta_figure_get_subject_kind (figure))
    {
    case TA_SUBJECT_PARTICIPANTS:
      /* Translators: a figure's card, for screen readers: %1$s is its
       * title, %2$s its value */
      return g_strdup_printf (_("%1$s: %2$s, list the people behind it"), title, value);
    case TA_SUBJECT_PAIRINGS:
      /* Translators: as "%1$s: %2$s, list the people behind it" */
      return g_strdup_printf (_("%1$s: %2$s, list the pairs behind it"), title, value);
    case TA_SUBJECT_SESSIONS:
      /* Translators: as "%1$s: %2$s, list the people behind it" */
      return g_strdup_printf (_("%1$s: %2$s, list the sessions behind it"), title, value);
    case TA_SUBJECT_TOPICS:
      /* Translators: as "%1$s: %2$s, list the people behind it" */
      return g_strdup_printf (_("%1$s: %2$s, list the topics behind it"), title, value);
    case TA_SUBJECT_NONE:
    default:
      /* Translators: a figure's card with no records behind it: %1$s is
       * its title, %2$s its value */
      return g_strdup_printf (_("%1$s: %2$s"), title, value);
    }
}

static void
ta_figure_card_build (TaFigureCard *self)
{
  TaFigure *figure = self->figure;
  const char *title = ta_figure_get_title (figure);
  g_autofree char *value = ta_figure_format_value (figure, FALSE);
  g_autofree char *info_name = NULL;
  g_autofree char *card_name = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title_label;

  self->value_label = GTK_LABEL (gtk_label_new (value));
  gtk_label_set_xalign (self->value_label, 0.0);
  gtk_label_set_wrap (self->value_label, TRUE);
  gtk_label_set_wrap_mode (self->value_label, PANGO_WRAP_WORD);
  gtk_widget_set_hexpand (GTK_WIDGET (self->value_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "title-1");
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "numeric");
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->value_label));

  self->info_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->info_button, "dialog-information-symbolic");
  gtk_menu_button_set_popover (self->info_button, new_info_popover (self));
  gtk_widget_set_valign (GTK_WIDGET (self->info_button), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->info_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->info_button), "circular");
  /* Translators: the info button of a figure; %s is its title */
  info_name = g_strdup_printf (_("How “%s” is computed"), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->info_button), info_name);
  ta_accessible_set_label (GTK_WIDGET (self->info_button), info_name);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->info_button));
  gtk_box_append (GTK_BOX (box), top);

  title_label = wrapping_label (title);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (GTK_BOX (box), title_label);

  if (!isnan (ta_figure_get_target (figure)))
    gtk_box_append (GTK_BOX (box), new_target_row (figure));

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), box);

  card_name = describe_card (figure, value);
  if (ta_figure_card_has_subjects (self))
    gtk_widget_add_css_class (GTK_WIDGET (self), "activatable");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, card_name,
                                  -1);
}

static void
ta_figure_card_dispose (GObject *object)
{
  TaFigureCard *self = TA_FIGURE_CARD (object);

  g_clear_object (&self->figure);

  G_OBJECT_CLASS (ta_figure_card_parent_class)->dispose (object);
}

static void
ta_figure_card_class_init (TaFigureCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_figure_card_dispose;
}

static void
ta_figure_card_init (TaFigureCard *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "ta-figure-card");
  /* Two cards side by side need more than a 360 px window has. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 180, -1);
}

/**
 * ta_figure_card_new:
 * @figure: the figure to show
 *
 * Returns: (transfer floating): a new card
 */
GtkWidget *
ta_figure_card_new (TaFigure *figure)
{
  TaFigureCard *self;

  g_return_val_if_fail (TA_IS_FIGURE (figure), NULL);

  self = g_object_new (TA_TYPE_FIGURE_CARD, NULL);
  self->figure = g_object_ref (figure);
  ta_figure_card_build (self);
  return GTK_WIDGET (self);
}

/**
 * ta_figure_card_get_figure:
 * @self: a #TaFigureCard
 *
 * Returns: (transfer none): the figure shown
 */
TaFigure *
ta_figure_card_get_figure (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), NULL);
  return self->figure;
}

/**
 * ta_figure_card_has_subjects:
 * @self: a #TaFigureCard
 *
 * Returns: whether the figure says which records are behind it (none
 *   may be, as when everyone is matched)
 */
gboolean
ta_figure_card_has_subjects (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), FALSE);
  return ta_figure_get_subject_kind (self->figure) != TA_SUBJECT_NONE;
}

GtkLabel *
ta_figure_card_get_value_label (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), NULL);
  return self->value_label;
}

GtkMenuButton *
ta_figure_card_get_info_button (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), NULL);
  return self->info_button;
}

GtkLabel *
ta_figure_card_get_definition_label (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), NULL);
  return self->definition_label;
}

GtkLabel *
ta_figure_card_get_computation_label (TaFigureCard *self)
{
  g_return_val_if_fail (TA_IS_FIGURE_CARD (self), NULL);
  return self->computation_label;
}
