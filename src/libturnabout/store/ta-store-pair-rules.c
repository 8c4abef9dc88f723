/* ta-store-pair-rules.c
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

/* Blocks and pins between two people, and the matcher's settings: what the facilitator tells the matcher beyond the people themselves. */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-pairing-private.h"
#include "ta-participant-private.h"
#include "ta-store-private.h"

#define PAIRING_COLUMNS \
  "id, mentor_id, mentee_id, status, score, explanation, started_on, ended_on, end_reason"

/* Pair rules */

/**
 * ta_store_list_pair_rules:
 * @self: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Returns: (transfer full) (element-type TaPairRule): every block and pin
 */
GArray *
ta_store_list_pair_rules (TaStore  *self,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) rules = g_array_new (FALSE, FALSE, sizeof (TaPairRule));
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), NULL);

  stmt = _ta_store_prepare (self,
                            "SELECT mentor_id, mentee_id, kind FROM pair_rules ORDER BY mentor_id, mentee_id",
                            error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TaPairRule rule = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int64 (stmt, 1),
        g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "pin") == 0 ? TA_PAIR_RULE_PIN
                                                                           : TA_PAIR_RULE_BLOCK,
      };

      g_array_append_val (rules, rule);
    }

  if (rc != SQLITE_DONE)
    {
      _ta_store_set_error_from_sqlite (error, self->db, rc, _("The blocks and pins could not be read"));
      return NULL;
    }

  return g_steal_pointer (&rules);
}

static gboolean
run_rule_statement (TaStore     *self,
                    const char  *sql,
                    gint64       mentor_id,
                    gint64       mentee_id,
                    const char  *kind,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *now = ta_database_now_precise_text ();
  STORE_LOCKED (self);

  stmt = _ta_store_prepare (self, sql, error);
  if (stmt == NULL || !_ta_store_begin (self, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, mentor_id);
  sqlite3_bind_int64 (stmt, 2, mentee_id);
  if (kind != NULL)
    {
      sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
    }

  if (!_ta_store_step_done (self, stmt, _("The block or pin could not be saved"), error) ||
      !_ta_store_commit (self, error))
    {
      _ta_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_store_set_pair_rule:
 * @self: a #TaStore
 * @mentor_id: the mentor
 * @mentee_id: the mentee
 * @kind: never pair them (block), or pair them first (pin)
 * @error: a #TA_STORE_ERROR
 *
 * Replaces any earlier rule for the two, then emits
 * #TaStore::pair-rules-changed.
 */
gboolean
ta_store_set_pair_rule (TaStore         *self,
                        gint64           mentor_id,
                        gint64           mentee_id,
                        TaPairRuleKind   kind,
                        GError         **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (mentor_id > 0 && mentee_id > 0, FALSE);
  g_return_val_if_fail (kind == TA_PAIR_RULE_BLOCK || kind == TA_PAIR_RULE_PIN, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mentor_id == mentee_id)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Nobody can be their own mentor"));
      return FALSE;
    }

  if (!run_rule_statement (self,
                           "INSERT INTO pair_rules (mentor_id, mentee_id, kind, created_at) "
                           "VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (mentor_id, mentee_id) DO UPDATE SET kind = excluded.kind",
                           mentor_id, mentee_id, kind == TA_PAIR_RULE_PIN ? "pin" : "block", error))
    return FALSE;

  _ta_store_emit (self, PAIR_RULES_CHANGED, NULL, 0);
  return TRUE;
}

gboolean
ta_store_clear_pair_rule (TaStore  *self,
                          gint64    mentor_id,
                          gint64    mentee_id,
                          GError  **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!run_rule_statement (self, "DELETE FROM pair_rules WHERE mentor_id = ?1 AND mentee_id = ?2",
                           mentor_id, mentee_id, NULL, error))
    return FALSE;

  _ta_store_emit (self, PAIR_RULES_CHANGED, NULL, 0);
  return TRUE;
}

/* Match settings: one row per value, so a later version can add settings
 * without a migration, and unknown keys are left alone. */

static const char * const weight_keys[TA_N_CRITERIA] = {
  "weight.topic-fit", "weight.reverse-direction", "weight.reciprocity",
  "weight.availability", "weight.cross-department",
};

/**
 * ta_store_get_match_settings:
 * @self: a #TaStore
 * @out_settings: (out caller-allocates): the settings
 * @error: a #TA_STORE_ERROR
 *
 * Values never set, or damaged, are the defaults.
 */
gboolean
ta_store_get_match_settings (TaStore          *self,
                             TaMatchSettings  *out_settings,
                             GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  TaMatchSettings settings;
  int rc;
  STORE_LOCKED (self);

  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (out_settings != NULL, FALSE);

  ta_match_settings_init_defaults (&settings);

  stmt = _ta_store_prepare (self, "SELECT key, value FROM settings", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);
      double number = value != NULL ? g_ascii_strtod (value, NULL) : NAN;

      for (guint i = 0; i < TA_N_CRITERIA; i++)
        if (g_strcmp0 (key, weight_keys[i]) == 0 && isfinite (number))
          settings.weights[i] = number;

      if (g_strcmp0 (key, "reverse-rule") == 0)
        settings.reverse_rule = g_strcmp0 (value, "require") == 0 ? TA_REVERSE_REQUIRE : TA_REVERSE_PREFER;
      else if (g_strcmp0 (key, "min-levels-below") == 0 && isfinite (number))
        settings.min_levels_below = (int) number;
      else if (g_strcmp0 (key, "forbid-same-department") == 0)
        settings.forbid_same_department = g_strcmp0 (value, "true") == 0;
      else if (g_strcmp0 (key, "exclude-earlier-pairs") == 0)
        settings.exclude_earlier_pairs = g_strcmp0 (value, "true") == 0;
    }

  if (rc != SQLITE_DONE)
    return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The settings could not be read"));

  /* A file edited by hand must not break matching. */
  if (!ta_match_settings_validate (&settings, NULL))
    ta_match_settings_init_defaults (&settings);

  *out_settings = settings;
  return TRUE;
}

