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

#define G_LOG_DOMAIN "ta-participant"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-participant-private.h"
#include "ta-store.h"
#include "ta-validate-private.h"

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

gboolean
ta_validate_name (const char  *name,
                  GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GError) local_error = NULL;

  if (name == NULL || *(stripped = g_strstrip (g_strdup (name))) == '\0')
    {
      g_set_error_literal (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_NAME,
                           _("A name is required"));
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

gboolean
ta_validate_email (const char  *email,
                   GError     **error)
{
  const char *at;
  const char *dot;
  g_autoptr(GError) local_error = NULL;

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


/* Whether @text is NULL, empty or only spaces. */
gboolean
_ta_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

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
