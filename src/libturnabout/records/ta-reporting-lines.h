/* ta-reporting-lines.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * TaReportingLines:
 *
 * Who reports to whom, built from (id, manager id) pairs: the one place
 * that follows reporting lines, for the store's "no circles" check, the
 * participants import and the matcher's "never within the line" rule.
 *
 * People are numbered by the order they were added (their index).  A
 * manager id that was never added, or 0, is the top of a line.
 */
typedef struct _TaReportingLines TaReportingLines;

TaReportingLines *ta_reporting_lines_new          (guint             n_hint);
void              ta_reporting_lines_free         (TaReportingLines *self);
guint             ta_reporting_lines_add          (TaReportingLines *self,
                                                   gint64            id,
                                                   gint64            manager_id);
guint             ta_reporting_lines_get_n_people (TaReportingLines *self);
gint64            ta_reporting_lines_get_id       (TaReportingLines *self,
                                                   guint             index);
gboolean          ta_reporting_lines_lookup       (TaReportingLines *self,
                                                   gint64            id,
                                                   guint            *out_index);
gint              ta_reporting_lines_get_manager  (TaReportingLines *self,
                                                   guint             index);
gint64            ta_reporting_lines_find_cycle   (TaReportingLines *self);
GPtrArray        *ta_reporting_lines_find_cycles  (TaReportingLines *self);
void              ta_reporting_lines_get_span     (TaReportingLines *self,
                                                   guint             index,
                                                   guint32          *out_tin,
                                                   guint32          *out_tout);
guint             ta_reporting_lines_get_depth    (TaReportingLines *self,
                                                   guint             index);
gboolean          ta_reporting_lines_is_above     (TaReportingLines *self,
                                                   guint             upper,
                                                   guint             lower);
guint             ta_reporting_lines_levels_up    (TaReportingLines *self,
                                                   guint             lower,
                                                   guint             upper);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaReportingLines, ta_reporting_lines_free)

G_END_DECLS
