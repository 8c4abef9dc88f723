/* ta-store-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ta-database.h"
#include "ta-store.h"

G_BEGIN_DECLS

/* Written into the SQLite header (PRAGMA application_id): "TaBt". */
#define TA_STORE_APPLICATION_ID 0x54614274

gboolean _ta_store_set_error_from_sqlite (GError     **error,
                                          sqlite3     *db,
                                          int          rc,
                                          const char  *what);
gboolean _ta_store_exec                  (sqlite3     *db,
                                          const char  *sql,
                                          GError     **error);

/* Brings @db from @from_version up to @to_version, all steps in one
 * transaction of their own. */
gboolean _ta_store_migrate               (sqlite3     *db,
                                          int          from_version,
                                          int          to_version,
                                          GError     **error);
/* The same steps inside the caller's write transaction (opening a
 * programme sets it up in one BEGIN IMMEDIATE, see ta-store-open.c). */
gboolean _ta_store_migrate_in_transaction (sqlite3    *db,
                                           int         from_version,
                                           int         to_version,
                                           GError    **error);

/* Errors with the messages a facilitator sees: db/ta-database.c
 * (ta_database_set_busy_error() and its siblings). */

/* How long a writer waits for another one's lock: 5 s, or the
 * TURNABOUT_BUSY_TIMEOUT_MS environment variable, read once (tests set it
 * so that a busy case does not wait 5 s).  The setter is for tests; it
 * applies to stores opened afterwards, and -1 goes back to the default. */
int      _ta_store_get_busy_timeout      (void);
void     _ta_store_set_busy_timeout      (int          milliseconds);

struct _TaStore
{
  GObject parent_instance;

  char *path;
  /* The connection (db/ta-database.c); @db is its handle, borrowed, for
   * the statements the store files step themselves. */
  TaDatabase *database;
  sqlite3 *db;

  /* Participant id → DeletedLinks: their pairings and pair rules, which
   * the delete cascaded away, kept for an undo (ta-store-pairings.c). */
  GHashTable *deleted_links;
  int schema_version;

  /* Opened only to be looked at (TA_STORE_OPEN_READ_ONLY on a programme
   * we may not write): every write is refused up front.  @read_only_media
   * says whether the reason is a read-only mount. */
  gboolean read_only;
  gboolean read_only_media;

  /* PRAGMA data_version when last looked at: it moves when another
   * connection commits (ta-store-changes.c). */
  gint64 data_version;

  /* One operation at a time: each public call is one transaction, and two
   * threads sharing the connection must never interleave their statements
   * inside one. */
  GRecMutex lock;

  /* Inside _ta_store_run_in_transaction(): the thread running it (so
   * emissions of other threads are never held back), the SAVEPOINTs open
   * for the operations inside it, and the signals they emitted, held until
   * the COMMIT.  batch_thread is NULL outside a batch. */
  GThread *batch_thread;
  guint batch_steps;
  GPtrArray *batch_signals;

  /* Inside a plain write transaction (_ta_store_begin() outside a
   * batch): its thread and the signals its changes emitted, held until
   * its COMMIT and dropped on ROLLBACK.  NULL outside one. */
  GThread *txn_thread;
  GPtrArray *txn_signals;

  /* Signals are emitted on the thread that opened the store. */
  GThread *owner_thread;
  GMainContext *owner_context;
};

enum {
  PARTICIPANT_ADDED,
  PARTICIPANT_UPDATED,
  PARTICIPANT_REMOVED,
  PARTICIPANTS_RESET,
  PAIRING_ADDED,
  PAIRING_UPDATED,
  PAIRING_REMOVED,
  PAIRINGS_RESET,
  PAIR_RULES_CHANGED,
  MATCH_SETTINGS_CHANGED,
  SESSION_ADDED,
  SESSION_UPDATED,
  SESSION_REMOVED,
  SESSIONS_RESET,
  TOPIC_ADDED,
  TOPIC_UPDATED,
  TOPIC_REMOVED,
  TOPIC_MOVED,
  TOPICS_RESET,
  /* issue 14: an answer added or deleted (ta-store-check-ins.c) */
  CHECK_INS_CHANGED,
  N_SIGNALS
};

