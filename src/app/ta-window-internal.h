/* ta-window-internal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-exchange.h"
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
  /* Issue 14: the first-start choice and the personal pages
   * (ta-window-side.c) */
  GtkBox               *choose_box;
  GtkWidget            *switcher_bar;
  TaMyPairsView        *my_pairs_view;
  AdwViewStackPage     *directory_page;
  AdwViewStackPage     *pairs_page;
  AdwViewStackPage     *my_pairs_page;
  AdwViewStackPage     *board_page;
  AdwViewStackPage     *insights_page;

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

  /* The side shown (ta_window_update_side()) */
  TaProgrammeSide       side;
  /* The last send or import dialog, while it is open (weak) */
  GtkWindow            *exchange_dialog;
};

/* ta-window.c */
void ta_window_update_actions        (TaWindow   *self);
void ta_window_update_add_button     (TaWindow   *self);

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

/* ta-window-side.c: the first-start choice, the personal pages, and the
 * exchange files */
void ta_window_side_class_init       (GtkWidgetClass *widget_class);
void ta_window_side_init             (TaWindow   *self);
void ta_window_update_side           (TaWindow   *self);
gboolean ta_window_is_personal       (TaWindow   *self);

G_END_DECLS
