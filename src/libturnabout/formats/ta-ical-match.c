/* ta-ical-match.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store.h"
#include "ta-ical-import-private.h"
#include "ta-session-clash-private.h"
#include "ta-session-private.h"

/*
 * The meetings a calendar file plans (ta-ical-events.c), matched with the
 * programme:
 *
 * - a session this programme exported: our own UID (ta-ical-private.h)
 *   names it;
 * - a session an earlier import made: its origin (UID and RECURRENCE-ID,
 *   migration 6) names it;
 * - a session of the same pairing at the same time that nothing names
 *   (imported before origins were kept, or restored by an undo): it is
 *   that session, adopted;
 * - otherwise a new one-on-one of the pairing whose mentor and mentee are
 *   among its ATTENDEEs and ORGANIZER.
 *
 * A known session is updated when the file is newer: a higher SEQUENCE,
 * or the same one and a later LAST-MODIFIED (for our own UIDs, a
 * LAST-MODIFIED after the session's last change).  Only planned sessions
 * are moved; what happened in a session (held, its notes) is the
 * programme's.  An event cancelled in the calendar, or an occurrence a
 * newer file no longer has, cancels its planned session.  Nothing is ever
 * a double-booking with itself: the sessions an import moves are checked
 * at their new times only.
 */

typedef struct
{
  TaStoreImportState state;
  GHashTable *by_email;       /* ta_email_fold() of the e-mail → participant id (gint64 *) */
  GHashTable *pairings;       /* "mentor:mentee" → TaPairing */
  GHashTable *sessions;       /* id (gint64 *) → TaSession */
  GHashTable *by_occurrence;  /* "series@unix occurrence" → TaSession */
  GHashTable *by_slot;        /* "pairing@unix start" → TaSession, not cancelled */
  GHashTable *origins_of_uid; /* UID → GPtrArray of TaSessionOrigin (unowned) */
} Importer;

static void
importer_clear (Importer *self)
{
  _ta_store_import_state_clear (&self->state);
  g_clear_pointer (&self->by_email, g_hash_table_unref);
  g_clear_pointer (&self->pairings, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_hash_table_unref);
  g_clear_pointer (&self->by_occurrence, g_hash_table_unref);
  g_clear_pointer (&self->by_slot, g_hash_table_unref);
  g_clear_pointer (&self->origins_of_uid, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Importer, importer_clear)

static char *
pair_key (gint64 mentor_id,
          gint64 mentee_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, mentor_id, mentee_id);
}

static char *
at_key (gint64     id,
        GDateTime *time)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "@%" G_GINT64_FORMAT, id, g_date_time_to_unix (time));
}

static gboolean
importer_load (Importer  *self,
               TaStore   *store,
               GError   **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  if (!_ta_store_load_import_state (store, &self->state, error))
    return FALSE;
  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return FALSE;
  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;
  sessions = ta_store_list_sessions (store, error);
  if (sessions == NULL)
    return FALSE;

  self->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      const char *email = ta_participant_get_email (participant);

      /* The store's own rule for which two addresses are one. */
      if (email != NULL && *email != '\0')
        g_hash_table_insert (self->by_email, ta_email_fold (email),
                             _ta_ical_id_key (ta_participant_get_id (participant)));
    }

  self->pairings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *key = pair_key (ta_pairing_get_mentor_id (pairing), ta_pairing_get_mentee_id (pairing));
      TaPairing *known = g_hash_table_lookup (self->pairings, key);

      /* The same two people may have an ended pairing and a new one:
       * sessions go to the newest. */
      if (known == NULL || ta_pairing_get_id (known) < ta_pairing_get_id (pairing))
        g_hash_table_insert (self->pairings, g_steal_pointer (&key), g_object_ref (pairing));
    }

  self->sessions = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  self->by_occurrence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_slot = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      TaSession *session = g_ptr_array_index (sessions, i);

      g_hash_table_insert (self->sessions, &session->id, g_object_ref (session));
      if (session->series_id > 0 && session->occurrence_start != NULL)
        g_hash_table_insert (self->by_occurrence, at_key (session->series_id, session->occurrence_start),
                             session);
      if (session->pairing_id > 0 && session->status != TA_SESSION_STATUS_CANCELLED)
        g_hash_table_insert (self->by_slot, at_key (session->pairing_id, session->starts_at), session);
    }

  self->origins_of_uid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, self->state.origins);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        TaSessionOrigin *origin = value;
        GPtrArray *list = g_hash_table_lookup (self->origins_of_uid, origin->uid);

        if (list == NULL)
          {
            list = g_ptr_array_new ();
            g_hash_table_insert (self->origins_of_uid, origin->uid, list);
          }
        g_ptr_array_add (list, origin);
      }
  }

  return TRUE;
}

