/* ta-participant-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ta-participant.h"

G_BEGIN_DECLS

/*
 * The store fills participants field by field when it loads a whole
 * programme: going through the setters would emit a notify for every field
 * of every person for nobody to hear.  Only the model library includes this.
 */
struct _TaParticipant
{
  GObject parent_instance;

  gint64 id;
  /* Bumped by the store on every change of the record (see
   * migration 5); 0 for a record not read from a store. */
  gint64 revision;
  gint64 reports_to;

  char *name;
  char *email;
  char *department;
  char *job_title;
  char *location;
  char *notes;
  /* NULL-terminated arrays we own, of interned strings we don't: a
   * programme repeats the same few dozen skills and languages across
   * thousands of people, and interning them saved a fifth of the memory
   * of a loaded 100,000-person programme. */
  const char **languages;
  const char **offers;
  const char **seeks;

  TaRole role;
  TaParticipantStatus status;
  TaAvailability availability;
  int career_level;
  int birth_year;
  int capacity;

  /* Folded name, e-mail, department and skills for search; built lazily and
   * dropped whenever one of them changes, so a keystroke costs one substring
   * search per participant. */
  char *search_key;
  gsize search_key_len;
};

void        _ta_participant_assign         (TaParticipant *self,
                                            TaParticipant *source);
const char *_ta_participant_get_search_key (TaParticipant *self);
const char **_ta_intern_list               (const char * const *items);

G_END_DECLS
