/* ta-programme.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-programme"

#include "config.h"

#include "ta-programme-private.h"

/*
 * TaProgramme is what GcalContext is to gnome-calendar: the one object a
 * window hands to its views.  This file holds its life (open, the shared
 * lists, ::changed); the edits are in ta-programme-edits.c and the long
 * operations in ta-programme-tasks.c.
 */

G_DEFINE_FINAL_TYPE (TaProgramme, ta_programme, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Which ::changed detail each of the store's signals announces. */
static const struct
{
  const char *store_signal;
  const char *detail;
} change_details[] = {
  { "participant-added", "participants" },
  { "participant-updated", "participants" },
  { "participant-removed", "participants" },
  { "participants-reset", "participants" },
  { "pairing-added", "pairings" },
  { "pairing-updated", "pairings" },
  { "pairing-removed", "pairings" },
  { "pairings-reset", "pairings" },
  { "pair-rules-changed", "pair-rules" },
  { "match-settings-changed", "settings" },
  { "session-added", "sessions" },
  { "session-updated", "sessions" },
  { "session-removed", "sessions" },
  { "sessions-reset", "sessions" },
  { "topic-added", "topics" },
  { "topic-updated", "topics" },
  { "topic-removed", "topics" },
  { "topic-moved", "topics" },
  { "topics-reset", "topics" },
  { "check-ins-changed", "check-ins" },
};

/* A closure that ignores the store signal's arguments (they differ from
 * signal to signal) and emits ::changed with its detail. */
typedef struct
{
  GClosure closure;
  GQuark   detail;
} ChangeClosure;

static void
change_closure_marshal (GClosure     *closure,
                        GValue       *return_value,
                        guint         n_param_values,
                        const GValue *param_values,
                        gpointer      invocation_hint,
                        gpointer      marshal_data)
{
  TaProgramme *self = closure->data;

  g_signal_emit (self, signals[CHANGED], ((ChangeClosure *) closure)->detail);
}

static void
ta_programme_watch_store (TaProgramme *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (change_details); i++)
    {
      GClosure *closure = g_closure_new_object (sizeof (ChangeClosure), G_OBJECT (self));

      ((ChangeClosure *) closure)->detail = g_quark_from_static_string (change_details[i].detail);
      g_closure_set_marshal (closure, change_closure_marshal);
      g_signal_connect_closure (self->store, change_details[i].store_signal, closure, TRUE);
    }
}

static void
ta_programme_dispose (GObject *object)
{
  TaProgramme *self = (TaProgramme *)object;

  g_clear_object (&self->participants);
  g_clear_object (&self->pairings);
  g_clear_object (&self->sessions);
  g_clear_object (&self->topics);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  G_OBJECT_CLASS (ta_programme_parent_class)->dispose (object);
}

static void
ta_programme_finalize (GObject *object)
{
  TaProgramme *self = (TaProgramme *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ta_programme_parent_class)->finalize (object);
}

static void
ta_programme_class_init (TaProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ta_programme_dispose;
  object_class->finalize = ta_programme_finalize;

  /**
   * TaProgramme::changed:
   * @self: the programme
   *
   * Records of one kind changed (the detail: "participants", "pairings",
   * "sessions", "topics", "pair-rules", "settings" or "check-ins"), by this process
   * or, once ta_programme_check_for_changes() saw it, by another.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ta_programme_init (TaProgramme *self)
{
}

/**
 * ta_programme_new_for_store:
 * @store: an open store
 *
 * Returns: (transfer full): the programme of @store
 */
TaProgramme *
ta_programme_new_for_store (TaStore *store)
{
  TaProgramme *self;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);

  self = g_object_new (TA_TYPE_PROGRAMME, NULL);
  self->store = g_object_ref (store);
  ta_programme_watch_store (self);

  return self;
}

/**
 * ta_programme_open:
 * @path: the programme file
 * @flags: how to open it
 * @error: a #TA_STORE_ERROR
 *
 * Opens @path.  Recurring series are made a year ahead, so that year is
 * kept full each time a programme is opened; the participants are read
 * before this returns, so a damaged file fails here and not in a view.
 *
 * Returns: (transfer full) (nullable): the programme
 */
