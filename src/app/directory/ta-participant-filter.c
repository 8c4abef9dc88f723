/* ta-participant-filter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-filter"

#include "config.h"

#include "ta-participant-filter.h"
#include "ta-languages.h"

/*
 * The directory's filter: a search over name, e-mail, department and
 * skills, a role, a status, a department, a language, a location, "not
 * yet paired", and whether people who left are listed when no status is
 * chosen.  It tells the filter model how a change relates to the
 * previous filter, so that typing on only looks again at what was shown.
 */
struct _TaParticipantFilter
{
  GtkFilter  parent_instance;

  char      *search;
  char      *folded_search;   /* NULL when there is nothing to search for */
  char      *role;
  char      *status;
  int        role_value;      /* a TaRole, or -1 for any */
  int        status_value;    /* a TaParticipantStatus, or -1 for any */
  gboolean   show_left;
  char      *department;      /* NULL for any; compared folded */
  char      *language;        /* a code (or unknown text); NULL for any */
  char      *location;        /* NULL for any; compared folded */
  gboolean   unpaired;
  /* ids (gint64 *) of the people in an open pairing */
  GHashTable *paired_ids;
};

G_DEFINE_FINAL_TYPE (TaParticipantFilter, ta_participant_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_ROLE,
  PROP_STATUS,
  PROP_SHOW_LEFT,
  PROP_DEPARTMENT,
  PROP_LANGUAGE,
  PROP_LOCATION,
  PROP_UNPAIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
folded_equal (const char *a,
              const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (b == NULL)
    return FALSE;
  if (g_strcmp0 (a, b) == 0)
    return TRUE;

  folded_a = ta_search_fold (a);
  folded_b = ta_search_fold (b);
  return g_strcmp0 (g_strstrip (folded_a), g_strstrip (folded_b)) == 0;
}

static gboolean
ta_participant_filter_match (GtkFilter *filter,
                             gpointer   item)
{
  TaParticipantFilter *self = TA_PARTICIPANT_FILTER (filter);
  TaParticipant *participant = item;
  TaParticipantStatus status;

  status = ta_participant_get_status (participant);
  if (self->status_value >= 0)
    {
      if ((int) status != self->status_value)
        return FALSE;
    }
  else if (status == TA_PARTICIPANT_STATUS_LEFT && !self->show_left)
    {
      return FALSE;
    }

  /* Someone who is both mentor and mentee is listed as either. */
  if (self->role_value >= 0)
    {
      TaRole role = ta_participant_get_role (participant);

      if ((int) role != self->role_value && role != TA_ROLE_BOTH)
        return FALSE;
    }

  if (self->department != NULL && !folded_equal (self->department, ta_participant_get_department (participant)))
    return FALSE;

  if (self->location != NULL && !folded_equal (self->location, ta_participant_get_location (participant)))
    return FALSE;

  if (self->language != NULL)
    {
      const char * const *spoken = ta_participant_get_languages (participant);
      gboolean speaks = FALSE;

      for (gsize i = 0; spoken[i] != NULL && !speaks; i++)
        speaks = folded_equal (self->language, spoken[i]);
      if (!speaks)
        return FALSE;
    }

  /* Waiting for a partner: active, and in no proposed, active or paused
   * pairing. */
  if (self->unpaired)
    {
      gint64 id = ta_participant_get_id (participant);

      if (status != TA_PARTICIPANT_STATUS_ACTIVE)
        return FALSE;
      if (self->paired_ids != NULL && g_hash_table_contains (self->paired_ids, &id))
        return FALSE;
    }

  if (self->folded_search != NULL)
    return ta_participant_matches (participant, self->folded_search);

  return TRUE;
}

static GtkFilterMatch
ta_participant_filter_get_strictness (GtkFilter *filter)
{
  return GTK_FILTER_MATCH_SOME;
}

static void
ta_participant_filter_finalize (GObject *object)
{
  TaParticipantFilter *self = TA_PARTICIPANT_FILTER (object);

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->folded_search, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->paired_ids, g_hash_table_unref);

  G_OBJECT_CLASS (ta_participant_filter_parent_class)->finalize (object);
}

