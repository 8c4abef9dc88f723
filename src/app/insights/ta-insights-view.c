/* ta-insights-view.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-insights-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-chart-view.h"
#include "ta-date-entry.h"
#include "ta-figure-card.h"
#include "ta-insights-export.h"
#include "ta-insights-subjects.h"
#include "ta-insights-table-view.h"
#include "ta-insights-view-private.h"
#include "ta-programmes.h"

/*
 * The Insights page: a period (this programme year, the last 30 or 90
 * days, or any two days) and a group, and for them every section of
 * TaInsights: its figures as cards in a flow box (several columns on a
 * wide window, one at 360 px), then its charts, then its tables.
 *
 * The figures are computed in a worker thread; a new period cancels the
 * computation under way.  Changes to the programme (here or, through
 * ::changed, in another process) recompute them once they stop coming
 * for a moment, and only while the page is on screen: an import of a
 * thousand people does not compute a thousand times.
 */

/* How long changes must pause before the figures are computed again. */
#define REFRESH_DELAY_MS 300

typedef enum
{
  PERIOD_PROGRAMME_YEAR,
  PERIOD_LAST_30_DAYS,
  PERIOD_LAST_90_DAYS,
  PERIOD_CUSTOM,
} Period;

struct _TaInsightsView
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkDropDown    *period_dropdown;
  GtkMenuButton  *group_button;
  GtkDropDown    *group_dropdown;
  GtkWidget      *value_label;
  GtkDropDown    *value_dropdown;
  GtkStringList  *value_names;
  GtkRevealer    *custom_revealer;
  TaDateEntry    *from_entry;
  TaDateEntry    *to_entry;
  GtkLabel       *period_label;
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *error_page;
  GtkBox         *sections_box;

  TaProgramme    *programme;
  TaInsights     *insights;
  GCancellable   *cancellable;
  /* Machine names of the group values, as value_names lists them. */
  GStrv           group_values;
  /* key → TaFigureCard or TaChartView on the page (for the tests) */
  GHashTable     *widgets;

  guint           refresh_source;
  gboolean        stale;
  gboolean        filling_values;
};

G_DEFINE_FINAL_TYPE (TaInsightsView, ta_insights_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void ta_insights_view_compute (TaInsightsView *self);

/* The query */

static void
date_from_datetime (GDate     *date,
                    GDateTime *datetime)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (datetime),
                  g_date_time_get_month (datetime), g_date_time_get_year (datetime));
}

static GDateTime *
datetime_from_date (const GDate *date)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                0, 0, 0);
}

/* Fills @query from the period bar; FALSE while the custom days are not
 * a period yet (one is empty, or ends before it starts). */
static gboolean
ta_insights_view_get_query (TaInsightsView  *self,
                            TaInsightsQuery *query)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  GDate from;
  GDate to;
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  guint value = gtk_drop_down_get_selected (self->value_dropdown);
  gboolean programme_year = FALSE;

  date_from_datetime (&today, now);
  to = today;
  from = today;

  switch ((Period) gtk_drop_down_get_selected (self->period_dropdown))
    {
    case PERIOD_LAST_30_DAYS:
      g_date_subtract_days (&from, 29);
      break;

    case PERIOD_LAST_90_DAYS:
      g_date_subtract_days (&from, 89);
      break;

    case PERIOD_CUSTOM:
      {
        GDateTime *start = ta_date_entry_get_date (self->from_entry);
        GDateTime *end = ta_date_entry_get_date (self->to_entry);

        if (start == NULL || end == NULL)
          return FALSE;
        date_from_datetime (&from, start);
        date_from_datetime (&to, end);
        if (g_date_compare (&from, &to) > 0)
          return FALSE;
        break;
      }

    case PERIOD_PROGRAMME_YEAR:
    default:
      /* Found with the figures, in the worker thread: it reads every
       * participant. */
      programme_year = TRUE;
      break;
    }

  ta_insights_query_init (query, &from, &to);
  query->programme_year = programme_year;
  if (group != TA_INSIGHTS_GROUP_ALL && group != GTK_INVALID_LIST_POSITION
      && self->group_values != NULL && value < g_strv_length (self->group_values))
    {
      query->group = group;
      query->group_value = self->group_values[value];
    }
  return TRUE;
}

