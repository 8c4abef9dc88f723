/* ta-suggestion-item.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-suggestion"

#include "config.h"

#include "ta-suggestion-item.h"

struct _TaSuggestionItem
{
  GObject           parent_instance;

  TaSuggestionKind  kind;
  gint64            mentor_id;
  gint64            mentee_id;
  gint64            participant_id;
  TaScore           score;
  char             *title;
  char             *subtitle;
  char             *mentor_name;
  char             *mentee_name;

  guint             as_mentor : 1;
  guint             pinned : 1;
  guint             expanded : 1;
};

G_DEFINE_FINAL_TYPE (TaSuggestionItem, ta_suggestion_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copy_score (TaScore       *dest,
            const TaScore *src)
{
  g_assert (dest != NULL);
  g_assert (src != NULL);

  *dest = *src;
  dest->forbidden_reason = g_strdup (src->forbidden_reason);
  for (guint i = 0; i < TA_N_CRITERIA; i++)
    dest->parts[i].reason = g_strdup (src->parts[i].reason);
}

static void
ta_suggestion_item_finalize (GObject *object)
{
  TaSuggestionItem *self = TA_SUGGESTION_ITEM (object);

  ta_score_clear (&self->score);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->mentor_name, g_free);
  g_clear_pointer (&self->mentee_name, g_free);

  G_OBJECT_CLASS (ta_suggestion_item_parent_class)->finalize (object);
}

static void
ta_suggestion_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TaSuggestionItem *self = TA_SUGGESTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TaSuggestionItem *self = TA_SUGGESTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      ta_suggestion_item_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_suggestion_item_class_init (TaSuggestionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ta_suggestion_item_finalize;
  object_class->get_property = ta_suggestion_item_get_property;
  object_class->set_property = ta_suggestion_item_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaSuggestionItem:expanded:
   *
   * Whether the breakdown of the score is shown.  Kept here rather than in
   * the row, since list views reuse rows for other items.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_suggestion_item_init (TaSuggestionItem *self)
{
}

/**
 * ta_suggestion_item_new_pair:
 * @suggestion: a suggested pair, or a candidate
 * @title: what the row says first ("Ana → Marc", or the candidate's name)
 * @subtitle: (nullable): what it says under that
 *
 * Returns: (transfer full): a new item holding a copy of @suggestion
 */
TaSuggestionItem *
ta_suggestion_item_new_pair (const TaSuggestion *suggestion,
                             const char         *title,
                             const char         *subtitle)
{
  TaSuggestionItem *self;

  g_return_val_if_fail (suggestion != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (TA_TYPE_SUGGESTION_ITEM, NULL);
  self->kind = TA_SUGGESTION_KIND_PAIR;
  self->mentor_id = suggestion->mentor_id;
  self->mentee_id = suggestion->mentee_id;
  self->pinned = !!suggestion->pinned;
  copy_score (&self->score, &suggestion->score);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);

  return self;
}

/**
 * ta_suggestion_item_new_unpaired:
 * @unpaired: someone left without a partner
 * @title: their name
 *
 * Returns: (transfer full): a new item; its subtitle is the reason
 */
TaSuggestionItem *
ta_suggestion_item_new_unpaired (const TaUnpaired *unpaired,
                                 const char       *title)
{
  TaSuggestionItem *self;

  g_return_val_if_fail (unpaired != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (TA_TYPE_SUGGESTION_ITEM, NULL);
  self->kind = TA_SUGGESTION_KIND_UNPAIRED;
  self->participant_id = unpaired->participant_id;
  self->as_mentor = !!unpaired->as_mentor;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (unpaired->reason);

  return self;
}

/**
 * ta_suggestion_item_new_heading:
 * @title: the heading
 * @subtitle: (nullable): a count or a note beside it
 *
 * Returns: (transfer full): a new heading item
 */
TaSuggestionItem *
ta_suggestion_item_new_heading (const char *title,
                                const char *subtitle)
{
  TaSuggestionItem *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (TA_TYPE_SUGGESTION_ITEM, NULL);
  self->kind = TA_SUGGESTION_KIND_HEADING;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);

  return self;
}

TaSuggestionKind
ta_suggestion_item_get_kind (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), TA_SUGGESTION_KIND_HEADING);

  return self->kind;
}

gint64
ta_suggestion_item_get_mentor_id (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), 0);

  return self->mentor_id;
}

gint64
ta_suggestion_item_get_mentee_id (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), 0);

  return self->mentee_id;
}

/**
 * ta_suggestion_item_get_participant_id:
 * @self: a #TaSuggestionItem
 *
 * Returns: the person left without a partner, for an unpaired item; 0
 *   otherwise
 */
gint64
ta_suggestion_item_get_participant_id (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), 0);

  return self->participant_id;
}

gboolean
ta_suggestion_item_get_as_mentor (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), FALSE);

  return self->as_mentor;
}

gboolean
ta_suggestion_item_get_pinned (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), FALSE);

  return self->pinned;
}

/**
 * ta_suggestion_item_get_score:
 * @self: a #TaSuggestionItem
 *
 * Returns: (transfer none): the score and its breakdown; all zero but for
 *   pairs
 */
const TaScore *
ta_suggestion_item_get_score (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), NULL);

  return &self->score;
}

const char *
ta_suggestion_item_get_title (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), NULL);

  return self->title;
}

const char *
ta_suggestion_item_get_subtitle (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), NULL);

  return self->subtitle;
}

gboolean
ta_suggestion_item_get_expanded (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), FALSE);

  return self->expanded;
}

void
ta_suggestion_item_set_expanded (TaSuggestionItem *self,
                                 gboolean          expanded)
{
  g_return_if_fail (TA_IS_SUGGESTION_ITEM (self));

  expanded = !!expanded;
  if (self->expanded == (guint) expanded)
    return;

  self->expanded = expanded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * ta_suggestion_item_is_pair:
 * @self: a #TaSuggestionItem
 * @mentor_id: a mentor
 * @mentee_id: a mentee
 *
 * Returns: whether @self is the pair of @mentor_id and @mentee_id
 */
gboolean
ta_suggestion_item_is_pair (TaSuggestionItem *self,
                            gint64            mentor_id,
                            gint64            mentee_id)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), FALSE);

  return self->kind == TA_SUGGESTION_KIND_PAIR &&
         self->mentor_id == mentor_id &&
         self->mentee_id == mentee_id;
}

/**
 * ta_suggestion_item_set_names:
 * @self: a pair item
 * @mentor_name: the mentor's name
 * @mentee_name: the mentee's name
 *
 * The names a screen reader says on the item's buttons ("Accept Divine
 * Kalala and Adaeze Okafor"); the title may name one of them only.
 */
void
ta_suggestion_item_set_names (TaSuggestionItem *self,
                              const char       *mentor_name,
                              const char       *mentee_name)
{
  g_return_if_fail (TA_IS_SUGGESTION_ITEM (self));

  g_free (self->mentor_name);
  g_free (self->mentee_name);
  self->mentor_name = g_strdup (mentor_name);
  self->mentee_name = g_strdup (mentee_name);
}

const char *
ta_suggestion_item_get_mentor_name (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), NULL);

  return self->mentor_name;
}

const char *
ta_suggestion_item_get_mentee_name (TaSuggestionItem *self)
{
  g_return_val_if_fail (TA_IS_SUGGESTION_ITEM (self), NULL);

  return self->mentee_name;
}
