/* ta-session.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TA_SESSION_MAX_TITLE_CHARS 200
#define TA_SESSION_MAX_LOCATION_CHARS 2000
#define TA_SESSION_MAX_REASON_CHARS 500
#define TA_SESSION_MIN_DURATION 5
#define TA_SESSION_MAX_DURATION 600
#define TA_SESSION_MAX_ATTENDEES 500

/* Who cancelled a session when it was not one of the participants. */
#define TA_SESSION_CANCELLED_BY_FACILITATOR 0
/* Nobody cancelled it (it is not cancelled). */
#define TA_SESSION_CANCELLED_BY_NOBODY (-1)

/**
 * TaSessionKind:
 * @TA_SESSION_KIND_ONE_ON_ONE: a meeting of one pairing
 * @TA_SESSION_KIND_GROUP_DISCUSSION: a small group discussing a trend
 * @TA_SESSION_KIND_LUNCH_AND_LEARN: juniors present a researched topic
 */
typedef enum
{
  TA_SESSION_KIND_ONE_ON_ONE,
  TA_SESSION_KIND_GROUP_DISCUSSION,
  TA_SESSION_KIND_LUNCH_AND_LEARN,
} TaSessionKind;

#define TA_N_SESSION_KINDS 3

/**
 * TaSessionStatus:
 * @TA_SESSION_STATUS_PLANNED: ahead, or not yet marked
 * @TA_SESSION_STATUS_HELD: it took place
 * @TA_SESSION_STATUS_CANCELLED: called off, by whom and why
 * @TA_SESSION_STATUS_NO_SHOW: somebody did not come
 *
 * Allowed changes: planned → held, cancelled or no-show; and back to
 * planned, to undo a mark made by mistake.
 */
typedef enum
{
  TA_SESSION_STATUS_PLANNED,
  TA_SESSION_STATUS_HELD,
  TA_SESSION_STATUS_CANCELLED,
  TA_SESSION_STATUS_NO_SHOW,
} TaSessionStatus;

#define TA_N_SESSION_STATUSES 4

#define TA_TYPE_SESSION_KIND (ta_session_kind_get_type ())
#define TA_TYPE_SESSION_STATUS (ta_session_status_get_type ())

GType        ta_session_kind_get_type         (void) G_GNUC_CONST;
GType        ta_session_status_get_type       (void) G_GNUC_CONST;

/* Machine names ("one-on-one", "no-show", …) as used in the store. */
const char  *ta_session_kind_to_string        (TaSessionKind    kind);
gboolean     ta_session_kind_from_string      (const char      *text,
                                               TaSessionKind   *out_kind);
const char  *ta_session_kind_get_label        (TaSessionKind    kind);
const char  *ta_session_status_to_string      (TaSessionStatus  status);
gboolean     ta_session_status_from_string    (const char      *text,
                                               TaSessionStatus *out_status);
const char  *ta_session_status_get_label      (TaSessionStatus  status);
gboolean     ta_session_status_can_change     (TaSessionStatus  from,
                                               TaSessionStatus  to);

#define TA_TYPE_SESSION (ta_session_get_type ())

/*
 * A one-on-one of a pairing, or a group session with a title and
 * attendees.  starts-at is always in UTC (showing it in local time is the
 * view's job).  Ratings are 1–5, 0 meaning "not given"; only a held
 * session has them.  A session of a recurring series has a series-id and
 * the start the series gave it (occurrence-start), which stays the same
 * when the session itself is moved.
 */
G_DECLARE_FINAL_TYPE (TaSession, ta_session, TA, SESSION, GObject)

TaSession       *ta_session_new                  (TaSessionKind    kind);
TaSession       *ta_session_new_one_on_one       (gint64           pairing_id,
                                                  GDateTime       *starts_at,
                                                  int              duration_minutes);
TaSession       *ta_session_copy                 (TaSession       *self);

gint64           ta_session_get_id               (TaSession       *self);
/* The stored record's revision this copy was read with; an update from a
 * copy whose revision is no longer the stored one is refused
 * (TA_STORE_ERROR_CHANGED).  An Undo takes the revision its own change
 * left. */
