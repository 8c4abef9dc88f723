/* ta-window-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-board-view.h"
#include "ta-calendar-view.h"
#include "ta-directory-view.h"
#include "ta-insights-view.h"
#include "ta-my-pairs-view.h"
#include "ta-pairs-view.h"
#include "ta-reminders.h"
#include "ta-window.h"

G_BEGIN_DECLS

/* For the widget tests. */
TaDirectoryView *_ta_window_get_directory_view (TaWindow *self);
TaPairsView     *_ta_window_get_pairs_view     (TaWindow *self);
TaCalendarView  *_ta_window_get_calendar_view  (TaWindow *self);
TaReminders     *_ta_window_get_reminders      (TaWindow *self);
TaBoardView     *_ta_window_get_board_view     (TaWindow *self);
TaInsightsView  *_ta_window_get_insights_view  (TaWindow *self);
GtkWidget       *_ta_window_get_add_button     (TaWindow *self);
GMenuModel      *_ta_window_get_recent_section (TaWindow *self);
const char      *_ta_window_get_header_title   (TaWindow *self);
const char      *_ta_window_get_header_subtitle (TaWindow *self);
TaMyPairsView   *_ta_window_get_my_pairs_view  (TaWindow *self);
/* The names of the pages shown in the view switcher, in order, and the
 * dialog the last exchange action opened (send or import), if open. */
GStrv            _ta_window_list_pages         (TaWindow *self);
GtkWindow       *_ta_window_get_exchange_dialog (TaWindow *self);
/* "closed", "choose" (the first-start choice) or "programme" */
const char      *_ta_window_get_main_page      (TaWindow *self);

G_END_DECLS
