/* ta-demo.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ta-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ta-demo.h"
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
 * programme is either a few months in, with pairings, goals and a few
 * people paused or gone (form_pairings()) and their calendar: sessions
 * held, cancelled and missed, a pair or two losing momentum, planned ones
 * and monthly series ahead, group sessions (fill_calendar()); or, with
 * TA_DEMO_NO_PAIRINGS, the cohort on the day it signed up, as the pairing
 * benchmark wants it: no pairings, hence no sessions either.  A programme
 * a few months in also has a research board (fill_board()): topics in
 * every stage, lunch-and-learns ahead and behind, and topics mentees want
 * that nobody took up yet.
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

/* How often a name already given is drawn again. */
#define MAX_NAME_ATTEMPTS 64

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

/* Mentors offer digital skills and want experience in return; mentees
 * the other way round; someone who does both offers digital skills and
 * wants some experience and a little more of their own side. */
static void
set_role_and_topics (TaParticipant *participant,
                     GRand         *rand,
                     TaRole         role)
{
  gboolean mentor = role != TA_ROLE_MENTEE;
  const char * const *own = mentor ? digital_topics : experience_topics;
  const char * const *other = mentor ? experience_topics : digital_topics;
  guint n_own = mentor ? G_N_ELEMENTS (digital_topics) : G_N_ELEMENTS (experience_topics);
  guint n_other = mentor ? G_N_ELEMENTS (experience_topics) : G_N_ELEMENTS (digital_topics);
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

/* --- Pairings --------------------------------------------------------- */

/* What a mentee sets out to do when they learn a topic: the objectives
 * that, the field says, keep a pair going. */
static const struct
{
  const char *topic;
  const char *goal;
} topic_goals[] = {
  { "AI tools", "Use an AI assistant to summarise a long report" },
  { "Prompt writing", "Write prompts that give a usable first draft" },
  { "TikTok and Instagram", "Understand what the brand posts on TikTok, and why" },
  { "LinkedIn personal branding", "Publish a first LinkedIn post" },
  { "Slack and Teams", "Run a meeting with Teams breakout rooms" },
  { "Data visualisation", "Turn the monthly figures into one clear chart" },
  { "Power BI dashboards", "Build a Power BI dashboard for the team" },
  { "Inclusive language", "Review a job advert for inclusive language" },
  { "Gen Z expectations", "Ask three new graduates what makes them stay" },
  { "Hybrid work", "Agree on hybrid working habits with the team" },
  { "No-code automation", "Automate one weekly report without code" },
  { "Cybersecurity hygiene", "Set up a password manager and two-step sign-in" },
  { "Video editing", "Edit a one-minute video update for the team" },
  { "Notion", "Move the team's meeting notes to Notion" },
  { "Generative AI for writing", "Draft a newsletter with generative AI, then edit it" },
  { "Excel power tips", "Replace a manual spreadsheet with a pivot table" },
  { "Podcasting", "Record a short internal podcast episode" },
  { "Accessibility basics", "Check a presentation with the accessibility checker" },
  { "Social listening", "Set up alerts for what customers say about us online" },
  { "Remote facilitation", "Facilitate a remote workshop on an online whiteboard" },
};

static const char * const general_goals[] = {
  "Agree on a monthly meeting rhythm",
  "Present what we learned at a lunch-and-learn",
  "Try one new tool in a real meeting",
};

static const char * const end_reasons[] = {
  "Schedules did not match",
  "Sessions kept being cancelled; both agreed to stop",
  "Mentee moved to another team with less time for it",
};

/* Bigger programmes are paired with a cheap greedy rule instead of the
 * exact solver: a sample of this many mentors for each mentee. */
#define GREEDY_CANDIDATES 24

typedef struct
{
  gint64 mentor_id;
  gint64 mentee_id;
} DemoPair;

/* Small programmes: the exact suggestions of the matcher, so that the
 * pairs are the ones the programme's rules allow and the best of them. */
static gboolean
pairs_from_suggestions (TaMatcher  *matcher,
                        GArray     *pairs,
                        GError    **error)
{
  g_autoptr(TaSuggestions) suggestions = ta_matcher_suggest (matcher, NULL, NULL, NULL, error);

  if (suggestions == NULL)
    return FALSE;

  for (guint i = 0; i < suggestions->suggestions->len; i++)
    {
      const TaSuggestion *suggestion = &g_array_index (suggestions->suggestions, TaSuggestion, i);
      DemoPair pair = { suggestion->mentor_id, suggestion->mentee_id };

      g_array_append_val (pairs, pair);
    }

  return TRUE;
}

/* Large programmes: for each mentee, in a random order, the best of a few
 * mentors picked at random among those with a place left, if any of them
 * may be paired with them at all.  Fast, and still only allowed pairs. */
static void
pairs_greedy (TaMatcher *matcher,
              GRand     *rand,
              GPtrArray *participants,
              guint      max_pairs,
              GArray    *pairs)
{
  g_autoptr(GArray) mentors = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) mentees = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree int *places = g_new0 (int, MAX (participants->len, 1));

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      TaRole role = ta_participant_get_role (participant);

      if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_ACTIVE)
        continue;
      if (role != TA_ROLE_MENTEE)
        {
          places[i] = ta_participant_get_capacity (participant);
          g_array_append_val (mentors, i);
        }
      if (role != TA_ROLE_MENTOR)
        g_array_append_val (mentees, i);
    }

  for (guint k = 0; k < mentees->len && mentors->len > 0 && pairs->len < max_pairs; k++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) k, (gint32) mentees->len);
      guint mentee = g_array_index (mentees, guint, j);
      gint64 mentee_id = ta_participant_get_id (g_ptr_array_index (participants, mentee));
      float best_value = 0;
      gint32 best = -1;

      g_array_index (mentees, guint, j) = g_array_index (mentees, guint, k);
      g_array_index (mentees, guint, k) = mentee;

      for (guint c = 0; c < GREEDY_CANDIDATES; c++)
        {
          guint mentor = g_array_index (mentors, guint,
                                        g_rand_int_range (rand, 0, (gint32) mentors->len));
          float value;

          if (places[mentor] <= 0)
            continue;

          value = _ta_matcher_pair_value (matcher, mentor, mentee);
          if (value > best_value)
            {
              best_value = value;
              best = (gint32) mentor;
            }
        }

      if (best >= 0)
        {
          DemoPair pair = { ta_participant_get_id (g_ptr_array_index (participants, best)), mentee_id };

          places[best]--;
          g_array_append_val (pairs, pair);
        }
    }
}

