/* ta-ical-series.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-ical-reader-private.h"

/*
 * Repeating events (RFC 5545 3.8.5): the occurrences are DTSTART, those of
 * every RRULE (Cyrus writes two: their union), and every RDATE, less
 * those of the EXDATEs and EXRULEs.  An override (same UID and a
 * RECURRENCE-ID) replaces its occurrence; one with RANGE=THISANDFUTURE
 * replaces that one and all later ones, moved by as much as it moves its
 * own.  The rule is followed in the event's own wall-clock time, so that
 * "every Tuesday 18:00" stays at 18:00 across daylight-saving changes.
 *
 * A series is taken from the chosen start date on: the occurrences
 * before it are one entry ("412 earlier occurrences"), and of the rest the
 * first TA_ICAL_MAX_OCCURRENCES are read, the others again one entry.  A
 * rule without an end is followed up to a year past the later of today
 * and the start date.
 */

/* A rule is followed this many steps at most (a daily rule: 270 years),
 * and all the rules of a file this many: a file of rules that never end
 * must not keep the import busy for hours. */
#define MAX_ITERATIONS 100000
#define MAX_FILE_ITERATIONS 20000000

void
_ta_ical_series_window_free (gpointer data)
{
  TaIcalSeriesWindow *window = data;

  g_clear_pointer (&window->present, g_hash_table_unref);
  g_free (window);
}

/* An override of one occurrence of a series (RECURRENCE-ID). */
struct _TaIcalOverride
{
  icalcomponent *event;
  TaIcalFacts *facts;
  TaIcalProblem problem;         /* of its facts or its times */
  TaIcalTiming timing;
  gint64 recurrence_id;    /* G_MININT64 when it cannot be read */
  gboolean this_and_future;
  gboolean used;
};

void
_ta_ical_override_free (gpointer data)
{
  TaIcalOverride *override = data;

  _ta_ical_problem_clear (&override->problem);
  g_free (override);
}

int
_ta_ical_override_compare (gconstpointer a,
                           gconstpointer b)
{
  const TaIcalOverride *x = *(TaIcalOverride * const *) a;
  const TaIcalOverride *y = *(TaIcalOverride * const *) b;

  return x->recurrence_id < y->recurrence_id ? -1 : x->recurrence_id > y->recurrence_id;
}

TaIcalOverride *
_ta_ical_override_new (TaIcalReader  *self,
                       icalcomponent *event,
                       gboolean       master_cancelled)
{
  TaIcalOverride *override = g_new0 (TaIcalOverride, 1);
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  icalparameter *range = icalproperty_get_first_parameter (property, ICAL_RANGE_PARAMETER);
  g_auto(TaIcalProblem) ignored = { 0, };
  gboolean is_date = FALSE;

  override->event = event;
  override->facts = _ta_ical_read_facts (self, event, &override->problem);
  /* A series called off takes the occurrences it did not say otherwise
   * of along. */
  if (master_cancelled && icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY) == NULL)
    override->facts->cancelled = TRUE;
  if (!_ta_ical_read_time (self, property, "RECURRENCE-ID", &override->recurrence_id, &is_date, &ignored))
    override->recurrence_id = G_MININT64;
  override->this_and_future = range != NULL && icalparameter_get_range (range) == ICAL_RANGE_THISANDFUTURE;

  if (override->problem.reason == NULL &&
      !_ta_ical_find_unreadable (self, event, override->facts->line, &override->problem))
    _ta_ical_read_timing (self, override->facts, &override->timing, &override->problem);
  return override;
}

typedef struct
{
  gint64 time;
  gint64 seconds;  /* an RDATE period's own length, or -1 */
} Instant;

static int
compare_instants (gconstpointer a,
                  gconstpointer b)
{
  const Instant *x = a;
  const Instant *y = b;

  return x->time < y->time ? -1 : x->time > y->time;
}

