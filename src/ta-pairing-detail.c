/* ta-pairing-detail.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-match.h"
#include "ta-pairing-detail-private.h"
#include "ta-pairing-row.h"
#include "ta-score-part-row.h"

/*
 * A pair as the facilitator keeps it going: where it is in its lifecycle
 * and what can happen next, its goals, and the score it was formed with.
 * Every change is made on a copy of the pairing and saved in the store;
 * the pairing list then updates the pairing shown here.
 */

struct _TaPairingDetail
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *status_label;
  GtkWidget         *start_button;
  GtkWidget         *pause_button;
  GtkWidget         *resume_button;
  GtkWidget         *complete_button;
  GtkWidget         *end_button;
  AdwActionRow      *mentor_row;
  AdwActionRow      *mentee_row;
  AdwActionRow      *started_row;
  AdwActionRow      *ended_row;
  AdwActionRow      *reason_row;
  AdwPreferencesGroup *goals_group;
  GtkLabel          *goals_count_label;
  GtkListBox        *goals_list;
  AdwEntryRow       *new_goal_row;
  GtkWidget         *add_goal_button;
  GtkLabel          *goal_error_label;
  AdwPreferencesGroup *score_group;
  GtkListBox        *score_list;
  GtkLevelBar       *score_level_bar;
  GtkLabel          *score_label;
  TaScorePartRow    *part_rows[TA_N_CRITERIA];

  /* Owned references */
  TaPairing         *pairing;
  GListModel        *goals;
  TaParticipantList *participants;
  GPtrArray         *goal_rows;   /* AdwEntryRow, one per goal */
};

G_DEFINE_FINAL_TYPE (TaPairingDetail, ta_pairing_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAIRING,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo toast needs to bring a removed goal back. */
typedef struct
{
  GWeakRef  detail;
  TaStore  *store;
  gint64    pairing_id;
  guint     position;
  char     *title;
  gboolean  done;
} RemovedGoal;

static void
removed_goal_free (gpointer  data,
                   GClosure *closure)
{
  RemovedGoal *removed = data;

  g_weak_ref_clear (&removed->detail);
  g_clear_object (&removed->store);
  g_clear_pointer (&removed->title, g_free);
  g_free (removed);
}

static TaStore *
ta_pairing_detail_get_store (TaPairingDetail *self)
{
  return self->participants != NULL ? ta_participant_list_get_store (self->participants) : NULL;
}

static void
ta_pairing_detail_add_toast (TaPairingDetail *self,
                             AdwToast        *toast)
{
  GtkWidget *overlay;

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void ta_pairing_detail_toast_error (TaPairingDetail *self,
                                          const char *format,
                                          ...) G_GNUC_PRINTF (2, 3);

/* A notification with the reason something failed; the values are
 * escaped, toasts being markup. */
static void
ta_pairing_detail_toast_error (TaPairingDetail *self,
                               const char *format,
                               ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);

  ta_pairing_detail_add_toast (self, adw_toast_new (title));
}

/* Saves @copy, an edited copy of the pairing shown. */
static gboolean
ta_pairing_detail_save (TaPairingDetail *self,
                        TaPairing       *copy)
{
  g_autoptr(GError) error = NULL;
  TaStore *store = ta_pairing_detail_get_store (self);

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (store == NULL)
    return FALSE;

  if (!ta_store_update_pairing (store, copy, &error))
    {
      /* Translators: a notification; %s says why */
      ta_pairing_detail_toast_error (self, _("Cannot save the pair: %s"), error->message);
      return FALSE;
    }

  return TRUE;
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL && value[0] != '\0');
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

static char *
describe_person (TaPairingDetail *self,
                 gint64           id)
{
  TaParticipant *participant = NULL;
  const char *job_title;

  if (self->participants != NULL)
    participant = ta_participant_list_lookup (self->participants, id);
  if (participant == NULL)
    return g_strdup (_("Unknown"));

  job_title = ta_participant_get_job_title (participant);
  if (job_title != NULL && job_title[0] != '\0')
    /* Translators: a name and a job title, as in "Ana Pereira, Data Analyst" */
    return g_strdup_printf (_("%1$s, %2$s"), ta_participant_get_name (participant), job_title);

  return g_strdup (ta_participant_get_name (participant));
}

/* Goals */

static void
ta_pairing_detail_set_goal_error (TaPairingDetail *self,
                                  GtkWidget       *row,
                                  const char      *message)
{
  g_assert (TA_IS_PAIRING_DETAIL (self));

  gtk_label_set_label (self->goal_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->goal_error_label), message != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->goals_list));
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
ta_pairing_detail_check_goal_title (TaPairingDetail *self,
                                    GtkWidget       *row,
                                    const char      *text)
{
  g_autofree char *title = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (title[0] == '\0')
    {
      ta_pairing_detail_set_goal_error (self, row, _("Write what the pair wants to reach."));
      return NULL;
    }

  if (g_utf8_strlen (title, -1) > TA_GOAL_MAX_TITLE_CHARS)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (ngettext ("A goal can be at most %d character long.",
                                           "A goal can be at most %d characters long.",
                                           TA_GOAL_MAX_TITLE_CHARS),
                                 TA_GOAL_MAX_TITLE_CHARS);
      ta_pairing_detail_set_goal_error (self, row, message);
      return NULL;
    }

  ta_pairing_detail_set_goal_error (self, NULL, NULL);

  return g_steal_pointer (&title);
}

