/* ta-session-editor-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-attendee-picker.h"
#include "ta-date-entry.h"
#include "ta-recurrence.h"
#include "ta-session-editor.h"
#include "ta-session-invitation.h"

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

/* The choices of the Ends row, in its order. */
typedef enum
{
  TA_END_NEVER,
  TA_END_UNTIL,
  TA_END_COUNT,
} TaEndChoice;

struct _TaSessionEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwComboRow       *kind_row;
  GtkStringList     *kind_names;
  AdwEntryRow       *title_row;
  GtkWidget         *pairing_group;
  AdwComboRow       *pairing_row;
  GtkDropDown       *pairing_dropdown;
  GtkStringList     *pairing_names;
  GtkLabel          *pairing_hint;
  GtkWidget         *attendees_group;
  TaAttendeePicker  *attendee_picker;
  TaDateEntry       *date_entry;
  AdwEntryRow       *time_row;
  GtkSpinButton     *duration_spin;
  AdwEntryRow       *location_row;
  AdwComboRow       *repeat_row;
  GtkStringList     *repeat_names;
  AdwComboRow       *end_row;
  GtkWidget         *until_row;
  TaDateEntry       *until_entry;
  GtkWidget         *count_row;
  GtkSpinButton     *count_spin;
  GtkWidget         *notes_group;
  GtkTextView       *notes_view;
  TaSessionInvitation *invitation_group;
  GtkWidget         *propose_button;
  GtkWidget         *delete_button;
  GtkLabel          *error_label;

  /* Owned references */
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
  TaSession         *session;       /* the one being changed; NULL for a new one */
  TaRepeatChoice      series_repeat; /* what its series does, when it has one */
  TaEndChoice        series_end;
  char              *series_until;  /* "YYYY-MM-DD" or NULL */
  int                series_count;
  GDateTime         *reference;     /* the day opened on, or when it opened */
  gboolean           conflicts_accepted;
  gboolean           loading_pairings;
  GArray            *pairing_ids;   /* gint64, parallel to pairing_names */
  GtkWidget         *toast_widget;  /* weak */
};

/* Shared by the editor's files (ta-session-editor.c, -series.c). */
void           _ta_session_editor_show_error           (TaSessionEditor *self,
                                                        const char      *message);
void           _ta_session_editor_clear_error          (TaSessionEditor *self);
void           _ta_session_editor_set_start            (TaSessionEditor *self,
                                                        GDateTime       *start);
/* The session as the form describes it, or NULL with the reason shown. */
TaSession     *_ta_session_editor_read_form            (TaSessionEditor *self);
/* Toasts @message and closes. */
void           _ta_session_editor_saved                (TaSessionEditor *self,
                                                        const char      *message);
void           _ta_session_editor_update_one           (TaSessionEditor *self,
                                                        TaSession       *session);

/* ta-session-editor-series.c */
TaRecurrence  *_ta_session_editor_rule                 (TaSessionEditor *self,
                                                        TaRepeatChoice   repeat,
                                                        GDateTime       *start);
void           _ta_session_editor_load_series          (TaSessionEditor *self,
                                                        TaSession       *session);
void           _ta_session_editor_update_repeats       (TaSessionEditor *self);
void           _ta_session_editor_update_series_rows   (TaSessionEditor *self);
void           _ta_session_editor_ask_scope            (TaSessionEditor *self);

/* ta-session-editor-pairings.c */
/* The pairing chosen, or 0. */
gint64         _ta_session_editor_get_pairing_id       (TaSessionEditor *self);
void           _ta_session_editor_pairing_selected     (TaSessionEditor *self,
                                                        GParamSpec      *pspec,
                                                        GObject         *source);
/* The open pairings, and @keep_id's even when it is no longer open. */
void           _ta_session_editor_load_pairings        (TaSessionEditor *self,
                                                        gint64           keep_id);
void           _ta_session_editor_preselect_pairing    (TaSessionEditor *self);
void           _ta_session_editor_select_pairing       (TaSessionEditor *self,
                                                        gint64           pairing_id);

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
