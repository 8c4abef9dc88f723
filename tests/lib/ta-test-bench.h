/* ta-test-bench.h: what the benchmark programs share
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

int      ta_bench_compare_doubles (gconstpointer   a,
                                   gconstpointer   b);
double   ta_bench_median          (double         *values,
                                   guint           n);
double   ta_bench_seconds_since   (gint64          start);
gboolean ta_bench_pair_everyone   (TaStore        *store,
                                   const char     *started_on,
                                   GError        **error);

G_END_DECLS
