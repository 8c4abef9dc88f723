/* ta-check-in-dialog.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * One check-in's questions for one side of a pair, answered in the app
 * (a personal programme) or recorded by the facilitator from a meeting or
 * a paper form (source "paper").  The controls are made from the question
 * bank, so a question added there appears here: fit as three choices, a
 * scale as a spin button that starts at "—" (not answered) with its ends
 * said beside it, text as a few lines to write in.
 */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-accessible.h"
#include "ta-check-in-dialog-private.h"
#include "ta-check-in-dialog.h"

#define MAX_QUESTIONS 8

struct _TaCheckInDialog
{
  AdwWindow                parent_instance;

  TaProgramme             *programme;
  gint64                   pairing_id;
  TaCheckInKind            kind;
  TaPairSide               side;

  const TaCheckInQuestion *questions;
  guint                    n_questions;
  GtkWidget               *inputs[MAX_QUESTIONS];  /* spin button, text view, or the fit box */
  GtkCheckButton          *fit_buttons[3];         /* good, deciding, not a fit */
  GtkLabel                *error_label;
  GtkWidget               *save_button;
};

G_DEFINE_FINAL_TYPE (TaCheckInDialog, ta_check_in_dialog, ADW_TYPE_WINDOW)

static gboolean
spin_output (GtkSpinButton *spin,
             gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  int value = (int) gtk_adjustment_get_value (adjustment);
  g_autofree char *text = NULL;

  /* The lowest position means "not answered". */
  if (value < (int) gtk_adjustment_get_lower (adjustment) + 1)
    text = g_strdup (_("—"));
  else
    text = g_strdup_printf ("%d", value);
  gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static GtkWidget *
make_heading (const TaCheckInQuestion *question)
{
  GtkWidget *label = gtk_label_new (question->text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");

  return label;
}

static GtkWidget *
make_fit (TaCheckInDialog         *self,
          const TaCheckInQuestion *question)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *button = gtk_check_button_new_with_label (ta_check_in_fit_get_label (TA_CHECK_IN_FIT_GOOD + i));

      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (button), self->fit_buttons[0]);
      self->fit_buttons[i] = GTK_CHECK_BUTTON (button);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, question->text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE, -1);

  return box;
}

static GtkWidget *
make_scale (const TaCheckInQuestion *question,
            GtkWidget              **out_input)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *spin = gtk_spin_button_new_with_range (question->min - 1, question->max, 1);
  GtkWidget *ends;
  g_autofree char *text = NULL;

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), question->min - 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output), NULL);
  spin_output (GTK_SPIN_BUTTON (spin), NULL);
  ta_accessible_set_label (spin, question->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_REQUIRED,
                                  question->required, -1);

  /* Translators: the ends of a scale: "1 is Poor, 5 is Excellent" */
  text = g_strdup_printf (_("%1$d is %2$s, %3$d is %4$s"), question->min, question->low_label,
                          question->max, question->high_label);
  ends = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (ends), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (ends), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (ends), 0);
  gtk_widget_set_hexpand (ends, TRUE);
  gtk_widget_add_css_class (ends, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);

  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), ends);
  *out_input = spin;

  return box;
}

static GtkWidget *
make_text (const TaCheckInQuestion *question)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_widget_add_css_class (view, "card");
  ta_accessible_set_label (view, question->text);

  return view;
}

