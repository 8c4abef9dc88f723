/* ta-topic.c
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

#define G_LOG_DOMAIN "turnabout-topic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant.h"
#include "ta-error.h"
#include "ta-topic-private.h"
#include "ta-validate-private.h"

G_DEFINE_ENUM_TYPE (TaTopicStage, ta_topic_stage,
  G_DEFINE_ENUM_VALUE (TA_TOPIC_STAGE_PROPOSED, "proposed"),
  G_DEFINE_ENUM_VALUE (TA_TOPIC_STAGE_RESEARCHING, "researching"),
  G_DEFINE_ENUM_VALUE (TA_TOPIC_STAGE_READY, "ready"),
  G_DEFINE_ENUM_VALUE (TA_TOPIC_STAGE_PRESENTED, "presented"))

static const char * const stage_names[TA_N_TOPIC_STAGES] = {
  "proposed", "researching", "ready", "presented",
};

const char *
ta_topic_stage_to_string (TaTopicStage stage)
{
  g_return_val_if_fail (stage < TA_N_TOPIC_STAGES, NULL);

  return stage_names[stage];
}

gboolean
ta_topic_stage_from_string (const char   *text,
                            TaTopicStage *out_stage)
{
  g_return_val_if_fail (out_stage != NULL, FALSE);

  for (guint i = 0; text != NULL && i < TA_N_TOPIC_STAGES; i++)
    {
      if (strcmp (text, stage_names[i]) == 0)
        {
          *out_stage = (TaTopicStage) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ta_topic_stage_get_label (TaTopicStage stage)
{
  switch (stage)
    {
    case TA_TOPIC_STAGE_PROPOSED:
      /* Translators: a column of the research board */
      return C_("topic stage", "Proposed");
    case TA_TOPIC_STAGE_RESEARCHING:
      /* Translators: a column of the research board: juniors research it */
      return C_("topic stage", "Researching");
    case TA_TOPIC_STAGE_READY:
      /* Translators: a column of the research board */
      return C_("topic stage", "Ready to Present");
    case TA_TOPIC_STAGE_PRESENTED:
      /* Translators: a column of the research board */
      return C_("topic stage", "Presented");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
sources_equal (const TaTopicSource *a,
               const TaTopicSource *b)
{
  return g_strcmp0 (a->url, b->url) == 0 && g_strcmp0 (a->note, b->note) == 0;
}

/* Topics */

