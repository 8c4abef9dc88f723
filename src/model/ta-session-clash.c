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

#define G_LOG_DOMAIN "ta-session"

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
 * before it, then counts it among those.  Cancelled sessions take nobody's
 * time and are not given here.
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

  g_assert (self != NULL);
  g_assert (TA_IS_SESSION (session));
  g_assert (session->starts_at != NULL);
  g_assert (out_reasons != NULL);

  if (session->status == TA_SESSION_STATUS_CANCELLED)
    return TRUE;

  when = local_start (session);

  stored = _ta_store_find_conflicts (self->store, session, error);
  if (stored == NULL)
    return FALSE;
  for (guint i = 0; i < stored->len; i++)
    {
      TaSession *other = g_ptr_array_index (stored, i);
      g_autofree char *other_when = local_start (other);
      g_autofree char *other_who = _ta_store_describe_people (self->store, other);

      g_ptr_array_add (out_reasons,
                       /* Translators: %1$s and %2$s are dates and times, %3$s who
                        * the other session is for (“Ann and Bob”) */
                       g_strdup_printf (_("on %1$s it overlaps the session on %2$s of %3$s, "
                                          "already in the calendar"),
                                        when, other_when, other_who));
    }

  if (!people_of (self, session, people, error))
    return FALSE;

  busy.start = g_date_time_to_unix (session->starts_at);
  busy.end = busy.start + 60 * (gint64) session->duration;
  busy.earlier = self->earlier->len;

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
          other_when = local_start (that->session);
          other_who = _ta_store_describe_people (self->store, that->session);
          g_ptr_array_add (out_reasons,
                           /* Translators: %1$s and %3$s are dates and times, %2$s names
                            * another event of the file (“event 2 (UID …)”), %4$s who it
                            * is for (“Ann and Bob”) */
                           g_strdup_printf (_("on %1$s it overlaps %2$s, on %3$s of %4$s"),
                                            when, that->label, other_when, other_who));
        }

      g_array_append_val (times, busy);
    }

  earlier.session = g_object_ref (session);
  earlier.label = g_strdup (label);
  g_array_append_val (self->earlier, earlier);

  return TRUE;
}
