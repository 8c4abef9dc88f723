/* ta-programme-edits.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-momentum.h"
#include "ta-programme-private.h"
#include "ta-store-queries.h"
#include "ta-topic-save.h"

/*
 * The edits and reads a view asks of its programme.  Each is one
 * transaction of the store, which checks and announces it; they live here
 * so that a view holds the programme and never the store (the composite
 * edits, which are more than one store call, are in ta-programme-tasks.c).
 */

/**
 * ta_programme_get_participant:
 *
 * Does ta_store_get_participant() on the programme's store.
 */
TaParticipant *
ta_programme_get_participant (TaProgramme  *self,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_participant (self->store, id, error);
}

/**
 * ta_programme_add_participant:
 *
 * Does ta_store_add_participant() on the programme's store.
 */
gboolean
ta_programme_add_participant (TaProgramme    *self,
                              TaParticipant  *participant,
                              GError        **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_participant (self->store, participant, error);
}

/**
 * ta_programme_update_participant:
 *
 * Does ta_store_update_participant() on the programme's store.
 */
gboolean
ta_programme_update_participant (TaProgramme    *self,
                                 TaParticipant  *participant,
                                 GError        **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_update_participant (self->store, participant, error);
}

/**
 * ta_programme_delete_participant:
 *
 * Does ta_store_delete_participant() on the programme's store.
 */
gboolean
ta_programme_delete_participant (TaProgramme  *self,
                                 gint64        id,
                                 GArray      **out_reporting_ids,
                                 GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_participant (self->store, id, out_reporting_ids, error);
}

/**
 * ta_programme_restore_participant:
 *
 * Does ta_store_restore_participant() on the programme's store.
 */
gboolean
ta_programme_restore_participant (TaProgramme    *self,
                                  TaParticipant  *participant,
                                  GArray         *reporting_ids,
                                  GError        **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_restore_participant (self->store, participant, reporting_ids, error);
}

/**
 * ta_programme_count_participant_links:
 *
 * Does ta_store_count_participant_links() on the programme's store.
 */
gboolean
ta_programme_count_participant_links (TaProgramme         *self,
                                      gint64               id,
                                      TaParticipantLinks  *out_links,
                                      GError             **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_count_participant_links (self->store, id, out_links, error);
}

/**
 * ta_programme_has_email:
 *
 * Does ta_store_has_email() on the programme's store.
 */
gboolean
ta_programme_has_email (TaProgramme  *self,
                        const char   *email,
                        GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_has_email (self->store, email, error);
}

/**
 * ta_programme_list_vocabulary:
 *
 * Does ta_store_list_vocabulary() on the programme's store.
 */
GStrv
ta_programme_list_vocabulary (TaProgramme  *self,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_vocabulary (self->store, error);
}

/**
 * ta_programme_get_pairing:
 *
 * Does ta_store_get_pairing() on the programme's store.
 */
TaPairing *
ta_programme_get_pairing (TaProgramme  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_pairing (self->store, id, error);
}

/**
 * ta_programme_list_pairings:
 *
 * Does ta_store_list_pairings() on the programme's store.
 */
GPtrArray *
ta_programme_list_pairings (TaProgramme  *self,
                            GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_pairings (self->store, error);
}

/**
 * ta_programme_add_pairing:
 *
 * Does ta_store_add_pairing() on the programme's store.
 */
gboolean
ta_programme_add_pairing (TaProgramme  *self,
                          TaPairing    *pairing,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_pairing (self->store, pairing, error);
}

/**
 * ta_programme_add_pairings:
 *
 * Does ta_store_add_pairings() on the programme's store.
 */
gboolean
ta_programme_add_pairings (TaProgramme  *self,
                           GPtrArray    *pairings,
                           GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_pairings (self->store, pairings, error);
}

/**
 * ta_programme_update_pairing:
 *
 * Does ta_store_update_pairing() on the programme's store.
 */
gboolean
ta_programme_update_pairing (TaProgramme  *self,
                             TaPairing    *pairing,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_update_pairing (self->store, pairing, error);
}

/**
 * ta_programme_delete_pairing:
 *
 * Does ta_store_delete_pairing() on the programme's store.
 */
gboolean
ta_programme_delete_pairing (TaProgramme  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_pairing (self->store, id, error);
}

/**
 * ta_programme_delete_pairings:
 *
 * Does ta_store_delete_pairings() on the programme's store.
 */
gboolean
ta_programme_delete_pairings (TaProgramme  *self,
                              GArray       *ids,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_pairings (self->store, ids, error);
}

