/* ta-text-sorter.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TA_TYPE_TEXT_SORTER (ta_text_sorter_get_type ())

G_DECLARE_FINAL_TYPE (TaTextSorter, ta_text_sorter, TA, TEXT_SORTER, GtkSorter)

GtkSorter  *ta_text_sorter_new       (const char   *field);
const char *ta_text_sorter_get_field (TaTextSorter *self);
void        ta_text_sorter_set_field (TaTextSorter *self,
                                      const char   *field);

G_END_DECLS
