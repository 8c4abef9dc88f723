/* ta-ical-text.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-ical-import-private.h"

/*
 * The text of a calendar file as libical gets it.  Real files are not
 * what RFC 5545 asks for, and libical turns what it does not like into
 * X-LIC-ERROR properties, dropping the property: so the file is tidied
 * here first, line by line, where each line's number is still known.
 *
 * - Line ends may be CRLF, LF or CR; folded lines (a line starting with a
 *   space or a tab) are unfolded.
 * - A line that is not UTF-8 was written in the Windows code page (Outlook
 *   and old exports in Western Europe): it is read as Windows-1252, the
 *   way browsers read "ISO-8859-1".  A UTF-16 file (with its byte order
 *   mark) is read as such.
 * - Only what the import reads is kept: the events' properties it uses,
 *   the zones, the calendar's METHOD and X-WR-TIMEZONE.  Alarms, to-dos,
 *   vendor properties with or without "X-", and properties with an empty
 *   value (Google writes "DESCRIPTION:" and "LOCATION:" on every event)
 *   are left out, so that they cannot get in the way, and libical has
 *   less to parse (a third of the time of a Google export).
 * - Each property of an event carries its line number as a parameter, and
 *   each event the line of its BEGIN:VEVENT as a property
 *   (TA_ICAL_LINE_PARAMETER).
 */

/* The properties of an event the import reads. */
static const char * const event_properties[] = {
  "UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE",
  "RECURRENCE-ID", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS", "SEQUENCE",
  "LAST-MODIFIED", "ATTENDEE", "ORGANIZER", "CATEGORIES", TA_ICAL_KIND_PROPERTY,
  /* when an answer to an invitation was made (ta-itip-reply.c) */
  "DTSTAMP",
  /* a video call, where there is no LOCATION */
  "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
};

/* The properties that say when an event is: libical drops one it cannot
 * read (leaving an X-LIC-ERROR that says which), so their lines are kept
 * here too. */
static const char * const timed_properties[] = {
  "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID",
};

static const char * const calendar_properties[] = {
  "METHOD", "X-WR-TIMEZONE",
};

/* Windows-1252's 0x80–0x9F; the five bytes it leaves undefined are the C1
 * controls, as the WHATWG Encoding Standard reads them. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

/**
 * _ta_ical_text_from_windows_1252:
 * @bytes: text in Windows-1252
 * @length: its length in bytes, or -1 if NUL-terminated
 *
 * Returns: (transfer full): @bytes in UTF-8
 */
