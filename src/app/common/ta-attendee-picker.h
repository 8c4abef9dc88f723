/* ta-attendee-picker.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ta-participant-list.h"

G_BEGIN_DECLS

#define TA_TYPE_ATTENDEE_PICKER (ta_attendee_picker_get_type ())

/*
 * The people of a group session: a chip for each, with a button that
 * takes them out, above a searchable drop-down of the directory that
 * adds one.  Emits "changed" when the people change.
 */
G_DECLARE_FINAL_TYPE (TaAttendeePicker, ta_attendee_picker, TA, ATTENDEE_PICKER, GtkWidget)

GtkWidget    *ta_attendee_picker_new              (void);
void          ta_attendee_picker_set_participants (TaAttendeePicker  *self,
                                                   TaParticipantList *participants);
/* Participant ids, in the order chosen */
const gint64 *ta_attendee_picker_get_ids          (TaAttendeePicker  *self,
                                                   guint             *out_n);
void          ta_attendee_picker_set_ids          (TaAttendeePicker  *self,
                                                   const gint64      *ids,
                                                   guint              n);
/* Adds @id unless already there */
void          ta_attendee_picker_add              (TaAttendeePicker  *self,
                                                   gint64             id);
/* (transfer none): the parts, for tests */
GtkDropDown  *ta_attendee_picker_get_dropdown     (TaAttendeePicker  *self);
GtkFlowBox   *ta_attendee_picker_get_chips        (TaAttendeePicker  *self);

G_END_DECLS
