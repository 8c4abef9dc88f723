/* ta-check-in-reminders.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-personal"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-check-in-reminders.h"
#include "ta-check-in.h"

/*
 * In a personal programme the check-ins due for "me" are announced on the
 * desktop when the window opens (docs/exchange.md, "Check-ins"): each once
 * a day, remembered in the check-ins-notified setting as
 * "DAY|PROGRAMME FILE|PAIRING|KIND", so that opening the window again the
 * same day does not announce them again.
 */

static char *
make_key (const char   *day,
          TaProgramme  *programme,
          TaCheckInDue *due)
{
  return g_strdup_printf ("%s|%s|%" G_GINT64_FORMAT "|%s", day, ta_programme_get_path (programme),
                          due->pairing_id, ta_check_in_kind_to_string (due->kind));
}

static GNotification *
new_notification (TaProgramme  *programme,
                  TaCheckInDue *due)
{
  g_autoptr(TaPairing) pairing = ta_programme_get_pairing (programme, due->pairing_id, NULL);
  g_autoptr(TaParticipant) partner = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GNotification *notification;
  gint64 partner_id = 0;

  if (pairing != NULL)
    partner_id = ta_pairing_get_mentor_id (pairing) == ta_programme_get_me (programme)
                 ? ta_pairing_get_mentee_id (pairing) : ta_pairing_get_mentor_id (pairing);
  partner = partner_id != 0 ? ta_programme_get_participant (programme, partner_id, NULL) : NULL;

  /* Translators: a notification's title; %s is the kind of check-in ("Fit check") */
  title = g_strdup_printf (_("Check-in Due: %s"), ta_check_in_kind_get_label (due->kind));
  if (partner != NULL)
    /* Translators: a due check-in's notification; %s is the partner's name */
    body = g_strdup_printf (_("A few questions on your mentoring with %s, on My Pairs"),
                            ta_participant_get_name (partner));
  else
    body = g_strdup (_("A few questions on your mentoring, on My Pairs"));

  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_default_action (notification, "app.show-my-pairs");

  return notification;
}

/**
 * ta_check_in_reminders_notify:
 * @application: (nullable): sends the notifications; %NULL to only count
 * @settings: the application's settings (check-ins-notified)
 * @programme: a programme; only a personal one has check-ins of "me"
 * @now: (nullable): the time, %NULL for now
 *
 * Announces the check-ins due for "me" not yet announced today.
 *
 * Returns: how many were announced
 */
guint
ta_check_in_reminders_notify (GApplication *application,
                              GSettings    *settings,
                              TaProgramme  *programme,
                              GDateTime    *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) notified = NULL;
  g_auto(GStrv) result = NULL;
  g_autofree char *day = NULL;
  gint64 me;
  guint sent = 0;

  g_return_val_if_fail (!application || G_IS_APPLICATION (application), 0);
  g_return_val_if_fail (G_IS_SETTINGS (settings), 0);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), 0);

  me = ta_programme_get_me (programme);
  if (ta_programme_get_side (programme) != TA_PROGRAMME_SIDE_PERSONAL || me == 0)
    return 0;

  due = ta_programme_list_due_check_ins (programme, 0, now, NULL);
  if (due == NULL)
    return 0;

  local = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();
  day = g_date_time_format (local, "%Y-%m-%d");

  /* Today's, of every programme; other days' are of no use any more. */
  notified = g_settings_get_strv (settings, "check-ins-notified");
  for (guint i = 0; notified[i] != NULL; i++)
    if (g_str_has_prefix (notified[i], day) && notified[i][strlen (day)] == '|')
      g_strv_builder_add (kept, notified[i]);

  for (guint i = 0; i < due->len; i++)
    {
      TaCheckInDue *item = g_ptr_array_index (due, i);
      g_autoptr(TaPairing) pairing = NULL;
      g_autofree char *key = NULL;
      TaPairSide my_side;

      if (item->answered)
        continue;
      pairing = ta_programme_get_pairing (programme, item->pairing_id, NULL);
      if (pairing == NULL)
        continue;
      my_side = ta_pairing_get_mentor_id (pairing) == me ? TA_PAIR_SIDE_MENTOR : TA_PAIR_SIDE_MENTEE;
      if (item->side != my_side
          || (ta_pairing_get_mentor_id (pairing) != me && ta_pairing_get_mentee_id (pairing) != me))
        continue;

      key = make_key (day, programme, item);
      if (g_strv_contains ((const char * const *) notified, key))
        continue;

      /* Without a session bus (a bare X session, the tests) GIO's
       * notification backends have nothing to talk to and fail with a
       * critical: the due rows on My Pairs still say it. */
      if (application != NULL && g_application_get_is_registered (application)
          && g_application_get_dbus_connection (application) != NULL)
        {
          g_autoptr(GNotification) notification = new_notification (programme, item);
          g_autofree char *id = g_strdup_printf ("check-in-%" G_GINT64_FORMAT "-%s", item->pairing_id,
                                                 ta_check_in_kind_to_string (item->kind));

          g_application_send_notification (application, id, notification);
        }
      g_strv_builder_add (kept, key);
      sent++;
    }

  result = g_strv_builder_end (kept);
  if (sent > 0 || g_strv_length (result) != g_strv_length (notified))
    g_settings_set_strv (settings, "check-ins-notified", (const char * const *) result);

  return sent;
}
