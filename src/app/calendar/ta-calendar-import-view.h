/* ta-calendar-import-view.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-ical.h"
#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_CALENDAR_IMPORT_VIEW (ta_calendar_import_view_get_type ())

G_DECLARE_FINAL_TYPE (TaCalendarImportView, ta_calendar_import_view, TA, CALENDAR_IMPORT_VIEW, GtkWidget)

GtkWidget    *ta_calendar_import_view_new        (TaProgramme          *programme,
                                                  GBytes               *contents,
                                                  TaIcalResult         *result);
TaIcalResult *ta_calendar_import_view_get_result (TaCalendarImportView *self);
GBytes       *ta_calendar_import_view_get_contents (TaCalendarImportView *self);
GDateTime    *ta_calendar_import_view_get_from   (TaCalendarImportView *self);
void          ta_calendar_import_view_set_from   (TaCalendarImportView *self,
                                                  GDateTime            *from);
gboolean      ta_calendar_import_view_get_busy   (TaCalendarImportView *self);

G_END_DECLS
