/* ta-goal.c
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

#define G_LOG_DOMAIN "turnabout-goal"

#include "config.h"

#include "ta-goal.h"

struct _TaGoal
{
  GObject parent_instance;

  char *title;
  gboolean done;
};

G_DEFINE_FINAL_TYPE (TaGoal, ta_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ta_goal_finalize (GObject *object)
{
  TaGoal *self = (TaGoal *)object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ta_goal_parent_class)->finalize (object);
}

static void
ta_goal_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TaGoal *self = TA_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, ta_goal_get_title (self));
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_goal_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TaGoal *self = TA_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ta_goal_set_title (self, g_value_get_string (value));
      break;
    case PROP_DONE:
      ta_goal_set_done (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ta_goal_class_init (TaGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ta_goal_finalize;
  object_class->get_property = ta_goal_get_property;
  object_class->set_property = ta_goal_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ta_goal_init (TaGoal *self)
{
}

TaGoal *
ta_goal_new (const char *title,
             gboolean    done)
{
  return g_object_new (TA_TYPE_GOAL, "title", title, "done", done, NULL);
}

const char *
ta_goal_get_title (TaGoal *self)
{
  g_return_val_if_fail (TA_IS_GOAL (self), NULL);

  return self->title != NULL ? self->title : "";
}

void
ta_goal_set_title (TaGoal     *self,
                   const char *title)
{
  g_return_if_fail (TA_IS_GOAL (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
ta_goal_get_done (TaGoal *self)
{
  g_return_val_if_fail (TA_IS_GOAL (self), FALSE);

  return self->done;
}

void
ta_goal_set_done (TaGoal   *self,
                  gboolean  done)
{
  g_return_if_fail (TA_IS_GOAL (self));

  done = !!done;
  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
