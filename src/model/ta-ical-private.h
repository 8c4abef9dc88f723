/* ta-ical-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "ta-ical.h"

G_BEGIN_DECLS

/* What the export (ta-ical-export.c) and the import (ta-ical-import.c)
 * share. */

/* A key for a hash table of ids (freed with g_free). */
static inline gint64 *
_ta_ical_id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

G_END_DECLS
