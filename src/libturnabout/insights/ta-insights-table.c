/* ta-insights-table.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include "ta-insights-table.h"

typedef struct
{
  GStrv          cells;
  TaSubjectKind  kind;
  gint64         id;
} Row;

struct _TaInsightsTable
{
  GObject            parent_instance;

  char              *key;
  TaInsightsSection  section;
  char              *title;
  char              *note;
  GStrv              columns;
  guint              n_columns;
  guint64            numeric;   /* one bit per column */
  GArray            *rows;      /* Row */
  gboolean           small;
};

G_DEFINE_FINAL_TYPE (TaInsightsTable, ta_insights_table, G_TYPE_OBJECT)

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
}

static void
ta_insights_table_finalize (GObject *object)
{
  TaInsightsTable *self = TA_INSIGHTS_TABLE (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->note);
  g_strfreev (self->columns);
  g_array_unref (self->rows);

  G_OBJECT_CLASS (ta_insights_table_parent_class)->finalize (object);
}

static void
ta_insights_table_class_init (TaInsightsTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_insights_table_finalize;
}

static void
ta_insights_table_init (TaInsightsTable *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
}

/**
 * ta_insights_table_new:
 * @key: stable machine name
 * @section: where it belongs
 * @title: translated title
 * @columns: (array zero-terminated=1): translated column titles
 *
 * Returns: (transfer full): an empty table
 */
TaInsightsTable *
ta_insights_table_new (const char         *key,
                       TaInsightsSection   section,
                       const char         *title,
                       const char * const *columns)
{
  TaInsightsTable *self = g_object_new (TA_TYPE_INSIGHTS_TABLE, NULL);

  self->key = g_strdup (key);
  self->section = section;
  self->title = g_strdup (title);
  self->columns = g_strdupv ((char **) columns);
  self->n_columns = g_strv_length (self->columns);
  g_return_val_if_fail (self->n_columns <= 64, self);

  return self;
}

const char *
ta_insights_table_get_key (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), NULL);
  return self->key;
}

TaInsightsSection
ta_insights_table_get_section (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), 0);
  return self->section;
}

const char *
ta_insights_table_get_title (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), NULL);
  return self->title;
}

const char *
ta_insights_table_get_note (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), NULL);
  return self->note;
}

void
ta_insights_table_set_note (TaInsightsTable *self,
                            const char      *note)
{
  g_return_if_fail (TA_IS_INSIGHTS_TABLE (self));
  g_free (self->note);
  self->note = g_strdup (note);
}

guint
ta_insights_table_get_n_columns (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), 0);
  return self->n_columns;
}

const char *
ta_insights_table_get_column (TaInsightsTable *self,
                              guint            column)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return self->columns[column];
}

gboolean
ta_insights_table_is_numeric (TaInsightsTable *self,
                              guint            column)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), FALSE);
  return column < 64 && (self->numeric & (G_GUINT64_CONSTANT (1) << column)) != 0;
}

void
ta_insights_table_set_numeric (TaInsightsTable *self,
                               guint            column,
                               gboolean         numeric)
{
  g_return_if_fail (TA_IS_INSIGHTS_TABLE (self));
  g_return_if_fail (column < self->n_columns);
  if (numeric)
    self->numeric |= G_GUINT64_CONSTANT (1) << column;
  else
    self->numeric &= ~(G_GUINT64_CONSTANT (1) << column);
}

/**
 * ta_insights_table_add_row:
 * @self: a #TaInsightsTable
 * @cells: (array zero-terminated=1): one text per column
 * @subject_kind: what @subject_id is
 * @subject_id: the record the row stands for, 0 for none
 */
void
ta_insights_table_add_row (TaInsightsTable    *self,
                           const char * const *cells,
                           TaSubjectKind       subject_kind,
                           gint64              subject_id)
{
  Row row = { 0 };

  g_return_if_fail (TA_IS_INSIGHTS_TABLE (self));
  g_return_if_fail (g_strv_length ((char **) cells) == self->n_columns);

  row.cells = g_strdupv ((char **) cells);
  row.kind = subject_id > 0 ? subject_kind : TA_SUBJECT_NONE;
  row.id = subject_id;
  g_array_append_val (self->rows, row);
}

guint
ta_insights_table_get_n_rows (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), 0);
  return self->rows->len;
}

const char *
ta_insights_table_get_cell (TaInsightsTable *self,
                            guint            row,
                            guint            column)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < self->n_columns, NULL);
  return g_array_index (self->rows, Row, row).cells[column];
}

TaSubjectKind
ta_insights_table_get_row_kind (TaInsightsTable *self,
                                guint            row)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), TA_SUBJECT_NONE);
  g_return_val_if_fail (row < self->rows->len, TA_SUBJECT_NONE);
  return g_array_index (self->rows, Row, row).kind;
}

gint64
ta_insights_table_get_row_id (TaInsightsTable *self,
                              guint            row)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  return g_array_index (self->rows, Row, row).id;
}

gboolean
ta_insights_table_is_small (TaInsightsTable *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (self), FALSE);
  return self->small;
}

void
ta_insights_table_set_small (TaInsightsTable *self,
                             gboolean         small)
{
  g_return_if_fail (TA_IS_INSIGHTS_TABLE (self));
  self->small = small;
}