char *
_ta_ical_text_from_windows_1252 (const char *bytes,
                                 gssize      length)
{
  GString *text;

  g_assert (bytes != NULL);

  if (length < 0)
    length = (gssize) strlen (bytes);

  text = g_string_sized_new ((gsize) length + 16);
  for (gssize i = 0; i < length; i++)
    {
      guchar c = (guchar) bytes[i];

      if (c < 0x80)
        g_string_append_c (text, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (text, windows_1252_high[c - 0x80]);
      else
        g_string_append_unichar (text, c);
    }

  return g_string_free (text, FALSE);
}

static gboolean
name_in (const char         *name,
         gsize               length,
         const char * const *names,
         guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (strlen (names[i]) == length && g_ascii_strncasecmp (name, names[i], length) == 0)
      return TRUE;
  return FALSE;
}

/* Where the name of the content line @line ends, and where its value
 * starts (after the ':' that ends the parameters, which may quote a ':');
 * FALSE when it is not a content line. */
static gboolean
split_line (const char  *line,
            gsize       *out_name_length,
            const char **out_value)
{
  const char *p = line;

  while (g_ascii_isalnum (*p) || *p == '-')
    p++;
  if (p == line)
    return FALSE;
  *out_name_length = (gsize) (p - line);

  while (*p == ';')
    {
      p++;
      while (*p != '\0' && *p != '=' && *p != ':' && *p != ';')
        p++;
      if (*p != '=')
        return FALSE;
      p++;
      for (;;)
        {
          if (*p == '"')
            {
              const char *end = strchr (p + 1, '"');

              if (end == NULL)
                return FALSE;
              p = end + 1;
            }
          else
            while (*p != '\0' && *p != ',' && *p != ';' && *p != ':')
              p++;
          if (*p != ',')
            break;
          p++;
        }
    }

  if (*p != ':')
    return FALSE;
  *out_value = p + 1;
  return TRUE;
}

typedef struct
{
  GString *out;
  GHashTable *timed_lines;
  guint event_line;
  guint n_converted;
  int skip_depth;      /* inside a component left out, and how deep */
  int keep_depth;      /* inside a VTIMEZONE, kept whole, and how deep */
  gboolean in_calendar;
  gboolean in_event;
} Tidier;

static void
tidy_line (Tidier     *self,
           GString    *logical,
           guint       line_number)
{
  g_autofree char *converted = NULL;
  const char *line = logical->str;
  const char *value;
  gsize name_length;
  gboolean begin, end;

  if (!g_utf8_validate (line, (gssize) logical->len, NULL))
    {
      converted = _ta_ical_text_from_windows_1252 (line, (gssize) logical->len);
      line = converted;
      self->n_converted++;
    }

  if (!split_line (line, &name_length, &value))
    return;

  begin = name_length == 5 && g_ascii_strncasecmp (line, "BEGIN", 5) == 0;
  end = name_length == 3 && g_ascii_strncasecmp (line, "END", 3) == 0;

  if (begin || end)
    {
      g_autofree char *component = g_ascii_strup (value, -1);

      g_strstrip (component);

      if (self->skip_depth > 0)
        {
          /* An alarm left open must not take its event along. */
          if (end && self->in_event && g_str_equal (component, "VEVENT"))
            self->skip_depth = 0;
          else
            {
              self->skip_depth += begin ? 1 : -1;
              return;
            }
        }

      if (self->keep_depth > 0)
        {
          self->keep_depth += begin ? 1 : -1;
          g_string_append_printf (self->out, "%s:%s\n", begin ? "BEGIN" : "END", component);
          return;
        }

      if (begin && !self->in_calendar && g_str_equal (component, "VCALENDAR"))
        self->in_calendar = TRUE;
      else if (begin && self->in_calendar && !self->in_event && g_str_equal (component, "VTIMEZONE"))
        self->keep_depth = 1;
      else if (begin && self->in_calendar && !self->in_event && g_str_equal (component, "VEVENT"))
        {
          self->in_event = TRUE;
          self->event_line = line_number;
          g_string_append_printf (self->out, "BEGIN:VEVENT\n" TA_ICAL_LINE_PROPERTY ":%u\n", line_number);
          return;
        }
      else if (end && self->in_event && g_str_equal (component, "VEVENT"))
        self->in_event = FALSE;
      else if (end && self->in_calendar && !self->in_event && g_str_equal (component, "VCALENDAR"))
        self->in_calendar = FALSE;
      else if (begin)
        {
          /* Alarms, to-dos, journals, free/busy: not read. */
          self->skip_depth = 1;
          return;
        }
      else
        return;  /* an END without its BEGIN */

      g_string_append_printf (self->out, "%s:%s\n", begin ? "BEGIN" : "END", component);
      return;
    }

  if (self->skip_depth > 0 || !self->in_calendar)
    return;

  /* An empty value says nothing: as if the property were not there. */
  if (*value == '\0')
    return;

  if (self->keep_depth > 0)
    {
      g_string_append (self->out, line);
      g_string_append_c (self->out, '\n');
    }
  else if (self->in_event)
    {
      if (!name_in (line, name_length, event_properties, G_N_ELEMENTS (event_properties)))
        return;
      for (guint i = 0; i < G_N_ELEMENTS (timed_properties); i++)
        if (strlen (timed_properties[i]) == name_length &&
            g_ascii_strncasecmp (line, timed_properties[i], name_length) == 0)
          {
            gpointer key = GSIZE_TO_POINTER ((gsize) self->event_line * G_N_ELEMENTS (timed_properties) + i);

            if (!g_hash_table_contains (self->timed_lines, key))
              g_hash_table_insert (self->timed_lines, key, GUINT_TO_POINTER (line_number));
          }
      g_string_append_len (self->out, line, (gssize) name_length);
      g_string_append_printf (self->out, ";" TA_ICAL_LINE_PARAMETER "=%u", line_number);
      g_string_append (self->out, line + name_length);
      g_string_append_c (self->out, '\n');
    }
  else if (name_in (line, name_length, calendar_properties, G_N_ELEMENTS (calendar_properties)))
    {
      g_string_append (self->out, line);
      g_string_append_c (self->out, '\n');
    }
}

/**
 * _ta_ical_text_prepare:
 * @data: the file's bytes
 * @length: how many
 * @out_text: (out caller-allocates): the text for libical
 * @error: %TA_ICAL_ERROR_PARSE when it cannot be text at all
 */
gboolean
_ta_ical_text_prepare (const char  *data,
                       gsize        length,
                       TaIcalText  *out_text,
                       GError     **error)
{
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) logical = g_string_new (NULL);
  Tidier tidier = { 0, };
  guint line_number = 0;
  guint logical_start = 0;
  const char *p;
  const char *end;

  g_assert (data != NULL || length == 0);
  g_assert (out_text != NULL);

  out_text->text = NULL;
  out_text->n_converted = 0;
  out_text->timed_lines = NULL;

  /* UTF-16 ("Unicode" in Windows' save dialogs) always starts with its
   * byte order mark. */
  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *from = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      utf16 = g_convert (data + 2, (gssize) length - 2, "UTF-8", from, NULL, &length, NULL);
      if (utf16 == NULL)
        {
          g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                       "%s", _("The file is not an iCalendar file: it starts as UTF-16 text but is not"));
          return FALSE;
        }
      data = utf16;
    }
  else if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* libical reads up to a NUL: a NUL inside the file must not hide the rest. */
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, TA_ICAL_ERROR, TA_ICAL_ERROR_PARSE,
                   "%s", _("The file is not an iCalendar file: it contains a NUL byte"));
      return FALSE;
    }

  tidier.out = g_string_sized_new (length + length / 8 + 64);
  tidier.timed_lines = g_hash_table_new (g_direct_hash, g_direct_equal);

  p = data;
  end = data + length;
  while (p < end)
    {
      const char *eol = p;
      const char *next;

      while (eol < end && *eol != '\r' && *eol != '\n')
        eol++;
      next = eol;
      if (next < end && *next == '\r')
        next++;
      if (next < end && *next == '\n' && (next == eol || next[-1] == '\r'))
        next++;
      line_number++;

      if (p < eol && (*p == ' ' || *p == '\t') && logical->len > 0)
        g_string_append_len (logical, p + 1, eol - p - 1);  /* folded */
      else
        {
          if (logical->len > 0)
            tidy_line (&tidier, logical, logical_start);
          g_string_truncate (logical, 0);
          g_string_append_len (logical, p, eol - p);
          logical_start = line_number;
        }
      p = next;
    }
  if (logical->len > 0)
    tidy_line (&tidier, logical, logical_start);

  out_text->text = g_string_free (tidier.out, FALSE);
  out_text->n_converted = tidier.n_converted;
  out_text->timed_lines = tidier.timed_lines;
  return TRUE;
}

