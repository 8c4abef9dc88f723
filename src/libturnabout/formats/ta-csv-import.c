/* ta-csv-import.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store.h"
#include "ta-csv-private.h"
#include "ta-participant-csv.h"

/*
 * The steps every CSV import goes through, whatever the table holds:
 *
 *   decode   the bytes to UTF-8 text, encoding and separator detected
 *            unless given (ta-csv-detect.c);
 *   kind     participants or pairs, by the header row;
 *   parse    every row read and checked without the store: in a worker
 *            thread for the asynchronous variant;
 *   commit   on the caller's thread, in one transaction of the store: the
 *            checks that need the programme, then the writes.
 */

/* The longest value quoted back in a problem line, in characters. */
#define MAX_SHOWN_CHARS 60

/* Problems */

typedef struct
{
  guint  line;
  guint  order;    /* the column's place, so a row's problems read left to right */
  guint  serial;   /* keeps problems of one cell in the order found */
  char  *text;
} Problem;

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->text);
}

void
_ta_csv_problems_init (TaCsvProblems *self,
                       const char    *display_name)
{
  self->display_name = g_strdup (display_name != NULL ? display_name : "-");
  self->items = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (self->items, problem_clear);
}

void
_ta_csv_problems_clear (TaCsvProblems *self)
{
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->items, g_array_unref);
}

void
_ta_csv_problems_add (TaCsvProblems *self,
                      guint          line,
                      guint          order,
                      const char    *column_label,
                      const char    *reason)
{
  Problem problem;

  problem.line = line;
  problem.order = order;
  problem.serial = self->items->len;
  problem.text = g_strdup_printf ("%s:%u: %s: %s", self->display_name, line, column_label, reason);
  g_array_append_val (self->items, problem);
}

void
_ta_csv_problems_addv (TaCsvProblems *self,
                       guint          line,
                       guint          order,
                       const char    *column_label,
                       const char    *format,
                       va_list        args)
{
  g_autofree char *reason = g_strdup_vprintf (format, args);

  _ta_csv_problems_add (self, line, order, column_label, reason);
}

void
_ta_csv_problems_addf (TaCsvProblems *self,
                       guint          line,
                       guint          order,
                       const char    *column_label,
                       const char    *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  _ta_csv_problems_addv (self, line, order, column_label, format, args);
  va_end (args);
}

/* The end of an import, whatever it read: the problems, sorted, and the
 * columns it did not know. */
void
_ta_csv_problems_fill_result (TaCsvProblems  *self,
                              GPtrArray      *unknown_columns,
                              TaImportResult *result)
{
  _ta_csv_problems_move_to (self, result->problems);

  for (guint i = 0; i < unknown_columns->len; i++)
    g_ptr_array_add (result->unknown_columns,
                     g_strdup (g_ptr_array_index (unknown_columns, i)));
}

guint
_ta_csv_problems_count (TaCsvProblems *self)
{
  return self->items->len;
}

const char *
_ta_csv_problems_last (TaCsvProblems *self)
{
  g_assert (self->items->len > 0);

  return g_array_index (self->items, Problem, self->items->len - 1).text;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const Problem *pa = a;
  const Problem *pb = b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;
  if (pa->serial != pb->serial)
    return pa->serial < pb->serial ? -1 : 1;
  return 0;
}

void
_ta_csv_problems_move_to (TaCsvProblems *self,
                          GPtrArray     *out)
{
  g_array_sort (self->items, compare_problems);
  for (guint i = 0; i < self->items->len; i++)
    {
      Problem *problem = &g_array_index (self->items, Problem, i);

      g_ptr_array_add (out, g_steal_pointer (&problem->text));
    }
  g_array_set_size (self->items, 0);
}

void
_ta_csv_problems_set_error (TaCsvProblems  *self,
                            GError        **error)
{
  guint n = self->items->len;

  g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS,
               /* Translators: %1$s is a file name, %2$u a number of problems */
               ngettext ("%1$s has %2$u problem; nothing was imported",
                         "%1$s has %2$u problems; nothing was imported", n),
               self->display_name, n);
}

