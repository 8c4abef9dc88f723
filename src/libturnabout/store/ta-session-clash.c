/* ta-session-clash.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Double-bookings of new sessions, said of the one that causes them:
 * overlapping a session of the calendar (ta_store_find_conflicts(), the
 * rule ta_store_check() applies, cancelled sessions aside), or one given
 * earlier in the same batch. */

#define G_LOG_DOMAIN "turnabout-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-session-clash-private.h"
#include "ta-session-private.h"
#include "ta-store-private.h"

typedef struct
{
  gint64 start;    /* Unix time */
  gint64 end;
  guint  earlier;  /* index into TaClashes.earlier */
} Busy;

typedef struct
{
  TaSession *session;
  char      *label;
} Earlier;

struct _TaClashes
{
  TaStore    *store;
  GHashTable *people_of_pairing;  /* pairing id (gint64 *) → gint64[2] */
  GHashTable *busy;               /* participant id (gint64 *) → GArray of Busy */
  GArray     *earlier;            /* of Earlier */

  /* After _ta_clashes_load(): the calendar's sessions from loaded_from
   * (less the longest a session lasts) to loaded_to, read once. */
  gboolean    loaded;
  gint64      loaded_from;        /* Unix time */
  gint64      loaded_to;
  GHashTable *stored_busy;        /* participant id (gint64 *) → GArray of Busy, into stored */
  GPtrArray  *stored;             /* TaSession */
  GHashTable *ignore;             /* session ids (gint64 *) the batch replaces, or NULL */
};

static void
earlier_clear (gpointer data)
{
  Earlier *earlier = data;

  g_clear_object (&earlier->session);
  g_clear_pointer (&earlier->label, g_free);
}

/**
 * _ta_clashes_new:
 * @store: the calendar the sessions are for; used inside the caller's
 *   transaction, if it has one
 *
 * Returns: (transfer full): a new clash finder, with no sessions yet
 */
TaClashes *
_ta_clashes_new (TaStore *store)
{
  TaClashes *self = g_new0 (TaClashes, 1);

  g_assert (TA_IS_STORE (store));

  self->store = g_object_ref (store);
  self->people_of_pairing = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->busy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_array_unref);
  self->earlier = g_array_new (FALSE, TRUE, sizeof (Earlier));
  g_array_set_clear_func (self->earlier, earlier_clear);

  return self;
}

void
_ta_clashes_free (TaClashes *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->store);
  g_clear_pointer (&self->people_of_pairing, g_hash_table_unref);
  g_clear_pointer (&self->busy, g_hash_table_unref);
  g_clear_pointer (&self->earlier, g_array_unref);
  g_clear_pointer (&self->stored_busy, g_hash_table_unref);
  g_clear_pointer (&self->stored, g_ptr_array_unref);
  g_clear_pointer (&self->ignore, g_hash_table_unref);
  g_free (self);
}

/* The people whose time @session takes: the pair of a one-on-one, the
 * attendees of a group session. */
static gboolean
people_of (TaClashes  *self,
           TaSession  *session,
           GArray     *people,
           GError    **error)
{
  const gint64 *attendees;
  guint n = 0;

  attendees = ta_session_get_attendees (session, &n);
  g_array_append_vals (people, attendees, n);

  if (session->pairing_id > 0)
    {
      gint64 *pair = g_hash_table_lookup (self->people_of_pairing, &session->pairing_id);

      if (pair == NULL)
        {
          g_autoptr(TaPairing) pairing = ta_store_get_pairing (self->store, session->pairing_id, error);

          if (pairing == NULL)
            return FALSE;
          pair = g_new (gint64, 2);
          pair[0] = ta_pairing_get_mentor_id (pairing);
          pair[1] = ta_pairing_get_mentee_id (pairing);
          g_hash_table_insert (self->people_of_pairing,
                               g_memdup2 (&session->pairing_id, sizeof (gint64)), pair);
        }
      g_array_append_vals (people, pair, 2);
    }

  return TRUE;
}

static void
add_busy (GHashTable *table,
          gint64      person,
          Busy       *busy)
{
  GArray *times = g_hash_table_lookup (table, &person);

  if (times == NULL)
    {
      times = g_array_new (FALSE, FALSE, sizeof (Busy));
      g_hash_table_insert (table, g_memdup2 (&person, sizeof person), times);
    }
  g_array_append_vals (times, busy, 1);
}

