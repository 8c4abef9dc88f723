/* ta-itip-reply.c - the attendees' answers to invitations (METHOD:REPLY)
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-itip"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-ical-reader-private.h"
#include "ta-itip.h"
#include "ta-store-invitations.h"

/*
 * A REPLY (RFC 5546 3.2.3) is one VEVENT per event or occurrence
 * answered, with the UID of the invitation, RECURRENCE-ID for one
 * occurrence of a series, and the answering ATTENDEE with its PARTSTAT.
 * What calendars really send differs in the details, and each shape is
 * a fixture in tests/model/data/:
 *
 * - Outlook writes MAILTO: in capitals, its own X-MS- and
 *   X-MICROSOFT- properties, and zones by their Windows names
 *   ("W. Europe Standard Time") in RECURRENCE-ID;
 * - Google adds CUTYPE, X-NUM-GUESTS and a CN in the ATTENDEE line;
 * - Apple Calendar sends the ORGANIZER too, and folds long lines.
 *
 * The file goes through the import's tidying (ta-ical-text.c: line
 * ends, folding, Windows-1252, each property's line number) and its
 * zones (ta-ical-tzid.c), so RECURRENCE-ID is read the way the import
 * reads it.  An answer is recorded against what its UID names here
 * (ta_store_record_replies()); anything else is reported, with its line.
 */

/* PARTSTAT as the store names it (migration 8), or NULL. */
static const char *
response_from_partstat (icalparameter_partstat partstat)
{
  switch (partstat)
    {
    case ICAL_PARTSTAT_ACCEPTED:
      return "accepted";
    case ICAL_PARTSTAT_DECLINED:
      return "declined";
    case ICAL_PARTSTAT_TENTATIVE:
      return "tentative";
    case ICAL_PARTSTAT_DELEGATED:
      return "delegated";
    case ICAL_PARTSTAT_NEEDSACTION:
      return "needs-action";
    default:
      return NULL;
    }
}

void
ta_itip_answer_free (TaItipAnswer *answer)
{
  if (answer == NULL)
    return;
  g_free (answer->uid);
  g_clear_pointer (&answer->recurrence_id, g_date_time_unref);
  g_free (answer->email);
  g_clear_pointer (&answer->responded_at, g_date_time_unref);
  g_free (answer->reason);
  g_free (answer);
}

static void
skip (TaItipAnswer *answer,
      char         *reason)
{
  answer->outcome = TA_ITIP_ANSWER_SKIPPED;
  g_free (answer->reason);
  answer->reason = reason;
}

/**
 * ta_itip_is_reply:
 * @data: a calendar file's bytes
 * @length: how many
 *
 * Whether the file is an iTIP REPLY: its calendar says METHOD:REPLY
 * before its first event.  Cheap: the import asks it of every file.
 *
 * Returns: %TRUE for a REPLY
 */
