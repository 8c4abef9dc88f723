/* ta-store-exchange-kit.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ta-store-exchange-private.h"

/*
 * A pair kit, applied by the pair (docs/exchange.md, "Merge rules"): the
 * facilitator owns the pairing (status, dates, the people's names,
 * addresses, languages and availability, except "me"'s own record), the
 * planned sessions and series while the pair has not held, cancelled or
 * moved them, and the topics; the pair keeps its notes, learnings,
 * ratings, check-in answers, the sessions it added and its goals' done
 * states.  A kit into an empty programme makes it personal.
 */

static void
say (TaExMerge            *merge,
     TaExchangeChangeKind  kind,
     char                 *text)
{
  _ta_exchange_preview_add (merge->preview, kind, text);
  g_free (text);
}

/* People */

/* "nl;en", or NULL for none: as the participants table keeps them. */
static char *
join_languages (TaExPerson *person)
{
  if (person->languages == NULL || person->languages[0] == NULL)
    return NULL;

  return g_strjoinv (";", person->languages);
}

typedef struct
{
  gint64 id;
  char *name;
  char *email;
  char *languages;
  TaAvailability availability;
  char *exchange_uid;
} PersonRow;

static void
person_row_clear (PersonRow *row)
{
  g_free (row->name);
  g_free (row->email);
  g_free (row->languages);
  g_free (row->exchange_uid);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonRow, person_row_clear)

static gboolean
read_person (TaExMerge   *merge,
             const char  *where,
             gint64       id,
             const char  *email,
             PersonRow   *row,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, name, email, languages, availability, exchange_uid "
                                          "FROM participants WHERE %s", where);
  TA_EX_CACHED sqlite3_stmt *stmt = _ta_ex_statement (merge->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (email != NULL)
    _ta_store_bind_text (stmt, 1, email);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->name = _ta_store_column_text (stmt, 1);
  row->email = _ta_store_column_text (stmt, 2);
  row->languages = _ta_store_column_text (stmt, 3);
  if (row->languages != NULL && *row->languages == '\0')
    g_clear_pointer (&row->languages, g_free);
  row->availability = (TaAvailability) sqlite3_column_int64 (stmt, 4);
  row->exchange_uid = _ta_store_column_text (stmt, 5);
  return TRUE;
}

static gboolean
write_person (TaExMerge   *merge,
              TaExPerson  *person,
              gint64       id,
              gboolean     keep_details,
              GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  g_autofree char *languages = join_languages (person);

  if (id == 0)
    stmt = _ta_ex_statement (merge->store,
                             "INSERT INTO participants (name, email, role, languages, availability, capacity, "
                             "status, exchange_uid, created_at, updated_at) "
                             "VALUES (?2, ?3, ?4, ?5, ?6, ?7, 'active', ?8, ?9, ?9)",
                             error);
  else if (keep_details)
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE participants SET exchange_uid = ?8 WHERE id = ?1 AND exchange_uid IS NULL",
                             error);
  else
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE participants SET name = ?2, email = ?3, languages = ?5, availability = ?6, "
                             "exchange_uid = coalesce (exchange_uid, ?8), updated_at = ?9, "
                             "revision = revision + 1 WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (!keep_details)
    {
      _ta_store_bind_text (stmt, 2, person->name);
      _ta_store_bind_text (stmt, 3, person->email);
      _ta_store_bind_text (stmt, 5, languages);
      sqlite3_bind_int64 (stmt, 6, person->availability & TA_AVAILABILITY_ALL);
      _ta_store_bind_text (stmt, 9, merge->now);
    }
  if (id == 0)
    {
      _ta_store_bind_text (stmt, 4, ta_pair_side_to_string (person->side));
      /* A mentor of one pair: the pair's own Turnabout is no directory. */
      sqlite3_bind_int (stmt, 7, person->side == TA_PAIR_SIDE_MENTOR ? 1 : 0);
    }
  _ta_store_bind_text (stmt, 8, person->uid);

  if (!_ta_store_step_done (merge->store, stmt, _("The person could not be saved"), error))
    return FALSE;

  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (merge->store->db);
      g_array_append_val (merge->participants_added, id);
    }
  else if (!keep_details)
    g_array_append_val (merge->participants_updated, id);
  merge->person[person->side] = id;

  return TRUE;
}

