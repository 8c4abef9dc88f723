/* ta-store-insights.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What Insights (insights/ta-insights*.c) computes from: the whole
 * programme in a compact shape, read in one read transaction so that
 * every figure sees the same moment.  The figures themselves are
 * computed in memory: a year of a 100,000-person programme is a few
 * hundred thousand rows, read once, instead of one query per figure. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-check-in.h"
#include "ta-enums.h"
#include "ta-insights.h"
#include "ta-session.h"
#include "ta-store-private.h"
#include "ta-store-queries.h"
#include "ta-topic.h"

/* @n digits at @text as a number, or -1. */
static int
parse_digits (const char *text,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }

  return value;
}

/* "YYYY-MM-DD" as a Julian day number, 0 when not a date.  By hand, not
 * sscanf(): a programme has a hundred thousand of them. */
static guint32
parse_day (const char *text)
{
  int year, month, day;
  GDate date;

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return 0;
  year = parse_digits (text, 4);
  month = parse_digits (text + 5, 2);
  day = parse_digits (text + 8, 2);
  if (year < 1 || month < 1 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return g_date_get_julian (&date);
}

/* Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil): parsing 100,000 timestamps through GDateTime costs
 * more than the rest of the read. */
static gint64
days_from_civil (gint64 year,
                 guint  month,
                 guint  day)
{
  gint64 era, yoe, doy, doe;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  yoe = year - era * 400;
  doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* "YYYY-MM-DDTHH:MM:SSZ" (or the first 19 characters of such) as
 * seconds since the epoch; 0 when not an instant. */
static gint64
parse_instant (const char *text)
{
  int year, month, day, hour, minute, second;

  if (text == NULL || strlen (text) < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':')
    return 0;
  year = parse_digits (text, 4);
  month = parse_digits (text + 5, 2);
  day = parse_digits (text + 8, 2);
  hour = parse_digits (text + 11, 2);
  minute = parse_digits (text + 14, 2);
  second = parse_digits (text + 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || minute < 0 || second < 0)
    return 0;

  return days_from_civil (year, (guint) month, (guint) day) * 86400 + hour * 3600 + minute * 60 + second;
}

static const char *
intern (TaInsightsRows *rows,
        sqlite3_stmt   *stmt,
        int             column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL || *text == '\0')
    return NULL;

  return g_string_chunk_insert_const (rows->strings, text);
}

static gboolean
step_error (TaStore     *self,
            int          rc,
            GError     **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  return _ta_store_set_error_from_sqlite (error, _ta_store_get_db (self), rc,
                                          _("The programme could not be read for Insights"));
}

static gboolean
read_people (TaStore         *self,
             TaInsightsRows  *rows,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT id, role, status, created_at, left_on, birth_year, department, location "
                            "FROM participants ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaInsightsPersonRow person = { 0 };
      TaRole role = TA_ROLE_MENTOR;
      TaParticipantStatus status = TA_PARTICIPANT_STATUS_ACTIVE;

      person.id = sqlite3_column_int64 (stmt, 0);
      ta_role_from_string ((const char *) sqlite3_column_text (stmt, 1), &role);
      ta_participant_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &status);
      person.role = (guint8) role;
      person.status = (guint8) status;
      person.created_at = parse_instant ((const char *) sqlite3_column_text (stmt, 3));
      person.left_day = parse_day ((const char *) sqlite3_column_text (stmt, 4));
      person.birth_year = sqlite3_column_int (stmt, 5);
      person.department = intern (rows, stmt, 6);
      person.location = intern (rows, stmt, 7);
      g_array_append_val (rows->people, person);
    }

  return step_error (self, rc, error);
}

