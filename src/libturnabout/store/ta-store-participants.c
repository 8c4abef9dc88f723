/* ta-store-participants.c
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

/* The participant directory's part of TaStore: reading, writing,
 * importing and checking participants and the shared vocabulary. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant-private.h"
#include "ta-store-participants-private.h"
#include "ta-reporting-lines.h"
#include "ta-store-private.h"

/* Writing participants */


void
_ta_store_writer_clear (TaParticipantWriter *writer)
{
  g_clear_pointer (&writer->insert, sqlite3_finalize);
  g_clear_pointer (&writer->update, sqlite3_finalize);
  g_clear_pointer (&writer->delete_terms, sqlite3_finalize);
  for (guint i = 0; i < TERMS_PER_STATEMENT; i++)
    g_clear_pointer (&writer->insert_terms[i], sqlite3_finalize);
  g_clear_pointer (&writer->insert_vocabulary, sqlite3_finalize);
  g_clear_pointer (&writer->find_vocabulary, sqlite3_finalize);
  g_clear_pointer (&writer->term_ids, g_hash_table_unref);
  g_clear_pointer (&writer->exact_term_ids, g_hash_table_unref);
  g_clear_pointer (&writer->pending_terms, g_array_unref);
  g_clear_pointer (&writer->now, g_free);
}

gboolean
_ta_store_writer_init (TaStore  *self,
             TaParticipantWriter   *writer,
             GError  **error)
{
  memset (writer, 0, sizeof *writer);
  writer->now = ta_database_now_precise_text ();
  writer->term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->exact_term_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  writer->pending_terms = g_array_new (FALSE, FALSE, sizeof (TermRow));

  writer->insert = _ta_store_prepare (self,
                            "INSERT INTO participants (id, name, email, role, department, job_title, "
                            "career_level, birth_year, location, languages, availability, capacity, "
                            "reports_to, status, notes, created_at, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
                            error);
  if (writer->insert == NULL)
    return FALSE;
  writer->update = _ta_store_prepare (self,
                            "UPDATE participants SET name = ?2, email = ?3, role = ?4, department = ?5, "
                            "job_title = ?6, career_level = ?7, birth_year = ?8, location = ?9, "
                            "languages = ?10, availability = ?11, capacity = ?12, reports_to = ?13, "
                            "status = ?14, notes = ?15, updated_at = ?16, revision = revision + 1 WHERE id = ?1",
                            error);
  if (writer->update == NULL)
    return FALSE;
  writer->delete_terms = _ta_store_prepare (self, "DELETE FROM participant_terms WHERE participant_id = ?1", error);
  if (writer->delete_terms == NULL)
    return FALSE;
  writer->insert_vocabulary = _ta_store_prepare (self, "INSERT INTO vocabulary (label) VALUES (?1)", error);
  if (writer->insert_vocabulary == NULL)
    return FALSE;
  writer->find_vocabulary = _ta_store_prepare (self, "SELECT id FROM vocabulary WHERE label = ?1", error);

  return writer->find_vocabulary != NULL;
}

static gboolean
run_statement (TaStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE,
                           _("Another participant already uses this e-mail address"));
      return FALSE;
    }
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The manager this participant reports to is not in the programme"));
      return FALSE;
    }

  return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participant could not be saved"));
}

/* Vocabulary labels are matched on their folded form, so "AI tools" and
 * "ai Tools" are one term; the first spelling is the one shown. */
static gint64
writer_term_id (TaStore     *self,
                TaParticipantWriter      *writer,
                const char  *label,
                GError     **error)
{
  g_autofree char *folded = g_utf8_casefold (label, -1);
  gpointer cached;
  gint64 id = 0;
  int rc;

  if (g_hash_table_lookup_extended (writer->term_ids, folded, NULL, &cached))
    return (gint64) GPOINTER_TO_SIZE (cached);

  sqlite3_bind_text (writer->find_vocabulary, 1, label, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (writer->find_vocabulary);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (writer->find_vocabulary, 0);
  sqlite3_reset (writer->find_vocabulary);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The skills could not be saved"));
      return 0;
    }

  if (id == 0)
    {
      /* NOCASE only folds ASCII; look through the labels for other scripts. */
      g_autoptr(sqlite3_stmt) scan = NULL;

      if (!g_str_is_ascii (label))
        {
          scan = _ta_store_prepare (self, "SELECT id, label FROM vocabulary", error);
          if (scan == NULL)
            return 0;
          while (id == 0 && sqlite3_step (scan) == SQLITE_ROW)
            {
              g_autofree char *other = g_utf8_casefold ((const char *) sqlite3_column_text (scan, 1), -1);

              if (strcmp (other, folded) == 0)
                id = sqlite3_column_int64 (scan, 0);
            }
        }
    }

  if (id == 0)
    {
      sqlite3_bind_text (writer->insert_vocabulary, 1, label, -1, SQLITE_TRANSIENT);
      if (!run_statement (self, writer->insert_vocabulary, error))
        return 0;
      id = sqlite3_last_insert_rowid (self->db);
    }

  g_hash_table_insert (writer->term_ids, g_steal_pointer (&folded), GSIZE_TO_POINTER ((gsize) id));
  return id;
}

