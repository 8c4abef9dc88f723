/* exchange-scenario.c - what the steps of test-exchange-roundtrip share:
 * the scenario, its programmes and files, and checks of them
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-exchange-roundtrip"

#include "exchange-scenario.h"

Scenario scenario;
/* A step runs only after every earlier one finished. */
gboolean
step_begins (guint step)
{
  if (scenario.step == step)
    return TRUE;
  g_test_skip ("an earlier step of the scenario did not finish");
  return FALSE;
}

void
step_ends (guint step)
{
  scenario.step = step + 1;
}

char *
scenario_file (const char *name)
{
  return g_build_filename (scenario.dir, name, NULL);
}

char *
uid_of (const char *type,
        gint64      id)
{
  return g_strdup_printf ("%s:%s:%" G_GINT64_FORMAT, scenario.facilitator_id, type, id);
}

/* Local day today + @days at @hour:@minute. */
GDateTime *
local_at (int days,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

TaProgramme *
open_programme (const char *path)
{
  g_autoptr(GError) error = NULL;
  TaProgramme *programme = ta_programme_open (path, TA_PROGRAMME_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (programme);
  return programme;
}

char *
programme_id_of (const char *path)
{
  char *id = ta_test_db_query_text (path, "SELECT value FROM settings WHERE key = 'programme-id'");

  g_assert_nonnull (id);
  g_assert_true (g_uuid_string_is_valid (id));
  return id;
}

void
assert_query (const char *path,
              const char *sql,
              const char *expected)
{
  g_autofree char *got = ta_test_db_query_text (path, sql);

  g_assert_cmpstr (got, ==, expected);
}

gint64
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);

  return ta_test_db_query_int (path, sql);
}

/* The one session of @sessions (TaSession) that starts at @start, or NULL. */
TaSession *
find_session_at (GPtrArray *sessions,
                 GDateTime *start)
{
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      if (g_date_time_equal (ta_session_get_starts_at (session), start))
        return session;
    }
  return NULL;
}

guint
count_planned (TaProgramme *programme,
               gint64       pairing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (programme, pairing, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    if (ta_session_get_status (g_ptr_array_index (sessions, i)) == TA_SESSION_STATUS_PLANNED)
      n++;
  return n;
}

TaGoal *
find_goal (TaPairing  *pairing,
           const char *title)
{
  GListModel *goals = G_LIST_MODEL (ta_pairing_get_goals (pairing));

  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (goals, i);

      if (g_ascii_strcasecmp (ta_goal_get_title (goal), title) == 0)
        return goal;
    }
  return NULL;
}

/* The file, parsed; its checksum recomputed as docs/exchange.md defines
 * it (SHA-256 of `content` as json-glib writes it compactly) and compared. */
static void
assert_no_floats (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

        for (GList *l = members; l != NULL; l = l->next)
          assert_no_floats (l->data);
      }
      break;
    case JSON_NODE_ARRAY:
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        assert_no_floats (json_array_get_element (json_node_get_array (node), i));
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        g_error ("The file holds a floating-point number, %g", json_node_get_double (node));
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

JsonNode *
parse_exchange_file (const char *path,
                     const char *kind)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) written = NULL;
  g_autofree char *content = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *sum = NULL;
  JsonObject *root;
  gsize length = 0;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "turnabout-exchange");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, kind);
  g_assert_cmpstr (json_object_get_string_member (root, "programme"), ==, scenario.facilitator_id);
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (root, "id")));
  /* "2026-12-07T10:00:00Z": UTC, whole seconds */
  written = g_date_time_new_from_iso8601 (json_object_get_string_member (root, "written"), NULL);
  g_assert_nonnull (written);
  g_assert_cmpuint (strlen (json_object_get_string_member (root, "written")), ==, 20);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (root, "written"), "Z"));
  g_assert_true (json_object_has_member (root, "content"));

  json_generator_set_pretty (generator, FALSE);
  json_generator_set_root (generator, json_object_get_member (root, "content"));
  content = json_generator_to_data (generator, &length);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) content, length);
  expected = g_strconcat ("sha256:", sum, NULL);
  g_assert_cmpstr (json_object_get_string_member (root, "checksum"), ==, expected);
  /* Integers, strings, booleans, arrays and objects: no floating point,
   * so that re-serialising the content is exact. */
  assert_no_floats (json_parser_get_root (parser));

  return json_node_ref (json_parser_get_root (parser));
}

JsonObject *
content_of (JsonNode *root)
{
  return json_object_get_object_member (json_node_get_object (root), "content");
}

/* The element of @array whose "uid" is @uid, or NULL. */
JsonObject *
find_by_uid (JsonArray  *array,
             const char *uid)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, "uid", NULL), uid) == 0)
        return object;
    }
  return NULL;
}

char *
file_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

void
write_json (const char *path,
            JsonNode   *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_generator_set_root (generator, root);
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
}

