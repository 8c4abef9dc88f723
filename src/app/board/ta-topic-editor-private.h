/* ta-topic-editor-private.h - for the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-topic-editor.h"

G_BEGIN_DECLS

GtkEditable *_ta_topic_editor_get_title_row    (TaTopicEditor *self);
GtkEditable *_ta_topic_editor_get_due_row      (TaTopicEditor *self);
AdwComboRow *_ta_topic_editor_get_stage_row    (TaTopicEditor *self);
GtkLabel    *_ta_topic_editor_get_error_label  (TaTopicEditor *self);
AdwComboRow *_ta_topic_editor_get_follow_up_row (TaTopicEditor *self);
void         _ta_topic_editor_add_person       (TaTopicEditor *self,
                                                gboolean       researcher,
                                                gint64         participant_id);
void         _ta_topic_editor_add_source       (TaTopicEditor *self,
                                                const char    *url,
                                                const char    *note);
/* The dialog of Schedule Presentation…, shown; its entries are its
 * "date", "time", "duration" and "place" data. */
AdwMessageDialog *_ta_topic_editor_ask_schedule (TaTopicEditor *self);
/* "Now" for the proposed date; NULL for the clock. */
void         _ta_topic_editor_set_now          (TaTopicEditor *self,
                                                GDateTime     *now);
GDateTime   *_ta_topic_editor_propose_start    (const char    *due_date,
                                                GDateTime     *now);

G_END_DECLS
