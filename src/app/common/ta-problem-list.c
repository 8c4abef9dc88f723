/* ta-problem-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-problem-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-problem-list-private.h"

/*
 * What was wrong with a file, one problem a row: how many, a Copy All
 * button, and the problems in a scrolling GtkListView.  A file can have
 * tens of thousands of problems, and one label holding them all (or a row
 * widget each) took minutes and gigabytes to lay out; the list view makes
 * widgets for the rows in sight only, so the first rows show at once
 * however long the list is.
 */

struct _TaProblemList
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *box;
  GtkLabel          *count_label;
  GtkButton         *copy_button;
  GtkScrolledWindow *scrolled;
  GtkListView       *list_view;
  GtkNoSelection    *selection;

  /* Owned references */
  GtkStringList     *problems;
  char              *file_name;
};

G_DEFINE_FINAL_TYPE (TaProblemList, ta_problem_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Enough rows stay in sight when the dialog is short of room. */
#define MIN_LIST_HEIGHT 120

static void
ta_problem_list_update_labels (TaProblemList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  g_autofree char *count = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *list = NULL;

  /* Translators: how many problems a file has; %'u is the number, with
   * the digits grouped as the locale does (50,000) */
  count = g_strdup_printf (ngettext ("%'u problem", "%'u problems", n), n);
  gtk_label_set_label (self->count_label, count);

  /* Translators: the Copy All button of a list of problems, for a screen
   * reader and as its tooltip; %'u is the number of problems */
  copy = g_strdup_printf (ngettext ("Copy %'u problem", "Copy all %'u problems", n), n);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->copy_button), copy);
  ta_accessible_set_label (GTK_WIDGET (self->copy_button), copy);

  if (self->file_name != NULL)
    /* Translators: the list of problems, for a screen reader; %s is a file name */
    list = g_strdup_printf (_("Problems in %s"), self->file_name);
  else
    list = g_strdup (_("Problems"));
  ta_accessible_set_label (GTK_WIDGET (self->list_view), list);
}

static void
ta_problem_list_copy_all (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TaProblemList *self = TA_PROBLEM_LIST (widget);
  g_autofree char *text = ta_problem_list_dup_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  /* The dialogs that show the list have no room for a toast. */
  gtk_button_set_label (self->copy_button, _("Copied"));
}

static void
ta_problem_list_dispose (GObject *object)
{
  TaProblemList *self = TA_PROBLEM_LIST (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PROBLEM_LIST);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (ta_problem_list_parent_class)->dispose (object);
}

static void
ta_problem_list_finalize (GObject *object)
{
  TaProblemList *self = TA_PROBLEM_LIST (object);

  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (ta_problem_list_parent_class)->finalize (object);
}

static void
ta_problem_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TaProblemList *self = TA_PROBLEM_LIST (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_problem_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TaProblemList *self = TA_PROBLEM_LIST (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      ta_problem_list_set_file_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_problem_list_class_init (TaProblemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_problem_list_dispose;
  object_class->finalize = ta_problem_list_finalize;
  object_class->get_property = ta_problem_list_get_property;
  object_class->set_property = ta_problem_list_set_property;

  /**
   * TaProblemList:file-name: (nullable)
   *
   * The name of the file the problems are in, for screen readers.
   */
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * TaProblemList:problems:
   *
   * The problems shown, one #GtkStringObject each.
   */
  properties[PROP_PROBLEMS] =
    g_param_spec_object ("problems", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "problem-list.copy-all", NULL, ta_problem_list_copy_all);
  /* Rows cannot be selected, so Copy copies them all. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "problem-list.copy-all", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "problemlist");
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-problem-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, box);
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, count_label);
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, scrolled);
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, list_view);
  gtk_widget_class_bind_template_child (widget_class, TaProblemList, selection);
}

static void
ta_problem_list_init (TaProblemList *self)
{
  /* The row template looks the type up by name. */
  g_type_ensure (GTK_TYPE_STRING_OBJECT);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->problems = gtk_string_list_new (NULL);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->problems));
  ta_problem_list_update_labels (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problem-list.copy-all", FALSE);
}

/**
 * ta_problem_list_new:
 * @file_name: (nullable): the name of the file the problems are in
 * @problems: (nullable) (element-type utf8): the problems, one line each
 *
 * Returns: (transfer floating): a new #TaProblemList showing @problems
 */
GtkWidget *
ta_problem_list_new (const char *file_name,
                     GPtrArray  *problems)
{
  TaProblemList *self = g_object_new (TA_TYPE_PROBLEM_LIST,
                                      "file-name", file_name,
                                      NULL);

  ta_problem_list_set_problems (self, problems);

  return GTK_WIDGET (self);
}

/**
 * ta_problem_list_get_file_name:
 * @self: a #TaProblemList
 *
 * Returns: (nullable): the name of the file the problems are in
 */
const char *
ta_problem_list_get_file_name (TaProblemList *self)
{
  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  return self->file_name;
}

/**
 * ta_problem_list_set_file_name:
 * @self: a #TaProblemList
 * @file_name: (nullable): the name of the file the problems are in
 */
void
ta_problem_list_set_file_name (TaProblemList *self,
                               const char    *file_name)
{
  g_return_if_fail (TA_IS_PROBLEM_LIST (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;

  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  ta_problem_list_update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

/**
 * ta_problem_list_get_problems:
 * @self: a #TaProblemList
 *
 * Returns: (transfer none): the problems shown, one #GtkStringObject each
 */
GListModel *
ta_problem_list_get_problems (TaProblemList *self)
{
  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * ta_problem_list_set_problems:
 * @self: a #TaProblemList
 * @problems: (nullable) (element-type utf8): the problems, one line each
 *
 * Shows @problems (copied) instead of the problems shown so far.
 */
void
ta_problem_list_set_problems (TaProblemList *self,
                              GPtrArray     *problems)
{
  g_autofree const char **strings = NULL;
  guint n = problems != NULL ? problems->len : 0;

  g_return_if_fail (TA_IS_PROBLEM_LIST (self));

  /* A new list, filled before the view sees it: one items-changed for
   * all of them rather than one each. */
  strings = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    strings[i] = g_ptr_array_index (problems, i);
  strings[n] = NULL;

  g_clear_object (&self->problems);
  self->problems = gtk_string_list_new (strings);
  gtk_no_selection_set_model (self->selection, G_LIST_MODEL (self->problems));

  gtk_scrolled_window_set_min_content_height (self->scrolled, n > 3 ? MIN_LIST_HEIGHT : -1);
  gtk_button_set_label (self->copy_button, _("Copy _All"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "problem-list.copy-all", n > 0);
  ta_problem_list_update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

/**
 * ta_problem_list_dup_text:
 * @self: a #TaProblemList
 *
 * The problems as Copy All puts them on the clipboard.
 *
 * Returns: (transfer full): every problem, each ended by a newline
 */
char *
ta_problem_list_dup_text (TaProblemList *self)
{
  GString *text;
  guint n;

  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  text = g_string_sized_new (n * 80);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (text, gtk_string_list_get_string (self->problems, i));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

GtkLabel *
_ta_problem_list_get_count_label (TaProblemList *self)
{
  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  return self->count_label;
}

GtkButton *
_ta_problem_list_get_copy_button (TaProblemList *self)
{
  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  return self->copy_button;
}

GtkListView *
_ta_problem_list_get_list_view (TaProblemList *self)
{
  g_return_val_if_fail (TA_IS_PROBLEM_LIST (self), NULL);

  return self->list_view;
}
