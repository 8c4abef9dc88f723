/* ta-exchange.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ta-check-in.h"

G_BEGIN_DECLS

/*
 * Exchange files (docs/exchange.md): a facilitator's programme and a
 * personal one carry a pair both ways, offline, in `.turnabout` files:
 * versioned JSON with the facilitator's programme id, a kind and a
 * checksum of the content.  A *pair kit* goes out to the pair; a *pair
 * update* comes back.  Reading a file against a programme checks it and
 * compares it with what the programme holds, giving a TaExchangePreview
 * that says, in words, what applying it would change; applying it is one
 * transaction.
 */

#define TA_EXCHANGE_FORMAT    "turnabout-exchange"
#define TA_EXCHANGE_VERSION   1
#define TA_EXCHANGE_MIME_TYPE "application/x-turnabout"
#define TA_EXCHANGE_SUFFIX    ".turnabout"

#define TA_EXCHANGE_ERROR (ta_exchange_error_quark ())

/**
 * TaExchangeError:
 * @TA_EXCHANGE_ERROR_NOT_EXCHANGE: not a Turnabout exchange file (not JSON, no
 *   or another `format`, a required member missing or of the wrong type)
 * @TA_EXCHANGE_ERROR_TOO_NEW: written by a newer Turnabout (`version` > ours)
 * @TA_EXCHANGE_ERROR_TAMPERED: the checksum does not match the content
 * @TA_EXCHANGE_ERROR_OTHER_PROGRAMME: from another programme than this one
 * @TA_EXCHANGE_ERROR_WRONG_SIDE: not meant for this side (a kit opened by a
 *   facilitator, an update opened in a personal programme)
 * @TA_EXCHANGE_ERROR_STALE: older than a file of the same pair already applied
 * @TA_EXCHANGE_ERROR_NO_PAIR: the pair (or the pair it names) is not in
 *   this programme, or a personal pair came from no facilitator's kit
 */
typedef enum
{
  TA_EXCHANGE_ERROR_NOT_EXCHANGE,
  TA_EXCHANGE_ERROR_TOO_NEW,
  TA_EXCHANGE_ERROR_TAMPERED,
  TA_EXCHANGE_ERROR_OTHER_PROGRAMME,
  TA_EXCHANGE_ERROR_WRONG_SIDE,
  TA_EXCHANGE_ERROR_STALE,
  TA_EXCHANGE_ERROR_NO_PAIR,
} TaExchangeError;

GQuark ta_exchange_error_quark (void);

/**
 * TaExchangeKind:
 * @TA_EXCHANGE_PAIR_KIT: facilitator → pair ("pair-kit")
 * @TA_EXCHANGE_PAIR_UPDATE: pair → facilitator ("pair-update")
 */
typedef enum
{
  TA_EXCHANGE_PAIR_KIT,
  TA_EXCHANGE_PAIR_UPDATE,
} TaExchangeKind;

/**
 * TaProgrammeSide:
 * @TA_PROGRAMME_SIDE_UNDECIDED: a new, empty programme whose user has not
 *   yet said which side they are on (the window asks on first start)
 * @TA_PROGRAMME_SIDE_FACILITATOR: runs a programme: the whole directory
 * @TA_PROGRAMME_SIDE_PERSONAL: one mentor's or mentee's own pairs ("me")
 *
 * A programme with any participant and no stored side is a facilitator's
 * (every programme made before this version).
 */
typedef enum
{
  TA_PROGRAMME_SIDE_UNDECIDED,
  TA_PROGRAMME_SIDE_FACILITATOR,
  TA_PROGRAMME_SIDE_PERSONAL,
} TaProgrammeSide;

/**
 * TaExchangeChangeKind:
 * @TA_EXCHANGE_CHANGE_ADD: something new is added
 * @TA_EXCHANGE_CHANGE_UPDATE: something held here changes
 * @TA_EXCHANGE_CHANGE_KEEP: the file differs, and this side's value is
 *   kept by the merge rules (a conflict, shown so that nobody is surprised)
 *
 * What one line of a preview does.
 */
typedef enum
{
  TA_EXCHANGE_CHANGE_ADD,
  TA_EXCHANGE_CHANGE_UPDATE,
  TA_EXCHANGE_CHANGE_KEEP,
} TaExchangeChangeKind;

/**
 * TaExchangeChange:
 * @kind: what it does
 * @pair: the pair it concerns, in words ("Anna Peeters and Marc Dubois")
 * @text: the change in words, one sentence, translated
 *
 * One line of a preview.
 */
typedef struct
{
  TaExchangeChangeKind  kind;
  char                 *pair;
  char                 *text;
} TaExchangeChange;

void ta_exchange_change_free (TaExchangeChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaExchangeChange, ta_exchange_change_free)

#define TA_TYPE_EXCHANGE_PREVIEW (ta_exchange_preview_get_type ())

G_DECLARE_FINAL_TYPE (TaExchangePreview, ta_exchange_preview, TA, EXCHANGE_PREVIEW, GObject)

TaExchangeKind  ta_exchange_preview_get_kind        (TaExchangePreview *self);
/* The file it was read from */
const char     *ta_exchange_preview_get_path        (TaExchangePreview *self);
/* The pair, in words */
const char     *ta_exchange_preview_get_pair        (TaExchangePreview *self);
/* (transfer none) UTC: when the file was written */
GDateTime      *ta_exchange_preview_get_written_at  (TaExchangePreview *self);
/* (element-type TaExchangeChange) (transfer none), in reading order */
GPtrArray      *ta_exchange_preview_get_changes     (TaExchangePreview *self);
/* TRUE when applying would change nothing (e.g. the same update again) */
gboolean        ta_exchange_preview_is_empty        (TaExchangePreview *self);
/* TRUE when a kit would make a new, empty programme a personal one */
gboolean        ta_exchange_preview_makes_personal  (TaExchangePreview *self);
/* Added by the exchange part: which of the pair is "me" when a kit for
 * both (no recipient) makes an empty programme personal; the mentor by
 * default.  Set it before applying. */
void            ta_exchange_preview_set_me          (TaExchangePreview *self,
                                                     TaPairSide         side);

G_END_DECLS
