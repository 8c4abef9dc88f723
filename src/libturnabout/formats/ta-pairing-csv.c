/* ta-pairing-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-pairing-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-store.h"
#include "ta-pairing-csv.h"
#include "ta-pairing-csv-private.h"
#include "ta-pairing-private.h"
#include "ta-participant-private.h"

/*
 * A pairs CSV (see ta-pairing-csv.h) is imported as participants are: the
 * rows read and checked from the text alone (in a worker thread for the
 * window), then, in one transaction of the store with the write lock
 * held, the checks that need the programme and the writes
 * (_ta_store_import_pairings()).  Every problem is reported with its line,
 * and any problem refuses the whole file.
 *
 * Goals: one goal per line of the cell (Alt+Enter in Excel), since a goal
 * is one line and may hold a `;` or a `,`; a goal that is done starts with
 * “[x] ”, an open one may start with “[ ] ” (the export writes both).
 */

#define N_COLUMNS TA_N_PAIRING_COLUMNS
#define COLUMN_LABEL(column) (_ta_pairing_column_names[column])

typedef TaPairingsParsed Parsed;
typedef TaPairingRow Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->mentor);
  g_free (row->mentee);
  g_free (row->started);
  g_free (row->ended);
  g_free (row->end_reason);
  g_clear_pointer (&row->goals, g_ptr_array_unref);
  g_free (row);
}

static gpointer
parsed_new (const char *display_name)
{
  Parsed *parsed = g_new0 (Parsed, 1);

  _ta_csv_problems_init (&parsed->problems, display_name);
  parsed->rows = g_ptr_array_new_with_free_func (row_free);
  parsed->unknown_columns = g_ptr_array_new_with_free_func (g_free);

  return parsed;
}

static void
parsed_free (gpointer data)
{
  Parsed *parsed = data;

  if (parsed == NULL)
    return;

  _ta_csv_problems_clear (&parsed->problems);
  g_ptr_array_unref (parsed->rows);
  g_ptr_array_unref (parsed->unknown_columns);
  g_free (parsed);
}

void
_ta_pairings_parsed_add_problem (Parsed          *parsed,
                                 guint            line,
                                 TaPairingColumn  column,
                                 const char      *reason)
{
  _ta_csv_problems_add (&parsed->problems, line, column, COLUMN_LABEL (column), reason);
}

void
_ta_pairings_parsed_add_problemf (Parsed          *parsed,
                                  guint            line,
                                  TaPairingColumn  column,
                                  const char      *format,
                                  ...)
{
  va_list args;

  va_start (args, format);
  _ta_csv_problems_addv (&parsed->problems, line, column, COLUMN_LABEL (column), format, args);
  va_end (args);
}

#define add_problem _ta_pairings_parsed_add_problem
#define add_problem_printf _ta_pairings_parsed_add_problemf

/* Dates */

/*
 * YYYY-MM-DD, as the export writes; and what a spreadsheet of a European
 * country makes of it when the file is saved again: day first, with `/`,
 * `.` or `-` (15/03/2025, 15.03.2025, 15-3-2025), possibly followed by a
 * time of day.  Month-first dates (American) are not read: 03/04/2025
 * would be taken for the 3rd of April.
 */
static char *
parse_date (const char *text)
{
  g_autofree char *day_part = g_strdup (text);
  char *space = strchr (day_part, ' ');
  guint64 numbers[3];
  g_auto(GStrv) parts = NULL;
  char separator;
  char iso[11];
  guint year, month, day;

  if (space != NULL)
    *space = '\0';

  separator = strchr (day_part, '/') != NULL ? '/' : strchr (day_part, '.') != NULL ? '.' : '-';
  parts = g_strsplit (day_part, (char[]) { separator, '\0' }, -1);
  if (g_strv_length (parts) != 3)
    return NULL;

  for (guint i = 0; i < 3; i++)
    {
      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &numbers[i], NULL))
        return NULL;
    }

  if (strlen (parts[0]) == 4)
    year = numbers[0], month = numbers[1], day = numbers[2];
  else if (strlen (parts[2]) == 4)
    day = numbers[0], month = numbers[1], year = numbers[2];
  else
    return NULL;

  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", year, month, day);
  return ta_date_is_valid (iso) ? g_strdup (iso) : NULL;
}

