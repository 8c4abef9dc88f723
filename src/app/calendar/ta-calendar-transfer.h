/* ta-calendar-transfer.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/* Export the sessions of the programme, of @pairing_id or of
 * @participant_id (0: any) to an .ics file the user picks; the outcome
 * is a toast on @toast_widget. */
void              ta_calendar_export          (GtkWidget         *toast_widget,
                                               TaProgramme       *programme,
                                               gint64             pairing_id,
                                               gint64             participant_id);
/* Pick an .ics file, preview what importing it does, event by event,
 * from a start date, and import on approval. */
void              ta_calendar_import          (GtkWidget         *toast_widget,
                                               TaProgramme       *programme);
/* The preview of @text from today on, as ta_calendar_import() shows it
 * (for tests): NULL and a toast when @text is not iCalendar at all. */
AdwMessageDialog *ta_calendar_import_preview  (GtkWidget         *toast_widget,
                                               TaProgramme       *programme,
                                               const char        *file_name,
                                               const char        *text,
                                               gsize              length);

G_END_DECLS
