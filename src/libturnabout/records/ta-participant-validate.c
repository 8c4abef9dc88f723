/* ta-participant-validate.c
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

/* The rules a participant's values must follow, shared by the store,
 * the CSV importer and the editor. */

#define G_LOG_DOMAIN "turnabout-participant"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant-private.h"
#include "ta-error.h"
#include "ta-validate-private.h"

/* Invisible characters
 *
 * Format characters (general category Cf: zero-width space and joiners,
 * the bidi marks, embeddings, overrides and isolates, the byte order
 * mark, the soft hyphen, …) and the few other characters Unicode calls
 * default-ignorable (the Hangul fillers, the variation selectors, the
 * combining grapheme joiner) show nothing where they stand.  A name made
 * only of them looks empty; an e-mail address with one looks exactly
 * like another person's address and is not the same to the store. */

static gboolean
is_invisible (gunichar c)
{
  if (g_unichar_type (c) == G_UNICODE_FORMAT)
    return TRUE;

  switch (c)
    {
    case 0x034F: /* combining grapheme joiner */
    case 0x115F: /* Hangul choseong filler */
    case 0x1160: /* Hangul jungseong filler */
    case 0x3164: /* Hangul filler */
    case 0xFFA0: /* halfwidth Hangul filler */
      return TRUE;
    default:
      return (c >= 0x180B && c <= 0x180F) ||   /* Mongolian variation selectors */
             (c >= 0xFE00 && c <= 0xFE0F) ||   /* variation selectors */
             (c >= 0xE0100 && c <= 0xE01EF);   /* variation selectors supplement */
    }
}

/* The first invisible character of @text, or (with @spaces) the first
 * invisible or non-ASCII space; 0 when there is none.  @out_position
 * gets its position in characters, from 1.  Bytes that are not UTF-8
 * are skipped: ta_validate_text() reports those. */
gunichar
_ta_text_find_invisible (const char *text,
                         gboolean    spaces,
                         glong      *out_position)
{
  glong position = 0;

  for (const char *p = text; p != NULL && *p != '\0'; )
    {
      gunichar c;

      position++;
      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }

      if (is_invisible (c) || (spaces && g_unichar_isspace (c)))
        {
          if (out_position != NULL)
            *out_position = position;
          return c;
        }
      p = g_utf8_next_char (p);
    }

  return 0;
}

/* Validation */

/**
 * ta_validate_text:
 * @field_label: what the field is called, untranslated (marked with N_()):
 *   it is translated only if the text is refused
 * @text: (nullable): the text
 * @max_chars: the most characters a single-line text may have
 * @multi_line: whether line breaks and tabs are allowed (notes)
 * @error: says what is wrong, naming the field
 */
gboolean
ta_validate_text (const char  *field_label,
                  const char  *text,
                  gsize        max_chars,
                  gboolean     multi_line,
                  GError     **error)
{
  const char *end;

  g_return_val_if_fail (field_label != NULL, FALSE);

  if (text == NULL)
    return TRUE;

  /* Plain printable ASCII, nearly every cell of an import, in one pass. */
  {
    gsize length = 0;
    gboolean plain = TRUE;

    for (const guchar *p = (const guchar *) text; *p != '\0'; p++, length++)
      {
        if (*p >= 0x80 || *p < 0x20 || *p == 0x7f)
          {
            plain = FALSE;
            break;
          }
      }

    if (plain)
      {
        if (multi_line ? length <= TA_PARTICIPANT_MAX_NOTES_BYTES : length <= max_chars)
          return TRUE;
      }
  }

  if (!g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                   /* Translators: %1$s is a field such as “Department”, %2$zu a byte offset */
                   _("The field “%1$s” is not valid UTF-8 text (bad byte at position %2$zu)"),
                   _(field_label), (gsize) (end - text));
      return FALSE;
    }

  if (multi_line && strlen (text) > TA_PARTICIPANT_MAX_NOTES_BYTES)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                   _("The field “%1$s” is too long (at most %2$d bytes)"),
                   _(field_label), TA_PARTICIPANT_MAX_NOTES_BYTES);
      return FALSE;
    }

  if (!multi_line && g_utf8_strlen (text, -1) > (glong) max_chars)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                   _("The field “%1$s” is too long (at most %2$zu characters)"),
                   _(field_label), max_chars);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (multi_line && (c == '\n' || c == '\t' || c == '\r'))
        continue;
      if (g_unichar_iscntrl (c))
        {
          g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                       multi_line ? _("The field “%s” contains a control character")
                                  : _("The field “%s” contains a line break or a control character"),
                       _(field_label));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ta_validate_name:
 * @name: (nullable): a participant's name
 * @error: %TA_PARTICIPANT_ERROR_NAME says what is wrong
 *
 * A name is required: one made only of spaces and invisible characters
 * (see ta_validate_email()) counts as missing.
 */
