/* ta-demo.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo-private.h"
#include "ta-match-private.h"
#include "ta-recurrence.h"
#include "ta-session.h"
#include "ta-store-private.h"

/*
 * A sample reverse-mentoring programme at a Belgian company: juniors who
 * mentor seniors on digital tools and new ways of working, seniors who
 * share their experience in return.
 *
 * The people, departments and skills are sample *data*, not interface
 * text: they are deliberately not translated, so that one seed gives the
 * very same programme on every machine and in every language (tests and
 * benchmarks compare exports byte for byte).  Only GRand is used, never
 * g_random_*(), for the same reason.
 *
 * Half the people mentor and half are mentored (pick_roles()); the
 * programme is either about eleven months into its programme year: most
 * people joined with the cohort, some over the year, a few left
 * (ta-demo-dates.c), with pairings started over the year, goals, some
 * completed or ended early (_ta_demo_form_pairings()) and their calendar:
 * sessions held, cancelled and missed month by month, rated and reflected
 * on, a pair or two losing momentum, planned ones and monthly series
 * ahead, group sessions all year (_ta_demo_fill_calendar()); or, with
 * TA_DEMO_NO_PAIRINGS, the cohort on the day it signed up, as the pairing
 * benchmark wants it: no pairings, hence no sessions either.  A programme
 * in its year also has a research board (_ta_demo_fill_board()): topics
 * in every stage, lunch-and-learns ahead and presented over the year,
 * and topics mentees want that nobody took up yet.  One department
 * (Legal) has only three people, as the "fewer than 5" rule of reports
 * needs.
 */

typedef struct
{
  guint culture;
  guint first;
  guint last;
  guint department;
  int   level;
} Person;

static guint
pick_weighted (GRand       *rand,
               const guint *weights,
               guint        n_weights)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < n_weights; i++)
    total += weights[i];

  roll = (guint) g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < n_weights; i++)
    {
      if (roll < weights[i])
        return i;
      roll -= weights[i];
    }

  g_assert_not_reached ();
}

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static guint
strv_length (const char * const *strv)
{
  guint n = 0;

  while (strv[n] != NULL)
    n++;

  return n;
}

/* @n distinct items of @pool, in a random order, NULL-terminated. */
static GStrv
pick_items (GRand              *rand,
            const char * const *pool,
            guint               pool_size,
            guint               n,
            const char * const *exclude)
{
  g_autofree guint *order = g_new (guint, pool_size);
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < pool_size; i++)
    order[i] = i;

  for (guint i = 0; i < pool_size && items->len < n; i++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) i, (gint32) pool_size);
      guint swap = order[i];
      const char *item;

      order[i] = order[j];
      order[j] = swap;
      item = pool[order[i]];

      if (exclude != NULL && g_strv_contains (exclude, item))
        continue;
      g_ptr_array_add (items, g_strdup (item));
    }
  g_ptr_array_add (items, NULL);

  return (GStrv) g_ptr_array_free (items, FALSE);
}

/* "Van den Broeck" → "vandenbroeck", "Łukasz" → "lukasz". */
static char *
email_part (const char *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *part = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (part, g_ascii_tolower (*p));
      else if (*p == '-' && part->len > 0)
        g_string_append_c (part, '-');
    }

  return g_string_free (part, FALSE);
}

static void
add_language (GPtrArray  *languages,
              const char *language)
{
  for (guint i = 0; i < languages->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (languages, i), language))
        return;
    }
  g_ptr_array_add (languages, (gpointer) language);
}

static guint
pick_location (GRand         *rand,
               const guint   *weights,
               const Culture *culture)
{
  for (;;)
    {
      guint i = pick_weighted (rand, weights, G_N_ELEMENTS (_ta_demo_locations));

      if (culture->region == REGION_ANY || _ta_demo_locations[i].region == REGION_ANY ||
          _ta_demo_locations[i].region == culture->region)
        return i;
    }
}

