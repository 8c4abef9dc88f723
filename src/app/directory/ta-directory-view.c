/* ta-directory-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-directory-view-internal.h"
#include "ta-languages.h"
#include "ta-participant-detail.h"
#include "ta-participant-editor.h"
#include "ta-participant-filter.h"
#include "ta-participant-filter-popover.h"
#include "ta-participant-transfer.h"
#include "ta-text-sorter.h"
#include "ta-toast.h"

G_DEFINE_FINAL_TYPE (TaDirectoryView, ta_directory_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROGRAMME,
  PROP_SHOW_LEFT_PARTICIPANTS,
  PROP_EMPTY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWindow *
ta_directory_view_get_window (TaDirectoryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* "41 participants", or "12 of 41 participants" when the search or the
 * filter leaves some out. */
static void
ta_directory_view_update_count (TaDirectoryView *self)
{
  g_autofree char *text = NULL;
  guint total;
  guint shown;

  total = self->participants != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->participants)) : 0;
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u participant", "%u participants", total), total);
  else
    /* Translators: how many participants the search and the filter show,
     * of how many there are */
    text = g_strdup_printf (ngettext ("%1$u of %2$u participant", "%1$u of %2$u participants", total),
                            shown, total);

  gtk_label_set_label (self->count_label, text);
}

static void
ta_directory_view_update_state (TaDirectoryView *self)
{
  gboolean open;
  gboolean selected;
  gboolean empty;
  gboolean busy;

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  open = self->participants != NULL;
  empty = !open || g_list_model_get_n_items (G_LIST_MODEL (self->participants)) == 0;
  selected = gtk_single_selection_get_selected_item (self->selection) != NULL;
  busy = ta_participant_transfer_get_busy (self->transfer);

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
  gtk_stack_set_visible_child_name (self->results_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) > 0
                                    ? "results" : "no-results");

  ta_directory_view_update_count (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.add-participant", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.search", open && !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.edit", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.search", open && !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.import", open && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.cancel-import", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.export", open && !busy && !empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.load-sample", open && !busy && empty);

  if (self->empty != empty)
    {
      self->empty = empty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
    }
}

/* Selects the participant @id if the filters show them. */
gboolean
ta_directory_view_select_id (TaDirectoryView *self,
                             gint64           id)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n_items = g_list_model_get_n_items (model);

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TaParticipant) participant = g_list_model_get_item (model, i);

      if (ta_participant_get_id (participant) != id)
        continue;

      gtk_single_selection_set_selected (self->selection, i);

      /* The column view scrolls through its inner list view. */
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          if (GTK_IS_LIST_VIEW (child))
            gtk_widget_activate_action (child, "list.scroll-to-item", "u", i);
        }

      /* Where the keys (Delete, the arrows) act on the list again. */
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));

      return TRUE;
    }

  return FALSE;
}

/* Searching and filtering */

/* Who is in a proposed, active or paused pairing, for "not yet paired";
 * read again after the pairings change, only while that filter is on. */
static gboolean
ta_directory_view_update_paired (gpointer data)
{
  TaDirectoryView *self = data;
  g_autoptr(GHashTable) paired = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GError) error = NULL;

  self->paired_idle = 0;

  if (self->programme != NULL)
    pairings = ta_programme_list_pairings (self->programme, &error);
  if (error != NULL)
    g_warning ("Cannot read the pairings: %s", error->message);

  for (guint i = 0; pairings != NULL && i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      if (!ta_pairing_status_is_open (ta_pairing_get_status (pairing)))
        continue;

      g_hash_table_add (paired, g_memdup2 (&(gint64) { ta_pairing_get_mentor_id (pairing) }, sizeof (gint64)));
      g_hash_table_add (paired, g_memdup2 (&(gint64) { ta_pairing_get_mentee_id (pairing) }, sizeof (gint64)));
    }

  ta_participant_filter_set_paired_ids (self->filter, paired);
  return G_SOURCE_REMOVE;
}

