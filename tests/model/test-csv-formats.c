/* test-csv-formats.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-csv-formats"

#include <locale.h>
#include <string.h>

#include "ta-csv-private.h"
#include "ta-participant-csv.h"
#include "ta-test-programme.h"

/*
 * Spreadsheets as real tools write them (tests/model/data, made byte for
 * byte by make-csv-fixtures.py there): detection of encoding, separator
 * and `sep=` line, the header names of other tools and languages, and
 * the people that result, exactly.
 */

typedef struct
{
  const char *name;
  const char *email;
  const char *department;
  const char *job_title;
  const char *location;
  const char *languages;   /* "; "-joined */
  const char *manager;     /* e-mail, or NULL */
} Person;

static const Person people[] = {
  { "François Peeters", "francois.peeters@example.be", "Direction", "Directeur général, CEO",
    "Bruxelles", "fr; nl; en", NULL },
  { "Chloé Dubois", "chloe.dubois@example.be", "Ressources humaines", "Chargée de recrutement",
    "Bruxelles", "fr; nl", "francois.peeters@example.be" },
  { "Jürgen Müller", "juergen.mueller@example.be", "IT", "Développeur",
    "Gent", "de; nl; en", "francois.peeters@example.be" },
  { "Zoë Janssens", "zoe.janssens@example.be", "Marketing & Communicatie", "Social media manager",
    "Antwerpen", "nl; en", "francois.peeters@example.be" },
  { "Ana Žagar", "ana.zagar@example.be", "Finance", "Comptable",
    "Liège", "fr; en", "juergen.mueller@example.be" },
};

typedef struct
{
  const char    *file;
  TaCsvEncoding  encoding;
  char           separator;
  guint          header_line;
  gboolean       has_role_and_more;  /* role, location, languages columns */
  const char    *unknown_column;
} Fixture;

static const Fixture fixtures[] = {
  { "excel-be-1252.csv", TA_CSV_ENCODING_WINDOWS_1252, ';', 1, TRUE, NULL },
  { "excel-utf8-bom-nl.csv", TA_CSV_ENCODING_UTF8, ';', 1, TRUE, NULL },
  { "excel-unicode-de.txt", TA_CSV_ENCODING_UTF16LE, '\t', 1, TRUE, NULL },
  { "sep-line-fr.csv", TA_CSV_ENCODING_WINDOWS_1252, ';', 2, TRUE, NULL },
  { "libreoffice-1252.csv", TA_CSV_ENCODING_WINDOWS_1252, ',', 1, TRUE, NULL },
  { "hr-export.csv", TA_CSV_ENCODING_UTF8, ';', 1, FALSE, "Employee ID" },
};

static GBytes *
read_fixture (const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "model", "data", file, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static TaStore *
open_store (TaTestDir *dir)
{
  g_autoptr(GError) error = NULL;
  TaStore *store;

  ta_test_dir_init (dir);
  store = ta_store_open (dir->path, &error);
  g_assert_no_error (error);

  return store;
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
manager_email (TaStore       *store,
               TaParticipant *participant)
{
  g_autoptr(TaParticipant) manager = NULL;
  gint64 id = ta_participant_get_reports_to (participant);

  if (id == 0)
    return NULL;

  manager = ta_store_get_participant (store, id, NULL);
  g_assert_nonnull (manager);
  return g_strdup (ta_participant_get_email (manager));
}

/* Exactly the five people of the fixtures, and nobody else. */
static void
assert_people (TaStore  *store,
               gboolean  has_role_and_more)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ta_store_count_participants (store, &error), ==, G_N_ELEMENTS (people));

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(TaParticipant) participant = find (store, people[i].email);
      g_autofree char *manager = manager_email (store, participant);

      g_assert_cmpstr (ta_participant_get_name (participant), ==, people[i].name);
      g_assert_cmpstr (ta_participant_get_email (participant), ==, people[i].email);
      g_assert_cmpstr (ta_participant_get_department (participant), ==, people[i].department);
      g_assert_cmpstr (ta_participant_get_job_title (participant), ==, people[i].job_title);
      g_assert_cmpstr (manager, ==, people[i].manager);

      if (has_role_and_more)
        {
          g_autofree char *languages = g_strjoinv ("; ",
                                                   (GStrv) ta_participant_get_languages (participant));

          g_assert_cmpstr (ta_participant_get_location (participant), ==, people[i].location);
          g_assert_cmpstr (languages, ==, people[i].languages);
        }
    }

  if (has_role_and_more)
    {
      g_autoptr(TaParticipant) francois = find (store, "francois.peeters@example.be");
      g_autoptr(TaParticipant) chloe = find (store, "chloe.dubois@example.be");
      g_autoptr(TaParticipant) juergen = find (store, "juergen.mueller@example.be");

      g_assert_cmpint (ta_participant_get_role (francois), ==, TA_ROLE_BOTH);
      g_assert_cmpint (ta_participant_get_role (chloe), ==, TA_ROLE_MENTEE);
      g_assert_cmpint (ta_participant_get_role (juergen), ==, TA_ROLE_MENTOR);
    }
}

