/* ta-goal-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-goal-list-private.h"
#include "ta-toast.h"
#include "ta-undo-toast.h"

/*
 * The goals of a pair, the objectives that keep it going: tick one when it
 * is reached, rename it, remove it (with Undo), add the next.  Each change
 * is made on a copy of the pairing and saved in the programme; the pairing
 * list then updates the pairing shown.
 */

struct _TaGoalList
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkLabel          *goals_count_label;
  GtkListBox        *list_box;
  AdwEntryRow       *new_goal_row;
  GtkLabel          *goal_error_label;

  /* Owned references */
  TaPairing         *pairing;
  GListModel        *goals;
  TaProgramme *programme;
  GPtrArray         *goal_rows;   /* AdwActionRow, one per goal */
};

G_DEFINE_FINAL_TYPE (TaGoalList, ta_goal_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAIRING,
  PROP_PROGRAMME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo toast needs to bring a removed goal back. */
typedef struct
{
  gint64    pairing_id;
  guint     position;
  char     *title;
  gboolean  done;
} RemovedGoal;

/* Saves @copy, an edited copy of the pairing shown. */
static gboolean
ta_goal_list_save (TaGoalList *self,
                   TaPairing  *copy)
{
  g_autoptr(GError) error = NULL;

  g_assert (TA_IS_GOAL_LIST (self));

  if (self->programme == NULL)
    return FALSE;

  if (!ta_programme_update_pairing (self->programme, copy, &error))
    {
      /* Translators: a notification; %s says why */
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot save the goals: %s"), error->message);
      return FALSE;
    }

  return TRUE;
}

static AdwMessageDialog *
ta_goal_list_new_dialog (TaGoalList *self,
                         const char *heading)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, NULL));
}

static void
removed_goal_free (gpointer data)
{
  RemovedGoal *removed = data;

  g_clear_pointer (&removed->title, g_free);
  g_free (removed);
}

/* Says under the new goal row what is wrong with it, or nothing. */
static void
ta_goal_list_set_goal_error (TaGoalList *self,
                             GtkWidget  *row,
                             const char *message)
{
  g_assert (TA_IS_GOAL_LIST (self));

  gtk_label_set_label (self->goal_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->goal_error_label), message != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean invalid = message != NULL && child == row;

      if (!ADW_IS_ENTRY_ROW (child))
        continue;

      if (invalid)
        gtk_widget_add_css_class (child, "error");
      else
        gtk_widget_remove_css_class (child, "error");

      gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                   -1);
      if (invalid)
        /* A single-reference relation: one widget, no NULL after it. */
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->goal_error_label,
                                        -1);
      else
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child),
                                       GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

/* Returns the title to keep, or NULL and says what is wrong. */
static char *
ta_goal_list_check_goal_title (TaGoalList *self,
                               GtkWidget  *row,
                               const char *text)
{
  g_autofree char *title = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (title[0] == '\0')
    {
      ta_goal_list_set_goal_error (self, row, _("Write what the pair wants to reach."));
      return NULL;
    }

  if (g_utf8_strlen (title, -1) > TA_GOAL_MAX_TITLE_CHARS)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (ngettext ("A goal can be at most %d character long.",
                                           "A goal can be at most %d characters long.",
                                           TA_GOAL_MAX_TITLE_CHARS),
                                 TA_GOAL_MAX_TITLE_CHARS);
      ta_goal_list_set_goal_error (self, row, message);
      return NULL;
    }

  ta_goal_list_set_goal_error (self, NULL, NULL);

  return g_steal_pointer (&title);
}

static guint
goal_row_position (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "ta-goal-position"));
}

static gboolean
goal_title_is_valid (const char *text)
{
  g_autofree char *title = g_strstrip (g_strdup (text != NULL ? text : ""));

  return title[0] != '\0' && g_utf8_strlen (title, -1) <= TA_GOAL_MAX_TITLE_CHARS;
}

static void
ta_goal_list_goal_title_changed (AdwMessageDialog *dialog,
                                 GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "save",
                                           goal_title_is_valid (gtk_editable_get_text (entry)));
}