static char *
days_ago (const GDate *today,
          guint        days)
{
  GDate date = *today;
  char text[16];

  g_date_subtract_days (&date, days);
  g_snprintf (text, sizeof text, "%04d-%02d-%02d",
              g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));

  return g_strdup (text);
}

/* One to three goals from what the mentor teaches, done or not. */
static void
add_goals (TaPairing     *pairing,
           GRand         *rand,
           TaParticipant *mentor,
           TaParticipant *mentee,
           guint          n_done_max)
{
  const char * const *offers = ta_participant_get_offers (mentor);
  const char * const *seeks = ta_participant_get_seeks (mentee);
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint n_goals = (guint) g_rand_int_range (rand, 1, 4);

  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    {
      if (offers == NULL || !g_strv_contains (offers, seeks[i]))
        continue;
      for (guint t = 0; t < G_N_ELEMENTS (topic_goals); t++)
        {
          if (g_str_equal (topic_goals[t].topic, seeks[i]))
            g_ptr_array_add (titles, (gpointer) topic_goals[t].goal);
        }
    }
  g_ptr_array_add (titles, (gpointer) general_goals[g_rand_int_range (rand, 0, G_N_ELEMENTS (general_goals))]);

  for (guint i = 0; i < MIN (n_goals, titles->len); i++)
    {
      g_autoptr(TaGoal) goal = ta_goal_new (g_ptr_array_index (titles, i), i < n_done_max);

      g_list_store_append (ta_pairing_get_goals (pairing), goal);
    }
}

/*
 * A programme a few months in: about half the active mentees paired.  Of
 * those pairings, in a random order, about one in ten ended early (with a
 * reason) and one in twelve completed, both now history; one in twelve is
 * paused, one in six only proposed, the rest active since one to four
 * months.  Dates count back from today, so that the sample always looks
 * current; the same seed on the same day gives the same programme.
 *
 * Up to TA_DEMO_MAX_MATCHED people the pairs are the matcher's exact
 * suggestions; above, a cheap greedy rule forms them (pairs_greedy()),
 * since solving 50,000 × 50,000 for sample data would take minutes.
 */