static void
test_fixture_detect (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autoptr(GBytes) bytes = read_fixture (fixture->file);
  g_autoptr(TaCsvPreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  TaCsvFormat format;

  ta_csv_detect_format (csv, length, NULL, &format);
  g_assert_cmpint (format.encoding, ==, fixture->encoding);
  g_assert_cmpint (format.separator, ==, fixture->separator);
  g_assert_cmpint (ta_csv_detect_kind (csv, length, NULL), ==, TA_CSV_KIND_PARTICIPANTS);

  preview = ta_csv_preview_new (csv, length, NULL, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (preview->format.encoding, ==, fixture->encoding);
  g_assert_cmpint (preview->format.separator, ==, fixture->separator);
  g_assert_cmpint (preview->kind, ==, TA_CSV_KIND_PARTICIPANTS);
  g_assert_cmpuint (preview->header_line, ==, fixture->header_line);

  /* Every header cell is understood, in whatever language, but the one
   * column Turnabout has no use for. */
  g_assert_cmpstr (preview->columns[0], ==, "name");
  g_assert_cmpstr (preview->columns[1], ==, "email");
  for (guint i = 0; preview->header[i] != NULL; i++)
    {
      if (g_strcmp0 (preview->header[i], fixture->unknown_column) == 0)
        g_assert_cmpstr (preview->columns[i], ==, "");
      else
        g_assert_cmpstr (preview->columns[i], !=, "");
    }

  /* The first rows, decoded. */
  g_assert_cmpuint (preview->rows->len, ==, 3);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (preview->rows, 1))[0], ==, "Chloé Dubois");
  g_assert_cmpuint (g_array_index (preview->row_lines, guint, 0), ==, fixture->header_line + 1);
}

