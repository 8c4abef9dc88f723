/* ta-toast.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ta_toast_add       (GtkWidget  *widget,
                         AdwToast   *toast);
void ta_toast_add_error (GtkWidget  *widget,
                         const char *format,
                         ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
