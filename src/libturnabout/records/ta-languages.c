/* ta-languages.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-languages"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-languages.h"
#include "ta-participant.h"

/*
 * Participants keep the languages they speak as ISO 639-1 codes ("fr"),
 * so that "French", "français" and "fr" are one language to the matcher's
 * common-language rule; people read and type names.  Codes that are not
 * in this table (a dialect, a typo) are kept and shown as they are.
 */

typedef struct
{
  const char *code;
  const char *name;     /* English, translated at run time */
  const char *autonym;  /* how its speakers write it, never translated */
} Language;

/* Translators: the names of languages, as a participant's "Languages"
 * list shows them ("French, Lingala"); they are sorted by their
 * translation, and typed names are looked up in it too. */
static const Language languages[] = {
  { "af", N_("Afrikaans"), "Afrikaans" },
  { "am", N_("Amharic"), "አማርኛ" },
  { "ar", N_("Arabic"), "العربية" },
  { "bg", N_("Bulgarian"), "български" },
  { "bn", N_("Bengali"), "বাংলা" },
  { "bs", N_("Bosnian"), "bosanski" },
  { "ca", N_("Catalan"), "català" },
  { "cs", N_("Czech"), "čeština" },
  { "cy", N_("Welsh"), "Cymraeg" },
  { "da", N_("Danish"), "dansk" },
  { "de", N_("German"), "Deutsch" },
  { "el", N_("Greek"), "ελληνικά" },
  { "en", N_("English"), "English" },
  { "es", N_("Spanish"), "español" },
  { "et", N_("Estonian"), "eesti" },
  { "eu", N_("Basque"), "euskara" },
  { "fa", N_("Persian"), "فارسی" },
  { "fi", N_("Finnish"), "suomi" },
  { "fr", N_("French"), "français" },
  { "ga", N_("Irish"), "Gaeilge" },
  { "he", N_("Hebrew"), "עברית" },
  { "hi", N_("Hindi"), "हिन्दी" },
  { "hr", N_("Croatian"), "hrvatski" },
  { "hu", N_("Hungarian"), "magyar" },
  { "hy", N_("Armenian"), "հայերեն" },
  { "id", N_("Indonesian"), "Bahasa Indonesia" },
  { "is", N_("Icelandic"), "íslenska" },
  { "it", N_("Italian"), "italiano" },
  { "ja", N_("Japanese"), "日本語" },
  { "ka", N_("Georgian"), "ქართული" },
  { "kk", N_("Kazakh"), "қазақ тілі" },
  { "ko", N_("Korean"), "한국어" },
  { "ku", N_("Kurdish"), "Kurdî" },
  { "lb", N_("Luxembourgish"), "Lëtzebuergesch" },
  { "ln", N_("Lingala"), "lingála" },
  { "lt", N_("Lithuanian"), "lietuvių" },
  { "lv", N_("Latvian"), "latviešu" },
  { "mk", N_("Macedonian"), "македонски" },
  { "ms", N_("Malay"), "Bahasa Melayu" },
  { "mt", N_("Maltese"), "Malti" },
  { "nl", N_("Dutch"), "Nederlands" },
  { "no", N_("Norwegian"), "norsk" },
  { "pa", N_("Punjabi"), "ਪੰਜਾਬੀ" },
  { "pl", N_("Polish"), "polski" },
  { "ps", N_("Pashto"), "پښتو" },
  { "pt", N_("Portuguese"), "português" },
  { "ro", N_("Romanian"), "română" },
  { "ru", N_("Russian"), "русский" },
  { "rw", N_("Kinyarwanda"), "Ikinyarwanda" },
  { "sk", N_("Slovak"), "slovenčina" },
  { "sl", N_("Slovenian"), "slovenščina" },
  { "so", N_("Somali"), "Soomaali" },
  { "sq", N_("Albanian"), "shqip" },
  { "sr", N_("Serbian"), "српски" },
  { "sv", N_("Swedish"), "svenska" },
  { "sw", N_("Swahili"), "Kiswahili" },
  { "ta", N_("Tamil"), "தமிழ்" },
  { "th", N_("Thai"), "ไทย" },
  { "ti", N_("Tigrinya"), "ትግርኛ" },
  { "tl", N_("Tagalog"), "Tagalog" },
  { "tr", N_("Turkish"), "Türkçe" },
  { "uk", N_("Ukrainian"), "українська" },
  { "ur", N_("Urdu"), "اردو" },
  { "vi", N_("Vietnamese"), "Tiếng Việt" },
  { "wo", N_("Wolof"), "Wolof" },
  { "yo", N_("Yoruba"), "Yorùbá" },
  { "zh", N_("Chinese"), "中文" },
};

static const Language *
find_by_code (const char *code)
{
  g_autofree char *lower = NULL;

  if (code == NULL || strlen (code) != 2)
    return NULL;

  lower = g_ascii_strdown (code, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      if (strcmp (languages[i].code, lower) == 0)
        return &languages[i];
    }

  return NULL;
}

/* Folded names (English, translated, the language's own) → code, built
 * once: an import of thousands of people looks names up many times, and
 * the user's language does not change while the program runs. */
