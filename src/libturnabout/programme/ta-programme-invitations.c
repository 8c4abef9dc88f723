/* ta-programme-invitations.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include <string.h>

#include "ta-file.h"
#include "ta-itip.h"
#include "ta-programme-private.h"
#include "ta-store-invitations.h"

/*
 * Invitations by e-mail for the people who do not run Turnabout
 * (docs/exchange.md, "Invitations"): the iTIP text is formats/ta-itip*.c's,
 * the SEQUENCE and the answers the store's (ta-store-invitations.c); this
 * is what the window and the command line call.
 */

static const char *const response_names[] = {
  [TA_INVITATION_RESPONSE_NEEDS_ACTION] = "needs-action",
  [TA_INVITATION_RESPONSE_ACCEPTED] = "accepted",
  [TA_INVITATION_RESPONSE_DECLINED] = "declined",
  [TA_INVITATION_RESPONSE_TENTATIVE] = "tentative",
  [TA_INVITATION_RESPONSE_DELEGATED] = "delegated",
};

static TaInvitationResponse
response_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (response_names); i++)
    if (g_strcmp0 (name, response_names[i]) == 0)
      return (TaInvitationResponse) i;
  return TA_INVITATION_RESPONSE_NEEDS_ACTION;
}

/**
 * ta_invitation_response_get_label:
 * @response: an answer to an invitation
 *
 * Returns: the answer for people, translated: "accepted", "declined",
 *   "tentative", "delegated" or "no answer yet"
 */
const char *
ta_invitation_response_get_label (TaInvitationResponse response)
{
  if ((guint) response >= G_N_ELEMENTS (response_names))
    response = TA_INVITATION_RESPONSE_NEEDS_ACTION;
  return ta_itip_response_get_label (response_names[response]);
}

void
ta_session_response_free (TaSessionResponse *response)
{
  if (response == NULL)
    return;
  g_free (response->email);
  g_clear_pointer (&response->responded_at, g_date_time_unref);
  g_free (response);
}

typedef struct
{
  TaItipRequest request;
  const char *path;
} InvitationJob;

static gboolean
write_invitation (TaStore   *store,
                  gint64     sequence,
                  gpointer   user_data,
                  GError   **error)
{
  InvitationJob *job = user_data;
  g_autofree char *text = NULL;

  job->request.sequence = sequence;
  text = ta_itip_write (store, &job->request, error);
  if (text == NULL)
    return FALSE;
  return ta_file_write_atomic (job->path, text, strlen (text), error);
}

/* A bare address: "mailto:" (a pasted calendar address) and spaces go. */
static char *
bare_address (const char *address)
{
  g_autofree char *bare = NULL;

  if (address == NULL)
    return NULL;
  bare = g_strstrip (g_strdup (address));
  if (g_ascii_strncasecmp (bare, "mailto:", 7) == 0)
    memmove (bare, bare + 7, strlen (bare + 7) + 1);
  g_strstrip (bare);
  return *bare != '\0' ? g_steal_pointer (&bare) : NULL;
}

/**
 * ta_programme_write_invitation:
 * @self: a #TaProgramme
 * @session_id: the session
 * @whole_series: for its whole series (when it has one)
 * @method: an invitation (or its update), or a cancellation
 * @organizer: (nullable): the organizer's address; %NULL: the
 *   facilitator's (Preferences)
 * @path: the file to write (replaced atomically, mode 0600)
 * @error: %TA_ITIP_ERROR_NO_ORGANIZER ("Set the facilitator's e-mail
 *   address in Preferences, or give --organizer"),
 *   %TA_ITIP_ERROR_NO_ATTENDEES, %TA_ITIP_ERROR_CANCELLED, a
 *   #TA_STORE_ERROR or a #G_FILE_ERROR
 *
 * Writes the iTIP message for the session or series (ta_itip_write())
 * with the SEQUENCE its history asks for, and records it as sent, in one
 * transaction (ta_store_send_invitation()).
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_programme_write_invitation (TaProgramme         *self,
                               gint64               session_id,
                               gboolean             whole_series,
                               TaInvitationMethod   method,
                               const char          *organizer,
                               const char          *path,
                               GError             **error)
{
  g_autofree char *address = NULL;
  InvitationJob job = { { 0 }, path };

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  address = bare_address (organizer);
  if (address == NULL && !ta_store_get_facilitator_email (self->store, &address, error))
    return FALSE;

  job.request.session_id = session_id;
  job.request.whole_series = whole_series;
  job.request.cancel = method == TA_INVITATION_CANCEL;
  job.request.organizer = address;

  return ta_store_send_invitation (self->store, session_id, whole_series, job.request.cancel,
                                   write_invitation, &job, NULL, error);
}

/**
 * ta_programme_invitation_is_outdated:
 * @self: a #TaProgramme
 * @session_id: a session
 *
 * Returns: %TRUE when an invitation was sent for the session (or its
 *   series) and the session or series changed since: the window offers
 *   to send the update
 */
