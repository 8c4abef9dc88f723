/* ta-topic-card.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-topic-card"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ta-accessible.h"
#include "ta-pairing-row.h"
#include "ta-topic-card.h"

/* How many researchers' avatars a card shows before "+N". */
#define MAX_AVATARS 3

/* A researcher's initials in a coloured circle: an avatar, drawn as one
 * label because AdwAvatar costs a millisecond a card on a large board. */
static GtkWidget *
new_initials (const char *name)
{
  g_autofree char *upper = NULL;
  g_autofree char *css_class = NULL;
  GString *initials = g_string_new (NULL);
  const char *word = name;
  GtkWidget *label;

  while (word != NULL && *word != '\0' && initials->len < 8)
    {
      while (*word == ' ')
        word++;
      if (*word == '\0')
        break;
      g_string_append_unichar (initials, g_utf8_get_char (word));
      word = strchr (word, ' ');
      if (g_utf8_strlen (initials->str, -1) == 2)
        break;
    }
  upper = g_utf8_strup (initials->str, -1);
  g_string_free (initials, TRUE);

  label = gtk_label_new (upper);
  gtk_widget_set_tooltip_text (label, name);
  gtk_widget_add_css_class (label, "initials");
  css_class = g_strdup_printf ("initials-%u", g_str_hash (name) % 6);
  gtk_widget_add_css_class (label, css_class);
  ta_accessible_set_label (GTK_WIDGET (label), name);

  return label;
}

/* An icon and a short text, dimmed: one fact of the card. */
static GtkWidget *
new_fact (const char *icon_name,
          const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *image = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (box, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  /* "Fällig am 16. Dezember 2026" wraps between words rather than
   * widening the column past the window. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GMenuModel *
new_move_menu (TaTopic *topic)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) stages = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  TaTopicStage stage = ta_topic_get_stage (topic);
  gint64 id = ta_topic_get_id (topic);
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);

  for (TaTopicStage to = 0; to < TA_N_TOPIC_STAGES; to++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (to == stage)
        continue;
      /* Translators: in a card's menu; %s is a stage of the board */
      label = g_strdup_printf (_("Move to %s"), ta_topic_stage_get_label (to));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "board.move",
                                               g_variant_new ("(xii)", id, (int) to, -1));
      g_menu_append_item (stages, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (stages));

  /* Relative, as the card's place changes when others move. */
  g_menu_item_set_action_and_target_value (up, "board.move-by", g_variant_new ("(xi)", id, -1));
  g_menu_append_item (order, up);
  g_menu_item_set_action_and_target_value (down, "board.move-by", g_variant_new ("(xi)", id, 1));
  g_menu_append_item (order, down);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));

  return G_MENU_MODEL (menu);
}

static void
create_move_menu (GtkMenuButton *menu_button,
                  gpointer       user_data)
{
  g_autoptr(GMenuModel) menu = new_move_menu (TA_TOPIC (user_data));

  gtk_menu_button_set_menu_model (menu_button, menu);
}