gint64           ta_session_get_revision         (TaSession       *self);
void             ta_session_set_revision         (TaSession       *self,
                                                  gint64           revision);
void             ta_session_set_id               (TaSession       *self,
                                                  gint64           id);
TaSessionKind    ta_session_get_kind             (TaSession       *self);
void             ta_session_set_kind             (TaSession       *self,
                                                  TaSessionKind    kind);
/* 0 for a group session */
gint64           ta_session_get_pairing_id       (TaSession       *self);
void             ta_session_set_pairing_id       (TaSession       *self,
                                                  gint64           pairing_id);
const char      *ta_session_get_title            (TaSession       *self);
void             ta_session_set_title            (TaSession       *self,
                                                  const char      *title);
/* (transfer none) (nullable), in UTC */
GDateTime       *ta_session_get_starts_at        (TaSession       *self);
/* converted to UTC, whole seconds */
void             ta_session_set_starts_at        (TaSession       *self,
                                                  GDateTime       *starts_at);
/* (transfer full): starts-at plus the duration */
GDateTime       *ta_session_get_ends_at          (TaSession       *self);
int              ta_session_get_duration         (TaSession       *self);
void             ta_session_set_duration         (TaSession       *self,
                                                  int              minutes);
/* a place or a video link */
const char      *ta_session_get_location         (TaSession       *self);
void             ta_session_set_location         (TaSession       *self,
                                                  const char      *location);
TaSessionStatus  ta_session_get_status           (TaSession       *self);
void             ta_session_set_status           (TaSession       *self,
                                                  TaSessionStatus  status);
/* a participant id, TA_SESSION_CANCELLED_BY_FACILITATOR or _NOBODY */
gint64           ta_session_get_cancelled_by     (TaSession       *self);
void             ta_session_set_cancelled_by     (TaSession       *self,
                                                  gint64           who);
const char      *ta_session_get_cancel_reason    (TaSession       *self);
void             ta_session_set_cancel_reason    (TaSession       *self,
                                                  const char      *reason);
const char      *ta_session_get_notes            (TaSession       *self);
void             ta_session_set_notes            (TaSession       *self,
                                                  const char      *notes);
const char      *ta_session_get_mentor_learned   (TaSession       *self);
void             ta_session_set_mentor_learned   (TaSession       *self,
                                                  const char      *text);
const char      *ta_session_get_mentee_learned   (TaSession       *self);
void             ta_session_set_mentee_learned   (TaSession       *self,
                                                  const char      *text);
/* Whether a side's learning goes out in a pair update (docs/exchange.md);
 * FALSE until its author shares it. */
gboolean         ta_session_get_mentor_learned_shared (TaSession  *self);
void             ta_session_set_mentor_learned_shared (TaSession  *self,
                                                       gboolean    shared);
gboolean         ta_session_get_mentee_learned_shared (TaSession  *self);
void             ta_session_set_mentee_learned_shared (TaSession  *self,
                                                       gboolean    shared);
int              ta_session_get_mentor_rating    (TaSession       *self);
void             ta_session_set_mentor_rating    (TaSession       *self,
                                                  int              rating);
int              ta_session_get_mentee_rating    (TaSession       *self);
void             ta_session_set_mentee_rating    (TaSession       *self,
                                                  int              rating);
gint64           ta_session_get_series_id        (TaSession       *self);
/* (transfer none) (nullable), in UTC */
GDateTime       *ta_session_get_occurrence_start (TaSession       *self);
/* Participant ids of a group session, sorted, without duplicates. */
const gint64    *ta_session_get_attendees        (TaSession       *self,
                                                  guint           *out_n);
void             ta_session_set_attendees        (TaSession       *self,
                                                  const gint64    *ids,
                                                  guint            n);

gboolean         ta_session_validate             (TaSession       *self,
                                                  GError         **error);

/* "YYYY-MM-DDTHH:MM:SSZ" of @time in UTC, and back (NULL when invalid). */
char            *ta_time_to_utc_string           (GDateTime       *time);
GDateTime       *ta_time_from_utc_string         (const char      *text);

G_END_DECLS
