/* ta-insights-context.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every section of Insights asks of the rows: who was active on a
 * day, which pairs were running, who is in the group, which month an
 * instant falls in; and how a figure is made and explained. */

#define G_LOG_DOMAIN "turnabout-insights"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-insights-private.h"

#define ROW_ID(index, i) (*(const gint64 *) (gconstpointer) ((const char *) (index)->ids + (gsize) (i) * (index)->stride))

void
_ta_insights_id_index_init (TaInsightsIdIndex *index,
                            GArray            *rows)
{
  gint64 max_id = 0;

  index->ids = (const gint64 *) (gpointer) rows->data;
  index->stride = g_array_get_element_size (rows);
  index->n_rows = rows->len;
  for (guint i = 0; i < rows->len; i++)
    max_id = MAX (max_id, ROW_ID (index, i));

  if (max_id > 0 && max_id <= (gint64) rows->len * 4 + 1024)
    {
      index->n_slots = max_id + 1;
      index->slots = g_new0 (guint32, index->n_slots);
      for (guint i = 0; i < rows->len; i++)
        if (ROW_ID (index, i) > 0)
          index->slots[ROW_ID (index, i)] = i + 1;
    }
}

void
_ta_insights_id_index_clear (TaInsightsIdIndex *index)
{
  g_clear_pointer (&index->slots, g_free);
}

/* The index of the row with @id, or -1. */
static gssize
id_index_lookup (TaInsightsIdIndex *index,
                 gint64             id)
{
  guint low = 0, high = index->n_rows;

  if (index->slots != NULL)
    return id > 0 && id < index->n_slots ? (gssize) index->slots[id] - 1 : -1;

  /* The rows are read in id order. */
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 middle_id = ROW_ID (index, middle);

      if (middle_id == id)
        return middle;
      if (middle_id < id)
        low = middle + 1;
      else
        high = middle;
    }

  return -1;
}

TaInsightsPersonRow *
_ta_insights_person (TaInsightsContext *ctx,
                     gint64             id)
{
  gssize i = id_index_lookup (&ctx->person_by_id, id);

  return i >= 0 ? &g_array_index (ctx->rows.people, TaInsightsPersonRow, i) : NULL;
}

TaInsightsPairRow *
_ta_insights_pair (TaInsightsContext *ctx,
                   gint64             id)
{
  gssize i = id_index_lookup (&ctx->pair_by_id, id);

  return i >= 0 ? &g_array_index (ctx->rows.pairs, TaInsightsPairRow, i) : NULL;
}

/* Joined before @end and had not left by @day (a person who left
 * without a known day is taken to have left already). */
gboolean
_ta_insights_person_active_on (TaInsightsContext   *ctx,
                               TaInsightsPersonRow *person,
                               gint64               end,
                               guint32              day)
{
  if (person->created_at >= end)
    return FALSE;
  if (person->status == TA_PARTICIPANT_STATUS_LEFT)
    return person->left_day > day;

  return TRUE;
}

/* Started on or before @day and not yet ended on it; a proposed pair
 * never runs, and a finished one without an end day has ended. */
gboolean
_ta_insights_pair_live_on (TaInsightsPairRow *pair,
                           guint32            day)
{
  if (pair->status == TA_PAIRING_STATUS_PROPOSED || pair->started_day == 0 || pair->started_day > day)
    return FALSE;
  if (pair->ended_day != 0)
    return pair->ended_day > day;

  return pair->status == TA_PAIRING_STATUS_ACTIVE || pair->status == TA_PAIRING_STATUS_PAUSED;
}

gboolean
_ta_insights_person_in_group (TaInsightsContext   *ctx,
                              TaInsightsPersonRow *person)
{
  guint index = (guint) (person - (TaInsightsPersonRow *) (gpointer) ctx->rows.people->data);

  return ctx->person_in_group[index];
}

gboolean
_ta_insights_pair_in_group (TaInsightsContext *ctx,
                            TaInsightsPairRow *pair)
{
  guint index = (guint) (pair - (TaInsightsPairRow *) (gpointer) ctx->rows.pairs->data);

  return ctx->pair_in_group[index];
}

gboolean
_ta_insights_session_in_group (TaInsightsContext    *ctx,
                               TaInsightsSessionRow *session)
{
  const gint64 *attendees;

  if (ctx->query->group == TA_INSIGHTS_GROUP_ALL)
    return TRUE;

  if (session->pairing_id != 0)
    {
      TaInsightsPairRow *pair = _ta_insights_pair (ctx, session->pairing_id);
      return pair != NULL && _ta_insights_pair_in_group (ctx, pair);
    }

  attendees = &g_array_index (ctx->rows.attendees, gint64, session->first_attendee);
  for (guint i = 0; i < session->n_attendees; i++)
    {
      TaInsightsPersonRow *person = _ta_insights_person (ctx, attendees[i]);

      if (person != NULL && _ta_insights_person_in_group (ctx, person))
        return TRUE;
    }

  return FALSE;
}

gboolean
_ta_insights_session_in_period (TaInsightsContext    *ctx,
                                TaInsightsSessionRow *session)
{
  return session->starts_at >= ctx->period_start && session->starts_at < ctx->period_end;
}

/* GDate's Julian day of 1970-01-01. */
#define EPOCH_JULIAN_DAY 719163

/* Through the zone's offset at that instant rather than a GDateTime: a
 * year of sessions asks this a hundred thousand times. */
