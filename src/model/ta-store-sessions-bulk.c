/* ta-store-sessions-bulk.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-session-private.h"
#include "ta-store-private.h"

/* "2026-03-10 14:00" in local time, as ta_store_check() shows starts. */
static char *
local_start (TaSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* Nobody is double-booked without being told: a new session that
 * overlaps another one (stored, or added earlier in the same batch, which
 * this transaction sees) of one of its people is refused, as
 * ta_store_check() would report it.  Inside the transaction. */
static gboolean
check_no_clash (TaStore    *self,
                TaSession  *session,
                GError    **error)
{
  g_autoptr(GPtrArray) conflicts = _ta_store_find_conflicts (self, session, error);
  TaSession *other;
  g_autofree char *when = NULL;
  g_autofree char *who = NULL;
  g_autofree char *other_when = NULL;
  g_autofree char *other_who = NULL;

  if (conflicts == NULL)
    return FALSE;
  if (conflicts->len == 0)
    return TRUE;

  other = g_ptr_array_index (conflicts, 0);
  when = local_start (session);
  who = _ta_store_describe_people (self, session);
  other_when = local_start (other);
  other_who = _ta_store_describe_people (self, other);
  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
               /* Translators: %1$s and %3$s are dates and times, %2$s and %4$s
                * who the sessions are for (“Ann and Bob”) */
               _("The session on %1$s (%2$s) would overlap the one on %3$s (%4$s)"),
               when, who, other_when, other_who);
  return FALSE;
}

/* With the lock held: adds @sessions, or (@read) the sessions it reads
 * once the transaction has begun. */
static gboolean
add_locked (TaStore              *self,
            GPtrArray            *sessions,
            TaStoreSessionsRead   read,
            gpointer              read_data,
            GPtrArray           **out_read,
            GError              **error)
{
  g_autoptr(GPtrArray) read_sessions = NULL;

  if (!_ta_store_begin (self, error))
    return FALSE;

  if (read != NULL)
    {
      read_sessions = read (self, read_data, error);
      if (read_sessions == NULL)
        {
          _ta_store_rollback (self);
          return FALSE;
        }
      sessions = read_sessions;
    }

  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      session->id = 0;
      _ta_session_set_series (session, 0, NULL);
      if (!_ta_store_insert_session (self, session, error) ||
          !check_no_clash (self, session, error))
        goto failed;
    }

  if (!_ta_store_commit (self, error))
    goto failed;

  if (out_read != NULL)
    *out_read = g_steal_pointer (&read_sessions);
  return TRUE;

failed:
  _ta_store_rollback (self);
  for (guint j = 0; j < sessions->len; j++)
    ((TaSession *) g_ptr_array_index (sessions, j))->id = 0;
  return FALSE;
}

static void
emit_added (TaStore   *self,
            GPtrArray *sessions)
{
  for (guint i = 0; i < sessions->len; i++)
    g_object_notify (g_ptr_array_index (sessions, i), "id");
  if (sessions->len > 0)
    _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
}

/**
 * ta_store_add_sessions:
 * @self: a #TaStore
 * @sessions: (element-type TaSession): new sessions; their ids are set on
 *   success
 * @error: %TA_STORE_ERROR_INVALID says which rule the first bad one
 *   breaks, or which two sessions of one person would overlap
 *
 * Adds all of @sessions in one transaction, or none of them (an import of
 * an .ics file), then emits #TaStore::sessions-reset once.  Sessions added
 * this way belong to no series.  A session that would overlap another one
 * (not cancelled) of one of its people, in the calendar or in @sessions,
 * refuses them all: checked inside the transaction, so a session another
 * process added since a preview counts too.
 */
gboolean
ta_store_add_sessions (TaStore    *self,
                       GPtrArray  *sessions,
                       GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (sessions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < sessions->len; i++)
    g_return_val_if_fail (TA_IS_SESSION (g_ptr_array_index (sessions, i)), FALSE);

  if (sessions->len == 0)
    return TRUE;

  {
    STORE_LOCKED (self);

    if (!add_locked (self, sessions, NULL, NULL, NULL, error))
      return FALSE;
  }

  emit_added (self, sessions);
  return TRUE;
}

/**
 * _ta_store_add_read_sessions:
 * @self: a #TaStore
 * @read: reads the sessions to add, and checks them, against the store
 *   as it is inside the transaction
 * @read_data: for @read
 * @out_sessions: (out) (transfer full): the sessions added
 * @error: @read's error, or a #TA_STORE_ERROR
 *
 * ta_store_add_sessions() for an importer that reads the store (who is
 * who, which pairings exist, which sessions are taken) to make its
 * sessions: everything it reads and everything written is one
 * transaction, begun with the write lock.
 */
gboolean
_ta_store_add_read_sessions (TaStore              *self,
                             TaStoreSessionsRead   read,
                             gpointer              read_data,
                             GPtrArray           **out_sessions,
                             GError              **error)
{
  g_autoptr(GPtrArray) sessions = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (read != NULL, FALSE);
  g_return_val_if_fail (out_sessions != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_sessions = NULL;

  {
    STORE_LOCKED (self);

    if (!add_locked (self, NULL, read, read_data, &sessions, error))
      return FALSE;
  }

  emit_added (self, sessions);
  *out_sessions = g_steal_pointer (&sessions);
  return TRUE;
}