static char *
text_of (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The answer as the controls say it; unanswered scales are 0 (-1 for
 * the recommendation), as the record keeps them. */
static TaCheckIn *
read_answer (TaCheckInDialog *self)
{
  TaCheckIn *check_in = ta_check_in_new (self->pairing_id, self->kind, self->side);
  TaProgrammeSide programme_side = ta_programme_get_side (self->programme);

  /* A facilitator records what was said in a meeting or on paper; in a
   * personal programme "me" answers in the app. */
  ta_check_in_set_source (check_in, programme_side == TA_PROGRAMME_SIDE_PERSONAL ? TA_CHECK_IN_SOURCE_APP
                                                                                : TA_CHECK_IN_SOURCE_PAPER);

  for (guint i = 0; i < self->n_questions; i++)
    {
      const TaCheckInQuestion *question = &self->questions[i];

      if (question->type == TA_CHECK_IN_QUESTION_FIT)
        {
          for (guint f = 0; f < 3; f++)
            if (gtk_check_button_get_active (self->fit_buttons[f]))
              ta_check_in_set_fit (check_in, TA_CHECK_IN_FIT_GOOD + f);
        }
      else if (question->type == TA_CHECK_IN_QUESTION_SCALE)
        {
          int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->inputs[i]));
          gboolean answered = value >= question->min;

          if (g_str_equal (question->field, "quality"))
            ta_check_in_set_quality (check_in, answered ? value : 0);
          else if (g_str_equal (question->field, "confidence"))
            ta_check_in_set_confidence (check_in, answered ? value : 0);
          else if (g_str_equal (question->field, "recommend"))
            ta_check_in_set_recommend (check_in, answered ? value : -1);
        }
      else
        {
          g_autofree char *text = text_of (self->inputs[i]);

          if (g_str_equal (question->field, "works"))
            ta_check_in_set_works (check_in, text);
          else if (g_str_equal (question->field, "not_working"))
            ta_check_in_set_not_working (check_in, text);
          else if (g_str_equal (question->field, "changed"))
            ta_check_in_set_changed (check_in, text);
          else if (g_str_equal (question->field, "keep"))
            ta_check_in_set_keep (check_in, text);
        }
    }

  return check_in;
}

gboolean
_ta_check_in_dialog_save (TaCheckInDialog *self)
{
  g_autoptr(TaCheckIn) check_in = read_answer (self);
  g_autoptr(GError) error = NULL;

  if (!ta_programme_add_check_in (self->programme, check_in, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked (TaCheckInDialog *self)
{
  _ta_check_in_dialog_save (self);
}

static void
ta_check_in_dialog_dispose (GObject *object)
{
  TaCheckInDialog *self = (TaCheckInDialog *)object;

  g_clear_object (&self->programme);

  G_OBJECT_CLASS (ta_check_in_dialog_parent_class)->dispose (object);
}

static void
ta_check_in_dialog_class_init (TaCheckInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_check_in_dialog_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ta_check_in_dialog_init (TaCheckInDialog *self)
{
}

static GtkWidget *
build_header (TaCheckInDialog *self,
              const char      *who)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (ta_check_in_kind_get_label (self->kind), who));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);

  return header;
}

static char *
describe_who (TaProgramme *programme,
              gint64       pairing_id,
              TaPairSide   side)
{
  g_autoptr(TaPairing) pairing = ta_programme_get_pairing (programme, pairing_id, NULL);
  g_autoptr(TaParticipant) person = NULL;

  if (pairing != NULL)
    person = ta_programme_get_participant (programme,
                                           side == TA_PAIR_SIDE_MENTOR ? ta_pairing_get_mentor_id (pairing)
                                                                       : ta_pairing_get_mentee_id (pairing),
                                           NULL);
  if (person == NULL)
    return g_strdup (side == TA_PAIR_SIDE_MENTOR ? C_("role", "Mentor") : C_("role", "Mentee"));

  /* Translators: a person and their side of the pair: "Ana Pereira (mentor)" */
  return g_strdup_printf (side == TA_PAIR_SIDE_MENTOR ? _("%s (mentor)") : _("%s (mentee)"),
                          ta_participant_get_name (person));
}

/**
 * ta_check_in_dialog_new:
 * @programme: the open programme
 * @pairing_id: the pair
 * @kind: which check-in
 * @side: who answers
 *
 * Returns: (transfer full): the dialog, not shown yet
 */
TaCheckInDialog *
ta_check_in_dialog_new (TaProgramme   *programme,
                        gint64         pairing_id,
                        TaCheckInKind  kind,
                        TaPairSide     side)
{
  TaCheckInDialog *self;
  GtkWidget *content, *scrolled, *clamp, *box;
  g_autofree char *who = NULL;

  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  self = g_object_new (TA_TYPE_CHECK_IN_DIALOG,
                       "title", _("Record Answer"),
                       "default-width", 480,
                       "default-height", 600,
                       "modal", TRUE,
                       NULL);
  self->programme = g_object_ref (programme);
  self->pairing_id = pairing_id;
  self->kind = kind;
  self->side = side;
  self->questions = ta_check_in_get_questions (kind, side, &self->n_questions);
  g_assert (self->n_questions <= MAX_QUESTIONS);

  who = describe_who (programme, pairing_id, side);
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), build_header (self, who));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_wrap_mode (self->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  for (guint i = 0; i < self->n_questions; i++)
    {
      const TaCheckInQuestion *question = &self->questions[i];
      GtkWidget *heading = make_heading (question);
      GtkWidget *control;

      if (i > 0)
        gtk_widget_set_margin_top (heading, 12);
      gtk_box_append (GTK_BOX (box), heading);

      switch (question->type)
        {
        case TA_CHECK_IN_QUESTION_FIT:
          control = self->inputs[i] = make_fit (self, question);
          break;
        case TA_CHECK_IN_QUESTION_SCALE:
          control = make_scale (question, &self->inputs[i]);
          break;
        case TA_CHECK_IN_QUESTION_TEXT:
        default:
          control = self->inputs[i] = make_text (question);
          break;
        }
      gtk_box_append (GTK_BOX (box), control);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (content), scrolled);

  adw_window_set_content (ADW_WINDOW (self), content);

  return self;
}

