/* ta-chart-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-chart-painter.h"
#include "ta-chart-view.h"
#include "ta-insights-table-view.h"

#define CANVAS_HEIGHT 240
/* Narrow enough for a 360 px window with the page's margins. */
#define CANVAS_MIN_WIDTH 240

/* The drawing itself: an image for assistive technologies. */
#define TA_TYPE_CHART_CANVAS (ta_chart_canvas_get_type ())
G_DECLARE_FINAL_TYPE (TaChartCanvas, ta_chart_canvas, TA, CHART_CANVAS, GtkWidget)

struct _TaChartCanvas
{
  GtkWidget  parent_instance;
  TaChart   *chart;
};

G_DEFINE_FINAL_TYPE (TaChartCanvas, ta_chart_canvas, GTK_TYPE_WIDGET)

static void
ta_chart_canvas_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TaChartCanvas *self = TA_CHART_CANVAS (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  TaChartStyle style = {
    .dark = adw_style_manager_get_dark (adw_style_manager_get_default ()),
    .font = pango_context_get_font_description (context),
  };
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ta_chart_paint (self->chart, cr, width, height, &style);
  cairo_destroy (cr);
}

static void
ta_chart_canvas_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = CANVAS_MIN_WIDTH;
      *natural = 640;
    }
  else
    {
      *minimum = CANVAS_HEIGHT;
      *natural = CANVAS_HEIGHT;
    }
}

static void
ta_chart_canvas_dispose (GObject *object)
{
  TaChartCanvas *self = TA_CHART_CANVAS (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (ta_chart_canvas_parent_class)->dispose (object);
}

static void
ta_chart_canvas_class_init (TaChartCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_chart_canvas_dispose;
  widget_class->snapshot = ta_chart_canvas_snapshot;
  widget_class->measure = ta_chart_canvas_measure;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ta_chart_canvas_init (TaChartCanvas *self)
{
  /* Dark and light draw with different shades of the palette. */
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (gtk_widget_queue_draw), self);
}

static GtkWidget *
ta_chart_canvas_new (TaChart *chart)
{
  TaChartCanvas *self = g_object_new (TA_TYPE_CHART_CANVAS, NULL);
  g_autofree char *description = ta_chart_describe (chart);

  self->chart = g_object_ref (chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ta_chart_get_title (chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return GTK_WIDGET (self);
}

/* The chart with its title and table toggle */

struct _TaChartView
{
  GtkWidget        parent_instance;

  TaChart         *chart;
  GtkWidget       *canvas;
  GtkToggleButton *table_toggle;
  GtkStack        *stack;
};

G_DEFINE_FINAL_TYPE (TaChartView, ta_chart_view, GTK_TYPE_WIDGET)

static void
table_toggled_cb (TaChartView *self)
{
  gboolean show_table = gtk_toggle_button_get_active (self->table_toggle);

  if (show_table && gtk_stack_get_child_by_name (self->stack, "table") == NULL)
    {
      g_autoptr(TaInsightsTable) table = ta_chart_to_table (self->chart);

      gtk_stack_add_named (self->stack, ta_insights_table_view_new (table), "table");
    }
  gtk_stack_set_visible_child_name (self->stack, show_table ? "table" : "chart");
}

static void
ta_chart_view_dispose (GObject *object)
{
  TaChartView *self = TA_CHART_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (ta_chart_view_parent_class)->dispose (object);
}

static void
ta_chart_view_class_init (TaChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_chart_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chart-view");
}

static void
ta_chart_view_init (TaChartView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
}

/**
 * ta_chart_view_new:
 * @chart: the chart to show
 *
 * Returns: (transfer floating): a new chart view
 */
GtkWidget *
ta_chart_view_new (TaChart *chart)
{
  TaChartView *self;
  GtkWidget *header;
  GtkWidget *title;
  g_autofree char *toggle_name = NULL;

  g_return_val_if_fail (TA_IS_CHART (chart), NULL);

  self = g_object_new (TA_TYPE_CHART_VIEW, NULL);
  self->chart = g_object_ref (chart);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = gtk_label_new (ta_chart_get_title (chart));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);

  self->table_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->table_toggle), "view-list-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->table_toggle), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->table_toggle), "flat");
  /* Translators: the toggle of a chart; %s is its title */
  toggle_name = g_strdup_printf (_("Show “%s” as a table"), ta_chart_get_title (chart));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->table_toggle), _("Show as Table"));
  ta_accessible_set_label (GTK_WIDGET (self->table_toggle), toggle_name);
  g_signal_connect_swapped (self->table_toggle, "toggled", G_CALLBACK (table_toggled_cb), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->table_toggle));
  gtk_widget_set_parent (header, GTK_WIDGET (self));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_interpolate_size (self->stack, TRUE);
  self->canvas = ta_chart_canvas_new (chart);
  gtk_stack_add_named (self->stack, self->canvas, "chart");
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));

  return GTK_WIDGET (self);
}

/**
 * ta_chart_view_get_chart:
 * @self: a #TaChartView
 *
 * Returns: (transfer none): the chart shown
 */
TaChart *
ta_chart_view_get_chart (TaChartView *self)
{
  g_return_val_if_fail (TA_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

gboolean
ta_chart_view_get_show_table (TaChartView *self)
{
  g_return_val_if_fail (TA_IS_CHART_VIEW (self), FALSE);
  return gtk_toggle_button_get_active (self->table_toggle);
}

/**
 * ta_chart_view_set_show_table:
 * @self: a #TaChartView
 * @show_table: whether to show the numbers as a table
 */
void
ta_chart_view_set_show_table (TaChartView *self,
                              gboolean     show_table)
{
  g_return_if_fail (TA_IS_CHART_VIEW (self));
  gtk_toggle_button_set_active (self->table_toggle, show_table);
}

GtkWidget *
ta_chart_view_get_canvas (TaChartView *self)
{
  g_return_val_if_fail (TA_IS_CHART_VIEW (self), NULL);
  return self->canvas;
}

GtkToggleButton *
ta_chart_view_get_table_toggle (TaChartView *self)
{
  g_return_val_if_fail (TA_IS_CHART_VIEW (self), NULL);
  return self->table_toggle;
}
