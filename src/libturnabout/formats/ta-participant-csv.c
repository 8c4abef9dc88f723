/* ta-participant-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-participant-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-csv.h"
#include "ta-participant-csv.h"
#include "ta-participant-csv-private.h"
#include "ta-participant-private.h"

/*
 * Import is all or nothing, in three steps:
 *
 *  1. parse (here): read the CSV, check every cell and build TaParticipant
 *     objects.  It needs nothing but the text, so the asynchronous variant
 *     runs it in a worker thread (ta-csv-import.c).
 *  2. resolve: the checks that need the store (a manager known only to the
 *     programme, reporting loops through people already in it).
 *  3. commit: the writes.
 *
 * Steps 2 and 3 (ta-participant-csv-resolve.c) are one transaction of the
 * store, begun with the write lock (BEGIN IMMEDIATE): what step 2 finds is
 * still true when step 3 writes, even with another Turnabout importing
 * into the same programme.  They run on the caller's thread, so the store
 * is only ever used from one thread and its signals reach the views on the
 * main thread.
 *
 * Header cells are matched by name or by one of the names of the table in
 * ta-csv-columns.c.  Export neutralises cells that a spreadsheet would run
 * as a formula by putting a `'` in front of them, and import takes exactly
 * that `'` off again (ta_csv_cell_unneutralise()), in every column, so
 * that export → edit in a spreadsheet → import gives back what was
 * exported.
 */

/* The parser's own short names for the shared ones. */
typedef TaParticipantsParsed Parsed;
typedef TaParticipantColumn Column;
#define N_COLUMNS TA_N_PARTICIPANT_COLUMNS

/* How often the parser looks at the cancellable, in rows. */
#define CANCEL_CHECK_ROWS 1024

static gpointer
parsed_new (const char *display_name)
{
  Parsed *parsed = g_new0 (Parsed, 1);

  _ta_csv_problems_init (&parsed->problems, display_name);
  parsed->participants = g_ptr_array_new_with_free_func (g_object_unref);
  parsed->reports_to = g_ptr_array_new_with_free_func (g_free);
  parsed->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  parsed->folded_emails = g_ptr_array_new_with_free_func (g_free);
  parsed->emails = g_hash_table_new (g_str_hash, g_str_equal);
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
  g_ptr_array_unref (parsed->participants);
  g_ptr_array_unref (parsed->reports_to);
  g_array_unref (parsed->lines);
  g_hash_table_unref (parsed->emails);
  g_ptr_array_unref (parsed->folded_emails);
  g_ptr_array_unref (parsed->unknown_columns);
  g_free (parsed);
}

static void
add_problem_literal (Parsed     *parsed,
                     guint       line,
                     guint       order,
                     const char *column_label,
                     const char *reason)
{
  _ta_csv_problems_add (&parsed->problems, line, order, column_label, reason);
}

void
_ta_participants_parsed_add_problem (Parsed     *parsed,
                                     guint       line,
                                     Column      column,
                                     const char *reason)
{
  g_assert (column < N_COLUMNS);

  add_problem_literal (parsed, line, column, _ta_participant_column_names[column], reason);
}

void
_ta_participants_parsed_add_problemf (Parsed     *parsed,
                                      guint       line,
                                      Column      column,
                                      const char *format,
                                      ...)
{
  va_list args;

  g_assert (column < N_COLUMNS);

  va_start (args, format);
  _ta_csv_problems_addv (&parsed->problems, line, column, _ta_participant_column_names[column], format, args);
  va_end (args);
}

#define add_problem _ta_participants_parsed_add_problem
#define add_problem_printf _ta_participants_parsed_add_problemf

static void
fill_result (gpointer        parsed,
             TaImportResult *result)
{
  Parsed *self = parsed;

  _ta_csv_problems_fill_result (&self->problems, self->unknown_columns, result);
}

/* The field names of ta_participant_validate(), which its messages and
 * ours start with; translated once per file, not once per row. */
typedef struct
{
  const char *department;
  const char *job_title;
  const char *location;
  const char *notes;
  const char *languages;
  const char *offers;
  const char *seeks;
} Labels;

