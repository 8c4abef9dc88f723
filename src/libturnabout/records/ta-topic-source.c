/* ta-topic-source.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A source of a topic's research: a link and a note, checked so that
 * clicking it cannot run or open anything but a web page or a mail. */

#define G_LOG_DOMAIN "turnabout-topic"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ta-error.h"
#include "ta-topic-source.h"
#include "ta-validate-private.h"

G_DEFINE_BOXED_TYPE (TaTopicSource, ta_topic_source, ta_topic_source_copy, ta_topic_source_free)

/**
 * ta_topic_source_new:
 * @url: the link
 * @note: (nullable): what it is
 *
 * Returns: (transfer full): a source; see ta_topic_source_validate()
 */
TaTopicSource *
ta_topic_source_new (const char *url,
                     const char *note)
{
  TaTopicSource *source;

  g_return_val_if_fail (url != NULL, NULL);

  source = g_new0 (TaTopicSource, 1);
  source->url = g_strdup (url);
  source->note = note != NULL && *note != '\0' ? g_strdup (note) : NULL;
  return source;
}

TaTopicSource *
ta_topic_source_copy (const TaTopicSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return ta_topic_source_new (source->url, source->note);
}

void
ta_topic_source_free (TaTopicSource *source)
{
  if (source == NULL)
    return;

  g_free (source->url);
  g_free (source->note);
  g_free (source);
}

/**
 * ta_topic_source_validate:
 * @source: a #TaTopicSource
 * @error: a #TA_STORE_ERROR_INVALID saying what is wrong
 *
 * A link is refused unless it is http:// or https:// with a host, or
 * mailto: with an address: other schemes (javascript:, file:) would run
 * or open something when clicked.
 */
gboolean
ta_topic_source_validate (const TaTopicSource  *source,
                          GError              **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (source != NULL, FALSE);

  if (!_ta_validate_text_for_store (N_("Link"), source->url, TA_TOPIC_MAX_URL_CHARS, FALSE, error) ||
      !_ta_validate_text_for_store (N_("Source note"), source->note, TA_TOPIC_MAX_NOTE_CHARS, FALSE, error))
    return FALSE;

  if (_ta_text_is_blank (source->url))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A source needs a link"));
      return FALSE;
    }

  for (const char *p = source->url; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                               _("A link cannot contain spaces"));
          return FALSE;
        }
    }

  uri = g_uri_parse (source->url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 &&
       g_ascii_strcasecmp (scheme, "https") != 0 &&
       g_ascii_strcasecmp (scheme, "mailto") != 0))
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("A link starts with https://, http:// or mailto:"));
      return FALSE;
    }

  if (g_ascii_strcasecmp (scheme, "mailto") == 0
      ? *g_uri_get_path (uri) == '\0'
      : g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error_literal (error, TA_STORE_ERROR, TA_STORE_ERROR_INVALID,
                           _("The link has no address after its scheme"));
      return FALSE;
    }

  return TRUE;
}