static gboolean
form_pairings (TaStore  *store,
               GRand    *rand,
               GError  **error)
{
  g_autoptr(TaMatcher) matcher = NULL;
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GHashTable) mentor_uses = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  TaParticipant *leaving = NULL;
  GDate today;
  guint n_mentees = 0;
  guint n_paired;
  guint n_ended, n_completed, n_paused, n_proposed;

  matcher = ta_matcher_new_from_store (store, error);
  if (matcher == NULL)
    return FALSE;

  participants = g_ptr_array_ref (_ta_matcher_get_participants (matcher));

  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);

      n_mentees += ta_participant_get_status (participant) == TA_PARTICIPANT_STATUS_ACTIVE &&
                   ta_participant_get_role (participant) != TA_ROLE_MENTOR;
    }

  pairs = g_array_new (FALSE, FALSE, sizeof (DemoPair));
  if (participants->len <= TA_DEMO_MAX_MATCHED)
    {
      if (!pairs_from_suggestions (matcher, pairs, error))
        return FALSE;
    }
  else
    pairs_greedy (matcher, rand, participants, (n_mentees + 1) / 2, pairs);

  /* A random half of the mentees, in a random order. */
  for (guint k = 0; k < pairs->len; k++)
    {
      guint j = (guint) g_rand_int_range (rand, (gint32) k, (gint32) pairs->len);
      DemoPair swap = g_array_index (pairs, DemoPair, k);

      g_array_index (pairs, DemoPair, k) = g_array_index (pairs, DemoPair, j);
      g_array_index (pairs, DemoPair, j) = swap;
    }
  n_paired = MIN (pairs->len, (n_mentees + 1) / 2);

  n_ended = n_paired >= 8 ? MAX (n_paired / 10, 1) : 0;
  n_completed = n_paired >= 8 ? MAX (n_paired / 12, 1) : 0;
  n_paused = n_paired >= 6 ? MAX (n_paired / 12, 1) : 0;
  n_proposed = n_paired >= 3 ? MAX (n_paired / 6, 1) : 0;

  /* How often each mentor appears, to find one whose leaving ends only
   * the one pairing. */
  mentor_uses = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint k = 0; k < n_paired; k++)
    {
      DemoPair *pair = &g_array_index (pairs, DemoPair, k);
      guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (mentor_uses, &pair->mentor_id));

      g_hash_table_insert (mentor_uses, &pair->mentor_id, GUINT_TO_POINTER (uses + 1));
      /* Someone who does both may be a mentee elsewhere: never let them go. */
      g_hash_table_insert (mentor_uses, &pair->mentee_id, GUINT_TO_POINTER (2));
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  pairings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < n_paired; k++)
    {
      const DemoPair *pair = &g_array_index (pairs, DemoPair, k);
      g_autoptr(TaPairing) pairing = ta_pairing_new (pair->mentor_id, pair->mentee_id);
      g_auto(TaScore) score = { 0 };
      g_autofree char *explanation = NULL;
      g_autofree char *started = NULL;
      g_autofree char *ended = NULL;
      TaParticipant *mentor = ta_matcher_get_participant (matcher, pair->mentor_id);
      TaParticipant *mentee = ta_matcher_get_participant (matcher, pair->mentee_id);
      guint start_days;

      if (!ta_matcher_score (matcher, pair->mentor_id, pair->mentee_id, &score, error))
        return FALSE;
      explanation = ta_score_to_explanation (&score);
      ta_pairing_set_score (pairing, score.total);
      ta_pairing_set_explanation (pairing, explanation);

      if (k < n_ended)
        {
          start_days = (guint) g_rand_int_range (rand, 90, 181);
          started = days_ago (&today, start_days);
          ended = days_ago (&today, start_days - (guint) g_rand_int_range (rand, 14, 57));
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ENDED);
          add_goals (pairing, rand, mentor, mentee, (guint) g_rand_int_range (rand, 0, 2));

          /* The first one ended because the mentor left, if that leaves
           * no other pairing of theirs behind. */
          if (leaving == NULL &&
              GPOINTER_TO_UINT (g_hash_table_lookup (mentor_uses, &pair->mentor_id)) == 1)
            {
              leaving = mentor;
              ta_pairing_set_end_reason (pairing, "Mentor left the company");
            }
          else
            ta_pairing_set_end_reason (pairing,
                                       end_reasons[g_rand_int_range (rand, 0, G_N_ELEMENTS (end_reasons))]);
        }
      else if (k < n_ended + n_completed)
        {
          start_days = (guint) g_rand_int_range (rand, 180, 241);
          started = days_ago (&today, start_days);
          ended = days_ago (&today, (guint) g_rand_int_range (rand, 1, 60));
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_COMPLETED);
          add_goals (pairing, rand, mentor, mentee, G_MAXUINT);
        }
      else if (k < n_ended + n_completed + n_paused)
        {
          started = days_ago (&today, (guint) g_rand_int_range (rand, 60, 121));
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PAUSED);
          add_goals (pairing, rand, mentor, mentee, (guint) g_rand_int_range (rand, 0, 2));
        }
      else if (k < n_ended + n_completed + n_paused + n_proposed)
        {
          /* Not started yet: no date, one goal to talk about. */
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_PROPOSED);
          add_goals (pairing, rand, mentor, mentee, 0);
        }
      else
        {
          start_days = (guint) g_rand_int_range (rand, 30, 121);
          started = days_ago (&today, start_days);
          ta_pairing_set_status (pairing, TA_PAIRING_STATUS_ACTIVE);
          /* Roughly a goal done for every six weeks together. */
          add_goals (pairing, rand, mentor, mentee, start_days / 42);
        }

      ta_pairing_set_started_on (pairing, started);
      ta_pairing_set_ended_on (pairing, ended);
      g_ptr_array_add (pairings, g_steal_pointer (&pairing));
    }

  if (pairings->len > 0 && !ta_store_add_pairings (store, pairings, error))
    return FALSE;

  if (leaving != NULL)
    {
      g_autoptr(TaParticipant) copy = ta_participant_copy (leaving);

      ta_participant_set_status (copy, TA_PARTICIPANT_STATUS_LEFT);
      if (!ta_store_update_participant (store, copy, error))
        return FALSE;
    }

  return TRUE;
}

/* The calendar */

/* At most this many pairings get sessions: above, a 100,000-person demo
 * would spend its time writing made-up meetings nobody looks at.  The
 * other pairings have none (the momentum list shows them as "nothing
 * planned"), which is what a programme that never used the calendar
 * looks like. */
#define DEMO_MAX_CALENDAR_PAIRINGS 1000

/* What the junior mentor took from the senior. */
static const char * const mentor_learned_pool[] = {
  "How a budget decision is really made, and who to talk to first.",
  "To send the short version first and the details on request.",
  "How to read the room before a negotiation.",
  "Why the reorganisation of 2019 still shapes who talks to whom.",
  "How to say no to a project without burning a bridge.",
  "That a good question in a steering committee beats a long slide deck.",
  "How to prepare a one-page business case.",
};

/* What the senior mentee took from the junior. */
static const char * const mentee_learned_pool[] = {
  "Wrote meeting minutes with an AI assistant, then checked them line by line.",
  "Set up a Power BI dashboard for the team's weekly figures.",
  "Posted on LinkedIn for the first time, and answered the comments.",
  "Why Gen Z colleagues prefer a quick message to a meeting.",
  "Learned to share a screen and a whiteboard in Teams without panic.",
  "Automated a monthly report with a no-code flow.",
  "How to write a prompt that gives a usable first draft.",
  "Turned on two-factor authentication everywhere, finally.",
};

static const char * const cancel_reasons[] = {
  "Board meeting moved to the same slot.",
  "Client escalation, sorry.",
  "Off sick.",
  "Travelling for work this week.",
  "Quarter-end closing.",
  "Forgot the session: to be rescheduled.",
};

static const char * const session_places[] = {
  "Meeting room 3.14", "Cafeteria, ground floor", "Microsoft Teams",
  "https://meet.example.com/turnabout", "Coffee corner, 5th floor",
};

/* One-on-ones start on the hour, at these local times; group sessions
 * at 12:30 on Thursdays and series at 12:30 on other days, so neither
 * ever overlaps a one-on-one. */
static const int session_hours[] = { 9, 10, 11, 14, 15, 16 };

typedef struct
{
  GTimeZone  *zone;
  GHashTable *busy;     /* person id × hour since the epoch, see book() */
  GPtrArray  *sessions; /* TaSession, to write */
  GDate       today;
  gint64      group_people[12];
  guint       n_group_people;
} Calendar;

/* Marks @person busy at @start (one-hour sessions on the hour); FALSE if
 * they already were, so that the demo never double-books anyone. */
static gboolean
book (Calendar  *calendar,
      gint64     person,
      GDateTime *start)
{
  gint64 key = person * 1000000 + g_date_time_to_unix (start) / 3600;

  if (g_hash_table_contains (calendar->busy, &key))
    return FALSE;
  g_hash_table_add (calendar->busy, g_memdup2 (&key, sizeof key));
  return TRUE;
}