/* Belgian-style: the local language, English almost always, often the
 * other national language, and a heritage language for many. */
static void
set_languages (TaParticipant  *participant,
               GRand          *rand,
               const Culture  *culture,
               const Location *location)
{
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();

  if (culture->belgian && culture->region != REGION_ANY)
    {
      /* A Fleming in Brussels speaks Dutch first, and the other way round. */
      add_language (languages, culture->language);
      add_language (languages, location->language);
    }
  else if (culture->belgian)
    {
      add_language (languages, location->language);
      if (culture->language != NULL && chance (rand, 55))
        add_language (languages, culture->language);
    }
  else
    {
      add_language (languages, culture->language);
      if (chance (rand, 45))
        add_language (languages, location->language);
    }

  if (chance (rand, 88))
    add_language (languages, "en");
  if (chance (rand, 40))
    {
      const char *first = g_ptr_array_index (languages, 0);
      const char *national = g_str_equal (first, "nl") || g_str_equal (first, "fr")
                             ? first : location->language;

      /* The other one of Dutch and French (French in Eupen). */
      add_language (languages, g_str_equal (national, "fr") ? "nl" : "fr");
    }
  g_ptr_array_add (languages, NULL);

  ta_participant_set_languages (participant, (const char * const *) languages->pdata);
}

static TaAvailability
pick_availability (GRand *rand)
{
  TaAvailability availability = 0;
  guint n;

  if (chance (rand, 4))
    return 0;

  n = (guint) g_rand_int_range (rand, 2, 6);
  while (ta_availability_count (availability) < n)
    {
      /* Working days only, except for the odd Saturday morning. */
      guint day = chance (rand, 3) ? 5 : (guint) g_rand_int_range (rand, 0, 5);
      guint afternoon = day == 5 ? 0 : (guint) g_rand_int_range (rand, 0, 2);

      availability |= 1u << ta_availability_slot (day, afternoon);
    }

  return availability;
}

static int
pick_birth_year (GRand *rand,
                 int    level)
{
  static const int first_year[TA_CAREER_LEVEL_MAX + 1] = { 0, 2000, 1998, 1996, 1976, 1970, 1965, 1960 };
  static const int last_year[TA_CAREER_LEVEL_MAX + 1] = { 0, 2004, 2002, 2000, 1985, 1984, 1980, 1975 };

  if (chance (rand, 5))
    return 0;

  return g_rand_int_range (rand, first_year[level], last_year[level] + 1);
}

/* Mentors offer digital skills and want experience in return; mentees
 * the other way round; someone who does both offers digital skills and
 * wants some experience and a little more of their own side. */
static void
set_role_and_topics (TaParticipant *participant,
                     GRand         *rand,
                     TaRole         role)
{
  gboolean mentor = role != TA_ROLE_MENTEE;
  const char * const *own = mentor ? _ta_demo_digital_topics : _ta_demo_experience_topics;
  const char * const *other = mentor ? _ta_demo_experience_topics : _ta_demo_digital_topics;
  guint n_own = mentor ? G_N_ELEMENTS (_ta_demo_digital_topics) : G_N_ELEMENTS (_ta_demo_experience_topics);
  guint n_other = mentor ? G_N_ELEMENTS (_ta_demo_experience_topics) : G_N_ELEMENTS (_ta_demo_digital_topics);
  g_auto(GStrv) offers = NULL;
  g_auto(GStrv) seeks = NULL;
  int capacity;

  offers = pick_items (rand, own, n_own, g_rand_int_range (rand, 2, 5), NULL);
  if (role == TA_ROLE_BOTH)
    {
      g_auto(GStrv) wanted = pick_items (rand, other, n_other, g_rand_int_range (rand, 1, 3), NULL);
      g_auto(GStrv) extra = pick_items (rand, own, n_own, 1, (const char * const *) offers);
      GStrvBuilder *builder = g_strv_builder_new ();

      g_strv_builder_addv (builder, (const char **) wanted);
      g_strv_builder_addv (builder, (const char **) extra);
      seeks = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
      capacity = g_rand_int_range (rand, 1, 3);
    }
  else
    {
      seeks = pick_items (rand, other, n_other, g_rand_int_range (rand, 1, 4), NULL);
      capacity = role == TA_ROLE_MENTEE ? 0 : g_rand_int_range (rand, 1, 4);
    }

  ta_participant_set_role (participant, role);
  ta_participant_set_offers (participant, (const char * const *) offers);
  ta_participant_set_seeks (participant, (const char * const *) seeks);
  ta_participant_set_capacity (participant, capacity);
}

