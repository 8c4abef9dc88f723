/* ta-file.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The one way Turnabout writes a file (exports, reports): atomically, so
 * that the file is either the old one, whole, or the new one, whole, and
 * private (mode 0600), since what it writes holds people's data.
 */
gboolean ta_file_write_atomic     (const char    *path,
                                   const char    *data,
                                   gsize          length,
                                   GError       **error);
gboolean ta_file_replace_contents (GFile         *file,
                                   const char    *data,
                                   gsize          length,
                                   GCancellable  *cancellable,
                                   GError       **error);

G_END_DECLS