static guint
goal_row_position (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "ta-goal-position"));
}

static void
ta_pairing_detail_goal_applied (TaPairingDetail *self,
                                AdwEntryRow     *row)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autofree char *title = NULL;
  guint position = goal_row_position (GTK_WIDGET (row));

  if (self->pairing == NULL)
    return;

  title = ta_pairing_detail_check_goal_title (self, GTK_WIDGET (row),
                                              gtk_editable_get_text (GTK_EDITABLE (row)));
  if (title == NULL)
    return;

  copy = ta_pairing_copy (self->pairing);
  goal = g_list_model_get_item (G_LIST_MODEL (ta_pairing_get_goals (copy)), position);
  if (goal == NULL)
    return;

  ta_goal_set_title (goal, title);
  ta_pairing_detail_save (self, copy);
}

static void
ta_pairing_detail_goal_toggled (TaPairingDetail *self,
                                GtkCheckButton  *check)
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
  if (!ta_pairing_detail_save (self, copy))
    {
      g_signal_handlers_block_by_func (check, ta_pairing_detail_goal_toggled, self);
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      g_signal_handlers_unblock_by_func (check, ta_pairing_detail_goal_toggled, self);
    }
}

static void
ta_pairing_detail_undo_remove_goal (AdwToast    *toast,
                                    RemovedGoal *removed)
{
  g_autoptr(TaPairingDetail) self = g_weak_ref_get (&removed->detail);
  g_autoptr(TaPairing) pairing = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *goals;

  pairing = ta_store_get_pairing (removed->store, removed->pairing_id, &error);
  if (pairing != NULL)
    {
      goals = ta_pairing_get_goals (pairing);
      goal = ta_goal_new (removed->title, removed->done);
      g_list_store_insert (goals,
                           MIN (removed->position, g_list_model_get_n_items (G_LIST_MODEL (goals))),
                           goal);
      ta_store_update_pairing (removed->store, pairing, &error);
    }

  if (error != NULL && self != NULL)
    /* Translators: a notification; %s says why */
    ta_pairing_detail_toast_error (self, _("Cannot undo: %s"), error->message);
}

