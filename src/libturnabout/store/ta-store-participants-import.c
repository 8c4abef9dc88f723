/* ta-store-participants-import.c
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

/* The participants CSV import: many people in one transaction, with their managers, checked all-or-nothing. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant-private.h"
#include "ta-store-participants-private.h"
#include "ta-store-private.h"

#define PARTICIPANT_COLUMNS \
  "id, name, email, role, department, job_title, career_level, birth_year, location, " \
  "languages, availability, capacity, reports_to, status, notes"

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
  g_auto(TaParticipantWriter) writer = { 0 };

  if (!_ta_store_writer_init (self, &writer, error))
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

      if (!_ta_store_writer_save (self, &writer, participant, g_array_index (is_new, gboolean, i), error))
        {
          g_prefix_error (error, "%s: ", ta_participant_get_email (participant));
          _ta_store_rollback (self);
          return FALSE;
        }
    }

  if (!_ta_store_writer_flush_terms (self, &writer, FALSE, error) ||
      (check_cycles && !_ta_store_check_no_cycle (self, error)) ||
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

  participants = _ta_store_query_participants (self, "", 0, NULL, error);
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

  if (!_ta_store_find_reporting_cycle (self, &cycle_member, error))
    return NULL;
  if (cycle_member != 0)
    {
      g_autoptr(TaParticipant) member = _ta_store_get_one_participant (self, "WHERE id = ?1", cycle_member, NULL, NULL);
      g_autofree char *email = g_utf8_make_valid (member != NULL ? ta_participant_get_email (member) : "?", -1);

      g_ptr_array_add (problems,
                       g_strdup_printf (_("%s: the reporting lines go round in a circle"), email));
    }

  return g_steal_pointer (&problems);
}