guint32
_ta_insights_local_day (TaInsightsContext *ctx,
                        gint64             instant)
{
  int interval = g_time_zone_find_interval (ctx->zone, G_TIME_TYPE_UNIVERSAL, instant);
  gint64 local = instant + (interval >= 0 ? g_time_zone_get_offset (ctx->zone, interval) : 0);
  gint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;

  return (guint32) MAX (days + EPOCH_JULIAN_DAY, 1);
}

TaInsightsPairStats *
_ta_insights_pair_stats (TaInsightsContext *ctx,
                         TaInsightsPairRow *pair)
{
  guint index = (guint) (pair - (TaInsightsPairRow *) (gpointer) ctx->rows.pairs->data);

  return &ctx->pair_stats[index];
}

int
_ta_insights_month_of (TaInsightsContext *ctx,
                       gint64             instant)
{
  guint low = 0, high = ctx->n_months;

  if (instant < ctx->period_start || instant >= ctx->period_end)
    return -1;

  /* The last month start at or before @instant. */
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (ctx->month_starts[middle] <= instant)
        low = middle;
      else
        high = middle;
    }

  return (int) low;
}

guint32
_ta_insights_month_last_day (TaInsightsContext *ctx,
                             guint              month)
{
  /* The day before the next month starts, within the period. */
  guint32 day = _ta_insights_local_day (ctx, ctx->month_starts[month + 1] - 1);

  return MIN (day, ctx->to_day);
}

void
_ta_insights_people_begin (TaInsightsContext *ctx)
{
  ctx->stamp++;
  ctx->n_marked = 0;
}

void
_ta_insights_people_add (TaInsightsContext *ctx,
                         gint64             id)
{
  TaInsightsPersonRow *person = _ta_insights_person (ctx, id);
  guint index;

  if (person == NULL)
    return;
  index = (guint) (person - (TaInsightsPersonRow *) (gpointer) ctx->rows.people->data);
  if (ctx->person_mark[index] != ctx->stamp)
    {
      ctx->person_mark[index] = ctx->stamp;
      ctx->n_marked++;
    }
}

void
_ta_insights_people_add_pair (TaInsightsContext *ctx,
                              TaInsightsPairRow *pair)
{
  _ta_insights_people_add (ctx, pair->mentor_id);
  _ta_insights_people_add (ctx, pair->mentee_id);
}

void
_ta_insights_people_add_session (TaInsightsContext    *ctx,
                                 TaInsightsSessionRow *session)
{
  if (session->pairing_id != 0)
    {
      TaInsightsPairRow *pair = _ta_insights_pair (ctx, session->pairing_id);

      if (pair != NULL)
        _ta_insights_people_add_pair (ctx, pair);
      return;
    }

  for (guint i = 0; i < session->n_attendees; i++)
    _ta_insights_people_add (ctx, g_array_index (ctx->rows.attendees, gint64, session->first_attendee + i));
}

guint
_ta_insights_people_count (TaInsightsContext *ctx)
{
  return ctx->n_marked;
}

static TaFigure *
add_figure (TaInsightsContext *ctx,
            const char        *key,
            TaInsightsSection  section,
            TaFigureUnit       unit,
            const char        *title,
            const char        *definition,
            guint              n_people,
            TaSubjectKind      subject_kind,
            GArray            *subjects)
{
  TaFigure *figure = ta_figure_new (key, section, unit, title, definition);

  ta_figure_set_n_people (figure, n_people);
  if (subjects != NULL)
    ta_figure_set_subjects (figure, subject_kind, (const gint64 *) (gpointer) subjects->data, subjects->len);
  _ta_insights_take_figure (ctx->insights, figure);

  return figure;
}

TaFigure *
_ta_insights_add_count (TaInsightsContext *ctx,
                        const char        *key,
                        TaInsightsSection  section,
                        TaFigureUnit       unit,
                        const char        *title,
                        const char        *definition,
                        double             value,
                        guint              n_people,
                        TaSubjectKind      subject_kind,
                        GArray            *subjects)
{
  TaFigure *figure = add_figure (ctx, key, section, unit, title, definition, n_people, subject_kind, subjects);

  ta_figure_set_value (figure, value);

  return figure;
}

TaFigure *
_ta_insights_add_ratio (TaInsightsContext *ctx,
                        const char        *key,
                        TaInsightsSection  section,
                        TaFigureUnit       unit,
                        const char        *title,
                        const char        *definition,
                        double             numerator,
                        double             denominator,
                        guint              n_people,
                        TaSubjectKind      subject_kind,
                        GArray            *subjects)
{
  TaFigure *figure = add_figure (ctx, key, section, unit, title, definition, n_people, subject_kind, subjects);

  ta_figure_set_ratio (figure, numerator, denominator);

  return figure;
}

void
_ta_insights_explain (TaFigure   *figure,
                      const char *format,
                      ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  ta_figure_set_computation (figure, text);
}

char *
_ta_insights_format_day (guint32 day)
{
  GDate date;
  g_autoptr(GDateTime) time = NULL;

  if (day == 0)
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                12, 0, 0);

  /* Translators: a day in a table of Insights, see g_date_time_format():
   * "%-d %b %Y" reads "3 Mar 2026". */
  return g_date_time_format (time, C_("insights day", "%-d %b %Y"));
}

char *
_ta_insights_format_instant (TaInsightsContext *ctx,
                             gint64             instant)
{
  return _ta_insights_format_day (_ta_insights_local_day (ctx, instant));
}
