/* ta-momentum.c
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

/* "After a couple of cancelled sessions, the momentum quickly dwindles":
 * which pairs need the facilitator before they stall. */

#define G_LOG_DOMAIN "turnabout-momentum"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-momentum.h"
#include "ta-session.h"
#include "ta-store-queries.h"

G_DEFINE_FLAGS_TYPE (TaMomentumReason, ta_momentum_reason,
  G_DEFINE_ENUM_VALUE (TA_MOMENTUM_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TA_MOMENTUM_MISSED_IN_A_ROW, "missed-in-a-row"),
  G_DEFINE_ENUM_VALUE (TA_MOMENTUM_NOTHING_HELD, "nothing-held"),
  G_DEFINE_ENUM_VALUE (TA_MOMENTUM_NOTHING_PLANNED, "nothing-planned"))

struct _TaMomentumAlert
{
  GObject parent_instance;

  gint64 pairing_id;
  TaMomentumReason reasons;
  guint missed_in_a_row;
  GDateTime *last_held;
  char *explanation;
};

G_DEFINE_FINAL_TYPE (TaMomentumAlert, ta_momentum_alert, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAIRING_ID,
  PROP_REASONS,
  PROP_MISSED_IN_A_ROW,
  PROP_LAST_HELD,
  PROP_EXPLANATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_momentum_alert_finalize (GObject *object)
{
  TaMomentumAlert *self = (TaMomentumAlert *)object;

  g_clear_pointer (&self->last_held, g_date_time_unref);
  g_clear_pointer (&self->explanation, g_free);

  G_OBJECT_CLASS (ta_momentum_alert_parent_class)->finalize (object);
}

static void
ta_momentum_alert_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TaMomentumAlert *self = TA_MOMENTUM_ALERT (object);

  switch (prop_id)
    {
    case PROP_PAIRING_ID:
      g_value_set_int64 (value, self->pairing_id);
      break;
    case PROP_REASONS:
      g_value_set_flags (value, self->reasons);
      break;
    case PROP_MISSED_IN_A_ROW:
      g_value_set_uint (value, self->missed_in_a_row);
      break;
    case PROP_LAST_HELD:
      g_value_set_boxed (value, self->last_held);
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_momentum_alert_class_init (TaMomentumAlertClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ta_momentum_alert_finalize;
  object_class->get_property = ta_momentum_alert_get_property;

  properties[PROP_PAIRING_ID] =
    g_param_spec_int64 ("pairing-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REASONS] =
    g_param_spec_flags ("reasons", NULL, NULL, TA_TYPE_MOMENTUM_REASON, TA_MOMENTUM_NONE, flags);
  properties[PROP_MISSED_IN_A_ROW] =
    g_param_spec_uint ("missed-in-a-row", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LAST_HELD] =
    g_param_spec_boxed ("last-held", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_momentum_alert_init (TaMomentumAlert *self)
{
}

gint64
ta_momentum_alert_get_pairing_id (TaMomentumAlert *self)
{
  g_return_val_if_fail (TA_IS_MOMENTUM_ALERT (self), 0);
  return self->pairing_id;
}

TaMomentumReason
ta_momentum_alert_get_reasons (TaMomentumAlert *self)
{
  g_return_val_if_fail (TA_IS_MOMENTUM_ALERT (self), TA_MOMENTUM_NONE);
  return self->reasons;
}

guint
ta_momentum_alert_get_missed_in_a_row (TaMomentumAlert *self)
{
  g_return_val_if_fail (TA_IS_MOMENTUM_ALERT (self), 0);
  return self->missed_in_a_row;
}

/**
 * ta_momentum_alert_get_last_held:
 * @self: a #TaMomentumAlert
 *
 * Returns: (transfer none) (nullable): when the last held session started
 */
GDateTime *
ta_momentum_alert_get_last_held (TaMomentumAlert *self)
{
  g_return_val_if_fail (TA_IS_MOMENTUM_ALERT (self), NULL);
  return self->last_held;
}

const char *
ta_momentum_alert_get_explanation (TaMomentumAlert *self)
{
  g_return_val_if_fail (TA_IS_MOMENTUM_ALERT (self), NULL);
  return self->explanation;
}

/* Evaluation */

/**
 * ta_momentum_judge:
 * @missed_in_a_row: how many of the pair's last past sessions, newest
 *   first, were cancelled or missed before a held one
 * @held_since_cutoff: one was held in the last N weeks
 * @started_before_cutoff: the pair started more than N weeks ago
 * @planned_ahead: a planned session lies ahead
 *
 * The rules of "Needs Attention", on one pair's facts: the store's
 * evaluation and Insights (which gathers the facts from its own rows)
 * judge alike.
 *
 * Returns: why the pair needs attention, %TA_MOMENTUM_NONE if it does not
 */
TaMomentumReason
ta_momentum_judge (guint    missed_in_a_row,
                   gboolean held_since_cutoff,
                   gboolean started_before_cutoff,
                   gboolean planned_ahead)
{
  TaMomentumReason reasons = TA_MOMENTUM_NONE;

  if (missed_in_a_row >= 2)
    reasons |= TA_MOMENTUM_MISSED_IN_A_ROW;
  /* A pair gets the first N weeks to hold its first session. */
  if (!held_since_cutoff && started_before_cutoff)
    reasons |= TA_MOMENTUM_NOTHING_HELD;
  if (!planned_ahead)
    reasons |= TA_MOMENTUM_NOTHING_PLANNED;

  return reasons;
}

/* What one pass has seen of one pairing so far. */
typedef struct
{
  gint64 pairing_id;
  char started_on[11];     /* "YYYY-MM-DD" */
  char last_held[21];      /* "YYYY-MM-DDTHH:MM:SSZ", or "" */
  guint missed;
  gboolean streak_open;
  gboolean planned_ahead;
} PairState;

static void
pair_state_reset (PairState  *state,
                  gint64      pairing_id,
                  const char *started_on)
{
  memset (state, 0, sizeof *state);
  state->pairing_id = pairing_id;
  state->streak_open = TRUE;
  if (started_on != NULL)
    g_strlcpy (state->started_on, started_on, sizeof state->started_on);
}

static TaMomentumAlert *
finish_pair (const PairState *state,
             const char      *cutoff,
             int              weeks)
{
  g_autoptr(GString) explanation = NULL;
  TaMomentumReason reasons;
  TaMomentumAlert *alert;

  reasons = ta_momentum_judge (state->missed, strcmp (state->last_held, cutoff) >= 0,
                               strncmp (state->started_on, cutoff, 10) < 0, state->planned_ahead);

  if (reasons == TA_MOMENTUM_NONE)
    return NULL;

  explanation = g_string_new (NULL);
  if (reasons & TA_MOMENTUM_MISSED_IN_A_ROW)
    g_string_append_printf (explanation,
                            ngettext ("The last %u session was cancelled or missed",
                                      "The last %u sessions were cancelled or missed",
                                      state->missed),
                            state->missed);
  if (reasons & TA_MOMENTUM_NOTHING_HELD)
    {
      if (explanation->len > 0)
        g_string_append_c (explanation, '\n');
      g_string_append_printf (explanation,
                              /* Translators: %d is the "momentum weeks" setting */
                              ngettext ("No session was held in the last %d week",
                                        "No session was held in the last %d weeks",
                                        weeks),
                              weeks);
    }
  if (reasons & TA_MOMENTUM_NOTHING_PLANNED)
    {
      if (explanation->len > 0)
        g_string_append_c (explanation, '\n');
      g_string_append (explanation, _("No session is planned ahead"));
    }

  alert = g_object_new (TA_TYPE_MOMENTUM_ALERT, NULL);
  alert->pairing_id = state->pairing_id;
  alert->reasons = reasons;
  alert->missed_in_a_row = state->missed;
  alert->last_held = ta_time_from_utc_string (state->last_held);
  alert->explanation = g_string_free (g_steal_pointer (&explanation), FALSE);
  return alert;
}

/**
 * ta_store_evaluate_momentum:
 * @self: a #TaStore
 * @now: (nullable): the moment to judge at; %NULL for now
 * @error: a #TA_STORE_ERROR
 *
 * Looks at every active pairing: it needs attention when its last two or
 * more past sessions (most recent first; unmarked past sessions are
 * skipped) were cancelled or missed, when none was held in the last N
 * weeks (ta_store_get_momentum_weeks()), or when none is planned ahead.
 *
 * Returns: (transfer full) (element-type TaMomentumAlert): the pairings
 *   that need attention, by pairing id
 */
/* One pass over the rows, pairing by pairing, newest session first. */
typedef struct
{
  GPtrArray *alerts;
  const char *now_text;
  GDateTime *at;
  int weeks;
  char *cutoff;         /* made on the first row, once the weeks are known */
  PairState state;
  gboolean have_pair;
} Evaluation;

static void
evaluation_finish_pair (Evaluation *evaluation)
{
  TaMomentumAlert *alert;

  if (!evaluation->have_pair)
    return;

  alert = finish_pair (&evaluation->state, evaluation->cutoff, evaluation->weeks);
  if (alert != NULL)
    g_ptr_array_add (evaluation->alerts, alert);
}

static void
evaluate_row (const TaStoreMomentumRow *row,
              gpointer                  user_data)
{
  Evaluation *evaluation = user_data;
  PairState *state = &evaluation->state;
  const char *starts_at = row->starts_at;
  const char *status = row->status;

  if (evaluation->cutoff == NULL)
    {
      g_autoptr(GDateTime) cutoff_time = g_date_time_add_weeks (evaluation->at, -evaluation->weeks);

      evaluation->cutoff = ta_time_to_utc_string (cutoff_time);
    }

  if (!evaluation->have_pair || state->pairing_id != row->pairing_id)
    {
      evaluation_finish_pair (evaluation);
      pair_state_reset (state, row->pairing_id, row->started_on);
      evaluation->have_pair = TRUE;
    }

  if (starts_at == NULL || status == NULL)
    return;

  if (strcmp (starts_at, evaluation->now_text) > 0)
    {
      if (strcmp (status, "planned") == 0)
        state->planned_ahead = TRUE;
    }
  else if (strcmp (status, "held") == 0)
    {
      if (state->last_held[0] == '\0')
        g_strlcpy (state->last_held, starts_at, sizeof state->last_held);
      state->streak_open = FALSE;
    }
  else if (strcmp (status, "cancelled") == 0 || strcmp (status, "no-show") == 0)
    {
      if (state->streak_open)
        state->missed++;
    }
}

GPtrArray *
ta_store_evaluate_momentum (TaStore    *self,
                            GDateTime  *now,
                            GError    **error)
{
  g_autoptr(GPtrArray) alerts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *now_text = NULL;
  Evaluation evaluation = { 0 };
  gboolean read;

  g_return_val_if_fail (TA_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  at = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  now_text = ta_time_to_utc_string (at);

  evaluation.alerts = alerts;
  evaluation.now_text = now_text;
  evaluation.at = at;
  read = ta_store_foreach_momentum_row (self, &evaluation.weeks, evaluate_row, &evaluation, error);
  if (read)
    evaluation_finish_pair (&evaluation);
  g_free (evaluation.cutoff);
  if (!read)
    return NULL;

  return g_steal_pointer (&alerts);
}