/* Gives @root's content its checksum again, after a test changed it. */
void
reseal (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *content = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *checksum = NULL;
  gsize length = 0;

  json_generator_set_root (generator, json_object_get_member (json_node_get_object (root), "content"));
  content = json_generator_to_data (generator, &length);
  sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) content, length);
  checksum = g_strconcat ("sha256:", sum, NULL);
  json_object_set_string_member (json_node_get_object (root), "checksum", checksum);
}

void
assert_mode_0600 (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
}

/* Insights of today − 30 … today + 30, as of today noon. */
TaInsights *
compute_insights (TaProgramme *programme)
{
  g_autoptr(GDateTime) now = local_at (0, 12, 0);
  g_autoptr(GDateTime) first = g_date_time_add_days (now, -30);
  g_autoptr(GDateTime) last = g_date_time_add_days (now, 30);
  g_autoptr(GError) error = NULL;
  TaInsightsQuery query;
  TaInsights *insights;
  GDate from, to;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, g_date_time_get_day_of_month (first), g_date_time_get_month (first),
                  g_date_time_get_year (first));
  g_date_set_dmy (&to, g_date_time_get_day_of_month (last), g_date_time_get_month (last),
                  g_date_time_get_year (last));
  ta_insights_query_init (&query, &from, &to);
  query.now = now;
  insights = ta_programme_compute_insights (programme, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

double
figure_value (TaInsights *insights,
              const char *key)
{
  TaFigure *figure = ta_insights_lookup_figure (insights, key);

  if (figure == NULL)
    g_error ("Insights has no figure “%s”", key);
  return ta_figure_get_value (figure);
}

/* Reads @path into @programme: refused with @code, and the file of
 * @programme_path unchanged row for row. */
void
assert_refused (TaProgramme *programme,
                const char  *programme_path,
                const char  *path,
                int          code)
{
  g_autofree char *before = ta_test_db_dump (programme_path);
  g_autofree char *after = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  /* Soft: one refusal that fails leaves the others to be checked. */
  preview = ta_programme_exchange_read (programme, path, &error);
  after = ta_test_db_dump (programme_path);
  SOFT_CHECK (g_strcmp0 (after, before) == 0, "%s changed the programme while being read", name);
  SOFT_CHECK (preview == NULL && error != NULL, "%s was not refused", name);
  g_test_message ("%s refused: %s", name, error->message);
  SOFT_CHECK (g_error_matches (error, TA_EXCHANGE_ERROR, code), "%s was refused with %s %d, not TA_EXCHANGE_ERROR %d",
              name, g_quark_to_string (error->domain), error->code, code);
  if (code == TA_EXCHANGE_ERROR_NOT_EXCHANGE || code == TA_EXCHANGE_ERROR_TAMPERED)
    {
      /* “X” is not a Turnabout exchange file: …; “X” was changed after … */
      SOFT_CHECK (strstr (error->message, name) != NULL, "the message does not name %s", name);
    }
}

TaExchangePreview *
read_file (TaProgramme *programme,
           const char  *path)
{
  g_autoptr(GError) error = NULL;
  TaExchangePreview *preview = ta_programme_exchange_read (programme, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (preview);
  g_assert_cmpstr (ta_exchange_preview_get_path (preview), ==, path);
  g_assert_nonnull (ta_exchange_preview_get_written_at (preview));
  g_assert_nonnull (ta_exchange_preview_get_pair (preview));
  for (guint i = 0; i < ta_exchange_preview_get_changes (preview)->len; i++)
    {
      TaExchangeChange *change = g_ptr_array_index (ta_exchange_preview_get_changes (preview), i);

      g_assert_nonnull (change->text);
      g_test_message ("  %s %s: %s",
                      change->kind == TA_EXCHANGE_CHANGE_ADD ? "ADD" :
                      change->kind == TA_EXCHANGE_CHANGE_UPDATE ? "UPDATE" : "KEEP",
                      change->pair, change->text);
    }
  return preview;
}

void
apply_file (TaProgramme       *programme,
            TaExchangePreview *preview)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_programme_exchange_apply (programme, preview, &error));
  g_assert_no_error (error);
}

guint
count_changes (TaExchangePreview    *preview,
               TaExchangeChangeKind  kind)
{
  GPtrArray *changes = ta_exchange_preview_get_changes (preview);
  guint n = 0;

  for (guint i = 0; i < changes->len; i++)
    if (((TaExchangeChange *) g_ptr_array_index (changes, i))->kind == kind)
      n++;
  return n;
}

/* Every member of @object is one of @allowed. */
void
assert_members_within (JsonObject         *object,
                       const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      g_error ("The file carries “%s”, which docs/exchange.md does not allow here", (const char *) l->data);
}

void
assert_members_lack (JsonObject         *object,
                     const char * const *forbidden)
{
  for (guint i = 0; forbidden[i] != NULL; i++)
    if (json_object_has_member (object, forbidden[i]))
      g_error ("The file carries “%s”, which docs/exchange.md keeps at home", forbidden[i]);
}

