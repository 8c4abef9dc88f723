/* ta-window-internal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-window-private.h"

G_BEGIN_DECLS

/*
 * Shared by the files of TaWindow only: the window (ta-window.c) and its
 * documents, opening, making and the recent programmes
 * (ta-window-documents.c).  The widget tests use ta-window-private.h.
 */
struct _TaWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *add_button;
  AdwWindowTitle       *programme_title;
  GMenu                *recent_section;
  GtkStack             *main_stack;
  AdwStatusPage        *closed_page;
  AdwViewStack         *view_stack;
  TaDirectoryView      *directory_view;
  TaPairsView          *pairs_view;
  TaCalendarView       *calendar_view;
  TaBoardView          *board_view;
  TaInsightsView       *insights_view;

  /* Owned references */
  GSettings            *settings;
  TaProgramme          *programme;
  TaReminders          *reminders;

  /* Looks for other processes' writes to the programme (see
   * ta_window_check_for_changes()). */
  guint                 change_check_source;

  /* Shows or hides programme_title after an allocation (see
   * ta_window_size_allocate()). */
  guint                 title_idle;
};

/* ta-window-documents.c */
void ta_window_update_recent         (TaWindow   *self);
void ta_window_new_programme_action  (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter);
void ta_window_open_programme_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter);
void ta_window_open_recent_action    (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter);
void ta_window_load_sample_action    (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter);

G_END_DECLS
