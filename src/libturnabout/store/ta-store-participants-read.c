/* ta-store-participants-read.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the directory: participants with their offers and seeks, each list in one ordered scan. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant-private.h"
#include "ta-store-participants-private.h"
#include "ta-store-private.h"

/* Reading participants */

#define PARTICIPANT_COLUMNS \
  "id, name, email, role, department, job_title, career_level, birth_year, location, " \
  "languages, availability, capacity, reports_to, status, notes"

static TaParticipant *
participant_from_row (sqlite3_stmt *stmt)
{
  TaParticipant *participant = ta_participant_new ();
  const char *role = (const char *) sqlite3_column_text (stmt, 3);
  const char *status = (const char *) sqlite3_column_text (stmt, 13);
  g_autofree char *languages = NULL;
  g_auto(GStrv) language_list = NULL;

  participant->id = sqlite3_column_int64 (stmt, 0);
  participant->revision = sqlite3_column_int64 (stmt, 15);
  participant->name = _ta_store_column_text (stmt, 1);
  participant->email = _ta_store_column_text (stmt, 2);
  if (role == NULL || !ta_role_from_string (role, &participant->role))
    participant->role = TA_ROLE_MENTOR;
  participant->department = _ta_store_column_text (stmt, 4);
  participant->job_title = _ta_store_column_text (stmt, 5);
  participant->career_level = CLAMP (sqlite3_column_int (stmt, 6), 0, TA_CAREER_LEVEL_MAX);
  participant->birth_year = MAX (sqlite3_column_int (stmt, 7), 0);
  participant->location = _ta_store_column_text (stmt, 8);
  languages = _ta_store_column_text (stmt, 9);
  language_list = _ta_store_split_list (languages);
  participant->languages = _ta_intern_list ((const char * const *) language_list);
  participant->availability = (TaAvailability) sqlite3_column_int (stmt, 10) & TA_AVAILABILITY_ALL;
  participant->capacity = MAX (sqlite3_column_int (stmt, 11), 0);
  participant->reports_to = MAX (sqlite3_column_int64 (stmt, 12), 0);
  if (status == NULL || !ta_participant_status_from_string (status, &participant->status))
    participant->status = TA_PARTICIPANT_STATUS_ACTIVE;
  participant->notes = _ta_store_column_text (stmt, 14);

  return participant;
}

/* Fills offers and seeks of @participants, which are sorted by id, from
 * one ordered scan of the terms: a merge, not a lookup per person.  Labels
 * come from the vocabulary, read once and interned. */
static gboolean
load_terms (TaStore     *self,
            GPtrArray   *participants,
            gint64       only_id,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) vocabulary = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) offers = g_ptr_array_new ();
  g_autoptr(GPtrArray) seeks = g_ptr_array_new ();
  guint index = 0;
  gint64 current_id = -1;
  int rc;

  vocabulary = _ta_store_prepare (self, "SELECT id, label FROM vocabulary", error);
  if (vocabulary == NULL)
    return FALSE;
  while ((rc = sqlite3_step (vocabulary)) == SQLITE_ROW)
    g_hash_table_insert (labels, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (vocabulary, 0)),
                         (gpointer) g_intern_string ((const char *) sqlite3_column_text (vocabulary, 1)));
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                            _("The programme file could not be read"));

  stmt = _ta_store_prepare (self,
                            "SELECT participant_id, kind, term_id FROM participant_terms "
                            /* a range, not "?1 = 0 OR id = ?1": SQLite can
                             * use the primary key only for the former */
                            "WHERE participant_id BETWEEN ?1 AND ?2 "
                            "ORDER BY participant_id, kind, position",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, only_id);
  sqlite3_bind_int64 (stmt, 2, only_id != 0 ? only_id : G_MAXINT64);

  while (TRUE)
    {
      gint64 id = -1;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      else if (rc != SQLITE_DONE)
        break;

      if (id != current_id && current_id != -1)
        {
          TaParticipant *participant;

          while (index < participants->len &&
                 TA_PARTICIPANT (g_ptr_array_index (participants, index))->id < current_id)
            index++;
          participant = index < participants->len ? g_ptr_array_index (participants, index) : NULL;
          if (participant != NULL && participant->id == current_id)
            {
              g_ptr_array_add (offers, NULL);
              g_ptr_array_add (seeks, NULL);
              participant->offers = _ta_intern_list ((const char * const *) offers->pdata);
              participant->seeks = _ta_intern_list ((const char * const *) seeks->pdata);
            }
          g_ptr_array_set_size (offers, 0);
          g_ptr_array_set_size (seeks, 0);
        }

      if (rc == SQLITE_DONE)
        break;

      current_id = id;
      {
        const char *label = g_hash_table_lookup (labels,
                                                 GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 2)));

        if (label != NULL)
          g_ptr_array_add (sqlite3_column_int (stmt, 1) == TERM_KIND_OFFERS ? offers : seeks,
                           (gpointer) label);
      }
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                            _("The programme file could not be read"));

  return TRUE;
}