static sqlite3_stmt *
writer_terms_statement (TaStore  *self,
                        TaParticipantWriter   *writer,
                        guint     n_rows,
                        GError  **error)
{
  g_autoptr(GString) sql = NULL;

  g_assert (n_rows > 0 && n_rows <= TERMS_PER_STATEMENT);

  if (writer->insert_terms[n_rows - 1] != NULL)
    return writer->insert_terms[n_rows - 1];

  sql = g_string_new ("INSERT OR IGNORE INTO participant_terms (participant_id, kind, position, term_id) VALUES ");
  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (sql, "%s(?%u, ?%u, ?%u, ?%u)", i > 0 ? ", " : "",
                            1 + i * 4, 2 + i * 4, 3 + i * 4, 4 + i * 4);

  writer->insert_terms[n_rows - 1] = _ta_store_prepare (self, sql->str, error);
  return writer->insert_terms[n_rows - 1];
}

static gboolean
writer_collect_terms (TaStore             *self,
                      TaParticipantWriter              *writer,
                      gint64               participant_id,
                      int                  kind,
                      const char * const  *labels,
                      GError             **error)
{
  for (guint i = 0; labels[i] != NULL; i++)
    {
      TermRow row = { participant_id, kind, (int) i, 0 };
      gpointer cached;

      /* Most labels repeat exactly: skip folding for those. */
      if (g_hash_table_lookup_extended (writer->exact_term_ids, labels[i], NULL, &cached))
        {
          row.term_id = (gint64) GPOINTER_TO_SIZE (cached);
        }
      else
        {
          g_autofree char *label = g_strstrip (g_strdup (labels[i]));

          if (*label == '\0')
            continue;

          row.term_id = writer_term_id (self, writer, label, error);
          if (row.term_id == 0)
            return FALSE;
          g_hash_table_insert (writer->exact_term_ids, g_strdup (labels[i]),
                               GSIZE_TO_POINTER ((gsize) row.term_id));
        }

      g_array_append_val (writer->pending_terms, row);
    }

  return TRUE;
}

/* Writes the pending term rows: all of them, or (@only_full) as many as
 * fill whole statements, keeping the rest for later. */
gboolean
_ta_store_writer_flush_terms (TaStore   *self,
                    TaParticipantWriter    *writer,
                    gboolean   only_full,
                    GError   **error)
{
  GArray *rows = writer->pending_terms;
  guint done = 0;

  while (done < rows->len)
    {
      guint n_rows = MIN (rows->len - done, TERMS_PER_STATEMENT);
      sqlite3_stmt *stmt;

      if (only_full && n_rows < TERMS_PER_STATEMENT)
        break;

      stmt = writer_terms_statement (self, writer, n_rows, error);
      if (stmt == NULL)
        return FALSE;

      for (guint i = 0; i < n_rows; i++)
        {
          TermRow *row = &g_array_index (rows, TermRow, done + i);

          sqlite3_bind_int64 (stmt, 1 + i * 4, row->participant_id);
          sqlite3_bind_int (stmt, 2 + i * 4, row->kind);
          sqlite3_bind_int (stmt, 3 + i * 4, row->position);
          sqlite3_bind_int64 (stmt, 4 + i * 4, row->term_id);
        }
      if (!run_statement (self, stmt, error))
        return FALSE;

      done += n_rows;
    }

  g_array_remove_range (rows, 0, done);
  return TRUE;
}

static gboolean
writer_save_terms (TaStore        *self,
                   TaParticipantWriter         *writer,
                   TaParticipant  *participant,
                   gint64          participant_id,
                   GError        **error)
{
  if (!writer_collect_terms (self, writer, participant_id, TERM_KIND_OFFERS,
                             ta_participant_get_offers (participant), error) ||
      !writer_collect_terms (self, writer, participant_id, TERM_KIND_SEEKS,
                             ta_participant_get_seeks (participant), error))
    return FALSE;

  /* A bulk import sends its rows on in full statements across people. */
  return _ta_store_writer_flush_terms (self, writer, writer->batch, error);
}

