/* ta-store-insights-export.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The data behind Insights as four CSV files (sessions, pairs, goals,
 * topics) for a period and a group: "Export Data…" and the CLI's
 * report --csv. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ta-csv.h"
#include "ta-enums.h"
#include "ta-file.h"
#include "ta-insights.h"
#include "ta-store-private.h"
#include "ta-topic.h"

/*
 * The column names are machine names, in English, lower case with
 * hyphens, whatever the language of the window: the files are for
 * spreadsheets and other tools, whose formulas and scripts refer to the
 * columns by name.  The files are UTF-8 with a byte order mark (so that
 * Excel reads them as UTF-8) and commas, every record ends with CRLF,
 * and a cell that a spreadsheet would run as a formula is neutralised.
 */

static const char * const session_columns[] = {
  "id", "date", "kind", "title", "pair", "mentor", "mentee", "status", "cancelled-by",
  "cancel-reason", "duration-minutes", "mentor-rating", "mentee-rating",
  "mentor-learned", "mentee-learned", NULL
};

static const char * const pair_columns[] = {
  "id", "mentor", "mentee", "status", "started", "ended", "end-reason", "goals",
  "goals-done", NULL
};

static const char * const goal_columns[] = {
  "pair", "mentor", "mentee", "goal", "done", NULL
};

static const char * const topic_columns[] = {
  "id", "title", "stage", "due", "presented-on", "attendance", "outcome", "researchers", NULL
};

typedef struct
{
  char    *name;
  TaRole   role;
  gboolean in_group;
} Person;

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person);
}

typedef struct
{
  TaStore               *store;
  const TaInsightsQuery *query;
  char                  *start;       /* UTC instants, text order = time order */
  char                  *end;
  char                  *from_day;    /* "YYYY-MM-DD" */
  char                  *to_day;
  GHashTable            *people;      /* id → Person */
  guint                  n_in_group;  /* had joined by the end of the period */
  GHashTable            *group_sessions;  /* group sessions with an attendee in the group */
  GHashTable            *pairs;       /* the pairs written: their goals go too */
} Export;

static void
export_clear (Export *self)
{
  g_free (self->start);
  g_free (self->end);
  g_free (self->from_day);
  g_free (self->to_day);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->group_sessions, g_hash_table_unref);
  g_clear_pointer (&self->pairs, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

static char *
local_midnight_utc (const GDate *day,
                    int          plus_days)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new (zone, g_date_get_year (day),
                                                   g_date_get_month (day),
                                                   g_date_get_day (day), 0, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_add_days (midnight, plus_days);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (later);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
day_text (const GDate *day)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day),
                          g_date_get_month (day), g_date_get_day (day));
}

static gboolean
person_in_group (const TaInsightsQuery *query,
                 const char            *department,
                 const char            *location,
                 int                    birth_year)
{
  switch (query->group)
    {
    case TA_INSIGHTS_GROUP_DEPARTMENT:
      return g_strcmp0 (department, query->group_value) == 0;
    case TA_INSIGHTS_GROUP_LOCATION:
      return g_strcmp0 (location, query->group_value) == 0;
    case TA_INSIGHTS_GROUP_GENERATION:
      return g_strcmp0 (ta_generation_to_string (ta_generation_from_birth_year (birth_year)),
                        query->group_value) == 0;
    case TA_INSIGHTS_GROUP_ALL:
    default:
      return TRUE;
    }
}

/* A key of a hash table of ids (g_int64_hash). */
static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gboolean
read_failed (TaStore     *store,
             int          rc,
             GError     **error)
{
  return _ta_store_set_error_from_sqlite (error, _ta_store_get_db (store), rc,
                                          _("The programme could not be read for the export"));
}

