/* ta-application.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-window.h"

G_BEGIN_DECLS

/* The settings schema keeps this id in the .Devel variant too, so it is
 * never derived from the application id. */
#define TA_SETTINGS_SCHEMA_ID "io.github.turnabout.Turnabout"

#define TA_TYPE_APPLICATION (ta_application_get_type ())

G_DECLARE_FINAL_TYPE (TaApplication, ta_application, TA, APPLICATION, AdwApplication)

TaApplication *ta_application_new           (const char        *application_id,
                                             GApplicationFlags  flags);
TaWindow      *ta_application_open_database (TaApplication     *self,
                                             const char        *path);

G_END_DECLS
