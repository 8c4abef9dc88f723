/* ta-participant.c
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

#define G_LOG_DOMAIN "turnabout-participant"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant-private.h"


G_DEFINE_FINAL_TYPE (TaParticipant, ta_participant, G_TYPE_OBJECT)

G_DEFINE_QUARK (ta-participant-error-quark, ta_participant_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_EMAIL,
  PROP_ROLE,
  PROP_DEPARTMENT,
  PROP_JOB_TITLE,
  PROP_CAREER_LEVEL,
  PROP_BIRTH_YEAR,
  PROP_GENERATION,
  PROP_LOCATION,
  PROP_LANGUAGES,
  PROP_AVAILABILITY,
  PROP_CAPACITY,
  PROP_OFFERS,
  PROP_SEEKS,
  PROP_REPORTS_TO,
  PROP_STATUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_participant_finalize (GObject *object)
{
  TaParticipant *self = (TaParticipant *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->department, g_free);
  g_clear_pointer (&self->job_title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->languages, g_free);
  g_clear_pointer (&self->offers, g_free);
  g_clear_pointer (&self->seeks, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (ta_participant_parent_class)->finalize (object);
}

static void
ta_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TaParticipant *self = TA_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_DEPARTMENT:
      g_value_set_string (value, self->department);
      break;
    case PROP_JOB_TITLE:
      g_value_set_string (value, self->job_title);
      break;
    case PROP_CAREER_LEVEL:
      g_value_set_int (value, self->career_level);
      break;
    case PROP_BIRTH_YEAR:
      g_value_set_int (value, self->birth_year);
      break;
    case PROP_GENERATION:
      g_value_set_enum (value, ta_participant_get_generation (self));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_AVAILABILITY:
      g_value_set_uint (value, self->availability);
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;
    case PROP_OFFERS:
      g_value_set_boxed (value, self->offers);
      break;
    case PROP_SEEKS:
      g_value_set_boxed (value, self->seeks);
      break;
    case PROP_REPORTS_TO:
      g_value_set_int64 (value, self->reports_to);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TaParticipant *self = TA_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ta_participant_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      ta_participant_set_name (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ta_participant_set_email (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      ta_participant_set_role (self, g_value_get_enum (value));
      break;
    case PROP_DEPARTMENT:
      ta_participant_set_department (self, g_value_get_string (value));
      break;
    case PROP_JOB_TITLE:
      ta_participant_set_job_title (self, g_value_get_string (value));
      break;
    case PROP_CAREER_LEVEL:
      ta_participant_set_career_level (self, g_value_get_int (value));
      break;
    case PROP_BIRTH_YEAR:
      ta_participant_set_birth_year (self, g_value_get_int (value));
      break;
    case PROP_LOCATION:
      ta_participant_set_location (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGES:
      ta_participant_set_languages (self, g_value_get_boxed (value));
      break;
    case PROP_AVAILABILITY:
      ta_participant_set_availability (self, g_value_get_uint (value));
      break;
    case PROP_CAPACITY:
      ta_participant_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_OFFERS:
      ta_participant_set_offers (self, g_value_get_boxed (value));
      break;
    case PROP_SEEKS:
      ta_participant_set_seeks (self, g_value_get_boxed (value));
      break;
    case PROP_REPORTS_TO:
      ta_participant_set_reports_to (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      ta_participant_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTES:
      ta_participant_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_participant_class_init (TaParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ta_participant_finalize;
  object_class->get_property = ta_participant_get_property;
  object_class->set_property = ta_participant_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, TA_TYPE_ROLE, TA_ROLE_MENTOR, flags);
  properties[PROP_DEPARTMENT] =
    g_param_spec_string ("department", NULL, NULL, NULL, flags);
  properties[PROP_JOB_TITLE] =
    g_param_spec_string ("job-title", NULL, NULL, NULL, flags);
  properties[PROP_CAREER_LEVEL] =
    g_param_spec_int ("career-level", NULL, NULL, 0, TA_CAREER_LEVEL_MAX, 0, flags);
  properties[PROP_BIRTH_YEAR] =
    g_param_spec_int ("birth-year", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_GENERATION] =
    g_param_spec_enum ("generation", NULL, NULL, TA_TYPE_GENERATION, TA_GENERATION_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_AVAILABILITY] =
    g_param_spec_uint ("availability", NULL, NULL, 0, TA_AVAILABILITY_ALL, 0, flags);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, 0, G_MAXINT, TA_PARTICIPANT_DEFAULT_CAPACITY, flags);
  properties[PROP_OFFERS] =
    g_param_spec_boxed ("offers", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SEEKS] =
    g_param_spec_boxed ("seeks", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_REPORTS_TO] =
    g_param_spec_int64 ("reports-to", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TA_TYPE_PARTICIPANT_STATUS,
                       TA_PARTICIPANT_STATUS_ACTIVE, flags);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_participant_init (TaParticipant *self)
{
  self->role = TA_ROLE_MENTOR;
  self->status = TA_PARTICIPANT_STATUS_ACTIVE;
  /* A new mentor can be paired as soon as they are saved. */
  self->capacity = TA_PARTICIPANT_DEFAULT_CAPACITY;
}

