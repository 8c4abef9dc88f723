/* ta-test-programme.h: a temporary programme and the records tests add to it
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "ta-store.h"

G_BEGIN_DECLS

/*
 * Shared by the model, command-line and widget tests and the benchmarks
 * (GTK-free).  Every builder asserts that the store took the record, so a
 * test reads as the programme it sets up: a failure to build it fails the
 * test where it happened.
 */

/* A temporary folder per test, removed with everything in it, and the
 * programme file a test opens there (not yet made). */
typedef struct
{
  char *dir;
  char *path;
} TaTestDir;

char          *ta_test_make_dir            (const char *template_);
void           ta_test_remove_dir          (const char *dir);

void           ta_test_dir_init            (TaTestDir  *dir);
void           ta_test_dir_clear           (TaTestDir  *dir);

TaStore       *ta_test_open_programme      (TaTestDir  *dir);

char          *ta_test_file_checksum       (const char *path);

TaParticipant *ta_test_make_participant    (const char *name,
                                            const char *email);

TaParticipant *ta_test_add_participant     (TaStore    *store,
                                            const char *name,
                                            const char *email,
                                            TaRole      role,
                                            const char *first_property,
                                            ...);
gint64         ta_test_add_person          (TaStore    *store,
                                            const char *name,
                                            const char *email,
                                            TaRole      role,
                                            const char *first_property,
                                            ...);

TaPairing     *ta_test_add_pairing_record  (TaStore    *store,
                                            gint64      mentor,
                                            gint64      mentee,
                                            const char *first_property,
                                            ...);
gint64         ta_test_add_pairing         (TaStore    *store,
                                            gint64      mentor,
                                            gint64      mentee,
                                            const char *first_property,
                                            ...);

TaSession     *ta_test_add_session_record  (TaStore    *store,
                                            gint64      pairing,
                                            GDateTime  *start,
                                            int         minutes,
                                            const char *first_property,
                                            ...);
gint64         ta_test_add_session         (TaStore    *store,
                                            gint64      pairing,
                                            GDateTime  *start,
                                            int         minutes,
                                            const char *first_property,
                                            ...);

G_END_DECLS
