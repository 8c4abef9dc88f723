/* ta-exchange-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-availability.h"
#include "ta-check-in.h"
#include "ta-enums.h"
#include "ta-exchange.h"
#include "ta-session.h"
#include "ta-topic.h"

G_BEGIN_DECLS

/*
 * The content of an exchange file as plain data (docs/exchange.md): what
 * the store reads for a file to write (ta-store-exchange-read.c), what
 * the writer turns into JSON (ta-exchange-writer.c), what the reader
 * makes of a file (ta-exchange-reader.c), and what the merge compares
 * with the programme (ta-store-exchange-merge.c).  Text is UTF-8, times
 * are UTC, dates "YYYY-MM-DD"; NULL is JSON null.
 */

/* A side of a pair as an index: 0 mentor, 1 mentee (TaPairSide). */
#define TA_EX_SIDES 2

typedef struct
{
  char           *uid;
  TaPairSide      side;
  char           *name;
  char           *email;
  GStrv           languages;     /* codes, or NULL */
  TaAvailability  availability;
} TaExPerson;

typedef struct
{
  char     *title;
  gboolean  done;
} TaExGoal;

typedef struct
{
  char *uid;
  char *frequency;     /* "monthly" | "weekly" */
  int   interval;
  int   week_of_month;
  char *local_time;    /* "HH:MM" */
  char *time_zone;
  int   duration;
  char *location;
  char *first_date;
  char *until_date;    /* nullable */
  int   count;
} TaExSeries;

typedef struct
{
  char            *uid;
  char            *series;        /* the series' uid, or NULL */
  GDateTime       *starts;
  GDateTime       *occurrence;    /* the occurrence of the series it stands for, or NULL */
  int              duration;
  char            *location;
  TaSessionStatus  status;
  char            *title;
  /* updates only */
  int              cancelled_by;  /* -1 nobody or the facilitator, else a TaPairSide */
  char            *cancel_reason;
  char            *learned[TA_EX_SIDES];  /* shared learnings, or NULL */
  int              rating[TA_EX_SIDES];   /* 1–5, 0 none */
} TaExSession;

typedef struct
{
  TaCheckInKind  kind;
  TaPairSide     side;
  char          *due;          /* "YYYY-MM-DD" */
} TaExDue;

typedef struct
{
  char          *uid;
  char          *title;
  char          *description;
  TaTopicStage   stage;
  char          *due;          /* nullable */
} TaExTopic;

/* A check-in answer as the check_ins table keeps it. */
typedef struct
{
  char          *uid;
  TaCheckInKind  kind;
  TaPairSide     side;
  char          *answered;     /* UTC text */
  TaCheckInFit   fit;
  int            quality;      /* 0 none */
  char          *works;
  char          *not_working;
  char          *changed;
  int            recommend;    /* -1 none */
  char          *keep;
  int            confidence;   /* 0 none */
} TaExCheckIn;

typedef struct
{
  TaExchangeKind   kind;
  char            *programme;    /* the facilitator's programme id */
  char            *id;           /* the file's random id */
  GDateTime       *written;      /* UTC */

  char            *pair_uid;
  /* kit */
  char            *recipient;    /* nullable: both */
  char            *facilitator_email;
  char            *facilitator_name;
  TaPairingStatus  status;
  char            *started;
  char            *ended;
  char            *end_reason;
  GPtrArray       *people;       /* TaExPerson, mentor first */
  GPtrArray       *series;       /* TaExSeries */
  GPtrArray       *due;          /* TaExDue */
  GPtrArray       *topics;       /* TaExTopic */
  /* update */
  char            *author;
  GPtrArray       *check_ins;    /* TaExCheckIn */
  /* both */
  GPtrArray       *goals;        /* TaExGoal */
  GPtrArray       *sessions;     /* TaExSession */

  /* Not in the file: what the writer's programme says it left out (the
   * describe sentences), counted when it was read. */
  guint            private_notes;
  guint            unshared_learnings;
  /* Not in the file: who "me" is when a kit for both makes the programme
   * personal (ta_exchange_preview_set_me()) */
  TaPairSide       me_side;
} TaExContent;

TaExContent  *ta_ex_content_new           (TaExchangeKind  kind);
void          ta_ex_content_free          (TaExContent    *content);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaExContent, ta_ex_content_free)

TaExPerson   *ta_ex_person_new            (void);
TaExGoal     *ta_ex_goal_new              (const char     *title,
                                           gboolean        done);
void          ta_ex_goal_free             (TaExGoal       *goal);
TaExSeries   *ta_ex_series_new            (void);
TaExSession  *ta_ex_session_new           (void);
TaExDue      *ta_ex_due_new               (void);
TaExTopic    *ta_ex_topic_new             (void);
TaExCheckIn  *ta_ex_check_in_new          (void);

/* "pair-kit" / "pair-update" */
const char   *ta_exchange_kind_to_string  (TaExchangeKind  kind);

/* ta-exchange-writer.c: the whole file, compact UTF-8 JSON. */
char         *ta_exchange_write_bytes     (TaExContent    *content,
                                           gsize          *out_length);

/* ta-exchange-reader.c: checks 1–3 of docs/exchange.md (a Turnabout
 * exchange file, not too new, not changed) and the content; @display
 * names the file in the messages. */
TaExContent  *ta_exchange_read_bytes      (const char     *data,
                                           gsize           length,
                                           const char     *display,
                                           GError        **error);

/* ta-exchange.c: the preview, as the store's merge fills it. */
TaExchangePreview *_ta_exchange_preview_new        (TaExContent        *content,
                                                    const char         *path);
TaExchangePreview *_ta_exchange_preview_new_sharing (TaExchangePreview *preview);
TaExContent       *_ta_exchange_preview_get_content (TaExchangePreview *self);
void               _ta_exchange_preview_set_pair    (TaExchangePreview *self,
                                                     const char        *pair);
void               _ta_exchange_preview_set_makes_personal (TaExchangePreview *self,
                                                            gboolean           makes_personal);
void               _ta_exchange_preview_add         (TaExchangePreview *self,
                                                     TaExchangeChangeKind kind,
                                                     const char        *text);
void               _ta_exchange_preview_add_printf  (TaExchangePreview *self,
                                                     TaExchangeChangeKind kind,
                                                     const char        *format,
                                                     ...) G_GNUC_PRINTF (3, 4);
void               _ta_exchange_preview_clear       (TaExchangePreview *self);
/* Whether two previews of the same file say the same (a preview gone
 * stale between reading and applying does not) */
gboolean           _ta_exchange_preview_same        (TaExchangePreview *self,
                                                     TaExchangePreview *other);

/* ta-exchange-merge.c: the sentences of previews and of describe. */
char         *ta_exchange_format_day      (GDateTime      *time);
char         *ta_exchange_format_moment   (GDateTime      *time);
char         *ta_exchange_format_date_text (const char    *date);
char         *ta_exchange_describe_session (TaExSession   *session);
const char   *ta_exchange_side_label      (TaPairSide      side);
const char   *ta_exchange_check_in_kind_name (TaCheckInKind kind);
/* "Check-in answer: relationship, quality 4 of 5.", or with @with_side
 * "The mentee's check-in answer: …" */
char         *ta_exchange_describe_check_in      (TaExCheckIn *check_in);
char         *ta_exchange_describe_check_in_full (TaExCheckIn *check_in,
                                                  gboolean     with_side);

G_END_DECLS
