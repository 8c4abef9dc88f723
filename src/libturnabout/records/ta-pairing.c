/* ta-pairing.c
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

#define G_LOG_DOMAIN "turnabout-pairing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-pairing-private.h"
#include "ta-participant.h"
#include "ta-error.h"
#include "ta-validate-private.h"

G_DEFINE_FINAL_TYPE (TaPairing, ta_pairing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MENTOR_ID,
  PROP_MENTEE_ID,
  PROP_STATUS,
  PROP_SCORE,
  PROP_EXPLANATION,
  PROP_STARTED_ON,
  PROP_ENDED_ON,
  PROP_END_REASON,
  PROP_GOALS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_pairing_dispose (GObject *object)
{
  TaPairing *self = (TaPairing *)object;

  g_clear_object (&self->goals);

  G_OBJECT_CLASS (ta_pairing_parent_class)->dispose (object);
}

static void
ta_pairing_finalize (GObject *object)
{
  TaPairing *self = (TaPairing *)object;

  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->started_on, g_free);
  g_clear_pointer (&self->ended_on, g_free);
  g_clear_pointer (&self->end_reason, g_free);

  G_OBJECT_CLASS (ta_pairing_parent_class)->finalize (object);
}

static void
ta_pairing_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TaPairing *self = TA_PAIRING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_MENTOR_ID:
      g_value_set_int64 (value, self->mentor_id);
      break;
    case PROP_MENTEE_ID:
      g_value_set_int64 (value, self->mentee_id);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    case PROP_STARTED_ON:
      g_value_set_string (value, self->started_on);
      break;
    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;
    case PROP_END_REASON:
      g_value_set_string (value, self->end_reason);
      break;
    case PROP_GOALS:
      g_value_set_object (value, self->goals);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TaPairing *self = TA_PAIRING (object);

  switch (prop_id)
    {
    case PROP_ID:
      ta_pairing_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_MENTOR_ID:
      self->mentor_id = g_value_get_int64 (value);
      break;
    case PROP_MENTEE_ID:
      self->mentee_id = g_value_get_int64 (value);
      break;
    case PROP_STATUS:
      ta_pairing_set_status (self, g_value_get_enum (value));
      break;
    case PROP_SCORE:
      ta_pairing_set_score (self, g_value_get_double (value));
      break;
    case PROP_EXPLANATION:
      ta_pairing_set_explanation (self, g_value_get_string (value));
      break;
    case PROP_STARTED_ON:
      ta_pairing_set_started_on (self, g_value_get_string (value));
      break;
    case PROP_ENDED_ON:
      ta_pairing_set_ended_on (self, g_value_get_string (value));
      break;
    case PROP_END_REASON:
      ta_pairing_set_end_reason (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_pairing_class_init (TaPairingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ta_pairing_dispose;
  object_class->finalize = ta_pairing_finalize;
  object_class->get_property = ta_pairing_get_property;
  object_class->set_property = ta_pairing_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* Who the pair is never changes: a different pair is a new pairing. */
  properties[PROP_MENTOR_ID] =
    g_param_spec_int64 ("mentor-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, TA_TYPE_PAIRING_STATUS,
                       TA_PAIRING_STATUS_PROPOSED, flags);
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, 0, 100, 0, flags);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL, flags);
  properties[PROP_STARTED_ON] =
    g_param_spec_string ("started-on", NULL, NULL, NULL, flags);
  properties[PROP_ENDED_ON] =
    g_param_spec_string ("ended-on", NULL, NULL, NULL, flags);
  properties[PROP_END_REASON] =
    g_param_spec_string ("end-reason", NULL, NULL, NULL, flags);
  properties[PROP_GOALS] =
    g_param_spec_object ("goals", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_pairing_init (TaPairing *self)
{
  self->status = TA_PAIRING_STATUS_PROPOSED;
  self->goals = g_list_store_new (TA_TYPE_GOAL);
}

TaPairing *
ta_pairing_new (gint64 mentor_id,
                gint64 mentee_id)
{
  g_return_val_if_fail (mentor_id >= 0, NULL);
  g_return_val_if_fail (mentee_id >= 0, NULL);

  return g_object_new (TA_TYPE_PAIRING,
                       "mentor-id", mentor_id,
                       "mentee-id", mentee_id,
                       NULL);
}

static void
copy_goals (GListStore *to,
            GListStore *from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) goals = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (from), i);

      g_ptr_array_add (goals, ta_goal_new (ta_goal_get_title (goal), ta_goal_get_done (goal)));
    }

  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)), goals->pdata, goals->len);
}

