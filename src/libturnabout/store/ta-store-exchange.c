/* ta-store-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store-exchange-private.h"

/*
 * Exchange files in the store (docs/exchange.md): the programme's side
 * (settings), uids, the checks a file passes before it is compared with
 * the programme, the exchange log, and the two walks' driver: a preview
 * reads in one transaction and writes nothing; an apply does the same
 * walk, writing, in one BEGIN IMMEDIATE transaction, then announces what
 * changed through the store's signals after the COMMIT.
 */

/* Helpers of the exchange files */

sqlite3_stmt *
_ta_ex_statement (TaStore     *self,
                  const char  *sql,
                  GError     **error)
{
  return ta_database_get_statement (self->database, sql, error);
}

gboolean
_ta_ex_sql_error (TaStore  *self,
                  int       rc,
                  GError  **error)
{
  return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme could not be read"));
}

gboolean
_ta_ex_read_setting (TaStore     *self,
                     const char  *key,
                     char       **out_value,
                     GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (self, "SELECT value FROM settings WHERE key = ?1", error);
  int rc;

  *out_value = NULL;
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = _ta_store_column_text (stmt, 0);
  else if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

/* Inside a write transaction; @value NULL removes the key. */
gboolean
_ta_ex_write_setting (TaStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;

  if (value == NULL)
    stmt = _ta_ex_statement (self, "DELETE FROM settings WHERE key = ?1", error);
  else
    stmt = _ta_ex_statement (self,
                             "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_text (stmt, 1, key);
  if (value != NULL)
    _ta_store_bind_text (stmt, 2, value);

  return _ta_store_step_done (self, stmt, _("The setting could not be saved"), error);
}

char *
_ta_ex_uid (const char *programme_id,
            const char *type,
            gint64      id,
            const char *exchange_uid)
{
  if (exchange_uid != NULL && *exchange_uid != '\0')
    return g_strdup (exchange_uid);

  return g_strdup_printf ("%s:%s:%" G_GINT64_FORMAT, programme_id, type, id);
}

gboolean
_ta_ex_resolve (TaExMerge   *merge,
                const char  *table,
                const char  *type,
                const char  *uid,
                gint64      *out_id,
                GError     **error)
{
  TaStore *self = merge->store;
  gsize prefix = strlen (merge->programme_id);
  g_autofree char *sql = NULL;
  int rc;

  *out_id = 0;
  if (uid == NULL)
    return TRUE;

  /* One of ours: "<programme-id>:<type>:<id>", if it is still here. */
  if (strncmp (uid, merge->programme_id, prefix) == 0 && uid[prefix] == ':' &&
      strncmp (uid + prefix + 1, type, strlen (type)) == 0 &&
      uid[prefix + 1 + strlen (type)] == ':')
    {
      const char *number = uid + prefix + 2 + strlen (type);
      guint64 id = 0;

      if (g_ascii_string_to_unsigned (number, 10, 1, G_MAXINT64, &id, NULL))
        {
          TA_EX_CACHED sqlite3_stmt *stmt = NULL;

          sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table);
          stmt = _ta_ex_statement (self, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, (gint64) id);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            {
              *out_id = (gint64) id;
              return TRUE;
            }
          if (rc != SQLITE_DONE)
            return _ta_ex_sql_error (self, rc, error);
        }
      g_clear_pointer (&sql, g_free);
    }

  {
    TA_EX_CACHED sqlite3_stmt *stmt = NULL;

    sql = g_strdup_printf ("SELECT id FROM %s WHERE exchange_uid = ?1", table);
    stmt = _ta_ex_statement (self, sql, error);
    if (stmt == NULL)
      return FALSE;
    _ta_store_bind_text (stmt, 1, uid);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      *out_id = sqlite3_column_int64 (stmt, 0);
    else if (rc != SQLITE_DONE)
      return _ta_ex_sql_error (self, rc, error);
  }

  return TRUE;
}

/* Sides */

static gboolean
has_participants (TaStore   *self,
                  gboolean  *out_any,
                  GError   **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (self, "SELECT EXISTS (SELECT 1 FROM participants)", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (self, rc, error);
  *out_any = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gboolean
read_side (TaStore          *self,
           TaProgrammeSide  *out_side,
           GError          **error)
{
  g_autofree char *side = NULL;
  gboolean any = FALSE;

  if (!_ta_ex_read_setting (self, TA_STORE_SIDE_KEY, &side, error))
    return FALSE;
  if (g_strcmp0 (side, "personal") == 0)
    *out_side = TA_PROGRAMME_SIDE_PERSONAL;
  else if (g_strcmp0 (side, "facilitator") == 0)
    *out_side = TA_PROGRAMME_SIDE_FACILITATOR;
  else if (!has_participants (self, &any, error))
    return FALSE;
  else
    *out_side = any ? TA_PROGRAMME_SIDE_FACILITATOR : TA_PROGRAMME_SIDE_UNDECIDED;

  return TRUE;
}

/**
 * ta_store_get_side:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: the side the programme is on (the `programme-side` setting;
 *   without it, undecided when the programme has no participant, else a
 *   facilitator's); %TA_PROGRAMME_SIDE_FACILITATOR on error
 */
TaProgrammeSide
ta_store_get_side (TaStore  *self,
                   GError  **error)
{
  TaProgrammeSide side = TA_PROGRAMME_SIDE_FACILITATOR;

  g_return_val_if_fail (TA_IS_STORE (self), side);

  {
    STORE_LOCKED (self);

    read_side (self, &side, error);
  }

  return side;
}

static gboolean
refuse_unless_empty (TaStore  *self,
                     GError  **error)
{
  TaProgrammeSide side;

  if (!read_side (self, &side, error))
    return FALSE;
  if (side != TA_PROGRAMME_SIDE_UNDECIDED)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("This programme already has people or a side: only a new, empty "
                             "programme can choose its side"));
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_set_facilitator_side:
 * @self: a #TaStore
 * @error: %TA_STORE_ERROR_INVALID when the programme is not empty
 *
 * "I run a programme": only while the programme is undecided.
 *
 * Returns: %TRUE when saved
 */
gboolean
ta_store_set_facilitator_side (TaStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);

  {
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;
    if (!refuse_unless_empty (self, error) ||
        !_ta_ex_write_setting (self, TA_STORE_SIDE_KEY, "facilitator", error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);
  return TRUE;
}

static gboolean
make_personal_in_transaction (TaStore   *self,
                              gpointer   user_data,
                              GError   **error)
{
  TaParticipant *me = user_data;
  g_autofree char *id = NULL;

  if (!refuse_unless_empty (self, error) ||
      !ta_store_add_participant (self, me, error))
    return FALSE;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, ta_participant_get_id (me));
  return _ta_ex_write_setting (self, TA_STORE_SIDE_KEY, "personal", error) &&
         _ta_ex_write_setting (self, TA_STORE_ME_KEY, id, error);
}

/**
 * ta_store_make_personal:
 * @self: a #TaStore
 * @me: the person who keeps the programme, new; its id is set
 * @error: %TA_STORE_ERROR_INVALID when the programme is not empty, or
 *   @me is not valid
 *
 * "I keep my own mentoring": adds @me and makes the programme personal,
 * in one transaction.
 *
 * Returns: %TRUE when done
 */
gboolean
ta_store_make_personal (TaStore        *self,
                        TaParticipant  *me,
                        GError        **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PARTICIPANT (me), FALSE);

  if (!_ta_store_run_in_transaction (self, make_personal_in_transaction, me, error))
    return FALSE;

  _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);
  return TRUE;
}

static gint64
read_me (TaStore  *self,
         GError  **error)
{
  g_autofree char *me = NULL;
  guint64 id = 0;

  if (!_ta_ex_read_setting (self, TA_STORE_ME_KEY, &me, error))
    return 0;
  if (me == NULL || !g_ascii_string_to_unsigned (me, 10, 1, G_MAXINT64, &id, NULL))
    return 0;

  return (gint64) id;
}

/**
 * ta_store_get_me:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: the participant id of "me" in a personal programme, else 0
 */
gint64
ta_store_get_me (TaStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), 0);

  {
    STORE_LOCKED (self);

    return read_me (self, error);
  }
}

