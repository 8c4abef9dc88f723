/* ta-itip.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-ical.h"

G_BEGIN_DECLS

/* Invitations by e-mail (RFC 5546 iTIP, docs/exchange.md "Invitations"):
 * a REQUEST or CANCEL for a session or a whole series, made from the
 * same events the .ics export writes (ta-itip-write.c), and the
 * attendees' REPLY files read and recorded (ta-itip-reply.c). */

#define TA_ITIP_ERROR (ta_itip_error_quark ())

typedef enum
{
  TA_ITIP_ERROR_NO_ORGANIZER,   /* neither an organizer nor the facilitator's address */
  TA_ITIP_ERROR_NO_ATTENDEES,   /* nobody invited has an e-mail address */
  TA_ITIP_ERROR_CANCELLED,      /* a REQUEST for a cancelled session */
  TA_ITIP_ERROR_NOT_REPLY,      /* the file is no METHOD:REPLY */
} TaItipError;

GQuark      ta_itip_error_quark     (void);

/* What to write. */
typedef struct
{
  gint64      session_id;
  gboolean    whole_series;    /* the session's series, when it has one */
  gboolean    cancel;          /* METHOD:CANCEL, else REQUEST */
  const char *organizer;       /* a bare address */
  gint64      sequence;
  GDateTime  *now;             /* DTSTAMP; nullable: now */
} TaItipRequest;

char       *ta_itip_write           (TaStore              *store,
                                     const TaItipRequest  *request,
                                     GError              **error);

/* Replies */

gboolean    ta_itip_is_reply        (const char           *data,
                                     gsize                 length);

typedef enum
{
  TA_ITIP_ANSWER_RECORDED,
  TA_ITIP_ANSWER_SKIPPED,
} TaItipAnswerOutcome;

/* One attendee's answer in a REPLY, and what became of it. */
typedef struct
{
  char                *uid;
  GDateTime           *recurrence_id;  /* nullable */
  guint                line;           /* of the ATTENDEE (or of the event) */
  char                *email;          /* nullable when the event has none */
  const char          *response;       /* "accepted", … as stored; NULL when not one we keep */
  GDateTime           *responded_at;
  TaItipAnswerOutcome  outcome;
  char                *reason;         /* why it was skipped */
  guint                n_sessions;     /* recorded on how many sessions */
} TaItipAnswer;

const char *ta_itip_response_get_label (const char     *response);

void        ta_itip_answer_free     (TaItipAnswer         *answer);
char       *ta_itip_answer_format   (const TaItipAnswer   *answer,
                                     const char           *file_name);

/* (element-type TaItipAnswer) (transfer full) */
GPtrArray  *ta_itip_read_reply      (const char           *data,
                                     gsize                 length,
                                     GError              **error);
GPtrArray  *ta_itip_import_reply    (TaStore              *store,
                                     const char           *data,
                                     gsize                 length,
                                     guint                *out_recorded,
                                     GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaItipAnswer, ta_itip_answer_free)

G_END_DECLS