/* What one meeting of the file comes to. */
typedef struct
{
  TaIcalOccurrence *occurrence;  /* NULL for an occurrence the file no longer has */
  TaIcalEntry *entry;          /* owned until it goes to the result */
  TaSession *stored;           /* the session it is, or NULL */
  TaSession *session;          /* what to write: new, or @stored changed */
  TaSessionOrigin *origin;     /* where it came from, to write, or NULL */
} Decision;

static void
decision_clear (gpointer data)
{
  Decision *decision = data;

  g_clear_pointer (&decision->entry, _ta_ical_entry_free);
  g_clear_object (&decision->stored);
  g_clear_object (&decision->session);
  g_clear_pointer (&decision->origin, _ta_session_origin_free);
}

static void
decide (Decision      *decision,
        TaIcalOutcome  outcome,
        const char    *property,
        char          *reason)
{
  decision->entry->outcome = outcome;
  _ta_ical_entry_set_reason (decision->entry, property, reason);
  if (outcome == TA_ICAL_OUTCOME_SKIPPED || outcome == TA_ICAL_OUTCOME_REFUSED)
    {
      g_clear_object (&decision->session);
      g_clear_pointer (&decision->origin, _ta_session_origin_free);
    }
}

/* The participants among @facts' people (ATTENDEEs and ORGANIZER), each
 * once, in the order of the event. */
static GArray *
known_people (Importer          *self,
              const TaIcalFacts *facts)
{
  GArray *known = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < facts->emails->len; i++)
    {
      const gint64 *id = g_hash_table_lookup (self->by_email, g_ptr_array_index (facts->emails, i));
      gboolean seen = FALSE;

      for (guint j = 0; id != NULL && j < known->len && !seen; j++)
        seen = g_array_index (known, gint64, j) == *id;
      if (id != NULL && !seen)
        g_array_append_val (known, *id);
    }

  return known;
}

/* The pairing whose mentor and mentee attend @facts' event; NULL with a
 * reason to skip it. */