/**
 * ta_programme_set_pair_rule:
 *
 * Does ta_store_set_pair_rule() on the programme's store.
 */
gboolean
ta_programme_set_pair_rule (TaProgramme     *self,
                            gint64           mentor_id,
                            gint64           mentee_id,
                            TaPairRuleKind   kind,
                            GError         **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_set_pair_rule (self->store, mentor_id, mentee_id, kind, error);
}

/**
 * ta_programme_clear_pair_rule:
 *
 * Does ta_store_clear_pair_rule() on the programme's store.
 */
gboolean
ta_programme_clear_pair_rule (TaProgramme  *self,
                              gint64        mentor_id,
                              gint64        mentee_id,
                              GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_clear_pair_rule (self->store, mentor_id, mentee_id, error);
}

/**
 * ta_programme_get_match_settings:
 *
 * Does ta_store_get_match_settings() on the programme's store.
 */
gboolean
ta_programme_get_match_settings (TaProgramme      *self,
                                 TaMatchSettings  *out_settings,
                                 GError          **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_get_match_settings (self->store, out_settings, error);
}

/**
 * ta_programme_set_match_settings:
 *
 * Does ta_store_set_match_settings() on the programme's store.
 */
gboolean
ta_programme_set_match_settings (TaProgramme            *self,
                                 const TaMatchSettings  *settings,
                                 GError                **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_set_match_settings (self->store, settings, error);
}

/**
 * ta_programme_get_facilitator_email:
 *
 * Does ta_store_get_facilitator_email() on the programme's store.
 */
gboolean
ta_programme_get_facilitator_email (TaProgramme  *self,
                                    char        **out_email,
                                    GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_get_facilitator_email (self->store, out_email, error);
}

/**
 * ta_programme_set_facilitator_email:
 *
 * Does ta_store_set_facilitator_email() on the programme's store.
 */
gboolean
ta_programme_set_facilitator_email (TaProgramme  *self,
                                    const char   *email,
                                    GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_set_facilitator_email (self->store, email, error);
}

/**
 * ta_programme_get_momentum_weeks:
 *
 * Does ta_store_get_momentum_weeks() on the programme's store.
 */
int
ta_programme_get_momentum_weeks (TaProgramme  *self,
                                 GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), 0);

  return ta_store_get_momentum_weeks (self->store, error);
}

/**
 * ta_programme_set_momentum_weeks:
 *
 * Does ta_store_set_momentum_weeks() on the programme's store.
 */
gboolean
ta_programme_set_momentum_weeks (TaProgramme  *self,
                                 int           weeks,
                                 GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_set_momentum_weeks (self->store, weeks, error);
}

/**
 * ta_programme_evaluate_momentum:
 *
 * Does ta_store_evaluate_momentum() on the programme's store.
 */
GPtrArray *
ta_programme_evaluate_momentum (TaProgramme  *self,
                                GDateTime    *now,
                                GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_evaluate_momentum (self->store, now, error);
}

/**
 * ta_programme_get_session:
 *
 * Does ta_store_get_session() on the programme's store.
 */
TaSession *
ta_programme_get_session (TaProgramme  *self,
                          gint64        id,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_session (self->store, id, error);
}

/**
 * ta_programme_list_sessions_between:
 *
 * Does ta_store_list_sessions_between() on the programme's store.
 */
GPtrArray *
ta_programme_list_sessions_between (TaProgramme  *self,
                                    GDateTime    *from,
                                    GDateTime    *to,
                                    GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_sessions_between (self->store, from, to, error);
}

/**
 * ta_programme_list_sessions_of_pairing:
 *
 * Does ta_store_list_sessions_of_pairing() on the programme's store.
 */
GPtrArray *
ta_programme_list_sessions_of_pairing (TaProgramme  *self,
                                       gint64        pairing_id,
                                       GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_sessions_of_pairing (self->store, pairing_id, error);
}

/**
 * ta_programme_add_session:
 *
 * Does ta_store_add_session() on the programme's store.
 */
gboolean
ta_programme_add_session (TaProgramme  *self,
                          TaSession    *session,
                          GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_session (self->store, session, error);
}

/**
 * ta_programme_update_session:
 *
 * Does ta_store_update_session() on the programme's store.
 */
gboolean
ta_programme_update_session (TaProgramme  *self,
                             TaSession    *session,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_update_session (self->store, session, error);
}

/**
 * ta_programme_delete_session:
 *
 * Does ta_store_delete_session() on the programme's store.
 */
