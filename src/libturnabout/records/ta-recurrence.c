/* ta-recurrence.c
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

#define G_LOG_DOMAIN "turnabout-recurrence"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-pairing.h"
#include "ta-recurrence.h"
#include "ta-error.h"

/*
 * Occurrences are computed on calendar days and local wall time, then
 * turned into instants with the series' own GTimeZone: that is what keeps
 * 18:00 at 18:00 in Brussels when the clocks change.  A wall time that
 * does not exist on a day (02:30 on the night the clocks go forward) is
 * moved the way GLib moves it, forward into the new offset.
 */

G_DEFINE_BOXED_TYPE (TaRecurrence, ta_recurrence, ta_recurrence_copy, ta_recurrence_free)

static TaRecurrence *
recurrence_new (TaRecurrenceFrequency  frequency,
                const char            *first_date,
                const char            *local_time,
                const char            *time_zone)
{
  TaRecurrence *self = g_new0 (TaRecurrence, 1);

  self->frequency = frequency;
  self->interval = 1;
  self->first_date = g_strdup (first_date);
  self->local_time = g_strdup (local_time);
  self->time_zone = g_strdup (time_zone);
  return self;
}

/**
 * ta_recurrence_new_monthly:
 * @first_date: "YYYY-MM-DD"; its weekday is the weekday of the series
 * @week_of_month: 1–4, or %TA_RECURRENCE_LAST_WEEK (5 means the same)
 * @local_time: "HH:MM"
 * @time_zone: an IANA zone id
 *
 * Returns: (transfer full): every month on the @week_of_month-th weekday
 *   of @first_date, from @first_date on
 */
TaRecurrence *
ta_recurrence_new_monthly (const char *first_date,
                           int         week_of_month,
                           const char *local_time,
                           const char *time_zone)
{
  TaRecurrence *self;

  g_return_val_if_fail (first_date != NULL, NULL);
  g_return_val_if_fail (local_time != NULL, NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  self = recurrence_new (TA_RECURRENCE_MONTHLY, first_date, local_time, time_zone);
  self->week_of_month = week_of_month == 5 ? TA_RECURRENCE_LAST_WEEK : week_of_month;
  return self;
}

/**
 * ta_recurrence_new_weekly:
 * @first_date: "YYYY-MM-DD", the first occurrence
 * @interval: every @interval weeks
 * @local_time: "HH:MM"
 * @time_zone: an IANA zone id
 *
 * Returns: (transfer full): the weekday of @first_date every @interval weeks
 */
TaRecurrence *
ta_recurrence_new_weekly (const char *first_date,
                          int         interval,
                          const char *local_time,
                          const char *time_zone)
{
  TaRecurrence *self;

  g_return_val_if_fail (first_date != NULL, NULL);
  g_return_val_if_fail (local_time != NULL, NULL);
  g_return_val_if_fail (time_zone != NULL, NULL);

  self = recurrence_new (TA_RECURRENCE_WEEKLY, first_date, local_time, time_zone);
  self->interval = interval;
  return self;
}

TaRecurrence *
ta_recurrence_copy (const TaRecurrence *self)
{
  TaRecurrence *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->local_time = g_strdup (self->local_time);
  copy->time_zone = g_strdup (self->time_zone);
  copy->first_date = g_strdup (self->first_date);
  copy->until_date = g_strdup (self->until_date);
  return copy;
}

void
ta_recurrence_free (TaRecurrence *self)
{
  if (self == NULL)
    return;

  g_free (self->local_time);
  g_free (self->time_zone);
  g_free (self->first_date);
  g_free (self->until_date);
  g_free (self);
}

static gboolean
parse_time (const char *text,
            int        *out_hour,
            int        *out_minute)
{
  guint64 hour, minute;
  char digits[3] = { 0, };

  if (text == NULL || strlen (text) != 5 || text[2] != ':')
    return FALSE;

  memcpy (digits, text, 2);
  if (!g_ascii_string_to_unsigned (digits, 10, 0, 23, &hour, NULL))
    return FALSE;
  memcpy (digits, text + 3, 2);
  if (!g_ascii_string_to_unsigned (digits, 10, 0, 59, &minute, NULL))
    return FALSE;

  *out_hour = (int) hour;
  *out_minute = (int) minute;
  return TRUE;
}

static void
parse_date (const char *text,
            GDate      *out_date)
{
  g_date_clear (out_date, 1);
  g_date_set_dmy (out_date,
                  (GDateDay) g_ascii_strtoull (text + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoull (text + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoull (text, NULL, 10));
}

static GTimeZone *
lookup_zone (const char *identifier)
{
  if (identifier == NULL || *identifier == '\0' || strlen (identifier) > 64)
    return NULL;

  return g_time_zone_new_identifier (identifier);
}

/**
 * ta_recurrence_validate:
 * @self: a rule
 * @error: a #TA_STORE_ERROR_INVALID saying what is wrong
 */
gboolean
ta_recurrence_validate (const TaRecurrence  *self,
                        GError             **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  int hour, minute;

  g_return_val_if_fail (self != NULL, FALSE);

  if (!ta_date_is_valid (self->first_date) ||
      (self->until_date != NULL && !ta_date_is_valid (self->until_date)))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A date of the series is not a valid day"));
      return FALSE;
    }

  if (self->until_date != NULL && strcmp (self->until_date, self->first_date) < 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A series cannot end before it starts"));
      return FALSE;
    }

  if (!parse_time (self->local_time, &hour, &minute))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The time of the series is not a time of day (HH:MM)"));
      return FALSE;
    }

  zone = lookup_zone (self->time_zone);
  if (zone == NULL)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The time zone of the series is unknown; choose one such as “Europe/Brussels”"));
      return FALSE;
    }

  if ((guint) self->frequency > TA_RECURRENCE_WEEKLY ||
      self->interval < 1 || self->interval > TA_RECURRENCE_MAX_INTERVAL)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A series repeats every 1 to %d weeks or months"), TA_RECURRENCE_MAX_INTERVAL);
      return FALSE;
    }

  if (self->frequency == TA_RECURRENCE_MONTHLY &&
      !(self->week_of_month == TA_RECURRENCE_LAST_WEEK ||
        (self->week_of_month >= 1 && self->week_of_month <= 5)))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Choose which weekday of the month: the first to the fourth, or the last"));
      return FALSE;
    }

  if (self->count < 0 || self->count > TA_RECURRENCE_MAX_COUNT)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A series has at most %d sessions"), TA_RECURRENCE_MAX_COUNT);
      return FALSE;
    }

  return TRUE;
}