static GDateTime *
local_time (Calendar    *calendar,
            const GDate *date,
            int          hour,
            int          minute)
{
  return g_date_time_new (calendar->zone, g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), hour, minute, 0);
}

/* A weekday on or after @date. */
static void
to_weekday (GDate *date)
{
  while (g_date_get_weekday (date) == G_DATE_SATURDAY || g_date_get_weekday (date) == G_DATE_SUNDAY)
    g_date_add_days (date, 1);
}

/* A one-on-one of @pairing on @date at a free hour of both, or NULL. */
static TaSession *
new_one_on_one (Calendar  *calendar,
                GRand     *rand,
                TaPairing *pairing,
                GDate     *date)
{
  guint first = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (session_hours));

  to_weekday (date);
  for (guint i = 0; i < G_N_ELEMENTS (session_hours); i++)
    {
      int hour = session_hours[(first + i) % G_N_ELEMENTS (session_hours)];
      g_autoptr(GDateTime) start = local_time (calendar, date, hour, 0);
      TaSession *session;

      if (start == NULL ||
          !book (calendar, ta_pairing_get_mentor_id (pairing), start) ||
          !book (calendar, ta_pairing_get_mentee_id (pairing), start))
        continue;

      session = ta_session_new_one_on_one (ta_pairing_get_id (pairing), start, 60);
      ta_session_set_location (session, session_places[g_rand_int_range (rand, 0, G_N_ELEMENTS (session_places))]);
      return session;
    }

  return NULL;
}

static void
mark_held (TaSession *session,
           GRand     *rand)
{
  ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  ta_session_set_mentor_learned (session,
                                 mentor_learned_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (mentor_learned_pool))]);
  ta_session_set_mentee_learned (session,
                                 mentee_learned_pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (mentee_learned_pool))]);
  ta_session_set_mentor_rating (session, g_rand_int_range (rand, 3, 6));
  ta_session_set_mentee_rating (session, g_rand_int_range (rand, 2, 6));
}

static void
mark_cancelled (TaSession *session,
                GRand     *rand,
                TaPairing *pairing)
{
  guint who = (guint) g_rand_int_range (rand, 0, 10);

  ta_session_set_status (session, TA_SESSION_STATUS_CANCELLED);
  /* Mostly the busy senior, as in real programmes. */
  if (who < 6)
    ta_session_set_cancelled_by (session, ta_pairing_get_mentee_id (pairing));
  else if (who < 9)
    ta_session_set_cancelled_by (session, ta_pairing_get_mentor_id (pairing));
  else
    ta_session_set_cancelled_by (session, TA_SESSION_CANCELLED_BY_FACILITATOR);
  ta_session_set_cancel_reason (session, cancel_reasons[g_rand_int_range (rand, 0, G_N_ELEMENTS (cancel_reasons))]);
}

typedef enum
{
  STORY_STEADY,
  STORY_TWO_CANCELLED, /* the last two sessions cancelled, nothing planned */
  STORY_FADED,         /* nothing held for eight weeks and more */
  STORY_SERIES,        /* the planned ones come from a monthly series */
} Story;

/*
 * The sessions of one pairing: one every three to five weeks from its
 * start to its end (or today), most held, about one in eight cancelled
 * and one in twenty missed; then, for an open pairing, one planned in the
 * next weeks.  @story bends this to show a pair losing momentum.
 */
static void
plan_pairing (Calendar  *calendar,
              GRand     *rand,
              TaPairing *pairing,
              Story      story,
              gboolean  *no_show_done)
{
  TaPairingStatus status = ta_pairing_get_status (pairing);
  const char *started_on = ta_pairing_get_started_on (pairing);
  const char *ended_on = ta_pairing_get_ended_on (pairing);
  GDate date, end;
  g_autoptr(GPtrArray) past = g_ptr_array_new ();

  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  end = calendar->today;
  if (ended_on != NULL)
    g_date_set_parse (&end, ended_on);
  if (status == TA_PAIRING_STATUS_PAUSED)
    g_date_subtract_days (&end, 28);
  if (story == STORY_FADED)
    g_date_subtract_days (&end, 60);

  if (started_on != NULL)
    {
      g_date_set_parse (&date, started_on);
      if (!g_date_valid (&date))
        return;
      g_date_add_days (&date, (guint) g_rand_int_range (rand, 3, 10));

      while (g_date_compare (&date, &end) < 0)
        {
          TaSession *session = new_one_on_one (calendar, rand, pairing, &date);

          if (g_date_compare (&date, &end) >= 0 || g_date_compare (&date, &calendar->today) >= 0)
            {
              g_clear_object (&session);
              break;
            }
          if (session != NULL)
            {
              g_ptr_array_add (past, session);
              g_ptr_array_add (calendar->sessions, session);
            }
          g_date_add_days (&date, (guint) g_rand_int_range (rand, 21, 36));
        }
    }

  for (guint i = 0; i < past->len; i++)
    {
      TaSession *session = g_ptr_array_index (past, i);
      guint roll = (guint) g_rand_int_range (rand, 0, 100);

      if (story == STORY_TWO_CANCELLED && i + 2 >= past->len)
        mark_cancelled (session, rand, pairing);
      else if (!*no_show_done && i + 1 == past->len && past->len >= 3)
        {
          ta_session_set_status (session, TA_SESSION_STATUS_NO_SHOW);
          ta_session_set_notes (session, "Mentee did not join; no message.");
          *no_show_done = TRUE;
        }
      else if (roll < 12 && i + 1 < past->len)
        mark_cancelled (session, rand, pairing);
      else if (roll < 17 && i + 1 < past->len)
        ta_session_set_status (session, TA_SESSION_STATUS_NO_SHOW);
      else
        mark_held (session, rand);
    }

  /* One planned ahead, for the pairings still going. */
  if ((status == TA_PAIRING_STATUS_ACTIVE || status == TA_PAIRING_STATUS_PROPOSED) &&
      story != STORY_TWO_CANCELLED && story != STORY_SERIES)
    {
      TaSession *session;

      date = calendar->today;
      g_date_add_days (&date, (guint) g_rand_int_range (rand, 2, 29));
      session = new_one_on_one (calendar, rand, pairing, &date);
      if (session != NULL)
        g_ptr_array_add (calendar->sessions, session);
    }
}

