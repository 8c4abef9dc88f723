/* ta-ical.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ta-store.h"

G_BEGIN_DECLS

#define TA_ICAL_ERROR (ta_ical_error_quark ())

/**
 * TaIcalError:
 * @TA_ICAL_ERROR_PARSE: the text is not an iCalendar object at all
 * @TA_ICAL_ERROR_INVALID: one or more events cannot be imported; the
 *   message lists them, one per line; nothing was written
 * @TA_ICAL_ERROR_TIME_ZONE: a time zone has no data on this system
 */
typedef enum
{
  TA_ICAL_ERROR_PARSE,
  TA_ICAL_ERROR_INVALID,
  TA_ICAL_ERROR_TIME_ZONE,
} TaIcalError;

/* The zone of sessions outside any series. */
#define TA_ICAL_DEFAULT_TIME_ZONE "Europe/Brussels"

GQuark     ta_ical_error_quark    (void);

char      *ta_ical_export         (TaStore       *store,
                                   gint64         pairing_id,
                                   gint64         participant_id,
                                   guint         *out_count,
                                   GError       **error);
gboolean   ta_ical_export_file    (TaStore       *store,
                                   GFile         *file,
                                   gint64         pairing_id,
                                   gint64         participant_id,
                                   guint         *out_count,
                                   GCancellable  *cancellable,
                                   GError       **error);

GPtrArray *ta_ical_read_sessions  (TaStore       *store,
                                   const char    *text,
                                   gsize          length,
                                   GPtrArray    **out_problems,
                                   guint         *out_skipped,
                                   GError       **error);
gboolean   ta_ical_import         (TaStore       *store,
                                   const char    *text,
                                   gsize          length,
                                   guint         *out_added,
                                   GError       **error);

G_END_DECLS