/* Which of the kit's people is "me" when the kit makes the programme
 * personal: its recipient, else the side chosen on the preview (by
 * default the mentor, who most often installs it). */
static TaPairSide
me_side (TaExMerge *merge)
{
  for (guint i = 0; i < merge->content->people->len; i++)
    {
      TaExPerson *person = g_ptr_array_index (merge->content->people, i);

      if (g_strcmp0 (person->uid, merge->content->recipient) == 0)
        return person->side;
    }

  return merge->content->me_side;
}

static gboolean
merge_person (TaExMerge   *merge,
              TaExPerson  *person,
              GError     **error)
{
  g_auto(PersonRow) row = { 0 };
  g_autofree char *languages = join_languages (person);
  gint64 id = 0;
  gboolean is_me;
  gboolean differs;

  if (!_ta_ex_resolve (merge, "participants", "participant", person->uid, &id, error))
    return FALSE;
  if (id == 0)
    id = merge->person[person->side];
  if (!(id != 0 ? read_person (merge, "id = ?1", id, NULL, &row, error)
                : read_person (merge, "email = ?1", 0, person->email, &row, error)))
    return FALSE;

  if (row.id == 0)
    {
      /* Translators: %1$s is a name, %2$s "mentor" or "mentee" */
      say (merge, TA_EXCHANGE_CHANGE_ADD, g_strdup_printf (_("%1$s (%2$s) added."), person->name,
                                                          ta_exchange_side_label (person->side)));
      return !merge->write || write_person (merge, person, 0, FALSE, error);
    }

  merge->person[person->side] = row.id;
  is_me = row.id == merge->me;
  differs = g_strcmp0 (row.name, person->name) != 0 || g_ascii_strcasecmp (row.email, person->email) != 0 ||
            g_strcmp0 (row.languages, languages) != 0 || row.availability != person->availability;

  if (differs && is_me)
    say (merge, TA_EXCHANGE_CHANGE_KEEP,
         g_strdup (_("Your own name, address, languages and availability are yours: kept as you have them.")));
  else if (differs)
    /* Translators: %s is a name */
    say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%s: name, address, languages and availability "
                                                              "as the facilitator has them."), person->name));

  if (!merge->write || (!differs && row.exchange_uid != NULL))
    return TRUE;

  return write_person (merge, person, row.id, is_me || !differs, error);
}

/* The pairing */

