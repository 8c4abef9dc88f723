/* ta-window.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_WINDOW (ta_window_get_type ())

G_DECLARE_FINAL_TYPE (TaWindow, ta_window, TA, WINDOW, AdwApplicationWindow)

TaWindow          *ta_window_new               (GtkApplication    *application);
TaProgramme       *ta_window_get_programme     (TaWindow          *self);
void               ta_window_set_programme     (TaWindow          *self,
                                                TaProgramme       *programme);
TaParticipantList *ta_window_get_participants  (TaWindow          *self);
const char        *ta_window_get_database_path (TaWindow          *self);
void               ta_window_show_page         (TaWindow          *self,
                                                const char        *name);
void               ta_window_show_open_error   (TaWindow          *self,
                                                const char        *path,
                                                const GError      *error);
gboolean           ta_window_open_programme    (TaWindow          *self,
                                                GFile             *file);
gboolean           ta_window_new_programme     (TaWindow          *self,
                                                GFile             *file);
gboolean           ta_window_load_sample_programme (TaWindow      *self);
void               ta_window_open_exchange_file (TaWindow         *self,
                                                 GFile            *file);
void               ta_window_add_toast         (TaWindow          *self,
                                                const char        *message);

G_END_DECLS
