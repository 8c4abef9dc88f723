/* ta-insights.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The result of Insights, and the computation's outline: read the rows
 * once (store/ta-store-insights.c), index them, then let each section
 * add its figures (ta-insights-people.c, -sessions.c, -board.c). */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "ta-insights-private.h"
#include "ta-store.h"

struct _TaInsights
{
  GObject          parent_instance;

  GDate            from;
  GDate            to;
  TaInsightsGroup  group;
  char            *group_value;
  GPtrArray       *figures;
  GPtrArray       *charts;
  GPtrArray       *tables;
};

G_DEFINE_FINAL_TYPE (TaInsights, ta_insights, G_TYPE_OBJECT)

static void
ta_insights_finalize (GObject *object)
{
  TaInsights *self = TA_INSIGHTS (object);

  g_free (self->group_value);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->charts);
  g_ptr_array_unref (self->tables);

  G_OBJECT_CLASS (ta_insights_parent_class)->finalize (object);
}

static void
ta_insights_class_init (TaInsightsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_insights_finalize;
}

static void
ta_insights_init (TaInsights *self)
{
  self->figures = g_ptr_array_new_with_free_func (g_object_unref);
  self->charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->tables = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * ta_insights_query_init:
 * @query: (out caller-allocates): the query to fill
 * @from: the first day
 * @to: the last day
 */
void
ta_insights_query_init (TaInsightsQuery *query,
                        const GDate     *from,
                        const GDate     *to)
{
  g_return_if_fail (query != NULL);
  g_return_if_fail (g_date_valid (from) && g_date_valid (to));

  *query = (TaInsightsQuery) { 0 };
  query->from = *from;
  query->to = *to;
  query->group = TA_INSIGHTS_GROUP_ALL;
}

const GDate *
ta_insights_get_from (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return &self->from;
}

const GDate *
ta_insights_get_to (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return &self->to;
}

TaInsightsGroup
ta_insights_get_group (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), TA_INSIGHTS_GROUP_ALL);
  return self->group;
}

const char *
ta_insights_get_group_value (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return self->group_value;
}

static char *
format_date (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  /* Translators: a date in a report's period, see
   * g_date_time_format(); "%-d %B %Y" reads "1 September 2026". */
  return g_date_time_format (time, _("%-d %B %Y"));
}

/**
 * ta_insights_group_value_get_label:
 * @group: the kind of group
 * @value: its machine value
 *
 * Returns: (transfer none): @value as people read it
 */
const char *
ta_insights_group_value_get_label (TaInsightsGroup  group,
                                   const char      *value)
{
  TaGeneration generation;

  if (group == TA_INSIGHTS_GROUP_GENERATION && ta_generation_from_string (value, &generation))
    return ta_generation_get_label (generation);

  return value;
}

/**
 * ta_insights_describe_period:
 * @self: a #TaInsights
 *
 * Returns: (transfer full): the period and the group, in words
 */
char *
ta_insights_describe_period (TaInsights *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *period = NULL;
  const char *value;

  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);

  from = format_date (&self->from);
  to = format_date (&self->to);
  /* Translators: a period from one date to another. */
  period = g_strdup_printf (_("%1$s – %2$s"), from, to);

  value = ta_insights_group_value_get_label (self->group, self->group_value);
  switch (self->group)
    {
    case TA_INSIGHTS_GROUP_DEPARTMENT:
      /* Translators: %1$s is a period, %2$s a department. */
      return g_strdup_printf (_("%1$s, department: %2$s"), period, value);
    case TA_INSIGHTS_GROUP_GENERATION:
      /* Translators: %1$s is a period, %2$s a generation ("Gen Z"). */
      return g_strdup_printf (_("%1$s, generation: %2$s"), period, value);
    case TA_INSIGHTS_GROUP_LOCATION:
      /* Translators: %1$s is a period, %2$s a place. */
      return g_strdup_printf (_("%1$s, location: %2$s"), period, value);
    case TA_INSIGHTS_GROUP_ALL:
    default:
      return g_steal_pointer (&period);
    }
}

/**
 * ta_insights_get_figures:
 * @self: a #TaInsights
 *
 * Returns: (transfer none) (element-type TaFigure): every figure
 */
GPtrArray *
ta_insights_get_figures (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return self->figures;
}