static gboolean
write_pairing (TaExMerge  *merge,
               GError    **error)
{
  TaExContent *content = merge->content;
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  gboolean added = merge->pairing_id == 0;

  if (added)
    stmt = _ta_ex_statement (merge->store,
                             "INSERT INTO pairings (mentor_id, mentee_id, status, started_on, ended_on, end_reason, "
                             "exchange_uid, created_at, updated_at) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                             error);
  else
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE pairings SET status = ?4, started_on = ?5, ended_on = ?6, end_reason = ?7, "
                             "exchange_uid = coalesce (exchange_uid, ?8), updated_at = ?9, "
                             "revision = revision + 1 WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  if (!added)
    sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  else
    {
      sqlite3_bind_int64 (stmt, 2, merge->person[TA_PAIR_SIDE_MENTOR]);
      sqlite3_bind_int64 (stmt, 3, merge->person[TA_PAIR_SIDE_MENTEE]);
    }
  _ta_store_bind_text (stmt, 4, ta_pairing_status_to_string (content->status));
  _ta_store_bind_text (stmt, 5, content->started);
  _ta_store_bind_text (stmt, 6, content->ended);
  _ta_store_bind_text (stmt, 7, content->end_reason);
  _ta_store_bind_text (stmt, 8, content->pair_uid);
  _ta_store_bind_text (stmt, 9, merge->now);
  if (!_ta_store_step_done (merge->store, stmt, _("The pair could not be saved"), error))
    return FALSE;

  if (added)
    {
      merge->pairing_id = sqlite3_last_insert_rowid (merge->store->db);
      merge->pairing_added = TRUE;
    }
  else
    merge->pairing_updated = TRUE;

  return TRUE;
}

/* A pair begun by hand (me, then New Pair with my partner) before the
 * facilitator's kit came is that kit's pair: the same mentor and mentee,
 * found by e-mail, and no other kit's pair yet.  It is adopted (its
 * exchange_uid set by write_pairing()) rather than doubled. */
static gboolean
adopt_pairing_made_by_hand (TaExMerge  *merge,
                            GError    **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  if (merge->person[TA_PAIR_SIDE_MENTOR] == 0 || merge->person[TA_PAIR_SIDE_MENTEE] == 0)
    return TRUE;

  stmt = _ta_ex_statement (merge->store,
                           "SELECT id FROM pairings WHERE mentor_id = ?1 AND mentee_id = ?2 "
                           "AND exchange_uid IS NULL ORDER BY status IN ('completed', 'ended'), id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->person[TA_PAIR_SIDE_MENTOR]);
  sqlite3_bind_int64 (stmt, 2, merge->person[TA_PAIR_SIDE_MENTEE]);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      merge->pairing_id = sqlite3_column_int64 (stmt, 0);
      say (merge, TA_EXCHANGE_CHANGE_UPDATE,
           g_strdup (_("The pair you began here becomes the facilitator's pair.")));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _ta_ex_sql_error (merge->store, rc, error);
  return TRUE;
}

static gboolean
merge_pairing (TaExMerge  *merge,
               GError    **error)
{
  TaExContent *content = merge->content;
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  g_autofree char *started = NULL;
  g_autofree char *ended = NULL;
  g_autofree char *end_reason = NULL;
  g_autofree char *exchange_uid = NULL;
  TaPairingStatus status = TA_PAIRING_STATUS_ACTIVE;
  gboolean differs = FALSE;
  int rc;

  if (merge->pairing_id == 0 && !adopt_pairing_made_by_hand (merge, error))
    return FALSE;

  if (merge->pairing_id == 0)
    {
      g_autofree char *since = ta_exchange_format_date_text (content->started);

      say (merge, TA_EXCHANGE_CHANGE_ADD,
           content->started != NULL
           /* Translators: %1$s is the pair's status ("Active"), %2$s a day */
           ? g_strdup_printf (_("The pair is added: “%1$s”, since %2$s."),
                              ta_pairing_status_get_label (content->status), since)
           /* Translators: %s is the pair's status ("Proposed") */
           : g_strdup_printf (_("The pair is added: “%s”."), ta_pairing_status_get_label (content->status)));
      return !merge->write || write_pairing (merge, error);
    }

  stmt = _ta_ex_statement (merge->store,
                           "SELECT status, started_on, ended_on, end_reason, exchange_uid FROM pairings WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, merge->pairing_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);
  ta_pairing_status_from_string ((const char *) sqlite3_column_text (stmt, 0), &status);
  started = _ta_store_column_text (stmt, 1);
  ended = _ta_store_column_text (stmt, 2);
  end_reason = _ta_store_column_text (stmt, 3);
  exchange_uid = _ta_store_column_text (stmt, 4);

  if (status != content->status)
    {
      say (merge, TA_EXCHANGE_CHANGE_UPDATE,
           /* Translators: both are statuses of a pair ("Completed", "Active") */
           g_strdup_printf (_("The pair is now “%1$s” (was “%2$s”)."), ta_pairing_status_get_label (content->status),
                            ta_pairing_status_get_label (status)));
      differs = TRUE;
    }
  if (g_strcmp0 (started, content->started) != 0)
    {
      g_autofree char *day = ta_exchange_format_date_text (content->started);

      /* Translators: %s is a day */
      say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("The pair started on %s."), day));
      differs = TRUE;
    }
  if (g_strcmp0 (ended, content->ended) != 0 || g_strcmp0 (end_reason, content->end_reason) != 0)
    {
      g_autofree char *day = ta_exchange_format_date_text (content->ended);

      if (content->ended != NULL)
        /* Translators: %s is a day */
        say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("The pair ended on %s."), day));
      differs = TRUE;
    }

  if (!merge->write || (!differs && exchange_uid != NULL))
    return TRUE;
  return write_pairing (merge, error);
}