typedef struct
{
  guint index;
  guint key;
} RoleKey;

static int
compare_role_keys (gconstpointer a,
                   gconstpointer b)
{
  const RoleKey *key_a = a;
  const RoleKey *key_b = b;

  if (key_a->key != key_b->key)
    return key_a->key < key_b->key ? -1 : 1;
  return key_a->index < key_b->index ? -1 : key_a->index > key_b->index;
}

/* Exactly half the programme mentors (the more junior half, with a few
 * people on the "wrong" side, as in life) and half is mentored, so that a
 * programme of 5,000 is the 2,500 × 2,500 of the benchmarks.  In a
 * programme small enough to browse (TA_DEMO_MAX_MATCHED or fewer), about
 * one in twelve on either side does both, to show that case. */
static void
pick_roles (GRand        *rand,
            const Person *people,
            guint         n_people,
            TaRole       *out_roles)
{
  g_autofree RoleKey *keys = g_new (RoleKey, MAX (n_people, 1));

  for (guint i = 0; i < n_people; i++)
    {
      int level = people[i].level;

      /* Roughly one in twelve is on the other side of the middle. */
      if (chance (rand, 8))
        level = level <= 3 ? 5 : 2;
      keys[i].index = i;
      keys[i].key = (guint) level * 1000 + (guint) g_rand_int_range (rand, 0, 1000);
    }

  qsort (keys, n_people, sizeof (RoleKey), compare_role_keys);

  for (guint k = 0; k < n_people; k++)
    {
      TaRole role = k < n_people / 2 ? TA_ROLE_MENTOR : TA_ROLE_MENTEE;

      if (n_people <= TA_DEMO_MAX_MATCHED && chance (rand, 8))
        role = TA_ROLE_BOTH;
      out_roles[keys[k].index] = role;
    }
}

/* Juniors and seniors (1–4) report to managers (5), managers to directors
 * (6), directors to executives (7): always upwards, so never a loop. */
static int
manager_level (int level)
{
  return level <= 4 ? 5 : level + 1;
}

static guint
pick_from (GRand  *rand,
           GArray *candidates)
{
  return g_array_index (candidates, guint,
                        g_rand_int_range (rand, 0, (gint32) candidates->len));
}

typedef struct
{
  guint       n_participants;
  guint32     seed;
  TaDemoFlags flags;
} DemoRequest;

