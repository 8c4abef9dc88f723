/* ta-tag-entry.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TA_TYPE_TAG_ENTRY (ta_tag_entry_get_type ())

G_DECLARE_FINAL_TYPE (TaTagEntry, ta_tag_entry, TA, TAG_ENTRY, GtkWidget)

GtkWidget          *ta_tag_entry_new                  (void);
const char * const *ta_tag_entry_get_tags             (TaTagEntry         *self);
void                ta_tag_entry_set_tags             (TaTagEntry         *self,
                                                       const char * const *tags);
void                ta_tag_entry_add_tag              (TaTagEntry         *self,
                                                       const char         *tag);
const char * const *ta_tag_entry_get_vocabulary       (TaTagEntry         *self);
void                ta_tag_entry_set_vocabulary       (TaTagEntry         *self,
                                                       const char * const *vocabulary);
const char         *ta_tag_entry_get_placeholder_text (TaTagEntry         *self);
void                ta_tag_entry_set_placeholder_text (TaTagEntry         *self,
                                                       const char         *placeholder_text);
guint               ta_tag_entry_get_max_tags         (TaTagEntry         *self);
void                ta_tag_entry_set_max_tags         (TaTagEntry         *self,
                                                       guint               max_tags);
void                ta_tag_entry_commit               (TaTagEntry         *self);

G_END_DECLS