static gboolean
read_pairs (TaStore         *self,
            TaInsightsRows  *rows,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) goals = NULL;
  guint next = 0;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT id, mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                            "coalesce (started_on, substr (created_at, 1, 10)) "
                            "FROM pairings ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaInsightsPairRow pair = { 0 };
      TaPairingStatus status = TA_PAIRING_STATUS_PROPOSED;

      pair.id = sqlite3_column_int64 (stmt, 0);
      pair.mentor_id = sqlite3_column_int64 (stmt, 1);
      pair.mentee_id = sqlite3_column_int64 (stmt, 2);
      ta_pairing_status_from_string ((const char *) sqlite3_column_text (stmt, 3), &status);
      pair.status = (guint8) status;
      pair.started_day = parse_day ((const char *) sqlite3_column_text (stmt, 4));
      pair.ended_day = parse_day ((const char *) sqlite3_column_text (stmt, 5));
      pair.end_reason = intern (rows, stmt, 6);
      pair.since_day = parse_day ((const char *) sqlite3_column_text (stmt, 7));
      g_array_append_val (rows->pairs, pair);
    }
  if (!step_error (self, rc, error))
    return FALSE;

  /* The goals counted per pair in one grouped pass, not two subqueries
   * for each of twenty thousand pairs; pairs come in id order. */
  goals = _ta_store_prepare (self,
                             "SELECT pairing_id, count (*), total (done) FROM pairing_goals "
                             "GROUP BY pairing_id ORDER BY pairing_id",
                             error);
  if (goals == NULL)
    return FALSE;

  while ((rc = sqlite3_step (goals)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (goals, 0);

      while (next < rows->pairs->len && g_array_index (rows->pairs, TaInsightsPairRow, next).id < id)
        next++;
      if (next < rows->pairs->len && g_array_index (rows->pairs, TaInsightsPairRow, next).id == id)
        {
          TaInsightsPairRow *pair = &g_array_index (rows->pairs, TaInsightsPairRow, next);

          pair->n_goals = (guint16) MIN (sqlite3_column_int (goals, 1), G_MAXUINT16);
          pair->n_goals_done = (guint16) MIN (sqlite3_column_int (goals, 2), G_MAXUINT16);
        }
    }

  return step_error (self, rc, error);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const TaInsightsSessionRow *x = a, *y = b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;

  return (x->id > y->id) - (x->id < y->id);
}

static gboolean
read_sessions (TaStore         *self,
               TaInsightsRows  *rows,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) attendees = NULL;
  GHashTable *by_id;
  int rc;

  stmt = _ta_store_prepare (self,
                            /* In the table's own order: through the
                             * starts_at index, every row cost a seek into
                             * the table; sorting the compact rows after is
                             * a tenth of that. */
                            "SELECT id, kind, pairing_id, starts_at, duration_minutes, status, "
                            "cancelled_by, mentor_rating, mentee_rating, "
                            "mentor_learned <> '', mentee_learned <> '' "
                            "FROM sessions",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaInsightsSessionRow session = { 0 };
      TaSessionKind kind = TA_SESSION_KIND_ONE_ON_ONE;
      TaSessionStatus status = TA_SESSION_STATUS_PLANNED;

      session.id = sqlite3_column_int64 (stmt, 0);
      ta_session_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind);
      session.kind = (guint8) kind;
      session.pairing_id = sqlite3_column_int64 (stmt, 2);
      session.starts_at = parse_instant ((const char *) sqlite3_column_text (stmt, 3));
      session.duration = (guint16) CLAMP (sqlite3_column_int (stmt, 4), 0, G_MAXUINT16);
      ta_session_status_from_string ((const char *) sqlite3_column_text (stmt, 5), &status);
      session.status = (guint8) status;
      /* NULL reads as 0 from sqlite3_column_int*(): only "cancelled by"
       * tells NULL (nobody) from 0 (the facilitator). */
      session.cancelled_by = sqlite3_column_type (stmt, 6) == SQLITE_NULL
                             ? TA_SESSION_CANCELLED_BY_NOBODY : sqlite3_column_int64 (stmt, 6);
      session.mentor_rating = (guint8) CLAMP (sqlite3_column_int (stmt, 7), 0, 5);
      session.mentee_rating = (guint8) CLAMP (sqlite3_column_int (stmt, 8), 0, 5);
      session.mentor_learned = sqlite3_column_int (stmt, 9) != 0;
      session.mentee_learned = sqlite3_column_int (stmt, 10) != 0;
      g_array_append_val (rows->sessions, session);
    }
  if (!step_error (self, rc, error))
    return FALSE;
  g_array_sort (rows->sessions, compare_sessions);

  /* Attendees of group sessions only (one-on-ones have their pair). */
  attendees = _ta_store_prepare (self,
                                 "SELECT a.session_id, a.participant_id FROM session_attendees a "
                                 "JOIN sessions s ON s.id = a.session_id "
                                 "WHERE s.kind <> 'one-on-one' ORDER BY a.session_id, a.participant_id",
                                 error);
  if (attendees == NULL)
    return FALSE;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->sessions->len; i++)
    {
      TaInsightsSessionRow *session = &g_array_index (rows->sessions, TaInsightsSessionRow, i);

      if (session->kind != TA_SESSION_KIND_ONE_ON_ONE)
        g_hash_table_insert (by_id, &session->id, session);
    }

  while ((rc = sqlite3_step (attendees)) == SQLITE_ROW)
    {
      gint64 session_id = sqlite3_column_int64 (attendees, 0);
      gint64 person = sqlite3_column_int64 (attendees, 1);
      TaInsightsSessionRow *session = g_hash_table_lookup (by_id, &session_id);

      if (session == NULL)
        continue;
      /* Rows come grouped by session: the first one opens its run. */
      if (session->n_attendees == 0)
        session->first_attendee = rows->attendees->len;
      session->n_attendees++;
      g_array_append_val (rows->attendees, person);
    }
  g_hash_table_unref (by_id);

  return step_error (self, rc, error);
}