/* Inside the one transaction of ta_demo_fill_full(). */
static gboolean
fill_programme (TaStore   *store,
                gpointer   user_data,
                GError   **error)
{
  const DemoRequest *request = user_data;
  guint n_participants = request->n_participants;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) reports_to = NULL;
  g_autoptr(GHashTable) email_count = NULL;
  g_autoptr(GRand) name_rand = NULL;
  g_autoptr(GHashTable) names_taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *name_key = NULL;
  g_autofree Person *people = NULL;
  g_autofree TaRole *roles = NULL;
  g_autofree char *domain = NULL;
  gboolean with_pairings = (request->flags & TA_DEMO_NO_PAIRINGS) == 0;
  /* E-mail parts of every name, folded to ASCII once. */
  g_autoptr(GPtrArray) first_parts = NULL;
  g_autoptr(GPtrArray) last_parts = NULL;
  GArray *bosses[G_N_ELEMENTS (_ta_demo_departments)][TA_CAREER_LEVEL_MAX + 1] = { { NULL } };
  g_autoptr(GArray) executives = NULL;
  guint culture_weights[G_N_ELEMENTS (_ta_demo_cultures)];
  guint department_weights[G_N_ELEMENTS (_ta_demo_departments)];
  guint location_weights[G_N_ELEMENTS (_ta_demo_locations)];
  g_autoptr(GError) local_error = NULL;
  gint64 existing;
  guint added;
  guint updated;
  gboolean ret;

  existing = ta_store_count_participants (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (existing > 0)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The programme already has participants: a sample programme "
                             "is only loaded into an empty one, so that made-up people "
                             "never mix with real ones"));
      return FALSE;
    }

  rand = g_rand_new_with_seed (request->seed);
  name_rand = g_rand_new_with_seed (request->seed ^ 0x6e616d65);
  domain = g_strdup_printf ("%s.example",
                            _ta_demo_companies[g_rand_int_range (rand, 0, G_N_ELEMENTS (_ta_demo_companies))]);

  for (guint c = 0; c < G_N_ELEMENTS (_ta_demo_cultures); c++)
    culture_weights[c] = _ta_demo_cultures[c].weight;
  for (guint d = 0; d < G_N_ELEMENTS (_ta_demo_departments); d++)
    department_weights[d] = _ta_demo_departments[d].weight;
  for (guint l = 0; l < G_N_ELEMENTS (_ta_demo_locations); l++)
    location_weights[l] = _ta_demo_locations[l].weight;

  first_parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  last_parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint c = 0; c < G_N_ELEMENTS (_ta_demo_cultures); c++)
    {
      guint n_first = strv_length (_ta_demo_cultures[c].first_names);
      guint n_last = strv_length (_ta_demo_cultures[c].last_names);
      GStrv first = g_new0 (char *, n_first + 1);
      GStrv last = g_new0 (char *, n_last + 1);

      for (guint i = 0; i < n_first; i++)
        first[i] = email_part (_ta_demo_cultures[c].first_names[i]);
      for (guint i = 0; i < n_last; i++)
        last[i] = email_part (_ta_demo_cultures[c].last_names[i]);
      g_ptr_array_add (first_parts, first);
      g_ptr_array_add (last_parts, last);
    }

  /* First who everyone is, so managers can be found afterwards. */
  people = g_new0 (Person, n_participants);
  executives = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n_participants; i++)
    {
      Person *person = &people[i];
      GArray **slot;

      person->culture = pick_weighted (rand, culture_weights, G_N_ELEMENTS (_ta_demo_cultures));
      /* Two people with one name confuse everyone (which Lotte Peeters?):
       * another name is drawn, unless a programme far larger than the
       * name lists leaves no choice. */
      /* The draws again come from their own generator, so that the rest
       * of the programme is what the seed always gave. */
      for (guint attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++)
        {
          GRand *names_rand = attempt == 0 ? rand : name_rand;

          person->first = (guint) g_rand_int_range (names_rand, 0,
                                                    strv_length (_ta_demo_cultures[person->culture].first_names));
          person->last = (guint) g_rand_int_range (names_rand, 0,
                                                   strv_length (_ta_demo_cultures[person->culture].last_names));
          g_clear_pointer (&name_key, g_free);
          name_key = g_strdup_printf ("%s %s",
                                      _ta_demo_cultures[person->culture].first_names[person->first],
                                      _ta_demo_cultures[person->culture].last_names[person->last]);
          if (!g_hash_table_contains (names_taken, name_key))
            break;
        }
      g_hash_table_add (names_taken, g_steal_pointer (&name_key));
      person->department = pick_weighted (rand, department_weights, G_N_ELEMENTS (_ta_demo_departments));
      /* Three people, spread over the list, make up the small department
       * (never drawn otherwise) whose figures a report must not show. */
      if (n_participants >= 3 * DEMO_SMALL_DEPARTMENT_SIZE &&
          i % (n_participants / DEMO_SMALL_DEPARTMENT_SIZE) == 1 &&
          i / (n_participants / DEMO_SMALL_DEPARTMENT_SIZE) < DEMO_SMALL_DEPARTMENT_SIZE)
        person->department = DEMO_SMALL_DEPARTMENT;
      person->level = (int) pick_weighted (rand, _ta_demo_level_weights, G_N_ELEMENTS (_ta_demo_level_weights));

      if (person->level == TA_CAREER_LEVEL_MAX)
        {
          g_array_append_val (executives, i);
          continue;
        }

      slot = &bosses[person->department][person->level];
      if (*slot == NULL)
        *slot = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (*slot, i);
    }

  roles = g_new (TaRole, n_participants);
  pick_roles (rand, people, n_participants, roles);

  participants = g_ptr_array_new_full (n_participants, g_object_unref);
  reports_to = g_ptr_array_new_full (n_participants, NULL);
  email_count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_participants; i++)
    {
      const Person *person = &people[i];
      const Culture *culture = &_ta_demo_cultures[person->culture];
      const Department *department = &_ta_demo_departments[person->department];
      const Location *location;
      g_autoptr(TaParticipant) participant = ta_participant_new ();
      g_autofree char *name = NULL;
      g_autofree char *local_part = NULL;
      g_autofree char *email = NULL;
      gboolean left;
      gboolean paused;
      guint count;

      name = g_strdup_printf ("%s %s",
                              culture->first_names[person->first],
                              culture->last_names[person->last]);
      ta_participant_set_name (participant, name);

      local_part = g_strdup_printf ("%s.%s",
                                    ((GStrv) g_ptr_array_index (first_parts, person->culture))[person->first],
                                    ((GStrv) g_ptr_array_index (last_parts, person->culture))[person->last]);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (email_count, local_part)) + 1;
      g_hash_table_replace (email_count, g_strdup (local_part), GUINT_TO_POINTER (count));
      if (count == 1)
        email = g_strdup_printf ("%s@%s", local_part, domain);
      else
        email = g_strdup_printf ("%s%u@%s", local_part, count, domain);
      ta_participant_set_email (participant, email);

      ta_participant_set_department (participant, department->name);
      ta_participant_set_career_level (participant, person->level);
      ta_participant_set_job_title (participant, department->titles[person->level]);
      ta_participant_set_birth_year (participant, pick_birth_year (rand, person->level));

      location = &_ta_demo_locations[pick_location (rand, location_weights, culture)];
      ta_participant_set_location (participant, location->name);
      set_languages (participant, rand, culture, location);
      set_role_and_topics (participant, rand, roles[i]);
      ta_participant_set_availability (participant, pick_availability (rand));

      /* Drawn either way, so that both kinds of programme have the same
       * people; a cohort not paired yet is everyone as they signed up. */
      left = chance (rand, 4);
      paused = chance (rand, 7);
      if (with_pairings && left)
        ta_participant_set_status (participant, TA_PARTICIPANT_STATUS_LEFT);
      else if (with_pairings && paused)
        ta_participant_set_status (participant, TA_PARTICIPANT_STATUS_PAUSED);

      if (chance (rand, 20))
        ta_participant_set_notes (participant,
                                  _ta_demo_notes_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (_ta_demo_notes_pool))]);

      g_ptr_array_add (participants, g_steal_pointer (&participant));
    }

  /* Then the reporting lines: most people have a manager in their own
   * department one rung up; directors report to any executive. */
  for (guint i = 0; i < n_participants; i++)
    {
      const Person *person = &people[i];
      GArray *candidates = NULL;
      int level = manager_level (person->level);

      if (person->level == TA_CAREER_LEVEL_MAX || !chance (rand, 90))
        {
          g_ptr_array_add (reports_to, NULL);
          continue;
        }

      for (; level < TA_CAREER_LEVEL_MAX && candidates == NULL; level++)
        candidates = bosses[person->department][level];
      if (candidates == NULL && executives->len > 0)
        candidates = executives;

      if (candidates == NULL)
        g_ptr_array_add (reports_to, NULL);
      else
        {
          TaParticipant *manager = g_ptr_array_index (participants, pick_from (rand, candidates));

          g_ptr_array_add (reports_to, (gpointer) ta_participant_get_email (manager));
        }
    }

  ret = ta_store_import_participants (store, participants, reports_to, &added, &updated, error);

  for (guint d = 0; d < G_N_ELEMENTS (_ta_demo_departments); d++)
    for (guint l = 0; l <= TA_CAREER_LEVEL_MAX; l++)
      g_clear_pointer (&bosses[d][l], g_array_unref);

  if (ret && with_pairings)
    {
      DemoYear year;

      _ta_demo_year_init (&year);
      ret = _ta_demo_draw_joining (store, rand, &year, error) &&
            _ta_demo_form_pairings (store, rand, &year, error) &&
            _ta_demo_fill_calendar (store, rand, &year, error) &&
            _ta_demo_fill_board (store, rand, &year, n_participants, error) &&
            _ta_demo_answer_check_ins (store, rand, &year, error) &&
            _ta_demo_write_dates (store, rand, &year, error);
      _ta_demo_year_clear (&year);
    }

  return ret;
}

