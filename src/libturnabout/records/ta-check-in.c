/* ta-check-in.c
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

/* One person's answer to one check-in (docs/exchange.md, "Check-ins"):
 * plain data, its stable names and its validation.  Answers are never
 * edited once saved (a wrong one is deleted and answered again), so the
 * record carries no revision. */

#define G_LOG_DOMAIN "turnabout-check-in"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-check-in.h"
#include "ta-error.h"

struct _TaCheckIn
{
  GObject parent_instance;

  gint64 id;
  char *uid;
  gint64 pairing_id;
  TaCheckInKind kind;
  TaPairSide side;
  GDateTime *answered_at;
  TaCheckInSource source;
  TaCheckInFit fit;
  int quality;
  char *works;
  char *not_working;
  char *changed;
  int recommend;
  char *keep;
  int confidence;
};

G_DEFINE_FINAL_TYPE (TaCheckIn, ta_check_in, G_TYPE_OBJECT)

/* Stable names */

static const char * const kind_names[TA_CHECK_IN_N_KINDS] = {
  "baseline", "fit", "relationship", "closing",
};
static const char * const side_names[] = { "mentor", "mentee" };
static const char * const fit_names[] = { NULL, "good", "deciding", "not-a-fit" };
static const char * const source_names[] = { "app", "exchange", "paper" };

static gboolean
lookup_name (const char         *text,
             const char * const *names,
             guint               n_names,
             guint              *out_index)
{
  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && g_str_equal (text, names[i]))
        {
          *out_index = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_NAMES(Type, type_name, names)                              \
  const char *                                                            \
  type_name##_to_string (Type value)                                      \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (names), NULL);    \
                                                                          \
    return names[value];                                                  \
  }                                                                       \
                                                                          \
  gboolean                                                                \
  type_name##_from_string (const char *text,                              \
                           Type       *out_value)                         \
  {                                                                       \
    guint index;                                                          \
                                                                          \
    g_return_val_if_fail (out_value != NULL, FALSE);                      \
                                                                          \
    if (!lookup_name (text, names, G_N_ELEMENTS (names), &index))         \
      return FALSE;                                                       \
                                                                          \
    *out_value = (Type) index;                                            \
    return TRUE;                                                          \
  }

DEFINE_NAMES (TaCheckInKind, ta_check_in_kind, kind_names)
DEFINE_NAMES (TaPairSide, ta_pair_side, side_names)
DEFINE_NAMES (TaCheckInFit, ta_check_in_fit, fit_names)
DEFINE_NAMES (TaCheckInSource, ta_check_in_source, source_names)

/**
 * ta_check_in_kind_get_label:
 * @kind: a #TaCheckInKind
 *
 * Returns: the check-in's name, translated ("Fit Check")
 */
