/* ta-directory-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_DIRECTORY_VIEW (ta_directory_view_get_type ())

G_DECLARE_FINAL_TYPE (TaDirectoryView, ta_directory_view, TA, DIRECTORY_VIEW, GtkWidget)

GtkWidget         *ta_directory_view_new                       (void);
TaProgramme       *ta_directory_view_get_programme             (TaDirectoryView   *self);
void               ta_directory_view_set_programme             (TaDirectoryView   *self,
                                                                TaProgramme       *programme);
gboolean           ta_directory_view_get_show_left_participants (TaDirectoryView  *self);
void               ta_directory_view_set_show_left_participants (TaDirectoryView  *self,
                                                                 gboolean          show_left_participants);
gboolean           ta_directory_view_get_empty                 (TaDirectoryView   *self);
gboolean           ta_directory_view_get_busy                  (TaDirectoryView   *self);

G_END_DECLS
