/* ta-exchange-writer.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-exchange"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ta-exchange-private.h"
#include "ta-session.h"

/*
 * Writing an exchange file (docs/exchange.md, "The file"): the content
 * as JSON, its SHA-256 over the compact bytes json-glib writes for it,
 * and the envelope around it, the whole written compactly so that the
 * content's bytes in the file are the bytes checksummed, and the file
 * starts with the magic {"format":"turnabout-exchange".
 */

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *text)
{
  json_builder_set_member_name (builder, member);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

/* @value, or null when it is @none. */
static void
add_optional_int (JsonBuilder *builder,
                  const char  *member,
                  gint64       value,
                  gint64       none)
{
  json_builder_set_member_name (builder, member);
  if (value == none)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *member,
          GDateTime   *time)
{
  g_autofree char *text = time != NULL ? ta_time_to_utc_string (time) : NULL;

  add_text (builder, member, text);
}

static void
add_pair (JsonBuilder *builder,
          TaExContent *content)
{
  json_builder_set_member_name (builder, "pair");
  json_builder_begin_object (builder);
  add_text (builder, "uid", content->pair_uid);
  if (content->kind == TA_EXCHANGE_PAIR_KIT)
    {
      add_text (builder, "status", ta_pairing_status_to_string (content->status));
      add_text (builder, "started", content->started);
      add_text (builder, "ended", content->ended);
      add_text (builder, "end_reason", content->end_reason);
    }
  json_builder_end_object (builder);
}

static void
add_people (JsonBuilder *builder,
            GPtrArray   *people)
{
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < people->len; i++)
    {
      TaExPerson *person = g_ptr_array_index (people, i);

      json_builder_begin_object (builder);
      add_text (builder, "uid", person->uid);
      add_text (builder, "side", ta_pair_side_to_string (person->side));
      add_text (builder, "name", person->name);
      add_text (builder, "email", person->email);
      json_builder_set_member_name (builder, "languages");
      json_builder_begin_array (builder);
      for (guint j = 0; person->languages != NULL && person->languages[j] != NULL; j++)
        json_builder_add_string_value (builder, person->languages[j]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "availability");
      json_builder_begin_array (builder);
      for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
        {
          if ((person->availability & (1u << slot)) != 0)
            json_builder_add_string_value (builder, ta_availability_slot_name (slot));
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_goals (JsonBuilder *builder,
           GPtrArray   *goals)
{
  json_builder_set_member_name (builder, "goals");
  json_builder_begin_array (builder);
  for (guint i = 0; i < goals->len; i++)
    {
      TaExGoal *goal = g_ptr_array_index (goals, i);

      json_builder_begin_object (builder);
      add_text (builder, "title", goal->title);
      json_builder_set_member_name (builder, "done");
      json_builder_add_boolean_value (builder, goal->done);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_series (JsonBuilder *builder,
            GPtrArray   *series)
{
  json_builder_set_member_name (builder, "series");
  json_builder_begin_array (builder);
  for (guint i = 0; i < series->len; i++)
    {
      TaExSeries *one = g_ptr_array_index (series, i);

      json_builder_begin_object (builder);
      add_text (builder, "uid", one->uid);
      add_text (builder, "frequency", one->frequency);
      add_int (builder, "interval", one->interval);
      add_int (builder, "week_of_month", one->week_of_month);
      add_text (builder, "local_time", one->local_time);
      add_text (builder, "time_zone", one->time_zone);
      add_int (builder, "duration", one->duration);
      add_text (builder, "location", one->location);
      add_text (builder, "first_date", one->first_date);
      add_text (builder, "until_date", one->until_date);
      add_int (builder, "count", one->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sessions (JsonBuilder    *builder,
              TaExchangeKind  kind,
              GPtrArray      *sessions)
{
  json_builder_set_member_name (builder, "sessions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaExSession *session = g_ptr_array_index (sessions, i);

      json_builder_begin_object (builder);
      add_text (builder, "uid", session->uid);
      add_text (builder, "series", session->series);
      add_time (builder, "starts", session->starts);
      add_time (builder, "occurrence", session->occurrence);
      add_int (builder, "duration", session->duration);
      add_text (builder, "location", session->location);
      add_text (builder, "status", ta_session_status_to_string (session->status));
      add_text (builder, "title", session->title);
      if (kind == TA_EXCHANGE_PAIR_UPDATE)
        {
          add_text (builder, "cancelled_by",
                    session->cancelled_by >= 0 ? ta_pair_side_to_string (session->cancelled_by) : NULL);
          add_text (builder, "cancel_reason", session->cancel_reason);
          json_builder_set_member_name (builder, "learned");
          json_builder_begin_array (builder);
          for (guint side = 0; side < TA_EX_SIDES; side++)
            {
              if (session->learned[side] == NULL)
                continue;
              json_builder_begin_object (builder);
              add_text (builder, "side", ta_pair_side_to_string (side));
              add_text (builder, "text", session->learned[side]);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "ratings");
          json_builder_begin_array (builder);
          for (guint side = 0; side < TA_EX_SIDES; side++)
            {
              if (session->rating[side] <= 0)
                continue;
              json_builder_begin_object (builder);
              add_text (builder, "side", ta_pair_side_to_string (side));
              add_int (builder, "rating", session->rating[side]);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_due (JsonBuilder *builder,
         GPtrArray   *due)
{
  json_builder_set_member_name (builder, "check_ins_due");
  json_builder_begin_array (builder);
  for (guint i = 0; i < due->len; i++)
    {
      TaExDue *one = g_ptr_array_index (due, i);

      json_builder_begin_object (builder);
      add_text (builder, "kind", ta_check_in_kind_to_string (one->kind));
      add_text (builder, "side", ta_pair_side_to_string (one->side));
      add_text (builder, "due", one->due);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_topics (JsonBuilder *builder,
            GPtrArray   *topics)
{
  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < topics->len; i++)
    {
      TaExTopic *topic = g_ptr_array_index (topics, i);

      json_builder_begin_object (builder);
      add_text (builder, "uid", topic->uid);
      add_text (builder, "title", topic->title);
      add_text (builder, "description", topic->description);
      add_text (builder, "stage", ta_topic_stage_to_string (topic->stage));
      add_text (builder, "due", topic->due);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_check_ins (JsonBuilder *builder,
               GPtrArray   *check_ins)
{
  json_builder_set_member_name (builder, "check_ins");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check_ins->len; i++)
    {
      TaExCheckIn *one = g_ptr_array_index (check_ins, i);

      json_builder_begin_object (builder);
      add_text (builder, "uid", one->uid);
      add_text (builder, "kind", ta_check_in_kind_to_string (one->kind));
      add_text (builder, "side", ta_pair_side_to_string (one->side));
      add_text (builder, "answered", one->answered);
      add_text (builder, "fit", one->fit != TA_CHECK_IN_FIT_NONE ? ta_check_in_fit_to_string (one->fit) : NULL);
      add_optional_int (builder, "quality", one->quality, 0);
      add_text (builder, "works", one->works);
      add_text (builder, "not_working", one->not_working);
      add_text (builder, "changed", one->changed);
      add_optional_int (builder, "recommend", one->recommend, -1);
      add_text (builder, "keep", one->keep);
      add_optional_int (builder, "confidence", one->confidence, 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static JsonNode *
build_content (TaExContent *content)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  if (content->kind == TA_EXCHANGE_PAIR_KIT)
    {
      add_text (builder, "recipient", content->recipient);
      json_builder_set_member_name (builder, "facilitator");
      json_builder_begin_object (builder);
      add_text (builder, "email", content->facilitator_email);
      add_text (builder, "name", content->facilitator_name);
      json_builder_end_object (builder);
      add_pair (builder, content);
      add_people (builder, content->people);
      add_goals (builder, content->goals);
      add_series (builder, content->series);
      add_sessions (builder, content->kind, content->sessions);
      add_due (builder, content->due);
      add_topics (builder, content->topics);
    }
  else
    {
      add_text (builder, "author", content->author);
      add_pair (builder, content);
      add_sessions (builder, content->kind, content->sessions);
      add_goals (builder, content->goals);
      add_check_ins (builder, content->check_ins);
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * ta_exchange_write_bytes:
 * @content: what the file carries; its programme, id and written time
 *   are set
 * @out_length: (out): the length of the bytes
 *
 * Returns: (transfer full): the file, compact UTF-8 JSON
 */
char *
ta_exchange_write_bytes (TaExContent *content,
                         gsize       *out_length)
{
  g_autoptr(JsonNode) content_node = build_content (content);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *content_bytes = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *digest = NULL;
  gsize content_length = 0;

  g_return_val_if_fail (content != NULL && content->programme != NULL && content->id != NULL, NULL);

  json_generator_set_root (generator, content_node);
  content_bytes = json_generator_to_data (generator, &content_length);
  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) content_bytes, content_length);
  checksum = g_strconcat ("sha256:", digest, NULL);

  json_builder_begin_object (builder);
  add_text (builder, "format", TA_EXCHANGE_FORMAT);
  add_int (builder, "version", TA_EXCHANGE_VERSION);
  add_text (builder, "kind", ta_exchange_kind_to_string (content->kind));
  add_text (builder, "programme", content->programme);
  add_text (builder, "id", content->id);
  add_time (builder, "written", content->written);
  add_text (builder, "generator", "Turnabout " PACKAGE_VERSION);
  add_text (builder, "checksum", checksum);
  json_builder_set_member_name (builder, "content");
  json_builder_add_value (builder, g_steal_pointer (&content_node));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, out_length);
}