char *
_ta_csv_shown_value (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (valid, -1) <= MAX_SHOWN_CHARS)
    return g_steal_pointer (&valid);

  {
    g_autofree char *start = g_utf8_substring (valid, 0, MAX_SHOWN_CHARS - 1);

    return g_strconcat (start, "…", NULL);
  }
}

/* Results */

TaImportResult *
_ta_import_result_new (void)
{
  TaImportResult *result = g_new0 (TaImportResult, 1);

  result->problems = g_ptr_array_new_with_free_func (g_free);
  result->unknown_columns = g_ptr_array_new_with_free_func (g_free);

  return result;
}

/**
 * ta_import_result_free:
 * @result: (nullable): a #TaImportResult
 */
void
ta_import_result_free (TaImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_clear_pointer (&result->unknown_columns, g_ptr_array_unref);
  g_free (result);
}

static const TaCsvImporter *
importer_of (TaCsvKind kind)
{
  return kind == TA_CSV_KIND_PAIRINGS ? &_ta_pairing_csv_importer : &_ta_participant_csv_importer;
}

static TaCsvKind
kind_of_text (const TaCsvText *text)
{
  g_autoptr(TaCsvReader) reader = _ta_csv_text_new_reader (text);

  if (!ta_csv_reader_next (reader, NULL))
    return TA_CSV_KIND_PARTICIPANTS;

  return _ta_csv_kind_of_header (reader);
}

/**
 * ta_csv_detect_kind:
 * @data: (array length=length): the bytes of a CSV file
 * @length: their number
 * @format: (nullable): the encoding and separator, fields left to detect
 *   found from the file
 *
 * What the header row of @data says the file holds, read from the start
 * of the file only: cheap even for a large file.
 *
 * Returns: %TA_CSV_KIND_PAIRINGS for mentor and mentee columns without a
 *   participant's name or e-mail; %TA_CSV_KIND_PARTICIPANTS otherwise,
 *   also for a file that cannot be read (its import says why)
 */
TaCsvKind
ta_csv_detect_kind (const char        *data,
                    gsize              length,
                    const TaCsvFormat *format)
{
  g_auto(TaCsvText) text = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, TA_CSV_KIND_PARTICIPANTS);

  if (!_ta_csv_text_decode (&text, data, _ta_csv_head_length (data, length, format), format,
                            NULL, NULL))
    return TA_CSV_KIND_PARTICIPANTS;

  return kind_of_text (&text);
}

/* Preview */

static GStrv
record_cells (TaCsvReader *reader,
              gboolean     unneutralise)
{
  guint n = ta_csv_reader_get_n_fields (reader);
  GStrv cells = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      gsize length;
      const char *text = ta_csv_reader_get_field (reader, i, &length);

      if (unneutralise)
        ta_csv_cell_unneutralise (&text, &length);
      cells[i] = g_utf8_make_valid (text, length);
    }

  return cells;
}

/**
 * ta_csv_preview_new:
 * @data: (array length=length): the bytes of a CSV file
 * @length: their number
 * @format: (nullable): the encoding and separator to read it with; a
 *   field left to detect (or %NULL for both) is found from the file
 * @max_rows: how many rows after the header to return
 * @error: %TA_CSV_ERROR_ENCODING when the bytes are not text in the
 *   encoding given or detected
 *
 * What an import of @data with @format would read, for a person to
 * check before importing: the format (to show it, and let it be
 * changed), the kind of table, how each header cell is understood, and
 * the first rows.  Rows the import skips (blank ones) are left out.  A
 * quote never closed ends the rows early; the import reports it.
 *
 * Returns: (transfer full) (nullable): the preview
 */
