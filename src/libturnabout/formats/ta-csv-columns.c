/* ta-csv-columns.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-csv"

#include "config.h"

#include "ta-csv-private.h"

/*
 * The names a column of a CSV file is known by: ours, the ones HR systems
 * and spreadsheets of people usually have, and the Dutch, French and
 * German ones.  Data only: README.md has the same tables for people
 * (test-csv-formats checks that both list the same names).
 *
 * Names are compared by their key (_ta_csv_header_key()): letters and
 * digits only, without accents, case folded.  So “E-mail address”,
 * “email_address” and “E-Mail Address” are one name, and “Département”
 * is “departement”; names are written here as people write them, and
 * the same name may come twice (for one column only).
 */

/* Column names are part of the file format: never translated. */
const char * const _ta_participant_column_names[TA_N_PARTICIPANT_COLUMNS] = {
  "name", "email", "role", "department", "job_title", "career_level",
  "birth_year", "location", "languages", "offers", "seeks", "availability",
  "capacity", "reports_to", "status", "notes",
};

const char * const _ta_pairing_column_names[TA_N_PAIRING_COLUMNS] = {
  "mentor", "mentee", "status", "started", "goals", "ended", "end_reason",
};

/* Names are "|"-separated: in English (with the names of HR systems and
 * spreadsheets of people), Dutch, French and German. */
typedef struct
{
  int         column;
  const char *en;
  const char *nl;
  const char *fr;
  const char *de;
} Aliases;

static const Aliases participant_aliases[] = {
  { TA_PARTICIPANT_COLUMN_NAME,
    "name|full name|display name|employee name|participant name",
    "naam|volledige naam|voor- en achternaam",
    "nom|nom complet|nom et prénom|prénom et nom|nom prénom",
    "name|vollständiger name|vor- und nachname|mitarbeitername" },
  { TA_PARTICIPANT_COLUMN_EMAIL,
    "email|e-mail|mail|email address|e-mail address|mail address|work e-mail|business e-mail|"
    "primary e-mail",
    "e-mail|e-mailadres|mailadres",
    "e-mail|courriel|adresse e-mail|adresse mail|adresse électronique|adresse courriel|mél",
    "e-mail|e-mail-adresse|mailadresse" },
  { TA_PARTICIPANT_COLUMN_ROLE,
    "role|programme role|program role|mentoring role",
    "rol",
    "rôle",
    "rolle" },
  { TA_PARTICIPANT_COLUMN_DEPARTMENT,
    "department|dept|division|business unit",
    "afdeling|dienst|departement",
    "service|département",
    "abteilung|bereich|fachbereich" },
  { TA_PARTICIPANT_COLUMN_JOB_TITLE,
    "job_title|job title|title|position|job|function|job function",
    "functie|functietitel|jobtitel",
    "fonction|poste|intitulé du poste|titre|titre du poste",
    "stellenbezeichnung|berufsbezeichnung|position|titel|funktion|stelle" },
  { TA_PARTICIPANT_COLUMN_CAREER_LEVEL,
    "career_level|career level|level|grade|job level|seniority",
    "loopbaanniveau|carrièreniveau|functieniveau|niveau",
    "niveau|niveau de carrière|échelon",
    "karrierestufe|stufe|ebene|hierarchiestufe" },
  { TA_PARTICIPANT_COLUMN_BIRTH_YEAR,
    "birth_year|birth year|year of birth|born",
    "geboortejaar",
    "année de naissance",
    "geburtsjahr|jahrgang" },
  { TA_PARTICIPANT_COLUMN_LOCATION,
    "location|office|site|city|work location|office location",
    "locatie|plaats|vestiging|kantoor|standplaats|werkplek",
    "lieu|site|bureau|ville|lieu de travail",
    "standort|ort|büro|arbeitsort|dienstort" },
  { TA_PARTICIPANT_COLUMN_LANGUAGES,
    "languages|language|spoken languages",
    "talen|taal",
    "langues|langue|langues parlées",
    "sprachen|sprache|sprachkenntnisse" },
  { TA_PARTICIPANT_COLUMN_OFFERS,
    "offers|skills|skills offered|expertise|can teach|strengths",
    "biedt|aanbod|vaardigheden|competenties|expertise",
    "compétences|compétences offertes|propose|expertise",
    "fähigkeiten|kompetenzen|bietet|kenntnisse|expertise" },
  { TA_PARTICIPANT_COLUMN_SEEKS,
    "seeks|wants|topics wanted|interests|learning goals|wants to learn",
    "zoekt|wil leren|leerdoelen|leerwensen|interesses",
    "cherche|souhaite apprendre|centres d'intérêt|objectifs d'apprentissage",
    "sucht|möchte lernen|lernziele|interessen" },
  { TA_PARTICIPANT_COLUMN_AVAILABILITY,
    "availability",
    "beschikbaarheid",
    "disponibilité|disponibilités",
    "verfügbarkeit" },
  { TA_PARTICIPANT_COLUMN_CAPACITY,
    "capacity|max mentees|maximum mentees|number of mentees",
    "capaciteit",
    "capacité",
    "kapazität" },
  { TA_PARTICIPANT_COLUMN_REPORTS_TO,
    "reports_to|reports to|manager|manager email|manager e-mail|line manager|line manager e-mail|"
    "supervisor|supervisor e-mail",
    "leidinggevende|rapporteert aan|e-mail leidinggevende|manager",
    "responsable|manager|supérieur|supérieur hiérarchique|rend compte à|n+1",
    "vorgesetzter|vorgesetzte|führungskraft|berichtet an" },
  { TA_PARTICIPANT_COLUMN_STATUS,
    "status|state",
    "status",
    "statut|état",
    "status" },
  { TA_PARTICIPANT_COLUMN_NOTES,
    "notes|note|comments|comment|remarks",
    "opmerkingen|opmerking|notities",
    "notes|commentaires|commentaire|remarques",
    "notizen|bemerkungen|anmerkungen|kommentar|kommentare" },
};

