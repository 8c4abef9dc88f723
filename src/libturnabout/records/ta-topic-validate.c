/* ta-topic-validate.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a topic must be before the store takes it, as
 * ta-participant-validate.c is for participants. */

#define G_LOG_DOMAIN "turnabout-topic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-error.h"
#include "ta-topic-private.h"
#include "ta-validate-private.h"

static gboolean
validate_date (const char  *text,
               GError     **error)
{
  guint year, month, day;

  if (text == NULL)
    return TRUE;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) || !g_ascii_isdigit (text[2]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[6]) ||
      !g_ascii_isdigit (text[8]) || !g_ascii_isdigit (text[9]))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The due date is written YYYY-MM-DD, for example 2026-03-31"));
      return FALSE;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (year < 1900 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The due date is not a real date"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_long_text (const char  *label,
                    const char  *text,
                    gsize        max_chars,
                    GError     **error)
{
  if (!_ta_validate_text_for_store (label, text, 0, TRUE, error))
    return FALSE;

  if (text != NULL && g_utf8_strlen (text, -1) > (glong) max_chars)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: %1$s is a field such as “Description”, %2$zu a number */
                   _("The field “%1$s” is too long (at most %2$zu characters)"),
                   _(label), max_chars);
      return FALSE;
    }

  return TRUE;
}

/**
 * ta_topic_validate:
 * @self: a #TaTopic
 * @error: a #TA_STORE_ERROR_INVALID saying which field is wrong and why
 *
 * Checks the values of one topic on their own; the store checks what
 * depends on others (the people and the session exist).
 */
gboolean
ta_topic_validate (TaTopic  *self,
                   GError  **error)
{
  guint n_tags;

  g_return_val_if_fail (TA_IS_TOPIC (self), FALSE);

  /* Text first: hostile text is refused naming its field, whatever else
   * is wrong. */
  if (!_ta_validate_text_for_store (N_("Title"), self->title, TA_TOPIC_MAX_TITLE_CHARS, FALSE, error) ||
      !validate_long_text (N_("Description"), self->description, TA_TOPIC_MAX_DESCRIPTION_CHARS, error) ||
      !validate_long_text (N_("Outcome"), self->outcome, TA_TOPIC_MAX_OUTCOME_CHARS, error))
    return FALSE;

  n_tags = self->tags != NULL ? g_strv_length (self->tags) : 0;
  for (guint i = 0; i < n_tags; i++)
    {
      if (!_ta_validate_text_for_store (N_("Tags"), self->tags[i], TA_TOPIC_MAX_TAG_CHARS, FALSE, error))
        return FALSE;
      if (strchr (self->tags[i], ';') != NULL)
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("A tag cannot contain “;”"));
          return FALSE;
        }
    }

  if (_ta_text_is_blank (self->title))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A topic needs a title"));
      return FALSE;
    }

  if (n_tags > TA_TOPIC_MAX_TAGS)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A topic can have at most %d tags"), TA_TOPIC_MAX_TAGS);
      return FALSE;
    }

  if (self->sources->len > TA_TOPIC_MAX_SOURCES)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   _("A topic can have at most %d sources"), TA_TOPIC_MAX_SOURCES);
      return FALSE;
    }

  for (guint i = 0; i < self->sources->len; i++)
    {
      if (!ta_topic_source_validate (g_ptr_array_index (self->sources, i), error))
        {
          /* Translators: a prefix; %u is the number of the source, from 1 */
          g_prefix_error (error, _("Source %u: "), i + 1);
          return FALSE;
        }
    }

  if (self->researchers->len > TA_TOPIC_MAX_PEOPLE || self->interested->len > TA_TOPIC_MAX_PEOPLE)
    {
      g_set_error (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                   /* Translators: both are numbers of people */
                   _("A topic can have at most %1$d researchers and %2$d interested people"),
                   TA_TOPIC_MAX_PEOPLE, TA_TOPIC_MAX_PEOPLE);
      return FALSE;
    }

  if (!validate_date (self->due_date, error))
    return FALSE;

  if (self->stage >= TA_N_TOPIC_STAGES)
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The topic is in no stage of the board"));
      return FALSE;
    }

  return TRUE;
}
