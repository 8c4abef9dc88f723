/* ta-enums.c
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

#define G_LOG_DOMAIN "turnabout-enums"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "ta-enums.h"
#include "ta-session.h"

G_DEFINE_ENUM_TYPE (TaRole, ta_role,
  G_DEFINE_ENUM_VALUE (TA_ROLE_MENTOR, "mentor"),
  G_DEFINE_ENUM_VALUE (TA_ROLE_MENTEE, "mentee"),
  G_DEFINE_ENUM_VALUE (TA_ROLE_BOTH, "both"))

G_DEFINE_ENUM_TYPE (TaParticipantStatus, ta_participant_status,
  G_DEFINE_ENUM_VALUE (TA_PARTICIPANT_STATUS_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (TA_PARTICIPANT_STATUS_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (TA_PARTICIPANT_STATUS_LEFT, "left"))

G_DEFINE_ENUM_TYPE (TaGeneration, ta_generation,
  G_DEFINE_ENUM_VALUE (TA_GENERATION_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (TA_GENERATION_BOOMER, "boomer"),
  G_DEFINE_ENUM_VALUE (TA_GENERATION_GEN_X, "gen-x"),
  G_DEFINE_ENUM_VALUE (TA_GENERATION_MILLENNIAL, "millennial"),
  G_DEFINE_ENUM_VALUE (TA_GENERATION_GEN_Z, "gen-z"))

G_DEFINE_ENUM_TYPE (TaPairingStatus, ta_pairing_status,
  G_DEFINE_ENUM_VALUE (TA_PAIRING_STATUS_PROPOSED, "proposed"),
  G_DEFINE_ENUM_VALUE (TA_PAIRING_STATUS_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (TA_PAIRING_STATUS_PAUSED, "paused"),
  G_DEFINE_ENUM_VALUE (TA_PAIRING_STATUS_COMPLETED, "completed"),
  G_DEFINE_ENUM_VALUE (TA_PAIRING_STATUS_ENDED, "ended"))

static const char * const pairing_status_names[TA_N_PAIRING_STATUSES] = {
  "proposed", "active", "paused", "completed", "ended",
};

static const char * const role_names[TA_N_ROLES] = { "mentor", "mentee", "both" };
static const char * const status_names[TA_N_PARTICIPANT_STATUSES] = { "active", "paused", "left" };
static const char * const generation_names[TA_N_GENERATIONS] = {
  "unknown", "boomer", "gen-x", "millennial", "gen-z",
};

/* Machine names of career levels, as accepted in CSV files beside 1–7. */
static const char * const career_level_names[TA_CAREER_LEVEL_MAX + 1] = {
  NULL, "graduate", "junior", "professional", "senior", "manager", "director", "executive",
};

