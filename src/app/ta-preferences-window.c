/* ta-preferences-window.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-application.h"
#include "ta-momentum.h"
#include "ta-participant.h"
#include "ta-preferences-window-private.h"
#include "ta-programme.h"
#include "ta-window.h"

struct _TaPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *show_left_switch;
  AdwPreferencesPage   *pairing_page;
  GtkSpinButton        *weight_spins[TA_N_CRITERIA];
  AdwComboRow          *reverse_rule_row;
  AdwActionRow         *levels_row;
  GtkSpinButton        *levels_spin;
  GtkSwitch            *forbid_department_switch;
  GtkSwitch            *exclude_earlier_switch;
  GtkSpinButton        *reminder_spin;
  GtkSpinButton        *momentum_spin;
  AdwEntryRow          *facilitator_row;

  /* Owned references */
  GSettings            *settings;
  TaProgramme          *programme;

  /* Set while the widgets show the stored settings, which saves nothing. */
  guint                 loading : 1;
};

G_DEFINE_FINAL_TYPE (TaPreferencesWindow, ta_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* Pairing: the match settings live in the programme file, so they are
 * read from and saved to the store rather than GSettings. */

static void
ta_preferences_window_show_match_settings (TaPreferencesWindow   *self,
                                           const TaMatchSettings *settings)
{
  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  self->loading = TRUE;

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    gtk_spin_button_set_value (self->weight_spins[i], settings->weights[i]);
  adw_combo_row_set_selected (self->reverse_rule_row,
                              settings->reverse_rule == TA_REVERSE_REQUIRE ? 1 : 0);
  gtk_spin_button_set_value (self->levels_spin, settings->min_levels_below);
  gtk_switch_set_active (self->forbid_department_switch, settings->forbid_same_department);
  gtk_switch_set_active (self->exclude_earlier_switch, settings->exclude_earlier_pairs);
  gtk_widget_set_sensitive (GTK_WIDGET (self->levels_row),
                            settings->reverse_rule == TA_REVERSE_REQUIRE);

  self->loading = FALSE;
}

static void
ta_preferences_window_load_match_settings (TaPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  TaMatchSettings settings;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->programme == NULL)
    return;

  if (!ta_programme_get_match_settings (self->programme, &settings, &error))
    {
      g_autofree char *title = NULL;

      /* Translators: a notification; %s says why */
      title = g_markup_printf_escaped (_("Cannot read the pairing preferences: %s"), error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
      ta_match_settings_init_defaults (&settings);
    }

  ta_preferences_window_show_match_settings (self, &settings);

  self->loading = TRUE;
  gtk_spin_button_set_value (self->momentum_spin, ta_programme_get_momentum_weeks (self->programme, NULL));
  self->loading = FALSE;
}

/* The facilitator's address, also kept in the programme: saved when the
 * row's apply button is pressed (or Enter), refused while it is not an
 * address. */

static void
ta_preferences_window_load_facilitator (TaPreferencesWindow *self)
{
  g_autofree char *email = NULL;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->facilitator_row), self->programme != NULL);
  if (self->programme != NULL)
    ta_programme_get_facilitator_email (self->programme, &email, NULL);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->facilitator_row), email != NULL ? email : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->facilitator_row), "error");
  self->loading = FALSE;
}

static void
ta_preferences_window_facilitator_changed (TaPreferencesWindow *self)
{
  g_autofree char *email = NULL;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->loading)
    return;

  /* Marked while typing, said in words on apply. */
  email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->facilitator_row))));
  if (*email == '\0' || ta_validate_email (email, NULL))
    gtk_widget_remove_css_class (GTK_WIDGET (self->facilitator_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->facilitator_row), "error");
}

static void
ta_preferences_window_facilitator_apply (TaPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *email;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->loading || self->programme == NULL)
    return;

  email = gtk_editable_get_text (GTK_EDITABLE (self->facilitator_row));
  if (!ta_programme_set_facilitator_email (self->programme, email, &error))
    {
      g_autofree char *title = NULL;

      gtk_widget_add_css_class (GTK_WIDGET (self->facilitator_row), "error");
      /* Translators: a notification; %s says why */
      title = g_markup_printf_escaped (_("Cannot save the facilitator’s e-mail: %s"), error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
      return;
    }

  /* As stored: without surrounding spaces. */
  ta_preferences_window_load_facilitator (self);
}

