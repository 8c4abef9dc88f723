/* ta-participant-search.c
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

/* Accent- and case-insensitive search over participants. */

#define G_LOG_DOMAIN "ta-participant"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant-private.h"

/* Search */

/**
 * ta_search_fold:
 * @text: (nullable): text typed by a person, or a field to search in
 *
 * Folds case and drops accents, so “celine” finds “Céline” and “ÇA” finds
 * “ça”.  Plain ASCII, by far the common case, takes a fast path.
 *
 * Returns: (transfer full): the folded text
 */
char *
ta_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *stripped;
  gboolean ascii = TRUE;

  if (text == NULL)
    return g_strdup ("");

  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        {
          ascii = FALSE;
          break;
        }
    }
  if (ascii)
    return g_ascii_strdown (text, -1);

  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK ||
          type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (stripped, c);
    }

  return g_string_free (stripped, FALSE);
}

static void
append_field (GString    *key,
              const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  g_string_append (key, text);
  /* A separator no query contains, so a match never spans two fields. */
  g_string_append_c (key, '\n');
}

/**
 * _ta_participant_get_search_key:
 * @self: a #TaParticipant
 *
 * The folded name, e-mail, department and skills, built once: the store
 * builds it while loading, so the first keystroke costs no more than the
 * next.
 *
 * Returns: (transfer none): the search key
 */
const char *
_ta_participant_get_search_key (TaParticipant *self)
{
  g_autoptr(GString) key = NULL;
  gboolean ascii = TRUE;

  if (self->search_key != NULL)
    return self->search_key;

  key = g_string_sized_new (128);
  append_field (key, self->name);
  append_field (key, self->email);
  append_field (key, self->department);
  for (guint i = 0; self->offers != NULL && self->offers[i] != NULL; i++)
    append_field (key, self->offers[i]);
  for (guint i = 0; self->seeks != NULL && self->seeks[i] != NULL; i++)
    append_field (key, self->seeks[i]);

  /* Plain ASCII, the common case, is lowered in place. */
  for (gsize i = 0; i < key->len; i++)
    {
      guchar c = (guchar) key->str[i];

      if (c >= 0x80)
        {
          ascii = FALSE;
          break;
        }
      key->str[i] = g_ascii_tolower (c);
    }

  if (ascii)
    self->search_key = g_string_free (g_steal_pointer (&key), FALSE);
  else
    self->search_key = ta_search_fold (key->str);

  return self->search_key;
}

static gboolean
contains_word (const char *haystack,
               const char *word,
               gsize       word_len)
{
  for (const char *p = strchr (haystack, word[0]); p != NULL; p = strchr (p + 1, word[0]))
    {
      if (strncmp (p, word, word_len) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * ta_participant_matches:
 * @self: a #TaParticipant
 * @folded_query: a query folded once with ta_search_fold()
 *
 * Every space-separated word of the query must occur in the name, e-mail,
 * department, skills offered or topics wanted.  An empty query matches.
 */
gboolean
ta_participant_matches (TaParticipant *self,
                        const char    *folded_query)
{
  const char *key;
  const char *word;

  g_return_val_if_fail (TA_IS_PARTICIPANT (self), FALSE);

  if (folded_query == NULL)
    return TRUE;

  key = _ta_participant_get_search_key (self);
  word = folded_query;
  while (*word != '\0')
    {
      gsize len;

      while (*word == ' ')
        word++;
      if (*word == '\0')
        break;
      len = strcspn (word, " ");
      if (!contains_word (key, word, len))
        return FALSE;
      word += len;
    }

  return TRUE;
}