gboolean
ta_validate_name (const char  *name,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (_ta_text_is_blank (name))
    {
      g_autofree char *stripped = name != NULL ? g_strstrip (g_strdup (name)) : NULL;

      if (stripped == NULL || *stripped == '\0')
        g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME,
                             _("A name is required"));
      else
        g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME,
                             _("A name is required: this one has only spaces or invisible characters"));
      return FALSE;
    }

  if (!ta_validate_text (N_("Name"), name, TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, &local_error))
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME,
                           local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_validate_email:
 * @email: (nullable): an e-mail address
 * @error: %TA_PARTICIPANT_ERROR_EMAIL says what is wrong
 *
 * An address is required, has one `@` with something before it and a
 * dotted domain after it, and no space, control or invisible character
 * (Unicode format characters such as U+200B or U+202E, fillers, variation
 * selectors, spaces other than ASCII): two addresses that look the same
 * must be the same.
 */
gboolean
ta_validate_email (const char  *email,
                   GError     **error)
{
  const char *at;
  const char *dot;
  g_autoptr(GError) local_error = NULL;
  gunichar invisible;
  glong position = 0;

  if (email == NULL || *email == '\0')
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL,
                           _("An e-mail address is required"));
      return FALSE;
    }

  if (!ta_validate_text (N_("E-mail address"), email, TA_PARTICIPANT_MAX_EMAIL_CHARS,
                         FALSE, &local_error))
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL,
                           local_error->message);
      return FALSE;
    }

  invisible = _ta_text_find_invisible (email, TRUE, &position);
  if (invisible != 0)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL,
                   /* Translators: %1$04X is a Unicode code point in hexadecimal
                    * (shown as U+200B), %2$ld the position of the character */
                   _("The e-mail address contains an invisible character, U+%1$04X, at character %2$ld; "
                     "type the address again without it"),
                   (guint) invisible, position);
      return FALSE;
    }

  /* Deliberately simple: one @, something before it, a dotted domain after
   * it, no spaces.  The address is for people, not for a mail server. */
  at = strchr (email, '@');
  dot = at != NULL ? strrchr (at, '.') : NULL;
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL ||
      dot == NULL || dot == at + 1 || dot[1] == '\0' ||
      strpbrk (email, " \t\"<>,;:()[]\\") != NULL)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_EMAIL,
                   _("“%s” is not a valid e-mail address"), email);
      return FALSE;
    }

  return TRUE;
}

/*
 * E-mail identity
 *
 * Whether two addresses are one person's is decided, in the end, by the
 * store's UNIQUE constraint on participants.email, whose collation is
 * SQLite's NOCASE: ASCII letters compare without regard to case, every
 * other character exactly.  Every importer, lookup and matcher uses the
 * same rule through ta_email_fold(), so none of them can call two
 * addresses one that the store calls two, or the other way round:
 * “Chloé@Example.be” and “chloé@example.be” are one person,
 * “CHLOÉ@example.be” another (the É is not ASCII).  Before that, the
 * address is brought to Unicode NFC, which the store also writes: an é
 * typed as e + U+0301 is the é of the programme.
 */

/**
 * ta_email_normalize:
 * @email: an e-mail address
 *
 * Returns: (transfer full): @email as the store keeps it: without
 *   surrounding spaces, in Unicode NFC
 */
char *
ta_email_normalize (const char *email)
{
  g_autofree char *stripped = NULL;
  char *composed;

  g_return_val_if_fail (email != NULL, NULL);

  stripped = g_strstrip (g_strdup (email));
  if (g_str_is_ascii (stripped))
    return g_steal_pointer (&stripped);

  /* NULL for text that is not UTF-8, which validation refuses anyway. */
  composed = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFC);
  return composed != NULL ? composed : g_steal_pointer (&stripped);
}

/**
 * ta_email_fold:
 * @email: an e-mail address
 *
 * The identity of an address (see the comment above): two addresses are
 * one person's exactly when their folds are equal.
 *
 * Returns: (transfer full): @email normalized, with ASCII letters in
 *   lower case
 */
char *
ta_email_fold (const char *email)
{
  char *folded;

  g_return_val_if_fail (email != NULL, NULL);

  folded = ta_email_normalize (email);
  for (char *p = folded; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);

  return folded;
}

/**
 * ta_email_equal:
 * @a: (nullable): an e-mail address
 * @b: (nullable): another
 *
 * Returns: whether @a and @b are one person's address (ta_email_fold())
 */
gboolean
ta_email_equal (const char *a,
                const char *b)
{
  g_autofree char *folded_a = NULL;
  g_autofree char *folded_b = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  folded_a = ta_email_fold (a);
  folded_b = ta_email_fold (b);
  return strcmp (folded_a, folded_b) == 0;
}

/* The year now, looked up again only when the day changes: an import
 * checks a birth year on every row. */
static int
current_year (void)
{
  G_LOCK_DEFINE_STATIC (cache);
  static gint64 cached_day = -1;
  static int cached_year;
  gint64 day = g_get_real_time () / G_USEC_PER_SEC / (24 * 60 * 60);
  int year;

  G_LOCK (cache);
  if (day != cached_day)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      cached_year = g_date_time_get_year (now);
      cached_day = day;
    }
  year = cached_year;
  G_UNLOCK (cache);

  return year;
}