TaProgramme *
ta_programme_open (const char            *path,
                   TaProgrammeOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaProgramme) self = NULL;
  g_autoptr(GError) extend_error = NULL;
  TaStoreOpenFlags store_flags = TA_STORE_OPEN_FLAGS_NONE;

  g_return_val_if_fail (path != NULL, NULL);

  if (flags & TA_PROGRAMME_OPEN_CREATE)
    store_flags |= TA_STORE_OPEN_CREATE;
  if (flags & TA_PROGRAMME_OPEN_READ_ONLY)
    store_flags |= TA_STORE_OPEN_READ_ONLY;

  store = ta_store_open_full (path, store_flags, error);
  if (store == NULL)
    return NULL;

  if (!ta_store_is_read_only (store) &&
      !ta_store_extend_series (store, NULL, NULL, &extend_error))
    g_warning ("Could not make the sessions of the recurring series: %s", extend_error->message);

  self = ta_programme_new_for_store (store);
  self->participants = ta_participant_list_new (store, error);
  if (self->participants == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ta_programme_get_default_path:
 *
 * Returns: (transfer full): where a person's programme lives when they
 *   did not choose a file
 */
char *
ta_programme_get_default_path (void)
{
  return ta_store_get_default_path ();
}

/**
 * ta_programme_get_path:
 * @self: a #TaProgramme
 *
 * Returns: (transfer none): the programme file
 */
const char *
ta_programme_get_path (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_store_get_path (self->store);
}

/**
 * ta_programme_is_read_only:
 * @self: a #TaProgramme
 *
 * Returns: whether the file was opened without writing
 */
gboolean
ta_programme_is_read_only (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), TRUE);

  return ta_store_is_read_only (self->store);
}

/**
 * ta_programme_check_for_changes:
 * @self: a #TaProgramme
 *
 * Looks whether another program committed to the file; if so the store
 * announces it, and with it the lists and ::changed.
 *
 * Returns: whether something had changed
 */
gboolean
ta_programme_check_for_changes (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), FALSE);

  return ta_store_check_for_changes (self->store);
}

/* The shared lists are made when a view first asks for one: a programme
 * opened by the CLI or a test reads no more than it needs. */
typedef gpointer (*ListNewFunc) (TaStore  *store,
                                 GError  **error);

static gpointer
ensure_list (TaProgramme *self,
             gpointer    *list,
             ListNewFunc  list_new,
             const char  *what)
{
  g_autoptr(GError) error = NULL;

  if (*list == NULL && (*list = list_new (self->store, &error)) == NULL)
    g_warning ("Could not read the %s: %s", what, error->message);

  return *list;
}

/**
 * ta_programme_get_participants:
 * @self: a #TaProgramme
 *
 * Returns: (transfer none): every participant, live
 */
TaParticipantList *
ta_programme_get_participants (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ensure_list (self, (gpointer *) &self->participants,
                      (ListNewFunc) ta_participant_list_new, "participants");
}

/**
 * ta_programme_get_pairings:
 * @self: a #TaProgramme
 *
 * Returns: (transfer none): every pairing, live
 */
TaPairingList *
ta_programme_get_pairings (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ensure_list (self, (gpointer *) &self->pairings,
                      (ListNewFunc) ta_pairing_list_new, "pairings");
}

/**
 * ta_programme_get_sessions:
 * @self: a #TaProgramme
 *
 * Returns: (transfer none): every session, live
 */
TaSessionList *
ta_programme_get_sessions (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ensure_list (self, (gpointer *) &self->sessions,
                      (ListNewFunc) ta_session_list_new, "sessions");
}

/**
 * ta_programme_get_topics:
 * @self: a #TaProgramme
 *
 * Returns: (transfer none): every topic of the board, live
 */
TaTopicList *
ta_programme_get_topics (TaProgramme *self)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ensure_list (self, (gpointer *) &self->topics,
                      (ListNewFunc) ta_topic_list_new, "topics");
}

/**
 * ta_programme_new_session_range:
 * @self: a #TaProgramme
 * @from: the first moment
 * @to: the moment after the last
 * @error: a #TA_STORE_ERROR
 *
 * A month grid or an agenda shows a range, not the whole programme.
 *
 * Returns: (transfer full) (nullable): the sessions starting in
 *   [@from, @to), live
 */
TaSessionList *
ta_programme_new_session_range (TaProgramme  *self,
                                GDateTime    *from,
                                GDateTime    *to,
                                GError      **error)
{
  g_return_val_if_fail (TA_IS_PROGRAMME (self), NULL);

  return ta_session_list_new_between (self->store, from, to, error);
}