extern guint _ta_store_signals[N_SIGNALS];

/* A pairing still running (not ended or declined), in SQL: of the
 * pairings table, and of its alias g. */
#define OPEN_STATUS "(status = 'proposed' OR status = 'active' OR status = 'paused')"
#define OPEN_STATUS_OF_G "(g.status = 'proposed' OR g.status = 'active' OR g.status = 'paused')"

/* Which list of terms a participant_terms row belongs to. */
enum {
  TERM_KIND_OFFERS = 0,
  TERM_KIND_SEEKS = 1,
};

typedef struct
{
  GRecMutex *lock;
} StoreLocker;

static inline StoreLocker
_ta_store_lock (TaStore *self)
{
  g_rec_mutex_lock (&self->lock);
  return (StoreLocker) { &self->lock };
}

static inline void
_ta_store_unlock (StoreLocker *locker)
{
  if (locker->lock != NULL)
    g_rec_mutex_unlock (locker->lock);
}

/* Held until the end of the enclosing block. */
#define STORE_LOCKED(self) \
  G_GNUC_UNUSED __attribute__((cleanup (_ta_store_unlock))) StoreLocker _locker = _ta_store_lock (self)

sqlite3_stmt *_ta_store_prepare     (TaStore       *self,
                                     const char    *sql,
                                     GError       **error);
void          _ta_store_bind_text   (sqlite3_stmt  *stmt,
                                     int            column,
                                     const char    *text);
void          _ta_store_bind_id     (sqlite3_stmt  *stmt,
                                     int            column,
                                     gint64         id);
char         *_ta_store_column_text (sqlite3_stmt  *stmt,
                                     int            column);
gboolean      _ta_store_row_exists  (TaStore       *self,
                                     const char    *sql,
                                     gint64         id,
                                     gboolean      *out_exists,
                                     GError       **error);
GStrv         _ta_store_split_list  (const char    *text);
char         *_ta_store_join_list   (const char * const *items);
gboolean      _ta_store_step_done   (TaStore       *self,
                                     sqlite3_stmt  *stmt,
                                     const char    *what,
                                     GError       **error);
gboolean      _ta_store_begin       (TaStore       *self,
                                     GError       **error);
gboolean      _ta_store_commit      (TaStore       *self,
                                     GError       **error);
void          _ta_store_rollback    (TaStore       *self);
/* @object: the participant or pairing of an -added or -updated signal;
 * @id: the id of a -removed one */
void          _ta_store_emit        (TaStore       *self,
                                     guint          signal,
                                     gpointer       object,
                                     gint64         id);

/* Reads record @id back as stored (with the revision the UPDATE gave
 * it) and emits @signal (an -added or -updated one) with it
 * (ta-store-changes.c). */
void          _ta_store_emit_fresh  (TaStore       *self,
                                     guint          signal,
                                     gint64         id);
/* Cascades (ta-store-changes.c): the ids @sql (?1 = @id) selects, read
 * before a DELETE; then each is announced in its kind's own signal, or
 * the kind's reset past TA_STORE_CASCADE_RESET_AT of them. */
#define TA_STORE_CASCADE_RESET_AT 64

GArray       *_ta_store_select_ids       (TaStore      *self,
                                          const char   *sql,
                                          gint64        id,
                                          GError      **error);
void          _ta_store_emit_ids         (TaStore      *self,
                                          guint         signal,
                                          guint         reset_signal,
                                          GArray       *ids);

typedef struct
{
  GArray *sessions_removed;  /* gint64 */
  GArray *sessions_updated;  /* gint64: group sessions that lost an attendee */
  GArray *topics_updated;    /* gint64: topics whose session went */
} TaStoreCascade;