/* Goals: the pair's done states; goals it lacks are added. */
static gboolean
merge_goals (TaExMerge  *merge,
             TaExLocal  *local,
             GError    **error)
{
  for (guint i = 0; i < merge->content->goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (merge->content->goals, i);
      int index = _ta_ex_local_find_goal (local, goal->title);

      if (index >= 0)
        {
          TaExGoal *stored = g_ptr_array_index (local->goals, index);

          if (stored->done != goal->done)
            say (merge, TA_EXCHANGE_CHANGE_KEEP,
                 /* Translators: %s is a goal */
                 g_strdup_printf (stored->done ? _("Goal “%s”: done here; kept.")
                                               : _("Goal “%s”: not done here; kept."), stored->title));
          continue;
        }

      /* Translators: %s is a goal */
      say (merge, TA_EXCHANGE_CHANGE_ADD, g_strdup_printf (_("Goal “%s” added."), goal->title));
      g_ptr_array_add (local->goals, ta_ex_goal_new (goal->title, goal->done));
      g_array_append_val (local->positions, local->next_position);
      if (merge->write && !_ta_ex_write_goal (merge, local, -1, goal, error))
        return FALSE;
    }

  return TRUE;
}

/* Series: added, or updated to the facilitator's rule. */

static gboolean
series_is_valid (TaExSeries *series)
{
  return series->uid != NULL &&
         (g_strcmp0 (series->frequency, "monthly") == 0 || g_strcmp0 (series->frequency, "weekly") == 0) &&
         series->interval >= 1 && series->interval <= 52 &&
         series->week_of_month >= -1 && series->week_of_month <= 4 &&
         series->local_time != NULL && strlen (series->local_time) == 5 &&
         series->time_zone != NULL && series->duration >= 5 && series->duration <= 600 &&
         series->first_date != NULL && strlen (series->first_date) == 10 &&
         (series->until_date == NULL || strlen (series->until_date) == 10) && series->count >= 0;
}

static gboolean
write_series (TaExMerge   *merge,
              TaExSeries  *series,
              gint64      *inout_id,
              GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;

  if (*inout_id == 0)
    stmt = _ta_ex_statement (merge->store,
                             "INSERT INTO session_series (pairing_id, frequency, interval, week_of_month, local_time, "
                             "time_zone, duration_minutes, location, first_date, until_date, count, exchange_uid, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                             "?13, ?13)",
                             error);
  else
    stmt = _ta_ex_statement (merge->store,
                             "UPDATE session_series SET frequency = ?2, interval = ?3, week_of_month = ?4, "
                             "local_time = ?5, time_zone = ?6, duration_minutes = ?7, location = ?8, "
                             "first_date = ?9, until_date = ?10, count = ?11, "
                             "exchange_uid = coalesce (exchange_uid, ?12), updated_at = ?13 WHERE id = ?1",
                             error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *inout_id == 0 ? merge->pairing_id : *inout_id);
  _ta_store_bind_text (stmt, 2, series->frequency);
  sqlite3_bind_int (stmt, 3, series->interval);
  sqlite3_bind_int (stmt, 4, series->week_of_month);
  _ta_store_bind_text (stmt, 5, series->local_time);
  _ta_store_bind_text (stmt, 6, series->time_zone);
  sqlite3_bind_int (stmt, 7, series->duration);
  _ta_store_bind_text (stmt, 8, series->location);
  _ta_store_bind_text (stmt, 9, series->first_date);
  _ta_store_bind_text (stmt, 10, series->until_date);
  sqlite3_bind_int (stmt, 11, series->count);
  _ta_store_bind_text (stmt, 12, series->uid);
  _ta_store_bind_text (stmt, 13, merge->now);
  if (!_ta_store_step_done (merge->store, stmt, _("The series could not be saved"), error))
    return FALSE;

  if (*inout_id == 0)
    *inout_id = sqlite3_last_insert_rowid (merge->store->db);
  return TRUE;
}

