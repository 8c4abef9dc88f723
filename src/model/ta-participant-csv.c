/* ta-participant-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-participant-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-csv.h"
#include "ta-file.h"
#include "ta-participant-csv.h"
#include "ta-store-private.h"
#include "ta-participant-private.h"

/*
 * Import is all or nothing, in three steps:
 *
 *  1. parse: read the CSV, check every cell and build TaParticipant objects.
 *     It needs nothing but the bytes, so the asynchronous variant runs it in
 *     a worker thread.
 *  2. resolve: the checks that need the store (a manager known only to the
 *     programme, reporting loops through people already in it).
 *  3. commit: the writes.
 *
 * Steps 2 and 3 are one transaction of the store, begun with the write
 * lock (BEGIN IMMEDIATE): what step 2 finds is still true when step 3
 * writes, even with another Turnabout importing into the same programme.
 *
 * Steps 2 and 3 run on the caller's thread, so the store is only ever used
 * from one thread and its signals reach the views on the main thread.
 *
 * Export neutralises cells that a spreadsheet would run as a formula by
 * putting a `'` in front of them.  Import does not take that `'` off
 * again: a cell that really holds "-5" comes back as "'-5" after a round
 * trip through export and import.  That is on purpose: the `'` cannot be
 * told apart from one a person typed, and no field of a participant is
 * a number written as text (the numeric columns are written without it).
 */

typedef enum
{
  COLUMN_NAME,
  COLUMN_EMAIL,
  COLUMN_ROLE,
  COLUMN_DEPARTMENT,
  COLUMN_JOB_TITLE,
  COLUMN_CAREER_LEVEL,
  COLUMN_BIRTH_YEAR,
  COLUMN_LOCATION,
  COLUMN_LANGUAGES,
  COLUMN_OFFERS,
  COLUMN_SEEKS,
  COLUMN_AVAILABILITY,
  COLUMN_CAPACITY,
  COLUMN_REPORTS_TO,
  COLUMN_STATUS,
  COLUMN_NOTES,
  N_COLUMNS
} Column;

/* Column names are part of the file format: never translated. */
static const char * const column_names[N_COLUMNS] = {
  "name", "email", "role", "department", "job_title", "career_level",
  "birth_year", "location", "languages", "offers", "seeks", "availability",
  "capacity", "reports_to", "status", "notes",
};

/* The longest value quoted back in a problem line, in characters. */
#define MAX_SHOWN_CHARS 60

/* How often the parser looks at the cancellable, in rows. */
#define CANCEL_CHECK_ROWS 1024

typedef struct
{
  guint  line;
  guint  order;    /* column, then N_COLUMNS + cell index for extra cells */
  guint  serial;   /* keeps problems of one cell in the order found */
  char  *text;
} Problem;

typedef struct
{
  char       *display_name;

  /* One entry per row with a usable e-mail address, in file order. */
  GPtrArray  *participants;     /* of TaParticipant */
  GPtrArray  *reports_to;       /* of char * or NULL: the manager's e-mail */
  GArray     *lines;            /* of guint */
  GPtrArray  *folded_emails;    /* of char *: the e-mail in ASCII lower case */

  /* Folded e-mail (borrowed from folded_emails) → row index + 1. */
  GHashTable *emails;

  GArray     *problems;         /* of Problem */
  GPtrArray  *unknown_columns;  /* of char * */
} Parsed;

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_free (problem->text);
}

static Parsed *
parsed_new (const char *display_name)
{
  Parsed *parsed = g_new0 (Parsed, 1);

  parsed->display_name = g_strdup (display_name != NULL ? display_name : "-");
  parsed->participants = g_ptr_array_new_with_free_func (g_object_unref);
  parsed->reports_to = g_ptr_array_new_with_free_func (g_free);
  parsed->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  parsed->folded_emails = g_ptr_array_new_with_free_func (g_free);
  parsed->emails = g_hash_table_new (g_str_hash, g_str_equal);
  parsed->problems = g_array_new (FALSE, FALSE, sizeof (Problem));
  g_array_set_clear_func (parsed->problems, problem_clear);
  parsed->unknown_columns = g_ptr_array_new_with_free_func (g_free);

  return parsed;
}

