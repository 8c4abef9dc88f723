/* ta-ical-result.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-store.h"
#include "ta-ical-import-private.h"

/*
 * What a calendar import found, event by event: what it imports (or
 * would, in a preview), updates, leaves as it is, skips and refuses, in
 * the order of the file.
 */

struct _TaIcalResult
{
  GObject parent_instance;

  GPtrArray *entries;   /* TaIcalEntry */
  GDateTime *from;
  guint counts[TA_ICAL_N_OUTCOMES];
  guint n_converted;
  guint n_earlier;
  gboolean committed;
};

G_DEFINE_FINAL_TYPE (TaIcalResult, ta_ical_result, G_TYPE_OBJECT)

static void
ta_ical_result_finalize (GObject *object)
{
  TaIcalResult *self = TA_ICAL_RESULT (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->from, g_date_time_unref);

  G_OBJECT_CLASS (ta_ical_result_parent_class)->finalize (object);
}

static void
ta_ical_result_class_init (TaIcalResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ta_ical_result_finalize;
}

static void
ta_ical_result_init (TaIcalResult *self)
{
}

/* "2026-03-10", the local day of @time, as problems name days. */
char *
_ta_ical_format_day (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* "2026-03-10 14:00", local time, as ta_store_check() names starts. */
char *
_ta_ical_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

TaIcalEntry *
_ta_ical_entry_new (TaIcalOutcome       outcome,
                    const TaIcalFacts  *facts,
                    guint               line,
                    GDateTime          *starts_at,
                    GDateTime          *recurrence_id)
{
  TaIcalEntry *entry = g_new0 (TaIcalEntry, 1);

  entry->outcome = outcome;
  entry->count = 1;
  entry->line = line;
  if (facts != NULL)
    {
      entry->uid = *facts->uid != '\0' ? g_strdup (facts->uid) : NULL;
      entry->summary = g_strdup (facts->summary);
    }
  entry->starts_at = starts_at != NULL ? g_date_time_ref (starts_at) : NULL;
  entry->recurrence_id = recurrence_id != NULL ? g_date_time_ref (recurrence_id) : NULL;
  return entry;
}

void
_ta_ical_entry_free (TaIcalEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->uid);
  g_clear_pointer (&entry->recurrence_id, g_date_time_unref);
  g_free (entry->summary);
  g_clear_pointer (&entry->starts_at, g_date_time_unref);
  g_free (entry->property);
  g_free (entry->reason);
  g_clear_object (&entry->session);
  g_free (entry);
}

/* @reason: (transfer full) (nullable) */
void
_ta_ical_entry_set_reason (TaIcalEntry *entry,
                           const char  *property,
                           char        *reason)
{
  g_free (entry->property);
  entry->property = g_strdup (property);
  g_free (entry->reason);
  entry->reason = reason;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TaIcalEntry *x = *(TaIcalEntry * const *) a;
  const TaIcalEntry *y = *(TaIcalEntry * const *) b;
  GDateTime *x_time = x->recurrence_id != NULL ? x->recurrence_id : x->starts_at;
  GDateTime *y_time = y->recurrence_id != NULL ? y->recurrence_id : y->starts_at;

  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x_time == NULL || y_time == NULL)
    return (x_time == NULL) - (y_time == NULL);
  return g_date_time_compare (x_time, y_time);
}

/* @entries: (transfer full): sorted here, by line and time */
TaIcalResult *
_ta_ical_result_new (GPtrArray *entries,
                     GDateTime *from,
                     guint      n_converted,
                     guint      n_earlier,
                     gboolean   committed)
{
  TaIcalResult *self = g_object_new (TA_TYPE_ICAL_RESULT, NULL);

  g_ptr_array_sort (entries, compare_entries);
  self->entries = entries;
  self->from = g_date_time_ref (from);
  self->n_converted = n_converted;
  self->n_earlier = n_earlier;
  self->committed = committed;
  for (guint i = 0; i < entries->len; i++)
    {
      TaIcalEntry *entry = g_ptr_array_index (entries, i);

      self->counts[entry->outcome] += entry->count;
    }
  return self;
}

/**
 * ta_ical_result_get_n_entries:
 * @self: a #TaIcalResult
 *
 * Returns: how many entries there are
 */
guint
ta_ical_result_get_n_entries (TaIcalResult *self)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), 0);

  return self->entries->len;
}

/**
 * ta_ical_result_get_entry:
 * @self: a #TaIcalResult
 * @index: from 0
 *
 * The entries are in the order of the file: by line, then by time.
 *
 * Returns: (transfer none): the entry
 */
const TaIcalEntry *
ta_ical_result_get_entry (TaIcalResult *self,
                          guint         index)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

/**
 * ta_ical_result_count:
 * @self: a #TaIcalResult
 * @outcome: an outcome
 *
 * Returns: how many events and occurrences have @outcome (an entry that
 *   stands for several occurrences counts them all)
 */
guint
ta_ical_result_count (TaIcalResult  *self,
                      TaIcalOutcome  outcome)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), 0);
  g_return_val_if_fail (outcome < TA_ICAL_N_OUTCOMES, 0);

  return self->counts[outcome];
}

