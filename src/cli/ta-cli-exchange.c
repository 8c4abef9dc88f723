/* ta-cli-exchange.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ta-cli.h"
#include "ta-programme.h"

/*
 * turnabout-cli exchange export --pairing ID FILE.turnabout
 * turnabout-cli exchange import FILE.turnabout [--dry-run] [--me mentor|mentee]
 *
 * Exchange files (docs/exchange.md).  Export writes a pair kit on a
 * facilitator's programme and a pair update on a personal one, and prints
 * what the file contains, one sentence a line.  Import prints what the
 * file changes, a line each, marked "+" (added), "~" (changed) or "="
 * (kept: the other side's value loses by the merge rules), then applies
 * it in one transaction, unless --dry-run.  A kit imported into a new or
 * empty --database makes it a personal programme, of the mentor unless
 * --me mentee.  A refused file changes nothing and exits 1.
 */

static int
exchange_export (TaCliCommon *common,
                 gint64       pairing_id,
                 const char  *path)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *display = g_filename_display_name (path);

  store = ta_cli_open_store (common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;
  programme = ta_programme_new_for_store (store);

  lines = ta_programme_exchange_describe (programme, pairing_id, &error);
  if (lines == NULL || !ta_programme_exchange_export (programme, pairing_id, path, &error))
    return ta_cli_error ("%s", error->message);

  for (guint i = 0; lines[i] != NULL; i++)
    ta_cli_print ("%s\n", lines[i]);
  /* Translators: %s is a file name */
  ta_cli_print (_("Written to %s.\n"), display);
  return TA_CLI_EXIT_OK;
}

static const char *
change_mark (TaExchangeChangeKind kind)
{
  switch (kind)
    {
    case TA_EXCHANGE_CHANGE_ADD:
      return "+";
    case TA_EXCHANGE_CHANGE_UPDATE:
      return "~";
    case TA_EXCHANGE_CHANGE_KEEP:
    default:
      return "=";
    }
}

static int preview_and_apply (TaStore    *store,
                              const char *path,
                              gboolean    dry_run,
                              const char *me);

/* The programme file made for a dry run, and what SQLite put beside it. */
static void
remove_scratch (const char *scratch)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (scratch, name, NULL);

      g_remove (file);
    }
  g_rmdir (scratch);
}

/* A programme made for a file that was refused: as if never made. */
static void
remove_programme (const char *database)
{
  const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (database, suffixes[i], NULL);

      g_remove (file);
    }
}

static int
exchange_import (TaCliCommon *common,
                 const char  *path,
                 gboolean     dry_run,
                 const char  *me)
{
  g_autoptr(TaStore) store = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *database = NULL;
  gboolean created;
  int status;

  /* A wrong file name should not make a new programme. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (path);

      /* Translators: %s is a file name */
      return ta_cli_error (_("%s: no such file"), display);
    }

  /* A dry run into a programme not made yet reads the file against an
   * empty one, made aside and removed. */
  if (dry_run && common->database != NULL && !g_file_test (common->database, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) tmp_error = NULL;

      scratch = g_dir_make_tmp ("turnabout-exchange-XXXXXX", &tmp_error);
      if (scratch == NULL)
        return ta_cli_error ("%s", tmp_error->message);
      g_free (common->database);
      common->database = g_build_filename (scratch, "programme.turnabout-db", NULL);
    }

  database = common->database != NULL ? g_strdup (common->database) : ta_store_get_default_path ();
  created = !g_file_test (database, G_FILE_TEST_EXISTS);
  store = ta_cli_open_store (common, dry_run && scratch == NULL ? TA_STORE_OPEN_READ_ONLY : TA_STORE_OPEN_CREATE);
  status = store != NULL ? preview_and_apply (store, path, dry_run, me) : TA_CLI_EXIT_FAILURE;

  g_clear_object (&store);
  if (scratch != NULL)
    remove_scratch (scratch);
  else if (created && status != TA_CLI_EXIT_OK)
    remove_programme (database);
  return status;
}