/* Reading a pair for a file */

static gboolean
begin_read (TaStore  *self,
            gboolean *out_began,
            GError  **error)
{
  *out_began = FALSE;
  if (ta_database_in_transaction (self->database))
    return TRUE;
  if (!ta_database_exec (self->database, "BEGIN", error))
    return FALSE;
  *out_began = TRUE;
  return TRUE;
}

static void
end_read (TaStore  *self,
          gboolean  began)
{
  if (began)
    ta_database_exec (self->database, "COMMIT", NULL);
}

/**
 * ta_store_read_exchange:
 * @self: a #TaStore
 * @pairing_id: the pair
 * @error: %TA_EXCHANGE_ERROR_NO_PAIR when the pair is not here, or (on a
 *   personal programme) came from no facilitator's kit;
 *   %TA_EXCHANGE_ERROR_WRONG_SIDE on an undecided programme
 *
 * Returns: (transfer full) (type gpointer): the TaExContent of the file
 */
gpointer
ta_store_read_exchange (TaStore  *self,
                        gint64    pairing_id,
                        GError  **error)
{
  g_autoptr(TaExContent) content = NULL;
  TaProgrammeSide side;
  gboolean began = FALSE;
  gboolean ok;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  {
    STORE_LOCKED (self);

    if (!begin_read (self, &began, error))
      return NULL;
    ok = read_side (self, &side, error);
    if (ok && side == TA_PROGRAMME_SIDE_UNDECIDED)
      {
        ok = FALSE;
        g_set_error_literal (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_WRONG_SIDE,
                             _("This programme has no pairs to send yet"));
      }
    if (ok)
      {
        content = ta_ex_content_new (side == TA_PROGRAMME_SIDE_PERSONAL ? TA_EXCHANGE_PAIR_UPDATE
                                                                         : TA_EXCHANGE_PAIR_KIT);
        ok = side == TA_PROGRAMME_SIDE_PERSONAL ? _ta_ex_read_update (self, content, pairing_id, error)
                                                : _ta_ex_read_kit (self, content, pairing_id, error);
      }
    end_read (self, began);
  }

  if (!ok)
    return NULL;

  content->id = g_uuid_string_random ();
  content->written = g_date_time_new_now_utc ();
  return g_steal_pointer (&content);
}

