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

#define G_LOG_DOMAIN "ta-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant-private.h"
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
static GPtrArray *
query_participants (TaStore     *self,
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

  return query_participants (self, "", 0, NULL, error);
}

static TaParticipant *
get_one (TaStore     *self,
         const char  *where,
         gint64       id,
         const char  *email,
         GError     **error)
{
  g_autoptr(GPtrArray) found = query_participants (self, where, id, email, error);

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

  return get_one (self, "WHERE id = ?1", id, NULL, error);
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
  return get_one (self, "WHERE email = ?1", 0, normal, error);
}

TaParticipant *
_ta_store_get_participant (TaStore  *self,
                           gint64    id,
                           GError  **error)
{
  return get_one (self, "WHERE id = ?1", id, NULL, error);
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

/* Writing participants */

/* Rows of participant_terms go in by the statement-full: one multi-row
 * INSERT per participant costs a fraction of one statement per term. */
#define TERMS_PER_STATEMENT 16

/* SQLite's default: checkpoint when the WAL holds this many pages. */
#define DEFAULT_WAL_AUTOCHECKPOINT_PAGES 1000

typedef struct
{
  gint64 participant_id;
  int kind;
  int position;
  gint64 term_id;
} TermRow;

/* Statements of one write operation, prepared once for many rows. */
typedef struct
{
  sqlite3_stmt *insert;
  sqlite3_stmt *update;
  sqlite3_stmt *delete_terms;
  sqlite3_stmt *insert_terms[TERMS_PER_STATEMENT]; /* by number of rows - 1 */
  sqlite3_stmt *insert_vocabulary;
  sqlite3_stmt *find_vocabulary;
  /* folded label → term id, so a term is looked up once per operation */
  GHashTable *term_ids;
  /* label exactly as given → term id */
  GHashTable *exact_term_ids;
  /* TermRow not written yet; with @batch, until a statement is full */
  GArray *pending_terms;
  gboolean batch;
  char *now;
} Writer;

static void
writer_clear (Writer *writer)
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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Writer, writer_clear)

static gboolean
writer_init (TaStore  *self,
             Writer   *writer,
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
                Writer      *writer,
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
                        Writer   *writer,
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
                      Writer              *writer,
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
static gboolean
writer_flush_terms (TaStore   *self,
                    Writer    *writer,
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
                   Writer         *writer,
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
  return writer_flush_terms (self, writer, writer->batch, error);
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
static gboolean
writer_save (TaStore        *self,
             Writer         *writer,
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
static gboolean
find_reporting_cycle (TaStore  *self,
                      gint64   *out_member,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) manager_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) state = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64) * 2);
  int rc;

  *out_member = 0;

  stmt = _ta_store_prepare (self, "SELECT id, reports_to FROM participants WHERE reports_to IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 pair[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (ids, pair);
    }
  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));

  /* The array owns the keys; it is not resized after this point. */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *pair = &g_array_index (ids, gint64, i * 2);

      g_hash_table_insert (manager_of, &pair[0], &pair[1]);
    }

  /* state: absent = unvisited, 1 = on the current walk, 2 = known acyclic */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *start = &g_array_index (ids, gint64, i * 2);
      gint64 *current = start;

      while (current != NULL && !g_hash_table_contains (state, current))
        {
          g_hash_table_insert (state, current, GINT_TO_POINTER (1));
          current = g_hash_table_lookup (manager_of, current);
        }

      if (current != NULL && GPOINTER_TO_INT (g_hash_table_lookup (state, current)) == 1)
        {
          *out_member = *current;
          return TRUE;
        }

      for (gint64 *walk = start; walk != NULL && walk != current; )
        {
          gint64 *next = g_hash_table_lookup (manager_of, walk);

          g_hash_table_insert (state, walk, GINT_TO_POINTER (2));
          walk = next;
        }
    }

  return TRUE;
}