G_DEFINE_FINAL_TYPE (TaTopic, ta_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_TAGS,
  PROP_RESEARCHERS,
  PROP_INTERESTED,
  PROP_STAGE,
  PROP_POSITION,
  PROP_DUE_DATE,
  PROP_SOURCES,
  PROP_SESSION_ID,
  PROP_OUTCOME,
  PROP_FOLLOW_UP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_topic_finalize (GObject *object)
{
  TaTopic *self = (TaTopic *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->researchers, g_array_unref);
  g_clear_pointer (&self->interested, g_array_unref);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->outcome, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (ta_topic_parent_class)->finalize (object);
}

static void
ta_topic_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TaTopic *self = TA_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;
    case PROP_RESEARCHERS:
      g_value_set_boxed (value, self->researchers);
      break;
    case PROP_INTERESTED:
      g_value_set_boxed (value, self->interested);
      break;
    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    case PROP_SESSION_ID:
      g_value_set_int64 (value, self->session_id);
      break;
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    case PROP_FOLLOW_UP_ID:
      g_value_set_int64 (value, self->follow_up_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_topic_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  TaTopic *self = TA_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      ta_topic_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      ta_topic_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      ta_topic_set_description (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      ta_topic_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_STAGE:
      ta_topic_set_stage (self, g_value_get_enum (value));
      break;
    case PROP_POSITION:
      ta_topic_set_position (self, g_value_get_int (value));
      break;
    case PROP_DUE_DATE:
      ta_topic_set_due_date (self, g_value_get_string (value));
      break;
    case PROP_SESSION_ID:
      ta_topic_set_session_id (self, g_value_get_int64 (value));
      break;
    case PROP_OUTCOME:
      ta_topic_set_outcome (self, g_value_get_string (value));
      break;
    case PROP_FOLLOW_UP_ID:
      ta_topic_set_follow_up_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_topic_class_init (TaTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ta_topic_finalize;
  object_class->get_property = ta_topic_get_property;
  object_class->set_property = ta_topic_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  /* GArrays of gint64; set with ta_topic_set_researchers() and
   * ta_topic_set_interested(). */
  properties[PROP_RESEARCHERS] =
    g_param_spec_boxed ("researchers", NULL, NULL, G_TYPE_ARRAY, read_only);
  properties[PROP_INTERESTED] =
    g_param_spec_boxed ("interested", NULL, NULL, G_TYPE_ARRAY, read_only);
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, TA_TYPE_TOPIC_STAGE, TA_TOPIC_STAGE_PROPOSED, flags);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL, flags);
  /* A GPtrArray of TaTopicSource; see ta_topic_add_source(). */
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_PTR_ARRAY, read_only);
  properties[PROP_SESSION_ID] =
    g_param_spec_int64 ("session-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, NULL, flags);
  properties[PROP_FOLLOW_UP_ID] =
    g_param_spec_int64 ("follow-up-id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_topic_init (TaTopic *self)
{
  self->stage = TA_TOPIC_STAGE_PROPOSED;
  self->researchers = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->interested = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_topic_source_free);
}

/**
 * ta_topic_new:
 * @title: (nullable): what it is about
 *
 * Returns: (transfer full): a proposed topic, not in the store yet
 */
TaTopic *
ta_topic_new (const char *title)
{
  TaTopic *topic = g_object_new (TA_TYPE_TOPIC, NULL);

  topic->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
  return topic;
}

/**
 * ta_topic_copy:
 * @self: a #TaTopic
 *
 * Returns: (transfer full): a copy, to edit without touching what views show
 */
TaTopic *
ta_topic_copy (TaTopic *self)
{
  TaTopic *copy;

  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);

  copy = ta_topic_new (self->title);
  copy->id = self->id;
  copy->revision = self->revision;
  copy->description = g_strdup (self->description);
  copy->tags = g_strdupv (self->tags);
  g_array_append_vals (copy->researchers, self->researchers->data, self->researchers->len);
  g_array_append_vals (copy->interested, self->interested->data, self->interested->len);
  copy->stage = self->stage;
  copy->position = self->position;
  copy->due_date = g_strdup (self->due_date);
  for (guint i = 0; i < self->sources->len; i++)
    g_ptr_array_add (copy->sources, ta_topic_source_copy (g_ptr_array_index (self->sources, i)));
  copy->session_id = self->session_id;
  copy->outcome = g_strdup (self->outcome);
  copy->follow_up_id = self->follow_up_id;

  return copy;
}

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
notify (TaTopic *self,
        guint    prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
ta_topic_get_id (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), 0);
  return self->id;
}

void
ta_topic_set_id (TaTopic *self,
                 gint64   id)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  notify (self, PROP_ID);
}

const char *
ta_topic_get_title (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return self->title;
}

void
ta_topic_set_title (TaTopic    *self,
                    const char *title)
{
  g_return_if_fail (TA_IS_TOPIC (self));

  if (!replace_string (&self->title, title))
    return;
  g_clear_pointer (&self->search_key, g_free);
  notify (self, PROP_TITLE);
}

const char *
ta_topic_get_description (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return self->description;
}

void
ta_topic_set_description (TaTopic    *self,
                          const char *description)
{
  g_return_if_fail (TA_IS_TOPIC (self));

  if (!replace_string (&self->description, description))
    return;
  g_clear_pointer (&self->search_key, g_free);
  notify (self, PROP_DESCRIPTION);
}

/**
 * ta_topic_get_tags:
 * @self: a #TaTopic
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the tags
 */
const char * const *
ta_topic_get_tags (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return (const char * const *) self->tags;
}

/* The key two tags are the same under: case ignored (and bytes that are
 * not UTF-8 replaced, so that validation can still see and refuse them). */
static char *
tag_key (const char *tag)
{
  g_autofree char *valid = g_utf8_make_valid (tag, -1);

  return g_utf8_casefold (valid, -1);
}

void
ta_topic_set_tags (TaTopic            *self,
                   const char * const *tags)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) clean = NULL;

  g_return_if_fail (TA_IS_TOPIC (self));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *tag = g_strstrip (g_strdup (tags[i]));

      if (*tag == '\0')
        continue;
      if (!g_hash_table_add (seen, tag_key (tag)))
        continue;
      g_strv_builder_add (builder, tag);
    }

  clean = g_strv_builder_end (builder);
  if (clean[0] == NULL)
    g_clear_pointer (&clean, g_strfreev);

  if ((clean == NULL && self->tags == NULL) ||
      (clean != NULL && self->tags != NULL &&
       g_strv_equal ((const char * const *) clean, (const char * const *) self->tags)))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&clean);
  g_clear_pointer (&self->search_key, g_free);
  notify (self, PROP_TAGS);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

