/* ta-programme-personal.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-error.h"
#include "ta-programme-private.h"
#include "ta-store-private.h"

/*
 * A personal programme's own edits (docs/exchange.md, "Sides"): whoever
 * keeps their own mentoring adds a partner and their pair at once, without
 * the directory, the capacities and the suggestions a facilitator needs.
 */

typedef struct
{
  gint64         me_id;
  TaParticipant *partner;
  TaPairing     *pairing;   /* out */
} PersonalPair;

static gboolean
is_open (TaPairingStatus status)
{
  return status == TA_PAIRING_STATUS_PROPOSED
         || status == TA_PAIRING_STATUS_ACTIVE
         || status == TA_PAIRING_STATUS_PAUSED;
}

/* A mentor takes as many pairs as they keep: a capacity is the
 * facilitator's limit, and a new person's is 0. */
static gboolean
make_room (TaStore        *store,
           TaParticipant  *mentor,
           GError        **error)
{
  g_autoptr(GPtrArray) pairings = NULL;
  gint64 id = ta_participant_get_id (mentor);
  int open = 0;

  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);

      if (ta_pairing_get_mentor_id (pairing) == id && is_open (ta_pairing_get_status (pairing)))
        open++;
    }

  if (ta_participant_get_capacity (mentor) > open)
    return TRUE;

  ta_participant_set_capacity (mentor, open + 1);
  return ta_store_update_participant (store, mentor, error);
}

static gboolean
add_personal_pair (TaStore   *store,
                   gpointer   user_data,
                   GError   **error)
{
  PersonalPair *request = user_data;
  g_autoptr(TaParticipant) me = NULL;
  g_autoptr(TaPairing) pairing = NULL;
  g_autofree char *today = ta_date_today ();
  TaRole partner_role;
  TaParticipant *mentor;
  gint64 partner_id;

  me = ta_store_get_participant (store, request->me_id, error);
  if (me == NULL)
    return FALSE;

  partner_role = ta_participant_get_role (request->partner);
  if (partner_role == TA_ROLE_BOTH)
    partner_role = ta_participant_get_role (me) == TA_ROLE_MENTOR ? TA_ROLE_MENTEE : TA_ROLE_MENTOR;
  if (ta_participant_get_role (me) != TA_ROLE_BOTH && ta_participant_get_role (me) == partner_role)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   partner_role == TA_ROLE_MENTOR
                   ? _("You are a mentor, so your partner is a mentee")
                   : _("You are a mentee, so your partner is a mentor"));
      return FALSE;
    }

  if (partner_role == TA_ROLE_MENTOR && ta_participant_get_capacity (request->partner) < 1)
    ta_participant_set_capacity (request->partner, 1);
  if (!ta_store_add_participant (store, request->partner, error))
    return FALSE;
  partner_id = ta_participant_get_id (request->partner);

  mentor = partner_role == TA_ROLE_MENTOR ? request->partner : me;
  if (mentor == me && !make_room (store, me, error))
    return FALSE;

  pairing = partner_role == TA_ROLE_MENTOR
            ? ta_pairing_new (partner_id, request->me_id)
            : ta_pairing_new (request->me_id, partner_id);
  ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
  ta_pairing_set_started_on (pairing, today);
  if (!ta_store_add_pairing (store, pairing, error))
    return FALSE;

  request->pairing = g_steal_pointer (&pairing);
  return TRUE;
}

/**
 * ta_programme_add_personal_pair:
 * @self: a personal #TaProgramme
 * @partner: my partner, not yet in the programme; its id is set
 * @error: a #TA_STORE_ERROR
 *
 * "New Pair" of a personal programme: adds @partner and an active pair of
 * "me" and @partner, started today, in one transaction.  The mentor's
 * capacity is raised when it would not take one more pair (a capacity is
 * the facilitator's limit, which a person keeping their own pairs has
 * not).  A partner of the same role as "me" (neither of them "both") is
 * refused with %TA_STORE_ERROR_INVALID.
 *
 * Returns: (transfer full) (nullable): the new pairing, or %NULL with
 *   @error set
 */
TaPairing *
ta_programme_add_personal_pair (TaProgramme    *self,
                                TaParticipant  *partner,
                                GError        **error)
{
  PersonalPair request = { 0, partner, NULL };

  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (TA_IS_PARTICIPANT (partner), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  request.me_id = ta_programme_get_me (self);
  if (request.me_id == 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("This programme is not a personal one: add the pair on the Pairs page"));
      return NULL;
    }

  if (!_ta_store_run_in_transaction (self->store, add_personal_pair, &request, error))
    {
      g_clear_object (&request.pairing);
      ta_participant_set_id (partner, 0);
      return NULL;
    }

  return request.pairing;
}
