/* ta-month-cell.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-month-grid"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-month-cell.h"

struct _TaMonthCell
{
  GtkWidget  parent_instance;

  GtkWidget *day_label;
  GtkWidget *chips;
  GPtrArray *labels;   /* every session's chip text, in order */
  int        index;
};

enum {
  SESSION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TaMonthCell, ta_month_cell, GTK_TYPE_WIDGET)

static void
ta_month_cell_dispose (GObject *object)
{
  TaMonthCell *self = TA_MONTH_CELL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->labels, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_month_cell_parent_class)->dispose (object);
}

static void
ta_month_cell_class_init (TaMonthCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_month_cell_dispose;

  /**
   * TaMonthCell::session-activated:
   * @self: the cell
   * @session: the session of the chip clicked or activated
   */
  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TA_TYPE_SESSION);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "month-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
ta_month_cell_init (TaMonthCell *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->day_label = gtk_label_new (NULL);
  gtk_widget_set_halign (self->day_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->day_label, "day-number");
  gtk_widget_set_parent (self->day_label, GTK_WIDGET (self));

  self->chips = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->chips, GTK_WIDGET (self));

  self->labels = g_ptr_array_new_with_free_func (g_free);
}

static void
chip_clicked_cb (GtkButton *chip,
                 TaSession *session)
{
  GtkWidget *self = gtk_widget_get_ancestor (GTK_WIDGET (chip), TA_TYPE_MONTH_CELL);

  g_signal_emit (self, signals[SESSION_ACTIVATED], 0, session);
}

/**
 * ta_month_cell_new:
 * @index: its place in the grid, from 0 for the first day shown
 *
 * Returns: (transfer floating): an empty day
 */
TaMonthCell *
ta_month_cell_new (int index)
{
  TaMonthCell *self = g_object_new (TA_TYPE_MONTH_CELL, NULL);

  self->index = index;

  return self;
}

int
ta_month_cell_get_index (TaMonthCell *self)
{
  g_return_val_if_fail (TA_IS_MONTH_CELL (self), -1);
  return self->index;
}

void
ta_month_cell_set_day_number (TaMonthCell *self,
                              const char  *number)
{
  g_return_if_fail (TA_IS_MONTH_CELL (self));
  gtk_label_set_label (GTK_LABEL (self->day_label), number);
}

/* Before the sessions of a day are added again. */
void
ta_month_cell_clear (TaMonthCell *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->chips)) != NULL)
    gtk_box_remove (GTK_BOX (self->chips), child);
  g_ptr_array_set_size (self->labels, 0);
}

/* A chip is a button: clicked or activated by keyboard, it opens its
 * session. */
void
ta_month_cell_add (TaMonthCell *self,
                   const char  *text,
                   TaSession   *session)
{
  g_ptr_array_add (self->labels, g_strdup (text));

  if (self->labels->len <= TA_MONTH_CELL_MAX_CHIPS)
    {
      GtkWidget *chip = gtk_button_new ();
      GtkWidget *label = gtk_label_new (text);
      TaSessionStatus status = ta_session_get_status (session);
      g_autofree char *accessible = NULL;

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_button_set_child (GTK_BUTTON (chip), label);
      gtk_widget_add_css_class (chip, "session-chip");
      if (status == TA_SESSION_STATUS_CANCELLED)
        gtk_widget_add_css_class (chip, "cancelled");
      /* Translators: a session in the month grid for a screen reader:
       * its time and who meets, then its status ("Planned") */
      accessible = g_strdup_printf (C_("month grid chip", "%1$s, %2$s"), text,
                                    ta_session_status_get_label (status));
      ta_accessible_set_label (GTK_WIDGET (chip), accessible);
      g_signal_connect_object (chip, "clicked", G_CALLBACK (chip_clicked_cb),
                               session, 0);
      gtk_box_append (GTK_BOX (self->chips), chip);
    }
}

/* After the last session of the day: "+2 more" below the chips. */
void
ta_month_cell_finish (TaMonthCell *self)
{
  if (self->labels->len > TA_MONTH_CELL_MAX_CHIPS)
    {
      guint more = self->labels->len - TA_MONTH_CELL_MAX_CHIPS;
      g_autofree char *text = NULL;
      GtkWidget *label;

      /* Translators: below the first sessions of a day in the month grid */
      text = g_strdup_printf (ngettext ("+%u more", "+%u more", more), more);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      /* Like the chips above it: a day is a seventh of a 360 px window. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (self->chips), label);
    }
}

/* Every session's chip text, in order, shown or not (transfer full). */
char **
ta_month_cell_dup_labels (TaMonthCell *self)
{
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (TA_IS_MONTH_CELL (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->labels->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->labels, i));

  return g_strv_builder_end (builder);
}