static gboolean
check_no_cycle (TaStore  *self,
                GError  **error)
{
  gint64 member = 0;

  if (!find_reporting_cycle (self, &member, error))
    return FALSE;

  if (member != 0)
    {
      g_autoptr(TaParticipant) participant = get_one (self, "WHERE id = ?1", member, NULL, NULL);

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
  g_auto(Writer) writer = { 0 };
  gint64 saved_id = participant->id;

  if (!keep_id)
    participant->id = 0;

  if (!validate_for_store (participant, error) ||
      !writer_init (self, &writer, error) ||
      !_ta_store_begin (self, error))
    {
      participant->id = saved_id;
      return FALSE;
    }

  if (!writer_save (self, &writer, participant, TRUE, error) ||
      !check_no_cycle (self, error) ||
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
    g_auto(Writer) writer = { 0 };
    STORE_LOCKED (self);

    if (!validate_for_store (participant, error) ||
        !writer_init (self, &writer, error) ||
        !_ta_store_begin (self, error))
      return FALSE;

    /* A copy read before another window or process changed the person
     * must not write its stale fields back over theirs. */
    if (!_ta_store_check_revision (self, "participants", participant->id, participant->revision, error) ||
        !writer_save (self, &writer, participant, FALSE, error) ||
        !check_no_cycle (self, error) ||
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
    g_auto(Writer) writer = { 0 };
    STORE_LOCKED (self);

    if (!validate_for_store (participant, error) ||
        !writer_init (self, &writer, error) ||
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

    if (!writer_save (self, &writer, participant, TRUE, error))
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

    if (!check_no_cycle (self, error) || !_ta_store_commit (self, error))
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

/* Who is already in the programme: folded e-mail (ta_email_fold(), the
 * rule of the column's NOCASE collation) → id, and each one's manager. */
static gboolean
load_existing (TaStore     *self,
               GHashTable  *ids,
               GHashTable  *managers,
               gint64      *out_max_id,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  *out_max_id = 0;
  stmt = _ta_store_prepare (self, "SELECT id, email, reports_to FROM participants", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 manager = sqlite3_column_int64 (stmt, 2);
      const char *email = (const char *) sqlite3_column_text (stmt, 1);

      g_hash_table_insert (ids, ta_email_fold (email != NULL ? email : ""),
                           GSIZE_TO_POINTER ((gsize) id));
      if (manager != 0)
        g_hash_table_insert (managers, GSIZE_TO_POINTER ((gsize) id), GSIZE_TO_POINTER ((gsize) manager));
      *out_max_id = MAX (*out_max_id, id);
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The participants could not be read"));

  return TRUE;
}

/* Gives each of @participants its id (the one of the person with its
 * e-mail, or a new one) and its manager's id; inside the import's
 * transaction, so that nobody else can add, remove or re-point anyone in
 * between. */
static gboolean
resolve_import (TaStore    *self,
                GPtrArray  *participants,
                GPtrArray  *reports_to_emails,
                GArray     *is_new,
                GError    **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) managers = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint64 next_id;
  gint64 first_new_id;

  if (!load_existing (self, ids, managers, &next_id, error))
    return FALSE;
  first_new_id = ++next_id;

  /* Every id first, so that managers resolve whatever their row order. */
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *key = ta_email_fold (ta_participant_get_email (participant));
      gpointer found = NULL;

      if (g_hash_table_lookup_extended (ids, key, NULL, &found) &&
          (gint64) GPOINTER_TO_SIZE (found) >= first_new_id)
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_DUPLICATE,
                       _("%s appears twice; nothing was imported"),
                       ta_participant_get_email (participant));
          return FALSE;
        }
      else if (found != NULL)
        {
          participant->id = (gint64) GPOINTER_TO_SIZE (found);
          g_array_index (is_new, gboolean, i) = FALSE;
          if (reports_to_emails == NULL)
            participant->reports_to =
              (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (managers, found));
        }
      else
        {
          participant->id = next_id++;
          g_array_index (is_new, gboolean, i) = TRUE;
          g_hash_table_insert (ids, g_steal_pointer (&key), GSIZE_TO_POINTER ((gsize) participant->id));
        }
    }

  for (guint i = 0; reports_to_emails != NULL && i < reports_to_emails->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      const char *manager = g_ptr_array_index (reports_to_emails, i);
      g_autofree char *key = NULL;
      gpointer found;

      if (manager == NULL || *manager == '\0')
        continue;

      key = ta_email_fold (manager);
      if (!g_hash_table_lookup_extended (ids, key, NULL, &found))
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                       _("%1$s reports to %2$s, who is not in the programme; nothing was imported"),
                       ta_participant_get_email (participant), manager);
          return FALSE;
        }
      if ((gint64) GPOINTER_TO_SIZE (found) == participant->id)
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                       _("%s cannot be their own manager; nothing was imported"),
                       ta_participant_get_email (participant));
          return FALSE;
        }
      participant->reports_to = (gint64) GPOINTER_TO_SIZE (found);
    }

  return TRUE;
}