static void
ta_pairing_detail_goal_remove (TaPairingDetail *self,
                               GtkButton       *button)
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
  if (!ta_pairing_detail_save (self, copy))
    return;

  removed = g_new0 (RemovedGoal, 1);
  g_weak_ref_init (&removed->detail, self);
  removed->store = g_object_ref (ta_pairing_detail_get_store (self));
  removed->pairing_id = ta_pairing_get_id (copy);
  removed->position = position;
  removed->title = g_strdup (ta_goal_get_title (goal));
  removed->done = ta_goal_get_done (goal);

  /* Translators: a notification; %s is a goal */
  title = g_markup_printf_escaped (_("Goal “%s” removed"), removed->title);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (ta_pairing_detail_undo_remove_goal),
                         removed, removed_goal_free, 0);
  ta_pairing_detail_add_toast (self, toast);

  /* Where the keyboard was: the next goal, or the new goal row. */
  if (position < self->goal_rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->goal_rows, position));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->new_goal_row));
}

static void
ta_pairing_detail_add_goal (TaPairingDetail *self)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autoptr(TaGoal) goal = NULL;
  g_autofree char *title = NULL;
  GListStore *goals;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->pairing == NULL)
    return;

  title = ta_pairing_detail_check_goal_title (self, GTK_WIDGET (self->new_goal_row),
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
      ta_pairing_detail_set_goal_error (self, GTK_WIDGET (self->new_goal_row), message);
      return;
    }

  goal = ta_goal_new (title, FALSE);
  g_list_store_append (goals, goal);
  if (!ta_pairing_detail_save (self, copy))
    return;

  /* Ready for the next one. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_goal_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_goal_row));
}

static void
ta_pairing_detail_new_goal_changed (TaPairingDetail *self)
{
  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->goal_error_label)))
    ta_pairing_detail_set_goal_error (self, NULL, NULL);
}

static GtkWidget *
ta_pairing_detail_create_goal_row (TaPairingDetail *self,
                                   guint            position)
{
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *remove;
  gpointer data = GUINT_TO_POINTER (position);

  row = adw_entry_row_new ();
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "ta-goal-position", data);
  g_signal_connect_object (row, "apply",
                           G_CALLBACK (ta_pairing_detail_goal_applied),
                           self, G_CONNECT_SWAPPED);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Reached"));
  g_object_set_data (G_OBJECT (check), "ta-goal-position", data);
  g_signal_connect_object (check, "toggled",
                           G_CALLBACK (ta_pairing_detail_goal_toggled),
                           self, G_CONNECT_SWAPPED);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "ta-goal-check", check);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Goal"));
  g_object_set_data (G_OBJECT (remove), "ta-goal-position", data);
  g_signal_connect_object (remove, "clicked",
                           G_CALLBACK (ta_pairing_detail_goal_remove),
                           self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "ta-goal-remove", remove);

  return row;
}

static void
ta_pairing_detail_refresh_goals (TaPairingDetail *self)
{
  g_autofree char *count = NULL;
  guint n_goals = 0;
  guint n_done = 0;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->goals != NULL)
    n_goals = g_list_model_get_n_items (self->goals);

  /* Rows are kept while the number of goals stays, so that the keyboard
   * focus stays where it was after ticking or renaming a goal. */
  while (self->goal_rows->len > n_goals)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->goal_rows, self->goal_rows->len - 1);

      gtk_list_box_remove (self->goals_list, row);
    }
  while (self->goal_rows->len < n_goals)
    {
      GtkWidget *row = ta_pairing_detail_create_goal_row (self, self->goal_rows->len);

      gtk_list_box_insert (self->goals_list, row, (int) self->goal_rows->len);
      g_ptr_array_add (self->goal_rows, row);
    }

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (self->goals, i);
      g_autofree char *row_title = NULL;
      g_autofree char *check_label = NULL;
      g_autofree char *remove_label = NULL;
      GtkWidget *row = g_ptr_array_index (self->goal_rows, i);
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "ta-goal-check");
      GtkWidget *remove = g_object_get_data (G_OBJECT (row), "ta-goal-remove");
      const char *title = ta_goal_get_title (goal);

      if (ta_goal_get_done (goal))
        n_done++;

      /* Translators: the title of the n-th goal of a pair */
      row_title = g_strdup_printf (_("Goal %u"), i + 1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), title) != 0)
        gtk_editable_set_text (GTK_EDITABLE (row), title != NULL ? title : "");

      g_signal_handlers_block_by_func (check, ta_pairing_detail_goal_toggled, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ta_goal_get_done (goal));
      g_signal_handlers_unblock_by_func (check, ta_pairing_detail_goal_toggled, self);

      /* Translators: for a screen reader, the check box of a goal; %s is the goal */
      check_label = g_strdup_printf (_("Reached: %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, check_label,
                                      -1);
      /* Translators: for a screen reader, the button that removes a goal; %s is the goal */
      remove_label = g_strdup_printf (_("Remove Goal: %s"), title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                      -1);
    }

  if (n_goals > 0)
    /* Translators: %1$u goals of %2$u are reached */
    count = g_strdup_printf (ngettext ("%1$u of %2$u done", "%1$u of %2$u done", n_goals),
                             n_done, n_goals);
  gtk_label_set_label (self->goals_count_label, count != NULL ? count : "");

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_goal_row), n_goals < TA_PAIRING_MAX_GOALS);
}

