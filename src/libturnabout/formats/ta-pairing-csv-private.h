/* ta-pairing-csv-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-csv-private.h"
#include "ta-pairing.h"

G_BEGIN_DECLS

/* A pairs CSV once read (ta-pairing-csv.c), for the checks against the
 * programme and the writes (ta-pairing-csv-resolve.c). */
typedef struct
{
  guint            line;
  char            *mentor;        /* e-mail, as written */
  char            *mentee;
  gboolean         has_status;    /* the cell is not empty */
  TaPairingStatus  status;
  char            *started;       /* YYYY-MM-DD, or NULL */
  char            *ended;
  char            *end_reason;
  GPtrArray       *goals;         /* of TaGoal */
} TaPairingRow;

typedef struct
{
  TaCsvProblems  problems;
  GPtrArray     *rows;            /* of TaPairingRow */
  GPtrArray     *unknown_columns;
  gboolean       has_column[TA_N_PAIRING_COLUMNS];

  /* Counted by the resolve step. */
  guint          n_added;
  guint          n_changed;
  guint          n_unchanged;
} TaPairingsParsed;

void     _ta_pairings_parsed_add_problem  (TaPairingsParsed *parsed,
                                           guint             line,
                                           TaPairingColumn   column,
                                           const char       *reason);
void     _ta_pairings_parsed_add_problemf (TaPairingsParsed *parsed,
                                           guint             line,
                                           TaPairingColumn   column,
                                           const char       *format,
                                           ...) G_GNUC_PRINTF (4, 5);
gboolean _ta_pairings_csv_commit          (gpointer          parsed,
                                           TaStore          *store,
                                           gboolean          dry_run,
                                           TaImportResult   *result,
                                           GError          **error);

G_END_DECLS
