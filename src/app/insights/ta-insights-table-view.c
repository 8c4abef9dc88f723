/* ta-insights-table-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights-table"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-insights-subjects.h"
#include "ta-insights-table-view.h"

/* Below this width per column the grid's text columns would be a word
 * or two wide: the rows are stacked instead. */
#define MIN_COLUMN_WIDTH 150

struct _TaInsightsTableView
{
  GtkWidget        parent_instance;

  TaInsightsTable *table;
  /* Both layouts are built; the allocation shows one (as AdwSqueezer
   * does), so the choice follows the width without rebuilding. */
  GtkListBox      *grid;
  GtkListBox      *stacked;
  gboolean         is_stacked;
};

G_DEFINE_FINAL_TYPE (TaInsightsTableView, ta_insights_table_view, GTK_TYPE_WIDGET)

static GtkWidget *
cell_label (const char *text,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  if (numeric)
    {
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      /* Prose wraps between words, never inside one.  Its natural width
       * is the text on one line (GTK_NATURAL_WRAP_INHERIT): asking for
       * the narrowest width that keeps the lines (GTK_NATURAL_WRAP_WORD)
       * lays every cell out again for each width tried: about 80 ms of
       * the page's first frame. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      gtk_widget_set_hexpand (label, TRUE);
    }
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  return label;
}

static gboolean
row_has_record (TaInsightsTable *table,
                guint            row)
{
  return ta_insights_table_get_row_kind (table, row) != TA_SUBJECT_NONE
         && ta_insights_table_get_row_id (table, row) != 0;
}

static gboolean
has_records (TaInsightsTable *table)
{
  for (guint r = 0; r < ta_insights_table_get_n_rows (table); r++)
    if (row_has_record (table, r))
      return TRUE;
  return FALSE;
}

/* The arrow of a row that opens a record; in the other rows of a table
 * that has some, a clear one, so the columns stay aligned. */
static void
append_arrow (GtkWidget *box,
              gboolean   shown)
{
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  if (!shown)
    gtk_widget_set_opacity (arrow, 0.0);
  gtk_box_append (GTK_BOX (box), arrow);
}

static char *
describe_row (TaInsightsTable *table,
              guint            row)
{
  GString *text = g_string_new (NULL);

  for (guint c = 0; c < ta_insights_table_get_n_columns (table); c++)
    {
      const char *title = ta_insights_table_get_column (table, c);
      const char *cell = ta_insights_table_get_cell (table, row, c);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (title == NULL || *title == '\0')
        g_string_append (text, cell);
      else
        /* Translators: one cell of a table as a screen reader says it:
         * the column's title, then the cell */
        g_string_append_printf (text, _("%1$s: %2$s"), title, cell);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
new_row (TaInsightsTable *table,
         guint            row,
         gboolean         arrows,
         GtkWidget       *child)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  gboolean record = row_has_record (table, row);
  g_autofree char *name = NULL;

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), record);
  g_object_set_data (G_OBJECT (list_row), "table-row", GUINT_TO_POINTER (row + 1));

  if (arrows)
    append_arrow (child, record);

  /* A screen reader reads the row as one line: every cell with its
   * column's title, and whether it opens a record. */
  name = describe_row (table, row);
  if (record)
    {
      g_autofree char *cells = g_steal_pointer (&name);

      /* Translators: what a screen reader says of a table row that opens
       * its record; %s is the row's cells */
      name = g_strdup_printf (_("%s, open"), cells);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return list_row;
}

static void
build_grid (TaInsightsTableView *self)
{
  TaInsightsTable *table = self->table;
  guint n_columns = ta_insights_table_get_n_columns (table);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gboolean arrows = has_records (table);
  GtkWidget *header_row;

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));

  for (guint c = 0; c < n_columns; c++)
    {
      gboolean numeric = ta_insights_table_is_numeric (table, c);
      GtkWidget *title = cell_label (ta_insights_table_get_column (table, c), FALSE);

      gtk_widget_add_css_class (title, "caption-heading");
      gtk_widget_add_css_class (title, "dim-label");
      if (numeric)
        {
          /* A long title wraps above its short numbers. */
          gtk_label_set_xalign (GTK_LABEL (title), 1.0);
          gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_RIGHT);
          gtk_label_set_max_width_chars (GTK_LABEL (title), 12);
          gtk_widget_set_hexpand (title, FALSE);
        }
      /* Every cell of a column measures alike, so the rows' boxes share
       * the width out alike and the columns line up. */
      gtk_size_group_add_widget (g_ptr_array_index (groups, c), title);
      gtk_box_append (GTK_BOX (header), title);
    }
  if (arrows)
    append_arrow (header, FALSE);
  header_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (header_row), header);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (header_row), FALSE);
  gtk_widget_add_css_class (header_row, "ta-table-header");
  /* The columns' titles; each row below says them again with its cells. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (header_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ta_insights_table_get_title (table),
                                  -1);
  gtk_list_box_append (self->grid, header_row);

  for (guint r = 0; r < ta_insights_table_get_n_rows (table); r++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      for (guint c = 0; c < n_columns; c++)
        {
          gboolean numeric = ta_insights_table_is_numeric (table, c);
          GtkWidget *label = cell_label (ta_insights_table_get_cell (table, r, c), numeric);

          gtk_size_group_add_widget (g_ptr_array_index (groups, c), label);
          gtk_box_append (GTK_BOX (box), label);
        }
      gtk_list_box_append (self->grid, new_row (table, r, arrows, box));
    }
}

static void
build_stacked (TaInsightsTableView *self)
{
  TaInsightsTable *table = self->table;
  guint n_columns = ta_insights_table_get_n_columns (table);
  gboolean arrows = has_records (table);

  for (guint r = 0; r < ta_insights_table_get_n_rows (table); r++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *grid = gtk_grid_new ();
      GtkWidget *first = cell_label (ta_insights_table_get_cell (table, r, 0), FALSE);

      gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      gtk_widget_set_hexpand (grid, TRUE);
      gtk_widget_add_css_class (first, "heading");
      gtk_grid_attach (GTK_GRID (grid), first, 0, 0, 2, 1);

      for (guint c = 1; c < n_columns; c++)
        {
          GtkWidget *title = cell_label (ta_insights_table_get_column (table, c), FALSE);
          GtkWidget *value = cell_label (ta_insights_table_get_cell (table, r, c), FALSE);

          gtk_widget_add_css_class (title, "dim-label");
          gtk_widget_set_hexpand (title, FALSE);
          gtk_label_set_max_width_chars (GTK_LABEL (title), 14);
          gtk_grid_attach (GTK_GRID (grid), title, 0, c, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), value, 1, c, 1, 1);
        }
      gtk_box_append (GTK_BOX (box), grid);
      gtk_list_box_append (self->stacked, new_row (table, r, arrows, box));
    }
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  gpointer       user_data)
{
  TaInsightsTableView *self = TA_INSIGHTS_TABLE_VIEW (user_data);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "table-row"));

  if (index == 0 || !row_has_record (self->table, index - 1))
    return;

  ta_insights_open_record (GTK_WIDGET (self),
                           ta_insights_table_get_row_kind (self->table, index - 1),
                           ta_insights_table_get_row_id (self->table, index - 1));
}

static GtkListBox *
new_list (TaInsightsTableView *self)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "ta-insights-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ta_insights_table_get_title (self->table),
                                  -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);
  gtk_widget_set_parent (list, GTK_WIDGET (self));
  return GTK_LIST_BOX (list);
}

/* The grid needs its own minimum, and a readable width per column. */
static int
grid_threshold (TaInsightsTableView *self)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (self->grid), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return MAX (minimum, (int) ta_insights_table_get_n_columns (self->table) * MIN_COLUMN_WIDTH);
}

