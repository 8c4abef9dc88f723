/* ta-board-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-board-view-private.h"
#include "ta-ideas-pane.h"
#include "ta-toast.h"
#include "ta-topic-card.h"
#include "ta-topic-editor.h"

/*
 * The research board: a column per stage, each a list view of cards
 * (only the cards in sight are made, so 5,000 topics open at once) fed
 * by one filter over the live TaTopicList (ordered by stage, then
 * position, so a column needs no sorting of its own).  Cards move by
 * drag and drop, by Alt and the arrow keys, and by their "Move to" menu;
 * every way ends in ta_programme_move_topic(), and the list follows the
 * change.  Beside the columns, "Topic Ideas" (TaIdeasPane): what
 * mentees want to learn that no card covers.
 */

typedef struct
{
  TaBoardView        *view;
  TaTopicStage        stage;
  GtkWidget          *box;
  GtkLabel           *count_label;
  GtkListView        *list;
  GtkFilterListModel *model;
  GtkSliceListModel  *slice;
  GtkWidget          *more_button;
} Column;

/* A column shows its first cards, and the rest on Show All: GTK 4.8's
 * list view makes widgets for 200 items however few are in sight, which
 * on a board of 5,000 topics took two seconds. */
#define CARDS_SHOWN 25

struct _TaBoardView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkSearchEntry    *search_entry;
  GtkMenuButton     *filter_button;
  GtkDropDown       *tag_dropdown;
  GtkStringList     *tag_names;
  GtkDropDown       *researcher_dropdown;
  GtkStringList     *researcher_names;
  GtkDropDown       *stage_dropdown;
  GtkStringList     *stage_names;
  GtkToggleButton   *ideas_button;
  GtkWidget         *columns_box;
  TaIdeasPane       *ideas_pane;

  /* Owned references */
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
  TaTopicList       *topics;        /* the programme's, once shown */
  GtkCustomFilter   *filter;
  GArray            *researcher_ids;   /* gint64, parallel to researcher_names; 0 first */
  char              *folded_query;
  char              *tag;              /* folded; NULL for any */
  gint64             researcher_id;
  /* A personal programme's Research: only the topics "me" researches */
  gint64             fixed_researcher_id;
  int                stage;            /* -1 for any */
  gboolean           filling_choices;

  Column             columns[TA_N_TOPIC_STAGES];
};

G_DEFINE_FINAL_TYPE (TaBoardView, ta_board_view, GTK_TYPE_WIDGET)