TaCsvPreview *
ta_csv_preview_new (const char         *data,
                    gsize               length,
                    const TaCsvFormat  *format,
                    guint               max_rows,
                    GError            **error)
{
  g_auto(TaCsvText) text = { 0 };
  g_autoptr(TaCsvReader) reader = NULL;
  g_autoptr(TaCsvPreview) preview = NULL;
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_ta_csv_text_decode (&text, data, length, format, NULL, error))
    return NULL;

  preview = g_new0 (TaCsvPreview, 1);
  preview->format = text.format;
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  preview->row_lines = g_array_new (FALSE, FALSE, sizeof (guint));

  reader = _ta_csv_text_new_reader (&text);
  if (!ta_csv_reader_next (reader, NULL))
    {
      preview->kind = TA_CSV_KIND_PARTICIPANTS;
      preview->header = g_new0 (char *, 1);
      preview->columns = g_new0 (char *, 1);
      return g_steal_pointer (&preview);
    }

  preview->kind = _ta_csv_kind_of_header (reader);
  preview->header_line = ta_csv_reader_get_line (reader);
  preview->header = record_cells (reader, FALSE);

  for (guint i = 0; preview->header[i] != NULL; i++)
    {
      int column = preview->kind == TA_CSV_KIND_PAIRINGS
                   ? _ta_csv_lookup_pairing_column (preview->header[i])
                   : _ta_csv_lookup_participant_column (preview->header[i]);

      /* A column named twice is read from its first cell only (the
       * import refuses the file). */
      if (column < 0 || g_hash_table_contains (seen, GINT_TO_POINTER (column + 1)))
        {
          g_strv_builder_add (columns, "");
          continue;
        }

      g_hash_table_add (seen, GINT_TO_POINTER (column + 1));
      g_strv_builder_add (columns, preview->kind == TA_CSV_KIND_PAIRINGS
                                   ? _ta_pairing_column_names[column]
                                   : _ta_participant_column_names[column]);
    }
  preview->columns = g_strv_builder_end (columns);

  while (preview->rows->len < max_rows && ta_csv_reader_next (reader, NULL))
    {
      guint line = ta_csv_reader_get_line (reader);

      if (ta_csv_reader_is_blank (reader))
        continue;

      g_ptr_array_add (preview->rows, record_cells (reader, TRUE));
      g_array_append_val (preview->row_lines, line);
    }

  return g_steal_pointer (&preview);
}

/**
 * ta_csv_preview_free:
 * @preview: (nullable) (transfer full): a #TaCsvPreview
 */
void
ta_csv_preview_free (TaCsvPreview *preview)
{
  if (preview == NULL)
    return;

  g_clear_pointer (&preview->header, g_strfreev);
  g_clear_pointer (&preview->columns, g_strfreev);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_clear_pointer (&preview->row_lines, g_array_unref);
  g_free (preview);
}

/* Import */

typedef struct
{
  /* What to import */
  GFile            *file;
  GBytes           *bytes;
  char             *display_name;
  TaCsvFormat       format;
  int               kind;        /* a TaCsvKind, or -1 to tell by the header */
  TaCsvImportFlags  flags;

  /* What the parse made of it */
  TaCsvFormat           used_format;
  TaCsvKind             used_kind;
  const TaCsvImporter  *importer;
  gpointer              parsed;
  TaImportResult       *result;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  g_clear_object (&import->file);
  g_clear_pointer (&import->bytes, g_bytes_unref);
  g_clear_pointer (&import->display_name, g_free);
  if (import->parsed != NULL)
    import->importer->parsed_free (import->parsed);
  g_clear_pointer (&import->result, ta_import_result_free);
  g_free (import);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Import, import_free)

static Import *
import_new (const char        *display_name,
            const TaCsvFormat *format,
            int                kind,
            TaCsvImportFlags   flags)
{
  Import *import = g_new0 (Import, 1);

  import->display_name = g_strdup (display_name != NULL ? display_name : "-");
  import->format = format != NULL ? *format : TA_CSV_FORMAT_DETECT;
  import->kind = kind;
  import->flags = flags;
  import->used_format = import->format;
  import->used_kind = kind >= 0 ? (TaCsvKind) kind : TA_CSV_KIND_PARTICIPANTS;

  return import;
}

