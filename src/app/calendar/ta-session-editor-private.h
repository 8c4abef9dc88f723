/* ta-session-editor-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-date-entry.h"
#include "ta-session-editor.h"

G_BEGIN_DECLS

/* The choices of the Repeat row, in its order. */
typedef enum
{
  TA_REPEAT_NONE,
  TA_REPEAT_WEEKLY,
  TA_REPEAT_TWO_WEEKS,
  TA_REPEAT_FOUR_WEEKS,
  TA_REPEAT_MONTHLY,
  TA_N_REPEATS
} TaRepeatChoice;

/* For the widget tests, and the parts in ta-session-editor-choices.c. */
GtkDropDown   *_ta_session_editor_get_pairing_dropdown (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_date_row         (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_time_row         (TaSessionEditor *self);
GtkSpinButton *_ta_session_editor_get_duration_spin    (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_location_row     (TaSessionEditor *self);
GtkLabel      *_ta_session_editor_get_error_label      (TaSessionEditor *self);
AdwComboRow   *_ta_session_editor_get_repeat_row       (TaSessionEditor *self);
GtkListItemFactory *_ta_session_editor_wrapping_factory_new (void);
TaDateEntry   *_ta_session_editor_get_date_entry       (TaSessionEditor *self);
TaDateEntry   *_ta_session_editor_get_until_entry      (TaSessionEditor *self);
AdwComboRow   *_ta_session_editor_get_end_row          (TaSessionEditor *self);
GtkSpinButton *_ta_session_editor_get_count_spin       (TaSessionEditor *self);
AdwComboRow   *_ta_session_editor_get_kind_row         (TaSessionEditor *self);
GtkEditable   *_ta_session_editor_get_title_row        (TaSessionEditor *self);
GtkTextView   *_ta_session_editor_get_notes_view       (TaSessionEditor *self);
GtkDropDown   *_ta_session_editor_get_attendee_picker  (TaSessionEditor *self);
GtkFlowBox    *_ta_session_editor_get_attendee_chips   (TaSessionEditor *self);
GtkLabel      *_ta_session_editor_get_pairing_hint     (TaSessionEditor *self);
void           _ta_session_editor_add_attendee         (TaSessionEditor *self,
                                                        gint64           id);

/* The Repeat row's text for @choice when the first session is on @day. */
char          *_ta_session_editor_describe_repeat      (guint            choice,
                                                        GDateTime       *day);
/* Where a new lunch-and-learn goes: noon on the first weekday from
 * @reference on. */
GDateTime     *_ta_session_editor_next_lunch           (GDateTime       *reference);

G_END_DECLS
