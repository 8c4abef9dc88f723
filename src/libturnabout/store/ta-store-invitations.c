/* ta-store-invitations.c - the SEQUENCE of invitations sent, and answers
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-invitations.h"
#include "ta-store-private.h"

/*
 * RFC 5546 wants every new version of an invitation to carry a higher
 * SEQUENCE than the last one sent, and the same one when the same thing
 * is sent again.  So the store remembers, per session and per series,
 * the SEQUENCE last sent (-1: none) and what it described: the session's
 * revision, or the series' updated_at and its sessions' revisions.  The
 * number is decided, the file written (by the caller's function) and the
 * number recorded in one BEGIN IMMEDIATE transaction: two windows
 * sending at once cannot both send the same number for different text.
 *
 * Recording that an invitation went out is no change of the session
 * itself: its revision must stay, or an editor open on it would be
 * refused as stale.  The sessions_revision trigger (migration 5) adds one
 * to the revision of any UPDATE that leaves it unchanged; an UPDATE that
 * changes it is left alone, so the revision is negated and negated back
 * (both inside the transaction, nobody sees the negative one).
 */

/* --- Sending ---------------------------------------------------------- */

typedef struct
{
  gint64 revision;
  gint64 series_id;
  gint64 sequence;
  gint64 sent_revision;
} SessionState;

static gboolean
read_session_state (TaStore       *self,
                    gint64         session_id,
                    SessionState  *out,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *number = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT revision, coalesce (series_id, 0), invitation_sequence, invitation_revision "
                            "FROM sessions WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, session_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      number = g_strdup_printf ("%" G_GINT64_FORMAT, session_id);
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a number */
                   _("There is no session with id %s"), number);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The session could not be read"));

  out->revision = sqlite3_column_int64 (stmt, 0);
  out->series_id = sqlite3_column_int64 (stmt, 1);
  out->sequence = sqlite3_column_int64 (stmt, 2);
  out->sent_revision = sqlite3_column_int64 (stmt, 3);
  return TRUE;
}

/* The series' last SEQUENCE, and whether it or any of its sessions
 * changed since (a session of it that was never described is a change
 * too: it came after). */
static gboolean
read_series_state (TaStore   *self,
                   gint64     series_id,
                   gint64    *out_sequence,
                   gboolean  *out_changed,
                   GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT invitation_sequence, "
                            "  updated_at IS NOT invitation_updated_at OR EXISTS ("
                            "    SELECT 1 FROM sessions WHERE series_id = ?1"
                            "    AND (invitation_sequence < 0 OR revision <> invitation_revision)) "
                            "FROM session_series WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, series_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("The session no longer belongs to a series"));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The series could not be read"));

  *out_sequence = sqlite3_column_int64 (stmt, 0);
  *out_changed = sqlite3_column_int (stmt, 1) != 0;
  return TRUE;
}

/* RFC 5546 2.1.4: 0 the first time; one more for a new version; a
 * cancellation is always a new version. */
static gint64
next_sequence (gint64   last,
               gboolean changed,
               gboolean cancel)
{
  if (last < 0)
    return 0;
  return changed || cancel ? last + 1 : last;
}

/* Records @sequence on the sessions @where selects (?1 = @id), and the
 * revision each has now, leaving it as it is (see the top). */
static gboolean
record_sessions (TaStore     *self,
                 const char  *where,
                 gint64       id,
                 gint64       sequence,
                 GError     **error)
{
  g_autofree char *negate = g_strdup_printf ("UPDATE sessions SET revision = -revision WHERE %s", where);
  g_autofree char *record = g_strdup_printf ("UPDATE sessions SET revision = -revision, "
                                             "invitation_revision = -revision, "
                                             "invitation_sequence = ?2 WHERE %s", where);
  g_autoptr(sqlite3_stmt) first = NULL;
  g_autoptr(sqlite3_stmt) second = NULL;

  first = _ta_store_prepare (self, negate, error);
  if (first == NULL)
    return FALSE;
  _ta_store_bind_id (first, 1, id);
  if (!_ta_store_step_done (self, first, _("The invitation could not be recorded"), error))
    return FALSE;

  second = _ta_store_prepare (self, record, error);
  if (second == NULL)
    return FALSE;
  _ta_store_bind_id (second, 1, id);
  sqlite3_bind_int64 (second, 2, sequence);
  return _ta_store_step_done (self, second, _("The invitation could not be recorded"), error);
}