static void
ta_preferences_window_momentum_changed (TaPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->programme == NULL)
    return;

  if (!ta_programme_set_momentum_weeks (self->programme, gtk_spin_button_get_value_as_int (self->momentum_spin), &error))
    {
      g_autofree char *title = NULL;

      /* Translators: a notification; %s says why */
      title = g_markup_printf_escaped (_("Cannot save the preference: %s"), error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
    }
}

static gboolean
ta_preferences_window_save_match_settings (TaPreferencesWindow   *self,
                                           const TaMatchSettings *settings)
{
  g_autoptr(GError) error = NULL;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (ta_match_settings_validate (settings, &error) &&
      ta_programme_set_match_settings (self->programme, settings, &error))
    return TRUE;

  {
    g_autofree char *title = NULL;

    /* Translators: a notification; %s says why */
    title = g_markup_printf_escaped (_("Cannot save the pairing preferences: %s"), error->message);
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
  }

  ta_preferences_window_load_match_settings (self);

  return FALSE;
}

static void
ta_preferences_window_pairing_changed (TaPreferencesWindow *self)
{
  TaMatchSettings settings;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->loading || self->programme == NULL)
    return;

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    settings.weights[i] = gtk_spin_button_get_value (self->weight_spins[i]);
  settings.reverse_rule = adw_combo_row_get_selected (self->reverse_rule_row) == 1
                          ? TA_REVERSE_REQUIRE : TA_REVERSE_PREFER;
  settings.min_levels_below = gtk_spin_button_get_value_as_int (self->levels_spin);
  settings.forbid_same_department = gtk_switch_get_active (self->forbid_department_switch);
  settings.exclude_earlier_pairs = gtk_switch_get_active (self->exclude_earlier_switch);

  gtk_widget_set_sensitive (GTK_WIDGET (self->levels_row),
                            settings.reverse_rule == TA_REVERSE_REQUIRE);

  ta_preferences_window_save_match_settings (self, &settings);
}

static void
ta_preferences_window_undo_restore (AdwToast        *toast,
                                    TaMatchSettings *previous)
{
  TaPreferencesWindow *self = g_object_get_data (G_OBJECT (toast), "ta-preferences");

  if (self != NULL && self->programme != NULL)
    ta_preferences_window_save_match_settings (self, previous);
}

static void
ta_preferences_window_restore_defaults (TaPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  TaMatchSettings *previous;
  TaMatchSettings defaults;
  AdwToast *toast;

  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->programme == NULL)
    return;

  previous = g_new0 (TaMatchSettings, 1);
  if (!ta_programme_get_match_settings (self->programme, previous, &error))
    ta_match_settings_init_defaults (previous);

  ta_match_settings_init_defaults (&defaults);
  if (!ta_preferences_window_save_match_settings (self, &defaults))
    {
      g_free (previous);
      return;
    }

  toast = adw_toast_new (_("Pairing preferences restored to their defaults"));
  adw_toast_set_button_label (toast, _("_Undo"));
  /* The toast lives in this window: it goes with it. */
  g_object_set_data (G_OBJECT (toast), "ta-preferences", self);
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (ta_preferences_window_undo_restore),
                         previous, (GClosureNotify) g_free, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
