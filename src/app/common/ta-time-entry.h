/* ta-time-entry.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The local time of a day typed as YYYY-MM-DD and a time typed as HH:MM,
 * or NULL and @error (G_IO_ERROR_INVALID_DATA) saying which is wrong and
 * how to write it.  The session editor and Schedule Presentation share it. */
GDateTime *ta_time_entry_parse (const char  *date,
                                const char  *time,
                                GError     **error);

G_END_DECLS