static void
ta_directory_view_queue_paired (TaDirectoryView *self)
{
  if (!ta_participant_filter_get_unpaired (self->filter))
    return;

  /* At once when the filter is switched on, so that the list is right
   * from the start. */
  if (self->paired_idle == 0)
    ta_directory_view_update_paired (self);
}

static void
ta_directory_view_pairings_changed (TaDirectoryView *self)
{
  if (!ta_participant_filter_get_unpaired (self->filter) || self->paired_idle != 0)
    return;

  self->paired_idle = g_idle_add_full (G_PRIORITY_DEFAULT, ta_directory_view_update_paired, self, NULL);
}

static void
ta_directory_view_update_filter_button (TaDirectoryView *self)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  if (ta_participant_filter_get_narrowed (self->filter))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "ta-filter-active");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "ta-filter-active");
}

static void
ta_directory_view_search_changed (TaDirectoryView *self,
                                  GtkSearchEntry  *entry)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  ta_participant_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
ta_directory_view_search_activate (TaDirectoryView *self,
                                   GtkSearchEntry  *entry)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;

  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
ta_directory_view_stop_search (TaDirectoryView *self,
                               GtkSearchEntry  *entry)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Layout */

static void
ta_directory_view_folded_changed (TaDirectoryView *self)
{
  gboolean folded;

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  folded = adw_leaflet_get_folded (self->leaflet);

  /* Narrow, a row opens the participant with one tap and the list keeps
   * to the name and role. */
  gtk_column_view_set_single_click_activate (self->column_view, folded);
  gtk_column_view_column_set_visible (self->department_column, !folded);
  gtk_column_view_column_set_visible (self->level_column, !folded);
  gtk_column_view_column_set_visible (self->generation_column, !folded);
  gtk_column_view_column_set_visible (self->languages_column, !folded);
  gtk_column_view_column_set_visible (self->skills_column, !folded);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "directory.back", folded);
}

static void
ta_directory_view_selection_changed (TaDirectoryView *self)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  ta_participant_detail_set_participant (self->detail,
                                         gtk_single_selection_get_selected_item (self->selection));
  ta_directory_view_update_state (self);
}

static void
ta_directory_view_open_editor (TaDirectoryView *self,
                               TaParticipant   *participant);

static void
ta_directory_view_row_activated (TaDirectoryView *self,
                                 guint            position)
{
  g_autoptr(TaParticipant) participant = NULL;

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  if (adw_leaflet_get_folded (self->leaflet))
    {
      gtk_single_selection_set_selected (self->selection, position);
      adw_leaflet_set_visible_child_name (self->leaflet, "detail");
      return;
    }

  participant = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (participant != NULL)
    ta_directory_view_open_editor (self, participant);
}

static void
ta_directory_view_participants_changed (TaDirectoryView *self)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));

  ta_directory_view_update_state (self);
}

/* Adding and editing */

static void
ta_directory_view_editor_saved (TaDirectoryView     *self,
                                TaParticipant       *participant,
                                TaParticipantEditor *editor)
{
  g_assert (TA_IS_DIRECTORY_VIEW (self));
  g_assert (TA_IS_PARTICIPANT (participant));

  ta_directory_view_select_id (self, ta_participant_get_id (participant));

  if (self->editor_adds)
    {
      g_autofree char *title = NULL;

      /* Translators: a notification; %s is the name of a participant */
      title = g_markup_printf_escaped (_("“%s” added"), ta_participant_get_name (participant));
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
    }
}

static void
ta_directory_view_open_editor (TaDirectoryView *self,
                               TaParticipant   *participant)
{
  TaParticipantEditor *editor;

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  if (self->participants == NULL)
    return;

  if (self->editor != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->editor));
      return;
    }

  editor = ta_participant_editor_new (ta_directory_view_get_window (self),
                                      self->programme,
                                      participant);
  g_signal_connect_object (editor, "saved",
                           G_CALLBACK (ta_directory_view_editor_saved),
                           self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->editor, editor);
  self->editor_adds = participant == NULL;

  gtk_window_present (GTK_WINDOW (editor));
}

