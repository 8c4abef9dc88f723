/* ta-store.h
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

G_BEGIN_DECLS


/**
 * TaStoreOpenFlags:
 * @TA_STORE_OPEN_FLAGS_NONE: open an existing programme to read and write it
 * @TA_STORE_OPEN_CREATE: make a new programme (mode 0600, and the folders
 *   leading to it) when the file is missing, or turn an empty file into one
 * @TA_STORE_OPEN_READ_ONLY: the caller only reads: a programme Turnabout
 *   may not write (file or folder permissions, read-only media) is opened
 *   for reading instead of being refused, and nothing is made beside it
 *
 * How ta_store_open_full() opens a programme.  Without
 * %TA_STORE_OPEN_CREATE a missing or empty file is an error and nothing is
 * created.  %TA_STORE_OPEN_CREATE and %TA_STORE_OPEN_READ_ONLY exclude
 * each other.
 */
typedef enum
{
  TA_STORE_OPEN_FLAGS_NONE = 0,
  TA_STORE_OPEN_CREATE     = 1 << 0,
  TA_STORE_OPEN_READ_ONLY  = 1 << 1,
} TaStoreOpenFlags;

/* The schema version this build writes; see ta-store-migrations.c. */
#define TA_STORE_SCHEMA_VERSION 8

#define TA_TYPE_STORE (ta_store_get_type ())

G_DECLARE_FINAL_TYPE (TaStore, ta_store, TA, STORE, GObject)

/*
 * Signals, emitted on the thread that made the change, after the
 * transaction committed:
 *   participant-added     (TaParticipant *participant)  a new copy, owned by the store
 *   participant-updated   (TaParticipant *participant)
 *   participant-removed   (gint64 id)
 *   participants-reset    ()  many rows changed at once (import): reload
 *
 * Import: @participants are validated TaParticipant objects, e-mail
 * addresses unique among them; one whose e-mail is already in the store
 * updates that person (so an exported, edited and re-imported file works),
 * the others are added.  @reports_to_emails (nullable) runs parallel to
 * @participants and holds the e-mail of each one's manager, or NULL.
 */

char          *ta_store_get_default_path        (void);
TaStore       *ta_store_open                    (const char     *path,
                                                 GError        **error);
TaStore       *ta_store_open_full               (const char     *path,
                                                 TaStoreOpenFlags flags,
                                                 GError        **error);
gboolean       ta_store_is_read_only            (TaStore        *self);
const char    *ta_store_get_path                (TaStore        *self);
int            ta_store_get_schema_version      (TaStore        *self);

/* Participants.  Every call is one transaction: all or nothing. */
GPtrArray     *ta_store_list_participants       (TaStore        *self,
                                                 GError        **error);
