/* ta-preferences-window-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-match-settings.h"
#include "ta-preferences-window.h"

G_BEGIN_DECLS

/* For the widget tests. */
GtkSpinButton *_ta_preferences_window_get_weight_spin (TaPreferencesWindow *self,
                                                       TaCriterion          criterion);
GtkSwitch     *_ta_preferences_window_get_forbid_department_switch (TaPreferencesWindow *self);
AdwEntryRow   *_ta_preferences_window_get_facilitator_row (TaPreferencesWindow *self);

G_END_DECLS