static void
ta_goal_list_goal_title_activated (AdwMessageDialog *dialog,
                                   GtkEditable      *entry)
{
  if (adw_message_dialog_get_response_enabled (dialog, "save"))
    adw_message_dialog_response (dialog, "save");
}

static void
ta_goal_list_edit_goal_response (TaGoalList       *self,
                                 const char       *response,
                                 AdwMessageDialog *dialog)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autofree char *title = NULL;
  GtkEditable *entry;
  guint position;
  gint64 pairing_id;

  if (g_strcmp0 (response, "save") != 0 || self->pairing == NULL)
    return;

  /* The pair shown may have changed while the dialog was open. */
  pairing_id = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "ta-pairing-id");
  if (pairing_id != ta_pairing_get_id (self->pairing))
    return;

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  if (!goal_title_is_valid (gtk_editable_get_text (entry)))
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "ta-goal-position"));
  copy = ta_pairing_copy (self->pairing);
  goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (copy)), position);
  if (goal == NULL)
    return;

  ta_goal_set_title (goal, title);
  ta_goal_list_save (self, copy);
}

static void
ta_goal_list_goal_edit (TaGoalList *self,
                        GtkButton  *button)
{
  g_autoptr(TaGoal) goal = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  guint position = goal_row_position (GTK_WIDGET (button));
  gint64 *pairing_id;

  if (self->pairing == NULL || self->goals == NULL)
    return;

  goal = g_list_model_get_item (self->goals, position);
  if (goal == NULL)
    return;

  dialog = ta_goal_list_new_dialog (self, _("Edit Goal"));

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), ta_goal_get_title (goal));
  gtk_entry_set_max_length (GTK_ENTRY (entry), TA_GOAL_MAX_TITLE_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Goal"),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect_object (entry, "changed",
                           G_CALLBACK (ta_goal_list_goal_title_changed),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate",
                           G_CALLBACK (ta_goal_list_goal_title_activated),
                           dialog, G_CONNECT_SWAPPED);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data (G_OBJECT (dialog), "ta-goal-position", GUINT_TO_POINTER (position));
  pairing_id = g_new (gint64, 1);
  *pairing_id = ta_pairing_get_id (self->pairing);
  g_object_set_data_full (G_OBJECT (dialog), "ta-pairing-id", pairing_id, g_free);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_goal_list_edit_goal_response),
                           self, G_CONNECT_SWAPPED);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
ta_goal_list_goal_toggled (TaGoalList     *self,
                           GtkCheckButton *check)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  guint position = goal_row_position (GTK_WIDGET (check));

  if (self->pairing == NULL)
    return;

  copy = ta_pairing_copy (self->pairing);
  goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (copy)), position);
  if (goal == NULL || ta_goal_get_done (goal) == gtk_check_button_get_active (check))
    return;

  ta_goal_set_done (goal, gtk_check_button_get_active (check));
  if (!ta_goal_list_save (self, copy))
    {
      g_signal_handlers_block_by_func (check, ta_goal_list_goal_toggled, self);
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      g_signal_handlers_unblock_by_func (check, ta_goal_list_goal_toggled, self);
    }
}

static gboolean
ta_goal_list_undo_remove_goal (TaProgramme  *programme,
                               gpointer      data,
                               GError      **error)
{
  RemovedGoal *removed = data;
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaGoal) goal = NULL;
  GListStore *goals;

  pairing = ta_programme_get_pairing (programme, removed->pairing_id, error);
  if (pairing == NULL)
    return FALSE;

  goals = ta_pairing_get_goals (pairing);
  goal = ta_goal_new (removed->title, removed->done);
  g_list_store_insert (goals,
                       MIN (removed->position, g_list_model_get_n_items (G_LIST_MODEL (goals))),
                       goal);
  return ta_programme_update_pairing (programme, pairing, error);
}