static TaPairing *
find_pairing (Importer           *self,
              const TaIcalFacts  *facts,
              char              **out_reason)
{
  g_autoptr(GArray) known = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) known_emails = g_ptr_array_new ();
  TaPairing *pairing = NULL;
  guint n_pairings = 0;
  gint64 organizer = 0;

  if (facts->emails->len < 2)
    {
      *out_reason = g_strdup (_("fewer than two people with an e-mail address (ATTENDEE or ORGANIZER)"));
      return NULL;
    }

  for (guint i = 0; i < facts->emails->len; i++)
    {
      const char *email = g_ptr_array_index (facts->emails, i);
      const gint64 *id = g_hash_table_lookup (self->by_email, email);
      gboolean seen = FALSE;

      if (id == NULL)
        continue;
      for (guint j = 0; j < known->len && !seen; j++)
        seen = g_array_index (known, gint64, j) == *id;
      if (seen)
        continue;
      g_array_append_val (known, *id);
      g_ptr_array_add (known_emails, (gpointer) email);
      if (facts->organizer != NULL && g_str_equal (facts->organizer, email))
        organizer = *id;
    }

  if (known->len == 0)
    {
      *out_reason = g_strdup (_("none of its people is in the programme"));
      return NULL;
    }
  if (known->len == 1)
    {
      g_autofree char *shown = g_utf8_make_valid (g_ptr_array_index (known_emails, 0), -1);

      /* Translators: %s is an e-mail address */
      *out_reason = g_strdup_printf (_("of its people only %s is in the programme"), shown);
      return NULL;
    }

  for (guint i = 0; i < known->len; i++)
    for (guint j = 0; j < known->len; j++)
      {
        g_autofree char *key = NULL;
        TaPairing *found;

        if (i == j)
          continue;
        key = pair_key (g_array_index (known, gint64, i), g_array_index (known, gint64, j));
        found = g_hash_table_lookup (self->pairings, key);
        if (found != NULL)
          {
            pairing = found;
            n_pairings++;
          }
      }

  if (pairing == NULL)
    {
      g_autofree char *first = g_utf8_make_valid (g_ptr_array_index (known_emails, 0), -1);
      g_autofree char *second = g_utf8_make_valid (g_ptr_array_index (known_emails, 1), -1);

      /* Translators: %1$s and %2$s are e-mail addresses */
      *out_reason = g_strdup_printf (_("no pairing between %1$s and %2$s"), first, second);
      return NULL;
    }

  /* More of the programme than the pair (and whoever organised it):
   * a lunch-and-learn or a group discussion, not their one-on-one. */
  {
    guint others = 0;

    for (guint i = 0; i < known->len; i++)
      {
        gint64 id = g_array_index (known, gint64, i);

        if (id != ta_pairing_get_mentor_id (pairing) && id != ta_pairing_get_mentee_id (pairing) &&
            id != organizer)
          others++;
      }
    if (others > 0 || n_pairings > 1)
      {
        *out_reason = g_strdup_printf (ngettext ("a group session (%u person of the programme): "
                                                 "only one-on-ones are imported",
                                                 "a group session (%u people of the programme): "
                                                 "only one-on-ones are imported",
                                                 known->len),
                                       known->len);
        return NULL;
      }
  }

  return pairing;
}

/* Whether the stored @session is the meeting a UID of ours without a
 * programme id names: such a UID is unique in one file only, and SQLite
 * gives the id of a deleted last session to the next one.  So it is ours
 * if it was not itself imported from another event, and has the event's
 * people. */
static gboolean
fits (Importer          *self,
      TaSession         *session,
      const TaIcalFacts *facts,
      TaPairing         *pairing)
{
  TaSessionOrigin *origin = g_hash_table_lookup (self->state.origin_of, &session->id);

  if (origin != NULL && g_strcmp0 (origin->uid, facts->uid) != 0)
    return FALSE;

  if (session->kind == TA_SESSION_KIND_ONE_ON_ONE)
    return pairing != NULL && session->pairing_id == ta_pairing_get_id (pairing);

  /* A group session: all its attendees are among the event's. */
  for (guint i = 0; i < session->attendees->len; i++)
    {
      gint64 id = g_array_index (session->attendees, gint64, i);
      gboolean found = FALSE;

      for (guint j = 0; j < facts->emails->len && !found; j++)
        {
          const gint64 *known = g_hash_table_lookup (self->by_email, g_ptr_array_index (facts->emails, j));

          found = known != NULL && *known == id;
        }
      if (!found)
        return FALSE;
    }
  return session->attendees->len > 0;
}

static char *
utc_text (GDateTime *time)
{
  return time != NULL ? ta_time_to_utc_string (time) : NULL;
}