TaParticipant *
ta_participant_new (void)
{
  return g_object_new (TA_TYPE_PARTICIPANT, NULL);
}

/**
 * ta_participant_copy:
 * @self: a #TaParticipant
 *
 * Returns: (transfer full): a new participant with the same values,
 *   including the id, for editing without touching the original
 */
TaParticipant *
ta_participant_copy (TaParticipant *self)
{
  TaParticipant *copy;

  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);

  copy = ta_participant_new ();
  copy->id = self->id;
  copy->revision = self->revision;
  copy->reports_to = self->reports_to;
  copy->name = g_strdup (self->name);
  copy->email = g_strdup (self->email);
  copy->department = g_strdup (self->department);
  copy->job_title = g_strdup (self->job_title);
  copy->location = g_strdup (self->location);
  copy->notes = g_strdup (self->notes);
  copy->languages = _ta_intern_list (self->languages);
  copy->offers = _ta_intern_list (self->offers);
  copy->seeks = _ta_intern_list (self->seeks);
  copy->role = self->role;
  copy->status = self->status;
  copy->availability = self->availability;
  copy->career_level = self->career_level;
  copy->birth_year = self->birth_year;
  copy->capacity = self->capacity;

  return copy;
}

/* Setters: store, and notify only when the value really changed. */

static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = (value != NULL && *value != '\0') ? g_strdup (value) : NULL;
  return TRUE;
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  guint a_len = a != NULL ? g_strv_length ((GStrv) a) : 0;
  guint b_len = b != NULL ? g_strv_length ((GStrv) b) : 0;

  if (a_len != b_len)
    return FALSE;
  for (guint i = 0; i < a_len; i++)
    if (strcmp (a[i], b[i]) != 0)
      return FALSE;

  return TRUE;
}

/**
 * _ta_intern_list:
 * @items: (nullable) (array zero-terminated=1): strings
 *
 * Returns: (transfer container) (nullable): a new array of the interned
 *   @items, or %NULL when there are none
 */
const char **
_ta_intern_list (const char * const *items)
{
  const char **list;
  guint n;

  if (items == NULL || items[0] == NULL)
    return NULL;

  n = g_strv_length ((GStrv) items);
  list = g_new (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    list[i] = g_intern_string (items[i]);
  list[n] = NULL;

  return list;
}

static gboolean
replace_list (const char         ***field,
              const char * const   *value)
{
  if (strv_equal0 ((const char * const *) *field, value))
    return FALSE;

  g_free (*field);
  *field = _ta_intern_list (value);
  return TRUE;
}

static void
notify_searchable (TaParticipant *self,
                   int            prop)
{
  g_clear_pointer (&self->search_key, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

gint64
ta_participant_get_id (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->id;
}

void
ta_participant_set_id (TaParticipant *self,
                       gint64         id)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ta_participant_get_name (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->name != NULL ? self->name : "";
}

void
ta_participant_set_name (TaParticipant *self,
                         const char    *name)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->name, name))
    notify_searchable (self, PROP_NAME);
}

const char *
ta_participant_get_email (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->email != NULL ? self->email : "";
}

void
ta_participant_set_email (TaParticipant *self,
                          const char    *email)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->email, email))
    notify_searchable (self, PROP_EMAIL);
}

TaRole
ta_participant_get_role (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), TA_ROLE_MENTOR);
  return self->role;
}

void
ta_participant_set_role (TaParticipant *self,
                         TaRole         role)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (role < TA_N_ROLES);

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
ta_participant_get_department (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->department != NULL ? self->department : "";
}

void
ta_participant_set_department (TaParticipant *self,
                               const char    *department)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->department, department))
    notify_searchable (self, PROP_DEPARTMENT);
}

const char *
ta_participant_get_job_title (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->job_title != NULL ? self->job_title : "";
}

void
ta_participant_set_job_title (TaParticipant *self,
                              const char    *job_title)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->job_title, job_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB_TITLE]);
}

int
ta_participant_get_career_level (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->career_level;
}

void
ta_participant_set_career_level (TaParticipant *self,
                                 int            level)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (level >= 0 && level <= TA_CAREER_LEVEL_MAX);

  if (self->career_level == level)
    return;
  self->career_level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAREER_LEVEL]);
}

int
ta_participant_get_birth_year (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->birth_year;
}

void
ta_participant_set_birth_year (TaParticipant *self,
                               int            birth_year)
{
  TaGeneration old_generation;

  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (birth_year >= 0);

  if (self->birth_year == birth_year)
    return;

  old_generation = ta_participant_get_generation (self);
  self->birth_year = birth_year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_YEAR]);
  if (old_generation != ta_participant_get_generation (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATION]);
}