static GtkWindow *
ta_board_view_get_window (TaBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Filtering */

static gboolean
has_tag (TaTopic    *topic,
         const char *folded_tag)
{
  const char * const *tags = ta_topic_get_tags (topic);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *folded = ta_search_fold (tags[i]);

      if (g_strcmp0 (folded, folded_tag) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
topic_matches (gpointer item,
               gpointer user_data)
{
  TaBoardView *self = TA_BOARD_VIEW (user_data);
  TaTopic *topic = TA_TOPIC (item);

  if (self->stage >= 0 && (int) ta_topic_get_stage (topic) != self->stage)
    return FALSE;
  if (self->researcher_id != 0 && !ta_topic_has_researcher (topic, self->researcher_id))
    return FALSE;
  if (self->fixed_researcher_id != 0 && !ta_topic_has_researcher (topic, self->fixed_researcher_id))
    return FALSE;
  if (self->tag != NULL && !has_tag (topic, self->tag))
    return FALSE;

  return ta_topic_matches (topic, self->folded_query);
}

static gboolean
topic_in_stage (gpointer item,
                gpointer user_data)
{
  Column *column = user_data;

  return ta_topic_get_stage (TA_TOPIC (item)) == column->stage;
}

static void
ta_board_view_update_counts (TaBoardView *self)
{
  for (guint i = 0; i < TA_N_TOPIC_STAGES; i++)
    {
      Column *column = &self->columns[i];
      guint n = column->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (column->model)) : 0;
      g_autofree char *count = g_strdup_printf ("%u", n);
      g_autofree char *accessible = NULL;

      gtk_label_set_label (column->count_label, count);
      if (column->slice != NULL && n > gtk_slice_list_model_get_size (column->slice))
        {
          /* Translators: below the first cards of a column */
          g_autofree char *more = g_strdup_printf (ngettext ("Show All %u Topic", "Show All %u Topics", n), n);

          gtk_button_set_label (GTK_BUTTON (column->more_button), more);
          gtk_widget_set_visible (column->more_button, TRUE);
        }
      else
        {
          gtk_widget_set_visible (column->more_button, FALSE);
        }
      /* Translators: a column of the board for a screen reader: its stage, then how many cards */
      accessible = g_strdup_printf (ngettext ("%s: %u topic", "%s: %u topics", n),
                                    ta_topic_stage_get_label (column->stage), n);
      ta_accessible_set_label (GTK_WIDGET (column->list), accessible);
      gtk_widget_set_visible (column->box, self->stage < 0 || self->stage == (int) column->stage);
    }
}

static void
ta_board_view_refilter (TaBoardView *self)
{
  gboolean active = self->tag != NULL || self->researcher_id != 0 || self->stage >= 0;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  ta_board_view_update_counts (self);
}

static void
ta_board_view_search_changed (TaBoardView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->folded_query, g_free);
  if (text[0] != '\0')
    self->folded_query = ta_search_fold (text);
  ta_board_view_refilter (self);
}

static void
ta_board_view_filter_changed (TaBoardView *self)
{
  guint tag = gtk_drop_down_get_selected (self->tag_dropdown);
  guint researcher = gtk_drop_down_get_selected (self->researcher_dropdown);
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);

  if (self->filling_choices)
    return;

  g_clear_pointer (&self->tag, g_free);
  if (tag != GTK_INVALID_LIST_POSITION && tag > 0)
    self->tag = ta_search_fold (gtk_string_list_get_string (self->tag_names, tag));
  self->researcher_id = researcher != GTK_INVALID_LIST_POSITION && researcher > 0 &&
                        researcher < self->researcher_ids->len
                        ? g_array_index (self->researcher_ids, gint64, researcher) : 0;
  self->stage = stage != GTK_INVALID_LIST_POSITION && stage > 0 ? (int) stage - 1 : -1;
  ta_board_view_refilter (self);
}

static void
ta_board_view_clear_filter_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  TaBoardView *self = TA_BOARD_VIEW (widget);

  self->filling_choices = TRUE;
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  gtk_drop_down_set_selected (self->researcher_dropdown, 0);
  gtk_drop_down_set_selected (self->stage_dropdown, 0);
  self->filling_choices = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  ta_board_view_filter_changed (self);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The tags and researchers on the board, when the popover opens. */