/* The checks of docs/exchange.md, 4 to 7 */

static gboolean
check_side (TaExMerge  *merge,
            const char *display,
            GError    **error)
{
  TaProgrammeSide side;

  if (!read_side (merge->store, &side, error))
    return FALSE;

  if (merge->content->kind == TA_EXCHANGE_PAIR_KIT && side == TA_PROGRAMME_SIDE_FACILITATOR)
    {
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_WRONG_SIDE,
                   /* Translators: %s is a file name */
                   _("“%s” is a pair kit, for the pair's own Turnabout: open it in a personal "
                     "programme or a new, empty one"), display);
      return FALSE;
    }
  if (merge->content->kind == TA_EXCHANGE_PAIR_UPDATE && side != TA_PROGRAMME_SIDE_FACILITATOR)
    {
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_WRONG_SIDE,
                   /* Translators: %s is a file name */
                   _("“%s” is a pair update, for the facilitator's programme: it cannot be "
                     "opened in a personal programme"), display);
      return FALSE;
    }

  _ta_exchange_preview_set_makes_personal (merge->preview, side == TA_PROGRAMME_SIDE_UNDECIDED);
  return TRUE;
}

static gboolean
check_programme (TaExMerge  *merge,
                 const char *display,
                 GError    **error)
{
  g_autofree char *home = NULL;
  const char *expected = merge->programme_id;

  if (merge->content->kind == TA_EXCHANGE_PAIR_KIT)
    {
      if (!_ta_ex_read_setting (merge->store, TA_STORE_HOME_PROGRAMME_KEY, &home, error))
        return FALSE;
      expected = home;
    }

  if (expected != NULL && g_strcmp0 (expected, merge->content->programme) != 0)
    {
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_OTHER_PROGRAMME,
                   /* Translators: %s is a file name */
                   _("“%s” comes from another programme than this one; nothing was changed"), display);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_pair (TaExMerge  *merge,
            const char *display,
            GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  if (!_ta_ex_resolve (merge, "pairings", "pairing", merge->content->pair_uid, &merge->pairing_id, error))
    return FALSE;

  if (merge->pairing_id == 0)
    {
      if (merge->content->kind == TA_EXCHANGE_PAIR_KIT)
        return TRUE;
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR,
                   /* Translators: %s is a file name */
                   _("The pair of “%s” is not in this programme (any more); nothing was changed"), display);
      return FALSE;
    }

  stmt = _ta_ex_statement (merge->store, "SELECT mentor_id, mentee_id FROM pairings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);
  merge->person[TA_PAIR_SIDE_MENTOR] = sqlite3_column_int64 (stmt, 0);
  merge->person[TA_PAIR_SIDE_MENTEE] = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* Whether the file was applied already (@out_applied), or an older one
 * than one applied (STALE). */
static gboolean
check_log (TaExMerge  *merge,
           const char *display,
           gboolean   *out_applied,
           GError    **error)
{
  TaStore *self = merge->store;
  g_autofree char *written = ta_time_to_utc_string (merge->content->written);
  int rc;

  *out_applied = FALSE;
  {
    TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (self, "SELECT 1 FROM exchange_log WHERE file_uid = ?1",
                                                        error);

    if (stmt == NULL)
      return FALSE;
    _ta_store_bind_text (stmt, 1, merge->content->id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      {
        *out_applied = TRUE;
        return TRUE;
      }
    if (rc != SQLITE_DONE)
      return _ta_ex_sql_error (self, rc, error);
  }

  {
    TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (self,
                                                        "SELECT 1 FROM exchange_log WHERE pairing_uid = ?1 "
                                                        "AND kind = ?2 AND written_at > ?3 LIMIT 1",
                                                        error);

    if (stmt == NULL)
      return FALSE;
    _ta_store_bind_text (stmt, 1, merge->content->pair_uid);
    _ta_store_bind_text (stmt, 2, ta_exchange_kind_to_string (merge->content->kind));
    _ta_store_bind_text (stmt, 3, written);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_ROW)
      {
        g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_STALE,
                     /* Translators: %s is a file name */
                     _("“%s” is older than a file of the same pair applied already; "
                       "nothing was changed"), display);
        return FALSE;
      }
    if (rc != SQLITE_DONE)
      return _ta_ex_sql_error (self, rc, error);
  }

  return TRUE;
}

static gboolean
write_log (TaExMerge  *merge,
           GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  g_autofree char *written = ta_time_to_utc_string (merge->content->written);

  stmt = _ta_ex_statement (merge->store,
                           "INSERT INTO exchange_log (file_uid, kind, pairing_uid, written_at, applied_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);
  if (stmt == NULL)
    return FALSE;
  _ta_store_bind_text (stmt, 1, merge->content->id);
  _ta_store_bind_text (stmt, 2, ta_exchange_kind_to_string (merge->content->kind));
  _ta_store_bind_text (stmt, 3, merge->content->pair_uid);
  _ta_store_bind_text (stmt, 4, written);
  _ta_store_bind_text (stmt, 5, merge->now);
  return _ta_store_step_done (merge->store, stmt, _("The exchange file could not be recorded"), error);
}

/* The pair in words, "Anna Peeters and Marc Dubois": the local names
 * when the pair is here, else the kit's. */
static gboolean
name_pair (TaExMerge  *merge,
           GError    **error)
{
  g_autofree char *names[TA_EX_SIDES] = { NULL, NULL };
  g_autofree char *pair = NULL;

  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      if (merge->person[side] != 0)
        {
          TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (merge->store,
                                                              "SELECT name FROM participants WHERE id = ?1",
                                                              error);
          int rc;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, merge->person[side]);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            names[side] = _ta_store_column_text (stmt, 0);
          else if (rc != SQLITE_DONE)
            return _ta_ex_sql_error (merge->store, rc, error);
        }
      for (guint i = 0; names[side] == NULL && i < merge->content->people->len; i++)
        {
          TaExPerson *person = g_ptr_array_index (merge->content->people, i);

          if (person->side == side)
            names[side] = g_strdup (person->name);
        }
    }

  /* Translators: a pair in words; %1$s is the mentor's name, %2$s the mentee's */
  pair = g_strdup_printf (_("%1$s and %2$s"), names[0] != NULL ? names[0] : "?",
                          names[1] != NULL ? names[1] : "?");
  _ta_exchange_preview_set_pair (merge->preview, pair);
  return TRUE;
}