GtkWidget *
ta_topic_card_new (TaTopic     *topic,
                   TaProgramme *programme)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (ta_topic_get_title (topic));
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *facts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *avatars = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  g_autoptr(GString) accessible = g_string_new (NULL);
  g_autofree char *due = ta_pairing_format_date (ta_topic_get_due_date (topic));
  const char * const *tags = ta_topic_get_tags (topic);
  const gint64 *researchers;
  guint n_researchers = 0;
  guint n_interested = 0;

  g_object_set_data (G_OBJECT (row), "topic-id", GSIZE_TO_POINTER ((gsize) ta_topic_get_id (topic)));
  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "topic-card");

  /* Translators: how a screen reader names a card of the board: %1$s is
   * the topic, %2$s the stage it is in (Proposed, Researching…) */
  g_string_printf (accessible, C_("topic card", "%1$s, in %2$s"), ta_topic_get_title (topic),
                   ta_topic_stage_get_label (ta_topic_get_stage (topic)));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  /* Between words only: never "Podc-asting". */
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_valign (title, GTK_ALIGN_START);
  gtk_widget_set_margin_top (title, 4);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (top), title);

  /* "Move to": the board without a pointer.  Made when opened: a menu
   * model per card costs GTK action tracking on every card of a large
   * board. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_move_menu,
                                         g_object_ref (topic), g_object_unref);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (menu_button, "flat");
  {
    /* Translators: the menu button of a card, for a screen reader; %s is the topic */
    g_autofree char *label = g_strdup_printf (_("Move “%s”"), ta_topic_get_title (topic));

    ta_accessible_set_label (GTK_WIDGET (menu_button), label);
  }
  gtk_box_append (GTK_BOX (top), menu_button);
  gtk_box_append (GTK_BOX (box), top);

  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (" · ", (char **) tags);
      GtkWidget *label = gtk_label_new (joined);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "accent");
      gtk_box_append (GTK_BOX (box), label);
      g_string_append_printf (accessible, ". %s", joined);
    }

  researchers = ta_topic_get_researchers (topic, &n_researchers);
  for (guint i = 0; i < n_researchers; i++)
    {
      TaParticipant *person = ta_participant_list_lookup (ta_programme_get_participants (programme), researchers[i]);
      const char *name = person != NULL ? ta_participant_get_name (person) : "?";

      if (i < MAX_AVATARS)
        gtk_box_append (GTK_BOX (avatars), new_initials (name));
      g_string_append_printf (accessible, i == 0 ? ". %s" : ", %s", name);
    }
  if (n_researchers > MAX_AVATARS)
    {
      g_autofree char *more = g_strdup_printf ("+%u", n_researchers - MAX_AVATARS);
      GtkWidget *label = gtk_label_new (more);

      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (avatars), label);
    }
  gtk_widget_set_hexpand (avatars, TRUE);
  gtk_box_append (GTK_BOX (facts), avatars);

  if (due != NULL)
    {
      /* Translators: on a card of the board; %s is a date */
      g_autofree char *text = g_strdup_printf (_("Due %s"), due);

      gtk_box_append (GTK_BOX (facts), new_fact ("alarm-symbolic", text));
      g_string_append_printf (accessible, ". %s", text);
    }

  ta_topic_get_interested (topic, &n_interested);
  if (n_interested > 0)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_interested);
      /* Translators: on a card, for a screen reader */
      g_autofree char *text = g_strdup_printf (ngettext ("%u senior interested", "%u seniors interested",
                                                         n_interested), n_interested);
      GtkWidget *fact = new_fact ("emblem-favorite-symbolic", count);

      gtk_widget_set_tooltip_text (fact, text);
      gtk_box_append (GTK_BOX (facts), fact);
      g_string_append_printf (accessible, ". %s", text);
    }
  gtk_box_append (GTK_BOX (box), facts);

  if (ta_topic_get_session_id (topic) != 0)
    {
      g_autoptr(TaSession) session = ta_programme_get_session (programme, ta_topic_get_session_id (topic), NULL);

      if (session != NULL)
        {
          g_autoptr(GDateTime) start = g_date_time_to_local (ta_session_get_starts_at (session));
          /* Translators: when a topic is presented, on its card, see g_date_time_format() */
          g_autofree char *when = g_date_time_format (start, C_("topic presentation", "%a %-d %b, %H:%M"));
          /* Translators: on a card of the board: when its lunch-and-learn is (or was); %s is when */
          g_autofree char *text = g_strdup_printf (_("Presentation: %s"), when);

          gtk_box_append (GTK_BOX (box), new_fact ("x-office-calendar-symbolic", text));
          g_string_append_printf (accessible, ". %s", text);
        }
    }

  gtk_box_append (GTK_BOX (row), box);
  ta_accessible_set_label (GTK_WIDGET (row), accessible->str);
  g_object_set_data_full (G_OBJECT (row), "accessible-label", g_strdup (accessible->str), g_free);

  return row;
}

gint64
ta_topic_card_get_topic_id (GtkWidget *card)
{
  g_return_val_if_fail (GTK_IS_WIDGET (card), 0);

  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (card), "topic-id"));
}