/* The page */

static GtkWidget *
new_heading (const char *text,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, style);
  return label;
}

static void
card_activated_cb (GtkFlowBox      *flow_box,
                   GtkFlowBoxChild *child,
                   TaInsightsView  *self)
{
  if (TA_IS_FIGURE_CARD (child))
    _ta_insights_view_list_subjects (self, TA_FIGURE_CARD (child));
}

static GtkWidget *
new_flow_box (TaInsightsView *self)
{
  GtkWidget *flow_box = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_activate_on_single_click (GTK_FLOW_BOX (flow_box), TRUE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow_box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow_box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow_box), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow_box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow_box), 12);
  gtk_widget_add_css_class (flow_box, "ta-figures");
  g_signal_connect_object (flow_box, "child-activated", G_CALLBACK (card_activated_cb), self, 0);
  return flow_box;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *folded_a = g_utf8_casefold (a, -1);
  g_autofree char *folded_b = g_utf8_casefold (b, -1);

  return g_strcmp0 (folded_a, folded_b) == 0;
}

static GtkWidget *
new_table_block (TaInsightsTable *table)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *note = ta_insights_table_get_note (table);
  const char *title = ta_insights_table_get_title (table);

  /* A section that is one table ("Formats compared") says it once. */
  if (!same_text (title, ta_insights_section_get_title (ta_insights_table_get_section (table))))
    gtk_box_append (GTK_BOX (box), new_heading (title, "heading"));
  if (note != NULL && *note != '\0')
    {
      GtkWidget *label = new_heading (note, "dim-label");

      gtk_box_append (GTK_BOX (box), label);
    }
  if (ta_insights_table_get_n_rows (table) == 0)
    {
      GtkWidget *empty = new_heading (_("Nothing in this period."), "dim-label");

      gtk_box_append (GTK_BOX (box), empty);
    }
  else
    {
      gtk_box_append (GTK_BOX (box), ta_insights_table_view_new (table));
    }
  return box;
}

static GtkWidget *
new_section (TaInsightsView    *self,
             TaInsightsSection  section)
{
  GPtrArray *figures = ta_insights_get_figures (self->insights);
  GPtrArray *charts = ta_insights_get_charts (self->insights);
  GPtrArray *tables = ta_insights_get_tables (self->insights);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *flow_box = NULL;
  gboolean any = FALSE;

  gtk_box_append (GTK_BOX (header), new_heading (ta_insights_section_get_title (section), "title-2"));
  gtk_box_append (GTK_BOX (header), new_heading (ta_insights_section_get_description (section), "dim-label"));
  gtk_box_append (GTK_BOX (box), header);

  for (guint i = 0; i < figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (figures, i);
      GtkWidget *card;

      if (ta_figure_get_section (figure) != section)
        continue;
      if (flow_box == NULL)
        {
          flow_box = new_flow_box (self);
          gtk_box_append (GTK_BOX (box), flow_box);
        }
      card = ta_figure_card_new (figure);
      g_hash_table_replace (self->widgets, g_strdup (ta_figure_get_key (figure)), card);
      gtk_flow_box_append (GTK_FLOW_BOX (flow_box), card);
      any = TRUE;
    }

  for (guint i = 0; i < charts->len; i++)
    {
      TaChart *chart = g_ptr_array_index (charts, i);
      GtkWidget *view;

      if (ta_chart_get_section (chart) != section)
        continue;
      view = ta_chart_view_new (chart);
      g_hash_table_replace (self->widgets, g_strdup (ta_chart_get_key (chart)), view);
      gtk_box_append (GTK_BOX (box), view);
      any = TRUE;
    }

  for (guint i = 0; i < tables->len; i++)
    {
      TaInsightsTable *table = g_ptr_array_index (tables, i);

      if (ta_insights_table_get_section (table) != section)
        continue;
      gtk_box_append (GTK_BOX (box), new_table_block (table));
      any = TRUE;
    }

  if (!any)
    {
      g_object_ref_sink (box);
      g_object_unref (box);
      return NULL;
    }
  return box;
}