/* Cells */

typedef struct
{
  TaCsvReader *reader;
  const int   *field_of_column;
  guint        line;
  guint        n_fields;
} Record;

/* The cell without the `'` of a neutralised formula, trimmed; NULL when
 * the column is absent or the cell empty or not UTF-8 (reported). */
static char *
cell_take (Record          *record,
           TaPairingColumn  column)
{
  int index = record->field_of_column[column];
  const char *text;
  gsize length;

  if (index < 0 || (guint) index >= record->n_fields ||
      ta_csv_reader_get_invalid_line (record->reader, index) != 0)
    return NULL;

  text = ta_csv_reader_get_field (record->reader, index, &length);
  ta_csv_cell_unneutralise (&text, &length);
  while (length > 0 && g_ascii_isspace (text[0]))
    text++, length--;
  while (length > 0 && g_ascii_isspace (text[length - 1]))
    length--;

  return length > 0 ? g_strndup (text, length) : NULL;
}

static char *
parse_person (Parsed          *parsed,
              Record          *record,
              TaPairingColumn  column)
{
  g_autofree char *email = cell_take (record, column);
  g_autoptr(GError) error = NULL;

  if (email == NULL)
    {
      int index = record->field_of_column[column];

      if (index < 0 || (guint) index >= record->n_fields ||
          ta_csv_reader_get_invalid_line (record->reader, index) == 0)
        add_problem (parsed, record->line, column,
                     column == TA_PAIRING_COLUMN_MENTOR
                     ? _("The mentor's e-mail address is required")
                     : _("The mentee's e-mail address is required"));
      return NULL;
    }

  if (!ta_validate_email (email, &error))
    {
      add_problem (parsed, record->line, column, error->message);
      return NULL;
    }

  return g_steal_pointer (&email);
}

static char *
parse_date_cell (Parsed          *parsed,
                 Record          *record,
                 TaPairingColumn  column)
{
  g_autofree char *text = cell_take (record, column);
  char *date;

  if (text == NULL)
    return NULL;

  date = parse_date (text);
  if (date == NULL)
    {
      g_autofree char *shown = _ta_csv_shown_value (text);

      add_problem_printf (parsed, record->line, column,
                          /* Translators: %s is the cell's text; YYYY-MM-DD is a format, keep it */
                          _("“%s” is not a date (write YYYY-MM-DD, e.g. 2025-03-15)"), shown);
    }

  return date;
}

/* One goal per line; “[x] ” before a done one, “[ ] ” before an open one
 * if the file likes.  NULL with a problem. */
static GPtrArray *
parse_goals (Parsed *parsed,
             Record *record)
{
  g_autofree char *text = cell_take (record, TA_PAIRING_COLUMN_GOALS);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return g_steal_pointer (&goals);

  /* CRLF, LF and a lone CR all end a line. */
  g_strdelimit (text, "\r", '\n');
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      char *title = g_strstrip (lines[i]);
      gboolean done = FALSE;

      if (g_str_has_prefix (title, "[x]") || g_str_has_prefix (title, "[X]"))
        done = TRUE, title += 3;
      else if (g_str_has_prefix (title, "[ ]"))
        title += 3;
      else if (g_str_has_prefix (title, "[]"))
        title += 2;
      title = g_strchug (title);

      if (*title == '\0')
        continue;

      if (goals->len == TA_PAIRING_MAX_GOALS)
        {
          add_problem_printf (parsed, record->line, TA_PAIRING_COLUMN_GOALS,
                              _("A pairing can have at most %d goals"), TA_PAIRING_MAX_GOALS);
          return NULL;
        }

      if (!ta_validate_text (N_("Goal"), title, TA_GOAL_MAX_TITLE_CHARS, FALSE, &error))
        {
          add_problem (parsed, record->line, TA_PAIRING_COLUMN_GOALS, error->message);
          return NULL;
        }

      g_ptr_array_add (goals, ta_goal_new (title, done));
    }

  return g_steal_pointer (&goals);
}

