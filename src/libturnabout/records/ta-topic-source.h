/* ta-topic-source.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TA_TOPIC_MAX_URL_CHARS 2000
#define TA_TOPIC_MAX_NOTE_CHARS 500

/**
 * TaTopicSource:
 * @url: an http://, https:// or mailto: link
 * @note: (nullable): what it is, why it matters
 *
 * A source of a topic's research.
 */
typedef struct
{
  char *url;
  char *note;
} TaTopicSource;

#define TA_TYPE_TOPIC_SOURCE (ta_topic_source_get_type ())

GType          ta_topic_source_get_type (void) G_GNUC_CONST;
TaTopicSource *ta_topic_source_new      (const char           *url,
                                         const char           *note);
TaTopicSource *ta_topic_source_copy     (const TaTopicSource  *source);
void           ta_topic_source_free     (TaTopicSource        *source);
/* The link is http(s) with a host, or mailto:; the note one line. */
gboolean       ta_topic_source_validate (const TaTopicSource  *source,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TaTopicSource, ta_topic_source_free)

G_END_DECLS
