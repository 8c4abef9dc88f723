/* ta-availability.c
 *
 * Copyright 2026 The Turnabout developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "turnabout-availability"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ta-availability.h"
#include "ta-participant.h"

static const char * const slot_names[TA_AVAILABILITY_N_SLOTS] = {
  "mon-am", "mon-pm", "tue-am", "tue-pm", "wed-am", "wed-pm", "thu-am", "thu-pm",
  "fri-am", "fri-pm", "sat-am", "sat-pm", "sun-am", "sun-pm",
};

const char *
ta_availability_slot_name (guint slot)
{
  g_return_val_if_fail (slot < TA_AVAILABILITY_N_SLOTS, NULL);

  return slot_names[slot];
}

/**
 * ta_availability_parse:
 * @text: (nullable): slots separated by `;`, e.g. "mon-am;thu-pm"
 * @out_availability: (out): the bit mask
 * @error: where a refused slot name is reported
 *
 * Empty items are ignored, so "mon-am;;" is fine; names are matched
 * without regard to case and surrounding spaces.
 */
gboolean
ta_availability_parse (const char     *text,
                       TaAvailability *out_availability,
                       GError        **error)
{
  TaAvailability availability = 0;
  const char *item = text;

  g_return_val_if_fail (out_availability != NULL, FALSE);

  /* Walks the text in place: an import parses one of these per row. */
  while (item != NULL && *item != '\0')
    {
      const char *end = strchr (item, ';');
      const char *stop = end != NULL ? end : item + strlen (item);
      const char *first = item;
      const char *last = stop;
      gboolean found = FALSE;
      gsize length;

      while (first < last && g_ascii_isspace (*first))
        first++;
      while (last > first && g_ascii_isspace (last[-1]))
        last--;
      length = (gsize) (last - first);

      if (length > 0)
        {
          for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS && !found; slot++)
            {
              if (length == 6 && g_ascii_strncasecmp (first, slot_names[slot], 6) == 0)
                {
                  availability |= 1u << slot;
                  found = TRUE;
                }
            }

          if (!found)
            {
              g_autofree char *typed = g_strndup (first, length);
              g_autofree char *shown = g_utf8_make_valid (typed, -1);

              g_set_error (error, TA_PARTICIPANT_ERROR, TA_PARTICIPANT_ERROR_TEXT,
                           /* Translators: %s is what the user typed; the slot names are not translated */
                           _("“%s” is not a half-day slot (use mon-am, mon-pm … sun-pm)"),
                           shown);
              return FALSE;
            }
        }

      item = end != NULL ? end + 1 : NULL;
    }

  *out_availability = availability;
  return TRUE;
}

char *
ta_availability_to_string (TaAvailability availability)
{
  GString *text = g_string_new (NULL);

  for (guint slot = 0; slot < TA_AVAILABILITY_N_SLOTS; slot++)
    {
      if ((availability & (1u << slot)) == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ';');
      g_string_append (text, slot_names[slot]);
    }

  return g_string_free (text, FALSE);
}

guint
ta_availability_count (TaAvailability availability)
{
  return (guint) __builtin_popcount (availability & TA_AVAILABILITY_ALL);
}
