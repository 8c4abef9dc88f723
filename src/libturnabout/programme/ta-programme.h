/* ta-programme.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-csv-import.h"
#include "ta-ical.h"
#include "ta-insights.h"
#include "ta-match.h"
#include "ta-match-settings.h"
#include "ta-momentum.h"
#include "ta-pairing.h"
#include "ta-pairing-csv.h"
#include "ta-pairing-list.h"
#include "ta-participant.h"
#include "ta-participant-csv.h"
#include "ta-participant-list.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-session-list.h"
#include "ta-topic.h"
#include "ta-topic-list.h"

G_BEGIN_DECLS

/* Only ta_programme_new_for_store() names it; views never need the store. */
typedef struct _TaStore TaStore;

/**
 * TaProgrammeOpenFlags:
 * @TA_PROGRAMME_OPEN_FLAGS_NONE: open an existing programme for writing
 * @TA_PROGRAMME_OPEN_CREATE: make the file if it does not exist
 * @TA_PROGRAMME_OPEN_READ_ONLY: open without writing
 *
 * How ta_programme_open() opens its file.
 */
typedef enum
{
  TA_PROGRAMME_OPEN_FLAGS_NONE = 0,
  TA_PROGRAMME_OPEN_CREATE     = 1 << 0,
  TA_PROGRAMME_OPEN_READ_ONLY  = 1 << 1,
} TaProgrammeOpenFlags;

#define TA_TYPE_PROGRAMME (ta_programme_get_type ())

/*
 * The front door of the model: one open programme file.  The window and
 * the views hold a TaProgramme and nothing below it.  It owns the store,
 * the live lists every view shares, and the operations that take longer
 * (suggestions, imports, exports) as _async/_finish pairs; every edit is
 * one transaction of the store.
 *
 * TaProgramme::changed (detailed: "participants", "pairings", "sessions",
 * "topics", "pair-rules", "settings") is emitted once for each change the
 * store announces, after its COMMIT, so a widget that needs to recompute
 * something connects to "changed::pairings" instead of an array of the
 * store's signal names.
 */
G_DECLARE_FINAL_TYPE (TaProgramme, ta_programme, TA, PROGRAMME, GObject)

TaProgramme       *ta_programme_open                (const char           *path,
                                                     TaProgrammeOpenFlags  flags,
                                                     GError              **error);
TaProgramme       *ta_programme_new_for_store       (TaStore              *store);

const char        *ta_programme_get_path            (TaProgramme          *self);
gboolean           ta_programme_is_read_only        (TaProgramme          *self);
char              *ta_programme_get_default_path    (void);

/* Changes made by another program on the same file: announced through the
 * live lists and ::changed.  Cheap when nothing changed. */
gboolean           ta_programme_check_for_changes   (TaProgramme          *self);

/* The live lists, shared by every view (transfer none). */
TaParticipantList *ta_programme_get_participants    (TaProgramme          *self);
TaPairingList     *ta_programme_get_pairings        (TaProgramme          *self);
TaSessionList     *ta_programme_get_sessions        (TaProgramme          *self);
TaTopicList       *ta_programme_get_topics          (TaProgramme          *self);
/* (transfer full): a live list of the sessions starting in [@from, @to) */
TaSessionList     *ta_programme_new_session_range   (TaProgramme          *self,
                                                     GDateTime            *from,
                                                     GDateTime            *to,
                                                     GError              **error);

