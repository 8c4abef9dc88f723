/* ta-ical-import-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-ical-private.h"
#include "ta-store-private.h"

G_BEGIN_DECLS

/* What the parts of the calendar import share: the text as libical gets
 * it (ta-ical-text.c), time zones (ta-ical-tzid.c), the events read from
 * the file (ta-ical-events.c) and the result (ta-ical-result.c). */

/* ta-ical-text.c */

/* Each property of an event carries the line of the file it starts on in
 * this parameter, and each event this property: so that a problem names
 * its line, which libical does not keep. */
#define TA_ICAL_LINE_PARAMETER "X-TURNABOUT-LINE"
#define TA_ICAL_LINE_PROPERTY "X-TURNABOUT-LINE"

typedef struct
{
  char       *text;         /* unfolded, one property a line, UTF-8 */
  guint       n_converted;  /* lines that were not UTF-8, read as Windows-1252 */
  GHashTable *timed_lines;  /* where the properties that say when are, see _ta_ical_text_find_line() */
} TaIcalText;

gboolean  _ta_ical_text_prepare      (const char     *data,
                                      gsize           length,
                                      TaIcalText     *out_text,
                                      GError        **error);
void      _ta_ical_text_clear        (TaIcalText     *text);
char     *_ta_ical_text_from_windows_1252 (const char *bytes,
                                           gssize      length);
guint     _ta_ical_property_line     (icalproperty   *property);
guint     _ta_ical_text_find_line    (const TaIcalText *text,
                                      guint           event_line,
                                      const char     *name);
guint     _ta_ical_event_line        (icalcomponent  *event);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaIcalText, _ta_ical_text_clear)

/* ta-ical-tzid.c: the zone of a date-time as a file writes it. */

typedef struct _TaIcalZones TaIcalZones;
typedef struct _TaIcalZone TaIcalZone;

TaIcalZones       *_ta_ical_zones_new          (icalcomponent        *calendar);
void               _ta_ical_zones_free         (TaIcalZones          *self);
const TaIcalZone  *_ta_ical_zones_find         (TaIcalZones          *self,
                                                const char           *tzid);
const TaIcalZone  *_ta_ical_zones_get_floating (TaIcalZones          *self);
const TaIcalZone  *_ta_ical_zones_get_utc      (TaIcalZones          *self);
gint64             _ta_ical_zone_to_unix       (const TaIcalZone     *zone,
                                                struct icaltimetype   wall);
struct icaltimetype _ta_ical_zone_from_unix    (const TaIcalZone     *zone,
                                                gint64                time);
const char        *_ta_ical_zone_get_name      (const TaIcalZone     *zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaIcalZones, _ta_ical_zones_free)

/* ta-ical-windows-zones.c: CLDR's table of Windows zone names. */
const char        *_ta_ical_windows_zone_to_iana (const char *name);
guint              _ta_ical_windows_zones_count  (void);
const char        *_ta_ical_windows_zone_nth     (guint        index,
                                                  const char **out_display,
                                                  const char **out_iana);

/* ta-ical-events.c: the file's events, each occurrence of a repeating
 * one on its own, read without the programme. */

/* Never more sessions than this from one repeating event: the ones
 * nearest the start date on. */
#define TA_ICAL_MAX_OCCURRENCES 500

/* What one VEVENT says (a single event, the master of a repeating one,
 * or an override of one occurrence). */
typedef struct
{
  icalcomponent *event;   /* unowned, in the parsed file */
  char *uid;              /* "" without a UID */
  guint line;             /* of its BEGIN:VEVENT */
  guint start_line;       /* of its DTSTART, or 0 */
  char *summary;
  char *location;         /* one line */
  char *description;
  gboolean cancelled;
  TaSessionKind kind;     /* one-on-one, unless the event says otherwise */
  GPtrArray *emails;      /* folded addresses of the ATTENDEEs and the ORGANIZER */
  char *organizer;        /* folded, or NULL */
  gint64 sequence;
  GDateTime *last_modified;  /* nullable */
} TaIcalFacts;

/* One meeting the file plans: a single event, or one occurrence. */
typedef struct
{
  TaIcalFacts *facts;     /* unowned */
  GDateTime *starts_at;
  gint64 seconds;
  GDateTime *recurrence_id;  /* nullable: the occurrence it is */
  guint line;
} TaIcalOccurrence;

/* The occurrences a repeating event has from the start date up to the
 * last one read: those an earlier import made that it no longer has
 * (an EXDATE added since, a rule changed) are gone from the calendar. */
typedef struct
{
  TaIcalFacts *facts;      /* of the master, unowned */
  gint64 start;            /* the RECURRENCE-IDs the file says all of */
  gint64 end;
  GHashTable *present;     /* gint64 RECURRENCE-IDs it has */
} TaIcalSeriesWindow;

typedef struct
{
  GPtrArray *facts;        /* TaIcalFacts, owned */
  GPtrArray *series;       /* TaIcalSeriesWindow, owned */
  GPtrArray *occurrences;  /* TaIcalOccurrence, to match with the programme */
  GPtrArray *entries;      /* TaIcalEntry decided by the file alone */
  guint n_earlier;         /* occurrences of series before the start date */
} TaIcalEvents;

gboolean  _ta_ical_events_read   (TaIcalEvents   *out_events,
                                  icalcomponent  *root,
                                  const TaIcalText *text,
                                  GDateTime      *from,
                                  GDateTime      *now,
                                  GError        **error);
void      _ta_ical_events_clear  (TaIcalEvents   *events);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaIcalEvents, _ta_ical_events_clear)

/* ta-ical-match.c */
gboolean  _ta_ical_match         (TaStore            *store,
                                  TaIcalEvents       *events,
                                  GPtrArray          *entries,
                                  TaStoreImportPlan  *plan,
                                  GError            **error);

/* ta-ical-result.c */
TaIcalEntry   *_ta_ical_entry_new    (TaIcalOutcome       outcome,
                                      const TaIcalFacts  *facts,
                                      guint               line,
                                      GDateTime          *starts_at,
                                      GDateTime          *recurrence_id);
void           _ta_ical_entry_free   (TaIcalEntry        *entry);
void           _ta_ical_entry_set_reason (TaIcalEntry    *entry,
                                          const char     *property,
                                          char           *reason);
TaIcalResult  *_ta_ical_result_new   (GPtrArray          *entries,
                                      GDateTime          *from,
                                      guint               n_converted,
                                      guint               n_earlier,
                                      gboolean            committed);
char          *_ta_ical_format_day   (GDateTime          *time);
char          *_ta_ical_format_time  (GDateTime          *time);

G_END_DECLS
