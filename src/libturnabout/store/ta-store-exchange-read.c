/* ta-store-exchange-read.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-check-ins.h"
#include "ta-store-exchange-private.h"

/*
 * What an exchange file carries, read from the store inside the caller's
 * read transaction (docs/exchange.md, "The file"): a kit on a
 * facilitator's programme, an update on a personal one.  Only the
 * columns the file carries are read, so nothing else can slip into it:
 * no notes, no unshared learning, nothing of the directory beyond name,
 * e-mail, languages and availability.
 */

typedef struct
{
  gint64 id;
  gint64 person[TA_EX_SIDES];
  TaPairingStatus status;
  char *started;
  char *ended;
  char *end_reason;
  char *exchange_uid;
} PairRow;

static void
pair_row_clear (PairRow *row)
{
  g_free (row->started);
  g_free (row->ended);
  g_free (row->end_reason);
  g_free (row->exchange_uid);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PairRow, pair_row_clear)

static gboolean
read_pair (TaStore  *self,
           gint64    pairing_id,
           PairRow  *row,
           GError  **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (self,
                           "SELECT mentor_id, mentee_id, status, started_on, ended_on, end_reason, exchange_uid "
                           "FROM pairings WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR,
                           _("This pair is not in the programme"));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (self, rc, error);

  row->id = pairing_id;
  row->person[TA_PAIR_SIDE_MENTOR] = sqlite3_column_int64 (stmt, 0);
  row->person[TA_PAIR_SIDE_MENTEE] = sqlite3_column_int64 (stmt, 1);
  if (!ta_pairing_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &row->status))
    row->status = TA_PAIRING_STATUS_ACTIVE;
  row->started = _ta_store_column_text (stmt, 3);
  row->ended = _ta_store_column_text (stmt, 4);
  row->end_reason = _ta_store_column_text (stmt, 5);
  row->exchange_uid = _ta_store_column_text (stmt, 6);
  return TRUE;
}

static gboolean
read_goals (TaStore      *self,
            TaExContent  *content,
            gint64        pairing_id,
            GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (self, "SELECT title, done FROM pairing_goals WHERE pairing_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (content->goals, ta_ex_goal_new ((const char *) sqlite3_column_text (stmt, 0),
                                                     sqlite3_column_int (stmt, 1) != 0));
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

static gboolean
read_people (TaStore      *self,
             TaExContent  *content,
             const char   *programme_id,
             PairRow      *pair,
             GError      **error)
{
  for (guint side = 0; side < TA_EX_SIDES; side++)
    {
      TA_EX_CACHED sqlite3_stmt *stmt = NULL;
      TaExPerson *person;
      g_autofree char *exchange_uid = NULL;
      g_autofree char *languages = NULL;
      int rc;

      stmt = _ta_ex_statement (self,
                               "SELECT name, email, languages, availability, exchange_uid "
                               "FROM participants WHERE id = ?1",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, pair->person[side]);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        return _ta_ex_sql_error (self, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);

      person = ta_ex_person_new ();
      person->side = side;
      person->name = _ta_store_column_text (stmt, 0);
      person->email = _ta_store_column_text (stmt, 1);
      languages = _ta_store_column_text (stmt, 2);
      person->languages = _ta_store_split_list (languages);
      person->availability = (TaAvailability) sqlite3_column_int64 (stmt, 3);
      exchange_uid = _ta_store_column_text (stmt, 4);
      person->uid = _ta_ex_uid (programme_id, "participant", pair->person[side], exchange_uid);
      g_ptr_array_add (content->people, person);
    }

  return TRUE;
}

