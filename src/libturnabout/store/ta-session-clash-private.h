/* ta-session-clash-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-store.h"

G_BEGIN_DECLS

/* Finds the double-bookings among new sessions (an import) and between
 * them and the calendar, to report each against the event it came from. */
typedef struct _TaClashes TaClashes;

TaClashes *_ta_clashes_new   (TaStore     *store);
void       _ta_clashes_free  (TaClashes   *self);
gboolean   _ta_clashes_load  (TaClashes   *self,
                              GDateTime   *from,
                              GDateTime   *to,
                              GHashTable  *ignore,
                              GError     **error);
gboolean   _ta_clashes_check (TaClashes   *self,
                              TaSession   *session,
                              const char  *label,
                              GPtrArray   *out_reasons,
                              GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaClashes, _ta_clashes_free)

G_END_DECLS
