/* ta-record-changes.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

guint ta_record_apply_changes (GObject *target,
                               GObject *before,
                               GObject *after);

G_END_DECLS