/* Participants matching @where (bound to @id or @email), by id. */
GPtrArray *
_ta_store_query_participants (TaStore     *self,
                    const char  *where,
                    gint64       id,
                    const char  *email,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) participants = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT " PARTICIPANT_COLUMNS ", participants.revision FROM participants %s ORDER BY id", where);
  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (email != NULL)
    sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (participants, participant_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));
      return NULL;
    }

  if (participants->len == 1)
    id = TA_PARTICIPANT (g_ptr_array_index (participants, 0))->id;
  if (participants->len > 0 && !load_terms (self, participants, id, error))
    return NULL;

  for (guint i = 0; i < participants->len; i++)
    _ta_participant_get_search_key (g_ptr_array_index (participants, i));

  return g_steal_pointer (&participants);
}

/**
 * ta_store_list_participants:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaParticipant): every
 *   participant, by id
 */
GPtrArray *
ta_store_list_participants (TaStore  *self,
                            GError  **error)
{
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  return _ta_store_query_participants (self, "", 0, NULL, error);
}

TaParticipant *
_ta_store_get_one_participant (TaStore     *self,
         const char  *where,
         gint64       id,
         const char  *email,
         GError     **error)
{
  g_autoptr(GPtrArray) found = _ta_store_query_participants (self, where, id, email, error);

  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                           _("This participant is no longer in the programme"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ta_store_get_participant:
 * @self: a #TaStore
 * @id: the participant's id
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): a fresh copy of the participant
 */
TaParticipant *
ta_store_get_participant (TaStore  *self,
                          gint64    id,
                          GError  **error)
{
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (id > 0, NULL);

  return _ta_store_get_one_participant (self, "WHERE id = ?1", id, NULL, error);
}

/**
 * ta_store_find_participant_by_email:
 * @self: a #TaStore
 * @email: an e-mail address, matched as ta_email_fold() says (without
 *   regard to ASCII case)
 * @error: %TA_STORE_ERROR_NOT_FOUND when there is none
 *
 * Returns: (transfer full) (nullable): the participant
 */
TaParticipant *
ta_store_find_participant_by_email (TaStore     *self,
                                    const char  *email,
                                    GError     **error)
{
  g_autofree char *normal = NULL;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  /* The column's NOCASE collation folds ASCII case; the store keeps NFC. */
  normal = ta_email_normalize (email);
  return _ta_store_get_one_participant (self, "WHERE email = ?1", 0, normal, error);
}

TaParticipant *
_ta_store_get_participant (TaStore  *self,
                           gint64    id,
                           GError  **error)
{
  return _ta_store_get_one_participant (self, "WHERE id = ?1", id, NULL, error);
}

static gint64
lookup_email (TaStore     *self,
              const char  *email,
              GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  /* Kept prepared: the CSV importer asks once per row. */
  stmt = ta_database_get_statement (self->database, "SELECT id FROM participants WHERE email = ?1", error);
  if (stmt == NULL)
    return -1;

  ta_database_bind_text (stmt, 1, email);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));
      return -1;
    }

  return id;
}

