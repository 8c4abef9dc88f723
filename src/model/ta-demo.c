/* ta-demo.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-demo.h"

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
 */

typedef struct
{
  const char * const *first_names;
  const char * const *last_names;
  const char         *language;   /* heritage or home language, or NULL */
  guint               weight;     /* how common, in percent */
  gboolean            belgian;    /* grew up here: speaks the local language */
  int                 region;     /* REGION_*: where they mostly live */
} Culture;

enum
{
  REGION_ANY,
  REGION_FLANDERS,
  REGION_WALLONIA,
};

#define STRV(...) ((const char * const[]) { __VA_ARGS__, NULL })

static const Culture cultures[] = {
  /* Belgian, Dutch-speaking */
  { STRV ("Lotte", "Wout", "Jens", "Femke", "Bram", "Lien", "Pieter", "Annelies",
          "Sander", "Elke", "Joris", "Griet", "Ruben", "Sofie", "Stijn", "Hanne",
          "Koen", "Ine", "Dries", "Marieke", "Thijs", "Nele", "Wim", "Karolien"),
    STRV ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
          "Goossens", "Wouters", "De Smet", "Van den Broeck", "Vermeulen", "De Backer",
          "Verstraete", "Van Damme", "Hermans", "Declercq", "Vandenberghe", "Segers",
          "Cools", "Van Hecke", "Desmet", "Verhoeven", "Aerts"),
    "nl", 30, TRUE, REGION_FLANDERS },
  /* Belgian, French-speaking */
  { STRV ("Camille", "Louis", "Manon", "Théo", "Chloé", "Hugo", "Juliette", "Maxime",
          "Élodie", "Nicolas", "Aurélie", "Quentin", "Céline", "Benoît", "Amélie",
          "Florian", "Gaëlle", "Sébastien", "Laetitia", "Arnaud"),
    STRV ("Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent",
          "Lejeune", "Renard", "Lemaire", "Collignon", "François", "Delvaux", "Hubert",
          "Gérard", "Jacquet", "Thiry", "Mathieu", "Wauters", "Pirard"),
    "fr", 24, TRUE, REGION_WALLONIA },
  /* German (East Belgium, and colleagues from Germany) */
  { STRV ("Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Matthias", "Katrin",
          "Stefan", "Sabine", "Jürgen", "Miriam"),
    STRV ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
          "Schäfer", "Krüger", "Wagner", "Kessler", "Brandt"),
    "de", 5, FALSE, REGION_ANY },
  /* Moroccan-Belgian */
  { STRV ("Yassine", "Fatima", "Mohamed", "Salma", "Karim", "Imane", "Ayoub", "Nadia",
          "Hamza", "Soukaina", "Bilal", "Khadija", "Mehdi", "Sanae", "Ilias", "Yasmina"),
    STRV ("El Amrani", "Benali", "Bouzid", "El Idrissi", "Ait Said", "Tahiri", "Ouahbi",
          "Chaoui", "Bakkali", "Azzouzi", "El Khattabi", "Amrani", "Boukhari", "Haddou"),
    "ar", 9, TRUE, REGION_ANY },
  /* Turkish-Belgian */
  { STRV ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Can", "Selin", "Murat",
          "Derya", "Oğuz", "Büşra"),
    STRV ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan",
          "Doğan", "Koç", "Kurt", "Aksoy"),
    "tr", 6, TRUE, REGION_ANY },
  /* Polish */
  { STRV ("Łukasz", "Agnieszka", "Piotr", "Katarzyna", "Michał", "Magdalena", "Tomasz",
          "Zofia", "Paweł", "Joanna", "Krzysztof", "Małgorzata"),
    STRV ("Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
          "Wieczorek", "Pawlak", "Michalak", "Sikora", "Walczak"),
    "pl", 5, FALSE, REGION_ANY },
  /* Indian */
  { STRV ("Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Neha", "Rahul",
          "Deepika", "Sanjay", "Aditi", "Karthik"),
    STRV ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Rao", "Mehta",
          "Krishnan", "Banerjee", "Desai"),
    "hi", 5, FALSE, REGION_ANY },
  /* Chinese */
  { STRV ("Wei", "Jing", "Hao", "Mei", "Lei", "Xin", "Yue", "Jun", "Ying", "Tao", "Lin",
          "Fang"),
    STRV ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
          "Xu", "Sun"),
    "zh", 3, FALSE, REGION_ANY },
  /* Congolese-Belgian */
  { STRV ("Grâce", "Patrick", "Merveille", "Christian", "Divine", "Ornella", "Jonathan",
          "Exaucé", "Bénédicte", "Glody", "Nathalie", "Héritier"),
    STRV ("Mukendi", "Kabongo", "Tshibanda", "Ilunga", "Mbuyi", "Kalala", "Lukusa",
          "Ngoy", "Kasongo", "Mutombo", "Nsimba", "Lumbala"),
    "ln", 6, TRUE, REGION_ANY },
  /* Spanish */
  { STRV ("Lucía", "Javier", "Carmen", "Alejandro", "Marta", "Pablo", "Elena", "Diego",
          "Sofía", "Álvaro", "Nuria", "Íñigo"),
    STRV ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
          "Torres", "Ruiz", "Domínguez", "Gil", "Ortega"),
    "es", 4, FALSE, REGION_ANY },
  /* Nigerian */
  { STRV ("Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo",
          "Chinedu", "Folake", "Ifeanyi", "Yetunde", "Obinna"),
    STRV ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Olawale",
          "Adebayo", "Chukwu", "Okeke", "Afolabi", "Obi"),
    "yo", 3, FALSE, REGION_ANY },
};