/* Whether the file's event is newer than what the programme has of it. */
static gboolean
is_newer (Importer          *self,
          const TaIcalFacts *facts,
          TaSession         *stored,
          TaSessionOrigin   *origin,
          gboolean           own)
{
  g_autofree char *modified = utc_text (facts->last_modified);

  if (own)
    {
      const char *changed = g_hash_table_lookup (self->state.updated_at, &stored->id);

      /* Edited in another calendar after this programme last changed it. */
      return modified != NULL && changed != NULL && strcmp (modified, changed) > 0;
    }

  if (origin == NULL)
    return FALSE;
  if (facts->sequence != origin->sequence)
    return facts->sequence > origin->sequence;
  return modified != NULL && (origin->last_modified == NULL || strcmp (modified, origin->last_modified) > 0);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

/* A meeting the programme has a session for already. */
static void
decide_known (Importer  *self,
              Decision  *decision,
              TaPairing *pairing,
              gboolean   own,
              gboolean   adopted)
{
  TaIcalOccurrence *occurrence = decision->occurrence;
  const TaIcalFacts *facts = occurrence->facts;
  TaSession *stored = decision->stored;
  TaSessionOrigin *origin = g_hash_table_lookup (self->state.origin_of, &stored->id);
  gboolean newer = is_newer (self, facts, stored, adopted ? NULL : origin, own);
  int minutes = (int) ((occurrence->seconds + 30) / 60);
  g_autoptr(TaSession) changed = ta_session_copy (stored);
  gboolean same;

  /* Remember where it came from (and, when newer, what the file said). */
  if (!own && *facts->uid != '\0' && (adopted || origin == NULL || newer))
    decision->origin = _ta_session_origin_new (facts->uid, occurrence->recurrence_id,
                                               facts->sequence, facts->last_modified);

  decision->entry->session = g_object_ref (stored);

  if (facts->cancelled)
    {
      if (stored->status == TA_SESSION_STATUS_CANCELLED)
        decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL, g_strdup (_("already cancelled")));
      else if (stored->status != TA_SESSION_STATUS_PLANNED)
        decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL,
                /* Translators: %s is a session status, “Held” */
                g_strdup_printf (_("cancelled in the calendar, but already marked “%s” in the programme"),
                                 ta_session_status_get_label (stored->status)));
      else if (!newer)
        decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL,
                g_strdup (_("cancelled in the calendar, but the programme’s session is as new or newer")));
      else
        {
          ta_session_set_status (changed, TA_SESSION_STATUS_CANCELLED);
          ta_session_set_cancelled_by (changed, TA_SESSION_CANCELLED_BY_FACILITATOR);
          ta_session_set_cancel_reason (changed, _("Cancelled in the calendar"));
          decision->session = g_steal_pointer (&changed);
          decide (decision, TA_ICAL_OUTCOME_UPDATED, NULL, g_strdup (_("cancelled in the calendar")));
        }
      return;
    }

  ta_session_set_starts_at (changed, occurrence->starts_at);
  ta_session_set_duration (changed, minutes);
  ta_session_set_location (changed, facts->location);
  if (stored->kind == TA_SESSION_KIND_ONE_ON_ONE && pairing != NULL)
    ta_session_set_pairing_id (changed, ta_pairing_get_id (pairing));

  same = g_date_time_equal (changed->starts_at, stored->starts_at) &&
         changed->duration == stored->duration &&
         same_text (changed->location, stored->location) &&
         changed->pairing_id == stored->pairing_id;

  if (same)
    decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL, g_strdup (_("already up to date")));
  else if (stored->status != TA_SESSION_STATUS_PLANNED)
    decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL,
            /* Translators: %s is a session status, “Held” */
            g_strdup_printf (_("changed in the calendar, but already marked “%s” in the programme"),
                             ta_session_status_get_label (stored->status)));
  else if (!newer)
    decide (decision, TA_ICAL_OUTCOME_UNCHANGED, NULL,
            g_strdup (_("changed, but the programme’s session is as new or newer (SEQUENCE, LAST-MODIFIED)")));
  else
    {
      char *reason;

      if (!g_date_time_equal (changed->starts_at, stored->starts_at))
        {
          g_autofree char *was = _ta_ical_format_time (stored->starts_at);

          /* Translators: %s is when the session was planned, 2026-03-10 14:00 */
          reason = g_strdup_printf (_("moved, from %s"), was);
        }
      else
        reason = g_strdup (_("new place, length or pair"));

      g_clear_object (&decision->entry->session);
      decision->entry->session = g_object_ref (changed);
      decision->session = g_steal_pointer (&changed);
      decide (decision, TA_ICAL_OUTCOME_UPDATED, NULL, reason);
    }
}

