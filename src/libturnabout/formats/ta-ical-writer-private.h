/* ta-ical-writer-private.h
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * iCalendar text (RFC 5545) written straight into one string: content
 * lines folded at 75 octets (never inside a UTF-8 character), TEXT values
 * escaped, parameter values encoded as RFC 6868 says.  The export writes
 * its events with it rather than through libical's component tree, which
 * takes several times longer and more memory for a large programme; the
 * tests parse what it writes back with libical.
 *
 * A content line is made in three steps: _ta_ical_writer_begin() with the
 * property name, _ta_ical_writer_param() for each parameter, then
 * _ta_ical_writer_end_text() or _ta_ical_writer_end_raw() with the value.
 */
typedef struct
{
  GString *out;   /* the text so far */
  GString *line;  /* the content line being made, unfolded */
} TaIcalWriter;

void   _ta_ical_writer_init          (TaIcalWriter  *self,
                                      gsize          reserve);
void   _ta_ical_writer_clear         (TaIcalWriter  *self);
/* (transfer full): the text; the writer is cleared */
char  *_ta_ical_writer_steal         (TaIcalWriter  *self,
                                      gsize         *out_length);

void   _ta_ical_writer_begin         (TaIcalWriter  *self,
                                      const char    *name);
void   _ta_ical_writer_param         (TaIcalWriter  *self,
                                      const char    *name,
                                      const char    *value);
void   _ta_ical_writer_end_raw       (TaIcalWriter  *self,
                                      const char    *value);
void   _ta_ical_writer_end_text      (TaIcalWriter  *self,
                                      const char    *text);

/* One whole line: NAME:VALUE with @value as it is, or escaped as TEXT. */
void   _ta_ical_writer_raw           (TaIcalWriter  *self,
                                      const char    *name,
                                      const char    *value);
void   _ta_ical_writer_text          (TaIcalWriter  *self,
                                      const char    *name,
                                      const char    *text);

/* Content lines made elsewhere (libical's VTIMEZONE), already folded:
 * appended as they are, CRLF line ends made sure of. */
void   _ta_ical_writer_append_lines  (TaIcalWriter  *self,
                                      const char    *lines);

/* RFC 6868: ^ as ^^, a double quote as ^', a line break as ^n, in
 * double quotes when the value holds , ; or : (RFC 5545 3.2). */
void   _ta_ical_append_param_value   (GString       *out,
                                      const char    *value);
/* RFC 5545 3.3.11: \ ; , escaped with a backslash, line breaks as \n. */
void   _ta_ical_append_text_value    (GString       *out,
                                      const char    *text);

G_END_DECLS