static gboolean
series_differs (TaExMerge   *merge,
                TaExSeries  *series,
                gint64       id,
                gboolean    *out_differs,
                GError     **error)
{
  TA_EX_CACHED sqlite3_stmt *stmt = NULL;
  int rc;

  stmt = _ta_ex_statement (merge->store,
                           "SELECT frequency = ?2 AND interval = ?3 AND week_of_month = ?4 AND local_time = ?5 "
                           "AND time_zone = ?6 AND duration_minutes = ?7 AND location IS ?8 AND first_date = ?9 "
                           "AND until_date IS ?10 AND count = ?11 FROM session_series WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _ta_store_bind_text (stmt, 2, series->frequency);
  sqlite3_bind_int (stmt, 3, series->interval);
  sqlite3_bind_int (stmt, 4, series->week_of_month);
  _ta_store_bind_text (stmt, 5, series->local_time);
  _ta_store_bind_text (stmt, 6, series->time_zone);
  sqlite3_bind_int (stmt, 7, series->duration);
  _ta_store_bind_text (stmt, 8, series->location);
  _ta_store_bind_text (stmt, 9, series->first_date);
  _ta_store_bind_text (stmt, 10, series->until_date);
  sqlite3_bind_int (stmt, 11, series->count);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ta_ex_sql_error (merge->store, rc, error);
  *out_differs = sqlite3_column_int (stmt, 0) == 0;
  return TRUE;
}

/* Fills @ids (series uid → local id, as pointers to gint64). */
static gboolean
merge_series (TaExMerge   *merge,
              GHashTable  *ids,
              GError     **error)
{
  for (guint i = 0; i < merge->content->series->len; i++)
    {
      TaExSeries *series = g_ptr_array_index (merge->content->series, i);
      g_autofree char *first = NULL;
      gboolean differs = TRUE;
      gint64 id = 0;

      if (!series_is_valid (series))
        continue;
      if (!_ta_ex_resolve (merge, "session_series", "series", series->uid, &id, error))
        return FALSE;
      if (id != 0 && !series_differs (merge, series, id, &differs, error))
        return FALSE;

      first = ta_exchange_format_date_text (series->first_date);
      if (id == 0)
        say (merge, TA_EXCHANGE_CHANGE_ADD,
             g_str_equal (series->frequency, "weekly")
             /* Translators: %1$s is a day, %2$s a time ("14:00") */
             ? g_strdup_printf (_("Weekly one-on-ones from %1$s at %2$s added."), first, series->local_time)
             /* Translators: %1$s is a day, %2$s a time ("14:00") */
             : g_strdup_printf (_("Monthly one-on-ones from %1$s at %2$s added."), first, series->local_time));
      else if (differs)
        /* Translators: %s is a day */
        say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("The one-on-ones from %s follow a new rule."),
                                                                first));

      if (merge->write && (id == 0 || differs) && !write_series (merge, series, &id, error))
        return FALSE;
      g_hash_table_insert (ids, series->uid, g_memdup2 (&id, sizeof id));
    }

  return TRUE;
}

/* Sessions */

/* What the last kit applied here said of each of the pair's planned
 * sessions (its time, length and place), kept in the settings as a JSON
 * object, session uid → "starts|minutes|place": a planned session whose
 * values here differ from it was moved by the pair, whenever that was,
 * and whatever else (an agenda in its notes) the pair wrote meanwhile. */
#define LAST_KIT_KEY_PREFIX "exchange-kit:"

static char *
plan_text (const char *starts,
           int         duration,
           const char *location)
{
  return g_strdup_printf ("%s|%d|%s", starts, duration >= 5 && duration <= 600 ? duration : 60,
                          location != NULL ? location : "");
}

static GHashTable *
read_last_kit (TaExMerge  *merge,
               GError    **error)
{
  g_autoptr(GHashTable) plans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *key = g_strconcat (LAST_KIT_KEY_PREFIX, merge->content->pair_uid, NULL);
  g_autofree char *value = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!_ta_ex_read_setting (merge->store, key, &value, error))
    return NULL;
  /* None yet, or damaged by hand: as if no kit had said anything. */
  if (value == NULL || !json_parser_load_from_data (parser, value, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return g_steal_pointer (&plans);

  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_hash_table_insert (plans, g_strdup (l->data), g_strdup (json_node_get_string (node)));
    }

  return g_steal_pointer (&plans);
}