static gboolean
read_topics (TaStore         *self,
             TaInsightsRows  *rows,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) researchers = NULL;
  GHashTable *by_id;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT id, stage, coalesce (session_id, 0), title, outcome "
                            "FROM topics ORDER BY stage, position, id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaInsightsTopicRow topic = { 0 };

      topic.id = sqlite3_column_int64 (stmt, 0);
      topic.stage = (guint8) CLAMP (sqlite3_column_int (stmt, 1), 0, TA_TOPIC_STAGE_PRESENTED);
      topic.session_id = sqlite3_column_int64 (stmt, 2);
      topic.title = intern (rows, stmt, 3);
      topic.outcome = intern (rows, stmt, 4);
      g_array_append_val (rows->topics, topic);
    }
  if (!step_error (self, rc, error))
    return FALSE;

  researchers = _ta_store_prepare (self,
                                   "SELECT topic_id, participant_id FROM topic_researchers "
                                   "ORDER BY topic_id, participant_id",
                                   error);
  if (researchers == NULL)
    return FALSE;

  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < rows->topics->len; i++)
    {
      TaInsightsTopicRow *topic = &g_array_index (rows->topics, TaInsightsTopicRow, i);
      g_hash_table_insert (by_id, &topic->id, topic);
    }

  while ((rc = sqlite3_step (researchers)) == SQLITE_ROW)
    {
      gint64 topic_id = sqlite3_column_int64 (researchers, 0);
      gint64 person = sqlite3_column_int64 (researchers, 1);
      TaInsightsTopicRow *topic = g_hash_table_lookup (by_id, &topic_id);

      if (topic == NULL)
        continue;
      if (topic->n_researchers == 0)
        topic->first_researcher = rows->researchers->len;
      topic->n_researchers++;
      g_array_append_val (rows->researchers, person);
    }
  g_hash_table_unref (by_id);

  return step_error (self, rc, error);
}

