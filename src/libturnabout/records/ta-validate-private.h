/* ta-validate-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shared by the objects the store validates (pairings, sessions):
 * ta_validate_text() reported as TA_STORE_ERROR_INVALID. */
gboolean _ta_text_is_blank            (const char  *text);
gunichar _ta_text_find_invisible      (const char  *text,
                                       gboolean     spaces,
                                       glong       *out_position);
gboolean _ta_validate_text_for_store  (const char  *field_label,
                                       const char  *text,
                                       gsize        max_chars,
                                       gboolean     multi_line,
                                       GError     **error);

G_END_DECLS
