/* ta-reminders.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_REMINDERS_DEFAULT_MINUTES 15
#define TA_REMINDERS_MAX_MINUTES 1440

#define TA_TYPE_REMINDERS (ta_reminders_get_type ())

G_DECLARE_FINAL_TYPE (TaReminders, ta_reminders, TA, REMINDERS, GObject)

TaReminders *ta_reminders_new              (TaProgramme       *programme);
int          ta_reminders_get_lead_minutes (TaReminders       *self);
void         ta_reminders_set_lead_minutes (TaReminders       *self,
                                            int                minutes);
/* Reminds of the sessions that start within the lead time after @now
 * (NULL: now) and were not reminded of yet; returns how many. */
guint        ta_reminders_check            (TaReminders       *self,
                                            GDateTime         *now);

G_END_DECLS