static gboolean
load_people (Export  *self,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self->store,
                            "SELECT id, name, role, department, location, birth_year, created_at "
                            "FROM participants", error);
  if (stmt == NULL)
    return FALSE;

  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, person_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Person *person = g_new0 (Person, 1);
      const char *created_at = (const char *) sqlite3_column_text (stmt, 6);

      person->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      ta_role_from_string ((const char *) sqlite3_column_text (stmt, 2), &person->role);
      person->in_group = person_in_group (self->query,
                                          (const char *) sqlite3_column_text (stmt, 3),
                                          (const char *) sqlite3_column_text (stmt, 4),
                                          sqlite3_column_int (stmt, 5));
      if (person->in_group && g_strcmp0 (created_at, self->end) < 0)
        self->n_in_group++;
      g_hash_table_insert (self->people, id_key (sqlite3_column_int64 (stmt, 0)),
                           person);
    }

  return rc == SQLITE_DONE || read_failed (self->store, rc, error);
}

static Person *
lookup_person (Export *self,
               gint64  id)
{
  return g_hash_table_lookup (self->people, &id);
}

static const char *
name_of (Export *self,
         gint64  id)
{
  Person *person = lookup_person (self, id);

  return person != NULL ? person->name : NULL;
}

static gboolean
pair_in_group (Export *self,
               gint64  mentor,
               gint64  mentee)
{
  Person *a = lookup_person (self, mentor);
  Person *b = lookup_person (self, mentee);

  return (a != NULL && a->in_group) || (b != NULL && b->in_group);
}

static void
add_int (TaCsvWriter *writer,
         gint64       value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  ta_csv_writer_add_field (writer, text);
}

/* An integer column that may be NULL. */
static void
add_column_int (TaCsvWriter  *writer,
                sqlite3_stmt *stmt,
                int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    ta_csv_writer_add_field (writer, NULL);
  else
    add_int (writer, sqlite3_column_int64 (stmt, column));
}

static void
add_column_text (TaCsvWriter  *writer,
                 sqlite3_stmt *stmt,
                 int           column)
{
  ta_csv_writer_add_field (writer, (const char *) sqlite3_column_text (stmt, column));
}

static TaCsvWriter *
writer_new (const char * const *columns)
{
  TaCsvWriter *writer = ta_csv_writer_new_full (TA_CSV_WRITER_NEUTRALISE_FORMULAS, ',', TRUE);

  for (guint c = 0; columns[c] != NULL; c++)
    ta_csv_writer_add_field (writer, columns[c]);
  ta_csv_writer_end_record (writer);
  return writer;
}

/* The local date and time of a stored UTC instant. */
static char *
local_time_text (const char *instant)
{
  g_autoptr(GDateTime) utc = instant != NULL ? g_date_time_new_from_iso8601 (instant, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (instant);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* Who cancelled, as the definitions count it: the pair's mentor or
 * mentee, the facilitator (0), or for a group session the side of the
 * person's role. */
static const char *
cancelled_by_text (Export       *self,
                   sqlite3_stmt *stmt,
                   gint64        mentor,
                   gint64        mentee)
{
  gint64 by;
  Person *person;

  if (sqlite3_column_type (stmt, 8) == SQLITE_NULL)
    return NULL;
  by = sqlite3_column_int64 (stmt, 8);
  if (by == 0)
    return "facilitator";
  if (by == mentor)
    return "mentor";
  if (by == mentee)
    return "mentee";
  person = lookup_person (self, by);
  return person != NULL && person->role == TA_ROLE_MENTEE ? "mentee" : "mentor";
}

/* Group sessions with an attendee in the group. */
static GHashTable *
group_sessions_in_group (Export  *self,
                         GError **error)
{
  g_autoptr(GHashTable) sessions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self->store,
                            "SELECT a.session_id, a.participant_id FROM session_attendees a "
                            "JOIN sessions s ON s.id = a.session_id "
                            "WHERE s.starts_at >= ?1 AND s.starts_at < ?2", error);
  if (stmt == NULL)
    return NULL;
  _ta_store_bind_text (stmt, 1, self->start);
  _ta_store_bind_text (stmt, 2, self->end);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Person *person = lookup_person (self, sqlite3_column_int64 (stmt, 1));

      if (person != NULL && person->in_group)
        g_hash_table_add (sessions, id_key (sqlite3_column_int64 (stmt, 0)));
    }
  if (rc != SQLITE_DONE)
    {
      read_failed (self->store, rc, error);
      return NULL;
    }

  return g_steal_pointer (&sessions);
}

