/* ta-error.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-error"

#include "config.h"

#include "ta-error.h"

G_DEFINE_QUARK (ta-store-error-quark, ta_store_error)
