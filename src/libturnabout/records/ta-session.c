/* ta-session.c
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

#define G_LOG_DOMAIN "turnabout-session"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant.h"
#include "ta-session-private.h"
#include "ta-error.h"
#include "ta-validate-private.h"

/**
 * ta_time_to_utc_string:
 * @time: an instant
 *
 * Returns: (transfer full): @time in UTC, "YYYY-MM-DDTHH:MM:SSZ": the
 *   form the store keeps, whose text order is time order
 */
char *
ta_time_to_utc_string (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * ta_time_from_utc_string:
 * @text: (nullable): "YYYY-MM-DDTHH:MM:SSZ"
 *
 * Returns: (transfer full) (nullable): the instant, in UTC, or %NULL when
 *   @text is not written that way
 */
GDateTime *
ta_time_from_utc_string (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;
  GDateTime *time;

  if (text == NULL || strlen (text) != 20 || text[4] != '-' || text[7] != '-' ||
      text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
    return NULL;

  utc = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL)
    return NULL;

  return time;
}

G_DEFINE_FINAL_TYPE (TaSession, ta_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_PAIRING_ID,
  PROP_TITLE,
  PROP_STARTS_AT,
  PROP_DURATION,
  PROP_LOCATION,
  PROP_STATUS,
  PROP_CANCELLED_BY,
  PROP_CANCEL_REASON,
  PROP_NOTES,
  PROP_MENTOR_LEARNED,
  PROP_MENTEE_LEARNED,
  PROP_MENTOR_LEARNED_SHARED,
  PROP_MENTEE_LEARNED_SHARED,
  PROP_MENTOR_RATING,
  PROP_MENTEE_RATING,
  PROP_SERIES_ID,
  PROP_OCCURRENCE_START,
  PROP_ATTENDEES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_session_finalize (GObject *object)
{
  TaSession *self = (TaSession *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->cancel_reason, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->mentor_learned, g_free);
  g_clear_pointer (&self->mentee_learned, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->occurrence_start, g_date_time_unref);
  g_clear_pointer (&self->attendees, g_array_unref);

  G_OBJECT_CLASS (ta_session_parent_class)->finalize (object);
}

static void
ta_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TaSession *self = TA_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_PAIRING_ID:
      g_value_set_int64 (value, self->pairing_id);
      break;
    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;
    case PROP_DURATION:
      g_value_set_int (value, self->duration);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CANCELLED_BY:
      g_value_set_int64 (value, self->cancelled_by);
      break;
    case PROP_SERIES_ID:
      g_value_set_int64 (value, self->series_id);
      break;
    case PROP_OCCURRENCE_START:
      g_value_set_boxed (value, self->occurrence_start);
      break;
    case PROP_ATTENDEES:
      g_value_set_boxed (value, self->attendees);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_CANCEL_REASON:
      g_value_set_string (value, self->cancel_reason);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_MENTOR_LEARNED:
      g_value_set_string (value, self->mentor_learned);
      break;
    case PROP_MENTEE_LEARNED:
      g_value_set_string (value, self->mentee_learned);
      break;
    case PROP_MENTOR_LEARNED_SHARED:
      g_value_set_boolean (value, self->mentor_learned_shared);
      break;
    case PROP_MENTEE_LEARNED_SHARED:
      g_value_set_boolean (value, self->mentee_learned_shared);
      break;
    case PROP_MENTOR_RATING:
      g_value_set_int (value, self->mentor_rating);
      break;
    case PROP_MENTEE_RATING:
      g_value_set_int (value, self->mentee_rating);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TaSession *self = TA_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      ta_session_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      ta_session_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_PAIRING_ID:
      ta_session_set_pairing_id (self, g_value_get_int64 (value));
      break;
    case PROP_STARTS_AT:
      ta_session_set_starts_at (self, g_value_get_boxed (value));
      break;
    case PROP_DURATION:
      ta_session_set_duration (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      ta_session_set_status (self, g_value_get_enum (value));
      break;
    case PROP_CANCELLED_BY:
      ta_session_set_cancelled_by (self, g_value_get_int64 (value));
      break;
    case PROP_TITLE:
      ta_session_set_title (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      ta_session_set_location (self, g_value_get_string (value));
      break;
    case PROP_CANCEL_REASON:
      ta_session_set_cancel_reason (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ta_session_set_notes (self, g_value_get_string (value));
      break;
    case PROP_MENTOR_LEARNED:
      ta_session_set_mentor_learned (self, g_value_get_string (value));
      break;
    case PROP_MENTEE_LEARNED:
      ta_session_set_mentee_learned (self, g_value_get_string (value));
      break;
    case PROP_MENTOR_LEARNED_SHARED:
      ta_session_set_mentor_learned_shared (self, g_value_get_boolean (value));
      break;
    case PROP_MENTEE_LEARNED_SHARED:
      ta_session_set_mentee_learned_shared (self, g_value_get_boolean (value));
      break;
    case PROP_MENTOR_RATING:
      ta_session_set_mentor_rating (self, g_value_get_int (value));
      break;
    case PROP_MENTEE_RATING:
      ta_session_set_mentee_rating (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_session_class_init (TaSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ta_session_finalize;
  object_class->get_property = ta_session_get_property;
  object_class->set_property = ta_session_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, TA_TYPE_SESSION_KIND,
                       TA_SESSION_KIND_ONE_ON_ONE, flags);
  properties[PROP_PAIRING_ID] =
    g_param_spec_int64 ("pairing-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL, 0, G_MAXINT, 60, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TA_TYPE_SESSION_STATUS,
                       TA_SESSION_STATUS_PLANNED, flags);
  properties[PROP_CANCELLED_BY] =
    g_param_spec_int64 ("cancelled-by", NULL, NULL, -1, G_MAXINT64,
                        TA_SESSION_CANCELLED_BY_NOBODY, flags);
  /* Ratings are 0 ("not given") or 1–5; validation says which are allowed. */
  properties[PROP_MENTOR_LEARNED_SHARED] =
    g_param_spec_boolean ("mentor-learned-shared", NULL, NULL, FALSE, flags);
  properties[PROP_MENTEE_LEARNED_SHARED] =
    g_param_spec_boolean ("mentee-learned-shared", NULL, NULL, FALSE, flags);
  properties[PROP_MENTOR_RATING] =
    g_param_spec_int ("mentor-rating", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_MENTEE_RATING] =
    g_param_spec_int ("mentee-rating", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_SERIES_ID] =
    g_param_spec_int64 ("series-id", NULL, NULL, 0, G_MAXINT64, 0, read_only);
  properties[PROP_OCCURRENCE_START] =
    g_param_spec_boxed ("occurrence-start", NULL, NULL, G_TYPE_DATE_TIME, read_only);
  /* A GArray of gint64; set with ta_session_set_attendees(). */
  properties[PROP_ATTENDEES] =
    g_param_spec_boxed ("attendees", NULL, NULL, G_TYPE_ARRAY, read_only);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_CANCEL_REASON] =
    g_param_spec_string ("cancel-reason", NULL, NULL, NULL, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties[PROP_MENTOR_LEARNED] =
    g_param_spec_string ("mentor-learned", NULL, NULL, NULL, flags);
  properties[PROP_MENTEE_LEARNED] =
    g_param_spec_string ("mentee-learned", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_session_init (TaSession *self)
{
  self->kind = TA_SESSION_KIND_ONE_ON_ONE;
  self->status = TA_SESSION_STATUS_PLANNED;
  self->duration = 60;
  self->cancelled_by = TA_SESSION_CANCELLED_BY_NOBODY;
  self->attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * ta_session_new:
 * @kind: what kind of session
 *
 * Returns: (transfer full): a planned session of an hour, with no start yet
 */
TaSession *
ta_session_new (TaSessionKind kind)
{
  g_return_val_if_fail (kind < TA_N_SESSION_KINDS, NULL);

  return g_object_new (TA_TYPE_SESSION, "kind", kind, NULL);
}

/**
 * ta_session_new_one_on_one:
 * @pairing_id: the pairing that meets
 * @starts_at: when
 * @duration_minutes: how long
 *
 * Returns: (transfer full): a planned one-on-one
 */
TaSession *
ta_session_new_one_on_one (gint64     pairing_id,
                           GDateTime *starts_at,
                           int        duration_minutes)
{
  TaSession *session;

  g_return_val_if_fail (pairing_id > 0, NULL);
  g_return_val_if_fail (starts_at != NULL, NULL);

  session = ta_session_new (TA_SESSION_KIND_ONE_ON_ONE);
  session->pairing_id = pairing_id;
  session->duration = duration_minutes;
  ta_session_set_starts_at (session, starts_at);

  return session;
}

/**
 * ta_session_copy:
 * @self: a #TaSession
 *
 * Returns: (transfer full): a copy, to edit without touching what views show
 */
TaSession *
ta_session_copy (TaSession *self)
{
  TaSession *copy;

  g_return_val_if_fail (TA_IS_SESSION (self), NULL);

  copy = ta_session_new (self->kind);
  copy->id = self->id;
  copy->revision = self->revision;
  copy->pairing_id = self->pairing_id;
  copy->starts_at = self->starts_at != NULL ? g_date_time_ref (self->starts_at) : NULL;
  copy->duration = self->duration;
  copy->status = self->status;
  copy->cancelled_by = self->cancelled_by;
  copy->mentor_rating = self->mentor_rating;
  copy->mentee_rating = self->mentee_rating;
  copy->series_id = self->series_id;
  copy->occurrence_start = self->occurrence_start != NULL ? g_date_time_ref (self->occurrence_start) : NULL;
  g_array_append_vals (copy->attendees, self->attendees->data, self->attendees->len);
  copy->title = g_strdup (self->title);
  copy->location = g_strdup (self->location);
  copy->cancel_reason = g_strdup (self->cancel_reason);
  copy->notes = g_strdup (self->notes);
  copy->mentor_learned = g_strdup (self->mentor_learned);
  copy->mentee_learned = g_strdup (self->mentee_learned);
  copy->mentor_learned_shared = self->mentor_learned_shared;
  copy->mentee_learned_shared = self->mentee_learned_shared;

  return copy;
}

/* Views keep the object they show; the store's fresh values are copied
 * into it, notifying only what changed. */
void
_ta_session_assign (TaSession *self,
                    TaSession *source)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (TA_IS_SESSION (source));

  g_object_freeze_notify (G_OBJECT (self));
  ta_session_set_id (self, source->id);
  self->revision = source->revision;
  ta_session_set_kind (self, source->kind);
  ta_session_set_pairing_id (self, source->pairing_id);
  ta_session_set_starts_at (self, source->starts_at);
  ta_session_set_duration (self, source->duration);
  ta_session_set_status (self, source->status);
  ta_session_set_cancelled_by (self, source->cancelled_by);
  ta_session_set_mentor_rating (self, source->mentor_rating);
  ta_session_set_mentee_rating (self, source->mentee_rating);
  _ta_session_set_series (self, source->series_id, source->occurrence_start);
  ta_session_set_attendees (self, (const gint64 *) (gpointer) source->attendees->data, source->attendees->len);
  ta_session_set_title (self, source->title);
  ta_session_set_location (self, source->location);
  ta_session_set_cancel_reason (self, source->cancel_reason);
  ta_session_set_notes (self, source->notes);
  ta_session_set_mentor_learned (self, source->mentor_learned);
  ta_session_set_mentee_learned (self, source->mentee_learned);
  ta_session_set_mentor_learned_shared (self, source->mentor_learned_shared);
  ta_session_set_mentee_learned_shared (self, source->mentee_learned_shared);
  g_object_thaw_notify (G_OBJECT (self));
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

static gboolean
replace_time (GDateTime **field,
              GDateTime  *value)
{
  g_autoptr(GDateTime) utc = NULL;

  if (value != NULL)
    {
      /* Whole seconds in UTC: what the store keeps. */
      g_autoptr(GDateTime) in_utc = g_date_time_to_utc (value);

      utc = g_date_time_new_utc (g_date_time_get_year (in_utc),
                                 g_date_time_get_month (in_utc),
                                 g_date_time_get_day_of_month (in_utc),
                                 g_date_time_get_hour (in_utc),
                                 g_date_time_get_minute (in_utc),
                                 g_date_time_get_second (in_utc));
    }

  if (*field == utc || (*field != NULL && utc != NULL && g_date_time_equal (*field, utc)))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_steal_pointer (&utc);
  return TRUE;
}

/**
 * ta_session_get_revision:
 * @self: a #TaSession
 *
 * Returns: the revision of the stored record this copy was read with, or
 *   0 for a session not read from a store
 */
gint64
ta_session_get_revision (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);

  return self->revision;
}

/**
 * ta_session_set_revision:
 * @self: a #TaSession
 * @revision: the revision an update from @self expects to find
 *
 * For an Undo: the copy from before a change takes the revision that
 * change left, so that it is refused only if someone else changed the
 * session since.
 */
void
ta_session_set_revision (TaSession *self,
                         gint64     revision)
{
  g_return_if_fail (TA_IS_SESSION (self));

  self->revision = revision;
}

gint64
ta_session_get_id (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->id;
}

void
ta_session_set_id (TaSession *self,
                   gint64     id)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

TaSessionKind
ta_session_get_kind (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), TA_SESSION_KIND_ONE_ON_ONE);
  return self->kind;
}

void
ta_session_set_kind (TaSession     *self,
                     TaSessionKind  kind)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (kind < TA_N_SESSION_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
ta_session_get_pairing_id (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->pairing_id;
}

void
ta_session_set_pairing_id (TaSession *self,
                           gint64     pairing_id)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (pairing_id >= 0);

  if (self->pairing_id == pairing_id)
    return;
  self->pairing_id = pairing_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIRING_ID]);
}

/**
 * ta_session_get_starts_at:
 * @self: a #TaSession
 *
 * Returns: (transfer none) (nullable): the start, in UTC
 */
GDateTime *
ta_session_get_starts_at (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->starts_at;
}

void
ta_session_set_starts_at (TaSession *self,
                          GDateTime *starts_at)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_time (&self->starts_at, starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

/**
 * ta_session_get_ends_at:
 * @self: a #TaSession
 *
 * Returns: (transfer full) (nullable): the end, in UTC
 */
GDateTime *
ta_session_get_ends_at (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);

  if (self->starts_at == NULL)
    return NULL;
  return g_date_time_add_minutes (self->starts_at, self->duration);
}

int
ta_session_get_duration (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->duration;
}

void
ta_session_set_duration (TaSession *self,
                         int        minutes)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (minutes >= 0);

  if (self->duration == minutes)
    return;
  self->duration = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

TaSessionStatus
ta_session_get_status (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), TA_SESSION_STATUS_PLANNED);
  return self->status;
}

void
ta_session_set_status (TaSession       *self,
                       TaSessionStatus  status)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (status < TA_N_SESSION_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
ta_session_get_cancelled_by (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), TA_SESSION_CANCELLED_BY_NOBODY);
  return self->cancelled_by;
}