/* Binds the 16 values of @participant from parameter @base + 1 on, in the
 * order of the insert and update statements. */
static void
bind_participant (sqlite3_stmt  *stmt,
                  int            base,
                  TaParticipant *participant,
                  const char    *now)
{
  /* Names ("French", as a CSV may hold them) are stored as codes. */
  g_auto(GStrv) codes = ta_languages_normalize (ta_participant_get_languages (participant));
  g_autofree char *languages = _ta_store_join_list ((const char * const *) codes);
  g_autofree char *name = g_strstrip (g_strdup (ta_participant_get_name (participant)));
  /* NFC: the form every lookup binds (see ta_email_fold()). */
  const char *given_email = ta_participant_get_email (participant);
  g_autofree char *email = given_email != NULL ? ta_email_normalize (given_email) : NULL;

  _ta_store_bind_id (stmt, base + 1, participant->id);
  _ta_store_bind_text (stmt, base + 2, name);
  _ta_store_bind_text (stmt, base + 3, email);
  sqlite3_bind_text (stmt, base + 4, ta_role_to_string (participant->role), -1, SQLITE_STATIC);
  _ta_store_bind_text (stmt, base + 5, participant->department);
  _ta_store_bind_text (stmt, base + 6, participant->job_title);
  sqlite3_bind_int (stmt, base + 7, participant->career_level);
  sqlite3_bind_int (stmt, base + 8, participant->birth_year);
  _ta_store_bind_text (stmt, base + 9, participant->location);
  _ta_store_bind_text (stmt, base + 10, languages);
  sqlite3_bind_int (stmt, base + 11, (int) participant->availability);
  sqlite3_bind_int (stmt, base + 12, participant->capacity);
  _ta_store_bind_id (stmt, base + 13, participant->reports_to);
  sqlite3_bind_text (stmt, base + 14, ta_participant_status_to_string (participant->status), -1, SQLITE_STATIC);
  _ta_store_bind_text (stmt, base + 15, participant->notes);
  sqlite3_bind_text (stmt, base + 16, now, -1, SQLITE_STATIC);
}

/* Inserts (is_new) or updates @participant, with its terms.  A new
 * participant keeps its id when it has one (undo of a delete, import).
 * (Several participants to an INSERT, as done for terms, measured slower:
 * the cost is in the indexes, not the statements.) */
gboolean
_ta_store_writer_save (TaStore        *self,
             TaParticipantWriter         *writer,
             TaParticipant  *participant,
             gboolean        is_new,
             GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  stmt = is_new ? writer->insert : writer->update;
  bind_participant (stmt, 0, participant, writer->now);

  if (!run_statement (self, stmt, error))
    return FALSE;

  if (is_new)
    {
      id = sqlite3_last_insert_rowid (self->db);
    }
  else
    {
      if (sqlite3_changes (self->db) == 0)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                               _("This participant is no longer in the programme"));
          return FALSE;
        }
      id = participant->id;
      sqlite3_bind_int64 (writer->delete_terms, 1, id);
      if (!run_statement (self, writer->delete_terms, error))
        return FALSE;
    }

  if (!writer_save_terms (self, writer, participant, id, error))
    return FALSE;

  participant->id = id;
  return TRUE;
}

/* Reporting lines must not loop: A reports to B reports to A would make
 * the "never pair within the management chain" rule meaningless.  Checked
 * in memory over (id, reports_to): one pass, whatever the programme's size. */