static void
parsed_free (Parsed *parsed)
{
  if (parsed == NULL)
    return;

  g_free (parsed->display_name);
  g_ptr_array_unref (parsed->participants);
  g_ptr_array_unref (parsed->reports_to);
  g_array_unref (parsed->lines);
  g_hash_table_unref (parsed->emails);
  g_ptr_array_unref (parsed->folded_emails);
  g_array_unref (parsed->problems);
  g_ptr_array_unref (parsed->unknown_columns);
  g_free (parsed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

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

static TaImportResult *
import_result_new (void)
{
  TaImportResult *result = g_new0 (TaImportResult, 1);

  result->problems = g_ptr_array_new_with_free_func (g_free);
  result->unknown_columns = g_ptr_array_new_with_free_func (g_free);

  return result;
}

/* A value quoted back to the person: valid UTF-8 and not too long. */
static char *
shown_value (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (valid, -1) <= MAX_SHOWN_CHARS)
    return g_steal_pointer (&valid);

  {
    g_autofree char *start = g_utf8_substring (valid, 0, MAX_SHOWN_CHARS - 1);

    return g_strconcat (start, "…", NULL);
  }
}

/* The importer tells addresses apart by the store's own rule, or a
 * duplicate would slip past one of them (see ta_email_fold()). */
static char *
fold_email (const char *email)
{
  return ta_email_fold (email);
}

static void
add_problem_literal (Parsed     *parsed,
                     guint       line,
                     guint       order,
                     const char *column_label,
                     const char *reason)
{
  Problem problem;

  problem.line = line;
  problem.order = order;
  problem.serial = parsed->problems->len;
  /* The shape of a compiler message, so editors and scripts can jump to it. */
  problem.text = g_strdup_printf ("%s:%u: %s: %s",
                                  parsed->display_name, line, column_label, reason);
  g_array_append_val (parsed->problems, problem);
}

static void
add_problem (Parsed     *parsed,
             guint       line,
             Column      column,
             const char *reason)
{
  g_assert (column < N_COLUMNS);

  add_problem_literal (parsed, line, column, column_names[column], reason);
}

static void add_problem_printf (Parsed     *parsed,
                                guint       line,
                                Column      column,
                                const char *format,
                                ...) G_GNUC_PRINTF (4, 5);

static void
add_problem_printf (Parsed     *parsed,
                    guint       line,
                    Column      column,
                    const char *format,
                    ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  add_problem (parsed, line, column, reason);
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

/* Header names are matched without regard to case and surrounding spaces;
 * “Job title” and “job-title” are taken for job_title as well. */
static int
lookup_column (const char *header)
{
  g_autofree char *key = g_ascii_strdown (header, -1);

  g_strstrip (key);
  for (char *p = key; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '-')
        *p = '_';
    }

  if (g_str_equal (key, "e_mail"))
    return COLUMN_EMAIL;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (g_str_equal (key, column_names[i]))
        return i;
    }

  return -1;
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

/* The cell of @column inside the reader's buffer, with its spaces trimmed
 * if @strip; NULL when the column is absent, the row too short, or the cell
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
      g_autofree char *shown = shown_value (text);

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

  name = row_take (row, COLUMN_NAME, TRUE);
  if (!row_cell_is_invalid (row, COLUMN_NAME))
    {
      if (ta_validate_name (name, &error))
        participant->name = g_steal_pointer (&name);
      else
        add_problem (parsed, row->line, COLUMN_NAME, error->message);
      g_clear_error (&error);
    }

  email = row_take (row, COLUMN_EMAIL, TRUE);
  if (!row_cell_is_invalid (row, COLUMN_EMAIL))
    {
      if (ta_validate_email (email, &error))
        {
          gpointer first;

          folded_email = fold_email (email);
          first = g_hash_table_lookup (parsed->emails, folded_email);
          if (first != NULL)
            {
              g_autofree char *shown = shown_value (email);
              guint first_line = g_array_index (parsed->lines, guint,
                                                GPOINTER_TO_UINT (first) - 1);

              add_problem_printf (parsed, row->line, COLUMN_EMAIL,
                                  /* Translators: %1$s is an e-mail address, %2$u a line number */
                                  _("“%1$s” is already used on line %2$u"),
                                  shown, first_line);
              g_clear_pointer (&folded_email, g_free);
            }
          participant->email = g_steal_pointer (&email);
        }
      else
        add_problem (parsed, row->line, COLUMN_EMAIL, error->message);
      g_clear_error (&error);
    }

  role = row_take (row, COLUMN_ROLE, TRUE);
  if (role != NULL && !ta_role_from_string (role, &participant->role))
    {
      g_autofree char *shown = shown_value (role);

      role_ok = FALSE;
      add_problem_printf (parsed, row->line, COLUMN_ROLE,
                          /* Translators: %s is the cell's text; mentor, mentee and both are not translated */
                          _("“%s” is not a role (use mentor, mentee or both)"),
                          shown);
    }

  parse_text (parsed, row, COLUMN_DEPARTMENT, row->labels->department, FALSE,
              &participant->department);
  parse_text (parsed, row, COLUMN_JOB_TITLE, row->labels->job_title, FALSE,
              &participant->job_title);

  career_level = row_take (row, COLUMN_CAREER_LEVEL, TRUE);
  if (career_level != NULL &&
      !ta_career_level_from_string (career_level, &participant->career_level))
    {
      g_autofree char *shown = shown_value (career_level);

      add_problem_printf (parsed, row->line, COLUMN_CAREER_LEVEL,
                          /* Translators: %s is the cell's text; the level names are not translated */
                          _("“%s” is not a career level (use 1 to 7, or graduate, junior, "
                            "professional, senior, manager, director or executive)"),
                          shown);
    }

  if (parse_int (parsed, row, COLUMN_BIRTH_YEAR, TRUE, &number))
    {
      if (ta_validate_birth_year (number, &error))
        participant->birth_year = number;
      else
        add_problem (parsed, row->line, COLUMN_BIRTH_YEAR, error->message);
      g_clear_error (&error);
    }

  parse_text (parsed, row, COLUMN_LOCATION, row->labels->location, FALSE,
              &participant->location);

  parse_list (parsed, row, COLUMN_LANGUAGES, row->labels->languages, &participant->languages);
  parse_list (parsed, row, COLUMN_OFFERS, row->labels->offers, &participant->offers);
  parse_list (parsed, row, COLUMN_SEEKS, row->labels->seeks, &participant->seeks);

  availability = row_take (row, COLUMN_AVAILABILITY, TRUE);
  if (availability != NULL &&
      !ta_availability_parse (availability, &participant->availability, &error))
    add_problem (parsed, row->line, COLUMN_AVAILABILITY, error->message);
  g_clear_error (&error);

  capacity_ok = parse_int (parsed, row, COLUMN_CAPACITY, FALSE, &number);
  if (capacity_ok)
    {
      gsize length;

      /* An empty cell is the default: room for one mentee, for anyone
       * who mentors; a mentee's capacity means nothing. */
      row_peek (row, COLUMN_CAPACITY, TRUE, &length);
      if (length == 0)
        number = participant->role == TA_ROLE_MENTEE ? 0 : TA_PARTICIPANT_DEFAULT_CAPACITY;

      if (ta_validate_capacity (number, &error))
        participant->capacity = number;
      else
        {
          add_problem (parsed, row->line, COLUMN_CAPACITY, error->message);
          capacity_ok = FALSE;
        }
      g_clear_error (&error);
    }

  /* Whether the manager exists is known only once every row is read. */
  reports_to = row_take (row, COLUMN_REPORTS_TO, TRUE);
  if (reports_to != NULL && folded_email != NULL && ta_email_equal (reports_to, folded_email))
    {
      add_problem (parsed, row->line, COLUMN_REPORTS_TO,
                   _("A participant cannot be their own manager"));
      /* Said once is enough: not again as a circle of one. */
      g_clear_pointer (&reports_to, g_free);
    }

  status = row_take (row, COLUMN_STATUS, TRUE);
  if (status != NULL && !ta_participant_status_from_string (status, &participant->status))
    {
      g_autofree char *shown = shown_value (status);

      status_ok = FALSE;
      add_problem_printf (parsed, row->line, COLUMN_STATUS,
                          /* Translators: %s is the cell's text; active, paused and left are not translated */
                          _("“%s” is not a status (use active, paused or left)"),
                          shown);
    }

  /* Said of the capacity, which is what to change; only when the role,
   * status and capacity cells are themselves fine. */
  if (capacity_ok && role_ok && status_ok &&
      !ta_validate_mentor_capacity (participant->role, participant->status,
                                    participant->capacity, &error))
    add_problem (parsed, row->line, COLUMN_CAPACITY, error->message);
  g_clear_error (&error);

  /* Notes keep their spaces and line breaks. */
  parse_text (parsed, row, COLUMN_NOTES, row->labels->notes, TRUE, &participant->notes);

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