static gboolean
write_last_kit (TaExMerge  *merge,
                GError    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *key = g_strconcat (LAST_KIT_KEY_PREFIX, merge->content->pair_uid, NULL);
  g_autofree char *value = NULL;

  json_builder_begin_object (builder);
  for (guint i = 0; i < merge->content->sessions->len; i++)
    {
      TaExSession *session = g_ptr_array_index (merge->content->sessions, i);
      g_autofree char *starts = NULL;
      g_autofree char *plan = NULL;

      if (session->status != TA_SESSION_STATUS_PLANNED)
        continue;
      starts = ta_time_to_utc_string (session->starts);
      plan = plan_text (starts, session->duration, session->location);
      json_builder_set_member_name (builder, session->uid);
      json_builder_add_string_value (builder, plan);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  value = json_generator_to_data (generator, NULL);
  return _ta_ex_write_setting (merge->store, key, value, error);
}

static gboolean
moved_here (TaExLocalSession *stored,
            TaExSession      *session,
            GHashTable       *last_kit)
{
  const char *planned = g_hash_table_lookup (last_kit, session->uid);
  g_autofree char *here = NULL;

  if (planned == NULL)
    return FALSE;
  here = plan_text (stored->starts, stored->duration, stored->location);
  return !g_str_equal (here, planned);
}

static gboolean
merge_session (TaExMerge         *merge,
               TaExSession       *session,
               TaExLocalSession  *stored,
               GHashTable        *last_kit,
               GError           **error)
{
  g_autoptr(TaExLocalSession) values = _ta_ex_local_copy (stored);
  g_autofree char *name = _ta_ex_describe_local (stored);
  g_autofree char *starts = ta_time_to_utc_string (session->starts);
  gboolean differs;

  differs = g_strcmp0 (stored->starts, starts) != 0 || stored->duration != session->duration ||
            g_strcmp0 (stored->location, session->location) != 0;

  if (stored->status != TA_SESSION_STATUS_PLANNED)
    {
      say (merge, TA_EXCHANGE_CHANGE_KEEP,
           /* Translators: %1$s is a session, %2$s its status here ("Held") */
           g_strdup_printf (_("%1$s is “%2$s” here; kept as you have it."), name,
                            ta_session_status_get_label (stored->status)));
      return TRUE;
    }
  if (!differs)
    return TRUE;

  /* Not where the last kit put it: the pair moved it. */
  if (moved_here (stored, session, last_kit))
    {
      /* Translators: %s is a session ("Session on 9 February 2026 at 14:00") */
      say (merge, TA_EXCHANGE_CHANGE_KEEP, g_strdup_printf (_("%s was changed here; kept as you have it."), name));
      return TRUE;
    }

  if (g_strcmp0 (stored->starts, starts) != 0)
    {
      g_autofree char *when = ta_exchange_format_moment (session->starts);

      /* Translators: %1$s is a session, %2$s a day and time */
      say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%1$s: moved to %2$s."), name, when));
    }
  else
    /* Translators: %s is a session */
    say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("%s: new length or place."), name));

  if (!merge->write)
    return TRUE;
  g_free (values->starts);
  values->starts = g_steal_pointer (&starts);
  values->duration = session->duration;
  g_free (values->location);
  values->location = g_strdup (session->location);
  if (values->exchange_uid == NULL)
    values->exchange_uid = g_strdup (session->uid);
  return _ta_ex_write_session (merge, values, error);
}

static gboolean
merge_sessions (TaExMerge   *merge,
                TaExLocal   *local,
                GHashTable  *series_ids,
                GError     **error)
{
  g_autoptr(GHashTable) last_kit = read_last_kit (merge, error);

  if (last_kit == NULL)
    return FALSE;

  for (guint i = 0; i < merge->content->sessions->len; i++)
    {
      TaExSession *session = g_ptr_array_index (merge->content->sessions, i);
      gint64 *series_id = session->series != NULL ? g_hash_table_lookup (series_ids, session->series) : NULL;
      TaExLocalSession *stored;

      /* A kit carries planned sessions only. */
      if (session->status != TA_SESSION_STATUS_PLANNED)
        continue;
      stored = _ta_ex_local_find (local, session, series_id != NULL ? *series_id : 0);
      if (stored != NULL)
        {
          stored->matched = TRUE;
          if (!merge_session (merge, session, stored, last_kit, error))
            return FALSE;
        }
      else
        {
          g_autoptr(TaExLocalSession) values = _ta_ex_local_new (merge, session, series_id != NULL ? *series_id : 0);
          g_autofree char *what = ta_exchange_describe_session (session);

          /* Translators: %s says the session, "Session on 9 February 2026 at 14:00: planned." */
          say (merge, TA_EXCHANGE_CHANGE_ADD, g_strdup_printf (_("Added: %s"), what));
          if (merge->write && !_ta_ex_write_session (merge, values, error))
            return FALSE;
        }
    }

  /* A planned session that came from the facilitator and is no longer in
   * the plan: the pair decides. */
  for (guint i = 0; i < local->sessions->len; i++)
    {
      TaExLocalSession *stored = g_ptr_array_index (local->sessions, i);
      g_autofree char *name = NULL;

      if (stored->matched || stored->exchange_uid == NULL || stored->status != TA_SESSION_STATUS_PLANNED)
        continue;
      name = _ta_ex_describe_local (stored);
      /* Translators: %s is a session ("Session on 9 February 2026 at 14:00") */
      say (merge, TA_EXCHANGE_CHANGE_KEEP, g_strdup_printf (_("%s is no longer in the facilitator's plan; "
                                                              "it is kept."), name));
    }

  return !merge->write || write_last_kit (merge, error);
}