ta_preferences_window_set_programme (TaPreferencesWindow *self,
                                     TaProgramme         *programme)
{
  g_assert (TA_IS_PREFERENCES_WINDOW (self));

  if (self->programme == programme)
    return;

  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);

  g_set_object (&self->programme, programme);

  /* Changed elsewhere (another window, an undo): shown here too. */
  if (self->programme != NULL)
    g_signal_connect_object (self->programme, "changed::settings",
                             G_CALLBACK (ta_preferences_window_load_match_settings),
                             self, G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (GTK_WIDGET (self->pairing_page), self->programme != NULL);
  ta_preferences_window_load_match_settings (self);
  ta_preferences_window_load_facilitator (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

static void
ta_preferences_window_dispose (GObject *object)
{
  TaPreferencesWindow *self = TA_PREFERENCES_WINDOW (object);

  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_clear_object (&self->programme);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ta_preferences_window_parent_class)->dispose (object);
}

static void
ta_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TaPreferencesWindow *self = TA_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TaPreferencesWindow *self = TA_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_preferences_window_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_preferences_window_class_init (TaPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_preferences_window_dispose;
  object_class->get_property = ta_preferences_window_get_property;
  object_class->set_property = ta_preferences_window_set_property;

  /**
   * TaPreferencesWindow:programme: (nullable)
   *
   * The open programme, whose pairing preferences are shown; without one
   * they cannot be changed.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, show_left_switch);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, pairing_page);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, reminder_spin);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, momentum_spin);
  gtk_widget_class_bind_template_callback (widget_class, ta_preferences_window_momentum_changed);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, facilitator_row);
  gtk_widget_class_bind_template_callback (widget_class, ta_preferences_window_facilitator_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_preferences_window_facilitator_apply);
  gtk_widget_class_bind_template_child_full (widget_class, "topic_fit_spin", FALSE,
                                             G_STRUCT_OFFSET (TaPreferencesWindow, weight_spins[TA_CRITERION_TOPIC_FIT]));
  gtk_widget_class_bind_template_child_full (widget_class, "reverse_spin", FALSE,
                                             G_STRUCT_OFFSET (TaPreferencesWindow, weight_spins[TA_CRITERION_REVERSE]));
  gtk_widget_class_bind_template_child_full (widget_class, "reciprocity_spin", FALSE,
                                             G_STRUCT_OFFSET (TaPreferencesWindow, weight_spins[TA_CRITERION_RECIPROCITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "availability_spin", FALSE,
                                             G_STRUCT_OFFSET (TaPreferencesWindow, weight_spins[TA_CRITERION_AVAILABILITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "department_spin", FALSE,
                                             G_STRUCT_OFFSET (TaPreferencesWindow, weight_spins[TA_CRITERION_CROSS_DEPARTMENT]));
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, reverse_rule_row);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, levels_row);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, levels_spin);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, forbid_department_switch);
  gtk_widget_class_bind_template_child (widget_class, TaPreferencesWindow, exclude_earlier_switch);
  gtk_widget_class_bind_template_callback (widget_class, ta_preferences_window_pairing_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_preferences_window_restore_defaults);

  /* Escape closes it, as every dialog. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
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
  g_settings_bind (self->settings, "reminder-minutes",
                   gtk_spin_button_get_adjustment (self->reminder_spin), "value",
                   G_SETTINGS_BIND_DEFAULT);

  gtk_widget_set_sensitive (GTK_WIDGET (self->pairing_page), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->facilitator_row), FALSE);
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
  TaProgramme *programme = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  /* The pairing preferences are those of the parent's programme. */
  if (TA_IS_WINDOW (parent))
    programme = ta_window_get_programme (TA_WINDOW (parent));

  return g_object_new (TA_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "programme", programme,
                       NULL);
}

GtkSpinButton *
_ta_preferences_window_get_weight_spin (TaPreferencesWindow *self,
                                        TaCriterion          criterion)
{
  g_return_val_if_fail (TA_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (criterion < TA_N_CRITERIA, NULL);

  return self->weight_spins[criterion];
}

GtkSwitch *
_ta_preferences_window_get_forbid_department_switch (TaPreferencesWindow *self)
{
  g_return_val_if_fail (TA_IS_PREFERENCES_WINDOW (self), NULL);

  return self->forbid_department_switch;
}

AdwEntryRow *
_ta_preferences_window_get_facilitator_row (TaPreferencesWindow *self)
{
  g_return_val_if_fail (TA_IS_PREFERENCES_WINDOW (self), NULL);

  return self->facilitator_row;
}