static gboolean
read_series (TaStore      *self,
             TaExContent  *content,
             const char   *programme_id,
             gint64        pairing_id,
             GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (self,
                           "SELECT id, frequency, interval, week_of_month, local_time, time_zone, "
                           "duration_minutes, location, first_date, until_date, count, exchange_uid "
                           "FROM session_series WHERE pairing_id = ?1 ORDER BY first_date, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExSeries *series = ta_ex_series_new ();
      g_autofree char *exchange_uid = _ta_store_column_text (stmt, 11);

      series->uid = _ta_ex_uid (programme_id, "series", sqlite3_column_int64 (stmt, 0), exchange_uid);
      series->frequency = _ta_store_column_text (stmt, 1);
      series->interval = sqlite3_column_int (stmt, 2);
      series->week_of_month = sqlite3_column_int (stmt, 3);
      series->local_time = _ta_store_column_text (stmt, 4);
      series->time_zone = _ta_store_column_text (stmt, 5);
      series->duration = sqlite3_column_int (stmt, 6);
      series->location = _ta_store_column_text (stmt, 7);
      series->first_date = _ta_store_column_text (stmt, 8);
      series->until_date = _ta_store_column_text (stmt, 9);
      series->count = sqlite3_column_int (stmt, 10);
      g_ptr_array_add (content->series, series);
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

/* The one-on-ones of the pair (a kit: the planned ones), with what an
 * update may carry: each side's learning only when it is shared. */
static gboolean
read_sessions (TaStore      *self,
               TaExContent  *content,
               const char   *programme_id,
               PairRow      *pair,
               GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  gboolean update = content->kind == TA_EXCHANGE_PAIR_UPDATE;
  int rc;

  stmt = _ta_ex_statement (self,
                           "SELECT s.id, s.exchange_uid, s.series_id, r.exchange_uid, s.starts_at, "
                           "s.occurrence_start, s.duration_minutes, s.location, s.status, s.title, "
                           "s.cancelled_by, s.cancel_reason, s.mentor_learned, s.mentee_learned, "
                           "s.mentor_learned_shared, s.mentee_learned_shared, s.mentor_rating, "
                           "s.mentee_rating, s.notes IS NOT NULL AND length (trim (s.notes)) > 0 "
                           "FROM sessions s LEFT JOIN session_series r ON r.id = s.series_id "
                           "WHERE s.pairing_id = ?1 AND s.kind = 'one-on-one' AND (?2 OR s.status = 'planned') "
                           "ORDER BY s.starts_at, s.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pair->id);
  sqlite3_bind_int (stmt, 2, update);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExSession *session = ta_ex_session_new ();
      g_autofree char *exchange_uid = _ta_store_column_text (stmt, 1);
      g_autofree char *series_uid = _ta_store_column_text (stmt, 3);
      gint64 series_id = sqlite3_column_int64 (stmt, 2);

      session->uid = _ta_ex_uid (programme_id, "session", sqlite3_column_int64 (stmt, 0), exchange_uid);
      if (series_id > 0)
        session->series = _ta_ex_uid (programme_id, "series", series_id, series_uid);
      session->starts = ta_time_from_utc_string ((const char *) sqlite3_column_text (stmt, 4));
      session->occurrence = ta_time_from_utc_string ((const char *) sqlite3_column_text (stmt, 5));
      session->duration = sqlite3_column_int (stmt, 6);
      session->location = _ta_store_column_text (stmt, 7);
      if (!ta_session_status_from_string ((const char *) sqlite3_column_text (stmt, 8), &session->status))
        session->status = TA_SESSION_STATUS_PLANNED;
      session->title = _ta_store_column_text (stmt, 9);
      g_ptr_array_add (content->sessions, session);
      if (session->starts == NULL)
        {
          g_ptr_array_remove_index (content->sessions, content->sessions->len - 1);
          continue;
        }
      if (!update)
        continue;

      if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
        {
          gint64 by = sqlite3_column_int64 (stmt, 10);

          session->cancelled_by = by == pair->person[0] ? TA_PAIR_SIDE_MENTOR
                                  : by == pair->person[1] ? TA_PAIR_SIDE_MENTEE : -1;
        }
      session->cancel_reason = _ta_store_column_text (stmt, 11);
      for (guint side = 0; side < TA_EX_SIDES; side++)
        {
          g_autofree char *learned = _ta_store_column_text (stmt, 12 + side);
          gboolean shared = sqlite3_column_int (stmt, 14 + side) != 0;

          if (learned != NULL && *learned != '\0' && shared)
            session->learned[side] = g_steal_pointer (&learned);
          else if (learned != NULL && *learned != '\0')
            content->unshared_learnings++;
          session->rating[side] = sqlite3_column_int (stmt, 16 + side);
        }
      if (sqlite3_column_int (stmt, 18) != 0)
        content->private_notes++;
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

static gboolean
read_topics (TaStore      *self,
             TaExContent  *content,
             const char   *programme_id,
             PairRow      *pair,
             GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (self,
                           "SELECT DISTINCT t.id, t.title, t.description, t.stage, t.due_date, t.exchange_uid, "
                           "t.position FROM topics t JOIN topic_researchers r ON r.topic_id = t.id "
                           "WHERE r.participant_id = ?1 OR r.participant_id = ?2 ORDER BY t.stage, t.position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pair->person[0]);
  sqlite3_bind_int64 (stmt, 2, pair->person[1]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExTopic *topic = ta_ex_topic_new ();
      g_autofree char *exchange_uid = _ta_store_column_text (stmt, 5);
      int stage = sqlite3_column_int (stmt, 3);

      topic->uid = _ta_ex_uid (programme_id, "topic", sqlite3_column_int64 (stmt, 0), exchange_uid);
      topic->title = _ta_store_column_text (stmt, 1);
      topic->description = _ta_store_column_text (stmt, 2);
      topic->stage = CLAMP (stage, TA_TOPIC_STAGE_PROPOSED, TA_TOPIC_STAGE_PRESENTED);
      topic->due = _ta_store_column_text (stmt, 4);
      g_ptr_array_add (content->topics, topic);
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

static gboolean
read_check_ins (TaStore      *self,
                TaExContent  *content,
                gint64        pairing_id,
                GError      **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (self,
                           "SELECT uid, kind, side, answered_at, fit, quality, works, not_working, changed, "
                           "recommend, keep, confidence FROM check_ins WHERE pairing_id = ?1 "
                           "ORDER BY answered_at, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pairing_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaExCheckIn *check_in = ta_ex_check_in_new ();

      g_ptr_array_add (content->check_ins, check_in);
      check_in->uid = _ta_store_column_text (stmt, 0);
      if (!ta_check_in_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &check_in->kind) ||
          !ta_pair_side_from_string ((const char *) sqlite3_column_text (stmt, 2), &check_in->side))
        {
          g_ptr_array_remove_index (content->check_ins, content->check_ins->len - 1);
          continue;
        }
      check_in->answered = _ta_store_column_text (stmt, 3);
      if (!ta_check_in_fit_from_string ((const char *) sqlite3_column_text (stmt, 4), &check_in->fit))
        check_in->fit = TA_CHECK_IN_FIT_NONE;
      check_in->quality = sqlite3_column_int (stmt, 5);
      check_in->works = _ta_store_column_text (stmt, 6);
      check_in->not_working = _ta_store_column_text (stmt, 7);
      check_in->changed = _ta_store_column_text (stmt, 8);
      check_in->recommend = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 9);
      check_in->keep = _ta_store_column_text (stmt, 10);
      check_in->confidence = sqlite3_column_int (stmt, 11);
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (self, rc, error);

  return TRUE;
}

/* The check-ins due and not answered yet, by the due rules as of now
 * (ta_check_in_compute_due()), with their local day. */
static gboolean
read_due (TaStore      *self,
          TaExContent  *content,
          PairRow      *pair,
          GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GPtrArray) due = NULL;

  /* The store's own due list, read by the pair's indexes, inside the
   * kit's read transaction (the store's lock is recursive). */
  due = ta_store_list_due_check_ins (self, pair->id, now, zone, error);
  if (due == NULL)
    return FALSE;

  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *one = g_ptr_array_index (due, i);
      TaExDue *item;

      if (one->answered || !g_date_valid (&one->due_on))
        continue;
      item = ta_ex_due_new ();
      item->kind = one->kind;
      item->side = one->side;
      item->due = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&one->due_on),
                                   g_date_get_month (&one->due_on), g_date_get_day (&one->due_on));
      g_ptr_array_add (content->due, item);
    }

  return TRUE;
}

/* A kit: the facilitator's whole view of the pair. */
gboolean
_ta_ex_read_kit (TaStore      *self,
                 TaExContent  *content,
                 gint64        pairing_id,
                 GError      **error)
{
  g_auto(PairRow) pair = { 0 };
  g_autofree char *programme_id = ta_store_get_programme_id (self, error);
  g_autofree char *email = NULL;

  if (programme_id == NULL || !read_pair (self, pairing_id, &pair, error))
    return FALSE;
  if (!_ta_ex_read_setting (self, "facilitator-email", &email, error))
    return FALSE;

  content->programme = g_strdup (programme_id);
  content->pair_uid = _ta_ex_uid (programme_id, "pairing", pairing_id, pair.exchange_uid);
  content->facilitator_email = g_steal_pointer (&email);
  content->status = pair.status;
  content->started = g_strdup (pair.started);
  content->ended = g_strdup (pair.ended);
  content->end_reason = g_strdup (pair.end_reason);

  return read_people (self, content, programme_id, &pair, error) &&
         read_goals (self, content, pairing_id, error) &&
         read_series (self, content, programme_id, pairing_id, error) &&
         read_sessions (self, content, programme_id, &pair, error) &&
         read_due (self, content, &pair, error) &&
         read_topics (self, content, programme_id, &pair, error);
}

/* An update: what happened in the pair, for the facilitator it came
 * from. */
gboolean
_ta_ex_read_update (TaStore      *self,
                    TaExContent  *content,
                    gint64        pairing_id,
                    GError      **error)
{
  g_auto(PairRow) pair = { 0 };
  g_autofree char *programme_id = ta_store_get_programme_id (self, error);
  g_autofree char *home = NULL;
  g_autofree char *me = NULL;
  g_autofree char *me_uid = NULL;

  if (programme_id == NULL || !read_pair (self, pairing_id, &pair, error) ||
      !_ta_ex_read_setting (self, TA_STORE_HOME_PROGRAMME_KEY, &home, error) ||
      !_ta_ex_read_setting (self, TA_STORE_ME_KEY, &me, error))
    return FALSE;

  if (home == NULL || pair.exchange_uid == NULL)
    {
      g_set_error_literal (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NO_PAIR,
                           _("This pair came from no facilitator's pair kit: an update has "
                             "nowhere to go"));
      return FALSE;
    }

  if (me != NULL)
    {
      TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (self, "SELECT exchange_uid FROM participants WHERE id = ?1",
                                                          error);
      gint64 id = g_ascii_strtoll (me, NULL, 10);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *exchange_uid = _ta_store_column_text (stmt, 0);

          me_uid = _ta_ex_uid (programme_id, "participant", id, exchange_uid);
        }
      else if (rc != SQLITE_DONE)
        return _ta_ex_sql_error (self, rc, error);
    }

  content->programme = g_steal_pointer (&home);
  content->pair_uid = g_strdup (pair.exchange_uid);
  content->author = g_steal_pointer (&me_uid);

  return read_sessions (self, content, programme_id, &pair, error) &&
         read_goals (self, content, pairing_id, error) &&
         read_check_ins (self, content, pairing_id, error);
}
