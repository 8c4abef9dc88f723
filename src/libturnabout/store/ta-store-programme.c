/* ta-store-programme.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-participant.h"
#include "ta-store-private.h"

/*
 * What belongs to the programme as a whole, kept in its file: the
 * programme's own random id, and the facilitator's e-mail address.  Both
 * live in the key/value settings table (migration 2), like the match
 * settings, so they need no schema change; unknown keys are left alone by
 * everyone.
 */

#define FACILITATOR_EMAIL_KEY "facilitator-email"

/* An id made for a programme opened read-only that has none yet: kept on
 * the store object, so that one run at least exports the same UIDs. */
#define UNSAVED_ID_DATA "ta-store-unsaved-programme-id"

/* The value of @key, or NULL (no error) when it is not set. */
static gboolean
read_setting (TaStore     *self,
              const char  *key,
              char       **out_value,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *out_value = NULL;

  stmt = _ta_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_text (stmt, 1, key);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = _ta_store_column_text (stmt, 0);
  else if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The settings could not be read"));

  return TRUE;
}

/* Whether @id looks like what g_uuid_string_random() makes: a value
 * damaged by hand is replaced rather than written into every UID. */
static gboolean
is_programme_id (const char *id)
{
  return id != NULL && g_uuid_string_is_valid (id);
}

/**
 * _ta_store_ensure_programme_id:
 * @self: a writable #TaStore, locked
 * @error: a #TA_STORE_ERROR
 *
 * Gives the programme its random id if it has none (or a damaged one),
 * in a transaction of its own: called when a programme is opened to be
 * written, so that a copy opened read-only later has one too.  Two
 * processes doing it at once keep the first one's.
 *
 * Returns: %TRUE if the programme has an id now
 */
gboolean
_ta_store_ensure_programme_id (TaStore  *self,
                               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *id = NULL;
  g_autofree char *fresh = NULL;
  STORE_LOCKED (self);

  if (!read_setting (self, TA_STORE_PROGRAMME_ID_KEY, &id, error))
    return FALSE;
  if (is_programme_id (id))
    return TRUE;

  fresh = g_uuid_string_random ();
  /* A damaged value is replaced; a valid one another process wrote since
   * the read above is kept. */
  stmt = _ta_store_prepare (self,
                            "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                            "WHERE length (value) <> 36",
                            error);
  if (stmt == NULL || !_ta_store_begin (self, error))
    return FALSE;
  _ta_store_bind_text (stmt, 1, TA_STORE_PROGRAMME_ID_KEY);
  _ta_store_bind_text (stmt, 2, fresh);
  if (!_ta_store_step_done (self, stmt, _("The settings could not be saved"), error) ||
      !_ta_store_commit (self, error))
    {
      _ta_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_get_programme_id:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * The programme's own id: random (a UUID), made once and kept in the
 * file, so that what Turnabout writes for other programs (the UIDs of a
 * calendar, exchange files) never collides with another programme's.  A
 * programme opened read-only that has none yet (one last written by an
 * older Turnabout) gets one that is not saved, the same for as long as
 * @self is open.
 *
 * Returns: (transfer full): the id, or %NULL on error
 */
char *
ta_store_get_programme_id (TaStore  *self,
                           GError  **error)
{
  g_autofree char *id = NULL;
  const char *unsaved;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    STORE_LOCKED (self);

    if (!read_setting (self, TA_STORE_PROGRAMME_ID_KEY, &id, error))
      return NULL;
    if (is_programme_id (id))
      return g_steal_pointer (&id);

    if (!ta_store_is_read_only (self))
      {
        g_clear_pointer (&id, g_free);
        if (!_ta_store_ensure_programme_id (self, error) ||
            !read_setting (self, TA_STORE_PROGRAMME_ID_KEY, &id, error))
          return NULL;
        if (is_programme_id (id))
          return g_steal_pointer (&id);
      }

    unsaved = g_object_get_data (G_OBJECT (self), UNSAVED_ID_DATA);
    if (unsaved == NULL)
      {
        g_object_set_data_full (G_OBJECT (self), UNSAVED_ID_DATA, g_uuid_string_random (), g_free);
        unsaved = g_object_get_data (G_OBJECT (self), UNSAVED_ID_DATA);
      }
    return g_strdup (unsaved);
  }
}

/**
 * ta_store_get_facilitator_email:
 * @self: a #TaStore
 * @out_email: (out) (transfer full) (nullable): the address, or %NULL
 *   when none is set
 * @error: a #TA_STORE_ERROR
 *
 * The address of the programme's facilitator: the organizer of the
 * sessions in an exported calendar (see ta_ical_export()).
 *
 * Returns: %FALSE on error
 */
gboolean
ta_store_get_facilitator_email (TaStore  *self,
                                char    **out_email,
                                GError  **error)
{
  g_autofree char *email = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_email != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *out_email = NULL;

  {
    STORE_LOCKED (self);

    if (!read_setting (self, FACILITATOR_EMAIL_KEY, &email, error))
      return FALSE;
  }

  /* A value damaged by hand is no address: as if none were set. */
  if (email != NULL && ta_validate_email (email, NULL))
    *out_email = g_steal_pointer (&email);

  return TRUE;
}

/**
 * ta_store_set_facilitator_email:
 * @self: a #TaStore
 * @email: (nullable): the address; %NULL or blank to have none
 * @error: %TA_STORE_ERROR_INVALID (with the reason) for an address that
 *   is not one; nothing was written
 *
 * Keeps @email, without surrounding spaces and in Unicode NFC, as the
 * facilitator's address.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
ta_store_set_facilitator_email (TaStore     *self,
                                const char  *email,
                                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normalized = NULL;
  g_autoptr(GError) invalid = NULL;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (email != NULL)
    normalized = ta_email_normalize (email);
  if (normalized != NULL && *normalized != '\0' && !ta_validate_email (normalized, &invalid))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID, invalid->message);
      return FALSE;
    }

  {
    STORE_LOCKED (self);

    if (normalized == NULL || *normalized == '\0')
      stmt = _ta_store_prepare (self, "DELETE FROM settings WHERE key = ?1", error);
    else
      stmt = _ta_store_prepare (self,
                                "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;
    _ta_store_bind_text (stmt, 1, FACILITATOR_EMAIL_KEY);
    if (sqlite3_bind_parameter_count (stmt) >= 2)
      _ta_store_bind_text (stmt, 2, normalized);
    if (!_ta_store_step_done (self, stmt, _("The setting could not be saved"), error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  return TRUE;
}
