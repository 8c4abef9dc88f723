/* test-cli-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-cli-csv"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-fixture.h"

/*
 * turnabout-cli with spreadsheets: what it prints when it reads a file
 * that is not plain UTF-8 with commas, the --separator and --encoding
 * overrides, export --excel under a comma-decimal locale read back by
 * Python's csv module, and pairs: export → import changes nothing, a file
 * that breaks a rule leaves the programme as it was.
 */

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Copies a fixture of tests/model/data into the test's folder. */
static void
copy_fixture (Fixture    *fixture,
              const char *name)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "model", "data", name, NULL);
  g_autofree char *to = path_in (fixture, name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, contents, length, &error);
  g_assert_no_error (error);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static char *
read_file (Fixture    *fixture,
           const char *name,
           gsize      *out_length)
{
  g_autofree char *path = path_in (fixture, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, out_length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The database and its write-ahead log, as one fingerprint. */
static char *
database_state (Fixture    *fixture,
                const char *name)
{
  GString *state = g_string_new (NULL);
  const char *suffixes[] = { "", "-wal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (name, suffixes[i], NULL);
      g_autofree char *path = path_in (fixture, file);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (path, &contents, &length, NULL))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                              (const guchar *) contents, length);

          g_string_append_printf (state, "%s ", sum);
        }
      else
        g_string_append (state, "absent ");
    }

  return g_string_free (state, FALSE);
}

static void
assert_run (Run        *run,
            int         status,
            const char *out,
            const char *err)
{
  if (run->status != status)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_cmpint (run->status, ==, status);
  if (out != NULL)
    g_assert_cmpstr (run->out, ==, out);
  if (err != NULL)
    g_assert_cmpstr (run->err, ==, err);
}

/* run_cli() in a locale of the caller's choosing. */
static Run
run_cli_in (Fixture            *fixture,
            const char         *locale,
            const char * const *args)
{
  const RunOptions options = { .locale = locale, .english = TRUE };

  return run_cli_argv (fixture, &options, args);
}