/* The walk: every check, then the merge (writing when merge->write). */
static gboolean
walk (TaExMerge  *merge,
      GError    **error)
{
  const char *path = ta_exchange_preview_get_path (merge->preview);
  g_autofree char *display = g_filename_display_basename (path != NULL ? path : "");
  gboolean applied = FALSE;

  merge->programme_id = ta_store_get_programme_id (merge->store, error);
  if (merge->programme_id == NULL)
    return FALSE;
  merge->now = ta_database_now_text ();
  merge->me = read_me (merge->store, NULL);

  _ta_exchange_preview_clear (merge->preview);
  if (!check_side (merge, display, error) ||
      !check_programme (merge, display, error) ||
      !check_pair (merge, display, error) ||
      !name_pair (merge, error) ||
      !check_log (merge, display, &applied, error))
    return FALSE;

  if (applied)
    {
      _ta_exchange_preview_set_makes_personal (merge->preview, FALSE);
      _ta_exchange_preview_add (merge->preview, TA_EXCHANGE_CHANGE_KEEP, _("Already applied; nothing changes."));
      return TRUE;
    }

  if (merge->content->kind == TA_EXCHANGE_PAIR_UPDATE ? !_ta_ex_merge_update (merge, error)
                                                      : !_ta_ex_merge_kit (merge, error))
    return FALSE;

  return !merge->write || write_log (merge, error);
}