static void
parse_record (Parsed *parsed,
              Record *record)
{
  Row *row = g_new0 (Row, 1);
  g_autofree char *status = NULL;
  g_autofree char *reason = NULL;

  row->line = record->line;
  row->mentor = parse_person (parsed, record, TA_PAIRING_COLUMN_MENTOR);
  row->mentee = parse_person (parsed, record, TA_PAIRING_COLUMN_MENTEE);
  if (row->mentor != NULL && row->mentee != NULL && ta_email_equal (row->mentor, row->mentee))
    add_problem (parsed, record->line, TA_PAIRING_COLUMN_MENTEE, _("Nobody can be their own mentor"));

  status = cell_take (record, TA_PAIRING_COLUMN_STATUS);
  if (status != NULL)
    {
      row->has_status = TRUE;
      if (!ta_pairing_status_from_string (status, &row->status))
        {
          g_autofree char *shown = _ta_csv_shown_value (status);

          add_problem_printf (parsed, record->line, TA_PAIRING_COLUMN_STATUS,
                              /* Translators: %s is the cell's text; the statuses are keywords, not translated */
                              _("“%s” is not a pairing status (use proposed, active, paused, "
                                "completed or ended)"),
                              shown);
        }
    }

  row->started = parse_date_cell (parsed, record, TA_PAIRING_COLUMN_STARTED);
  row->ended = parse_date_cell (parsed, record, TA_PAIRING_COLUMN_ENDED);
  if (row->started != NULL && row->ended != NULL && strcmp (row->ended, row->started) < 0)
    add_problem (parsed, record->line, TA_PAIRING_COLUMN_ENDED,
                 _("A pairing cannot end before it started"));

  reason = cell_take (record, TA_PAIRING_COLUMN_END_REASON);
  if (reason != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (ta_validate_text (N_("Reason"), reason, TA_PAIRING_MAX_REASON_CHARS, FALSE, &error))
        row->end_reason = g_steal_pointer (&reason);
      else
        add_problem (parsed, record->line, TA_PAIRING_COLUMN_END_REASON, error->message);
    }

  row->goals = parse_goals (parsed, record);

  g_ptr_array_add (parsed->rows, row);
}

static void
report_extra_cells (Parsed      *parsed,
                    TaCsvReader *reader,
                    guint        line,
                    guint        n_header_fields)
{
  for (guint i = n_header_fields; i < ta_csv_reader_get_n_fields (reader); i++)
    {
      gsize length;
      const char *text = ta_csv_reader_get_field (reader, i, &length);

      for (gsize j = 0; j < length; j++)
        {
          if (!g_ascii_isspace (text[j]))
            {
              /* Translators: names a cell by its position, 1 for the first column */
              g_autofree char *label = g_strdup_printf (_("column %u"), i + 1);

              _ta_csv_problems_add (&parsed->problems, line, N_COLUMNS + i, label,
                                    _("This cell has no column name in the header row"));
              break;
            }
        }
    }
}

static void
report_invalid_utf8 (Parsed      *parsed,
                     TaCsvReader *reader,
                     const int   *column_of_field,
                     guint        n_header_fields)
{
  guint n = MIN (ta_csv_reader_get_n_fields (reader), n_header_fields);

  for (guint i = 0; i < n; i++)
    {
      guint line = ta_csv_reader_get_invalid_line (reader, i);

      if (line != 0 && column_of_field[i] >= 0)
        add_problem (parsed, line, column_of_field[i],
                     _("The text is not valid UTF-8 (save the file as “CSV UTF-8”)"));
    }
}