static gboolean
locale_exists (const char *name)
{
  g_autofree char *out = NULL;

  /* setlocale() here would change this process; ask locale(1) instead. */
  if (!g_spawn_command_line_sync ("locale -a", &out, NULL, NULL, NULL) || out == NULL)
    return FALSE;

  for (char *line = strtok (out, "\n"); line != NULL; line = strtok (NULL, "\n"))
    {
      if (g_ascii_strcasecmp (line, name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Each fixture says how it was read; a plain UTF-8 file with commas says
 * nothing, as before. */
static void
test_import_says_format (Fixture       *fixture,
                         gconstpointer  data)
{
  const struct
  {
    const char *file;
    const char *said;
  } cases[] = {
    { "excel-be-1252.csv", "Read excel-be-1252.csv as Windows-1252 with “;” as separator.\n" },
    { "excel-utf8-bom-nl.csv", "Read excel-utf8-bom-nl.csv as UTF-8 with “;” as separator.\n" },
    { "excel-unicode-de.txt", "Read excel-unicode-de.txt as UTF-16LE with tab as separator.\n" },
    { "sep-line-fr.csv", "Read sep-line-fr.csv as Windows-1252 with “;” as separator.\n" },
    { "libreoffice-1252.csv", "Read libreoffice-1252.csv as Windows-1252 with “,” as separator.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *db = g_strdup_printf ("p%u.db", i);
      g_auto(Run) run = { 0 };

      copy_fixture (fixture, cases[i].file);
      run = run_cli (fixture, "import", cases[i].file, "--database", db, NULL);
      assert_run (&run, 0, "Imported 5 participants: 5 added, 0 updated.\n", cases[i].said);
    }

  write_file (fixture, "plain.csv", "name,email\nChloé,chloe@example.be\n");
  {
    g_auto(Run) run = run_cli (fixture, "import", "plain.csv", "--database", "plain.db", NULL);

    assert_run (&run, 0, "Imported 1 participant: 1 added, 0 updated.\n", "");
  }
}

static void
test_import_overrides (Fixture       *fixture,
                       gconstpointer  data)
{
  copy_fixture (fixture, "excel-be-1252.csv");
  copy_fixture (fixture, "excel-unicode-de.txt");

  /* Read as UTF-8: refused cell by cell, with the file's lines. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "--encoding", "utf-8",
                               "--database", "a.db", NULL);

    assert_run (&run, 1, "", NULL);
    g_assert_true (g_str_has_prefix (run.err,
                                     "Read excel-be-1252.csv as UTF-8 with “;” as separator.\n"
                                     "excel-be-1252.csv:2: name: The text is not valid UTF-8"));
  }

  /* Read with commas: one column, and the required ones are missing. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "--separator", ",",
                               "--dry-run", "--database", "a.db", NULL);

    assert_run (&run, 1, "", NULL);
    g_assert_true (g_str_has_prefix (run.err,
                                     "Read excel-be-1252.csv as Windows-1252 with “,” as separator.\n"));
    g_assert_nonnull (strstr (run.err, "excel-be-1252.csv:1: name: This column is required"));
  }

  /* Both given, in other spellings: fine.  A dry run creates nothing. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "--encoding", "CP1252",
                               "--separator", "semicolon", "--database", "b.db", NULL);

    assert_run (&run, 0, "Imported 5 participants: 5 added, 0 updated.\n",
                "Read excel-be-1252.csv as Windows-1252 with “;” as separator.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-unicode-de.txt", "--separator", "\\t",
                               "--encoding", "UTF-16", "--dry-run", "--database", "b.db", NULL);

    assert_run (&run, 0, "5 participants would be imported: 0 added, 5 updated. "
                         "Nothing was changed (dry run).\n",
                "Read excel-unicode-de.txt as UTF-16LE with tab as separator.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-unicode-de.txt", "--separator", "tab",
                               "--dry-run", "--database", "b.db", NULL);

    assert_run (&run, 0, NULL, "Read excel-unicode-de.txt as UTF-16LE with tab as separator.\n");
  }

  /* Unknown values are usage errors, before anything is read. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "--separator", "|",
                               "--database", "c.db", NULL);

    assert_run (&run, 2, "", NULL);
    g_assert_true (g_str_has_prefix (run.err, "turnabout-cli import: “|” is not a separator: "
                                              "use “,”, “;” or “tab”\n"));
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "--encoding", "EBCDIC",
                               "--database", "c.db", NULL);

    assert_run (&run, 2, "", NULL);
    g_assert_true (g_str_has_prefix (run.err, "turnabout-cli import: “EBCDIC” is not an encoding: "
                                              "use UTF-8, UTF-16 or Windows-1252\n"));
  }
  {
    g_autofree char *path = path_in (fixture, "c.db");

    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

/* Python's csv module reads the export with the dialect it sniffs. */
static char *
python_read (Fixture    *fixture,
             const char *file)
{
  const char *script =
    "import csv, sys\n"
    "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
    "    text = f.read()\n"
    "dialect = csv.Sniffer().sniff(text[:4096], delimiters=',;\\t')\n"
    "rows = list(csv.reader(text.splitlines(True), dialect))\n"
    "print(repr(dialect.delimiter), len(rows), len(rows[0]), rows[0][0], rows[0][1], rows[1][1])\n";
  g_autofree char *path = path_in (fixture, file);
  const char *argv[] = { "python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    return NULL;
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("python3: %s", err);

  return g_steal_pointer (&out);
}

static void
test_export_excel (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const demo[] = { "demo", "--participants", "30", "--seed", "2", "-d", "p.db", NULL };
  const char * const excel[] = { "export", "participants", "excel.csv", "--excel", "-d", "p.db", NULL };
  const char * const plain[] = { "export", "participants", "plain.csv", "-d", "p.db", NULL };
  g_autofree char *python = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *found = NULL;
  gsize length;

  {
    g_auto(Run) run = run_cli_in (fixture, "C.UTF-8", demo);

    assert_run (&run, 0, NULL, NULL);
  }

  /* Where the decimal separator is a point: commas, but the BOM. */
  {
    g_auto(Run) run = run_cli_in (fixture, "C.UTF-8", excel);

    assert_run (&run, 0, "Exported 30 participants to excel.csv.\n",
                "Written for spreadsheets: UTF-8 with a byte order mark, “,” as separator.\n");
  }
  exported = read_file (fixture, "excel.csv", &length);
  g_assert_true (g_str_has_prefix (exported, "\xEF\xBB\xBFname,email,role,"));
  g_clear_pointer (&exported, g_free);

  if (!locale_exists ("nl_BE.utf8") && !locale_exists ("nl_BE.UTF-8"))
    {
      g_test_skip ("The nl_BE.UTF-8 locale is not installed (Debian: the locales package, "
                   "with nl_BE.UTF-8 generated)");
      return;
    }

  {
    g_auto(Run) run = run_cli_in (fixture, "nl_BE.UTF-8", excel);

    assert_run (&run, 0, "Exported 30 participants to excel.csv.\n",
                "Written for spreadsheets: UTF-8 with a byte order mark, “;” as separator.\n");
  }
  {
    g_auto(Run) run = run_cli_in (fixture, "nl_BE.UTF-8", plain);

    assert_run (&run, 0, NULL, "");
  }

  exported = read_file (fixture, "excel.csv", &length);
  g_assert_true (g_str_has_prefix (exported, "\xEF\xBB\xBFname;email;role;department;"));
  g_assert_true (g_str_has_suffix (exported, "\r\n"));
  /* Every line ends with CRLF (line breaks inside notes are quoted). */
  g_assert_null (strstr (exported, ";\n"));
  plain_text = read_file (fixture, "plain.csv", &length);
  g_assert_true (g_str_has_prefix (plain_text, "name,email,role,department,"));

  python = python_read (fixture, "excel.csv");
  if (python == NULL)
    {
      g_test_skip ("python3 is not installed");
      return;
    }
  /* ';' as the delimiter, 31 rows of 16 columns, the header as written. */
  g_assert_true (g_str_has_prefix (python, "';' 31 16 name email "));

  /* And it imports back as it is, into a new programme. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel.csv", "-d", "copy.db", NULL);

    assert_run (&run, 0, "Imported 30 participants: 30 added, 0 updated.\n",
                "Read excel.csv as UTF-8 with “;” as separator.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "participants", "again.csv", "-d", "copy.db", NULL);

    assert_run (&run, 0, NULL, "");
  }
  found = read_file (fixture, "again.csv", &length);
  g_assert_cmpstr (found, ==, plain_text);
}

static void
test_pairs_round_trip (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported = NULL;
  gsize length;

  {
    g_auto(Run) run = run_cli (fixture, "demo", "--participants", "200", "--seed", "4",
                               "-d", "p.db", NULL);

    assert_run (&run, 0, NULL, NULL);
  }
  {
    g_auto(Run) run = run_cli (fixture, "export", "pairs", "pairs.csv", "-d", "p.db", NULL);

    assert_run (&run, 0, NULL, "");
    g_assert_true (g_str_has_prefix (run.out, "Exported "));
    g_assert_true (g_str_has_suffix (run.out, " pairs to pairs.csv.\n"));
  }
  exported = read_file (fixture, "pairs.csv", &length);
  g_assert_true (g_str_has_prefix (exported, "mentor,mentee,status,started,goals,ended,end_reason\r\n"));

  before = database_state (fixture, "p.db");
  {
    g_auto(Run) run = run_cli (fixture, "import", "pairs.csv", "-d", "p.db", NULL);
    g_autofree char *n = NULL;
    g_autofree char *expected = NULL;

    assert_run (&run, 0, NULL, "");
    n = g_strndup (run.out + strlen ("Imported "), strcspn (run.out + strlen ("Imported "), " "));
    expected = g_strdup_printf ("Imported %s pairs: 0 added, 0 updated, %s unchanged.\n", n, n);
    g_assert_cmpstr (run.out, ==, expected);
  }
  after = database_state (fixture, "p.db");
  g_assert_cmpstr (before, ==, after);

  /* --excel too, and a dry run of it. */
  {
    g_auto(Run) run = run_cli (fixture, "export", "pairs", "excel.csv", "--excel", "-d", "p.db", NULL);

    assert_run (&run, 0, NULL, "Written for spreadsheets: UTF-8 with a byte order mark, “,” as separator.\n");
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel.csv", "--dry-run", "-d", "p.db", NULL);

    assert_run (&run, 0, NULL, "");
    g_assert_true (g_str_has_suffix (run.out, "unchanged. Nothing was changed (dry run).\n"));
  }
}

static void
test_pairs_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  copy_fixture (fixture, "excel-be-1252.csv");
  copy_fixture (fixture, "pairs-excel-nl.csv");
  {
    g_auto(Run) run = run_cli (fixture, "import", "excel-be-1252.csv", "-d", "p.db", NULL);

    assert_run (&run, 0, NULL, NULL);
  }
  {
    g_auto(Run) run = run_cli (fixture, "import", "pairs-excel-nl.csv", "-d", "p.db", NULL);

    assert_run (&run, 0, "Imported 2 pairs: 2 added, 0 updated, 0 unchanged.\n",
                "Read pairs-excel-nl.csv as Windows-1252 with “;” as separator.\n");
  }

  /* Chloé has a mentor already, and reports to François; Ana's pairing is
   * paused, which cannot go back to proposed. */
  write_file (fixture, "more.csv",
              "Mentor;Mentee;Status\r\n"
              "francois.peeters@example.be;chloe.dubois@example.be;active\r\n"
              "zoe.janssens@example.be;ana.zagar@example.be;proposed\r\n");
  before = database_state (fixture, "p.db");
  {
    g_auto(Run) run = run_cli (fixture, "import", "more.csv", "-d", "p.db", NULL);

    assert_run (&run, 1, "",
                "Read more.csv as UTF-8 with “;” as separator.\n"
                "more.csv:2: mentee: Chloé Dubois reports to François Peeters: nobody is paired "
                "within their own reporting line\n"
                "more.csv:2: mentee: Chloé Dubois already has a mentor\n"
                "more.csv:3: status: A pairing that is “Paused” cannot become “Proposed”\n"
                "turnabout-cli import: more.csv has 3 problems; nothing was imported\n");
  }
  after = database_state (fixture, "p.db");
  g_assert_cmpstr (before, ==, after);

  /* Pairs need a programme: none is made for them. */
  {
    g_auto(Run) run = run_cli (fixture, "import", "pairs-excel-nl.csv", "-d", "none.db", NULL);
    g_autofree char *path = path_in (fixture, "none.db");

    assert_run (&run, 1, "", NULL);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
test_export_usage (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Run) run = run_cli (fixture, "export", "sessions.csv", "x.csv", "-d", "p.db", NULL);

  assert_run (&run, 2, "", NULL);
  g_assert_true (g_str_has_prefix (run.err, "turnabout-cli export: Cannot export “sessions.csv”: "
                                            "use “participants”, “pairs” or “sessions”\n"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *absolute = NULL;

  absolute = cli_test_init (&argc, &argv);
  if (absolute == NULL)
    return 1;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/cli-csv/import/says-format", test_import_says_format);
  ADD ("/cli-csv/import/overrides", test_import_overrides);
  ADD ("/cli-csv/export/excel", test_export_excel);
  ADD ("/cli-csv/pairs/round-trip", test_pairs_round_trip);
  ADD ("/cli-csv/pairs/refused", test_pairs_refused);
  ADD ("/cli-csv/export/usage", test_export_usage);

#undef ADD

  return g_test_run ();
}