static void
merge_clear (TaExMerge *merge)
{
  g_clear_pointer (&merge->programme_id, g_free);
  g_clear_pointer (&merge->now, g_free);
  g_clear_pointer (&merge->participants_added, g_array_unref);
  g_clear_pointer (&merge->participants_updated, g_array_unref);
  g_clear_pointer (&merge->sessions_added, g_array_unref);
  g_clear_pointer (&merge->sessions_updated, g_array_unref);
  g_clear_pointer (&merge->topics_added, g_array_unref);
  g_clear_pointer (&merge->topics_updated, g_array_unref);
}

static void
merge_init (TaExMerge         *merge,
            TaStore           *store,
            TaExchangePreview *preview,
            gboolean           write)
{
  memset (merge, 0, sizeof *merge);
  merge->store = store;
  merge->preview = preview;
  merge->content = _ta_exchange_preview_get_content (preview);
  merge->write = write;
  merge->participants_added = g_array_new (FALSE, FALSE, sizeof (gint64));
  merge->participants_updated = g_array_new (FALSE, FALSE, sizeof (gint64));
  merge->sessions_added = g_array_new (FALSE, FALSE, sizeof (gint64));
  merge->sessions_updated = g_array_new (FALSE, FALSE, sizeof (gint64));
  merge->topics_added = g_array_new (FALSE, FALSE, sizeof (gint64));
  merge->topics_updated = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * ta_store_exchange_read:
 * @self: a #TaStore
 * @data: the file's bytes
 * @length: their length
 * @path: the file, for the preview and the messages
 * @error: a #TA_EXCHANGE_ERROR (the file is refused) or #TA_STORE_ERROR
 *
 * Returns: (transfer full): what applying the file would do
 */
TaExchangePreview *
ta_store_exchange_read (TaStore     *self,
                        const char  *data,
                        gsize        length,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autofree char *display = g_filename_display_basename (path);
  TaExContent *content;
  TaExMerge merge;
  gboolean began = FALSE;
  gboolean ok;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  content = ta_exchange_read_bytes (data, length, display, error);
  if (content == NULL)
    return NULL;
  preview = _ta_exchange_preview_new (content, path);

  merge_init (&merge, self, preview, FALSE);
  {
    STORE_LOCKED (self);

    ok = begin_read (self, &began, error) && walk (&merge, error);
    end_read (self, began);
  }
  merge_clear (&merge);

  return ok ? g_steal_pointer (&preview) : NULL;
}

static void
emit_all (TaStore *self,
          guint    signal,
          guint    reset,
          GArray  *ids)
{
  if (ids->len > TA_STORE_CASCADE_RESET_AT)
    {
      _ta_store_emit (self, reset, NULL, 0);
      return;
    }
  for (guint i = 0; i < ids->len; i++)
    _ta_store_emit_fresh (self, signal, g_array_index (ids, gint64, i));
}

/**
 * ta_store_exchange_apply:
 * @self: a #TaStore
 * @preview: what ta_store_exchange_read() gave
 * @error: a #TA_EXCHANGE_ERROR (a check fails now), or
 *   %TA_STORE_ERROR_CHANGED when applying would now do something else
 *   than @preview says (read it again)
 *
 * Writes the file in one BEGIN IMMEDIATE transaction, with every check
 * done again inside it, and logs it; then announces the changes.  The
 * same file twice changes nothing the second time.
 *
 * Returns: %TRUE when applied
 */
gboolean
ta_store_exchange_apply (TaStore           *self,
                         TaExchangePreview *preview,
                         GError           **error)
{
  g_autoptr(TaExchangePreview) again = NULL;
  TaExMerge merge;
  gboolean ok;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_EXCHANGE_PREVIEW (preview), FALSE);

  /* The walk fills a preview of its own, compared with the one shown. */
  again = _ta_exchange_preview_new_sharing (preview);

  merge_init (&merge, self, again, TRUE);
  {
    STORE_LOCKED (self);

    ok = _ta_store_begin (self, error);
    if (ok)
      {
        ok = walk (&merge, error);
        if (ok && !_ta_exchange_preview_same (preview, again))
          {
            ok = FALSE;
            g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_CHANGED,
                                 _("The programme changed since the file was read: read it again "
                                   "to see what it would change"));
          }
        if (ok)
          {
            emit_all (self, PARTICIPANT_ADDED, PARTICIPANTS_RESET, merge.participants_added);
            emit_all (self, PARTICIPANT_UPDATED, PARTICIPANTS_RESET, merge.participants_updated);
            if (merge.pairing_added || merge.pairing_updated)
              _ta_store_emit_fresh (self, merge.pairing_added ? PAIRING_ADDED : PAIRING_UPDATED,
                                    merge.pairing_id);
            emit_all (self, SESSION_ADDED, SESSIONS_RESET, merge.sessions_added);
            emit_all (self, SESSION_UPDATED, SESSIONS_RESET, merge.sessions_updated);
            if (merge.topics_moved)
              _ta_store_emit (self, TOPICS_RESET, NULL, 0);
            else
              {
                emit_all (self, TOPIC_ADDED, TOPICS_RESET, merge.topics_added);
                emit_all (self, TOPIC_UPDATED, TOPICS_RESET, merge.topics_updated);
              }
            if (merge.check_ins_added > 0)
              _ta_store_emit (self, CHECK_INS_CHANGED, NULL, 0);
            if (ta_exchange_preview_makes_personal (preview))
              _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);
            ok = _ta_store_commit (self, error);
          }
        else
          _ta_store_rollback (self);
      }
  }
  merge_clear (&merge);

  return ok;
}
