/* ta-preferences-window.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-preferences"

#include "config.h"

#include "ta-application.h"
#include "ta-preferences-window.h"

struct _TaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *show_left_switch;

  /* Owned references */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (TaPreferencesWindow, ta_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the style combo, in order. */
static const char *color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_row (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_strcmp0 (scheme, color_schemes[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
row_to_color_scheme (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint row = g_value_get_uint (value);

  if (row >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[row]);
}

static void
ta_preferences_window_dispose (GObject *object)
{
  TaPreferencesWindow *self = TA_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ta_preferences_window_parent_class)->dispose (object);
}

static void
ta_preferences_window_class_init (TaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, show_left_switch);
}

static void
ta_preferences_window_init (TaPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (TA_SETTINGS_SCHEMA_ID);
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_row,
                                row_to_color_scheme,
                                NULL, NULL);
  g_settings_bind (self->settings, "show-left-participants",
                   self->show_left_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * ta_preferences_window_new:
 * @parent: (nullable): the window the preferences belong to
 *
 * Returns: (transfer none): a new preferences window
 */
GtkWindow *
ta_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (TA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
