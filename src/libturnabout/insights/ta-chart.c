/* ta-chart.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-chart.h"

typedef struct
{
  char          *name;
  TaChartColour  colour;
  double        *values;  /* one per category */
} Series;

struct _TaChart
{
  GObject            parent_instance;

  char              *key;
  TaInsightsSection  section;
  TaChartKind        kind;
  TaFigureUnit       unit;
  char              *title;
  GPtrArray         *categories;  /* char * */
  GArray            *series;      /* Series */
  double             target;
  char              *target_label;
};

G_DEFINE_FINAL_TYPE (TaChart, ta_chart, G_TYPE_OBJECT)

static void
clear_series (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_free (series->values);
}

static void
ta_chart_finalize (GObject *object)
{
  TaChart *self = TA_CHART (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->target_label);
  g_ptr_array_unref (self->categories);
  g_array_unref (self->series);

  G_OBJECT_CLASS (ta_chart_parent_class)->finalize (object);
}

static void
ta_chart_class_init (TaChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_chart_finalize;
}

static void
ta_chart_init (TaChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_array_new (FALSE, TRUE, sizeof (Series));
  g_array_set_clear_func (self->series, clear_series);
  self->target = NAN;
}

/**
 * ta_chart_new:
 * @key: stable machine name
 * @section: where it belongs
 * @kind: how it is drawn
 * @unit: the unit of its values
 * @title: translated title
 *
 * Returns: (transfer full): a chart without categories yet
 */
TaChart *
ta_chart_new (const char        *key,
              TaInsightsSection  section,
              TaChartKind        kind,
              TaFigureUnit       unit,
              const char        *title)
{
  TaChart *self = g_object_new (TA_TYPE_CHART, NULL);

  self->key = g_strdup (key);
  self->section = section;
  self->kind = kind;
  self->unit = unit;
  self->title = g_strdup (title);

  return self;
}

const char *
ta_chart_get_key (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), NULL);
  return self->key;
}

TaInsightsSection
ta_chart_get_section (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  return self->section;
}

TaChartKind
ta_chart_get_kind (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  return self->kind;
}

TaFigureUnit
ta_chart_get_unit (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  return self->unit;
}

const char *
ta_chart_get_title (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), NULL);
  return self->title;
}

void
ta_chart_add_category (TaChart    *self,
                       const char *label)
{
  g_return_if_fail (TA_IS_CHART (self));
  /* Series hold one value per category: categories come first. */
  g_return_if_fail (self->series->len == 0);
  g_ptr_array_add (self->categories, g_strdup (label));
}

guint
ta_chart_get_n_categories (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  return self->categories->len;
}

const char *
ta_chart_get_category (TaChart *self,
                       guint    index)
{
  g_return_val_if_fail (TA_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, index);
}

/**
 * ta_chart_add_series:
 * @self: a #TaChart
 * @name: translated name, for the legend
 * @colour: its hue
 * @values: (array): one value per category, copied
 */
void
ta_chart_add_series (TaChart       *self,
                     const char    *name,
                     TaChartColour  colour,
                     const double  *values)
{
  Series series = { 0 };

  g_return_if_fail (TA_IS_CHART (self));

  series.name = g_strdup (name);
  series.colour = colour;
  series.values = g_new0 (double, MAX (self->categories->len, 1));
  if (self->categories->len > 0)
    memcpy (series.values, values, self->categories->len * sizeof (double));
  g_array_append_val (self->series, series);
}

guint
ta_chart_get_n_series (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  return self->series->len;
}

const char *
ta_chart_get_series_name (TaChart *self,
                          guint    series)
{
  g_return_val_if_fail (TA_IS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);
  return g_array_index (self->series, Series, series).name;
}

TaChartColour
ta_chart_get_series_colour (TaChart *self,
                            guint    series)
{
  g_return_val_if_fail (TA_IS_CHART (self), 0);
  g_return_val_if_fail (series < self->series->len, 0);
  return g_array_index (self->series, Series, series).colour;
}

double
ta_chart_get_value (TaChart *self,
                    guint    series,
                    guint    category)
{
  g_return_val_if_fail (TA_IS_CHART (self), NAN);
  g_return_val_if_fail (series < self->series->len, NAN);
  g_return_val_if_fail (category < self->categories->len, NAN);
  return g_array_index (self->series, Series, series).values[category];
}