/* Lifecycle */

static void
ta_pairing_detail_change_status (TaPairingDetail *self,
                                 TaPairingStatus  status,
                                 const char      *reason)
{
  g_autoptr(TaPairing) copy = NULL;
  g_autofree char *today = NULL;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->pairing == NULL ||
      !ta_pairing_status_can_change (ta_pairing_get_status (self->pairing), status))
    return;

  today = ta_date_today ();
  copy = ta_pairing_copy (self->pairing);
  ta_pairing_set_status (copy, status);

  if (status == TA_PAIRING_STATUS_ACTIVE && ta_pairing_get_started_on (copy) == NULL)
    ta_pairing_set_started_on (copy, today);

  if (status == TA_PAIRING_STATUS_COMPLETED || status == TA_PAIRING_STATUS_ENDED)
    ta_pairing_set_ended_on (copy, today);

  if (status == TA_PAIRING_STATUS_ENDED)
    ta_pairing_set_end_reason (copy, reason);

  ta_pairing_detail_save (self, copy);
}

static void
ta_pairing_detail_start_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_ACTIVE, NULL);
}

static void
ta_pairing_detail_pause_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_PAUSED, NULL);
}

static void
ta_pairing_detail_resume_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ta_pairing_detail_change_status (TA_PAIRING_DETAIL (widget), TA_PAIRING_STATUS_ACTIVE, NULL);
}

static void
ta_pairing_detail_complete_response (TaPairingDetail  *self,
                                     const char       *response,
                                     AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "complete") == 0)
    ta_pairing_detail_change_status (self, TA_PAIRING_STATUS_COMPLETED, NULL);
}

static AdwMessageDialog *
ta_pairing_detail_new_dialog (TaPairingDetail *self,
                              const char      *heading,
                              const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     heading, body));
}