/* A meeting the programme has no session for. */
static void
decide_new (Importer  *self,
            Decision  *decision,
            TaPairing *pairing,
            char      *pairing_problem)
{
  TaIcalOccurrence *occurrence = decision->occurrence;
  const TaIcalFacts *facts = occurrence->facts;
  g_autoptr(TaSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (facts->cancelled)
    {
      decide (decision, TA_ICAL_OUTCOME_SKIPPED, NULL, g_strdup (_("cancelled (STATUS:CANCELLED)")));
      return;
    }
  if (facts->kind != TA_SESSION_KIND_ONE_ON_ONE)
    {
      /* A group discussion or a lunch-and-learn: a group session again,
       * of the attendees the programme knows, its description its
       * agenda. */
      g_autoptr(GArray) attendees = known_people (self, facts);

      if (attendees->len == 0)
        {
          decide (decision, TA_ICAL_OUTCOME_SKIPPED, NULL, g_strdup (_("none of its people is in the programme")));
          return;
        }
      session = ta_session_new (facts->kind);
      ta_session_set_title (session, facts->summary != NULL ? facts->summary
                                                            : ta_session_kind_get_label (facts->kind));
      ta_session_set_starts_at (session, occurrence->starts_at);
      ta_session_set_duration (session, (int) ((occurrence->seconds + 30) / 60));
      ta_session_set_attendees (session, (const gint64 *) (gpointer) attendees->data, attendees->len);
    }
  else if (pairing == NULL)
    {
      decide (decision, TA_ICAL_OUTCOME_SKIPPED, NULL, g_strdup (pairing_problem));
      return;
    }
  else
    session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), occurrence->starts_at,
                                         (int) ((occurrence->seconds + 30) / 60));
  ta_session_set_location (session, facts->location);
  ta_session_set_notes (session, facts->description);
  if (!ta_session_validate (session, &error))
    {
      const char *property = NULL;

      if (facts->location != NULL && g_utf8_strlen (facts->location, -1) > TA_SESSION_MAX_LOCATION_CHARS)
        property = "LOCATION";
      decide (decision, TA_ICAL_OUTCOME_REFUSED, property, g_strdup (error->message));
      return;
    }

  if (*facts->uid != '\0')
    decision->origin = _ta_session_origin_new (facts->uid, occurrence->recurrence_id,
                                               facts->sequence, facts->last_modified);
  decision->entry->session = g_object_ref (session);
  decision->session = g_steal_pointer (&session);
  decide (decision, TA_ICAL_OUTCOME_NEW, NULL, NULL);
}