void
_ta_ical_text_clear (TaIcalText *text)
{
  g_clear_pointer (&text->text, g_free);
  g_clear_pointer (&text->timed_lines, g_hash_table_unref);
}

/* The line of the first property @name ("DTSTART", one of those that say
 * when) of the event that begins at @event_line, or 0. */
guint
_ta_ical_text_find_line (const TaIcalText *text,
                         guint             event_line,
                         const char       *name)
{
  if (text == NULL || text->timed_lines == NULL)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (timed_properties); i++)
    if (g_ascii_strcasecmp (name, timed_properties[i]) == 0)
      {
        gpointer key = GSIZE_TO_POINTER ((gsize) event_line * G_N_ELEMENTS (timed_properties) + i);

        return GPOINTER_TO_UINT (g_hash_table_lookup (text->timed_lines, key));
      }
  return 0;
}

/* The line @property starts on in the file, or 0. */
guint
_ta_ical_property_line (icalproperty *property)
{
  char *value;
  guint line;

  if (property == NULL)
    return 0;
  value = icalproperty_get_parameter_as_string_r (property, TA_ICAL_LINE_PARAMETER);
  if (value == NULL)
    return 0;
  line = (guint) g_ascii_strtoull (value, NULL, 10);
  icalmemory_free_buffer (value);
  return line;
}

/* The line of @event's BEGIN:VEVENT, or 0. */
guint
_ta_ical_event_line (icalcomponent *event)
{
  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      const char *name = icalproperty_get_x_name (property);

      if (name != NULL && g_str_equal (name, TA_ICAL_LINE_PROPERTY))
        return (guint) g_ascii_strtoull (icalproperty_get_x (property), NULL, 10);
    }
  return 0;
}
