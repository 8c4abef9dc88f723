/* ta-calendar-view-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-attention-list.h"
#include "ta-calendar-view.h"
#include "ta-month-grid.h"
#include "ta-session-editor.h"
#include "ta-session-filter.h"
#include "ta-session.h"

G_BEGIN_DECLS

/* For the widget tests. */
TaMonthGrid     *_ta_calendar_view_get_month_grid (TaCalendarView *self);
GtkListBox      *_ta_calendar_view_get_agenda     (TaCalendarView *self);
/* Opens the editor on @day, as a double click on it does (transfer none). */
TaSessionEditor *_ta_calendar_view_open_editor    (TaCalendarView *self,
                                                   GDateTime      *day);
/* The dialogs of the agenda's Held… and Cancel… buttons (transfer none);
 * their fields are described in ta-session-outcome-dialog.h. */
AdwMessageDialog *_ta_calendar_view_ask_held   (TaCalendarView *self,
                                                TaSession      *session);
/* The person drop-down of the filter popover, its choices made. */
GtkDropDown     *_ta_calendar_view_get_person_dropdown (TaCalendarView *self);
TaSessionFilter *_ta_calendar_view_get_filter         (TaCalendarView *self);
TaAttentionList *_ta_calendar_view_get_attention_list (TaCalendarView *self);
AdwMessageDialog *_ta_calendar_view_ask_cancel (TaCalendarView *self,
                                                TaSession      *session);
/* What activating @session does: the editor, or the record of a session
 * that is not planned (transfer none). */
GtkWindow       *_ta_calendar_view_open_session (TaCalendarView *self,
                                                 TaSession      *session);
/* The recent history below the agenda: marked sessions, newest first. */
GtkListBox      *_ta_calendar_view_get_recent   (TaCalendarView *self);
GtkSearchEntry  *_ta_calendar_view_get_search_entry (TaCalendarView *self);

G_END_DECLS