/**
 * _ta_clashes_load:
 * @self: a #TaClashes
 * @from: the earliest start of the sessions to be checked
 * @to: the latest end of the sessions to be checked
 * @ignore: (nullable): ids (gint64 *) of stored sessions the batch
 *   replaces (moves or cancels): they are checked as sessions of the
 *   batch, at their new times, if at all
 * @error: a #TA_STORE_ERROR
 *
 * Reads the calendar between @from and @to once, so that checking
 * thousands of sessions of an import does not ask the store for each.
 */
gboolean
_ta_clashes_load (TaClashes   *self,
                  GDateTime   *from,
                  GDateTime   *to,
                  GHashTable  *ignore,
                  GError     **error)
{
  g_autoptr(GDateTime) earliest = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert (self != NULL);
  g_assert (from != NULL && to != NULL);

  /* No session lasts longer than this: one that starts this much before
   * @from is over by then. */
  earliest = g_date_time_add_minutes (from, -TA_SESSION_MAX_DURATION);
  after = g_date_time_add_seconds (to, 1);

  pairings = ta_store_list_pairings (self->store, error);
  if (pairings == NULL)
    return FALSE;
  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      gint64 id = ta_pairing_get_id (pairing);
      gint64 *pair = g_new (gint64, 2);

      pair[0] = ta_pairing_get_mentor_id (pairing);
      pair[1] = ta_pairing_get_mentee_id (pairing);
      g_hash_table_insert (self->people_of_pairing, g_memdup2 (&id, sizeof id), pair);
    }

  g_clear_pointer (&self->stored, g_ptr_array_unref);
  self->stored = ta_store_list_sessions_between (self->store, earliest, after, error);
  if (self->stored == NULL)
    return FALSE;

  g_clear_pointer (&self->stored_busy, g_hash_table_unref);
  self->stored_busy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  g_clear_pointer (&self->ignore, g_hash_table_unref);
  if (ignore != NULL)
    self->ignore = g_hash_table_ref (ignore);

  for (guint i = 0; i < self->stored->len; i++)
    {
      TaSession *session = g_ptr_array_index (self->stored, i);
      Busy busy;

      if (session->status == TA_SESSION_STATUS_CANCELLED ||
          (ignore != NULL && g_hash_table_contains (ignore, &session->id)))
        continue;

      busy.start = g_date_time_to_unix (session->starts_at);
      busy.end = busy.start + 60 * (gint64) session->duration;
      busy.earlier = i;
      g_array_set_size (people, 0);
      if (!people_of (self, session, people, error))
        return FALSE;
      for (guint p = 0; p < people->len; p++)
        add_busy (self->stored_busy, g_array_index (people, gint64, p), &busy);
    }

  self->loaded = TRUE;
  self->loaded_from = g_date_time_to_unix (from);
  self->loaded_to = g_date_time_to_unix (to);
  return TRUE;
}

/* The stored sessions that @session (not stored, or being replaced)
 * overlaps, from what _ta_clashes_load() read. */
static GPtrArray *
find_loaded_conflicts (TaClashes *self,
                       TaSession *session,
                       GArray    *people)
{
  GPtrArray *conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) found = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint64 start = g_date_time_to_unix (session->starts_at);
  gint64 end = start + 60 * (gint64) session->duration;

  for (guint p = 0; p < people->len; p++)
    {
      GArray *times = g_hash_table_lookup (self->stored_busy, &g_array_index (people, gint64, p));

      for (guint i = 0; times != NULL && i < times->len; i++)
        {
          Busy *busy = &g_array_index (times, Busy, i);
          TaSession *other = g_ptr_array_index (self->stored, busy->earlier);

          if (busy->start < end && busy->end > start && other->id != session->id &&
              g_hash_table_add (found, other))
            g_ptr_array_add (conflicts, g_object_ref (other));
        }
    }

  return conflicts;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  TaSession *x = *(TaSession * const *) a;
  TaSession *y = *(TaSession * const *) b;
  int order = g_date_time_compare (x->starts_at, y->starts_at);

  return order != 0 ? order : (x->id > y->id) - (x->id < y->id);
}

/* "2026-03-10 14:00", local time, as ta_store_check() shows starts. */
static char *
local_start (TaSession *session)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (ta_session_get_starts_at (session));

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * _ta_clashes_check:
 * @self: a #TaClashes
 * @session: a new session (not in the store)
 * @label: what to call @session when a later one overlaps it, such as
 *   “event 2 (UID …)”
 * @out_reasons: (element-type utf8): gets one line per session @session
 *   overlaps, saying when and whose it is
 * @error: a #TA_STORE_ERROR when the calendar cannot be read
 *
 * Checks @session against the calendar and against the sessions checked
 * before it, then, if it overlaps none, counts it among those.  Cancelled
 * sessions take nobody's time and are not given here.
 */
