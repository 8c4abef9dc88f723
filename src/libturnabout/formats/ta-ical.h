/* ta-ical.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-error.h"
#include "ta-match-settings.h"
#include "ta-pairing.h"
#include "ta-participant.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-topic.h"

/* Named only: including this header does not bring in the store's. */
typedef struct _TaStore TaStore;

G_BEGIN_DECLS

#define TA_ICAL_ERROR (ta_ical_error_quark ())

/**
 * TaIcalError:
 * @TA_ICAL_ERROR_PARSE: the text is not an iCalendar object at all
 * @TA_ICAL_ERROR_INVALID: one or more events cannot be imported; the
 *   message lists them, one per line; nothing was written (only
 *   ta_ical_import(), which imports all or nothing)
 * @TA_ICAL_ERROR_TIME_ZONE: a time zone has no data on this system
 */
typedef enum
{
  TA_ICAL_ERROR_PARSE,
  TA_ICAL_ERROR_INVALID,
  TA_ICAL_ERROR_TIME_ZONE,
} TaIcalError;

/* The zone of sessions outside any series. */
#define TA_ICAL_DEFAULT_TIME_ZONE "Europe/Brussels"

GQuark     ta_ical_error_quark    (void);

char      *ta_ical_export         (TaStore       *store,
                                   gint64         pairing_id,
                                   gint64         participant_id,
                                   guint         *out_count,
                                   GError       **error);
gboolean   ta_ical_export_file    (TaStore       *store,
                                   GFile         *file,
                                   gint64         pairing_id,
                                   gint64         participant_id,
                                   guint         *out_count,
                                   GCancellable  *cancellable,
                                   GError       **error);

/* Import (ta-ical-import.c): every event of the file, and every
 * occurrence of a repeating one, is imported, skipped or refused on its
 * own, and the result says which and why. */

/**
 * TaIcalOutcome:
 * @TA_ICAL_OUTCOME_NEW: a new session
 * @TA_ICAL_OUTCOME_UPDATED: changes a session an earlier import of the
 *   calendar made (or one this programme exported): the file is newer
 * @TA_ICAL_OUTCOME_UNCHANGED: the session is already in the programme,
 *   and the file is not newer
 * @TA_ICAL_OUTCOME_SKIPPED: not a session to import (all-day, too long,
 *   before the start date, nobody's pair, cancelled…); the reason says
 * @TA_ICAL_OUTCOME_REFUSED: cannot be read, or would break a rule of the
 *   programme (a double-booking); the reason and the property say
 *
 * What became of one event, or one occurrence of a repeating event.
 */
typedef enum
{
  TA_ICAL_OUTCOME_NEW,
  TA_ICAL_OUTCOME_UPDATED,
  TA_ICAL_OUTCOME_UNCHANGED,
  TA_ICAL_OUTCOME_SKIPPED,
  TA_ICAL_OUTCOME_REFUSED,
} TaIcalOutcome;

#define TA_ICAL_N_OUTCOMES 5

/**
 * TaIcalEntry:
 * @outcome: what became of it
 * @uid: (nullable): the event's UID
 * @recurrence_id: (nullable): for one occurrence of a repeating event,
 *   its original start (UTC), which names it with the UID
 * @line: the line of the file (from 1) of the property a refusal
 *   concerns, or else of the event's BEGIN:VEVENT; 0 when not known
 * @summary: (nullable): the event's SUMMARY
 * @starts_at: (nullable): when it starts (UTC); %NULL when it cannot be
 *   read, or for @count occurrences said at once
 * @duration: in minutes, 0 when not known
 * @property: (nullable): the property a refusal concerns, such as
 *   "DTSTART" or "ATTENDEE"
 * @reason: (nullable): why it is skipped, refused or unchanged, or what
 *   an update changes; translated
 * @count: how many occurrences the entry stands for: 1, or more for the
 *   occurrences of a series before the start date or past the cap, said
 *   in one entry
 * @session: (nullable): the session it makes (new), the session with its
 *   changes (updated) or the session it is (unchanged); after an import,
 *   new sessions have their ids
 *
 * One event, one occurrence, or a run of occurrences said at once.
 */
typedef struct
{
  TaIcalOutcome outcome;
  char *uid;
  GDateTime *recurrence_id;
  guint line;
  char *summary;
  GDateTime *starts_at;
  int duration;
  char *property;
  char *reason;
  guint count;
  TaSession *session;
} TaIcalEntry;

char          *ta_ical_entry_format            (const TaIcalEntry *entry,
                                                const char        *file_name);

#define TA_TYPE_ICAL_RESULT (ta_ical_result_get_type ())

G_DECLARE_FINAL_TYPE (TaIcalResult, ta_ical_result, TA, ICAL_RESULT, GObject)

guint              ta_ical_result_get_n_entries        (TaIcalResult  *self);
const TaIcalEntry *ta_ical_result_get_entry            (TaIcalResult  *self,
                                                        guint          index);
guint              ta_ical_result_count                (TaIcalResult  *self,
                                                        TaIcalOutcome  outcome);
GDateTime         *ta_ical_result_get_from             (TaIcalResult  *self);
guint              ta_ical_result_get_n_converted_lines (TaIcalResult *self);
guint              ta_ical_result_get_n_earlier        (TaIcalResult  *self);
gboolean           ta_ical_result_get_committed        (TaIcalResult  *self);
char              *ta_ical_result_dup_summary          (TaIcalResult  *self);

TaIcalResult  *ta_ical_read_events             (TaStore       *store,
                                                const char    *text,
                                                gsize          length,
                                                GDateTime     *from,
                                                GError       **error);
TaIcalResult  *ta_ical_import_events           (TaStore       *store,
                                                const char    *text,
                                                gsize          length,
                                                GDateTime     *from,
                                                GError       **error);
GDateTime     *ta_ical_default_from            (void);

/* All or nothing, and no start date: for callers that want the sessions
 * only when every event can be imported. */
GPtrArray     *ta_ical_read_sessions           (TaStore       *store,
                                                const char    *text,
                                                gsize          length,
                                                GPtrArray    **out_problems,
                                                guint         *out_skipped,
                                                GError       **error);
gboolean       ta_ical_import                  (TaStore       *store,
                                                const char    *text,
                                                gsize          length,
                                                guint         *out_added,
                                                GError       **error);

G_END_DECLS
