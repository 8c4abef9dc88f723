/* ta-preferences-window.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TA_TYPE_PREFERENCES_WINDOW (ta_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (TaPreferencesWindow, ta_preferences_window, TA, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWindow *ta_preferences_window_new (GtkWindow *parent);

G_END_DECLS