static void
ta_goal_list_goal_remove (TaGoalList *self,
                          GtkButton  *button)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autofree char *title = NULL;
  RemovedGoal *removed;
  AdwToast *toast;
  GListStore *goals;
  guint position = goal_row_position (GTK_WIDGET (button));

  if (self->pairing == NULL)
    return;

  copy = ta_pairing_copy (self->pairing);
  goals = ta_pairing_get_goals (copy);
  goal = g_list_model_get_item (G_LIST_MODEL (goals), position);
  if (goal == NULL)
    return;

  g_list_store_remove (goals, position);
  if (!ta_goal_list_save (self, copy))
    return;

  removed = g_new0 (RemovedGoal, 1);
  removed->pairing_id = ta_pairing_get_id (copy);
  removed->position = position;
  removed->title = g_strdup (ta_goal_get_title (goal));
  removed->done = ta_goal_get_done (goal);

  /* Translators: a notification; %s is a goal */
  title = g_markup_printf_escaped (_("Goal “%s” removed"), removed->title);
  toast = ta_undo_toast_new (GTK_WIDGET (self), self->programme, title,
                             ta_goal_list_undo_remove_goal, NULL,
                             removed, removed_goal_free);
  ta_toast_add (GTK_WIDGET (self), toast);

  /* Where the keyboard was: the next goal, or the new goal row. */
  if (position < self->goal_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->goal_rows, position));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->new_goal_row));
}

