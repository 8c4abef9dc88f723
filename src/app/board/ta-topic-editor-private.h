/* ta-topic-editor-private.h - for the editor's files and the widget tests
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-tag-entry.h"
#include "ta-topic-editor.h"

G_BEGIN_DECLS

struct _TaTopicEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwEntryRow       *title_row;
  AdwComboRow       *stage_row;
  GtkStringList     *stage_names;
  AdwEntryRow       *due_row;
  GtkTextView       *description_view;
  TaTagEntry        *tag_entry;
  GtkListBox        *researchers_list;
  GtkListBox        *interested_list;
  GtkListBox        *sources_list;
  AdwActionRow      *presentation_row;
  GtkWidget         *schedule_button;
  GtkTextView       *outcome_view;
  AdwComboRow       *follow_up_row;
  GtkLabel          *error_label;
  GtkWidget         *delete_button;

  /* Owned references */
  TaProgramme       *programme;
  TaParticipantList *participants;   /* the programme's */
  TaTopic           *topic;          /* a copy: what the store has */
  GArray            *researchers;    /* gint64 */
  GArray            *interested;     /* gint64 */
  GPtrArray         *sources;        /* TaTopicSource */
  GListModel        *people;         /* everyone not gone, by name */
  GtkWidget         *toast_widget;   /* weak */

  /* The presentation planned in this editor, written on Save; NULL if
   * none. */
  GDateTime         *pending_start;
  int                pending_duration;
  char              *pending_place;

  /* "Now" for proposing a date; NULL for the clock (tests set it). */
  GDateTime         *now;
};

/* Shared by the editor's files (ta-topic-editor.c, ta-topic-presentation.c). */
void         _ta_topic_editor_show_error       (TaTopicEditor *self,
                                                const char    *message);
/* The presentation row says what is planned, or that nothing is. */
void         _ta_topic_editor_show_presentation (TaTopicEditor *self);
/* The due date as the store keeps it: "" for none, NULL when not a date. */
char        *_ta_topic_editor_dup_due_date     (TaTopicEditor *self);

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