void
ta_session_set_cancelled_by (TaSession *self,
                             gint64     who)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (who >= TA_SESSION_CANCELLED_BY_NOBODY);

  if (self->cancelled_by == who)
    return;
  self->cancelled_by = who;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED_BY]);
}

gint64
ta_session_get_series_id (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->series_id;
}

/**
 * ta_session_get_occurrence_start:
 * @self: a #TaSession
 *
 * Returns: (transfer none) (nullable): for a session of a series, the start
 *   the series gave it, in UTC
 */
GDateTime *
ta_session_get_occurrence_start (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->occurrence_start;
}

/* Only the store puts a session into a series. */
void
_ta_session_set_series (TaSession *self,
                        gint64     series_id,
                        GDateTime *occurrence_start)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (self->series_id != series_id)
    {
      self->series_id = series_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES_ID]);
    }
  if (replace_time (&self->occurrence_start, occurrence_start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRENCE_START]);
}

/**
 * ta_session_get_attendees:
 * @self: a #TaSession
 * @out_n: (out): how many
 *
 * Returns: (transfer none) (array length=out_n): participant ids, sorted
 */
const gint64 *
ta_session_get_attendees (TaSession *self,
                          guint     *out_n)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  g_return_val_if_fail (out_n != NULL, NULL);

  *out_n = self->attendees->len;
  return (const gint64 *) (gpointer) self->attendees->data;
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
ta_session_set_attendees (TaSession    *self,
                          const gint64 *ids,
                          guint         n)
{
  g_autoptr(GArray) sorted = NULL;

  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (ids != NULL || n == 0);

  sorted = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  if (n > 0)
    g_array_append_vals (sorted, ids, n);
  g_array_sort (sorted, compare_ids);
  for (guint i = 1; i < sorted->len;)
    {
      if (g_array_index (sorted, gint64, i) == g_array_index (sorted, gint64, i - 1))
        g_array_remove_index (sorted, i);
      else
        i++;
    }

  if (sorted->len == self->attendees->len &&
      (sorted->len == 0 || memcmp (sorted->data, self->attendees->data, sorted->len * sizeof (gint64)) == 0))
    return;

  g_array_unref (self->attendees);
  self->attendees = g_steal_pointer (&sorted);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDEES]);
}