/* Days from @started_on ("YYYY-MM-DD") to today, or -1. */
static int
days_since (Calendar   *calendar,
            const char *started_on)
{
  GDate date;

  if (started_on == NULL)
    return -1;
  g_date_clear (&date, 1);
  g_date_set_parse (&date, started_on);
  if (!g_date_valid (&date))
    return -1;
  return g_date_days_between (&date, &calendar->today);
}

/* A lunch-and-learn or a group discussion @days from today (negative:
 * past, and then held), on a Thursday at 12:30. */
static void
plan_group (Calendar      *calendar,
            TaSessionKind  kind,
            const char    *title,
            const char    *notes,
            int            days,
            guint          n_attendees)
{
  GDate date = calendar->today;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GArray) attendees = g_array_new (FALSE, FALSE, sizeof (gint64));
  TaSession *session;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  while (g_date_get_weekday (&date) != G_DATE_THURSDAY)
    g_date_add_days (&date, 1);
  if (days < 0 && g_date_compare (&date, &calendar->today) >= 0)
    g_date_subtract_days (&date, 7);

  start = local_time (calendar, &date, 12, 30);
  if (start == NULL)
    return;

  for (guint i = 0; i < MIN (n_attendees, calendar->n_group_people); i++)
    g_array_append_val (attendees, calendar->group_people[i]);
  if (attendees->len == 0)
    return;

  session = ta_session_new (kind);
  ta_session_set_title (session, title);
  ta_session_set_starts_at (session, start);
  ta_session_set_duration (session, kind == TA_SESSION_KIND_LUNCH_AND_LEARN ? 60 : 90);
  ta_session_set_location (session, "Auditorium, Brussels, and on Teams");
  ta_session_set_notes (session, notes);
  ta_session_set_attendees (session, (const gint64 *) attendees->data, attendees->len);
  if (days < 0)
    ta_session_set_status (session, TA_SESSION_STATUS_HELD);
  g_ptr_array_add (calendar->sessions, session);
}

/*
 * A few months of sessions for the first DEMO_MAX_CALENDAR_PAIRINGS
 * pairings (see plan_pairing()): the first active pairing two months
 * old or more lost momentum with two cancellations in a row, the next
 * one has held nothing for eight weeks, three others meet in monthly series (second Tuesday, first
 * Wednesday, last Monday at 12:30, Brussels time); plus two group
 * sessions behind and two ahead.  The sessions in one step, the series
 * after it, all inside the demo's one transaction.
 */
static gboolean
fill_calendar (TaStore  *store,
               GRand    *rand,
               GError  **error)
{
  static const int series_weeks[] = { 2, 1, TA_RECURRENCE_LAST_WEEK };
  static const GDateWeekday series_days[] = { G_DATE_TUESDAY, G_DATE_WEDNESDAY, G_DATE_MONDAY };
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(GPtrArray) series = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GHashTable) in_series = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  Calendar calendar = { 0 };
  gboolean two_cancelled = FALSE;
  gboolean faded = FALSE;
  gboolean no_show_done = FALSE;
  gboolean ok = TRUE;

  pairings = ta_store_list_pairings (store, error);
  if (pairings == NULL)
    return FALSE;

  calendar.zone = g_time_zone_new_identifier ("Europe/Brussels");
  if (calendar.zone == NULL)
    calendar.zone = g_time_zone_new_local ();
  calendar.busy = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  calendar.sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_date_clear (&calendar.today, 1);
  g_date_set_dmy (&calendar.today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  for (guint i = 0; i < MIN (pairings->len, DEMO_MAX_CALENDAR_PAIRINGS); i++)
    {
      TaPairing *pairing = g_ptr_array_index (pairings, i);
      Story story = STORY_STEADY;

      if (ta_pairing_get_status (pairing) == TA_PAIRING_STATUS_ACTIVE)
        {
          gint64 mentor = ta_pairing_get_mentor_id (pairing);
          gint64 mentee = ta_pairing_get_mentee_id (pairing);

          int age = days_since (&calendar, ta_pairing_get_started_on (pairing));

          /* Old enough to have had two sessions, or to have let eight
           * weeks go by. */
          if (!two_cancelled && age >= 60)
            {
              story = STORY_TWO_CANCELLED;
              two_cancelled = TRUE;
            }
          else if (!faded && age >= 63)
            {
              story = STORY_FADED;
              faded = TRUE;
            }
          else if (series->len < G_N_ELEMENTS (series_weeks) &&
                   !g_hash_table_contains (in_series, &mentor) &&
                   !g_hash_table_contains (in_series, &mentee))
            {
              /* Distinct people, so that two series never collide. */
              story = STORY_SERIES;
              g_ptr_array_add (series, pairing);
              g_hash_table_add (in_series, g_memdup2 (&mentor, sizeof mentor));
              g_hash_table_add (in_series, g_memdup2 (&mentee, sizeof mentee));
            }
        }

      if (calendar.n_group_people < G_N_ELEMENTS (calendar.group_people) && i % 2 == 0)
        {
          calendar.group_people[calendar.n_group_people++] = ta_pairing_get_mentor_id (pairing);
          calendar.group_people[calendar.n_group_people++] = ta_pairing_get_mentee_id (pairing);
        }

      plan_pairing (&calendar, rand, pairing, story, &no_show_done);
    }

  plan_group (&calendar, TA_SESSION_KIND_LUNCH_AND_LEARN, "What Gen Z expects from work",
              "Presented by three juniors from the research board; slides on the intranet.", -30, 12);
  plan_group (&calendar, TA_SESSION_KIND_GROUP_DISCUSSION, "Perspective challengers: social media at work",
              NULL, -65, 8);
  plan_group (&calendar, TA_SESSION_KIND_GROUP_DISCUSSION, "AI tools: what we use, what we avoid",
              "Bring one thing an AI tool did well for you, and one it got wrong.", 9, 10);
  plan_group (&calendar, TA_SESSION_KIND_LUNCH_AND_LEARN, "Prompt writing for busy managers",
              NULL, 37, 12);

  if (calendar.sessions->len > 0)
    {
      STORE_LOCKED (store);

      ok = _ta_store_begin (store, error);
      for (guint i = 0; ok && i < calendar.sessions->len; i++)
        ok = _ta_store_insert_session (store, g_ptr_array_index (calendar.sessions, i), error);
      if (ok)
        ok = _ta_store_commit (store, error);
      if (!ok)
        _ta_store_rollback (store);
    }

  if (ok && calendar.sessions->len > 0)
    _ta_store_emit (store, SESSIONS_RESET, NULL, 0);

  for (guint i = 0; ok && i < series->len; i++)
    {
      TaPairing *pairing = g_ptr_array_index (series, i);
      GDate first = calendar.today;
      g_autoptr(TaRecurrence) rule = NULL;
      char first_date[16];

      /* From next week on, on the weekday of the rule. */
      g_date_add_days (&first, 7);
      while (g_date_get_weekday (&first) != series_days[i])
        g_date_add_days (&first, 1);
      g_snprintf (first_date, sizeof first_date, "%04d-%02d-%02d",
                  g_date_get_year (&first), g_date_get_month (&first), g_date_get_day (&first));
      rule = ta_recurrence_new_monthly (first_date, series_weeks[i], "12:30", "Europe/Brussels");
      ok = ta_store_add_series (store, ta_pairing_get_id (pairing), rule, 60,
                                session_places[i % G_N_ELEMENTS (session_places)], NULL, error) > 0;
    }

  g_hash_table_unref (calendar.busy);
  g_ptr_array_unref (calendar.sessions);
  g_time_zone_unref (calendar.zone);

  return ok;
}