/**
 * ta_store_has_email:
 * @self: a #TaStore
 * @email: an e-mail address
 * @error: a #TA_STORE_ERROR
 *
 * Returns: %TRUE if a participant has @email (ASCII case ignored); %FALSE
 *   if none has, or on error (then @error is set)
 */
gboolean
ta_store_has_email (TaStore     *self,
                    const char  *email,
                    GError     **error)
{
  g_autofree char *normal = NULL;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (email != NULL, FALSE);

  normal = ta_email_normalize (email);
  return lookup_email (self, normal, error) > 0;
}

/**
 * _ta_store_get_manager_email:
 * @self: a #TaStore
 * @email: a participant's e-mail address
 * @out_manager: (out) (transfer full) (nullable): the e-mail address of
 *   the one they report to, folded (ta_email_fold()); %NULL when they
 *   are not in the programme or report to nobody
 * @error: a #TA_STORE_ERROR
 *
 * One step up a reporting line, for an importer's loop check; inside its
 * transaction, that is with the lock held.
 */
gboolean
_ta_store_get_manager_email (TaStore     *self,
                             const char  *email,
                             char       **out_manager,
                             GError     **error)
{
  g_autofree char *normal = NULL;
  sqlite3_stmt *stmt;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (email != NULL, FALSE);
  g_return_val_if_fail (out_manager != NULL, FALSE);

  *out_manager = NULL;
  stmt = ta_database_get_statement (self->database,
                                    "SELECT m.email FROM participants p "
                                    "JOIN participants m ON m.id = p.reports_to "
                                    "WHERE p.email = ?1",
                                    error);
  if (stmt == NULL)
    return FALSE;

  normal = ta_email_normalize (email);
  ta_database_bind_text (stmt, 1, normal);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_manager = ta_email_fold ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));

  return TRUE;
}

gint64
ta_store_count_participants (TaStore  *self,
                             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), -1);

  stmt = _ta_store_prepare (self, "SELECT count(*) FROM participants", error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * ta_store_count_participant_links:
 * @self: a #TaStore
 * @id: a participant
 * @out_links: (out caller-allocates): what deleting them would take
 * @error: a #TA_STORE_ERROR
 *
 * Counts, in one read, the pairings ta_store_delete_participant() would
 * delete with them, the sessions of those pairings (with their notes and
 * reflections) and the topics they research or showed interest in, so
 * that the facilitator can be told before, not after.
 *
 * Returns: %FALSE on error
 */
gboolean
ta_store_count_participant_links (TaStore            *self,
                                  gint64              id,
                                  TaParticipantLinks *out_links,
                                  GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_links != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One statement: one snapshot, even while another process writes. */
  stmt = _ta_store_prepare (self,
                            "SELECT"
                            " (SELECT count(*) FROM pairings WHERE mentor_id = ?1 OR mentee_id = ?1),"
                            " (SELECT count(*) FROM sessions WHERE pairing_id IN"
                            "   (SELECT id FROM pairings WHERE mentor_id = ?1 OR mentee_id = ?1)),"
                            " (SELECT count(*) FROM (SELECT topic_id FROM topic_researchers WHERE participant_id = ?1"
                            "   UNION SELECT topic_id FROM topic_interest WHERE participant_id = ?1))",
                            error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));

  out_links->n_pairings = (guint) sqlite3_column_int64 (stmt, 0);
  out_links->n_sessions = (guint) sqlite3_column_int64 (stmt, 1);
  out_links->n_topics = (guint) sqlite3_column_int64 (stmt, 2);

  return TRUE;
}
