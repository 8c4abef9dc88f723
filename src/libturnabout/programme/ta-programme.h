/* ta-programme.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-check-in.h"
#include "ta-csv-import.h"
#include "ta-exchange.h"
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


/* The pair's own Turnabout (issue 14; docs/exchange.md).
 *
 * Sides (ta-programme-exchange.c): a new programme is undecided until the
 * first-start choice; a personal programme knows who "me" is. */
TaProgrammeSide    ta_programme_get_side                (TaProgramme            *self);
/* Only while the programme is empty (no participant): "I run a programme". */
gboolean           ta_programme_set_facilitator_side    (TaProgramme            *self,
                                                         GError                **error);
/* Only while the programme is empty: "I keep my own mentoring"; adds @me
 * (its id is set) and remembers it, in one transaction. */
gboolean           ta_programme_make_personal           (TaProgramme            *self,
                                                         TaParticipant          *me,
                                                         GError                **error);
/* The participant id of "me" in a personal programme, else 0 */
gint64             ta_programme_get_me                  (TaProgramme            *self);

/* Exchange files (ta-programme-exchange.c).  Export writes a pair kit on a
 * facilitator's programme and a pair update on a personal one, atomically
 * at mode 0600.  Describe gives, in words and in order, exactly what that
 * file would contain (the preview before saving).  Read checks a file and
 * compares it with this programme without writing; apply writes it in one
 * transaction (re-checking, so a preview gone stale is refused with
 * TA_STORE_ERROR_CHANGED).  The suggested file name ends in .turnabout. */
gboolean           ta_programme_exchange_export         (TaProgramme            *self,
                                                         gint64                  pairing_id,
                                                         const char             *path,
                                                         GError                **error);
GStrv              ta_programme_exchange_describe       (TaProgramme            *self,
                                                         gint64                  pairing_id,
                                                         GError                **error);
char              *ta_programme_exchange_suggest_name   (TaProgramme            *self,
                                                         gint64                  pairing_id);
/* The addresses the file goes to: the pair's two e-mails for a kit, the
 * facilitator's for an update (empty when unknown) */
GStrv              ta_programme_exchange_list_recipients (TaProgramme           *self,
                                                          gint64                 pairing_id);
TaExchangePreview *ta_programme_exchange_read           (TaProgramme            *self,
                                                         const char             *path,
                                                         GError                **error);
gboolean           ta_programme_exchange_apply          (TaProgramme            *self,
                                                         TaExchangePreview      *preview,
                                                         GError                **error);

/* Check-ins (ta-programme-check-ins.c); TaProgramme::changed::check-ins.
 * List: a pair's answers, oldest first.  Due: what is due or was answered
 * for one pair (or every pair with @pairing_id 0), as of @now (NULL: now),
 * as TaCheckInDue structs (element-type, transfer full, g_free).
 * Add: validates, gives the answer an id and a uid, stamps answered_at
 * when unset.  A pair whose latest fit answer from either side is "not a
 * fit" is flagged: ta_programme_is_pairing_flagged(). */
GPtrArray         *ta_programme_list_check_ins          (TaProgramme            *self,
                                                         gint64                  pairing_id,
                                                         GError                **error);
GPtrArray         *ta_programme_list_due_check_ins      (TaProgramme            *self,
                                                         gint64                  pairing_id,
                                                         GDateTime              *now,
                                                         GError                **error);
gboolean           ta_programme_add_check_in            (TaProgramme            *self,
                                                         TaCheckIn              *check_in,
                                                         GError                **error);
gboolean           ta_programme_delete_check_in         (TaProgramme            *self,
                                                         gint64                  check_in_id,
                                                         GError                **error);
gboolean           ta_programme_is_pairing_flagged      (TaProgramme            *self,
                                                         gint64                  pairing_id);

/* Invitations (ta-programme-invitations.c; RFC 5546 iTIP).  Write puts an
 * iTIP REQUEST (or CANCEL) for a session, or for its whole series when
 * @whole_series, into @path: ORGANIZER is @organizer or, when NULL, the
 * facilitator's address (an error without one); every attendee with
 * RSVP=TRUE; SEQUENCE 0 the first time, one more after each change.
 * Reply import reads a METHOD:REPLY file and records each attendee's
 * answer (see TaInvitationResponse); the number recorded comes back. */
typedef enum
{
  TA_INVITATION_REQUEST,
  TA_INVITATION_CANCEL,
} TaInvitationMethod;

typedef enum
{
  TA_INVITATION_RESPONSE_NEEDS_ACTION,
  TA_INVITATION_RESPONSE_ACCEPTED,
  TA_INVITATION_RESPONSE_DECLINED,
  TA_INVITATION_RESPONSE_TENTATIVE,
  TA_INVITATION_RESPONSE_DELEGATED,
} TaInvitationResponse;

/**
 * TaSessionResponse:
 * @email: the attendee's address
 * @participant_id: who that is here, or 0
 * @response: their answer
 * @responded_at: (transfer full): when, UTC
 */
typedef struct
{
  char                 *email;
  gint64                participant_id;
  TaInvitationResponse  response;
  GDateTime            *responded_at;
} TaSessionResponse;

void               ta_session_response_free             (TaSessionResponse      *response);
const char        *ta_invitation_response_get_label     (TaInvitationResponse    response);

gboolean           ta_programme_write_invitation        (TaProgramme            *self,
                                                         gint64                  session_id,
                                                         gboolean                whole_series,
                                                         TaInvitationMethod      method,
                                                         const char             *organizer,
                                                         const char             *path,
                                                         GError                **error);
/* TRUE when an invitation was sent for the session (or its series) and it
 * changed since: the window offers to send the update */
gboolean           ta_programme_invitation_is_outdated  (TaProgramme            *self,
                                                         gint64                  session_id);
gboolean           ta_programme_import_reply            (TaProgramme            *self,
                                                         const char             *path,
                                                         guint                  *out_recorded,
                                                         GError                **error);
/* (element-type TaSessionResponse) (transfer full) */
GPtrArray         *ta_programme_list_session_responses  (TaProgramme            *self,
                                                         gint64                  session_id,
                                                         GError                **error);
/* Added by the invitations part: ta_programme_import_reply() of a file's
 * bytes already read (the window's calendar import); @out_skipped: the
 * answers that could not be recorded. */
gboolean           ta_programme_import_reply_data       (TaProgramme            *self,
                                                         const char             *data,
                                                         gsize                   length,
                                                         guint                  *out_recorded,
                                                         guint                  *out_skipped,
                                                         GError                **error);

/* Personal mode's New Pair (ta-programme-personal.c; the window's part of
 * issue 14): adds the partner and an active pair with "me" in one
 * transaction. */
TaPairing         *ta_programme_add_personal_pair       (TaProgramme            *self,
                                                         TaParticipant          *partner,
                                                         GError                **error);

G_END_DECLS