const char *
ta_session_get_title (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->title;
}

void
ta_session_set_title (TaSession  *self,
                     const char *title)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ta_session_get_location (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->location;
}

void
ta_session_set_location (TaSession  *self,
                        const char *location)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
ta_session_get_cancel_reason (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->cancel_reason;
}

void
ta_session_set_cancel_reason (TaSession  *self,
                             const char *reason)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->cancel_reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCEL_REASON]);
}

const char *
ta_session_get_notes (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->notes;
}

void
ta_session_set_notes (TaSession  *self,
                     const char *notes)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
ta_session_get_mentor_learned (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->mentor_learned;
}

void
ta_session_set_mentor_learned (TaSession  *self,
                              const char *text)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->mentor_learned, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTOR_LEARNED]);
}

const char *
ta_session_get_mentee_learned (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), NULL);
  return self->mentee_learned;
}

void
ta_session_set_mentee_learned (TaSession  *self,
                              const char *text)
{
  g_return_if_fail (TA_IS_SESSION (self));

  if (replace_string (&self->mentee_learned, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE_LEARNED]);
}

gboolean
ta_session_get_mentor_learned_shared (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), FALSE);
  return self->mentor_learned_shared;
}

void
ta_session_set_mentor_learned_shared (TaSession *self,
                                      gboolean   shared)
{
  g_return_if_fail (TA_IS_SESSION (self));

  shared = !!shared;
  if (self->mentor_learned_shared == shared)
    return;
  self->mentor_learned_shared = shared;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTOR_LEARNED_SHARED]);
}

