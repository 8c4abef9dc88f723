/* ta-participant-editor-internal.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-participant-editor-private.h"
#include "ta-tag-entry.h"
#include "ta-week-grid.h"

G_BEGIN_DECLS

/*
 * Shared by the files of TaParticipantEditor only: loading and saving
 * (ta-participant-editor.c) and the fields checked as they are typed
 * (ta-participant-editor-fields.c).  The widget tests use
 * ta-participant-editor-private.h.
 */

/* The fields that are checked as they are typed. */
typedef enum
{
  FIELD_NAME,
  FIELD_EMAIL,
  FIELD_CAPACITY,
  FIELD_BIRTH_YEAR,
  N_FIELDS
} Field;

typedef struct
{
  GtkWidget *row;
  GtkWidget *error_row;
  GtkLabel  *error_label;
  char      *error;        /* what is wrong with the value, or NULL */
  char      *store_error;  /* what the store refused, until the value changes */
  gboolean   shown;        /* errors are shown once the field was left */
} FieldState;

struct _TaParticipantEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  AdwPreferencesPage *page;
  AdwEntryRow       *name_row;
  AdwPreferencesRow *name_error_row;
  GtkLabel          *name_error_label;
  AdwEntryRow       *email_row;
  AdwPreferencesRow *email_error_row;
  GtkLabel          *email_error_label;
  AdwComboRow       *role_row;
  AdwComboRow       *status_row;
  AdwActionRow      *capacity_row;
  GtkSpinButton     *capacity_spin;
  AdwPreferencesRow *capacity_error_row;
  GtkLabel          *capacity_error_label;
  GtkDropDown       *reports_to_dropdown;
  AdwEntryRow       *department_row;
  AdwEntryRow       *job_title_row;
  AdwComboRow       *career_level_row;
  AdwEntryRow       *location_row;
  AdwActionRow      *birth_year_row;
  GtkSpinButton     *birth_year_spin;
  AdwPreferencesRow *birth_year_error_row;
  GtkLabel          *birth_year_error_label;
  TaTagEntry        *languages_entry;
  TaTagEntry        *offers_entry;
  TaTagEntry        *seeks_entry;
  TaWeekGrid        *availability_grid;
  GtkTextView       *notes_view;

  /* Owned references */
  TaProgramme       *programme;
  TaParticipantList *participants;  /* the programme's */
  TaParticipant     *participant;
  /* The participant as the fields were filled from it: saving writes a
   * copy of it with the fields, so an edit made meanwhile by another
   * window or process is not silently overwritten (the store refuses a
   * stale revision), and a reload can tell the user's changes apart. */
  TaParticipant     *original;
  /* Shown instead of @participant by ta_participant_editor_load() once,
   * after a reload: the stored values with the user's changes on top. */
  TaParticipant     *values_to_show;

  FieldState         fields[N_FIELDS];
  gboolean           valid;
  gboolean           loading;

  /* The field typed in last, whose error shows after a pause */
  Field              typed_field;
  guint              pause_source;
};

/* How long someone stops typing before being told what is wrong. */
#define TYPING_PAUSE_MS 800

/* ta-participant-editor-fields.c */
gboolean ta_participant_editor_parse_number      (const char              *text,
                                                  int                     *out_value);
int      ta_participant_editor_get_birth_year    (TaParticipantEditor     *self);
gboolean ta_participant_editor_validate          (TaParticipantEditor     *self);
void     ta_participant_editor_setup_field       (TaParticipantEditor     *self,
                                                  Field                    field,
                                                  GtkWidget               *row,
                                                  GtkWidget               *focus_widget,
                                                  AdwPreferencesRow       *error_row,
                                                  GtkLabel                *error_label);
/* Template callbacks */
void     ta_participant_editor_changed           (TaParticipantEditor     *self,
                                                  GtkEditable             *editable);
void     ta_participant_editor_role_changed      (TaParticipantEditor     *self);
int      ta_participant_editor_birth_year_input  (TaParticipantEditor     *self,
                                                  double                  *new_value,
                                                  GtkSpinButton           *spin);
gboolean ta_participant_editor_birth_year_output (TaParticipantEditor     *self,
                                                  GtkSpinButton           *spin);

G_END_DECLS
