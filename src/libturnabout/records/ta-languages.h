/* ta-languages.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *ta_language_get_name         (const char         *code);
char        *ta_language_dup_display_name (const char         *code);
const char  *ta_language_find_code        (const char         *text);
char        *ta_language_normalize        (const char         *text);
GStrv        ta_languages_normalize       (const char * const *languages);
char        *ta_languages_join_names      (const char * const *codes);
GStrv        ta_languages_list_codes      (void);
GStrv        ta_languages_list_names      (void);

G_END_DECLS
