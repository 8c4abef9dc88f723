/* ta-session-validate.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a session must be before the store takes it, as
 * ta-participant-validate.c is for participants. */

#define G_LOG_DOMAIN "turnabout-session"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-error.h"
#include "ta-participant.h"
#include "ta-session-private.h"
#include "ta-validate-private.h"

/**
 * ta_session_validate:
 * @self: a #TaSession
 * @error: a #TA_STORE_ERROR_INVALID saying what is wrong
 *
 * Checks the values of one session on their own; the store checks what
 * depends on others (the pairing and the people exist).
 */
gboolean
ta_session_validate (TaSession  *self,
                     GError    **error)
{
  g_return_val_if_fail (TA_IS_SESSION (self), FALSE);

  /* Text first: hostile text is refused naming its field, whatever else
   * is wrong. */
  if (!_ta_validate_text_for_store (N_("Title"), self->title, TA_SESSION_MAX_TITLE_CHARS, FALSE, error) ||
      !_ta_validate_text_for_store (N_("Place or link"), self->location, TA_SESSION_MAX_LOCATION_CHARS, FALSE, error) ||
      !_ta_validate_text_for_store (N_("Reason"), self->cancel_reason, TA_SESSION_MAX_REASON_CHARS, FALSE, error) ||
      !_ta_validate_text_for_store (N_("Notes"), self->notes, 0, TRUE, error) ||
      !_ta_validate_text_for_store (N_("What the mentor learned"), self->mentor_learned, 0, TRUE, error) ||
      !_ta_validate_text_for_store (N_("What the mentee learned"), self->mentee_learned, 0, TRUE, error))
    return FALSE;

  if (self->kind == TA_SESSION_KIND_ONE_ON_ONE && self->pairing_id <= 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A one-on-one needs a pairing"));
      return FALSE;
    }

  /* Momentum and the pair's history read one-on-ones by pairing: a group
   * session lists its people as attendees instead. */
  if (self->kind != TA_SESSION_KIND_ONE_ON_ONE && self->pairing_id != 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A group session belongs to no pairing; add its people as attendees"));
      return FALSE;
    }

  if (self->kind != TA_SESSION_KIND_ONE_ON_ONE && _ta_text_is_blank (self->title))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A group session needs a title"));
      return FALSE;
    }

  if (self->attendees->len > TA_SESSION_MAX_ATTENDEES)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A session can have at most %d attendees"), TA_SESSION_MAX_ATTENDEES);
      return FALSE;
    }

  if (self->starts_at == NULL)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Choose when the session starts"));
      return FALSE;
    }

  if (g_date_time_get_year (self->starts_at) < 1900 || g_date_time_get_year (self->starts_at) > 9998)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The start of the session is not a real date"));
      return FALSE;
    }

  if (self->duration < TA_SESSION_MIN_DURATION || self->duration > TA_SESSION_MAX_DURATION)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %1$d and %2$d are numbers of minutes */
                   _("A session lasts from %1$d to %2$d minutes"),
                   TA_SESSION_MIN_DURATION, TA_SESSION_MAX_DURATION);
      return FALSE;
    }

  if (self->status == TA_SESSION_STATUS_CANCELLED)
    {
      if (self->cancelled_by == TA_SESSION_CANCELLED_BY_NOBODY)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("Say who cancelled the session"));
          return FALSE;
        }
      if (_ta_text_is_blank (self->cancel_reason))
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("Say why the session was cancelled"));
          return FALSE;
        }
    }
  else if (self->cancelled_by != TA_SESSION_CANCELLED_BY_NOBODY)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Only a cancelled session has somebody who cancelled it"));
      return FALSE;
    }

  if (self->mentor_rating < 0 || self->mentor_rating > 5 ||
      self->mentee_rating < 0 || self->mentee_rating > 5)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A rating is from 1 to 5"));
      return FALSE;
    }

  if ((self->mentor_rating != 0 || self->mentee_rating != 0) &&
      self->status != TA_SESSION_STATUS_HELD)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("Only a session that was held can be rated"));
      return FALSE;
    }

  return TRUE;
}