gboolean
ta_programme_delete_session (TaProgramme  *self,
                             gint64        id,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_session (self->store, id, error);
}

/**
 * ta_programme_find_conflicts:
 *
 * Does ta_store_find_conflicts() on the programme's store.
 */
GPtrArray *
ta_programme_find_conflicts (TaProgramme  *self,
                             TaSession    *session,
                             GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_find_conflicts (self->store, session, error);
}

/**
 * ta_programme_propose_next_slot:
 *
 * Does ta_store_propose_next_slot() on the programme's store.
 */
gboolean
ta_programme_propose_next_slot (TaProgramme  *self,
                                gint64        pairing_id,
                                GDateTime    *after,
                                int           duration_minutes,
                                GDateTime   **out_start,
                                GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_propose_next_slot (self->store, pairing_id, after, duration_minutes, out_start, error);
}

/**
 * ta_programme_get_series:
 *
 * Does ta_store_get_series() on the programme's store.
 */
TaRecurrence *
ta_programme_get_series (TaProgramme  *self,
                         gint64        series_id,
                         gint64       *out_pairing_id,
                         int          *out_duration,
                         char        **out_location,
                         GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_series (self->store, series_id, out_pairing_id, out_duration, out_location, error);
}

/**
 * ta_programme_cancel_series_from:
 *
 * Does ta_store_cancel_series_from() on the programme's store.
 */
gboolean
ta_programme_cancel_series_from (TaProgramme  *self,
                                 gint64        session_id,
                                 GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_cancel_series_from (self->store, session_id, error);
}

/**
 * ta_programme_get_topic:
 *
 * Does ta_store_get_topic() on the programme's store.
 */
TaTopic *
ta_programme_get_topic (TaProgramme  *self,
                        gint64        id,
                        GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_topic (self->store, id, error);
}

/**
 * ta_programme_add_topic:
 *
 * Does ta_store_add_topic() on the programme's store.
 */
gboolean
ta_programme_add_topic (TaProgramme  *self,
                        TaTopic      *topic,
                        GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_add_topic (self->store, topic, error);
}

/**
 * ta_programme_save_topic:
 *
 * Does ta_store_save_topic() on the programme's store.
 */
gboolean
ta_programme_save_topic (TaProgramme                    *self,
                         TaTopic                        *topic,
                         gboolean                        is_new,
                         TaTopicStage                    stage,
                         const TaTopicPresentationPlan  *presentation,
                         GError                        **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_save_topic (self->store, topic, is_new, stage, presentation, error);
}

/**
 * ta_programme_delete_topic:
 *
 * Does ta_store_delete_topic() on the programme's store.
 */
gboolean
ta_programme_delete_topic (TaProgramme  *self,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_delete_topic (self->store, id, error);
}

/**
 * ta_programme_restore_topic:
 *
 * Does ta_store_restore_topic() on the programme's store.
 */
gboolean
ta_programme_restore_topic (TaProgramme  *self,
                            TaTopic      *topic,
                            GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_restore_topic (self->store, topic, error);
}

/**
 * ta_programme_move_topic:
 *
 * Does ta_store_move_topic() on the programme's store.
 */
gboolean
ta_programme_move_topic (TaProgramme   *self,
                         gint64         id,
                         TaTopicStage   stage,
                         int            position,
                         GError       **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_move_topic (self->store, id, stage, position, error);
}

/**
 * ta_programme_list_topic_ideas:
 *
 * Does ta_store_list_topic_ideas() on the programme's store.
 */
GPtrArray *
ta_programme_list_topic_ideas (TaProgramme  *self,
                               GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_list_topic_ideas (self->store, error);
}

/**
 * ta_programme_add_series:
 *
 * Does ta_store_add_series() on the programme's store, with the sessions
 * made a year ahead.
 */
gint64
ta_programme_add_series (TaProgramme         *self,
                         gint64               pairing_id,
                         const TaRecurrence  *rule,
                         int                  duration_minutes,
                         const char          *location,
                         GError             **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), 0);

  return ta_store_add_series (self->store, pairing_id, rule, duration_minutes,
                              location, NULL, error);
}

/**
 * ta_programme_split_series:
 *
 * Does ta_store_split_series() on the programme's store, with the new
 * series made a year ahead.
 */
gint64
ta_programme_split_series (TaProgramme         *self,
                           gint64               session_id,
                           const TaRecurrence  *rule,
                           int                  duration_minutes,
                           const char          *location,
                           GError             **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), 0);

  return ta_store_split_series (self->store, session_id, rule, duration_minutes,
                                location, NULL, error);
}