gboolean      _ta_store_cascade_collect  (TaStore         *self,
                                          TaStoreCascade  *cascade,
                                          const char      *sessions_sql,
                                          gint64           id,
                                          gboolean         attendee,
                                          GError         **error);
void          _ta_store_cascade_emit     (TaStore         *self,
                                          TaStoreCascade  *cascade);
void          _ta_store_cascade_clear    (TaStoreCascade  *cascade);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaStoreCascade, _ta_store_cascade_clear)

/* The getters it uses, one per kind; with the lock held. */
TaParticipant *_ta_store_get_participant (TaStore  *self,
                                          gint64    id,
                                          GError  **error);
TaPairing     *_ta_store_get_pairing     (TaStore  *self,
                                          gint64    id,
                                          GError  **error);
TaTopic       *_ta_store_get_topic       (TaStore  *self,
                                          gint64    id,
                                          GError  **error);

/* topic-moved: @id with its old and new stage and position. */
void          _ta_store_emit_topic_moved (TaStore      *self,
                                          gint64        id,
                                          int           old_stage,
                                          int           old_position,
                                          int           new_stage,
                                          int           new_position);

/* Run by an import inside its transaction, with the write lock held,
 * before anything is written: the caller's checks that read the store.
 * FALSE with @error refuses the import. */
typedef gboolean (*TaStoreImportCheck) (TaStore   *store,
                                        gpointer   user_data,
                                        GError   **error);

gboolean      _ta_store_import_checked_participants (TaStore            *self,
                                                     GPtrArray          *participants,
                                                     GPtrArray          *reports_to_emails,
                                                     gboolean            dry_run,
                                                     TaStoreImportCheck  check,
                                                     gpointer            check_data,
                                                     guint              *out_added,
                                                     guint              *out_updated,
                                                     GError            **error);
gboolean      _ta_store_get_manager_email           (TaStore     *self,
                                                     const char  *email,
                                                     char       **out_manager,
                                                     GError     **error);

/* ta-store-pairings.c: the pairs CSV import.  @read runs inside the
 * import's transaction (the write lock held) and gives the pairings to
 * add (@out_new) and those to change (@out_changed: read in this
 * transaction, with new values); FALSE with @error refuses the import. */
typedef gboolean (*TaStorePairingsRead) (TaStore     *store,
                                         gpointer     user_data,
                                         GPtrArray  **out_new,
                                         GPtrArray  **out_changed,
                                         GError     **error);

gboolean      _ta_store_import_pairings   (TaStore              *self,
                                           TaStorePairingsRead   read,
                                           gpointer              read_data,
                                           gboolean              dry_run,
                                           GError              **error);

/* ta-store-pairings.c: what ta_store_delete_participant() takes away
 * with a participant, and ta_store_restore_participant() brings back. */
gboolean      _ta_store_save_links_of     (TaStore   *self,
                                           gint64     participant_id,
                                           gboolean  *out_had_links,
                                           GError   **error);
gboolean      _ta_store_restore_links_of  (TaStore   *self,
                                           gint64     participant_id,
                                           GError   **error);
void          _ta_store_emit_links_restored (TaStore *self,
                                             gint64   participant_id);

/* Inside a transaction that changed participants: refuses (with
 * TA_STORE_ERROR_INVALID) a role or capacity that no longer fits the
 * pairings of @ids (a set of ids as pointers) or of @only_id, by the
 * rules of _ta_store_check_pairings(). */
gboolean      _ta_store_check_links_of    (TaStore    *self,
                                           GHashTable *ids,
                                           gint64      only_id,
                                           GError    **error);
gboolean      _ta_store_check_pairings    (TaStore    *self,
                                           GPtrArray  *problems,
                                           GError    **error);