/* Step 1, from the text alone. */
static gboolean
parse_csv (gpointer          data,
           const TaCsvText  *text,
           GCancellable     *cancellable,
           GError          **error)
{
  Parsed *parsed = data;
  g_autoptr(TaCsvReader) reader = _ta_csv_text_new_reader (text);
  g_autoptr(GError) local_error = NULL;
  g_autofree int *column_of_field = NULL;
  int field_of_column[N_COLUMNS];
  guint n_header_fields;
  guint header_line;

  if (!ta_csv_reader_next (reader, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                     /* Translators: %s is a file name; mentor and mentee are column names */
                     _("%s: the file is empty; it needs a header row with at least the "
                       "columns mentor and mentee"),
                     parsed->problems.display_name);
      return FALSE;
    }

  n_header_fields = ta_csv_reader_get_n_fields (reader);
  header_line = ta_csv_reader_get_line (reader);
  column_of_field = g_new (int, MAX (n_header_fields, 1));
  for (guint c = 0; c < N_COLUMNS; c++)
    field_of_column[c] = -1;

  for (guint i = 0; i < n_header_fields; i++)
    {
      const char *header = ta_csv_reader_get_field (reader, i, NULL);
      int column;

      column_of_field[i] = -1;
      column = ta_csv_reader_get_invalid_line (reader, i) == 0
               ? _ta_csv_lookup_pairing_column (header) : -1;
      if (column < 0)
        {
          g_autofree char *name = g_strstrip (g_utf8_make_valid (header, -1));

          if (*name != '\0')
            g_ptr_array_add (parsed->unknown_columns, g_steal_pointer (&name));
          continue;
        }

      if (field_of_column[column] >= 0)
        {
          add_problem (parsed, header_line, column,
                       _("This column appears more than once in the header"));
          continue;
        }

      field_of_column[column] = i;
      column_of_field[i] = column;
      parsed->has_column[column] = TRUE;
    }

  if (field_of_column[TA_PAIRING_COLUMN_MENTOR] < 0)
    add_problem (parsed, header_line, TA_PAIRING_COLUMN_MENTOR,
                 _("This column is required but missing from the header row"));
  if (field_of_column[TA_PAIRING_COLUMN_MENTEE] < 0)
    add_problem (parsed, header_line, TA_PAIRING_COLUMN_MENTEE,
                 _("This column is required but missing from the header row"));

  /* With a broken header every row would repeat the same problem. */
  if (_ta_csv_problems_count (&parsed->problems) > 0)
    return TRUE;

  while (ta_csv_reader_next (reader, &local_error))
    {
      Record record = {
        reader, field_of_column, ta_csv_reader_get_line (reader),
        ta_csv_reader_get_n_fields (reader),
      };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (ta_csv_reader_is_blank (reader))
        continue;

      report_extra_cells (parsed, reader, record.line, n_header_fields);
      report_invalid_utf8 (parsed, reader, column_of_field, n_header_fields);
      parse_record (parsed, &record);
    }

  if (local_error != NULL)
    {
      guint n = ta_csv_reader_get_n_fields (reader);
      guint index = n > 0 ? n - 1 : 0;
      g_autofree char *position = NULL;
      const char *label;

      if (index < n_header_fields && column_of_field[index] >= 0)
        label = COLUMN_LABEL (column_of_field[index]);
      else
        label = position = g_strdup_printf (_("column %u"), index + 1);

      _ta_csv_problems_add (&parsed->problems,
                            n > 0 ? ta_csv_reader_get_field_line (reader, index)
                                  : ta_csv_reader_get_line (reader),
                            G_MAXUINT, label,
                            _("This quoted cell is never closed: a quote is missing"));
      g_set_error_literal (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                           _ta_csv_problems_last (&parsed->problems));
      return FALSE;
    }

  return TRUE;
}

static void
fill_result (gpointer        parsed,
             TaImportResult *result)
{
  Parsed *self = parsed;

  _ta_csv_problems_fill_result (&self->problems, self->unknown_columns, result);
}

const TaCsvImporter _ta_pairing_csv_importer = {
  parsed_new,
  parsed_free,
  parse_csv,
  _ta_pairings_csv_commit,
  fill_result,
};