typedef struct
{
  TaCsvReader  *reader;
  const int    *field_of_column;
  const Labels *labels;
  guint         line;
  guint         n_fields;
} Row;

static gboolean
row_cell_is_invalid (Row    *row,
                     Column  column)
{
  int index = row->field_of_column[column];

  return index >= 0 && (guint) index < row->n_fields &&
         ta_csv_reader_get_invalid_line (row->reader, index) != 0;
}

/* The cell of @column inside the reader's buffer, without the `'` of a
 * neutralised formula, with its spaces trimmed if @strip; NULL when the column is absent, the row too short, or the cell
 * not valid UTF-8 (reported already: it reads as empty here, and the file
 * is refused all the same). */
static const char *
row_peek (Row      *row,
          Column    column,
          gboolean  strip,
          gsize    *out_length)
{
  int index = row->field_of_column[column];
  const char *text;
  gsize length;

  *out_length = 0;
  if (index < 0 || (guint) index >= row->n_fields || row_cell_is_invalid (row, column))
    return NULL;

  text = ta_csv_reader_get_field (row->reader, index, &length);
  ta_csv_cell_unneutralise (&text, &length);
  if (strip)
    {
      while (length > 0 && g_ascii_isspace (text[0]))
        text++, length--;
      while (length > 0 && g_ascii_isspace (text[length - 1]))
        length--;
    }

  *out_length = length;
  return text;
}

/* A copy of the cell, or NULL when it is empty. */
static char *
row_take (Row      *row,
          Column    column,
          gboolean  strip)
{
  gsize length;
  const char *text = row_peek (row, column, strip, &length);

  return length > 0 ? g_strndup (text, length) : NULL;
}

static gboolean
list_contains (GPtrArray  *items,
               const char *item,
               gsize       length)
{
  for (guint i = 0; i < items->len; i++)
    {
      const char *other = g_ptr_array_index (items, i);

      if (g_ascii_strncasecmp (other, item, length) == 0 && other[length] == '\0')
        return TRUE;
    }

  return FALSE;
}

/*
 * A `;`-separated list: items trimmed, empty ones dropped, the same item
 * twice (whatever its ASCII case) kept once.  The result is what a
 * participant keeps: an array of interned strings (ta-participant-private.h),
 * or NULL for an empty list.
 *
 * The whole cell is validated once; only when that fails, or an item is
 * long enough to be over the limit, are items validated one by one, so
 * that the reason is the validator's own for that item.
 */
static gboolean
parse_list (Parsed        *parsed,
            Row           *row,
            Column         column,
            const char    *label,
            const char  ***out_items)
{
  g_autoptr(GPtrArray) items = NULL;
  const char *cell;
  const char *end;
  gsize length;
  gboolean cell_valid;

  *out_items = NULL;
  /* Untrimmed: the reader ends each cell with a NUL. */
  cell = row_peek (row, column, FALSE, &length);
  if (cell == NULL || length == 0)
    return TRUE;

  cell_valid = ta_validate_text (label, cell, length, FALSE, NULL);
  items = g_ptr_array_new ();
  end = cell + length;

  for (const char *p = cell; p < end; )
    {
      const char *separator = memchr (p, ';', end - p);
      const char *s = p;
      const char *e = separator != NULL ? separator : end;
      gsize n;

      p = e + 1;
      while (s < e && g_ascii_isspace (*s))
        s++;
      while (e > s && g_ascii_isspace (e[-1]))
        e--;
      n = e - s;
      if (n == 0 || list_contains (items, s, n))
        continue;

      if (items->len == TA_PARTICIPANT_MAX_LIST_ITEMS)
        {
          add_problem_printf (parsed, row->line, column,
                              /* Translators: %1$s is “Languages”, “Skills offered” or “Topics wanted” */
                              _("The field “%1$s” has too many items (at most %2$d)"),
                              _(label), TA_PARTICIPANT_MAX_LIST_ITEMS);
          return FALSE;
        }

      if (cell_valid && n <= TA_PARTICIPANT_MAX_FIELD_CHARS)
        {
          char item[TA_PARTICIPANT_MAX_FIELD_CHARS + 1];

          memcpy (item, s, n);
          item[n] = '\0';
          g_ptr_array_add (items, (gpointer) g_intern_string (item));
        }
      else
        {
          g_autofree char *item = g_strndup (s, n);
          g_autoptr(GError) error = NULL;

          if (!ta_validate_text (label, item, TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, &error))
            {
              add_problem (parsed, row->line, column, error->message);
              return FALSE;
            }
          g_ptr_array_add (items, (gpointer) g_intern_string (item));
        }
    }

  if (items->len == 0)
    return TRUE;

  g_ptr_array_add (items, NULL);
  *out_items = (const char **) g_ptr_array_free (g_steal_pointer (&items), FALSE);
  return TRUE;
}