void
assert_empty_text (const char *text)
{
  g_assert_true (text == NULL || *text == '\0');
}

/* A person received in a kit has nothing of the directory but the
 * kit's fields. */
void
assert_no_directory (TaParticipant *person)
{
  assert_empty_text (ta_participant_get_department (person));
  assert_empty_text (ta_participant_get_job_title (person));
  assert_empty_text (ta_participant_get_notes (person));
  assert_empty_text (ta_participant_get_location (person));
  g_assert_cmpint (ta_participant_get_career_level (person), ==, 0);
  g_assert_cmpint (ta_participant_get_birth_year (person), ==, 0);
  g_assert_cmpint (ta_participant_get_reports_to (person), ==, 0);
  g_assert_true (ta_participant_get_offers (person) == NULL || ta_participant_get_offers (person)[0] == NULL);
  g_assert_true (ta_participant_get_seeks (person) == NULL || ta_participant_get_seeks (person)[0] == NULL);
}

gboolean
same_strv (const char * const *a,
           const char * const *b)
{
  guint n_a = a != NULL ? g_strv_length ((char **) a) : 0;
  guint n_b = b != NULL ? g_strv_length ((char **) b) : 0;

  if (n_a != n_b)
    return FALSE;
  for (guint i = 0; i < n_a; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

TaParticipant *
get_participant (TaProgramme *programme,
                 gint64       id)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_programme_get_participant (programme, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (participant);
  return participant;
}

TaPairing *
get_pairing (TaProgramme *programme,
             gint64       id)
{
  g_autoptr(GError) error = NULL;
  TaPairing *pairing = ta_programme_get_pairing (programme, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pairing);
  return pairing;
}

TaSession *
get_session (TaProgramme *programme,
             gint64       id)
{
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_programme_get_session (programme, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

gint64
add_planned_session (TaProgramme *programme,
                     gint64       pairing,
                     GDateTime   *start,
                     int          minutes,
                     const char  *location,
                     const char  *notes)
{
  g_autoptr(TaSession) session = ta_session_new_one_on_one (pairing, start, minutes);
  g_autoptr(GError) error = NULL;

  ta_session_set_location (session, location);
  ta_session_set_notes (session, notes);
  g_assert_true (ta_programme_add_session (programme, session, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ta_session_get_id (session), >, 0);
  return ta_session_get_id (session);
}

JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

gint64
add_topic (TaProgramme *programme,
           const char  *title,
           gint64       researcher)
{
  g_autoptr(TaTopic) topic = ta_topic_new (title);
  g_autoptr(GError) error = NULL;

  ta_topic_set_description (topic, "Found by the round trip test");
  ta_topic_set_stage (topic, TA_TOPIC_STAGE_RESEARCHING);
  ta_topic_set_researchers (topic, &researcher, 1);
  g_assert_true (ta_programme_add_topic (programme, topic, &error));
  g_assert_no_error (error);
  return ta_topic_get_id (topic);
}

/* The latest relationship check due by today for a pair started on
 * @started ("YYYY-MM-DD"): day 30, then every 60 days; NULL before day 30. */
char *
latest_relationship_due (const char *started)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today, start, due, next;
  int year, month, day;

  g_assert_cmpint (sscanf (started, "%d-%d-%d", &year, &month, &day), ==, 3);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, day, month, year);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  due = start;
  g_date_add_days (&due, 30);
  if (g_date_compare (&due, &today) > 0)
    return NULL;
  for (next = due, g_date_add_days (&next, 60); g_date_compare (&next, &today) <= 0; g_date_add_days (&next, 60))
    due = next;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&due), g_date_get_month (&due), g_date_get_day (&due));
}

/* Whether @array holds a due check-in of @kind and @side. */
JsonObject *
find_due (JsonArray  *array,
          const char *kind,
          const char *side)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *due = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (due, "kind"), kind) == 0 &&
          g_strcmp0 (json_object_get_string_member (due, "side"), side) == 0)
        return due;
    }
  return NULL;
}

gboolean
has_title (JsonArray  *array,
           const char *title)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (array, i), "title"), title) == 0)
      return TRUE;
  return FALSE;
}

/* What the main loop has to deliver (signals a live list may wait for). */
void
run_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

guint
count_sessions (TaProgramme *programme,
                gint64       pairing)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = ta_programme_list_sessions_of_pairing (programme, pairing, &error);

  g_assert_no_error (error);
  return sessions->len;
}

/* Waits until the wall clock is in its next second: the exchange log and
 * the records keep times to the second, and a test that wants two things
 * in one second (or not) starts right after one begins. */
void
wait_for_next_second (void)
{
  gint64 second = g_get_real_time () / G_USEC_PER_SEC;

  while (g_get_real_time () / G_USEC_PER_SEC == second)
    g_usleep (10000);
}