static void
ta_directory_view_add_participant_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  ta_directory_view_open_editor (TA_DIRECTORY_VIEW (widget), NULL);
}

static void
ta_directory_view_edit_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);
  TaParticipant *participant;

  participant = gtk_single_selection_get_selected_item (self->selection);
  if (participant != NULL)
    ta_directory_view_open_editor (self, participant);
}

/* Import and export */

static void
ta_directory_view_import_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  ta_participant_transfer_import (self->transfer, ta_directory_view_get_window (self));
}

static void
ta_directory_view_cancel_import_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  ta_participant_transfer_cancel (self->transfer);
}

static void
ta_directory_view_export_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  ta_participant_transfer_export (self->transfer, ta_directory_view_get_window (self));
}

static void
ta_directory_view_load_sample_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  ta_participant_transfer_load_sample (self->transfer, ta_directory_view_get_window (self));
}

static void
ta_directory_view_transfer_toast (TaDirectoryView *self,
                                  const char      *title)
{
  ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
}

static void
ta_directory_view_busy_changed (TaDirectoryView *self)
{
  gboolean busy;

  g_assert (TA_IS_DIRECTORY_VIEW (self));

  busy = ta_participant_transfer_get_busy (self->transfer);
  if (busy)
    {
      g_autofree char *label = NULL;

      /* Translators: %s is a file name */
      label = g_strdup_printf (_("Importing “%s”…"),
                               ta_participant_transfer_get_file_name (self->transfer));
      gtk_label_set_label (self->import_label, label);
    }

  gtk_revealer_set_reveal_child (self->import_revealer, busy);
  gtk_spinner_set_spinning (self->import_spinner, busy);
  ta_directory_view_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Navigation */

static void
ta_directory_view_search_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ta_directory_view_back_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* GObject */

static void
ta_directory_view_dispose (GObject *object)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (object);
  GtkWidget *child;

  /* The models die with the template, telling whoever listens. */
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);

  /* An import still running is cancelled (it writes all or nothing). */
  if (self->transfer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->transfer, self);
      ta_participant_transfer_cancel (self->transfer);
    }
  g_clear_object (&self->transfer);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_weak_pointer (&self->editor);
  g_clear_weak_pointer (&self->undo_toast);
  if (self->delete_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->delete_dialog));
  g_clear_weak_pointer (&self->delete_dialog);
  g_clear_handle_id (&self->paired_idle, g_source_remove);

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants,
                                          ta_directory_view_participants_changed,
                                          self);
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_func (self->programme, ta_directory_view_pairings_changed, self);
  g_clear_object (&self->participants);
  g_clear_object (&self->programme);

  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_DIRECTORY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ta_directory_view_parent_class)->dispose (object);
}