/**
 * ta_pairings_import_csv:
 * @store: a #TaStore
 * @data: (array length=length): the bytes of a CSV file
 * @length: their number
 * @display_name: (nullable): the file name shown in problem lines
 * @format: (nullable): the encoding and separator (see ta_csv_import())
 * @flags: %TA_CSV_IMPORT_DRY_RUN to check and count only
 * @out_result: (out) (optional) (transfer full): counts (added, updated,
 *   unchanged) and problems; set on failure too
 * @error: a #TA_CSV_ERROR or #TA_STORE_ERROR
 *
 * Imports pairs (see ta-pairing-csv.h), whatever the header looks like:
 * ta_csv_import() tells pairs from participants by it.
 *
 * Returns: %TRUE if every row was imported (or would be, with a dry run)
 */
gboolean
ta_pairings_import_csv (TaStore            *store,
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

  return _ta_csv_import_as (store, data, length, display_name, format, TA_CSV_KIND_PAIRINGS,
                            flags, NULL, out_result, error);
}

/* Export */

static char *
goals_text (TaPairing *pairing)
{
  GListModel *goals = G_LIST_MODEL (pairing->goals);
  guint n = g_list_model_get_n_items (goals);
  GString *text;

  if (n == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TaGoal) goal = g_list_model_get_item (goals, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, ta_goal_get_done (goal) ? "[x] " : "[ ] ");
      g_string_append (text, ta_goal_get_title (goal));
    }

  return g_string_free (text, FALSE);
}

/**
 * ta_pairings_export_csv:
 * @store: a #TaStore
 * @flags: %TA_CSV_EXPORT_SPREADSHEET for a file that Excel opens as it is
 * @error: a #TA_STORE_ERROR
 *
 * Every pairing, oldest first, with the columns import reads: the two
 * people by e-mail (never neutralised), status, started, goals, ended and
 * end_reason.
 *
 * Returns: (transfer full): the CSV file, or %NULL on error
 */
GBytes *
ta_pairings_export_csv (TaStore           *store,
                        TaCsvExportFlags   flags,
                        GError           **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GHashTable) email_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(TaCsvWriter) writer = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((participants = ta_store_list_participants (store, error)) == NULL ||
      (pairings = ta_store_list_pairings (store, error)) == NULL)
    return NULL;

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_hash_table_insert (email_of_id, &participant->id, participant->email);
    }

  writer = _ta_csv_export_writer_new (flags);
  for (guint c = 0; c < N_COLUMNS; c++)
    ta_csv_writer_add_field (writer, _ta_pairing_column_names[c]);
  ta_csv_writer_end_record (writer);

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *goals = goals_text (pairing);

      ta_csv_writer_add_identity (writer, g_hash_table_lookup (email_of_id, &pairing->mentor_id));
      ta_csv_writer_add_identity (writer, g_hash_table_lookup (email_of_id, &pairing->mentee_id));
      ta_csv_writer_add_field (writer, ta_pairing_status_to_string (pairing->status));
      ta_csv_writer_add_field (writer, pairing->started_on);
      ta_csv_writer_add_field (writer, goals);
      ta_csv_writer_add_field (writer, pairing->ended_on);
      ta_csv_writer_add_field (writer, pairing->end_reason);
      ta_csv_writer_end_record (writer);
    }

  return ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * ta_pairings_export_file:
 * @store: a #TaStore
 * @file: where to write
 * @flags: %TA_CSV_EXPORT_SPREADSHEET for a file that Excel opens as it is
 * @cancellable: (nullable): a #GCancellable
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Writes ta_pairings_export_csv() atomically, readable by its owner only.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_pairings_export_file (TaStore           *store,
                         GFile             *file,
                         TaCsvExportFlags   flags,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ta_pairings_export_csv (store, flags, error);
  if (bytes == NULL)
    return FALSE;

  return _ta_csv_export_write (file, bytes, cancellable, error);
}
