/* ta-mail-private.h - what the tests reach of ta-mail.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-mail.h"

G_BEGIN_DECLS

char   **_ta_mail_build_addresses  (const char *const  *addresses);
gboolean _ta_mail_check_attachment (const char         *path,
                                    GError            **error);

G_END_DECLS
