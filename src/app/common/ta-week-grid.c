/* ta-week-grid.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-week-grid"

#include "config.h"

#include "ta-week-grid.h"

/* The template's toggle buttons, in slot order (see ta-availability.h). */
static const char *slot_ids[TA_AVAILABILITY_N_SLOTS] = {
  "mon_am", "mon_pm", "tue_am", "tue_pm", "wed_am", "wed_pm", "thu_am",
  "thu_pm", "fri_am", "fri_pm", "sat_am", "sat_pm", "sun_am", "sun_pm",
};

struct _TaWeekGrid
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkToggleButton *toggles[TA_AVAILABILITY_N_SLOTS];

  TaAvailability   availability;
  guint            editable : 1;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (TaWeekGrid, ta_week_grid, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AVAILABILITY,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_week_grid_toggled (TaWeekGrid      *self,
                      GtkToggleButton *toggle)
{
  TaAvailability availability = 0;

  g_assert (TA_IS_WEEK_GRID (self));

  if (self->updating)
    return;

  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    {
      if (gtk_toggle_button_get_active (self->toggles[slot]))
        availability |= 1u << slot;
    }

  if (availability == self->availability)
    return;

  self->availability = availability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY]);
}

static void
ta_week_grid_dispose (GObject *object)
{
  TaWeekGrid *self = TA_WEEK_GRID (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_WEEK_GRID);

  /* The day and half-day labels are not bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_week_grid_parent_class)->dispose (object);
}

static void
ta_week_grid_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TaWeekGrid *self = TA_WEEK_GRID (object);

  switch (prop_id)
    {
    case PROP_AVAILABILITY:
      g_value_set_uint (value, self->availability);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_week_grid_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TaWeekGrid *self = TA_WEEK_GRID (object);

  switch (prop_id)
    {
    case PROP_AVAILABILITY:
      ta_week_grid_set_availability (self, g_value_get_uint (value));
      break;

    case PROP_EDITABLE:
      ta_week_grid_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_week_grid_class_init (TaWeekGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_week_grid_dispose;
  object_class->get_property = ta_week_grid_get_property;
  object_class->set_property = ta_week_grid_set_property;

  /**
   * TaWeekGrid:availability:
   *
   * The half-day slots that are checked, as a #TaAvailability mask.
   */
  properties[PROP_AVAILABILITY] =
    g_param_spec_uint ("availability", NULL, NULL,
                       0, TA_AVAILABILITY_ALL, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaWeekGrid:editable:
   *
   * Whether the slots can be toggled; when not, the grid only shows them.
   */
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-week-grid.ui");
  gtk_widget_class_bind_template_callback (widget_class, ta_week_grid_toggled);
  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    gtk_widget_class_bind_template_child_full (widget_class, slot_ids[slot], FALSE,
                                               G_STRUCT_OFFSET (TaWeekGrid, toggles)
                                               + slot * sizeof (GtkToggleButton *));

  gtk_widget_class_set_css_name (widget_class, "weekgrid");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ta_week_grid_init (TaWeekGrid *self)
{
  self->editable = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ta_week_grid_new:
 *
 * Returns: a new, editable week grid with no slot checked
 */
GtkWidget *
ta_week_grid_new (void)
{
  return g_object_new (TA_TYPE_WEEK_GRID, NULL);
}

TaAvailability
ta_week_grid_get_availability (TaWeekGrid *self)
{
  g_return_val_if_fail (TA_IS_WEEK_GRID (self), 0);

  return self->availability;
}

void
ta_week_grid_set_availability (TaWeekGrid     *self,
                               TaAvailability  availability)
{
  g_return_if_fail (TA_IS_WEEK_GRID (self));

  availability &= TA_AVAILABILITY_ALL;
  if (self->availability == availability)
    return;

  self->availability = availability;

  self->updating = TRUE;
  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    gtk_toggle_button_set_active (self->toggles[slot], (availability & (1u << slot)) != 0);
  self->updating = FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY]);
}

gboolean
ta_week_grid_get_editable (TaWeekGrid *self)
{
  g_return_val_if_fail (TA_IS_WEEK_GRID (self), FALSE);

  return self->editable;
}

void
ta_week_grid_set_editable (TaWeekGrid *self,
                           gboolean    editable)
{
  g_return_if_fail (TA_IS_WEEK_GRID (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;

  /* Read-only, the slots stay legible (not greyed out) but take neither
   * clicks nor focus; their checked state is still announced. */
  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    {
      gtk_widget_set_can_target (GTK_WIDGET (self->toggles[slot]), editable);
      gtk_widget_set_focusable (GTK_WIDGET (self->toggles[slot]), editable);
    }

  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "read-only");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}
