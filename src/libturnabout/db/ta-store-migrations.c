/* ta-store-migrations.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store-private.h"

/*
 * Every schema change is a numbered migration, kept forever: migration N
 * brings a database from version N - 1 to N.  A released migration is never
 * edited; a change is a new migration at the end.  Tests open databases of
 * every earlier version and migrate them.
 */
/* CHECK constraints spell lists out with OR: "x IN (…)" builds a temporary
 * index on every row written, which tripled the cost of an import. */
static const char * const migrations[] = {
  /* 0 → 1: the participant directory and the shared vocabulary. */
  "CREATE TABLE participants ("
  "  id            INTEGER PRIMARY KEY,"
  "  name          TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  email         TEXT NOT NULL COLLATE NOCASE UNIQUE,"
  "  role          TEXT NOT NULL DEFAULT 'mentor' CHECK (role = 'mentor' OR role = 'mentee' OR role = 'both'),"
  "  department    TEXT,"
  "  job_title     TEXT,"
  "  career_level  INTEGER NOT NULL DEFAULT 0 CHECK (career_level BETWEEN 0 AND 7),"
  "  birth_year    INTEGER NOT NULL DEFAULT 0 CHECK (birth_year >= 0),"
  "  location      TEXT,"
  "  languages     TEXT," /* ';'-separated, like in CSV */
  "  availability  INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 16383),"
  "  capacity      INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),"
  "  reports_to    INTEGER REFERENCES participants (id) ON DELETE SET NULL,"
  "  status        TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'paused' OR status = 'left'),"
  "  notes         TEXT,"
  "  created_at    TEXT NOT NULL,"
  "  updated_at    TEXT NOT NULL"
  ");"
  /* No index on reports_to: reporting lines are walked in memory, and a
   * delete scanning 100,000 rows for those who reported to the person
   * costs milliseconds, where maintaining the index cost every import. */

  "CREATE TABLE vocabulary ("
  "  id     INTEGER PRIMARY KEY,"
  "  label  TEXT NOT NULL COLLATE NOCASE UNIQUE"
  ");"
  /* kind 0: skills the person offers; kind 1: topics the person wants.
   * No index on term_id: "who offers X" is answered in memory, and the
   * index made every import of a large programme a third slower. */
  "CREATE TABLE participant_terms ("
  "  participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  kind            INTEGER NOT NULL CHECK (kind = 0 OR kind = 1),"
  "  position        INTEGER NOT NULL,"
  "  term_id         INTEGER NOT NULL REFERENCES vocabulary (id),"
  "  PRIMARY KEY (participant_id, kind, position)"
  ") WITHOUT ROWID;",

  /* 1 → 2: pairings with their goals, the facilitator's blocks and pins,
   * and the programme's settings (how suggestions are scored). */
  "CREATE TABLE pairings ("
  "  id           INTEGER PRIMARY KEY,"
  "  mentor_id    INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  mentee_id    INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  status       TEXT NOT NULL DEFAULT 'proposed' CHECK (status = 'proposed' OR status = 'active'"
  "               OR status = 'paused' OR status = 'completed' OR status = 'ended'),"
  "  score        REAL NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 100),"
  "  explanation  TEXT,"
  "  started_on   TEXT,"
  "  ended_on     TEXT,"
  "  end_reason   TEXT,"
  "  created_at   TEXT NOT NULL,"
  "  updated_at   TEXT NOT NULL,"
  "  CHECK (mentor_id <> mentee_id)"
  ");"
  "CREATE INDEX pairings_mentor ON pairings (mentor_id);"
  "CREATE INDEX pairings_mentee ON pairings (mentee_id);"
  "CREATE TABLE pairing_goals ("
  "  pairing_id  INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  title       TEXT NOT NULL,"
  "  done        INTEGER NOT NULL DEFAULT 0 CHECK (done = 0 OR done = 1),"
  "  PRIMARY KEY (pairing_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE pair_rules ("
  "  mentor_id   INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  mentee_id   INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  kind        TEXT NOT NULL CHECK (kind = 'block' OR kind = 'pin'),"
  "  created_at  TEXT NOT NULL,"
  "  PRIMARY KEY (mentor_id, mentee_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX pair_rules_mentee ON pair_rules (mentee_id);"
  "CREATE TABLE settings ("
  "  key    TEXT PRIMARY KEY,"
  "  value  TEXT NOT NULL"
  ") WITHOUT ROWID;",

  /* 2 → 3: the calendar.  Instants are UTC, "YYYY-MM-DDTHH:MM:SSZ", so
   * that text order is time order.  A series keeps its rule in local wall
   * time and an IANA zone, so its occurrences keep their hour across
   * daylight-saving changes (ta-recurrence.c); the sessions of a series are
   * materialised rows, each remembering which occurrence it stands for
   * (occurrence_start), so an edited or moved one is an override and a
   * removed one is an exception row. */
  "CREATE TABLE session_series ("
  "  id              INTEGER PRIMARY KEY,"
  "  pairing_id      INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,"
  "  frequency       TEXT NOT NULL CHECK (frequency = 'monthly' OR frequency = 'weekly'),"
  "  interval        INTEGER NOT NULL DEFAULT 1 CHECK (interval BETWEEN 1 AND 52),"
  /* monthly: the Nth weekday of the month, 1..4, or -1 for the last one */
  "  week_of_month   INTEGER NOT NULL DEFAULT 0 CHECK (week_of_month BETWEEN -1 AND 4),"
  "  local_time      TEXT NOT NULL CHECK (length (local_time) = 5),"
  "  time_zone       TEXT NOT NULL CHECK (length (time_zone) > 0),"
  "  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),"
  "  location        TEXT,"
  "  first_date      TEXT NOT NULL CHECK (length (first_date) = 10),"
  "  until_date      TEXT CHECK (until_date IS NULL OR length (until_date) = 10),"
  "  count           INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),"
  "  created_at      TEXT NOT NULL,"
  "  updated_at      TEXT NOT NULL"
  ");"
  "CREATE INDEX session_series_pairing ON session_series (pairing_id);"
  /* Occurrences taken out of a series (EXDATE), by their original start. */
  "CREATE TABLE series_exceptions ("
  "  series_id         INTEGER NOT NULL REFERENCES session_series (id) ON DELETE CASCADE,"
  "  occurrence_start  TEXT NOT NULL,"
  "  PRIMARY KEY (series_id, occurrence_start)"
  ") WITHOUT ROWID;"
  "CREATE TABLE sessions ("
  "  id                INTEGER PRIMARY KEY,"
  "  kind              TEXT NOT NULL DEFAULT 'one-on-one' CHECK (kind = 'one-on-one'"
  "                    OR kind = 'group-discussion' OR kind = 'lunch-and-learn'),"
  "  pairing_id        INTEGER REFERENCES pairings (id) ON DELETE CASCADE,"
  "  title             TEXT,"
  "  starts_at         TEXT NOT NULL CHECK (length (starts_at) = 20),"
  "  duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),"
  "  location          TEXT,"
  "  status            TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'held'"
  "                    OR status = 'cancelled' OR status = 'no-show'),"
  /* a participant id; 0 for the facilitator; NULL unless cancelled */
  "  cancelled_by      INTEGER CHECK (cancelled_by IS NULL OR cancelled_by >= 0),"
  "  cancel_reason     TEXT,"
  "  notes             TEXT,"
  "  mentor_learned    TEXT,"
  "  mentee_learned    TEXT,"
  "  mentor_rating     INTEGER CHECK (mentor_rating IS NULL OR mentor_rating BETWEEN 1 AND 5),"
  "  mentee_rating     INTEGER CHECK (mentee_rating IS NULL OR mentee_rating BETWEEN 1 AND 5),"
  "  series_id         INTEGER REFERENCES session_series (id) ON DELETE SET NULL,"
  "  occurrence_start  TEXT,"
  "  created_at        TEXT NOT NULL,"
  "  updated_at        TEXT NOT NULL,"
  "  CHECK (kind = 'one-on-one' OR length (trim (title)) > 0),"
  "  CHECK (kind <> 'one-on-one' OR pairing_id IS NOT NULL),"
  "  CHECK ((mentor_rating IS NULL AND mentee_rating IS NULL) OR status = 'held')"
  ");"
  /* Months of the grid and the agenda read by time; momentum reads each
   * pairing's sessions in time order. */
  "CREATE INDEX sessions_starts_at ON sessions (starts_at);"
  "CREATE INDEX sessions_pairing ON sessions (pairing_id, starts_at);"
  "CREATE UNIQUE INDEX sessions_occurrence ON sessions (series_id, occurrence_start)"
  "  WHERE series_id IS NOT NULL;"
  "CREATE TABLE session_attendees ("
  "  session_id      INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (session_id, participant_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX session_attendees_participant ON session_attendees (participant_id);",

  /* 3 → 4: the research board.  The stage is a number (0 proposed,
   * 1 researching, 2 ready, 3 presented) so that the board reads in
   * stage order straight off the (stage, position) index; positions are
   * dense, 0..n-1 within each stage.  That index is not UNIQUE: a move
   * shifts a run of cards with one UPDATE, which passes through
   * duplicates row by row.  Tags are ';'-separated, like languages. */
  "CREATE TABLE topics ("
  "  id            INTEGER PRIMARY KEY,"
  "  title         TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  description   TEXT,"
  "  tags          TEXT,"
  "  stage         INTEGER NOT NULL DEFAULT 0 CHECK (stage BETWEEN 0 AND 3),"
  "  position      INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),"
  "  due_date      TEXT CHECK (due_date IS NULL OR length (due_date) = 10),"
  "  session_id    INTEGER REFERENCES sessions (id) ON DELETE SET NULL,"
  "  outcome       TEXT,"
  "  follow_up_id  INTEGER REFERENCES participants (id) ON DELETE SET NULL,"
  "  created_at    TEXT NOT NULL,"
  "  updated_at    TEXT NOT NULL"
  ");"
  "CREATE INDEX topics_board ON topics (stage, position);"
  "CREATE INDEX topics_session ON topics (session_id) WHERE session_id IS NOT NULL;"
  "CREATE INDEX topics_follow_up ON topics (follow_up_id) WHERE follow_up_id IS NOT NULL;"
  /* The juniors researching a topic, and the people who want to learn it. */
  "CREATE TABLE topic_researchers ("
  "  topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,"
  "  participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (topic_id, participant_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX topic_researchers_participant ON topic_researchers (participant_id);"
  "CREATE TABLE topic_interest ("
  "  topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,"
  "  participant_id  INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (topic_id, participant_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX topic_interest_participant ON topic_interest (participant_id);"
  "CREATE TABLE topic_sources ("
  "  topic_id  INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,"
  "  position  INTEGER NOT NULL,"
  "  url       TEXT NOT NULL,"
  "  note      TEXT,"
  "  PRIMARY KEY (topic_id, position)"
  ") WITHOUT ROWID;",

  /* 5: a revision per record, so that an edit made on a copy read before
   * another window or process changed the record is refused instead of
   * writing the stale copy back, and so that a live list reloading after
   * another process's write can tell which records really changed.  The
   * triggers bump it on every update, whatever statement made it; the
   * editors' own UPDATEs bump it themselves and the WHEN clause keeps the
   * trigger from bumping twice. */
  "ALTER TABLE participants ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE pairings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE sessions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE topics ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;"
  "CREATE TRIGGER participants_revision AFTER UPDATE ON participants"
  "  WHEN NEW.revision = OLD.revision"
  "  BEGIN UPDATE participants SET revision = OLD.revision + 1 WHERE id = OLD.id; END;"
  "CREATE TRIGGER pairings_revision AFTER UPDATE ON pairings"
  "  WHEN NEW.revision = OLD.revision"
  "  BEGIN UPDATE pairings SET revision = OLD.revision + 1 WHERE id = OLD.id; END;"
  "CREATE TRIGGER sessions_revision AFTER UPDATE ON sessions"
  "  WHEN NEW.revision = OLD.revision"
  "  BEGIN UPDATE sessions SET revision = OLD.revision + 1 WHERE id = OLD.id; END;"
  /* A card moved on the board (its stage or position, or a neighbour's)
   * is not a change of what the topic says: the board moves cards while
   * an editor may be open on one of them. */
  "CREATE TRIGGER topics_revision"
  "  AFTER UPDATE OF title, description, tags, due_date, session_id, outcome, follow_up_id ON topics"
  "  WHEN NEW.revision = OLD.revision"
  "  BEGIN UPDATE topics SET revision = OLD.revision + 1 WHERE id = OLD.id; END;",

  /* 6: where an imported session came from, so that importing the
   * calendar again updates it instead of adding it twice: the event's UID
   * and, for one occurrence of a repeating event, its RECURRENCE-ID (the
   * occurrence's original start, UTC, '' for an event that does not
   * repeat), with the SEQUENCE and LAST-MODIFIED it had, which say whether
   * a later file is newer.  A session deleted takes its origin with it.
   * Sessions this programme exported itself are known by their UIDs
   * (ta-ical-private.h) and need no row. */
  "CREATE TABLE session_origins ("
  "  session_id     INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,"
  "  uid            TEXT NOT NULL CHECK (length (uid) > 0),"
  "  recurrence_id  TEXT NOT NULL DEFAULT '' CHECK (recurrence_id = '' OR length (recurrence_id) = 20),"
  "  sequence       INTEGER NOT NULL DEFAULT 0,"
  "  last_modified  TEXT CHECK (last_modified IS NULL OR length (last_modified) = 20),"
  "  imported_at    TEXT NOT NULL"
  ");"
  "CREATE UNIQUE INDEX session_origins_event ON session_origins (uid, recurrence_id);",

  /* 7: the local day a participant left, for Insights ("left in the
   * period", and who counted as active at a period's end).  Triggers keep
   * it, whatever statement changes the status (an edit, a CSV import, an
   * Undo).  The revision trigger now names the columns a record's edit
   * touches, so that setting left_on does not count as a second change;
   * every store UPDATE sets updated_at.  A person who left before this
   * version is taken to have left on the day of their last change. */
  "ALTER TABLE participants ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR length (left_on) = 10);"
  "DROP TRIGGER participants_revision;"
  "CREATE TRIGGER participants_revision"
  "  AFTER UPDATE OF name, email, role, department, job_title, career_level, birth_year, location,"
  "  languages, availability, capacity, reports_to, status, notes, updated_at ON participants"
  "  WHEN NEW.revision = OLD.revision"
  "  BEGIN UPDATE participants SET revision = OLD.revision + 1 WHERE id = OLD.id; END;"
  "UPDATE participants SET left_on = substr (updated_at, 1, 10) WHERE status = 'left';"
  "CREATE TRIGGER participants_left_on_insert AFTER INSERT ON participants"
  "  WHEN NEW.status = 'left' AND NEW.left_on IS NULL"
  "  BEGIN UPDATE participants SET left_on = date ('now', 'localtime') WHERE id = NEW.id; END;"
  "CREATE TRIGGER participants_left_on_update AFTER UPDATE OF status ON participants"
  "  WHEN (NEW.status = 'left') <> (OLD.status = 'left')"
  "  BEGIN UPDATE participants SET left_on = CASE WHEN NEW.status = 'left'"
  "    THEN date ('now', 'localtime') ELSE NULL END WHERE id = NEW.id; END;",

  /* 8: the pair's own Turnabout (docs/exchange.md).  A record that crossed
   * between a facilitator's programme and a personal one keeps the other
   * side's id for it in exchange_uid, so that the next kit or update finds
   * it again; a record born here has none and is named by this
   * programme's id and its own.  A learning leaves the machine only when
   * its author marked it shared.  An invitation's SEQUENCE (RFC 5546) is
   * -1 until one is sent; invitation_revision is the session's revision it
   * described, so that a later change sends SEQUENCE + 1.  Attendees'
   * answers to invitations are kept per address.  Check-ins are a pair's
   * answers to the question bank, one row per answer, with a uid that an
   * update carries, so that importing it twice adds nothing.  The
   * exchange log remembers every file applied here. */
  "ALTER TABLE participants ADD COLUMN exchange_uid TEXT;"
  "ALTER TABLE pairings ADD COLUMN exchange_uid TEXT;"
  "ALTER TABLE sessions ADD COLUMN exchange_uid TEXT;"
  "ALTER TABLE session_series ADD COLUMN exchange_uid TEXT;"
  "ALTER TABLE topics ADD COLUMN exchange_uid TEXT;"
  "CREATE UNIQUE INDEX participants_exchange ON participants (exchange_uid) WHERE exchange_uid IS NOT NULL;"
  "CREATE UNIQUE INDEX pairings_exchange ON pairings (exchange_uid) WHERE exchange_uid IS NOT NULL;"
  "CREATE UNIQUE INDEX sessions_exchange ON sessions (exchange_uid) WHERE exchange_uid IS NOT NULL;"
  "CREATE UNIQUE INDEX session_series_exchange ON session_series (exchange_uid) WHERE exchange_uid IS NOT NULL;"
  "CREATE UNIQUE INDEX topics_exchange ON topics (exchange_uid) WHERE exchange_uid IS NOT NULL;"
  "ALTER TABLE sessions ADD COLUMN mentor_learned_shared INTEGER NOT NULL DEFAULT 0"
  "  CHECK (mentor_learned_shared = 0 OR mentor_learned_shared = 1);"
  "ALTER TABLE sessions ADD COLUMN mentee_learned_shared INTEGER NOT NULL DEFAULT 0"
  "  CHECK (mentee_learned_shared = 0 OR mentee_learned_shared = 1);"
  "ALTER TABLE sessions ADD COLUMN invitation_sequence INTEGER NOT NULL DEFAULT -1"
  "  CHECK (invitation_sequence >= -1);"
  "ALTER TABLE sessions ADD COLUMN invitation_revision INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE session_series ADD COLUMN invitation_sequence INTEGER NOT NULL DEFAULT -1"
  "  CHECK (invitation_sequence >= -1);"
  "ALTER TABLE session_series ADD COLUMN invitation_updated_at TEXT;"
  "CREATE TABLE session_responses ("
  "  session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  email         TEXT NOT NULL COLLATE NOCASE,"
  "  response      TEXT NOT NULL CHECK (response = 'needs-action' OR response = 'accepted'"
  "                OR response = 'declined' OR response = 'tentative' OR response = 'delegated'),"
  "  responded_at  TEXT NOT NULL CHECK (length (responded_at) = 20),"
  "  PRIMARY KEY (session_id, email)"
  ") WITHOUT ROWID;"
  "CREATE TABLE check_ins ("
  "  id           INTEGER PRIMARY KEY,"
  "  uid          TEXT NOT NULL UNIQUE CHECK (length (uid) > 0),"
  "  pairing_id   INTEGER NOT NULL REFERENCES pairings (id) ON DELETE CASCADE,"
  "  kind         TEXT NOT NULL CHECK (kind = 'baseline' OR kind = 'fit' OR kind = 'relationship'"
  "               OR kind = 'closing'),"
  "  side         TEXT NOT NULL CHECK (side = 'mentor' OR side = 'mentee'),"
  "  answered_at  TEXT NOT NULL CHECK (length (answered_at) = 20),"
  "  source       TEXT NOT NULL DEFAULT 'app' CHECK (source = 'app' OR source = 'exchange' OR source = 'paper'),"
  "  fit          TEXT CHECK (fit IS NULL OR fit = 'good' OR fit = 'deciding' OR fit = 'not-a-fit'),"
  "  quality      INTEGER CHECK (quality IS NULL OR quality BETWEEN 1 AND 5),"
  "  works        TEXT,"
  "  not_working  TEXT,"
  "  changed      TEXT,"
  "  recommend    INTEGER CHECK (recommend IS NULL OR recommend BETWEEN 0 AND 10),"
  "  keep         TEXT,"
  "  confidence   INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 5),"
  "  created_at   TEXT NOT NULL,"
  "  updated_at   TEXT NOT NULL"
  ");"
  "CREATE INDEX check_ins_pairing ON check_ins (pairing_id);"
  "CREATE TABLE exchange_log ("
  "  file_uid     TEXT PRIMARY KEY,"
  "  kind         TEXT NOT NULL CHECK (kind = 'pair-kit' OR kind = 'pair-update'),"
  "  pairing_uid  TEXT NOT NULL,"
  "  written_at   TEXT NOT NULL CHECK (length (written_at) = 20),"
  "  applied_at   TEXT NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE INDEX exchange_log_pairing ON exchange_log (pairing_uid, written_at);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == TA_STORE_SCHEMA_VERSION);

/*
 * Runs the steps after @from_version up to @to_version inside the
 * caller's write transaction: opening a programme sets it up (its
 * application id and every step) in one BEGIN IMMEDIATE that first reads
 * the version again, so that two processes opening a new programme at once
 * never run a step twice, and a kill leaves either the old version or the
 * new one, never a step half done.
 */
gboolean
_ta_store_migrate_in_transaction (sqlite3  *db,
                                  int       from_version,
                                  int       to_version,
                                  GError  **error)
{
  g_assert (db != NULL);
  g_assert (from_version >= 0);
  g_assert (to_version <= TA_STORE_SCHEMA_VERSION);
  g_assert (!sqlite3_get_autocommit (db));

  for (int version = from_version + 1; version <= to_version; version++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!_ta_store_exec (db, migrations[version - 1], error) ||
          !_ta_store_exec (db, set_version, error))
        {
          /* Translators: a prefix; SQLite's reason follows the ": " */
          g_prefix_error (error, _("Could not update the programme file to version %d: "), version);
          return FALSE;
        }

      g_debug ("Migrated the database to schema version %d", version);
    }

  return TRUE;
}

/* All the steps in one transaction of their own; for tests, which build
 * databases of every earlier version with it. */
gboolean
_ta_store_migrate (sqlite3  *db,
                   int       from_version,
                   int       to_version,
                   GError  **error)
{
  g_assert (db != NULL);

  if (!_ta_store_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!_ta_store_migrate_in_transaction (db, from_version, to_version, error) ||
      !_ta_store_exec (db, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}