/* The programme's side, "me", the facilitator it follows. */
static gboolean
merge_settings (TaExMerge  *merge,
                GError    **error)
{
  TaExContent *content = merge->content;
  g_autofree char *home = NULL;
  g_autofree char *email = NULL;

  if (!_ta_ex_read_setting (merge->store, TA_STORE_HOME_PROGRAMME_KEY, &home, error) ||
      !_ta_ex_read_setting (merge->store, "facilitator-email", &email, error))
    return FALSE;

  if (ta_exchange_preview_makes_personal (merge->preview))
    say (merge, TA_EXCHANGE_CHANGE_ADD,
         g_strdup (_("This programme becomes your own: the pair's Turnabout, with you as one of the pair.")));
  if (content->facilitator_email != NULL && g_strcmp0 (email, content->facilitator_email) != 0)
    /* Translators: %s is an e-mail address */
    say (merge, TA_EXCHANGE_CHANGE_UPDATE, g_strdup_printf (_("The facilitator's address: %s."),
                                                            content->facilitator_email));

  if (!merge->write)
    return TRUE;
  if (home == NULL && !_ta_ex_write_setting (merge->store, TA_STORE_HOME_PROGRAMME_KEY, content->programme, error))
    return FALSE;
  if (content->facilitator_email != NULL &&
      !_ta_ex_write_setting (merge->store, "facilitator-email", content->facilitator_email, error))
    return FALSE;
  if (ta_exchange_preview_makes_personal (merge->preview))
    {
      g_autofree char *me = g_strdup_printf ("%" G_GINT64_FORMAT, merge->person[me_side (merge)]);

      if (!_ta_ex_write_setting (merge->store, TA_STORE_SIDE_KEY, "personal", error) ||
          !_ta_ex_write_setting (merge->store, TA_STORE_ME_KEY, me, error))
        return FALSE;
      merge->me = merge->person[me_side (merge)];
    }

  return TRUE;
}

/* The kit's walk, after the checks. */
gboolean
_ta_ex_merge_kit (TaExMerge  *merge,
                  GError    **error)
{
  g_auto(TaExLocal) local = { 0 };
  g_autoptr(GHashTable) series_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < merge->content->people->len; i++)
    {
      if (!merge_person (merge, g_ptr_array_index (merge->content->people, i), error))
        return FALSE;
    }

  /* A personal programme is one person's: a kit of a pair without them
   * is not for it. */
  if (merge->me != 0 && !ta_exchange_preview_makes_personal (merge->preview) &&
      merge->person[TA_PAIR_SIDE_MENTOR] != merge->me && merge->person[TA_PAIR_SIDE_MENTEE] != merge->me)
    {
      g_autofree char *display = g_filename_display_basename (ta_exchange_preview_get_path (merge->preview));

      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_WRONG_SIDE,
                   /* Translators: %1$s is a file name, %2$s a pair ("Anna Peeters and Marc Dubois") */
                   _("“%1$s” is the pair kit of %2$s, and you are not one of them here: the facilitator "
                     "may know you by another e-mail address"),
                   display, ta_exchange_preview_get_pair (merge->preview));
      return FALSE;
    }

  if (!merge_settings (merge, error) ||
      !merge_pairing (merge, error) ||
      !_ta_ex_local_load (merge, &local, error) ||
      !merge_goals (merge, &local, error) ||
      !merge_series (merge, series_ids, error) ||
      !merge_sessions (merge, &local, series_ids, error) ||
      !_ta_ex_merge_topics (merge, error))
    return FALSE;

  if (merge->write && merge->goals_changed && !merge->pairing_added)
    return _ta_ex_touch_pairing (merge, error);

  return TRUE;
}
