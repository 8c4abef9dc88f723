/* ta-application-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-application.h"

G_BEGIN_DECLS

/* The g_get_monotonic_time() of the start of main(), for the
 * TURNABOUT_BENCHMARK_FIRST_FRAME measurement. */
void _ta_application_set_start_time (TaApplication *self,
                                     gint64         start_time);

G_END_DECLS