static void
ta_pairing_detail_complete_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (widget);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->pairing == NULL)
    return;

  title = ta_pairing_format_title (self->pairing, self->participants);
  /* Translators: %s is a pair, as in "Ana → Marc" */
  body = g_strdup_printf (_("%s ran its course. A completed pair cannot be started again; "
                            "its goals and sessions are kept."),
                          title);
  dialog = ta_pairing_detail_new_dialog (self, _("Complete the Pair?"), body);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "complete", _("_Complete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "complete", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "complete");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_pairing_detail_complete_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
reason_is_valid (const char *text)
{
  g_autofree char *reason = g_strstrip (g_strdup (text != NULL ? text : ""));

  return reason[0] != '\0' && g_utf8_strlen (reason, -1) <= TA_PAIRING_MAX_REASON_CHARS;
}

static void
ta_pairing_detail_reason_changed (AdwMessageDialog *dialog,
                                  GtkEditable      *entry)
{
  adw_message_dialog_set_response_enabled (dialog, "end",
                                           reason_is_valid (gtk_editable_get_text (entry)));
}

static void
ta_pairing_detail_reason_activated (AdwMessageDialog *dialog,
                                    GtkEditable      *entry)
{
  if (adw_message_dialog_get_response_enabled (dialog, "end"))
    adw_message_dialog_response (dialog, "end");
}

static void
ta_pairing_detail_end_response (TaPairingDetail  *self,
                                const char       *response,
                                AdwMessageDialog *dialog)
{
  GtkEditable *entry;
  g_autofree char *reason = NULL;

  if (g_strcmp0 (response, "end") != 0)
    return;

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (!reason_is_valid (reason))
    return;

  ta_pairing_detail_change_status (self, TA_PAIRING_STATUS_ENDED, reason);
}

static void
ta_pairing_detail_end_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (widget);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  if (self->pairing == NULL)
    return;

  title = ta_pairing_format_title (self->pairing, self->participants);
  /* Translators: %s is a pair, as in "Ana → Marc" */
  body = g_strdup_printf (_("%s stops before running its course. Say why, so that the next "
                            "pairs of the programme can learn from it."),
                          title);
  dialog = ta_pairing_detail_new_dialog (self, _("End the Pair?"), body);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why the pair ends"));
  gtk_entry_set_max_length (GTK_ENTRY (entry), TA_PAIRING_MAX_REASON_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Why the pair ends"),
                                  GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect_object (entry, "changed",
                           G_CALLBACK (ta_pairing_detail_reason_changed),
                           dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "activate",
                           G_CALLBACK (ta_pairing_detail_reason_activated),
                           dialog, G_CONNECT_SWAPPED);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "end", _("_End Pair"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "end", FALSE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_pairing_detail_end_response),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Showing the pairing */

static void
ta_pairing_detail_refresh (TaPairingDetail *self)
{
  g_auto(TaScore) score = { 0 };
  g_autofree char *title = NULL;
  g_autofree char *mentor = NULL;
  g_autofree char *mentee = NULL;
  g_autofree char *started = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *total = NULL;
  TaPairingStatus status;
  const char *explanation;
  gboolean has_score;

  g_assert (TA_IS_PAIRING_DETAIL (self));

  if (self->pairing == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.start", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.pause", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.resume", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.complete", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "pairing.end", FALSE);
      gtk_widget_set_visible (gtk_widget_get_parent (self->start_button), FALSE);
      ta_pairing_detail_refresh_goals (self);
      return;
    }

  status = ta_pairing_get_status (self->pairing);

  title = ta_pairing_format_title (self->pairing, self->participants);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->status_label, ta_pairing_status_get_label (status));

  /* What can happen next, and nothing else. */
  {
    struct {
      const char      *action;
      GtkWidget       *button;
      TaPairingStatus  to;
      gboolean         allowed;
    } changes[] = {
      { "pairing.start", self->start_button, TA_PAIRING_STATUS_ACTIVE,
        status == TA_PAIRING_STATUS_PROPOSED },
      { "pairing.pause", self->pause_button, TA_PAIRING_STATUS_PAUSED, TRUE },
      { "pairing.resume", self->resume_button, TA_PAIRING_STATUS_ACTIVE,
        status == TA_PAIRING_STATUS_PAUSED },
      { "pairing.complete", self->complete_button, TA_PAIRING_STATUS_COMPLETED, TRUE },
      { "pairing.end", self->end_button, TA_PAIRING_STATUS_ENDED, TRUE },
    };
    gboolean any = FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
      {
        gboolean enabled = changes[i].allowed &&
                           ta_pairing_status_can_change (status, changes[i].to);

        gtk_widget_action_set_enabled (GTK_WIDGET (self), changes[i].action, enabled);
        gtk_widget_set_visible (changes[i].button, enabled);
        any |= enabled;
      }

    gtk_widget_set_visible (gtk_widget_get_parent (self->start_button), any);
  }

  mentor = describe_person (self, ta_pairing_get_mentor_id (self->pairing));
  mentee = describe_person (self, ta_pairing_get_mentee_id (self->pairing));
  set_row_value (self->mentor_row, mentor);
  set_row_value (self->mentee_row, mentee);

  started = ta_pairing_format_date (ta_pairing_get_started_on (self->pairing));
  set_row_value (self->started_row, started != NULL ? started : _("Not started yet"));
  ended = ta_pairing_format_date (ta_pairing_get_ended_on (self->pairing));
  set_row_value (self->ended_row, ended);
  set_row_value (self->reason_row, ta_pairing_get_end_reason (self->pairing));

  ta_pairing_detail_refresh_goals (self);

  explanation = ta_pairing_get_explanation (self->pairing);
  has_score = explanation != NULL && explanation[0] != '\0' &&
              ta_score_from_explanation (explanation, &score);
  gtk_widget_set_visible (GTK_WIDGET (self->score_list), has_score);
  if (has_score)
    {
      g_autofree char *accessible = NULL;

      adw_preferences_group_set_description (self->score_group,
                                             _("The compatibility score when the pair was formed, criterion by criterion."));
      total = ta_score_format_total (ta_pairing_get_score (self->pairing));
      gtk_level_bar_set_value (self->score_level_bar, CLAMP (ta_pairing_get_score (self->pairing), 0, 100));
      gtk_label_set_label (self->score_label, total);
      /* Translators: a compatibility score for a screen reader, as in "78 out of 100" */
      accessible = g_strdup_printf (_("%s out of 100"), total);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      for (guint i = 0; i < TA_N_CRITERIA; i++)
        ta_score_part_row_set_part (self->part_rows[i], &score.parts[i]);
    }
  else
    {
      adw_preferences_group_set_description (self->score_group,
                                             _("This pair was formed by hand: no score was kept."));
    }
}

