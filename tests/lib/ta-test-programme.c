/* ta-test-programme.c: a temporary programme and the records tests add to it
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-test"

#include "config.h"

#include <sys/stat.h>

#include "ta-test-programme.h"

/**
 * ta_test_make_dir:
 * @template_: a g_dir_make_tmp() template, such as "turnabout-test-XXXXXX"
 *
 * Makes a temporary folder, failing the test if it cannot.
 *
 * Returns: (transfer full): its path
 */
char *
ta_test_make_dir (const char *template_)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template_, &error);

  g_assert_no_error (error);
  return dir;
}

/**
 * ta_test_remove_dir:
 * @dir: a folder a test made
 *
 * Removes @dir and everything in it, folders too.  A test may have made a
 * file or a folder read-only to see a write refused: it is made writable
 * first.  Symbolic links are removed, never followed.
 */
void
ta_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_chmod (dir, 0700);
  folder = g_dir_open (dir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      GStatBuf info;

      if (g_lstat (child, &info) == 0 && S_ISDIR (info.st_mode))
        ta_test_remove_dir (child);
      else
        {
          g_chmod (child, 0600);
          g_unlink (child);
        }
    }
  g_rmdir (dir);
}

/**
 * ta_test_dir_init:
 * @dir: the fixture's folder
 *
 * Makes a temporary folder, with `programme.db` in it as the path of the
 * programme a test opens.
 */
void
ta_test_dir_init (TaTestDir *dir)
{
  dir->dir = ta_test_make_dir ("turnabout-test-XXXXXX");
  dir->path = g_build_filename (dir->dir, "programme.db", NULL);
}

/**
 * ta_test_dir_clear:
 * @dir: the fixture's folder
 *
 * Removes the folder of ta_test_dir_init() with everything in it.
 */
void
ta_test_dir_clear (TaTestDir *dir)
{
  if (dir->dir != NULL)
    ta_test_remove_dir (dir->dir);
  g_clear_pointer (&dir->dir, g_free);
  g_clear_pointer (&dir->path, g_free);
}

/**
 * ta_test_open_programme:
 * @dir: the fixture's folder, not yet made
 *
 * Makes the folder of ta_test_dir_init() and a new programme in it,
 * failing the test if it cannot.
 *
 * Returns: (transfer full): the programme's store
 */
TaStore *
ta_test_open_programme (TaTestDir *dir)
{
  g_autoptr(GError) error = NULL;
  TaStore *store;

  ta_test_dir_init (dir);
  store = ta_store_open (dir->path, &error);
  g_assert_no_error (error);
  return store;
}

/**
 * ta_test_file_checksum:
 * @path: a file
 *
 * Returns: (transfer full): the SHA-256 of @path's contents, or "missing":
 *   what a test compares to see that a file was left untouched
 */
char *
ta_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/**
 * ta_test_make_participant:
 * @name: the name
 * @email: the e-mail address
 *
 * Returns: (transfer full): a new participant, not stored
 */
TaParticipant *
ta_test_make_participant (const char *name,
                          const char *email)
{
  TaParticipant *participant = ta_participant_new ();

  ta_participant_set_name (participant, name);
  ta_participant_set_email (participant, email);
  return participant;
}

static TaParticipant *
add_participant_valist (TaStore    *store,
                        const char *name,
                        const char *email,
                        TaRole      role,
                        const char *first_property,
                        va_list     properties)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_test_make_participant (name, email);

  ta_participant_set_role (participant, role);
  if (first_property != NULL)
    g_object_set_valist (G_OBJECT (participant), first_property, properties);
  g_assert_true (ta_store_add_participant (store, participant, &error));
  g_assert_no_error (error);
  return participant;
}

/**
 * ta_test_add_participant:
 * @store: the programme
 * @name: the name
 * @email: the e-mail address
 * @role: the role
 * @first_property: the name of a further #TaParticipant property to set,
 *   such as "capacity", or %NULL
 * @...: its value, then more pairs of name and value, ending with %NULL
 *
 * Adds a participant to @store, failing the test if the store refuses it.
 * Properties not named keep the values of ta_participant_new().
 *
 * Returns: (transfer full): the participant, with its id
 */
TaParticipant *
ta_test_add_participant (TaStore    *store,
                         const char *name,
                         const char *email,
                         TaRole      role,
                         const char *first_property,
                         ...)
{
  TaParticipant *participant;
  va_list properties;

  va_start (properties, first_property);
  participant = add_participant_valist (store, name, email, role, first_property, properties);
  va_end (properties);
  return participant;
}

/**
 * ta_test_add_person:
 * @store: the programme
 * @name: the name
 * @email: the e-mail address
 * @role: the role
 * @first_property: as for ta_test_add_participant()
 * @...: as for ta_test_add_participant()
 *
 * Adds a participant as ta_test_add_participant() does.
 *
 * Returns: the participant's id
 */
