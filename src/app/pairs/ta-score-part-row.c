/* ta-score-part-row.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-score"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ta-accessible.h"
#include "ta-score-part-row.h"

struct _TaScorePartRow
{
  AdwActionRow  parent_instance;

  GtkLabel     *points_label;
};

G_DEFINE_FINAL_TYPE (TaScorePartRow, ta_score_part_row, ADW_TYPE_ACTION_ROW)

static void
ta_score_part_row_class_init (TaScorePartRowClass *klass)
{
}

static void
ta_score_part_row_init (TaScorePartRow *self)
{
  GtkWidget *label;

  label = gtk_label_new (NULL);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "ta-score-points");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), label);
  self->points_label = GTK_LABEL (label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "ta-score-part");
}

/**
 * ta_score_part_row_new:
 *
 * Returns: a new row, empty until ta_score_part_row_set_part()
 */
GtkWidget *
ta_score_part_row_new (void)
{
  return g_object_new (TA_TYPE_SCORE_PART_ROW, NULL);
}

/**
 * ta_score_format_total:
 * @total: a score, 0–100
 *
 * Returns: (transfer full): the score as shown, a whole number
 */
char *
ta_score_format_total (double total)
{
  return g_strdup_printf ("%.0f", CLAMP (round (total), 0, 100));
}

/**
 * ta_score_part_row_set_part:
 * @self: a #TaScorePartRow
 * @part: the criterion to show
 */
void
ta_score_part_row_set_part (TaScorePartRow    *self,
                            const TaScorePart *part)
{
  g_autofree char *points = NULL;
  g_autofree char *accessible = NULL;
  const char *reason;

  g_return_if_fail (TA_IS_SCORE_PART_ROW (self));
  g_return_if_fail (part != NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ta_criterion_get_label (part->criterion));

  reason = part->reason != NULL && part->reason[0] != '\0' ? part->reason : NULL;

  if (part->max_points <= 0)
    {
      /* Translators: a criterion whose weight is 0 in the preferences */
      points = g_strdup (C_("score", "Not counted"));
      accessible = g_strdup (points);
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
    }
  else
    {
      /* Translators: the points a criterion gave out of the most it could
       * give, as in "12 / 38" */
      points = g_strdup_printf (C_("score", "%1$.0f / %2$.0f"),
                                round (part->points), round (part->max_points));
      /* Translators: the same for a screen reader, as in "12 of 38 points" */
      accessible = g_strdup_printf (C_("score", "%1$.0f of %2$.0f points"),
                                    round (part->points), round (part->max_points));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-label");
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), reason != NULL ? reason : "");
  gtk_label_set_label (self->points_label, points);
  ta_accessible_set_label (GTK_WIDGET (self->points_label), accessible);

  /* libadwaita 1.2 does not name an action row after its title: the row
   * says the criterion and its points in one line. */
  {
    /* Translators: a screen reader's name for one criterion of a score:
     * the criterion, then its points */
    g_autofree char *row_name = g_strdup_printf (_("%1$s: %2$s"), ta_criterion_get_label (part->criterion),
                                                 accessible);
    ta_accessible_set_label (GTK_WIDGET (self), row_name);
  }
}