const char *
ta_check_in_kind_get_label (TaCheckInKind kind)
{
  switch (kind)
    {
    case TA_CHECK_IN_BASELINE:
      /* Translators: the self-rating a person gives when their pair starts */
      return C_("check-in", "Starting Self-Rating");
    case TA_CHECK_IN_FIT:
      /* Translators: "is this pairing a good fit?", asked after the first meeting */
      return C_("check-in", "Fit Check");
    case TA_CHECK_IN_RELATIONSHIP:
      /* Translators: asked 30 days in, then every 60 days */
      return C_("check-in", "Relationship Check");
    case TA_CHECK_IN_CLOSING:
      /* Translators: asked when the pair completes or ends */
      return C_("check-in", "Closing Check");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ta_check_in_fit_get_label:
 * @fit: a #TaCheckInFit
 *
 * Returns: the answer to "Is this pairing a good fit?", translated; "" for
 *   %TA_CHECK_IN_FIT_NONE
 */
const char *
ta_check_in_fit_get_label (TaCheckInFit fit)
{
  switch (fit)
    {
    case TA_CHECK_IN_FIT_NONE:
      return "";
    case TA_CHECK_IN_FIT_GOOD:
      /* Translators: an answer to "Is this pairing a good fit?" */
      return C_("fit", "Good fit");
    case TA_CHECK_IN_FIT_DECIDING:
      /* Translators: an answer to "Is this pairing a good fit?" */
      return C_("fit", "Still deciding");
    case TA_CHECK_IN_FIT_NOT_A_FIT:
      /* Translators: an answer to "Is this pairing a good fit?" */
      return C_("fit", "Not a fit");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The record */

static void
ta_check_in_finalize (GObject *object)
{
  TaCheckIn *self = (TaCheckIn *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->answered_at, g_date_time_unref);
  g_clear_pointer (&self->works, g_free);
  g_clear_pointer (&self->not_working, g_free);
  g_clear_pointer (&self->changed, g_free);
  g_clear_pointer (&self->keep, g_free);

  G_OBJECT_CLASS (ta_check_in_parent_class)->finalize (object);
}

static void
ta_check_in_class_init (TaCheckInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ta_check_in_finalize;
}

static void
ta_check_in_init (TaCheckIn *self)
{
  self->recommend = -1;
}

/**
 * ta_check_in_new:
 * @pairing_id: the pair
 * @kind: which check-in
 * @side: who answers
 *
 * Returns: (transfer full): an empty answer, not yet saved
 */
TaCheckIn *
ta_check_in_new (gint64         pairing_id,
                 TaCheckInKind  kind,
                 TaPairSide     side)
{
  TaCheckIn *self;

  g_return_val_if_fail ((guint) kind < TA_CHECK_IN_N_KINDS, NULL);
  g_return_val_if_fail (side == TA_PAIR_SIDE_MENTOR || side == TA_PAIR_SIDE_MENTEE, NULL);

  self = g_object_new (TA_TYPE_CHECK_IN, NULL);
  self->pairing_id = pairing_id;
  self->kind = kind;
  self->side = side;

  return self;
}

/**
 * ta_check_in_copy:
 * @self: a #TaCheckIn
 *
 * Returns: (transfer full): a copy, id and uid included
 */
TaCheckIn *
ta_check_in_copy (TaCheckIn *self)
{
  TaCheckIn *copy;

  g_return_val_if_fail (TA_IS_CHECK_IN (self), NULL);

  copy = ta_check_in_new (self->pairing_id, self->kind, self->side);
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->answered_at = self->answered_at != NULL ? g_date_time_ref (self->answered_at) : NULL;
  copy->source = self->source;
  copy->fit = self->fit;
  copy->quality = self->quality;
  copy->works = g_strdup (self->works);
  copy->not_working = g_strdup (self->not_working);
  copy->changed = g_strdup (self->changed);
  copy->recommend = self->recommend;
  copy->keep = g_strdup (self->keep);
  copy->confidence = self->confidence;

  return copy;
}

#define DEFINE_VALUE(type, field)                                   \
  type                                                              \
  ta_check_in_get_##field (TaCheckIn *self)                         \
  {                                                                 \
    g_return_val_if_fail (TA_IS_CHECK_IN (self), (type) 0);         \
                                                                    \
    return self->field;                                             \
  }

#define DEFINE_SETTABLE_VALUE(type, field)                          \
  DEFINE_VALUE (type, field)                                        \
                                                                    \
  void                                                              \
  ta_check_in_set_##field (TaCheckIn *self,                         \
                           type       value)                        \
  {                                                                 \
    g_return_if_fail (TA_IS_CHECK_IN (self));                       \
                                                                    \
    self->field = value;                                            \
  }

/* Text answers: NULL for no answer; blank text counts as none. */
#define DEFINE_TEXT(field)                                          \
  const char *                                                      \
  ta_check_in_get_##field (TaCheckIn *self)                         \
  {                                                                 \
    g_return_val_if_fail (TA_IS_CHECK_IN (self), NULL);             \
                                                                    \
    return self->field;                                             \
  }                                                                 \
                                                                    \
  void                                                              \
  ta_check_in_set_##field (TaCheckIn  *self,                        \
                           const char *text)                        \
  {                                                                 \
    g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : "")); \
                                                                    \
    g_return_if_fail (TA_IS_CHECK_IN (self));                       \
                                                                    \
    g_free (self->field);                                           \
    self->field = *stripped != '\0' ? g_steal_pointer (&stripped) : NULL; \
  }

DEFINE_SETTABLE_VALUE (gint64, id)
DEFINE_SETTABLE_VALUE (gint64, pairing_id)
DEFINE_VALUE (TaCheckInKind, kind)
DEFINE_VALUE (TaPairSide, side)
DEFINE_SETTABLE_VALUE (TaCheckInSource, source)
DEFINE_SETTABLE_VALUE (TaCheckInFit, fit)
DEFINE_SETTABLE_VALUE (int, quality)
DEFINE_SETTABLE_VALUE (int, recommend)
DEFINE_SETTABLE_VALUE (int, confidence)
DEFINE_TEXT (works)
DEFINE_TEXT (not_working)
DEFINE_TEXT (changed)
DEFINE_TEXT (keep)

