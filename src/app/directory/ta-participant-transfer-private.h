/* ta-participant-transfer-private.h - for the widget tests and benchmarks
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-participant-transfer.h"

G_BEGIN_DECLS

AdwMessageDialog *_ta_participant_transfer_show_problems (GtkWindow  *parent,
                                                          const char *file_name,
                                                          GPtrArray  *problems);

void              _ta_participant_transfer_export_to    (TaParticipantTransfer *self,
                                                         GtkWindow             *parent,
                                                         GFile                 *file,
                                                         gboolean               pairs,
                                                         gboolean               spreadsheet);

G_END_DECLS
