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

#define G_LOG_DOMAIN "ta-store"

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == TA_STORE_SCHEMA_VERSION);

gboolean
_ta_store_migrate (sqlite3  *db,
                   int       from_version,
                   int       to_version,
                   GError  **error)
{
  g_assert (db != NULL);
  g_assert (from_version >= 0);
  g_assert (to_version <= TA_STORE_SCHEMA_VERSION);

  for (int version = from_version + 1; version <= to_version; version++)
    {
      g_autofree char *set_version = NULL;

      if (!_ta_store_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", version);
      if (!_ta_store_exec (db, migrations[version - 1], error) ||
          !_ta_store_exec (db, set_version, error))
        {
          /* Translators: a prefix; SQLite's reason follows the ": " */
          g_prefix_error (error, _("Could not update the programme file to version %d: "), version);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      if (!_ta_store_exec (db, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }

      g_debug ("Migrated the database to schema version %d", version);
    }

  return TRUE;
}
