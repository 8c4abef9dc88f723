/* ta-check-in-form.c
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

/* The printable check-in form (docs/exchange.md: "the printable form has
 * every question with boxes to tick"), for pairs who answer on paper in
 * a meeting; the facilitator then records it with source "paper". */

#define G_LOG_DOMAIN "turnabout-pairs"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ta-check-in-form.h"
#include "ta-toast.h"

#define BOX 14.0
#define GAP 10.0
#define TEXT_LINES 4
#define LINE_HEIGHT 22.0

static double
show_text (cairo_t    *cr,
           const char *text,
           const char *font,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  int text_width, text_height;

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, &text_width, &text_height);

  return (double) text_height / PANGO_SCALE;
}

/* A box to tick, with its label after it; returns the width used. */
static double
draw_choice (cairo_t    *cr,
             const char *label,
             double      x,
             double      y)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string ("Sans 10");
  int text_width, text_height;

  cairo_rectangle (cr, x, y, BOX, BOX);
  cairo_stroke (cr);
  pango_layout_set_font_description (layout, description);
  pango_layout_set_text (layout, label, -1);
  pango_layout_get_size (layout, &text_width, &text_height);
  cairo_move_to (cr, x + BOX + 4, y + (BOX - (double) text_height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);

  return BOX + 4 + (double) text_width / PANGO_SCALE + 2 * GAP;
}

static double
draw_question (cairo_t                 *cr,
               const TaCheckInQuestion *question,
               double                   y,
               double                   width)
{
  double x = 0;

  y += show_text (cr, question->text, "Sans Bold 11", 0, y, width) + GAP / 2;

  switch (question->type)
    {
    case TA_CHECK_IN_QUESTION_FIT:
      for (int fit = TA_CHECK_IN_FIT_GOOD; fit <= TA_CHECK_IN_FIT_NOT_A_FIT; fit++)
        x += draw_choice (cr, ta_check_in_fit_get_label (fit), x, y);
      y += BOX;
      break;
    case TA_CHECK_IN_QUESTION_SCALE:
      {
        g_autofree char *ends = NULL;

        for (int value = question->min; value <= question->max; value++)
          {
            g_autofree char *label = g_strdup_printf ("%d", value);

            if (x + BOX + 30 > width)
              {
                x = 0;
                y += BOX + GAP;
              }
            x += draw_choice (cr, label, x, y);
          }
        y += BOX + GAP / 2;
        /* Translators: the ends of a scale on the paper form: "1 = Poor, 5 = Excellent" */
        ends = g_strdup_printf (_("%1$d = %2$s, %3$d = %4$s"), question->min, question->low_label,
                                question->max, question->high_label);
        y += show_text (cr, ends, "Sans Italic 9", 0, y, width);
      }
      break;
    case TA_CHECK_IN_QUESTION_TEXT:
      for (int line = 1; line <= TEXT_LINES; line++)
        {
          cairo_move_to (cr, 0, y + line * LINE_HEIGHT);
          cairo_line_to (cr, width, y + line * LINE_HEIGHT);
        }
      cairo_stroke (cr);
      y += TEXT_LINES * LINE_HEIGHT;
      break;
    default:
      g_assert_not_reached ();
    }

  return y + 2 * GAP;
}

double
ta_check_in_form_draw (cairo_t       *cr,
                       double         width,
                       double         height,
                       TaCheckInKind  kind,
                       TaPairSide     side,
                       const char    *who)
{
  const TaCheckInQuestion *questions;
  guint n_questions = 0;
  g_autofree char *date_line = NULL;
  double y = 0;

  g_return_val_if_fail (cr != NULL, 0);

  questions = ta_check_in_get_questions (kind, side, &n_questions);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);

  y += show_text (cr, ta_check_in_kind_get_label (kind), "Sans Bold 16", 0, y, width) + GAP / 2;
  if (who != NULL)
    y += show_text (cr, who, "Sans 11", 0, y, width);
  /* Translators: on the paper form, where the person writes the day */
  date_line = g_strdup_printf ("%s ____________________", _("Date:"));
  y += show_text (cr, date_line, "Sans 10", 0, y + GAP, width) + 3 * GAP;

  for (guint i = 0; i < n_questions && y < height; i++)
    y = draw_question (cr, &questions[i], y, width);

  cairo_restore (cr);

  return y;
}

typedef struct
{
  TaCheckInKind kind;
  char *names[2];  /* by TaPairSide */
} FormJob;

static void
form_job_free (gpointer data)
{
  FormJob *job = data;

  g_free (job->names[0]);
  g_free (job->names[1]);
  g_free (job);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FormJob           *job)
{
  ta_check_in_form_draw (gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                         job->kind, page == 0 ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE,
                         job->names[page == 0 ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE]);
}

/**
 * ta_check_in_form_print:
 * @widget: the widget asking (its window is the dialog's parent)
 * @kind: which check-in
 * @mentor: (nullable): who answers the first page
 * @mentee: (nullable): who answers the second
 *
 * Prints the blank form, one page per side (the self-rating's question
 * differs), through the print dialog.
 */
void
ta_check_in_form_print (GtkWidget     *widget,
                        TaCheckInKind  kind,
                        const char    *mentor,
                        const char    *mentee)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  FormJob *job = g_new0 (FormJob, 1);

  job->kind = kind;
  job->names[TA_PAIR_SIDE_MENTOR] = g_strdup (mentor);
  job->names[TA_PAIR_SIDE_MENTEE] = g_strdup (mentee);
  g_object_set_data_full (G_OBJECT (operation), "ta-form", job, form_job_free);

  gtk_print_operation_set_job_name (operation, ta_check_in_kind_get_label (kind));
  gtk_print_operation_set_n_pages (operation, 2);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    ta_toast_add_error (widget, _("Could not print the form: %s"), error->message);
}