static void
ta_goal_list_add_goal (TaGoalList *self)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autofree char *title = NULL;
  GListStore *goals;

  g_assert (TA_IS_GOAL_LIST (self));

  if (self->pairing == NULL)
    return;

  title = ta_goal_list_check_goal_title (self, GTK_WIDGET (self->new_goal_row),
                                              gtk_editable_get_text (GTK_EDITABLE (self->new_goal_row)));
  if (title == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->new_goal_row));
      return;
    }

  copy = ta_pairing_copy (self->pairing);
  goals = ta_pairing_get_goals (copy);
  if (g_list_model_get_n_items (G_LIST_MODEL (goals)) >= TA_PAIRING_MAX_GOALS)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (ngettext ("A pair can have at most %d goal.",
                                           "A pair can have at most %d goals.",
                                           TA_PAIRING_MAX_GOALS),
                                 TA_PAIRING_MAX_GOALS);
      ta_goal_list_set_goal_error (self, GTK_WIDGET (self->new_goal_row), message);
      return;
    }

  goal = ta_goal_new (title, FALSE);
  g_list_store_append (goals, goal);
  if (!ta_goal_list_save (self, copy))
    return;

  /* Ready for the next one. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_goal_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_goal_row));
}

static void
ta_goal_list_new_goal_changed (TaGoalList *self)
{
  g_assert (TA_IS_GOAL_LIST (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->goal_error_label)))
    ta_goal_list_set_goal_error (self, NULL, NULL);
}

static GtkWidget *
ta_goal_list_create_goal_row (TaGoalList *self,
                              guint      position)
{
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *edit;
  GtkWidget *remove;
  gpointer data = GUINT_TO_POINTER (position);

  /* The goal as a title that wraps: read more often than edited. */
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Reached"));
  g_object_set_data (G_OBJECT (check), "ta-goal-position", data);
  g_signal_connect_object (check, "toggled",
                           G_CALLBACK (ta_goal_list_goal_toggled),
                           self, G_CONNECT_SWAPPED);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "ta-goal-check", check);

  edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_set_valign (edit, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_set_tooltip_text (edit, _("Edit Goal"));
  g_object_set_data (G_OBJECT (edit), "ta-goal-position", data);
  g_signal_connect_object (edit, "clicked",
                           G_CALLBACK (ta_goal_list_goal_edit),
                           self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  g_object_set_data (G_OBJECT (row), "ta-goal-edit", edit);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Goal"));
  g_object_set_data (G_OBJECT (remove), "ta-goal-position", data);
  g_signal_connect_object (remove, "clicked",
                           G_CALLBACK (ta_goal_list_goal_remove),
                           self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "ta-goal-remove", remove);

  return row;
}

static void
ta_goal_list_refresh (TaGoalList *self)
{
  g_autofree char *count = NULL;
  guint n_goals = 0;
  guint n_done = 0;

  g_assert (TA_IS_GOAL_LIST (self));

  if (self->goals != NULL)
    n_goals = g_list_model_get_n_items (self->goals);

  /* Rows are kept while the number of goals stays, so that the keyboard
   * focus stays where it was after ticking or renaming a goal. */
  while (self->goal_rows->len > n_goals)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->goal_rows, self->goal_rows->len - 1);

      gtk_list_box_remove (self->list_box, row);
    }
  while (self->goal_rows->len < n_goals)
    {
      GtkWidget *row = ta_goal_list_create_goal_row (self, self->goal_rows->len);

      gtk_list_box_insert (self->list_box, row, (int) self->goal_rows->len);
      g_ptr_array_add (self->goal_rows, row);
    }

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (self->goals, i);
      g_autofree char *check_label = NULL;
      g_autofree char *edit_label = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row = g_ptr_array_index (self->goal_rows, i);
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "ta-goal-check");
      GtkWidget *edit = g_object_get_data (G_OBJECT (row), "ta-goal-edit");
      GtkWidget *remove = g_object_get_data (G_OBJECT (row), "ta-goal-remove");
      const char *title = ta_goal_get_title (goal);

      if (ta_goal_get_done (goal))
        n_done++;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");

      g_signal_handlers_block_by_func (check, ta_goal_list_goal_toggled, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ta_goal_get_done (goal));
      g_signal_handlers_unblock_by_func (check, ta_goal_list_goal_toggled, self);

      /* Translators: for a screen reader, the check box of a goal; %s is the goal */
      check_label = g_strdup_printf (_("Reached: %s"), title);
      ta_accessible_set_label (GTK_WIDGET (check), check_label);
      /* Translators: for a screen reader, the button that edits a goal; %s is the goal */
      edit_label = g_strdup_printf (_("Edit Goal: %s"), title);
      ta_accessible_set_label (GTK_WIDGET (edit), edit_label);
      /* Translators: for a screen reader, the button that removes a goal; %s is the goal */
      remove_label = g_strdup_printf (_("Remove Goal: %s"), title);
      ta_accessible_set_label (GTK_WIDGET (remove), remove_label);
    }

  if (n_goals > 0)
    /* Translators: %1$u goals of %2$u are reached */
    count = g_strdup_printf (ngettext ("%1$u of %2$u done", "%1$u of %2$u done", n_goals),
                             n_done, n_goals);
  gtk_label_set_label (self->goals_count_label, count != NULL ? count : "");

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_goal_row), n_goals < TA_PAIRING_MAX_GOALS);
}

/* GObject */

static void
ta_goal_list_dispose (GObject *object)
{
  TaGoalList *self = TA_GOAL_LIST (object);
  GtkWidget *child;

  ta_goal_list_set_pairing (self, NULL);
  g_clear_object (&self->programme);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_GOAL_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ta_goal_list_parent_class)->dispose (object);
}

