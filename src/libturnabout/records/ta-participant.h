/* ta-participant.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ta-availability.h"
#include "ta-enums.h"

G_BEGIN_DECLS

#define TA_PARTICIPANT_ERROR (ta_participant_error_quark ())

/**
 * TaParticipantError:
 *
 * Which field of a participant failed validation.  The message of the
 * #GError says what is wrong in words a facilitator understands.
 */
typedef enum
{
  TA_PARTICIPANT_ERROR_NAME,
  TA_PARTICIPANT_ERROR_EMAIL,
  TA_PARTICIPANT_ERROR_ROLE,
  TA_PARTICIPANT_ERROR_CAREER_LEVEL,
  TA_PARTICIPANT_ERROR_BIRTH_YEAR,
  TA_PARTICIPANT_ERROR_CAPACITY,
  TA_PARTICIPANT_ERROR_REPORTS_TO,
  TA_PARTICIPANT_ERROR_TEXT,
} TaParticipantError;

/* Limits that keep a hostile file from filling the database. */
#define TA_PARTICIPANT_MAX_FIELD_CHARS 200
#define TA_PARTICIPANT_MAX_EMAIL_CHARS 254
#define TA_PARTICIPANT_MAX_LIST_ITEMS  50
#define TA_PARTICIPANT_MAX_NOTES_BYTES (1024 * 1024)
#define TA_PARTICIPANT_MIN_BIRTH_YEAR  1900
#define TA_PARTICIPANT_MAX_CAPACITY    20
/* What a mentor (or both) takes on when nobody said: one mentee, so that
 * a new or imported mentor can be paired (ta_store_check() reports an
 * active mentor with no place at all). */
#define TA_PARTICIPANT_DEFAULT_CAPACITY 1

#define TA_TYPE_PARTICIPANT (ta_participant_get_type ())

G_DECLARE_FINAL_TYPE (TaParticipant, ta_participant, TA, PARTICIPANT, GObject)

GQuark               ta_participant_error_quark      (void);

TaParticipant       *ta_participant_new              (void);
TaParticipant       *ta_participant_copy             (TaParticipant       *self);

gint64               ta_participant_get_id           (TaParticipant       *self);
void                 ta_participant_set_id           (TaParticipant       *self,
                                                      gint64               id);
const char          *ta_participant_get_name         (TaParticipant       *self);
void                 ta_participant_set_name         (TaParticipant       *self,
                                                      const char          *name);
const char          *ta_participant_get_email        (TaParticipant       *self);
void                 ta_participant_set_email        (TaParticipant       *self,
                                                      const char          *email);
TaRole               ta_participant_get_role         (TaParticipant       *self);
void                 ta_participant_set_role         (TaParticipant       *self,
                                                      TaRole               role);
const char          *ta_participant_get_department   (TaParticipant       *self);
void                 ta_participant_set_department   (TaParticipant       *self,
                                                      const char          *department);
const char          *ta_participant_get_job_title    (TaParticipant       *self);
void                 ta_participant_set_job_title    (TaParticipant       *self,
                                                      const char          *job_title);
int                  ta_participant_get_career_level (TaParticipant       *self);
void                 ta_participant_set_career_level (TaParticipant       *self,
                                                      int                  level);
int                  ta_participant_get_birth_year   (TaParticipant       *self);
void                 ta_participant_set_birth_year   (TaParticipant       *self,
                                                      int                  birth_year);
TaGeneration         ta_participant_get_generation   (TaParticipant       *self);
const char          *ta_participant_get_location     (TaParticipant       *self);
void                 ta_participant_set_location     (TaParticipant       *self,
                                                      const char          *location);
const char * const  *ta_participant_get_languages    (TaParticipant       *self);
void                 ta_participant_set_languages    (TaParticipant       *self,
                                                      const char * const  *languages);
TaAvailability       ta_participant_get_availability (TaParticipant       *self);
void                 ta_participant_set_availability (TaParticipant       *self,
                                                      TaAvailability       availability);
int                  ta_participant_get_capacity     (TaParticipant       *self);
void                 ta_participant_set_capacity     (TaParticipant       *self,
                                                      int                  capacity);
const char * const  *ta_participant_get_offers       (TaParticipant       *self);
void                 ta_participant_set_offers       (TaParticipant       *self,
                                                      const char * const  *offers);
const char * const  *ta_participant_get_seeks        (TaParticipant       *self);
void                 ta_participant_set_seeks        (TaParticipant       *self,
                                                      const char * const  *seeks);
gint64               ta_participant_get_reports_to   (TaParticipant       *self);
void                 ta_participant_set_reports_to   (TaParticipant       *self,
                                                      gint64               reports_to);
TaParticipantStatus  ta_participant_get_status       (TaParticipant       *self);
void                 ta_participant_set_status       (TaParticipant       *self,
                                                      TaParticipantStatus  status);
const char          *ta_participant_get_notes        (TaParticipant       *self);
void                 ta_participant_set_notes        (TaParticipant       *self,
                                                      const char          *notes);

gboolean             ta_participant_validate         (TaParticipant       *self,
                                                      GError             **error);
gboolean             ta_participant_matches          (TaParticipant       *self,
                                                      const char          *folded_query);
const char          *ta_participant_get_sort_key     (TaParticipant       *self);

/* Field checks shared by the validator, the CSV importer and the editor. */
gboolean             ta_validate_name                (const char          *name,
                                                      GError             **error);
gboolean             ta_validate_email               (const char          *email,
                                                      GError             **error);
gboolean             ta_validate_birth_year          (int                  birth_year,
                                                      GError             **error);
gboolean             ta_validate_capacity            (int                  capacity,
                                                      GError             **error);
gboolean             ta_validate_mentor_capacity     (TaRole               role,
                                                      TaParticipantStatus  status,
                                                      int                  capacity,
                                                      GError             **error);
gboolean             ta_validate_text                (const char          *field_label,
                                                      const char          *text,
                                                      gsize                max_chars,
                                                      gboolean             multi_line,
                                                      GError             **error);
char                *ta_search_fold                  (const char          *text);

/* The one rule for telling whether two e-mail addresses are one person's. */
char                *ta_email_normalize              (const char          *email);
char                *ta_email_fold                   (const char          *email);
gboolean             ta_email_equal                  (const char          *a,
                                                      const char          *b);

/**
 * TaParticipantLinks:
 * @n_pairings: pairings they are mentor or mentee in
 * @n_sessions: sessions of those pairings
 * @n_topics: topics they research or showed interest in
 *
 * What deleting a participant takes with a participant.
 */
typedef struct
{
  guint n_pairings;
  guint n_sessions;
  guint n_topics;
} TaParticipantLinks;

G_END_DECLS