gint64
ta_test_add_person (TaStore    *store,
                    const char *name,
                    const char *email,
                    TaRole      role,
                    const char *first_property,
                    ...)
{
  g_autoptr(TaParticipant) participant = NULL;
  va_list properties;

  va_start (properties, first_property);
  participant = add_participant_valist (store, name, email, role, first_property, properties);
  va_end (properties);
  return ta_participant_get_id (participant);
}

static TaPairing *
add_pairing_valist (TaStore    *store,
                    gint64      mentor,
                    gint64      mentee,
                    const char *first_property,
                    va_list     properties)
{
  g_autoptr(GError) error = NULL;
  TaPairing *pairing = ta_pairing_new (mentor, mentee);

  if (first_property != NULL)
    g_object_set_valist (G_OBJECT (pairing), first_property, properties);
  g_assert_true (ta_store_add_pairing (store, pairing, &error));
  g_assert_no_error (error);
  return pairing;
}

/**
 * ta_test_add_pairing_record:
 * @store: the programme
 * @mentor: the mentor's id
 * @mentee: the mentee's id
 * @first_property: the name of a #TaPairing property to set, such as
 *   "status" or "started-on", or %NULL
 * @...: its value, then more pairs of name and value, ending with %NULL
 *
 * Adds a pairing to @store, failing the test if the store refuses it.
 *
 * Returns: (transfer full): the pairing, with its id
 */
TaPairing *
ta_test_add_pairing_record (TaStore    *store,
                            gint64      mentor,
                            gint64      mentee,
                            const char *first_property,
                            ...)
{
  TaPairing *pairing;
  va_list properties;

  va_start (properties, first_property);
  pairing = add_pairing_valist (store, mentor, mentee, first_property, properties);
  va_end (properties);
  return pairing;
}

/**
 * ta_test_add_pairing:
 * @store: the programme
 * @mentor: the mentor's id
 * @mentee: the mentee's id
 * @first_property: as for ta_test_add_pairing_record()
 * @...: as for ta_test_add_pairing_record()
 *
 * Adds a pairing as ta_test_add_pairing_record() does.
 *
 * Returns: the pairing's id
 */
gint64
ta_test_add_pairing (TaStore    *store,
                     gint64      mentor,
                     gint64      mentee,
                     const char *first_property,
                     ...)
{
  g_autoptr(TaPairing) pairing = NULL;
  va_list properties;

  va_start (properties, first_property);
  pairing = add_pairing_valist (store, mentor, mentee, first_property, properties);
  va_end (properties);
  return ta_pairing_get_id (pairing);
}

static TaSession *
add_session_valist (TaStore    *store,
                    gint64      pairing,
                    GDateTime  *start,
                    int         minutes,
                    const char *first_property,
                    va_list     properties)
{
  g_autoptr(GError) error = NULL;
  TaSession *session = ta_session_new_one_on_one (pairing, start, minutes);

  if (first_property != NULL)
    g_object_set_valist (G_OBJECT (session), first_property, properties);
  g_assert_true (ta_store_add_session (store, session, &error));
  g_assert_no_error (error);
  return session;
}

/**
 * ta_test_add_session_record:
 * @store: the programme
 * @pairing: the pairing's id
 * @start: when the session starts
 * @minutes: how long it lasts
 * @first_property: the name of a #TaSession property to set, such as
 *   "location" or "status", or %NULL
 * @...: its value, then more pairs of name and value, ending with %NULL
 *
 * Adds a one-on-one session of @pairing to @store, failing the test if the
 * store refuses it.
 *
 * Returns: (transfer full): the session, with its id
 */
TaSession *
ta_test_add_session_record (TaStore    *store,
                            gint64      pairing,
                            GDateTime  *start,
                            int         minutes,
                            const char *first_property,
                            ...)
{
  TaSession *session;
  va_list properties;

  va_start (properties, first_property);
  session = add_session_valist (store, pairing, start, minutes, first_property, properties);
  va_end (properties);
  return session;
}

/**
 * ta_test_add_session:
 * @store: the programme
 * @pairing: the pairing's id
 * @start: when the session starts
 * @minutes: how long it lasts
 * @first_property: as for ta_test_add_session_record()
 * @...: as for ta_test_add_session_record()
 *
 * Adds a session as ta_test_add_session_record() does.
 *
 * Returns: the session's id
 */
gint64
ta_test_add_session (TaStore    *store,
                     gint64      pairing,
                     GDateTime  *start,
                     int         minutes,
                     const char *first_property,
                     ...)
{
  g_autoptr(TaSession) session = NULL;
  va_list properties;

  va_start (properties, first_property);
  session = add_session_valist (store, pairing, start, minutes, first_property, properties);
  va_end (properties);
  return ta_session_get_id (session);
}
