/* ta-text-sorter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-sorter"

#include "config.h"

#include <string.h>

#include "ta-participant.h"
#include "ta-text-sorter.h"

/*
 * Sorts participants by a text field, ignoring case and accents, as the
 * search does ("Céline" before "Chloé").
 *
 * GtkStringSorter makes a locale collation key of every row each time the
 * order changes: seconds for a programme of 100,000 people.  Here the
 * folded form of each text is made once and kept, by text, so an edit
 * needs nothing special; comparing is then a strcmp().  (Folding is not the
 * locale's collation: "å" sorts as "a" in every language.)
 */

typedef const char *(*TextGetter) (TaParticipant *participant);

static const struct {
  const char *field;
  TextGetter  getter;
} fields[] = {
  { "name", ta_participant_get_name },
  { "department", ta_participant_get_department },
  { "job-title", ta_participant_get_job_title },
  { "location", ta_participant_get_location },
};

struct _TaTextSorter
{
  GtkSorter   parent_instance;

  char       *field;
  TextGetter  getter;

  /* Folded keys by text */
  GHashTable *keys;
};

G_DEFINE_FINAL_TYPE (TaTextSorter, ta_text_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_FIELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
ta_text_sorter_get_key (TaTextSorter  *self,
                        TaParticipant *participant)
{
  const char *text = self->getter (participant);
  char *key;

  if (text == NULL)
    return "";

  key = g_hash_table_lookup (self->keys, text);
  if (key == NULL)
    {
      key = ta_search_fold (text);
      g_hash_table_insert (self->keys, g_strdup (text), key);
    }

  return key;
}

static GtkOrdering
ta_text_sorter_compare (GtkSorter *sorter,
                        gpointer   item1,
                        gpointer   item2)
{
  TaTextSorter *self = TA_TEXT_SORTER (sorter);
  int result;

  if (self->getter == NULL)
    return GTK_ORDERING_EQUAL;

  /* Names have a ready-made key: no lookup per comparison. */
  if (self->getter == ta_participant_get_name)
    return gtk_ordering_from_cmpfunc (strcmp (ta_participant_get_sort_key (item1),
                                              ta_participant_get_sort_key (item2)));

  result = strcmp (ta_text_sorter_get_key (self, item1),
                   ta_text_sorter_get_key (self, item2));

  return gtk_ordering_from_cmpfunc (result);
}

static GtkSorterOrder
ta_text_sorter_get_order (GtkSorter *sorter)
{
  TaTextSorter *self = TA_TEXT_SORTER (sorter);

  return self->getter != NULL ? GTK_SORTER_ORDER_PARTIAL : GTK_SORTER_ORDER_NONE;
}

static void
ta_text_sorter_finalize (GObject *object)
{
  TaTextSorter *self = TA_TEXT_SORTER (object);

  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->keys, g_hash_table_unref);

  G_OBJECT_CLASS (ta_text_sorter_parent_class)->finalize (object);
}

static void
ta_text_sorter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TaTextSorter *self = TA_TEXT_SORTER (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_text_sorter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TaTextSorter *self = TA_TEXT_SORTER (object);

  switch (prop_id)
    {
    case PROP_FIELD:
      ta_text_sorter_set_field (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_text_sorter_class_init (TaTextSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = ta_text_sorter_finalize;
  object_class->get_property = ta_text_sorter_get_property;
  object_class->set_property = ta_text_sorter_set_property;

  sorter_class->compare = ta_text_sorter_compare;
  sorter_class->get_order = ta_text_sorter_get_order;

  /**
   * TaTextSorter:field: (nullable)
   *
   * The participant's text to sort by: "name", "department", "job-title"
   * or "location".
   */
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_text_sorter_init (TaTextSorter *self)
{
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * ta_text_sorter_new:
 * @field: (nullable): what to sort by, see #TaTextSorter:field
 *
 * Returns: (transfer full): a new sorter
 */
GtkSorter *
ta_text_sorter_new (const char *field)
{
  return g_object_new (TA_TYPE_TEXT_SORTER, "field", field, NULL);
}

const char *
ta_text_sorter_get_field (TaTextSorter *self)
{
  g_return_val_if_fail (TA_IS_TEXT_SORTER (self), NULL);

  return self->field;
}

void
ta_text_sorter_set_field (TaTextSorter *self,
                          const char   *field)
{
  g_return_if_fail (TA_IS_TEXT_SORTER (self));

  if (g_strcmp0 (self->field, field) == 0)
    return;

  g_free (self->field);
  self->field = g_strdup (field);
  self->getter = NULL;
  g_hash_table_remove_all (self->keys);

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      if (strcmp (field, fields[i].field) == 0)
        self->getter = fields[i].getter;
    }

  if (field != NULL && self->getter == NULL)
    g_critical ("Participants cannot be sorted by “%s”", field);

  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}
