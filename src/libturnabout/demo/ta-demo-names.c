/* ta-demo-names.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The sample programme's name tables: cultures with their first and last
 * names, places, departments with their job titles, topics, notes and
 * companies.  Sample data, deliberately not translated (see ta-demo.c). */

#define G_LOG_DOMAIN "turnabout-demo"

#include "config.h"

#include "ta-demo-private.h"

const Culture _ta_demo_cultures[] = {
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

const Location _ta_demo_locations[] = {
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

const Department _ta_demo_departments[] = {
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
      "General Counsel" }, 0 },  /* DEMO_SMALL_DEPARTMENT */
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
const char * const _ta_demo_digital_topics[] = {
  "AI tools", "Prompt writing", "TikTok and Instagram", "LinkedIn personal branding",
  "Slack and Teams", "Data visualisation", "Power BI dashboards", "Inclusive language",
  "Gen Z expectations", "Hybrid work", "No-code automation", "Cybersecurity hygiene",
  "Video editing", "Notion", "Generative AI for writing", "Excel power tips",
  "Podcasting", "Accessibility basics", "Social listening", "Remote facilitation",
};

/* What seniors share in return. */
const char * const _ta_demo_experience_topics[] = {
  "Negotiation", "Stakeholder management", "Career planning", "Public speaking",
  "Strategic thinking", "Leading teams", "Budgeting", "Giving feedback",
  "Managing conflict", "Networking", "Decision making", "Change management",
  "Client relationships", "Writing for executives", "Time management",
  "Navigating the organisation",
};

const char * const _ta_demo_notes_pool[] = {
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
const guint _ta_demo_level_weights[] = { 0, 16, 18, 16, 16, 16, 11, 7 };

/* The _ta_demo_companies a seed can pick; the e-mail domain is theirs. */
const char * const _ta_demo_companies[] = {
  "brightlane", "northwind", "kestrel-group", "meridian-bank", "lumen-insurance",
  "scheldt-logistics",
};