/**
 * ta_demo_fill_full:
 * @store: an empty #TaStore
 * @n_participants: how many people, 1 to %TA_DEMO_MAX_PARTICIPANTS
 * @seed: the same seed gives the same programme
 * @flags: %TA_DEMO_NO_PAIRINGS for a cohort not paired yet
 * @error: a #TA_STORE_ERROR
 *
 * Fills @store with a believable sample programme (see the top of this
 * file), all or nothing: the whole programme is written in one
 * transaction, which also holds the check that @store has no participants
 * yet, so a full disk, a kill or a second process never leaves half a
 * programme behind.  The store's signals come after the commit.
 *
 * Without %TA_DEMO_NO_PAIRINGS the programme is about eleven months into
 * its programme year: people joined over the year, a few have paused or
 * left, about half the mentees are paired (see
 * _ta_demo_form_pairings()), and the first 1,000 pairings have a calendar (see
 * _ta_demo_fill_calendar()), with its monthly series.  With it, it is the day
 * the cohort signed up: everyone active, nobody paired, and, above
 * %TA_DEMO_MAX_MATCHED people, exactly half mentors and half mentees.
 *
 * Returns: %TRUE if the programme was written
 */
gboolean
ta_demo_fill_full (TaStore      *store,
                   guint         n_participants,
                   guint32       seed,
                   TaDemoFlags   flags,
                   GError      **error)
{
  DemoRequest request = { n_participants, seed, flags };

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_participants == 0 || n_participants > TA_DEMO_MAX_PARTICIPANTS)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A sample programme has between 1 and %d participants"),
                   TA_DEMO_MAX_PARTICIPANTS);
      return FALSE;
    }

  return _ta_store_run_in_transaction (store, fill_programme, &request, error);
}

/**
 * ta_demo_fill:
 * @store: an empty #TaStore
 * @n_participants: how many people, 1 to %TA_DEMO_MAX_PARTICIPANTS
 * @seed: the same seed gives the same programme
 * @error: a #TA_STORE_ERROR
 *
 * ta_demo_fill_full() with pairings: a programme about eleven months
 * into its year.
 *
 * Returns: %TRUE if the programme was written
 */
gboolean
ta_demo_fill (TaStore  *store,
              guint     n_participants,
              guint32   seed,
              GError  **error)
{
  return ta_demo_fill_full (store, n_participants, seed, TA_DEMO_FLAGS_NONE, error);
}