gboolean
_ta_store_find_reporting_cycle (TaStore  *self,
                                gint64   *out_member,
                                GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(TaReportingLines) lines = ta_reporting_lines_new (0);
  int rc;

  *out_member = 0;

  stmt = _ta_store_prepare (self, "SELECT id, reports_to FROM participants WHERE reports_to IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ta_reporting_lines_add (lines, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));

  /* The same walk as the importer's and the matcher's checks. */
  *out_member = ta_reporting_lines_find_cycle (lines);

  return TRUE;
}

gboolean
_ta_store_check_no_cycle (TaStore  *self,
                          GError  **error)
{
  gint64 member = 0;

  if (!_ta_store_find_reporting_cycle (self, &member, error))
    return FALSE;

  if (member != 0)
    {
      g_autoptr(TaParticipant) participant = _ta_store_get_one_participant (self, "WHERE id = ?1", member, NULL, NULL);

      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %s is a participant's name */
                   _("The reporting lines would go round in a circle through %s; nothing was changed"),
                   participant != NULL ? ta_participant_get_name (participant) : "?");
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_for_store (TaParticipant  *participant,
                    GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!ta_participant_validate (participant, &local_error))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
add_locked (TaStore        *self,
            TaParticipant  *participant,
            gboolean        keep_id,
            GError        **error)
{
  g_auto(TaParticipantWriter) writer = { 0 };
  gint64 saved_id = participant->id;

  if (!keep_id)
    participant->id = 0;

  if (!validate_for_store (participant, error) ||
      !_ta_store_writer_init (self, &writer, error) ||
      !_ta_store_begin (self, error))
    {
      participant->id = saved_id;
      return FALSE;
    }

  if (!_ta_store_writer_save (self, &writer, participant, TRUE, error) ||
      !_ta_store_check_no_cycle (self, error) ||
      !_ta_store_commit (self, error))
    {
      _ta_store_rollback (self);
      participant->id = saved_id;
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_add_participant:
 * @self: a #TaStore
 * @participant: a new participant; its id is set on success
 * @error: %TA_STORE_ERROR_INVALID, %TA_STORE_ERROR_DUPLICATE, …
 *
 * Validates and adds @participant in one transaction, then emits
 * #TaStore::participant-added.
 */
gboolean
ta_store_add_participant (TaStore        *self,
                          TaParticipant  *participant,
                          GError        **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    STORE_LOCKED (self);
    if (!add_locked (self, participant, FALSE, error))
      return FALSE;
  }

  g_object_notify (G_OBJECT (participant), "id");
  _ta_store_emit_fresh (self, PARTICIPANT_ADDED, participant->id);
  return TRUE;
}

/**
 * ta_store_update_participant:
 * @self: a #TaStore
 * @participant: a participant already in the store, with new values
 * @error: a #TA_STORE_ERROR
 *
 * Saves every field of @participant in one transaction, then emits
 * #TaStore::participant-updated with a fresh copy.
 */
gboolean
ta_store_update_participant (TaStore        *self,
                             TaParticipant  *participant,
                             GError        **error)
{
  gint64 revision = 0;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (participant->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_auto(TaParticipantWriter) writer = { 0 };
    STORE_LOCKED (self);

    if (!validate_for_store (participant, error) ||
        !_ta_store_writer_init (self, &writer, error) ||
        !_ta_store_begin (self, error))
      return FALSE;

    /* A copy read before another window or process changed the person
     * must not write its stale fields back over theirs. */
    if (!_ta_store_check_revision (self, "participants", participant->id, participant->revision, error) ||
        !_ta_store_writer_save (self, &writer, participant, FALSE, error) ||
        !_ta_store_check_no_cycle (self, error) ||
        !_ta_store_check_links_of (self, NULL, participant->id, error) ||
        !_ta_store_read_revision (self, "participants", participant->id, &revision, error) ||
        !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  participant->revision = revision;
  _ta_store_emit_fresh (self, PARTICIPANT_UPDATED, participant->id);
  return TRUE;
}

/**
 * ta_store_delete_participant:
 * @self: a #TaStore
 * @id: the participant to delete
 * @out_reporting_ids: (out) (optional) (transfer full) (element-type gint64):
 *   the people who reported to them; their reports-to is cleared, and
 *   ta_store_restore_participant() puts it back for an undo
 * @error: a #TA_STORE_ERROR
 */
gboolean
ta_store_delete_participant (TaStore  *self,
                             gint64    id,
                             GArray  **out_reporting_ids,
                             GError  **error)
{
  g_autoptr(GArray) reporting = NULL;
  g_autoptr(GArray) topics = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean had_links = FALSE;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    g_auto(TaStoreCascade) cascade = { 0 };
    STORE_LOCKED (self);

    if (!_ta_store_begin (self, error))
      return FALSE;

    /* Their pairings' sessions and their attendance go with them
     * (ON DELETE CASCADE): said in the sessions' own signals. */
    if (!_ta_store_cascade_collect (self, &cascade,
                                    "SELECT id FROM sessions WHERE pairing_id IN "
                                    "(SELECT id FROM pairings WHERE mentor_id = ?1 OR mentee_id = ?1)",
                                    id, TRUE, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    reporting = _ta_store_select_ids (self, "SELECT id FROM participants WHERE reports_to = ?1 ORDER BY id", id, error);
    stmt = reporting != NULL ? _ta_store_prepare (self, "DELETE FROM participants WHERE id = ?1", error) : NULL;
    if (stmt == NULL || !_ta_store_save_links_of (self, id, &had_links, error) ||
        !_ta_store_save_topics_of (self, id, topics, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    sqlite3_bind_int64 (stmt, 1, id);
    if (!_ta_store_step_done (self, stmt, _("The participant could not be deleted"), error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (sqlite3_changes (self->db) == 0)
      {
        _ta_store_rollback (self);
        g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_NOT_FOUND,
                             _("This participant is no longer in the programme"));
        return FALSE;
      }

    _ta_store_cascade_emit (self, &cascade);
    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  _ta_store_emit (self, PARTICIPANT_REMOVED, NULL, id);
  if (had_links)
    {
      /* The delete took their pairings and pair rules with them. */
      _ta_store_emit (self, PAIRINGS_RESET, NULL, 0);
      _ta_store_emit (self, PAIR_RULES_CHANGED, NULL, 0);
    }
  for (guint i = 0; i < reporting->len; i++)
    _ta_store_emit_fresh (self, PARTICIPANT_UPDATED, g_array_index (reporting, gint64, i));
  /* Their research and interest went with them. */
  _ta_store_emit_topics_updated (self, topics);

  if (out_reporting_ids != NULL)
    *out_reporting_ids = g_steal_pointer (&reporting);

  return TRUE;
}

/**
 * ta_store_restore_participant:
 * @self: a #TaStore
 * @participant: a deleted participant, with its old id
 * @reporting_ids: (nullable) (element-type gint64): as returned by
 *   ta_store_delete_participant()
 * @error: a #TA_STORE_ERROR
 *
 * Undoes a delete: the participant comes back with the same id, and those
 * who reported to them (and still report to nobody) do so again.
 */
gboolean
ta_store_restore_participant (TaStore        *self,
                              TaParticipant  *participant,
                              GArray         *reporting_ids,
                              GError        **error)
{
  g_autoptr(GArray) relinked = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) topics = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (TA_IS_PARTICIPANT (participant), FALSE);
  g_return_val_if_fail (participant->id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  {
    g_autoptr(sqlite3_stmt) relink = NULL;
    g_auto(TaParticipantWriter) writer = { 0 };
    STORE_LOCKED (self);

    if (!validate_for_store (participant, error) ||
        !_ta_store_writer_init (self, &writer, error) ||
        !_ta_store_begin (self, error))
      return FALSE;

    /* A manager deleted meanwhile (by this window or another process) is
     * not brought back with them: looked at under the write lock. */
    if (participant->reports_to != 0)
      {
        g_autoptr(GArray) exists = _ta_store_select_ids (self, "SELECT id FROM participants WHERE id = ?1",
                                               participant->reports_to, error);
        if (exists == NULL)
          {
            _ta_store_rollback (self);
            return FALSE;
          }
        if (exists->len == 0)
          participant->reports_to = 0;
      }

    if (!_ta_store_writer_save (self, &writer, participant, TRUE, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    relink = _ta_store_prepare (self,
                      "UPDATE participants SET reports_to = ?1 WHERE id = ?2 AND reports_to IS NULL",
                      error);
    if (relink == NULL)
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    for (guint i = 0; reporting_ids != NULL && i < reporting_ids->len; i++)
      {
        gint64 reporting_id = g_array_index (reporting_ids, gint64, i);

        sqlite3_bind_int64 (relink, 1, participant->id);
        sqlite3_bind_int64 (relink, 2, reporting_id);
        if (!run_statement (self, relink, error))
          {
            _ta_store_rollback (self);
            return FALSE;
          }
        if (sqlite3_changes (self->db) > 0)
          g_array_append_val (relinked, reporting_id);
      }

    if (!_ta_store_restore_links_of (self, participant->id, error) ||
        !_ta_store_restore_topics_of (self, participant->id, topics, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }

    if (!_ta_store_check_no_cycle (self, error) || !_ta_store_commit (self, error))
      {
        _ta_store_rollback (self);
        return FALSE;
      }
  }

  _ta_store_emit_fresh (self, PARTICIPANT_ADDED, participant->id);
  _ta_store_emit_links_restored (self, participant->id);
  for (guint i = 0; i < relinked->len; i++)
    _ta_store_emit_fresh (self, PARTICIPANT_UPDATED, g_array_index (relinked, gint64, i));
  _ta_store_emit_topics_updated (self, topics);

  return TRUE;
}

