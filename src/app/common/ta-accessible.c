/* ta-accessible.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What screen readers hear, where GTK 4.8 gets it wrong by itself.
 *
 * A button with a mnemonic ("_Held…") is announced by GTK 4.8 as
 * "_Held… Held…": GtkButton copies its raw label, underscore included,
 * into the accessible label, and its mnemonic label child also labels it
 * (labelled-by), so the two are read one after the other.  GTK 4.10
 * fixed this; until Debian has it, every mapped button, check button and
 * menu button is given its label without the underscore, and the
 * duplicate relation is dropped.  An icon-only menu button, which GTK
 * 4.8 announces by its class name ("GtkMenuButton"), is named by its
 * tooltip.
 *
 * Names set with ta_accessible_set_label() (which say what a button acts
 * on: "Mark Divine Kalala & Adaeze Okafor, Fri 11 Dec 13:00, as held")
 * are kept. */

#define G_LOG_DOMAIN "turnabout-accessible"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ta-accessible.h"

#define EXPLICIT_LABEL "ta-accessible-explicit-label"

/**
 * ta_accessible_strip_mnemonic:
 * @text: a label that may contain mnemonic underscores
 *
 * Returns: (transfer full): @text as it is read: "_Held…" gives "Held…",
 *   "a__b" gives "a_b".
 */
char *
ta_accessible_strip_mnemonic (const char *text)
{
  GString *stripped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            {
              g_string_append_c (stripped, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (stripped, *p);
    }

  return g_string_free (stripped, FALSE);
}

/**
 * ta_accessible_set_label:
 * @widget: a control
 * @label: what a screen reader announces for it
 *
 * Names @widget for assistive technologies, and keeps that name when the
 * widget is shown (see ta_accessible_install()).
 */
void
ta_accessible_set_label (GtkWidget  *widget,
                         const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_data (G_OBJECT (widget), EXPLICIT_LABEL, GINT_TO_POINTER (TRUE));
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
name_without_mnemonic (GtkWidget  *widget,
                       const char *label,
                       gboolean    mnemonic)
{
  g_autofree char *stripped = NULL;

  /* A button with a child of its own (a menu button's inside) is named
   * by that child. */
  if (label == NULL)
    return;

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  if (g_object_get_data (G_OBJECT (widget), EXPLICIT_LABEL) != NULL)
    return;

  stripped = mnemonic ? ta_accessible_strip_mnemonic (label) : g_strdup (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, stripped,
                                  -1);
}

static void fix_widget (GtkWidget *widget);

static void
label_changed_cb (GtkWidget  *widget,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  fix_widget (widget);
}

static void
fix_widget (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      /* A label given later ("_Close" becoming "_Discard") is read as
       * it is then. */
      if (g_object_get_data (G_OBJECT (widget), "ta-accessible-follows") == NULL)
        {
          g_object_set_data (G_OBJECT (widget), "ta-accessible-follows", GINT_TO_POINTER (TRUE));
          g_signal_connect (widget, "notify::label", G_CALLBACK (label_changed_cb), NULL);
          g_signal_connect (widget, "notify::use-underline", G_CALLBACK (label_changed_cb), NULL);
        }

      if (gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
        {
          if (gtk_button_get_use_underline (GTK_BUTTON (widget)))
            name_without_mnemonic (widget, gtk_button_get_label (GTK_BUTTON (widget)), TRUE);
        }
      else if (GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
        {
          /* A label of its own (one that wraps): GTK 4.8 would call the
           * button "GtkButton". */
          GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)));

          if (gtk_label_get_use_underline (label))
            name_without_mnemonic (widget, gtk_label_get_label (label), TRUE);
          else
            name_without_mnemonic (widget, gtk_label_get_text (label), FALSE);
        }

      /* The shortcuts window's search button shows only a magnifier. */
      if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget)))
          && GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget)))
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search Shortcuts"),
                                        -1);

      /* The button inside a drop-down is what a screen reader lands on:
       * it is called what the drop-down is called ("Mentor"), not
       * "GtkToggleButton". */
      if (GTK_IS_DROP_DOWN (parent))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, parent, NULL,
                                        -1);
    }
  else if (GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_STACK_SWITCHER (widget))
    {
      /* The insides of GTK's and libadwaita's own windows, which GTK 4.8
       * leaves to be read by their class names. */
      GtkRoot *root = gtk_widget_get_root (widget);
      const char *name = NULL;

      if (GTK_IS_SHORTCUTS_WINDOW (root))
        name = GTK_IS_SEARCH_ENTRY (widget) ? _("Search Shortcuts") : _("Sections");
      else if (ADW_IS_PREFERENCES_WINDOW (root))
        name = GTK_IS_SEARCH_ENTRY (widget) ? _("Search Preferences") : NULL;

      if (name != NULL && g_object_get_data (G_OBJECT (widget), EXPLICIT_LABEL) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
    }
  else if (ADW_IS_VIEW_SWITCHER (widget))
    {
      /* Translators: what screen readers call the row of page tabs
       * (Directory, Pairs, Calendar, Board) */
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Views"),
                                      -1);
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      if (gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
        name_without_mnemonic (widget, gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), TRUE);
    }
  else if (GTK_IS_MENU_BUTTON (widget)
           && GTK_IS_SHORTCUTS_WINDOW (gtk_widget_get_root (widget)))
    {
      /* Its title, which chooses among the sections. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"),
                                      -1);
    }
  else if (GTK_IS_MENU_BUTTON (widget)
           && g_object_get_data (G_OBJECT (widget), EXPLICIT_LABEL) == NULL)
    {
      const char *label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      if (label != NULL)
        name_without_mnemonic (widget, label,
                               gtk_menu_button_get_use_underline (GTK_MENU_BUTTON (widget)));
      else if (tooltip != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                        -1);
    }
}

static gboolean
on_widget_mapped (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  /* A window's hidden pages too (preferences pages, a leaflet's other
   * side): screen readers list them. */
  if (GTK_IS_WINDOW (widget))
    ta_accessible_fix_tree (widget);
  else
    fix_widget (widget);
  return TRUE;  /* stay installed */
}

/**
 * ta_accessible_fix_tree:
 * @root: a widget
 *
 * Corrects the names of the buttons in @root and below now, rather than
 * when they are first shown: a screen reader also lists the controls of
 * pages that are not on screen.
 */
void
ta_accessible_fix_tree (GtkWidget *root)
{
  fix_widget (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ta_accessible_fix_tree (child);
}

/**
 * ta_accessible_install:
 *
 * Corrects the accessible names of every button the application shows
 * from now on (see the comment at the top of this file).  Call once,
 * after gtk_init().
 */
void
ta_accessible_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* Signals exist once the class does. */
      g_autoptr(GTypeClass) widget_class = g_type_class_ref (GTK_TYPE_WIDGET);
      guint map = g_signal_lookup ("map", GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (map, 0, on_widget_mapped, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