static gboolean
row_is_blank (TaCsvReader *reader)
{
  guint n = ta_csv_reader_get_n_fields (reader);

  for (guint i = 0; i < n; i++)
    {
      gsize length;
      const char *text = ta_csv_reader_get_field (reader, i, &length);

      for (gsize j = 0; j < length; j++)
        {
          if (!g_ascii_isspace (text[j]))
            return FALSE;
        }
    }

  return TRUE;
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
                       g_array_index (parsed->problems, Problem,
                                      parsed->problems->len - 1).text);
}

/*
 * Step 1.  Returns FALSE with @error on a file that cannot be read as CSV at
 * all, or when cancelled; problems of single cells go to @parsed.
 */
static gboolean
parse_csv (Parsed        *parsed,
           const char    *data,
           gsize          length,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (data, length);
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
                       parsed->display_name);
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
                       parsed->display_name);
          return FALSE;
        }

      column = lookup_column (header);
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

  if (field_of_column[COLUMN_NAME] < 0)
    add_problem (parsed, ta_csv_reader_get_line (reader), COLUMN_NAME,
                 _("This column is required but missing from the header row"));
  if (field_of_column[COLUMN_EMAIL] < 0)
    add_problem (parsed, ta_csv_reader_get_line (reader), COLUMN_EMAIL,
                 _("This column is required but missing from the header row"));

  /* With a broken header every row would repeat the same problem. */
  if (parsed->problems->len > 0)
    return TRUE;

  /* The rows. */
  while (ta_csv_reader_next (reader, &local_error))
    {
      guint n_fields = ta_csv_reader_get_n_fields (reader);
      Row row = { reader, field_of_column, &labels, ta_csv_reader_get_line (reader), n_fields };

      if (++n_rows % CANCEL_CHECK_ROWS == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (row_is_blank (reader))
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
        label = column_names[column_of_field[index]];
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

/* A person on a reporting line: a row of the file, or someone who is
 * only in the store, known by their folded e-mail. */
typedef struct
{
  int         row;
  const char *email;
} Node;

enum
{
  NO_MANAGER = -1,
  STORE_MANAGER = -2,
};

enum
{
  NOT_SEEN,
  ON_PATH,
  DONE,
};

typedef struct
{
  Parsed     *parsed;
  TaStore    *store;
  int        *manager_row;    /* per row: a row, NO_MANAGER or STORE_MANAGER */
  char      **manager_email;  /* per row, for STORE_MANAGER: folded e-mail */
  guint8     *row_state;
  GHashTable *store_state;    /* folded e-mail → state, for store nodes */
  GPtrArray  *owned;          /* strings the store nodes point to */
} Walk;

static guint
node_get_state (Walk *walk,
                Node *node)
{
  if (node->row >= 0)
    return walk->row_state[node->row];

  return GPOINTER_TO_UINT (g_hash_table_lookup (walk->store_state, node->email));
}

static void
node_set_state (Walk  *walk,
                Node  *node,
                guint  state)
{
  if (node->row >= 0)
    walk->row_state[node->row] = state;
  else
    g_hash_table_insert (walk->store_state, (gpointer) node->email, GUINT_TO_POINTER (state));
}

static gboolean
node_equal (const Node *a,
            const Node *b)
{
  if (a->row >= 0 || b->row >= 0)
    return a->row == b->row;

  return g_str_equal (a->email, b->email);
}

/* Moves @node to its manager; FALSE at the top of the line. */
static gboolean
node_next (Walk     *walk,
           Node     *node,
           GError  **error)
{
  const char *email;
  char *manager;
  gpointer index;

  if (node->row >= 0)
    {
      int row = node->row;

      if (walk->manager_row[row] == NO_MANAGER)
        return FALSE;
      if (walk->manager_row[row] >= 0)
        {
          node->row = walk->manager_row[row];
          return TRUE;
        }
      email = walk->manager_email[row];
    }
  else
    {
      /* Someone not in the file keeps the manager the store knows. */
      if (!_ta_store_get_manager_email (walk->store, node->email, &manager, error) ||
          manager == NULL)
        return FALSE;
      g_ptr_array_add (walk->owned, manager);
      email = manager;
    }

  index = g_hash_table_lookup (walk->parsed->emails, email);
  node->row = index != NULL ? (int) GPOINTER_TO_UINT (index) - 1 : -1;
  node->email = index != NULL ? NULL : email;
  return TRUE;
}

/*
 * Step 2: managers must be in the file or the programme, and the reporting
 * lines after the import must not go round in a circle (a person the file
 * updates takes the manager the file gives; everyone else keeps theirs).
 * Runs inside the import's transaction (see check_in_transaction()).
 */
static gboolean
resolve_against_store (Parsed   *parsed,
                       TaStore  *store,
                       GError  **error)
{
  guint n = parsed->participants->len;
  g_autofree int *manager_row = g_new (int, MAX (n, 1));
  g_autofree char **manager_email = g_new0 (char *, MAX (n, 1));
  g_autofree guint8 *row_state = g_new0 (guint8, MAX (n, 1));
  g_autoptr(GHashTable) store_state = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (Node));
  Walk walk = { parsed, store, manager_row, manager_email, row_state, store_state, owned };

  for (guint i = 0; i < n; i++)
    {
      const char *manager = g_ptr_array_index (parsed->reports_to, i);
      g_autofree char *folded = NULL;
      g_autoptr(GError) local_error = NULL;
      gpointer index;

      manager_row[i] = NO_MANAGER;
      if (manager == NULL)
        continue;

      folded = fold_email (manager);
      index = g_hash_table_lookup (parsed->emails, folded);
      if (index != NULL)
        {
          manager_row[i] = (int) GPOINTER_TO_UINT (index) - 1;
          continue;
        }

      if (ta_store_has_email (store, manager, &local_error))
        {
          manager_row[i] = STORE_MANAGER;
          manager_email[i] = g_steal_pointer (&folded);
          g_ptr_array_add (owned, manager_email[i]);
        }
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else
        {
          g_autofree char *shown = shown_value (manager);

          add_problem_printf (parsed, g_array_index (parsed->lines, guint, i),
                              COLUMN_REPORTS_TO,
                              /* Translators: %s is an e-mail address */
                              _("“%s” is neither in this file nor in the programme"),
                              shown);
        }
    }

  /* Follow each line upwards once; meeting someone already on the current
   * path is a circle.  Everyone is walked at most once overall. */
  for (guint i = 0; i < n; i++)
    {
      Node node = { (int) i, NULL };
      GError *local_error = NULL;

      if (row_state[i] == DONE)
        continue;

      g_array_set_size (path, 0);
      for (;;)
        {
          guint state = node_get_state (&walk, &node);

          if (state == DONE)
            break;

          if (state == ON_PATH)
            {
              guint start = 0;

              while (!node_equal (&g_array_index (path, Node, start), &node))
                start++;

              /* Circles among people only in the store are not this file's
               * doing; ta_store_check() reports those. */
              for (guint j = start; j < path->len; j++)
                {
                  int row = g_array_index (path, Node, j).row;
                  g_autofree char *shown = NULL;

                  if (row < 0)
                    continue;

                  shown = shown_value (g_ptr_array_index (parsed->reports_to, row));
                  add_problem_printf (parsed, g_array_index (parsed->lines, guint, row),
                                      COLUMN_REPORTS_TO,
                                      /* Translators: %s is an e-mail address */
                                      _("Reporting to “%s” would make the reporting "
                                        "lines go round in a circle"),
                                      shown);
                }
              break;
            }

          node_set_state (&walk, &node, ON_PATH);
          g_array_append_val (path, node);

          if (!node_next (&walk, &node, &local_error))
            {
              if (local_error != NULL)
                {
                  g_propagate_error (error, local_error);
                  return FALSE;
                }
              break;
            }
        }

      for (guint j = 0; j < path->len; j++)
        node_set_state (&walk, &g_array_index (path, Node, j), DONE);
    }

  return TRUE;
}

static void
fill_result (Parsed         *parsed,
             TaImportResult *result)
{
  g_array_sort (parsed->problems, compare_problems);
  for (guint i = 0; i < parsed->problems->len; i++)
    {
      Problem *problem = &g_array_index (parsed->problems, Problem, i);

      g_ptr_array_add (result->problems, g_steal_pointer (&problem->text));
    }
  g_array_set_size (parsed->problems, 0);

  for (guint i = 0; i < parsed->unknown_columns->len; i++)
    g_ptr_array_add (result->unknown_columns,
                     g_strdup (g_ptr_array_index (parsed->unknown_columns, i)));
}

/* Step 2 inside the store's transaction: what the file says of the
 * programme is checked against the programme as it is while the import
 * holds the write lock, not as it was a moment before. */
static gboolean
check_in_transaction (TaStore   *store,
                      gpointer   user_data,
                      GError   **error)
{
  Parsed *parsed = user_data;
  guint n;

  /* Even after problems in the rows, so that one pass reports them all. */
  if (!resolve_against_store (parsed, store, error))
    return FALSE;

  n = parsed->problems->len;
  if (n == 0)
    return TRUE;

  g_set_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS,
               /* Translators: %1$s is a file name, %2$u a number of problems */
               ngettext ("%1$s has %2$u problem; nothing was imported",
                         "%1$s has %2$u problems; nothing was imported", n),
               parsed->display_name, n);
  return FALSE;
}