static const Aliases pairing_aliases[] = {
  { TA_PAIRING_COLUMN_MENTOR,
    "mentor|mentor e-mail",
    "mentor|mentor e-mailadres",
    "mentor|e-mail du mentor",
    "mentor|mentor e-mail-adresse" },
  { TA_PAIRING_COLUMN_MENTEE,
    "mentee|mentee e-mail|mentoree|protégé",
    "mentee|mentee e-mailadres",
    "mentoré|mentorée|e-mail du mentoré",
    "mentee|mentee e-mail-adresse" },
  { TA_PAIRING_COLUMN_STATUS,
    "status|state",
    "status",
    "statut|état",
    "status" },
  { TA_PAIRING_COLUMN_STARTED,
    "started|start|start date|started on|since",
    "begin|begindatum|startdatum|gestart|gestart op",
    "début|date de début|depuis",
    "beginn|startdatum|begonnen|seit" },
  { TA_PAIRING_COLUMN_GOALS,
    "goals|goal|objectives",
    "doelen|doelstellingen",
    "objectifs",
    "ziele" },
  { TA_PAIRING_COLUMN_ENDED,
    "ended|end|end date|ended on",
    "einddatum|beëindigd",
    "fin|date de fin",
    "ende|enddatum|beendet" },
  { TA_PAIRING_COLUMN_END_REASON,
    "end_reason|end reason|reason",
    "reden|reden einde",
    "raison|motif|motif de fin",
    "grund|beendigungsgrund" },
};

/* All the names of one column, in the four languages. */
static GStrv
alias_names (const Aliases *aliases)
{
  g_autofree char *all = g_strjoin ("|", aliases->en, aliases->nl, aliases->fr, aliases->de, NULL);

  return g_strsplit (all, "|", -1);
}

