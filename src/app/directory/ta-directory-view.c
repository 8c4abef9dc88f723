/* ta-directory-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-directory-view-private.h"
#include "ta-languages.h"
#include "ta-participant-detail.h"
#include "ta-participant-editor.h"
#include "ta-participant-filter.h"
#include "ta-participant-filter-popover.h"
#include "ta-participant-transfer.h"
#include "ta-text-sorter.h"
#include "ta-toast.h"

struct _TaDirectoryView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwLeaflet          *leaflet;
  GtkSearchEntry      *search_entry;
  GtkMenuButton       *filter_button;
  GtkLabel            *count_label;
  GtkRevealer         *import_revealer;
  GtkSpinner          *import_spinner;
  GtkLabel            *import_label;
  GtkStack            *results_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *department_column;
  GtkColumnViewColumn *level_column;
  GtkColumnViewColumn *generation_column;
  GtkColumnViewColumn *languages_column;
  GtkColumnViewColumn *skills_column;
  TaParticipantDetail *detail;
  GtkSingleSelection  *selection;
  GtkFilterListModel  *filter_model;
  TaParticipantFilter *filter;
  GtkSortListModel    *sort_model;

  /* Owned references */
  TaParticipantList   *participants;
  TaParticipantTransfer *transfer;

  TaStore             *store;  /* whose pairing signals are connected */
  TaParticipantFilterPopover *filter_popover;

  /* Weak references */
  TaParticipantEditor *editor;
  AdwToast            *undo_toast;
  AdwMessageDialog    *delete_dialog;

  guint                paired_idle;

  guint                empty : 1;
  guint                editor_adds : 1;
};