gboolean
ta_store_set_match_settings (TaStore                *self,
                             const TaMatchSettings  *settings,
                             GError                **error)
{
  g_return_val_if_fail (TA_IS_STORE (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ta_match_settings_validate (settings, error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    char values[TA_N_CRITERIA + 4][G_ASCII_DTOSTR_BUF_SIZE];
    const char *keys[TA_N_CRITERIA + 4];
    STORE_LOCKED (self);

    for (guint i = 0; i < TA_N_CRITERIA; i++)
      {
        keys[i] = weight_keys[i];
        g_ascii_dtostr (values[i], sizeof values[i], settings->weights[i]);
      }
    keys[TA_N_CRITERIA] = "reverse-rule";
    g_strlcpy (values[TA_N_CRITERIA], settings->reverse_rule == TA_REVERSE_REQUIRE ? "require" : "prefer",
               sizeof values[0]);
    keys[TA_N_CRITERIA + 1] = "min-levels-below";
    g_snprintf (values[TA_N_CRITERIA + 1], sizeof values[0], "%d", settings->min_levels_below);
    keys[TA_N_CRITERIA + 2] = "forbid-same-department";
    g_strlcpy (values[TA_N_CRITERIA + 2], settings->forbid_same_department ? "true" : "false",
               sizeof values[0]);
    keys[TA_N_CRITERIA + 3] = "exclude-earlier-pairs";
    g_strlcpy (values[TA_N_CRITERIA + 3], settings->exclude_earlier_pairs ? "true" : "false",
               sizeof values[0]);

    stmt = _ta_store_prepare (self,
                              "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              error);
    if (stmt == NULL || !_ta_store_begin (self, error))
      return FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        sqlite3_reset (stmt);
        sqlite3_bind_text (stmt, 1, keys[i], -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 2, values[i], -1, SQLITE_TRANSIENT);
        if (!_ta_store_step_done (self, stmt, _("The settings could not be saved"), error))
          {
            _ta_store_rollback (self);
            return FALSE;
          }
      }

    if (!_ta_store_commit (self, error))
      return FALSE;
  }

  _ta_store_emit (self, MATCH_SETTINGS_CHANGED, NULL, 0);
  return TRUE;
}