/* Steps 2 and 3, on the caller's thread, in one transaction of the
 * store: a file with problems already, or a dry run, only reads. */
static gboolean
resolve_and_commit (Parsed          *parsed,
                    TaStore         *store,
                    gboolean         dry_run,
                    TaImportResult  *result,
                    GError         **error)
{
  gboolean ok;

  ok = _ta_store_import_checked_participants (store, parsed->participants, parsed->reports_to,
                                              dry_run || parsed->problems->len > 0,
                                              check_in_transaction, parsed,
                                              &result->added, &result->updated, error);
  fill_result (parsed, result);
  if (!ok)
    {
      result->added = 0;
      result->updated = 0;
    }

  return ok;
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
  g_autoptr(Parsed) parsed = NULL;
  g_autoptr(TaImportResult) result = NULL;
  gboolean ret;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parsed = parsed_new (display_name);
  result = import_result_new ();

  if (!parse_csv (parsed, data, length, NULL, error))
    {
      fill_result (parsed, result);
      ret = FALSE;
    }
  else
    ret = resolve_and_commit (parsed, store, dry_run, result, error);

  if (out_result != NULL)
    *out_result = g_steal_pointer (&result);

  return ret;
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
  g_autoptr(Parsed) parsed = NULL;
  g_autoptr(TaImportResult) result = NULL;
  gsize length;
  gboolean ret;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_result != NULL)
    *out_result = NULL;

  if (!load_file (file, cancellable, &data, &length, error))
    return FALSE;

  display_name = g_file_get_basename (file);
  parsed = parsed_new (display_name);
  result = import_result_new ();

  if (!parse_csv (parsed, data, length, cancellable, error))
    {
      fill_result (parsed, result);
      ret = FALSE;
    }
  else if (g_cancellable_set_error_if_cancelled (cancellable, error))
    ret = FALSE;
  else
    ret = resolve_and_commit (parsed, store, dry_run, result, error);

  if (out_result != NULL)
    *out_result = g_steal_pointer (&result);

  return ret;
}