gboolean
ta_itip_is_reply (const char *data,
                  gsize       length)
{
  const char *end = data + length;
  const char *line = data;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (line < end)
    {
      const char *next = memchr (line, '\n', (gsize) (end - line));
      gsize n = (gsize) ((next != NULL ? next : end) - line);

      while (n > 0 && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
      if (n >= 12 && g_ascii_strncasecmp (line, "BEGIN:VEVENT", 12) == 0)
        return FALSE;
      if (n == 12 && g_ascii_strncasecmp (line, "METHOD:REPLY", 12) == 0)
        return TRUE;
      if (next == NULL)
        break;
      line = next + 1;
    }

  return FALSE;
}

/* The address of an ATTENDEE, without its "mailto:" (in any case). */
static char *
attendee_email (icalproperty *attendee)
{
  const char *value = icalproperty_get_attendee (attendee);
  g_autofree char *email = NULL;

  if (value == NULL)
    return NULL;
  if (g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    value += 7;
  email = g_strstrip (g_strdup (value));
  if (*email == '\0' || strchr (email, '@') == NULL)
    return NULL;
  return g_steal_pointer (&email);
}

static GDateTime *
event_stamp (icalcomponent *event)
{
  icalproperty *property = icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY);
  struct icaltimetype value;

  if (property == NULL)
    return g_date_time_new_now_utc ();
  value = icalproperty_get_dtstamp (property);
  if (icaltime_is_null_time (value) || !icaltime_is_valid_time (value))
    return g_date_time_new_now_utc ();
  value.zone = NULL;
  return g_date_time_new_from_unix_utc ((gint64) icaltime_as_timet_with_zone (value, icaltimezone_get_utc_timezone ()));
}

static void
read_event (TaIcalReader  *reader,
            icalcomponent *event,
            GPtrArray     *answers)
{
  g_auto(TaIcalProblem) problem = { 0 };
  g_autoptr(GDateTime) recurrence_id = NULL;
  g_autoptr(GDateTime) stamp = event_stamp (event);
  icalproperty *rid = icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY);
  const char *uid = icalcomponent_get_uid (event);
  guint line = _ta_ical_event_line (event);
  gboolean readable = TRUE;
  guint n_attendees = 0;

  if (rid != NULL)
    {
      gint64 time = 0;
      gboolean is_date = FALSE;

      readable = _ta_ical_read_value_time (reader, rid, icalvalue_get_datetime (icalproperty_get_value (rid)),
                                           "RECURRENCE-ID", &time, NULL, NULL, &is_date, &problem);
      if (readable)
        recurrence_id = g_date_time_new_from_unix_utc (time);
    }

  for (icalproperty *attendee = icalcomponent_get_first_property (event, ICAL_ATTENDEE_PROPERTY);
       attendee != NULL;
       attendee = icalcomponent_get_next_property (event, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *partstat = icalproperty_get_first_parameter (attendee, ICAL_PARTSTAT_PARAMETER);
      TaItipAnswer *answer = g_new0 (TaItipAnswer, 1);

      n_attendees++;
      answer->uid = g_strdup (uid != NULL ? uid : "");
      answer->recurrence_id = recurrence_id != NULL ? g_date_time_ref (recurrence_id) : NULL;
      answer->line = _ta_ical_property_line (attendee);
      if (answer->line == 0)
        answer->line = line;
      answer->email = attendee_email (attendee);
      answer->responded_at = g_date_time_ref (stamp);
      answer->response = response_from_partstat (partstat != NULL ? icalparameter_get_partstat (partstat)
                                                                  : ICAL_PARTSTAT_NEEDSACTION);
      g_ptr_array_add (answers, answer);

      if (uid == NULL || *uid == '\0')
        skip (answer, g_strdup (_("the answer has no UID")));
      else if (!readable)
        skip (answer, g_strdup_printf ("%s: %s", problem.property, problem.reason));
      else if (answer->email == NULL)
        skip (answer, g_strdup (_("the attendee has no e-mail address")));
      else if (answer->response == NULL)
        /* Translators: %s is a PARTSTAT value from the file, such as COMPLETED */
        skip (answer, g_strdup_printf (_("the answer “%s” is not one to an invitation"),
                                       icalparameter_get_xvalue (partstat) != NULL
                                       ? icalparameter_get_xvalue (partstat)
                                       : icalparameter_enum_to_string (icalparameter_get_partstat (partstat))));
    }

  if (n_attendees == 0)
    {
      TaItipAnswer *answer = g_new0 (TaItipAnswer, 1);

      answer->uid = g_strdup (uid != NULL ? uid : "");
      answer->line = line;
      answer->responded_at = g_date_time_ref (stamp);
      skip (answer, g_strdup (_("the answer names no attendee")));
      g_ptr_array_add (answers, answer);
    }
}

/**
 * ta_itip_read_reply:
 * @data: the file's bytes
 * @length: how many
 * @error: %TA_ITIP_ERROR_NOT_REPLY, or %TA_ICAL_ERROR_PARSE
 *
 * Every attendee's answer in a REPLY file, in file order; those that
 * cannot be recorded anywhere (no UID, an unreadable RECURRENCE-ID, no
 * address, a PARTSTAT that answers nothing) are already skipped.
 *
 * Returns: (transfer full) (element-type TaItipAnswer): the answers
 */
GPtrArray *
ta_itip_read_reply (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_auto(TaIcalText) text = { 0 };
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(TaIcalZones) zones = NULL;
  TaIcalReader reader = { 0 };
  icalcomponent *root;
  icalproperty *method;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_ta_ical_text_prepare (data, length, &text, error))
    return NULL;

  root = icalparser_parse_string (text.text);
  if (root == NULL || icalcomponent_isa (root) != ICAL_VCALENDAR_COMPONENT)
    {
      g_clear_pointer (&root, icalcomponent_free);
      g_set_error_literal (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                           _("The file is not an iCalendar file"));
      return NULL;
    }

  method = icalcomponent_get_first_property (root, ICAL_METHOD_PROPERTY);
  if (method == NULL || icalproperty_get_method (method) != ICAL_METHOD_REPLY)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, TA_ITIP_ERROR, TA_ITIP_ERROR_NOT_REPLY,
                           _("The file is no answer to an invitation (it does not say METHOD:REPLY)"));
      return NULL;
    }

  zones = _ta_ical_zones_new (root);
  reader.zones = zones;
  reader.text = &text;
  answers = g_ptr_array_new_with_free_func ((GDestroyNotify) ta_itip_answer_free);
  for (icalcomponent *event = icalcomponent_get_first_component (root, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (root, ICAL_VEVENT_COMPONENT))
    read_event (&reader, event, answers);

  icalcomponent_free (root);
  return g_steal_pointer (&answers);
}