const char *
ta_check_in_get_uid (TaCheckIn *self)
{
  g_return_val_if_fail (TA_IS_CHECK_IN (self), NULL);

  return self->uid;
}

void
ta_check_in_set_uid (TaCheckIn  *self,
                     const char *uid)
{
  g_return_if_fail (TA_IS_CHECK_IN (self));

  g_free (self->uid);
  self->uid = uid != NULL && *uid != '\0' ? g_strdup (uid) : NULL;
}

GDateTime *
ta_check_in_get_answered_at (TaCheckIn *self)
{
  g_return_val_if_fail (TA_IS_CHECK_IN (self), NULL);

  return self->answered_at;
}

/* Kept in UTC, to the second, as the store writes it: a copy read back
 * compares equal to the one saved. */
void
ta_check_in_set_answered_at (TaCheckIn *self,
                             GDateTime *answered_at)
{
  g_return_if_fail (TA_IS_CHECK_IN (self));

  g_clear_pointer (&self->answered_at, g_date_time_unref);
  if (answered_at != NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_to_utc (answered_at);

      self->answered_at = g_date_time_add (utc, -(g_date_time_get_microsecond (utc)));
    }
}

/* Validation */

static gboolean
refuse (GError     **error,
        const char  *question,
        const char  *why)
{
  /* Translators: "%1$s" is a check-in question, "%2$s" why its answer was
   * refused, for example: How would you rate your mentoring relationship?
   * Choose a number from 1 to 5. */
  g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID, _("“%1$s” %2$s"), question, why);
  return FALSE;
}

static const TaCheckInQuestion *
find_question (TaCheckIn  *self,
               const char *field)
{
  guint n_questions = 0;
  const TaCheckInQuestion *questions = ta_check_in_get_questions (self->kind, self->side, &n_questions);

  for (guint i = 0; i < n_questions; i++)
    if (g_str_equal (questions[i].field, field))
      return &questions[i];

  return NULL;
}

static gboolean
check_scale (TaCheckIn   *self,
             const char  *field,
             int          value,
             int          unanswered,
             GError     **error)
{
  const TaCheckInQuestion *question = find_question (self, field);
  g_autofree char *why = NULL;

  if (question == NULL)
    {
      /* Not asked in this kind: it must be left empty. */
      if (value == unanswered)
        return TRUE;
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %1$s is an answer's name ("quality"), %2$s the check-in ("Fit Check") */
                   _("A %2$s has no %1$s answer."), field, ta_check_in_kind_get_label (self->kind));
      return FALSE;
    }

  if (value == unanswered && !question->required)
    return TRUE;
  if (value >= question->min && value <= question->max)
    return TRUE;

  if (value == unanswered)
    /* Translators: follows a quoted question; %d and %d are the scale's ends */
    why = g_strdup_printf (_("needs an answer: a number from %d to %d."), question->min, question->max);
  else
    /* Translators: follows a quoted question; %d and %d are the scale's ends */
    why = g_strdup_printf (_("takes a number from %d to %d."), question->min, question->max);

  return refuse (error, question->text, why);
}

/**
 * ta_check_in_validate:
 * @self: a #TaCheckIn
 * @error: %TA_STORE_ERROR_INVALID, naming the question
 *
 * Checks that the kind's required answers are there and in range, and
 * that no answer of another kind is set (a fit in a relationship check).
 *
 * Returns: whether the answer can be saved
 */
gboolean
ta_check_in_validate (TaCheckIn  *self,
                      GError    **error)
{
  const TaCheckInQuestion *fit_question;

  g_return_val_if_fail (TA_IS_CHECK_IN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->pairing_id <= 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A check-in belongs to a pair: choose the pair first."));
      return FALSE;
    }

  fit_question = find_question (self, "fit");
  if (fit_question != NULL && (self->fit < TA_CHECK_IN_FIT_GOOD || self->fit > TA_CHECK_IN_FIT_NOT_A_FIT))
    /* Translators: follows a quoted question */
    return refuse (error, fit_question->text, _("needs an answer: good fit, still deciding or not a fit."));
  if (fit_question == NULL && self->fit != TA_CHECK_IN_FIT_NONE)
    return check_scale (self, "fit", 1, 0, error);

  if (!check_scale (self, "quality", self->quality, 0, error) ||
      !check_scale (self, "recommend", self->recommend, -1, error) ||
      !check_scale (self, "confidence", self->confidence, 0, error))
    return FALSE;

  return TRUE;
}
