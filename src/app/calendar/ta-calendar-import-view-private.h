/* ta-calendar-import-view-private.h - for the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-calendar-import-view.h"

G_BEGIN_DECLS

/* The rows of each list, as shown: to import (new and updated), skipped
 * (with those already up to date), refused. */
typedef enum
{
  TA_CALENDAR_IMPORT_GROUP_IMPORT,
  TA_CALENDAR_IMPORT_GROUP_SKIPPED,
  TA_CALENDAR_IMPORT_GROUP_REFUSED,
} TaCalendarImportGroup;

GListModel    *_ta_calendar_import_view_get_rows         (TaCalendarImportView  *self,
                                                          TaCalendarImportGroup  group);
GtkExpander   *_ta_calendar_import_view_get_expander     (TaCalendarImportView  *self,
                                                          TaCalendarImportGroup  group);
GtkListView   *_ta_calendar_import_view_get_list_view    (TaCalendarImportView  *self,
                                                          TaCalendarImportGroup  group);
GtkCalendar   *_ta_calendar_import_view_get_calendar     (TaCalendarImportView  *self);
GtkMenuButton *_ta_calendar_import_view_get_from_button  (TaCalendarImportView  *self);
GtkLabel      *_ta_calendar_import_view_get_note_label   (TaCalendarImportView  *self);

G_END_DECLS
