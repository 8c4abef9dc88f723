/* main.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ta-application-private.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TaApplication) app = NULL;
  gint64 start_time;

  /* The first-frame benchmark measures from here. */
  start_time = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ta_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  _ta_application_set_start_time (app, start_time);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