typedef struct
{
  GFile          *file;
  Parsed         *parsed;
  TaImportResult *result;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_clear_object (&import->file);
  g_clear_pointer (&import->parsed, parsed_free);
  g_clear_pointer (&import->result, ta_import_result_free);
  g_free (import);
}

/* Step 1 in a worker thread: no store in sight. */
static void
import_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ImportData *import = task_data;
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  GError *error = NULL;
  gsize length;

  if (!load_file (import->file, cancellable, &data, &length, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  display_name = g_file_get_basename (import->file);
  import->parsed = parsed_new (display_name);

  if (!parse_csv (import->parsed, data, length, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/* Steps 2 and 3 back on the caller's main context. */
static void
import_file_parsed_cb (GObject      *source_object,
                       GAsyncResult *parse_result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TaStore *store = g_task_get_source_object (task);
  ImportData *import = g_task_get_task_data (task);
  GError *error = NULL;

  import->result = import_result_new ();

  if (!g_task_propagate_boolean (G_TASK (parse_result), &error))
    {
      if (import->parsed != NULL)
        fill_result (import->parsed, import->result);
      g_task_return_error (task, error);
      return;
    }

  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (task), &error) ||
      !resolve_and_commit (import->parsed, store, FALSE, import->result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
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
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) parse_task = NULL;
  ImportData *import;

  g_return_if_fail (TA_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  import = g_new0 (ImportData, 1);
  import->file = g_object_ref (file);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ta_participants_import_file_async);
  g_task_set_task_data (task, import, import_data_free);
  /* Once written, the rows stay written: report what really happened. */
  g_task_set_check_cancellable (task, FALSE);

  parse_task = g_task_new (NULL, cancellable, import_file_parsed_cb, g_object_ref (task));
  g_task_set_source_tag (parse_task, import_file_thread);
  g_task_set_task_data (parse_task, import, NULL);
  g_task_run_in_thread (parse_task, import_file_thread);
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
  ImportData *import;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, ta_participants_import_file_async), FALSE);

  import = g_task_get_task_data (G_TASK (result));
  if (out_result != NULL)
    *out_result = g_steal_pointer (&import->result);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
add_list_field (TaCsvWriter        *writer,
                const char * const *items)
{
  g_autofree char *text = NULL;

  if (items != NULL)
    text = g_strjoinv ("; ", (GStrv) items);
  ta_csv_writer_add_field (writer, text);
}

static void
add_int_field (TaCsvWriter *writer,
               int          value,
               gboolean     empty_when_zero)
{
  char text[16];

  if (value == 0 && empty_when_zero)
    {
      ta_csv_writer_add_field (writer, NULL);
      return;
    }

  g_snprintf (text, sizeof text, "%d", value);
  ta_csv_writer_add_field (writer, text);
}

/**
 * ta_participants_export_csv:
 * @store: a #TaStore
 * @error: a #TA_STORE_ERROR
 *
 * Writes every participant with the columns import reads, in the order
 * they were added; numbers are written as numbers, reports_to as the
 * manager's e-mail, and formulas are neutralised.
 *
 * Returns: (transfer full): the CSV file, or %NULL on error
 */
GBytes *
ta_participants_export_csv (TaStore  *store,
                            GError  **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GHashTable) email_of_id = NULL;
  g_autoptr(TaCsvWriter) writer = NULL;
  g_autofree gint64 *ids = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return NULL;

  ids = g_new (gint64, MAX (participants->len, 1));
  email_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      ids[i] = ta_participant_get_id (participant);
      g_hash_table_insert (email_of_id, &ids[i],
                           (gpointer) ta_participant_get_email (participant));
    }

  writer = ta_csv_writer_new (TA_CSV_WRITER_NEUTRALISE_FORMULAS);
  for (guint c = 0; c < N_COLUMNS; c++)
    ta_csv_writer_add_field (writer, column_names[c]);
  ta_csv_writer_end_record (writer);

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      g_autofree char *availability = NULL;
      gint64 manager = ta_participant_get_reports_to (participant);

      ta_csv_writer_add_field (writer, ta_participant_get_name (participant));
      ta_csv_writer_add_field (writer, ta_participant_get_email (participant));
      ta_csv_writer_add_field (writer, ta_role_to_string (ta_participant_get_role (participant)));
      ta_csv_writer_add_field (writer, ta_participant_get_department (participant));
      ta_csv_writer_add_field (writer, ta_participant_get_job_title (participant));
      add_int_field (writer, ta_participant_get_career_level (participant), TRUE);
      add_int_field (writer, ta_participant_get_birth_year (participant), TRUE);
      ta_csv_writer_add_field (writer, ta_participant_get_location (participant));
      add_list_field (writer, ta_participant_get_languages (participant));
      add_list_field (writer, ta_participant_get_offers (participant));
      add_list_field (writer, ta_participant_get_seeks (participant));
      availability = ta_availability_to_string (ta_participant_get_availability (participant));
      ta_csv_writer_add_field (writer, availability);
      add_int_field (writer, ta_participant_get_capacity (participant), FALSE);
      ta_csv_writer_add_field (writer,
                               manager != 0 ? g_hash_table_lookup (email_of_id, &manager) : NULL);
      ta_csv_writer_add_field (writer,
                               ta_participant_status_to_string (ta_participant_get_status (participant)));
      ta_csv_writer_add_field (writer, ta_participant_get_notes (participant));
      ta_csv_writer_end_record (writer);
    }

  return ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
}

/**
 * ta_participants_export_file:
 * @store: a #TaStore
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: a #TA_CSV_ERROR, #TA_STORE_ERROR or #G_IO_ERROR_CANCELLED
 *
 * Writes the export atomically with ta_file_replace_contents(): @file is
 * either the old file or the whole new one, never half of it, even on a
 * full disk.  The notes are private, so the file is readable by its owner
 * only (0600), like the database itself.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
ta_participants_export_file (TaStore       *store,
                             GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ta_participants_export_csv (store, error);
  if (bytes == NULL)
    return FALSE;

  if (!ta_file_replace_contents (file,
                                 g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        /* The message names the file and says what became of the old one. */
        g_set_error_literal (error, TA_CSV_ERROR, TA_CSV_ERROR_WRITE, local_error->message);
      return FALSE;
    }

  return TRUE;
}
