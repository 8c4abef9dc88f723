/* ta-session-editor.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"
#include "ta-session.h"

G_BEGIN_DECLS

#define TA_TYPE_SESSION_EDITOR (ta_session_editor_get_type ())

/*
 * A small window that plans a one-on-one: which pairing, when, how long,
 * where.  Saves through ta_programme_add_session() (or, for a session of a
 * series, ta_programme_update_series()) and closes; a toast on
 * @toast_widget says so, with Undo.
 */
G_DECLARE_FINAL_TYPE (TaSessionEditor, ta_session_editor, TA, SESSION_EDITOR, AdwWindow)

TaSessionEditor *ta_session_editor_new (GtkWindow         *parent,
                                        GtkWidget         *toast_widget,
                                        TaProgramme       *programme,
                                        GDateTime         *day);
TaSessionEditor *ta_session_editor_new_for_pairing (GtkWindow         *parent,
                                                    GtkWidget         *toast_widget,
                                                    TaProgramme       *programme,
                                                    gint64             pairing_id);
TaSessionEditor *ta_session_editor_new_for_session (GtkWindow         *parent,
                                                    GtkWidget         *toast_widget,
                                                    TaProgramme       *programme,
                                                    TaSession         *session);

G_END_DECLS