static void
ta_board_view_filter_popover_shown (TaBoardView *self)
{
  g_autoptr(GHashTable) tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) researchers = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) tag_list = g_ptr_array_new ();
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) tag_builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) people_builder = g_strv_builder_new ();
  g_auto(GStrv) tag_strv = NULL;
  g_auto(GStrv) people_strv = NULL;
  g_autofree char *selected_tag = NULL;
  gint64 selected_researcher = self->researcher_id;
  GHashTableIter iter;
  gpointer value;
  gint64 zero = 0;
  guint n;

  if (self->topics == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->topics));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);
      const char * const *topic_tags = ta_topic_get_tags (topic);
      const gint64 *ids;
      guint n_ids = 0;

      for (guint t = 0; topic_tags != NULL && topic_tags[t] != NULL; t++)
        {
          char *folded = ta_search_fold (topic_tags[t]);

          if (!g_hash_table_contains (tags, folded))
            g_hash_table_insert (tags, folded, g_strdup (topic_tags[t]));
          else
            g_free (folded);
        }

      ids = ta_topic_get_researchers (topic, &n_ids);
      for (guint r = 0; r < n_ids; r++)
        {
          TaParticipant *participant = ta_participant_list_lookup (self->participants, ids[r]);

          if (participant != NULL && !g_hash_table_contains (researchers, &ids[r]))
            {
              g_hash_table_add (researchers, (gpointer) &ids[r]);
              g_ptr_array_add (people, participant);
            }
        }
    }

  self->filling_choices = TRUE;

  if (self->tag != NULL)
    selected_tag = g_strdup (self->tag);
  g_hash_table_iter_init (&iter, tags);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (tag_list, value);
  g_ptr_array_sort (tag_list, compare_strings);
  g_strv_builder_add (tag_builder, _("Any Tag"));
  for (guint i = 0; i < tag_list->len; i++)
    g_strv_builder_add (tag_builder, g_ptr_array_index (tag_list, i));
  tag_strv = g_strv_builder_end (tag_builder);
  gtk_string_list_splice (self->tag_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tag_names)),
                          (const char * const *) tag_strv);
  gtk_drop_down_set_selected (self->tag_dropdown, 0);
  for (guint i = 1; selected_tag != NULL && tag_strv[i] != NULL; i++)
    {
      g_autofree char *folded = ta_search_fold (tag_strv[i]);

      if (g_strcmp0 (folded, selected_tag) == 0)
        gtk_drop_down_set_selected (self->tag_dropdown, i);
    }

  g_array_set_size (self->researcher_ids, 0);
  g_array_append_val (self->researcher_ids, zero);
  g_strv_builder_add (people_builder, _("Anyone"));
  for (guint i = 0; i < people->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (people, i);
      gint64 id = ta_participant_get_id (participant);

      g_array_append_val (self->researcher_ids, id);
      g_strv_builder_add (people_builder, ta_participant_get_name (participant));
    }
  people_strv = g_strv_builder_end (people_builder);
  gtk_string_list_splice (self->researcher_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->researcher_names)),
                          (const char * const *) people_strv);
  gtk_drop_down_set_selected (self->researcher_dropdown, 0);
  for (guint i = 0; i < self->researcher_ids->len; i++)
    if (g_array_index (self->researcher_ids, gint64, i) == selected_researcher && selected_researcher != 0)
      gtk_drop_down_set_selected (self->researcher_dropdown, i);

  self->filling_choices = FALSE;
}

/* Moving cards */

/* The topic of a card, of the list item holding it, or of their parents. */
static gint64
topic_id_of (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (ta_topic_card_get_topic_id (widget) != 0)
        return ta_topic_card_get_topic_id (widget);
      if (child != NULL && ta_topic_card_get_topic_id (child) != 0)
        return ta_topic_card_get_topic_id (child);
      if (GTK_IS_LIST_VIEW (widget))
        break;
    }

  return 0;
}

static void
ta_board_view_focus_topic (TaBoardView *self,
                           gint64       id)
{
  for (guint i = 0; i < TA_N_TOPIC_STAGES; i++)
    {
      Column *column = &self->columns[i];
      guint n = column->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (column->model)) : 0;

      for (guint position = 0; position < n; position++)
        {
          g_autoptr(TaTopic) topic = g_list_model_get_item (G_LIST_MODEL (column->model), position);

          if (ta_topic_get_id (topic) != id)
            continue;

          if (position >= gtk_slice_list_model_get_size (column->slice))
            {
              gtk_slice_list_model_set_size (column->slice, position + 1);
              ta_board_view_update_counts (self);
            }

          /* In sight first: only the cards in sight have widgets. */
          gtk_widget_activate_action (GTK_WIDGET (column->list), "list.scroll-to-item", "u", position);
          for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (column->list));
               item != NULL;
               item = gtk_widget_get_next_sibling (item))
            {
              GtkWidget *card = gtk_widget_get_first_child (item);

              if (card != NULL && ta_topic_card_get_topic_id (card) == id)
                {
                  gtk_widget_grab_focus (item);
                  return;
                }
            }
          return;
        }
    }
}

