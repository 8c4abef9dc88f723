/* ta-topic-idea.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-topic"

#include "config.h"

#include "ta-topic-idea.h"
#include "ta-topic-private.h"

struct _TaTopicIdea
{
  GObject parent_instance;

  char *term;
  GArray *mentee_ids; /* gint64, sorted */
};

G_DEFINE_FINAL_TYPE (TaTopicIdea, ta_topic_idea, G_TYPE_OBJECT)

enum {
  IDEA_PROP_0,
  IDEA_PROP_TERM,
  IDEA_PROP_COUNT,
  N_IDEA_PROPS
};

static GParamSpec *idea_properties[N_IDEA_PROPS];

static void
ta_topic_idea_finalize (GObject *object)
{
  TaTopicIdea *self = (TaTopicIdea *)object;

  g_clear_pointer (&self->term, g_free);
  g_clear_pointer (&self->mentee_ids, g_array_unref);

  G_OBJECT_CLASS (ta_topic_idea_parent_class)->finalize (object);
}

static void
ta_topic_idea_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TaTopicIdea *self = TA_TOPIC_IDEA (object);

  switch (prop_id)
    {
    case IDEA_PROP_TERM:
      g_value_set_string (value, self->term);
      break;
    case IDEA_PROP_COUNT:
      g_value_set_uint (value, self->mentee_ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_topic_idea_class_init (TaTopicIdeaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ta_topic_idea_finalize;
  object_class->get_property = ta_topic_idea_get_property;

  idea_properties[IDEA_PROP_TERM] =
    g_param_spec_string ("term", NULL, NULL, NULL, read_only);
  idea_properties[IDEA_PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0, read_only);

  g_object_class_install_properties (object_class, N_IDEA_PROPS, idea_properties);
}

static void
ta_topic_idea_init (TaTopicIdea *self)
{
  self->mentee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * ta_topic_idea_new:
 * @term: what the mentees want to learn
 * @mentee_ids: (array length=n): who wants it
 * @n: how many
 *
 * Returns: (transfer full): an idea
 */
TaTopicIdea *
ta_topic_idea_new (const char   *term,
                   const gint64 *mentee_ids,
                   guint         n)
{
  TaTopicIdea *self;

  g_return_val_if_fail (term != NULL, NULL);
  g_return_val_if_fail (mentee_ids != NULL || n == 0, NULL);

  self = g_object_new (TA_TYPE_TOPIC_IDEA, NULL);
  self->term = g_strdup (term);
  if (n > 0)
    g_array_append_vals (self->mentee_ids, mentee_ids, n);
  _ta_sort_unique_ids (self->mentee_ids);
  return self;
}

const char *
ta_topic_idea_get_term (TaTopicIdea *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_IDEA (self), NULL);
  return self->term;
}

guint
ta_topic_idea_get_count (TaTopicIdea *self)
{
  g_return_val_if_fail (TA_IS_TOPIC_IDEA (self), 0);
  return self->mentee_ids->len;
}

/**
 * ta_topic_idea_get_mentee_ids:
 * @self: a #TaTopicIdea
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): the active mentees who
 *   want it, sorted
 */
const gint64 *
ta_topic_idea_get_mentee_ids (TaTopicIdea *self,
                              guint       *out_n)
{
  g_return_val_if_fail (TA_IS_TOPIC_IDEA (self), NULL);
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = self->mentee_ids->len;
  return (const gint64 *) (gpointer) self->mentee_ids->data;
}

/**
 * ta_topic_idea_to_topic:
 * @self: a #TaTopicIdea
 *
 * Returns: (transfer full): a proposed topic for "Add to Board": titled
 *   and tagged with the term, with the mentees who want it as interested
 */
TaTopic *
ta_topic_idea_to_topic (TaTopicIdea *self)
{
  const char *tags[2] = { NULL, NULL };
  TaTopic *topic;

  g_return_val_if_fail (TA_IS_TOPIC_IDEA (self), NULL);

  topic = ta_topic_new (self->term);
  /* Tagged too, so the card keeps covering the term when its title is
   * reworded; a term too long for a tag is covered by the title alone. */
  if (g_utf8_strlen (self->term, -1) <= TA_TOPIC_MAX_TAG_CHARS)
    {
      tags[0] = self->term;
      ta_topic_set_tags (topic, tags);
    }
  ta_topic_set_interested (topic, (const gint64 *) (gpointer) self->mentee_ids->data,
                           self->mentee_ids->len);
  return topic;
}
