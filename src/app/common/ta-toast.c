/* ta-toast.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-toast"

#include "config.h"

#include "ta-toast.h"

/**
 * ta_toast_add:
 * @widget: a widget inside the window
 * @toast: (transfer full): the notification
 *
 * Shows @toast in the nearest #AdwToastOverlay around @widget (the
 * window's, or a dialog's own); drops it when there is none, as when the
 * view is being torn down.
 */
void
ta_toast_add (GtkWidget *widget,
              AdwToast  *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/**
 * ta_toast_add_error:
 * @widget: a widget inside the window
 * @format: a printf() format saying what failed
 * @...: its values, escaped here since a toast's title is markup
 *
 * Shows why something failed.
 */
void
ta_toast_add_error (GtkWidget  *widget,
                    const char *format,
                    ...)
{
  g_autofree char *title = NULL;
  va_list args;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (format != NULL);

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);

  ta_toast_add (widget, adw_toast_new (title));
}