static gboolean
lookup_name (const char         *text,
             const char * const *names,
             guint               n_names,
             guint              *out_index)
{
  g_autofree char *stripped = NULL;

  g_assert (names != NULL);

  if (text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && g_ascii_strcasecmp (stripped, names[i]) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* A value's stored name and back, from its enum's table of names: the
 * files and the database hold these names, never the numbers. */
#define TA_DEFINE_ENUM_NAMES(Type, type_name, names, n_names)      \
  const char *                                                     \
  type_name##_to_string (Type value)                               \
  {                                                                \
    g_return_val_if_fail ((guint) value < (n_names), NULL);        \
                                                                   \
    return names[value];                                           \
  }                                                                \
                                                                   \
  gboolean                                                         \
  type_name##_from_string (const char *text,                       \
                           Type       *out_value)                  \
  {                                                                \
    guint index;                                                   \
                                                                   \
    g_return_val_if_fail (out_value != NULL, FALSE);               \
                                                                   \
    if (!lookup_name (text, names, (n_names), &index))             \
      return FALSE;                                                \
                                                                   \
    *out_value = (Type) index;                                     \
    return TRUE;                                                   \
  }

TA_DEFINE_ENUM_NAMES (TaRole, ta_role, role_names, TA_N_ROLES)

const char *
ta_role_get_label (TaRole role)
{
  switch (role)
    {
    case TA_ROLE_MENTOR:
      return C_("role", "Mentor");
    case TA_ROLE_MENTEE:
      return C_("role", "Mentee");
    case TA_ROLE_BOTH:
      /* Translators: a participant who both mentors and is mentored */
      return C_("role", "Mentor and Mentee");
    default:
      g_return_val_if_reached (NULL);
    }
}

TA_DEFINE_ENUM_NAMES (TaParticipantStatus, ta_participant_status, status_names, TA_N_PARTICIPANT_STATUSES)

const char *
ta_participant_status_get_label (TaParticipantStatus status)
{
  switch (status)
    {
    case TA_PARTICIPANT_STATUS_ACTIVE:
      return C_("participant status", "Active");
    case TA_PARTICIPANT_STATUS_PAUSED:
      return C_("participant status", "Paused");
    case TA_PARTICIPANT_STATUS_LEFT:
      /* Translators: the participant has left the programme */
      return C_("participant status", "Left");
    default:
      g_return_val_if_reached (NULL);
    }
}

TA_DEFINE_ENUM_NAMES (TaGeneration, ta_generation, generation_names, TA_N_GENERATIONS)

/* Generation boundaries as used in the field (Pew Research). */
TaGeneration
ta_generation_from_birth_year (int birth_year)
{
  if (birth_year >= 1997 && birth_year <= 2012)
    return TA_GENERATION_GEN_Z;
  if (birth_year >= 1981 && birth_year <= 1996)
    return TA_GENERATION_MILLENNIAL;
  if (birth_year >= 1965 && birth_year <= 1980)
    return TA_GENERATION_GEN_X;
  if (birth_year >= 1946 && birth_year <= 1964)
    return TA_GENERATION_BOOMER;

  return TA_GENERATION_UNKNOWN;
}

const char *
ta_generation_get_label (TaGeneration generation)
{
  switch (generation)
    {
    case TA_GENERATION_UNKNOWN:
      /* Translators: the generation of a participant whose birth year is not known */
      return C_("generation", "Unknown");
    case TA_GENERATION_BOOMER:
      return C_("generation", "Baby Boomer");
    case TA_GENERATION_GEN_X:
      return C_("generation", "Gen X");
    case TA_GENERATION_MILLENNIAL:
      return C_("generation", "Millennial");
    case TA_GENERATION_GEN_Z:
      return C_("generation", "Gen Z");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ta_career_level_to_string (int level)
{
  g_return_val_if_fail (level >= TA_CAREER_LEVEL_MIN && level <= TA_CAREER_LEVEL_MAX, NULL);

  return career_level_names[level];
}

gboolean
ta_career_level_from_string (const char *text,
                             int        *out_level)
{
  guint index;
  guint64 number;

  g_return_val_if_fail (out_level != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  if (lookup_name (text, career_level_names, TA_CAREER_LEVEL_MAX + 1, &index))
    {
      *out_level = (int) index;
      return TRUE;
    }

  if (g_ascii_string_to_unsigned (text, 10, TA_CAREER_LEVEL_MIN, TA_CAREER_LEVEL_MAX,
                                  &number, NULL))
    {
      *out_level = (int) number;
      return TRUE;
    }

  return FALSE;
}

const char *
ta_career_level_get_label (int level)
{
  switch (level)
    {
    case 0:
      return C_("career level", "Not Set");
    case 1:
      return C_("career level", "Graduate");
    case 2:
      return C_("career level", "Junior");
    case 3:
      return C_("career level", "Professional");
    case 4:
      return C_("career level", "Senior");
    case 5:
      return C_("career level", "Manager");
    case 6:
      return C_("career level", "Director");
    case 7:
      return C_("career level", "Executive");
    default:
      g_return_val_if_reached (NULL);
    }
}

TA_DEFINE_ENUM_NAMES (TaPairingStatus, ta_pairing_status, pairing_status_names, TA_N_PAIRING_STATUSES)

const char *
ta_pairing_status_get_label (TaPairingStatus status)
{
  switch (status)
    {
    case TA_PAIRING_STATUS_PROPOSED:
      return C_("pairing status", "Proposed");
    case TA_PAIRING_STATUS_ACTIVE:
      return C_("pairing status", "Active");
    case TA_PAIRING_STATUS_PAUSED:
      return C_("pairing status", "Paused");
    case TA_PAIRING_STATUS_COMPLETED:
      return C_("pairing status", "Completed");
    case TA_PAIRING_STATUS_ENDED:
      /* Translators: the pairing was stopped before it ran its course */
      return C_("pairing status", "Ended");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ta_pairing_status_can_change:
 * @from: the current status
 * @to: the wanted status
 *
 * The lifecycle of a pairing: proposed → active or ended; active ↔ paused;
 * active or paused → completed or ended.  Completed and ended are final,
 * so the history of the programme stays true.
 */
gboolean
ta_pairing_status_can_change (TaPairingStatus from,
                              TaPairingStatus to)
{
  switch (from)
    {
    case TA_PAIRING_STATUS_PROPOSED:
      return to == TA_PAIRING_STATUS_ACTIVE || to == TA_PAIRING_STATUS_ENDED;
    case TA_PAIRING_STATUS_ACTIVE:
      return to == TA_PAIRING_STATUS_PAUSED || to == TA_PAIRING_STATUS_COMPLETED ||
             to == TA_PAIRING_STATUS_ENDED;
    case TA_PAIRING_STATUS_PAUSED:
      return to == TA_PAIRING_STATUS_ACTIVE || to == TA_PAIRING_STATUS_COMPLETED ||
             to == TA_PAIRING_STATUS_ENDED;
    case TA_PAIRING_STATUS_COMPLETED:
    case TA_PAIRING_STATUS_ENDED:
    default:
      return FALSE;
    }
}

/* Open pairings hold the mentee and a place of the mentor's capacity. */
gboolean
ta_pairing_status_is_open (TaPairingStatus status)
{
  return status == TA_PAIRING_STATUS_PROPOSED ||
         status == TA_PAIRING_STATUS_ACTIVE ||
         status == TA_PAIRING_STATUS_PAUSED;
}

/* Sessions (declared in ta-session.h) */

G_DEFINE_ENUM_TYPE (TaSessionKind, ta_session_kind,
  G_DEFINE_ENUM_VALUE (TA_SESSION_KIND_ONE_ON_ONE, "one-on-one"),
  G_DEFINE_ENUM_VALUE (TA_SESSION_KIND_GROUP_DISCUSSION, "group-discussion"),
  G_DEFINE_ENUM_VALUE (TA_SESSION_KIND_LUNCH_AND_LEARN, "lunch-and-learn"))

G_DEFINE_ENUM_TYPE (TaSessionStatus, ta_session_status,
  G_DEFINE_ENUM_VALUE (TA_SESSION_STATUS_PLANNED, "planned"),
  G_DEFINE_ENUM_VALUE (TA_SESSION_STATUS_HELD, "held"),
  G_DEFINE_ENUM_VALUE (TA_SESSION_STATUS_CANCELLED, "cancelled"),
  G_DEFINE_ENUM_VALUE (TA_SESSION_STATUS_NO_SHOW, "no-show"))

static const char * const session_kind_names[TA_N_SESSION_KINDS] = {
  "one-on-one", "group-discussion", "lunch-and-learn",
};

static const char * const session_status_names[TA_N_SESSION_STATUSES] = {
  "planned", "held", "cancelled", "no-show",
};

TA_DEFINE_ENUM_NAMES (TaSessionKind, ta_session_kind, session_kind_names, TA_N_SESSION_KINDS)

const char *
ta_session_kind_get_label (TaSessionKind kind)
{
  switch (kind)
    {
    case TA_SESSION_KIND_ONE_ON_ONE:
      return C_("session kind", "One-on-One");
    case TA_SESSION_KIND_GROUP_DISCUSSION:
      /* Translators: a small group discussing a trend */
      return C_("session kind", "Group Discussion");
    case TA_SESSION_KIND_LUNCH_AND_LEARN:
      /* Translators: juniors present a topic they researched, over lunch */
      return C_("session kind", "Lunch and Learn");
    default:
      g_return_val_if_reached (NULL);
    }
}

TA_DEFINE_ENUM_NAMES (TaSessionStatus, ta_session_status, session_status_names, TA_N_SESSION_STATUSES)

const char *
ta_session_status_get_label (TaSessionStatus status)
{
  switch (status)
    {
    case TA_SESSION_STATUS_PLANNED:
      return C_("session status", "Planned");
    case TA_SESSION_STATUS_HELD:
      /* Translators: the session took place */
      return C_("session status", "Held");
    case TA_SESSION_STATUS_CANCELLED:
      return C_("session status", "Cancelled");
    case TA_SESSION_STATUS_NO_SHOW:
      /* Translators: somebody did not come to the session */
      return C_("session status", "No-Show");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ta_session_status_can_change:
 * @from: the current status
 * @to: the wanted status
 *
 * A planned session becomes held, cancelled or no-show; a marked one may
 * go back to planned, so a mark made by mistake can be undone.
 */
gboolean
ta_session_status_can_change (TaSessionStatus from,
                              TaSessionStatus to)
{
  g_return_val_if_fail (from < TA_N_SESSION_STATUSES, FALSE);
  g_return_val_if_fail (to < TA_N_SESSION_STATUSES, FALSE);

  return from == to || from == TA_SESSION_STATUS_PLANNED || to == TA_SESSION_STATUS_PLANNED;
}
