/* ta-store-demo-dates.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

/* Backdates the sample programme's people (ta-store-demo-dates.c): only
 * the demo calls it, inside its one transaction. */
gboolean _ta_store_set_demo_dates (TaStore            *self,
                                   const gint64       *ids,
                                   const char * const *created_at,
                                   const char * const *left_on,
                                   guint               n,
                                   GError            **error);

G_END_DECLS
