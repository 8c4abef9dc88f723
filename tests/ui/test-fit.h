/* test-fit.h: what test-fit.c's places share with the personal mode's
 * places (test-fit-personal.c)
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ta-window.h"

G_BEGIN_DECLS

#define NARROWEST 360

/* Opens a page or a dialog of @window (or of a window it opens); returns
 * the widget to measure. */
typedef GtkWidget *(*Opener) (TaWindow *window);

typedef struct
{
  const char *name;
  Opener      open;
} Place;

/* The personal mode's places (issue 14), in test-fit-personal.c. */
extern const Place fit_personal_places[];
extern const guint fit_personal_n_places;

/* In test-fit.c: the window that appeared since @before (the dialog an
 * action opened), and a pair of the sample programme under way. */
GtkWidget *fit_new_toplevel    (GList    *before);
TaPairing *fit_active_pairing  (TaWindow *window);

G_END_DECLS
