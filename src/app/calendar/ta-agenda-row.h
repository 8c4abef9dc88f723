/* ta-agenda-row.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-programme.h"
#include "ta-session.h"

G_BEGIN_DECLS

/**
 * TaAgendaAction:
 * @TA_AGENDA_ACTION_HELD: record that the session took place
 * @TA_AGENDA_ACTION_CANCEL: call it off, or record a no-show
 * @TA_AGENDA_ACTION_MOVE: open it in the editor
 */
typedef enum
{
  TA_AGENDA_ACTION_HELD,
  TA_AGENDA_ACTION_CANCEL,
  TA_AGENDA_ACTION_MOVE,
} TaAgendaAction;

typedef void (*TaAgendaActionFunc) (TaSession      *session,
                                    TaAgendaAction  action,
                                    gpointer        user_data);

/* A row of the agenda or of the recent history: who meets, when and
 * where, its status once marked, and for a planned session a menu of
 * what can be done with it (Held… only once it has begun).  The row's
 * data "session" is @session; each action's accessible label names the
 * session, and is also its data "accessible-label" (for the tests).
 * @func is called with @user_data, which must outlive the row. */
GtkWidget *ta_agenda_row_new (TaSession          *session,
                              TaProgramme        *programme,
                              TaAgendaActionFunc  func,
                              gpointer            user_data);

G_END_DECLS