static void
ta_pairing_detail_dispose (GObject *object)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);
  GtkWidget *child;

  ta_pairing_detail_set_pairing (self, NULL);
  g_clear_object (&self->participants);
  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_PAIRING_DETAIL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_pairing_detail_parent_class)->dispose (object);
}

static void
ta_pairing_detail_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      g_value_set_object (value, self->pairing);
      break;

    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_detail_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TaPairingDetail *self = TA_PAIRING_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PAIRING:
      ta_pairing_detail_set_pairing (self, g_value_get_object (value));
      break;

    case PROP_PARTICIPANTS:
      ta_pairing_detail_set_participants (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_detail_class_init (TaPairingDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_pairing_detail_dispose;
  object_class->get_property = ta_pairing_detail_get_property;
  object_class->set_property = ta_pairing_detail_set_property;

  properties[PROP_PAIRING] =
    g_param_spec_object ("pairing", NULL, NULL,
                         TA_TYPE_PAIRING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaPairingDetail:participants: (nullable)
   *
   * The programme's participants: the names of the pair, and the store
   * where changes are saved.
   */
  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL,
                         TA_TYPE_PARTICIPANT_LIST,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-pairing-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, start_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, pause_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, resume_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, complete_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, end_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, mentee_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, started_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, ended_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, goals_group);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, goals_count_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, goals_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, new_goal_row);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, add_goal_button);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, goal_error_label);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_group);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_list);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_level_bar);
  gtk_widget_class_bind_template_child (widget_class, TaPairingDetail, score_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairing_detail_add_goal);
  gtk_widget_class_bind_template_callback (widget_class, ta_pairing_detail_new_goal_changed);

  gtk_widget_class_install_action (widget_class, "pairing.start", NULL,
                                   ta_pairing_detail_start_action);
  gtk_widget_class_install_action (widget_class, "pairing.pause", NULL,
                                   ta_pairing_detail_pause_action);
  gtk_widget_class_install_action (widget_class, "pairing.resume", NULL,
                                   ta_pairing_detail_resume_action);
  gtk_widget_class_install_action (widget_class, "pairing.complete", NULL,
                                   ta_pairing_detail_complete_action);
  gtk_widget_class_install_action (widget_class, "pairing.end", NULL,
                                   ta_pairing_detail_end_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pairingdetail");
}

