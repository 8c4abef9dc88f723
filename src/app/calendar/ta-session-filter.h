/* ta-session-filter.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* Any kind of session. */
#define TA_SESSION_FILTER_ANY_KIND (-1)

#define TA_TYPE_SESSION_FILTER (ta_session_filter_get_type ())

G_DECLARE_FINAL_TYPE (TaSessionFilter, ta_session_filter, TA, SESSION_FILTER, GtkFilter)

TaSessionFilter *ta_session_filter_new              (void);
gboolean         ta_session_filter_set              (TaSessionFilter *self,
                                                     TaProgramme     *programme,
                                                     int              kind,
                                                     gint64           participant_id,
                                                     gint64           pairing_id,
                                                     GError         **error);
int              ta_session_filter_get_kind         (TaSessionFilter *self);
gint64           ta_session_filter_get_participant  (TaSessionFilter *self);
gint64           ta_session_filter_get_pairing      (TaSessionFilter *self);
gboolean         ta_session_filter_is_active        (TaSessionFilter *self);

G_END_DECLS