static void
ta_insights_view_clear_sections (TaInsightsView *self)
{
  GtkWidget *child;

  g_hash_table_remove_all (self->widgets);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
}

static void
ta_insights_view_show_insights (TaInsightsView *self)
{
  g_autofree char *period = ta_insights_describe_period (self->insights);

  ta_insights_view_clear_sections (self);
  for (guint s = 0; s < TA_N_INSIGHTS_SECTIONS; s++)
    {
      GtkWidget *section = new_section (self, s);

      if (section != NULL)
        gtk_box_append (self->sections_box, section);
    }
  gtk_label_set_label (self->period_label, period);
  gtk_stack_set_visible_child_name (self->stack, "content");
}

static void
ta_insights_view_update_actions (TaInsightsView *self)
{
  gboolean ready = self->insights != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-report", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-data", ready);
}

static void
ta_insights_view_set_busy (TaInsightsView *self,
                           GCancellable   *cancellable)
{
  gboolean was_busy = self->cancellable != NULL;

  g_set_object (&self->cancellable, cancellable);
  gtk_spinner_set_spinning (self->spinner, cancellable != NULL);
  if (was_busy != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(TaInsightsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaInsights) insights = NULL;

  insights = ta_programme_compute_insights_finish (TA_PROGRAMME (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* A programme closed while computing. */
  if ((GObject *) self->programme != source)
    return;

  ta_insights_view_set_busy (self, NULL);
  if (insights == NULL)
    {
      g_clear_object (&self->insights);
      ta_insights_view_clear_sections (self);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      g_set_object (&self->insights, insights);
      ta_insights_view_show_insights (self);
    }
  ta_insights_view_update_actions (self);
}

static void
ta_insights_view_compute (TaInsightsView *self)
{
  g_autoptr(GCancellable) cancellable = NULL;
  TaInsightsQuery query;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  ta_insights_view_set_busy (self, NULL);
  self->stale = FALSE;

  if (self->programme == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (ta_programme_get_participants (self->programme))) == 0)
    {
      g_clear_object (&self->insights);
      ta_insights_view_clear_sections (self);
      gtk_label_set_label (self->period_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
      ta_insights_view_update_actions (self);
      return;
    }

  if (!ta_insights_view_get_query (self, &query))
    return;

  /* The figures shown stay until the new ones are there; the spinner
   * shows only on a page that has none yet. */
  if (self->insights == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");

  cancellable = g_cancellable_new ();
  ta_insights_view_set_busy (self, cancellable);
  ta_programme_compute_insights_async (self->programme, &query, cancellable,
                                       compute_done_cb, g_object_ref (self));
}

/* The group filter */

/* Lists the values of the chosen kind of group, keeping the one chosen
 * when it is still there. */
static void
ta_insights_view_fill_values (TaInsightsView *self)
{
  TaInsightsGroup group = gtk_drop_down_get_selected (self->group_dropdown);
  guint selected = gtk_drop_down_get_selected (self->value_dropdown);
  g_autofree char *previous = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint keep = 0;

  if (self->group_values != NULL && selected < g_strv_length (self->group_values))
    previous = g_strdup (self->group_values[selected]);
  g_clear_pointer (&self->group_values, g_strfreev);

  if (group != TA_INSIGHTS_GROUP_ALL && self->programme != NULL)
    {
      self->group_values = ta_programme_list_insights_groups (self->programme, group, &error);
      if (error != NULL)
        g_warning ("Could not list the groups: %s", error->message);
    }

  for (guint i = 0; self->group_values != NULL && self->group_values[i] != NULL; i++)
    {
      g_ptr_array_add (labels, g_strdup (ta_insights_group_value_get_label (group, self->group_values[i])));
      if (g_strcmp0 (previous, self->group_values[i]) == 0)
        keep = i;
    }
  g_ptr_array_add (labels, NULL);

  self->filling_values = TRUE;
  gtk_string_list_splice (self->value_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->value_names)),
                          (const char * const *) labels->pdata);
  if (labels->len > 1)
    gtk_drop_down_set_selected (self->value_dropdown, keep);
  self->filling_values = FALSE;

  gtk_widget_set_visible (self->value_label, group != TA_INSIGHTS_GROUP_ALL);
  gtk_widget_set_visible (GTK_WIDGET (self->value_dropdown), group != TA_INSIGHTS_GROUP_ALL);
  if (group == TA_INSIGHTS_GROUP_ALL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->group_button), "ta-filter-active");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->group_button), "ta-filter-active");

  {
    /* Translators: what a screen reader calls the second drop-down of
     * the group filter; %s is the kind of group ("Department") */
    g_autofree char *name = g_strdup_printf (_("%s to show the figures of"),
                                             gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->group_dropdown)));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->value_dropdown),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
  }
}