/* Decode and parse: needs nothing but the bytes. */
static gboolean
import_parse (Import        *import,
              const char    *data,
              gsize          length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_auto(TaCsvText) text = { 0 };

  if (!_ta_csv_text_decode (&text, data, length, &import->format, import->display_name, error))
    {
      ta_csv_detect_format (data, length, &import->format, &import->used_format);
      return FALSE;
    }

  import->used_format = text.format;
  import->used_kind = import->kind >= 0 ? (TaCsvKind) import->kind : kind_of_text (&text);
  import->importer = importer_of (import->used_kind);
  import->parsed = import->importer->parsed_new (import->display_name);

  return import->importer->parse (import->parsed, &text, cancellable, error);
}

static TaImportResult *
import_take_result (Import *import)
{
  TaImportResult *result = g_steal_pointer (&import->result);

  if (result == NULL)
    result = _ta_import_result_new ();
  result->kind = import->used_kind;
  result->format = import->used_format;

  return result;
}

/* After a parse that failed: what it found so far. */
static void
import_fill_failed (Import *import)
{
  if (import->result == NULL)
    import->result = _ta_import_result_new ();
  if (import->parsed != NULL)
    import->importer->fill_result (import->parsed, import->result);
}

static gboolean
import_commit (Import   *import,
               TaStore  *store,
               GError  **error)
{
  if (import->result == NULL)
    import->result = _ta_import_result_new ();

  return import->importer->commit (import->parsed, store,
                                   (import->flags & TA_CSV_IMPORT_DRY_RUN) != 0,
                                   import->result, error);
}

gboolean
_ta_csv_import_as (TaStore            *store,
                   const char         *data,
                   gsize               length,
                   const char         *display_name,
                   const TaCsvFormat  *format,
                   int                 kind,
                   TaCsvImportFlags    flags,
                   GCancellable       *cancellable,
                   TaImportResult    **out_result,
                   GError            **error)
{
  g_autoptr(Import) import = import_new (display_name, format, kind, flags);
  gboolean ok;

  if (!import_parse (import, data, length, cancellable, error))
    {
      import_fill_failed (import);
      ok = FALSE;
    }
  else if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ok = FALSE;
  else
    ok = import_commit (import, store, error);

  if (out_result != NULL)
    *out_result = import_take_result (import);

  return ok;
}

/**
 * ta_csv_import:
 * @store: a #TaStore
 * @data: (array length=length): the bytes of a CSV file
 * @length: their number
 * @display_name: (nullable): the file name shown in problem lines
 * @format: (nullable): the encoding and separator; a field left to detect
 *   (or %NULL for both) is found from the file
 * @flags: %TA_CSV_IMPORT_DRY_RUN to check and count only
 * @out_result: (out) (optional) (transfer full): what was read and
 *   imported, and the problems; set on failure too, so the problems can
 *   be listed
 * @error: a #TA_CSV_ERROR or #TA_STORE_ERROR
 *
 * Imports participants or pairs, as the header row says: all rows or
 * none (see ta-participant-csv.h and ta-pairing-csv.h).
 *
 * Returns: %TRUE if every row was imported (or would be, with a dry run)
 */
gboolean
ta_csv_import (TaStore            *store,
               const char         *data,
               gsize               length,
               const char         *display_name,
               const TaCsvFormat  *format,
               TaCsvImportFlags    flags,
               TaImportResult    **out_result,
               GError            **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ta_csv_import_as (store, data, length, display_name, format, -1, flags, NULL,
                            out_result, error);
}

/**
 * ta_participants_import_csv:
 * @store: a #TaStore
 * @data: (array length=length): the bytes of a CSV file
 * @length: the number of bytes
 * @display_name: (nullable): the file name shown in problem lines
 * @dry_run: check everything and count, but write nothing
 * @out_result: (out) (optional) (transfer full): the counts and problems;
 *   set on failure too, so the problems can be listed
 * @error: a #TA_CSV_ERROR or #TA_STORE_ERROR
 *
 * Imports participants (see ta-participant-csv.h).
 *
 * Returns: %TRUE if every row was imported (or would be, with @dry_run)
 */