/* Every way of moving a card ends here. */
static gboolean
ta_board_view_move (TaBoardView  *self,
                    gint64        id,
                    TaTopicStage  stage,
                    int           position)
{
  g_autoptr(GError) error = NULL;

  if (!ta_programme_move_topic (self->programme, id, stage, position, &error))
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot move the topic: %s"), error->message);
      return FALSE;
    }

  ta_board_view_focus_topic (self, id);
  return TRUE;
}

static void
ta_board_view_move_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  TaBoardView *self = TA_BOARD_VIEW (widget);
  gint64 id;
  int stage;
  int position;
  TaTopic *topic;

  g_variant_get (parameter, "(xii)", &id, &stage, &position);
  topic = self->topics != NULL ? ta_topic_list_lookup (self->topics, id) : NULL;
  if (topic == NULL || stage < 0 || stage >= TA_N_TOPIC_STAGES)
    return;

  /* -1: the end of the stage */
  if (position < 0)
    position = (int) ta_topic_list_count_in_stage (self->topics, stage);
  ta_board_view_move (self, id, stage, position);
}

static void
ta_board_view_move_by_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TaBoardView *self = TA_BOARD_VIEW (widget);
  TaTopic *topic;
  gint64 id;
  int delta;
  int position;

  g_variant_get (parameter, "(xi)", &id, &delta);
  topic = self->topics != NULL ? ta_topic_list_lookup (self->topics, id) : NULL;
  if (topic == NULL)
    return;

  position = ta_topic_get_position (topic) + delta;
  if (position < 0 ||
      position >= (int) ta_topic_list_count_in_stage (self->topics, ta_topic_get_stage (topic)))
    return;
  ta_board_view_move (self, id, ta_topic_get_stage (topic), position);
}

static gboolean
ta_board_view_key_pressed (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           TaBoardView           *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  gint64 id = focus != NULL ? topic_id_of (focus) : 0;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  TaTopic *topic;
  int stage;
  int position;

  if ((state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != GDK_ALT_MASK || id == 0 || self->topics == NULL)
    return GDK_EVENT_PROPAGATE;

  topic = ta_topic_list_lookup (self->topics, id);
  if (topic == NULL)
    return GDK_EVENT_PROPAGATE;

  stage = ta_topic_get_stage (topic);
  position = ta_topic_get_position (topic);

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      stage += rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      stage += rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      position--;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      position++;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if (stage < 0 || stage >= TA_N_TOPIC_STAGES || position < 0)
    return GDK_EVENT_STOP;
  /* Into another stage: at the same height, as far as it goes. */
  if (stage != (int) ta_topic_get_stage (topic))
    position = MIN (position, (int) ta_topic_list_count_in_stage (self->topics, stage));
  else if (position >= (int) ta_topic_list_count_in_stage (self->topics, stage))
    return GDK_EVENT_STOP;

  ta_board_view_move (self, id, stage, position);
  return GDK_EVENT_STOP;
}

/* Dropped on a card: before it, or after it in its lower half. */
static gboolean
drop_on_card_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 Column        *column)
{
  TaBoardView *self = column->view;
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  TaTopic *topic = g_value_get_object (value);
  TaTopic *under;
  int position;

  if (!TA_IS_TOPIC (topic) || self->topics == NULL)
    return FALSE;

  under = ta_topic_list_lookup (self->topics, ta_topic_card_get_topic_id (card));
  position = under != NULL ? ta_topic_get_position (under) : 0;
  if (y > gtk_widget_get_height (card) / 2.0)
    position++;

  /* Within its own stage, the card leaves its place first. */
  if (ta_topic_get_stage (topic) == column->stage && ta_topic_get_position (topic) < position)
    position--;

  return ta_board_view_move (self, ta_topic_get_id (topic), column->stage, position);
}

