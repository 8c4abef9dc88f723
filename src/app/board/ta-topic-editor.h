/* ta-topic-editor.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

#define TA_TYPE_TOPIC_EDITOR (ta_topic_editor_get_type ())

G_DECLARE_FINAL_TYPE (TaTopicEditor, ta_topic_editor, TA, TOPIC_EDITOR, AdwWindow)

/* @topic: (nullable): the topic to change; a new one when NULL */
TaTopicEditor *ta_topic_editor_new (GtkWindow         *parent,
                                    GtkWidget         *toast_widget,
                                    TaProgramme       *programme,
                                    TaTopic           *topic);

G_END_DECLS