/* Adds the occurrences of @rule from @timing's DTSTART to @times. */
static gboolean
follow_rule (TaIcalReader       *self,
             icalproperty       *property,
             const TaIcalTiming *timing,
             GHashTable         *times,
             gint64              seconds,
             TaIcalProblem      *problem)
{
  struct icalrecurrencetype rule = icalproperty_get_rrule (property);
  icalrecur_iterator *iterator;
  gint64 limit;
  guint steps = 0;

  if (rule.freq == ICAL_NO_RECURRENCE)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                            _ta_ical_property_line (property), g_strdup (_("the rule cannot be read")));
      return FALSE;
    }
  if (rule.freq < ICAL_DAILY_RECURRENCE)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                            _ta_ical_property_line (property), g_strdup (_("repeats more often than daily")));
      return FALSE;
    }

  /* With a zoned DTSTART, UNTIL is UTC (RFC 5545 3.3.10): the rule is
   * followed in the event's wall-clock time, so UNTIL is too. */
  if (!icaltime_is_null_time (rule.until) && !rule.until.is_date && icaltime_is_utc (rule.until))
    rule.until = _ta_ical_zone_from_unix (timing->zone, (gint64) icaltime_as_timet (rule.until));

  limit = rule.count > 0 || !icaltime_is_null_time (rule.until) ? G_MAXINT64 : self->horizon;

  if (self->steps >= MAX_FILE_ITERATIONS)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                            _ta_ical_property_line (property),
                            g_strdup (_("the file repeats too many events to read them all")));
      return FALSE;
    }

  iterator = icalrecur_iterator_new (rule, timing->wall);
  if (iterator == NULL)
    {
      _ta_ical_problem_set (problem, TA_ICAL_OUTCOME_REFUSED, icalproperty_get_property_name (property),
                            _ta_ical_property_line (property), g_strdup (_("the rule cannot be read")));
      return FALSE;
    }

  for (struct icaltimetype next = icalrecur_iterator_next (iterator);
       !icaltime_is_null_time (next) && steps < MAX_ITERATIONS;
       next = icalrecur_iterator_next (iterator), steps++)
    {
      gint64 time = _ta_ical_zone_to_unix (timing->zone, next);
      Instant *instant;

      if (time == G_MININT64 || time > limit)
        break;
      if (g_hash_table_contains (times, &time))
        continue;
      instant = g_new (Instant, 1);
      instant->time = time;
      instant->seconds = seconds;
      g_hash_table_insert (times, &instant->time, instant);
    }
  icalrecur_iterator_free (iterator);
  self->steps += steps;

  return TRUE;
}