/* Runs @sql with @first and @second (if not NULL) bound to ?1 and ?2,
 * and hands each row to @row, which writes it or leaves it out. */
typedef void (*RowFunc) (Export       *self,
                         sqlite3_stmt *stmt,
                         TaCsvWriter  *writer);

static GBytes *
write_rows (Export             *self,
            const char * const *columns,
            const char         *sql,
            const char         *first,
            const char         *second,
            RowFunc             row,
            GError            **error)
{
  g_autoptr(TaCsvWriter) writer = writer_new (columns);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self->store, sql, error);
  if (stmt == NULL)
    return NULL;
  _ta_store_bind_text (stmt, 1, first);
  if (second != NULL)
    _ta_store_bind_text (stmt, 2, second);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    row (self, stmt, writer);
  if (rc != SQLITE_DONE)
    {
      read_failed (self->store, rc, error);
      return NULL;
    }

  return ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

static void
session_row (Export       *self,
             sqlite3_stmt *stmt,
             TaCsvWriter  *writer)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  gboolean one_on_one = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "one-on-one") == 0;
  gint64 mentor = sqlite3_column_int64 (stmt, 5);
  gint64 mentee = sqlite3_column_int64 (stmt, 6);
  g_autofree char *date = NULL;

  if (self->query->group != TA_INSIGHTS_GROUP_ALL &&
      !(one_on_one ? pair_in_group (self, mentor, mentee)
                   : g_hash_table_contains (self->group_sessions, &id)))
    return;

  date = local_time_text ((const char *) sqlite3_column_text (stmt, 1));
  add_int (writer, id);
  ta_csv_writer_add_field (writer, date);
  add_column_text (writer, stmt, 2);
  add_column_text (writer, stmt, 3);
  add_column_int (writer, stmt, 4);
  ta_csv_writer_add_field (writer, mentor != 0 ? name_of (self, mentor) : NULL);
  ta_csv_writer_add_field (writer, mentee != 0 ? name_of (self, mentee) : NULL);
  add_column_text (writer, stmt, 7);
  ta_csv_writer_add_field (writer, cancelled_by_text (self, stmt, mentor, mentee));
  add_column_text (writer, stmt, 9);
  for (int column = 10; column <= 12; column++)
    add_column_int (writer, stmt, column);
  add_column_text (writer, stmt, 13);
  add_column_text (writer, stmt, 14);
  ta_csv_writer_end_record (writer);
}

static GBytes *
write_sessions (Export  *self,
                GError **error)
{
  self->group_sessions = group_sessions_in_group (self, error);
  if (self->group_sessions == NULL)
    return NULL;

  return write_rows (self, session_columns,
                     "SELECT s.id, s.starts_at, s.kind, s.title, s.pairing_id, "
                     "       g.mentor_id, g.mentee_id, s.status, s.cancelled_by, "
                     "       s.cancel_reason, s.duration_minutes, s.mentor_rating, "
                     "       s.mentee_rating, s.mentor_learned, s.mentee_learned "
                     "FROM sessions s LEFT JOIN pairings g ON g.id = s.pairing_id "
                     "WHERE s.starts_at >= ?1 AND s.starts_at < ?2 "
                     "ORDER BY s.starts_at, s.id",
                     self->start, self->end, session_row, error);
}

/* The pairs that ran at some time in the period (the goals' rule of the
 * definitions): started by its end, not ended before its start. */
#define PAIRS_IN_PERIOD \
  "g.status <> 'proposed' AND g.started_on IS NOT NULL AND g.started_on <= ?2 " \
  "AND (g.ended_on IS NULL OR g.ended_on >= ?1)"

static void
pair_row (Export       *self,
          sqlite3_stmt *stmt,
          TaCsvWriter  *writer)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  gint64 mentor = sqlite3_column_int64 (stmt, 1);
  gint64 mentee = sqlite3_column_int64 (stmt, 2);

  if (!pair_in_group (self, mentor, mentee))
    return;
  g_hash_table_add (self->pairs, id_key (id));

  add_int (writer, id);
  ta_csv_writer_add_field (writer, name_of (self, mentor));
  ta_csv_writer_add_field (writer, name_of (self, mentee));
  for (int column = 3; column <= 6; column++)
    add_column_text (writer, stmt, column);
  add_column_int (writer, stmt, 7);
  add_column_int (writer, stmt, 8);
  ta_csv_writer_end_record (writer);
}