static int
preview_and_apply (TaStore    *store,
                   const char *path,
                   gboolean    dry_run,
                   const char *me)
{
  g_autoptr(TaProgramme) programme = NULL;
  g_autoptr(TaExchangePreview) preview = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  programme = ta_programme_new_for_store (store);

  preview = ta_programme_exchange_read (programme, path, &error);
  if (preview == NULL)
    return ta_cli_error ("%s", error->message);
  if (me != NULL)
    ta_exchange_preview_set_me (preview, g_str_equal (me, "mentee") ? TA_PAIR_SIDE_MENTEE : TA_PAIR_SIDE_MENTOR);

  /* Translators: %s is a pair, "Anna Peeters and Marc Dubois" */
  ta_cli_print (_("Pair: %s\n"), ta_exchange_preview_get_pair (preview));
  changes = ta_exchange_preview_get_changes (preview);
  for (guint i = 0; i < changes->len; i++)
    {
      TaExchangeChange *change = g_ptr_array_index (changes, i);

      ta_cli_print ("%s %s\n", change_mark (change->kind), change->text);
    }

  if (ta_exchange_preview_is_empty (preview))
    {
      ta_cli_print ("%s\n", _("Nothing changes."));
      return TA_CLI_EXIT_OK;
    }
  if (dry_run)
    {
      ta_cli_print ("%s\n", _("Dry run: nothing was changed."));
      return TA_CLI_EXIT_OK;
    }

  if (!ta_programme_exchange_apply (programme, preview, &error))
    return ta_cli_error ("%s", error->message);

  ta_cli_print ("%s\n", _("Applied."));
  return TA_CLI_EXIT_OK;
}

/* turnabout-cli exchange export|import … */
int
ta_cli_exchange (const TaCliCommand  *command,
                 GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *me = NULL;
  gint64 pairing_id = 0;
  gboolean dry_run = FALSE;
  gboolean export;
  int status;
  const GOptionEntry entries[] = {
    { "pairing", 0, 0, G_OPTION_ARG_INT64, &pairing_id,
      N_("export: the pair to write a kit or an update for"),
      /* Translators: placeholder in --help, as in “--pairing=ID” */
      N_("ID") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("import: say what the file would change, but change nothing"), NULL },
    { "me", 0, 0, G_OPTION_ARG_STRING, &me,
      N_("import: which of the pair you are when a kit makes a new programme yours, "
         "“mentor” (the default) or “mentee”"),
      /* Translators: placeholder in --help, as in “--me=SIDE” */
      N_("SIDE") },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;

  if (g_strv_length (*argv) < 2)
    return ta_cli_usage_error ("%s", _("Say what to do: export or import"));
  export = g_str_equal ((*argv)[1], "export");
  if (!export && !g_str_equal ((*argv)[1], "import"))
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[1], -1);

      /* Translators: %s is what was typed; “export” and “import” are keywords */
      return ta_cli_usage_error (_("Cannot “%s” an exchange file: only “export” or “import”"), shown);
    }
  if (g_strv_length (*argv) < 3)
    return ta_cli_usage_error ("%s", _("Which file? Give the .turnabout file"));
  if (g_strv_length (*argv) > 3)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[3], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  if (export)
    {
      if (pairing_id <= 0)
        return ta_cli_usage_error ("%s", _("Say which pair with --pairing ID (see “turnabout-cli list pairings”)"));
      if (dry_run || me != NULL)
        return ta_cli_usage_error ("%s", _("--dry-run and --me are options of import"));
      return exchange_export (&common, pairing_id, (*argv)[2]);
    }

  if (pairing_id != 0)
    return ta_cli_usage_error ("%s", _("--pairing is an option of export"));
  if (me != NULL && !g_str_equal (me, "mentor") && !g_str_equal (me, "mentee"))
    {
      g_autofree char *shown = g_utf8_make_valid (me, -1);

      /* Translators: %s is what was typed; “mentor” and “mentee” are keywords */
      return ta_cli_usage_error (_("“%s” is not a side: use “mentor” or “mentee”"), shown);
    }

  return exchange_import (&common, (*argv)[2], dry_run, me);
}