static gboolean
read_check_ins (TaStore         *self,
                TaInsightsRows  *rows,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ta_store_prepare (self,
                            "SELECT id, pairing_id, answered_at, kind, side, coalesce (fit, ''), "
                            "coalesce (quality, 0), coalesce (confidence, 0), coalesce (recommend, -1) "
                            "FROM check_ins ORDER BY answered_at, id",
                            error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaInsightsCheckInRow row = { 0 };
      TaCheckInKind kind;
      TaPairSide side;
      TaCheckInFit fit = TA_CHECK_IN_FIT_NONE;

      if (!ta_check_in_kind_from_string ((const char *) sqlite3_column_text (stmt, 3), &kind) ||
          !ta_pair_side_from_string ((const char *) sqlite3_column_text (stmt, 4), &side))
        continue;
      ta_check_in_fit_from_string ((const char *) sqlite3_column_text (stmt, 5), &fit);
      row.id = sqlite3_column_int64 (stmt, 0);
      row.pairing_id = sqlite3_column_int64 (stmt, 1);
      row.answered_at = parse_instant ((const char *) sqlite3_column_text (stmt, 2));
      row.kind = kind;
      row.side = side;
      row.fit = fit;
      row.quality = (guint8) CLAMP (sqlite3_column_int (stmt, 6), 0, 5);
      row.confidence = (guint8) CLAMP (sqlite3_column_int (stmt, 7), 0, 5);
      row.recommend = (gint8) CLAMP (sqlite3_column_int (stmt, 8), -1, 10);
      g_array_append_val (rows->check_ins, row);
    }

  return step_error (self, rc, error);
}

/**
 * ta_store_read_insights_rows:
 * @self: a #TaStore
 * @rows: (out caller-allocates): filled; clear with ta_insights_rows_clear()
 * @error: a #TA_STORE_ERROR
 *
 * Reads everything Insights needs, in one read transaction.
 *
 * Returns: whether all of it was read (@rows is cleared when not)
 */
gboolean
ta_store_read_insights_rows (TaStore         *self,
                             TaInsightsRows  *rows,
                             GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (rows != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rows->people = g_array_new (FALSE, FALSE, sizeof (TaInsightsPersonRow));
  rows->pairs = g_array_new (FALSE, FALSE, sizeof (TaInsightsPairRow));
  rows->sessions = g_array_new (FALSE, FALSE, sizeof (TaInsightsSessionRow));
  rows->topics = g_array_new (FALSE, FALSE, sizeof (TaInsightsTopicRow));
  rows->attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  rows->researchers = g_array_new (FALSE, FALSE, sizeof (gint64));
  rows->check_ins = g_array_new (FALSE, FALSE, sizeof (TaInsightsCheckInRow));
  rows->strings = g_string_chunk_new (4096);

  {
    STORE_LOCKED (self);

    rows->momentum_weeks = ta_store_get_momentum_weeks (self, error);
    ok = rows->momentum_weeks > 0 &&
         _ta_store_exec (_ta_store_get_db (self), "BEGIN DEFERRED", error);
    if (ok)
      {
        ok = read_people (self, rows, error) &&
             read_pairs (self, rows, error) &&
             read_sessions (self, rows, error) &&
             read_topics (self, rows, error) &&
             read_check_ins (self, rows, error);
        /* Nothing was written: ending the read either way is the same. */
        _ta_store_exec (_ta_store_get_db (self), ok ? "COMMIT" : "ROLLBACK", NULL);
      }
  }

  if (!ok)
    ta_insights_rows_clear (rows);

  return ok;
}

void
ta_insights_rows_clear (TaInsightsRows *rows)
{
  g_clear_pointer (&rows->people, g_array_unref);
  g_clear_pointer (&rows->pairs, g_array_unref);
  g_clear_pointer (&rows->sessions, g_array_unref);
  g_clear_pointer (&rows->topics, g_array_unref);
  g_clear_pointer (&rows->attendees, g_array_unref);
  g_clear_pointer (&rows->researchers, g_array_unref);
  g_clear_pointer (&rows->check_ins, g_array_unref);
  g_clear_pointer (&rows->strings, g_string_chunk_free);
}

/**
 * ta_store_get_programme_year:
 * @store: a #TaStore
 * @today: the day to find the year of
 * @out_from: (out caller-allocates): its first day
 * @out_to: (out caller-allocates): its last day
 * @error: a #TA_STORE_ERROR
 *
 * A programme's year runs from the anniversary of the day its first
 * participant was added (the cohort's start) to the day before the next
 * one; an empty programme's year is the calendar year.
 *
 * Returns: whether it could be read
 */
gboolean
ta_store_get_programme_year (TaStore      *store,
                             const GDate  *today,
                             GDate        *out_from,
                             GDate        *out_to,
                             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) first = NULL;
  GDate start;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_date_valid (today), FALSE);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, g_date_get_year (today));

  {
    STORE_LOCKED (store);

    stmt = _ta_store_prepare (store, "SELECT min (created_at) FROM participants", error);
    if (stmt == NULL)
      return FALSE;
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      return step_error (store, rc, error);
    if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
      {
        /* created_at carries microseconds, which ta_time_from_utc_string()
         * does not take. */
        g_autoptr(GTimeZone) utc_zone = g_time_zone_new_utc ();
        g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 0),
                                                                 utc_zone);

        if (utc != NULL)
          first = g_date_time_to_local (utc);
      }
  }

  if (first != NULL)
    {
      /* The anniversary on or before @today (29 February falls back to
       * the 28th in other years). */
      GDateDay day = (GDateDay) g_date_time_get_day_of_month (first);
      GDateMonth month = (GDateMonth) g_date_time_get_month (first);
      GDateYear year = g_date_get_year (today);

      if (!g_date_valid_dmy (day, month, year))
        day = 28;
      g_date_set_dmy (&start, day, month, year);
      if (g_date_compare (&start, today) > 0)
        {
          year--;
          day = (GDateDay) g_date_time_get_day_of_month (first);
          if (!g_date_valid_dmy (day, month, year))
            day = 28;
          g_date_set_dmy (&start, day, month, year);
        }
    }

  *out_from = start;
  *out_to = start;
  g_date_add_years (out_to, 1);
  g_date_subtract_days (out_to, 1);

  return TRUE;
}

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ta_store_list_insights_groups:
 * @store: a #TaStore
 * @group: which kind of group
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full): the departments or locations in use, sorted;
 *   the generations present, by their machine names, oldest first;
 *   %NULL on error
 */
