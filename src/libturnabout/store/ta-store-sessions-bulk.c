/* ta-store-sessions-bulk.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

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

/* With the lock held: adds @sessions. */
static gboolean
add_locked (TaStore    *self,
            GPtrArray  *sessions,
            GError    **error)
{
  if (!_ta_store_begin (self, error))
    return FALSE;

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

    if (!add_locked (self, sessions, error))
      return FALSE;
  }

  emit_added (self, sessions);
  return TRUE;
}

/* Calendar imports */

TaSessionOrigin *
_ta_session_origin_new (const char *uid,
                        GDateTime  *recurrence_id,
                        gint64      sequence,
                        GDateTime  *last_modified)
{
  TaSessionOrigin *origin = g_new0 (TaSessionOrigin, 1);

  g_assert (uid != NULL && *uid != '\0');

  origin->uid = g_strdup (uid);
  origin->recurrence_id = recurrence_id != NULL ? ta_time_to_utc_string (recurrence_id) : g_strdup ("");
  origin->sequence = sequence;
  origin->last_modified = last_modified != NULL ? ta_time_to_utc_string (last_modified) : NULL;
  return origin;
}

void
_ta_session_origin_free (TaSessionOrigin *origin)
{
  if (origin == NULL)
    return;

  g_free (origin->uid);
  g_free (origin->recurrence_id);
  g_free (origin->last_modified);
  g_free (origin);
}

/* The key of an event in TaStoreImportState.origins. */
char *
_ta_session_origin_key (const char *uid,
                        const char *recurrence_id)
{
  return g_strconcat (uid, "\n", recurrence_id != NULL ? recurrence_id : "", NULL);
}

/**
 * _ta_store_load_import_state:
 * @self: a #TaStore
 * @out_state: (out caller-allocates): where imported sessions came from,
 *   when each session last changed, and the programme's id
 * @error: a #TA_STORE_ERROR
 *
 * Inside the import's transaction, or on its own for a preview.
 */
gboolean
_ta_store_load_import_state (TaStore             *self,
                             TaStoreImportState  *out_state,
                             GError             **error)
{
  g_autoptr(sqlite3_stmt) origins = NULL;
  g_autoptr(sqlite3_stmt) stamps = NULL;
  g_autoptr(sqlite3_stmt) setting = NULL;
  int rc;
  STORE_LOCKED (self);

  g_assert (TA_IS_STORE (self));
  g_assert (out_state != NULL);

  out_state->origins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) _ta_session_origin_free);
  out_state->origin_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  out_state->updated_at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  out_state->programme_id = NULL;

  origins = _ta_store_prepare (self,
                               "SELECT session_id, uid, recurrence_id, sequence, last_modified "
                               "FROM session_origins",
                               error);
  if (origins == NULL)
    return FALSE;
  while ((rc = sqlite3_step (origins)) == SQLITE_ROW)
    {
      TaSessionOrigin *origin = g_new0 (TaSessionOrigin, 1);

      origin->session_id = sqlite3_column_int64 (origins, 0);
      origin->uid = _ta_store_column_text (origins, 1);
      origin->recurrence_id = _ta_store_column_text (origins, 2);
      if (origin->recurrence_id == NULL)
        origin->recurrence_id = g_strdup ("");
      origin->sequence = sqlite3_column_int64 (origins, 3);
      origin->last_modified = _ta_store_column_text (origins, 4);
      g_hash_table_insert (out_state->origin_of, &origin->session_id, origin);
      g_hash_table_insert (out_state->origins,
                           _ta_session_origin_key (origin->uid, origin->recurrence_id), origin);
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));

  stamps = _ta_store_prepare (self, "SELECT id, updated_at FROM sessions", error);
  if (stamps == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stamps)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stamps, 0);

      g_hash_table_insert (out_state->updated_at, g_memdup2 (&id, sizeof id),
                           _ta_store_column_text (stamps, 1));
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));

  /* Made and kept by the export (ta-ical-private.h). */
  setting = _ta_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", error);
  if (setting == NULL)
    return FALSE;
  sqlite3_bind_text (setting, 1, TA_STORE_PROGRAMME_ID_KEY, -1, SQLITE_STATIC);
  rc = sqlite3_step (setting);
  if (rc == SQLITE_ROW)
    out_state->programme_id = _ta_store_column_text (setting, 0);
  else if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));

  return TRUE;
}

