/* ta-exchange-reader.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ta-exchange-private.h"
#include "ta-session.h"

/*
 * Reading an exchange file: the first three checks of docs/exchange.md
 * (a Turnabout exchange file with every required member, a version we
 * read, a checksum that matches), then its content into a TaExContent.
 * Members we do not know are ignored; members of the content we know
 * but do not find are taken as empty, except the pair's uid.
 */

static gboolean
not_exchange (GError     **error,
              const char  *display,
              const char  *reason)
{
  g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_NOT_EXCHANGE,
               /* Translators: %1$s is a file name, %2$s the reason */
               _("“%1$s” is not a Turnabout exchange file: %2$s"), display, reason);
  return FALSE;
}

static gboolean
missing (GError     **error,
         const char  *display,
         const char  *member)
{
  /* Translators: %s is a member of the file's JSON, such as “checksum” */
  g_autofree char *reason = g_strdup_printf (_("it has no “%s”"), member);

  return not_exchange (error, display, reason);
}

/* A string member, or NULL when absent, null or not a string. */
static const char *
get_text (JsonObject *object,
          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static char *
dup_text (JsonObject *object,
          const char *member)
{
  const char *text = get_text (object, member);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* An integer member, or @none. */
static gint64
get_int (JsonObject *object,
         const char *member,
         gint64      none)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return none;

  return json_node_get_int (node);
}

static gboolean
get_bool (JsonObject *object,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static GDateTime *
get_time (JsonObject *object,
          const char *member)
{
  return ta_time_from_utc_string (get_text (object, member));
}

/* The objects of an array member (absent: none). */
static GPtrArray *
get_objects (JsonObject *object,
             const char *member)
{
  GPtrArray *objects = g_ptr_array_new ();
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return objects;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        g_ptr_array_add (objects, json_node_get_object (element));
    }

  return objects;
}

static GStrv
get_strings (JsonObject *object,
             const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  return g_strv_builder_end (builder);
}

static gboolean
get_side (JsonObject *object,
          const char *member,
          TaPairSide *out_side)
{
  const char *text = get_text (object, member);

  return text != NULL && ta_pair_side_from_string (text, out_side);
}

static void
read_people (TaExContent *content,
             JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "people");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExPerson *person = ta_ex_person_new ();
      g_auto(GStrv) slots = get_strings (object, "availability");

      person->uid = dup_text (object, "uid");
      if (!get_side (object, "side", &person->side))
        person->side = i == 0 ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE;
      person->name = dup_text (object, "name");
      person->email = dup_text (object, "email");
      person->languages = get_strings (object, "languages");
      if (slots != NULL)
        {
          g_autofree char *joined = g_strjoinv (";", slots);

          if (!ta_availability_parse (joined, &person->availability, NULL))
            person->availability = 0;
        }
      if (person->uid == NULL || person->name == NULL || person->email == NULL)
        {
          g_free (person->uid);
          g_free (person->name);
          g_free (person->email);
          g_strfreev (person->languages);
          g_free (person);
          continue;
        }
      g_ptr_array_add (content->people, person);
    }
}

static void
read_goals (TaExContent *content,
            JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "goals");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      const char *title = get_text (object, "title");

      if (title != NULL && *title != '\0')
        g_ptr_array_add (content->goals, ta_ex_goal_new (title, get_bool (object, "done")));
    }
}

static void
read_series (TaExContent *content,
             JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "series");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExSeries *series = ta_ex_series_new ();

      series->uid = dup_text (object, "uid");
      series->frequency = dup_text (object, "frequency");
      series->interval = (int) get_int (object, "interval", 1);
      series->week_of_month = (int) get_int (object, "week_of_month", 0);
      series->local_time = dup_text (object, "local_time");
      series->time_zone = dup_text (object, "time_zone");
      series->duration = (int) get_int (object, "duration", 60);
      series->location = dup_text (object, "location");
      series->first_date = dup_text (object, "first_date");
      series->until_date = dup_text (object, "until_date");
      series->count = (int) get_int (object, "count", 0);
      g_ptr_array_add (content->series, series);
    }
}

