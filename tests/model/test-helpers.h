/* test-helpers.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "ta-store.h"

/* A temporary folder per test, removed with everything in it. */
typedef struct
{
  char *dir;
  char *path;
} TestDir;

static inline void
test_dir_init (TestDir *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("turnabout-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "programme.db", NULL);
}

static inline void
test_dir_clear (TestDir *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_chmod (file, 0600);
      g_unlink (file);
    }

  g_chmod (fixture->dir, 0700);
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static inline char *
test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static inline TaParticipant *
test_make_participant (const char *name,
                       const char *email)
{
  TaParticipant *participant = ta_participant_new ();

  ta_participant_set_name (participant, name);
  ta_participant_set_email (participant, email);
  return participant;
}