TaParticipant *ta_store_get_participant         (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
TaParticipant *ta_store_find_participant_by_email (TaStore      *self,
                                                   const char   *email,
                                                   GError      **error);
gint64         ta_store_count_participants      (TaStore        *self,
                                                 GError        **error);
gboolean       ta_store_add_participant         (TaStore        *self,
                                                 TaParticipant  *participant,
                                                 GError        **error);
gboolean       ta_store_update_participant      (TaStore        *self,
                                                 TaParticipant  *participant,
                                                 GError        **error);
gboolean       ta_store_delete_participant      (TaStore        *self,
                                                 gint64          id,
                                                 GArray        **out_reporting_ids,
                                                 GError        **error);
gboolean       ta_store_count_participant_links (TaStore        *self,
                                                 gint64          id,
                                                 TaParticipantLinks *out_links,
                                                 GError        **error);
gboolean       ta_store_restore_participant     (TaStore        *self,
                                                 TaParticipant  *participant,
                                                 GArray         *reporting_ids,
                                                 GError        **error);
gboolean       ta_store_has_email               (TaStore        *self,
                                                 const char     *email,
                                                 GError        **error);
gboolean       ta_store_import_participants     (TaStore        *self,
                                                 GPtrArray      *participants,
                                                 GPtrArray      *reports_to_emails,
                                                 guint          *out_added,
                                                 guint          *out_updated,
                                                 GError        **error);

/* The shared vocabulary of skills and topics, sorted, without duplicates. */
GStrv          ta_store_list_vocabulary         (TaStore        *self,
                                                 GError        **error);

/* Pairings.  A participant has at most one open (proposed, active, paused)
 * pairing as a mentee, and as a mentor at most capacity open pairings;
 * the status follows ta_pairing_status_can_change().  Signals:
 *   pairing-added (TaPairing *), pairing-updated (TaPairing *),
 *   pairing-removed (gint64 id), pairings-reset (), pair-rules-changed (),
 *   match-settings-changed () (also when the momentum weeks change).
 * Deleting a participant deletes their pairings; restoring them (undo)
 * brings those back too. */
GPtrArray     *ta_store_list_pairings           (TaStore        *self,
                                                 GError        **error);
TaPairing     *ta_store_get_pairing             (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
gboolean       ta_store_add_pairing             (TaStore        *self,
                                                 TaPairing      *pairing,
                                                 GError        **error);
/* Several at once (Accept All): all or none. */
gboolean       ta_store_add_pairings            (TaStore        *self,
                                                 GPtrArray      *pairings,
                                                 GError        **error);
gboolean       ta_store_update_pairing          (TaStore        *self,
                                                 TaPairing      *pairing,
                                                 GError        **error);
gboolean       ta_store_delete_pairing          (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
/* Several at once (undo of Accept All): all or none. */
gboolean       ta_store_delete_pairings         (TaStore        *self,
                                                 GArray         *ids,
                                                 GError        **error);

/* (element-type TaPairRule) */
GArray        *ta_store_list_pair_rules         (TaStore        *self,
                                                 GError        **error);
gboolean       ta_store_set_pair_rule           (TaStore        *self,
                                                 gint64          mentor_id,
                                                 gint64          mentee_id,
                                                 TaPairRuleKind  kind,
                                                 GError        **error);
gboolean       ta_store_clear_pair_rule         (TaStore        *self,
                                                 gint64          mentor_id,
                                                 gint64          mentee_id,
                                                 GError        **error);

/* How suggestions are made, kept in the programme file. */
gboolean       ta_store_get_match_settings      (TaStore               *self,
                                                 TaMatchSettings       *out_settings,
                                                 GError               **error);
gboolean       ta_store_set_match_settings      (TaStore               *self,
                                                 const TaMatchSettings *settings,
                                                 GError               **error);

/* The programme as a whole (ta-store-programme.c): its own random id,
 * made once and kept in the file, and the facilitator's address. */
char          *ta_store_get_programme_id        (TaStore        *self,
                                                 GError        **error);
gboolean       ta_store_get_facilitator_email   (TaStore        *self,
                                                 char          **out_email,
                                                 GError        **error);
gboolean       ta_store_set_facilitator_email   (TaStore        *self,
                                                 const char     *email,
                                                 GError        **error);

/* Sessions.  Signals: session-added (TaSession *), session-updated
 * (TaSession *), session-removed (gint64 id), sessions-reset () (many
 * changed at once: a series made, split or cancelled).  Deleting a
 * pairing deletes its sessions (and emits only pairing-removed: lists of
 * sessions reload on it, see TaSessionList). */
GPtrArray     *ta_store_list_sessions           (TaStore        *self,
                                                 GError        **error);
/* Sessions starting in [@from, @to), by start. */
GPtrArray     *ta_store_list_sessions_between   (TaStore        *self,
                                                 GDateTime      *from,
                                                 GDateTime      *to,
                                                 GError        **error);
GPtrArray     *ta_store_list_sessions_of_pairing (TaStore       *self,
                                                  gint64         pairing_id,
                                                  GError       **error);
TaSession     *ta_store_get_session             (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
gboolean       ta_store_add_session             (TaStore        *self,
                                                 TaSession      *session,
                                                 GError        **error);
gboolean       ta_store_update_session          (TaStore        *self,
                                                 TaSession      *session,
                                                 GError        **error);
gboolean       ta_store_delete_session          (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
/* Sessions sharing a person with @session and overlapping it in time
 * (cancelled ones aside): warn before saving. */
GPtrArray     *ta_store_find_conflicts          (TaStore        *self,
                                                 TaSession      *session,
                                                 GError        **error);
/* The first moment from @after (NULL: now) of a half-day, morning
 * 09:00–12:00 or afternoon 13:00–17:00 local time, that both sides of
 * @pairing_id have marked available and where neither has another session
 * for @duration_minutes; looks TA_STORE_PROPOSE_WEEKS ahead. */
#define TA_STORE_PROPOSE_WEEKS 8
gboolean       ta_store_propose_next_slot       (TaStore        *self,
                                                 gint64          pairing_id,
                                                 GDateTime      *after,
                                                 int             duration_minutes,
                                                 GDateTime     **out_start,
                                                 GError        **error);
/* Several at once (import of an .ics file): all or none; emits
 * sessions-reset (see ta-store-sessions-bulk.c). */
gboolean       ta_store_add_sessions            (TaStore        *self,
                                                 GPtrArray      *sessions,
                                                 GError        **error);

/* Recurring series of one-on-ones (see ta-store-series.c): materialised
 * as sessions up to a horizon (NULL: a year from now).  One occurrence:
 * ta_store_update_session() (moved or marked, it stays in the series) or
 * ta_store_delete_session() (removed for good, an EXDATE).  This and all
 * future ones: ta_store_split_series() (new rule from here) or
 * ta_store_cancel_series_from().  All emit sessions-reset. */
gint64         ta_store_add_series              (TaStore             *self,
                                                 gint64               pairing_id,
                                                 const TaRecurrence  *rule,
                                                 int                  duration_minutes,
                                                 const char          *location,
                                                 GDateTime           *horizon,
                                                 GError             **error);
TaRecurrence  *ta_store_get_series              (TaStore             *self,
                                                 gint64               series_id,
                                                 gint64              *out_pairing_id,
                                                 int                 *out_duration,
                                                 char               **out_location,
                                                 GError             **error);
gboolean       ta_store_extend_series           (TaStore             *self,
                                                 GDateTime           *horizon,
                                                 guint               *out_added,
                                                 GError             **error);
gboolean       ta_store_cancel_series_from      (TaStore             *self,
                                                 gint64               session_id,
                                                 GError             **error);
gint64         ta_store_split_series            (TaStore             *self,
                                                 gint64               session_id,
                                                 const TaRecurrence  *rule,
                                                 int                  duration_minutes,
                                                 const char          *location,
                                                 GDateTime           *horizon,
                                                 GError             **error);
GPtrArray     *ta_store_list_series_exceptions  (TaStore             *self,
                                                 gint64               series_id,
                                                 GError             **error);

/* Topics: the research board (see ta-store-topics.c).  Signals:
 *   topic-added   (TaTopic *)  also for ta_store_restore_topic()
 *   topic-updated (TaTopic *)  an edit, interest, a presentation scheduled,
 *                              a researcher deleted or restored with a person
 *   topic-removed (gint64 id)
 *   topic-moved   (gint64 id, int old_stage, int old_position,
 *                  int new_stage, int new_position)
 *                 the cards after old_position in old_stage moved up one,
 *                 those at new_position and after in new_stage down one
 *   topics-reset  ()  many changed at once: reload
 * Positions are dense, 0..n-1 within each stage.  Deleting a session that
 * presents a topic unlinks it (session-id 0) and emits only
 * session-removed: TaTopicList follows it. */
GPtrArray     *ta_store_list_topics             (TaStore        *self,
                                                 GError        **error);
TaTopic       *ta_store_get_topic               (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
gboolean       ta_store_add_topic               (TaStore        *self,
                                                 TaTopic        *topic,
                                                 GError        **error);
gboolean       ta_store_update_topic            (TaStore        *self,
                                                 TaTopic        *topic,
                                                 GError        **error);
gboolean       ta_store_delete_topic            (TaStore        *self,
                                                 gint64          id,
                                                 GError        **error);
gboolean       ta_store_restore_topic           (TaStore        *self,
                                                 TaTopic        *topic,
                                                 GError        **error);
gboolean       ta_store_move_topic              (TaStore        *self,
                                                 gint64          id,
                                                 TaTopicStage    stage,
                                                 int             position,
                                                 GError        **error);
gboolean       ta_store_set_topic_interest      (TaStore        *self,
                                                 gint64          topic_id,
                                                 gint64          participant_id,
                                                 gboolean        interested,
                                                 GError        **error);
TaSession     *ta_store_schedule_topic_presentation (TaStore    *self,
                                                     gint64      topic_id,
                                                     GDateTime  *starts_at,
                                                     int         duration_minutes,
                                                     const char *location,
                                                     GError    **error);
/* (element-type TaTopicIdea): ranked by count, then term */
GPtrArray     *ta_store_list_topic_ideas        (TaStore        *self,
                                                 GError        **error);

/* Changes committed by another process or store on the same file: emits
 * every kind's reset signal when there were any (ta-store-changes.c). */
gboolean       ta_store_check_for_changes       (TaStore        *self);

/* Integrity and consistency checks: one human-readable line per problem. */
GPtrArray     *ta_store_check                   (TaStore        *self,
                                                 GError        **error);

/* "This and all future sessions" stop repeating: the series ends before
 * @session_id and @single is added in its place, in one transaction (see
 * ta-store-session-series.c). */
gboolean       ta_store_end_series_with_session (TaStore        *self,
                                                 gint64          session_id,
                                                 TaSession      *single,
                                                 GError        **error);

G_END_DECLS