gboolean
_ta_clashes_check (TaClashes   *self,
                   TaSession   *session,
                   const char  *label,
                   GPtrArray   *out_reasons,
                   GError     **error)
{
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) reported = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree char *when = NULL;
  Earlier earlier = { NULL, NULL };
  Busy busy;
  guint n_reasons;

  g_assert (self != NULL);
  g_assert (TA_IS_SESSION (session));
  g_assert (session->starts_at != NULL);
  g_assert (out_reasons != NULL);

  if (session->status == TA_SESSION_STATUS_CANCELLED)
    return TRUE;

  n_reasons = out_reasons->len;

  if (!people_of (self, session, people, error))
    return FALSE;

  busy.start = g_date_time_to_unix (session->starts_at);
  busy.end = busy.start + 60 * (gint64) session->duration;
  busy.earlier = self->earlier->len;

  if (self->loaded && busy.start >= self->loaded_from && busy.end <= self->loaded_to)
    {
      stored = find_loaded_conflicts (self, session, people);
      g_ptr_array_sort (stored, compare_by_start);
    }
  else
    {
      stored = _ta_store_find_conflicts (self->store, session, error);
      if (stored == NULL)
        return FALSE;
    }
  for (guint i = 0; i < stored->len; i++)
    {
      TaSession *other = g_ptr_array_index (stored, i);
      g_autofree char *other_when = NULL;
      g_autofree char *other_who = NULL;

      if (self->ignore != NULL && g_hash_table_contains (self->ignore, &other->id))
        continue;
      /* Only said when there is something to say: the local zone is
       * looked up each time. */
      if (when == NULL)
        when = local_start (session);
      other_when = local_start (other);
      other_who = _ta_store_describe_people (self->store, other);

      g_ptr_array_add (out_reasons,
                       /* Translators: %1$s and %2$s are dates and times, %3$s who
                        * the other session is for (“Ann and Bob”) */
                       g_strdup_printf (_("on %1$s it overlaps the session on %2$s of %3$s, "
                                          "already in the calendar"),
                                        when, other_when, other_who));
    }

  for (guint p = 0; p < people->len; p++)
    {
      gint64 person = g_array_index (people, gint64, p);
      GArray *times = g_hash_table_lookup (self->busy, &person);

      if (times == NULL)
        {
          times = g_array_new (FALSE, FALSE, sizeof (Busy));
          g_hash_table_insert (self->busy, g_memdup2 (&person, sizeof person), times);
        }

      for (guint i = 0; i < times->len; i++)
        {
          Busy *other = &g_array_index (times, Busy, i);
          Earlier *that;
          g_autofree char *other_when = NULL;
          g_autofree char *other_who = NULL;

          /* Once per earlier session, whichever of the people they share. */
          if (other->earlier == busy.earlier ||  /* itself, someone listed twice */
              other->start >= busy.end || other->end <= busy.start ||
              !g_hash_table_add (reported, GUINT_TO_POINTER (other->earlier + 1)))
            continue;

          that = &g_array_index (self->earlier, Earlier, other->earlier);
          if (when == NULL)
            when = local_start (session);
          other_when = local_start (that->session);
          other_who = _ta_store_describe_people (self->store, that->session);
          g_ptr_array_add (out_reasons,
                           /* Translators: %1$s and %3$s are dates and times, %2$s names
                            * another event of the file (“event 2 (UID …)”), %4$s who it
                            * is for (“Ann and Bob”) */
                           g_strdup_printf (_("on %1$s it overlaps %2$s, on %3$s of %4$s"),
                                            when, that->label, other_when, other_who));
        }
    }

  /* A session that overlaps another one is not added (an import refuses
   * it): it takes nobody's time for the ones after it. */
  if (out_reasons->len > n_reasons)
    return TRUE;

  for (guint p = 0; p < people->len; p++)
    {
      gint64 person = g_array_index (people, gint64, p);
      GArray *times = g_hash_table_lookup (self->busy, &person);

      g_array_append_val (times, busy);
    }

  earlier.session = g_object_ref (session);
  earlier.label = g_strdup (label);
  g_array_append_val (self->earlier, earlier);

  return TRUE;
}