void
_ta_sort_unique_ids (GArray *ids)
{
  guint kept = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      if (kept > 0 && g_array_index (ids, gint64, i) == g_array_index (ids, gint64, kept - 1))
        continue;
      g_array_index (ids, gint64, kept++) = g_array_index (ids, gint64, i);
    }
  g_array_set_size (ids, kept);
}

static gboolean
replace_ids (GArray       **field,
             const gint64  *ids,
             guint          n)
{
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);

  if (n > 0)
    g_array_append_vals (sorted, ids, n);
  _ta_sort_unique_ids (sorted);

  if (sorted->len == (*field)->len &&
      (sorted->len == 0 || memcmp (sorted->data, (*field)->data, sorted->len * sizeof (gint64)) == 0))
    return FALSE;

  g_array_unref (*field);
  *field = g_steal_pointer (&sorted);
  return TRUE;
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  guint low = 0, high = ids->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 value = g_array_index (ids, gint64, middle);

      if (value == id)
        return TRUE;
      if (value < id)
        low = middle + 1;
      else
        high = middle;
    }

  return FALSE;
}

/**
 * ta_topic_get_researchers:
 * @self: a #TaTopic
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): participant ids of the
 *   juniors researching it, sorted
 */
const gint64 *
ta_topic_get_researchers (TaTopic *self,
                          guint   *out_n)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = self->researchers->len;
  return (const gint64 *) (gpointer) self->researchers->data;
}

void
ta_topic_set_researchers (TaTopic      *self,
                          const gint64 *ids,
                          guint         n)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (ids != NULL || n == 0);

  if (replace_ids (&self->researchers, ids, n))
    notify (self, PROP_RESEARCHERS);
}

/**
 * ta_topic_get_interested:
 * @self: a #TaTopic
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): participant ids of the
 *   people who want to learn it, sorted
 */
const gint64 *
ta_topic_get_interested (TaTopic *self,
                         guint   *out_n)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = self->interested->len;
  return (const gint64 *) (gpointer) self->interested->data;
}

void
ta_topic_set_interested (TaTopic      *self,
                         const gint64 *ids,
                         guint         n)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (ids != NULL || n == 0);

  if (replace_ids (&self->interested, ids, n))
    notify (self, PROP_INTERESTED);
}

gboolean
ta_topic_has_researcher (TaTopic *self,
                         gint64   participant_id)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), FALSE);
  return contains_id (self->researchers, participant_id);
}

gboolean
ta_topic_is_interested (TaTopic *self,
                        gint64   participant_id)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), FALSE);
  return contains_id (self->interested, participant_id);
}

TaTopicStage
ta_topic_get_stage (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), TA_TOPIC_STAGE_PROPOSED);
  return self->stage;
}

void
ta_topic_set_stage (TaTopic      *self,
                    TaTopicStage  stage)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (stage < TA_N_TOPIC_STAGES);

  if (self->stage == stage)
    return;
  self->stage = stage;
  notify (self, PROP_STAGE);
}

int
ta_topic_get_position (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), 0);
  return self->position;
}

void
ta_topic_set_position (TaTopic *self,
                       int      position)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;
  self->position = position;
  notify (self, PROP_POSITION);
}

const char *
ta_topic_get_due_date (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return self->due_date;
}

void
ta_topic_set_due_date (TaTopic    *self,
                       const char *due_date)
{
  g_return_if_fail (TA_IS_TOPIC (self));

  if (replace_string (&self->due_date, due_date))
    notify (self, PROP_DUE_DATE);
}

/**
 * ta_topic_get_sources:
 * @self: a #TaTopic
 *
 * Returns: (transfer none) (element-type TaTopicSource): the sources, in
 *   the order they were added
 */
GPtrArray *
ta_topic_get_sources (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return self->sources;
}

/**
 * ta_topic_add_source:
 * @self: a #TaTopic
 * @url: the link
 * @note: (nullable): what it is
 *
 * Appends a source; ta_topic_validate() checks the link.
 */
void
ta_topic_add_source (TaTopic    *self,
                     const char *url,
                     const char *note)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (url != NULL);

  g_ptr_array_add (self->sources, ta_topic_source_new (url, note));
  notify (self, PROP_SOURCES);
}

void
ta_topic_remove_source (TaTopic *self,
                        guint    index)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (index < self->sources->len);

  g_ptr_array_remove_index (self->sources, index);
  notify (self, PROP_SOURCES);
}

