/* ta-recurrence.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TaRecurrenceFrequency:
 * @TA_RECURRENCE_MONTHLY: the Nth (or last) weekday of every Nth month,
 *   e.g. the 2nd Tuesday
 * @TA_RECURRENCE_WEEKLY: the same weekday every N weeks
 */
typedef enum
{
  TA_RECURRENCE_MONTHLY,
  TA_RECURRENCE_WEEKLY,
} TaRecurrenceFrequency;

/* The last weekday of the month ("last Friday"). */
#define TA_RECURRENCE_LAST_WEEK (-1)
#define TA_RECURRENCE_MAX_INTERVAL 52
#define TA_RECURRENCE_MAX_COUNT 1000

#define TA_TYPE_RECURRENCE (ta_recurrence_get_type ())

/**
 * TaRecurrence:
 * @frequency: monthly or weekly
 * @interval: every @interval months or weeks, 1 or more
 * @week_of_month: monthly only: 1–4 for the first to fourth weekday of
 *   the month, %TA_RECURRENCE_LAST_WEEK (-1) for the last one.  5 is taken
 *   as "last": a fifth Tuesday exists in a few months only, and a monthly
 *   meeting that skips most months is not what anyone means.
 * @local_time: the wall-clock time, "HH:MM", in @time_zone
 * @time_zone: an IANA zone id such as "Europe/Brussels"
 * @first_date: "YYYY-MM-DD": no occurrence before this day; its weekday
 *   is the weekday of every occurrence
 * @until_date: (nullable): "YYYY-MM-DD", the last day an occurrence may
 *   fall on
 * @count: at most this many occurrences from @first_date on; 0 for no
 *   limit
 *
 * When a series meets, in the terms people use: the local time stays the
 * same across daylight-saving changes (18:00 in Brussels is 16:00 UTC in
 * summer and 17:00 UTC in winter).  A plain struct, copied by value.
 */
typedef struct
{
  TaRecurrenceFrequency frequency;
  int interval;
  int week_of_month;
  char *local_time;
  char *time_zone;
  char *first_date;
  char *until_date;
  int count;
} TaRecurrence;

GType          ta_recurrence_get_type     (void) G_GNUC_CONST;

TaRecurrence  *ta_recurrence_new_monthly  (const char          *first_date,
                                           int                  week_of_month,
                                           const char          *local_time,
                                           const char          *time_zone);
TaRecurrence  *ta_recurrence_new_weekly   (const char          *first_date,
                                           int                  interval,
                                           const char          *local_time,
                                           const char          *time_zone);
TaRecurrence  *ta_recurrence_copy         (const TaRecurrence  *self);
void           ta_recurrence_free         (TaRecurrence        *self);

gboolean       ta_recurrence_validate     (const TaRecurrence  *self,
                                           GError             **error);

/* (element-type GDateTime): the starts, in UTC, of the occurrences in
 * [@from, @to), minus those in @removed (UTC starts, nullable). */
GPtrArray     *ta_recurrence_expand       (const TaRecurrence  *self,
                                           GDateTime           *from,
                                           GDateTime           *to,
                                           GPtrArray           *removed,
                                           GError             **error);

/* "YYYY-MM-DD" of @time in @time_zone. */
char          *ta_recurrence_local_date   (const TaRecurrence  *self,
                                           GDateTime           *time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaRecurrence, ta_recurrence_free)

G_END_DECLS