static void
ta_insights_view_group_changed (TaInsightsView *self)
{
  ta_insights_view_fill_values (self);
  ta_insights_view_compute (self);
}

static void
ta_insights_view_value_changed (TaInsightsView *self)
{
  if (!self->filling_values)
    ta_insights_view_compute (self);
}

/* The period */

static void
ta_insights_view_period_changed (TaInsightsView *self)
{
  gboolean custom = gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_CUSTOM;

  /* Custom starts from the period shown, to be changed a day at a time. */
  if (custom && self->insights != NULL)
    {
      g_autoptr(GDateTime) from = datetime_from_date (ta_insights_get_from (self->insights));
      g_autoptr(GDateTime) to = datetime_from_date (ta_insights_get_to (self->insights));

      ta_date_entry_set_date (self->from_entry, from);
      ta_date_entry_set_date (self->to_entry, to);
    }
  gtk_revealer_set_reveal_child (self->custom_revealer, custom);
  ta_insights_view_compute (self);
}

static void
custom_date_changed_cb (TaInsightsView *self)
{
  if (gtk_drop_down_get_selected (self->period_dropdown) == PERIOD_CUSTOM)
    ta_insights_view_compute (self);
}

/* Changes to the programme */

static gboolean
refresh_cb (gpointer user_data)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (user_data);

  self->refresh_source = 0;
  ta_insights_view_fill_values (self);
  ta_insights_view_compute (self);
  return G_SOURCE_REMOVE;
}

static void
ta_insights_view_queue_refresh (TaInsightsView *self)
{
  self->stale = TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  /* Each change puts it off again: a burst of changes computes once. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
ta_insights_view_map (GtkWidget *widget)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (ta_insights_view_parent_class)->map (widget);

  if (self->stale && self->refresh_source == 0)
    {
      ta_insights_view_fill_values (self);
      ta_insights_view_compute (self);
    }
}

/* Actions */

static char *
ta_insights_view_dup_programme_name (TaInsightsView *self)
{
  return ta_programmes_get_title (ta_programme_get_path (self->programme));
}

/* Export Report… and Print…: the same pages, to a file or to paper. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->insights == NULL)
    return;
  name = ta_insights_view_dup_programme_name (self);
  if (g_str_equal (action_name, "insights.print"))
    ta_insights_print_report (widget, self->insights, name);
  else
    ta_insights_export_report (widget, self->insights, name);
}

static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (widget);
  TaInsightsQuery query;

  if (self->insights == NULL)
    return;

  /* The data of the figures shown, not of a period being typed. */
  ta_insights_query_init (&query, ta_insights_get_from (self->insights), ta_insights_get_to (self->insights));
  query.group = ta_insights_get_group (self->insights);
  query.group_value = ta_insights_get_group_value (self->insights);
  ta_insights_export_data (widget, self->programme, &query);
}

/* GObject */

static void
ta_insights_view_dispose (GObject *object)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (object);
  GtkWidget *child;

  ta_insights_view_set_programme (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TA_TYPE_INSIGHTS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->widgets, g_hash_table_unref);

  G_OBJECT_CLASS (ta_insights_view_parent_class)->dispose (object);
}