typedef struct
{
  const char *name;
  const char *language;   /* the language of the street */
  int         region;
  guint       weight;     /* how many work there, roughly */
} Location;

static const Location locations[] = {
  { "Brussels", "fr", REGION_ANY, 30 },
  { "Antwerp", "nl", REGION_FLANDERS, 12 },
  { "Ghent", "nl", REGION_FLANDERS, 10 },
  { "Leuven", "nl", REGION_FLANDERS, 6 },
  { "Mechelen", "nl", REGION_FLANDERS, 4 },
  { "Hasselt", "nl", REGION_FLANDERS, 4 },
  { "Bruges", "nl", REGION_FLANDERS, 4 },
  { "Liège", "fr", REGION_WALLONIA, 8 },
  { "Namur", "fr", REGION_WALLONIA, 5 },
  { "Charleroi", "fr", REGION_WALLONIA, 5 },
  { "Mons", "fr", REGION_WALLONIA, 3 },
  { "Louvain-la-Neuve", "fr", REGION_WALLONIA, 3 },
  { "Eupen", "de", REGION_WALLONIA, 1 },
};

typedef struct
{
  const char *name;
  /* Job titles by career level, 1 (graduate) to 7 (executive). */
  const char *titles[TA_CAREER_LEVEL_MAX + 1];
  guint       weight;
} Department;

static const Department departments[] = {
  { "Finance",
    { NULL, "Graduate Trainee Finance", "Junior Accountant", "Financial Analyst",
      "Senior Financial Analyst", "Finance Manager", "Finance Director",
      "Chief Financial Officer" }, 12 },
  { "Marketing",
    { NULL, "Marketing Trainee", "Junior Marketing Executive", "Content Marketer",
      "Senior Brand Manager", "Marketing Manager", "Marketing Director",
      "Chief Marketing Officer" }, 11 },
  { "HR",
    { NULL, "HR Trainee", "HR Assistant", "HR Business Partner",
      "Senior HR Business Partner", "Talent Manager", "HR Director",
      "Chief People Officer" }, 9 },
  { "Operations",
    { NULL, "Operations Trainee", "Planner", "Process Analyst",
      "Senior Process Engineer", "Operations Manager", "Operations Director",
      "Chief Operating Officer" }, 15 },
  { "IT",
    { NULL, "IT Trainee", "Junior Developer", "Software Engineer",
      "Senior Software Engineer", "Engineering Manager", "IT Director",
      "Chief Information Officer" }, 14 },
  { "Legal",
    { NULL, "Legal Trainee", "Junior Legal Counsel", "Legal Counsel",
      "Senior Legal Counsel", "Legal Manager", "Head of Legal",
      "General Counsel" }, 5 },
  { "Sales",
    { NULL, "Sales Trainee", "Inside Sales Representative", "Account Manager",
      "Senior Account Manager", "Sales Manager", "Sales Director",
      "Chief Commercial Officer" }, 14 },
  { "Customer Care",
    { NULL, "Customer Care Trainee", "Customer Care Agent", "Customer Success Specialist",
      "Senior Customer Success Specialist", "Customer Care Manager",
      "Customer Experience Director", "Chief Customer Officer" }, 12 },
  { "Strategy",
    { NULL, "Strategy Trainee", "Junior Business Analyst", "Strategy Consultant",
      "Senior Strategy Consultant", "Strategy Manager", "Strategy Director",
      "Chief Strategy Officer" }, 5 },
  { "Communications",
    { NULL, "Communications Trainee", "Communications Assistant", "Communications Officer",
      "Senior Communications Officer", "Communications Manager",
      "Communications Director", "Chief Communications Officer" }, 3 },
};