/*
 * Everything an import reads of the programme, it reads inside the one
 * transaction that writes, after BEGIN IMMEDIATE has taken the write
 * lock: who already exists (by e-mail), whom their managers' e-mails
 * name, the caller's own checks (@check: the CSV importer's per-line
 * ones), the reporting loops.  Two imports at once then cannot each
 * check against a programme the other is changing: the second waits for
 * the busy timeout and either sees the first one's people, or is told
 * the programme is busy (TA_STORE_ERROR_BUSY, as SQLite says it).
 *
 * A dry run reads the same way inside a read transaction (one snapshot,
 * nobody held up) and writes nothing.
 */
static gboolean
import_locked (TaStore            *self,
               GPtrArray          *participants,
               GPtrArray          *reports_to_emails,
               GArray             *is_new,
               gboolean            check_cycles,
               gboolean            dry_run,
               TaStoreImportCheck  check,
               gpointer            check_data,
               GError            **error)
{
  g_autoptr(GHashTable) updated = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_auto(Writer) writer = { 0 };

  if (!writer_init (self, &writer, error))
    return FALSE;
  if (!(dry_run ? _ta_store_exec (self->db, "BEGIN DEFERRED", error) : _ta_store_begin (self, error)))
    return FALSE;

  if ((check != NULL && !check (self, check_data, error)) ||
      !resolve_import (self, participants, reports_to_emails, is_new, error))
    {
      _ta_store_rollback (self);
      return FALSE;
    }

  if (dry_run)
    {
      _ta_store_rollback (self);
      return TRUE;
    }

  writer.batch = TRUE;
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      if (!g_array_index (is_new, gboolean, i))
        g_hash_table_add (updated, GSIZE_TO_POINTER ((gsize) participant->id));

      if (!writer_save (self, &writer, participant, g_array_index (is_new, gboolean, i), error))
        {
          g_prefix_error (error, "%s: ", ta_participant_get_email (participant));
          _ta_store_rollback (self);
          return FALSE;
        }
    }

  if (!writer_flush_terms (self, &writer, FALSE, error) ||
      (check_cycles && !check_no_cycle (self, error)) ||
      (g_hash_table_size (updated) > 0 && !_ta_store_check_links_of (self, updated, 0, error)) ||
      !_ta_store_commit (self, error))
    {
      _ta_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

static gboolean import_participants (TaStore            *self,
                                     GPtrArray          *participants,
                                     GPtrArray          *reports_to_emails,
                                     gboolean            validate,
                                     gboolean            dry_run,
                                     TaStoreImportCheck  check,
                                     gpointer            check_data,
                                     guint              *out_added,
                                     guint              *out_updated,
                                     GError            **error);

/**
 * ta_store_import_participants:
 * @self: a #TaStore
 * @participants: (element-type TaParticipant): validated participants
 * @reports_to_emails: (nullable) (element-type utf8): parallel to
 *   @participants: each one's manager's e-mail, or %NULL
 * @out_added: (out) (optional): how many were added
 * @out_updated: (out) (optional): how many existing ones were updated
 * @error: a #TA_STORE_ERROR; then nothing was written.
 *   %TA_STORE_ERROR_BUSY when another process kept the programme locked
 *   for longer than the busy timeout
 *
 * Writes all of @participants in one transaction: all or nothing.  Who
 * exists and whom the managers' e-mails name are looked up inside that
 * transaction, and the reporting lines checked for loops there too.
 * Emits #TaStore::participants-reset afterwards.  The ids of
 * @participants are set to their ids in the store.
 */
gboolean
ta_store_import_participants (TaStore    *self,
                              GPtrArray  *participants,
                              GPtrArray  *reports_to_emails,
                              guint      *out_added,
                              guint      *out_updated,
                              GError    **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (participants != NULL, FALSE);
  g_return_val_if_fail (reports_to_emails == NULL || reports_to_emails->len == participants->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_participants (self, participants, reports_to_emails, TRUE, FALSE, NULL, NULL,
                              out_added, out_updated, error);
}

/**
 * _ta_store_import_checked_participants:
 * @dry_run: read and count as the import would, but write nothing
 * @check: (nullable): run inside the transaction before anything is
 *   written; %FALSE with an error refuses the import
 * @check_data: for @check
 *
 * ta_store_import_participants() for participants the caller has already
 * put through every rule of ta_participant_validate(), and whose reporting
 * lines, with those already in the store, @check checks for loops (the
 * CSV importer does both to report each problem with its line): checking
 * again cost a tenth of a large import.
 */
gboolean
_ta_store_import_checked_participants (TaStore            *self,
                                       GPtrArray          *participants,
                                       GPtrArray          *reports_to_emails,
                                       gboolean            dry_run,
                                       TaStoreImportCheck  check,
                                       gpointer            check_data,
                                       guint              *out_added,
                                       guint              *out_updated,
                                       GError            **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (participants != NULL, FALSE);
  g_return_val_if_fail (reports_to_emails == NULL || reports_to_emails->len == participants->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return import_participants (self, participants, reports_to_emails, FALSE, dry_run, check, check_data,
                              out_added, out_updated, error);
}

static gboolean
import_participants (TaStore            *self,
                     GPtrArray          *participants,
                     GPtrArray          *reports_to_emails,
                     gboolean            validate,
                     gboolean            dry_run,
                     TaStoreImportCheck  check,
                     gpointer            check_data,
                     guint              *out_added,
                     guint              *out_updated,
                     GError            **error)
{
  g_autoptr(GArray) is_new = NULL;
  guint added = 0;
  guint updated = 0;
  gboolean ok;

  for (guint i = 0; i < participants->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      TaParticipant *participant = g_ptr_array_index (participants, i);

      participant->id = 0;
      participant->reports_to = 0;
      if (validate && !ta_participant_validate (participant, &local_error))
        {
          g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                       /* Translators: %1$s is a person's e-mail address, %2$s the problem */
                       _("%1$s: %2$s; nothing was imported"),
                       ta_participant_get_email (participant), local_error->message);
          return FALSE;
        }
    }

  is_new = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), participants->len);
  g_array_set_size (is_new, participants->len);

  if (dry_run)
    {
      STORE_LOCKED (self);

      ok = import_locked (self, participants, reports_to_emails, is_new, FALSE, TRUE,
                          check, check_data, error);
    }
  else
    {
      STORE_LOCKED (self);

      /* Foreign keys are off for this one transaction: every id it writes
       * is resolved inside it (the write lock keeps others out), and
       * checking each of hundreds of thousands of rows against its parent
       * doubled the time of a large import.  The pragma is a no-op inside
       * a transaction, hence before BEGIN. */
      if (!_ta_store_exec (self->db, "PRAGMA foreign_keys = OFF", error))
        return FALSE;

      /* The commit of a large import would otherwise also copy the whole WAL
       * into the database file before returning.  The data is safe in the
       * WAL; the copy happens at the next checkpoint (a later write, or
       * closing the programme). */
      sqlite3_wal_autocheckpoint (self->db, 0);
      /* Room for the whole import in the page cache: the default 2 MB makes
       * SQLite spill pages to the WAL in the middle of the transaction. */
      _ta_store_exec (self->db, "PRAGMA cache_size = -65536", NULL);
      ok = import_locked (self, participants, reports_to_emails, is_new, validate, FALSE,
                          check, check_data, error);
      _ta_store_exec (self->db, "PRAGMA cache_size = -2000", NULL);
      sqlite3_wal_autocheckpoint (self->db, DEFAULT_WAL_AUTOCHECKPOINT_PAGES);

      if (!_ta_store_exec (self->db, "PRAGMA foreign_keys = ON", ok ? error : NULL))
        ok = FALSE;
    }

  if (!ok || dry_run)
    {
      for (guint i = 0; i < participants->len; i++)
        {
          TA_PARTICIPANT (g_ptr_array_index (participants, i))->id = 0;
          TA_PARTICIPANT (g_ptr_array_index (participants, i))->reports_to = 0;
        }
    }
  if (!ok)
    return FALSE;

  for (guint i = 0; i < is_new->len; i++)
    {
      if (g_array_index (is_new, gboolean, i))
        added++;
      else
        updated++;
    }

  if (out_added != NULL)
    *out_added = added;
  if (out_updated != NULL)
    *out_updated = updated;

  if (!dry_run)
    _ta_store_emit (self, PARTICIPANTS_RESET, NULL, 0);
  return TRUE;
}