gboolean      _ta_store_check_sessions    (TaStore    *self,
                                           GPtrArray  *problems,
                                           GError    **error);

/* ta-store-sessions.c, for the series (ta-store-series.c); inside a
 * transaction, with the lock held. */
TaSession    *_ta_store_get_session       (TaStore    *self,
                                           gint64      id,
                                           GError    **error);
gboolean      _ta_store_insert_session    (TaStore    *self,
                                           TaSession  *session,
                                           GError    **error);
gboolean      _ta_store_write_session     (TaStore    *self,
                                           TaSession  *session,
                                           TaSession  *stored,
                                           GError    **error);
GPtrArray    *_ta_store_find_conflicts    (TaStore    *self,
                                           TaSession  *session,
                                           GError    **error);
char         *_ta_store_describe_people   (TaStore    *self,
                                           TaSession  *session);

/* ta-store-sessions-bulk.c: a calendar import.  Where an imported
 * session came from (migration 6): the event's UID, the occurrence
 * (RECURRENCE-ID, UTC, "" for an event that does not repeat), and the
 * SEQUENCE and LAST-MODIFIED it had then. */
typedef struct
{
  gint64 session_id;
  char *uid;
  char *recurrence_id;
  gint64 sequence;
  char *last_modified;  /* UTC, nullable */
} TaSessionOrigin;

TaSessionOrigin *_ta_session_origin_new  (const char *uid,
                                          GDateTime  *recurrence_id,
                                          gint64      sequence,
                                          GDateTime  *last_modified);
void             _ta_session_origin_free (TaSessionOrigin *origin);
char            *_ta_session_origin_key  (const char *uid,
                                          const char *recurrence_id);

/* What an import reads of the programme besides its records. */
typedef struct
{
  GHashTable *origins;     /* _ta_session_origin_key () → TaSessionOrigin */
  GHashTable *origin_of;   /* session id (gint64 *) → TaSessionOrigin (unowned) */
  GHashTable *updated_at;  /* session id (gint64 *) → UTC text of its last change */
  char *programme_id;      /* the programme's id for UIDs, or NULL */
} TaStoreImportState;

gboolean      _ta_store_load_import_state  (TaStore             *self,
                                            TaStoreImportState  *out_state,
                                            GError             **error);
void          _ta_store_import_state_clear (TaStoreImportState  *state);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaStoreImportState, _ta_store_import_state_clear)

/* What an import writes, all in one transaction. */
typedef struct
{
  GPtrArray *added;          /* TaSession, new */
  GPtrArray *added_origins;  /* TaSessionOrigin or NULL, parallel to added */
  GPtrArray *updated;        /* TaSession: stored sessions, changed */
  GPtrArray *stored;         /* TaSession: as stored, parallel to updated */
  GPtrArray *origins;        /* TaSessionOrigin of sessions already stored */
} TaStoreImportPlan;

/* Reads the file against the programme as it is inside the import's
 * transaction (BEGIN IMMEDIATE, the write lock held) and says what to
 * write in @plan; FALSE with @error refuses the whole import. */
typedef gboolean (*TaStoreImportRead) (TaStore            *store,
                                       gpointer            user_data,
                                       TaStoreImportPlan  *plan,
                                       GError            **error);

gboolean      _ta_store_import_sessions   (TaStore             *self,
                                           TaStoreImportRead    read,
                                           gpointer             read_data,
                                           GError             **error);
/* What a participant's delete cascades away from the calendar, kept for
 * ta_store_restore_participant(); called by the links functions below. */
gboolean      _ta_store_save_sessions_of    (TaStore   *self,
                                             gint64     participant_id,
                                             gboolean  *out_had_any,
                                             GError   **error);
gboolean      _ta_store_restore_sessions_of (TaStore   *self,
                                             gint64     participant_id,
                                             GError   **error);

/* ta-store-topics-read.c: every topic (@id 0) or one, by stage and
 * position; ta-store-topics.c: the error for a topic gone. */
