/* ta-accessible.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  ta_accessible_install        (void);
void  ta_accessible_fix_tree       (GtkWidget  *root);
void  ta_accessible_set_label      (GtkWidget  *widget,
                                    const char *label);
char *ta_accessible_strip_mnemonic (const char *text);

G_END_DECLS