gboolean
ta_participants_import_csv (TaStore         *store,
                            const char      *data,
                            gsize            length,
                            const char      *display_name,
                            gboolean         dry_run,
                            TaImportResult **out_result,
                            GError         **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ta_csv_import_as (store, data, length, display_name, NULL, TA_CSV_KIND_PARTICIPANTS,
                            dry_run ? TA_CSV_IMPORT_DRY_RUN : TA_CSV_IMPORT_DEFAULT, NULL,
                            out_result, error);
}

/**
 * ta_participants_import_csv_full:
 * @store: a #TaStore
 * @data: (array length=length): the bytes of a CSV file
 * @length: the number of bytes
 * @display_name: (nullable): the file name shown in problem lines
 * @format: (nullable): the encoding and separator (see ta_csv_import())
 * @flags: %TA_CSV_IMPORT_DRY_RUN to check and count only
 * @out_result: (out) (optional) (transfer full): the counts and problems;
 *   set on failure too, so the problems can be listed
 * @error: a #TA_CSV_ERROR or #TA_STORE_ERROR
 *
 * ta_participants_import_csv() with the encoding and separator given.
 *
 * Returns: %TRUE if every row was imported (or would be, with a dry run)
 */
gboolean
ta_participants_import_csv_full (TaStore            *store,
                                 const char         *data,
                                 gsize               length,
                                 const char         *display_name,
                                 const TaCsvFormat  *format,
                                 TaCsvImportFlags    flags,
                                 TaImportResult    **out_result,
                                 GError            **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ta_csv_import_as (store, data, length, display_name, format, TA_CSV_KIND_PARTICIPANTS,
                            flags, NULL, out_result, error);
}