static void
ta_insights_table_view_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  TaInsightsTableView *self = TA_INSIGHTS_TABLE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int stacked_min = 0;
      int grid_nat = 0;

      gtk_widget_measure (GTK_WIDGET (self->stacked), orientation, -1, &stacked_min, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (self->grid), orientation, -1, NULL, &grid_nat, NULL, NULL);
      *minimum = stacked_min;
      *natural = MAX (MAX (grid_nat, grid_threshold (self)), stacked_min);
    }
  else
    {
      GtkWidget *shown = GTK_WIDGET (for_size >= 0 && for_size < grid_threshold (self)
                                     ? self->stacked : self->grid);

      gtk_widget_measure (shown, orientation, for_size, minimum, natural, NULL, NULL);
    }
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
ta_insights_table_view_size_allocate (GtkWidget *widget,
                                      int        width,
                                      int        height,
                                      int        baseline)
{
  TaInsightsTableView *self = TA_INSIGHTS_TABLE_VIEW (widget);
  gboolean stacked = width < grid_threshold (self);
  GtkWidget *shown = GTK_WIDGET (stacked ? self->stacked : self->grid);

  if (stacked != self->is_stacked)
    {
      self->is_stacked = stacked;
      gtk_widget_set_child_visible (GTK_WIDGET (self->grid), !stacked);
      gtk_widget_set_child_visible (GTK_WIDGET (self->stacked), stacked);
    }
  gtk_widget_allocate (shown, width, height, baseline, NULL);
}