/* The @week-th (or last) @weekday of the month of @month_start. */
static gboolean
nth_weekday (const GDate  *month_start,
             GDateWeekday  weekday,
             int           week,
             GDate        *out_date)
{
  GDateMonth month = g_date_get_month (month_start);
  GDateYear year = g_date_get_year (month_start);
  guint8 days = g_date_get_days_in_month (month, year);
  int day;

  g_date_clear (out_date, 1);
  if (week == TA_RECURRENCE_LAST_WEEK || week == 5)
    {
      g_date_set_dmy (out_date, days, month, year);
      day = days - (int) ((g_date_get_weekday (out_date) - weekday + 7) % 7);
    }
  else
    {
      g_date_set_dmy (out_date, 1, month, year);
      day = 1 + (int) ((weekday - g_date_get_weekday (out_date) + 7) % 7) + (week - 1) * 7;
    }

  g_date_set_day (out_date, (GDateDay) day);
  return TRUE;
}

/**
 * ta_recurrence_expand:
 * @self: a valid rule
 * @from: the first instant
 * @to: the instant after the last one
 * @removed: (nullable) (element-type GDateTime): starts taken out of
 *   the series (EXDATE)
 * @error: a #TA_STORE_ERROR_INVALID if @self is not valid
 *
 * Counting (@count) starts at @first_date, whatever @from is, so the
 * same rule always gives the same occurrences.
 *
 * Returns: (transfer full) (element-type GDateTime): the starts, in UTC
 *   and in time order, of the occurrences in [@from, @to)
 */
GPtrArray *
ta_recurrence_expand (const TaRecurrence  *self,
                      GDateTime           *from,
                      GDateTime           *to,
                      GPtrArray           *removed,
                      GError             **error)
{
  g_autoptr(GPtrArray) starts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GHashTable) skip = g_hash_table_new (g_date_time_hash, g_date_time_equal);
  g_autoptr(GTimeZone) zone = NULL;
  GDate first, until, month, day;
  GDateWeekday weekday;
  int hour = 0, minute = 0;
  int n = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (from != NULL, NULL);
  g_return_val_if_fail (to != NULL, NULL);

  if (!ta_recurrence_validate (self, error))
    return NULL;

  zone = lookup_zone (self->time_zone);
  parse_time (self->local_time, &hour, &minute);
  parse_date (self->first_date, &first);
  g_date_clear (&until, 1);
  if (self->until_date != NULL)
    parse_date (self->until_date, &until);
  weekday = g_date_get_weekday (&first);

  for (guint i = 0; removed != NULL && i < removed->len; i++)
    g_hash_table_add (skip, g_ptr_array_index (removed, i));

  day = first;
  month = first;
  g_date_set_day (&month, 1);

  for (;;)
    {
      g_autoptr(GDateTime) local = NULL;
      g_autoptr(GDateTime) start = NULL;

      if (self->frequency == TA_RECURRENCE_MONTHLY)
        {
          nth_weekday (&month, weekday, self->week_of_month, &day);
          g_date_add_months (&month, self->interval);
          if (g_date_compare (&day, &first) < 0)
            continue;
        }

      if (g_date_get_year (&day) > 9000 ||
          (g_date_valid (&until) && g_date_compare (&day, &until) > 0) ||
          (self->count > 0 && n >= self->count))
        break;
      n++;

      local = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                               g_date_get_day (&day), hour, minute, 0);
      if (self->frequency == TA_RECURRENCE_WEEKLY)
        g_date_add_days (&day, 7 * self->interval);
      if (local == NULL)
        continue;

      start = g_date_time_to_utc (local);
      if (g_date_time_compare (start, to) >= 0)
        break;
      if (g_date_time_compare (start, from) >= 0 && !g_hash_table_contains (skip, start))
        g_ptr_array_add (starts, g_steal_pointer (&start));
    }

  return g_steal_pointer (&starts);
}

/**
 * ta_recurrence_local_date:
 * @self: a valid rule
 * @time: an instant
 *
 * Returns: (transfer full): the day @time falls on in the series' zone,
 *   "YYYY-MM-DD"
 */
char *
ta_recurrence_local_date (const TaRecurrence *self,
                          GDateTime          *time)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (time != NULL, NULL);

  zone = lookup_zone (self->time_zone);
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (time, zone);
  return g_date_time_format (local, "%Y-%m-%d");
}