/**
 * ta_pairing_copy:
 * @self: a #TaPairing
 *
 * Returns: (transfer full): a copy with its own goals, to edit without
 *   touching what views show
 */
TaPairing *
ta_pairing_copy (TaPairing *self)
{
  TaPairing *copy;

  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);

  copy = ta_pairing_new (self->mentor_id, self->mentee_id);
  copy->id = self->id;
  copy->revision = self->revision;
  copy->status = self->status;
  copy->score = self->score;
  copy->explanation = g_strdup (self->explanation);
  copy->started_on = g_strdup (self->started_on);
  copy->ended_on = g_strdup (self->ended_on);
  copy->end_reason = g_strdup (self->end_reason);
  copy_goals (copy->goals, self->goals);

  return copy;
}

/* Views keep the object they show; the store's fresh values are copied
 * into it, notifying only what changed. */
void
_ta_pairing_assign (TaPairing *self,
                    TaPairing *source)
{
  g_return_if_fail (TA_IS_PAIRING (self));
  g_return_if_fail (TA_IS_PAIRING (source));

  g_object_freeze_notify (G_OBJECT (self));
  ta_pairing_set_id (self, source->id);
  self->revision = source->revision;
  ta_pairing_set_status (self, source->status);
  ta_pairing_set_score (self, source->score);
  ta_pairing_set_explanation (self, source->explanation);
  ta_pairing_set_started_on (self, source->started_on);
  ta_pairing_set_ended_on (self, source->ended_on);
  ta_pairing_set_end_reason (self, source->end_reason);
  copy_goals (self->goals, source->goals);
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

gint64
ta_pairing_get_id (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), 0);
  return self->id;
}

void
ta_pairing_set_id (TaPairing *self,
                   gint64     id)
{
  g_return_if_fail (TA_IS_PAIRING (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ta_pairing_get_mentor_id (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), 0);
  return self->mentor_id;
}

gint64
ta_pairing_get_mentee_id (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), 0);
  return self->mentee_id;
}

TaPairingStatus
ta_pairing_get_status (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), TA_PAIRING_STATUS_PROPOSED);
  return self->status;
}

void
ta_pairing_set_status (TaPairing       *self,
                       TaPairingStatus  status)
{
  g_return_if_fail (TA_IS_PAIRING (self));
  g_return_if_fail (status < TA_N_PAIRING_STATUSES);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

double
ta_pairing_get_score (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), 0);
  return self->score;
}

void
ta_pairing_set_score (TaPairing *self,
                      double     score)
{
  g_return_if_fail (TA_IS_PAIRING (self));
  g_return_if_fail (isfinite (score));

  score = CLAMP (score, 0, 100);
  if (self->score == score)
    return;
  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

const char *
ta_pairing_get_explanation (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);
  return self->explanation;
}

void
ta_pairing_set_explanation (TaPairing  *self,
                            const char *explanation)
{
  g_return_if_fail (TA_IS_PAIRING (self));

  if (replace_string (&self->explanation, explanation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLANATION]);
}

const char *
ta_pairing_get_started_on (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);
  return self->started_on;
}

void
ta_pairing_set_started_on (TaPairing  *self,
                           const char *date)
{
  g_return_if_fail (TA_IS_PAIRING (self));

  if (replace_string (&self->started_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED_ON]);
}

