/* ui-test-helpers.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* What the widget tests share: waiting on the main loop, and the one
 * leak LeakSanitizer must not report. */

/* Generous: a sanitised build under Xvfb is slow.  A timeout here means a
 * condition never came true, not that the machine was slow. */
#define WAIT_SECONDS 30

/* Under -Db_sanitize=address, LeakSanitizer reports fontconfig's caches,
 * which it keeps for the life of the process; everything else it reports
 * is a real leak. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds; fails the test after a while. */
static inline void
wait_for (Condition condition,
          gpointer  data)
{
  gint64 end = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("Timed out waiting for a condition");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static inline void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}
