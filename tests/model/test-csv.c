/* test-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv"

#include <string.h>
#include <sys/stat.h>

#include "ta-csv.h"
#include "ta-demo.h"
#include "ta-participant-csv.h"
#include "ta-test-programme.h"

/* Reader */

/* Reads all of @csv into "line:field|field|…" strings, one per record. */
static GPtrArray *
read_all (const char  *csv,
          gsize        length,
          GError     **error)
{
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (csv, length);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_free);

  while (ta_csv_reader_next (reader, error))
    {
      GString *record = g_string_new (NULL);

      g_string_append_printf (record, "%u:", ta_csv_reader_get_line (reader));
      for (guint i = 0; i < ta_csv_reader_get_n_fields (reader); i++)
        {
          if (i > 0)
            g_string_append_c (record, '|');
          g_string_append (record, ta_csv_reader_get_field (reader, i, NULL));
        }
      g_ptr_array_add (records, g_string_free (record, FALSE));
    }

  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&records);
}

static void
assert_records (const char         *csv,
                const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = read_all (csv, strlen (csv), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, g_strv_length ((GStrv) expected));
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpstr (g_ptr_array_index (records, i), ==, expected[i]);
}

static void
test_reader_fields (void)
{
  assert_records ("a,b,c\n1,2,3\n",
                  (const char * const[]) { "1:a|b|c", "2:1|2|3", NULL });
  /* Quotes, escaped quotes, commas inside quotes, empty fields. */
  assert_records ("\"x, y\",\"say \"\"hi\"\"\",,\"\"\n",
                  (const char * const[]) { "1:x, y|say \"hi\"||", NULL });
  /* A trailing comma is an empty last field; no final line break needed. */
  assert_records ("a,\nb,c",
                  (const char * const[]) { "1:a|", "2:b|c", NULL });
  /* CRLF, LF and lone CR all end records; blank lines carry none. */
  assert_records ("a\r\nb\n\n\r\nc\rd\r\n",
                  (const char * const[]) { "1:a", "2:b", "5:c", "6:d", NULL });
  /* A byte order mark is skipped. */
  assert_records ("\xEF\xBB\xBFname,email\r\n",
                  (const char * const[]) { "1:name|email", NULL });
  /* Text after a closing quote is kept, as spreadsheets do. */
  assert_records ("\"ab\"cd,e\n",
                  (const char * const[]) { "1:abcd|e", NULL });
  /* Nothing at all. */
  assert_records ("", (const char * const[]) { NULL });
  assert_records ("\xEF\xBB\xBF", (const char * const[]) { NULL });
}

