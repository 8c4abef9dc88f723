/* ta-test-window.h: the widget tests' window fixture and main-loop helpers
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

#include "ta-application.h"
#include "ta-test-programme.h"
#include "ta-window.h"

G_BEGIN_DECLS

/* Generous: a sanitised build under Xvfb is slow.  A timeout here means a
 * condition never came true, not that the machine was slow. */
#define WAIT_SECONDS 30

/* What most widget tests' fixtures are: a programme file in a temporary
 * folder, and the window a test opens on it. */
typedef struct
{
  char     *dir;
  char     *path;
  TaWindow *window;
} TaTestWindowFixture;

/* The short names are the widget tests' vocabulary: a test reads as what
 * a person waits for. */
typedef gboolean (*Condition) (gpointer data);

void           wait_for                         (Condition             condition,
                                                 gpointer              data);
void           iterate                          (void);
gboolean       is_null                          (gpointer              data);
gboolean       is_drawn                         (gpointer              widget);
void           screenshot                       (const char           *name);
void           screenshot_translations          (void);

void           ta_test_ui_init                  (int                  *argc,
                                                 char               ***argv);
TaApplication *ta_test_app_new                  (void);

TaWindow      *ta_test_window_open              (TaApplication        *app,
                                                 const char           *path);
TaWindow      *ta_test_window_open_undecided    (TaApplication        *app,
                                                 const char           *path);
void           ta_test_window_show_page         (TaWindow             *window,
                                                 gpointer              view,
                                                 const char           *name);
void           ta_test_window_close             (TaWindow            **window);
void           ta_test_window_close_all         (TaWindow            **window);

void           ta_test_window_fixture_set_up    (TaTestWindowFixture  *fixture,
                                                 const char           *template_,
                                                 const char           *file_name);
void           ta_test_window_fixture_tear_down (TaTestWindowFixture  *fixture);

G_END_DECLS
