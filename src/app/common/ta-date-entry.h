/* ta-date-entry.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TA_TYPE_DATE_ENTRY (ta_date_entry_get_type ())

/*
 * A day, typed in the locale's order (as "%x" shows it, with a four-digit
 * year) or as YYYY-MM-DD, or picked from a calendar in a popover.  Text
 * that is no date gets the "error" style class and an accessible
 * description saying so, and the "date" property becomes %NULL.
 */
G_DECLARE_FINAL_TYPE (TaDateEntry, ta_date_entry, TA, DATE_ENTRY, GtkWidget)

GtkWidget   *ta_date_entry_new                  (void);
/* (transfer none) (nullable): local midnight of the day shown; NULL when
 * the text is not a date */
GDateTime   *ta_date_entry_get_date             (TaDateEntry *self);
/* (nullable): any time of the day to show, in any zone (its local day is
 * taken); NULL empties the entry */
void         ta_date_entry_set_date             (TaDateEntry *self,
                                                 GDateTime   *date);
/* What screen readers call it ("Date", "Last session"). */
void         ta_date_entry_set_accessible_label (TaDateEntry *self,
                                                 const char  *label);
/* (transfer none): the text field, to type into (tests) */
GtkEditable *ta_date_entry_get_editable         (TaDateEntry *self);

/* The parts a widget does not need, for tests and other widgets:
 * @text as a day (local midnight), or NULL; and a day in the format
 * the entry shows. */
GDateTime   *ta_date_entry_parse                (const char  *text);
char        *ta_date_entry_format               (GDateTime   *date);

G_END_DECLS