static gboolean
parse_text (Parsed      *parsed,
            Row         *row,
            Column       column,
            const char  *label,
            gboolean     multi_line,
            char       **out_text)
{
  g_autofree char *text = row_take (row, column, !multi_line);
  g_autoptr(GError) error = NULL;

  *out_text = NULL;
  if (text == NULL)
    return TRUE;

  if (!ta_validate_text (label, text,
                         multi_line ? 0 : TA_PARTICIPANT_MAX_FIELD_CHARS,
                         multi_line, &error))
    {
      add_problem (parsed, row->line, column, error->message);
      return FALSE;
    }

  *out_text = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
parse_int (Parsed     *parsed,
           Row        *row,
           Column      column,
           gboolean    is_year,
           int        *out_value)
{
  g_autofree char *text = row_take (row, column, TRUE);
  gint64 value;

  *out_value = 0;
  if (text == NULL)
    return TRUE;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL))
    {
      g_autofree char *shown = _ta_csv_shown_value (text);

      if (is_year)
        add_problem_printf (parsed, row->line, column,
                            /* Translators: %s is the cell's text, e.g. “abc” in the birth_year column */
                            _("“%s” is not a year"), shown);
      else
        add_problem_printf (parsed, row->line, column,
                            /* Translators: %s is the cell's text */
                            _("“%s” is not a whole number"), shown);
      return FALSE;
    }

  *out_value = (int) value;
  return TRUE;
}

/*
 * Checks every cell of one row with the rules of ta_participant_validate()
 * (which the store applies again before writing), but cell by cell, so that
 * every problem of a row is reported at once.
 *
 * The participant is new and nobody listens to it yet: its fields are
 * filled directly, as the store does when it loads a programme, which
 * spares a copy and a notification per field of 100,000 rows.
 */