/**
 * ta_ical_result_get_from:
 * @self: a #TaIcalResult
 *
 * Returns: (transfer none): the start date the file was read from
 */
GDateTime *
ta_ical_result_get_from (TaIcalResult *self)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), NULL);

  return self->from;
}

/**
 * ta_ical_result_get_n_converted_lines:
 * @self: a #TaIcalResult
 *
 * Returns: how many lines of the file were not UTF-8 and were read as
 *   Windows-1252
 */
guint
ta_ical_result_get_n_converted_lines (TaIcalResult *self)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), 0);

  return self->n_converted;
}

/**
 * ta_ical_result_get_n_earlier:
 * @self: a #TaIcalResult
 *
 * Returns: how many occurrences of repeating events were before the start
 *   date, and skipped (each series says its own in one entry)
 */
guint
ta_ical_result_get_n_earlier (TaIcalResult *self)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), 0);

  return self->n_earlier;
}

/**
 * ta_ical_result_get_committed:
 * @self: a #TaIcalResult
 *
 * Returns: whether the result is of an import (written), not of a preview
 */
gboolean
ta_ical_result_get_committed (TaIcalResult *self)
{
  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), FALSE);

  return self->committed;
}

/**
 * ta_ical_entry_format:
 * @entry: an entry of a #TaIcalResult
 * @file_name: (nullable): the file's name, as shown
 *
 * The entry as one line, "FILE:LINE: UID: reason" as compilers say where
 * a problem is; a refusal names its property ("FILE:LINE: UID: DTSTART:
 * reason"), an occurrence of a repeating event its start.
 *
 * Returns: (transfer full): the line
 */
char *
ta_ical_entry_format (const TaIcalEntry *entry,
                      const char        *file_name)
{
  GString *line;
  g_autofree char *uid = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  line = g_string_new (NULL);
  if (file_name != NULL)
    g_string_append_printf (line, "%s:", file_name);
  if (entry->line > 0)
    g_string_append_printf (line, "%u:", entry->line);
  if (line->len > 0)
    g_string_append_c (line, ' ');

  uid = g_utf8_make_valid (entry->uid != NULL ? entry->uid : _("(no UID)"), -1);
  if (entry->recurrence_id != NULL)
    {
      g_autofree char *when = _ta_ical_format_time (entry->recurrence_id);

      /* Translators: %1$s is the UID of a repeating event, %2$s when one of
       * its occurrences was planned (2026-03-10 14:00) */
      g_string_append_printf (line, _("%1$s (occurrence of %2$s)"), uid, when);
    }
  else
    g_string_append (line, uid);

  if (entry->property != NULL)
    g_string_append_printf (line, ": %s", entry->property);
  if (entry->reason != NULL)
    g_string_append_printf (line, ": %s", entry->reason);

  return g_string_free (line, FALSE);
}

/**
 * ta_ical_result_dup_summary:
 * @self: a #TaIcalResult
 *
 * What the import did (or, for a preview, would do) in one sentence:
 * “12 sessions imported, 3 updated, 5 already up to date, 4 skipped,
 * 1 refused.”
 *
 * Returns: (transfer full): the sentence
 */
char *
ta_ical_result_dup_summary (TaIcalResult *self)
{
  g_autofree char *added = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *unchanged = NULL;
  g_autofree char *skipped = NULL;
  g_autofree char *refused = NULL;
  guint n;

  g_return_val_if_fail (TA_IS_ICAL_RESULT (self), NULL);

  n = self->counts[TA_ICAL_OUTCOME_NEW];
  if (self->committed)
    /* Translators: the start of the summary of an import, “12 sessions
     * imported, 3 updated, 5 already up to date, 4 skipped, 1 refused.” */
    added = g_strdup_printf (ngettext ("%u session imported", "%u sessions imported", n), n);
  else
    /* Translators: the start of the summary of an import not done yet,
     * “12 sessions to import, 3 updated, 5 already up to date, 4 skipped,
     * 1 refused.” */
    added = g_strdup_printf (ngettext ("%u session to import", "%u sessions to import", n), n);
  n = self->counts[TA_ICAL_OUTCOME_UPDATED];
  /* Translators: a part of the summary of an import, after “12 sessions imported” */
  updated = g_strdup_printf (ngettext ("%u updated", "%u updated", n), n);
  n = self->counts[TA_ICAL_OUTCOME_UNCHANGED];
  /* Translators: a part of the summary of an import: sessions the
   * programme has already, as the file has them */
  unchanged = g_strdup_printf (ngettext ("%u already up to date", "%u already up to date", n), n);
  n = self->counts[TA_ICAL_OUTCOME_SKIPPED];
  /* Translators: a part of the summary of an import */
  skipped = g_strdup_printf (ngettext ("%u skipped", "%u skipped", n), n);
  n = self->counts[TA_ICAL_OUTCOME_REFUSED];
  /* Translators: a part of the summary of an import */
  refused = g_strdup_printf (ngettext ("%u refused", "%u refused", n), n);

  /* Translators: the summary of an import, made of the parts above */
  return g_strdup_printf (_("%1$s, %2$s, %3$s, %4$s, %5$s."), added, updated, unchanged, skipped, refused);
}
