/* ta-ideas-pane.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-board-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-ideas-pane.h"
#include "ta-toast.h"

struct _TaIdeasPane
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkListBox        *list;

  /* Owned references */
  TaProgramme       *programme;
  GListStore        *ideas;
  guint              refresh_id;
};

enum {
  TOPIC_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TaIdeasPane, ta_ideas_pane, GTK_TYPE_WIDGET)

static void
add_idea_clicked_cb (GtkButton   *button,
                     TaTopicIdea *idea)
{
  TaIdeasPane *self = TA_IDEAS_PANE (gtk_widget_get_ancestor (GTK_WIDGET (button), TA_TYPE_IDEAS_PANE));
  g_autoptr(TaTopic) topic = ta_topic_idea_to_topic (idea);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->programme == NULL)
    return;

  if (!ta_programme_add_topic (self->programme, topic, &error))
    {
      ta_toast_add_error (GTK_WIDGET (self), _("Cannot add the topic: %s"), error->message);
      return;
    }

  /* Translators: %s is a topic */
  message = g_strdup_printf (_("“%s” added to Proposed"), ta_topic_get_title (topic));
  ta_toast_add (GTK_WIDGET (self), adw_toast_new (message));
  g_signal_emit (self, signals[TOPIC_ADDED], 0, ta_topic_get_id (topic));
}

static GtkWidget *
create_idea_row (gpointer item,
                 gpointer user_data)
{
  TaTopicIdea *idea = TA_TOPIC_IDEA (item);
  guint count = ta_topic_idea_get_count (idea);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (ta_topic_idea_get_term (idea));
  GtkWidget *count_label;
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add to Board"));

  /* Not an AdwActionRow: its title breaks words anywhere ("Podc-asting")
   * in a narrow column; these wrap between words only. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_WORD);
  /* Translators: how many mentees want to learn a topic idea */
  subtitle = g_strdup_printf (ngettext ("Wanted by %u mentee", "Wanted by %u mentees", count), count);
  count_label = gtk_label_new (subtitle);
  gtk_label_set_xalign (GTK_LABEL (count_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (count_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (count_label), PANGO_WRAP_WORD);
  gtk_widget_add_css_class (count_label, "dim-label");
  gtk_widget_add_css_class (count_label, "caption");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), count_label);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the Add to Board button of a topic idea, for a screen reader */
  accessible = g_strdup_printf (_("Add “%s” to the board"), ta_topic_idea_get_term (idea));
  ta_accessible_set_label (GTK_WIDGET (button), accessible);
  g_signal_connect_object (button, "clicked", G_CALLBACK (add_idea_clicked_cb), idea, 0);
  gtk_box_append (GTK_BOX (box), button);

  return row;
}

static void
ta_ideas_pane_refresh (TaIdeasPane *self)
{
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->programme != NULL)
    {
      ideas = ta_programme_list_topic_ideas (self->programme, &error);
      if (ideas == NULL)
        g_warning ("Could not list the topic ideas: %s", error->message);
    }

  g_list_store_splice (self->ideas, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ideas)),
                       ideas != NULL ? ideas->pdata : NULL, ideas != NULL ? ideas->len : 0);
}

static gboolean
refresh_cb (gpointer user_data)
{
  TaIdeasPane *self = TA_IDEAS_PANE (user_data);

  self->refresh_id = 0;
  ta_ideas_pane_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
ta_ideas_pane_queue_refresh (TaIdeasPane *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
ta_ideas_pane_dispose (GObject *object)
{
  TaIdeasPane *self = TA_IDEAS_PANE (object);
  GtkWidget *child;

  ta_ideas_pane_set_programme (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_IDEAS_PANE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->ideas);

  G_OBJECT_CLASS (ta_ideas_pane_parent_class)->dispose (object);
}

static void
ta_ideas_pane_class_init (TaIdeasPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_ideas_pane_dispose;

  /**
   * TaIdeasPane::topic-added:
   * @self: the pane
   * @id: the new topic
   *
   * An idea became a card of the board.
   */
  signals[TOPIC_ADDED] =
    g_signal_new ("topic-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/turnabout/Turnabout/ta-ideas-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, TaIdeasPane, list);
}

static void
ta_ideas_pane_init (TaIdeasPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->ideas = g_list_store_new (TA_TYPE_TOPIC_IDEA);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->ideas), create_idea_row, self, NULL);
}

/**
 * ta_ideas_pane_set_programme:
 * @self: a #TaIdeasPane
 * @programme: (nullable): the programme whose ideas it lists
 *
 * Lists the ideas of @programme when the main loop is next idle, and
 * again whenever its topics or people change.
 */
void
ta_ideas_pane_set_programme (TaIdeasPane *self,
                             TaProgramme *programme)
{
  g_return_if_fail (TA_IS_IDEAS_PANE (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  if (self->programme != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->programme, ta_ideas_pane_queue_refresh, self);
      g_signal_handlers_disconnect_by_func (ta_programme_get_participants (self->programme),
                                            ta_ideas_pane_queue_refresh, self);
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_set_object (&self->programme, programme);

  if (programme != NULL)
    {
      g_signal_connect_swapped (programme, "changed::topics", G_CALLBACK (ta_ideas_pane_queue_refresh), self);
      g_signal_connect_swapped (ta_programme_get_participants (programme), "items-changed",
                                G_CALLBACK (ta_ideas_pane_queue_refresh), self);
      ta_ideas_pane_queue_refresh (self);
    }
}

GListModel *
ta_ideas_pane_get_ideas (TaIdeasPane *self)
{
  g_return_val_if_fail (TA_IS_IDEAS_PANE (self), NULL);

  ta_ideas_pane_refresh (self);
  return G_LIST_MODEL (self->ideas);
}

GtkListBox *
ta_ideas_pane_get_list (TaIdeasPane *self)
{
  g_return_val_if_fail (TA_IS_IDEAS_PANE (self), NULL);
  return self->list;
}