gboolean
ta_validate_birth_year (int      birth_year,
                        GError **error)
{
  int this_year;

  /* 0 is "not given" */
  if (birth_year == 0)
    return TRUE;

  /* A participant is at least 14 (interns, apprentices). */
  this_year = current_year ();
  if (birth_year < TA_PARTICIPANT_MIN_BIRTH_YEAR || birth_year > this_year - 14)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_BIRTH_YEAR,
                   _("The birth year must be between %1$d and %2$d"),
                   TA_PARTICIPANT_MIN_BIRTH_YEAR, this_year - 14);
      return FALSE;
    }

  return TRUE;
}

gboolean
ta_validate_capacity (int      capacity,
                      GError **error)
{
  if (capacity < 0 || capacity > TA_PARTICIPANT_MAX_CAPACITY)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY,
                   _("The capacity must be between 0 and %d mentees"),
                   TA_PARTICIPANT_MAX_CAPACITY);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_validate_mentor_capacity:
 * @role: the participant's role
 * @status: their status
 * @capacity: how many mentees they take on
 * @error: %TA_PARTICIPANT_ERROR_CAPACITY says what is wrong
 *
 * An active mentor (or both) must have room for at least one mentee:
 * with none they could never be paired, and ta_store_check() says so.
 * A mentee's capacity does not matter.
 */
gboolean
ta_validate_mentor_capacity (TaRole               role,
                             TaParticipantStatus  status,
                             int                  capacity,
                             GError             **error)
{
  if (role != TA_ROLE_MENTEE && status == TA_PARTICIPANT_STATUS_ACTIVE && capacity < 1)
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAPACITY,
                           _("An active mentor needs a capacity of at least 1 mentee "
                             "(or make them a mentee, or pause them)"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_list (const char         *field_label,
               const char * const *items,
               GError            **error)
{
  guint n = 0;

  for (; items != NULL && items[n] != NULL; n++)
    {
      if (!ta_validate_text (field_label, items[n], TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, error))
        return FALSE;
      if (strchr (items[n], ';') != NULL)
        {
          g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                       _("An item of the field “%s” contains “;”, which separates items"), _(field_label));
          return FALSE;
        }
    }

  if (n > TA_PARTICIPANT_MAX_LIST_ITEMS)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                   _("The field “%1$s” has too many items (at most %2$d)"),
                   _(field_label), TA_PARTICIPANT_MAX_LIST_ITEMS);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_participant_validate:
 * @self: a #TaParticipant
 * @error: the first problem found, in a #TA_PARTICIPANT_ERROR code that
 *   names the field
 *
 * Checks every field before anything is written.
 */
gboolean
ta_participant_validate (TaParticipant  *self,
                         GError        **error)
{
  g_return_val_if_fail (TA_IS_PARTICIPANT (self), FALSE);

  /* Labels are translated only when they end up in a message: validation
   * runs for every row of an import. */
  if (!ta_validate_name (self->name, error) ||
      !ta_validate_email (self->email, error) ||
      !ta_validate_birth_year (self->birth_year, error) ||
      !ta_validate_capacity (self->capacity, error) ||
      !ta_validate_mentor_capacity (self->role, self->status, self->capacity, error) ||
      !ta_validate_text (N_("Department"), self->department,
                         TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, error) ||
      !ta_validate_text (N_("Job title"), self->job_title,
                         TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, error) ||
      !ta_validate_text (N_("Location"), self->location,
                         TA_PARTICIPANT_MAX_FIELD_CHARS, FALSE, error) ||
      !ta_validate_text (N_("Notes"), self->notes, 0, TRUE, error) ||
      !validate_list (N_("Languages"), ta_participant_get_languages (self), error) ||
      !validate_list (N_("Skills offered"), ta_participant_get_offers (self), error) ||
      !validate_list (N_("Topics wanted"), ta_participant_get_seeks (self), error))
    return FALSE;

  if (self->career_level < 0 || self->career_level > TA_CAREER_LEVEL_MAX)
    {
      g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_CAREER_LEVEL,
                   _("The career level must be between %1$d and %2$d"),
                   TA_CAREER_LEVEL_MIN, TA_CAREER_LEVEL_MAX);
      return FALSE;
    }

  if (self->reports_to != 0 && self->reports_to == self->id)
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_REPORTS_TO,
                           _("A participant cannot be their own manager"));
      return FALSE;
    }

  return TRUE;
}


/* Whether @text is NULL, empty, or only spaces and invisible characters
 * (which a person reading it cannot tell from empty). */
gboolean
_ta_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2 ||
          !(g_unichar_isspace (c) || is_invisible (c)))
        return FALSE;
      p = g_utf8_next_char (p);
    }

  return TRUE;
}

/* ta_validate_text(), reported in the store's error domain. */
gboolean
_ta_validate_text_for_store (const char  *field_label,
                             const char  *text,
                             gsize        max_chars,
                             gboolean     multi_line,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ta_validate_text (field_label, text, max_chars, multi_line, &local_error))
    return TRUE;

  g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID, local_error->message);
  return FALSE;
}
