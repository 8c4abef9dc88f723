/* ta-store-exchange.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-exchange.h"
#include "ta-participant.h"
#include "ta-store.h"

G_BEGIN_DECLS

/*
 * The store's side of exchange files (docs/exchange.md): which side a
 * programme is on, reading a pair for a file, and reading a file against
 * the programme (a preview) or applying it, each in one transaction.
 * TaProgramme (ta-programme-exchange.c) is the front door; the CLI and
 * tests may call these.
 */

#define TA_STORE_SIDE_KEY             "programme-side"
#define TA_STORE_ME_KEY               "me"
#define TA_STORE_HOME_PROGRAMME_KEY   "home-programme-id"

TaProgrammeSide    ta_store_get_side              (TaStore        *self,
                                                   GError        **error);
gboolean           ta_store_set_facilitator_side  (TaStore        *self,
                                                   GError        **error);
gboolean           ta_store_make_personal         (TaStore        *self,
                                                   TaParticipant  *me,
                                                   GError        **error);
gint64             ta_store_get_me                (TaStore        *self,
                                                   GError        **error);

/* Reads what a file of @pairing_id would carry (a kit on a facilitator's
 * programme, an update on a personal one), in one read transaction; its
 * id and written time are set.  The result is a TaExContent
 * (ta-exchange-private.h). */
gpointer           ta_store_read_exchange         (TaStore        *self,
                                                   gint64          pairing_id,
                                                   GError        **error);

/* Reads @data (a file's bytes; @path names it) against the programme:
 * every check of docs/exchange.md and the preview, writing nothing. */
TaExchangePreview *ta_store_exchange_read         (TaStore        *self,
                                                   const char     *data,
                                                   gsize           length,
                                                   const char     *path,
                                                   GError        **error);
/* Applies @preview in one BEGIN IMMEDIATE transaction, doing every check
 * again; TA_STORE_ERROR_CHANGED when the programme changed since the
 * preview so that applying would do something else. */
gboolean           ta_store_exchange_apply        (TaStore           *self,
                                                   TaExchangePreview *preview,
                                                   GError           **error);

G_END_DECLS