/**
 * ta_insights_get_charts:
 * @self: a #TaInsights
 *
 * Returns: (transfer none) (element-type TaChart): every chart
 */
GPtrArray *
ta_insights_get_charts (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return self->charts;
}

/**
 * ta_insights_get_tables:
 * @self: a #TaInsights
 *
 * Returns: (transfer none) (element-type TaInsightsTable): every table
 */
GPtrArray *
ta_insights_get_tables (TaInsights *self)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);
  return self->tables;
}

TaFigure *
ta_insights_lookup_figure (TaInsights *self,
                           const char *key)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);

  for (guint i = 0; i < self->figures->len; i++)
    if (g_strcmp0 (ta_figure_get_key (g_ptr_array_index (self->figures, i)), key) == 0)
      return g_ptr_array_index (self->figures, i);

  return NULL;
}

TaChart *
ta_insights_lookup_chart (TaInsights *self,
                          const char *key)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);

  for (guint i = 0; i < self->charts->len; i++)
    if (g_strcmp0 (ta_chart_get_key (g_ptr_array_index (self->charts, i)), key) == 0)
      return g_ptr_array_index (self->charts, i);

  return NULL;
}

TaInsightsTable *
ta_insights_lookup_table (TaInsights *self,
                          const char *key)
{
  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);

  for (guint i = 0; i < self->tables->len; i++)
    if (g_strcmp0 (ta_insights_table_get_key (g_ptr_array_index (self->tables, i)), key) == 0)
      return g_ptr_array_index (self->tables, i);

  return NULL;
}

void
_ta_insights_take_figure (TaInsights *self,
                          TaFigure   *figure)
{
  g_ptr_array_add (self->figures, figure);
}

void
_ta_insights_take_chart (TaInsights *self,
                         TaChart    *chart)
{
  g_ptr_array_add (self->charts, chart);
}

void
_ta_insights_take_table (TaInsights      *self,
                         TaInsightsTable *table)
{
  g_ptr_array_add (self->tables, table);
}

static void
add_number (JsonBuilder *builder,
            const char  *name,
            double       value)
{
  json_builder_set_member_name (builder, name);
  if (isnan (value) || isinf (value))
    json_builder_add_null_value (builder);
  else if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    /* Three decimals are plenty and keep the file stable across runs. */
    json_builder_add_double_value (builder, round (value * 1000.0) / 1000.0);
}

static const char *
unit_name (TaFigureUnit unit)
{
  static const char * const names[] = { "count", "share", "ratio", "days", "hours", "rating", "per-month",
                                        "score", "change" };

  return (guint) unit < G_N_ELEMENTS (names) ? names[unit] : "count";
}

