/* ta-error.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The error domain of the model library.  It lives with the records, at
 * the bottom, because a record's validation raises it as the store does;
 * it keeps the store's name, which the callers and their tests know. */

#define TA_STORE_ERROR (ta_store_error_quark ())

/**
 * TaStoreError:
 * @TA_STORE_ERROR_OPEN: the file cannot be opened or created
 * @TA_STORE_ERROR_READ_ONLY: the file or its folder is not writable
 * @TA_STORE_ERROR_TOO_NEW: made by a newer Turnabout
 * @TA_STORE_ERROR_NOT_TURNABOUT: not a SQLite database, or not Turnabout's
 * @TA_STORE_ERROR_BUSY: another program holds a lock for too long
 * @TA_STORE_ERROR_DUPLICATE: a unique value (an e-mail address) is taken
 * @TA_STORE_ERROR_NOT_FOUND: the record does not exist (any more)
 * @TA_STORE_ERROR_INVALID: a value was refused; nothing was written
 * @TA_STORE_ERROR_FAILED: any other SQLite failure
 * @TA_STORE_ERROR_DAMAGED: a Turnabout file that is truncated or damaged
 * @TA_STORE_ERROR_MISSING: there is no programme at the path (no file, or
 *   an empty one) and the caller did not ask to create one
 * @TA_STORE_ERROR_PERMISSION: the file or its folder may not be read
 * @TA_STORE_ERROR_CHANGED: the record was changed elsewhere (another
 *   window or process) since the copy being saved was read; nothing was
 *   written
 */
typedef enum
{
  TA_STORE_ERROR_OPEN,
  TA_STORE_ERROR_READ_ONLY,
  TA_STORE_ERROR_TOO_NEW,
  TA_STORE_ERROR_NOT_TURNABOUT,
  TA_STORE_ERROR_BUSY,
  TA_STORE_ERROR_DUPLICATE,
  TA_STORE_ERROR_NOT_FOUND,
  TA_STORE_ERROR_INVALID,
  TA_STORE_ERROR_FAILED,
  TA_STORE_ERROR_DAMAGED,
  TA_STORE_ERROR_MISSING,
  TA_STORE_ERROR_PERMISSION,
  TA_STORE_ERROR_CHANGED,
} TaStoreError;

GQuark ta_store_error_quark (void);

G_END_DECLS