double
ta_chart_get_max (TaChart *self)
{
  double max = 0;

  g_return_val_if_fail (TA_IS_CHART (self), 0);

  for (guint c = 0; c < self->categories->len; c++)
    {
      double stack = 0;

      for (guint s = 0; s < self->series->len; s++)
        {
          double value = g_array_index (self->series, Series, s).values[c];

          if (isnan (value))
            continue;
          if (self->kind == TA_CHART_STACKED_BARS)
            stack += value;
          else
            max = MAX (max, value);
        }
      max = MAX (max, stack);
    }
  if (!isnan (self->target))
    max = MAX (max, self->target);

  return max;
}

double
ta_chart_get_target (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), NAN);
  return self->target;
}

const char *
ta_chart_get_target_label (TaChart *self)
{
  g_return_val_if_fail (TA_IS_CHART (self), NULL);
  return self->target_label;
}

void
ta_chart_set_target (TaChart    *self,
                     double      target,
                     const char *label)
{
  g_return_if_fail (TA_IS_CHART (self));
  self->target = target;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

/**
 * ta_chart_describe:
 * @self: a #TaChart
 *
 * Returns: (transfer full): the title and every value in words, for a
 *   screen reader
 */
char *
ta_chart_describe (TaChart *self)
{
  GString *text;

  g_return_val_if_fail (TA_IS_CHART (self), NULL);

  text = g_string_new (self->title);
  g_string_append (text, ". ");

  if (self->categories->len == 0 || self->series->len == 0)
    {
      g_string_append (text, _("No data in this period."));
      return g_string_free (text, FALSE);
    }

  for (guint c = 0; c < self->categories->len; c++)
    {
      g_string_append_printf (text, "%s: ", (const char *) g_ptr_array_index (self->categories, c));
      for (guint s = 0; s < self->series->len; s++)
        {
          Series *series = &g_array_index (self->series, Series, s);
          g_autofree char *value = ta_figure_format_number (self->unit, series->values[c]);

          if (self->series->len == 1)
            g_string_append (text, value);
          else
            /* Translators: one value of a chart's series, "held 12". */
            g_string_append_printf (text, C_("chart value", "%1$s %2$s"), series->name, value);
          if (s + 1 < self->series->len)
            g_string_append (text, ", ");
        }
      g_string_append (text, c + 1 < self->categories->len ? "; " : ".");
    }

  if (!isnan (self->target))
    {
      g_autofree char *value = ta_figure_format_number (self->unit, self->target);

      g_string_append_c (text, ' ');
      /* Translators: %1$s is who published the target, %2$s its value. */
      g_string_append_printf (text, _("%1$s: %2$s."), self->target_label, value);
    }

  return g_string_free (text, FALSE);
}

/**
 * ta_chart_to_table:
 * @self: a #TaChart
 *
 * Returns: (transfer full): the chart's numbers as a table
 */
TaInsightsTable *
ta_chart_to_table (TaChart *self)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  TaInsightsTable *table;

  g_return_val_if_fail (TA_IS_CHART (self), NULL);

  g_ptr_array_add (columns, (gpointer) "");
  for (guint s = 0; s < self->series->len; s++)
    g_ptr_array_add (columns, g_array_index (self->series, Series, s).name);
  g_ptr_array_add (columns, NULL);

  table = ta_insights_table_new (self->key, self->section, self->title,
                                 (const char * const *) columns->pdata);
  for (guint s = 0; s < self->series->len; s++)
    ta_insights_table_set_numeric (table, s + 1, TRUE);

  for (guint c = 0; c < self->categories->len; c++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (cells, g_strdup (g_ptr_array_index (self->categories, c)));
      for (guint s = 0; s < self->series->len; s++)
        g_ptr_array_add (cells, ta_figure_format_number (self->unit,
                                                         g_array_index (self->series, Series, s).values[c]));
      g_ptr_array_add (cells, NULL);
      ta_insights_table_add_row (table, (const char * const *) cells->pdata, TA_SUBJECT_NONE, 0);
    }

  return table;
}