gboolean
ta_session_get_mentee_learned_shared (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), FALSE);
  return self->mentee_learned_shared;
}

void
ta_session_set_mentee_learned_shared (TaSession *self,
                                      gboolean   shared)
{
  g_return_if_fail (TA_IS_SESSION (self));

  shared = !!shared;
  if (self->mentee_learned_shared == shared)
    return;
  self->mentee_learned_shared = shared;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE_LEARNED_SHARED]);
}

int
ta_session_get_mentor_rating (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->mentor_rating;
}

/* 0 takes the rating away. */
void
ta_session_set_mentor_rating (TaSession *self,
                             int        rating)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (rating >= 0 && rating <= 5);

  if (self->mentor_rating == rating)
    return;
  self->mentor_rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTOR_RATING]);
}

int
ta_session_get_mentee_rating (TaSession *self)
{
  g_return_val_if_fail (TA_IS_SESSION (self), 0);
  return self->mentee_rating;
}

/* 0 takes the rating away. */
void
ta_session_set_mentee_rating (TaSession *self,
                             int        rating)
{
  g_return_if_fail (TA_IS_SESSION (self));
  g_return_if_fail (rating >= 0 && rating <= 5);

  if (self->mentee_rating == rating)
    return;
  self->mentee_rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTEE_RATING]);
}
