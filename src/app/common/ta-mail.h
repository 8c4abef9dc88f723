/* ta-mail.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TA_MAIL_ERROR (ta_mail_error_quark ())

/**
 * TaMailError:
 * @TA_MAIL_ERROR_NO_PORTAL: there is no session bus or the desktop offers
 *   no e-mail portal; the caller offers "Save As…" instead
 * @TA_MAIL_ERROR_FAILED: the portal was reached but could not open an
 *   e-mail (no mail client, or it failed)
 * @TA_MAIL_ERROR_ATTACHMENT: the file to attach cannot be read
 *
 * Why an e-mail could not be composed.  The user closing the mail
 * client's window is %G_IO_ERROR_CANCELLED, which callers ignore.
 */
typedef enum
{
  TA_MAIL_ERROR_NO_PORTAL,
  TA_MAIL_ERROR_FAILED,
  TA_MAIL_ERROR_ATTACHMENT,
} TaMailError;

GQuark   ta_mail_error_quark    (void);

void     ta_mail_compose_async  (GtkWindow           *parent,
                                 const char *const   *addresses,
                                 const char          *subject,
                                 const char          *body,
                                 const char          *attachment_path,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
gboolean ta_mail_compose_finish (GAsyncResult        *result,
                                 GError             **error);

G_END_DECLS