/* Dropped on the column but on no card: at its end. */
static gboolean
drop_on_column_cb (GtkDropTarget *target,
                   const GValue  *value,
                   double         x,
                   double         y,
                   Column        *column)
{
  TaBoardView *self = column->view;
  TaTopic *topic = g_value_get_object (value);
  int position;

  if (!TA_IS_TOPIC (topic) || self->topics == NULL)
    return FALSE;

  position = (int) ta_topic_list_count_in_stage (self->topics, column->stage);
  if (ta_topic_get_stage (topic) == column->stage)
    position--;

  return ta_board_view_move (self, ta_topic_get_id (topic), column->stage, position);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 TaTopic       *topic)
{
  return gdk_content_provider_new_typed (TA_TYPE_TOPIC, topic);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

/* Cards */

static GtkWindow *
ta_board_view_open_topic_editor (TaBoardView *self,
                                 TaTopic     *topic)
{
  GtkWindow *editor;

  if (self->participants == NULL)
    return NULL;

  editor = GTK_WINDOW (ta_topic_editor_new (ta_board_view_get_window (self), GTK_WIDGET (self),
                                            self->programme, topic));
  gtk_window_present (editor);

  return editor;
}

static void
column_activate_cb (GtkListView *list,
                    guint        position,
                    Column      *column)
{
  g_autoptr(TaTopic) topic = g_list_model_get_item (G_LIST_MODEL (column->model), position);

  if (topic != NULL)
    ta_board_view_open_topic_editor (column->view, topic);
}

/* Cards are made for the items in sight, when they come into sight. */
static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  TaBoardView *self = column->view;
  TaTopic *topic = gtk_list_item_get_item (item);
  GtkWidget *card = ta_topic_card_new (topic, self->programme);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (TA_TYPE_TOPIC, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), topic, 0);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_on_card_cb), column);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (target));

  gtk_list_item_set_child (item, card);

  /* The list item is what a screen reader lands on: it says the card. */
  if (gtk_widget_get_parent (card) != NULL)
    ta_accessible_set_label (GTK_WIDGET (gtk_widget_get_parent (card)), g_object_get_data (G_OBJECT (card), "accessible-label"));
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  gtk_list_item_set_child (item, NULL);
}

static void
ta_board_view_new_topic_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  ta_board_view_open_topic_editor (TA_BOARD_VIEW (widget), NULL);
}

/* page.search: Ctrl+F while the board is shown. */
static void
ta_board_view_search_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TaBoardView *self = TA_BOARD_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Set-up */

static void
show_all_clicked_cb (GtkButton *button,
                     Column    *column)
{
  gtk_slice_list_model_set_size (column->slice, G_MAXUINT);
  ta_board_view_update_counts (column->view);
}

static void
ta_board_view_build_column (TaBoardView  *self,
                            TaTopicStage  stage)
{
  Column *column = &self->columns[stage];
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (ta_topic_stage_get_label (stage));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkDropTarget *target = gtk_drop_target_new (TA_TYPE_TOPIC, GDK_ACTION_MOVE);
  GtkListItemFactory *factory;

  column->view = self;
  column->stage = stage;
  column->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (column->box, 280, -1);
  gtk_widget_set_hexpand (column->box, TRUE);
  gtk_widget_add_css_class (column->box, "board-column");

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  /* A long stage name in another language wraps between words rather
   * than being cut off. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_WORD);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  column->count_label = GTK_LABEL (gtk_label_new ("0"));
  gtk_widget_add_css_class (GTK_WIDGET (column->count_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (column->count_label), "numeric");
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (column->count_label));
  gtk_box_append (GTK_BOX (column->box), header);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), column);
  column->list = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_single_click_activate (column->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (column->list), "board-cards");
  g_signal_connect (column->list, "activate", G_CALLBACK (column_activate_cb), column);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (ta_board_view_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (column->list), keys);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (column->list));
  gtk_box_append (GTK_BOX (column->box), scroller);

  column->more_button = gtk_button_new ();
  gtk_widget_set_visible (column->more_button, FALSE);
  gtk_widget_add_css_class (column->more_button, "flat");
  g_signal_connect (column->more_button, "clicked", G_CALLBACK (show_all_clicked_cb), column);
  gtk_box_append (GTK_BOX (column->box), column->more_button);

  /* The whole column takes drops, so an empty one does too. */
  g_signal_connect (target, "drop", G_CALLBACK (drop_on_column_cb), column);
  gtk_widget_add_controller (column->box, GTK_EVENT_CONTROLLER (target));

  gtk_box_append (GTK_BOX (self->columns_box), column->box);
}