/**
 * ta_check_in_dialog_present:
 * @parent: (nullable): a widget of the window asking
 * @programme: the open programme
 * @pairing_id: the pair
 * @kind: which check-in
 * @side: who answers
 *
 * Opens the dialog for one due check-in, modal to @parent's window.
 */
void
ta_check_in_dialog_present (GtkWidget     *parent,
                            TaProgramme   *programme,
                            gint64         pairing_id,
                            TaCheckInKind  kind,
                            TaPairSide     side)
{
  TaCheckInDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));
  g_return_if_fail (TA_IS_PROGRAMME (programme));

  self = ta_check_in_dialog_new (programme, pairing_id, kind, side);
  if (parent != NULL && GTK_IS_WINDOW (gtk_widget_get_root (parent)))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (gtk_widget_get_root (parent)));
  gtk_window_present (GTK_WINDOW (self));
}

/* For the tests */

static int
find_question (TaCheckInDialog *self,
               const char      *field)
{
  for (guint i = 0; i < self->n_questions; i++)
    if (g_str_equal (self->questions[i].field, field))
      return (int) i;

  return -1;
}

void
_ta_check_in_dialog_set_fit (TaCheckInDialog *self,
                             TaCheckInFit     fit)
{
  g_return_if_fail (fit >= TA_CHECK_IN_FIT_GOOD && fit <= TA_CHECK_IN_FIT_NOT_A_FIT);
  g_return_if_fail (self->fit_buttons[0] != NULL);

  gtk_check_button_set_active (self->fit_buttons[fit - TA_CHECK_IN_FIT_GOOD], TRUE);
}

void
_ta_check_in_dialog_set_value (TaCheckInDialog *self,
                               const char      *field,
                               int              value)
{
  int i = find_question (self, field);

  g_return_if_fail (i >= 0 && self->questions[i].type == TA_CHECK_IN_QUESTION_SCALE);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->inputs[i]), value);
}

void
_ta_check_in_dialog_set_text (TaCheckInDialog *self,
                              const char      *field,
                              const char      *text)
{
  int i = find_question (self, field);

  g_return_if_fail (i >= 0 && self->questions[i].type == TA_CHECK_IN_QUESTION_TEXT);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->inputs[i])), text, -1);
}

const char *
_ta_check_in_dialog_get_error (TaCheckInDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}
