/* ta-cli-list.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ta-store.h"
#include "ta-cli.h"

/*
 * turnabout-cli list participants|pairings [--json]
 *
 * The ids that --pairing and --participant take, with the names and
 * e-mail addresses that say whose they are, without opening the
 * programme in the window.  Only reads: a programme that may not be
 * written is opened read-only.
 *
 * Text, one per line, by id:
 *   participants   ID  NAME <EMAIL>
 *   pairings       ID  MENTOR <EMAIL> → MENTEE <EMAIL> (status)
 * JSON (UTF-8, for scripts), an array by id:
 *   participants   {"id": 1, "name": "…", "email": "…"}
 *   pairings       {"id": 1, "mentor": {"id", "name", "email"},
 *                   "mentee": {…}, "status": "active"}
 * where status is the machine name (proposed, active, paused, completed,
 * ended).
 */

static int
compare_participant_ids (gconstpointer a,
                         gconstpointer b)
{
  gint64 x = ta_participant_get_id (*(TaParticipant * const *) a);
  gint64 y = ta_participant_get_id (*(TaParticipant * const *) b);

  return x < y ? -1 : x > y;
}

static int
compare_pairing_ids (gconstpointer a,
                     gconstpointer b)
{
  gint64 x = ta_pairing_get_id (*(TaPairing * const *) a);
  gint64 y = ta_pairing_get_id (*(TaPairing * const *) b);

  return x < y ? -1 : x > y;
}

/* The width of the longest id, so that the names line up. */
static int
id_width (gint64 largest)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, largest);

  return (int) strlen (text);
}

static char *
participants_to_text (GPtrArray *participants)
{
  GString *out = g_string_new (NULL);
  int width = participants->len > 0
              ? id_width (ta_participant_get_id (g_ptr_array_index (participants, participants->len - 1)))
              : 1;

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_string_append_printf (out, "%*" G_GINT64_FORMAT "  %s <%s>\n",
                              width, ta_participant_get_id (participant),
                              ta_participant_get_name (participant),
                              ta_participant_get_email (participant));
    }

  return g_string_free (out, FALSE);
}

static char *
participants_to_json (GPtrArray *participants)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      ta_cli_json_person (out, participant, ta_participant_get_id (participant));
    }
  g_string_append (out, participants->len > 0 ? "\n]\n" : "]\n");

  return g_string_free (out, FALSE);
}

/* "Name <email>", or the id of someone the store no longer has. */
static char *
describe_person (GHashTable *people,
                 gint64      id)
{
  TaParticipant *participant = g_hash_table_lookup (people, &id);

  if (participant == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      /* Translators: a participant who cannot be found; %s is their id */
      return g_strdup_printf (_("participant %s"), number);
    }

  return g_strdup_printf ("%s <%s>", ta_participant_get_name (participant),
                          ta_participant_get_email (participant));
}

static char *
pairings_to_text (GPtrArray  *pairings,
                  GHashTable *people)
{
  GString *out = g_string_new (NULL);
  int width = pairings->len > 0
              ? id_width (ta_pairing_get_id (g_ptr_array_index (pairings, pairings->len - 1)))
              : 1;

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *mentor = describe_person (people, ta_pairing_get_mentor_id (pairing));
      g_autofree char *mentee = describe_person (people, ta_pairing_get_mentee_id (pairing));

      g_string_append_printf (out, "%*" G_GINT64_FORMAT "  ", width, ta_pairing_get_id (pairing));
      /* Translators: one line of “turnabout-cli list pairings”; %1$s is the
       * mentor (name and e-mail), %2$s the mentee, %3$s the pairing's
       * status (“Active”) */
      g_string_append_printf (out, _("%1$s → %2$s (%3$s)"), mentor, mentee,
                              ta_pairing_status_get_label (ta_pairing_get_status (pairing)));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static char *
pairings_to_json (GPtrArray  *pairings,
                  GHashTable *people)
{
  GString *out = g_string_new ("[");

  for (guint i = 0; i < pairings->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      gint64 mentor = ta_pairing_get_mentor_id (pairing);
      gint64 mentee = ta_pairing_get_mentee_id (pairing);

      g_string_append (out, i > 0 ? ",\n  " : "\n  ");
      g_string_append_printf (out, "{\"id\": %" G_GINT64_FORMAT ", \"mentor\": ", ta_pairing_get_id (pairing));
      ta_cli_json_person (out, g_hash_table_lookup (people, &mentor), mentor);
      g_string_append (out, ", \"mentee\": ");
      ta_cli_json_person (out, g_hash_table_lookup (people, &mentee), mentee);
      g_string_append (out, ", \"status\": ");
      ta_cli_json_string (out, ta_pairing_status_to_string (ta_pairing_get_status (pairing)));
      g_string_append_c (out, '}');
    }
  g_string_append (out, pairings->len > 0 ? "\n]\n" : "]\n");

  return g_string_free (out, FALSE);
}

/* turnabout-cli list participants|pairings [--json] */
int
ta_cli_list (const TaCliCommand  *command,
             GStrv               *argv)
{
  g_auto(TaCliCommon) common = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE;
  gboolean list_pairings;
  int status;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the list as JSON, for scripts"), NULL },
    { NULL }
  };

  context = ta_cli_context_new (command, entries, &common);
  if (!ta_cli_parse (context, &common, argv, &status))
    return status;
  if (g_strv_length (*argv) < 2)
    return ta_cli_usage_error ("%s", _("Say what to list: participants or pairings"));
  if (g_strv_length (*argv) > 2)
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[2], -1);

      /* Translators: %s is an argument that was typed but not expected */
      return ta_cli_usage_error (_("Unexpected argument “%s”"), shown);
    }

  list_pairings = g_str_equal ((*argv)[1], "pairings");
  if (!list_pairings && !g_str_equal ((*argv)[1], "participants"))
    {
      g_autofree char *shown = g_utf8_make_valid ((*argv)[1], -1);

      /* Translators: %s is what was typed; “participants” and “pairings” are keywords */
      return ta_cli_usage_error (_("Cannot list “%s”: only “participants” or “pairings”"), shown);
    }

  store = ta_cli_open_store (&common, TA_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return TA_CLI_EXIT_FAILURE;

  participants = ta_store_list_participants (store, &error);
  if (participants == NULL)
    return ta_cli_error ("%s", error->message);
  g_ptr_array_sort (participants, compare_participant_ids);

  if (list_pairings)
    {
      g_autoptr(GPtrArray) pairings = ta_store_list_pairings (store, &error);
      g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      if (pairings == NULL)
        return ta_cli_error ("%s", error->message);
      g_ptr_array_sort (pairings, compare_pairing_ids);
      for (guint i = 0; i < participants->len; i++)
        {
          TaParticipant *participant = g_ptr_array_index (participants, i);
          gint64 id = ta_participant_get_id (participant);

          g_hash_table_insert (people, g_memdup2 (&id, sizeof id), participant);
        }
      output = json ? pairings_to_json (pairings, people) : pairings_to_text (pairings, people);
    }
  else
    output = json ? participants_to_json (participants) : participants_to_text (participants);

  /* JSON is UTF-8 whatever the locale: the bytes as they are.  A failed
   * write is reported by ta_cli_finish(). */
  if (json)
    ta_cli_write (output, strlen (output));
  else
    ta_cli_print ("%s", output);

  return TA_CLI_EXIT_OK;
}