static gboolean
record_series (TaStore  *self,
               gint64    series_id,
               gint64    sequence,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _ta_store_prepare (self,
                            "UPDATE session_series SET invitation_sequence = ?2, "
                            "invitation_updated_at = updated_at WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, series_id);
  sqlite3_bind_int64 (stmt, 2, sequence);
  if (!_ta_store_step_done (self, stmt, _("The invitation could not be recorded"), error))
    return FALSE;

  return record_sessions (self, "series_id = ?1", series_id, sequence, error);
}

static gboolean
send_locked (TaStore                 *self,
             gint64                   session_id,
             gboolean                 whole_series,
             gboolean                 cancel,
             TaStoreInvitationWrite   write,
             gpointer                 user_data,
             gint64                  *out_sequence,
             GError                 **error)
{
  SessionState state = { 0 };
  gint64 sequence;

  if (!read_session_state (self, session_id, &state, error))
    return FALSE;

  if (whole_series && state.series_id != 0)
    {
      gint64 last = -1;
      gboolean changed = FALSE;

      if (!read_series_state (self, state.series_id, &last, &changed, error))
        return FALSE;
      sequence = next_sequence (last, changed, cancel);
      if (!write (self, sequence, user_data, error) ||
          !record_series (self, state.series_id, sequence, error))
        return FALSE;
    }
  else
    {
      sequence = next_sequence (state.sequence, state.revision != state.sent_revision, cancel);
      if (!write (self, sequence, user_data, error) ||
          !record_sessions (self, "id = ?1", session_id, sequence, error))
        return FALSE;
    }

  *out_sequence = sequence;
  return TRUE;
}

/**
 * ta_store_send_invitation:
 * @self: a #TaStore
 * @session_id: the session
 * @whole_series: for the session's whole series (when it has one)
 * @cancel: a cancellation (always a new SEQUENCE)
 * @write: writes the invitation with the SEQUENCE it is given
 * @user_data: for @write
 * @out_sequence: (out) (optional): the SEQUENCE it carried
 * @error: a #TA_STORE_ERROR, or @write's error
 *
 * Decides the SEQUENCE of the invitation (0 the first time, one more
 * when the session, or the series, changed since the last one, the same
 * when nothing did), has @write write it, and records what it described,
 * all in one transaction.  The session's revision does not change.
 *
 * Returns: %TRUE if @write wrote the invitation and it was recorded
 */
gboolean
ta_store_send_invitation (TaStore                 *self,
                          gint64                   session_id,
                          gboolean                 whole_series,
                          gboolean                 cancel,
                          TaStoreInvitationWrite   write,
                          gpointer                 user_data,
                          gint64                  *out_sequence,
                          GError                 **error)
{
  gint64 sequence = -1;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;
    if (!send_locked (self, session_id, whole_series, cancel, write, user_data, &sequence, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  if (out_sequence != NULL)
    *out_sequence = sequence;
  return TRUE;
}

/**
 * ta_store_invitation_is_outdated:
 * @self: a #TaStore
 * @session_id: a session
 * @out_outdated: (out): whether an invitation was sent for it (or its
 *   series) and it changed since
 * @error: a #TA_STORE_ERROR
 *
 * Returns: %FALSE on error (an unknown session is not outdated)
 */
gboolean
ta_store_invitation_is_outdated (TaStore   *self,
                                 gint64     session_id,
                                 gboolean  *out_outdated,
                                 GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_outdated != NULL, FALSE);

  *out_outdated = FALSE;

  STORE_LOCKED (self);

  stmt = _ta_store_prepare (self,
                            "SELECT (s.invitation_sequence >= 0 AND s.revision <> s.invitation_revision) "
                            "  OR coalesce (r.invitation_sequence >= 0 "
                            "               AND r.updated_at IS NOT r.invitation_updated_at, 0) "
                            "FROM sessions s LEFT JOIN session_series r ON r.id = s.series_id "
                            "WHERE s.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, session_id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_outdated = sqlite3_column_int (stmt, 0) != 0;
  else if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The session could not be read"));

  return TRUE;
}

/* --- Answers ---------------------------------------------------------- */

/* Who is invited to a session: the mentor and mentee of a one-on-one,
 * the attendees of a group session; ?1 is the session. */
#define INVITED_SQL \
  "SELECT p.id, p.email FROM sessions s JOIN pairings g ON g.id = s.pairing_id " \
  "  JOIN participants p ON p.id = g.mentor_id OR p.id = g.mentee_id " \
  "  WHERE s.id = ?1 AND s.kind = 'one-on-one' " \
  "UNION SELECT p.id, p.email FROM session_attendees a JOIN participants p ON p.id = a.participant_id " \
  "  WHERE a.session_id = ?1"

/* The sessions @reply is about (gint64). */
static GArray *
reply_sessions (TaStore             *self,
                const TaStoreReply  *reply,
                GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (reply->session_id > 0)
    {
      stmt = _ta_store_prepare (self, "SELECT id FROM sessions WHERE id = ?1", error);
      if (stmt == NULL)
        return NULL;
      _ta_store_bind_id (stmt, 1, reply->session_id);
    }
  else if (reply->occurrence != NULL)
    {
      stmt = _ta_store_prepare (self, "SELECT id FROM sessions WHERE series_id = ?1 AND occurrence_start = ?2",
                                error);
      if (stmt == NULL)
        return NULL;
      _ta_store_bind_id (stmt, 1, reply->series_id);
      ta_database_bind_date_time (stmt, 2, reply->occurrence);
    }
  else
    {
      stmt = _ta_store_prepare (self, "SELECT id FROM sessions WHERE series_id = ?1 ORDER BY id", error);
      if (stmt == NULL)
        return NULL;
      _ta_store_bind_id (stmt, 1, reply->series_id);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The sessions could not be read"));
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static gboolean
is_invited (TaStore     *self,
            gint64       session_id,
            const char  *email,
            gboolean    *out_invited,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT 1 FROM (" INVITED_SQL ") WHERE email = ?2 COLLATE NOCASE", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, session_id);
  _ta_store_bind_text (stmt, 2, email);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The session could not be read"));
  *out_invited = rc == SQLITE_ROW;
  return TRUE;
}

/* Upserts the answer unless a later one is there; whether it was. */
static gboolean
upsert_response (TaStore             *self,
                 gint64               session_id,
                 const TaStoreReply  *reply,
                 gboolean            *out_written,
                 GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _ta_store_prepare (self,
                            "INSERT INTO session_responses (session_id, email, response, responded_at) "
                            "VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (session_id, email) DO UPDATE SET "
                            "  response = excluded.response, responded_at = excluded.responded_at "
                            "  WHERE excluded.responded_at >= session_responses.responded_at", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_id (stmt, 1, session_id);
  _ta_store_bind_text (stmt, 2, reply->email);
  _ta_store_bind_text (stmt, 3, reply->response);
  ta_database_bind_date_time (stmt, 4, reply->responded_at);
  if (!_ta_store_step_done (self, stmt, _("The answer could not be recorded"), error))
    return FALSE;

  *out_written = sqlite3_changes (self->db) > 0;
  return TRUE;
}

static gboolean
record_reply (TaStore       *self,
              TaStoreReply  *reply,
              GArray        *changed,
              GError       **error)
{
  g_autoptr(GArray) sessions = reply_sessions (self, reply, error);
  gboolean invited_anywhere = FALSE;
  gboolean later_known = FALSE;

  if (sessions == NULL)
    return FALSE;

  reply->n_sessions = 0;
  for (guint i = 0; i < sessions->len; i++)
    {
      gint64 session_id = g_array_index (sessions, gint64, i);
      gboolean invited = FALSE;
      gboolean written = FALSE;

      if (!is_invited (self, session_id, reply->email, &invited, error))
        return FALSE;
      if (!invited)
        continue;
      invited_anywhere = TRUE;

      if (!upsert_response (self, session_id, reply, &written, error))
        return FALSE;
      if (written)
        {
          reply->n_sessions++;
          g_array_append_val (changed, session_id);
        }
      else
        later_known = TRUE;
    }

  if (sessions->len == 0)
    reply->outcome = TA_STORE_REPLY_UNKNOWN_SESSION;
  else if (!invited_anywhere)
    reply->outcome = TA_STORE_REPLY_UNKNOWN_ATTENDEE;
  else if (reply->n_sessions == 0 && later_known)
    reply->outcome = TA_STORE_REPLY_LATER_KNOWN;
  else
    reply->outcome = TA_STORE_REPLY_RECORDED;
  return TRUE;
}

/**
 * ta_store_record_replies:
 * @self: a #TaStore
 * @replies: (array length=n_replies): the answers of one REPLY file;
 *   each one's outcome and n_sessions are set
 * @n_replies: how many
 * @error: a #TA_STORE_ERROR
 *
 * Records each answer against the sessions it is about, for an address
 * invited to them, unless an answer of a later time is recorded already;
 * the rest are left out (their outcome says why).  One transaction for
 * the file; each session that got an answer is announced as updated, so
 * that views showing the answers refresh.
 *
 * Returns: %FALSE on error, with nothing recorded
 */
gboolean
ta_store_record_replies (TaStore       *self,
                         TaStoreReply  *replies,
                         guint          n_replies,
                         GError       **error)
{
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (replies != NULL || n_replies == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;
    for (guint i = 0; i < n_replies; i++)
      if (!record_reply (self, &replies[i], changed, error))
        {
          _ta_store_rollback (self);
          return FALSE;
        }

    /* Announced from inside, held until the COMMIT */
    for (guint i = 0; i < changed->len; i++)
      {
        gboolean again = FALSE;

        for (guint j = 0; j < i && !again; j++)
          again = g_array_index (changed, gint64, j) == g_array_index (changed, gint64, i);
        if (!again)
          _ta_store_emit_fresh (self, SESSION_UPDATED, g_array_index (changed, gint64, i));
      }

    if (!_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  return TRUE;
}

void
ta_store_session_response_free (TaStoreSessionResponse *response)
{
  if (response == NULL)
    return;
  g_free (response->email);
  g_free (response->response);
  g_clear_pointer (&response->responded_at, g_date_time_unref);
  g_free (response);
}

/**
 * ta_store_list_session_responses:
 * @self: a #TaStore
 * @session_id: a session
 * @error: a #TA_STORE_ERROR
 *
 * The answers to the invitations of @session_id: once an invitation was
 * sent for it (or its series), every invited person with an address,
 * with their answer or none yet; and any other address that answered.
 * Nothing when none was sent and nobody answered.  By address.
 *
 * Returns: (transfer full) (element-type TaStoreSessionResponse): the
 *   answers, or %NULL on error
 */
GPtrArray *
ta_store_list_session_responses (TaStore  *self,
                                 gint64    session_id,
                                 GError  **error)
{
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  STORE_LOCKED (self);

  stmt = _ta_store_prepare (self,
                            "WITH invited AS (" INVITED_SQL "), "
                            "sent AS (SELECT 1 FROM sessions s LEFT JOIN session_series r ON r.id = s.series_id "
                            "  WHERE s.id = ?1 AND (s.invitation_sequence >= 0 "
                            "  OR coalesce (r.invitation_sequence, -1) >= 0)) "
                            "SELECT i.email, i.id, r.response, r.responded_at FROM invited i "
                            "  LEFT JOIN session_responses r ON r.session_id = ?1 AND r.email = i.email COLLATE NOCASE "
                            "  WHERE length (i.email) > 0 AND (EXISTS (SELECT 1 FROM sent) OR r.response IS NOT NULL) "
                            "UNION ALL "
                            "SELECT r.email, 0, r.response, r.responded_at FROM session_responses r "
                            "  WHERE r.session_id = ?1 "
                            "  AND NOT EXISTS (SELECT 1 FROM invited i WHERE i.email = r.email COLLATE NOCASE) "
                            "ORDER BY 1 COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  _ta_store_bind_id (stmt, 1, session_id);

  responses = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_store_session_response_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaStoreSessionResponse *response = g_new0 (TaStoreSessionResponse, 1);

      response->email = _ta_store_column_text (stmt, 0);
      response->participant_id = sqlite3_column_int64 (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          response->response = _ta_store_column_text (stmt, 2);
          response->responded_at = ta_database_column_date_time (stmt, 3);
        }
      g_ptr_array_add (responses, response);
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The answers could not be read"));
      return NULL;
    }

  return g_steal_pointer (&responses);
}