void
_ta_store_import_state_clear (TaStoreImportState *state)
{
  g_clear_pointer (&state->origin_of, g_hash_table_unref);
  g_clear_pointer (&state->origins, g_hash_table_unref);
  g_clear_pointer (&state->updated_at, g_hash_table_unref);
  g_clear_pointer (&state->programme_id, g_free);
}

static void
plan_clear (TaStoreImportPlan *plan)
{
  g_clear_pointer (&plan->added, g_ptr_array_unref);
  g_clear_pointer (&plan->added_origins, g_ptr_array_unref);
  g_clear_pointer (&plan->updated, g_ptr_array_unref);
  g_clear_pointer (&plan->stored, g_ptr_array_unref);
  g_clear_pointer (&plan->origins, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaStoreImportPlan, plan_clear)

static gboolean
write_origin (TaStore          *self,
              sqlite3_stmt     *stmt,
              TaSessionOrigin  *origin,
              const char       *now,
              GError          **error)
{
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, origin->session_id);
  sqlite3_bind_text (stmt, 2, origin->uid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, origin->recurrence_id, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, origin->sequence);
  _ta_store_bind_text (stmt, 5, origin->last_modified);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_STATIC);
  return _ta_store_step_done (self, stmt, _("The session could not be saved"), error);
}

/* An imported session: a planned one-on-one of a pairing the reader
 * found in this transaction, validated, with no attendees and no series.
 * With one statement prepared for all of them, since preparing it again
 * for each took a fifth of a 10,000-event import. */
