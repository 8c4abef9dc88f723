/* ta-cli-invite.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ta-cli.h"
#include "ta-itip.h"
#include "ta-programme.h"

/*
 * turnabout-cli invite SESSION_ID FILE.ics [--organizer EMAIL] [--series]
 *                      [--cancel]
 *
 * Writes the invitation (iTIP REQUEST, RFC 5546) for a session, or for
 * its whole series with --series, or its cancellation with --cancel,
 * for the facilitator to send by e-mail: ORGANIZER is --organizer or the
 * facilitator's address (Preferences); without either it is an error.
 * The SEQUENCE goes up by itself when the session changed since the last
 * one written.
 *
 * turnabout-cli import REPLY.ics (ta-cli-import.c sends METHOD:REPLY
 * files here) records each attendee's answer: recorded ones are listed
 * on standard output, the others on standard error as FILE:LINE: UID:
 * reason.
 */

static gboolean
parse_id (const char *text,
          gint64     *out_id)
{
  char *end = NULL;
  gint64 id;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  id = g_ascii_strtoll (text, &end, 10);
  if (end == NULL || *end != '\0' || id <= 0)
    return FALSE;
  *out_id = id;
  return TRUE;
}

int
ta_cli_invite (const TaCliCommand  *command,
               GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(TaProgramme) programme = NULL;
  g_autofree char *organizer = NULL;
  g_autofree char *display = NULL;
  gboolean series = FALSE;
  gboolean cancel = FALSE;
  gint64 session_id = 0;
  int status;
  const GOptionEntry entries[] = {
    { "organizer", 0, 0, G_OPTION_ARG_STRING, &organizer,
      N_("The organizer’s e-mail address (default: the facilitator’s, from Preferences)"),
      /* Translators: placeholder in --help, as in “--organizer=EMAIL” */
      N_("EMAIL") },
    { "series", 0, 0, G_OPTION_ARG_NONE, &series,
      N_("Invite to the session’s whole series, not only this session"), NULL },
    { "cancel", 0, 0, G_OPTION_ARG_NONE, &cancel,
      N_("Write the cancellation instead of the invitation"), NULL },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;

  if (g_strv_length (*argv) < 3)
    return ta_cli_usage_error ("%s", _("Give the session’s id and the file to write, as in "
                                       "“invite 12 invitation.ics”"));
  if (g_strv_length (*argv) > 3)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[3], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }
  if (!parse_id ((*argv)[1], &session_id))
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[1], -1);

      /* Translators: %s is what was typed */
      return ta_cli_usage_error (_("“%s” is not a session id: a whole number above 0"), shown);
    }
  if (organizer != NULL && (g_strstr_len (organizer, -1, "@") == NULL || organizer[0] == '@'))
    {
      g_autofree char *shown = g_utf8_make_valid (organizer, -1);

      /* Translators: %s is what was typed after --organizer */
      return ta_cli_usage_error (_("“%s” is not an e-mail address"), shown);
    }

  store = ta_cli_open_store (&common, TA_STORE_OPEN_FLAGS_NONE);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;
  programme = ta_programme_new_for_store (store);

  display = g_filename_display_name ((*argv)[2]);
  if (!ta_programme_write_invitation (programme, session_id, series,
                                      cancel ? TA_INVITATION_CANCEL : TA_INVITATION_REQUEST,
                                      organizer, (*argv)[2], &error))
    return ta_cli_error ("%s", error->message);

  if (cancel)
    /* Translators: %s is a file name */
    ta_cli_print (_("Wrote the cancellation to %s: send it to the attendees by e-mail.\n"), display);
  else
    /* Translators: %s is a file name */
    ta_cli_print (_("Wrote the invitation to %s: send it to the attendees by e-mail.\n"), display);
  return TA_CLI_EXIT_OK;
}

/**
 * ta_cli_import_reply:
 * @import: what `import` was given: a METHOD:REPLY calendar
 *
 * Records the attendees' answers; with --dry-run only lists them.
 *
 * Returns: the exit status
 */
int
ta_cli_import_reply (TaCliImport *import)
{
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) answers = NULL;
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint recorded = 0;

  if (import->dry_run)
    answers = ta_itip_read_reply (import->data, import->length, &error);
  else
    {
      store = ta_cli_open_store (import->common, TA_STORE_OPEN_FLAGS_NONE);
      if (store == NULL)
        return TA_CLI_EXIT_FAILURE;
      answers = ta_itip_import_reply (store, import->data, import->length, &recorded, &error);
    }
  if (answers == NULL)
    return ta_cli_error ("%1$s: %2$s", import->display, error->message);

  for (guint i = 0; i < answers->len; i++)
    {
      TaItipAnswer *answer = g_ptr_array_index (answers, i);
      g_autofree char *line = ta_itip_answer_format (answer, import->display);

      if (answer->outcome == TA_ITIP_ANSWER_RECORDED)
        ta_cli_print ("%s\n", line);
      else if (import->dry_run && answer->reason == NULL)
        ta_cli_print ("%1$s: %2$s: %3$s\n", line, answer->email,
                      ta_itip_response_get_label (answer->response));
      else
        g_ptr_array_add (skipped, g_steal_pointer (&line));
    }
  ta_cli_print_problems (skipped, TRUE);

  if (import->dry_run)
    ta_cli_print ("%s\n", _("Nothing was changed (dry run)."));
  else
    ta_cli_print (ngettext ("Recorded %1$u answer; %2$u skipped.\n",
                            "Recorded %1$u answers; %2$u skipped.\n", recorded),
                  recorded, skipped->len);
  return TA_CLI_EXIT_OK;
}