static GtkSizeRequestMode
ta_insights_table_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ta_insights_table_view_dispose (GObject *object)
{
  TaInsightsTableView *self = TA_INSIGHTS_TABLE_VIEW (object);

  if (self->grid != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->grid));
  if (self->stacked != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->stacked));
  self->grid = NULL;
  self->stacked = NULL;
  g_clear_object (&self->table);

  G_OBJECT_CLASS (ta_insights_table_view_parent_class)->dispose (object);
}

static void
ta_insights_table_view_class_init (TaInsightsTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_insights_table_view_dispose;
  widget_class->measure = ta_insights_table_view_measure;
  widget_class->size_allocate = ta_insights_table_view_size_allocate;
  widget_class->get_request_mode = ta_insights_table_view_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "insights-table");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ta_insights_table_view_init (TaInsightsTableView *self)
{
}

/**
 * ta_insights_table_view_new:
 * @table: the table to show
 *
 * Returns: (transfer floating): a new table view
 */
GtkWidget *
ta_insights_table_view_new (TaInsightsTable *table)
{
  TaInsightsTableView *self;

  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE (table), NULL);

  self = g_object_new (TA_TYPE_INSIGHTS_TABLE_VIEW, NULL);
  self->table = g_object_ref (table);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ta_insights_table_get_title (table),
                                  -1);
  self->grid = new_list (self);
  self->stacked = new_list (self);
  build_grid (self);
  build_stacked (self);
  /* Wide until the first allocation says otherwise. */
  gtk_widget_set_child_visible (GTK_WIDGET (self->stacked), FALSE);
  return GTK_WIDGET (self);
}

/**
 * ta_insights_table_view_get_table:
 * @self: a #TaInsightsTableView
 *
 * Returns: (transfer none): the table shown
 */
TaInsightsTable *
ta_insights_table_view_get_table (TaInsightsTableView *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE_VIEW (self), NULL);
  return self->table;
}

/**
 * ta_insights_table_view_is_stacked:
 * @self: a #TaInsightsTableView
 *
 * Returns: whether the narrow layout is shown
 */
gboolean
ta_insights_table_view_is_stacked (TaInsightsTableView *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE_VIEW (self), FALSE);
  return self->is_stacked;
}

/**
 * ta_insights_table_view_get_list:
 * @self: a #TaInsightsTableView
 *
 * Returns: (transfer none): the list of the layout shown
 */
GtkListBox *
ta_insights_table_view_get_list (TaInsightsTableView *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_TABLE_VIEW (self), NULL);
  return self->is_stacked ? self->stacked : self->grid;
}
