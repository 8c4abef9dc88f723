/* ta-participant-csv-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-csv-private.h"

G_BEGIN_DECLS

/*
 * A participants CSV once read (ta-participant-csv.c), for the checks
 * against the programme and the writes (ta-participant-csv-resolve.c).
 */
typedef struct
{
  TaCsvProblems  problems;

  /* One entry per row with a usable e-mail address, in file order. */
  GPtrArray     *participants;     /* of TaParticipant */
  GPtrArray     *reports_to;       /* of char * or NULL: the manager's e-mail */
  GArray        *lines;            /* of guint */
  GPtrArray     *folded_emails;    /* of char *: the e-mail in ASCII lower case */

  /* Folded e-mail (borrowed from folded_emails) → row index + 1. */
  GHashTable    *emails;

  GPtrArray     *unknown_columns;  /* of char * */
} TaParticipantsParsed;

void     _ta_participants_parsed_add_problem  (TaParticipantsParsed *parsed,
                                               guint                 line,
                                               TaParticipantColumn   column,
                                               const char           *reason);
void     _ta_participants_parsed_add_problemf (TaParticipantsParsed *parsed,
                                               guint                 line,
                                               TaParticipantColumn   column,
                                               const char           *format,
                                               ...) G_GNUC_PRINTF (4, 5);
gboolean _ta_participants_csv_commit          (gpointer              parsed,
                                               TaStore              *store,
                                               gboolean              dry_run,
                                               TaImportResult       *result,
                                               GError              **error);

G_END_DECLS