/* Participants (ta-programme-edits.c) */
TaParticipant     *ta_programme_get_participant     (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
gboolean           ta_programme_add_participant     (TaProgramme          *self,
                                                     TaParticipant        *participant,
                                                     GError              **error);
gboolean           ta_programme_update_participant  (TaProgramme          *self,
                                                     TaParticipant        *participant,
                                                     GError              **error);
gboolean           ta_programme_delete_participant  (TaProgramme          *self,
                                                     gint64                id,
                                                     GArray              **out_reporting_ids,
                                                     GError              **error);
gboolean           ta_programme_restore_participant (TaProgramme          *self,
                                                     TaParticipant        *participant,
                                                     GArray               *reporting_ids,
                                                     GError              **error);
gboolean           ta_programme_count_participant_links (TaProgramme      *self,
                                                     gint64                id,
                                                     TaParticipantLinks   *out_links,
                                                     GError              **error);
gboolean           ta_programme_has_email           (TaProgramme          *self,
                                                     const char           *email,
                                                     GError              **error);
GStrv              ta_programme_list_vocabulary     (TaProgramme          *self,
                                                     GError              **error);

/* Pairings, pair rules and how suggestions are made (ta-programme-edits.c) */
TaPairing         *ta_programme_get_pairing         (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
GPtrArray         *ta_programme_list_pairings       (TaProgramme          *self,
                                                     GError              **error);
gboolean           ta_programme_add_pairing         (TaProgramme          *self,
                                                     TaPairing            *pairing,
                                                     GError              **error);
gboolean           ta_programme_add_pairings        (TaProgramme          *self,
                                                     GPtrArray            *pairings,
                                                     GError              **error);
gboolean           ta_programme_update_pairing      (TaProgramme          *self,
                                                     TaPairing            *pairing,
                                                     GError              **error);
gboolean           ta_programme_delete_pairing      (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
gboolean           ta_programme_delete_pairings     (TaProgramme          *self,
                                                     GArray               *ids,
                                                     GError              **error);
gboolean           ta_programme_set_pair_rule       (TaProgramme          *self,
                                                     gint64                mentor_id,
                                                     gint64                mentee_id,
                                                     TaPairRuleKind        kind,
                                                     GError              **error);
gboolean           ta_programme_clear_pair_rule     (TaProgramme          *self,
                                                     gint64                mentor_id,
                                                     gint64                mentee_id,
                                                     GError              **error);
gboolean           ta_programme_get_match_settings  (TaProgramme          *self,
                                                     TaMatchSettings      *out_settings,
                                                     GError              **error);
gboolean           ta_programme_set_match_settings  (TaProgramme          *self,
                                                     const TaMatchSettings *settings,
                                                     GError              **error);

/* The programme's own settings and its momentum (ta-programme-edits.c) */
gboolean           ta_programme_get_facilitator_email (TaProgramme        *self,
                                                     char                **out_email,
                                                     GError              **error);
gboolean           ta_programme_set_facilitator_email (TaProgramme        *self,
                                                     const char           *email,
                                                     GError              **error);
int                ta_programme_get_momentum_weeks  (TaProgramme          *self,
                                                     GError              **error);
gboolean           ta_programme_set_momentum_weeks  (TaProgramme          *self,
                                                     int                   weeks,
                                                     GError              **error);
/* (element-type TaMomentumAlert) */
GPtrArray         *ta_programme_evaluate_momentum   (TaProgramme          *self,
                                                     GDateTime            *now,
                                                     GError              **error);

/* Sessions and series (ta-programme-edits.c; update_series in ta-programme-tasks.c) */

/**
 * TaSeriesScope:
 * @TA_SERIES_SCOPE_THIS: only the session itself (it becomes an exception
 *   of its series, or a single session)
 * @TA_SERIES_SCOPE_THIS_AND_FUTURE: the session and every later one of
 *   its series
 *
 * What an edit of a session in a recurring series applies to (what
 * GcalRecurrenceModType is to gnome-calendar).
 */
typedef enum
{
  TA_SERIES_SCOPE_THIS,
  TA_SERIES_SCOPE_THIS_AND_FUTURE,
} TaSeriesScope;

TaSession         *ta_programme_get_session         (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
GPtrArray         *ta_programme_list_sessions_between (TaProgramme        *self,
                                                     GDateTime            *from,
                                                     GDateTime            *to,
                                                     GError              **error);
GPtrArray         *ta_programme_list_sessions_of_pairing (TaProgramme     *self,
                                                     gint64                pairing_id,
                                                     GError              **error);
gboolean           ta_programme_add_session         (TaProgramme          *self,
                                                     TaSession            *session,
                                                     GError              **error);
gboolean           ta_programme_update_session      (TaProgramme          *self,
                                                     TaSession            *session,
                                                     GError              **error);
gboolean           ta_programme_delete_session      (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
GPtrArray         *ta_programme_find_conflicts      (TaProgramme          *self,
                                                     TaSession            *session,
                                                     GError              **error);
gboolean           ta_programme_propose_next_slot   (TaProgramme          *self,
                                                     gint64                pairing_id,
                                                     GDateTime            *after,
                                                     int                   duration_minutes,
                                                     GDateTime           **out_start,
                                                     GError              **error);
gint64             ta_programme_add_series          (TaProgramme          *self,
                                                     gint64                pairing_id,
                                                     const TaRecurrence   *rule,
                                                     int                   duration_minutes,
                                                     const char           *location,
                                                     GError              **error);
TaRecurrence      *ta_programme_get_series          (TaProgramme          *self,
                                                     gint64                series_id,
                                                     gint64               *out_pairing_id,
                                                     int                  *out_duration,
                                                     char                **out_location,
                                                     GError              **error);
gboolean           ta_programme_cancel_series_from  (TaProgramme          *self,
                                                     gint64                session_id,
                                                     GError              **error);
gint64             ta_programme_split_series        (TaProgramme          *self,
                                                     gint64                session_id,
                                                     const TaRecurrence   *rule,
                                                     int                   duration_minutes,
                                                     const char           *location,
                                                     GError              **error);
gboolean           ta_programme_update_series       (TaProgramme          *self,
                                                     TaSession            *session,
                                                     TaSeriesScope         scope,
                                                     const TaRecurrence   *rule,
                                                     GError              **error);

/* Topics (ta-programme-edits.c) */
TaTopic           *ta_programme_get_topic           (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
gboolean           ta_programme_add_topic           (TaProgramme          *self,
                                                     TaTopic              *topic,
                                                     GError              **error);
gboolean           ta_programme_save_topic          (TaProgramme          *self,
                                                     TaTopic              *topic,
                                                     gboolean              is_new,
                                                     TaTopicStage          stage,
                                                     const TaTopicPresentationPlan *presentation,
                                                     GError              **error);
gboolean           ta_programme_delete_topic        (TaProgramme          *self,
                                                     gint64                id,
                                                     GError              **error);
gboolean           ta_programme_restore_topic       (TaProgramme          *self,
                                                     TaTopic              *topic,
                                                     GError              **error);
gboolean           ta_programme_move_topic          (TaProgramme          *self,
                                                     gint64                id,
                                                     TaTopicStage          stage,
                                                     int                   position,
                                                     GError              **error);
/* (element-type TaTopicIdea) */
GPtrArray         *ta_programme_list_topic_ideas    (TaProgramme          *self,
                                                     GError              **error);

/* Files and long operations (ta-programme-tasks.c) */
gboolean           ta_programme_fill_sample         (TaProgramme          *self,
                                                     guint                 n_participants,
                                                     guint32               seed,
                                                     GError              **error);
void               ta_programme_import_csv_async    (TaProgramme          *self,
                                                     GBytes               *data,
                                                     const char           *display_name,
                                                     const TaCsvFormat    *format,
                                                     TaCsvImportFlags      flags,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean           ta_programme_import_csv_finish   (TaProgramme          *self,
                                                     GAsyncResult         *result,
                                                     TaImportResult      **out_result,
                                                     GError              **error);
gboolean           ta_programme_export_participants (TaProgramme          *self,
                                                     GFile                *file,
                                                     TaCsvExportFlags      flags,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
gboolean           ta_programme_export_pairings     (TaProgramme          *self,
                                                     GFile                *file,
                                                     TaCsvExportFlags      flags,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
gboolean           ta_programme_export_calendar     (TaProgramme          *self,
                                                     GFile                *file,
                                                     gint64                pairing_id,
                                                     gint64                participant_id,
                                                     guint                *out_count,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
TaIcalResult      *ta_programme_read_calendar       (TaProgramme          *self,
                                                     const char           *text,
                                                     gsize                 length,
                                                     GDateTime            *from,
                                                     GError              **error);
TaIcalResult      *ta_programme_import_calendar     (TaProgramme          *self,
                                                     const char           *text,
                                                     gsize                 length,
                                                     GDateTime            *from,
                                                     GError              **error);

/* Matching: a snapshot of the programme for the matcher, and suggestions
 * made in a thread from such a snapshot. */
TaMatcher         *ta_programme_new_matcher         (TaProgramme          *self,
                                                     GError              **error);
void               ta_programme_suggest_async       (TaProgramme          *self,
                                                     TaMatcher            *matcher,
                                                     gint                 *progress,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TaSuggestions     *ta_programme_suggest_finish      (TaProgramme          *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* Added for directory and pairs (ta-programme-people.c) */
gboolean           ta_programme_take_back_pairings  (TaProgramme          *self,
                                                     GArray               *ids,
                                                     GError              **error);

/* Added for calendar and board (ta-programme-calendar.c): the board's
 * topics with the reason they cannot be read, and the iCalendar files of
 * ta-programme-tasks.c in a worker thread. */
TaTopicList       *ta_programme_load_topics         (TaProgramme          *self,
                                                     GError              **error);
void               ta_programme_read_calendar_async (TaProgramme          *self,
                                                     GBytes               *contents,
                                                     GDateTime            *from,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TaIcalResult      *ta_programme_read_calendar_finish (TaProgramme         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void               ta_programme_import_calendar_async (TaProgramme        *self,
                                                     GBytes               *contents,
                                                     GDateTime            *from,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
TaIcalResult      *ta_programme_import_calendar_finish (TaProgramme       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void               ta_programme_export_calendar_async (TaProgramme        *self,
                                                     GFile                *file,
                                                     gint64                pairing_id,
                                                     gint64                participant_id,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean           ta_programme_export_calendar_finish (TaProgramme       *self,
                                                     GAsyncResult         *result,
                                                     guint                *out_count,
                                                     GError              **error);
/* End of the block added for calendar and board */

/* Insights (ta-programme-insights.c): the figures of a period, computed
 * on the caller's thread or in a worker thread (the store's lock keeps
 * the two apart), the programme year, the groups to filter by, and the
 * data behind the figures as CSV files. */
TaInsights        *ta_programme_compute_insights        (TaProgramme            *self,
                                                         const TaInsightsQuery  *query,
                                                         GError                **error);
void               ta_programme_compute_insights_async  (TaProgramme            *self,
                                                         const TaInsightsQuery  *query,
                                                         GCancellable           *cancellable,
                                                         GAsyncReadyCallback     callback,
                                                         gpointer                user_data);
TaInsights        *ta_programme_compute_insights_finish (TaProgramme            *self,
                                                         GAsyncResult           *result,
                                                         GError                **error);
gboolean           ta_programme_get_programme_year      (TaProgramme            *self,
                                                         const GDate            *today,
                                                         GDate                  *out_from,
                                                         GDate                  *out_to,
                                                         GError                **error);
GStrv              ta_programme_list_insights_groups    (TaProgramme            *self,
                                                         TaInsightsGroup         group,
                                                         GError                **error);
gboolean           ta_programme_export_insights_data    (TaProgramme            *self,
                                                         const TaInsightsQuery  *query,
                                                         const char             *directory,
                                                         GError                **error);

G_END_DECLS
