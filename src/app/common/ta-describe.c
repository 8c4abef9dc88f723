/* ta-describe.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-describe"

#include "config.h"

#include <glib/gi18n.h>

#include "ta-describe.h"

/**
 * ta_describe_pair:
 * @pairing: a pairing
 * @participants: where its people's names are looked up
 *
 * Returns: (transfer full): "mentor & mentee"
 */
char *
ta_describe_pair (TaPairing         *pairing,
                  TaParticipantList *participants)
{
  TaParticipant *mentor;
  TaParticipant *mentee;

  g_return_val_if_fail (TA_IS_PAIRING (pairing), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT_LIST (participants), NULL);

  mentor = ta_participant_list_lookup (participants, ta_pairing_get_mentor_id (pairing));
  mentee = ta_participant_list_lookup (participants, ta_pairing_get_mentee_id (pairing));

  /* Translators: a session's pairing, mentor then mentee */
  return g_strdup_printf (_("%1$s & %2$s"),
                          mentor ? ta_participant_get_name (mentor) : "?",
                          mentee ? ta_participant_get_name (mentee) : "?");
}

/**
 * ta_describe_session:
 * @session: a session
 * @programme: its programme
 *
 * Names @session after its pair's people, from the programme's live
 * lists; a group session by its title.
 *
 * Returns: (transfer full): "Lina & Marc", a title, or "Session"
 */
char *
ta_describe_session (TaSession   *session,
                     TaProgramme *programme)
{
  TaPairing *pairing;

  g_return_val_if_fail (TA_IS_SESSION (session), NULL);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), NULL);

  if (ta_session_get_kind (session) != TA_SESSION_KIND_ONE_ON_ONE)
    return g_strdup (ta_session_get_title (session));

  pairing = ta_pairing_list_lookup (ta_programme_get_pairings (programme),
                                    ta_session_get_pairing_id (session));
  if (pairing == NULL)
    return g_strdup (_("Session"));

  return ta_describe_pair (pairing, ta_programme_get_participants (programme));
}