/* Reads the board of the programme and shows it. */
static void
ta_board_view_load (TaBoardView *self)
{
  TaTopicList *topics;
  g_autoptr(GError) error = NULL;

  if (self->programme == NULL || self->topics != NULL)
    return;

  topics = ta_programme_load_topics (self->programme, &error);
  if (topics == NULL)
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot read the board: %s"), error->message);
      return;
    }
  self->topics = g_object_ref (topics);

  ta_ideas_pane_set_programme (self->ideas_pane, self->programme);

  for (guint i = 0; i < TA_N_TOPIC_STAGES; i++)
    {
      Column *column = &self->columns[i];
      GtkEveryFilter *filter = gtk_every_filter_new ();
      g_autoptr(GtkNoSelection) selection = NULL;

      gtk_multi_filter_append (GTK_MULTI_FILTER (filter),
                               GTK_FILTER (gtk_custom_filter_new (topic_in_stage, column, NULL)));
      gtk_multi_filter_append (GTK_MULTI_FILTER (filter), GTK_FILTER (g_object_ref (self->filter)));
      column->model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->topics)), GTK_FILTER (filter));
      g_signal_connect_swapped (column->model, "items-changed", G_CALLBACK (ta_board_view_update_counts), self);
      column->slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (column->model)), 0, CARDS_SHOWN);
      selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (column->slice)));
      gtk_list_view_set_model (column->list, GTK_SELECTION_MODEL (selection));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.new-topic", TRUE);
  ta_board_view_update_counts (self);
}

static void
ta_board_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ta_board_view_parent_class)->map (widget);
  ta_board_view_load (TA_BOARD_VIEW (widget));
}

static void
ta_board_view_dispose (GObject *object)
{
  TaBoardView *self = TA_BOARD_VIEW (object);

  GtkWidget *child;

  ta_board_view_set_programme (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_BOARD_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ta_board_view_parent_class)->dispose (object);
}

static void
ta_board_view_finalize (GObject *object)
{
  TaBoardView *self = TA_BOARD_VIEW (object);

  g_clear_pointer (&self->researcher_ids, g_array_unref);
  g_clear_pointer (&self->folded_query, g_free);
  g_clear_pointer (&self->tag, g_free);

  G_OBJECT_CLASS (ta_board_view_parent_class)->finalize (object);
}

static void
ta_board_view_class_init (TaBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_board_view_dispose;
  object_class->finalize = ta_board_view_finalize;
  widget_class->map = ta_board_view_map;

  g_type_ensure (TA_TYPE_IDEAS_PANE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, tag_names);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, researcher_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, researcher_names);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, stage_names);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, ideas_button);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, columns_box);
  gtk_widget_class_bind_template_child (widget_class, TaBoardView, ideas_pane);
  gtk_widget_class_bind_template_callback (widget_class, ta_board_view_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_board_view_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_board_view_filter_popover_shown);

  gtk_widget_class_install_action (widget_class, "board.new-topic", NULL, ta_board_view_new_topic_action);
  /* The window's Ctrl+F and header "+" (see TaWindow). */
  gtk_widget_class_install_action (widget_class, "page.search", NULL, ta_board_view_search_action);
  gtk_widget_class_install_action (widget_class, "page.add", NULL, ta_board_view_new_topic_action);
  gtk_widget_class_install_action (widget_class, "board.clear-filter", NULL, ta_board_view_clear_filter_action);
  /* (topic id, stage, position); position -1 for the end of the stage */
  gtk_widget_class_install_action (widget_class, "board.move", "(xii)", ta_board_view_move_action);
  /* (topic id, places up or down in its stage) */
  gtk_widget_class_install_action (widget_class, "board.move-by", "(xi)", ta_board_view_move_by_action);

}

