/* bench-insights-programme.h - the programme Insights is measured on
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BENCH_INSIGHTS_PARTICIPANTS 100000
#define BENCH_INSIGHTS_SESSIONS     100000

void     bench_insights_year           (GDate       *out_from,
                                        GDate       *out_to);
gboolean bench_insights_make_programme (const char  *path,
                                        guint        n_participants,
                                        guint        n_sessions,
                                        GError     **error);

G_END_DECLS
