/* ta-ical-reader-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-ical-import-private.h"

G_BEGIN_DECLS

/* What reading a file's events (ta-ical-events.c) and expanding its
 * repeating ones (ta-ical-series.c) share. */

/* Why an event, or all of a series, gives no meeting. */
typedef struct
{
  const char *property;   /* static */
  guint line;
  TaIcalOutcome outcome;  /* skipped or refused */
  char *reason;
} TaIcalProblem;

void      _ta_ical_problem_clear   (TaIcalProblem  *problem);
void      _ta_ical_problem_set     (TaIcalProblem  *problem,
                                    TaIcalOutcome   outcome,
                                    const char     *property,
                                    guint           line,
                                    char           *reason);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaIcalProblem, _ta_ical_problem_clear)

/* When an event starts and how long it is. */
typedef struct
{
  gint64 start;               /* Unix time */
  struct icaltimetype wall;   /* DTSTART as written, without its zone */
  const TaIcalZone *zone;
  gint64 seconds;
} TaIcalTiming;

typedef struct
{
  TaIcalZones *zones;
  GDateTime *from;
  gint64 from_time;
  gint64 horizon;          /* rules without an end stop here */
  gboolean cancel_all;     /* METHOD:CANCEL */
  TaIcalEvents *out;
  const TaIcalText *text;  /* nullable */
  GHashTable *seen;        /* "uid\nrecurrence" → line, to find an event given twice */
  guint64 steps;           /* of all the rules followed so far */
} TaIcalReader;

/* An override of one occurrence of a series (RECURRENCE-ID). */
typedef struct _TaIcalOverride TaIcalOverride;

/* ta-ical-events.c */
void             _ta_ical_add_entry          (TaIcalReader         *self,
                                              TaIcalOutcome         outcome,
                                              const TaIcalFacts    *facts,
                                              guint                 line,
                                              gint64                start,
                                              gint64                recurrence_id,
                                              const char           *property,
                                              char                 *reason);
void             _ta_ical_add_problem        (TaIcalReader         *self,
                                              const TaIcalFacts    *facts,
                                              TaIcalProblem        *problem,
                                              gint64                start,
                                              gint64                recurrence_id);
TaIcalFacts     *_ta_ical_read_facts         (TaIcalReader         *self,
                                              icalcomponent        *event,
                                              TaIcalProblem        *problem);
gboolean         _ta_ical_find_unreadable    (TaIcalReader         *self,
                                              icalcomponent        *event,
                                              guint                 line,
                                              TaIcalProblem        *problem);
gboolean         _ta_ical_read_value_time    (TaIcalReader         *self,
                                              icalproperty         *property,
                                              struct icaltimetype   value,
                                              const char           *name,
                                              gint64               *out_time,
                                              struct icaltimetype  *out_wall,
                                              const TaIcalZone    **out_zone,
                                              gboolean             *out_is_date,
                                              TaIcalProblem        *problem);
gboolean         _ta_ical_read_time          (TaIcalReader         *self,
                                              icalproperty         *property,
                                              const char           *name,
                                              gint64               *out_time,
                                              gboolean             *out_is_date,
                                              TaIcalProblem        *problem);
gboolean         _ta_ical_read_timing        (TaIcalReader         *self,
                                              const TaIcalFacts    *facts,
                                              TaIcalTiming         *timing,
                                              TaIcalProblem        *problem);
void             _ta_ical_add_occurrence     (TaIcalReader         *self,
                                              const TaIcalFacts    *facts,
                                              TaIcalProblem        *facts_problem,
                                              gint64                start,
                                              gint64                seconds,
                                              gint64                recurrence_id,
                                              guint                 line,
                                              gboolean              check_from);

/* ta-ical-series.c */
TaIcalOverride  *_ta_ical_override_new       (TaIcalReader         *self,
                                              icalcomponent        *event,
                                              gboolean              master_cancelled);
void             _ta_ical_override_free      (gpointer              override);
int              _ta_ical_override_compare   (gconstpointer         a,
                                              gconstpointer         b);
void             _ta_ical_read_series        (TaIcalReader         *self,
                                              icalcomponent        *event,
                                              GPtrArray            *overrides);
void             _ta_ical_series_window_free (gpointer              window);

G_END_DECLS
