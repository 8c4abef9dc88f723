/* bench-board.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-board"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo.h"
#include "ta-topic-list.h"
#include "ta-test-bench.h"
#include "ta-test-programme.h"

/*
 * The research board at its largest, as the issue measures it:
 *
 *   board_load_ms  ta_topic_list_new() of a 5,000-topic board, with
 *                  tags, researchers, interest and sources (median of 7)
 *   topic_move_ms  one ta_store_move_topic() to a random stage and
 *                  position, persisted (median of 200)
 *
 * The programme: a 2,000-person demo cohort (TA_DEMO_NO_PAIRINGS) and
 * 5,000 topics spread over the four stages, each with three tags, one to
 * three junior researchers, up to eight interested seniors, one to three
 * sources and most with a due date.  Everything happens in a temporary
 * folder that is removed afterwards.
 */

#define N_PEOPLE 2000

static int n_topics = 5000;
static int n_moves = 200;
static gboolean keep;

static const GOptionEntry entries[] = {
  { "topics", 'n', 0, G_OPTION_ARG_INT, &n_topics,
    "How many topics (default: 5000)", "N" },
  { "moves", 'm', 0, G_OPTION_ARG_INT, &n_moves,
    "How many moves to time (default: 200)", "N" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
    "Keep the temporary folder and say where it is", NULL },
  { NULL }
};

static const char * const subjects[] = {
  "Prompting AI assistants", "TikTok for employer branding", "Async work with Loom", "Passkeys",
  "Inclusive language in job ads", "Notion for team wikis", "Generative AI copyright basics",
  "Power BI for managers", "Figma for non-designers", "Slack etiquette", "LinkedIn creator mode",
  "Phishing in 2026", "No-code automation", "Podcasting on a budget", "Accessible slides",
};

static const char * const tag_pool[] = {
  "AI", "social media", "security", "collaboration", "data", "inclusion", "productivity",
  "video", "writing", "branding", "tools", "culture", "privacy", "automation", "design",
};

static const char * const notes[] = {
  "Good overview", "Vendor documentation", "Critical take", NULL, "Case study from a bank",
};

static void
report (const char *name,
        double      value,
        const char *target)
{
  g_print ("%s %.*f (%s)\n", name, value < 10 ? 3 : 1, value, target);
}

static gint64
pick (GRand  *rand,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (rand, 0, (gint32) ids->len));
}

static gboolean
make_board (TaStore  *store,
            GError  **error)
{
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GArray) juniors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) seniors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return FALSE;
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 id = ta_participant_get_id (participant);

      g_array_append_val (ta_participant_get_role (participant) == TA_ROLE_MENTEE ? seniors : juniors, id);
    }

  for (int i = 0; i < n_topics; i++)
    {
      g_autoptr(TaTopic) topic = NULL;
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;
      const char *tags[4] = { NULL };
      gint64 researchers[3];
      gint64 interested[8];
      guint n_researchers = (guint) g_rand_int_range (rand, 1, 4);
      guint n_interested = (guint) g_rand_int_range (rand, 0, 9);
      guint n_sources = (guint) g_rand_int_range (rand, 1, 4);

      title = g_strdup_printf ("%s #%d", subjects[i % G_N_ELEMENTS (subjects)], i + 1);
      description = g_strdup_printf ("What %s means for us, what to try first, and what to avoid.",
                                     subjects[i % G_N_ELEMENTS (subjects)]);
      topic = ta_topic_new (title);
      ta_topic_set_description (topic, description);
      for (guint t = 0; t < 3; t++)
        tags[t] = tag_pool[(guint) (i + 5 * t) % G_N_ELEMENTS (tag_pool)];
      ta_topic_set_tags (topic, tags);
      for (guint r = 0; r < n_researchers; r++)
        researchers[r] = pick (rand, juniors);
      ta_topic_set_researchers (topic, researchers, n_researchers);
      for (guint r = 0; r < n_interested; r++)
        interested[r] = pick (rand, seniors);
      ta_topic_set_interested (topic, interested, n_interested);
      for (guint s = 0; s < n_sources; s++)
        {
          g_autofree char *url = g_strdup_printf ("https://example.org/research/%d/%u", i, s);

          ta_topic_add_source (topic, url, notes[(guint) i % G_N_ELEMENTS (notes)]);
        }
      if (i % 4 != 0)
        {
          g_autofree char *due = g_strdup_printf ("2026-%02d-%02d", 1 + i % 12, 1 + i % 28);

          ta_topic_set_due_date (topic, due);
        }
      ta_topic_set_stage (topic, (TaTopicStage) g_rand_int_range (rand, 0, TA_N_TOPIC_STAGES));
      if (!ta_store_add_topic (store, topic, error))
        return FALSE;
    }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TaStore) store = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree double *moves = NULL;
  double loads[7];

  setlocale (LC_ALL, "");
  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Measure the research board with many topics.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_topics < 1 || n_moves < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--topics and --moves are at least 1");
      return 2;
    }

  dir = ta_test_make_dir ("turnabout-bench-XXXXXX");
  path = g_build_filename (dir, "programme.db", NULL);

  store = ta_store_open (path, &error);
  if (store == NULL ||
      !ta_demo_fill_full (store, N_PEOPLE, 1, TA_DEMO_NO_PAIRINGS, &error) ||
      !make_board (store, &error))
    {
      g_printerr ("%s\n", error->message);
      ta_test_remove_dir (dir);
      return 1;
    }
  g_print ("# %d topics, %d people\n", n_topics, N_PEOPLE);

  for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
    {
      g_autoptr(TaTopicList) list = NULL;
      gint64 start = g_get_monotonic_time ();

      list = ta_topic_list_new (store, &error);
      loads[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (list == NULL || g_list_model_get_n_items (G_LIST_MODEL (list)) != (guint) n_topics)
        {
          g_printerr ("%s\n", error != NULL ? error->message : "wrong number of topics");
          return 1;
        }
    }
  report ("board_load_ms", ta_bench_median (loads, G_N_ELEMENTS (loads)), "≤ 200");

  topics = ta_store_list_topics (store, &error);
  moves = g_new (double, n_moves);
  {
    /* Moves with a live list following them, as in the app. */
    g_autoptr(TaTopicList) list = ta_topic_list_new (store, &error);

    for (int i = 0; i < n_moves; i++)
      {
        TaTopic *topic = g_ptr_array_index (topics, g_rand_int_range (rand, 0, (gint32) topics->len));
        TaTopicStage stage = (TaTopicStage) g_rand_int_range (rand, 0, TA_N_TOPIC_STAGES);
        int position = g_rand_int_range (rand, 0, n_topics / TA_N_TOPIC_STAGES + 1);
        gint64 start = g_get_monotonic_time ();

        if (!ta_store_move_topic (store, ta_topic_get_id (topic), stage, position, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        moves[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
  }
  report ("topic_move_ms", ta_bench_median (moves, (guint) n_moves), "≤ 5");

  g_clear_object (&store);
  if (keep)
    g_print ("# kept %s\n", dir);
  else
    ta_test_remove_dir (dir);

  return 0;
}
