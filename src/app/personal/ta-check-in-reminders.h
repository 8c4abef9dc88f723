/* ta-check-in-reminders.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-programme.h"

G_BEGIN_DECLS

guint ta_check_in_reminders_notify (GApplication *application,
                                    GSettings    *settings,
                                    TaProgramme  *programme,
                                    GDateTime    *now);

G_END_DECLS
