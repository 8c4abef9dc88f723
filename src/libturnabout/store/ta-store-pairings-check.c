/* ta-store-pairings-check.c
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

/* The rules pairings keep (capacity, roles, one mentor per mentee): checked when people change, and listed by ta_store_check(). */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ta-pairing-private.h"
#include "ta-participant-private.h"
#include "ta-store-private.h"

/* The rules of _ta_store_check_pairings() that a change of a person (not
 * of a pairing) can break, each row: the person's id, e-mail, and the
 * number (count or pairing id) the message quotes, and their capacity. */
static const char * const link_rules[] = {
  "SELECT p.id, p.email, count(*), p.capacity FROM pairings g JOIN participants p ON p.id = g.mentor_id "
  "WHERE " OPEN_STATUS_OF_G " AND (?1 = 0 OR p.id = ?1) "
  "GROUP BY g.mentor_id HAVING count(*) > max (p.capacity, 0)",
  "SELECT p.id, p.email, min (g.id), NULL FROM pairings g JOIN participants p ON p.id = g.mentor_id "
  "WHERE p.role = 'mentee' AND (?1 = 0 OR p.id = ?1) GROUP BY p.id",
  "SELECT p.id, p.email, min (g.id), NULL FROM pairings g JOIN participants p ON p.id = g.mentee_id "
  "WHERE p.role = 'mentor' AND (?1 = 0 OR p.id = ?1) GROUP BY p.id",
};

/* What an import or an edit of people may not do to their pairings:
 * whatever it accepts, ta_store_check() must accept too. */
gboolean
_ta_store_check_links_of (TaStore     *self,
                          GHashTable  *ids,
                          gint64       only_id,
                          GError     **error)
{
  g_assert (TA_IS_STORE (self));
  g_assert (ids != NULL || only_id > 0);

  for (guint i = 0; i < G_N_ELEMENTS (link_rules); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, link_rules[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, only_id);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_autofree char *who = NULL;
          g_autofree char *number = NULL;

          if (only_id == 0 && !g_hash_table_contains (ids, GSIZE_TO_POINTER ((gsize) id)))
            continue;

          who = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 1), -1);
          number = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 2));
          switch (i)
            {
            case 0:
              {
                int n = sqlite3_column_int (stmt, 2);

                g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                             /* Translators: %1$s is an e-mail address, %2$d a number of
                              * people, %3$d the capacity */
                             ngettext ("%1$s mentors %2$d person in open pairings, more than a capacity "
                                       "of %3$d; raise the capacity or end a pairing first",
                                       "%1$s mentors %2$d people in open pairings, more than a capacity "
                                       "of %3$d; raise the capacity or end a pairing first",
                                       n),
                             who, n, sqlite3_column_int (stmt, 3));
              }
              break;
            case 1:
              g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           /* Translators: %1$s is an e-mail address, %2$s a pairing number */
                           _("%1$s is the mentor of pairing %2$s, so they cannot take part as a mentee only"),
                           who, number);
              break;
            default:
              g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           /* Translators: %1$s is an e-mail address, %2$s a pairing number */
                           _("%1$s is the mentee of pairing %2$s, so they cannot take part as a mentor only"),
                           who, number);
              break;
            }
          return FALSE;
        }

      if (rc != SQLITE_DONE)
        return _ta_store_set_error_from_sqlite (error, self->db, rc, _("The pairings could not be read"));
    }

  return TRUE;
}

static char *
describe_pairing_problem (guint       rule,
                          const char *who,
                          const char *number)
{
  switch (rule)
    {
    case 0:
      /* Translators: %1$s is an e-mail address, %2$s a number */
      return g_strdup_printf (_("%1$s: has %2$s mentors at once"), who, number);
    case 1:
      /* Translators: %1$s is an e-mail address, %2$s a number */
      return g_strdup_printf (_("%1$s: mentors %2$s people, more than their capacity"), who, number);
    case 2:
      /* Translators: %1$s is an e-mail address, %2$s a pairing number */
      return g_strdup_printf (_("%1$s: is the mentor of pairing %2$s but takes part as a mentee only"),
                              who, number);
    case 3:
      /* Translators: %1$s is an e-mail address, %2$s a pairing number */
      return g_strdup_printf (_("%1$s: is the mentee of pairing %2$s but takes part as a mentor only"),
                              who, number);
    default:
      g_assert_not_reached ();
    }
}

/* Consistency rules of pairings, for ta_store_check(): one line per
 * problem, naming the people. */
gboolean
_ta_store_check_pairings (TaStore    *self,
                          GPtrArray  *problems,
                          GError    **error)
{
  static const char * const rules[] = {
    "SELECT p.email, count(*) FROM pairings g JOIN participants p ON p.id = g.mentee_id "
    "WHERE " OPEN_STATUS_OF_G " GROUP BY g.mentee_id HAVING count(*) > 1",
    "SELECT p.email, count(*) FROM pairings g JOIN participants p ON p.id = g.mentor_id "
    "WHERE " OPEN_STATUS_OF_G " GROUP BY g.mentor_id HAVING count(*) > max (p.capacity, 0)",
    "SELECT p.email, g.id FROM pairings g JOIN participants p ON p.id = g.mentor_id "
    "WHERE p.role = 'mentee'",
    "SELECT p.email, g.id FROM pairings g JOIN participants p ON p.id = g.mentee_id "
    "WHERE p.role = 'mentor'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _ta_store_prepare (self, rules[i], error);
      int rc;

      if (stmt == NULL)
        return FALSE;

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          g_autofree char *who = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     (gint64) sqlite3_column_int64 (stmt, 1));

          g_ptr_array_add (problems, describe_pairing_problem (i, who, number));
        }

      if (rc != SQLITE_DONE)
        return _ta_store_set_error_from_sqlite (error, self->db, rc,
                                                _("The programme file could not be checked"));
    }

  return TRUE;
}