static GHashTable *
get_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
        {
          const char *forms[] = { languages[i].autonym, languages[i].name, _(languages[i].name) };

          /* The translation wins over another language's own name. */
          for (gsize f = 0; f < G_N_ELEMENTS (forms); f++)
            g_hash_table_replace (table, ta_search_fold (forms[f]), (gpointer) languages[i].code);
        }

      g_once_init_leave (&names, table);
    }

  return names;
}

/**
 * ta_language_get_name:
 * @code: (nullable): an ISO 639-1 code, in any case
 *
 * Returns: (nullable): the language's name in the user's language, or
 *   %NULL if @code is not one this table knows
 */
const char *
ta_language_get_name (const char *code)
{
  const Language *language = find_by_code (code);

  return language != NULL ? _(language->name) : NULL;
}

/**
 * ta_language_dup_display_name:
 * @code: (nullable): what a participant's languages hold
 *
 * Returns: (transfer full): the language's name, or @code itself when it
 *   is not a known code
 */
char *
ta_language_dup_display_name (const char *code)
{
  const char *name = ta_language_get_name (code);

  return g_strdup (name != NULL ? name : (code != NULL ? code : ""));
}

/**
 * ta_language_find_code:
 * @text: (nullable): a code or a name, as a person typed it
 *
 * Looks @text up as a code, as a name in English, in the user's language
 * or as the language's own name ("français"), ignoring case and accents.
 *
 * Returns: (nullable): the code, or %NULL if nothing matches
 */
const char *
ta_language_find_code (const char *text)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;
  const Language *language;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return NULL;

  language = find_by_code (stripped);
  if (language != NULL)
    return language->code;

  folded = ta_search_fold (stripped);
  return g_hash_table_lookup (get_names (), folded);
  return NULL;
}

/**
 * ta_language_normalize:
 * @text: (nullable): a code or a name
 *
 * Returns: (transfer full): the code a language name stands for; a code,
 *   or text that is no language this table knows, without surrounding
 *   space
 */
char *
ta_language_normalize (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *code;

  /* A code stays as it was written ("EN"): only names become codes. */
  if (find_by_code (stripped) != NULL)
    return g_steal_pointer (&stripped);

  code = ta_language_find_code (stripped);
  if (code != NULL)
    return g_strdup (code);

  return g_steal_pointer (&stripped);
}

/**
 * ta_languages_normalize:
 * @languages: (nullable) (array zero-terminated=1): codes or names
 *
 * Each item becomes its code (ta_language_normalize()); empty items and
 * the second of two that name one language are dropped.
 *
 * Returns: (transfer full) (nullable): the codes, or %NULL for %NULL
 */
GStrv
ta_languages_normalize (const char * const *languages_in)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  if (languages_in == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  seen = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; languages_in[i] != NULL; i++)
    {
      g_autofree char *code = ta_language_normalize (languages_in[i]);
      g_autofree char *folded = NULL;
      gboolean duplicate = FALSE;

      if (code[0] == '\0')
        continue;

      folded = ta_search_fold (code);
      for (guint j = 0; j < seen->len && !duplicate; j++)
        duplicate = strcmp (g_ptr_array_index (seen, j), folded) == 0;
      if (duplicate)
        continue;

      g_ptr_array_add (seen, g_steal_pointer (&folded));
      g_strv_builder_add (builder, code);
    }

  return g_strv_builder_end (builder);
}

/**
 * ta_languages_join_names:
 * @codes: (nullable) (array zero-terminated=1): a participant's languages
 *
 * Returns: (transfer full): their names as a list ("French, Lingala")
 */
char *
ta_languages_join_names (const char * const *codes)
{
  GString *text = g_string_new (NULL);

  for (gsize i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autofree char *name = ta_language_dup_display_name (codes[i]);

      if (i > 0)
        /* Translators: the separator between languages */
        g_string_append (text, _(", "));
      g_string_append (text, name);
    }

  return g_string_free (text, FALSE);
}

typedef struct
{
  const Language *language;
  char *key;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *ea = a;
  const SortEntry *eb = b;

  return strcmp (ea->key, eb->key);
}

static GStrv
list_sorted (gboolean names)
{
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry),
                                                 G_N_ELEMENTS (languages));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* Sorted by the translated names, in the order of the user's language. */
  for (gsize i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      SortEntry entry = { &languages[i], g_utf8_collate_key (_(languages[i].name), -1) };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);

      g_strv_builder_add (builder, names ? _(entry->language->name) : entry->language->code);
      g_free (entry->key);
    }

  return g_strv_builder_end (builder);
}

/**
 * ta_languages_list_codes:
 *
 * Returns: (transfer full): every code the table knows, sorted by the
 *   languages' names in the user's language
 */
GStrv
ta_languages_list_codes (void)
{
  return list_sorted (FALSE);
}

/**
 * ta_languages_list_names:
 *
 * Returns: (transfer full): every language's name in the user's language,
 *   sorted
 */
GStrv
ta_languages_list_names (void)
{
  return list_sorted (TRUE);
}