static void
ta_directory_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_SHOW_LEFT_PARTICIPANTS:
      g_value_set_boolean (value, ta_participant_filter_get_show_left (self->filter));
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ta_participant_transfer_get_busy (self->transfer));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_directory_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROGRAMME:
      ta_directory_view_set_programme (self, g_value_get_object (value));
      break;

    case PROP_SHOW_LEFT_PARTICIPANTS:
      ta_directory_view_set_show_left_participants (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_directory_view_class_init (TaDirectoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_directory_view_dispose;
  object_class->get_property = ta_directory_view_get_property;
  object_class->set_property = ta_directory_view_set_property;

  /**
   * TaDirectoryView:programme: (nullable)
   *
   * The open programme, whose participants are listed.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                         TA_TYPE_PROGRAMME,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaDirectoryView:show-left-participants:
   *
   * Whether people who left the programme are listed when no status
   * filter is chosen.
   */
  properties[PROP_SHOW_LEFT_PARTICIPANTS] =
    g_param_spec_boolean ("show-left-participants", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL,
                          TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaDirectoryView:busy:
   *
   * Whether an import is running.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_PARTICIPANT);
  g_type_ensure (TA_TYPE_PARTICIPANT_DETAIL);
  g_type_ensure (TA_TYPE_PARTICIPANT_FILTER);
  g_type_ensure (TA_TYPE_TEXT_SORTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-directory-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, stack);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, import_spinner);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, import_label);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, column_view);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, name_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, department_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, level_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, generation_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, languages_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, skills_column);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, detail);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, selection);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, filter);
  gtk_widget_class_bind_template_child (widget_class, TaDirectoryView, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_role_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_role_key);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_level_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_level_key);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_generation_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_birth_year_key);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_join_list);
  gtk_widget_class_bind_template_callback (widget_class, ta_directory_view_languages_label);

  gtk_widget_class_install_action (widget_class, "directory.add-participant", NULL,
                                   ta_directory_view_add_participant_action);
  gtk_widget_class_install_action (widget_class, "directory.edit", NULL,
                                   ta_directory_view_edit_action);
  gtk_widget_class_install_action (widget_class, "directory.delete", NULL,
                                   ta_directory_view_delete_action);
  gtk_widget_class_install_action (widget_class, "directory.search", NULL,
                                   ta_directory_view_search_action);
  gtk_widget_class_install_action (widget_class, "directory.import", NULL,
                                   ta_directory_view_import_action);
  gtk_widget_class_install_action (widget_class, "directory.cancel-import", NULL,
                                   ta_directory_view_cancel_import_action);
  gtk_widget_class_install_action (widget_class, "directory.export", NULL,
                                   ta_directory_view_export_action);
  gtk_widget_class_install_action (widget_class, "directory.load-sample", NULL,
                                   ta_directory_view_load_sample_action);
  gtk_widget_class_install_action (widget_class, "directory.back", NULL,
                                   ta_directory_view_back_action);
  /* The window's Ctrl+F and header "+" act on the page shown. */
  gtk_widget_class_install_action (widget_class, "page.search", NULL,
                                   ta_directory_view_search_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL,
                                   ta_directory_view_add_participant_action);


  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "directoryview");
}

static void
ta_directory_view_init (TaDirectoryView *self)
{
  g_autoptr(GSimpleActionGroup) filter_actions = NULL;
  g_autoptr(GPropertyAction) role_action = NULL;
  g_autoptr(GPropertyAction) status_action = NULL;
  GtkEventController *delete_shortcut;

  self->empty = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->transfer = ta_participant_transfer_new ();
  g_signal_connect_swapped (self->transfer, "toast",
                            G_CALLBACK (ta_directory_view_transfer_toast), self);
  g_signal_connect_swapped (self->transfer, "notify::busy",
                            G_CALLBACK (ta_directory_view_busy_changed), self);

  /* The filter menu's radio items act on the filter itself. */
  filter_actions = g_simple_action_group_new ();
  role_action = g_property_action_new ("role", self->filter, "role");
  status_action = g_property_action_new ("status", self->filter, "status");
  g_action_map_add_action (G_ACTION_MAP (filter_actions), G_ACTION (role_action));
  g_action_map_add_action (G_ACTION_MAP (filter_actions), G_ACTION (status_action));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "filter", G_ACTION_GROUP (filter_actions));
  g_signal_connect_object (self->filter, "notify",
                           G_CALLBACK (ta_directory_view_update_filter_button),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "notify::unpaired",
                           G_CALLBACK (ta_directory_view_queue_paired),
                           self, G_CONNECT_SWAPPED);
  self->filter_popover = TA_PARTICIPANT_FILTER_POPOVER (ta_participant_filter_popover_new (self->filter));
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filter_popover));
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (ta_directory_view_update_state),
                           self, G_CONNECT_SWAPPED);

  /* Typing anywhere in the directory searches; the search entry's key
   * capture would take Delete too, so Delete is looked at first. */
  delete_shortcut = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (delete_shortcut, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (delete_shortcut),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0)),
                                                          gtk_callback_action_new (ta_directory_view_delete_key, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), delete_shortcut);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  ta_directory_view_folded_changed (self);
  ta_directory_view_update_state (self);
}