static void
read_sessions (TaExContent *content,
               JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "sessions");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExSession *session = ta_ex_session_new ();
      g_autoptr(GPtrArray) learned = get_objects (object, "learned");
      g_autoptr(GPtrArray) ratings = get_objects (object, "ratings");
      TaPairSide side;

      session->uid = dup_text (object, "uid");
      session->series = dup_text (object, "series");
      session->starts = get_time (object, "starts");
      session->occurrence = get_time (object, "occurrence");
      session->duration = (int) get_int (object, "duration", 60);
      session->location = dup_text (object, "location");
      if (!ta_session_status_from_string (get_text (object, "status"), &session->status))
        session->status = TA_SESSION_STATUS_PLANNED;
      session->title = dup_text (object, "title");
      if (get_side (object, "cancelled_by", &side))
        session->cancelled_by = side;
      session->cancel_reason = dup_text (object, "cancel_reason");
      for (guint j = 0; j < learned->len; j++)
        {
          JsonObject *one = g_ptr_array_index (learned, j);

          if (get_side (one, "side", &side))
            {
              g_free (session->learned[side]);
              session->learned[side] = dup_text (one, "text");
            }
        }
      for (guint j = 0; j < ratings->len; j++)
        {
          JsonObject *one = g_ptr_array_index (ratings, j);
          gint64 rating = get_int (one, "rating", 0);

          if (get_side (one, "side", &side) && rating >= 1 && rating <= 5)
            session->rating[side] = (int) rating;
        }

      /* A session without a uid or a start cannot be merged: left out. */
      g_ptr_array_add (content->sessions, session);
      if (session->uid == NULL || session->starts == NULL)
        g_ptr_array_remove_index (content->sessions, content->sessions->len - 1);
    }
}

static void
read_due (TaExContent *content,
          JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "check_ins_due");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExDue *due = ta_ex_due_new ();

      if (!ta_check_in_kind_from_string (get_text (object, "kind"), &due->kind) ||
          !get_side (object, "side", &due->side))
        {
          g_free (due);
          continue;
        }
      due->due = dup_text (object, "due");
      g_ptr_array_add (content->due, due);
    }
}

static void
read_topics (TaExContent *content,
             JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "topics");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExTopic *topic = ta_ex_topic_new ();

      topic->uid = dup_text (object, "uid");
      topic->title = dup_text (object, "title");
      topic->description = dup_text (object, "description");
      if (!ta_topic_stage_from_string (get_text (object, "stage"), &topic->stage))
        topic->stage = TA_TOPIC_STAGE_RESEARCHING;
      topic->due = dup_text (object, "due");
      g_ptr_array_add (content->topics, topic);
      if (topic->uid == NULL || topic->title == NULL)
        g_ptr_array_remove_index (content->topics, content->topics->len - 1);
    }
}

static void
read_check_ins (TaExContent *content,
                JsonObject  *root)
{
  g_autoptr(GPtrArray) objects = get_objects (root, "check_ins");

  for (guint i = 0; i < objects->len; i++)
    {
      JsonObject *object = g_ptr_array_index (objects, i);
      TaExCheckIn *check_in = ta_ex_check_in_new ();
      gint64 quality = get_int (object, "quality", 0);
      gint64 recommend = get_int (object, "recommend", -1);
      gint64 confidence = get_int (object, "confidence", 0);
      g_autoptr(GDateTime) answered = get_time (object, "answered");

      g_ptr_array_add (content->check_ins, check_in);
      check_in->uid = dup_text (object, "uid");
      if (get_text (object, "fit") == NULL ||
          !ta_check_in_fit_from_string (get_text (object, "fit"), &check_in->fit))
        check_in->fit = TA_CHECK_IN_FIT_NONE;
      check_in->quality = quality >= 1 && quality <= 5 ? (int) quality : 0;
      check_in->works = dup_text (object, "works");
      check_in->not_working = dup_text (object, "not_working");
      check_in->changed = dup_text (object, "changed");
      check_in->recommend = recommend >= 0 && recommend <= 10 ? (int) recommend : -1;
      check_in->keep = dup_text (object, "keep");
      check_in->confidence = confidence >= 1 && confidence <= 5 ? (int) confidence : 0;
      check_in->answered = answered != NULL ? ta_time_to_utc_string (answered) : NULL;
      if (check_in->uid == NULL || answered == NULL ||
          !ta_check_in_kind_from_string (get_text (object, "kind"), &check_in->kind) ||
          !get_side (object, "side", &check_in->side))
        g_ptr_array_remove_index (content->check_ins, content->check_ins->len - 1);
    }
}