G_DEFINE_FINAL_TYPE (TaDirectoryView, ta_directory_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PARTICIPANTS,
  PROP_SHOW_LEFT_PARTICIPANTS,
  PROP_EMPTY,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an Undo toast needs to bring a deleted participant back. */
typedef struct
{
  GWeakRef       view;
  TaStore       *store;
  TaParticipant *participant;
  GArray        *reporting_ids;
} DeletedParticipant;

static void
deleted_participant_free (gpointer  data,
                          GClosure *closure)
{
  DeletedParticipant *deleted = data;

  g_weak_ref_clear (&deleted->view);
  g_clear_object (&deleted->store);
  g_clear_object (&deleted->participant);
  g_clear_pointer (&deleted->reporting_ids, g_array_unref);
  g_free (deleted);
}

static GtkWindow *
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
static gboolean
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

  if (self->store != NULL)
    pairings = ta_store_list_pairings (self->store, &error);
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
ta_directory_view_set_store (TaDirectoryView *self,
                             TaStore         *store)
{
  static const char * const pairing_signals[] = {
    "pairing-added", "pairing-updated", "pairing-removed", "pairings-reset",
  };

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, ta_directory_view_pairings_changed, self);
  g_set_object (&self->store, store);
  if (self->store != NULL)
    for (gsize i = 0; i < G_N_ELEMENTS (pairing_signals); i++)
      g_signal_connect_swapped (self->store, pairing_signals[i],
                                G_CALLBACK (ta_directory_view_pairings_changed), self);

  ta_directory_view_queue_paired (self);
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

/* Cells and sort keys, used by the column factories in the template.
 * Unknown values sort last. */

static char *
ta_directory_view_role_label (gpointer this,
                              int      role)
{
  return g_strdup (ta_role_get_label (role));
}

static int
ta_directory_view_role_key (gpointer this,
                            int      role)
{
  return role;
}

static char *
ta_directory_view_level_label (gpointer this,
                               int      level)
{
  if (level < TA_CAREER_LEVEL_MIN || level > TA_CAREER_LEVEL_MAX)
    return g_strdup ("");

  return g_strdup (ta_career_level_get_label (level));
}

static int
ta_directory_view_level_key (gpointer this,
                             int      level)
{
  return level > 0 ? level : G_MAXINT;
}

static char *
ta_directory_view_generation_label (gpointer this,
                                    int      generation)
{
  if (generation == TA_GENERATION_UNKNOWN)
    return g_strdup ("");

  return g_strdup (ta_generation_get_label (generation));
}

static int
ta_directory_view_birth_year_key (gpointer this,
                                  int      birth_year)
{
  return birth_year > 0 ? birth_year : G_MAXINT;
}

static char *
ta_directory_view_join_list (gpointer            this,
                             const char * const *list)
{
  if (list == NULL)
    return g_strdup ("");

  /* Translators: the separator between the skills of a participant in the directory */
  return g_strjoinv (_(", "), (char **) list);
}

/* "French, Lingala": languages by name, unknown codes as they are. */
static char *
ta_directory_view_languages_label (gpointer            this,
                                   const char * const *languages)
{
  return ta_languages_join_names (languages);
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
                                      self->participants,
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

/* Deleting, with undo */

static void
ta_directory_view_undo_delete (AdwToast           *toast,
                               DeletedParticipant *deleted)
{
  g_autoptr(TaDirectoryView) self = g_weak_ref_get (&deleted->view);
  g_autoptr(GError) error = NULL;

  if (!ta_store_restore_participant (deleted->store, deleted->participant,
                                     deleted->reporting_ids, &error))
    {
      g_autofree char *title = NULL;

      if (self == NULL)
        return;

      /* Translators: a notification; %s says why */
      title = g_markup_printf_escaped (_("Cannot undo: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
      return;
    }

  if (self != NULL)
    ta_directory_view_select_id (self, ta_participant_get_id (deleted->participant));
}

/* Deletes at once, with an Undo toast. */
static void
ta_directory_view_delete_now (TaDirectoryView *self,
                              TaParticipant   *participant)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  DeletedParticipant *deleted;
  AdwToast *toast;

  if (self->participants == NULL)
    return;

  deleted = g_new0 (DeletedParticipant, 1);
  g_weak_ref_init (&deleted->view, self);
  deleted->store = g_object_ref (ta_participant_list_get_store (self->participants));
  deleted->participant = ta_participant_copy (participant);

  if (!ta_store_delete_participant (deleted->store,
                                    ta_participant_get_id (participant),
                                    &deleted->reporting_ids,
                                    &error))
    {
      g_autofree char *failed = NULL;

      /* Translators: a notification; %s says why */
      failed = g_markup_printf_escaped (_("Cannot delete: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (failed));
      deleted_participant_free (deleted, NULL);
      return;
    }

  /* Translators: a notification; %s is the name of a participant */
  title = g_markup_printf_escaped (_("“%s” deleted"), ta_participant_get_name (deleted->participant));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked",
                         G_CALLBACK (ta_directory_view_undo_delete),
                         deleted, deleted_participant_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  ta_toast_add (GTK_WIDGET (self), toast);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Keeps them and all their history; they just stop being matched. */
static void
ta_directory_view_mark_left (TaDirectoryView *self,
                             TaParticipant   *participant)
{
  g_autoptr(TaParticipant) left = ta_participant_copy (participant);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->participants == NULL)
    return;

  ta_participant_set_status (left, TA_PARTICIPANT_STATUS_LEFT);
  if (!ta_store_update_participant (ta_participant_list_get_store (self->participants), left, &error))
    /* Translators: a notification; %s says why */
    title = g_markup_printf_escaped (_("Cannot change: %s"), error->message);
  else
    /* Translators: a notification; %s is the name of a participant */
    title = g_markup_printf_escaped (_("“%s” marked as having left the programme"),
                                     ta_participant_get_name (left));

  ta_toast_add (GTK_WIDGET (self), adw_toast_new (title));
}

static void
ta_directory_view_delete_response (TaDirectoryView  *self,
                                   const char       *response,
                                   AdwMessageDialog *dialog)
{
  TaParticipant *participant = g_object_get_data (G_OBJECT (dialog), "participant");

  if (g_strcmp0 (response, "delete") == 0)
    ta_directory_view_delete_now (self, participant);
  else if (g_strcmp0 (response, "left") == 0)
    ta_directory_view_mark_left (self, participant);
}

/**
 * ta_directory_view_describe_delete:
 * @name: the participant's name
 * @links: what deleting them takes
 *
 * Returns: (transfer full): the sentence that tells what goes with them
 */
char *
ta_directory_view_describe_delete (const char               *name,
                                   const TaParticipantLinks *links)
{
  g_autofree char *pairs = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *text = NULL;

  /* Translators: part of “Deleting Alex Martin also deletes 1 pair and
   * 12 sessions, with their notes and reflections.” */
  pairs = g_strdup_printf (ngettext ("%u pair", "%u pairs", links->n_pairings), links->n_pairings);
  /* Translators: part of “Deleting Alex Martin also deletes 1 pair and
   * 12 sessions, with their notes and reflections.” */
  sessions = g_strdup_printf (ngettext ("%u session", "%u sessions", links->n_sessions), links->n_sessions);

  if (links->n_sessions > 0)
    /* Translators: %1$s is a participant's name, %2$s is “1 pair” (or
     * “2 pairs”), %3$s is “12 sessions” (or “1 session”) */
    text = g_strdup_printf (_("Deleting %1$s also deletes %2$s and %3$s, with their notes and reflections."),
                            name, pairs, sessions);
  else
    /* Translators: %1$s is a participant's name, %2$s is “1 pair” (or
     * “2 pairs”) */
    text = g_strdup_printf (_("Deleting %1$s also deletes %2$s."), name, pairs);

  if (links->n_topics > 0)
    {
      g_autofree char *topics = NULL;

      topics = g_strdup_printf (ngettext ("They are also removed from %u topic.",
                                          "They are also removed from %u topics.",
                                          links->n_topics),
                                links->n_topics);
      return g_strconcat (text, " ", topics, NULL);
    }

  return g_steal_pointer (&text);
}

static void
ta_directory_view_delete_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);
  TaParticipantLinks links = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  TaParticipant *participant;
  AdwMessageDialog *dialog;

  participant = gtk_single_selection_get_selected_item (self->selection);
  if (participant == NULL || self->participants == NULL)
    return;

  if (!ta_store_count_participant_links (ta_participant_list_get_store (self->participants),
                                         ta_participant_get_id (participant), &links, &error))
    {
      g_autofree char *failed = NULL;

      /* Translators: a notification; %s says why */
      failed = g_markup_printf_escaped (_("Cannot delete: %s"), error->message);
      ta_toast_add (GTK_WIDGET (self), adw_toast_new (failed));
      return;
    }

  /* Nothing else goes: Undo is enough. */
  if (links.n_pairings == 0 && links.n_sessions == 0)
    {
      ta_directory_view_delete_now (self, participant);
      return;
    }

  if (self->delete_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->delete_dialog));

  /* Translators: a question; %s is the name of a participant */
  heading = g_strdup_printf (_("Delete %s?"), ta_participant_get_name (participant));
  body = ta_directory_view_describe_delete (ta_participant_get_name (participant), &links);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ta_directory_view_get_window (self), heading, body));
  gtk_window_set_title (GTK_WINDOW (dialog), _("Delete Participant"));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_LEFT)
    {
      adw_message_dialog_add_response (dialog, "left", _("_Mark as Left"));
      adw_message_dialog_set_response_appearance (dialog, "left", ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_add_response (dialog, "delete", _("_Delete"));
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  /* Escape, or closing the window, keeps everything. */
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "participant",
                          ta_participant_copy (participant), g_object_unref);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (ta_directory_view_delete_response),
                           self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->delete_dialog, dialog);

  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
