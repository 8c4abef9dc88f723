/* ta-enums.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * TaRole:
 * @TA_ROLE_MENTOR: mentors others (usually the junior side)
 * @TA_ROLE_MENTEE: is mentored (usually the senior side)
 * @TA_ROLE_BOTH: both mentors and is mentored
 */
typedef enum
{
  TA_ROLE_MENTOR,
  TA_ROLE_MENTEE,
  TA_ROLE_BOTH,
} TaRole;

#define TA_N_ROLES 3

/**
 * TaParticipantStatus:
 * @TA_PARTICIPANT_STATUS_ACTIVE: takes part in the programme
 * @TA_PARTICIPANT_STATUS_PAUSED: temporarily not available
 * @TA_PARTICIPANT_STATUS_LEFT: left the programme
 */
typedef enum
{
  TA_PARTICIPANT_STATUS_ACTIVE,
  TA_PARTICIPANT_STATUS_PAUSED,
  TA_PARTICIPANT_STATUS_LEFT,
} TaParticipantStatus;

#define TA_N_PARTICIPANT_STATUSES 3

/**
 * TaGeneration:
 *
 * The generation derived from a birth year.
 */
typedef enum
{
  TA_GENERATION_UNKNOWN,
  TA_GENERATION_BOOMER,
  TA_GENERATION_GEN_X,
  TA_GENERATION_MILLENNIAL,
  TA_GENERATION_GEN_Z,
} TaGeneration;

#define TA_N_GENERATIONS 5

/**
 * TaPairingStatus:
 * @TA_PAIRING_STATUS_PROPOSED: suggested or formed, not started yet
 * @TA_PAIRING_STATUS_ACTIVE: meeting
 * @TA_PAIRING_STATUS_PAUSED: on hold, may resume
 * @TA_PAIRING_STATUS_COMPLETED: ran its course
 * @TA_PAIRING_STATUS_ENDED: stopped early, with a reason
 *
 * Allowed changes: proposed → active or ended; active ↔ paused; active or
 * paused → completed or ended.  Completed and ended are final.
 */
typedef enum
{
  TA_PAIRING_STATUS_PROPOSED,
  TA_PAIRING_STATUS_ACTIVE,
  TA_PAIRING_STATUS_PAUSED,
  TA_PAIRING_STATUS_COMPLETED,
  TA_PAIRING_STATUS_ENDED,
} TaPairingStatus;

#define TA_N_PAIRING_STATUSES 5

/**
 * TaPairRuleKind:
 * @TA_PAIR_RULE_BLOCK: never suggest this mentor for this mentee
 * @TA_PAIR_RULE_PIN: pair these two before anything else
 */
typedef enum
{
  TA_PAIR_RULE_BLOCK,
  TA_PAIR_RULE_PIN,
} TaPairRuleKind;

#define TA_TYPE_ROLE (ta_role_get_type ())
#define TA_TYPE_PARTICIPANT_STATUS (ta_participant_status_get_type ())
#define TA_TYPE_GENERATION (ta_generation_get_type ())
#define TA_TYPE_PAIRING_STATUS (ta_pairing_status_get_type ())

GType        ta_role_get_type               (void) G_GNUC_CONST;
GType        ta_participant_status_get_type (void) G_GNUC_CONST;
GType        ta_generation_get_type         (void) G_GNUC_CONST;
GType        ta_pairing_status_get_type     (void) G_GNUC_CONST;

/* Machine names ("mentor", "active", …) as used in CSV files and the store. */
const char  *ta_role_to_string               (TaRole               role);
gboolean     ta_role_from_string             (const char          *text,
                                              TaRole              *out_role);
const char  *ta_role_get_label               (TaRole               role);

const char  *ta_participant_status_to_string (TaParticipantStatus  status);
gboolean     ta_participant_status_from_string (const char        *text,
                                                TaParticipantStatus *out_status);
const char  *ta_participant_status_get_label (TaParticipantStatus  status);

TaGeneration ta_generation_from_birth_year   (int                  birth_year);
/* "unknown", "boomer", "gen-x", "millennial", "gen-z" */
const char  *ta_generation_to_string         (TaGeneration         generation);
gboolean     ta_generation_from_string       (const char          *text,
                                              TaGeneration        *out_generation);
const char  *ta_generation_get_label         (TaGeneration         generation);

const char  *ta_pairing_status_to_string     (TaPairingStatus      status);
gboolean     ta_pairing_status_from_string   (const char          *text,
                                              TaPairingStatus     *out_status);
const char  *ta_pairing_status_get_label     (TaPairingStatus      status);
gboolean     ta_pairing_status_can_change    (TaPairingStatus      from,
                                              TaPairingStatus      to);
gboolean     ta_pairing_status_is_open       (TaPairingStatus      status);

/* Career levels run from 1 (graduate) to 7 (executive); 0 means unknown. */
#define TA_CAREER_LEVEL_MIN 1
#define TA_CAREER_LEVEL_MAX 7

const char  *ta_career_level_to_string       (int                  level);
gboolean     ta_career_level_from_string     (const char          *text,
                                              int                 *out_level);
const char  *ta_career_level_get_label       (int                  level);

G_END_DECLS
