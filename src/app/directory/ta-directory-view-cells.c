/* ta-directory-view-cells.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-directory-view-internal.h"
#include "ta-languages.h"

/* Cells and sort keys, used by the column factories in the template.
 * Unknown values sort last. */

char *
ta_directory_view_role_label (gpointer this,
                              int      role)
{
  return g_strdup (ta_role_get_label (role));
}

int
ta_directory_view_role_key (gpointer this,
                            int      role)
{
  return role;
}

char *
ta_directory_view_level_label (gpointer this,
                               int      level)
{
  if (level < TA_CAREER_LEVEL_MIN || level > TA_CAREER_LEVEL_MAX)
    return g_strdup ("");

  return g_strdup (ta_career_level_get_label (level));
}

int
ta_directory_view_level_key (gpointer this,
                             int      level)
{
  return level > 0 ? level : G_MAXINT;
}

char *
ta_directory_view_generation_label (gpointer this,
                                    int      generation)
{
  if (generation == TA_GENERATION_UNKNOWN)
    return g_strdup ("");

  return g_strdup (ta_generation_get_label (generation));
}

int
ta_directory_view_birth_year_key (gpointer this,
                                  int      birth_year)
{
  return birth_year > 0 ? birth_year : G_MAXINT;
}

char *
ta_directory_view_join_list (gpointer            this,
                             const char * const *list)
{
  if (list == NULL)
    return g_strdup ("");

  /* Translators: the separator between the skills of a participant in the directory */
  return g_strjoinv (_(", "), (char **) list);
}

/* "French, Lingala": languages by name, unknown codes as they are. */
char *
ta_directory_view_languages_label (gpointer            this,
                                   const char * const *languages)
{
  return ta_languages_join_names (languages);
}