static void
test_reader_line_numbers (void)
{
  const char *csv =
    "name,notes\n"                          /* 1 */
    "Ann,\"first\nsecond\r\nthird\"\n"      /* 2, 3, 4 */
    "Bob,plain\n"                           /* 5 */
    "\n"                                    /* 6 */
    "\"Carl\nCarlsen\",\"\"\"quoted\"\"\n" /* 7, 8 */
    "line\"\n"
    "Dana,end";                             /* 10 */
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;
  guint expected_lines[] = { 1, 2, 5, 7, 10 };

  for (guint i = 0; i < G_N_ELEMENTS (expected_lines); i++)
    {
      g_assert_true (ta_csv_reader_next (reader, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (ta_csv_reader_get_line (reader), ==, expected_lines[i]);
      g_assert_cmpuint (ta_csv_reader_get_n_fields (reader), ==, 2);

      if (i == 1)
        {
          /* Line breaks inside quotes are kept byte for byte. */
          g_assert_cmpstr (ta_csv_reader_get_field (reader, 1, NULL), ==, "first\nsecond\r\nthird");
          g_assert_cmpuint (ta_csv_reader_get_field_line (reader, 1), ==, 2);
        }
      if (i == 3)
        {
          g_assert_cmpstr (ta_csv_reader_get_field (reader, 0, NULL), ==, "Carl\nCarlsen");
          g_assert_cmpstr (ta_csv_reader_get_field (reader, 1, NULL), ==, "\"quoted\"\nline");
          g_assert_cmpuint (ta_csv_reader_get_field_line (reader, 1), ==, 8);
        }
    }

  g_assert_false (ta_csv_reader_next (reader, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ta_csv_reader_get_offset (reader), ==, strlen (csv));
}

static void
test_reader_unterminated (void)
{
  const char *csv = "a,b\n1,2\n3,\"never\nclosed\n4,5\n";
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (csv, strlen (csv));
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_false (ta_csv_reader_next (reader, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "line 3"));

  /* The unclosed field is the last one, and knows where its quote was. */
  g_assert_cmpuint (ta_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpuint (ta_csv_reader_get_n_fields (reader), ==, 2);
  g_assert_cmpuint (ta_csv_reader_get_field_line (reader, 1), ==, 3);

  /* Nothing more comes after a syntax error. */
  g_clear_error (&error);
  g_assert_false (ta_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

static void
test_reader_invalid_utf8 (void)
{
  /* Bad bytes on line 2, on line 4 (inside a cell that starts on line 3),
   * and a NUL byte on line 5. */
  static const char csv[] =
    "name,notes\n"
    "Ann\xC3,ok\n"
    "Bob,\"fine\n"
    "bad \xFF here\"\n"
    "Carl,nul\0byte\n";
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (csv, sizeof csv - 1);
  g_autoptr(GError) error = NULL;

  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 0), ==, 0);

  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 0), ==, 2);
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 1), ==, 0);

  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_cmpuint (ta_csv_reader_get_line (reader), ==, 3);
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 0), ==, 0);
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 1), ==, 4);

  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_cmpuint (ta_csv_reader_get_invalid_line (reader, 1), ==, 5);

  g_assert_false (ta_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* Writer */

static char *
write_record (TaCsvWriterFlags    flags,
              const char * const *fields)
{
  g_autoptr(TaCsvWriter) writer = ta_csv_writer_new (flags);
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    ta_csv_writer_add_field (writer, fields[i]);
  ta_csv_writer_end_record (writer);
  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_writer_quoting (void)
{
  const struct
  {
    const char *field;
    const char *written;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "\"", "\"\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\rlf", "\"cr\rlf\"" },
    { " padded", "\" padded\"" },
    { "padded ", "\"padded \"" },
    { "Zoë 🚀", "Zoë 🚀" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *written = write_record (TA_CSV_WRITER_NONE,
                                               (const char * const[]) { cases[i].field, "x", NULL });
      g_autofree char *expected = g_strdup_printf ("%s,x\r\n", cases[i].written);

      g_assert_cmpstr (written, ==, expected);
    }

  /* One empty cell must not look like a blank line, which readers skip. */
  {
    g_autofree char *written = write_record (TA_CSV_WRITER_NONE, (const char * const[]) { "", NULL });

    g_assert_cmpstr (written, ==, "\"\"\r\n");
  }
}

static void
test_writer_formulas (void)
{
  const struct
  {
    const char *field;
    const char *written;
  } cases[] = {
    { "=HYPERLINK(\"http://evil.example\",\"click\")",
      "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"" },
    { "+1", "'+1" },
    { "-1", "'-1" },
    { "@SUM(A1:A2)", "'@SUM(A1:A2)" },
    { "\tTAB", "'\tTAB" },
    { "\rCR", "\"'\rCR\"" },
    { "=1,2", "\"'=1,2\"" },
    { "a=b", "a=b" },
    { " =x", "\" =x\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *neutralised = write_record (TA_CSV_WRITER_NEUTRALISE_FORMULAS,
                                                   (const char * const[]) { cases[i].field, NULL });
      g_autofree char *expected = g_strdup_printf ("%s\r\n", cases[i].written);
      g_autofree char *raw = write_record (TA_CSV_WRITER_NONE,
                                           (const char * const[]) { cases[i].field, NULL });

      g_assert_cmpstr (neutralised, ==, expected);
      /* Without the flag, the cell is written as it is. */
      g_assert_null (strchr (raw, '\''));
    }
}

static void
test_writer_round_trip (void)
{
  const char * const fields[] = {
    "", "plain", "a,b", "\"", "\"\"", "line\nbreak", "crlf\r\nbreak", " spaced ",
    ",", "\n", "Ünïcödé ✓", "; DROP TABLE participants; --", NULL,
  };
  g_autoptr(TaCsvWriter) writer = ta_csv_writer_new (TA_CSV_WRITER_NONE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TaCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_strv_length ((GStrv) fields);

  /* Every field alone, then all in one record. */
  for (guint i = 0; i < n; i++)
    {
      ta_csv_writer_add_field (writer, fields[i]);
      ta_csv_writer_end_record (writer);
    }
  for (guint i = 0; i < n; i++)
    ta_csv_writer_add_field (writer, fields[i]);
  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));

  reader = ta_csv_reader_new (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (ta_csv_reader_next (reader, &error));
      g_assert_cmpuint (ta_csv_reader_get_n_fields (reader), ==, 1);
      g_assert_cmpstr (ta_csv_reader_get_field (reader, 0, NULL), ==, fields[i]);
    }
  g_assert_true (ta_csv_reader_next (reader, &error));
  g_assert_cmpuint (ta_csv_reader_get_n_fields (reader), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (ta_csv_reader_get_field (reader, i, NULL), ==, fields[i]);
  g_assert_false (ta_csv_reader_next (reader, &error));
  g_assert_no_error (error);
}

/* Participants: import and export against a temporary store */

typedef struct
{
  TaTestDir  dir;
  TaStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = ta_test_open_programme (&fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  ta_test_dir_clear (&fixture->dir);
}

static gboolean
import_text (TaStore         *store,
             const char      *csv,
             gboolean         dry_run,
             TaImportResult **out_result,
             GError         **error)
{
  return ta_participants_import_csv (store, csv, strlen (csv), "people.csv", dry_run,
                                     out_result, error);
}

static gint64
count (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = ta_store_count_participants (store, &error);

  g_assert_no_error (error);
  return n;
}

static TaParticipant *
find (TaStore    *store,
      const char *email)
{
  g_autoptr(GError) error = NULL;
  TaParticipant *participant = ta_store_find_participant_by_email (store, email, &error);

  g_assert_no_error (error);
  g_assert_nonnull (participant);
  return participant;
}

static char *
export_text (TaStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ta_participants_export_csv (store, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_problems (TaImportResult     *result,
                 const char * const *expected)
{
  for (guint i = 0; i < result->problems->len && expected[i] != NULL; i++)
    g_assert_cmpstr (g_ptr_array_index (result->problems, i), ==, expected[i]);
  g_assert_cmpuint (result->problems->len, ==, g_strv_length ((GStrv) expected));
}

static void
test_import_basic (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Columns in another order, mixed case and padded; an unknown column. */
  const char *csv =
    "\xEF\xBB\xBF" " EMAIL ,Name,Shoe Size,Career_Level,job title,languages,offers,seeks,"
    "availability,capacity,role,status,birth_year,reports_to,notes,department,location\r\n"
    "ann@example.com,Ann Peeters,42,senior,Team Lead, nl ; en;;EN ,AI tools;Prompt writing,"
    "Negotiation,mon-am;thu-pm,2,mentor,paused,1999,,\"Likes \"\"quotes\"\",\ncommas\",IT,Ghent\r\n"
    "bob@example.com,  Bob Dubois  ,,6,,,,,,,mentee,,,ANN@example.com,,\"Sales, EMEA\",\r\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autoptr(TaParticipant) bob = NULL;

  g_assert_true (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 2);
  g_assert_cmpuint (result->updated, ==, 0);
  g_assert_cmpuint (result->problems->len, ==, 0);
  g_assert_cmpuint (result->unknown_columns->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (result->unknown_columns, 0), ==, "Shoe Size");

  ann = find (fixture->store, "ann@example.com");
  g_assert_cmpstr (ta_participant_get_name (ann), ==, "Ann Peeters");
  g_assert_cmpint (ta_participant_get_career_level (ann), ==, 4);
  g_assert_cmpstr (ta_participant_get_job_title (ann), ==, "Team Lead");
  /* Lists: trimmed, empties dropped, the same item twice kept once. */
  g_assert_cmpstrv (ta_participant_get_languages (ann), ((const char * const[]) { "nl", "en", NULL }));
  g_assert_cmpstrv (ta_participant_get_offers (ann),
                    ((const char * const[]) { "AI tools", "Prompt writing", NULL }));
  g_assert_cmpstrv (ta_participant_get_seeks (ann), ((const char * const[]) { "Negotiation", NULL }));
  g_assert_cmpuint (ta_participant_get_availability (ann), ==,
                    (1u << ta_availability_slot (0, 0)) | (1u << ta_availability_slot (3, 1)));
  g_assert_cmpint (ta_participant_get_capacity (ann), ==, 2);
  g_assert_cmpint (ta_participant_get_role (ann), ==, TA_ROLE_MENTOR);
  g_assert_cmpint (ta_participant_get_status (ann), ==, TA_PARTICIPANT_STATUS_PAUSED);
  g_assert_cmpint (ta_participant_get_birth_year (ann), ==, 1999);
  g_assert_cmpstr (ta_participant_get_notes (ann), ==, "Likes \"quotes\",\ncommas");
  g_assert_cmpstr (ta_participant_get_department (ann), ==, "IT");
  g_assert_cmpstr (ta_participant_get_location (ann), ==, "Ghent");

  bob = find (fixture->store, "bob@example.com");
  g_assert_cmpstr (ta_participant_get_name (bob), ==, "Bob Dubois");
  g_assert_cmpint (ta_participant_get_career_level (bob), ==, 6);
  g_assert_cmpint (ta_participant_get_role (bob), ==, TA_ROLE_MENTEE);
  g_assert_cmpint (ta_participant_get_status (bob), ==, TA_PARTICIPANT_STATUS_ACTIVE);
  g_assert_cmpint (ta_participant_get_birth_year (bob), ==, 0);
  g_assert_cmpstr (ta_participant_get_department (bob), ==, "Sales, EMEA");
  /* reports_to is matched without regard to case. */
  g_assert_cmpint (ta_participant_get_reports_to (bob), ==, ta_participant_get_id (ann));
}

static void
test_import_problems (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *csv =
    "name,email,birth_year,capacity,role,career_level,status,availability,extra\n"
    "Ann,ann@example.com,abc,1,mentor,3,active,mon-am,\n"                 /* 2 */
    "Bob,bob@,1980,x,mentee,9,gone,xyz-am\n"                              /* 3 */
    ",carl@example.com,1990,2,boss,director,paused,,\n"                   /* 4 */
    "Dana,ANN@example.com,1990,2,both,7,left,,\n"                         /* 5 */
    "Eve,eve@example.com,1800,99,both,1,,,,surprise\n"                    /* 6 */
    " , , , , , , , , \n"                                                 /* 7: blank */
    "Fay,fay@example.com\n";                                              /* 8: short is fine */
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) email_error = NULL;
  g_autoptr(GError) slot_error = NULL;
  g_autoptr(GError) year_error = NULL;
  g_autoptr(GError) capacity_error = NULL;
  g_autoptr(GError) name_error = NULL;
  g_autofree char *email_line = NULL;
  g_autofree char *slot_line = NULL;
  g_autofree char *year_line = NULL;
  g_autofree char *capacity_line = NULL;
  g_autofree char *name_line = NULL;
  TaAvailability availability;

  /* The reasons that come from the model's validators. */
  g_assert_false (ta_validate_email ("bob@", &email_error));
  g_assert_false (ta_availability_parse ("xyz-am", &availability, &slot_error));
  g_assert_false (ta_validate_name ("", &name_error));
  g_assert_false (ta_validate_birth_year (1800, &year_error));
  g_assert_false (ta_validate_capacity (99, &capacity_error));
  email_line = g_strdup_printf ("people.csv:3: email: %s", email_error->message);
  slot_line = g_strdup_printf ("people.csv:3: availability: %s", slot_error->message);
  name_line = g_strdup_printf ("people.csv:4: name: %s", name_error->message);
  year_line = g_strdup_printf ("people.csv:6: birth_year: %s", year_error->message);
  capacity_line = g_strdup_printf ("people.csv:6: capacity: %s", capacity_error->message);

  g_assert_false (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpstr (error->message, ==, "people.csv has 12 problems; nothing was imported");

  /* In file order, then in the order of the columns of DESIGN.md. */
  assert_problems (result, (const char * const[]) {
    "people.csv:2: birth_year: “abc” is not a year",
    email_line,
    "people.csv:3: career_level: “9” is not a career level (use 1 to 7, or graduate, "
      "junior, professional, senior, manager, director or executive)",
    slot_line,
    "people.csv:3: capacity: “x” is not a whole number",
    "people.csv:3: status: “gone” is not a status (use active, paused or left)",
    name_line,
    "people.csv:4: role: “boss” is not a role (use mentor, mentee or both)",
    "people.csv:5: email: “ANN@example.com” is already used on line 2",
    year_line,
    capacity_line,
    "people.csv:6: column 10: This cell has no column name in the header row",
    NULL
  });

  g_assert_cmpint (count (fixture->store), ==, 0);
}

static void
test_import_header (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (import_text (fixture->store, "nickname,e-mail,role\nAnn,ann@example.com,mentor\n",
                               FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  assert_problems (result, (const char * const[]) {
    "people.csv:1: name: This column is required but missing from the header row",
    NULL
  });
  g_assert_cmpuint (result->unknown_columns->len, ==, 1);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (import_text (fixture->store, "name,Email,EMAIL\n", FALSE, &result, &error));
  assert_problems (result, (const char * const[]) {
    "people.csv:1: email: This column appears more than once in the header",
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (import_text (fixture->store, "", FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (import_text (fixture->store, "name,\"email\n", FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "people.csv:1: column 2: This quoted cell of the header row is never closed: "
                   "a quote is missing");
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* UTF-16, as Excel saves “Unicode text”, is read (test-csv-formats has
   * the whole file); a damaged one, half a character short, is refused. */
  g_assert_false (ta_participants_import_csv (fixture->store, "\xFF\xFEn\0a\0m\0e\0", 10,
                                              "people.csv", FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_UTF16LE);
  assert_problems (result, (const char * const[]) {
    "people.csv:1: email: This column is required but missing from the header row",
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (ta_participants_import_csv (fixture->store, "\xFF\xFEn\0a\0m\0e", 9,
                                              "people.csv", FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "people.csv: the file is not UTF-16LE text: byte 9 cannot be read; "
                   "choose another encoding");
  g_assert_cmpuint (result->problems->len, ==, 0);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* A header and nothing else is an empty import, not an error. */
  g_assert_true (import_text (fixture->store, "name,email\r\n", FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added + result->updated, ==, 0);
}

static void
test_import_syntax (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *csv =
    "name,email,notes\n"
    "Ann,bad-address,fine\n"
    "Bob,bob@example.com,\"never\n"
    "closed\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) email_error = NULL;
  g_autofree char *email_line = NULL;

  g_assert_false (ta_validate_email ("bad-address", &email_error));
  email_line = g_strdup_printf ("people.csv:2: email: %s", email_error->message);

  g_assert_false (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_SYNTAX);
  g_assert_cmpstr (error->message, ==,
                   "people.csv:3: notes: This quoted cell is never closed: a quote is missing");
  /* Rows before the broken one are still reported. */
  assert_problems (result, (const char * const[]) {
    email_line,
    "people.csv:3: notes: This quoted cell is never closed: a quote is missing",
    NULL
  });
  g_assert_cmpint (count (fixture->store), ==, 0);
}

static void
test_import_reports_to (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autoptr(TaParticipant) bob = NULL;

  /* A manager further down the file is fine. */
  g_assert_true (import_text (fixture->store,
                              "name,email,reports_to\n"
                              "Ann,ann@example.com,bob@example.com\n"
                              "Bob,bob@example.com,\n",
                              FALSE, &result, &error));
  g_assert_no_error (error);
  ann = find (fixture->store, "ann@example.com");
  bob = find (fixture->store, "bob@example.com");
  g_assert_cmpint (ta_participant_get_reports_to (ann), ==, ta_participant_get_id (bob));
  g_clear_pointer (&result, ta_import_result_free);

  /* Unknown managers, oneself, and circles: in the file, and through
   * someone who is only in the store (Ann reports to Bob there). */
  g_assert_false (import_text (fixture->store,
                               "name,email,reports_to\n"
                               "Carl,carl@example.com,nobody@example.com\n"   /* 2 */
                               "Dana,dana@example.com,DANA@example.com\n"     /* 3 */
                               "Eve,eve@example.com,fay@example.com\n"        /* 4 */
                               "Fay,fay@example.com,gus@example.com\n"        /* 5 */
                               "Gus,gus@example.com,eve@example.com\n"        /* 6 */
                               "Bob,bob@example.com,ann@example.com\n"        /* 7 */
                               "Hal,hal@example.com,ann@example.com\n",       /* 8 */
                               FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  assert_problems (result, (const char * const[]) {
    "people.csv:2: reports_to: “nobody@example.com” is neither in this file nor in the programme",
    "people.csv:3: reports_to: A participant cannot be their own manager",
    "people.csv:4: reports_to: Reporting to “fay@example.com” would make the reporting lines go round in a circle",
    "people.csv:5: reports_to: Reporting to “gus@example.com” would make the reporting lines go round in a circle",
    "people.csv:6: reports_to: Reporting to “eve@example.com” would make the reporting lines go round in a circle",
    "people.csv:7: reports_to: Reporting to “ann@example.com” would make the reporting lines go round in a circle",
    NULL
  });
  g_assert_cmpint (count (fixture->store), ==, 2);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* A manager who is only in the store is fine. */
  g_assert_true (import_text (fixture->store,
                              "name,email,reports_to\n"
                              "Hal,hal@example.com,Ann@Example.com\n",
                              FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 1);
}

static void
test_import_lists (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("name,email,offers,seeks,languages\n");
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) long_error = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autofree char *long_item = g_strnfill (TA_PARTICIPANT_MAX_FIELD_CHARS + 1, 'x');
  g_autofree char *long_line = NULL;

  g_assert_false (ta_validate_text ("Topics wanted", long_item, TA_PARTICIPANT_MAX_FIELD_CHARS,
                                    FALSE, &long_error));
  long_line = g_strdup_printf ("people.csv:3: seeks: %s", long_error->message);

  /* Tabs and spaces around items, empty items, the same item in another case. */
  g_string_append (csv, "Ann,ann@example.com,\"\tAI tools ;; ai TOOLS;Notion\t\",\" \",EN;en;nl\n");
  /* 51 skills, and a topic one character too long. */
  g_string_append (csv, "Bob,bob@example.com,");
  for (guint i = 0; i <= TA_PARTICIPANT_MAX_LIST_ITEMS; i++)
    g_string_append_printf (csv, "%sskill %u", i > 0 ? ";" : "", i);
  g_string_append_printf (csv, ",short;%s,\n", long_item);

  g_assert_false (import_text (fixture->store, csv->str, FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  assert_problems (result, (const char * const[]) {
    "people.csv:3: offers: The field “Skills offered” has too many items (at most 50)",
    long_line,
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_string_truncate (csv, strchr (csv->str, '\n') - csv->str + 1);
  g_string_append (csv, "Ann,ann@example.com,\"\tAI tools ;; ai TOOLS;Notion\t\",\" \",EN;en;nl\n");
  g_assert_true (import_text (fixture->store, csv->str, FALSE, &result, &error));
  g_assert_no_error (error);
  ann = find (fixture->store, "ann@example.com");
  g_assert_cmpstrv (ta_participant_get_offers (ann), ((const char * const[]) { "AI tools", "Notion", NULL }));
  g_assert_cmpstrv (ta_participant_get_seeks (ann), ((const char * const[]) { NULL }));
  g_assert_cmpstrv (ta_participant_get_languages (ann), ((const char * const[]) { "EN", "nl", NULL }));
}

static void
test_import_update_and_dry_run (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *csv =
    "name,email,department\n"
    "Ann,ann@example.com,IT\n"
    "Bob,bob@example.com,HR\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (import_text (fixture->store, csv, TRUE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 2);
  g_assert_cmpuint (result->updated, ==, 0);
  g_assert_cmpint (count (fixture->store), ==, 0);
  g_clear_pointer (&result, ta_import_result_free);

  g_assert_true (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_cmpuint (result->added, ==, 2);
  g_clear_pointer (&result, ta_import_result_free);
  before = export_text (fixture->store);

  /* Known e-mail addresses update; a dry run only counts. */
  csv = "name,email,department\n"
        "Ann,ANN@example.com,Finance\n"
        "Carl,carl@example.com,Legal\n";
  g_assert_true (import_text (fixture->store, csv, TRUE, &result, &error));
  g_assert_cmpuint (result->added, ==, 1);
  g_assert_cmpuint (result->updated, ==, 1);
  after = export_text (fixture->store);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&result, ta_import_result_free);

  g_assert_true (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_cmpuint (result->added, ==, 1);
  g_assert_cmpuint (result->updated, ==, 1);
  g_assert_cmpint (count (fixture->store), ==, 3);
  ann = find (fixture->store, "ann@example.com");
  g_assert_cmpstr (ta_participant_get_department (ann), ==, "Finance");
}

static void
test_import_hostile (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *sql_name = "Robert'); DROP TABLE participants;--";
  const char *sql_department = "\"; DELETE FROM vocabulary; --";
  const char *emoji = "Zoë 🚀 Ng 👩🏽‍💻";
  const char *rtl = "\u200F" "مريم العلوي";
  const char *rtl_notes = "ملاحظات: تفضل الاجتماعات الصباحية\n" "\u202B" "نص" "\u202C";
  g_autoptr(TaCsvWriter) writer = ta_csv_writer_new (TA_CSV_WRITER_NONE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaParticipant) robert = NULL;
  g_autoptr(TaParticipant) zoe = NULL;
  g_autoptr(TaParticipant) maryam = NULL;
  g_autoptr(TaParticipant) long_notes = NULL;
  g_autofree char *mb = g_strnfill (1000 * 1000, 'n');
  g_autofree char *over = g_strnfill (TA_PARTICIPANT_MAX_NOTES_BYTES + 1, 'o');
  g_autoptr(GError) over_error = NULL;
  g_autofree char *over_line = NULL;
  const char *fields[][4] = {
    { "name", "email", "department", "notes" },
    { sql_name, "robert@example.com", sql_department, "'; --" },
    { emoji, "zoe@example.com", "🚀 Launch", "👍" },
    { rtl, "maryam@example.com", "الموارد البشرية", rtl_notes },
    { "Mo", "mo@example.com", "IT", mb },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      for (guint j = 0; j < 4; j++)
        ta_csv_writer_add_field (writer, fields[i][j]);
      ta_csv_writer_end_record (writer);
    }
  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));

  g_assert_true (ta_participants_import_csv (fixture->store,
                                             g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                             "hostile.csv", FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 4);

  /* Stored verbatim, and the tables are still there. */
  robert = find (fixture->store, "robert@example.com");
  g_assert_cmpstr (ta_participant_get_name (robert), ==, sql_name);
  g_assert_cmpstr (ta_participant_get_department (robert), ==, sql_department);
  g_assert_cmpstr (ta_participant_get_notes (robert), ==, "'; --");
  zoe = find (fixture->store, "zoe@example.com");
  g_assert_cmpstr (ta_participant_get_name (zoe), ==, emoji);
  g_assert_cmpstr (ta_participant_get_department (zoe), ==, "🚀 Launch");
  maryam = find (fixture->store, "maryam@example.com");
  g_assert_cmpstr (ta_participant_get_name (maryam), ==, rtl);
  g_assert_cmpstr (ta_participant_get_notes (maryam), ==, rtl_notes);
  long_notes = find (fixture->store, "mo@example.com");
  g_assert_cmpuint (strlen (ta_participant_get_notes (long_notes)), ==, 1000 * 1000);
  g_assert_cmpint (count (fixture->store), ==, 4);
  g_clear_pointer (&result, ta_import_result_free);

  /* Notes over 1 MiB are refused, with the validator's reason. */
  g_assert_false (ta_validate_text ("Notes", over, 0, TRUE, &over_error));
  over_line = g_strdup_printf ("big.csv:2: notes: %s", over_error->message);
  writer = ta_csv_writer_new (TA_CSV_WRITER_NONE);
  ta_csv_writer_add_field (writer, "name");
  ta_csv_writer_add_field (writer, "email");
  ta_csv_writer_add_field (writer, "notes");
  ta_csv_writer_end_record (writer);
  ta_csv_writer_add_field (writer, "Ola");
  ta_csv_writer_add_field (writer, "ola@example.com");
  ta_csv_writer_add_field (writer, over);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  g_assert_false (ta_participants_import_csv (fixture->store,
                                              g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                              "big.csv", FALSE, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  assert_problems (result, (const char * const[]) { over_line, NULL });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* Read as UTF-8 (as a person may insist), invalid UTF-8 is refused with
   * the line of the bad byte; detected, the file is Windows-1252. */
  {
    static const char csv[] =
      "name,email,notes\n"
      "Pia,pia@example.com,\"first line\n"
      "second \xC3\x28 line\"\n"
      "Qu\xE9nt\xEDn,quentin@example.com,\n";
    const TaCsvFormat utf8 = { TA_CSV_ENCODING_UTF8, '\0' };
    g_autoptr(TaParticipant) quentin = NULL;

    g_assert_false (ta_csv_import (fixture->store, csv, sizeof csv - 1, "latin1.csv", &utf8,
                                   TA_CSV_IMPORT_DEFAULT, &result, &error));
    g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
    assert_problems (result, (const char * const[]) {
      "latin1.csv:3: notes: The text is not valid UTF-8 (save the file as “CSV UTF-8”)",
      "latin1.csv:4: name: The text is not valid UTF-8 (save the file as “CSV UTF-8”)",
      NULL
    });
    g_assert_cmpint (count (fixture->store), ==, 4);
    g_clear_pointer (&result, ta_import_result_free);
    g_clear_error (&error);

    g_assert_true (ta_participants_import_csv (fixture->store, csv, sizeof csv - 1,
                                               "latin1.csv", FALSE, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
    quentin = find (fixture->store, "quentin@example.com");
    g_assert_cmpstr (ta_participant_get_name (quentin), ==, "Quéntín");
  }

  g_assert_cmpint (count (fixture->store), ==, 6);
}

static void
test_import_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "team.csv", NULL);
  g_autofree char *missing_path = g_build_filename (fixture->dir.dir, "missing.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "name,email,role\nAnn,ann@example.com,helper\n", -1, NULL));
  g_assert_false (ta_participants_import_file (fixture->store, file, FALSE, NULL, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  /* Problem lines name the file by its base name. */
  assert_problems (result, (const char * const[]) {
    "team.csv:2: role: “helper” is not a role (use mentor, mentee or both)",
    NULL
  });
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  g_assert_false (ta_participants_import_file (fixture->store, missing, FALSE, NULL, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_READ);
  g_assert_null (result);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "name,email,role\nAnn,ann@example.com,mentor\n", -1, NULL));
  g_assert_true (ta_participants_import_file (fixture->store, file, FALSE, NULL, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 1);
}

typedef struct
{
  GAsyncResult *result;
  GThread      *callback_thread;
  GThread      *signal_thread;
  guint         n_resets;
} AsyncState;

static void
on_participants_reset (TaStore    *store,
                       AsyncState *state)
{
  state->n_resets++;
  state->signal_thread = g_thread_self ();
}

static void
import_ready_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AsyncState *state = user_data;

  state->result = g_object_ref (result);
  state->callback_thread = g_thread_self ();
}

static gboolean
import_async_and_wait (TaStore         *store,
                       GFile           *file,
                       GCancellable    *cancellable,
                       AsyncState      *state,
                       TaImportResult **out_result,
                       GError         **error)
{
  gboolean ok;

  state->result = NULL;
  ta_participants_import_file_async (store, file, cancellable, import_ready_cb, state);
  while (state->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  ok = ta_participants_import_file_finish (store, state->result, out_result, error);
  g_clear_object (&state->result);
  return ok;
}

static void
test_import_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "team.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  AsyncState state = { 0 };
  gulong handler;

  handler = g_signal_connect (fixture->store, "participants-reset",
                              G_CALLBACK (on_participants_reset), &state);

  /* Refused rows: nothing written, problems reported. */
  g_assert_true (g_file_set_contents (path, "name,email\nAnn,ann@\n", -1, NULL));
  g_assert_false (import_async_and_wait (fixture->store, file, NULL, &state, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_cmpuint (state.n_resets, ==, 0);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* Cancelled: nothing written. */
  g_assert_true (g_file_set_contents (path, "name,email\nAnn,ann@example.com\n", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (import_async_and_wait (fixture->store, file, cancellable, &state, &result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (fixture->store), ==, 0);
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* Written on the caller's thread, where the store's signal is emitted. */
  g_assert_true (import_async_and_wait (fixture->store, file, NULL, &state, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 1);
  g_assert_cmpint (count (fixture->store), ==, 1);
  g_assert_cmpuint (state.n_resets, ==, 1);
  g_assert_true (state.signal_thread == g_thread_self ());
  g_assert_true (state.callback_thread == g_thread_self ());

  g_signal_handler_disconnect (fixture->store, handler);
}

static void
test_export_basic (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *csv =
    "name,email,role,department,job_title,career_level,birth_year,location,languages,"
    "offers,seeks,availability,capacity,reports_to,status,notes\n"
    "Ann,ann@example.com,both,=HYPERLINK(\"http://x.example\"),+1,4,1970,-1,nl;en,"
    "@SUM(A1),AI tools;Slack and Teams,tue-pm;mon-am,3,bob@example.com,paused,\"a, b\"\n"
    "Bob,bob@example.com,,,,,,,,,,,,,,\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  g_assert_true (import_text (fixture->store, csv, FALSE, &result, &error));
  g_assert_no_error (error);

  exported = export_text (fixture->store);
  g_assert_cmpstr (exported, ==,
                   "name,email,role,department,job_title,career_level,birth_year,location,"
                   "languages,offers,seeks,availability,capacity,reports_to,status,notes\r\n"
                   "Ann,ann@example.com,both,\"'=HYPERLINK(\"\"http://x.example\"\")\",'+1,4,1970,'-1,"
                   "nl; en,'@SUM(A1),AI tools; Slack and Teams,mon-am;tue-pm,3,bob@example.com,"
                   "paused,\"a, b\"\r\n"
                   "Bob,bob@example.com,mentor,,,,,,,,,,1,,active,\r\n");
}

static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) copy = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir.dir, "copy.db", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  g_assert_true (ta_demo_fill (fixture->store, 500, 7, &error));
  g_assert_no_error (error);
  first = export_text (fixture->store);

  copy = ta_store_open (copy_path, &error);
  g_assert_no_error (error);
  g_assert_true (import_text (copy, first, FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 500);
  second = export_text (copy);
  g_assert_cmpstr (first, ==, second);
  g_clear_pointer (&result, ta_import_result_free);

  /* Importing the same file again updates everyone and changes nothing. */
  g_assert_true (import_text (copy, first, FALSE, &result, &error));
  g_assert_cmpuint (result->updated, ==, 500);
  third = export_text (copy);
  g_assert_cmpstr (first, ==, third);
}

static void
test_export_file (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir.dir, "out.csv", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir.dir, "no", "such", "dir.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  struct stat info;

  g_assert_true (ta_demo_fill (fixture->store, 20, 3, &error));
  g_assert_true (ta_participants_export_file (fixture->store, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  expected = export_text (fixture->store);
  g_assert_cmpstr (contents, ==, expected);
  /* The notes are private: so is the file. */
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  g_assert_false (ta_participants_export_file (fixture->store, bad, NULL, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_WRITE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/reader/fields", test_reader_fields);
  g_test_add_func ("/csv/reader/line-numbers", test_reader_line_numbers);
  g_test_add_func ("/csv/reader/unterminated", test_reader_unterminated);
  g_test_add_func ("/csv/reader/invalid-utf8", test_reader_invalid_utf8);
  g_test_add_func ("/csv/writer/quoting", test_writer_quoting);
  g_test_add_func ("/csv/writer/formulas", test_writer_formulas);
  g_test_add_func ("/csv/writer/round-trip", test_writer_round_trip);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/csv/import/basic", test_import_basic);
  ADD ("/csv/import/problems", test_import_problems);
  ADD ("/csv/import/header", test_import_header);
  ADD ("/csv/import/syntax", test_import_syntax);
  ADD ("/csv/import/reports-to", test_import_reports_to);
  ADD ("/csv/import/lists", test_import_lists);
  ADD ("/csv/import/update-and-dry-run", test_import_update_and_dry_run);
  ADD ("/csv/import/hostile", test_import_hostile);
  ADD ("/csv/import/file", test_import_file);
  ADD ("/csv/import/async", test_import_async);
  ADD ("/csv/export/basic", test_export_basic);
  ADD ("/csv/export/round-trip", test_export_round_trip);
  ADD ("/csv/export/file", test_export_file);

#undef ADD

  return g_test_run ();
}