gboolean
ta_programme_invitation_is_outdated (TaProgramme *self,
                                     gint64       session_id)
{
  g_autoptr(GError) error = NULL;
  gboolean outdated = FALSE;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  if (!ta_store_invitation_is_outdated (self->store, session_id, &outdated, &error))
    g_warning ("Could not tell whether the invitation of session %" G_GINT64_FORMAT
               " is outdated: %s", session_id, error->message);
  return outdated;
}

/**
 * ta_programme_import_reply:
 * @self: a #TaProgramme
 * @path: a METHOD:REPLY file
 * @out_recorded: (out) (optional): how many answers were recorded
 * @error: %TA_ITIP_ERROR_NOT_REPLY, a #TA_ICAL_ERROR, a #G_FILE_ERROR or
 *   a #TA_STORE_ERROR
 *
 * Records each attendee's answer against the session its UID (and
 * RECURRENCE-ID) names, in one transaction; an unknown UID or attendee
 * is skipped.  The sessions answered are announced as changed.
 *
 * Returns: %TRUE if the file was read (even when nothing in it could be
 *   recorded)
 */
gboolean
ta_programme_import_reply (TaProgramme  *self,
                           const char   *path,
                           guint        *out_recorded,
                           GError      **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return ta_programme_import_reply_data (self, contents, length, out_recorded, NULL, error);
}

/**
 * ta_programme_import_reply_data:
 * @self: a #TaProgramme
 * @data: a METHOD:REPLY file's bytes
 * @length: how many
 * @out_recorded: (out) (optional): how many answers were recorded
 * @out_skipped: (out) (optional): how many could not be (an unknown UID
 *   or attendee, an answer of another programme, an earlier answer)
 * @error: see ta_programme_import_reply()
 *
 * ta_programme_import_reply() of a file already read.
 *
 * Returns: %TRUE if the file was read
 */
gboolean
ta_programme_import_reply_data (TaProgramme  *self,
                                const char   *data,
                                gsize         length,
                                guint        *out_recorded,
                                guint        *out_skipped,
                                GError      **error)
{
  g_autoptr(GPtrArray) answers = NULL;
  guint recorded = 0;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  answers = ta_itip_import_reply (self->store, data, length, &recorded, error);
  if (answers == NULL)
    return FALSE;

  if (out_recorded != NULL)
    *out_recorded = recorded;
  if (out_skipped != NULL)
    *out_skipped = answers->len - recorded;
  return TRUE;
}

/**
 * ta_programme_list_session_responses:
 * @self: a #TaProgramme
 * @session_id: a session
 * @error: a #TA_STORE_ERROR
 *
 * The attendees' answers to the invitations of a session: once one was
 * sent, every invited person with an address (no answer yet, or theirs),
 * and whoever else answered; nothing before.
 *
 * Returns: (element-type TaSessionResponse) (transfer full): the
 *   answers, by address, or %NULL on error
 */
GPtrArray *
ta_programme_list_session_responses (TaProgramme  *self,
                                     gint64        session_id,
                                     GError      **error)
{
  g_autoptr(GPtrArray) stored = NULL;
  GPtrArray *responses;

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stored = ta_store_list_session_responses (self->store, session_id, error);
  if (stored == NULL)
    return NULL;

  responses = g_ptr_array_new_full (stored->len, (GDestroyNotify) ta_session_response_free);
  for (guint i = 0; i < stored->len; i++)
    {
      TaStoreSessionResponse *row = g_ptr_array_index (stored, i);
      TaSessionResponse *response = g_new0 (TaSessionResponse, 1);

      response->email = g_strdup (row->email);
      response->participant_id = row->participant_id;
      response->response = response_from_name (row->response);
      response->responded_at = row->responded_at != NULL ? g_date_time_ref (row->responded_at) : NULL;
      g_ptr_array_add (responses, response);
    }

  return responses;
}