static void
ta_participant_filter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TaParticipantFilter *self = TA_PARTICIPANT_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_SHOW_LEFT:
      g_value_set_boolean (value, self->show_left);
      break;

    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_UNPAIRED:
      g_value_set_boolean (value, self->unpaired);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_filter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TaParticipantFilter *self = TA_PARTICIPANT_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      ta_participant_filter_set_search (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      ta_participant_filter_set_role (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      ta_participant_filter_set_status (self, g_value_get_string (value));
      break;

    case PROP_SHOW_LEFT:
      ta_participant_filter_set_show_left (self, g_value_get_boolean (value));
      break;

    case PROP_DEPARTMENT:
      ta_participant_filter_set_department (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      ta_participant_filter_set_language (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      ta_participant_filter_set_location (self, g_value_get_string (value));
      break;

    case PROP_UNPAIRED:
      ta_participant_filter_set_unpaired (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_filter_class_init (TaParticipantFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = ta_participant_filter_finalize;
  object_class->get_property = ta_participant_filter_get_property;
  object_class->set_property = ta_participant_filter_set_property;

  filter_class->match = ta_participant_filter_match;
  filter_class->get_strictness = ta_participant_filter_get_strictness;

  /**
   * TaParticipantFilter:search: (nullable)
   *
   * Text to look for in the name, e-mail, department and skills.
   */
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:role:
   *
   * "all", or a role as ta_role_to_string() writes it.
   */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "all",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:status:
   *
   * "all", or a status as ta_participant_status_to_string() writes it.
   */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         "all",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:show-left:
   *
   * Whether people who left match when the status is "all".
   */
  properties[PROP_SHOW_LEFT] =
    g_param_spec_boolean ("show-left", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:department: (nullable)
   *
   * The department people work in, ignoring case and accents; %NULL for
   * any.
   */
  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:language: (nullable)
   *
   * A language people speak, as a code ("fr") or a name; %NULL for any.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:location: (nullable)
   *
   * Where people work; %NULL for anywhere.
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TaParticipantFilter:unpaired:
   *
   * Whether only active people in no open pairing match (see
   * ta_participant_filter_set_paired_ids()).
   */
  properties[PROP_UNPAIRED] =
    g_param_spec_boolean ("unpaired", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_participant_filter_init (TaParticipantFilter *self)
{
  self->role = g_strdup ("all");
  self->status = g_strdup ("all");
  self->role_value = -1;
  self->status_value = -1;
}

/**
 * ta_participant_filter_new:
 *
 * Returns: (transfer full): a new filter that lets through everyone but
 *   the people who left
 */
TaParticipantFilter *
ta_participant_filter_new (void)
{
  return g_object_new (TA_TYPE_PARTICIPANT_FILTER, NULL);
}

const char *
ta_participant_filter_get_search (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->search;
}

/**
 * ta_participant_filter_set_search:
 * @self: a #TaParticipantFilter
 * @search: (nullable): the text to look for
 *
 * The text is folded once here, not once per participant.
 */
void
ta_participant_filter_set_search (TaParticipantFilter *self,
                                  const char          *search)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change;

  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);

  folded = search != NULL ? ta_search_fold (search) : NULL;
  if (folded != NULL && folded[0] == '\0')
    g_clear_pointer (&folded, g_free);

  if (g_strcmp0 (folded, self->folded_search) != 0)
    {
      /* Typing on narrows what matches, deleting widens it. */
      if (self->folded_search == NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (folded == NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else if (g_str_has_prefix (folded, self->folded_search))
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (g_str_has_prefix (self->folded_search, folded))
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      g_free (self->folded_search);
      self->folded_search = g_steal_pointer (&folded);

      gtk_filter_changed (GTK_FILTER (self), change);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

const char *
ta_participant_filter_get_role (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->role;
}

/**
 * ta_participant_filter_set_role:
 * @self: a #TaParticipantFilter
 * @role: (nullable): "all" (or %NULL), "mentor" or "mentee"
 */
void
ta_participant_filter_set_role (TaParticipantFilter *self,
                                const char          *role)
{
  TaRole value;

  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  if (role == NULL)
    role = "all";

  if (g_strcmp0 (self->role, role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  self->role_value = ta_role_from_string (role, &value) ? (int) value : -1;

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
ta_participant_filter_get_status (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->status;
}

/**
 * ta_participant_filter_set_status:
 * @self: a #TaParticipantFilter
 * @status: (nullable): "all" (or %NULL), "active", "paused" or "left"
 */
void
ta_participant_filter_set_status (TaParticipantFilter *self,
                                  const char          *status)
{
  TaParticipantStatus value;

  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  if (status == NULL)
    status = "all";

  if (g_strcmp0 (self->status, status) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status);
  self->status_value = ta_participant_status_from_string (status, &value) ? (int) value : -1;

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
ta_participant_filter_get_show_left (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), FALSE);

  return self->show_left;
}

void
ta_participant_filter_set_show_left (TaParticipantFilter *self,
                                     gboolean             show_left)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  show_left = !!show_left;
  if (self->show_left == show_left)
    return;

  self->show_left = show_left;

  gtk_filter_changed (GTK_FILTER (self),
                      show_left ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEFT]);
}

/**
 * ta_participant_filter_get_narrowed:
 * @self: a #TaParticipantFilter
 *
 * Returns: whether a role or a status was chosen
 */
gboolean
ta_participant_filter_get_narrowed (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), FALSE);

  return (self->role_value >= 0 || self->status_value >= 0 ||
          self->department != NULL || self->language != NULL ||
          self->location != NULL || self->unpaired);
}

static gboolean
set_choice (TaParticipantFilter  *self,
            char                **field,
            const char           *value,
            int                   prop)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

const char *
ta_participant_filter_get_department (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->department;
}

/**
 * ta_participant_filter_set_department:
 * @self: a #TaParticipantFilter
 * @department: (nullable): a department, or %NULL (or "") for any
 */
void
ta_participant_filter_set_department (TaParticipantFilter *self,
                                      const char          *department)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  set_choice (self, &self->department, department, PROP_DEPARTMENT);
}

const char *
ta_participant_filter_get_language (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->language;
}

/**
 * ta_participant_filter_set_language:
 * @self: a #TaParticipantFilter
 * @language: (nullable): a code or a language's name, or %NULL (or "")
 *   for any
 */
void
ta_participant_filter_set_language (TaParticipantFilter *self,
                                    const char          *language)
{
  g_autofree char *code = NULL;

  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  if (language != NULL)
    code = ta_language_normalize (language);

  set_choice (self, &self->language, code, PROP_LANGUAGE);
}

const char *
ta_participant_filter_get_location (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), NULL);

  return self->location;
}

/**
 * ta_participant_filter_set_location:
 * @self: a #TaParticipantFilter
 * @location: (nullable): a place, or %NULL (or "") for anywhere
 */
void
ta_participant_filter_set_location (TaParticipantFilter *self,
                                    const char          *location)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  set_choice (self, &self->location, location, PROP_LOCATION);
}

gboolean
ta_participant_filter_get_unpaired (TaParticipantFilter *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT_FILTER (self), FALSE);

  return self->unpaired;
}

void
ta_participant_filter_set_unpaired (TaParticipantFilter *self,
                                    gboolean             unpaired)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  unpaired = !!unpaired;
  if (self->unpaired == unpaired)
    return;

  self->unpaired = unpaired;

  /* Told first, so that whoever keeps the paired ids can bring them up
   * to date before the list is filtered with them. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNPAIRED]);
  gtk_filter_changed (GTK_FILTER (self),
                      unpaired ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

/**
 * ta_participant_filter_set_paired_ids:
 * @self: a #TaParticipantFilter
 * @paired_ids: (nullable) (element-type gint64 gint64): the ids (as
 *   #gint64 pointers, g_int64_hash()) of everyone in a proposed, active or
 *   paused pairing
 *
 * What "not yet paired" leaves out; the caller keeps it current.
 */
void
ta_participant_filter_set_paired_ids (TaParticipantFilter *self,
                                      GHashTable          *paired_ids)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  if (self->paired_ids == paired_ids)
    return;

  g_clear_pointer (&self->paired_ids, g_hash_table_unref);
  if (paired_ids != NULL)
    self->paired_ids = g_hash_table_ref (paired_ids);

  if (self->unpaired)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * ta_participant_filter_clear:
 * @self: a #TaParticipantFilter
 *
 * Forgets every choice but the search and whether people who left are
 * listed.
 */
void
ta_participant_filter_clear (TaParticipantFilter *self)
{
  g_return_if_fail (TA_IS_PARTICIPANT_FILTER (self));

  g_object_freeze_notify (G_OBJECT (self));
  ta_participant_filter_set_role (self, NULL);
  ta_participant_filter_set_status (self, NULL);
  ta_participant_filter_set_department (self, NULL);
  ta_participant_filter_set_language (self, NULL);
  ta_participant_filter_set_location (self, NULL);
  ta_participant_filter_set_unpaired (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}
