/* ta-time-entry.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "ta-time-entry.h"

GDateTime *
ta_time_entry_parse (const char  *date,
                     const char  *time,
                     GError     **error)
{
  int year, month, day, hour, minute;
  char end;

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (time != NULL, NULL);

  if (sscanf (date, " %d-%d-%d %c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The date is not valid: write it as YYYY-MM-DD."));
      return NULL;
    }

  if (sscanf (time, " %d:%d %c", &hour, &minute, &end) != 2 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The time is not valid: write it as HH:MM."));
      return NULL;
    }

  return g_date_time_new_local (year, month, day, hour, minute, 0);
}