/* The research board */

typedef struct
{
  const char   *title;
  const char   *description;
  const char   *tags[3];     /* some are terms of digital_topics: they cover them */
  TaTopicStage  stage;
  const char   *sources[2][2]; /* url, note */
  const char   *outcome;     /* for presented ones */
} DemoTopic;

/* In board order of interest, the stages interleaved, so that a small
 * programme still has a card in every column.  Some wanted topics
 * (digital_topics) are left uncovered on purpose, for "Topic ideas". */
static const DemoTopic demo_topics[] = {
  { "Passkeys", "What replaces passwords on our laptops and phones, and what changes for colleagues.",
    { "Cybersecurity hygiene", "security", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://fidoalliance.org/passkeys/", "The standard, explained by its authors" }, { NULL, NULL } }, NULL },
  { "Prompting AI assistants", "How to get a usable first draft: context, examples, constraints, and checking the result.",
    { "Prompt writing", "AI tools", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://platform.openai.com/docs/guides/prompt-engineering", "Vendor guide, generic enough" },
      { "https://www.anthropic.com/learn", "Courses and examples" } }, NULL },
  { "TikTok for employer branding", "Short videos by employees: what works for recruiting graduates, and the rules we need.",
    { "recruiting", "social media", NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.tiktok.com/business/en/blog", "TikTok's own business blog" }, { NULL, NULL } }, NULL },
  { "Inclusive language in job ads", "Which words put applicants off, and a checklist HR can use tomorrow.",
    { "Inclusive language", "recruiting", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.w3.org/WAI/fundamentals/accessibility-intro/", "Also covers plain language" }, { NULL, NULL } },
    "HR rewrote the graduate job ad template; the checklist is on the intranet." },
  { "Notion for team wikis", "One place for a team's know-how instead of forty shared drives.",
    { "Notion", "documentation", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.notion.so/help/guides", "Official guides" }, { NULL, NULL } }, NULL },
  { "Async work with Loom", "Recording a five-minute walkthrough instead of booking a one-hour meeting.",
    { "Hybrid work", "video", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://www.loom.com/blog", "Use cases" }, { NULL, NULL } }, NULL },
  { "AI meeting assistants", "Automatic minutes and action items: what they get right, what they invent, and privacy.",
    { "AI tools", "privacy", NULL }, TA_TOPIC_STAGE_READY,
    { { "https://edpb.europa.eu/", "European data protection guidance" }, { NULL, NULL } }, NULL },
  { "Dashboards people actually read", "Five rules for a dashboard that answers one question well.",
    { "Data visualisation", "reporting", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.storytellingwithdata.com/blog", "Before-and-after makeovers" }, { NULL, NULL } },
    "Finance cut the monthly pack from 40 to 12 charts." },
  { "Generative AI copyright basics", "Who owns what an AI tool writes or draws, and what we may feed it.",
    { "Generative AI for writing", "legal", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.wipo.int/about-ip/en/frontier_technologies/", "WIPO on AI and IP" }, { NULL, NULL } }, NULL },
  { "No-code flows with Power Automate", "Automating the monthly report chase without writing code.",
    { "No-code automation", NULL, NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://learn.microsoft.com/power-automate/", "Microsoft Learn" }, { NULL, NULL } }, NULL },
  { "Phishing in the age of AI", "Fake voices and perfect e-mails: how to recognise the new scams.",
    { "Cybersecurity hygiene", "security", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.ncsc.gov.uk/collection/phishing-scams", "UK NCSC advice" }, { NULL, NULL } },
    "IT adds a voice-cloning scenario to next year's phishing drill." },
  { "Accessible slides and documents", "Contrast, alt text, reading order: slides everyone can follow.",
    { "Accessibility basics", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.w3.org/WAI/teach-advocate/accessible-presentations/", "W3C checklist" }, { NULL, NULL } },
    NULL },
  { "Mastodon, Bluesky and Threads", "Where the conversation went after X, and whether we should follow.",
    { "social media", NULL, NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://joinmastodon.org/", "Mastodon" }, { "https://bsky.social/about", "Bluesky" } }, NULL },
  { "Two-factor authentication everywhere", "Setting it up in ten minutes for the accounts that matter.",
    { "security", NULL, NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.cisa.gov/MFA", "CISA: more than a password" }, { NULL, NULL } }, NULL },
  { "Running a hybrid workshop", "Giving remote participants the same voice as those in the room.",
    { "remote work", "facilitation", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://www.mural.co/blog", "Templates and tips" }, { NULL, NULL } },
    "Two departments now book the hybrid room kit for every workshop." },
  { "Digital wellbeing and notifications", "Fewer pings, more focus: settings and team agreements.",
    { "wellbeing", "Hybrid work", NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.humanetech.com/", "Center for Humane Technology" }, { NULL, NULL } }, NULL },
  { "Spreadsheets to Power Query", "Cleaning the same export every week, once and for all.",
    { "data", "reporting", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { "https://learn.microsoft.com/power-query/", "Microsoft Learn" }, { NULL, NULL } }, NULL },
  { "Writing for screens", "Short sentences, front-loaded headings, and why nobody scrolls.",
    { "writing", NULL, NULL }, TA_TOPIC_STAGE_READY,
    { { "https://www.nngroup.com/articles/how-users-read-on-the-web/", "Nielsen Norman Group" }, { NULL, NULL } },
    NULL },
  { "Gen Z and feedback", "Why juniors ask for feedback weekly, and how to give it in five minutes.",
    { "feedback", "culture", NULL }, TA_TOPIC_STAGE_PRESENTED,
    { { "https://hbr.org/topic/subject/feedback", "Harvard Business Review" }, { NULL, NULL } },
    "Team leads in Sales try a fortnightly five-minute feedback slot." },
  { "Personal knowledge management", "Notes that link up: from scattered files to a second brain.",
    { "productivity", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://fortelabs.com/blog/", "Building a second brain" }, { NULL, NULL } }, NULL },
  { "Chatbots for customer service", "What customers accept from a bot, and when to hand over to a person.",
    { "AI tools", "customers", NULL }, TA_TOPIC_STAGE_RESEARCHING,
    { { NULL, NULL }, { NULL, NULL } }, NULL },
  { "Green IT habits", "The carbon cost of storage, video calls and AI prompts, and cheap savings.",
    { "sustainability", NULL, NULL }, TA_TOPIC_STAGE_PROPOSED,
    { { "https://www.greenit.fr/", "GreenIT" }, { NULL, NULL } }, NULL },
};

/* Days from today of the Thursday on or after @days (negative: in the
 * past), at 12:30 in @zone: group sessions' slot (see session_hours). */
static GDateTime *
thursday_lunch (GTimeZone   *zone,
                const GDate *today,
                int          days)
{
  GDate date = *today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  while (g_date_get_weekday (&date) != G_DATE_THURSDAY)
    g_date_add_days (&date, 1);

  return g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date), 12, 30, 0);
}

static char *
date_text (const GDate *today,
           int          days)
{
  GDate date = *today;

  if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  else
    g_date_add_days (&date, (guint) days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
seeks_any (TaParticipant      *participant,
           const char * const *tags)
{
  const char * const *seeks = ta_participant_get_seeks (participant);

  for (guint i = 0; seeks != NULL && seeks[i] != NULL; i++)
    for (guint t = 0; t < 3 && tags[t] != NULL; t++)
      if (g_ascii_strcasecmp (seeks[i], tags[t]) == 0)
        return TRUE;
  return FALSE;
}

/*
 * The research board: a card for about every third person (at most
 * every row of demo_topics), in every stage.  Researchers are active
 * juniors (mentors, career level 3 or lower); the interested are active
 * mentees who want one of the card's tags, or a few others.  Ready cards
 * have a lunch-and-learn ahead, presented ones a held one behind, an
 * outcome and somebody who follows up: both made with
 * ta_store_schedule_topic_presentation(), so the calendar shows them.
 * Lunch-and-learns are on Thursdays at 12:30, on other Thursdays than
 * the calendar's group sessions (fill_calendar()).
 */
static gboolean
fill_board (TaStore   *store,
            GRand     *rand,
            guint      n_participants,
            GError   **error)
{
  static const int ready_days[] = { 20, 27 };
  static const int presented_days[] = { -50, -93, -121, -149, -177 };
  g_autoptr(GPtrArray) participants = NULL;
  g_autoptr(GArray) juniors = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) mentees = g_ptr_array_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) zone = NULL;
  guint n_topics = CLAMP (n_participants / 3, 4, G_N_ELEMENTS (demo_topics));
  guint n_ready = 0;
  guint n_presented = 0;
  GDate today;

  zone = g_time_zone_new_identifier ("Europe/Brussels");
  if (zone == NULL)
    zone = g_time_zone_new_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));

  participants = ta_store_list_participants (store, error);
  if (participants == NULL)
    return FALSE;
  for (guint i = 0; i < participants->len; i++)
    {
      TaParticipant *participant = g_ptr_array_index (participants, i);
      gint64 id = ta_participant_get_id (participant);

      if (ta_participant_get_status (participant) != TA_PARTICIPANT_STATUS_ACTIVE)
        continue;
      if (ta_participant_get_role (participant) != TA_ROLE_MENTEE &&
          ta_participant_get_career_level (participant) <= 3)
        g_array_append_val (juniors, id);
      if (ta_participant_get_role (participant) != TA_ROLE_MENTOR)
        g_ptr_array_add (mentees, participant);
    }

  for (guint i = 0; i < n_topics; i++)
    {
      const DemoTopic *row = &demo_topics[i];
      g_autoptr(TaTopic) topic = ta_topic_new (row->title);
      g_autoptr(GArray) researchers = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) interested = g_array_new (FALSE, FALSE, sizeof (gint64));
      guint n_researchers = (guint) g_rand_int_range (rand, 1, 4);
      guint n_interested = (guint) g_rand_int_range (rand, 1, 7);
      g_autoptr(TaSession) session = NULL;

      ta_topic_set_description (topic, row->description);
      ta_topic_set_tags (topic, row->tags);
      ta_topic_set_stage (topic, row->stage);
      for (guint s = 0; s < G_N_ELEMENTS (row->sources) && row->sources[s][0] != NULL; s++)
        ta_topic_add_source (topic, row->sources[s][0], row->sources[s][1]);

      for (guint r = 0; juniors->len > 0 && r < n_researchers && row->stage != TA_TOPIC_STAGE_PROPOSED; r++)
        g_array_append_val (researchers, g_array_index (juniors, gint64, g_rand_int_range (rand, 0, (gint32) juniors->len)));
      /* A proposed card often has somebody who offered to research it. */
      if (row->stage == TA_TOPIC_STAGE_PROPOSED && juniors->len > 0 && g_rand_boolean (rand))
        g_array_append_val (researchers, g_array_index (juniors, gint64, g_rand_int_range (rand, 0, (gint32) juniors->len)));
      ta_topic_set_researchers (topic, (const gint64 *) (gpointer) researchers->data, researchers->len);

      for (guint m = 0; m < mentees->len && interested->len < n_interested; m++)
        {
          TaParticipant *mentee = g_ptr_array_index (mentees, (m + i * 7) % mentees->len);

          if (seeks_any (mentee, row->tags) || g_rand_int_range (rand, 0, 6) == 0)
            {
              gint64 id = ta_participant_get_id (mentee);

              g_array_append_val (interested, id);
            }
        }
      ta_topic_set_interested (topic, (const gint64 *) (gpointer) interested->data, interested->len);

      switch (row->stage)
        {
        case TA_TOPIC_STAGE_RESEARCHING:
          {
            g_autofree char *due = date_text (&today, g_rand_int_range (rand, 14, 61));

            ta_topic_set_due_date (topic, due);
          }
          break;
        case TA_TOPIC_STAGE_READY:
          {
            g_autofree char *due = date_text (&today, g_rand_int_range (rand, 3, 15));

            ta_topic_set_due_date (topic, due);
          }
          break;
        case TA_TOPIC_STAGE_PRESENTED:
          ta_topic_set_outcome (topic, row->outcome);
          if (interested->len > 0)
            ta_topic_set_follow_up_id (topic, g_array_index (interested, gint64, 0));
          break;
        case TA_TOPIC_STAGE_PROPOSED:
        default:
          break;
        }

      if (!ta_store_add_topic (store, topic, error))
        return FALSE;

      if (row->stage == TA_TOPIC_STAGE_READY && n_ready < G_N_ELEMENTS (ready_days))
        {
          g_autoptr(GDateTime) start = thursday_lunch (zone, &today, ready_days[n_ready++]);

          session = ta_store_schedule_topic_presentation (store, ta_topic_get_id (topic), start, 60,
                                                          "Auditorium, Brussels, and on Teams", error);
          if (session == NULL)
            return FALSE;
        }
      else if (row->stage == TA_TOPIC_STAGE_PRESENTED && n_presented < G_N_ELEMENTS (presented_days))
        {
          g_autoptr(GDateTime) start = thursday_lunch (zone, &today, presented_days[n_presented++]);

          session = ta_store_schedule_topic_presentation (store, ta_topic_get_id (topic), start, 60,
                                                          "Auditorium, Brussels, and on Teams", error);
          if (session == NULL)
            return FALSE;
          ta_session_set_status (session, TA_SESSION_STATUS_HELD);
          ta_session_set_notes (session, "Slides and recording on the intranet.");
          if (!ta_store_update_session (store, session, error))
            return FALSE;
        }
    }

  return TRUE;
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
      /* Two people with one name confuse everyone (which Lotte Peeters?):
       * another name is drawn, unless a programme far larger than the
       * name lists leaves no choice. */
      /* The draws again come from their own generator, so that the rest
       * of the programme is what the seed always gave. */
      for (guint attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt++)
        {
          GRand *names_rand = attempt == 0 ? rand : name_rand;

          person->first = (guint) g_rand_int_range (names_rand, 0,
                                                    strv_length (cultures[person->culture].first_names));
          person->last = (guint) g_rand_int_range (names_rand, 0,
                                                   strv_length (cultures[person->culture].last_names));
          g_clear_pointer (&name_key, g_free);
          name_key = g_strdup_printf ("%s %s",
                                      cultures[person->culture].first_names[person->first],
                                      cultures[person->culture].last_names[person->last]);
          if (!g_hash_table_contains (names_taken, name_key))
            break;
        }
      g_hash_table_add (names_taken, g_steal_pointer (&name_key));
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

  roles = g_new (TaRole, n_participants);
  pick_roles (rand, people, n_participants, roles);

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

      location = &locations[pick_location (rand, location_weights, culture)];
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

  if (ret && with_pairings)
    ret = form_pairings (store, rand, error);
  if (ret && with_pairings)
    ret = fill_calendar (store, rand, error);
  if (ret && with_pairings)
    ret = fill_board (store, rand, n_participants, error);

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
 * Without %TA_DEMO_NO_PAIRINGS the programme is a few months in: a few
 * people have paused or left, about half the mentees are paired (see
 * form_pairings()), and the first 1,000 pairings have a calendar (see
 * fill_calendar()), with its monthly series.  With it, it is the day
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
 * ta_demo_fill_full() with pairings: a programme a few months in.
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