const char *
ta_pairing_get_ended_on (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);
  return self->ended_on;
}

void
ta_pairing_set_ended_on (TaPairing  *self,
                         const char *date)
{
  g_return_if_fail (TA_IS_PAIRING (self));

  if (replace_string (&self->ended_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

const char *
ta_pairing_get_end_reason (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);
  return self->end_reason;
}

void
ta_pairing_set_end_reason (TaPairing  *self,
                           const char *reason)
{
  g_return_if_fail (TA_IS_PAIRING (self));

  if (replace_string (&self->end_reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_REASON]);
}

/**
 * ta_pairing_get_goals:
 * @self: a #TaPairing
 *
 * Returns: (transfer none): the goals, a #GListStore of #TaGoal
 */
GListStore *
ta_pairing_get_goals (TaPairing *self)
{
  g_return_val_if_fail (TA_IS_PAIRING (self), NULL);
  return self->goals;
}

/**
 * ta_date_today:
 *
 * Returns: (transfer full): today's date in the local time zone,
 *   "YYYY-MM-DD"
 */
char *
ta_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * ta_date_is_valid:
 * @date: (nullable): text
 *
 * Returns: whether @date is a real calendar day written "YYYY-MM-DD"
 */
gboolean
ta_date_is_valid (const char *date)
{
  guint64 year, month, day;
  g_auto(GStrv) parts = NULL;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;

  parts = g_strsplit (date, "-", 3);
  if (!g_ascii_string_to_unsigned (parts[0], 10, 1900, 9999, &year, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &day, NULL))
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * ta_pairing_validate:
 * @self: a #TaPairing
 * @error: a #TA_STORE_ERROR_INVALID saying what is wrong
 *
 * Checks the values of one pairing on their own; the store checks what
 * depends on others (the people exist, their other pairings).
 */
gboolean
ta_pairing_validate (TaPairing  *self,
                     GError    **error)
{
  guint n_goals;

  g_return_val_if_fail (TA_IS_PAIRING (self), FALSE);

  if (self->mentor_id <= 0 || self->mentee_id <= 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A pairing needs a mentor and a mentee"));
      return FALSE;
    }

  if (self->mentor_id == self->mentee_id)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Nobody can be their own mentor"));
      return FALSE;
    }

  if ((self->started_on != NULL && !ta_date_is_valid (self->started_on)) ||
      (self->ended_on != NULL && !ta_date_is_valid (self->ended_on)))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A date of the pairing is not a valid day"));
      return FALSE;
    }

  if (self->started_on != NULL && self->ended_on != NULL &&
      strcmp (self->ended_on, self->started_on) < 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A pairing cannot end before it started"));
      return FALSE;
    }

  if (self->status == TA_PAIRING_STATUS_ENDED && _ta_text_is_blank (self->end_reason))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Say why the pairing ended"));
      return FALSE;
    }

  if (!_ta_validate_text_for_store (N_("Reason"), self->end_reason, TA_PAIRING_MAX_REASON_CHARS, FALSE, error) ||
      !_ta_validate_text_for_store (N_("Explanation"), self->explanation, 0, TRUE, error))
    return FALSE;

  n_goals = g_list_model_get_n_items (G_LIST_MODEL (self->goals));
  if (n_goals > TA_PAIRING_MAX_GOALS)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A pairing can have at most %d goals"), TA_PAIRING_MAX_GOALS);
      return FALSE;
    }

  for (guint i = 0; i < n_goals; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
      g_autofree char *title = g_strstrip (g_strdup (ta_goal_get_title (goal)));

      if (*title == '\0')
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("A goal needs a title"));
          return FALSE;
        }
      if (!_ta_validate_text_for_store (N_("Goal"), title, TA_GOAL_MAX_TITLE_CHARS, FALSE, error))
        return FALSE;
    }

  return TRUE;
}
