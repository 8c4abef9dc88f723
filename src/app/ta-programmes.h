/* ta-programmes.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* At most this many recent programmes are remembered. */
#define TA_PROGRAMMES_MAX_RECENT 8

char              *ta_programmes_get_title        (const char        *path);
char              *ta_programmes_get_folder       (const char        *path);
void               ta_programmes_add_recent       (GSettings         *settings,
                                                   const char        *path);
GStrv              ta_programmes_list_recent      (GSettings         *settings);
char              *ta_programmes_next_sample_path (const char        *folder);
char              *ta_programmes_create_sample    (const char        *folder,
                                                   GError           **error);

G_END_DECLS