/* What juniors mentor seniors in. */
static const char * const digital_topics[] = {
  "AI tools", "Prompt writing", "TikTok and Instagram", "LinkedIn personal branding",
  "Slack and Teams", "Data visualisation", "Power BI dashboards", "Inclusive language",
  "Gen Z expectations", "Hybrid work", "No-code automation", "Cybersecurity hygiene",
  "Video editing", "Notion", "Generative AI for writing", "Excel power tips",
  "Podcasting", "Accessibility basics", "Social listening", "Remote facilitation",
};

/* What seniors share in return. */
static const char * const experience_topics[] = {
  "Negotiation", "Stakeholder management", "Career planning", "Public speaking",
  "Strategic thinking", "Leading teams", "Budgeting", "Giving feedback",
  "Managing conflict", "Networking", "Decision making", "Change management",
  "Client relationships", "Writing for executives", "Time management",
  "Navigating the organisation",
};

static const char * const notes_pool[] = {
  "Prefers to meet over lunch.",
  "Wants a mentor who is patient with \"basic\" questions.",
  "Back from parental leave in March; keep the first sessions short.",
  "Asked to be paired outside their own department, to see how other teams work.",
  "Happy to host a lunch-and-learn on AI tools.\nPresented at the Ghent meetup before.",
  "Travels a lot in Q4, so video calls work best.",
  "A bit shy at first — start with hands-on topics.",
  "Interested in the research board: generative AI in customer service.",
  "Would like to co-present with their mentee at a lunch-and-learn.",
  "Only Tuesdays and Thursdays, after the school run.",
  "Prefers Dutch or French in sessions; English is fine too.",
  "Cancelled twice last quarter: check in with them before the next session.",
  "Wants to understand why younger colleagues leave within two years.",
  "Asked for a mentor who can show, not tell: screen sharing, practice, repeat.",
};

/* Career levels 1–7, in percent: a programme roughly half junior. */
static const guint level_weights[TA_CAREER_LEVEL_MAX + 1] = { 0, 16, 18, 16, 16, 16, 11, 7 };

/* The companies a seed can pick; the e-mail domain is theirs. */
static const char * const companies[] = {
  "brightlane", "northwind", "kestrel-group", "meridian-bank", "lumen-insurance",
  "scheldt-logistics",
};

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
      guint i = pick_weighted (rand, weights, G_N_ELEMENTS (locations));

      if (culture->region == REGION_ANY || locations[i].region == REGION_ANY ||
          locations[i].region == culture->region)
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