static void
ta_insights_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TaInsightsView *self = TA_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, ta_insights_view_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_insights_view_class_init (TaInsightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ta_insights_view_dispose;
  object_class->get_property = ta_insights_view_get_property;
  widget_class->map = ta_insights_view_map;

  /**
   * TaInsightsView:busy:
   *
   * Whether figures are being computed.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TA_TYPE_DATE_ENTRY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ta-insights-view.ui");
  /* The period bar */
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, custom_revealer);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, period_label);
  gtk_widget_class_bind_template_callback (widget_class, ta_insights_view_period_changed);

  /* The group filter */
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, group_button);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, value_label);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, value_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, value_names);
  gtk_widget_class_bind_template_callback (widget_class, ta_insights_view_group_changed);
  gtk_widget_class_bind_template_callback (widget_class, ta_insights_view_value_changed);

  /* The page */
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, stack);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TaInsightsView, sections_box);

  gtk_widget_class_install_action (widget_class, "insights.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "insights.print", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "insights.export-data", NULL, export_data_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "insights.print", NULL);
}

static void
ta_insights_view_init (TaInsightsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ta_date_entry_set_accessible_label (self->from_entry, _("First day of the period"));
  ta_date_entry_set_accessible_label (self->to_entry, _("Last day of the period"));
  g_signal_connect_swapped (self->from_entry, "notify::date", G_CALLBACK (custom_date_changed_cb), self);
  g_signal_connect_swapped (self->to_entry, "notify::date", G_CALLBACK (custom_date_changed_cb), self);
  ta_insights_view_fill_values (self);
  ta_insights_view_update_actions (self);
}

/**
 * ta_insights_view_set_programme:
 * @self: a #TaInsightsView
 * @programme: (nullable): the programme to measure
 */
void
ta_insights_view_set_programme (TaInsightsView *self,
                                TaProgramme    *programme)
{
  g_return_if_fail (TA_IS_INSIGHTS_VIEW (self));
  g_return_if_fail (!programme || TA_IS_PROGRAMME (programme));

  if (self->programme == programme)
    return;

  if (self->programme != NULL)
    g_signal_handlers_disconnect_by_data (self->programme, self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  ta_insights_view_set_busy (self, NULL);
  g_clear_object (&self->insights);
  if (self->sections_box != NULL)
    ta_insights_view_clear_sections (self);

  g_set_object (&self->programme, programme);
  if (programme == NULL)
    return;

  /* Any kind of record: every figure depends on several. */
  g_signal_connect_swapped (programme, "changed", G_CALLBACK (ta_insights_view_queue_refresh), self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh_cb (self);
  else
    ta_insights_view_update_actions (self);
}

/**
 * ta_insights_view_get_insights:
 * @self: a #TaInsightsView
 *
 * Returns: (transfer none) (nullable): the figures shown
 */
TaInsights *
ta_insights_view_get_insights (TaInsightsView *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_VIEW (self), NULL);
  return self->insights;
}

/**
 * ta_insights_view_get_busy:
 * @self: a #TaInsightsView
 *
 * Returns: whether figures are being computed
 */
gboolean
ta_insights_view_get_busy (TaInsightsView *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS_VIEW (self), FALSE);
  return self->cancellable != NULL;
}

TaFigureCard *
_ta_insights_view_find_card (TaInsightsView *self,
                             const char     *key)
{
  gpointer widget = g_hash_table_lookup (self->widgets, key);

  return TA_IS_FIGURE_CARD (widget) ? widget : NULL;
}

TaChartView *
_ta_insights_view_find_chart (TaInsightsView *self,
                              const char     *key)
{
  gpointer widget = g_hash_table_lookup (self->widgets, key);

  return TA_IS_CHART_VIEW (widget) ? widget : NULL;
}

GtkDropDown *
_ta_insights_view_get_period_dropdown (TaInsightsView *self)
{
  return self->period_dropdown;
}

GtkDropDown *
_ta_insights_view_get_group_dropdown (TaInsightsView *self)
{
  return self->group_dropdown;
}

GtkDropDown *
_ta_insights_view_get_value_dropdown (TaInsightsView *self)
{
  return self->value_dropdown;
}

const char *
_ta_insights_view_get_state (TaInsightsView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWindow *
_ta_insights_view_list_subjects (TaInsightsView *self,
                                 TaFigureCard   *card)
{
  if (self->programme == NULL || !ta_figure_card_has_subjects (card))
    return NULL;

  return ta_insights_subjects_show (GTK_WIDGET (self), self->programme, ta_figure_card_get_figure (card));
}