static void
parse_row (Parsed *parsed,
           Row    *row)
{
  g_autoptr(TaParticipant) participant = ta_participant_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *folded_email = NULL;
  g_autofree char *role = NULL;
  g_autofree char *career_level = NULL;
  g_autofree char *availability = NULL;
  g_autofree char *reports_to = NULL;
  g_autofree char *status = NULL;
  gboolean role_ok = TRUE;
  gboolean status_ok = TRUE;
  gboolean capacity_ok;
  int number;

  name = row_take (row, TA_PARTICIPANT_COLUMN_NAME, TRUE);
  if (!row_cell_is_invalid (row, TA_PARTICIPANT_COLUMN_NAME))
    {
      if (ta_validate_name (name, &error))
        participant->name = g_steal_pointer (&name);
      else
        add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_NAME, error->message);
      g_clear_error (&error);
    }

  email = row_take (row, TA_PARTICIPANT_COLUMN_EMAIL, TRUE);
  if (!row_cell_is_invalid (row, TA_PARTICIPANT_COLUMN_EMAIL))
    {
      if (ta_validate_email (email, &error))
        {
          gpointer first;

          folded_email = ta_email_fold (email);
          first = g_hash_table_lookup (parsed->emails, folded_email);
          if (first != NULL)
            {
              g_autofree char *shown = _ta_csv_shown_value (email);
              guint first_line = g_array_index (parsed->lines, guint,
                                                GPOINTER_TO_UINT (first) - 1);

              add_problem_printf (parsed, row->line, TA_PARTICIPANT_COLUMN_EMAIL,
                                  /* Translators: %1$s is an e-mail address, %2$u a line number */
                                  _("“%1$s” is already used on line %2$u"),
                                  shown, first_line);
              g_clear_pointer (&folded_email, g_free);
            }
          participant->email = g_steal_pointer (&email);
        }
      else
        add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_EMAIL, error->message);
      g_clear_error (&error);
    }

  role = row_take (row, TA_PARTICIPANT_COLUMN_ROLE, TRUE);
  if (role != NULL && !ta_role_from_string (role, &participant->role))
    {
      g_autofree char *shown = _ta_csv_shown_value (role);

      role_ok = FALSE;
      add_problem_printf (parsed, row->line, TA_PARTICIPANT_COLUMN_ROLE,
                          /* Translators: %s is the cell's text; mentor, mentee and both are not translated */
                          _("“%s” is not a role (use mentor, mentee or both)"),
                          shown);
    }

  parse_text (parsed, row, TA_PARTICIPANT_COLUMN_DEPARTMENT, row->labels->department, FALSE,
              &participant->department);
  parse_text (parsed, row, TA_PARTICIPANT_COLUMN_JOB_TITLE, row->labels->job_title, FALSE,
              &participant->job_title);

  career_level = row_take (row, TA_PARTICIPANT_COLUMN_CAREER_LEVEL, TRUE);
  if (career_level != NULL &&
      !ta_career_level_from_string (career_level, &participant->career_level))
    {
      g_autofree char *shown = _ta_csv_shown_value (career_level);

      add_problem_printf (parsed, row->line, TA_PARTICIPANT_COLUMN_CAREER_LEVEL,
                          /* Translators: %s is the cell's text; the level names are not translated */
                          _("“%s” is not a career level (use 1 to 7, or graduate, junior, "
                            "professional, senior, manager, director or executive)"),
                          shown);
    }

  if (parse_int (parsed, row, TA_PARTICIPANT_COLUMN_BIRTH_YEAR, TRUE, &number))
    {
      if (ta_validate_birth_year (number, &error))
        participant->birth_year = number;
      else
        add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_BIRTH_YEAR, error->message);
      g_clear_error (&error);
    }

  parse_text (parsed, row, TA_PARTICIPANT_COLUMN_LOCATION, row->labels->location, FALSE,
              &participant->location);

  parse_list (parsed, row, TA_PARTICIPANT_COLUMN_LANGUAGES, row->labels->languages, &participant->languages);
  parse_list (parsed, row, TA_PARTICIPANT_COLUMN_OFFERS, row->labels->offers, &participant->offers);
  parse_list (parsed, row, TA_PARTICIPANT_COLUMN_SEEKS, row->labels->seeks, &participant->seeks);

  availability = row_take (row, TA_PARTICIPANT_COLUMN_AVAILABILITY, TRUE);
  if (availability != NULL &&
      !ta_availability_parse (availability, &participant->availability, &error))
    add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_AVAILABILITY, error->message);
  g_clear_error (&error);

  capacity_ok = parse_int (parsed, row, TA_PARTICIPANT_COLUMN_CAPACITY, FALSE, &number);
  if (capacity_ok)
    {
      gsize length;

      /* An empty cell is the default: room for one mentee, for anyone
       * who mentors; a mentee's capacity means nothing. */
      row_peek (row, TA_PARTICIPANT_COLUMN_CAPACITY, TRUE, &length);
      if (length == 0)
        number = participant->role == TA_ROLE_MENTEE ? 0 : TA_PARTICIPANT_DEFAULT_CAPACITY;

      if (ta_validate_capacity (number, &error))
        participant->capacity = number;
      else
        {
          add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_CAPACITY, error->message);
          capacity_ok = FALSE;
        }
      g_clear_error (&error);
    }

  /* Whether the manager exists is known only once every row is read. */
  reports_to = row_take (row, TA_PARTICIPANT_COLUMN_REPORTS_TO, TRUE);
  if (reports_to != NULL && folded_email != NULL && ta_email_equal (reports_to, folded_email))
    {
      add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_REPORTS_TO,
                   _("A participant cannot be their own manager"));
      /* Said once is enough: not again as a circle of one. */
      g_clear_pointer (&reports_to, g_free);
    }

  status = row_take (row, TA_PARTICIPANT_COLUMN_STATUS, TRUE);
  if (status != NULL && !ta_participant_status_from_string (status, &participant->status))
    {
      g_autofree char *shown = _ta_csv_shown_value (status);

      status_ok = FALSE;
      add_problem_printf (parsed, row->line, TA_PARTICIPANT_COLUMN_STATUS,
                          /* Translators: %s is the cell's text; active, paused and left are not translated */
                          _("“%s” is not a status (use active, paused or left)"),
                          shown);
    }

  /* Said of the capacity, which is what to change; only when the role,
   * status and capacity cells are themselves fine. */
  if (capacity_ok && role_ok && status_ok &&
      !ta_validate_mentor_capacity (participant->role, participant->status,
                                    participant->capacity, &error))
    add_problem (parsed, row->line, TA_PARTICIPANT_COLUMN_CAPACITY, error->message);
  g_clear_error (&error);

  /* Notes keep their spaces and line breaks. */
  parse_text (parsed, row, TA_PARTICIPANT_COLUMN_NOTES, row->labels->notes, TRUE, &participant->notes);

  /* Any problem refuses the whole file, so the row is kept regardless:
   * its e-mail counts for duplicates and managers further down. */
  if (folded_email != NULL)
    {
      g_array_append_val (parsed->lines, row->line);
      g_hash_table_insert (parsed->emails, folded_email, GUINT_TO_POINTER (parsed->lines->len));
      g_ptr_array_add (parsed->folded_emails, g_steal_pointer (&folded_email));
      g_ptr_array_add (parsed->participants, g_steal_pointer (&participant));
      g_ptr_array_add (parsed->reports_to, g_steal_pointer (&reports_to));
    }
}