static GBytes *
write_pairs (Export  *self,
             GError **error)
{
  self->pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  return write_rows (self, pair_columns,
                     "SELECT g.id, g.mentor_id, g.mentee_id, g.status, g.started_on, "
                     "       g.ended_on, g.end_reason, "
                     "       (SELECT count(*) FROM pairing_goals o WHERE o.pairing_id = g.id), "
                     "       (SELECT count(*) FROM pairing_goals o WHERE o.pairing_id = g.id AND o.done) "
                     "FROM pairings g WHERE " PAIRS_IN_PERIOD " ORDER BY g.id",
                     self->from_day, self->to_day, pair_row, error);
}

static void
goal_row (Export       *self,
          sqlite3_stmt *stmt,
          TaCsvWriter  *writer)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  if (!g_hash_table_contains (self->pairs, &id))
    return;
  add_int (writer, id);
  ta_csv_writer_add_field (writer, name_of (self, sqlite3_column_int64 (stmt, 1)));
  ta_csv_writer_add_field (writer, name_of (self, sqlite3_column_int64 (stmt, 2)));
  add_column_text (writer, stmt, 3);
  /* 1 or 0: a spreadsheet sums them into the goals done. */
  add_column_int (writer, stmt, 4);
  ta_csv_writer_end_record (writer);
}

/* After write_pairs(): the goals of the pairs it wrote. */
static GBytes *
write_goals (Export  *self,
             GError **error)
{
  return write_rows (self, goal_columns,
                     "SELECT g.id, g.mentor_id, g.mentee_id, o.title, o.done "
                     "FROM pairing_goals o JOIN pairings g ON g.id = o.pairing_id "
                     "WHERE " PAIRS_IN_PERIOD " ORDER BY g.id, o.position",
                     self->from_day, self->to_day, goal_row, error);
}

static void
topic_row (Export       *self,
           sqlite3_stmt *stmt,
           TaCsvWriter  *writer)
{
  const char *ids_text = (const char *) sqlite3_column_text (stmt, 7);
  g_auto(GStrv) ids = g_strsplit (ids_text != NULL ? ids_text : "", ",", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *researchers = NULL;
  g_autofree char *presented = NULL;
  gboolean in_group = self->query->group == TA_INSIGHTS_GROUP_ALL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      Person *person = lookup_person (self, g_ascii_strtoll (ids[i], NULL, 10));

      if (person == NULL)
        continue;
      in_group = in_group || person->in_group;
      g_ptr_array_add (names, person->name);
    }
  if (!in_group)
    return;
  g_ptr_array_add (names, NULL);
  researchers = g_strjoinv ("; ", (GStrv) names->pdata);
  presented = local_time_text ((const char *) sqlite3_column_text (stmt, 4));
  if (presented != NULL && strlen (presented) > 10)
    presented[10] = '\0';  /* the day */

  add_int (writer, sqlite3_column_int64 (stmt, 0));
  add_column_text (writer, stmt, 1);
  ta_csv_writer_add_field (writer, ta_topic_stage_to_string (sqlite3_column_int (stmt, 2)));
  add_column_text (writer, stmt, 3);
  ta_csv_writer_add_field (writer, presented);
  add_column_int (writer, stmt, 5);
  add_column_text (writer, stmt, 6);
  ta_csv_writer_add_field (writer, researchers);
  ta_csv_writer_end_record (writer);
}

/* Every topic on the board by the end of the period (of the group: one
 * of its researchers is), with its presentation when that was held. */
