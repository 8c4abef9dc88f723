/* bench-csv.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-csv"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/resource.h>

#include "ta-csv.h"
#include "ta-demo.h"
#include "ta-participant-csv.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * Spreadsheets in, as issue 10 measures them: the export of a
 * 100,000-person programme imported into a fresh store with ta_csv_import()
 * (encoding, separator and kind detected), reading the file included:
 *
 *   import_utf8_comma   the export as Turnabout writes it (UTF-8, `,`)
 *   import_1252_semi    the same file as a Belgian Excel saves it
 *                       (Windows-1252, `;`, CRLF)
 *
 * Each import runs --runs times into a new store; the best and the median
 * are printed, in wall-clock time and in CPU time of this process (user
 * and system), which other work on a shared machine disturbs less.  Everything happens in a temporary folder that is removed
 * afterwards.
 */

static int n_participants = TA_DEMO_MAX_PARTICIPANTS;
static int n_runs = 3;

static const GOptionEntry entries[] = {
  { "participants", 'n', 0, G_OPTION_ARG_INT, &n_participants,
    "Size of the programme (default: 100000)", "N" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &n_runs, "Runs of each import (default: 3)", "N" },
  { NULL }
};

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* The export, re-written with `;` and converted to Windows-1252, as Excel
 * saves “CSV” in Belgium.  Letters Windows-1252 has no room for become
 * `?`, as Excel writes them. */
static char *
as_excel_1252 (const char *csv,
               gsize       length,
               gsize      *out_length)
{
  g_autoptr(TaCsvReader) reader = ta_csv_reader_new (csv, length);
  g_autoptr(TaCsvWriter) writer = ta_csv_writer_new_full (TA_CSV_WRITER_NONE, ';', FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *converted;

  while (ta_csv_reader_next (reader, &error))
    {
      for (guint i = 0; i < ta_csv_reader_get_n_fields (reader); i++)
        ta_csv_writer_add_field (writer, ta_csv_reader_get_field (reader, i, NULL));
      ta_csv_writer_end_record (writer);
    }
  g_assert_no_error (error);

  bytes = ta_csv_writer_free_to_bytes (g_steal_pointer (&writer));
  converted = g_convert_with_fallback (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                       "WINDOWS-1252", "UTF-8", "?", NULL, out_length, &error);
  g_assert_no_error (error);

  return converted;
}

static void
measure (const char        *name,
         const char        *dir,
         const char        *csv_path,
         TaCsvEncoding      encoding,
         char               separator,
         const char        *target)
{
  g_autofree double *seconds = g_new (double, n_runs);
  g_autofree double *cpu = g_new (double, n_runs);

  for (int run = 0; run < n_runs; run++)
    {
      g_autofree char *db_name = g_strdup_printf ("%s-%d.db", name, run);
      g_autofree char *db_path = g_build_filename (dir, db_name, NULL);
      g_autoptr(TaStore) store = ta_store_open (db_path, NULL);
      g_autoptr(TaImportResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;
      gsize length;
      gint64 start;
      double cpu_start;

      g_assert_nonnull (store);
      start = g_get_monotonic_time ();
      cpu_start = cpu_seconds ();
      if (!g_file_get_contents (csv_path, &data, &length, &error) ||
          !ta_csv_import (store, data, length, "programme.csv", NULL, TA_CSV_IMPORT_DEFAULT,
                          &result, &error))
        g_error ("%s", error->message);
      seconds[run] = ta_bench_seconds_since (start);
      cpu[run] = cpu_seconds () - cpu_start;

      g_assert_cmpuint (result->added, ==, (guint) n_participants);
      g_assert_cmpint (result->kind, ==, TA_CSV_KIND_PARTICIPANTS);
      g_assert_cmpint (result->format.encoding, ==, encoding);
      g_assert_cmpint (result->format.separator, ==, separator);

      g_clear_object (&store);
      g_unlink (db_path);
    }

  qsort (seconds, n_runs, sizeof (double), ta_bench_compare_doubles);
  qsort (cpu, n_runs, sizeof (double), ta_bench_compare_doubles);
  g_print ("%s %.3f s best, %.3f s median of %d; CPU %.3f s best, %.3f s median (%s)\n",
           name, seconds[0], seconds[n_runs / 2], n_runs, cpu[0], cpu[n_runs / 2], target);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *utf8_path = NULL;
  g_autofree char *excel_path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *excel = NULL;
  gsize length;
  gsize excel_length;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- measure the import of large spreadsheets");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (n_participants < 1 || n_participants > TA_DEMO_MAX_PARTICIPANTS || n_runs < 1)
    {
      g_printerr ("--participants must be between 1 and %d, --runs at least 1\n",
                  TA_DEMO_MAX_PARTICIPANTS);
      return 2;
    }

  self = g_canonicalize_filename (argv[0], NULL);
  g_print ("command: %s --participants %d --runs %d\n", self, n_participants, n_runs);

  dir = ta_test_make_dir ("turnabout-bench-csv-XXXXXX");
  demo_path = g_build_filename (dir, "demo.db", NULL);
  utf8_path = g_build_filename (dir, "programme.csv", NULL);
  excel_path = g_build_filename (dir, "programme-excel.csv", NULL);

  {
    g_autoptr(TaStore) store = ta_store_open (demo_path, &error);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_no_error (error);
    if (!ta_demo_fill_full (store, n_participants, 1, TA_DEMO_NO_PAIRINGS, &error) ||
        (bytes = ta_participants_export_csv (store, &error)) == NULL)
      g_error ("%s", error->message);

    data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);
    g_file_set_contents (utf8_path, data, length, &error);
    g_assert_no_error (error);

    excel = as_excel_1252 (data, length, &excel_length);
    g_file_set_contents (excel_path, excel, excel_length, &error);
    g_assert_no_error (error);
  }
  g_print ("# %" G_GSIZE_FORMAT " bytes as UTF-8, %" G_GSIZE_FORMAT " as Windows-1252\n",
           length, excel_length);

  measure ("import_utf8_comma", dir, utf8_path, TA_CSV_ENCODING_UTF8, ',', "target ≤ 1.0 s");
  measure ("import_1252_semi", dir, excel_path, TA_CSV_ENCODING_WINDOWS_1252, ';', "target ≤ 1.3 s");

  ta_test_remove_dir (dir);
  return 0;
}
