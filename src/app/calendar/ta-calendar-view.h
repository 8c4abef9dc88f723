/* ta-calendar-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_CALENDAR_VIEW (ta_calendar_view_get_type ())

/*
 * The Calendar page: a month of sessions, and beside it (below it when
 * narrow) the agenda of the sessions ahead, where a planned one is marked
 * held or cancelled.
 */
G_DECLARE_FINAL_TYPE (TaCalendarView, ta_calendar_view, TA, CALENDAR_VIEW, GtkWidget)

void ta_calendar_view_set_programme (TaCalendarView *self,
                                     TaProgramme    *programme);

G_END_DECLS