GPtrArray    *_ta_store_query_topics          (TaStore   *self,
                                               gint64     id,
                                               GError   **error);
void          _ta_store_set_topic_not_found   (GError   **error);

/* ta-store-trash.c: rows a delete takes, kept in TEMP tables for its
 * undo, every column (the column lists come from the tables). */
gboolean      _ta_store_trash_rows          (TaStore     *self,
                                             const char  *table,
                                             const char  *where,
                                             gint64       owner,
                                             guint       *out_changes,
                                             GError     **error);
gboolean      _ta_store_trash_fix           (TaStore     *self,
                                             const char  *table,
                                             const char  *set,
                                             gint64       owner,
                                             GError     **error);
gboolean      _ta_store_untrash_rows        (TaStore     *self,
                                             const char  *table,
                                             const char  *where,
                                             gint64       owner,
                                             GError     **error);

/* ta-store-topics.c: a participant's delete cascades away their
 * research and interest and clears them as follow-up person; kept in TEMP
 * tables for ta_store_restore_participant().  Inside the transaction;
 * @out_topic_ids (gint64) gets the topics touched, to emit topic-updated
 * for after the commit. */
gboolean      _ta_store_save_topics_of      (TaStore   *self,
                                             gint64     participant_id,
                                             GArray    *out_topic_ids,
                                             GError   **error);
gboolean      _ta_store_restore_topics_of   (TaStore   *self,
                                             gint64     participant_id,
                                             GArray    *out_topic_ids,
                                             GError   **error);
void          _ta_store_emit_topics_updated (TaStore   *self,
                                             GArray    *topic_ids);
gboolean      _ta_store_check_topics        (TaStore    *self,
                                             GPtrArray  *problems,
                                             GError    **error);

/* ta-store.c: runs @func in one BEGIN IMMEDIATE transaction with the store
 * locked: every store operation @func calls becomes a SAVEPOINT of it, and
 * the signals they emit are emitted after the COMMIT, or never if @func
 * fails (returns %FALSE with @error set) or the COMMIT does.  Objects
 * @func handed to the store may keep the ids it gave them.
 *
 * For adding and updating records (the sample programme): foreign keys
 * are checked once before the COMMIT instead of at each row, so no ON
 * DELETE action runs inside a batch. */
typedef gboolean (*TaStoreTransactionFunc) (TaStore   *self,
                                            gpointer   user_data,
                                            GError   **error);

gboolean      _ta_store_run_in_transaction (TaStore                 *self,
                                            TaStoreTransactionFunc   func,
                                            gpointer                 user_data,
                                            GError                 **error);

/* The settings row of the programme's id: made once at random, and kept,
 * it makes the UIDs of its exported events unique across programmes
 * (ta-ical-private.h). */
#define TA_STORE_PROGRAMME_ID_KEY "programme-id"

/* ta-store-programme.c: gives a programme opened for writing its random
 * id when it has none, in a transaction of its own. */
gboolean      _ta_store_ensure_programme_id (TaStore   *self,
                                             GError   **error);

/* For tests: the raw connection, to inspect or corrupt a database. */
/* ta-store-changes.c: revisions, and changes made by other connections. */
gboolean      _ta_store_read_revision       (TaStore     *self,
                                             const char  *table,
                                             gint64       id,
                                             gint64      *out_revision,
                                             GError     **error);
gboolean      _ta_store_check_revision      (TaStore     *self,
                                             const char  *table,
                                             gint64       id,
                                             gint64       expected,
                                             GError     **error);
gboolean      _ta_store_check_unchanged     (const char  *table,
                                             gint64       stored_revision,
                                             gint64       expected,
                                             GError     **error);
void          _ta_store_remember_data_version (TaStore   *self);

sqlite3 *_ta_store_get_db                (TaStore     *self);

G_END_DECLS