ta_directory_view_delete_key (GtkWidget *widget,
                              GVariant  *args,
                              gpointer   user_data)
{
  TaDirectoryView *self = TA_DIRECTORY_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  /* In the search entry, Delete deletes text. */
  if (focus != NULL && (focus == GTK_WIDGET (self->search_entry)
                        || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return FALSE;

  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    return FALSE;

  return gtk_widget_activate_action (widget, "directory.delete", NULL);
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
  ta_directory_view_set_store (self, NULL);

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants,
                                          ta_directory_view_participants_changed,
                                          self);
  g_clear_object (&self->participants);

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
    case PROP_PARTICIPANTS:
      g_value_set_object (value, self->participants);
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
    case PROP_PARTICIPANTS:
      ta_directory_view_set_participants (self, g_value_get_object (value));
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

  properties[PROP_PARTICIPANTS] =
    g_param_spec_object ("participants", NULL, NULL,
                         TA_TYPE_PARTICIPANT_LIST,
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
 *   ta_directory_view_set_participants() is called
 */
GtkWidget *
ta_directory_view_new (void)
{
  return g_object_new (TA_TYPE_DIRECTORY_VIEW, NULL);
}

/**
 * ta_directory_view_get_participants:
 * @self: a #TaDirectoryView
 *
 * Returns: (transfer none) (nullable): the participants listed
 */
TaParticipantList *
ta_directory_view_get_participants (TaDirectoryView *self)
{
  g_return_val_if_fail (TA_IS_DIRECTORY_VIEW (self), NULL);

  return self->participants;
}

/**
 * ta_directory_view_set_participants:
 * @self: a #TaDirectoryView
 * @participants: (nullable): the participants to list
 */
void
ta_directory_view_set_participants (TaDirectoryView   *self,
                                    TaParticipantList *participants)
{
  g_return_if_fail (TA_IS_DIRECTORY_VIEW (self));
  g_return_if_fail (!participants || TA_IS_PARTICIPANT_LIST (participants));

  if (self->participants == participants)
    return;

  if (self->participants != NULL)
    g_signal_handlers_disconnect_by_func (self->participants,
                                          ta_directory_view_participants_changed,
                                          self);

  g_set_object (&self->participants, participants);

  if (self->participants != NULL)
    g_signal_connect_swapped (self->participants, "items-changed",
                              G_CALLBACK (ta_directory_view_participants_changed),
                              self);

  ta_directory_view_set_store (self, participants != NULL ? ta_participant_list_get_store (participants) : NULL);
  ta_participant_filter_popover_set_people (self->filter_popover, G_LIST_MODEL (participants));
  ta_participant_detail_set_participants (self->detail, participants);
  ta_participant_transfer_set_participants (self->transfer, participants);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (participants));
  ta_directory_view_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
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