/**
 * _ta_csv_header_key:
 * @header: a header cell
 *
 * Returns: (transfer full): its letters and digits, without accents, case
 *   folded: the form names are compared in
 */
char *
_ta_csv_header_key (const char *header)
{
  g_autofree char *decomposed = NULL;
  GString *letters;

  g_assert (header != NULL);

  decomposed = g_utf8_normalize (header, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_ascii_strdown (header, -1);

  letters = g_string_new (NULL);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The accents were split off by NFKD; they and all punctuation and
       * spaces go. */
      if (g_unichar_isalnum (c))
        g_string_append_unichar (letters, c);
    }

  {
    g_autofree char *text = g_string_free (letters, FALSE);

    return g_utf8_casefold (text, -1);
  }
}

static GHashTable *
build_table (const Aliases *aliases,
             guint          n_aliases)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_aliases; i++)
    {
      g_auto(GStrv) names = alias_names (&aliases[i]);

      for (guint j = 0; names[j] != NULL; j++)
        {
          char *key = _ta_csv_header_key (names[j]);
          int known = GPOINTER_TO_INT (g_hash_table_lookup (table, key)) - 1;

          /* A name may be written twice (“role”, “rôle”), but for one
           * column only. */
          if (known >= 0 && known != aliases[i].column)
            g_critical ("The CSV header name “%s” is given to two columns", names[j]);
          g_hash_table_insert (table, key, GINT_TO_POINTER (aliases[i].column + 1));
        }
    }

  return table;
}

static int
lookup (GHashTable *table,
        const char *header)
{
  g_autofree char *key = _ta_csv_header_key (header);

  return GPOINTER_TO_INT (g_hash_table_lookup (table, key)) - 1;
}

/* Built once, read from any thread afterwards. */
int
_ta_csv_lookup_participant_column (const char *header)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, build_table (participant_aliases,
                                                    G_N_ELEMENTS (participant_aliases)));

  return lookup (table, header);
}

int
_ta_csv_lookup_pairing_column (const char *header)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, build_table (pairing_aliases,
                                                    G_N_ELEMENTS (pairing_aliases)));

  return lookup (table, header);
}

/**
 * _ta_csv_kind_of_header:
 * @header: a reader whose current record is the header row
 *
 * A table of pairs names a mentor and a mentee and no participant's name
 * or e-mail; anything else is read as participants (whose import then
 * says which columns are missing).
 */
TaCsvKind
_ta_csv_kind_of_header (TaCsvReader *header)
{
  gboolean mentor = FALSE;
  gboolean mentee = FALSE;
  gboolean person = FALSE;

  for (guint i = 0; i < ta_csv_reader_get_n_fields (header); i++)
    {
      const char *cell;
      int column;

      if (ta_csv_reader_get_invalid_line (header, i) != 0)
        continue;
      cell = ta_csv_reader_get_field (header, i, NULL);

      column = _ta_csv_lookup_participant_column (cell);
      if (column == TA_PARTICIPANT_COLUMN_NAME || column == TA_PARTICIPANT_COLUMN_EMAIL)
        person = TRUE;

      column = _ta_csv_lookup_pairing_column (cell);
      mentor |= column == TA_PAIRING_COLUMN_MENTOR;
      mentee |= column == TA_PAIRING_COLUMN_MENTEE;
    }

  return mentor && mentee && !person ? TA_CSV_KIND_PAIRINGS : TA_CSV_KIND_PARTICIPANTS;
}

/* For the tests: every name of the table, to check that each is read. */
GStrv
_ta_csv_list_header_names (gboolean pairings)
{
  const Aliases *aliases = pairings ? pairing_aliases : participant_aliases;
  guint n = pairings ? G_N_ELEMENTS (pairing_aliases) : G_N_ELEMENTS (participant_aliases);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) names = alias_names (&aliases[i]);

      g_strv_builder_addv (builder, (const char **) names);
    }

  return g_strv_builder_end (builder);
}