void
ta_topic_set_sources (TaTopic   *self,
                      GPtrArray *sources)
{
  guint n = sources != NULL ? sources->len : 0;
  gboolean same;

  g_return_if_fail (TA_IS_TOPIC (self));

  same = n == self->sources->len;
  for (guint i = 0; same && i < n; i++)
    same = sources_equal (g_ptr_array_index (sources, i), g_ptr_array_index (self->sources, i));
  if (same)
    return;

  g_ptr_array_set_size (self->sources, 0);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->sources, ta_topic_source_copy (g_ptr_array_index (sources, i)));
  notify (self, PROP_SOURCES);
}

gint64
ta_topic_get_session_id (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), 0);
  return self->session_id;
}

void
ta_topic_set_session_id (TaTopic *self,
                         gint64   session_id)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (session_id >= 0);

  if (self->session_id == session_id)
    return;
  self->session_id = session_id;
  notify (self, PROP_SESSION_ID);
}

const char *
ta_topic_get_outcome (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), NULL);
  return self->outcome;
}

void
ta_topic_set_outcome (TaTopic    *self,
                      const char *outcome)
{
  g_return_if_fail (TA_IS_TOPIC (self));

  if (replace_string (&self->outcome, outcome))
    notify (self, PROP_OUTCOME);
}

gint64
ta_topic_get_follow_up_id (TaTopic *self)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), 0);
  return self->follow_up_id;
}

void
ta_topic_set_follow_up_id (TaTopic *self,
                           gint64   participant_id)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (participant_id >= 0);

  if (self->follow_up_id == participant_id)
    return;
  self->follow_up_id = participant_id;
  notify (self, PROP_FOLLOW_UP_ID);
}

/* Views keep the object they show; the store's fresh values are copied
 * into it, notifying only what changed. */
void
_ta_topic_assign (TaTopic *self,
                  TaTopic *source)
{
  g_return_if_fail (TA_IS_TOPIC (self));
  g_return_if_fail (TA_IS_TOPIC (source));

  g_object_freeze_notify (G_OBJECT (self));
  ta_topic_set_id (self, source->id);
  self->revision = source->revision;
  ta_topic_set_title (self, source->title);
  ta_topic_set_description (self, source->description);
  ta_topic_set_tags (self, (const char * const *) source->tags);
  ta_topic_set_researchers (self, (const gint64 *) (gpointer) source->researchers->data,
                            source->researchers->len);
  ta_topic_set_interested (self, (const gint64 *) (gpointer) source->interested->data,
                           source->interested->len);
  ta_topic_set_stage (self, source->stage);
  ta_topic_set_position (self, source->position);
  ta_topic_set_due_date (self, source->due_date);
  ta_topic_set_sources (self, source->sources);
  ta_topic_set_session_id (self, source->session_id);
  ta_topic_set_outcome (self, source->outcome);
  ta_topic_set_follow_up_id (self, source->follow_up_id);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Search */

static const char *
get_search_key (TaTopic *self)
{
  g_autoptr(GString) key = NULL;

  if (self->search_key != NULL)
    return self->search_key;

  key = g_string_new (NULL);
  /* A separator no query contains, so a match never spans two fields. */
  if (self->title != NULL)
    g_string_append_printf (key, "%s\n", self->title);
  if (self->description != NULL)
    g_string_append_printf (key, "%s\n", self->description);
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    g_string_append_printf (key, "%s\n", self->tags[i]);

  self->search_key = ta_search_fold (key->str);
  return self->search_key;
}

gboolean
ta_topic_matches (TaTopic    *self,
                  const char *folded_query)
{
  const char *key;
  const char *word;

  g_return_val_if_fail (TA_IS_TOPIC (self), FALSE);

  if (folded_query == NULL)
    return TRUE;

  key = get_search_key (self);
  word = folded_query;
  while (*word != '\0')
    {
      gsize len;

      while (*word == ' ')
        word++;
      if (*word == '\0')
        break;
      len = strcspn (word, " ");
      if (memmem (key, strlen (key), word, len) == NULL)
        return FALSE;
      word += len;
    }

  return TRUE;
}

static gboolean
folded_equal (const char *text,
              const char *folded_term)
{
  g_autofree char *folded = NULL;
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  folded = ta_search_fold (stripped);
  return strcmp (folded, folded_term) == 0;
}

gboolean
ta_topic_covers (TaTopic    *self,
                 const char *folded_term)
{
  g_return_val_if_fail (TA_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (folded_term != NULL, FALSE);

  if (folded_equal (self->title, folded_term))
    return TRUE;
  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    if (folded_equal (self->tags[i], folded_term))
      return TRUE;

  return FALSE;
}