static void
ta_pairing_detail_init (TaPairingDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->goal_rows = g_ptr_array_new ();

  for (guint i = 0; i < TA_N_CRITERIA; i++)
    {
      self->part_rows[i] = TA_SCORE_PART_ROW (ta_score_part_row_new ());
      gtk_list_box_append (self->score_list, GTK_WIDGET (self->part_rows[i]));
    }

  ta_pairing_detail_refresh (self);
}

/**
 * ta_pairing_detail_new:
 *
 * Returns: a new detail pane, showing no pair
 */
GtkWidget *
ta_pairing_detail_new (void)
{
  return g_object_new (TA_TYPE_PAIRING_DETAIL, NULL);
}

/**
 * ta_pairing_detail_get_pairing:
 * @self: a #TaPairingDetail
 *
 * Returns: (transfer none) (nullable): the pairing shown
 */
TaPairing *
ta_pairing_detail_get_pairing (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->pairing;
}

/**
 * ta_pairing_detail_set_pairing:
 * @self: a #TaPairingDetail
 * @pairing: (nullable): the pairing to show, kept up to date as it changes
 */
void
ta_pairing_detail_set_pairing (TaPairingDetail *self,
                               TaPairing       *pairing)
{
  gboolean other;

  g_return_if_fail (TA_IS_PAIRING_DETAIL (self));
  g_return_if_fail (!pairing || TA_IS_PAIRING (pairing));

  if (self->pairing == pairing)
    return;

  other = self->pairing == NULL || pairing == NULL ||
          ta_pairing_get_id (self->pairing) != ta_pairing_get_id (pairing);

  if (self->pairing != NULL)
    g_signal_handlers_disconnect_by_func (self->pairing, ta_pairing_detail_refresh, self);
  if (self->goals != NULL)
    g_signal_handlers_disconnect_by_func (self->goals, ta_pairing_detail_refresh_goals, self);
  g_clear_object (&self->goals);

  g_set_object (&self->pairing, pairing);

  if (self->pairing != NULL)
    {
      g_signal_connect_swapped (self->pairing, "notify",
                                G_CALLBACK (ta_pairing_detail_refresh), self);
      self->goals = g_object_ref (G_LIST_MODEL (ta_pairing_get_goals (self->pairing)));
      g_signal_connect_swapped (self->goals, "items-changed",
                                G_CALLBACK (ta_pairing_detail_refresh_goals), self);
    }

  /* Another pair: from the top, with nothing typed for the last one. */
  if (other)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->new_goal_row), "");
      ta_pairing_detail_set_goal_error (self, NULL, NULL);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
    }

  ta_pairing_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIRING]);
}

/**
 * ta_pairing_detail_get_participants:
 * @self: a #TaPairingDetail
 *
 * Returns: (transfer none) (nullable): the programme's participants
 */
TaParticipantList *
ta_pairing_detail_get_participants (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->participants;
}

void
ta_pairing_detail_set_participants (TaPairingDetail   *self,
                                    TaParticipantList *participants)
{
  g_return_if_fail (TA_IS_PAIRING_DETAIL (self));
  g_return_if_fail (!participants || TA_IS_PARTICIPANT_LIST (participants));

  if (!g_set_object (&self->participants, participants))
    return;

  ta_pairing_detail_refresh (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

AdwEntryRow *
_ta_pairing_detail_get_new_goal_row (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  return self->new_goal_row;
}

const char *
_ta_pairing_detail_get_goal_error (TaPairingDetail *self)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->goal_error_label)))
    return NULL;

  return gtk_label_get_label (self->goal_error_label);
}

AdwEntryRow *
_ta_pairing_detail_get_goal_row (TaPairingDetail *self,
                                 guint            position)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  if (position >= self->goal_rows->len)
    return NULL;

  return g_ptr_array_index (self->goal_rows, position);
}

GtkCheckButton *
_ta_pairing_detail_get_goal_check (TaPairingDetail *self,
                                   guint            position)
{
  g_return_val_if_fail (TA_IS_PAIRING_DETAIL (self), NULL);

  if (position >= self->goal_rows->len)
    return NULL;

  return g_object_get_data (g_ptr_array_index (self->goal_rows, position), "ta-goal-check");
}