static void
decide_occurrence (Importer  *self,
                   Decision  *decision,
                   GHashTable *claimed)
{
  TaIcalOccurrence *occurrence = decision->occurrence;
  const TaIcalFacts *facts = occurrence->facts;
  g_autofree char *programme = NULL;
  g_autofree char *pairing_problem = NULL;
  TaSession *target = NULL;
  TaPairing *pairing;
  TaIcalOwnUid kind;
  gboolean own = FALSE;
  gboolean adopted = FALSE;
  gint64 id = 0;

  pairing = find_pairing (self, facts, &pairing_problem);

  kind = _ta_ical_parse_own_uid (facts->uid, &id, &programme);
  if (kind != TA_ICAL_OWN_UID_NONE &&
      (programme == NULL || g_strcmp0 (programme, self->state.programme_id) == 0))
    {
      TaSession *candidate = NULL;

      if (kind == TA_ICAL_OWN_UID_SESSION && occurrence->recurrence_id == NULL)
        candidate = g_hash_table_lookup (self->sessions, &id);
      else if (kind == TA_ICAL_OWN_UID_SERIES && occurrence->recurrence_id != NULL)
        {
          g_autofree char *key = at_key (id, occurrence->recurrence_id);

          candidate = g_hash_table_lookup (self->by_occurrence, key);
        }

      if (candidate != NULL && (programme != NULL || fits (self, candidate, facts, pairing)))
        {
          target = candidate;
          own = TRUE;
        }
      else if (programme != NULL)
        {
          decide (decision, TA_ICAL_OUTCOME_SKIPPED, NULL,
                  kind == TA_ICAL_OWN_UID_SESSION
                  ? g_strdup (_("a session of this programme, deleted since the file was made"))
                  : g_strdup (_("an occurrence of this programme’s series that it no longer has, "
                                "or has not planned yet")));
          return;
        }
    }

  if (target == NULL && *facts->uid != '\0')
    {
      g_autofree char *recurrence = utc_text (occurrence->recurrence_id);
      g_autofree char *key = _ta_session_origin_key (facts->uid, recurrence);
      TaSessionOrigin *origin = g_hash_table_lookup (self->state.origins, key);

      if (origin != NULL)
        target = g_hash_table_lookup (self->sessions, &origin->session_id);
    }

  if (target == NULL && pairing != NULL && !facts->cancelled && facts->kind == TA_SESSION_KIND_ONE_ON_ONE)
    {
      g_autofree char *key = at_key (ta_pairing_get_id (pairing), occurrence->starts_at);
      TaSession *same = g_hash_table_lookup (self->by_slot, key);

      /* Named by nothing else: the session an import made before
       * origins were kept. */
      if (same != NULL && !g_hash_table_contains (self->state.origin_of, &same->id))
        {
          target = same;
          adopted = TRUE;
        }
    }

  if (target != NULL)
    {
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (claimed, &target->id));

      if (first != 0)
        {
          decide (decision, TA_ICAL_OUTCOME_REFUSED, "UID",
                  /* Translators: %u is a line number */
                  g_strdup_printf (_("another event of the file, at line %u, is the same session"), first));
          return;
        }
      g_hash_table_insert (claimed, &target->id, GUINT_TO_POINTER (MAX (decision->entry->line, 1)));
      decision->stored = g_object_ref (target);
      decide_known (self, decision, pairing, own, adopted);
    }
  else
    decide_new (self, decision, pairing, pairing_problem);
}

/*
 * The occurrences of a repeating event that an earlier import made and
 * that the file, newer, no longer has (taken out with an EXDATE, or a
 * rule changed): their planned sessions are cancelled.  Only within the
 * stretch of the series the file was read for; a single event missing
 * from a file says nothing (the file may hold part of a calendar).
 */
static void
decide_gone (Importer     *self,
             TaIcalEvents *events,
             GArray       *decisions,
             GHashTable   *claimed)
{
  for (guint i = 0; i < events->series->len; i++)
    {
      TaIcalSeriesWindow *window = g_ptr_array_index (events->series, i);
      const TaIcalFacts *facts = window->facts;
      GPtrArray *origins = g_hash_table_lookup (self->origins_of_uid, facts->uid);

      for (guint j = 0; origins != NULL && j < origins->len; j++)
        {
          TaSessionOrigin *origin = g_ptr_array_index (origins, j);
          g_autoptr(GDateTime) occurrence = ta_time_from_utc_string (origin->recurrence_id);
          TaSession *stored = g_hash_table_lookup (self->sessions, &origin->session_id);
          g_autoptr(TaSession) cancelled = NULL;
          Decision *decision;
          gint64 time;

          if (occurrence == NULL || stored == NULL || stored->status != TA_SESSION_STATUS_PLANNED ||
              g_hash_table_contains (claimed, &stored->id))
            continue;
          time = g_date_time_to_unix (occurrence);
          if (time < window->start || time > window->end || g_hash_table_contains (window->present, &time) ||
              !is_newer (self, facts, stored, origin, FALSE))
            continue;

          g_array_set_size (decisions, decisions->len + 1);
          decision = &g_array_index (decisions, Decision, decisions->len - 1);
          decision->entry = _ta_ical_entry_new (TA_ICAL_OUTCOME_UPDATED, facts, facts->line,
                                                stored->starts_at, occurrence);
          decision->entry->duration = stored->duration;
          decision->stored = g_object_ref (stored);
          cancelled = ta_session_copy (stored);
          ta_session_set_status (cancelled, TA_SESSION_STATUS_CANCELLED);
          ta_session_set_cancelled_by (cancelled, TA_SESSION_CANCELLED_BY_FACILITATOR);
          ta_session_set_cancel_reason (cancelled, _("No longer in the calendar"));
          decision->entry->session = g_object_ref (cancelled);
          decision->session = g_steal_pointer (&cancelled);
          decision->origin = _ta_session_origin_new (facts->uid, occurrence, facts->sequence, facts->last_modified);
          g_hash_table_insert (claimed, &stored->id, GUINT_TO_POINTER (MAX (facts->line, 1)));
          decide (decision, TA_ICAL_OUTCOME_UPDATED, NULL,
                  g_strdup (_("cancelled: the calendar no longer has this occurrence")));
        }
    }
}