static const char *
group_name (TaInsightsGroup group)
{
  static const char * const names[] = { "all", "department", "generation", "location" };

  return (guint) group < G_N_ELEMENTS (names) ? names[group] : "all";
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * ta_insights_to_json:
 * @self: a #TaInsights
 * @programme_name: (nullable): the programme's name
 * @for_outside: hide small figures' numbers
 *
 * Returns: (transfer full): the figures as a JSON document
 */
char *
ta_insights_to_json (TaInsights *self,
                     const char *programme_name,
                     gboolean    for_outside)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (TA_IS_INSIGHTS (self), NULL);

  from = iso_date (&self->from);
  to = iso_date (&self->to);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "programme");
  if (programme_name != NULL)
    json_builder_add_string_value (builder, programme_name);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to);
  json_builder_set_member_name (builder, "group");
  if (self->group == TA_INSIGHTS_GROUP_ALL)
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, group_name (self->group));
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, self->group_value);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "figures");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->figures->len; i++)
    {
      TaFigure *figure = g_ptr_array_index (self->figures, i);
      gboolean hide = for_outside && ta_figure_is_small (figure);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "key");
      json_builder_add_string_value (builder, ta_figure_get_key (figure));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, ta_figure_get_title (figure));
      json_builder_set_member_name (builder, "unit");
      json_builder_add_string_value (builder, unit_name (ta_figure_get_unit (figure)));
      add_number (builder, "value", hide ? NAN : ta_figure_get_value (figure));
      add_number (builder, "numerator", hide ? NAN : ta_figure_get_numerator (figure));
      add_number (builder, "denominator", hide ? NAN : ta_figure_get_denominator (figure));
      json_builder_set_member_name (builder, "definition");
      json_builder_add_string_value (builder, ta_figure_get_definition (figure));
      if (!hide && ta_figure_get_computation (figure) != NULL)
        {
          json_builder_set_member_name (builder, "computation");
          json_builder_add_string_value (builder, ta_figure_get_computation (figure));
        }
      if (!isnan (ta_figure_get_target (figure)))
        add_number (builder, "target", ta_figure_get_target (figure));
      if (hide)
        {
          json_builder_set_member_name (builder, "small");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

static gint64
local_midnight (GTimeZone   *zone,
                const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new (zone, g_date_get_year (date), g_date_get_month (date),
                                               g_date_get_day (date), 0, 0, 0);

  return g_date_time_to_unix (time);
}

static void
prepare_months (TaInsightsContext *ctx)
{
  GDate month;
  GPtrArray *labels = g_ptr_array_new ();
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_date_clear (&month, 1);
  g_date_set_dmy (&month, 1, g_date_get_month (&ctx->query->from), g_date_get_year (&ctx->query->from));

  g_array_append_val (starts, ctx->period_start);
  while (g_date_compare (&month, &ctx->query->to) <= 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new (ctx->zone, g_date_get_year (&month),
                                                   g_date_get_month (&month), 1, 12, 0, 0);
      gint64 next;

      /* Translators: a month on a chart's axis, see g_date_time_format():
       * "%b %Y" reads "Sep 2026". */
      g_ptr_array_add (labels, g_date_time_format (time, C_("chart month", "%b %Y")));
      g_date_add_months (&month, 1);
      next = MIN (local_midnight (ctx->zone, &month), ctx->period_end);
      g_array_append_val (starts, next);
    }
  g_ptr_array_add (labels, NULL);

  ctx->n_months = labels->len - 1;
  ctx->month_labels = (char **) g_ptr_array_free (labels, FALSE);
  ctx->month_starts = (gint64 *) (gpointer) g_array_free (starts, FALSE);
}

static void
prepare_group (TaInsightsContext *ctx)
{
  GArray *people = ctx->rows.people;
  GArray *pairs = ctx->rows.pairs;
  const char *value = ctx->query->group_value;
  TaGeneration generation = TA_GENERATION_UNKNOWN;

  _ta_insights_id_index_init (&ctx->person_by_id, people);
  _ta_insights_id_index_init (&ctx->pair_by_id, pairs);
  ctx->person_in_group = g_new0 (guint8, MAX (people->len, 1));
  ctx->pair_in_group = g_new0 (guint8, MAX (pairs->len, 1));

  if (ctx->query->group == TA_INSIGHTS_GROUP_GENERATION)
    ta_generation_from_string (value, &generation);

  for (guint i = 0; i < people->len; i++)
    {
      TaInsightsPersonRow *person = &g_array_index (people, TaInsightsPersonRow, i);
      gboolean in = FALSE;

      switch (ctx->query->group)
        {
        case TA_INSIGHTS_GROUP_DEPARTMENT:
          in = g_strcmp0 (person->department, value) == 0;
          break;
        case TA_INSIGHTS_GROUP_LOCATION:
          in = g_strcmp0 (person->location, value) == 0;
          break;
        case TA_INSIGHTS_GROUP_GENERATION:
          in = ta_generation_from_birth_year (person->birth_year) == generation;
          break;
        case TA_INSIGHTS_GROUP_ALL:
        default:
          in = TRUE;
          break;
        }
      ctx->person_in_group[i] = in;
    }

  for (guint i = 0; i < pairs->len; i++)
    {
      TaInsightsPairRow *pair = &g_array_index (pairs, TaInsightsPairRow, i);
      TaInsightsPersonRow *mentor = _ta_insights_person (ctx, pair->mentor_id);
      TaInsightsPersonRow *mentee = _ta_insights_person (ctx, pair->mentee_id);

      ctx->pair_in_group[i] = (mentor != NULL && _ta_insights_person_in_group (ctx, mentor)) ||
                              (mentee != NULL && _ta_insights_person_in_group (ctx, mentee));
    }

  for (guint i = 0; i < ctx->rows.sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (ctx->rows.sessions, TaInsightsSessionRow, i);
      g_hash_table_insert (ctx->session_by_id, &session->id, session);
    }

  ctx->person_mark = g_new0 (guint32, MAX (people->len, 1));
}

static void
clear_context (TaInsightsContext *ctx)
{
  ta_insights_rows_clear (&ctx->rows);
  g_clear_pointer (&ctx->zone, g_time_zone_unref);
  g_clear_pointer (&ctx->month_starts, g_free);
  g_clear_pointer (&ctx->month_labels, g_strfreev);
  _ta_insights_id_index_clear (&ctx->person_by_id);
  _ta_insights_id_index_clear (&ctx->pair_by_id);
  g_clear_pointer (&ctx->session_by_id, g_hash_table_unref);
  g_clear_pointer (&ctx->person_in_group, g_free);
  g_clear_pointer (&ctx->pair_in_group, g_free);
  g_clear_pointer (&ctx->person_mark, g_free);
  g_clear_pointer (&ctx->pair_stats, g_free);
}

/**
 * ta_store_compute_insights:
 * @store: a #TaStore
 * @query: the period and the group
 * @error: a #TA_STORE_ERROR
 *
 * Computes every figure of Insights; reads only, in one read
 * transaction.  Safe to call from a worker thread.
 *
 * Returns: (transfer full): the figures, or %NULL on error
 */
TaInsights *
ta_store_compute_insights (TaStore                *store,
                           const TaInsightsQuery  *query,
                           GError                **error)
{
  g_autoptr(TaInsights) insights = NULL;
  TaInsightsContext ctx = { 0 };
  TaInsightsQuery year_query;
  GDate day_after;
  gboolean ok;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (query->programme_year)
    {
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      year_query = *query;
      year_query.programme_year = FALSE;
      if (!ta_store_get_programme_year (store, &today, &year_query.from, &year_query.to, error))
        return NULL;
      query = &year_query;
    }

  if (!g_date_valid (&query->from) || !g_date_valid (&query->to) ||
      g_date_compare (&query->from, &query->to) > 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The period must end on or after the day it starts"));
      return NULL;
    }
  if (query->group != TA_INSIGHTS_GROUP_ALL && (query->group_value == NULL || *query->group_value == '\0'))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Choose the department, generation or location to look at"));
      return NULL;
    }

  insights = g_object_new (TA_TYPE_INSIGHTS, NULL);
  insights->from = query->from;
  insights->to = query->to;
  insights->group = query->group;
  insights->group_value = query->group != TA_INSIGHTS_GROUP_ALL ? g_strdup (query->group_value) : NULL;

  ctx.store = store;
  ctx.query = query;
  ctx.insights = insights;
  ctx.zone = g_time_zone_new_local ();
  ctx.period_start = local_midnight (ctx.zone, &query->from);
  day_after = query->to;
  g_date_add_days (&day_after, 1);
  ctx.period_end = local_midnight (ctx.zone, &day_after);
  ctx.from_day = g_date_get_julian (&query->from);
  ctx.to_day = g_date_get_julian (&query->to);
  if (query->now != NULL)
    ctx.now = g_date_time_to_unix (query->now);
  else
    ctx.now = MIN (g_get_real_time () / G_USEC_PER_SEC, ctx.period_end);
  ctx.now_day = _ta_insights_local_day (&ctx, ctx.now);
  ctx.session_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  ok = ta_store_read_insights_rows (store, &ctx.rows, error);
  if (ok)
    {
      prepare_months (&ctx);
      prepare_group (&ctx);
      _ta_insights_gather_pair_stats (&ctx);

      _ta_insights_add_participation (&ctx);
      _ta_insights_add_matching (&ctx);
      _ta_insights_add_activation (&ctx);
      _ta_insights_add_engagement (&ctx);
      _ta_insights_add_sessions (&ctx);
      _ta_insights_add_formats (&ctx);
      _ta_insights_add_learning (&ctx);
      _ta_insights_add_goals (&ctx);
      _ta_insights_add_retention (&ctx);
      ok = _ta_insights_add_board (&ctx, error) &&
           _ta_insights_add_momentum (&ctx, error);
      if (ok)
        _ta_insights_add_check_ins (&ctx);
    }

  clear_context (&ctx);

  return ok ? g_steal_pointer (&insights) : NULL;
}
