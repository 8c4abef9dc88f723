/* ta-session-filter.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-session-filter"

#include "config.h"

#include "ta-pairing.h"
#include "ta-session-filter.h"

/* Which sessions the calendar shows: of one kind, of one person (their
 * pairs' one-on-ones and the group sessions they attend), of one pair.
 * One filter feeds both the month grid and the agenda, so they always
 * agree. */
struct _TaSessionFilter
{
  GtkFilter   parent_instance;

  int         kind;
  gint64      participant_id;
  gint64      pairing_id;
  GHashTable *pairings_of_participant;   /* gint64 set; NULL without a participant */
};

G_DEFINE_FINAL_TYPE (TaSessionFilter, ta_session_filter, GTK_TYPE_FILTER)

static gboolean
has_attendee (TaSession *session,
              gint64     participant_id)
{
  guint n = 0;
  const gint64 *ids = ta_session_get_attendees (session, &n);

  for (guint i = 0; i < n; i++)
    if (ids[i] == participant_id)
      return TRUE;

  return FALSE;
}

static gboolean
ta_session_filter_match (GtkFilter *filter,
                         gpointer   item)
{
  TaSessionFilter *self = TA_SESSION_FILTER (filter);
  TaSession *session = TA_SESSION (item);
  TaSessionKind kind = ta_session_get_kind (session);
  gint64 pairing_id = ta_session_get_pairing_id (session);

  if (self->kind != TA_SESSION_FILTER_ANY_KIND && (int) kind != self->kind)
    return FALSE;

  if (self->pairing_id != 0 && pairing_id != self->pairing_id)
    return FALSE;

  if (self->participant_id != 0)
    {
      if (kind == TA_SESSION_KIND_ONE_ON_ONE)
        return g_hash_table_contains (self->pairings_of_participant, &pairing_id);
      return has_attendee (session, self->participant_id);
    }

  return TRUE;
}

static GtkFilterMatch
ta_session_filter_get_strictness (GtkFilter *filter)
{
  return ta_session_filter_is_active (TA_SESSION_FILTER (filter))
         ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
ta_session_filter_finalize (GObject *object)
{
  TaSessionFilter *self = TA_SESSION_FILTER (object);

  g_clear_pointer (&self->pairings_of_participant, g_hash_table_unref);

  G_OBJECT_CLASS (ta_session_filter_parent_class)->finalize (object);
}

static void
ta_session_filter_class_init (TaSessionFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = ta_session_filter_finalize;
  filter_class->match = ta_session_filter_match;
  filter_class->get_strictness = ta_session_filter_get_strictness;
}

static void
ta_session_filter_init (TaSessionFilter *self)
{
  self->kind = TA_SESSION_FILTER_ANY_KIND;
}

TaSessionFilter *
ta_session_filter_new (void)
{
  return g_object_new (TA_TYPE_SESSION_FILTER, NULL);
}

/**
 * ta_session_filter_set:
 * @self: a #TaSessionFilter
 * @programme: where the pairs of @participant_id are looked up
 * @kind: a #TaSessionKind or %TA_SESSION_FILTER_ANY_KIND
 * @participant_id: a person, or 0 for everyone
 * @pairing_id: a pair, or 0 for all of them
 * @error: a #TA_STORE_ERROR
 *
 * Returns: %FALSE when the pairs could not be read (the filter is then
 *   unchanged)
 */
gboolean
ta_session_filter_set (TaSessionFilter *self,
                       TaProgramme     *programme,
                       int              kind,
                       gint64           participant_id,
                       gint64           pairing_id,
                       GError         **error)
{
  g_autoptr(GHashTable) pairings_of_participant = NULL;

  g_return_val_if_fail (TA_IS_SESSION_FILTER (self), FALSE);
  g_return_val_if_fail (TA_IS_PROGRAMME (programme), FALSE);
  g_return_val_if_fail (kind >= TA_SESSION_FILTER_ANY_KIND && kind < TA_N_SESSION_KINDS, FALSE);

  if (participant_id != 0)
    {
      g_autoptr(GPtrArray) pairings = ta_programme_list_pairings (programme, error);

      if (pairings == NULL)
        return FALSE;

      pairings_of_participant = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < pairings->len; i++)
        {
          TaPairing *pairing = g_ptr_array_index (pairings, i);

          if (ta_pairing_get_mentor_id (pairing) == participant_id ||
              ta_pairing_get_mentee_id (pairing) == participant_id)
            {
              gint64 *id = g_new (gint64, 1);

              *id = ta_pairing_get_id (pairing);
              g_hash_table_add (pairings_of_participant, id);
            }
        }
    }

  self->kind = kind;
  self->participant_id = participant_id;
  self->pairing_id = pairing_id;
  g_clear_pointer (&self->pairings_of_participant, g_hash_table_unref);
  self->pairings_of_participant = g_steal_pointer (&pairings_of_participant);

  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);

  return TRUE;
}

int
ta_session_filter_get_kind (TaSessionFilter *self)
{
  g_return_val_if_fail (TA_IS_SESSION_FILTER (self), TA_SESSION_FILTER_ANY_KIND);
  return self->kind;
}

gint64
ta_session_filter_get_participant (TaSessionFilter *self)
{
  g_return_val_if_fail (TA_IS_SESSION_FILTER (self), 0);
  return self->participant_id;
}

gint64
ta_session_filter_get_pairing (TaSessionFilter *self)
{
  g_return_val_if_fail (TA_IS_SESSION_FILTER (self), 0);
  return self->pairing_id;
}

gboolean
ta_session_filter_is_active (TaSessionFilter *self)
{
  g_return_val_if_fail (TA_IS_SESSION_FILTER (self), FALSE);
  return self->kind != TA_SESSION_FILTER_ANY_KIND || self->participant_id != 0 ||
         self->pairing_id != 0;
}