/* Juniors mostly mentor, seniors mostly are mentored, a few do both. */
static void
set_role_and_topics (TaParticipant *participant,
                     GRand         *rand,
                     gboolean       junior)
{
  const char * const *own = junior ? digital_topics : experience_topics;
  const char * const *other = junior ? experience_topics : digital_topics;
  guint n_own = junior ? G_N_ELEMENTS (digital_topics) : G_N_ELEMENTS (experience_topics);
  guint n_other = junior ? G_N_ELEMENTS (experience_topics) : G_N_ELEMENTS (digital_topics);
  guint roll = (guint) g_rand_int_range (rand, 0, 100);
  g_auto(GStrv) offers = NULL;
  g_auto(GStrv) seeks = NULL;
  TaRole role;
  int capacity;

  if (roll < 10)
    role = TA_ROLE_BOTH;
  else if (roll < 18)
    role = junior ? TA_ROLE_MENTEE : TA_ROLE_MENTOR;
  else
    role = junior ? TA_ROLE_MENTOR : TA_ROLE_MENTEE;

  /* Everyone offers what their side knows and seeks the other side's;
   * someone who does both also wants a little of their own side. */
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

  /* A mentor's offers are what counts; a mentee's are what they bring. */
  ta_participant_set_role (participant, role);
  ta_participant_set_offers (participant, (const char * const *) offers);
  ta_participant_set_seeks (participant, (const char * const *) seeks);
  ta_participant_set_capacity (participant, capacity);
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

/**
 * ta_demo_fill:
 * @store: an empty #TaStore
 * @n_participants: how many people, 1 to %TA_DEMO_MAX_PARTICIPANTS
 * @seed: the same seed gives the same programme
 * @error: a #TA_STORE_ERROR
 *
 * Fills @store with a believable sample programme (see the top of this
 * file), written in one transaction.
 *
 * Returns: %TRUE if the programme was written
 */
gboolean
ta_demo_fill (TaStore  *store,
              guint     n_participants,
              guint32   seed,
              GError  **error)
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) reports_to = NULL;
  g_autoptr(GHashTable) email_count = NULL;
  g_autofree Person *people = NULL;
  g_autofree char *domain = NULL;
  /* E-mail parts of every name, folded to ASCII once. */
  g_autoptr(GPtrArray) first_parts = NULL;
  g_autoptr(GPtrArray) last_parts = NULL;
  GArray *bosses[G_N_ELEMENTS (departments)][TA_CAREER_LEVEL_MAX + 1] = { { NULL } };
  g_autoptr(GArray) executives = NULL;
  guint culture_weights[G_N_ELEMENTS (cultures)];
  guint department_weights[G_N_ELEMENTS (departments)];
  guint location_weights[G_N_ELEMENTS (locations)];
  g_autoptr(GError) local_error = NULL;
  gint64 existing;
  guint added;
  guint updated;
  gboolean ret;

  g_return_val_if_fail (TA_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_participants == 0 || n_participants > TA_DEMO_MAX_PARTICIPANTS)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A sample programme has between 1 and %d participants"),
                   TA_DEMO_MAX_PARTICIPANTS);
      return FALSE;
    }

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

  rand = g_rand_new_with_seed (seed);
  domain = g_strdup_printf ("%s.example",
                            companies[g_rand_int_range (rand, 0, G_N_ELEMENTS (companies))]);

  for (guint c = 0; c < G_N_ELEMENTS (cultures); c++)
    culture_weights[c] = cultures[c].weight;
  for (guint d = 0; d < G_N_ELEMENTS (departments); d++)
    department_weights[d] = departments[d].weight;
  for (guint l = 0; l < G_N_ELEMENTS (locations); l++)
    location_weights[l] = locations[l].weight;

  first_parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  last_parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint c = 0; c < G_N_ELEMENTS (cultures); c++)
    {
      guint n_first = strv_length (cultures[c].first_names);
      guint n_last = strv_length (cultures[c].last_names);
      GStrv first = g_new0 (char *, n_first + 1);
      GStrv last = g_new0 (char *, n_last + 1);

      for (guint i = 0; i < n_first; i++)
        first[i] = email_part (cultures[c].first_names[i]);
      for (guint i = 0; i < n_last; i++)
        last[i] = email_part (cultures[c].last_names[i]);
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

      person->culture = pick_weighted (rand, culture_weights, G_N_ELEMENTS (cultures));
      person->first = (guint) g_rand_int_range (rand, 0,
                                                strv_length (cultures[person->culture].first_names));
      person->last = (guint) g_rand_int_range (rand, 0,
                                               strv_length (cultures[person->culture].last_names));
      person->department = pick_weighted (rand, department_weights, G_N_ELEMENTS (departments));
      person->level = (int) pick_weighted (rand, level_weights, G_N_ELEMENTS (level_weights));

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

  participants = g_ptr_array_new_full (n_participants, g_object_unref);
  reports_to = g_ptr_array_new_full (n_participants, NULL);
  email_count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_participants; i++)
    {
      const Person *person = &people[i];
      const Culture *culture = &cultures[person->culture];
      const Department *department = &departments[person->department];
      const Location *location;
      g_autoptr(TaParticipant) participant = ta_participant_new ();
      g_autofree char *name = NULL;
      g_autofree char *local_part = NULL;
      g_autofree char *email = NULL;
      gboolean junior = person->level <= 3;
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

      location = &locations[pick_location (rand, location_weights, culture)];
      ta_participant_set_location (participant, location->name);
      set_languages (participant, rand, culture, location);
      set_role_and_topics (participant, rand, junior);
      ta_participant_set_availability (participant, pick_availability (rand));

      if (chance (rand, 4))
        ta_participant_set_status (participant, TA_PARTICIPANT_STATUS_LEFT);
      else if (chance (rand, 7))
        ta_participant_set_status (participant, TA_PARTICIPANT_STATUS_PAUSED);

      if (chance (rand, 20))
        ta_participant_set_notes (participant,
                                  notes_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes_pool))]);

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

  for (guint d = 0; d < G_N_ELEMENTS (departments); d++)
    for (guint l = 0; l <= TA_CAREER_LEVEL_MAX; l++)
      g_clear_pointer (&bosses[d][l], g_array_unref);

  return ret;
}
