/* ta-store-series-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store-private.h"

G_BEGIN_DECLS

/* Ends the series of @session before its occurrence (see
 * ta-store-series.c); inside a transaction. */
gboolean _ta_store_end_series_before (TaStore    *self,
                                      TaSession  *session,
                                      GError    **error);

G_END_DECLS
