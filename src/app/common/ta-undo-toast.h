/* ta-undo-toast.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-programme.h"

G_BEGIN_DECLS

/**
 * TaUndoFunc:
 * @programme: the programme the change was made in
 * @data: what the caller kept to take the change back
 * @error: where to say why it could not be
 *
 * Takes a change back.
 *
 * Returns: whether it was taken back
 */
typedef gboolean (*TaUndoFunc)     (TaProgramme  *programme,
                                    gpointer      data,
                                    GError      **error);

/**
 * TaUndoDoneFunc:
 * @widget: the widget that showed the toast, still alive
 * @undone: whether the change was taken back
 * @data: what the caller kept
 *
 * Called after a #TaUndoFunc, to show the result.
 */
typedef void     (*TaUndoDoneFunc) (GtkWidget    *widget,
                                    gboolean      undone,
                                    gpointer      data);

AdwToast *ta_undo_toast_new (GtkWidget      *widget,
                             TaProgramme    *programme,
                             const char     *title,
                             TaUndoFunc      undo,
                             TaUndoDoneFunc  done,
                             gpointer        data,
                             GDestroyNotify  data_free);

G_END_DECLS