static void
report_invalid_utf8 (Parsed      *parsed,
                     TaCsvReader *reader,
                     const int   *column_of_field,
                     guint        n_header_fields)
{
  guint n = ta_csv_reader_get_n_fields (reader);

  for (guint i = 0; i < n && i < n_header_fields; i++)
    {
      guint line = ta_csv_reader_get_invalid_line (reader, i);

      if (line != 0 && column_of_field[i] >= 0)
        add_problem (parsed, line, column_of_field[i],
                     _("The text is not valid UTF-8 (save the file as “CSV UTF-8”)"));
    }
}

static void
set_syntax_error (Parsed      *parsed,
                  GError     **error,
                  guint        line,
                  const char  *column_label,
                  const char  *reason)
{
  add_problem_literal (parsed, line, G_MAXUINT, column_label, reason);
  g_set_error_literal (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                       _ta_csv_problems_last (&parsed->problems));
}

/*
 * Step 1.  Returns FALSE with @error on a file that cannot be read as CSV at
 * all, or when cancelled; problems of single cells go to @parsed.
 */
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
  const Labels labels = {
    /* Untranslated: ta_validate_text() translates the one it reports. */
    N_("Department"), N_("Job title"), N_("Location"), N_("Notes"),
    N_("Languages"), N_("Skills offered"), N_("Topics wanted"),
  };
  guint n_header_fields;
  guint n_rows = 0;

  if (!ta_csv_reader_next (reader, &local_error))
    {
      if (local_error != NULL)
        {
          guint n = ta_csv_reader_get_n_fields (reader);
          g_autofree char *label = g_strdup_printf (_("column %u"), n);

          set_syntax_error (parsed, error, ta_csv_reader_get_field_line (reader, n - 1), label,
                            _("This quoted cell of the header row is never closed: "
                              "a quote is missing"));
        }
      else
        {
          g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                       /* Translators: %s is a file name */
                       _("%s: the file is empty; it needs a header row with at least "
                         "the columns name and email"),
                       parsed->problems.display_name);
        }
      return FALSE;
    }

  /* The header. */
  n_header_fields = ta_csv_reader_get_n_fields (reader);
  column_of_field = g_new (int, n_header_fields);
  for (guint c = 0; c < N_COLUMNS; c++)
    field_of_column[c] = -1;

  for (guint i = 0; i < n_header_fields; i++)
    {
      const char *header = ta_csv_reader_get_field (reader, i, NULL);
      int column;

      column_of_field[i] = -1;
      if (ta_csv_reader_get_invalid_line (reader, i) != 0)
        {
          g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX,
                       /* Translators: %s is a file name */
                       _("%s: the file is not UTF-8 text; save it as “CSV UTF-8” and "
                         "import it again"),
                       parsed->problems.display_name);
          return FALSE;
        }

      column = _ta_csv_lookup_participant_column (header);
      if (column < 0)
        {
          g_autofree char *name = g_strstrip (g_strdup (header));

          if (*name != '\0')
            g_ptr_array_add (parsed->unknown_columns, g_steal_pointer (&name));
          continue;
        }

      if (field_of_column[column] >= 0)
        {
          add_problem (parsed, ta_csv_reader_get_line (reader), column,
                       _("This column appears more than once in the header"));
          continue;
        }

      field_of_column[column] = i;
      column_of_field[i] = column;
    }

  if (field_of_column[TA_PARTICIPANT_COLUMN_NAME] < 0)
    add_problem (parsed, ta_csv_reader_get_line (reader), TA_PARTICIPANT_COLUMN_NAME,
                 _("This column is required but missing from the header row"));
  if (field_of_column[TA_PARTICIPANT_COLUMN_EMAIL] < 0)
    add_problem (parsed, ta_csv_reader_get_line (reader), TA_PARTICIPANT_COLUMN_EMAIL,
                 _("This column is required but missing from the header row"));

  /* With a broken header every row would repeat the same problem. */
  if (_ta_csv_problems_count (&parsed->problems) > 0)
    return TRUE;

  /* The rows. */
  while (ta_csv_reader_next (reader, &local_error))
    {
      guint n_fields = ta_csv_reader_get_n_fields (reader);
      Row row = { reader, field_of_column, &labels, ta_csv_reader_get_line (reader), n_fields };

      if (++n_rows % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (ta_csv_reader_is_blank (reader))
        continue;

      for (guint i = n_header_fields; i < n_fields; i++)
        {
          gsize cell_length;
          const char *text = ta_csv_reader_get_field (reader, i, &cell_length);

          for (gsize j = 0; j < cell_length; j++)
            {
              if (!g_ascii_isspace (text[j]))
                {
                  /* Translators: names a cell by its position, 1 for the first column */
                  g_autofree char *label = g_strdup_printf (_("column %u"), i + 1);

                  add_problem_literal (parsed, row.line, N_COLUMNS + i, label,
                                       _("This cell has no column name in the header row"));
                  break;
                }
            }
        }

      report_invalid_utf8 (parsed, reader, column_of_field, n_header_fields);
      parse_row (parsed, &row);
    }

  if (local_error != NULL)
    {
      guint n = ta_csv_reader_get_n_fields (reader);
      guint index = n > 0 ? n - 1 : 0;
      const char *label;
      g_autofree char *position = NULL;

      if (index < n_header_fields && column_of_field[index] >= 0)
        label = _ta_participant_column_names[column_of_field[index]];
      else
        label = position = g_strdup_printf (_("column %u"), index + 1);

      set_syntax_error (parsed, error,
                        n > 0 ? ta_csv_reader_get_field_line (reader, index)
                              : ta_csv_reader_get_line (reader),
                        label,
                        _("This quoted cell is never closed: a quote is missing"));
      return FALSE;
    }

  return TRUE;
}

const TaCsvImporter _ta_participant_csv_importer = {
  parsed_new,
  parsed_free,
  parse_csv,
  _ta_participants_csv_commit,
  fill_result,
};
