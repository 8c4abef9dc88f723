/* ta-participant-filter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-filter"

#include "config.h"

#include "ta-participant-filter.h"

/*
 * The directory's filter: a search over name, e-mail, department and
 * skills, a role, a status, and whether people who left are listed when no
 * status is chosen.  It tells the filter model how a change relates to the
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
};

G_DEFINE_FINAL_TYPE (TaParticipantFilter, ta_participant_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_ROLE,
  PROP_STATUS,
  PROP_SHOW_LEFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  return self->role_value >= 0 || self->status_value >= 0;
}