/* Takes the occurrences of @rule (an EXRULE) out of @times. */
static void
remove_rule (TaIcalReader       *self,
             icalproperty       *property,
             const TaIcalTiming *timing,
             GHashTable         *times)
{
  g_autoptr(GHashTable) removed = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_auto(TaIcalProblem) ignored = { 0, };
  GHashTableIter iter;
  gpointer key;

  if (!follow_rule (self, property, timing, removed, -1, &ignored))
    return;
  g_hash_table_iter_init (&iter, removed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_remove (times, key);
}

/* Whether the wall-clock day of @time in @zone is @day. */
static gboolean
on_day (const TaIcalZone    *zone,
        gint64               time,
        struct icaltimetype  day)
{
  struct icaltimetype wall = _ta_ical_zone_from_unix (zone, time);

  return wall.year == day.year && wall.month == day.month && wall.day == day.day;
}

/* A repeating event and its overrides (@overrides, of TaIcalOverride, sorted by
 * RECURRENCE-ID). */
void
_ta_ical_read_series (TaIcalReader  *self,
                      icalcomponent *event,
                      GPtrArray     *overrides)
{
  g_auto(TaIcalProblem) problem = { 0, };
  g_autoptr(GHashTable) times = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  g_autoptr(GHashTable) exact = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) futures = g_ptr_array_new ();
  g_autoptr(GArray) instants = g_array_new (FALSE, FALSE, sizeof (Instant));
  TaIcalFacts *facts;
  TaIcalTiming timing = { 0, };
  icalproperty *property;
  GHashTableIter iter;
  gpointer value;
  guint n_all_day = 0;
  guint earlier = 0;
  guint later = 0;
  guint taken = 0;
  gint64 last = G_MININT64;
  gint64 last_taken = G_MININT64;
  gboolean bounded = TRUE;
  TaIcalSeriesWindow *window;

  facts = _ta_ical_read_facts (self, event, &problem);
  /* A problem of the event itself concerns every occurrence: said once. */
  if (problem.reason != NULL || _ta_ical_find_unreadable (self, event, facts->line, &problem) ||
      !_ta_ical_read_timing (self, facts, &timing, &problem))
    {
      _ta_ical_add_problem (self, facts, &problem, G_MININT64, G_MININT64);
      for (guint i = 0; overrides != NULL && i < overrides->len; i++)
        ((TaIcalOverride *) g_ptr_array_index (overrides, i))->used = TRUE;
      return;
    }

  {
    Instant *first = g_new (Instant, 1);

    first->time = timing.start;
    first->seconds = -1;
    g_hash_table_insert (times, &first->time, first);
  }

  for (property = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RRULE_PROPERTY))
    {
      struct icalrecurrencetype rule = icalproperty_get_rrule (property);
      g_auto(TaIcalProblem) rule_problem = { 0, };

      if (rule.count == 0 && icaltime_is_null_time (rule.until))
        bounded = FALSE;
      if (!follow_rule (self, property, &timing, times, -1, &rule_problem))
        {
          _ta_ical_add_problem (self, facts, &rule_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((TaIcalOverride *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
    }

  for (property = icalcomponent_get_first_property (event, ICAL_RDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype date = icalproperty_get_rdate (property);
      struct icaltimetype start = !icaltime_is_null_time (date.time) ? date.time : date.period.start;
      g_auto(TaIcalProblem) date_problem = { 0, };
      gboolean is_date = FALSE;
      gint64 seconds = -1;
      Instant *instant;
      gint64 time;

      if (!_ta_ical_read_value_time (self, property, start, "RDATE", &time, NULL, NULL, &is_date, &date_problem))
        {
          _ta_ical_add_problem (self, facts, &date_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((TaIcalOverride *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
      if (is_date)
        {
          n_all_day++;
          continue;
        }
      if (icaltime_is_null_time (date.time))
        {
          if (!icaldurationtype_is_null_duration (date.period.duration))
            seconds = icaldurationtype_as_int (date.period.duration);
          else
            seconds = (gint64) icaltime_as_timet (date.period.end) - (gint64) icaltime_as_timet (date.period.start);
        }
      instant = g_new (Instant, 1);
      instant->time = time;
      instant->seconds = seconds;
      g_hash_table_replace (times, &instant->time, instant);
    }

  for (property = icalcomponent_get_first_property (event, ICAL_EXRULE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXRULE_PROPERTY))
    remove_rule (self, property, &timing, times);

  for (property = icalcomponent_get_first_property (event, ICAL_EXDATE_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype day = icalproperty_get_exdate (property);
      g_auto(TaIcalProblem) date_problem = { 0, };
      gboolean is_date = FALSE;
      gint64 time;

      if (!_ta_ical_read_time (self, property, "EXDATE", &time, &is_date, &date_problem))
        {
          /* An EXDATE that cannot be placed would leave an occurrence the
           * calendar does not have. */
          _ta_ical_add_problem (self, facts, &date_problem, timing.start, G_MININT64);
          for (guint i = 0; overrides != NULL && i < overrides->len; i++)
            ((TaIcalOverride *) g_ptr_array_index (overrides, i))->used = TRUE;
          return;
        }
      if (!is_date)
        g_hash_table_remove (times, &time);
      else
        {
          /* A date alone takes out that day's occurrence. */
          GHashTableIter day_iter;
          gpointer key;

          g_hash_table_iter_init (&day_iter, times);
          while (g_hash_table_iter_next (&day_iter, &key, NULL))
            if (on_day (timing.zone, *(gint64 *) key, day))
              g_hash_table_iter_remove (&day_iter);
        }
    }

  g_hash_table_iter_init (&iter, times);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_append_vals (instants, value, 1);
  g_array_sort (instants, compare_instants);

  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      TaIcalOverride *override = g_ptr_array_index (overrides, i);

      if (override->recurrence_id == G_MININT64)
        continue;
      if (override->this_and_future && override->problem.reason == NULL)
        g_ptr_array_add (futures, override);
      if (!g_hash_table_contains (exact, &override->recurrence_id))
        g_hash_table_insert (exact, &override->recurrence_id, override);
    }

  for (guint i = 0; i < instants->len; i++)
    {
      const Instant *instant = &g_array_index (instants, Instant, i);
      TaIcalOverride *override = g_hash_table_lookup (exact, &instant->time);
      const TaIcalFacts *used_facts = facts;
      gint64 start = instant->time;
      gint64 seconds = instant->seconds >= 0 ? instant->seconds : timing.seconds;
      guint line = facts->line;

      last = instant->time;
      if (override != NULL)
        {
          override->used = TRUE;
          used_facts = override->facts;
          line = override->facts->line;
          if (override->problem.reason == NULL)
            {
              start = override->timing.start;
              seconds = override->timing.seconds;
            }
        }
      else
        {
          /* The latest "this and future" override before it. */
          for (guint j = futures->len; j > 0; j--)
            {
              TaIcalOverride *future = g_ptr_array_index (futures, j - 1);

              if (future->recurrence_id <= instant->time)
                {
                  used_facts = future->facts;
                  line = future->facts->line;
                  start = instant->time + (future->timing.start - future->recurrence_id);
                  seconds = future->timing.seconds;
                  break;
                }
            }
        }

      if (start < self->from_time)
        earlier++;
      else if (taken < TA_ICAL_MAX_OCCURRENCES)
        {
          taken++;
          last_taken = instant->time;
          if (override != NULL && override->problem.reason != NULL)
            _ta_ical_add_problem (self, override->facts, &override->problem, G_MININT64, instant->time);
          else
            _ta_ical_add_occurrence (self, used_facts, NULL, start, seconds, instant->time, line, FALSE);
        }
      else
        later++;
    }

  /* An override of an occurrence the rule does not make is a meeting of
   * its own; past the end of an open rule, it is left out, as the
   * occurrences there are. */
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      TaIcalOverride *override = g_ptr_array_index (overrides, i);

      if (override->used)
        continue;
      override->used = TRUE;
      if (!bounded && override->recurrence_id != G_MININT64 && override->recurrence_id > last)
        continue;
      if (override->problem.reason != NULL)
        _ta_ical_add_problem (self, override->facts, &override->problem, G_MININT64, override->recurrence_id);
      else
        _ta_ical_add_occurrence (self, override->facts, NULL, override->timing.start, override->timing.seconds,
                                 override->recurrence_id, override->facts->line, TRUE);
    }

  /* What the file says all of: from the start date to the last
   * occurrence read, or to the end of the rule. */
  window = g_new0 (TaIcalSeriesWindow, 1);
  window->facts = facts;
  window->start = self->from_time;
  window->end = later > 0 ? last_taken : bounded ? G_MAXINT64 : MAX (last, self->horizon);
  window->present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < instants->len; i++)
    g_hash_table_add (window->present, g_memdup2 (&g_array_index (instants, Instant, i).time, sizeof (gint64)));
  for (guint i = 0; overrides != NULL && i < overrides->len; i++)
    {
      TaIcalOverride *override = g_ptr_array_index (overrides, i);

      if (override->recurrence_id != G_MININT64)
        g_hash_table_add (window->present, g_memdup2 (&override->recurrence_id, sizeof (gint64)));
    }
  g_ptr_array_add (self->out->series, window);

  self->out->n_earlier += earlier;
  if (earlier > 0)
    {
      g_autofree char *day = _ta_ical_format_day (self->from);
      TaIcalEntry *entry;

      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, NULL,
                          /* Translators: %1$u is a number of occurrences, %2$s a date (2026-03-01) */
                          g_strdup_printf (ngettext ("%1$u earlier occurrence, before %2$s, the start date",
                                                     "%1$u earlier occurrences, before %2$s, the start date",
                                                     earlier),
                                           earlier, day));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = earlier;
    }
  if (later > 0)
    {
      g_autofree char *day = _ta_ical_format_day (self->from);
      g_autofree char *reason = NULL;
      TaIcalEntry *entry;

      /* Translators: %1$u is a number of occurrences, %2$u the most that are
       * imported (500), %3$s a date (2026-03-01) */
      reason = g_strdup_printf (ngettext ("%1$u later occurrence: at most the first %2$u from %3$s are imported",
                                          "%1$u later occurrences: at most the first %2$u from %3$s are imported",
                                          later),
                                later, TA_ICAL_MAX_OCCURRENCES, day);
      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, NULL,
                          g_steal_pointer (&reason));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = later;
    }
  if (n_all_day > 0)
    {
      TaIcalEntry *entry;

      _ta_ical_add_entry (self, TA_ICAL_OUTCOME_SKIPPED, facts, facts->line, G_MININT64, G_MININT64, "RDATE",
                          g_strdup_printf (ngettext ("%u all-day extra date (RDATE)",
                                                     "%u all-day extra dates (RDATE)", n_all_day),
                                           n_all_day));
      entry = g_ptr_array_index (self->out->entries, self->out->entries->len - 1);
      entry->count = n_all_day;
    }
}