static GBytes *
write_topics (Export  *self,
              GError **error)
{
  return write_rows (self, topic_columns,
                     "SELECT t.id, t.title, t.stage, t.due_date, "
                     "       CASE WHEN s.status = 'held' THEN s.starts_at END, "
                     "       CASE WHEN s.status = 'held' THEN "
                     "         (SELECT count(*) FROM session_attendees a WHERE a.session_id = s.id) END, "
                     "       t.outcome, "
                     "       (SELECT group_concat (r.participant_id) FROM topic_researchers r "
                     "        WHERE r.topic_id = t.id) "
                     "FROM topics t LEFT JOIN sessions s ON s.id = t.session_id "
                     "WHERE t.created_at < ?1 ORDER BY t.stage, t.position, t.id",
                     self->end, NULL, topic_row, error);
}

enum { FILE_SESSIONS, FILE_PAIRS, FILE_GOALS, FILE_TOPICS, N_FILES };

static const char * const file_names[N_FILES] = {
  "sessions.csv", "pairs.csv", "goals.csv", "topics.csv",
};

/* Everything read in one read transaction, so that the four files agree
 * with each other even while another window writes. */
static gboolean
read_files (Export   *self,
            GBytes  **files,
            GError  **error)
{
  STORE_LOCKED (self->store);

  if (!_ta_store_exec (_ta_store_get_db (self->store), "BEGIN DEFERRED", error))
    return FALSE;

  if (!load_people (self, error))
    goto failed;

  if (self->query->group != TA_INSIGHTS_GROUP_ALL &&
      self->n_in_group < TA_FIGURE_MIN_PEOPLE)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %s is a department, location or generation. */
                   _("“%s” has fewer than 5 people, too few to export their data: "
                     "the files would leave this computer and could tell who is who. "
                     "Choose a larger group, or everyone."),
                   self->query->group_value != NULL ? self->query->group_value : "");
      goto failed;
    }

  if ((files[FILE_SESSIONS] = write_sessions (self, error)) == NULL ||
      (files[FILE_PAIRS] = write_pairs (self, error)) == NULL ||
      (files[FILE_GOALS] = write_goals (self, error)) == NULL ||
      (files[FILE_TOPICS] = write_topics (self, error)) == NULL)
    goto failed;

  _ta_store_exec (_ta_store_get_db (self->store), "COMMIT", NULL);
  return TRUE;

failed:
  _ta_store_exec (_ta_store_get_db (self->store), "ROLLBACK", NULL);
  return FALSE;
}

/**
 * ta_store_export_insights_data:
 * @store: a #TaStore
 * @query: the period and group, as for ta_store_compute_insights()
 * @directory: where the files go; made (0700) if missing
 * @error: a #TA_STORE_ERROR (%TA_STORE_ERROR_INVALID for a group of
 *   fewer than 5 people) or a #G_IO_ERROR naming the file
 *
 * Writes sessions.csv (the sessions starting in the period, with their
 * status, who cancelled, ratings and what each side learned), pairs.csv
 * and goals.csv (the pairs running at some time in the period) and
 * topics.csv (the topics on the board by its end) of the group, each
 * atomically and readable by its owner only (0600).  A group of fewer
 * than 5 people is refused before anything is written: the files leave
 * the machine.
 *
 * Returns: %TRUE if all four files were written
 */
gboolean
ta_store_export_insights_data (TaStore               *store,
                               const TaInsightsQuery *query,
                               const char            *directory,
                               GError               **error)
{
  g_auto(Export) export = { 0 };
  GBytes *files[N_FILES] = { NULL };
  gboolean ok = FALSE;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (g_date_valid (&query->from) && g_date_valid (&query->to), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  export.store = store;
  export.query = query;
  export.start = local_midnight_utc (&query->from, 0);
  export.end = local_midnight_utc (&query->to, 1);
  export.from_day = day_text (&query->from);
  export.to_day = day_text (&query->to);

  if (!read_files (&export, files, error))
    goto out;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (directory);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a folder, %2$s the system's reason. */
                   _("Could not make the folder “%1$s”: %2$s"), display, g_strerror (saved_errno));
      goto out;
    }

  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *path = g_build_filename (directory, file_names[i], NULL);
      gsize length;
      const char *data = g_bytes_get_data (files[i], &length);

      if (!ta_file_write_atomic (path, data, length, error))
        goto out;
    }
  ok = TRUE;

out:
  for (guint i = 0; i < N_FILES; i++)
    g_clear_pointer (&files[i], g_bytes_unref);
  return ok;
}
