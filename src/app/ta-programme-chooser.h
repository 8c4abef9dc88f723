/* ta-programme-chooser.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-window.h"

G_BEGIN_DECLS

void ta_programme_chooser_open (TaWindow *window);
void ta_programme_chooser_new  (TaWindow *window);

G_END_DECLS