/* What @answer's UID names in @store, into @reply; FALSE (with @answer
 * skipped) when it is no invitation of this programme. */
static gboolean
resolve_uid (TaItipAnswer *answer,
             const char   *programme,
             TaStoreReply *reply)
{
  g_autofree char *uid_programme = NULL;
  gint64 id = 0;
  TaIcalOwnUid kind = _ta_ical_parse_own_uid (answer->uid, &id, &uid_programme);

  if (kind == TA_ICAL_OWN_UID_NONE)
    {
      skip (answer, g_strdup (_("no invitation of this programme has this UID")));
      return FALSE;
    }
  if (uid_programme != NULL && g_ascii_strcasecmp (uid_programme, programme) != 0)
    {
      skip (answer, g_strdup (_("the invitation was sent from another programme")));
      return FALSE;
    }

  if (kind == TA_ICAL_OWN_UID_SESSION)
    reply->session_id = id;
  else
    {
      reply->series_id = id;
      reply->occurrence = answer->recurrence_id;
    }
  reply->email = answer->email;
  reply->response = answer->response;
  reply->responded_at = answer->responded_at;
  return TRUE;
}

/**
 * ta_itip_import_reply:
 * @store: a #TaStore
 * @data: the REPLY file's bytes
 * @length: how many
 * @out_recorded: (out) (optional): how many answers were recorded
 * @error: see ta_itip_read_reply(), or a #TA_STORE_ERROR
 *
 * Records the answers of a REPLY file against the sessions their UIDs
 * name (ta_store_record_replies(), one transaction); each answer says
 * whether it was recorded, or why not.
 *
 * Returns: (transfer full) (element-type TaItipAnswer): the answers, or
 *   %NULL with nothing recorded
 */