GStrv
ta_store_list_insights_groups (TaStore          *store,
                               TaInsightsGroup   group,
                               GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  gboolean present[TA_N_GENERATIONS] = { FALSE };
  const char *sql;
  int rc;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);

  switch (group)
    {
    case TA_INSIGHTS_GROUP_DEPARTMENT:
      sql = "SELECT DISTINCT department FROM participants WHERE length (trim (department)) > 0";
      break;
    case TA_INSIGHTS_GROUP_LOCATION:
      sql = "SELECT DISTINCT location FROM participants WHERE length (trim (location)) > 0";
      break;
    case TA_INSIGHTS_GROUP_GENERATION:
      sql = "SELECT DISTINCT birth_year FROM participants";
      break;
    case TA_INSIGHTS_GROUP_ALL:
    default:
      return g_strv_builder_end (builder);
    }

  {
    STORE_LOCKED (store);

    stmt = _ta_store_prepare (store, sql, error);
    if (stmt == NULL)
      return NULL;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        if (group == TA_INSIGHTS_GROUP_GENERATION)
          present[ta_generation_from_birth_year (sqlite3_column_int (stmt, 0))] = TRUE;
        else
          g_ptr_array_add (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      }
    if (!step_error (store, rc, error))
      return NULL;
  }

  if (group == TA_INSIGHTS_GROUP_GENERATION)
    {
      for (guint g = TA_GENERATION_BOOMER; g < TA_N_GENERATIONS; g++)
        if (present[g])
          g_strv_builder_add (builder, ta_generation_to_string (g));
      return g_strv_builder_end (builder);
    }

  g_ptr_array_sort (values, compare_collated);
  for (guint i = 0; i < values->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (values, i));

  return g_strv_builder_end (builder);
}