/* Whether @decision writes a session that takes people's time. */
static gboolean
takes_time (Decision *decision)
{
  return decision->session != NULL &&
         (decision->entry->outcome == TA_ICAL_OUTCOME_NEW ||
          decision->entry->outcome == TA_ICAL_OUTCOME_UPDATED) &&
         decision->session->status != TA_SESSION_STATUS_CANCELLED;
}

/*
 * Nobody is double-booked without being told: a new or moved session
 * that overlaps another one of the same person, in the calendar or
 * earlier in the file (cancelled ones take nobody's time), is refused,
 * naming the other session's date and people; the other events are
 * imported.  The sessions the import moves or cancels count at their new
 * times only; if moving one is refused, it stays where it was, and the
 * others are checked again against it there.
 */
static gboolean
check_clashes (TaStore    *store,
               GArray     *decisions,
               GError    **error)
{
  g_autoptr(GHashTable) replaced = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  gboolean again = TRUE;

  for (guint i = 0; i < decisions->len; i++)
    {
      Decision *decision = &g_array_index (decisions, Decision, i);
      g_autoptr(GDateTime) ends_at = NULL;

      if (decision->stored != NULL && decision->entry->outcome == TA_ICAL_OUTCOME_UPDATED)
        g_hash_table_add (replaced, &decision->stored->id);
      if (!takes_time (decision))
        continue;
      ends_at = ta_session_get_ends_at (decision->session);
      if (first == NULL || g_date_time_compare (decision->session->starts_at, first) < 0)
        {
          g_clear_pointer (&first, g_date_time_unref);
          first = g_date_time_ref (decision->session->starts_at);
        }
      if (last == NULL || g_date_time_compare (ends_at, last) > 0)
        {
          g_clear_pointer (&last, g_date_time_unref);
          last = g_date_time_ref (ends_at);
        }
    }

  if (first == NULL)
    return TRUE;

  while (again)
    {
      g_autoptr(TaClashes) clashes = _ta_clashes_new (store);

      again = FALSE;
      if (!_ta_clashes_load (clashes, first, last, replaced, error))
        return FALSE;

      for (guint i = 0; i < decisions->len; i++)
        {
          Decision *decision = &g_array_index (decisions, Decision, i);
          g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *label = NULL;
          g_autofree char *uid = NULL;

          if (!takes_time (decision))
            continue;

          uid = g_utf8_make_valid (decision->entry->uid != NULL ? decision->entry->uid : "", -1);
          /* Translators: how a later event of the file names this one; %1$u is
           * its line in the file, %2$s its UID */
          label = g_strdup_printf (_("the event at line %1$u (UID %2$s)"), decision->entry->line, uid);
          if (!_ta_clashes_check (clashes, decision->session, label, reasons, error))
            return FALSE;
          if (reasons->len == 0)
            continue;

          g_ptr_array_add (reasons, NULL);
          if (decision->stored != NULL)
            {
              /* It stays where it was: check the others against that. */
              g_hash_table_remove (replaced, &decision->stored->id);
              again = TRUE;
            }
          decide (decision, TA_ICAL_OUTCOME_REFUSED, "DTSTART", g_strjoinv ("; ", (char **) reasons->pdata));
          if (decision->occurrence != NULL && decision->occurrence->facts->start_line != 0)
            decision->entry->line = decision->occurrence->facts->start_line;
          if (again)
            break;
        }
    }

  return TRUE;
}

