/* ta-attendee-picker.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-attendee-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-attendee-picker.h"
#include "ta-person-choices.h"

struct _TaAttendeePicker
{
  GtkWidget          parent_instance;

  GtkWidget         *box;
  GtkFlowBox        *chips;
  GtkDropDown       *dropdown;

  TaParticipantList *participants;
  GListModel        *choices;
  GArray            *ids;       /* gint64, in the order chosen */
};

G_DEFINE_FINAL_TYPE (TaAttendeePicker, ta_attendee_picker, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_attendee_cb (GtkButton        *button,
                    TaAttendeePicker *self);

static void
ta_attendee_picker_update_chips (TaAttendeePicker *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_flow_box_remove (self->chips, child);

  for (guint i = 0; i < self->ids->len; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);
      TaParticipant *person = self->participants != NULL ? ta_participant_list_lookup (self->participants, id) : NULL;
      const char *name = person != NULL ? ta_participant_get_name (person) : "?";
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");
      /* Translators: the accessible label of a chip's remove button; %1$s is a name */
      g_autofree char *remove = g_strdup_printf (_("Remove %1$s from the attendees"), name);

      /* One line when there is room, words on lines of their own when not. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_halign (box, GTK_ALIGN_START);
      gtk_widget_add_css_class (box, "card");
      gtk_widget_set_margin_start (label, 8);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "circular");
      ta_accessible_set_label (GTK_WIDGET (button), remove);
      gtk_widget_set_tooltip_text (button, remove);
      g_object_set_data (G_OBJECT (button), "participant-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect (button, "clicked", G_CALLBACK (remove_attendee_cb), self);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_flow_box_append (self->chips, box);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->chips), self->ids->len > 0);
}

static void
add_attendee (TaAttendeePicker *self,
              gint64            id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return;

  g_array_append_val (self->ids, id);
  ta_attendee_picker_update_chips (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_attendee_cb (GtkButton        *button,
                    TaAttendeePicker *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "participant-id"));

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      {
        g_array_remove_index (self->ids, i);
        break;
      }
  ta_attendee_picker_update_chips (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->dropdown));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
attendee_picked_cb (TaAttendeePicker *self)
{
  guint position = gtk_drop_down_get_selected (self->dropdown);
  gint64 id;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || self->choices == NULL)
    return;

  id = ta_person_choices_get_id (self->choices, position);
  gtk_drop_down_set_selected (self->dropdown, 0);
  if (id != 0)
    add_attendee (self, id);
}


static void
ta_attendee_picker_dispose (GObject *object)
{
  TaAttendeePicker *self = TA_ATTENDEE_PICKER (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->choices);
  g_clear_object (&self->participants);

  G_OBJECT_CLASS (ta_attendee_picker_parent_class)->dispose (object);
}

static void
ta_attendee_picker_finalize (GObject *object)
{
  TaAttendeePicker *self = TA_ATTENDEE_PICKER (object);

  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (ta_attendee_picker_parent_class)->finalize (object);
}

static void
ta_attendee_picker_class_init (TaAttendeePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_attendee_picker_dispose;
  object_class->finalize = ta_attendee_picker_finalize;

  /**
   * TaAttendeePicker::changed:
   *
   * Somebody was added or taken out.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ta_attendee_picker_init (TaAttendeePicker *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->chips = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->chips, GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (self->chips, 6);
  gtk_flow_box_set_row_spacing (self->chips, 6);
  gtk_flow_box_set_max_children_per_line (self->chips, 8);
  gtk_widget_set_visible (GTK_WIDGET (self->chips), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->chips));

  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_drop_down_set_enable_search (self->dropdown, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->dropdown), TRUE);
  ta_accessible_set_label (GTK_WIDGET (self->dropdown), _("Add an attendee"));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->dropdown));
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (attendee_picked_cb), self);
}

/**
 * ta_attendee_picker_new:
 *
 * Returns: (transfer floating): a picker with nobody; give it the
 *   directory with ta_attendee_picker_set_participants()
 */
GtkWidget *
ta_attendee_picker_new (void)
{
  return g_object_new (TA_TYPE_ATTENDEE_PICKER, NULL);
}

/**
 * ta_attendee_picker_set_participants:
 * @self: a #TaAttendeePicker
 * @participants: the directory to pick from
 */
void
ta_attendee_picker_set_participants (TaAttendeePicker  *self,
                                     TaParticipantList *participants)
{
  g_autoptr(GtkExpression) expression = NULL;

  g_return_if_fail (TA_IS_ATTENDEE_PICKER (self));
  g_return_if_fail (TA_IS_PARTICIPANT_LIST (participants));

  g_set_object (&self->participants, participants);
  g_clear_object (&self->choices);
  self->choices = ta_person_choices_new (participants, _("Add a Person…"), NULL);
  expression = ta_person_choices_expression ();
  gtk_drop_down_set_expression (self->dropdown, expression);
  gtk_drop_down_set_model (self->dropdown, self->choices);
  ta_attendee_picker_update_chips (self);
}

/**
 * ta_attendee_picker_get_ids:
 * @self: a #TaAttendeePicker
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): participant ids, in the
 *   order chosen
 */
const gint64 *
ta_attendee_picker_get_ids (TaAttendeePicker *self,
                            guint            *out_n)
{
  g_return_val_if_fail (TA_IS_ATTENDEE_PICKER (self), NULL);
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = self->ids->len;
  return (const gint64 *) self->ids->data;
}

/**
 * ta_attendee_picker_set_ids:
 * @self: a #TaAttendeePicker
 * @ids: (array length=n): participant ids
 * @n: how many
 */
void
ta_attendee_picker_set_ids (TaAttendeePicker *self,
                            const gint64     *ids,
                            guint             n)
{
  g_return_if_fail (TA_IS_ATTENDEE_PICKER (self));
  g_return_if_fail (ids != NULL || n == 0);

  g_array_set_size (self->ids, 0);
  if (n > 0)
    g_array_append_vals (self->ids, ids, n);
  ta_attendee_picker_update_chips (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * ta_attendee_picker_add:
 * @self: a #TaAttendeePicker
 * @id: a participant, added unless already there
 */
void
ta_attendee_picker_add (TaAttendeePicker *self,
                        gint64            id)
{
  g_return_if_fail (TA_IS_ATTENDEE_PICKER (self));
  g_return_if_fail (id > 0);

  add_attendee (self, id);
}

GtkDropDown *
ta_attendee_picker_get_dropdown (TaAttendeePicker *self)
{
  g_return_val_if_fail (TA_IS_ATTENDEE_PICKER (self), NULL);
  return self->dropdown;
}

GtkFlowBox *
ta_attendee_picker_get_chips (TaAttendeePicker *self)
{
  g_return_val_if_fail (TA_IS_ATTENDEE_PICKER (self), NULL);
  return self->chips;
}
