/* ta-store-invitations.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

/* Invitations (RFC 5546) as the store keeps them: the SEQUENCE last sent
 * for a session or a series, and the attendees' answers (migration 8).
 * The iTIP text itself is formats/ta-itip.c's. */

/* Writes the invitation with @sequence, inside the store's transaction:
 * FALSE with @error and nothing is recorded. */
typedef gboolean (*TaStoreInvitationWrite) (TaStore   *store,
                                            gint64     sequence,
                                            gpointer   user_data,
                                            GError   **error);

gboolean   ta_store_send_invitation          (TaStore                 *self,
                                              gint64                   session_id,
                                              gboolean                 whole_series,
                                              gboolean                 cancel,
                                              TaStoreInvitationWrite   write,
                                              gpointer                 user_data,
                                              gint64                  *out_sequence,
                                              GError                 **error);
gboolean   ta_store_invitation_is_outdated   (TaStore                 *self,
                                              gint64                   session_id,
                                              gboolean                *out_outdated,
                                              GError                 **error);

typedef enum
{
  TA_STORE_REPLY_RECORDED,
  TA_STORE_REPLY_UNKNOWN_SESSION,   /* no such session, series or occurrence here */
  TA_STORE_REPLY_UNKNOWN_ATTENDEE,  /* the address is not invited to it */
  TA_STORE_REPLY_LATER_KNOWN,       /* a later answer is recorded already */
} TaStoreReplyOutcome;

/* One attendee's answer in a REPLY, found by the caller's reading of the
 * UID: a session, or a series with one occurrence (its RECURRENCE-ID)
 * or all of them. */
typedef struct
{
  gint64               session_id;     /* or 0 */
  gint64               series_id;      /* with session_id 0 */
  GDateTime           *occurrence;     /* nullable: every session of the series */
  const char          *email;
  const char          *response;       /* "accepted", "declined", … as stored */
  GDateTime           *responded_at;
  TaStoreReplyOutcome  outcome;        /* out */
  guint                n_sessions;     /* out: recorded on how many */
} TaStoreReply;

gboolean   ta_store_record_replies           (TaStore                 *self,
                                              TaStoreReply            *replies,
                                              guint                    n_replies,
                                              GError                 **error);

/* An invited person (or an address that answered), and the answer. */
typedef struct
{
  char      *email;
  gint64     participant_id;   /* 0: nobody here has that address */
  char      *response;         /* as stored, or NULL: no answer yet */
  GDateTime *responded_at;     /* nullable */
} TaStoreSessionResponse;

void       ta_store_session_response_free    (TaStoreSessionResponse  *response);
GPtrArray *ta_store_list_session_responses   (TaStore                 *self,
                                              gint64                   session_id,
                                              GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaStoreSessionResponse, ta_store_session_response_free)

G_END_DECLS
