/* ta-record-changes.c
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

#define G_LOG_DOMAIN "turnabout-record"

#include "config.h"

#include "ta-record-changes.h"

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  /* Boxed values compare by pointer in GLib; compare what they hold. */
  if (type == G_TYPE_STRV)
    {
      const char * const *x = g_value_get_boxed (a);
      const char * const *y = g_value_get_boxed (b);
      static const char * const empty[] = { NULL };

      return g_strv_equal (x != NULL ? x : empty, y != NULL ? y : empty);
    }
  if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *x = g_value_get_boxed (a);
      GDateTime *y = g_value_get_boxed (b);

      return x == y || (x != NULL && y != NULL && g_date_time_equal (x, y));
    }
  if (type == G_TYPE_STRING)
    {
      const char *x = g_value_get_string (a);
      const char *y = g_value_get_string (b);

      /* NULL and "" are both "empty" to a record. */
      return g_strcmp0 (x != NULL ? x : "", y != NULL ? y : "") == 0;
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

/**
 * ta_record_apply_changes:
 * @target: the record as it is stored now
 * @before: the record as an editor read it
 * @after: the record as the editor's user left it
 *
 * Sets on @target every writable property in which @after differs from
 * @before: the user's own changes, put on top of a record that somebody
 * else changed in the meantime, so that neither side's work is lost when
 * an editor reloads.  All three must be of one type.
 *
 * Returns: how many properties the user changed
 */
guint
ta_record_apply_changes (GObject *target,
                         GObject *before,
                         GObject *after)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;
  guint n_changed = 0;

  g_return_val_if_fail (G_IS_OBJECT (target), 0);
  g_return_val_if_fail (G_TYPE_FROM_INSTANCE (before) == G_TYPE_FROM_INSTANCE (target), 0);
  g_return_val_if_fail (G_TYPE_FROM_INSTANCE (after) == G_TYPE_FROM_INSTANCE (target), 0);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (target), &n_pspecs);
  g_object_freeze_notify (target);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_init (&new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (before, pspec->name, &old_value);
      g_object_get_property (after, pspec->name, &new_value);

      if (!values_equal (pspec, &old_value, &new_value))
        {
          g_object_set_property (target, pspec->name, &new_value);
          n_changed++;
        }
    }
  g_object_thaw_notify (target);

  return n_changed;
}