/**
 * ta_directory_view_new:
 *
 * Returns: a new directory view, showing nothing until
 *   ta_directory_view_set_programme() is called
 */
GtkWidget *
ta_directory_view_new (void)
{
  return g_object_new (TA_TYPE_DIRECTORY_VIEW, NULL);
}

/**
 * ta_directory_view_get_programme:
 * @self: a #TaDirectoryView
 *
 * Returns: (transfer none) (nullable): the programme whose participants
 *   are listed
 */
TaProgramme *
ta_directory_view_get_programme (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->programme;
}

/**
 * ta_directory_view_set_programme:
 * @self: a #TaDirectoryView
 * @programme: (nullable): the programme whose participants to list
 */
void
ta_directory_view_set_programme (TaDirectoryView *self,
                                 TaProgramme     *programme)
{
  TaParticipantList *participants;

  g_return_if_fail (TA_IS_DIRECTORY_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants,
                                          ta_directory_view_participants_changed,
                                          self);
  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_func (self->programme, ta_directory_view_pairings_changed, self);

  participants = programme != NULL ? ta_programme_get_participants (programme) : NULL;
  g_set_object (&self->programme, programme);
  g_set_object (&self->participants, participants);

  if (self->programme != NULL)
    {
      g_signal_connect_swapped (self->participants, "items-changed",
                                G_CALLBACK (ta_directory_view_participants_changed),
                                self);
      /* "Not yet paired" follows the pairs. */
      g_signal_connect_swapped (self->programme, "changed::pairings",
                                G_CALLBACK (ta_directory_view_pairings_changed), self);
    }

  ta_directory_view_queue_paired (self);
  ta_participant_filter_popover_set_people (self->filter_popover, G_LIST_MODEL (participants));
  ta_participant_detail_set_programme (self->detail, programme);
  ta_participant_transfer_set_programme (self->transfer, programme);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (participants));
  ta_directory_view_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME]);
}

gboolean
ta_directory_view_get_show_left_participants (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), FALSE);

  return ta_participant_filter_get_show_left (self->filter);
}

void
ta_directory_view_set_show_left_participants (TaDirectoryView *self,
                                              gboolean         show_left_participants)
{
  g_return_if_fail (TA_IS_DIRECTORY_VIEW (self));

  if (ta_participant_filter_get_show_left (self->filter) == !!show_left_participants)
    return;

  ta_participant_filter_set_show_left (self->filter, show_left_participants);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEFT_PARTICIPANTS]);
}

/**
 * ta_directory_view_get_empty:
 * @self: a #TaDirectoryView
 *
 * Returns: whether the programme has no participants at all (whatever the
 *   filters)
 */
gboolean
ta_directory_view_get_empty (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), TRUE);

  return self->empty;
}

gboolean
ta_directory_view_get_busy (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), FALSE);

  return ta_participant_transfer_get_busy (self->transfer);
}

GtkEditable *
_ta_directory_view_get_search_entry (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkSelectionModel *
_ta_directory_view_get_model (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

TaParticipantEditor *
_ta_directory_view_get_editor (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->editor;
}

AdwToast *
_ta_directory_view_get_undo_toast (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->undo_toast;
}

GtkColumnView *
_ta_directory_view_get_column_view (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->column_view;
}

AdwMessageDialog *
_ta_directory_view_get_delete_dialog (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->delete_dialog;
}

TaParticipantFilter *
_ta_directory_view_get_filter (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->filter;
}

GtkWidget *
_ta_directory_view_get_filter_popover (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return GTK_WIDGET (self->filter_popover);
}

GtkLabel *
_ta_directory_view_get_count_label (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->count_label;
}