static void
ta_board_view_init (TaBoardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->stage = -1;
  self->researcher_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter = gtk_custom_filter_new (topic_matches, self, NULL);
  g_signal_connect_swapped (self->ideas_pane, "topic-added", G_CALLBACK (ta_board_view_focus_topic), self);

  /* The drop-downs select their first item as it comes. */
  self->filling_choices = TRUE;
  gtk_string_list_append (self->tag_names, _("Any Tag"));
  gtk_string_list_append (self->researcher_names, _("Anyone"));
  gtk_string_list_append (self->stage_names, _("Every Stage"));
  for (TaTopicStage stage = 0; stage < TA_N_TOPIC_STAGES; stage++)
    {
      gtk_string_list_append (self->stage_names, ta_topic_stage_get_label (stage));
      ta_board_view_build_column (self, stage);
    }
  {
    gint64 zero = 0;
    g_array_append_val (self->researcher_ids, zero);
  }
  self->filling_choices = FALSE;

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  ta_board_view_update_counts (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.new-topic", FALSE);
}

/**
 * ta_board_view_set_programme:
 * @self: a #TaBoardView
 * @programme: (nullable): the open programme
 */
void
ta_board_view_set_programme (TaBoardView *self,
                             TaProgramme *programme)
{
  g_return_if_fail (TA_IS_BOARD_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  for (guint i = 0; i < TA_N_TOPIC_STAGES; i++)
    {
      Column *column = &self->columns[i];

      if (column->list != NULL)
        gtk_list_view_set_model (column->list, NULL);
      if (column->model != NULL)
        g_signal_handlers_disconnect_by_func (column->model, ta_board_view_update_counts, self);
      g_clear_object (&column->slice);
      g_clear_object (&column->model);
    }
  ta_ideas_pane_set_programme (self->ideas_pane, NULL);
  g_clear_object (&self->topics);
  g_set_object (&self->programme, programme);
  self->participants = programme != NULL ? ta_programme_get_participants (programme) : NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.new-topic", FALSE);

  /* The board is read when it is first shown, not at start-up. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ta_board_view_load (self);
  else
    ta_board_view_update_counts (self);
}

GtkWidget *
_ta_board_view_get_column (TaBoardView  *self,
                           TaTopicStage  stage)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (stage < TA_N_TOPIC_STAGES, NULL);
  return GTK_WIDGET (self->columns[stage].list);
}

GListModel *
_ta_board_view_get_cards (TaBoardView  *self,
                          TaTopicStage  stage)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (stage < TA_N_TOPIC_STAGES, NULL);
  return G_LIST_MODEL (self->columns[stage].model);
}

void
_ta_board_view_focus_topic (TaBoardView *self,
                            gint64       id)
{
  g_return_if_fail (TA_IS_BOARD_VIEW (self));
  ta_board_view_focus_topic (self, id);
}


TaTopicList *
_ta_board_view_get_topics (TaBoardView *self)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  return self->topics;
}

GListModel *
_ta_board_view_get_ideas (TaBoardView *self)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  return ta_ideas_pane_get_ideas (self->ideas_pane);
}

GtkWidget *
_ta_board_view_get_search_entry (TaBoardView *self)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

GtkWindow *
_ta_board_view_open_topic (TaBoardView *self,
                           TaTopic     *topic)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  return ta_board_view_open_topic_editor (self, topic);
}

GtkListBox *
_ta_board_view_get_ideas_list (TaBoardView *self)
{
  g_return_val_if_fail (TA_IS_BOARD_VIEW (self), NULL);
  return ta_ideas_pane_get_list (self->ideas_pane);
}

/**
 * ta_board_view_set_researcher:
 * @self: a #TaBoardView
 * @participant_id: whose topics to show, or 0 for every topic
 *
 * A personal programme's Research page shows only the topics "me"
 * researches, whatever the filter says.
 */
void
ta_board_view_set_researcher (TaBoardView *self,
                              gint64       participant_id)
{
  g_return_if_fail (TA_IS_BOARD_VIEW (self));

  if (self->fixed_researcher_id == participant_id)
    return;

  self->fixed_researcher_id = participant_id;
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}