TaGeneration
ta_participant_get_generation (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), TA_GENERATION_UNKNOWN);
  return ta_generation_from_birth_year (self->birth_year);
}

const char *
ta_participant_get_location (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->location != NULL ? self->location : "";
}

void
ta_participant_set_location (TaParticipant *self,
                             const char    *location)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->location, location))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

static const char * const empty_strv[] = { NULL };

/**
 * ta_participant_get_languages:
 * @self: a #TaParticipant
 *
 * Returns: (transfer none) (array zero-terminated=1): language codes or
 *   names; never %NULL
 */
const char * const *
ta_participant_get_languages (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->languages != NULL ? (const char * const *) self->languages : empty_strv;
}

void
ta_participant_set_languages (TaParticipant      *self,
                              const char * const *languages)
{
  g_auto(GStrv) codes = NULL;

  g_return_if_fail (TA_IS_PARTICIPANT (self));

  /* "French" and "fr" are one language to the matcher: names are kept as
   * their codes. */
  codes = ta_languages_normalize (languages);
  if (replace_list (&self->languages, (const char * const *) codes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

TaAvailability
ta_participant_get_availability (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->availability;
}

void
ta_participant_set_availability (TaParticipant  *self,
                                 TaAvailability  availability)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail ((availability & ~TA_AVAILABILITY_ALL) == 0);

  if (self->availability == availability)
    return;
  self->availability = availability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABILITY]);
}

int
ta_participant_get_capacity (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->capacity;
}

void
ta_participant_set_capacity (TaParticipant *self,
                             int            capacity)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (capacity >= 0);

  if (self->capacity == capacity)
    return;
  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

/**
 * ta_participant_get_offers:
 * @self: a #TaParticipant
 *
 * Returns: (transfer none) (array zero-terminated=1): the skills this
 *   person offers to teach; never %NULL
 */
const char * const *
ta_participant_get_offers (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->offers != NULL ? (const char * const *) self->offers : empty_strv;
}

void
ta_participant_set_offers (TaParticipant      *self,
                           const char * const *offers)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_list (&self->offers, offers))
    notify_searchable (self, PROP_OFFERS);
}

/**
 * ta_participant_get_seeks:
 * @self: a #TaParticipant
 *
 * Returns: (transfer none) (array zero-terminated=1): the topics this
 *   person wants to learn; never %NULL
 */
const char * const *
ta_participant_get_seeks (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->seeks != NULL ? (const char * const *) self->seeks : empty_strv;
}

void
ta_participant_set_seeks (TaParticipant      *self,
                          const char * const *seeks)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_list (&self->seeks, seeks))
    notify_searchable (self, PROP_SEEKS);
}

gint64
ta_participant_get_reports_to (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), 0);
  return self->reports_to;
}

void
ta_participant_set_reports_to (TaParticipant *self,
                               gint64         reports_to)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (reports_to >= 0);

  if (self->reports_to == reports_to)
    return;
  self->reports_to = reports_to;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTS_TO]);
}

TaParticipantStatus
ta_participant_get_status (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), TA_PARTICIPANT_STATUS_ACTIVE);
  return self->status;
}

void
ta_participant_set_status (TaParticipant       *self,
                           TaParticipantStatus  status)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (status < TA_N_PARTICIPANT_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
ta_participant_get_notes (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), NULL);
  return self->notes != NULL ? self->notes : "";
}

void
ta_participant_set_notes (TaParticipant *self,
                          const char    *notes)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));

  if (replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * _ta_participant_assign:
 * @self: the participant a view shows
 * @source: fresh values from the store
 *
 * Copies every value through the setters, so views bound to @self see
 * exactly the properties that changed.
 */
void
_ta_participant_assign (TaParticipant *self,
                        TaParticipant *source)
{
  g_return_if_fail (TA_IS_PARTICIPANT (self));
  g_return_if_fail (TA_IS_PARTICIPANT (source));

  g_object_freeze_notify (G_OBJECT (self));
  ta_participant_set_id (self, source->id);
  self->revision = source->revision;
  ta_participant_set_name (self, source->name);
  ta_participant_set_email (self, source->email);
  ta_participant_set_role (self, source->role);
  ta_participant_set_department (self, source->department);
  ta_participant_set_job_title (self, source->job_title);
  ta_participant_set_career_level (self, source->career_level);
  ta_participant_set_birth_year (self, source->birth_year);
  ta_participant_set_location (self, source->location);
  ta_participant_set_languages (self, (const char * const *) source->languages);
  ta_participant_set_availability (self, source->availability);
  ta_participant_set_capacity (self, source->capacity);
  ta_participant_set_offers (self, (const char * const *) source->offers);
  ta_participant_set_seeks (self, (const char * const *) source->seeks);
  ta_participant_set_reports_to (self, source->reports_to);
  ta_participant_set_status (self, source->status);
  ta_participant_set_notes (self, source->notes);
  g_object_thaw_notify (G_OBJECT (self));
}