GPtrArray *
ta_itip_import_reply (TaStore      *store,
                      const char   *data,
                      gsize         length,
                      guint        *out_recorded,
                      GError      **error)
{
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GArray) replies = NULL;
  g_autoptr(GArray) indexes = NULL;
  g_autofree char *programme = NULL;
  guint recorded = 0;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  answers = ta_itip_read_reply (data, length, error);
  if (answers == NULL)
    return NULL;
  programme = ta_store_get_programme_id (store, error);
  if (programme == NULL)
    return NULL;

  replies = g_array_new (FALSE, TRUE, sizeof (TaStoreReply));
  indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < answers->len; i++)
    {
      TaItipAnswer *answer = g_ptr_array_index (answers, i);
      TaStoreReply reply = { 0 };

      if (answer->outcome == TA_ITIP_ANSWER_SKIPPED || !resolve_uid (answer, programme, &reply))
        continue;
      g_array_append_val (replies, reply);
      g_array_append_val (indexes, i);
    }

  if (!ta_store_record_replies (store, (TaStoreReply *) (gpointer) replies->data, replies->len, error))
    return NULL;

  for (guint i = 0; i < replies->len; i++)
    {
      const TaStoreReply *reply = &g_array_index (replies, TaStoreReply, i);
      TaItipAnswer *answer = g_ptr_array_index (answers, g_array_index (indexes, guint, i));

      answer->n_sessions = reply->n_sessions;
      switch (reply->outcome)
        {
        case TA_STORE_REPLY_RECORDED:
          answer->outcome = TA_ITIP_ANSWER_RECORDED;
          recorded++;
          break;
        case TA_STORE_REPLY_UNKNOWN_SESSION:
          skip (answer, g_strdup (answer->recurrence_id != NULL
                                  ? _("the series has no such occurrence here")
                                  : _("the session is no longer in the programme")));
          break;
        case TA_STORE_REPLY_UNKNOWN_ATTENDEE:
          /* Translators: %s is an e-mail address */
          skip (answer, g_strdup_printf (_("%s is not invited to this session"), answer->email));
          break;
        case TA_STORE_REPLY_LATER_KNOWN:
        default:
          skip (answer, g_strdup (_("a later answer is recorded already")));
          break;
        }
    }

  if (out_recorded != NULL)
    *out_recorded = recorded;
  return g_steal_pointer (&answers);
}

/**
 * ta_itip_answer_format:
 * @answer: an answer of ta_itip_import_reply()
 * @file_name: (nullable): the file's name, as shown
 *
 * The answer as one line: "FILE:LINE: UID: address: accepted" when it
 * was recorded, "FILE:LINE: UID: reason" when it was skipped.
 *
 * Returns: (transfer full): the line
 */
char *
ta_itip_answer_format (const TaItipAnswer *answer,
                       const char         *file_name)
{
  GString *line;
  g_autofree char *uid = NULL;

  g_return_val_if_fail (answer != NULL, NULL);

  line = g_string_new (NULL);
  if (file_name != NULL)
    g_string_append_printf (line, "%s:", file_name);
  if (answer->line > 0)
    g_string_append_printf (line, "%u:", answer->line);
  if (line->len > 0)
    g_string_append_c (line, ' ');

  uid = g_utf8_make_valid (answer->uid != NULL && *answer->uid != '\0' ? answer->uid : _("(no UID)"), -1);
  if (answer->recurrence_id != NULL)
    {
      g_autofree char *when = _ta_ical_format_time (answer->recurrence_id);

      /* Translators: %1$s is the UID of a repeating event, %2$s when one of
       * its occurrences was planned (2026-03-10 14:00) */
      g_string_append_printf (line, _("%1$s (occurrence of %2$s)"), uid, when);
    }
  else
    g_string_append (line, uid);

  if (answer->outcome == TA_ITIP_ANSWER_RECORDED)
    g_string_append_printf (line, ": %s: %s", answer->email, ta_itip_response_get_label (answer->response));
  else if (answer->reason != NULL)
    g_string_append_printf (line, ": %s", answer->reason);

  return g_string_free (line, FALSE);
}

/**
 * ta_itip_response_get_label:
 * @response: (nullable): an answer as the store names it
 *
 * Returns: the answer for people: "accepted", "no answer yet", …
 */
const char *
ta_itip_response_get_label (const char *response)
{
  if (g_strcmp0 (response, "accepted") == 0)
    return C_("invitation answer", "accepted");
  if (g_strcmp0 (response, "declined") == 0)
    return C_("invitation answer", "declined");
  if (g_strcmp0 (response, "tentative") == 0)
    return C_("invitation answer", "tentative");
  if (g_strcmp0 (response, "delegated") == 0)
    return C_("invitation answer", "delegated");
  return C_("invitation answer", "no answer yet");
}