/* Each meeting of @events against the programme; the entries go to
 * @entries and, with a @plan, the writes to it. */
static gboolean
decide_all (Importer           *self,
            TaStore            *store,
            TaIcalEvents       *events,
            GPtrArray          *entries,
            TaStoreImportPlan  *plan,
            GError            **error)
{
  g_autoptr(GArray) decisions = g_array_sized_new (FALSE, TRUE, sizeof (Decision), events->occurrences->len);
  g_autoptr(GHashTable) claimed = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_array_set_clear_func (decisions, decision_clear);
  g_array_set_size (decisions, events->occurrences->len);

  for (guint i = 0; i < events->occurrences->len; i++)
    {
      Decision *decision = &g_array_index (decisions, Decision, i);
      TaIcalOccurrence *occurrence = g_ptr_array_index (events->occurrences, i);

      decision->occurrence = occurrence;
      decision->entry = _ta_ical_entry_new (TA_ICAL_OUTCOME_NEW, occurrence->facts, occurrence->line,
                                            occurrence->starts_at, occurrence->recurrence_id);
      decision->entry->duration = (int) ((occurrence->seconds + 30) / 60);
      decide_occurrence (self, decision, claimed);
    }

  decide_gone (self, events, decisions, claimed);

  if (!check_clashes (store, decisions, error))
    return FALSE;

  for (guint i = 0; i < decisions->len; i++)
    {
      Decision *decision = &g_array_index (decisions, Decision, i);
      TaIcalOutcome outcome = decision->entry->outcome;

      if (plan != NULL && outcome == TA_ICAL_OUTCOME_NEW)
        {
          g_ptr_array_add (plan->added, g_object_ref (decision->session));
          g_ptr_array_add (plan->added_origins, g_steal_pointer (&decision->origin));
        }
      else if (plan != NULL && outcome == TA_ICAL_OUTCOME_UPDATED)
        {
          g_ptr_array_add (plan->updated, g_object_ref (decision->session));
          g_ptr_array_add (plan->stored, g_object_ref (decision->stored));
        }
      if (plan != NULL && decision->origin != NULL &&
          (outcome == TA_ICAL_OUTCOME_UPDATED || outcome == TA_ICAL_OUTCOME_UNCHANGED))
        {
          decision->origin->session_id = decision->stored->id;
          g_ptr_array_add (plan->origins, g_steal_pointer (&decision->origin));
        }

      g_ptr_array_add (entries, g_steal_pointer (&decision->entry));
    }

  return TRUE;
}

/**
 * _ta_ical_match:
 * @store: the programme
 * @events: the file's meetings
 * @entries: (element-type TaIcalEntry): gets an entry for each
 * @plan: (nullable): gets what to write, for an import
 * @error: a #TA_STORE_ERROR when the programme cannot be read
 *
 * Reads the programme (inside the caller's transaction, for an import)
 * and decides what each of @events' meetings comes to.
 */
gboolean
_ta_ical_match (TaStore            *store,
                TaIcalEvents       *events,
                GPtrArray          *entries,
                TaStoreImportPlan  *plan,
                GError            **error)
{
  g_auto(Importer) importer = { { NULL, }, };

  g_assert (TA_IS_STORE (store));
  g_assert (events != NULL);
  g_assert (entries != NULL);

  return importer_load (&importer, store, error) &&
         decide_all (&importer, store, events, entries, plan, error);
}