static void
ta_goal_list_get_property (GObject    *object,
                           guint      prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TaGoalList *self = TA_GOAL_LIST (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      g_value_set_object (value, self->pairing);
      break;

    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_goal_list_set_property (GObject      *object,
                           guint        prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TaGoalList *self = TA_GOAL_LIST (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      ta_goal_list_set_pairing (self, g_value_get_object (value));
      break;

    case PROP_PROGRAMME:
      ta_goal_list_set_programme (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_goal_list_class_init (TaGoalListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_goal_list_dispose;
  object_class->get_property = ta_goal_list_get_property;
  object_class->set_property = ta_goal_list_set_property;

  properties[PROP_PAIRING] =
    g_param_spec_object ("pairing", NULL, NULL,
                         TA_TYPE_PAIRING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaGoalList:programme: (nullable)
   *
   * The open programme, which keeps the goals.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-goal-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TaGoalList, goals_count_label);
  gtk_widget_class_bind_template_child (widget_class, TaGoalList, list_box);
  gtk_widget_class_bind_template_child (widget_class, TaGoalList, new_goal_row);
  gtk_widget_class_bind_template_child (widget_class, TaGoalList, goal_error_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_goal_list_add_goal);
  gtk_widget_class_bind_template_callback (widget_class, ta_goal_list_new_goal_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "goallist");
}

static void
ta_goal_list_init (TaGoalList *self)
{
  self->goal_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  ta_goal_list_refresh (self);
}

/**
 * ta_goal_list_new:
 *
 * Returns: a new goal list, showing no goals
 */
GtkWidget *
ta_goal_list_new (void)
{
  return g_object_new (TA_TYPE_GOAL_LIST, NULL);
}

/**
 * ta_goal_list_get_pairing:
 * @self: a #TaGoalList
 *
 * Returns: (transfer none) (nullable): the pairing whose goals are shown
 */
TaPairing *
ta_goal_list_get_pairing (TaGoalList *self)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  return self->pairing;
}

/**
 * ta_goal_list_set_pairing:
 * @self: a #TaGoalList
 * @pairing: (nullable): the pairing whose goals to show, kept up to date
 */
void
ta_goal_list_set_pairing (TaGoalList *self,
                          TaPairing  *pairing)
{
  gboolean other;

  g_return_if_fail (TA_IS_GOAL_LIST (self));
  g_return_if_fail (!pairing || TA_IS_PAIRING (pairing));

  if (self->pairing == pairing)
    return;

  other = self->pairing == NULL || pairing == NULL ||
          ta_pairing_get_id (self->pairing) != ta_pairing_get_id (pairing);

  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, ta_goal_list_refresh, self);
  g_clear_object (&self->goals);

  g_set_object (&self->pairing, pairing);

  if (self->pairing != NULL)
    {
      self->goals = g_object_ref (G_LIST_MODEL (ta_pairing_get_goals (self->pairing)));
      g_signal_connect_swapped (self->goals, "items-changed",
                                G_CALLBACK (ta_goal_list_refresh), self);
    }

  /* Another pair: nothing typed for the last one is kept. */
  if (other && self->new_goal_row != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->new_goal_row), "");
      ta_goal_list_set_goal_error (self, NULL, NULL);
    }

  if (self->goal_rows != NULL)
    ta_goal_list_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIRING]);
}

/**
 * ta_goal_list_get_programme:
 * @self: a #TaGoalList
 *
 * Returns: (transfer none) (nullable): the programme the goals are saved to
 */
TaProgramme *
ta_goal_list_get_programme (TaGoalList *self)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  return self->programme;
}

void
ta_goal_list_set_programme (TaGoalList  *self,
                            TaProgramme *programme)
{
  g_return_if_fail (TA_IS_GOAL_LIST (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (!g_set_object (&self->programme, programme))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

AdwEntryRow *
_ta_goal_list_get_new_goal_row (TaGoalList *self)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  return self->new_goal_row;
}

const char *
_ta_goal_list_get_error (TaGoalList *self)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->goal_error_label)))
    return NULL;

  return gtk_label_get_label (self->goal_error_label);
}

GtkWidget *
_ta_goal_list_get_row (TaGoalList *self,
                       guint      position)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  if (position >= self->goal_rows->len)
    return NULL;

  return g_ptr_array_index (self->goal_rows, position);
}

GtkCheckButton *
_ta_goal_list_get_check (TaGoalList *self,
                         guint      position)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  if (position >= self->goal_rows->len)
    return NULL;

  return g_object_get_data (g_ptr_array_index (self->goal_rows, position), "ta-goal-check");
}

GtkButton *
_ta_goal_list_get_edit_button (TaGoalList *self,
                               guint      position)
{
  g_return_val_if_fail (TA_IS_GOAL_LIST (self), NULL);

  if (position >= self->goal_rows->len)
    return NULL;

  return g_object_get_data (g_ptr_array_index (self->goal_rows, position), "ta-goal-edit");
}