static void
test_fixture_import (gconstpointer data)
{
  const Fixture *fixture = data;
  g_autoptr(GBytes) bytes = read_fixture (fixture->file);
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_true (ta_csv_import (store, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                fixture->file, NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, G_N_ELEMENTS (people));
  g_assert_cmpint (result->kind, ==, TA_CSV_KIND_PARTICIPANTS);
  g_assert_cmpint (result->format.encoding, ==, fixture->encoding);
  g_assert_cmpint (result->format.separator, ==, fixture->separator);
  if (fixture->unknown_column != NULL)
    {
      g_assert_cmpuint (result->unknown_columns->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (result->unknown_columns, 0), ==, fixture->unknown_column);
    }
  else
    g_assert_cmpuint (result->unknown_columns->len, ==, 0);

  assert_people (store, fixture->has_role_and_more);

  /* The notes of the Belgian file hold the letters of Windows-1252's
   * 0x80–0x9F: the euro sign, curly quotes, a dash. */
  if (g_str_equal (fixture->file, "excel-be-1252.csv"))
    {
      g_autoptr(TaParticipant) zoe = find (store, "zoe.janssens@example.be");

      g_assert_cmpstr (ta_participant_get_notes (zoe), ==, "Budget: 5 000 € – l’équipe “digitale”");
    }

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

/* CRLF, LF and a lone CR end lines alike, in every encoding. */
static void
test_line_ends (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("libreoffice-1252.csv");
  const char * const ends[] = { "\r\n", "\n", "\r" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_autofree char *lf = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_auto(GStrv) lines = g_strsplit (lf, "\n", -1);
      g_autofree char *csv = g_strjoinv (ends[i], lines);
      g_autoptr(TaImportResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TaStore) store = NULL;
      TaTestDir dir;

      store = open_store (&dir);
      g_assert_true (ta_csv_import (store, csv, strlen (csv), "lines.csv", NULL,
                                    TA_CSV_IMPORT_DEFAULT, &result, &error));
      g_assert_no_error (error);
      assert_people (store, TRUE);

      g_clear_object (&store);
      ta_test_dir_clear (&dir);
    }
}

/* Problems point at the line of the file, counting the `sep=` line and
 * lines inside quoted cells, in every encoding. */
static void
test_problem_lines (void)
{
  static const char csv[] =
    "sep=;\r\n"
    "Nom;Adresse e-mail;Remarques\r\n"
    "Fran\xE7ois;francois@example.be;\"deux\r\nlignes\"\r\n"
    "Chlo\xE9;chloe@;\r\n";
  const char *expected = "fr.csv:5: email: ";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autofree char *utf16 = NULL;
  gsize utf16_length;
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_false (ta_csv_import (store, csv, sizeof csv - 1, "fr.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (result->problems, 0), expected));
  g_clear_pointer (&result, ta_import_result_free);
  g_clear_error (&error);

  /* The same lines as UTF-16LE with a byte order mark. */
  {
    g_autofree char *text = g_convert (csv, sizeof csv - 1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
    g_autofree char *body = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &utf16_length, NULL);

    utf16 = g_malloc (utf16_length + 2);
    memcpy (utf16, "\xFF\xFE", 2);
    memcpy (utf16 + 2, body, utf16_length);
    utf16_length += 2;
  }
  g_assert_false (ta_csv_import (store, utf16, utf16_length, "fr.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_UTF16LE);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (result->problems, 0), expected));

  g_assert_cmpint (ta_store_count_participants (store, NULL), ==, 0);
  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

static void
assert_detected (const char    *csv,
                 gssize         length,
                 TaCsvEncoding  encoding,
                 char           separator)
{
  TaCsvFormat format;

  ta_csv_detect_format (csv, length >= 0 ? (gsize) length : strlen (csv), NULL, &format);
  g_assert_cmpint (format.encoding, ==, encoding);
  g_assert_cmpint (format.separator, ==, separator);
}

static void
test_detect_separator (void)
{
  /* Our own export: lists hold unquoted `;`, and the rows do not all have
   * as many `;` as the header has. */
  assert_detected ("name,email,languages,offers\r\n"
                   "Ann,ann@example.com,nl; en,AI tools; Slack\r\n"
                   "Bob,bob@example.com,fr,\r\n",
                   -1, TA_CSV_ENCODING_UTF8, ',');
  /* A Belgian Excel: commas inside cells are not quoted with `;`. */
  assert_detected ("Naam;E-mail;Afdeling\r\n"
                   "Dubois, Chloé;chloe@example.be;HR, recruiting\r\n"
                   "Peeters, Jan;jan@example.be;IT\r\n",
                   -1, TA_CSV_ENCODING_UTF8, ';');
  /* Tabs, with commas and semicolons in cells. */
  assert_detected ("name\temail\tnotes\n"
                   "Ann\tann@example.com\ta, b; c\n",
                   -1, TA_CSV_ENCODING_UTF8, '\t');
  /* Separators inside quotes do not count. */
  assert_detected ("\"name;x\",\"email;y\",notes\n"
                   "\"Ann;A\",\"ann@example.com\",\"a;b;c;d\"\n",
                   -1, TA_CSV_ENCODING_UTF8, ',');
  /* A quoted cell with line breaks does not break the count. */
  assert_detected ("name;email;notes\n"
                   "Ann;ann@example.com;\"line, one\nline, two\"\n"
                   "Bob;bob@example.com;\n",
                   -1, TA_CSV_ENCODING_UTF8, ';');
  /* A header alone. */
  assert_detected ("name;email\r\n", -1, TA_CSV_ENCODING_UTF8, ';');
  /* One column: nothing to tell, the standard's comma. */
  assert_detected ("name\nAnn\n", -1, TA_CSV_ENCODING_UTF8, ',');
  assert_detected ("", 0, TA_CSV_ENCODING_UTF8, ',');
  /* Excel's `sep=` line wins, whatever the rows look like. */
  assert_detected ("sep=,\nname;email;x\nAnn;ann@example.com;y\n", -1, TA_CSV_ENCODING_UTF8, ',');
  assert_detected ("SEP=\t\r\nname,email\r\n", -1, TA_CSV_ENCODING_UTF8, '\t');
}

static void
test_detect_encoding (void)
{
  /* UTF-8 with accents, with and without a byte order mark. */
  assert_detected ("name,email\nChloé,c@example.be\n", -1, TA_CSV_ENCODING_UTF8, ',');
  assert_detected ("\xEF\xBB\xBFname,email\n", -1, TA_CSV_ENCODING_UTF8, ',');
  /* Windows-1252: é as one byte is not UTF-8. */
  assert_detected ("name,email\nChlo\xE9,c@example.be\n", -1, TA_CSV_ENCODING_WINDOWS_1252, ',');
  /* UTF-16 with a byte order mark, both orders; and without one. */
  assert_detected ("\xFF\xFEn\0,\0e\0\n\0", 10, TA_CSV_ENCODING_UTF16LE, ',');
  assert_detected ("\xFE\xFF\0n\0;\0e\0\n", 10, TA_CSV_ENCODING_UTF16BE, ';');
  assert_detected ("n\0a\0m\0e\0\t\0e\0m\0a\0i\0l\0\n\0", 22, TA_CSV_ENCODING_UTF16LE, '\t');

  /* What is given is kept; a byte order mark still says which UTF-16. */
  {
    const TaCsvFormat wanted = { TA_CSV_ENCODING_UTF16LE, ';' };
    TaCsvFormat format;

    ta_csv_detect_format ("\xFE\xFF\0n\0,\0e", 8, &wanted, &format);
    g_assert_cmpint (format.encoding, ==, TA_CSV_ENCODING_UTF16BE);
    g_assert_cmpint (format.separator, ==, ';');
  }
}

/* The five bytes Windows-1252 leaves undefined do not refuse the file:
 * they are control characters, and the cell that holds one is refused
 * with the validator's reason. */
static void
test_undefined_1252 (void)
{
  static const char csv[] = "name;email\r\nAn\x81n;ann@example.be\r\nChlo\xE9;chloe@example.be\r\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_false (ta_csv_import (store, csv, sizeof csv - 1, "odd.csv", NULL,
                                 TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
  g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (result->problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (result->problems, 0), "odd.csv:2: name: "));

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

/* Forcing the encoding or separator reads the file that way, right or
 * wrong, and says so in the result. */
static void
test_overrides (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("excel-be-1252.csv");
  const char *csv = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  g_autoptr(TaStore) store = NULL;
  TaTestDir dir;

  store = open_store (&dir);

  {
    const TaCsvFormat utf8 = { TA_CSV_ENCODING_UTF8, '\0' };
    g_autoptr(TaImportResult) result = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_false (ta_csv_import (store, csv, length, "be.csv", &utf8, TA_CSV_IMPORT_DEFAULT,
                                   &result, &error));
    g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
    g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_UTF8);
    g_assert_cmpint (result->format.separator, ==, ';');
    g_assert_cmpstr (g_ptr_array_index (result->problems, 0), ==,
                     "be.csv:2: name: The text is not valid UTF-8 (save the file as “CSV UTF-8”)");
  }

  {
    const TaCsvFormat comma = { TA_CSV_ENCODING_DETECT, ',' };
    g_autoptr(TaImportResult) result = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_false (ta_csv_import (store, csv, length, "be.csv", &comma, TA_CSV_IMPORT_DEFAULT,
                                   &result, &error));
    g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ROWS);
    g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
    g_assert_cmpint (result->format.separator, ==, ',');
    g_assert_cmpstr (g_ptr_array_index (result->problems, 0), ==,
                     "be.csv:1: name: This column is required but missing from the header row");
  }

  {
    const TaCsvFormat both = { TA_CSV_ENCODING_WINDOWS_1252, ';' };
    g_autoptr(TaImportResult) result = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (ta_csv_import (store, csv, length, "be.csv", &both, TA_CSV_IMPORT_DEFAULT,
                                  &result, &error));
    g_assert_no_error (error);
    assert_people (store, TRUE);
  }

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

static void
test_names (void)
{
  TaCsvEncoding encoding;
  char separator;
  g_autofree char *label = NULL;

  g_assert_true (ta_csv_encoding_from_string ("UTF-8", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_UTF8);
  g_assert_true (ta_csv_encoding_from_string ("utf8", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_UTF8);
  g_assert_true (ta_csv_encoding_from_string ("utf-16", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_UTF16LE);
  g_assert_true (ta_csv_encoding_from_string ("UTF-16BE", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_UTF16BE);
  g_assert_true (ta_csv_encoding_from_string ("Windows-1252", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
  g_assert_true (ta_csv_encoding_from_string ("CP1252", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
  g_assert_true (ta_csv_encoding_from_string ("latin-1", &encoding));
  g_assert_cmpint (encoding, ==, TA_CSV_ENCODING_WINDOWS_1252);
  g_assert_false (ta_csv_encoding_from_string ("EBCDIC", &encoding));
  g_assert_false (ta_csv_encoding_from_string ("", &encoding));

  g_assert_cmpstr (ta_csv_encoding_to_string (TA_CSV_ENCODING_WINDOWS_1252), ==, "Windows-1252");
  g_assert_cmpstr (ta_csv_encoding_to_string (TA_CSV_ENCODING_UTF16LE), ==, "UTF-16LE");

  g_assert_true (ta_csv_separator_from_string (";", &separator));
  g_assert_cmpint (separator, ==, ';');
  g_assert_true (ta_csv_separator_from_string (",", &separator));
  g_assert_cmpint (separator, ==, ',');
  g_assert_true (ta_csv_separator_from_string ("TAB", &separator));
  g_assert_cmpint (separator, ==, '\t');
  g_assert_true (ta_csv_separator_from_string ("\\t", &separator));
  g_assert_cmpint (separator, ==, '\t');
  g_assert_true (ta_csv_separator_from_string ("\t", &separator));
  g_assert_cmpint (separator, ==, '\t');
  g_assert_false (ta_csv_separator_from_string ("|", &separator));
  g_assert_false (ta_csv_separator_from_string (";;", &separator));

  label = ta_csv_separator_get_label (';');
  g_assert_cmpstr (label, ==, "“;”");
  g_clear_pointer (&label, g_free);
  label = ta_csv_separator_get_label ('\t');
  g_assert_cmpstr (label, ==, "tab");
}

/* Every name of the table is read as its column, and the names that
 * differ by case, accents, spaces, `-`, `_` or `.` are one name. */
static void
test_header_names (void)
{
  g_auto(GStrv) participant_names = _ta_csv_list_header_names (FALSE);
  g_auto(GStrv) pairing_names = _ta_csv_list_header_names (TRUE);
  const struct
  {
    const char *header;
    const char *column;
  } cases[] = {
    { "Full Name", "name" }, { "NAME", "name" }, { "naam", "name" }, { "Nom", "name" },
    { "E-mail address", "email" }, { "Email", "email" }, { "e_mail", "email" },
    { "E-Mail-Adresse", "email" }, { "adresse électronique", "email" }, { "Mail", "email" },
    { "Department", "department" }, { "Dept.", "department" }, { "afdeling", "department" },
    { "DÉPARTEMENT", "department" }, { "Abteilung", "department" }, { "Service", "department" },
    { " Job  Title ", "job_title" }, { "job_title", "job_title" }, { "Functie", "job_title" },
    { "fonction", "job_title" }, { "Poste", "job_title" }, { "Stellenbezeichnung", "job_title" },
    { "Rôle", "role" }, { "rol", "role" }, { "Rolle", "role" },
    { "Location", "location" }, { "Office", "location" }, { "Standort", "location" },
    { "Manager", "reports_to" }, { "Manager Email", "reports_to" }, { "Reports-To", "reports_to" },
    { "Leidinggevende", "reports_to" }, { "Vorgesetzter", "reports_to" },
    { "Languages", "languages" }, { "Sprachen", "languages" }, { "talen", "languages" },
    { "Skills", "offers" }, { "capacité", "capacity" }, { "Kapazität", "capacity" },
  };

  for (guint i = 0; participant_names[i] != NULL; i++)
    g_assert_cmpint (_ta_csv_lookup_participant_column (participant_names[i]), >=, 0);
  for (guint i = 0; pairing_names[i] != NULL; i++)
    g_assert_cmpint (_ta_csv_lookup_pairing_column (pairing_names[i]), >=, 0);

  /* Our own names, as the export writes them. */
  for (guint i = 0; i < TA_N_PARTICIPANT_COLUMNS; i++)
    g_assert_cmpint (_ta_csv_lookup_participant_column (_ta_participant_column_names[i]), ==, i);
  for (guint i = 0; i < TA_N_PAIRING_COLUMNS; i++)
    g_assert_cmpint (_ta_csv_lookup_pairing_column (_ta_pairing_column_names[i]), ==, i);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int column = _ta_csv_lookup_participant_column (cases[i].header);

      g_assert_cmpint (column, >=, 0);
      g_assert_cmpstr (_ta_participant_column_names[column], ==, cases[i].column);
    }

  g_assert_cmpint (_ta_csv_lookup_participant_column ("Shoe size"), ==, -1);
  g_assert_cmpint (_ta_csv_lookup_participant_column ("nickname"), ==, -1);
  g_assert_cmpint (_ta_csv_lookup_participant_column (""), ==, -1);
  g_assert_cmpint (_ta_csv_lookup_pairing_column ("Mentor E-mail"), ==, TA_PAIRING_COLUMN_MENTOR);
  g_assert_cmpint (_ta_csv_lookup_pairing_column ("mentoré"), ==, TA_PAIRING_COLUMN_MENTEE);
  g_assert_cmpint (_ta_csv_lookup_pairing_column ("Gestart"), ==, TA_PAIRING_COLUMN_STARTED);
  g_assert_cmpint (_ta_csv_lookup_pairing_column ("Doelen"), ==, TA_PAIRING_COLUMN_GOALS);
}

/* "pairs:column:key" of a name in a table */
static char *
documented (gboolean    pairs,
            const char *column,
            const char *name)
{
  g_autofree char *key = _ta_csv_header_key (name);

  return g_strdup_printf ("%s:%s:%s", pairs ? "pairs" : "participants", column, key);
}

/* The tables of accepted names in README.md list the names that are read,
 * each as the column it documents, and all of them. */
static void
test_readme_names (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "README.md", NULL);
  g_autoptr(GHashTable) in_readme = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *readme = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_checked = 0;
  gboolean pairs = FALSE;

  g_assert_true (g_file_get_contents (path, &readme, NULL, NULL));
  lines = g_strsplit (readme, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *column = NULL;

      if (strstr (lines[i], "<!-- csv-names: participants -->") != NULL)
        pairs = FALSE;
      if (strstr (lines[i], "<!-- csv-names: pairs -->") != NULL)
        pairs = TRUE;

      /* Rows of the tables: | `column` | `name`, `name`… | */
      if (!g_str_has_prefix (lines[i], "| `"))
        continue;

      cells = g_strsplit (lines[i], "|", -1);
      if (g_strv_length (cells) < 4)
        continue;
      column = g_strdup (g_strstrip (cells[1]));
      g_assert_true (g_str_has_prefix (column, "`") && g_str_has_suffix (column, "`"));
      column[strlen (column) - 1] = '\0';

      for (guint c = 2; cells[c + 1] != NULL; c++)
        {
          g_auto(GStrv) names = g_strsplit (cells[c], "`", -1);

          /* Between the backquotes: every second piece. */
          for (guint n = 1; names[n] != NULL; n += 2)
            {
              int found = pairs ? _ta_csv_lookup_pairing_column (names[n])
                                : _ta_csv_lookup_participant_column (names[n]);

              if (found < 0)
                g_test_message ("README.md: “%s” is not read", names[n]);
              g_assert_cmpint (found, >=, 0);
              g_assert_cmpstr (pairs ? _ta_pairing_column_names[found]
                                     : _ta_participant_column_names[found], ==, column + 1);
              g_hash_table_add (in_readme, documented (pairs, column + 1, names[n]));
              n_checked++;
            }
        }
    }

  /* The tables are there, and leave no name out. */
  g_assert_cmpuint (n_checked, >, 150);
  for (guint kind = 0; kind < 2; kind++)
    {
      g_auto(GStrv) names = _ta_csv_list_header_names (kind == 1);

      for (guint i = 0; names[i] != NULL; i++)
        {
          int column = kind == 1 ? _ta_csv_lookup_pairing_column (names[i])
                                 : _ta_csv_lookup_participant_column (names[i]);
          g_autofree char *entry = documented (kind == 1,
                                               kind == 1 ? _ta_pairing_column_names[column]
                                                         : _ta_participant_column_names[column],
                                               names[i]);

          if (!g_hash_table_contains (in_readme, entry))
            g_test_message ("README.md does not list “%s”", names[i]);
          g_assert_true (g_hash_table_contains (in_readme, entry));
        }
    }
}

/* Export → edit in a spreadsheet → import gives back every cell as it was:
 * identity columns are never neutralised, and the `'` of neutralised
 * cells is taken off again. */
static void
test_formula_round_trip (void)
{
  const char *csv =
    "name,email,department,job_title,notes,reports_to\n"
    "-Ann,+ann@example.com,=SUM(1),''-x,\"''=already, quoted\",\n"
    "@Bob,-bob@example.com,+32 team,'plain,\"\tindented\",+ann@example.com\n"
    "Carl,=carl@example.com,@home,-,'',-bob@example.com\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaStore) copy = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) third = NULL;
  g_autoptr(TaParticipant) ann = NULL;
  g_autoptr(TaParticipant) bob = NULL;
  g_autoptr(TaParticipant) carl = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *bob_manager = NULL;
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_true (ta_csv_import (store, csv, strlen (csv), "f.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                                &result, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, ta_import_result_free);

  first = ta_participants_export_csv (store, &error);
  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  /* Addresses as they are; other cells neutralised, one `'` more for a
   * cell that starts with `'` and a formula character. */
  g_assert_nonnull (strstr (text, "'-Ann,+ann@example.com,"));
  g_assert_nonnull (strstr (text, "'=SUM(1),''-x,"));
  g_assert_nonnull (strstr (text, ",\"''=already, quoted\""));
  g_assert_nonnull (strstr (text, "'@Bob,-bob@example.com,"));
  g_assert_nonnull (strstr (text, ",+ann@example.com,active,"));
  g_assert_nonnull (strstr (text, "Carl,=carl@example.com,"));
  g_assert_nonnull (strstr (text, ",-bob@example.com,active,''\r\n"));

  /* Imported again: the same people, updated, nobody added. */
  g_assert_true (ta_csv_import (store, g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                                "export.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 3);
  g_clear_pointer (&result, ta_import_result_free);
  second = ta_participants_export_csv (store, &error);
  g_assert_true (g_bytes_equal (first, second));

  ann = find (store, "+ann@example.com");
  g_assert_cmpstr (ta_participant_get_name (ann), ==, "-Ann");
  g_assert_cmpstr (ta_participant_get_department (ann), ==, "=SUM(1)");
  g_assert_cmpstr (ta_participant_get_job_title (ann), ==, "'-x");
  g_assert_cmpstr (ta_participant_get_notes (ann), ==, "'=already, quoted");
  bob = find (store, "-bob@example.com");
  g_assert_cmpstr (ta_participant_get_name (bob), ==, "@Bob");
  g_assert_cmpstr (ta_participant_get_job_title (bob), ==, "'plain");
  bob_manager = manager_email (store, bob);
  g_assert_cmpstr (bob_manager, ==, "+ann@example.com");
  carl = find (store, "=carl@example.com");
  g_assert_cmpstr (ta_participant_get_department (carl), ==, "@home");
  g_assert_cmpstr (ta_participant_get_notes (carl), ==, "''");

  /* Into a new programme, through a spreadsheet export: the same. */
  copy_path = g_build_filename (dir.dir, "copy.db", NULL);
  copy = ta_store_open (copy_path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) excel = ta_participants_export_csv_full (store, TA_CSV_EXPORT_SPREADSHEET, &error);

    g_assert_true (ta_csv_import (copy, g_bytes_get_data (excel, NULL), g_bytes_get_size (excel),
                                  "excel.csv", NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (result->added, ==, 3);
  }
  third = ta_participants_export_csv (copy, &error);
  g_assert_true (g_bytes_equal (first, third));

  g_clear_object (&copy);
  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

/* Files written before identity columns were left alone: the `'` in front
 * of an address is taken off, so the people are found again. */
static void
test_old_neutralised_addresses (void)
{
  const char *csv =
    "name,email,reports_to\n"
    "Ann,+ann@example.com,\n"
    "Bob,bob@example.com,'+ann@example.com\n";
  const char *old =
    "name,email,reports_to\n"
    "Ann,'+ann@example.com,\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_true (ta_csv_import (store, csv, strlen (csv), "a.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                                &result, &error));
  g_assert_no_error (error);
  g_clear_pointer (&result, ta_import_result_free);
  g_assert_true (ta_csv_import (store, old, strlen (old), "old.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                                &result, &error));
  g_assert_cmpuint (result->added, ==, 0);
  g_assert_cmpuint (result->updated, ==, 1);
  g_assert_cmpint (ta_store_count_participants (store, NULL), ==, 2);

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

static void
test_writer_identity (void)
{
  g_autoptr(TaCsvWriter) writer = ta_csv_writer_new (TA_CSV_WRITER_NEUTRALISE_FORMULAS);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  const char * const cells[] = { "+a@x.be", "'+a@x.be", "''=b", "'x", "-", "" };
  g_autoptr(TaCsvReader) reader = NULL;

  ta_csv_writer_add_identity (writer, cells[0]);
  ta_csv_writer_add_identity (writer, cells[1]);
  ta_csv_writer_add_field (writer, cells[2]);
  ta_csv_writer_add_field (writer, cells[3]);
  ta_csv_writer_add_field (writer, cells[4]);
  ta_csv_writer_add_identity (writer, cells[5]);
  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpstr (text, ==, "+a@x.be,''+a@x.be,'''=b,'x,'-,\r\n");

  /* And every cell reads back as it was. */
  reader = ta_csv_reader_new (text, strlen (text));
  g_assert_true (ta_csv_reader_next (reader, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      gsize length;
      const char *cell = ta_csv_reader_get_field (reader, i, &length);

      ta_csv_cell_unneutralise (&cell, &length);
      g_assert_cmpmem (cell, length, cells[i], strlen (cells[i]));
    }
}

/* For spreadsheets: a byte order mark, the separator of the locale's
 * spreadsheet, CRLF. */
static void
test_spreadsheet_export (void)
{
  const char *csv = "name,email,languages,notes\nChloé,chloe@example.be,fr; nl,\"a, b\"\n";
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  TaTestDir dir;

  store = open_store (&dir);
  g_assert_true (ta_csv_import (store, csv, strlen (csv), "a.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                                &result, &error));
  g_assert_no_error (error);

  setlocale (LC_NUMERIC, "C");
  g_assert_cmpint (ta_csv_spreadsheet_separator (), ==, ',');
  {
    g_autoptr(GBytes) bytes = ta_participants_export_csv_full (store, TA_CSV_EXPORT_SPREADSHEET, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFname,email,role,"));
    g_assert_nonnull (strstr (text, "\r\nChloé,chloe@example.be,mentor,,,,,,fr; nl,"));
  }

  if (setlocale (LC_NUMERIC, "nl_BE.UTF-8") == NULL)
    {
      setlocale (LC_NUMERIC, saved);
      g_test_skip ("The nl_BE.UTF-8 locale is not installed (Debian: the locales package)");
      g_clear_object (&store);
      ta_test_dir_clear (&dir);
      return;
    }

  g_assert_cmpint (ta_csv_spreadsheet_separator (), ==, ';');
  {
    g_autoptr(GBytes) bytes = ta_participants_export_csv_full (store, TA_CSV_EXPORT_SPREADSHEET, &error);
    g_autoptr(GBytes) plain = ta_participants_export_csv (store, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autofree char *plain_text = g_strndup (g_bytes_get_data (plain, NULL), g_bytes_get_size (plain));

    g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBFname;email;role;"));
    g_assert_nonnull (strstr (text, "\r\nChloé;chloe@example.be;mentor;;;;;;\"fr; nl\";"));
    g_assert_true (g_str_has_suffix (text, ";active;a, b\r\n"));
    /* The plain export stays RFC 4180, whatever the locale. */
    g_assert_true (g_str_has_prefix (plain_text, "name,email,role,"));
  }
  setlocale (LC_NUMERIC, saved);

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

/* A window's import: the preview changes with the format chosen, then a
 * dry run, then the import, all asynchronous. */
typedef struct
{
  GAsyncResult *result;
} Wait;

static void
ready_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static gboolean
import_and_wait (TaStore           *store,
                 GBytes            *bytes,
                 const TaCsvFormat *format,
                 TaCsvImportFlags   flags,
                 TaImportResult   **out_result,
                 GError           **error)
{
  Wait wait = { 0 };
  gboolean ok;

  ta_csv_import_async (store, bytes, "nl.csv", format, flags, NULL, ready_cb, &wait);
  while (wait.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ok = ta_csv_import_finish (store, wait.result, out_result, error);
  g_object_unref (wait.result);

  return ok;
}

static void
test_preview_and_async (void)
{
  g_autoptr(GBytes) bytes = read_fixture ("excel-utf8-bom-nl.csv");
  const char *csv = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  const char * const columns[] = {
    "name", "email", "role", "department", "job_title", "location", "languages", "reports_to", NULL,
  };
  g_autoptr(TaCsvPreview) preview = NULL;
  g_autoptr(TaImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  TaCsvFormat format;
  TaTestDir dir;

  preview = ta_csv_preview_new (csv, length, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (preview->columns, columns);
  g_assert_cmpstr (preview->header[1], ==, "E-mailadres");
  g_assert_cmpuint (preview->rows->len, ==, G_N_ELEMENTS (people));
  g_assert_cmpstr (((GStrv) g_ptr_array_index (preview->rows, 4))[0], ==, "Ana Žagar");
  g_assert_cmpuint (g_array_index (preview->row_lines, guint, 4), ==, 6);
  format = preview->format;
  g_clear_pointer (&preview, ta_csv_preview_free);

  /* The person picks another separator: one column, not understood. */
  format.separator = ',';
  preview = ta_csv_preview_new (csv, length, &format, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (preview->header), ==, 1);
  g_assert_cmpstr (preview->columns[0], ==, "");
  g_clear_pointer (&preview, ta_csv_preview_free);
  format.separator = ';';

  store = open_store (&dir);
  g_assert_true (import_and_wait (store, bytes, &format, TA_CSV_IMPORT_DRY_RUN, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->added, ==, G_N_ELEMENTS (people));
  g_assert_cmpint (ta_store_count_participants (store, NULL), ==, 0);
  g_clear_pointer (&result, ta_import_result_free);

  g_assert_true (import_and_wait (store, bytes, &format, TA_CSV_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result->kind, ==, TA_CSV_KIND_PARTICIPANTS);
  g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_UTF8);
  assert_people (store, TRUE);
  g_clear_pointer (&result, ta_import_result_free);

  /* A damaged UTF-16 file: the preview and the import say why. */
  {
    g_autoptr(GBytes) damaged = g_bytes_new_static ("\xFF\xFEn\0a\0m", 7);

    g_assert_null (ta_csv_preview_new (g_bytes_get_data (damaged, NULL), 7, NULL, 10, &error));
    g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING);
    g_assert_cmpstr (error->message, ==,
                     "The file is not UTF-16LE text: byte 7 cannot be read; choose another encoding");
    g_clear_error (&error);

    g_assert_false (import_and_wait (store, damaged, NULL, TA_CSV_IMPORT_DEFAULT, &result, &error));
    g_assert_error (error, TA_CSV_ERROR, TA_CSV_ERROR_ENCODING);
    g_assert_cmpint (result->format.encoding, ==, TA_CSV_ENCODING_UTF16LE);
  }

  g_clear_object (&store);
  ta_test_dir_clear (&dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *detect = g_strdup_printf ("/csv-formats/detect/%s", fixtures[i].file);
      g_autofree char *import = g_strdup_printf ("/csv-formats/import/%s", fixtures[i].file);

      g_test_add_data_func (detect, &fixtures[i], test_fixture_detect);
      g_test_add_data_func (import, &fixtures[i], test_fixture_import);
    }

  g_test_add_func ("/csv-formats/line-ends", test_line_ends);
  g_test_add_func ("/csv-formats/problem-lines", test_problem_lines);
  g_test_add_func ("/csv-formats/detect/separator", test_detect_separator);
  g_test_add_func ("/csv-formats/detect/encoding", test_detect_encoding);
  g_test_add_func ("/csv-formats/undefined-1252", test_undefined_1252);
  g_test_add_func ("/csv-formats/overrides", test_overrides);
  g_test_add_func ("/csv-formats/names", test_names);
  g_test_add_func ("/csv-formats/header-names", test_header_names);
  g_test_add_func ("/csv-formats/readme-names", test_readme_names);
  g_test_add_func ("/csv-formats/formulas/round-trip", test_formula_round_trip);
  g_test_add_func ("/csv-formats/formulas/old-addresses", test_old_neutralised_addresses);
  g_test_add_func ("/csv-formats/formulas/writer", test_writer_identity);
  g_test_add_func ("/csv-formats/export/spreadsheet", test_spreadsheet_export);
  g_test_add_func ("/csv-formats/preview-and-async", test_preview_and_async);

  return g_test_run ();
}
