/* ta-insights-subjects.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* At most this many records are listed behind a figure; the list says
 * how many more there are. */
#define TA_INSIGHTS_MAX_SUBJECTS 500

/* Opens a record from Insights: a pair on the Pairs page, a person in
 * the Directory, a session in the Calendar, a topic on the Board,
 * through the window's win.show-* actions. */
void       ta_insights_open_record      (GtkWidget     *widget,
                                         TaSubjectKind  kind,
                                         gint64         id);
/* The name a record is listed under (transfer full). */
char      *ta_insights_describe_subject (TaProgramme   *programme,
                                         TaSubjectKind  kind,
                                         gint64         id);
/* A window listing the records behind @figure, each opening its record
 * (transfer none: the window owns itself). */
GtkWindow *ta_insights_subjects_show    (GtkWidget     *parent,
                                         TaProgramme   *programme,
                                         TaFigure      *figure);
/* The list of such a window (tests). */
GtkListBox *ta_insights_subjects_get_list (GtkWindow   *window);

G_END_DECLS