static gboolean
load_file (GFile         *file,
           GCancellable  *cancellable,
           char         **out_data,
           gsize         *out_length,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_load_contents (file, cancellable, out_data, out_length, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_READ,
                     /* Translators: %1$s is a file name, %2$s the system's reason */
                     _("Cannot read “%1$s”: %2$s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_participants_import_file:
 * @store: a #TaStore
 * @file: a CSV file
 * @dry_run: check everything and count, but write nothing
 * @cancellable: (nullable): a #GCancellable
 * @out_result: (out) (optional) (transfer full): the counts and problems;
 *   set whenever the file could be read, even on failure
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Like ta_participants_import_csv(), with the file's base name in the
 * problem lines.
 *
 * Returns: %TRUE if every row was imported (or would be, with @dry_run)
 */
gboolean
ta_participants_import_file (TaStore         *store,
                             GFile           *file,
                             gboolean         dry_run,
                             GCancellable    *cancellable,
                             TaImportResult **out_result,
                             GError         **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  gsize length;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_result != NULL)
    *out_result = NULL;

  if (!load_file (file, cancellable, &data, &length, error))
    return FALSE;

  display_name = g_file_get_basename (file);
  return _ta_csv_import_as (store, data, length, display_name, NULL, TA_CSV_KIND_PARTICIPANTS,
                            dry_run ? TA_CSV_IMPORT_DRY_RUN : TA_CSV_IMPORT_DEFAULT, cancellable,
                            out_result, error);
}

/* Asynchronous: decode and parse in a worker thread, with no store in
 * sight; then the commit back on the caller's main context, so the store
 * is only used from its thread and its signals reach the views there. */

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Import *import = task_data;
  g_autofree char *loaded = NULL;
  GError *error = NULL;
  const char *data;
  gsize length;

  if (import->file != NULL)
    {
      if (!load_file (import->file, cancellable, &loaded, &length, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      data = loaded;
    }
  else
    data = g_bytes_get_data (import->bytes, &length);

  if (!import_parse (import, data, length, cancellable, &error))
    {
      import_fill_failed (import);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
import_parsed_cb (GObject      *source_object,
                  GAsyncResult *parse_result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TaStore *store = g_task_get_source_object (task);
  Import *import = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (parse_result), &error) ||
      g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error) ||
      !import_commit (import, store, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
import_start (TaStore             *store,
              Import              *import,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) parse_task = NULL;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, import, import_free);
  /* Once written, the rows stay written: report what really happened. */
  g_task_set_check_cancellable (task, FALSE);

  parse_task = g_task_new (NULL, cancellable, import_parsed_cb, g_object_ref (task));
  g_task_set_source_tag (parse_task, import_thread);
  g_task_set_task_data (parse_task, import, NULL);
  g_task_run_in_thread (parse_task, import_thread);
}

static gboolean
import_finish (TaStore         *store,
               GAsyncResult    *result,
               TaImportResult **out_result,
               GError         **error)
{
  Import *import = g_task_get_task_data (G_TASK (result));
  gboolean ok = g_task_propagate_boolean (G_TASK (result), error);

  /* Unreadable files give no result, as in the synchronous variant. */
  if (out_result != NULL)
    *out_result = import->importer != NULL || import->result != NULL ? import_take_result (import)
                                                                      : NULL;

  return ok;
}

/**
 * ta_csv_import_async:
 * @store: a #TaStore
 * @data: the bytes of a CSV file
 * @display_name: (nullable): the file name shown in problem lines
 * @format: (nullable): the encoding and separator (see ta_csv_import())
 * @flags: %TA_CSV_IMPORT_DRY_RUN to check and count only
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the thread-default main context of the caller
 * @user_data: data for @callback
 *
 * ta_csv_import() for a window: reads and checks @data in a worker
 * thread, then checks against the programme and writes on the caller's
 * thread, so the store's signals are emitted there.  Cancelling after the
 * rows were written has no effect.
 */
void
ta_csv_import_async (TaStore             *store,
                     GBytes              *data,
                     const char          *display_name,
                     const TaCsvFormat   *format,
                     TaCsvImportFlags     flags,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  Import *import;

  g_return_if_fail (TA_IS_STORE (store));
  g_return_if_fail (data != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  import = import_new (display_name, format, -1, flags);
  import->bytes = g_bytes_ref (data);
  import_start (store, import, ta_csv_import_async, cancellable, callback, user_data);
}

/**
 * ta_csv_import_finish:
 * @store: a #TaStore
 * @result: the #GAsyncResult given to the callback
 * @out_result: (out) (optional) (transfer full): what was read and
 *   imported, and the problems; set on failure too
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE if every row was imported (or would be, with a dry run)
 */
gboolean
ta_csv_import_finish (TaStore         *store,
                      GAsyncResult    *result,
                      TaImportResult **out_result,
                      GError         **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ta_csv_import_async), FALSE);

  return import_finish (store, result, out_result, error);
}

/**
 * ta_participants_import_file_async:
 * @store: a #TaStore
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the thread-default main context of the caller
 * @user_data: data for @callback
 *
 * Reads and checks @file in a worker thread, then writes the participants
 * on the caller's thread, so the store's signals are emitted there.
 * Cancelling after the rows were written has no effect.
 */
void
ta_participants_import_file_async (TaStore             *store,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *display_name = NULL;
  Import *import;

  g_return_if_fail (TA_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  display_name = g_file_get_basename (file);
  import = import_new (display_name, NULL, TA_CSV_KIND_PARTICIPANTS, TA_CSV_IMPORT_DEFAULT);
  import->file = g_object_ref (file);
  import_start (store, import, ta_participants_import_file_async, cancellable, callback, user_data);
}

/**
 * ta_participants_import_file_finish:
 * @store: a #TaStore
 * @result: the #GAsyncResult given to the callback
 * @out_result: (out) (optional) (transfer full): the counts and problems;
 *   set whenever the file could be read, even on failure
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE if every row was imported
 */
gboolean
ta_participants_import_file_finish (TaStore         *store,
                                    GAsyncResult    *result,
                                    TaImportResult **out_result,
                                    GError         **error)
{
  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ta_participants_import_file_async), FALSE);

  return import_finish (store, result, out_result, error);
}