static gboolean
read_content (TaExContent  *content,
              JsonObject   *root,
              const char   *display,
              GError      **error)
{
  JsonObject *pair = NULL;
  JsonObject *facilitator = NULL;
  JsonNode *node;

  node = json_object_get_member (root, "pair");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    pair = json_node_get_object (node);
  content->pair_uid = dup_text (pair, "uid");
  if (content->pair_uid == NULL)
    return missing (error, display, "pair");

  read_sessions (content, root);
  read_goals (content, root);

  if (content->kind == TA_EXCHANGE_PAIR_KIT)
    {
      content->recipient = dup_text (root, "recipient");
      node = json_object_get_member (root, "facilitator");
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        facilitator = json_node_get_object (node);
      content->facilitator_email = dup_text (facilitator, "email");
      content->facilitator_name = dup_text (facilitator, "name");
      if (!ta_pairing_status_from_string (get_text (pair, "status"), &content->status))
        content->status = TA_PAIRING_STATUS_ACTIVE;
      content->started = dup_text (pair, "started");
      content->ended = dup_text (pair, "ended");
      content->end_reason = dup_text (pair, "end_reason");
      read_people (content, root);
      read_series (content, root);
      read_due (content, root);
      read_topics (content, root);
      if (content->people->len != 2)
        return missing (error, display, "people");
    }
  else
    {
      content->author = dup_text (root, "author");
      read_check_ins (content, root);
    }

  return TRUE;
}

/* Checks the envelope: every required member, of its type. */
static gboolean
check_envelope (JsonObject  *root,
                const char  *display,
                GError     **error)
{
  static const char * const required[] = { "format", "version", "kind", "programme", "id",
                                           "written", "checksum", "content" };

  if (g_strcmp0 (get_text (root, "format"), TA_EXCHANGE_FORMAT) != 0)
    return not_exchange (error, display, _("it is not of the format “turnabout-exchange”"));

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      JsonNode *node = json_object_get_member (root, required[i]);
      gboolean ok;

      if (g_str_equal (required[i], "version"))
        ok = get_int (root, "version", -1) >= 0;
      else if (g_str_equal (required[i], "content"))
        ok = node != NULL && JSON_NODE_HOLDS_OBJECT (node);
      else if (g_str_equal (required[i], "written"))
        {
          g_autoptr(GDateTime) written = ta_time_from_utc_string (get_text (root, "written"));

          ok = written != NULL;
        }
      else
        ok = get_text (root, required[i]) != NULL;

      if (!ok)
        return missing (error, display, required[i]);
    }

  return TRUE;
}

/**
 * ta_exchange_read_bytes:
 * @data: the file's bytes
 * @length: their length
 * @display: the file, for messages
 * @error: a #TA_EXCHANGE_ERROR: NOT_EXCHANGE, TOO_NEW or TAMPERED
 *
 * Returns: (transfer full): the content, or %NULL
 */
TaExContent *
ta_exchange_read_bytes (const char  *data,
                        gsize        length,
                        const char  *display,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(TaExContent) content = NULL;
  g_autofree char *bytes = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *expected = NULL;
  JsonObject *root;
  JsonNode *content_node;
  const char *kind;
  gsize bytes_length = 0;

  if (!g_utf8_validate_len (data, length, NULL) ||
      !json_parser_load_from_data (parser, data, (gssize) length, NULL) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      not_exchange (error, display, _("it is not JSON"));
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  if (!check_envelope (root, display, error))
    return NULL;

  if (get_int (root, "version", 0) > TA_EXCHANGE_VERSION)
    {
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_TOO_NEW,
                   /* Translators: %s is a file name */
                   _("“%s” was made by a newer Turnabout: update Turnabout to open it"), display);
      return NULL;
    }

  kind = get_text (root, "kind");
  if (!g_str_equal (kind, "pair-kit") && !g_str_equal (kind, "pair-update"))
    {
      /* Translators: %s is what a file says it is, e.g. “pair-kit” */
      g_autofree char *reason = g_strdup_printf (_("it is of an unknown kind, “%s”"), kind);

      not_exchange (error, display, reason);
      return NULL;
    }

  /* The content as json-glib writes it compactly: the bytes the writer
   * checksummed, whatever spacing a hand may have added around them. */
  content_node = json_object_get_member (root, "content");
  json_generator_set_root (generator, content_node);
  bytes = json_generator_to_data (generator, &bytes_length);
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) bytes, bytes_length);
  expected = g_strconcat ("sha256:", digest, NULL);
  if (g_ascii_strcasecmp (expected, get_text (root, "checksum")) != 0)
    {
      g_set_error (error, TA_EXCHANGE_ERROR, TA_EXCHANGE_ERROR_TAMPERED,
                   /* Translators: %s is a file name */
                   _("“%s” was changed after Turnabout wrote it, so it cannot be trusted; "
                     "ask for the file again"), display);
      return NULL;
    }

  content = ta_ex_content_new (g_str_equal (kind, "pair-kit") ? TA_EXCHANGE_PAIR_KIT : TA_EXCHANGE_PAIR_UPDATE);
  content->programme = g_strdup (get_text (root, "programme"));
  content->id = g_strdup (get_text (root, "id"));
  content->written = ta_time_from_utc_string (get_text (root, "written"));
  if (!read_content (content, json_node_get_object (content_node), display, error))
    return NULL;

  return g_steal_pointer (&content);
}