/**
 * ta_store_list_vocabulary:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full): the skills and topics anyone offers or wants,
 *   sorted without regard to case
 */
GStrv
ta_store_list_vocabulary (TaStore  *self,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  stmt = _ta_store_prepare (self,
                  "SELECT label FROM vocabulary "
                  "WHERE id IN (SELECT term_id FROM participant_terms) ORDER BY label",
                  error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The skills could not be read"));
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/**
 * ta_store_check:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR when the checks themselves cannot run
 *
 * Runs SQLite's integrity and foreign key checks and Turnabout's own
 * consistency rules (valid values, reporting lines without loops, mentors
 * who can take a mentee).
 *
 * Returns: (transfer full) (element-type utf8): one line per problem;
 *   empty when all is well
 */
GPtrArray *
ta_store_check (TaStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(sqlite3_stmt) integrity = NULL;
  g_autoptr(sqlite3_stmt) foreign = NULL;
  gint64 cycle_member = 0;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  integrity = _ta_store_prepare (self, "PRAGMA integrity_check", error);
  if (integrity == NULL)
    return NULL;
  while ((rc = sqlite3_step (integrity)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (integrity, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("Database integrity: %s"), line));
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be checked"));
      return NULL;
    }

  foreign = _ta_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (foreign == NULL)
    return NULL;
  while ((rc = sqlite3_step (foreign)) == SQLITE_ROW)
    {
      g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (foreign, 1));

      g_ptr_array_add (problems,
                       /* Translators: %1$s and %3$s are table names, %2$s a row number */
                       g_strdup_printf (_("Table %1$s, row %2$s, refers to a %3$s row that does not exist"),
                                        sqlite3_column_text (foreign, 0), row,
                                        sqlite3_column_text (foreign, 2)));
    }
  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The programme file could not be checked"));
      return NULL;
    }

  participants = query_participants (self, "", 0, NULL, error);
  if (participants == NULL)
    return NULL;

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      g_autoptr(GError) invalid = NULL;
      g_autofree char *email = g_utf8_make_valid (ta_participant_get_email (participant), -1);

      /* The rules every write applies, an active mentor's room for a
       * mentee among them: what an import or the editor accepts, this
       * accepts. */
      if (!ta_participant_validate (participant, &invalid))
        g_ptr_array_add (problems, g_strdup_printf ("%s: %s", email, invalid->message));
    }

  if (!_ta_store_check_pairings (self, problems, error))
    return NULL;
  if (!_ta_store_check_sessions (self, problems, error))
    return NULL;
  if (!_ta_store_check_topics (self, problems, error))
    return NULL;

  if (!find_reporting_cycle (self, &cycle_member, error))
    return NULL;
  if (cycle_member != 0)
    {
      g_autoptr(TaParticipant) member = get_one (self, "WHERE id = ?1", cycle_member, NULL, NULL);
      g_autofree char *email = g_utf8_make_valid (member != NULL ? ta_participant_get_email (member) : "?", -1);

      g_ptr_array_add (problems,
                       g_strdup_printf (_("%s: the reporting lines go round in a circle"), email));
    }

  return g_steal_pointer (&problems);
}