static gboolean
insert_imported (TaStore       *self,
                 sqlite3_stmt  *stmt,
                 TaSession     *session,
                 const char    *now,
                 GError       **error)
{
  g_autofree char *starts_at = ta_time_to_utc_string (session->starts_at);

  g_assert (session->attendees->len == 0 && session->series_id == 0);

  if (!ta_session_validate (session, error))
    return FALSE;

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  sqlite3_bind_text (stmt, 1, ta_session_kind_to_string (session->kind), -1, SQLITE_STATIC);
  _ta_store_bind_id (stmt, 2, session->pairing_id);
  _ta_store_bind_text (stmt, 3, session->title);
  sqlite3_bind_text (stmt, 4, starts_at, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, session->duration);
  _ta_store_bind_text (stmt, 6, session->location);
  sqlite3_bind_text (stmt, 7, ta_session_status_to_string (session->status), -1, SQLITE_STATIC);
  _ta_store_bind_text (stmt, 8, session->notes);
  sqlite3_bind_text (stmt, 9, now, -1, SQLITE_STATIC);
  if (!_ta_store_step_done (self, stmt, _("The session could not be saved"), error))
    return FALSE;

  session->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* With the lock held: @read's plan, written. */
static gboolean
import_locked (TaStore            *self,
               TaStoreImportRead   read,
               gpointer            read_data,
               TaStoreImportPlan  *plan,
               GError            **error)
{
  g_autoptr(sqlite3_stmt) origin = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *now_text = ta_database_now_text ();

  if (!_ta_store_begin (self, error))
    return FALSE;

  if (!read (self, read_data, plan, error))
    goto failed;

  /* An event imported again with another UID, or a session adopted,
   * takes the row over. */
  origin = _ta_store_prepare (self,
                              "INSERT OR REPLACE INTO session_origins "
                              "(session_id, uid, recurrence_id, sequence, last_modified, imported_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              error);
  if (origin == NULL)
    goto failed;
  insert = _ta_store_prepare (self,
                              "INSERT INTO sessions (kind, pairing_id, title, starts_at, duration_minutes, "
                              "location, status, notes, created_at, updated_at) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                              error);
  if (insert == NULL)
    goto failed;

  /* The checks, double-bookings among them, were the reader's: they
   * saw the programme as this transaction does. */
  for (guint i = 0; i < plan->added->len; i++)
    {
      TaSession *session = g_ptr_array_index (plan->added, i);
      TaSessionOrigin *added_origin = g_ptr_array_index (plan->added_origins, i);

      session->id = 0;
      _ta_session_set_series (session, 0, NULL);
      if (session->attendees->len > 0 ? !_ta_store_insert_session (self, session, error)
                                      : !insert_imported (self, insert, session, now_text, error))
        goto failed;
      if (added_origin != NULL)
        {
          added_origin->session_id = session->id;
          if (!write_origin (self, origin, added_origin, now_text, error))
            goto failed;
        }
    }

  for (guint i = 0; i < plan->updated->len; i++)
    {
      TaSession *session = g_ptr_array_index (plan->updated, i);
      TaSession *stored = g_ptr_array_index (plan->stored, i);

      if (!ta_session_status_can_change (stored->status, session->status))
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                       /* Translators: both are session statuses, e.g. “Held” and “Cancelled” */
                       _("A session that is “%1$s” cannot become “%2$s”; mark it planned first"),
                       ta_session_status_get_label (stored->status),
                       ta_session_status_get_label (session->status));
          goto failed;
        }
      _ta_session_set_series (session, stored->series_id, stored->occurrence_start);
      if (!_ta_store_write_session (self, session, stored, error))
        goto failed;
    }

  for (guint i = 0; i < plan->origins->len; i++)
    if (!write_origin (self, origin, g_ptr_array_index (plan->origins, i), now_text, error))
      goto failed;

  if (!_ta_store_commit (self, error))
    goto failed;

  return TRUE;

failed:
  _ta_store_rollback (self);
  for (guint j = 0; plan->added != NULL && j < plan->added->len; j++)
    ((TaSession *) g_ptr_array_index (plan->added, j))->id = 0;
  return FALSE;
}

/**
 * _ta_store_import_sessions:
 * @self: a #TaStore
 * @read: reads the file against the store inside the transaction and
 *   fills in what to write
 * @read_data: for @read
 * @error: @read's error, or a #TA_STORE_ERROR
 *
 * A calendar import: everything @read reads (who is who, which pairings
 * and sessions exist, where imported sessions came from), its checks,
 * and everything written, in one transaction begun with the write lock;
 * then #TaStore::sessions-reset once.  New sessions get their ids.
 */
gboolean
_ta_store_import_sessions (TaStore            *self,
                           TaStoreImportRead   read,
                           gpointer            read_data,
                           GError            **error)
{
  g_auto(TaStoreImportPlan) plan = { NULL, };

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (read != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  plan.added = g_ptr_array_new_with_free_func (g_object_unref);
  plan.added_origins = g_ptr_array_new_with_free_func ((GDestroyNotify) _ta_session_origin_free);
  plan.updated = g_ptr_array_new_with_free_func (g_object_unref);
  plan.stored = g_ptr_array_new_with_free_func (g_object_unref);
  plan.origins = g_ptr_array_new_with_free_func ((GDestroyNotify) _ta_session_origin_free);

  {
    STORE_LOCKED (self);

    if (!import_locked (self, read, read_data, &plan, error))
      return FALSE;
  }

  for (guint i = 0; i < plan.added->len; i++)
    g_object_notify (g_ptr_array_index (plan.added, i), "id");
  if (plan.added->len > 0 || plan.updated->len > 0)
    _ta_store_emit (self, SESSIONS_RESET, NULL, 0);
  return TRUE;
}
